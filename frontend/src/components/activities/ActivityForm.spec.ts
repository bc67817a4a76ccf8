import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ActivityForm from './ActivityForm.vue'
import { emptyActivityForm, type ActivityForm as ActivityFormModel } from '@/utils/activities'
import { gid } from '@/test/activities'
import { fakeGraphQL } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const INSTITUTION = gid('Institution', 3)

function filled(): ActivityFormModel {
  return {
    ...emptyActivityForm(),
    name: '温州市中小企业法律服务中心企业合规培训',
    type: 'TRAINING_SESSION',
    agenda: [{ time: '09:00', title: '合规要点', speaker: '李律师' }],
    venue: '温州市民中心',
    onlineLink: 'https://meeting.example.com/9',
    startsAt: new Date('2027-02-01T01:00:00Z'),
    endsAt: new Date('2027-02-01T03:00:00Z'),
    signupDeadline: new Date('2027-01-31T10:00:00Z'),
    capacity: 30,
    audienceScales: ['SMALL', 'MICRO'],
    regionPaths: [['330000', '330300']],
    needsApproval: true,
  }
}

async function mountForm(initial: ActivityFormModel | null, respond: Parameters<typeof fakeGraphQL>[0]) {
  const fake = fakeGraphQL((req) => {
    if (req.operationName === 'Regions' || req.operationName === 'Industries') return { data: { regions: [], industries: [] } }
    return respond(req)
  })
  const mounted = await mountSignedIn(ActivityForm, { props: { organiserType: 'INSTITUTION', organiserId: INSTITUTION, initial } })
  return { ...fake, ...mounted }
}

const fieldError = (testid: string) =>
  document.querySelector(`[data-testid="${testid}"]`)?.closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim()

describe('the activity form', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('sends what was filled in as the API takes it', async () => {
    const { wrapper, sent } = await mountForm(filled(), () => ({
      data: { createActivity: { __typename: 'ActivityPayload', activity: { __typename: 'Activity', id: gid('Activity', 8), status: 'DRAFT' }, errors: [] } },
    }))
    await wrapper.find('[data-testid="activity-form"]').trigger('submit')
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toBeTruthy())
    expect(wrapper.emitted('saved')![0]).toEqual([gid('Activity', 8)])
    expect(sent.find((r) => r.operationName === 'CreateActivity')!.variables).toEqual({
      input: {
        organiserType: 'INSTITUTION',
        organiserId: INSTITUTION,
        activity: {
          name: '温州市中小企业法律服务中心企业合规培训',
          type: 'TRAINING_SESSION',
          content: '',
          logoFileId: null,
          agenda: [{ time: '09:00', title: '合规要点', speaker: '李律师' }],
          venue: '温州市民中心',
          onlineLink: 'https://meeting.example.com/9',
          regionCode: '',
          startsAt: '2027-02-01T01:00:00.000Z',
          endsAt: '2027-02-01T03:00:00.000Z',
          signupDeadline: '2027-01-31T10:00:00.000Z',
          capacity: 30,
          audienceScales: ['SMALL', 'MICRO'],
          audienceIndustries: [],
          audienceRegions: ['330300'],
          needsApproval: true,
          verifiedOnly: false,
          contact: '',
        },
      },
    })
    wrapper.unmount()
  })

  it('puts the server’s refusals next to their fields and keeps the others above the form', async () => {
    const { wrapper } = await mountForm(filled(), () => ({
      data: {
        createActivity: {
          __typename: 'ActivityPayload',
          activity: null,
          errors: [
            { __typename: 'UserError', field: 'name', code: 'TOO_LONG', message: '名称太长' },
            { __typename: 'UserError', field: 'signupDeadline', code: 'INVALID', message: '报名截止不能晚于开始时间' },
            { __typename: 'UserError', field: 'organiserId', code: 'NOT_FOUND', message: '主办方不存在' },
          ],
        },
      },
    }))
    await wrapper.find('[data-testid="activity-form"]').trigger('submit')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(fieldError('activity-form-name')).toBe('名称太长')
    })
    expect(fieldError('activity-form-deadline')).toBe('报名截止不能晚于开始时间')
    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('主办方不存在')
    expect(wrapper.emitted('saved')).toBeFalsy()
    // A field's message goes once it changes.
    await wrapper.find('input[data-testid="activity-form-name"]').setValue('温州市中小企业法律服务中心合规培训')
    await flushPromises()
    expect(fieldError('activity-form-name')).toBeFalsy()
    expect(fieldError('activity-form-deadline')).toBe('报名截止不能晚于开始时间')
    wrapper.unmount()
  })

  it('sends nothing while required fields are missing', async () => {
    const { wrapper, sent } = await mountForm({ ...emptyActivityForm(), onlineLink: 'http://plain.example.com' }, () => ({}))
    await wrapper.find('[data-testid="activity-form"]').trigger('submit')
    await flushPromises()
    expect(fieldError('activity-form-name')).toBe('必填')
    expect(fieldError('activity-form-capacity')).toBe('名额须在 1 到 100000 之间')
    expect(fieldError('activity-form-online-link')).toBe('线上链接须以 https:// 开头')
    expect(sent.some((r) => r.operationName === 'CreateActivity')).toBe(false)
    wrapper.unmount()
  })

  it('adds and removes agenda items', async () => {
    const { wrapper } = await mountForm(null, () => ({}))
    await wrapper.find('[data-testid="agenda-add"]').trigger('click')
    await wrapper.find('[data-testid="agenda-add"]').trigger('click')
    expect(wrapper.findAll('input[data-testid^="agenda-title-"]')).toHaveLength(2)
    await wrapper.find('[data-testid="agenda-remove-0"]').trigger('click')
    expect(wrapper.findAll('input[data-testid^="agenda-title-"]')).toHaveLength(1)
    wrapper.unmount()
  })
})
