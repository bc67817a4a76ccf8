/**
 * The expert form of the library (专家库): its model, the checks made before sending (the
 * server makes them again and answers with UserErrors for the same field names) and the
 * mapping to `ExpertInput`.
 */
import type { ExpertInput } from '@/gql/graphql'
import { lastOf } from '@/utils/enterprise'
import { regionPath } from '@/utils/reference'

export const EXPERTISE_MAX = 10
export const EXPERTISE_LENGTH_MAX = 30
export const EXPERT_NAME_MAX = 50
export const EXPERT_TITLE_MAX = 100
export const EXPERT_ORGANISATION_MAX = 200
export const EXPERT_BIO_MAX = 5000
export const RETIRE_REASON_MAX = 500

/** Fields offered while typing (the service domains); any other may be typed. */
export const EXPERTISE_SUGGESTIONS = [
  '政策',
  '融资',
  '创业',
  '人才',
  '技术',
  '管理咨询',
  '法律',
  '市场',
  '数字化转型',
  '检验检测认证',
  '生产服务',
] as const

export type ExpertField =
  | 'name'
  | 'expertise'
  | 'regionCode'
  | 'title'
  | 'organisation'
  | 'bio'
  | 'available'
  | 'userEmail'

/** Fields of the form, then the ids the server may name (shown above the form). */
export const EXPERT_FIELDS: readonly ExpertField[] = [
  'name',
  'expertise',
  'regionCode',
  'title',
  'organisation',
  'bio',
  'available',
  'userEmail',
]

export interface ExpertForm {
  name: string
  expertise: string[]
  /** the cascader's value: province, city, county; decides the platform */
  regionPath: string[]
  title: string
  organisation: string
  bio: string
  available: boolean
  /** the linked account; '' unlinks */
  userEmail: string
}

export function emptyExpertForm(): ExpertForm {
  return {
    name: '',
    expertise: [],
    regionPath: [],
    title: '',
    organisation: '',
    bio: '',
    available: true,
    userEmail: '',
  }
}

/** What the form needs of an expert the server sent. */
export interface ExpertLike {
  name: string
  expertise: readonly string[]
  title: string
  organisation: string
  bio: string
  available: boolean
  accountEmail?: string | null
  /** Where the expert works; older records have none, and their platform's region stands in. */
  region?: { code: string } | null
  platform: { region: { code: string } }
}

export function formFromExpert(e: ExpertLike): ExpertForm {
  return {
    name: e.name,
    expertise: [...e.expertise],
    regionPath: regionPath(e.region?.code ?? e.platform.region.code),
    title: e.title,
    organisation: e.organisation,
    bio: e.bio,
    available: e.available,
    userEmail: e.accountEmail ?? '',
  }
}

/**
 * The fields as typed into the tag input: trimmed, inner runs of spaces collapsed, empty ones
 * and repeats dropped (first one kept, so the order stays the user's).
 */
export function normaliseExpertise(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of values) {
    const value = raw.trim().replace(/\s+/g, ' ')
    if (!value || seen.has(value)) continue
    seen.add(value)
    out.push(value)
  }
  return out
}

export type ExpertiseProblem = 'required' | 'tooMany' | 'tooLong'

/** What is wrong with a list of fields (1–10, each at most 30 characters), or null. */
export function expertiseProblem(values: readonly string[]): ExpertiseProblem | null {
  const fields = normaliseExpertise(values)
  if (!fields.length) return 'required'
  if (fields.length > EXPERTISE_MAX) return 'tooMany'
  if (fields.some((f) => [...f].length > EXPERTISE_LENGTH_MAX)) return 'tooLong'
  return null
}

/** A problem found before sending: an i18n key and its parameters. */
export interface FormProblem {
  key: string
  params?: Record<string, number>
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function tooLong(value: string, max: number): FormProblem | null {
  return [...value.trim()].length > max ? { key: 'experts.errors.tooLong', params: { max } } : null
}

/** The problems of the form by field (empty when it may be sent). */
export function checkExpertForm(form: ExpertForm): Partial<Record<ExpertField, FormProblem>> {
  const problems: Partial<Record<ExpertField, FormProblem | null>> = {
    name: form.name.trim() ? tooLong(form.name, EXPERT_NAME_MAX) : { key: 'form.required' },
    regionCode: form.regionPath.length ? null : { key: 'form.required' },
    title: tooLong(form.title, EXPERT_TITLE_MAX),
    organisation: tooLong(form.organisation, EXPERT_ORGANISATION_MAX),
    bio: tooLong(form.bio, EXPERT_BIO_MAX),
    userEmail: !form.userEmail.trim() || EMAIL.test(form.userEmail.trim()) ? null : { key: 'experts.errors.email' },
  }
  const expertise = expertiseProblem(form.expertise)
  if (expertise) {
    problems.expertise = {
      key: `experts.errors.expertise.${expertise}`,
      params: { max: EXPERTISE_MAX, length: EXPERTISE_LENGTH_MAX },
    }
  }
  return Object.fromEntries(Object.entries(problems).filter(([, p]) => p)) as Partial<Record<ExpertField, FormProblem>>
}

/** `ExpertInput` with every field given (as the form sends it). */
export function toExpertInput(form: ExpertForm): Required<ExpertInput> {
  return {
    name: form.name.trim(),
    expertise: normaliseExpertise(form.expertise),
    regionCode: lastOf(form.regionPath),
    title: form.title.trim(),
    organisation: form.organisation.trim(),
    bio: form.bio.trim(),
    available: form.available,
    userEmail: form.userEmail.trim(),
  }
}
