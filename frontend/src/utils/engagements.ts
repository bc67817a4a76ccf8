/**
 * Engagements (服务档案, the standard service flow): status labels and tag colours, the list
 * filters as they live in the URL, which side the viewer is on, which actions that side has in
 * each state (the API's state machine, written out for the buttons), the deadline states the
 * lists highlight, and the action forms' checks and inputs. The server checks everything again
 * and answers with UserErrors for the same field names.
 */
import type {
  AgreeEngagementInput,
  DeliverEngagementInput,
  EngagementStatus,
  EvaluateEngagementInput,
  PlanEngagementInput,
} from '@/gql/graphql'

/** The flow's order, then the two ends that leave it. */
export const ENGAGEMENT_STATUSES: readonly EngagementStatus[] = [
  'REQUESTED',
  'INVESTIGATING',
  'AGREED',
  'PLANNED',
  'IN_SERVICE',
  'DELIVERED',
  'CONFIRMED',
  'EVALUATED',
  'DECLINED',
  'CANCELLED',
]

/** The standard flow's steps (the progress bar of the detail page). */
export const FLOW_STATUSES: readonly EngagementStatus[] = ENGAGEMENT_STATUSES.slice(0, 8)

export const FINAL_STATUSES: readonly EngagementStatus[] = ['EVALUATED', 'DECLINED', 'CANCELLED']

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

/** Waiting for the other side: orange; under way: blue; done: green; ended early: red or grey. */
export const ENGAGEMENT_STATUS_TAG_TYPE: Record<EngagementStatus, TagType> = {
  REQUESTED: 'warning',
  INVESTIGATING: 'primary',
  AGREED: 'primary',
  PLANNED: 'primary',
  IN_SERVICE: 'primary',
  DELIVERED: 'warning',
  CONFIRMED: 'success',
  EVALUATED: 'success',
  DECLINED: 'danger',
  CANCELLED: 'info',
}

/** The i18n key of a status label (服务申请, 需求调查 …). */
export function engagementStatusKey(status: EngagementStatus): string {
  return `engagements.status.${status}`
}

// ---------------------------------------------------------------------------------------
// The lists' status filter (?status=), everything by default

export type EngagementFilter = EngagementStatus | 'ALL'
export const ENGAGEMENT_FILTERS: readonly EngagementFilter[] = ['ALL', ...ENGAGEMENT_STATUSES]

export function parseEngagementFilter(value: unknown): EngagementFilter {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && (ENGAGEMENT_FILTERS as readonly string[]).includes(first)
    ? (first as EngagementFilter)
    : 'ALL'
}

/** The `status` variable of the list queries (null means every status). */
export function filterStatus(filter: EngagementFilter): EngagementStatus | null {
  return filter === 'ALL' ? null : filter
}

/** The URL query with another filter: the default one is left out (a clean URL). */
export function withFilter<Q extends Record<string, unknown>>(query: Q, filter: EngagementFilter): Q & { status: string | undefined } {
  return { ...query, status: filter === 'ALL' ? undefined : filter }
}

// ---------------------------------------------------------------------------------------
// Who is looking: the side is decided by the session's role grants

/** The database id inside a Relay global ID (base64 of "Type:id") when its type is `type`. */
export function rawId(globalId: string, type: string): string | null {
  try {
    const decoded = atob(globalId)
    const at = decoded.indexOf(':')
    if (at < 0 || decoded.slice(0, at) !== type) return null
    const id = decoded.slice(at + 1)
    return /^\d+$/.test(id) ? id : null
  } catch {
    return null
  }
}

export type Side = 'ENTERPRISE' | 'INSTITUTION'

export interface GrantLike {
  role: string
  scopeType: string
  /** The raw database id of the scope (not a global ID). */
  scopeId?: string | null
}

const ENTERPRISE_ROLES = ['ENTERPRISE_MEMBER', 'ENTERPRISE_ADMIN']
const INSTITUTION_ROLES = ['INSTITUTION_MEMBER', 'INSTITUTION_ADMIN']

function holds(grants: readonly GrantLike[], roles: readonly string[], scopeType: string, id: string | null): boolean {
  return id !== null && grants.some((g) => roles.includes(g.role) && g.scopeType === scopeType && g.scopeId === id)
}

