/**
 * Service institutions (服务机构): the application form (its model, the checks made before
 * sending, the mapping to `ApplyInstitutionInput`), the status labels and tag colours, and
 * the operators' decisions per status. The server checks everything again and answers with
 * UserErrors for the same field names.
 */
import type { ApplyInstitutionInput, InstitutionStatus, ServiceCategory } from '@/gql/graphql'
import { creditCodeProblem, normaliseCreditCode } from '@/utils/creditCode'
import { regionPath } from '@/utils/reference'

/** In the order of the standards' columns (the form's and the detail's order). */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  'POLICY',
  'FINANCING',
  'ENTREPRENEURSHIP',
  'TALENT',
  'TECHNOLOGY',
  'MANAGEMENT_CONSULTING',
  'LEGAL',
  'MARKET',
  'DIGITAL_TRANSFORMATION',
  'TESTING_CERTIFICATION',
  'PRODUCTION',
]

export const INSTITUTION_STATUSES: readonly InstitutionStatus[] = ['APPLIED', 'ACTIVE', 'SUSPENDED', 'REJECTED', 'EXITED']

/** Element Plus tag types per status. */
export const INSTITUTION_STATUS_TAG_TYPE: Record<InstitutionStatus, 'info' | 'warning' | 'success' | 'danger'> = {
  APPLIED: 'warning',
  ACTIVE: 'success',
  REJECTED: 'danger',
  SUSPENDED: 'danger',
  EXITED: 'info',
}

/** The i18n key of a status label (待审核, 已入驻 …). */
export function statusLabelKey(status: InstitutionStatus): string {
  return `institution.status.${status}`
}

/** Domains in the standards' order (the server keeps them sorted by name). */
export function orderedDomains(domains: readonly ServiceCategory[]): ServiceCategory[] {
  return SERVICE_CATEGORIES.filter((d) => domains.includes(d))
}

/** The i18n key of a service domain label (政策, 融资 …). */
export function domainLabelKey(domain: ServiceCategory): string {
  return `institution.domains.${domain}`
}

/** Statuses whose reason the institution must see (why it was refused, paused or let go). */
export function reasonMatters(status: InstitutionStatus): boolean {
  return status === 'REJECTED' || status === 'SUSPENDED' || status === 'EXITED'
}

// ---------------------------------------------------------------------------------------
// Operators' decisions

export type InstitutionAction = 'approve' | 'reject' | 'suspend' | 'reinstate' | 'exit'

export interface ActionSpec {
  action: InstitutionAction
  to: InstitutionStatus
  /** Every change but admitting an applicant needs a reason (the server says so too). */
  needsReason: boolean
}

const ACTIONS: Record<InstitutionStatus, readonly ActionSpec[]> = {
  APPLIED: [
    { action: 'reject', to: 'REJECTED', needsReason: true },
    { action: 'approve', to: 'ACTIVE', needsReason: false },
  ],
  ACTIVE: [{ action: 'suspend', to: 'SUSPENDED', needsReason: true }],
  SUSPENDED: [
    { action: 'exit', to: 'EXITED', needsReason: true },
    { action: 'reinstate', to: 'ACTIVE', needsReason: true },
  ],
  REJECTED: [],
  EXITED: [],
}

/** What an operator may decide for an institution in this status (the final one last). */
export function institutionActions(status: InstitutionStatus): readonly ActionSpec[] {
  return ACTIONS[status]
}

/** The longest reason the server takes. */
export const REASON_MAX = 1000

/** The operators' list filter (kept in the URL): 待审核 first, what an operator has to do. */
export type InstitutionFilter = InstitutionStatus | 'ALL'
export const INSTITUTION_FILTERS: readonly InstitutionFilter[] = ['APPLIED', 'ACTIVE', 'SUSPENDED', 'REJECTED', 'EXITED', 'ALL']

export function parseInstitutionFilter(value: unknown): InstitutionFilter {
  return typeof value === 'string' && (INSTITUTION_FILTERS as readonly string[]).includes(value)
    ? (value as InstitutionFilter)
    : 'APPLIED'
}

// ---------------------------------------------------------------------------------------
// History

export interface StatusChangeLike {
  fromStatus?: InstitutionStatus | null
  toStatus: InstitutionStatus
}

/** The i18n key of a history entry's title (提交入驻申请, 审核通过 …). */
export function historyTitleKey(change: StatusChangeLike): string {
  const { fromStatus: from, toStatus: to } = change
  if (to === 'APPLIED') return 'institution.history.applied'
  if (to === 'ACTIVE') return from === 'SUSPENDED' ? 'institution.history.reinstated' : 'institution.history.approved'
  if (to === 'REJECTED') return 'institution.history.rejected'
  if (to === 'SUSPENDED') return 'institution.history.suspended'
  return 'institution.history.exited'
}

