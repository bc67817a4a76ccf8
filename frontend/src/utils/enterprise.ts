/**
 * The enterprise form (registration wizard and profile editing): its model, the checks made
 * before sending, the mapping to `EnterpriseInput`, and which fields a status locks.
 * The server checks everything again and answers with UserErrors for the same field names.
 */
import type { CertificationStatus, EnterpriseInput, EnterpriseScale } from '@/gql/graphql'
import { creditCodeProblem, normaliseCreditCode } from '@/utils/creditCode'
import { industryPath, regionPath } from '@/utils/reference'

export const ENTERPRISE_SCALES: readonly EnterpriseScale[] = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO']

/** Suggestions for tags; enterprises may add their own. */
export const KNOWN_TAGS = ['专精特新', '专精特新小巨人', '高新技术企业', '科技型中小企业', '创新型中小企业'] as const

export const TAGS_MAX = 10
export const TAG_MAX_LENGTH = 20
export const NAME_MAX = 200
export const ADDRESS_MAX = 300
export const CONTACT_NAME_MAX = 50
export const EMPLOYEES_MAX = 10_000_000

/** Element Plus tag types per certification status. */
export const STATUS_TAG_TYPE: Record<CertificationStatus, 'info' | 'warning' | 'success' | 'danger'> = {
  UNVERIFIED: 'info',
  PENDING: 'warning',
  VERIFIED: 'success',
  REJECTED: 'danger',
}

export type EnterpriseField =
  | 'creditCode'
  | 'name'
  | 'regionCode'
  | 'industryCode'
  | 'employees'
  | 'revenueWan'
  | 'foundedOn'
  | 'scale'
  | 'address'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'
  | 'tags'
  | 'licenceFileId'

export const ENTERPRISE_FIELDS: readonly EnterpriseField[] = [
  'creditCode',
  'name',
  'regionCode',
  'industryCode',
  'employees',
  'revenueWan',
  'foundedOn',
  'scale',
  'address',
  'contactName',
  'contactPhone',
  'contactEmail',
  'tags',
  'licenceFileId',
]

/** The wizard's steps: 基本信息, 规模与经营, 联系与标签; the fourth (确认提交) has no fields. */
export const WIZARD_STEPS: readonly (readonly EnterpriseField[])[] = [
  ['creditCode', 'name', 'regionCode', 'industryCode', 'licenceFileId'],
  ['employees', 'revenueWan', 'foundedOn', 'scale'],
  ['address', 'contactName', 'contactPhone', 'contactEmail', 'tags'],
  [],
]

export const CONFIRM_STEP = WIZARD_STEPS.length - 1

/** The step that shows a field; fields the form does not know go to the first step. */
export function stepOfField(field: string): number {
  const index = WIZARD_STEPS.findIndex((fields) => (fields as readonly string[]).includes(field))
  return index < 0 ? 0 : index
}

/** The first step with an error, or null. */
export function firstStepWithError(fields: readonly string[]): number | null {
  if (!fields.length) return null
  return Math.min(...fields.map(stepOfField))
}

export interface EnterpriseForm {
  creditCode: string
  name: string
  /** the cascader's value: province, city, county */
  regionPath: string[]
  /** the cascader's value: section, division … */
  industryPath: string[]
  employees: number | null
  /** 万元 */
  revenueWan: number | null
  /** YYYY-MM-DD or '' */
  foundedOn: string
  scale: EnterpriseScale | null
  address: string
  contactName: string
  contactPhone: string
  contactEmail: string
  tags: string[]
  /** The business licence (营业执照) uploaded or already attached; submission needs one. */
  licence: AttachedLicence | null
}

export interface AttachedLicence {
  id: string
  name: string
  url?: string | null
}

export function emptyEnterpriseForm(): EnterpriseForm {
  return {
    creditCode: '',
    name: '',
    regionPath: [],
    industryPath: [],
    employees: null,
    revenueWan: null,
    foundedOn: '',
    scale: null,
    address: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    tags: [],
    licence: null,
  }
}

/** What the form needs of an enterprise the server sent. */
export interface EnterpriseLike {
  creditCode: string
  name: string
  region: { code: string }
  industry: { code: string }
  scale?: EnterpriseScale | null
  employees?: number | null
  revenueWan?: string | null
  foundedOn?: string | null
  address?: string | null
  contactName?: string | null
  contactPhone?: string | null
  contactEmail?: string | null
  tags: readonly string[]
  licence?: AttachedLicence | null
}