/** The sides the viewer acts for (a member of both organisations acts for both; operators for none). */
export function viewerSides(
  grants: readonly GrantLike[],
  engagement: { enterprise: { id: string }; institution: { id: string } },
): Side[] {
  const sides: Side[] = []
  if (holds(grants, ENTERPRISE_ROLES, 'ENTERPRISE', rawId(engagement.enterprise.id, 'Enterprise'))) sides.push('ENTERPRISE')
  if (holds(grants, INSTITUTION_ROLES, 'INSTITUTION', rawId(engagement.institution.id, 'Institution'))) sides.push('INSTITUTION')
  return sides
}

// ---------------------------------------------------------------------------------------
// Actions

export type EngagementAction =
  | 'investigate'
  | 'decline'
  | 'agree'
  | 'plan'
  | 'start'
  | 'progress'
  | 'deliver'
  | 'cancel'
  | 'confirm'
  | 'dispute'
  | 'evaluate'
  | 'reply'

/** Which form an action opens: none (a confirmation only), a note, a reason, or its own form. */
export type ActionForm = 'none' | 'note' | 'reason' | 'agree' | 'plan' | 'deliver' | 'evaluate' | 'reply'

export interface ActionSpec {
  action: EngagementAction
  side: Side
  sources: readonly EngagementStatus[]
  form: ActionForm
  /** Asks "are you sure?" before sending: it cannot be taken back. */
  confirm: boolean
  type: 'primary' | 'danger' | 'warning' | 'default'
}

/** In the order the buttons show: the flow's next step first, ending it last. */
export const ACTION_SPECS: readonly ActionSpec[] = [
  { action: 'investigate', side: 'INSTITUTION', sources: ['REQUESTED'], form: 'note', confirm: false, type: 'primary' },
  { action: 'agree', side: 'INSTITUTION', sources: ['INVESTIGATING'], form: 'agree', confirm: true, type: 'primary' },
  { action: 'plan', side: 'INSTITUTION', sources: ['AGREED'], form: 'plan', confirm: false, type: 'primary' },
  { action: 'start', side: 'INSTITUTION', sources: ['PLANNED'], form: 'note', confirm: true, type: 'primary' },
  { action: 'deliver', side: 'INSTITUTION', sources: ['IN_SERVICE'], form: 'deliver', confirm: true, type: 'primary' },
  { action: 'progress', side: 'INSTITUTION', sources: ['IN_SERVICE'], form: 'note', confirm: false, type: 'default' },
  { action: 'decline', side: 'INSTITUTION', sources: ['REQUESTED', 'INVESTIGATING'], form: 'reason', confirm: true, type: 'danger' },
  { action: 'confirm', side: 'ENTERPRISE', sources: ['DELIVERED'], form: 'none', confirm: true, type: 'primary' },
  { action: 'dispute', side: 'ENTERPRISE', sources: ['DELIVERED'], form: 'reason', confirm: true, type: 'warning' },
  { action: 'evaluate', side: 'ENTERPRISE', sources: ['CONFIRMED'], form: 'evaluate', confirm: true, type: 'primary' },
  { action: 'cancel', side: 'ENTERPRISE', sources: ['REQUESTED', 'INVESTIGATING'], form: 'reason', confirm: true, type: 'danger' },
]

export function actionSpec(action: EngagementAction): ActionSpec | undefined {
  return ACTION_SPECS.find((s) => s.action === action)
}

/** Whether an action asks "are you sure?" first (a reply to a rating, too: it is given once). */
export function needsConfirmation(action: EngagementAction): boolean {
  return action === 'reply' || !!actionSpec(action)?.confirm
}

/** What the viewer's sides may do in this state; operators (no side) only look. */
export function availableActions(sides: readonly Side[], status: EngagementStatus): ActionSpec[] {
  return ACTION_SPECS.filter((s) => sides.includes(s.side) && s.sources.includes(status))
}

/** The institution answers an evaluation once. */
export function mayReply(
  sides: readonly Side[],
  engagement: { status: EngagementStatus; evaluation?: { reply?: string | null } | null },
): boolean {
  return sides.includes('INSTITUTION') && engagement.status === 'EVALUATED' && !!engagement.evaluation && !engagement.evaluation.reply
}

