import { describe, expect, it } from 'vitest'
import {
  boardVariables,
  bulkOutcome,
  emptyRecordDemandForm,
  hasBoardFilters,
  orderedSettings,
  parseBoardFilters,
  subtreePlatforms,
  toRecordDemandInput,
  validateCategorySetting,
  validateRecordDemandForm,
  withBoardFilters,
} from './demandBoard'

const gid = (type: string, id: number) => btoa(`${type}:${id}`)

describe('the board filters in the URL', () => {
  it('reads known values only, and a handler only with its type', () => {
    const f = parseBoardFilters({ kind: 'COMPLAINT', channel: 'FAX', platform: 'p2', handlerType: 'EXPERT', handler: 'x1' })
    expect(f).toEqual({ kind: 'COMPLAINT', channel: null, platformId: 'p2', handlerType: 'EXPERT', handlerId: 'x1' })
    expect(parseBoardFilters({ handler: 'x1' })).toEqual({ kind: null, channel: null, platformId: null, handlerType: null, handlerId: null })
    expect(parseBoardFilters({ handlerType: 'EXPERT' }).handlerType).toBeNull() // no handler chosen yet
    expect(hasBoardFilters(parseBoardFilters({}))).toBe(false)
    expect(hasBoardFilters(f)).toBe(true)
  })

  it('writes a clean URL, and choosing another handler type forgets the handler', () => {
    const query = { status: 'SUBMITTED', handlerType: 'EXPERT', handler: 'x1' }
    expect(withBoardFilters(query, { handlerType: 'DEPARTMENT' })).toEqual({ status: 'SUBMITTED', handlerType: 'DEPARTMENT', handler: undefined })
    expect(withBoardFilters({}, { kind: 'DEMAND', platformId: 'p1' })).toEqual({ kind: 'DEMAND', platform: 'p1' })
    expect(withBoardFilters({ channel: 'PHONE' }, { channel: null })).toEqual({ channel: undefined })
  })

  it('sends the handler type only with a handler', () => {
    expect(boardVariables({ kind: null, channel: 'PHONE', platformId: null, handlerType: 'EXPERT', handlerId: null })).toEqual({
      kind: null,
      channel: 'PHONE',
      platformId: null,
      handlerType: null,
      handlerId: null,
    })
  })
})

describe('the platforms of the operator’s subtree', () => {
  const hub = { id: gid('Platform', 1), name: '省平台', parent: null }
  const wenzhou = { id: gid('Platform', 2), name: '温州', parent: { id: hub.id } }
  const lucheng = { id: gid('Platform', 3), name: '鹿城', parent: { id: wenzhou.id } }
  const hangzhou = { id: gid('Platform', 4), name: '杭州', parent: { id: hub.id } }
  const all = [hub, wenzhou, lucheng, hangzhou]

  it('keeps the operator’s platforms and those below them; the hub admin has all', () => {
    expect(subtreePlatforms(all, ['2']).map((p) => p.name)).toEqual(['温州', '鹿城'])
    expect(subtreePlatforms(all, ['3', '4']).map((p) => p.name)).toEqual(['鹿城', '杭州'])
    expect(subtreePlatforms(all, []).map((p) => p.name)).toEqual([])
    expect(subtreePlatforms(all, null)).toHaveLength(4)
  })
})

describe('a bulk assignment’s outcome', () => {
  it('counts the assigned and names each refused demand with its reason', () => {
    const outcome = bulkOutcome(
      [
        { index: 0, demand: { id: 'a' }, errors: [] },
        { index: 1, demand: null, errors: [{ field: 'demandIds.1', message: '当前状态下不能执行此操作' }] },
      ],
      ['技改贷款', '招聘技工'],
    )
    expect(outcome).toEqual({ assigned: 1, refused: [{ title: '招聘技工', reason: '当前状态下不能执行此操作' }] })
  })
})

describe('recording a demand', () => {
  it('requires the enterprise and the channel besides the demand itself', () => {
    expect(validateRecordDemandForm(emptyRecordDemandForm())).toEqual({
      enterpriseId: 'form.required',
      channel: 'form.required',
      category: 'form.required',
      title: 'form.required',
      description: 'form.required',
    })
    const form = { ...emptyRecordDemandForm(), enterpriseId: 'e1', channel: 'PHONE' as const, category: 'LEGAL' as const, title: ' 合同纠纷 ', description: '咨询' }
    expect(validateRecordDemandForm(form)).toEqual({})
    expect(toRecordDemandInput(form)).toMatchObject({ enterpriseId: 'e1', channel: 'PHONE', category: 'LEGAL', title: '合同纠纷' })
  })
})

describe('category deadlines', () => {
  it('accepts whole numbers within 1–80 hours and 1–60 days', () => {
    expect(validateCategorySetting({ category: 'LEGAL', acceptWorkingHours: 8, replyWorkingDays: 10 })).toEqual({})
    expect(validateCategorySetting({ category: 'LEGAL', acceptWorkingHours: 0, replyWorkingDays: 61 })).toEqual({
      acceptWorkingHours: 'demandBoard.settings.hoursRange',
      replyWorkingDays: 'demandBoard.settings.daysRange',
    })
    expect(validateCategorySetting({ category: 'LEGAL', acceptWorkingHours: 2.5, replyWorkingDays: 5 })).toHaveProperty('acceptWorkingHours')
  })

  it('orders the rows as the categories are ordered', () => {
    const rows = orderedSettings([{ category: 'OTHER' as const }, { category: 'FINANCING' as const }, { category: 'POLICY_CONSULTATION' as const }])
    expect(rows.map((r) => r.category)).toEqual(['POLICY_CONSULTATION', 'FINANCING', 'OTHER'])
  })
})