export function formFromEnterprise(e: EnterpriseLike): EnterpriseForm {
  const revenue = e.revenueWan === null || e.revenueWan === undefined ? null : Number(e.revenueWan)
  return {
    creditCode: e.creditCode,
    name: e.name,
    regionPath: regionPath(e.region.code),
    industryPath: industryPath(e.industry.code),
    employees: e.employees ?? null,
    revenueWan: revenue === null || Number.isNaN(revenue) ? null : revenue,
    foundedOn: e.foundedOn ?? '',
    scale: e.scale ?? null,
    address: e.address ?? '',
    contactName: e.contactName ?? '',
    contactPhone: e.contactPhone ?? '',
    contactEmail: e.contactEmail ?? '',
    tags: [...e.tags],
    licence: e.licence ? { id: e.licence.id, name: e.licence.name, url: e.licence.url ?? null } : null,
  }
}

const FORM_KEYS: Record<keyof EnterpriseForm, EnterpriseField> = {
  creditCode: 'creditCode',
  name: 'name',
  regionPath: 'regionCode',
  industryPath: 'industryCode',
  employees: 'employees',
  revenueWan: 'revenueWan',
  foundedOn: 'foundedOn',
  scale: 'scale',
  address: 'address',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  contactEmail: 'contactEmail',
  tags: 'tags',
  licence: 'licenceFileId',
}

/** A copy to compare with later (watchers get the old and the new copy). */
export function snapshotForm(form: EnterpriseForm): EnterpriseForm {
  return { ...form, regionPath: [...form.regionPath], industryPath: [...form.industryPath], tags: [...form.tags] }
}

/** The fields (by their API names) whose values differ: their old messages no longer apply. */
export function changedFields(before: EnterpriseForm, after: EnterpriseForm): EnterpriseField[] {
  return (Object.keys(FORM_KEYS) as (keyof EnterpriseForm)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => FORM_KEYS[key])
}

export function lastOf(path: readonly string[]): string {
  return path[path.length - 1] ?? ''
}

/** Decimal as the API takes it: a plain string, at most two decimals. */
export function decimalString(value: number | null): string | null {
  if (value === null || !Number.isFinite(value)) return null
  return String(Math.round(value * 100) / 100)
}

/** `EnterpriseInput` with every field given (as the forms send it). */
export type FullEnterpriseInput = Required<EnterpriseInput>

export function toEnterpriseInput(form: EnterpriseForm): FullEnterpriseInput {
  return {
    creditCode: normaliseCreditCode(form.creditCode),
    name: form.name.trim(),
    regionCode: lastOf(form.regionPath),
    industryCode: lastOf(form.industryPath),
    scale: form.scale,
    employees: form.employees,
    revenueWan: decimalString(form.revenueWan),
    foundedOn: form.foundedOn || null,
    address: form.address.trim(),
    contactName: form.contactName.trim(),
    contactPhone: form.contactPhone.trim(),
    contactEmail: form.contactEmail.trim(),
    tags: [...new Set(form.tags.map((t) => t.trim()).filter(Boolean))],
    licenceFileId: form.licence?.id ?? null,
  }
}

/** i18n keys of the problems found before sending. */
export type EnterpriseFormErrorKey =
  | 'form.required'
  | 'enterprise.creditCodeHint.length'
  | 'enterprise.creditCodeHint.leftOut'
  | 'enterprise.creditCodeHint.characters'
  | 'enterprise.creditCodeHint.digits'
  | 'enterprise.errors.tooLong'
  | 'enterprise.errors.employees'
  | 'enterprise.errors.revenue'
  | 'enterprise.errors.futureDate'
  | 'enterprise.errors.phone'
  | 'enterprise.errors.email'
  | 'enterprise.errors.tags'
  | 'enterprise.errors.licenceRequired'

export type EnterpriseFormErrors = Partial<Record<EnterpriseField, EnterpriseFormErrorKey>>

const MOBILE = /^1[3-9]\d{9}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function normalisedPhone(raw: string): string {
  const phone = raw.trim().replace(/[\s-]/g, '')
  return phone.startsWith('+86') ? phone.slice(3) : phone
}