// ---------------------------------------------------------------------------------------
// The application form

export const NAME_MAX = 200
export const DESCRIPTION_MAX = 5000
export const PERSON_NAME_MAX = 50
export const EMAIL_MAX = 254
export const QUALIFICATIONS_MAX = 20

/** The form's fields, named as the server names them in UserErrors. */
export type InstitutionField =
  | 'name'
  | 'creditCode'
  | 'regionCode'
  | 'serviceDomains'
  | 'serviceAreas'
  | 'description'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'
  | 'responderName'
  | 'responderPhone'
  | 'qualificationFileIds'
  | 'acceptAgreement'

export const INSTITUTION_FIELDS: readonly InstitutionField[] = [
  'name',
  'creditCode',
  'regionCode',
  'serviceDomains',
  'serviceAreas',
  'description',
  'contactName',
  'contactPhone',
  'contactEmail',
  'responderName',
  'responderPhone',
  'qualificationFileIds',
  'acceptAgreement',
]

export interface AttachedQualification {
  id: string
  name: string
  url?: string | null
}

export interface InstitutionForm {
  name: string
  creditCode: string
  /** the cascader's value: province, city, county */
  regionPath: string[]
  serviceDomains: ServiceCategory[]
  /** the multiple cascader's value: one path per area (a province, city or county) */
  serviceAreaPaths: string[][]
  description: string
  contactName: string
  contactPhone: string
  contactEmail: string
  responderName: string
  responderPhone: string
  qualifications: AttachedQualification[]
  acceptAgreement: boolean
}

export function emptyInstitutionForm(): InstitutionForm {
  return {
    name: '',
    creditCode: '',
    regionPath: [],
    serviceDomains: [],
    serviceAreaPaths: [],
    description: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    responderName: '',
    responderPhone: '',
    qualifications: [],
    acceptAgreement: false,
  }
}

/** What the form needs of an institution the server sent (applying again after a refusal). */
export interface InstitutionLike {
  name: string
  creditCode: string
  region: { code: string }
  serviceDomains: readonly ServiceCategory[]
  serviceAreas: readonly { code: string }[]
  description: string
  contactName?: string | null
  contactPhone?: string | null
  contactEmail?: string | null
  responderName?: string | null
  responderPhone?: string | null
  qualifications: readonly AttachedQualification[]
}

/** A new application filled in from an earlier one; the agreement is accepted anew. */
export function formFromInstitution(i: InstitutionLike): InstitutionForm {
  return {
    name: i.name,
    creditCode: i.creditCode,
    regionPath: regionPath(i.region.code),
    serviceDomains: orderedDomains(i.serviceDomains),
    serviceAreaPaths: i.serviceAreas.map((a) => regionPath(a.code)).filter((p) => p.length > 0),
    description: i.description,
    contactName: i.contactName ?? '',
    contactPhone: i.contactPhone ?? '',
    contactEmail: i.contactEmail ?? '',
    responderName: i.responderName ?? '',
    responderPhone: i.responderPhone ?? '',
    qualifications: i.qualifications.map((f) => ({ id: f.id, name: f.name, url: f.url ?? null })),
    acceptAgreement: false,
  }
}

const FORM_KEYS: Record<keyof InstitutionForm, InstitutionField> = {
  name: 'name',
  creditCode: 'creditCode',
  regionPath: 'regionCode',
  serviceDomains: 'serviceDomains',
  serviceAreaPaths: 'serviceAreas',
  description: 'description',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  contactEmail: 'contactEmail',
  responderName: 'responderName',
  responderPhone: 'responderPhone',
  qualifications: 'qualificationFileIds',
  acceptAgreement: 'acceptAgreement',
}

/** The fields (by their API names) whose values differ: their old messages no longer apply. */
export function changedInstitutionFields(before: InstitutionForm, after: InstitutionForm): InstitutionField[] {
  return (Object.keys(FORM_KEYS) as (keyof InstitutionForm)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => FORM_KEYS[key])
}

/** A deep copy to compare with later. */
export function snapshotInstitutionForm(form: InstitutionForm): InstitutionForm {
  return JSON.parse(JSON.stringify(form)) as InstitutionForm
}

function lastOf(path: readonly string[]): string {
  return path[path.length - 1] ?? ''
}

