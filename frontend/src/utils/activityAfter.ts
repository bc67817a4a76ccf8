/**
 * After an activity: the rating form's model and checks, the check-in results' banner types,
 * the summary's attendance field and how figures are shown. The server checks everything again.
 */
import type { EvaluateActivityInput } from '@/gql/graphql'

export const RATING_DIMENSIONS = ['content', 'organisation', 'usefulness'] as const
export type RatingDimension = (typeof RATING_DIMENSIONS)[number]
export const RATING_COMMENT_MAX = 1000
export const SUMMARY_TEXT_MAX = 20000
export const SUMMARY_PHOTOS_MAX = 9

export interface RatingForm {
  overall: number
  dimensions: Record<RatingDimension, number>
  comment: string
}

export function emptyRatingForm(): RatingForm {
  return { overall: 0, dimensions: { content: 0, organisation: 0, usefulness: 0 }, comment: '' }
}

/** Every score is needed (el-rate leaves 0 when untouched). */
export function ratingProblems(form: RatingForm): { overall?: string; dimensions?: string } {
  const problems: { overall?: string; dimensions?: string } = {}
  if (form.overall < 1) problems.overall = 'activityAfter.rating.required'
  if (RATING_DIMENSIONS.some((d) => form.dimensions[d] < 1)) problems.dimensions = 'activityAfter.rating.required'
  return problems
}

export function toRatingInput(activityId: string, form: RatingForm): EvaluateActivityInput {
  return {
    activityId,
    overall: form.overall,
    dimensions: RATING_DIMENSIONS.map((name) => ({ name, score: form.dimensions[name] })),
    comment: form.comment.trim(),
  }
}

/** The schema's CheckInResult, spelled out so the banner works for every value. */
export const CHECK_IN_RESULTS = [
  'OK',
  'ALREADY_CHECKED_IN',
  'NOT_REGISTERED',
  'REGISTRATION_CANCELLED',
  'ACTIVITY_CANCELLED',
  'WAITLISTED',
  'PENDING_APPROVAL',
  'WRONG_ACTIVITY',
  'TOO_EARLY',
  'TOO_LATE',
  'INVALID',
] as const
export type CheckInResultName = (typeof CHECK_IN_RESULTS)[number]

/** Green for in, amber for "already in" (not an error at the door), red for the rest. */
export function bannerType(result: CheckInResultName): 'success' | 'warning' | 'error' {
  if (result === 'OK') return 'success'
  if (result === 'ALREADY_CHECKED_IN') return 'warning'
  return 'error'
}

/** A share 0–1 as a percentage; a dash when there is none. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 1000) / 10}%`
}

/** Whole seconds left until `expiresAt` (never negative). */
export function secondsLeft(expiresAt: string, now: number = Date.now()): number {
  return Math.max(0, Math.ceil((new Date(expiresAt).getTime() - now) / 1000))
}
