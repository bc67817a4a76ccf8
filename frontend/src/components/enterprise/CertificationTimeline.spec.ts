import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import CertificationTimeline from './CertificationTimeline.vue'
import { i18n, setLocale } from '@/i18n'

describe('certification history', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('lists the newest step first, with the reason of a rejection', () => {
    setLocale('zh-CN')
    const at = '2026-05-20T02:00:00+00:00'
    const wrapper = mount(CertificationTimeline, {
      props: {
        reviews: [
          { fromStatus: 'UNVERIFIED', toStatus: 'PENDING', reason: '', at },
          { fromStatus: 'PENDING', toStatus: 'REJECTED', reason: '地址不一致', at },
          { fromStatus: 'REJECTED', toStatus: 'PENDING', reason: '', at: '2026-05-21T02:00:00+00:00' },
          { fromStatus: 'PENDING', toStatus: 'VERIFIED', reason: '', at: '2026-05-22T02:00:00+00:00' },
        ],
      },
      global: { plugins: [i18n, ElementPlus] },
    })
    const items = wrapper.findAll('[data-testid="certification-history-item"]').map((i) => i.text())
    expect(items).toHaveLength(4)
    expect(items[0]).toContain('审核通过')
    expect(items[1]).toContain('修改后重新提交')
    expect(items[2]).toContain('审核驳回')
    expect(items[2]).toContain('原因：地址不一致')
    expect(items[3]).toContain('提交认证')
    // shown in China Standard Time
    expect(items[3]).toContain('2026/05/20 10:00:00')
  })
})
