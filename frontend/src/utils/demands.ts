/**
 * Demands (诉求, the closed loop): status labels and tag colours, categories, the list filters
 * as they live in the URL, which side the viewer is on, which actions that side has in each
 * state (the API's `ACTIONS` in qifu/demands/services.py, written out for the buttons), and the
 * action forms' checks and inputs. The server checks everything again and answers with
 * UserErrors for the same field names.
 */
import type { DemandCategory, DemandHandlerType, DemandSide, DemandStatus } from '@/gql/graphql'
import type { TagType } from '@/utils/engagements'

export const DEMAND_STATUSES: readonly DemandStatus[] = [
  'SUBMITTED',
  'ACCEPTED',
  'ASSIGNED',
  'WAITING_FOR_ENTERPRISE',
  'REPLIED',
  'REOPENED',
  'RESOLVED',
  'CLOSED',
  'NOT_ACCEPTED',
  'WITHDRAWN',
  'OPEN_FOR_OFFERS',
]

/** Waiting on the platform: orange; under way: blue; done: green; ended early: red or grey. */
export const DEMAND_STATUS_TAG_TYPE: Record<DemandStatus, TagType> = {
  SUBMITTED: 'warning',
  ACCEPTED: 'primary',
  OPEN_FOR_OFFERS: 'primary',
  ASSIGNED: 'primary',
  WAITING_FOR_ENTERPRISE: 'warning',
  REPLIED: 'warning',
  REOPENED: 'danger',
  RESOLVED: 'success',
  CLOSED: 'success',
  NOT_ACCEPTED: 'danger',
  WITHDRAWN: 'info',
}

export const demandStatusKey = (status: DemandStatus): string => `demands.status.${status}`

export const DEMAND_CATEGORIES: readonly DemandCategory[] = [
  'POLICY_CONSULTATION',
  'FINANCING',
  'TECHNOLOGY',
  'TALENT',
  'MARKET',
  'LEGAL',
  'PRODUCTION',
  'EXPERT_CONSULTATION',
  'OTHER',
]

export const demandCategoryKey = (category: DemandCategory): string => `demands.category.${category}`

export const HANDLER_TYPES: readonly DemandHandlerType[] = ['INSTITUTION', 'DEPARTMENT', 'EXPERT']

// ---------------------------------------------------------------------------------------
// Filters in the URL (?status=, ?category=, ?overdue=1)

export type DemandFilter = DemandStatus | 'ALL'
export const DEMAND_FILTERS: readonly DemandFilter[] = ['ALL', ...DEMAND_STATUSES]

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value
}

export function parseDemandFilter(value: unknown): DemandFilter {
  const v = first(value)
  return typeof v === 'string' && (DEMAND_FILTERS as readonly string[]).includes(v) ? (v as DemandFilter) : 'ALL'
}

export function parseDemandCategory(value: unknown): DemandCategory | null {
  const v = first(value)
  return typeof v === 'string' && (DEMAND_CATEGORIES as readonly string[]).includes(v) ? (v as DemandCategory) : null
}

/** `?overdue=1` only overdue ones; absent: all. */
export function parseOverdue(value: unknown): boolean {
  return first(value) === '1'
}

export function demandFilterStatus(filter: DemandFilter): DemandStatus | null {
  return filter === 'ALL' ? null : filter
}

/** The URL query with other filters; defaults are left out (a clean URL). */
export function withDemandFilters(
  query: Record<string, unknown>,
  next: { status?: DemandFilter; category?: DemandCategory | null; overdue?: boolean },
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string') out[k] = v
  if ('status' in next) out.status = next.status === 'ALL' || !next.status ? undefined : next.status
  if ('category' in next) out.category = next.category ?? undefined
  if ('overdue' in next) out.overdue = next.overdue ? '1' : undefined
  return out
}

// ---------------------------------------------------------------------------------------
// Who is looking

export type { DemandSide }

// ---------------------------------------------------------------------------------------
// Actions

export type DemandAction =
  | 'accept'
  | 'notAccept'
  | 'assign'
  | 'transfer'
  | 'ask'
  | 'reply'
  | 'handBack'
  | 'answer'
  | 'resolve'
  | 'reopen'
  | 'evaluate'
  | 'urge'
  | 'withdraw'
  | 'openForOffers'
  | 'closeOffers'

/** The text a form asks for, by its field name in the API. */
export type TextField = 'note' | 'reason' | 'explanation' | 'question' | 'answer' | 'reply' | 'comment'

export interface DemandActionSpec {
  action: DemandAction
  sides: readonly DemandSide[]
  sources: readonly DemandStatus[]
  /** the text field (required unless it is the optional note) */
  text: TextField | null
  handler: boolean
  attachments: boolean
  evaluate: boolean
  /** Asks "are you sure?" before sending: it cannot be taken back. */
  confirm: boolean
  type: 'primary' | 'danger' | 'warning' | 'default'
}

