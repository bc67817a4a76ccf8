/**
 * Service products (服务产品) and the service supermarket (服务超市): the supermarket's filters
 * as they live in the URL and as the API takes them, how a price is shown, the product form
 * (its model, the checks made before sending, the mapping to `ServiceProductInput`), status
 * tags and the operators' decisions. The server checks everything again and answers with
 * UserErrors for the same field names.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type {
  EnterpriseScale,
  PricingFilter,
  ServiceCategory,
  ServiceForm,
  ServiceNature,
  ServicePricing,
  ServiceProductInput,
  ServiceProductSort,
  ServiceProductStatus,
} from '@/gql/graphql'
import { ENTERPRISE_SCALES } from '@/utils/enterprise'
import { SERVICE_CATEGORIES } from '@/utils/institution'
import { industryPath, regionPath } from '@/utils/reference'

export { SERVICE_CATEGORIES }

export const SERVICE_FORMS: readonly ServiceForm[] = ['ONLINE', 'OFFLINE', 'BOTH']
export const SERVICE_NATURES: readonly ServiceNature[] = ['PUBLIC_BENEFIT', 'VALUE_ADDED']
export const SERVICE_PRICINGS: readonly ServicePricing[] = ['FREE', 'FIXED', 'RANGE']
export const PRICING_FILTERS: readonly PricingFilter[] = ['FREE', 'FEE']
export const PRODUCT_SORTS: readonly ServiceProductSort[] = ['NEWEST', 'RATING', 'POPULARITY']
export const PRODUCT_STATUSES: readonly ServiceProductStatus[] = ['DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'OFFLINE']

export const SEARCH_MAX = 100

// ---------------------------------------------------------------------------------------
// The supermarket's filters (?q=&category=&region=&scale=&pricing=&form=&sort=)

export interface ProductFilters {
  search: string
  category: ServiceCategory | ''
  /** a GB/T 2260 code of any level, or '' */
  region: string
  scale: EnterpriseScale | ''
  pricing: PricingFilter | ''
  form: ServiceForm | ''
  sort: ServiceProductSort
}

const REGION = /^\d{6}$/

function text(value: LocationQuery[string]): string {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first.trim().slice(0, SEARCH_MAX) : ''
}

function oneOf<T extends string>(value: LocationQuery[string], allowed: readonly T[]): T | '' {
  const found = text(value)
  return (allowed as readonly string[]).includes(found) ? (found as T) : ''
}

/** The filters of a URL; anything that is not a valid filter is dropped rather than sent. */
export function parseProductFilters(query: LocationQuery): ProductFilters {
  const region = text(query.region)
  return {
    search: text(query.q),
    category: oneOf(query.category, SERVICE_CATEGORIES),
    region: REGION.test(region) ? region : '',
    scale: oneOf(query.scale, ENTERPRISE_SCALES),
    pricing: oneOf(query.pricing, PRICING_FILTERS),
    form: oneOf(query.form, SERVICE_FORMS),
    sort: oneOf(query.sort, PRODUCT_SORTS) || 'NEWEST',
  }
}

/** The URL query: empty filters and the default sort are left out (a clean list, a clean URL). */
export function productFiltersToQuery(f: ProductFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  const search = f.search.trim()
  if (search) query.q = search
  if (f.category) query.category = f.category
  if (f.region) query.region = f.region
  if (f.scale) query.scale = f.scale
  if (f.pricing) query.pricing = f.pricing
  if (f.form) query.form = f.form
  if (f.sort !== 'NEWEST') query.sort = f.sort
  return query
}

/** The variables of `serviceProducts` (null means "any"). */
export function productVariables(f: ProductFilters) {
  return {
    search: f.search.trim() || null,
    category: f.category || null,
    regionCode: f.region || null,
    scale: f.scale || null,
    pricing: f.pricing || null,
    form: f.form || null,
    sort: f.sort,
  }
}

/** Whether a filter (not the sort) is set: the empty state then offers to clear them. */
export function hasProductFilters(f: ProductFilters): boolean {
  return Boolean(f.search.trim() || f.category || f.region || f.scale || f.pricing || f.form)
}

// ---------------------------------------------------------------------------------------
// Prices

export interface PriceLike {
  pricing: ServicePricing
  price?: string | null
  priceMin?: string | null
  priceMax?: string | null
}

