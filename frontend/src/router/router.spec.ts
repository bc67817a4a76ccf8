import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter, loginLocation } from './index'
import { useAuthStore } from '@/stores/auth'
import { fakeGraphQL, sessionPayload } from '@/test/fake-server'

function refreshFails(code: string) {
  return {
    data: {
      refreshToken: {
        __typename: 'RefreshTokenPayload',
        auth: null,
        errors: [{ __typename: 'UserError', field: 'refreshToken', code, message: '登录已过期' }],
      },
    },
  }
}

describe('members-only pages', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('send an expired session to the login page with expired=1 and the way back', async () => {
    fakeGraphQL(() => refreshFails('SESSION_EXPIRED'))
    const router = createAppRouter(createMemoryHistory())
    await router.push('/me?tab=security')
    const here = router.currentRoute.value
    expect(here.name).toBe('login')
    expect(here.query).toEqual({ expired: '1', redirect: '/me?tab=security' })
    expect(here.fullPath).toMatch(/^\/login\?expired=1&redirect=/)
  })

  it('send a visitor who never logged in to the login page without the expiry message', async () => {
    fakeGraphQL(() => refreshFails('INVALID_TOKEN'))
    const router = createAppRouter(createMemoryHistory())
    await router.push('/me')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query).toEqual({ redirect: '/me' })
  })

  it('open for a restored session, and the login page returns signed-in users', async () => {
    fakeGraphQL(() => ({
      data: { refreshToken: { __typename: 'RefreshTokenPayload', auth: sessionPayload('t'), errors: [] } },
    }))
    const router = createAppRouter(createMemoryHistory())
    await router.push('/login?expired=1&redirect=/privacy')
    expect(router.currentRoute.value.path).toBe('/privacy')
    expect(useAuthStore().expired).toBe(false)
  })

  it('send a visitor with an invitation link to log in first, then back to the same link', async () => {
    fakeGraphQL(() => refreshFails('INVALID_TOKEN'))
    const router = createAppRouter(createMemoryHistory())
    await router.push('/invitations/accept?token=abc%2Bdef')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query).toEqual({ redirect: '/invitations/accept?token=abc%2Bdef' })
  })

  it('builds the login location the shell uses after an expiry in the middle of a page', () => {
    expect(loginLocation('/console/users?search=a', true)).toEqual({
      name: 'login',
      query: { expired: '1', redirect: '/console/users?search=a' },
    })
    expect(loginLocation('/me', false)).toEqual({ name: 'login', query: { redirect: '/me' } })
  })
})
