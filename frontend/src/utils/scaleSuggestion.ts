/**
 * The scale (大型/中型/小型/微型) the 2017 national classification gives an enterprise's
 * figures, asked from the server (`suggestedEnterpriseScale`) while the user types.
 */
import type { EnterpriseScale } from '@/gql/graphql'
import { decimalString, lastOf } from '@/utils/enterprise'

export interface ScaleQuery {
  industryCode: string
  employees: number | null
  revenueWan: string | null
}

/** The question for the server, or null when there is nothing to ask yet (no industry). */
export function scaleQueryOf(form: {
  industryPath: readonly string[]
  employees: number | null
  revenueWan: number | null
}): ScaleQuery | null {
  const industryCode = lastOf(form.industryPath)
  if (!industryCode) return null
  const employees = form.employees !== null && Number.isInteger(form.employees) && form.employees >= 0 ? form.employees : null
  const revenue = form.revenueWan !== null && form.revenueWan >= 0 ? form.revenueWan : null
  if (employees === null && revenue === null) return null
  return { industryCode, employees, revenueWan: decimalString(revenue) }
}

export function sameScaleQuery(a: ScaleQuery | null, b: ScaleQuery | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.industryCode === b.industryCode &&
      a.employees === b.employees &&
      a.revenueWan === b.revenueWan)
  )
}

/**
 * The scale the form should show after a new suggestion: the suggestion fills an empty choice
 * or replaces the previous suggestion, but never a scale the user chose themselves.
 */
export function nextScale(
  current: EnterpriseScale | null,
  previousSuggestion: EnterpriseScale | null,
  suggestion: EnterpriseScale | null,
): EnterpriseScale | null {
  if (suggestion === null) return current
  if (current === null || current === previousSuggestion) return suggestion
  return current
}

export type FetchScale = (query: ScaleQuery) => Promise<EnterpriseScale | null>

export interface ScaleSuggester {
  /** A new question; only the last one within `delayMs` is sent. */
  request(query: ScaleQuery | null): void
  cancel(): void
}

/**
 * Debounces the questions and drops answers that arrive after a newer question was asked.
 * `onResult` gets the suggestion (null when the figures do not decide it), `onPending` tells
 * when an answer is awaited.
 */
export function createScaleSuggester(options: {
  fetch: FetchScale
  onResult: (suggestion: EnterpriseScale | null, query: ScaleQuery | null) => void
  onPending?: (pending: boolean) => void
  delayMs?: number
}): ScaleSuggester {
  const delay = options.delayMs ?? 400
  let timer: ReturnType<typeof setTimeout> | null = null
  let generation = 0
  /** The question whose answer the form shows. */
  let answered: ScaleQuery | null = null

  function cancel(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
    generation += 1
    options.onPending?.(false)
  }

  function request(query: ScaleQuery | null): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
    const mine = ++generation
    if (query === null) {
      answered = null
      options.onPending?.(false)
      options.onResult(null, null)
      return
    }
    if (sameScaleQuery(query, answered)) {
      options.onPending?.(false)
      return
    }
    options.onPending?.(true)
    timer = setTimeout(() => {
      timer = null
      options.fetch(query).then(
        (suggestion) => {
          if (mine !== generation) return
          answered = query
          options.onPending?.(false)
          options.onResult(suggestion, query)
        },
        () => {
          if (mine !== generation) return
          options.onPending?.(false)
        },
      )
    }, delay)
  }

  return { request, cancel }
}
