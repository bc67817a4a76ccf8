/**
 * Activities (活动): the public list's filters as they live in the URL and as the API takes
 * them, the organiser's form (its model, the checks made before sending, the mapping to
 * `ActivityInput`), which actions each state allows, and tag colours. The server checks
 * everything again and answers with UserErrors for the same field names.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type {
  ActivityInput,
  ActivityOrganiserType,
  ActivityRegistrationStatus,
  ActivityStatus,
  ActivityType,
  EnterpriseScale,
} from '@/gql/graphql'
import { ENTERPRISE_SCALES } from '@/utils/enterprise'
import { industryPath, regionPath } from '@/utils/reference'

export const ACTIVITY_TYPES: readonly ActivityType[] = [
  'POLICY_BRIEFING',
  'ROADSHOW',
  'MATCHMAKING',
  'TRAINING_SESSION',
  'EXHIBITION',
  'OTHER',
]
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  'DRAFT',
  'PENDING',
  'PUBLISHED',
  'REJECTED',
  'ONGOING',
  'ENDED',
  'SUMMARIZED',
  'CANCELLED',
]
export const REGISTRATION_STATUSES: readonly ActivityRegistrationStatus[] = [
  'PENDING_APPROVAL',
  'CONFIRMED',
  'WAITLISTED',
  'REJECTED',
  'CANCELLED',
]
export const ORGANISER_TYPES: readonly ActivityOrganiserType[] = ['INSTITUTION', 'DEPARTMENT', 'PLATFORM']

export const NAME_MAX = 200
export const CONTENT_MAX = 10000
export const AGENDA_MAX = 50
export const NOTE_MAX = 500
export const REASON_MAX = 500
export const CAPACITY_MAX = 100000

type TagType = 'info' | 'warning' | 'success' | 'danger' | 'primary'

export const ACTIVITY_STATUS_TAG_TYPE: Record<ActivityStatus, TagType> = {
  DRAFT: 'info',
  PENDING: 'warning',
  PUBLISHED: 'success',
  REJECTED: 'danger',
  ONGOING: 'primary',
  ENDED: 'info',
  SUMMARIZED: 'info',
  CANCELLED: 'danger',
}

export const REGISTRATION_STATUS_TAG_TYPE: Record<ActivityRegistrationStatus, TagType> = {
  PENDING_APPROVAL: 'warning',
  CONFIRMED: 'success',
  WAITLISTED: 'primary',
  REJECTED: 'danger',
  CANCELLED: 'info',
}

// ---------------------------------------------------------------------------------------
// The public list's filters (?type=&region=&from=&to=&open=1)

export interface ActivityFilters {
  type: ActivityType | ''
  /** a GB/T 2260 code of any level, or '' */
  region: string
  /** YYYY-MM-DD days in China Standard Time, or '' */
  from: string
  to: string
  open: boolean
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

function first(value: LocationQuery[string]): string {
  const found = Array.isArray(value) ? value[0] : value
  return typeof found === 'string' ? found.trim() : ''
}

export function parseActivityFilters(query: LocationQuery): ActivityFilters {
  const type = first(query.type)
  const region = first(query.region)
  const from = first(query.from)
  const to = first(query.to)
  return {
    type: (ACTIVITY_TYPES as readonly string[]).includes(type) ? (type as ActivityType) : '',
    region: /^\d{6}$/.test(region) ? region : '',
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
    open: first(query.open) === '1',
  }
}

export function activityFiltersQuery(filters: ActivityFilters): LocationQueryRaw {
  return {
    type: filters.type || undefined,
    region: filters.region || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    open: filters.open ? '1' : undefined,
  }
}

/** The start of a day in China Standard Time as an instant. */
function shanghaiMidnight(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString()
}

/** The list's variables: the date range covers whole days ("to" included). */
export function activityFilterVariables(filters: ActivityFilters) {
  let startsBefore: string | null = null
  if (filters.to) {
    const next = new Date(`${filters.to}T00:00:00+08:00`)
    next.setUTCDate(next.getUTCDate() + 1)
    startsBefore = next.toISOString()
  }
  return {
    type: filters.type || null,
    regionCode: filters.region || null,
    startsFrom: filters.from ? shanghaiMidnight(filters.from) : null,
    startsBefore,
    openForSignUp: filters.open ? true : null,
  }
}

// ---------------------------------------------------------------------------------------
// The organiser's form

export interface AgendaRow {
  time: string
  title: string
  speaker: string
}

export interface LogoFile {
  id: string
  name: string
  url?: string | null
}

export interface ActivityForm {
  name: string
  type: ActivityType | ''
  content: string
  logo: LogoFile[]
  agenda: AgendaRow[]
  venue: string
  onlineLink: string
  regionPath: string[]
  startsAt: Date | null
  endsAt: Date | null
  signupDeadline: Date | null
  capacity: number | null
  audienceScales: EnterpriseScale[]
  industryPaths: string[][]
  regionPaths: string[][]
  needsApproval: boolean
  verifiedOnly: boolean
  contact: string
}

/** The server's field names the form shows messages for. */
export const ACTIVITY_FIELDS = [
  'name',
  'type',
  'content',
  'logoFileId',
  'agenda',
  'venue',
  'onlineLink',
  'regionCode',
  'startsAt',
  'endsAt',
  'signupDeadline',
  'capacity',
  'audienceScales',
  'audienceIndustries',
  'audienceRegions',
  'contact',
] as const
export type ActivityField = (typeof ACTIVITY_FIELDS)[number]

