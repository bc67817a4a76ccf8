import { describe, expect, it } from 'vitest'
import type { EngagementStatus } from '@/gql/graphql'
import {
  ACTION_SPECS,
  ENGAGEMENT_STATUSES,
  ENGAGEMENT_STATUS_TAG_TYPE,
  availableActions,
  cleanPersonnel,
  deadlineState,
  emptyAgreeForm,
  emptyEvaluateForm,
  emptyPlanForm,
  mayReply,
  needsConfirmation,
  nextSide,
  parseEngagementFilter,
  pendingDeadline,
  rawId,
  stepTitleKey,
  toAgreeInput,
  toDeliverInput,
  toEvaluateInput,
  toPlanInput,
  validateAgreeForm,
  validateDeliverForm,
  validateEvaluateForm,
  validatePlanForm,
  viewerSides,
  withFilter,
  type Side,
} from './engagements'

const gid = (type: string, id: number) => btoa(`${type}:${id}`)
const engagement = { enterprise: { id: gid('Enterprise', 3) }, institution: { id: gid('Institution', 7) } }

describe('statuses and filters', () => {
  it('give every status a tag colour', () => {
    expect(ENGAGEMENT_STATUSES).toHaveLength(10)
    for (const s of ENGAGEMENT_STATUSES) expect(ENGAGEMENT_STATUS_TAG_TYPE[s]).toBeTruthy()
    expect(ENGAGEMENT_STATUS_TAG_TYPE.DECLINED).toBe('danger')
    expect(ENGAGEMENT_STATUS_TAG_TYPE.EVALUATED).toBe('success')
  })

  it('read the status filter of the URL: anything unknown means all', () => {
    expect(parseEngagementFilter('DELIVERED')).toBe('DELIVERED')
    expect(parseEngagementFilter(['AGREED', 'PLANNED'])).toBe('AGREED')
    expect(parseEngagementFilter('NOPE')).toBe('ALL')
    expect(parseEngagementFilter(undefined)).toBe('ALL')
  })

  it('leave the default filter out of the URL', () => {
    expect(withFilter({ id: 'x', status: 'AGREED' }, 'ALL')).toEqual({ id: 'x', status: undefined })
    expect(withFilter({ id: 'x' }, 'REQUESTED')).toEqual({ id: 'x', status: 'REQUESTED' })
  })
})

describe('the viewer side', () => {
  it('decodes global IDs of the expected type only', () => {
    expect(rawId(gid('Enterprise', 42), 'Enterprise')).toBe('42')
    expect(rawId(gid('Institution', 42), 'Enterprise')).toBeNull()
    expect(rawId('not base64!', 'Enterprise')).toBeNull()
    expect(rawId(btoa('Enterprise:x'), 'Enterprise')).toBeNull()
  })

  it('compares the raw scope ids of the grants with the parties of the engagement', () => {
    expect(viewerSides([{ role: 'ENTERPRISE_MEMBER', scopeType: 'ENTERPRISE', scopeId: '3' }], engagement)).toEqual(['ENTERPRISE'])
    expect(viewerSides([{ role: 'INSTITUTION_ADMIN', scopeType: 'INSTITUTION', scopeId: '7' }], engagement)).toEqual(['INSTITUTION'])
    // Another enterprise, a scope id that happens to match another kind, an operator: no side.
    expect(viewerSides([{ role: 'ENTERPRISE_ADMIN', scopeType: 'ENTERPRISE', scopeId: '4' }], engagement)).toEqual([])
    expect(viewerSides([{ role: 'ENTERPRISE_MEMBER', scopeType: 'ENTERPRISE', scopeId: '7' }], engagement)).toEqual([])
    expect(viewerSides([{ role: 'OPERATOR', scopeType: 'PLATFORM', scopeId: '3' }], engagement)).toEqual([])
    // The global id itself is not a scope id.
    expect(viewerSides([{ role: 'ENTERPRISE_MEMBER', scopeType: 'ENTERPRISE', scopeId: engagement.enterprise.id }], engagement)).toEqual([])
  })

  it('lets a member of both organisations act for both', () => {
    const grants = [
      { role: 'ENTERPRISE_MEMBER', scopeType: 'ENTERPRISE', scopeId: '3' },
      { role: 'INSTITUTION_MEMBER', scopeType: 'INSTITUTION', scopeId: '7' },
    ]
    expect(viewerSides(grants, engagement)).toEqual(['ENTERPRISE', 'INSTITUTION'])
  })
})