const WAITING_ON_PLATFORM: DemandStatus[] = ['SUBMITTED', 'ACCEPTED', 'OPEN_FOR_OFFERS', 'ASSIGNED', 'REOPENED']

function spec(
  action: DemandAction,
  sides: DemandSide[],
  sources: DemandStatus[],
  text: TextField | null,
  type: DemandActionSpec['type'],
  extra: Partial<Pick<DemandActionSpec, 'handler' | 'attachments' | 'evaluate' | 'confirm'>> = {},
): DemandActionSpec {
  return { action, sides, sources, text, type, handler: false, attachments: false, evaluate: false, confirm: false, ...extra }
}

/** In the order the buttons show: the loop's next step first, ending it last. */
export const DEMAND_ACTION_SPECS: readonly DemandActionSpec[] = [
  spec('accept', ['OPERATOR'], ['SUBMITTED'], 'note', 'primary', { confirm: true }),
  spec('assign', ['OPERATOR'], ['ACCEPTED', 'REOPENED'], 'note', 'primary', { handler: true }),
  spec('openForOffers', ['OPERATOR'], ['ACCEPTED'], 'note', 'default', { confirm: true }),
  spec('reply', ['HANDLER'], ['ASSIGNED'], 'reply', 'primary', { attachments: true, confirm: true }),
  spec('ask', ['HANDLER'], ['ASSIGNED'], 'question', 'default'),
  spec('answer', ['ENTERPRISE'], ['WAITING_FOR_ENTERPRISE'], 'answer', 'primary', { attachments: true }),
  spec('resolve', ['ENTERPRISE'], ['REPLIED'], 'note', 'primary', { confirm: true }),
  spec('evaluate', ['ENTERPRISE'], ['RESOLVED'], 'comment', 'primary', { evaluate: true, confirm: true }),
  spec('transfer', ['HANDLER', 'OPERATOR'], ['ASSIGNED'], 'reason', 'default', { handler: true, confirm: true }),
  spec('urge', ['ENTERPRISE', 'OPERATOR'], WAITING_ON_PLATFORM, 'note', 'warning'),
  spec('closeOffers', ['OPERATOR'], ['OPEN_FOR_OFFERS'], 'note', 'warning', { confirm: true }),
  spec('reopen', ['ENTERPRISE'], ['REPLIED'], 'reason', 'warning', { confirm: true }),
  spec('handBack', ['HANDLER'], ['ASSIGNED'], 'reason', 'warning', { confirm: true }),
  spec('notAccept', ['OPERATOR'], ['SUBMITTED'], 'explanation', 'danger', { confirm: true }),
  spec('withdraw', ['ENTERPRISE'], ['SUBMITTED'], 'note', 'danger', { confirm: true }),
]

export function demandActionSpec(action: DemandAction): DemandActionSpec {
  return DEMAND_ACTION_SPECS.find((s) => s.action === action)!
}

export function availableDemandActions(sides: readonly DemandSide[], status: DemandStatus): DemandActionSpec[] {
  return DEMAND_ACTION_SPECS.filter((s) => s.sources.includes(status) && s.sides.some((side) => sides.includes(side)))
}

// ---------------------------------------------------------------------------------------
// Deadlines: the one running now

export interface DemandDeadline {
  kind: 'accept' | 'reply'
  due: string
}

export function runningDeadline(d: {
  status: DemandStatus
  acceptDueAt: string
  replyDueAt?: string | null
}): DemandDeadline | null {
  if (d.status === 'SUBMITTED') return { kind: 'accept', due: d.acceptDueAt }
  if ((d.status === 'ASSIGNED' || d.status === 'WAITING_FOR_ENTERPRISE') && d.replyDueAt) return { kind: 'reply', due: d.replyDueAt }
  return null
}

// ---------------------------------------------------------------------------------------
// The forms (limits of qifu/demands/services.py)

export const TITLE_MAX = 100
export const TEXT_MAX = 5000
export const REASON_MAX = 2000
export const COMMENT_MAX = 1000
export const ATTACHMENTS_MAX = 10
export const DEMAND_DIMENSIONS = ['timeliness', 'attitude', 'result'] as const
export type DemandDimension = (typeof DEMAND_DIMENSIONS)[number]

export type DemandFormProblem = 'form.required' | 'demands.errors.tooLong' | 'demands.errors.period' | 'demands.errors.rating'

function text(value: string, max: number, required: boolean): DemandFormProblem | null {
  if (required && !value.trim()) return 'form.required'
  return value.trim().length > max ? 'demands.errors.tooLong' : null
}

