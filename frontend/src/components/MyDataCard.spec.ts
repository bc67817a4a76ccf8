import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ElementPlus from 'element-plus'
import urql from '@urql/vue'
import MyDataCard from './MyDataCard.vue'
import { createQifuClient } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import { fakeGraphQL, sessionPayload } from '@/test/fake-server'

async function mountCard() {
  setLocale('zh-CN')
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div>home</div>' } },
      { path: '/me', component: MyDataCard },
    ],
  })
  await router.push('/me')
  const auth = useAuthStore()
  auth.setSession({ accessToken: 'token', expiresAt: Date.now() + 600_000, user: sessionPayload('token').user })
  const wrapper = mount(MyDataCard, {
    global: { plugins: [pinia, i18n, ElementPlus, [urql, createQifuClient()], router] },
    attachTo: document.body,
  })
  return { wrapper, router, auth }
}

function deleteAnswer(ok: boolean) {
  return {
    data: {
      deleteMyAccount: {
        __typename: 'DeleteMyAccountPayload',
        deleted: ok,
        errors: ok ? [] : [{ __typename: 'UserError', field: 'password', code: 'WRONG_PASSWORD', message: '密码不正确' }],
      },
    },
  }
}

describe('my data card', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks for the password, shows a wrong one by the field, then logs out and goes home', async () => {
    const { sent } = fakeGraphQL((req) => {
      const password = (req.variables.input as { password: string }).password
      return deleteAnswer(password === 'Right-pass1')
    })
    const { wrapper, router, auth } = await mountCard()
    await wrapper.find('[data-testid="delete-account"]').trigger('click')
    await flushPromises()
    const dialog = () => document.querySelector('[data-testid="delete-account-dialog"]')!
    await vi.waitFor(() => expect(dialog()).not.toBeNull())
    expect(dialog().textContent).toContain('已注销用户')

    const password = dialog().querySelector<HTMLInputElement>('input[data-testid="delete-account-password"]')!
    password.value = 'Wrong-pass1'
    password.dispatchEvent(new Event('input'))
    dialog().querySelector<HTMLButtonElement>('[data-testid="delete-account-confirm"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(dialog().querySelector('.el-form-item__error')?.textContent).toContain('密码不正确')
    })
    expect(auth.isLoggedIn).toBe(true)

    password.value = 'Right-pass1'
    password.dispatchEvent(new Event('input'))
    dialog().querySelector<HTMLButtonElement>('[data-testid="delete-account-confirm"]')!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(router.currentRoute.value.path).toBe('/')
    })
    expect(auth.isLoggedIn).toBe(false)
    expect(auth.expired).toBe(false)
    expect(sent.map((r) => r.operationName)).toEqual(['DeleteMyAccount', 'DeleteMyAccount'])
    expect(sent[1]?.authorization).toBe('Bearer token')
    wrapper.unmount()
  })
})
