/**
 * Training courses as their provider and the reviewers see them: the states and what each
 * allows, the course and lesson forms (models, checks made before sending, mapping to the API
 * inputs), the quiz question form, attendance tags. The server checks everything again and
 * answers with UserErrors for the same field names.
 */
import type {
  AttendanceStatus,
  CourseCategory,
  CourseMode,
  CourseStatus,
  LessonKind,
  QuizQuestionType,
} from '@/gql/graphql'
import { regionPath } from '@/utils/reference'
import type { LogoFile } from '@/utils/activities'

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
export const COURSE_STATUSES: readonly CourseStatus[] = ['DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'ONGOING', 'ENDED', 'CANCELLED']
export const LESSON_KINDS: readonly LessonKind[] = ['IN_PERSON', 'LIVE', 'VIDEO']
export const QUESTION_TYPES: readonly QuizQuestionType[] = ['SINGLE', 'MULTIPLE', 'TRUE_FALSE']
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'LATE', 'ABSENT', 'EXCUSED']

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

export const ATTENDANCE_TAG_TYPE: Record<AttendanceStatus, TagType> = {
  PRESENT: 'success',
  LATE: 'warning',
  ABSENT: 'danger',
  EXCUSED: 'info',
}

export type ProviderAction = 'edit' | 'submit' | 'revise' | 'cancel'

/** What the provider may do with a course in each state. */
export function providerActions(status: CourseStatus): ProviderAction[] {
  switch (status) {
    case 'DRAFT':
      return ['edit', 'submit']
    case 'REJECTED':
      // "revise" takes it back to DRAFT, to be edited and submitted again.
      return ['revise']
    case 'PUBLISHED':
    case 'ONGOING':
      return ['cancel']
    default:
      return []
  }
}

/** Lessons, teachers and the course fields may change only while the course is a draft. */
export function editable(status: CourseStatus): boolean {
  return status === 'DRAFT'
}

export const TITLE_MAX = 200
export const TEXT_MAX = 10000
export const REASON_MAX = 500

export interface TeacherModel {
  name: string
  title: string
  /** the library's Expert (global ID) when the teacher was picked from it */
  expertId: string | null
}

export interface CourseFormModel {
  title: string
  category: CourseCategory | ''
  mode: CourseMode | ''
  description: string
  audience: string
  /** GB/T 2260 codes from the province down; the last is the course's region */
  regionPath: string[]
  capacity: number
  verifiedOnly: boolean
  enrollOpensAt: Date | null
  enrollClosesAt: Date | null
  startsAt: Date | null
  endsAt: Date | null
  attendanceThreshold: number
  contact: string
  teachers: TeacherModel[]
  /** at most one image uploaded as a logo */
  cover: LogoFile[]
}

export type CourseField = Exclude<keyof CourseFormModel, 'regionPath' | 'cover'> | 'regionCode' | 'coverFileId'

export function emptyCourseForm(): CourseFormModel {
  return {
    title: '',
    category: '',
    mode: '',
    description: '',
    audience: '',
    regionPath: [],
    capacity: 50,
    verifiedOnly: false,
    enrollOpensAt: null,
    enrollClosesAt: null,
    startsAt: null,
    endsAt: null,
    attendanceThreshold: 80,
    contact: '',
    teachers: [{ name: '', title: '', expertId: null }],
    cover: [],
  }
}

interface CourseLike {
  title: string
  category: CourseCategory
  mode: CourseMode
  description: string
  audience: string
  regionCode?: string | null
  capacity: number
  verifiedOnly: boolean
  enrollOpensAt: string
  enrollClosesAt: string
  startsAt: string
  endsAt: string
  attendanceThreshold: number
  contact: string
  teachers: readonly { name: string; title: string; expertId?: string | null }[]
  cover?: { id: string; name: string; url: string } | null
}

export function formFromCourse(course: CourseLike): CourseFormModel {
  return {
    title: course.title,
    category: course.category,
    mode: course.mode,
    description: course.description,
    audience: course.audience,
    regionPath: course.regionCode ? regionPath(course.regionCode) : [],
    capacity: course.capacity,
    verifiedOnly: course.verifiedOnly,
    enrollOpensAt: new Date(course.enrollOpensAt),
    enrollClosesAt: new Date(course.enrollClosesAt),
    startsAt: new Date(course.startsAt),
    endsAt: new Date(course.endsAt),
    attendanceThreshold: course.attendanceThreshold,
    contact: course.contact,
    teachers: course.teachers.length
      ? course.teachers.map((x) => ({ name: x.name, title: x.title, expertId: x.expertId ?? null }))
      : [{ name: '', title: '', expertId: null }],
    cover: course.cover ? [{ id: course.cover.id, name: course.cover.name, url: course.cover.url }] : [],
  }
}