/** An amount in 元 as people write it: ¥1,200 or ¥1,200.50. */
export function formatAmount(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') return '—'
  const number = Number(value)
  if (!Number.isFinite(number)) return value
  const cents = Math.round(number * 100) % 100 !== 0
  return `¥${number.toLocaleString('en-US', { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 })}`
}

/** A product's price: 免费 (the caller's word for free), ¥800, or ¥1,000 – ¥5,000. */
export function formatPrice(p: PriceLike, freeWord: string): string {
  if (p.pricing === 'FREE') return freeWord
  if (p.pricing === 'FIXED') return formatAmount(p.price)
  return `${formatAmount(p.priceMin)} – ${formatAmount(p.priceMax)}`
}

// ---------------------------------------------------------------------------------------
// Status and decisions

export const PRODUCT_STATUS_TAG_TYPE: Record<ServiceProductStatus, 'info' | 'warning' | 'success' | 'danger' | 'primary'> = {
  DRAFT: 'info',
  PENDING: 'warning',
  PUBLISHED: 'success',
  REJECTED: 'danger',
  OFFLINE: 'info',
}

/** The operators' list filter (kept in the URL): 待审核 first, what an operator has to do. */
export type ProductReviewFilter = ServiceProductStatus | 'ALL'
export const PRODUCT_REVIEW_FILTERS: readonly ProductReviewFilter[] = ['PENDING', 'PUBLISHED', 'REJECTED', 'OFFLINE', 'ALL']

export function parseProductReviewFilter(value: unknown): ProductReviewFilter {
  return typeof value === 'string' && (PRODUCT_REVIEW_FILTERS as readonly string[]).includes(value)
    ? (value as ProductReviewFilter)
    : 'PENDING'
}

