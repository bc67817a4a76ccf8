/**
 * Training courses (课程) for learners: the public list's filters as they live in the URL and
 * as the API takes them, tag colours, what the viewer may do in each state, and small
 * formatting helpers. The server checks everything again.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { AttendanceStatus, CourseCategory, CourseMode, CourseStatus } from '@/gql/graphql'

export const COURSE_CATEGORIES: readonly CourseCategory[] = [
  'MANAGEMENT',
  'TECHNICAL_SKILLS',
  'FINANCING',
  'POLICY',
  'DIGITAL_TRANSFORMATION',
  'ENTREPRENEURSHIP',
  'LEGAL',
  'MARKETING',
  'TALENT',
  'OTHER',
]
export const COURSE_MODES: readonly CourseMode[] = ['LIVE', 'RECORDED', 'OFFLINE', 'MIXED']

type TagType = 'info' | 'warning' | 'success' | 'danger' | 'primary'

export const COURSE_STATUS_TAG_TYPE: Record<CourseStatus, TagType> = {
  DRAFT: 'info',
  PENDING: 'warning',
  PUBLISHED: 'success',
  REJECTED: 'danger',
  ONGOING: 'primary',
  ENDED: 'info',
  CANCELLED: 'danger',
}

export const ATTENDANCE_TAG_TYPE: Record<AttendanceStatus | 'NONE', TagType> = {
  PRESENT: 'success',
  LATE: 'warning',
  ABSENT: 'danger',
  EXCUSED: 'info',
  NONE: 'info',
}

// ---------------------------------------------------------------------------------------
// The public list's filters (?category=&mode=&region=&q=&open=1)

export interface CourseFilters {
  category: CourseCategory | ''
  mode: CourseMode | ''
  /** a GB/T 2260 code of any level, or '' */
  region: string
  q: string
  open: boolean
}

function first(value: LocationQuery[string]): string {
  const found = Array.isArray(value) ? value[0] : value
  return typeof found === 'string' ? found.trim() : ''
}

export function parseCourseFilters(query: LocationQuery): CourseFilters {
  const category = first(query.category)
  const mode = first(query.mode)
  const region = first(query.region)
  return {
    category: (COURSE_CATEGORIES as readonly string[]).includes(category) ? (category as CourseCategory) : '',
    mode: (COURSE_MODES as readonly string[]).includes(mode) ? (mode as CourseMode) : '',
    region: /^\d{6}$/.test(region) ? region : '',
    q: first(query.q).slice(0, 100),
    open: first(query.open) === '1',
  }
}

export function courseFiltersQuery(filters: CourseFilters): LocationQueryRaw {
  return {
    category: filters.category || undefined,
    mode: filters.mode || undefined,
    region: filters.region || undefined,
    q: filters.q || undefined,
    open: filters.open ? '1' : undefined,
  }
}

export function courseFilterVariables(filters: CourseFilters) {
  return {
    category: filters.category || null,
    mode: filters.mode || null,
    regionCode: filters.region || null,
    q: filters.q || null,
    openForEnrollment: filters.open ? true : null,
  }
}

// ---------------------------------------------------------------------------------------
// What the viewer may do

interface EnrollWindow {
  status: CourseStatus
  enrollOpensAt: string
  enrollClosesAt: string
}

/** Enrolment is open: published or ongoing and inside the enrolment window (the server decides again). */
export function enrollmentOpen(course: EnrollWindow, now: number = Date.now()): boolean {
  if (course.status !== 'PUBLISHED' && course.status !== 'ONGOING') return false
  return new Date(course.enrollOpensAt).getTime() <= now && now <= new Date(course.enrollClosesAt).getTime()
}

/** The attendance shown for a lesson: the recorded one, or ABSENT once the lesson is over, else none yet. */
export function shownAttendance(
  lesson: { kind: string; endsAt?: string | null; myAttendance?: { status?: AttendanceStatus | null } | null },
  courseEndsAt: string,
  now: number = Date.now(),
): AttendanceStatus | 'NONE' {
  const recorded = lesson.myAttendance?.status
  if (recorded) return recorded
  const over = lesson.kind === 'VIDEO' ? courseEndsAt : lesson.endsAt
  return over && new Date(over).getTime() < now ? 'ABSENT' : 'NONE'
}

// ---------------------------------------------------------------------------------------
// Formatting

/** Seconds as m:ss or h:mm:ss. */
export function formatDuration(total: number): string {
  const seconds = Math.max(0, Math.floor(total))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const mm = h ? String(m).padStart(2, '0') : String(m)
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}

/** A certificate code as printed: XXXX-XXXX-XXXX (upper case, dashes put back). */
export function normaliseCertificateCode(raw: string): string {
  const letters = raw.toUpperCase().replace(/[^0-9A-Z]/g, '')
  return letters.length === 12 ? letters.match(/.{4}/g)!.join('-') : raw.trim().toUpperCase()
}

/** A score as the API sends it (Decimal string) without trailing zeros: "8.50" -> "8.5". */
export function formatScore(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : String(value)
}