/** The checks made before sending; field -> i18n key under trainingProvider.form. */
export function checkCourseForm(form: CourseFormModel): Partial<Record<CourseField, string>> {
  const problems: Partial<Record<CourseField, string>> = {}
  if (!form.title.trim()) problems.title = 'required'
  if (!form.category) problems.category = 'required'
  if (!form.mode) problems.mode = 'required'
  for (const key of ['enrollOpensAt', 'enrollClosesAt', 'startsAt', 'endsAt'] as const) {
    if (!form[key]) problems[key] = 'required'
  }
  if (form.startsAt && form.endsAt && form.endsAt <= form.startsAt) problems.endsAt = 'endsBeforeStart'
  if (form.enrollOpensAt && form.enrollClosesAt && form.enrollClosesAt <= form.enrollOpensAt) problems.enrollClosesAt = 'closesBeforeOpens'
  if (form.enrollClosesAt && form.endsAt && form.enrollClosesAt > form.endsAt) problems.enrollClosesAt = 'closesAfterEnd'
  return problems
}

export function courseInput(form: CourseFormModel) {
  return {
    title: form.title.trim(),
    category: form.category as CourseCategory,
    mode: form.mode as CourseMode,
    description: form.description.trim(),
    audience: form.audience.trim(),
    regionCode: form.regionPath[form.regionPath.length - 1] ?? '',
    capacity: form.capacity,
    verifiedOnly: form.verifiedOnly,
    enrollOpensAt: form.enrollOpensAt!.toISOString(),
    enrollClosesAt: form.enrollClosesAt!.toISOString(),
    startsAt: form.startsAt!.toISOString(),
    endsAt: form.endsAt!.toISOString(),
    attendanceThreshold: form.attendanceThreshold,
    contact: form.contact.trim(),
    teachers: form.teachers
      .filter((x) => x.name.trim())
      .map((x) => ({ name: x.name.trim(), title: x.title.trim(), expertId: x.expertId })),
    coverFileId: form.cover[0]?.id ?? null,
  }
}

export interface LessonFormModel {
  title: string
  kind: LessonKind
  description: string
  venue: string
  streamLink: string
  videoLink: string
  durationMinutes: number
  durationSeconds: number
  startsAt: Date | null
  endsAt: Date | null
}

export type LessonField = 'title' | 'kind' | 'description' | 'venue' | 'streamLink' | 'videoLink' | 'durationSeconds' | 'startsAt' | 'endsAt'

export function emptyLessonForm(kind: LessonKind = 'IN_PERSON'): LessonFormModel {
  return {
    title: '',
    kind,
    description: '',
    venue: '',
    streamLink: '',
    videoLink: '',
    durationMinutes: 0,
    durationSeconds: 0,
    startsAt: null,
    endsAt: null,
  }
}

interface LessonLike {
  title: string
  kind: LessonKind
  description: string
  venue?: string | null
  streamLink?: string | null
  videoLink?: string | null
  durationSeconds?: number | null
  startsAt?: string | null
  endsAt?: string | null
}

export function formFromLesson(lesson: LessonLike): LessonFormModel {
  const seconds = lesson.durationSeconds ?? 0
  return {
    title: lesson.title,
    kind: lesson.kind,
    description: lesson.description,
    venue: lesson.venue ?? '',
    streamLink: lesson.streamLink ?? '',
    videoLink: lesson.videoLink ?? '',
    durationMinutes: Math.floor(seconds / 60),
    durationSeconds: seconds % 60,
    startsAt: lesson.startsAt ? new Date(lesson.startsAt) : null,
    endsAt: lesson.endsAt ? new Date(lesson.endsAt) : null,
  }
}