function checkField(field: EnterpriseField, form: EnterpriseForm, today: string): EnterpriseFormErrorKey | null {
  switch (field) {
    case 'creditCode': {
      if (!form.creditCode.trim()) return 'form.required'
      const problem = creditCodeProblem(form.creditCode)
      return problem ? `enterprise.creditCodeHint.${problem}` : null
    }
    case 'name':
      if (!form.name.trim()) return 'form.required'
      return form.name.trim().length > NAME_MAX ? 'enterprise.errors.tooLong' : null
    case 'regionCode':
      return form.regionPath.length ? null : 'form.required'
    case 'industryCode':
      return form.industryPath.length ? null : 'form.required'
    case 'employees':
      if (form.employees === null) return 'form.required'
      return Number.isInteger(form.employees) && form.employees >= 0 && form.employees <= EMPLOYEES_MAX
        ? null
        : 'enterprise.errors.employees'
    case 'revenueWan':
      return form.revenueWan === null || (Number.isFinite(form.revenueWan) && form.revenueWan >= 0)
        ? null
        : 'enterprise.errors.revenue'
    case 'foundedOn':
      return form.foundedOn && form.foundedOn > today ? 'enterprise.errors.futureDate' : null
    case 'scale':
      return null
    case 'address':
      return form.address.trim().length > ADDRESS_MAX ? 'enterprise.errors.tooLong' : null
    case 'contactName':
      if (!form.contactName.trim()) return 'form.required'
      return form.contactName.trim().length > CONTACT_NAME_MAX ? 'enterprise.errors.tooLong' : null
    case 'contactPhone':
      if (!form.contactPhone.trim()) return 'form.required'
      return MOBILE.test(normalisedPhone(form.contactPhone)) ? null : 'enterprise.errors.phone'
    case 'contactEmail':
      return !form.contactEmail.trim() || EMAIL.test(form.contactEmail.trim()) ? null : 'enterprise.errors.email'
    case 'licenceFileId':
      return null
    case 'tags':
      return form.tags.length <= TAGS_MAX && form.tags.every((t) => t.trim() && t.trim().length <= TAG_MAX_LENGTH)
        ? null
        : 'enterprise.errors.tags'
  }
}

/** The problems of one wizard step (`today` as YYYY-MM-DD in China). */
export function validateStep(step: number, form: EnterpriseForm, today: string): EnterpriseFormErrors {
  return validateFields(WIZARD_STEPS[step] ?? [], form, today)
}

export function validateFields(
  fields: readonly EnterpriseField[],
  form: EnterpriseForm,
  today: string,
): EnterpriseFormErrors {
  const errors: EnterpriseFormErrors = {}
  for (const field of fields) {
    const problem = checkField(field, form, today)
    if (problem) errors[field] = problem
  }
  return errors
}

/** Every step's problems: the whole form, as the profile editor sends it. */
export function validateEnterpriseForm(form: EnterpriseForm, today: string): EnterpriseFormErrors {
  return validateFields(ENTERPRISE_FIELDS, form, today)
}

/** Fields that cannot change in this status: all while under review, the identity once verified. */
export function lockedFields(status: CertificationStatus): ReadonlySet<EnterpriseField> {
  if (status === 'PENDING') return new Set(ENTERPRISE_FIELDS)
  if (status === 'VERIFIED') return new Set<EnterpriseField>(['creditCode', 'name', 'regionCode'])
  return new Set()
}

/** Admins edit while the record is not under review. */
export function canEditEnterprise(status: CertificationStatus, isAdmin: boolean): boolean {
  return isAdmin && status !== 'PENDING'
}

/** Admins submit a new record, or a rejected one again. */
export function canSubmitEnterprise(status: CertificationStatus, isAdmin: boolean): boolean {
  return isAdmin && (status === 'UNVERIFIED' || status === 'REJECTED')
}

/** What the read-only view of an enterprise shows. */
export interface ShownEnterprise {
  name: string
  creditCode: string
  status: CertificationStatus
  region: { fullName: string }
  industry: { code: string; name: string }
  scale?: EnterpriseScale | null
  tags: readonly string[]
  foundedOn?: string | null
  employees?: number | null
  revenueWan?: string | null
  address?: string | null
  contactName?: string | null
  contactPhone?: string | null
  contactEmail?: string | null
  platform?: { name: string } | null
  submittedAt?: string | null
  verifiedAt?: string | null
  licence?: { name: string; url: string } | null
}
