/**
 * Offers (征集承接): who may offer, withdraw or pick (the API's rules in
 * qifu/demands/offers.py, written out for the buttons), the offer status tags and the
 * proposal's check. The server checks everything again.
 */
import type { DemandOfferStatus, DemandStatus } from '@/gql/graphql'
import type { DemandSide } from '@/utils/demands'
import type { TagType } from '@/utils/engagements'

export const PROPOSAL_MAX = 2000

export const OFFER_STATUS_TAG_TYPE: Record<DemandOfferStatus, TagType> = {
  PENDING: 'warning',
  PICKED: 'success',
  NOT_PICKED: 'info',
  WITHDRAWN: 'info',
}

/** The enterprise and the supervising operators decide; institutions offer. */
export function decidesOffers(sides: readonly DemandSide[]): boolean {
  return sides.includes('ENTERPRISE') || sides.includes('OPERATOR')
}

export function canPick(sides: readonly DemandSide[], status: DemandStatus, offer: { status: DemandOfferStatus }): boolean {
  return status === 'OPEN_FOR_OFFERS' && offer.status === 'PENDING' && decidesOffers(sides)
}

/** An institution's member on an open demand: no live offer yet (a withdrawn one may be made again). */
export function canOffer(sides: readonly DemandSide[], status: DemandStatus, mine: { status: DemandOfferStatus } | null): boolean {
  return status === 'OPEN_FOR_OFFERS' && !decidesOffers(sides) && (!mine || mine.status === 'WITHDRAWN')
}

export function canWithdrawOffer(status: DemandStatus, mine: { status: DemandOfferStatus } | null): boolean {
  return status === 'OPEN_FOR_OFFERS' && mine?.status === 'PENDING'
}

export function checkProposal(value: string): 'form.required' | 'demands.errors.tooLong' | null {
  if (!value.trim()) return 'form.required'
  return value.trim().length > PROPOSAL_MAX ? 'demands.errors.tooLong' : null
}
