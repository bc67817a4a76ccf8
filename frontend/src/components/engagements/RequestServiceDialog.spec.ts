import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import RequestServiceDialog from './RequestServiceDialog.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const PRODUCT = btoa('ServiceProduct:2')
const NEW = btoa('Engagement:9')

const enterprise = (n: number, status: string) => ({ __typename: 'Enterprise', id: btoa(`Enterprise:${n}`), name: `企业${n}`, status })

const routes = [
  { path: '/services/:id', name: 'service-product', component: { template: '<div />' } },
  { path: '/engagements/:id', name: 'engagement', component: { template: '<div />' } },
  { path: '/enterprise', name: 'enterprise', component: { template: '<div />' } },
  { path: '/login', name: 'login', component: { template: '<div />' } },
]

function answer(enterprises: unknown[], mutation?: (req: SentRequest) => unknown) {
  return (req: SentRequest) => {
    if (req.operationName === 'MyEngagementEnterprises') return { data: { myEnterprises: enterprises } }
    return mutation?.(req) ?? { data: null }
  }
}

const dialog = () => document.querySelector('[data-testid="request-service-dialog"]') as HTMLElement | null

async function mountAndOpen() {
  const mounted = await mountSignedIn(RequestServiceDialog, {
    path: `/services/${PRODUCT}`,
    props: { productId: PRODUCT, productName: '企业合同审查' },
    routes,
  })
  await mounted.wrapper.find('[data-testid="request-service"]').trigger('click')
  await vi.waitFor(async () => {
    await flushPromises()
    expect(dialog()?.querySelector('.el-skeleton')).toBeNull()
  })
  return mounted
}

describe('requesting a service', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('sends a visitor to log in, to come back with the dialog open', async () => {
    const { sent } = fakeGraphQL(answer([]))
    const { wrapper, router, auth } = await mountSignedIn(RequestServiceDialog, {
      path: `/services/${PRODUCT}`,
      props: { productId: PRODUCT, productName: '企业合同审查' },
      routes,
    })
    auth.clearSession()
    await wrapper.find('[data-testid="request-service"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query).toEqual({ redirect: `/services/${PRODUCT}?request=1` })
    expect(sent).toHaveLength(0)
    wrapper.unmount()
  })

  it('tells a user without a verified enterprise why not', async () => {
    fakeGraphQL(answer([enterprise(3, 'PENDING')]))
    const { wrapper } = await mountAndOpen()
    expect(dialog()!.querySelector('[data-testid="request-service-not-verified"]')).not.toBeNull()
    expect(dialog()!.querySelector('[data-testid="request-service-submit"]')).toBeNull()
    wrapper.unmount()

    document.body.innerHTML = ''
    fakeGraphQL(answer([]))
    const again = await mountAndOpen()
    expect(dialog()!.querySelector('[data-testid="request-service-no-enterprise"]')!.textContent).toContain('已认证企业')
    again.wrapper.unmount()
  })

  it('requests for the verified enterprise, shows refusals by the field, then opens the new record', async () => {
    let calls = 0
    const { sent } = fakeGraphQL(
      answer([enterprise(3, 'PENDING'), enterprise(4, 'VERIFIED')], () => {
        calls += 1
        return {
          data: {
            requestService:
              calls === 1
                ? { __typename: 'EngagementPayload', engagement: null, errors: [{ __typename: 'UserError', field: 'need', code: 'TOO_LONG', message: '内容过长' }] }
                : { __typename: 'EngagementPayload', engagement: { __typename: 'Engagement', id: NEW, status: 'REQUESTED' }, errors: [] },
          },
        }
      }),
    )
    const { wrapper, router } = await mountAndOpen()
    // One verified enterprise of two: it is the one, named.
    expect(dialog()!.querySelector('[data-testid="request-service-enterprise-name"]')!.textContent).toBe('企业4')
    const submit = () => dialog()!.querySelector<HTMLButtonElement>('[data-testid="request-service-submit"]')!.click()
    const fieldError = () => dialog()!.querySelector('.el-form-item__error')?.textContent?.trim()

    submit()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(fieldError()).toBe('此项为必填项')
    })
    const need = dialog()!.querySelector<HTMLTextAreaElement>('textarea[data-testid="request-service-need"]')!
    need.value = '需要审查三份采购合同'
    need.dispatchEvent(new Event('input'))
    await flushPromises()

    submit()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(fieldError()).toBe('内容过长')
    })
    submit()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(router.currentRoute.value.name).toBe('engagement')
    })
    expect(router.currentRoute.value.params.id).toBe(NEW)
    const requests = sent.filter((r) => r.operationName === 'RequestService')
    expect(requests[1]!.variables).toEqual({
      input: { productId: PRODUCT, enterpriseId: btoa('Enterprise:4'), need: '需要审查三份采购合同', attachmentIds: [] },
    })
    wrapper.unmount()
  })
})
