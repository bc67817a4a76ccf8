import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ElementPlus from 'element-plus'
import urql from '@urql/vue'
import Login from './Login.vue'
import { createQifuClient } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import { fakeGraphQL, sessionPayload } from '@/test/fake-server'

async function mountLogin(path = '/login') {
  setLocale('zh-CN')
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div>home</div>' } },
      { path: '/login', component: Login },
      { path: '/register', component: { template: '<div />' } },
      { path: '/forgot-password', component: { template: '<div />' } },
    ],
  })
  await router.push(path)
  const pinia = createPinia()
  const wrapper = mount(Login, {
    global: { plugins: [pinia, i18n, ElementPlus, [urql, createQifuClient()], router] },
    attachTo: document.body,
  })
  return { wrapper, router, pinia }
}

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper']) {
  await wrapper.find('input[data-testid="login-email"]').setValue('not-an-email')
  await wrapper.find('input[data-testid="login-password"]').setValue('Secret123!')
  await wrapper.find('form').trigger('submit')
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper.find('.el-form-item__error, [data-testid="form-error"]').exists()).toBe(true)
  })
}

describe('Login form', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows a server error next to its field', async () => {
    const { sent } = fakeGraphQL(() => ({
      data: {
        login: {
          __typename: 'LoginPayload',
          auth: null,
          totpRequired: false,
          totpEnrolmentRequired: false,
          enrolmentToken: null,
          errors: [{ __typename: 'UserError', field: 'email', code: 'INVALID_EMAIL', message: '邮箱格式不正确' }],
        },
      },
    }))
    const { wrapper } = await mountLogin()
    await fillAndSubmit(wrapper)

    expect(sent[0]?.operationName).toBe('Login')
    expect(sent[0]?.variables).toMatchObject({
      input: { email: 'not-an-email', password: 'Secret123!', refreshTokenDelivery: 'COOKIE' },
    })
    const emailItem = wrapper.find('input[data-testid="login-email"]').element.closest('.el-form-item')
    expect(emailItem?.querySelector('.el-form-item__error')?.textContent).toContain('邮箱格式不正确')
    expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows an error without a field above the form', async () => {
    fakeGraphQL(() => ({
      data: {
        login: {
          __typename: 'LoginPayload',
          auth: null,
          totpRequired: false,
          totpEnrolmentRequired: false,
          enrolmentToken: null,
          errors: [{ __typename: 'UserError', field: null, code: 'INVALID_CREDENTIALS', message: '邮箱或密码错误' }],
        },
      },
    }))
    const { wrapper } = await mountLogin()
    await fillAndSubmit(wrapper)
    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('邮箱或密码错误')
    wrapper.unmount()
  })

  it('shows refused credentials above the form, then the lock hint after 5 failures', async () => {
    const message = '邮箱或密码错误，或账号已被暂时锁定'
    const { sent } = fakeGraphQL(() => ({
      data: {
        login: {
          __typename: 'LoginPayload',
          auth: null,
          totpRequired: false,
          totpEnrolmentRequired: false,
          enrolmentToken: null,
          errors: [{ __typename: 'UserError', field: 'password', code: 'INVALID_CREDENTIALS', message }],
        },
      },
    }))
    const { wrapper } = await mountLogin()
    await wrapper.find('input[data-testid="login-email"]').setValue('zhang@example.com')
    await wrapper.find('input[data-testid="login-password"]').setValue('Wrong-pass1')
    for (let attempt = 1; attempt <= 5; attempt++) {
      await wrapper.find('form').trigger('submit')
      await vi.waitFor(async () => {
        await flushPromises()
        expect(sent).toHaveLength(attempt)
        expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(true)
      })
      await flushPromises()
      expect(wrapper.find('[data-testid="login-lock-hint"]').exists()).toBe(attempt >= 5)
    }
    expect(wrapper.find('[data-testid="form-error"]').text()).toContain(message)
    // Not under the password field: a locked account is not a wrong password.
    expect(wrapper.find('.el-form-item__error').exists()).toBe(false)
    expect(wrapper.find('[data-testid="login-lock-hint"]').text()).toContain('锁定 15 分钟')

    // Another address starts counting again.
    await wrapper.find('input[data-testid="login-email"]').setValue('li@example.com')
    await flushPromises()
    expect(wrapper.find('[data-testid="login-lock-hint"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says why the user must log in again after the session expired, and returns afterwards', async () => {
    fakeGraphQL(() => ({
      data: {
        login: {
          __typename: 'LoginPayload',
          auth: sessionPayload('token-again'),
          totpRequired: false,
          totpEnrolmentRequired: false,
          enrolmentToken: null,
          errors: [],
        },
      },
    }))
    const { wrapper, router } = await mountLogin('/login?expired=1&redirect=%2Fforgot-password')
    expect(wrapper.find('[data-testid="login-expired"]').text()).toContain('登录已过期，请重新登录')
    await wrapper.find('input[data-testid="login-email"]').setValue('zhang@example.com')
    await wrapper.find('input[data-testid="login-password"]').setValue('Secret123!')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(router.currentRoute.value.path).toBe('/forgot-password')
    })
    wrapper.unmount()
  })

  it('starts the session and leaves the page on success', async () => {
    fakeGraphQL(() => ({
      data: {
        login: {
          __typename: 'LoginPayload',
          auth: sessionPayload('token-9'),
          totpRequired: false,
          totpEnrolmentRequired: false,
          enrolmentToken: null,
          errors: [],
        },
      },
    }))
    const { wrapper, router } = await mountLogin()
    await wrapper.find('input[data-testid="login-email"]').setValue('zhang@example.com')
    await wrapper.find('input[data-testid="login-password"]').setValue('Secret123!')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(router.currentRoute.value.path).toBe('/')
    })
    wrapper.unmount()
  })

  it('asks for the authenticator code when the account has a second factor', async () => {
    const { sent } = fakeGraphQL((req) => {
      const input = req.variables.input as { totpCode?: string | null }
      return {
        data: {
          login: {
            __typename: 'LoginPayload',
            auth: input.totpCode ? sessionPayload('token-2fa') : null,
            totpRequired: !input.totpCode,
            totpEnrolmentRequired: false,
            enrolmentToken: null,
            errors: [],
          },
        },
      }
    })
    const { wrapper, router } = await mountLogin()
    await wrapper.find('input[data-testid="login-email"]').setValue('zhang@example.com')
    await wrapper.find('input[data-testid="login-password"]').setValue('Secret123!')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('input[data-testid="login-totp"]').exists()).toBe(true)
    })
    await wrapper.find('input[data-testid="login-totp"]').setValue('123 456')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(router.currentRoute.value.path).toBe('/')
    })
    expect(sent[1]?.variables).toMatchObject({
      input: { email: 'zhang@example.com', password: 'Secret123!', totpCode: '123456', recoveryCode: null },
    })
    wrapper.unmount()
  })
})