function compact<K extends string>(problems: Record<K, DemandFormProblem | null>): Partial<Record<K, DemandFormProblem>> {
  const found: Partial<Record<K, DemandFormProblem>> = {}
  for (const [k, v] of Object.entries(problems) as [K, DemandFormProblem | null][]) if (v) found[k] = v
  return found
}

export interface SubmitDemandForm {
  category: DemandCategory | ''
  title: string
  description: string
  contactName: string
  contactPhone: string
  period: [string, string] | null
  attachments: { id: string }[]
}

export function emptySubmitDemandForm(contact?: { contactName?: string | null; contactPhone?: string | null } | null): SubmitDemandForm {
  return {
    category: '',
    title: '',
    description: '',
    contactName: contact?.contactName ?? '',
    contactPhone: contact?.contactPhone ?? '',
    period: null,
    attachments: [],
  }
}

export function validateSubmitDemandForm(f: SubmitDemandForm) {
  return compact({
    category: f.category ? null : 'form.required',
    title: text(f.title, TITLE_MAX, true),
    description: text(f.description, TEXT_MAX, true),
    periodEnd: f.period && f.period[1] < f.period[0] ? 'demands.errors.period' : null,
  })
}

export function toSubmitDemandInput(enterpriseId: string, f: SubmitDemandForm) {
  return {
    enterpriseId,
    category: f.category as DemandCategory,
    title: f.title.trim(),
    description: f.description.trim(),
    contactName: f.contactName.trim(),
    contactPhone: f.contactPhone.trim(),
    periodStart: f.period?.[0] ?? null,
    periodEnd: f.period?.[1] ?? null,
    attachmentIds: f.attachments.map((a) => a.id),
  }
}

export interface DemandActionForm {
  text: string
  handlerType: DemandHandlerType
  handlerId: string
  attachments: { id: string }[]
  overall: number
  dimensions: Record<DemandDimension, number>
}

export function emptyDemandActionForm(): DemandActionForm {
  return { text: '', handlerType: 'INSTITUTION', handlerId: '', attachments: [], overall: 0, dimensions: { timeliness: 0, attitude: 0, result: 0 } }
}

const score = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5

/** Problems by the API's field names. */
export function validateDemandActionForm(s: DemandActionSpec, f: DemandActionForm): Partial<Record<string, DemandFormProblem>> {
  const problems: Record<string, DemandFormProblem | null> = {}
  if (s.text) {
    const required = s.text !== 'note' && s.text !== 'comment'
    const max = s.text === 'reason' || s.text === 'explanation' ? REASON_MAX : s.text === 'comment' ? COMMENT_MAX : TEXT_MAX
    problems[s.text] = text(f.text, max, required)
  }
  if (s.handler) problems.handlerId = f.handlerId ? null : 'form.required'
  if (s.evaluate) {
    problems.overall = score(f.overall) ? null : 'demands.errors.rating'
    problems.dimensions = DEMAND_DIMENSIONS.every((d) => score(f.dimensions[d])) ? null : 'demands.errors.rating'
  }
  return compact(problems)
}

/** The mutation's input for an action. */
export function toDemandActionInput(s: DemandActionSpec, demandId: string, f: DemandActionForm): Record<string, unknown> {
  const input: Record<string, unknown> = { demandId }
  if (s.text) input[s.text] = f.text.trim()
  if (s.handler) {
    input.handlerType = f.handlerType
    input.handlerId = f.handlerId
  }
  if (s.attachments) input.attachmentIds = f.attachments.map((a) => a.id)
  if (s.evaluate) {
    input.overall = f.overall
    input.dimensions = DEMAND_DIMENSIONS.map((name) => ({ name, score: f.dimensions[name] }))
  }
  return input
}

// ---------------------------------------------------------------------------------------
// The timeline

export interface DemandStepLike {
  kind: 'TRANSITION' | 'TRANSFER' | 'URGE' | 'NOTE'
  fromStatus?: DemandStatus | null
  toStatus: DemandStatus
}

/** The i18n key of a timeline entry's title (提交诉求, 流转, 催办, 退回 …). */
export function demandStepKey(step: DemandStepLike): string {
  if (step.kind !== 'TRANSITION') return `demands.timeline.${step.kind}`
  if (step.toStatus === 'ACCEPTED' && step.fromStatus === 'ASSIGNED') return 'demands.timeline.handedBack'
  if (step.toStatus === 'ASSIGNED' && step.fromStatus === 'WAITING_FOR_ENTERPRISE') return 'demands.timeline.answered'
  if (step.toStatus === 'ASSIGNED' && step.fromStatus === 'OPEN_FOR_OFFERS') return 'demands.timeline.offerPicked'
  if (step.toStatus === 'ACCEPTED' && step.fromStatus === 'OPEN_FOR_OFFERS') return 'demands.timeline.offersClosed'
  return `demands.timeline.${step.toStatus}`
}
