import { describe, expect, it } from 'vitest'
import { activityFilterVariables, emptyActivityForm, organiserActions, parseActivityFilters, validateActivityForm } from './activities'

describe('activity filters', () => {
  it('keeps only well-formed values of the URL', () => {
    expect(parseActivityFilters({ type: 'PARTY', region: '33', from: '2027-1-1', to: '2027-01-31', open: 'yes' })).toEqual({
      type: '',
      region: '',
      from: '',
      to: '2027-01-31',
      open: false,
    })
  })

  it('covers whole days in China Standard Time', () => {
    expect(activityFilterVariables({ type: '', region: '', from: '2027-01-01', to: '2027-01-01', open: false })).toMatchObject({
      startsFrom: '2026-12-31T16:00:00.000Z',
      startsBefore: '2027-01-01T16:00:00.000Z',
      openForSignUp: null,
    })
  })
})

describe('the activity form', () => {
  it('wants a deadline no later than the start and an end after it', () => {
    const problems = validateActivityForm({
      ...emptyActivityForm(),
      name: '温州市经济和信息化局政策宣讲会',
      type: 'POLICY_BRIEFING',
      venue: '市民中心',
      capacity: 10,
      startsAt: new Date('2027-01-10T01:00:00Z'),
      endsAt: new Date('2027-01-10T01:00:00Z'),
      signupDeadline: new Date('2027-01-10T02:00:00Z'),
    })
    expect(problems).toEqual({ endsAt: 'activities.form.endsAfterStart', signupDeadline: 'activities.form.deadlineBeforeStart' })
  })
})

describe('organiser actions', () => {
  it('follow the state machine', () => {
    expect(organiserActions('DRAFT')).toEqual(['edit', 'submit', 'cancel'])
    expect(organiserActions('REJECTED')).toEqual(['edit', 'revise', 'cancel'])
    expect(organiserActions('ONGOING')).toEqual(['cancel'])
    expect(organiserActions('ENDED')).toEqual([])
  })
})
