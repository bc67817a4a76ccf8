import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import CheckInBanner from './CheckInBanner.vue'
import { i18n, setLocale } from '@/i18n'
import { CHECK_IN_RESULTS, type CheckInResultName } from '@/utils/activityAfter'

const CHINESE: Record<CheckInResultName, string> = {
  OK: '签到成功',
  ALREADY_CHECKED_IN: '已签到过',
  NOT_REGISTERED: '未报名此活动',
  REGISTRATION_CANCELLED: '报名已取消',
  ACTIVITY_CANCELLED: '活动已取消',
  WAITLISTED: '仍在候补名单中，不能签到',
  PENDING_APPROVAL: '报名尚待审核，不能签到',
  WRONG_ACTIVITY: '这是其他活动的签到码',
  TOO_EARLY: '签到尚未开始',
  TOO_LATE: '签到已结束',
  INVALID: '签到码无效或已过期',
}

function banner(props: { result: CheckInResultName; personName?: string; firstCheckedInAt?: string }) {
  return mount(CheckInBanner, { props, global: { plugins: [i18n] } })
}

describe('the check-in result banner', () => {
  it.each(CHECK_IN_RESULTS)('says what %s means, in Chinese and in English', (result) => {
    setLocale('zh-CN')
    const wrapper = banner({ result, personName: '李四' })
    expect(wrapper.find('[data-testid="checkin-banner-message"]').text()).toBe(CHINESE[result])
    expect(wrapper.find('[data-testid="checkin-banner-person"]').text()).toBe('李四')
    const colour = result === 'OK' ? 'banner-success' : result === 'ALREADY_CHECKED_IN' ? 'banner-warning' : 'banner-error'
    expect(wrapper.classes()).toContain(colour)
    setLocale('en')
    const english = banner({ result })
    expect(english.find('[data-testid="checkin-banner-message"]').text()).not.toBe(CHINESE[result])
    expect(english.find('[data-testid="checkin-banner-message"]').text()).toMatch(/^[A-Z]/)
    setLocale('zh-CN')
  })

  it('shows when an already checked-in person first came in', () => {
    setLocale('zh-CN')
    const wrapper = banner({ result: 'ALREADY_CHECKED_IN', personName: '李四', firstCheckedInAt: '2026-12-01T01:05:00Z' })
    expect(wrapper.find('[data-testid="checkin-banner-first"]').text()).toContain('09:05')
    const ok = banner({ result: 'OK', firstCheckedInAt: '2026-12-01T01:05:00Z' })
    expect(ok.find('[data-testid="checkin-banner-first"]').exists()).toBe(false)
  })
})
