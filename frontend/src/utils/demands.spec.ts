import { describe, expect, it } from 'vitest'
import {
  DEMAND_STATUSES,
  availableDemandActions,
  demandActionSpec,
  demandStepKey,
  emptyDemandActionForm,
  emptySubmitDemandForm,
  parseDemandCategory,
  parseDemandFilter,
  parseOverdue,
  runningDeadline,
  toDemandActionInput,
  toSubmitDemandInput,
  validateDemandActionForm,
  validateSubmitDemandForm,
  withDemandFilters,
} from './demands'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'

describe('demand filters in the URL', () => {
  it('reads known values and falls back to everything', () => {
    expect(parseDemandFilter('REPLIED')).toBe('REPLIED')
    expect(parseDemandFilter(['ASSIGNED'])).toBe('ASSIGNED')
    expect(parseDemandFilter('nonsense')).toBe('ALL')
    expect(parseDemandCategory('FINANCING')).toBe('FINANCING')
    expect(parseDemandCategory('x')).toBeNull()
    expect(parseOverdue('1')).toBe(true)
    expect(parseOverdue(undefined)).toBe(false)
  })

  it('leaves defaults out of the URL and keeps other parameters', () => {
    expect(withDemandFilters({ id: 'e1', status: 'REPLIED' }, { status: 'ALL' })).toEqual({ id: 'e1', status: undefined })
    expect(withDemandFilters({}, { category: 'LEGAL', overdue: true })).toEqual({ category: 'LEGAL', overdue: '1' })
    expect(withDemandFilters({ overdue: '1' }, { overdue: false })).toEqual({ overdue: undefined })
  })
})

describe('the actions of each side (services.py ACTIONS)', () => {
  const names = (sides: Parameters<typeof availableDemandActions>[0], status: Parameters<typeof availableDemandActions>[1]) =>
    availableDemandActions(sides, status).map((s) => s.action)

  it('lets the enterprise withdraw and urge before acceptance, answer, resolve, reopen and rate', () => {
    expect(names(['ENTERPRISE'], 'SUBMITTED')).toEqual(['urge', 'withdraw'])
    expect(names(['ENTERPRISE'], 'WAITING_FOR_ENTERPRISE')).toEqual(['answer'])
    expect(names(['ENTERPRISE'], 'REPLIED')).toEqual(['resolve', 'reopen'])
    expect(names(['ENTERPRISE'], 'RESOLVED')).toEqual(['evaluate'])
    expect(names(['ENTERPRISE'], 'CLOSED')).toEqual([])
  })

  it('lets the operator accept, refuse, assign, transfer and urge', () => {
    expect(names(['OPERATOR'], 'SUBMITTED')).toEqual(['accept', 'urge', 'notAccept'])
    expect(names(['OPERATOR'], 'ACCEPTED')).toEqual(['assign', 'openForOffers', 'urge'])
    expect(names(['OPERATOR'], 'OPEN_FOR_OFFERS')).toEqual(['urge', 'closeOffers'])
    expect(names(['ENTERPRISE'], 'OPEN_FOR_OFFERS')).toEqual(['urge'])
    expect(names(['OPERATOR'], 'REOPENED')).toEqual(['assign', 'urge'])
    expect(names(['OPERATOR'], 'ASSIGNED')).toEqual(['transfer', 'urge'])
  })

  it('lets the handler reply, ask, transfer and hand back', () => {
    expect(names(['HANDLER'], 'ASSIGNED')).toEqual(['reply', 'ask', 'transfer', 'handBack'])
    expect(names(['HANDLER'], 'WAITING_FOR_ENTERPRISE')).toEqual([])
  })

  it('asks for confirmation before every irreversible step', () => {
    for (const a of ['notAccept', 'withdraw', 'reply', 'resolve', 'reopen', 'evaluate', 'handBack'] as const) {
      expect(demandActionSpec(a).confirm).toBe(true)
    }
  })
})

