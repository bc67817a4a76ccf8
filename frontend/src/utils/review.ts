/** The operators' certification queue: its status filter (kept in the URL). */
import type { CertificationStatus } from '@/gql/graphql'

export type ReviewFilter = CertificationStatus | 'ALL'

/** 审核中 first: what an operator has to do. */
export const REVIEW_FILTERS: readonly ReviewFilter[] = ['PENDING', 'REJECTED', 'VERIFIED', 'UNVERIFIED', 'ALL']

/** The longest rejection reason the server takes. */
export const REJECT_REASON_MAX = 1000

/** `?status=` of the URL; anything unknown (or nothing) means 审核中. */
export function parseReviewStatus(value: unknown): ReviewFilter {
  return typeof value === 'string' && (REVIEW_FILTERS as readonly string[]).includes(value)
    ? (value as ReviewFilter)
    : 'PENDING'
}
