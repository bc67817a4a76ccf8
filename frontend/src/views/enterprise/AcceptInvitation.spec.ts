import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import AcceptInvitation from './AcceptInvitation.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

function accepted() {
  return {
    data: {
      acceptEnterpriseInvitation: {
        __typename: 'EnterprisePayload',
        enterprise: {
          __typename: 'Enterprise',
          id: 'RW50ZXJwcmlzZTox',
          name: '温州云帆软件有限公司',
          status: 'VERIFIED',
          members: [{ __typename: 'EnterpriseMember', id: 'VXNlcjox', email: 'zhang@example.com', isAdmin: false }],
        },
        errors: [],
      },
    },
  }
}

function refused(code: string, message: string) {
  return {
    data: {
      acceptEnterpriseInvitation: {
        __typename: 'EnterprisePayload',
        enterprise: null,
        errors: [{ __typename: 'UserError', field: 'token', code, message }],
      },
    },
  }
}

function roles() {
  return {
    data: {
      me: {
        __typename: 'User',
        id: 'VXNlcjox',
        roles: [{ __typename: 'RoleGrant', role: 'ENTERPRISE_MEMBER', scopeType: 'ENTERPRISE', scopeId: '1' }],
      },
    },
  }
}

describe('accepting an invitation', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('accepts the token of the link at once and shows the enterprise joined', async () => {
    const { sent } = fakeGraphQL((req) => (req.operationName === 'MyRoles' ? roles() : accepted()))
    const { wrapper, auth } = await mountSignedIn(AcceptInvitation, { path: '/invitations/accept?token=abc' })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="invitation-joined"]').exists()).toBe(true)
    })
    expect(wrapper.text()).toContain('已加入 温州云帆软件有限公司')
    expect(wrapper.text()).toContain('您已成为该企业的成员')
    expect(sent[0]).toMatchObject({ operationName: 'AcceptEnterpriseInvitation', variables: { input: { token: 'abc' } } })
    await vi.waitFor(() => expect(auth.user?.roles.map((g) => g.role)).toEqual(['ENTERPRISE_MEMBER']))
    wrapper.unmount()
  })

  it('explains a refusal and offers to switch to the invited account', async () => {
    fakeGraphQL(() => refused('INVALID_TOKEN', '链接无效或已使用'))
    const { wrapper } = await mountSignedIn(AcceptInvitation, { path: '/invitations/accept?token=abc' })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="invitation-error"]').text()).toBe('链接无效或已使用')
    })
    expect(wrapper.text()).toContain('当前登录账号为 zhang@example.com')
    expect(wrapper.find('[data-testid="invitation-switch-account"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('says so when the link has no token, without asking the server', async () => {
    const { sent } = fakeGraphQL(() => accepted())
    const { wrapper } = await mountSignedIn(AcceptInvitation, { path: '/invitations/accept' })
    await flushPromises()
    expect(wrapper.find('[data-testid="invitation-error"]').text()).toBe('链接缺少邀请令牌，请检查邮件中的链接。')
    expect(sent).toHaveLength(0)
    wrapper.unmount()
  })
})