describe('the forms', () => {
  it('checks and builds the submission, the contact prefilled from the enterprise', () => {
    const form = emptySubmitDemandForm({ contactName: '王五', contactPhone: '13800000000' })
    expect(form.contactName).toBe('王五')
    expect(validateSubmitDemandForm(form)).toEqual({ category: 'form.required', title: 'form.required', description: 'form.required' })
    Object.assign(form, { category: 'FINANCING', title: ' 贷款 ', description: '需要贷款', period: ['2026-12-10', '2026-12-01'] })
    expect(validateSubmitDemandForm(form)).toEqual({ periodEnd: 'demands.errors.period' })
    form.period = ['2026-12-01', '2026-12-10']
    form.attachments = [{ id: 'f1' }]
    expect(toSubmitDemandInput('e1', form)).toEqual({
      enterpriseId: 'e1',
      category: 'FINANCING',
      title: '贷款',
      description: '需要贷款',
      contactName: '王五',
      contactPhone: '13800000000',
      periodStart: '2026-12-01',
      periodEnd: '2026-12-10',
      attachmentIds: ['f1'],
    })
  })

  it('requires the explanation of a refusal but not the note of an urge', () => {
    const form = emptyDemandActionForm()
    expect(validateDemandActionForm(demandActionSpec('notAccept'), form)).toEqual({ explanation: 'form.required' })
    expect(validateDemandActionForm(demandActionSpec('urge'), form)).toEqual({})
    expect(toDemandActionInput(demandActionSpec('urge'), 'd1', form)).toEqual({ demandId: 'd1', note: '' })
  })

  it('builds assignment, transfer and rating inputs with the API names', () => {
    const form = { ...emptyDemandActionForm(), handlerType: 'DEPARTMENT' as const, handlerId: 'dep', text: ' 转部门 ' }
    expect(toDemandActionInput(demandActionSpec('transfer'), 'd1', form)).toEqual({
      demandId: 'd1',
      reason: '转部门',
      handlerType: 'DEPARTMENT',
      handlerId: 'dep',
    })
    const rating = emptyDemandActionForm()
    expect(validateDemandActionForm(demandActionSpec('evaluate'), rating)).toEqual({
      overall: 'demands.errors.rating',
      dimensions: 'demands.errors.rating',
    })
    Object.assign(rating, { overall: 5, dimensions: { timeliness: 4, attitude: 5, result: 3 }, text: '好' })
    expect(toDemandActionInput(demandActionSpec('evaluate'), 'd1', rating)).toEqual({
      demandId: 'd1',
      comment: '好',
      overall: 5,
      dimensions: [
        { name: 'timeliness', score: 4 },
        { name: 'attitude', score: 5 },
        { name: 'result', score: 3 },
      ],
    })
  })
})

describe('deadlines and the timeline', () => {
  it('shows the acceptance deadline before acceptance, the reply deadline while handled', () => {
    expect(runningDeadline({ status: 'SUBMITTED', acceptDueAt: 'a', replyDueAt: null })).toEqual({ kind: 'accept', due: 'a' })
    expect(runningDeadline({ status: 'ASSIGNED', acceptDueAt: 'a', replyDueAt: 'r' })).toEqual({ kind: 'reply', due: 'r' })
    expect(runningDeadline({ status: 'REPLIED', acceptDueAt: 'a', replyDueAt: 'r' })).toBeNull()
  })

  it('names hand-backs, answers, transfers and urges', () => {
    expect(demandStepKey({ kind: 'TRANSITION', fromStatus: 'ASSIGNED', toStatus: 'ACCEPTED' })).toBe('demands.timeline.handedBack')
    expect(demandStepKey({ kind: 'TRANSITION', fromStatus: 'WAITING_FOR_ENTERPRISE', toStatus: 'ASSIGNED' })).toBe('demands.timeline.answered')
    expect(demandStepKey({ kind: 'TRANSITION', fromStatus: 'OPEN_FOR_OFFERS', toStatus: 'ASSIGNED' })).toBe('demands.timeline.offerPicked')
    expect(demandStepKey({ kind: 'TRANSITION', fromStatus: 'OPEN_FOR_OFFERS', toStatus: 'ACCEPTED' })).toBe('demands.timeline.offersClosed')
    expect(demandStepKey({ kind: 'TRANSFER', toStatus: 'ASSIGNED' })).toBe('demands.timeline.TRANSFER')
    expect(demandStepKey({ kind: 'TRANSITION', fromStatus: null, toStatus: 'SUBMITTED' })).toBe('demands.timeline.SUBMITTED')
  })

  it('has a Chinese and an English name for every status', () => {
    for (const s of DEMAND_STATUSES) {
      expect(zhCN.demands.status[s]).toBeTruthy()
      expect(en.demands.status[s]).toBeTruthy()
    }
  })
})