/** Whose move it is in this state (null once it has ended). */
export function nextSide(status: EngagementStatus): Side | null {
  const movers = new Set(ACTION_SPECS.filter((s) => s.sources.includes(status) && s.form !== 'reason').map((s) => s.side))
  if (movers.size === 1) return [...movers][0]!
  return null
}

// ---------------------------------------------------------------------------------------
// Deadlines

export type DeadlineState = 'ok' | 'soon' | 'overdue'

const HOUR = 3_600_000
/** How long before the answer is due a request is flagged (the answer is due in 2 working days). */
export const ANSWER_SOON_MS = 24 * HOUR
/** How long before the automatic confirmation a delivery is flagged (7 days after it). */
export const CONFIRM_SOON_MS = 48 * HOUR

export function deadlineState(due: string, now: Date, soonMs: number): DeadlineState {
  const left = new Date(due).getTime() - now.getTime()
  if (Number.isNaN(left)) return 'ok'
  if (left < 0) return 'overdue'
  return left <= soonMs ? 'soon' : 'ok'
}

export interface PendingDeadline {
  /** answer: the institution's first answer; confirm: the enterprise's confirmation */
  kind: 'answer' | 'confirm'
  due: string
  state: DeadlineState
}

/** The deadline that runs in this state, if any: the answer to a request, or the automatic confirmation. */
export function pendingDeadline(
  e: { status: EngagementStatus; answerDueAt: string; confirmDueAt?: string | null },
  now: Date = new Date(),
): PendingDeadline | null {
  if (e.status === 'REQUESTED') return { kind: 'answer', due: e.answerDueAt, state: deadlineState(e.answerDueAt, now, ANSWER_SOON_MS) }
  if (e.status === 'DELIVERED' && e.confirmDueAt) {
    return { kind: 'confirm', due: e.confirmDueAt, state: deadlineState(e.confirmDueAt, now, CONFIRM_SOON_MS) }
  }
  return null
}

export const DEADLINE_TAG_TYPE: Record<DeadlineState, TagType> = { ok: 'info', soon: 'warning', overdue: 'danger' }

// ---------------------------------------------------------------------------------------
// The archive

export interface StepLike {
  kind: 'TRANSITION' | 'PROGRESS'
  fromStatus?: EngagementStatus | null
  toStatus: EngagementStatus
}

/** The i18n key of a timeline entry's title (提交服务申请, 签订服务协议, 更新服务进展 …). */
export function stepTitleKey(step: StepLike): string {
  if (step.kind === 'PROGRESS') return 'engagements.timeline.progress'
  if (step.toStatus === 'IN_SERVICE' && step.fromStatus === 'DELIVERED') return 'engagements.timeline.disputed'
  return `engagements.timeline.${step.toStatus}`
}

// ---------------------------------------------------------------------------------------
// The forms: limits and checks made before sending (the server checks again)

export const NEED_MAX = 2000
export const NOTE_MAX = 2000
export const REASON_MAX = 1000
export const TEXT_MAX = 5000
export const COMMENT_MAX = 1000
export const REPLY_MAX = 1000
export const PERSONNEL_MAX = 20
export const PERSON_MAX = 50
export const ATTACHMENTS_MAX = 10

/** The rating's dimensions, named as the API names them. */
export const DIMENSIONS = ['professionalism', 'timeliness', 'communication', 'result'] as const
export type Dimension = (typeof DIMENSIONS)[number]

/** i18n keys of the problems found before sending. */
export type FormProblem =
  | 'form.required'
  | 'engagements.errors.tooLong'
  | 'engagements.errors.fee'
  | 'engagements.errors.period'
  | 'engagements.errors.plannedDates'
  | 'engagements.errors.personnel'
  | 'engagements.errors.rating'

function text(value: string, max: number, required: boolean): FormProblem | null {
  if (required && !value.trim()) return 'form.required'
  return value.trim().length > max ? 'engagements.errors.tooLong' : null
}

function compact<K extends string>(problems: Record<K, FormProblem | null>): Partial<Record<K, FormProblem>> {
  const found: Partial<Record<K, FormProblem>> = {}
  for (const [field, problem] of Object.entries(problems) as [K, FormProblem | null][]) {
    if (problem) found[field] = problem
  }
  return found
}

const FEE = /^\d{1,10}(\.\d{1,2})?$/