/** The input of `applyInstitution`, with the agreement version the applicant was shown. */
export function toApplyInput(form: InstitutionForm, agreementVersion: string): Required<ApplyInstitutionInput> {
  const areas = form.serviceAreaPaths.map(lastOf).filter(Boolean)
  return {
    name: form.name.trim(),
    creditCode: normaliseCreditCode(form.creditCode),
    regionCode: lastOf(form.regionPath),
    serviceDomains: SERVICE_CATEGORIES.filter((d) => form.serviceDomains.includes(d)),
    serviceAreas: [...new Set(areas)],
    description: form.description.trim(),
    contactName: form.contactName.trim(),
    contactPhone: form.contactPhone.trim(),
    contactEmail: form.contactEmail.trim(),
    responderName: form.responderName.trim(),
    responderPhone: form.responderPhone.trim(),
    qualificationFileIds: form.qualifications.map((f) => f.id),
    acceptAgreement: form.acceptAgreement,
    agreementVersion,
  }
}

/** i18n keys of the problems found before sending. */
export type InstitutionFormErrorKey =
  | 'form.required'
  | 'enterprise.creditCodeHint.length'
  | 'enterprise.creditCodeHint.leftOut'
  | 'enterprise.creditCodeHint.characters'
  | 'enterprise.creditCodeHint.digits'
  | 'institution.errors.tooLong'
  | 'institution.errors.phone'
  | 'institution.errors.contactPhone'
  | 'institution.errors.email'
  | 'institution.errors.domains'
  | 'institution.errors.areas'
  | 'institution.errors.agreement'

export type InstitutionFormErrors = Partial<Record<InstitutionField, InstitutionFormErrorKey>>

const MOBILE = /^1[3-9]\d{9}$/
// A landline with its area code (0577-88886666, extension allowed) or a 400/800 number,
// as the server accepts for public contact numbers.
const LANDLINE = /^(0\d{2,3}\d{7,8}(\d{1,6})?|[48]00\d{7})$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function normalisedPhone(raw: string): string {
  const phone = raw.trim().replace(/[\s-]/g, '')
  return phone.startsWith('+86') ? phone.slice(3) : phone
}

function checkText(value: string, max: number, required: boolean): InstitutionFormErrorKey | null {
  if (required && !value.trim()) return 'form.required'
  return value.trim().length > max ? 'institution.errors.tooLong' : null
}

function checkPhone(value: string, required: boolean): InstitutionFormErrorKey | null {
  if (!value.trim()) return required ? 'form.required' : null
  return MOBILE.test(normalisedPhone(value)) ? null : 'institution.errors.phone'
}

function checkField(field: InstitutionField, form: InstitutionForm): InstitutionFormErrorKey | null {
  switch (field) {
    case 'name':
      return checkText(form.name, NAME_MAX, true)
    case 'creditCode': {
      if (!form.creditCode.trim()) return 'form.required'
      const problem = creditCodeProblem(form.creditCode)
      return problem ? `enterprise.creditCodeHint.${problem}` : null
    }
    case 'regionCode':
      return form.regionPath.length ? null : 'form.required'
    case 'serviceDomains':
      return form.serviceDomains.length ? null : 'institution.errors.domains'
    case 'serviceAreas':
      return form.serviceAreaPaths.length ? null : 'institution.errors.areas'
    case 'description':
      return checkText(form.description, DESCRIPTION_MAX, false)
    case 'contactName':
      return checkText(form.contactName, PERSON_NAME_MAX, false)
    case 'contactPhone': {
      const phone = normalisedPhone(form.contactPhone)
      if (!phone) return null
      return MOBILE.test(phone) || LANDLINE.test(phone) ? null : 'institution.errors.contactPhone'
    }
    case 'contactEmail': {
      const email = form.contactEmail.trim()
      if (!email) return null
      if (email.length > EMAIL_MAX) return 'institution.errors.tooLong'
      return EMAIL.test(email) ? null : 'institution.errors.email'
    }
    case 'responderName':
      return checkText(form.responderName, PERSON_NAME_MAX, true)
    case 'responderPhone':
      return checkPhone(form.responderPhone, true)
    case 'qualificationFileIds':
      return form.qualifications.length > QUALIFICATIONS_MAX ? 'institution.errors.tooLong' : null
    case 'acceptAgreement':
      return form.acceptAgreement ? null : 'institution.errors.agreement'
  }
}

/** Every problem of the form, by field. */
export function validateInstitutionForm(form: InstitutionForm): InstitutionFormErrors {
  const errors: InstitutionFormErrors = {}
  for (const field of INSTITUTION_FIELDS) {
    const problem = checkField(field, form)
    if (problem) errors[field] = problem
  }
  return errors
}

// ---------------------------------------------------------------------------------------
// The score

/** A score out of 100 with one decimal, or — without data. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(1)
}

/** A rate (0–1) as a whole percentage, or — without data. */
export function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : `${Math.round(value * 100)}%`
}
