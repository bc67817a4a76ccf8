/**
 * The public directories (企业名录, 服务机构, 专家): filters as they live in the URL (shareable,
 * kept across reloads) and as the API takes them. Anything in the URL that is not a valid
 * filter is dropped rather than sent.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { EnterpriseScale, ServiceCategory } from '@/gql/graphql'
import { ENTERPRISE_SCALES, KNOWN_TAGS } from '@/utils/enterprise'
import { SERVICE_CATEGORIES } from '@/utils/institution'

/** The tags the enterprise directory filters by. */
export const DIRECTORY_TAGS: readonly string[] = KNOWN_TAGS

export const SEARCH_MAX = 100

const REGION = /^\d{6}$/
/** A section (A–T) or a division, group or class code. */
const INDUSTRY = /^([A-T]|\d{2,4})$/

export interface EnterpriseFilters {
  search: string
  /** a GB/T 2260 code of any level, or '' */
  region: string
  /** a GB/T 4754 code, or '' */
  industry: string
  scale: EnterpriseScale | ''
  tag: string
}

export interface InstitutionFilters {
  search: string
  domain: ServiceCategory | ''
  region: string
}

export interface ExpertFilters {
  search: string
}

function text(value: LocationQuery[string]): string {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first.trim().slice(0, SEARCH_MAX) : ''
}

function matching(value: LocationQuery[string], pattern: RegExp): string {
  const found = text(value)
  return pattern.test(found) ? found : ''
}

function oneOf<T extends string>(value: LocationQuery[string], allowed: readonly T[]): T | '' {
  const found = text(value)
  return (allowed as readonly string[]).includes(found) ? (found as T) : ''
}

export function parseEnterpriseFilters(query: LocationQuery): EnterpriseFilters {
  return {
    search: text(query.q),
    region: matching(query.region, REGION),
    industry: matching(query.industry, INDUSTRY),
    scale: oneOf(query.scale, ENTERPRISE_SCALES),
    tag: oneOf(query.tag, DIRECTORY_TAGS),
  }
}

export function parseInstitutionFilters(query: LocationQuery): InstitutionFilters {
  return {
    search: text(query.q),
    domain: oneOf(query.domain, SERVICE_CATEGORIES),
    region: matching(query.region, REGION),
  }
}

export function parseExpertFilters(query: LocationQuery): ExpertFilters {
  return { search: text(query.q) }
}

/** Empty filters are left out of the API call (null means "any"). */
function orNull<T extends string>(value: T | ''): T | null {
  const trimmed = value.trim()
  return trimmed ? (trimmed as T) : null
}

export function enterpriseVariables(f: EnterpriseFilters) {
  return {
    search: orNull(f.search),
    regionCode: orNull(f.region),
    industryCode: orNull(f.industry),
    scale: orNull(f.scale),
    tag: orNull(f.tag),
  }
}

export function institutionVariables(f: InstitutionFilters) {
  return {
    search: orNull(f.search),
    serviceDomain: orNull(f.domain),
    regionCode: orNull(f.region),
  }
}

export function expertVariables(f: ExpertFilters) {
  return { search: orNull(f.search) }
}

/** The URL query of some filters: empty ones are left out, so that a clean list has a clean URL. */
export function filtersToQuery(f: EnterpriseFilters | InstitutionFilters | ExpertFilters): LocationQueryRaw {
  const names: Record<string, string> = { search: 'q' }
  const query: LocationQueryRaw = {}
  for (const [key, value] of Object.entries(f) as [string, string][]) {
    const trimmed = value.trim()
    if (trimmed) query[names[key] ?? key] = trimmed
  }
  return query
}

/** Whether any filter is set (the empty state then offers to clear them). */
export function hasFilters(f: EnterpriseFilters | InstitutionFilters | ExpertFilters): boolean {
  return Object.values(f).some((value: string) => value.trim() !== '')
}

/** A score as the directory shows it (one decimal), or null when the institution has none yet. */
export function formatScore(value: number | null | undefined): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null
  return (Math.round(value * 10) / 10).toFixed(1)
}