export interface AttachedLike {
  id: string
}

export interface AgreeForm {
  file: AttachedLike[]
  fee: string
  periodStart: string
  periodEnd: string
  note: string
}

export function emptyAgreeForm(): AgreeForm {
  return { file: [], fee: '', periodStart: '', periodEnd: '', note: '' }
}

export function validateAgreeForm(f: AgreeForm) {
  return compact({
    agreementFileId: f.file.length ? null : 'form.required',
    fee: !f.fee.trim() ? 'form.required' : FEE.test(f.fee.trim()) ? null : 'engagements.errors.fee',
    periodStart: f.periodStart ? null : 'form.required',
    periodEnd: !f.periodEnd ? 'form.required' : f.periodStart && f.periodEnd < f.periodStart ? 'engagements.errors.period' : null,
    note: text(f.note, NOTE_MAX, false),
  })
}

export function toAgreeInput(engagementId: string, f: AgreeForm): AgreeEngagementInput {
  return {
    engagementId,
    agreementFileId: f.file[0]?.id ?? '',
    fee: f.fee.trim(),
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    note: f.note.trim(),
  }
}

export interface PlanForm {
  plan: string
  personnel: string[]
  plannedStartOn: string
  plannedDeliveryOn: string
  note: string
}

export function emptyPlanForm(): PlanForm {
  return { plan: '', personnel: [], plannedStartOn: '', plannedDeliveryOn: '', note: '' }
}

/** The named people, trimmed, without blanks or repeats. */
export function cleanPersonnel(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))]
}

export function validatePlanForm(f: PlanForm) {
  const people = cleanPersonnel(f.personnel)
  let personnel: FormProblem | null = null
  if (!people.length) personnel = 'form.required'
  else if (people.length > PERSONNEL_MAX || people.some((p) => p.length > PERSON_MAX)) personnel = 'engagements.errors.personnel'
  return compact({
    plan: text(f.plan, TEXT_MAX, true),
    personnel,
    plannedStartOn: f.plannedStartOn ? null : 'form.required',
    plannedDeliveryOn: !f.plannedDeliveryOn
      ? 'form.required'
      : f.plannedStartOn && f.plannedDeliveryOn < f.plannedStartOn
        ? 'engagements.errors.plannedDates'
        : null,
    note: text(f.note, NOTE_MAX, false),
  })
}

export function toPlanInput(engagementId: string, f: PlanForm): PlanEngagementInput {
  return {
    engagementId,
    plan: f.plan.trim(),
    personnel: cleanPersonnel(f.personnel),
    plannedStartOn: f.plannedStartOn,
    plannedDeliveryOn: f.plannedDeliveryOn,
    note: f.note.trim(),
  }
}

export interface DeliverForm {
  report: string
  file: AttachedLike[]
}

export function validateDeliverForm(f: DeliverForm) {
  return compact({ report: text(f.report, TEXT_MAX, true) })
}

export function toDeliverInput(engagementId: string, f: DeliverForm): DeliverEngagementInput {
  return { engagementId, report: f.report.trim(), reportFileId: f.file[0]?.id ?? null }
}

export interface EvaluateForm {
  overall: number
  dimensions: Record<Dimension, number>
  comment: string
}

export function emptyEvaluateForm(): EvaluateForm {
  return { overall: 0, dimensions: { professionalism: 0, timeliness: 0, communication: 0, result: 0 }, comment: '' }
}

const score = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5

export function validateEvaluateForm(f: EvaluateForm) {
  return compact({
    overall: score(f.overall) ? null : 'engagements.errors.rating',
    dimensions: DIMENSIONS.every((d) => score(f.dimensions[d])) ? null : 'engagements.errors.rating',
    comment: text(f.comment, COMMENT_MAX, false),
  })
}

export function toEvaluateInput(engagementId: string, f: EvaluateForm): EvaluateEngagementInput {
  return {
    engagementId,
    overall: f.overall,
    dimensions: DIMENSIONS.map((name) => ({ name, score: f.dimensions[name] })),
    comment: f.comment.trim(),
  }
}

/** Checks of the one-text forms: a note (required for progress only), a reason, a reply, the need. */
export function textProblem(value: string, max: number, required: boolean): FormProblem | null {
  return text(value, max, required)
}