/** The institution's list filter: everything by default. */
export type MyProductFilter = ServiceProductStatus | 'ALL'
export const MY_PRODUCT_FILTERS: readonly MyProductFilter[] = ['ALL', 'DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'OFFLINE']

export function parseMyProductFilter(value: unknown): MyProductFilter {
  return typeof value === 'string' && (MY_PRODUCT_FILTERS as readonly string[]).includes(value)
    ? (value as MyProductFilter)
    : 'ALL'
}

export type OperatorProductAction = 'approve' | 'reject' | 'offline'

/** What an operator may decide for a product in this status (reject and take offline need a reason). */
export function operatorProductActions(status: ServiceProductStatus): OperatorProductAction[] {
  if (status === 'PENDING') return ['reject', 'approve']
  if (status === 'PUBLISHED') return ['offline']
  return []
}

export type MemberProductAction = 'edit' | 'submit' | 'offline'

/** What the institution may do with its product in this status. */
export function memberProductActions(status: ServiceProductStatus): MemberProductAction[] {
  if (status === 'DRAFT') return ['edit', 'submit']
  if (status === 'REJECTED') return ['edit']
  if (status === 'PUBLISHED') return ['offline']
  return []
}

export const REASON_MAX = 1000

// ---------------------------------------------------------------------------------------
// The product form

export const NAME_MAX = 100
export const DESCRIPTION_MAX = 5000
export const STEP_MAX = 200
export const STEPS_MAX = 20
export const CODES_MAX = 50
export const IMAGES_MAX = 9
export const PERSON_NAME_MAX = 50
export const EMAIL_MAX = 254

/** The form's fields, named as the server names them in UserErrors. */
export type ProductField =
  | 'name'
  | 'category'
  | 'description'
  | 'processSteps'
  | 'pricing'
  | 'price'
  | 'priceMin'
  | 'priceMax'
  | 'nature'
  | 'form'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'
  | 'audienceScales'
  | 'audienceIndustries'
  | 'serviceAreas'
  | 'imageIds'

export const PRODUCT_FIELDS: readonly ProductField[] = [
  'name',
  'category',
  'description',
  'processSteps',
  'pricing',
  'price',
  'priceMin',
  'priceMax',
  'nature',
  'form',
  'contactName',
  'contactPhone',
  'contactEmail',
  'audienceScales',
  'audienceIndustries',
  'serviceAreas',
  'imageIds',
]

export interface AttachedImage {
  id: string
  name: string
  url?: string | null
}

export interface ProductForm {
  name: string
  category: ServiceCategory | ''
  description: string
  processSteps: string[]
  pricing: ServicePricing
  price: string
  priceMin: string
  priceMax: string
  nature: ServiceNature | ''
  form: ServiceForm | ''
  contactName: string
  contactPhone: string
  contactEmail: string
  audienceScales: EnterpriseScale[]
  /** the multiple cascader's value: one path per industry (any level) */
  industryPaths: string[][]
  /** the multiple cascader's value: one path per area (a province, city or county) */
  serviceAreaPaths: string[][]
  images: AttachedImage[]
}

export function emptyProductForm(): ProductForm {
  return {
    name: '',
    category: '',
    description: '',
    processSteps: [''],
    pricing: 'FREE',
    price: '',
    priceMin: '',
    priceMax: '',
    nature: '',
    form: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    audienceScales: [],
    industryPaths: [],
    serviceAreaPaths: [],
    images: [],
  }
}

/** What the form needs of a product the server sent (editing it). */
export interface ProductLike extends PriceLike {
  name: string
  category: ServiceCategory
  description: string
  processSteps: readonly string[]
  nature: ServiceNature
  form: ServiceForm
  contactName: string
  contactPhone: string
  contactEmail?: string | null
  audienceScales: readonly EnterpriseScale[]
  audienceIndustries: readonly { code: string }[]
  serviceAreas: readonly { code: string }[]
  images: readonly { id: string; name: string; url?: string | null }[]
}

function amountText(value: string | null | undefined): string {
  if (value === null || value === undefined) return ''
  const number = Number(value)
  return Number.isFinite(number) ? String(number) : value
}

export function formFromProduct(p: ProductLike): ProductForm {
  return {
    name: p.name,
    category: p.category,
    description: p.description,
    processSteps: p.processSteps.length ? [...p.processSteps] : [''],
    pricing: p.pricing,
    price: amountText(p.price),
    priceMin: amountText(p.priceMin),
    priceMax: amountText(p.priceMax),
    nature: p.nature,
    form: p.form,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    contactEmail: p.contactEmail ?? '',
    audienceScales: ENTERPRISE_SCALES.filter((s) => p.audienceScales.includes(s)),
    industryPaths: p.audienceIndustries.map((i) => industryPath(i.code)).filter((path) => path.length > 0),
    serviceAreaPaths: p.serviceAreas.map((a) => regionPath(a.code)).filter((path) => path.length > 0),
    images: p.images.map((f) => ({ id: f.id, name: f.name, url: f.url ?? null })),
  }
}

function lastOf(path: readonly string[]): string {
  return path[path.length - 1] ?? ''
}

/** An amount as the API takes it (a Decimal string), or null when the pricing does not use it. */
function amount(value: string): string | null {
  const trimmed = value.trim()
  return trimmed ? trimmed : null
}

/** The input of `createServiceProduct` / `updateServiceProduct`. */
export function toProductInput(form: ProductForm): ServiceProductInput {
  return {
    name: form.name.trim(),
    category: form.category as ServiceCategory,
    description: form.description.trim(),
    processSteps: form.processSteps.map((s) => s.trim()).filter(Boolean),
    pricing: form.pricing,
    price: form.pricing === 'FIXED' ? amount(form.price) : null,
    priceMin: form.pricing === 'RANGE' ? amount(form.priceMin) : null,
    priceMax: form.pricing === 'RANGE' ? amount(form.priceMax) : null,
    nature: form.nature as ServiceNature,
    form: form.form as ServiceForm,
    contactName: form.contactName.trim(),
    contactPhone: form.contactPhone.trim(),
    contactEmail: form.contactEmail.trim(),
    audienceScales: ENTERPRISE_SCALES.filter((s) => form.audienceScales.includes(s)),
    audienceIndustries: [...new Set(form.industryPaths.map(lastOf).filter(Boolean))],
    serviceAreas: [...new Set(form.serviceAreaPaths.map(lastOf).filter(Boolean))],
    imageIds: form.images.map((f) => f.id),
  }
}

/** i18n keys of the problems found before sending. */
export type ProductFormErrorKey =
  | 'form.required'
  | 'catalog.errors.tooLong'
  | 'catalog.errors.steps'
  | 'catalog.errors.tooMany'
  | 'catalog.errors.amount'
  | 'catalog.errors.positive'
  | 'catalog.errors.range'
  | 'catalog.errors.contactPhone'
  | 'catalog.errors.email'
  | 'catalog.errors.areas'

export type ProductFormErrors = Partial<Record<ProductField, ProductFormErrorKey>>

const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^(0\d{2,3}\d{7,8}(\d{1,6})?|[48]00\d{7})$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const AMOUNT = /^\d{1,10}(\.\d{1,2})?$/

function normalisedPhone(raw: string): string {
  const phone = raw.trim().replace(/[\s-]/g, '')
  return phone.startsWith('+86') ? phone.slice(3) : phone
}

function checkText(value: string, max: number, required: boolean): ProductFormErrorKey | null {
  if (required && !value.trim()) return 'form.required'
  return value.trim().length > max ? 'catalog.errors.tooLong' : null
}

function checkAmount(value: string): ProductFormErrorKey | null {
  if (!value.trim()) return 'form.required'
  return AMOUNT.test(value.trim()) ? null : 'catalog.errors.amount'
}

function checkField(field: ProductField, form: ProductForm): ProductFormErrorKey | null {
  switch (field) {
    case 'name':
      return checkText(form.name, NAME_MAX, true)
    case 'category':
    case 'nature':
    case 'form':
      return form[field] ? null : 'form.required'
    case 'description':
      return checkText(form.description, DESCRIPTION_MAX, true)
    case 'processSteps': {
      const steps = form.processSteps.map((s) => s.trim())
      if (!steps.length || steps.some((s) => !s)) return 'catalog.errors.steps'
      if (steps.length > STEPS_MAX) return 'catalog.errors.tooMany'
      return steps.some((s) => s.length > STEP_MAX) ? 'catalog.errors.tooLong' : null
    }
    case 'pricing':
      return form.pricing ? null : 'form.required'
    case 'price': {
      if (form.pricing !== 'FIXED') return null
      const problem = checkAmount(form.price)
      if (problem) return problem
      return Number(form.price) > 0 ? null : 'catalog.errors.positive'
    }
    case 'priceMin':
      return form.pricing === 'RANGE' ? checkAmount(form.priceMin) : null
    case 'priceMax': {
      if (form.pricing !== 'RANGE') return null
      const problem = checkAmount(form.priceMax)
      if (problem) return problem
      if (checkAmount(form.priceMin)) return null
      return Number(form.priceMax) > Number(form.priceMin) ? null : 'catalog.errors.range'
    }
    case 'contactName':
      return checkText(form.contactName, PERSON_NAME_MAX, true)
    case 'contactPhone': {
      const phone = normalisedPhone(form.contactPhone)
      if (!phone) return 'form.required'
      return MOBILE.test(phone) || LANDLINE.test(phone) ? null : 'catalog.errors.contactPhone'
    }
    case 'contactEmail': {
      const email = form.contactEmail.trim()
      if (!email) return null
      if (email.length > EMAIL_MAX) return 'catalog.errors.tooLong'
      return EMAIL.test(email) ? null : 'catalog.errors.email'
    }
    case 'audienceScales':
      return null
    case 'audienceIndustries':
      return form.industryPaths.length > CODES_MAX ? 'catalog.errors.tooMany' : null
    case 'serviceAreas':
      if (!form.serviceAreaPaths.length) return 'catalog.errors.areas'
      return form.serviceAreaPaths.length > CODES_MAX ? 'catalog.errors.tooMany' : null
    case 'imageIds':
      return form.images.length > IMAGES_MAX ? 'catalog.errors.tooMany' : null
  }
}

/** Every problem of the form, by field. */
export function validateProductForm(form: ProductForm): ProductFormErrors {
  const errors: ProductFormErrors = {}
  for (const field of PRODUCT_FIELDS) {
    const problem = checkField(field, form)
    if (problem) errors[field] = problem
  }
  return errors
}

/** Moves a process step up (-1) or down (+1); out of range changes nothing. */
export function moveStep(steps: readonly string[], index: number, by: -1 | 1): string[] {
  const target = index + by
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return [...steps]
  const moved = [...steps]
  ;[moved[index], moved[target]] = [moved[target]!, moved[index]!]
  return moved
}
