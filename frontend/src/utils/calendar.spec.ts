import { describe, expect, it } from 'vitest'
import {
  dayFormFrom,
  emptyDayForm,
  isDefaultWorkday,
  parseYear,
  sourceLabelKey,
  suggestedIsWorkday,
  toSetCalendarDayInput,
  validateDayForm,
  yearChoices,
} from './calendar'
import { formatTime } from './format'

describe('working calendar helpers', () => {
  it('offers this year in China and one either side', () => {
    expect(yearChoices(new Date('2026-06-01T00:00:00Z'))).toEqual([2025, 2026, 2027])
    // New Year's Eve 17:00 UTC is already 1 January in Shanghai.
    expect(yearChoices(new Date('2026-12-31T17:00:00Z'))).toEqual([2026, 2027, 2028])
  })

  it('reads the year from the URL only when it is offered', () => {
    const choices = [2025, 2026, 2027]
    expect(parseYear('2027', choices)).toBe(2027)
    expect(parseYear('2031', choices)).toBe(2026)
    expect(parseYear('20x7', choices)).toBe(2026)
    expect(parseYear(undefined, choices)).toBe(2026)
    expect(parseYear(['2025'], choices)).toBe(2026)
  })

  it('knows Monday to Friday', () => {
    expect(isDefaultWorkday('2027-01-11')).toBe(true) // Monday
    expect(isDefaultWorkday('2027-01-09')).toBe(false) // Saturday
    expect(isDefaultWorkday('2027-02-30')).toBe(false) // no such day
    // A chosen weekday is probably a holiday; a chosen weekend day a shifted workday.
    expect(suggestedIsWorkday('2027-01-11')).toBe(false)
    expect(suggestedIsWorkday('2027-01-10')).toBe(true)
  })

  it('checks the form before sending it', () => {
    expect(validateDayForm(emptyDayForm())).toEqual({ date: 'form.required' })
    expect(validateDayForm({ date: '2027-02-30', isWorkday: false, name: '' })).toEqual({
      date: 'calendar.invalidDate',
    })
    expect(validateDayForm({ date: '2027-01-11', isWorkday: false, name: '假'.repeat(61) })).toEqual({
      name: 'calendar.nameTooLong',
    })
    expect(validateDayForm({ date: '2027-01-11', isWorkday: false, name: '  测试假日  ' })).toEqual({})
  })

  it('maps the form to SetCalendarDayInput and back', () => {
    expect(toSetCalendarDayInput({ date: '2027-01-11', isWorkday: false, name: '  测试假日 ' })).toEqual({
      date: '2027-01-11',
      isWorkday: false,
      name: '测试假日',
    })
    const day = { date: '2027-02-06', isWorkday: true, name: '春节调休', source: 'manual' }
    expect(dayFormFrom(day)).toEqual({ date: '2027-02-06', isWorkday: true, name: '春节调休' })
  })

  it('names where a day came from', () => {
    expect(sourceLabelKey('chinese_calendar')).toBe('calendar.sources.package')
    expect(sourceLabelKey('import')).toBe('calendar.sources.import')
    expect(sourceLabelKey('manual')).toBe('calendar.sources.manual')
    expect(sourceLabelKey('elsewhere')).toBeNull()
  })

  it('shows lock times as HH:mm in China', () => {
    expect(formatTime('2026-11-23T13:05:00+00:00')).toBe('21:05')
    expect(formatTime('2026-11-23T16:30:00Z')).toBe('00:30')
    expect(formatTime(null)).toBe('')
  })
})
