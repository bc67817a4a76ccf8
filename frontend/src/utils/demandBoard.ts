/**
 * The supervision board's filters as they live in the URL, the platforms of the operator's
 * subtree, the outcome of a bulk assignment, the recording form and the category deadlines.
 * The server checks everything again.
 */
import type { DemandCategory, DemandChannel, DemandHandlerType, DemandKind } from '@/gql/graphql'
import { DEMAND_CATEGORIES, HANDLER_TYPES, emptySubmitDemandForm, toSubmitDemandInput, validateSubmitDemandForm, type SubmitDemandForm } from '@/utils/demands'
import { rawId } from '@/utils/engagements'

export const DEMAND_KINDS: readonly DemandKind[] = ['DEMAND', 'COMPLAINT']
export const DEMAND_CHANNELS: readonly DemandChannel[] = ['ONLINE', 'PHONE', 'WINDOW', 'LETTER']
/** The channels an operator records a demand from (ONLINE is the enterprise's own). */
export const RECORD_CHANNELS: readonly DemandChannel[] = ['PHONE', 'WINDOW', 'LETTER']

export interface BoardFilters {
  kind: DemandKind | null
  channel: DemandChannel | null
  platformId: string | null
  handlerType: DemandHandlerType | null
  handlerId: string | null
}

function first(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' && v ? v : null
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  const v = first(value)
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : null
}

/** `?kind=&channel=&platform=&handlerType=&handler=`; a handler counts only with its type. */
export function parseBoardFilters(query: Record<string, unknown>): BoardFilters {
  const handlerType = oneOf(query.handlerType, HANDLER_TYPES)
  const handlerId = handlerType ? first(query.handler) : null
  return {
    kind: oneOf(query.kind, DEMAND_KINDS),
    channel: oneOf(query.channel, DEMAND_CHANNELS),
    platformId: first(query.platform),
    handlerType: handlerId ? handlerType : null,
    handlerId,
  }
}

/** The URL query with other board filters; empty ones are left out (a clean URL). */
export function withBoardFilters(query: Record<string, unknown>, next: Partial<BoardFilters>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string') out[k] = v
  if ('kind' in next) out.kind = next.kind ?? undefined
  if ('channel' in next) out.channel = next.channel ?? undefined
  if ('platformId' in next) out.platform = next.platformId ?? undefined
  if ('handlerType' in next) {
    out.handlerType = next.handlerType ?? undefined
    out.handler = undefined // another type: pick the handler again
  }
  if ('handlerId' in next) out.handler = next.handlerId ?? undefined
  return out
}

export function hasBoardFilters(f: BoardFilters): boolean {
  return !!(f.kind || f.channel || f.platformId || f.handlerId)
}

export function boardVariables(f: BoardFilters) {
  return {
    kind: f.kind,
    channel: f.channel,
    platformId: f.platformId,
    handlerType: f.handlerId ? f.handlerType : null,
    handlerId: f.handlerId,
  }
}

interface PlatformLike {
  id: string
  name: string
  parent?: { id: string } | null
}

/**
 * The platforms under the operator's own (their subtree, in the given order); the hub
 * administrator (`roots` null) has them all.
 */
export function subtreePlatforms<P extends PlatformLike>(platforms: readonly P[], roots: readonly string[] | null): P[] {
  if (roots === null) return [...platforms]
  const inside = new Set(platforms.filter((p) => roots.includes(rawId(p.id, 'Platform') ?? '')).map((p) => p.id))
  let grew = true
  while (grew) {
    grew = false
    for (const p of platforms) {
      if (!inside.has(p.id) && p.parent && inside.has(p.parent.id)) {
        inside.add(p.id)
        grew = true
      }
    }
  }
  return platforms.filter((p) => inside.has(p.id))
}

// ---------------------------------------------------------------------------------------
// Bulk assignment

export interface BulkResultLike {
  index: number
  demand?: { id: string } | null
  errors: readonly { field?: string | null; message: string }[]
}

export interface BulkOutcome {
  assigned: number
  /** each refused demand: its title (as shown on the board) and why */
  refused: { title: string; reason: string }[]
}

export function bulkOutcome(results: readonly BulkResultLike[], titles: readonly string[]): BulkOutcome {
  const refused = results
    .filter((r) => !r.demand)
    .map((r) => ({ title: titles[r.index] ?? `#${r.index + 1}`, reason: r.errors.map((e) => e.message).join('；') }))
  return { assigned: results.length - refused.length, refused }
}

// ---------------------------------------------------------------------------------------
// Recording a demand that came by phone, at the window or by letter

export interface RecordDemandForm extends SubmitDemandForm {
  enterpriseId: string
  channel: DemandChannel | ''
}

export function emptyRecordDemandForm(): RecordDemandForm {
  return { ...emptySubmitDemandForm(), enterpriseId: '', channel: '' }
}

export function validateRecordDemandForm(f: RecordDemandForm): Record<string, string> {
  const problems: Record<string, string> = { ...validateSubmitDemandForm(f) }
  if (!f.enterpriseId) problems.enterpriseId = 'form.required'
  if (!f.channel) problems.channel = 'form.required'
  return problems
}

export function toRecordDemandInput(f: RecordDemandForm) {
  return { ...toSubmitDemandInput(f.enterpriseId, f), channel: f.channel as DemandChannel }
}

// ---------------------------------------------------------------------------------------
// Category deadlines

export const ACCEPT_HOURS_MAX = 80
export const REPLY_DAYS_MAX = 60

export interface CategorySettingRow {
  category: DemandCategory
  acceptWorkingHours: number
  replyWorkingDays: number
}

/** Problems by the API's field names. */
export function validateCategorySetting(row: CategorySettingRow): Record<string, string> {
  const problems: Record<string, string> = {}
  const within = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max
  if (!within(row.acceptWorkingHours, ACCEPT_HOURS_MAX)) problems.acceptWorkingHours = 'demandBoard.settings.hoursRange'
  if (!within(row.replyWorkingDays, REPLY_DAYS_MAX)) problems.replyWorkingDays = 'demandBoard.settings.daysRange'
  return problems
}

/** The rows in the categories' order, whatever order the server sent them in. */
export function orderedSettings<R extends { category: DemandCategory }>(rows: readonly R[]): R[] {
  return DEMAND_CATEGORIES.map((c) => rows.find((r) => r.category === c)).filter((r): r is R => !!r)
}
