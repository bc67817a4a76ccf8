import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAuthStore } from './auth'
import { authFetch } from '@/api/client'
import { fakeGraphQL, sessionPayload } from '@/test/fake-server'

function refreshAnswer(token: string | null, code = 'SESSION_EXPIRED') {
  return {
    data: {
      refreshToken: token
        ? { __typename: 'RefreshTokenPayload', auth: sessionPayload(token), errors: [] }
        : {
            __typename: 'RefreshTokenPayload',
            auth: null,
            errors: [{ field: 'refreshToken', code, message: '登录已过期' }],
          },
    },
  }
}

describe('auth store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('shares one refresh request between concurrent callers', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const { fetchMock } = fakeGraphQL(async (req) => {
      expect(req.operationName).toBe('RefreshSession')
      await gate
      return refreshAnswer('token-1')
    })
    const auth = useAuthStore()

    const first = auth.refresh()
    const second = auth.refresh()
    release()

    expect(await first).toBe('token-1')
    expect(await second).toBe('token-1')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(auth.accessToken).toBe('token-1')
    expect(auth.user?.name).toBe('张三')
    expect(auth.isLoggedIn).toBe(true)
  })

  it('starts a new refresh once the previous one has finished', async () => {
    let n = 0
    const { fetchMock } = fakeGraphQL(() => refreshAnswer(`token-${++n}`))
    const auth = useAuthStore()
    expect(await auth.refresh()).toBe('token-1')
    expect(await auth.refresh()).toBe('token-2')
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('restores the session once on start-up and is ready afterwards', async () => {
    const { fetchMock } = fakeGraphQL(() => refreshAnswer('restored'))
    const auth = useAuthStore()
    expect(auth.ready).toBe(false)
    await Promise.all([auth.init(), auth.init()])
    expect(auth.ready).toBe(true)
    expect(auth.accessToken).toBe('restored')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('stays logged out when the refresh cookie is gone', async () => {
    fakeGraphQL(() => refreshAnswer(null))
    const auth = useAuthStore()
    await auth.init()
    expect(auth.ready).toBe(true)
    expect(auth.isLoggedIn).toBe(false)
  })

  it('refreshes once and retries when a request is UNAUTHENTICATED', async () => {
    const { sent } = fakeGraphQL((req) => {
      if (req.operationName === 'RefreshSession') return refreshAnswer('fresh')
      if (req.authorization === 'Bearer fresh') return { data: { me: { id: '1' } } }
      return { data: { me: null }, errors: [{ message: 'login required', extensions: { code: 'UNAUTHENTICATED' } }] }
    })
    const auth = useAuthStore()
    auth.setSession({ accessToken: 'stale', expiresAt: Date.now() + 600_000, user: sessionPayload('x').user })

    const body = (q: string) => ({ method: 'POST', body: JSON.stringify({ query: q }) })
    const [a, b] = await Promise.all([
      authFetch('/graphql', body('query Me { me { id } }')),
      authFetch('/graphql', body('query Me { me { id } }')),
    ])

    expect(await a.json()).toEqual({ data: { me: { id: '1' } } })
    expect(await b.json()).toEqual({ data: { me: { id: '1' } } })
    expect(sent.filter((r) => r.operationName === 'RefreshSession')).toHaveLength(1)
    expect(auth.accessToken).toBe('fresh')
  })

  it('logs out locally when the refresh fails after UNAUTHENTICATED', async () => {
    fakeGraphQL((req) =>
      req.operationName === 'RefreshSession'
        ? refreshAnswer(null)
        : { data: null, errors: [{ message: 'login required', extensions: { code: 'UNAUTHENTICATED' } }] },
    )
    const auth = useAuthStore()
    auth.setSession({ accessToken: 'stale', expiresAt: Date.now() + 600_000, user: sessionPayload('x').user })
    await authFetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'query Me { me { id } }' }) })
    expect(auth.isLoggedIn).toBe(false)
    expect(auth.expired).toBe(true)
  })

  it('marks the session as expired when the refresh answers SESSION_EXPIRED', async () => {
    fakeGraphQL(() => refreshAnswer(null, 'SESSION_EXPIRED'))
    const auth = useAuthStore()
    await auth.init()
    expect(auth.isLoggedIn).toBe(false)
    expect(auth.expired).toBe(true)
  })

  it('does not call a visit without any session an expiry', async () => {
    fakeGraphQL(() => refreshAnswer(null, 'INVALID_TOKEN'))
    const auth = useAuthStore()
    await auth.init()
    expect(auth.isLoggedIn).toBe(false)
    expect(auth.expired).toBe(false)
  })

  it('calls a held session that cannot be renewed expired, whatever the code', async () => {
    fakeGraphQL(() => refreshAnswer(null, 'INVALID_TOKEN'))
    const auth = useAuthStore()
    auth.setSession({ accessToken: 'held', expiresAt: Date.now() + 600_000, user: sessionPayload('x').user })
    expect(await auth.refresh()).toBeNull()
    expect(auth.expired).toBe(true)
  })

  it('logging out is no expiry, and a new session clears the flag', async () => {
    fakeGraphQL((req) =>
      req.operationName === 'Logout'
        ? { data: { logout: { __typename: 'LogoutPayload', errors: [] } } }
        : refreshAnswer(null, 'SESSION_EXPIRED'),
    )
    const auth = useAuthStore()
    auth.setSession({ accessToken: 'a', expiresAt: Date.now() + 600_000, user: sessionPayload('a').user })
    await auth.refresh()
    expect(auth.expired).toBe(true)
    auth.setSession({ accessToken: 'b', expiresAt: Date.now() + 600_000, user: sessionPayload('b').user })
    expect(auth.expired).toBe(false)
    await auth.logout()
    expect(auth.isLoggedIn).toBe(false)
    expect(auth.expired).toBe(false)
  })
})
