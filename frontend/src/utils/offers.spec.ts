import { describe, expect, it } from 'vitest'
import { canOffer, canPick, canWithdrawOffer, checkProposal, decidesOffers, PROPOSAL_MAX } from './offers'

describe('who may do what with offers (qifu/demands/offers.py)', () => {
  it('lets the enterprise and the operators pick a pending offer while the call is open', () => {
    expect(decidesOffers(['ENTERPRISE'])).toBe(true)
    expect(decidesOffers(['OPERATOR'])).toBe(true)
    expect(decidesOffers(['HANDLER'])).toBe(false)
    expect(canPick(['ENTERPRISE'], 'OPEN_FOR_OFFERS', { status: 'PENDING' })).toBe(true)
    expect(canPick(['ENTERPRISE'], 'OPEN_FOR_OFFERS', { status: 'WITHDRAWN' })).toBe(false)
    expect(canPick(['OPERATOR'], 'ACCEPTED', { status: 'PENDING' })).toBe(false)
    expect(canPick([], 'OPEN_FOR_OFFERS', { status: 'PENDING' })).toBe(false)
  })

  it('lets an institution offer once (again after withdrawing) and withdraw a pending offer', () => {
    expect(canOffer([], 'OPEN_FOR_OFFERS', null)).toBe(true)
    expect(canOffer([], 'OPEN_FOR_OFFERS', { status: 'PENDING' })).toBe(false)
    expect(canOffer([], 'OPEN_FOR_OFFERS', { status: 'WITHDRAWN' })).toBe(true)
    expect(canOffer([], 'ASSIGNED', null)).toBe(false)
    expect(canOffer(['OPERATOR'], 'OPEN_FOR_OFFERS', null)).toBe(false)
    expect(canWithdrawOffer('OPEN_FOR_OFFERS', { status: 'PENDING' })).toBe(true)
    expect(canWithdrawOffer('OPEN_FOR_OFFERS', { status: 'NOT_PICKED' })).toBe(false)
    expect(canWithdrawOffer('ASSIGNED', { status: 'PENDING' })).toBe(false)
    expect(canWithdrawOffer('OPEN_FOR_OFFERS', null)).toBe(false)
  })

  it('needs a proposal of at most 2000 characters', () => {
    expect(checkProposal('  ')).toBe('form.required')
    expect(checkProposal('长'.repeat(PROPOSAL_MAX + 1))).toBe('demands.errors.tooLong')
    expect(checkProposal(` ${'长'.repeat(PROPOSAL_MAX)} `)).toBeNull()
  })
})
