import { shanghaiDate } from '@/utils/format'

/** The longest holiday name the server accepts. */
export const CALENDAR_NAME_MAX = 60

/** The years the calendar page offers: this year (in China) and one either side. */
export function yearChoices(at: Date = new Date()): number[] {
  const { year } = shanghaiDate(at)
  return [year - 1, year, year + 1]
}

/** The `?year=` of the URL when it is one of the choices, otherwise this year. */
export function parseYear(value: unknown, choices: readonly number[]): number {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN
  if (choices.includes(year)) return year
  return choices[Math.floor(choices.length / 2)] ?? shanghaiDate().year
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value)
  if (!match) return null
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null
}

/** 0 = Sunday … 6 = Saturday, or null for an invalid date. */
export function weekdayOf(value: string): number | null {
  return parseIsoDate(value)?.getUTCDay() ?? null
}

/** Monday to Friday work, the weekend rests: what a day is without an exception. */
export function isDefaultWorkday(value: string): boolean {
  const weekday = weekdayOf(value)
  return weekday !== null && weekday >= 1 && weekday <= 5
}

export interface CalendarDayForm {
  /** YYYY-MM-DD, or '' when not chosen yet */
  date: string
  isWorkday: boolean
  name: string
}

export interface CalendarDayLike {
  date: string
  isWorkday: boolean
  name: string
}

export function emptyDayForm(): CalendarDayForm {
  return { date: '', isWorkday: false, name: '' }
}

export function dayFormFrom(day: CalendarDayLike): CalendarDayForm {
  return { date: day.date, isWorkday: day.isWorkday, name: day.name }
}

/**
 * A newly chosen date is most likely an exception to Monday–Friday: a weekday becomes a
 * holiday, a weekend day a shifted workday (调休).
 */
export function suggestedIsWorkday(date: string): boolean {
  return !isDefaultWorkday(date)
}

export type CalendarFormErrorKey = 'form.required' | 'calendar.invalidDate' | 'calendar.nameTooLong'

/** Checks before sending; the values are i18n keys. The server checks again. */
export function validateDayForm(form: CalendarDayForm): Partial<Record<'date' | 'name', CalendarFormErrorKey>> {
  const errors: Partial<Record<'date' | 'name', CalendarFormErrorKey>> = {}
  if (!form.date) errors.date = 'form.required'
  else if (!parseIsoDate(form.date)) errors.date = 'calendar.invalidDate'
  if (form.name.trim().length > CALENDAR_NAME_MAX) errors.name = 'calendar.nameTooLong'
  return errors
}

/** The `SetCalendarDayInput` for a valid form. */
export function toSetCalendarDayInput(form: CalendarDayForm): CalendarDayLike {
  return { date: form.date, isWorkday: form.isWorkday, name: form.name.trim() }
}

/** i18n key of where a day came from (`chinese_calendar`, `import`, `manual`), or null. */
export function sourceLabelKey(source: string): string | null {
  switch (source) {
    case 'chinese_calendar':
      return 'calendar.sources.package'
    case 'import':
      return 'calendar.sources.import'
    case 'manual':
      return 'calendar.sources.manual'
    default:
      return null
  }
}