export function emptyActivityForm(): ActivityForm {
  return {
    name: '',
    type: '',
    content: '',
    logo: [],
    agenda: [],
    venue: '',
    onlineLink: '',
    regionPath: [],
    startsAt: null,
    endsAt: null,
    signupDeadline: null,
    capacity: null,
    audienceScales: [],
    industryPaths: [],
    regionPaths: [],
    needsApproval: false,
    verifiedOnly: false,
    contact: '',
  }
}

export interface ActivityLike {
  name: string
  type: ActivityType
  content: string
  logo?: { id: string; name: string; url: string } | null
  agenda: readonly AgendaRow[]
  venue: string
  onlineLink: string
  regionCode: string
  startsAt: string
  endsAt: string
  signupDeadline: string
  capacity: number
  audienceScales: readonly string[]
  audienceIndustries: readonly string[]
  audienceRegions: readonly string[]
  needsApproval: boolean
  verifiedOnly: boolean
  contact: string
}

export function formFromActivity(a: ActivityLike): ActivityForm {
  return {
    name: a.name,
    type: a.type,
    content: a.content,
    logo: a.logo ? [{ id: a.logo.id, name: a.logo.name, url: a.logo.url }] : [],
    agenda: a.agenda.map((i) => ({ time: i.time, title: i.title, speaker: i.speaker })),
    venue: a.venue,
    onlineLink: a.onlineLink,
    regionPath: regionPath(a.regionCode),
    startsAt: new Date(a.startsAt),
    endsAt: new Date(a.endsAt),
    signupDeadline: new Date(a.signupDeadline),
    capacity: a.capacity,
    audienceScales: ENTERPRISE_SCALES.filter((s) => a.audienceScales.includes(s)),
    industryPaths: a.audienceIndustries.map(industryPath).filter((p) => p.length > 0),
    regionPaths: a.audienceRegions.map(regionPath).filter((p) => p.length > 0),
    needsApproval: a.needsApproval,
    verifiedOnly: a.verifiedOnly,
    contact: a.contact,
  }
}

/** Problems found before sending, as i18n keys by server field name. */
export function validateActivityForm(form: ActivityForm): Partial<Record<ActivityField, string>> {
  const problems: Partial<Record<ActivityField, string>> = {}
  if (!form.name.trim()) problems.name = 'activities.form.required'
  if (!form.type) problems.type = 'activities.form.required'
  if (!form.startsAt) problems.startsAt = 'activities.form.required'
  if (!form.endsAt) problems.endsAt = 'activities.form.required'
  else if (form.startsAt && form.endsAt <= form.startsAt) problems.endsAt = 'activities.form.endsAfterStart'
  if (!form.signupDeadline) problems.signupDeadline = 'activities.form.required'
  else if (form.startsAt && form.signupDeadline > form.startsAt) problems.signupDeadline = 'activities.form.deadlineBeforeStart'
  if (form.capacity === null || form.capacity < 1 || form.capacity > CAPACITY_MAX) problems.capacity = 'activities.form.capacityRange'
  const link = form.onlineLink.trim()
  if (!form.venue.trim() && !link) problems.venue = 'activities.form.venueOrLink'
  if (link && !link.startsWith('https://')) problems.onlineLink = 'activities.form.https'
  if (form.agenda.some((i) => !i.title.trim())) problems.agenda = 'activities.form.agendaTitle'
  return problems
}

function lastOf(path: readonly string[]): string {
  return path[path.length - 1] ?? ''
}

export function toActivityInput(form: ActivityForm): ActivityInput {
  return {
    name: form.name.trim(),
    type: form.type as ActivityType,
    content: form.content.trim(),
    logoFileId: form.logo[0]?.id ?? null,
    agenda: form.agenda.map((i) => ({ time: i.time.trim(), title: i.title.trim(), speaker: i.speaker.trim() })),
    venue: form.venue.trim(),
    onlineLink: form.onlineLink.trim(),
    regionCode: lastOf(form.regionPath),
    startsAt: form.startsAt!.toISOString(),
    endsAt: form.endsAt!.toISOString(),
    signupDeadline: form.signupDeadline!.toISOString(),
    capacity: form.capacity ?? 0,
    audienceScales: [...form.audienceScales],
    audienceIndustries: form.industryPaths.map(lastOf).filter(Boolean),
    audienceRegions: form.regionPaths.map(lastOf).filter(Boolean),
    needsApproval: form.needsApproval,
    verifiedOnly: form.verifiedOnly,
    contact: form.contact.trim(),
  }
}

// ---------------------------------------------------------------------------------------
// What each state allows

export type OrganiserAction = 'edit' | 'submit' | 'revise' | 'cancel'

export function organiserActions(status: ActivityStatus): OrganiserAction[] {
  switch (status) {
    case 'DRAFT':
      return ['edit', 'submit', 'cancel']
    case 'REJECTED':
      // It may be edited as it is; "revise" takes it back to DRAFT to be submitted again.
      return ['edit', 'revise', 'cancel']
    case 'PENDING':
    case 'PUBLISHED':
    case 'ONGOING':
      return ['cancel']
    default:
      return []
  }
}

/** A registration the registrant may still withdraw. */
export function canCancelRegistration(status: ActivityRegistrationStatus): boolean {
  return status === 'CONFIRMED' || status === 'WAITLISTED' || status === 'PENDING_APPROVAL'
}

/** "venue" or "online", whichever the activity has (both when both). */
export function placeOf(a: { venue: string; onlineLink: string }, onlineText: string): string {
  return [a.venue, a.onlineLink ? onlineText : ''].filter(Boolean).join(' / ')
}