describe('actions', () => {
  const names = (sides: Side[], status: EngagementStatus) => availableActions(sides, status).map((a) => a.action)

  it('follow the state machine for the institution', () => {
    expect(names(['INSTITUTION'], 'REQUESTED')).toEqual(['investigate', 'decline'])
    expect(names(['INSTITUTION'], 'INVESTIGATING')).toEqual(['agree', 'decline'])
    expect(names(['INSTITUTION'], 'AGREED')).toEqual(['plan'])
    expect(names(['INSTITUTION'], 'PLANNED')).toEqual(['start'])
    expect(names(['INSTITUTION'], 'IN_SERVICE')).toEqual(['deliver', 'progress'])
    for (const s of ['DELIVERED', 'CONFIRMED', 'EVALUATED', 'DECLINED', 'CANCELLED'] as const) expect(names(['INSTITUTION'], s)).toEqual([])
  })

  it('follow the state machine for the enterprise', () => {
    expect(names(['ENTERPRISE'], 'REQUESTED')).toEqual(['cancel'])
    expect(names(['ENTERPRISE'], 'INVESTIGATING')).toEqual(['cancel'])
    for (const s of ['AGREED', 'PLANNED', 'IN_SERVICE', 'EVALUATED', 'DECLINED', 'CANCELLED'] as const) expect(names(['ENTERPRISE'], s)).toEqual([])
    expect(names(['ENTERPRISE'], 'DELIVERED')).toEqual(['confirm', 'dispute'])
    expect(names(['ENTERPRISE'], 'CONFIRMED')).toEqual(['evaluate'])
  })

  it('give operators nothing to do', () => {
    for (const s of ENGAGEMENT_STATUSES) expect(names([], s)).toEqual([])
  })

  it('ask for confirmation before what cannot be taken back', () => {
    for (const a of ['decline', 'cancel', 'agree', 'start', 'deliver', 'confirm', 'dispute', 'evaluate', 'reply'] as const) {
      expect(needsConfirmation(a)).toBe(true)
    }
    for (const a of ['investigate', 'plan', 'progress'] as const) expect(needsConfirmation(a)).toBe(false)
    expect(ACTION_SPECS.filter((s) => s.form === 'reason').map((s) => s.action).sort()).toEqual(['cancel', 'decline', 'dispute'])
  })

  it('let the institution reply once to the rating', () => {
    const rated = { status: 'EVALUATED' as const, evaluation: { reply: null } }
    expect(mayReply(['INSTITUTION'], rated)).toBe(true)
    expect(mayReply(['ENTERPRISE'], rated)).toBe(false)
    expect(mayReply(['INSTITUTION'], { ...rated, evaluation: { reply: '谢谢' } })).toBe(false)
    expect(mayReply(['INSTITUTION'], { status: 'CONFIRMED', evaluation: null })).toBe(false)
  })

  it('tell whose move it is', () => {
    expect(nextSide('REQUESTED')).toBe('INSTITUTION')
    expect(nextSide('IN_SERVICE')).toBe('INSTITUTION')
    expect(nextSide('DELIVERED')).toBe('ENTERPRISE')
    expect(nextSide('CONFIRMED')).toBe('ENTERPRISE')
    expect(nextSide('EVALUATED')).toBeNull()
    expect(nextSide('CANCELLED')).toBeNull()
  })
})

describe('deadlines', () => {
  const now = new Date('2026-12-01T02:00:00Z')

  it('are ok, soon or overdue', () => {
    expect(deadlineState('2026-12-03T02:00:00Z', now, 24 * 3_600_000)).toBe('ok')
    expect(deadlineState('2026-12-01T20:00:00Z', now, 24 * 3_600_000)).toBe('soon')
    expect(deadlineState('2026-12-01T01:59:59Z', now, 24 * 3_600_000)).toBe('overdue')
  })

  it('run for the answer to a request and for the automatic confirmation only', () => {
    const base = { answerDueAt: '2026-12-01T10:00:00Z', confirmDueAt: null }
    expect(pendingDeadline({ ...base, status: 'REQUESTED' }, now)).toEqual({ kind: 'answer', due: base.answerDueAt, state: 'soon' })
    expect(pendingDeadline({ ...base, status: 'INVESTIGATING' }, now)).toBeNull()
    const delivered = { ...base, status: 'DELIVERED' as const, confirmDueAt: '2026-12-07T02:00:00Z' }
    expect(pendingDeadline(delivered, now)).toEqual({ kind: 'confirm', due: delivered.confirmDueAt, state: 'ok' })
    expect(pendingDeadline({ ...delivered, confirmDueAt: null }, now)).toBeNull()
  })
})