/** Which fields a lesson of each kind has: a place and times, a stream and times, or a video. */
export function lessonFieldsOf(kind: LessonKind): { venue: boolean; streamLink: boolean; videoLink: boolean; times: boolean } {
  return { venue: kind === 'IN_PERSON', streamLink: kind === 'LIVE', videoLink: kind === 'VIDEO', times: kind !== 'VIDEO' }
}

export function checkLessonForm(form: LessonFormModel): Partial<Record<LessonField, string>> {
  const problems: Partial<Record<LessonField, string>> = {}
  const shows = lessonFieldsOf(form.kind)
  if (!form.title.trim()) problems.title = 'required'
  if (shows.venue && !form.venue.trim()) problems.venue = 'required'
  if (shows.streamLink && !/^https?:\/\//.test(form.streamLink.trim())) problems.streamLink = 'url'
  if (shows.videoLink && !/^https?:\/\//.test(form.videoLink.trim())) problems.videoLink = 'url'
  if (shows.videoLink && form.durationMinutes * 60 + form.durationSeconds <= 0) problems.durationSeconds = 'required'
  if (shows.times) {
    if (!form.startsAt) problems.startsAt = 'required'
    if (!form.endsAt) problems.endsAt = 'required'
    if (form.startsAt && form.endsAt && form.endsAt <= form.startsAt) problems.endsAt = 'endsBeforeStart'
  }
  return problems
}

export function lessonInput(form: LessonFormModel) {
  const shows = lessonFieldsOf(form.kind)
  return {
    title: form.title.trim(),
    kind: form.kind,
    description: form.description.trim(),
    venue: shows.venue ? form.venue.trim() : '',
    streamLink: shows.streamLink ? form.streamLink.trim() : '',
    videoLink: shows.videoLink ? form.videoLink.trim() : '',
    durationSeconds: shows.videoLink ? form.durationMinutes * 60 + form.durationSeconds : 0,
    startsAt: shows.times && form.startsAt ? form.startsAt.toISOString() : null,
    endsAt: shows.times && form.endsAt ? form.endsAt.toISOString() : null,
  }
}

export interface OptionModel {
  key: string
  text: string
}

export interface QuestionFormModel {
  type: QuizQuestionType
  text: string
  options: OptionModel[]
  correctKeys: string[]
  points: number
  explanation: string
}

export type QuestionField = 'type' | 'text' | 'options' | 'correctKeys' | 'points' | 'explanation'

const KEYS = 'ABCDEFGHIJ'

/** Options keyed A, B, C… in order. */
export function rekey(options: readonly { text: string }[]): OptionModel[] {
  return options.map((o, i) => ({ key: KEYS[i] ?? String(i + 1), text: o.text }))
}

/** A true/false question has two fixed options. */
export function trueFalseOptions(trueText: string, falseText: string): OptionModel[] {
  return [
    { key: 'T', text: trueText },
    { key: 'F', text: falseText },
  ]
}

export function emptyQuestionForm(): QuestionFormModel {
  return { type: 'SINGLE', text: '', options: rekey([{ text: '' }, { text: '' }, { text: '' }, { text: '' }]), correctKeys: [], points: 1, explanation: '' }
}

export function checkQuestionForm(form: QuestionFormModel): Partial<Record<QuestionField, string>> {
  const problems: Partial<Record<QuestionField, string>> = {}
  if (!form.text.trim()) problems.text = 'required'
  const options = form.options.filter((o) => o.text.trim())
  if (options.length < 2 || options.length !== form.options.length) problems.options = 'options'
  const keys = new Set(form.options.map((o) => o.key))
  const correct = form.correctKeys.filter((k) => keys.has(k))
  if (!correct.length) problems.correctKeys = 'correctKeys'
  else if (form.type !== 'MULTIPLE' && correct.length !== 1) problems.correctKeys = 'oneCorrect'
  if (!(form.points > 0)) problems.points = 'required'
  return problems
}

export function questionInput(form: QuestionFormModel) {
  return {
    type: form.type,
    text: form.text.trim(),
    options: form.options.map((o) => ({ key: o.key, text: o.text.trim() })),
    correctKeys: form.correctKeys.filter((k) => form.options.some((o) => o.key === k)),
    points: form.points,
    explanation: form.explanation.trim(),
  }
}

/** A percentage for display: "85%", or "—" when there is none. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value)}%`
}

/** A share (0–1) as a percentage: "85%", or "—" when there is none. */
export function share(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`
}
