import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import InboxBell from './InboxBell.vue'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

describe('the inbox bell', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the unread count, asked again on navigation and every minute, quietly', async () => {
    // Only the interval is faked: the promises and waits of the test run as usual.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let unread = 3
    let failing = false
    const { sent } = fakeGraphQL(() =>
      failing ? { errors: [{ message: 'boom' }], data: null } : { data: { unreadNotificationCount: unread } },
    )
    const { wrapper, router } = await mountSignedIn(InboxBell, { path: '/' })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="inbox-badge"] sup').text()).toBe('3')
    })
    expect(wrapper.find('a').attributes('href')).toBe('/inbox')

    unread = 0
    await router.push('/services')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="inbox-badge"] sup').exists()).toBe(false)
    })

    const before = sent.length
    unread = 120
    vi.advanceTimersByTime(60_000)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="inbox-badge"] sup').text()).toBe('99+')
    })
    expect(sent.length).toBe(before + 1)
    expect(sent.every((r) => r.operationName === 'UnreadNotificationCount')).toBe(true)

    // A failed poll keeps the last count and shows no error toast.
    failing = true
    vi.advanceTimersByTime(60_000)
    await vi.waitFor(() => expect(sent.length).toBe(before + 2))
    await flushPromises()
    expect(document.querySelector('.el-message')).toBeNull()
    expect(wrapper.find('[data-testid="inbox-badge"] sup').text()).toBe('99+')
    wrapper.unmount()
  })
})