describe('the archive', () => {
  it('titles each step, a dispute and a progress note', () => {
    expect(stepTitleKey({ kind: 'TRANSITION', fromStatus: null, toStatus: 'REQUESTED' })).toBe('engagements.timeline.REQUESTED')
    expect(stepTitleKey({ kind: 'TRANSITION', fromStatus: 'PLANNED', toStatus: 'IN_SERVICE' })).toBe('engagements.timeline.IN_SERVICE')
    expect(stepTitleKey({ kind: 'TRANSITION', fromStatus: 'DELIVERED', toStatus: 'IN_SERVICE' })).toBe('engagements.timeline.disputed')
    expect(stepTitleKey({ kind: 'PROGRESS', fromStatus: null, toStatus: 'IN_SERVICE' })).toBe('engagements.timeline.progress')
  })
})

describe('the forms', () => {
  it('check the agreement and build its input', () => {
    expect(validateAgreeForm(emptyAgreeForm())).toEqual({
      agreementFileId: 'form.required',
      fee: 'form.required',
      periodStart: 'form.required',
      periodEnd: 'form.required',
    })
    const form = { file: [{ id: 'F1' }], fee: '1200.5', periodStart: '2026-12-10', periodEnd: '2026-12-01', note: '' }
    expect(validateAgreeForm(form)).toEqual({ periodEnd: 'engagements.errors.period' })
    expect(validateAgreeForm({ ...form, fee: '12.345', periodEnd: '2026-12-31' })).toEqual({ fee: 'engagements.errors.fee' })
    expect(validateAgreeForm({ ...form, fee: '0', periodEnd: '2026-12-10' })).toEqual({})
    expect(toAgreeInput('E1', { ...form, fee: ' 1200.5 ', periodEnd: '2026-12-31', note: ' 已签 ' })).toEqual({
      engagementId: 'E1',
      agreementFileId: 'F1',
      fee: '1200.5',
      periodStart: '2026-12-10',
      periodEnd: '2026-12-31',
      note: '已签',
    })
  })

  it('check the plan: personnel named, delivery not before the start', () => {
    expect(validatePlanForm(emptyPlanForm())).toEqual({
      plan: 'form.required',
      personnel: 'form.required',
      plannedStartOn: 'form.required',
      plannedDeliveryOn: 'form.required',
    })
    const form = { plan: '分三次', personnel: [' 陈律师 ', '', '陈律师', '王会计'], plannedStartOn: '2026-12-05', plannedDeliveryOn: '2026-12-04', note: '' }
    expect(validatePlanForm(form)).toEqual({ plannedDeliveryOn: 'engagements.errors.plannedDates' })
    expect(validatePlanForm({ ...form, plannedDeliveryOn: '2026-12-05', personnel: ['x'.repeat(51)] })).toEqual({
      personnel: 'engagements.errors.personnel',
    })
    expect(cleanPersonnel(form.personnel)).toEqual(['陈律师', '王会计'])
    expect(toPlanInput('E1', { ...form, plannedDeliveryOn: '2026-12-20' }).personnel).toEqual(['陈律师', '王会计'])
  })

  it('check the delivery: the report is required, the file is not', () => {
    expect(validateDeliverForm({ report: '  ', file: [] })).toEqual({ report: 'form.required' })
    expect(toDeliverInput('E1', { report: ' 意见书 ', file: [] })).toEqual({ engagementId: 'E1', report: '意见书', reportFileId: null })
    expect(toDeliverInput('E1', { report: '意见书', file: [{ id: 'F9' }] }).reportFileId).toBe('F9')
  })

  it('want every star of the rating and send the four dimensions by name', () => {
    const empty = emptyEvaluateForm()
    expect(validateEvaluateForm(empty)).toEqual({ overall: 'engagements.errors.rating', dimensions: 'engagements.errors.rating' })
    const rated = { overall: 4, dimensions: { professionalism: 5, timeliness: 4, communication: 3, result: 4 }, comment: ' 满意 ' }
    expect(validateEvaluateForm(rated)).toEqual({})
    expect(validateEvaluateForm({ ...rated, dimensions: { ...rated.dimensions, result: 0 } })).toEqual({ dimensions: 'engagements.errors.rating' })
    expect(toEvaluateInput('E1', rated)).toEqual({
      engagementId: 'E1',
      overall: 4,
      dimensions: [
        { name: 'professionalism', score: 5 },
        { name: 'timeliness', score: 4 },
        { name: 'communication', score: 3 },
        { name: 'result', score: 4 },
      ],
      comment: '满意',
    })
  })
})
