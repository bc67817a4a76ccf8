import { describe, expect, it } from 'vitest'
import { formatDuration, formatScore, normaliseCertificateCode, parseCourseFilters, shownAttendance } from './training'

describe('training helpers', () => {
  it('reads only known filters from the URL', () => {
    expect(parseCourseFilters({ category: 'LEGAL', mode: 'NOPE', region: '3303', q: ' 合同 ', open: '1' })).toEqual({
      category: 'LEGAL',
      mode: '',
      region: '',
      q: '合同',
      open: true,
    })
  })

  it('shows a lesson without a record as absent only once it is over', () => {
    const ends = '2027-01-20T10:00:00Z'
    const now = Date.parse('2027-01-15T00:00:00Z')
    expect(shownAttendance({ kind: 'LIVE', endsAt: '2027-01-10T03:00:00Z', myAttendance: null }, ends, now)).toBe('ABSENT')
    expect(shownAttendance({ kind: 'LIVE', endsAt: '2027-01-16T03:00:00Z', myAttendance: null }, ends, now)).toBe('NONE')
    // A video counts until the course ends.
    expect(shownAttendance({ kind: 'VIDEO', endsAt: null, myAttendance: { status: null } }, ends, now)).toBe('NONE')
    expect(shownAttendance({ kind: 'VIDEO', endsAt: null, myAttendance: null }, ends, Date.parse('2027-01-21T00:00:00Z'))).toBe('ABSENT')
    expect(shownAttendance({ kind: 'IN_PERSON', endsAt: '2027-01-10T03:00:00Z', myAttendance: { status: 'EXCUSED' } }, ends, now)).toBe('EXCUSED')
  })

  it('formats codes, durations and scores as printed', () => {
    expect(normaliseCertificateCode(' k7xp m2qr-9tzb ')).toBe('K7XP-M2QR-9TZB')
    expect(normaliseCertificateCode('abc')).toBe('ABC')
    expect(formatDuration(125)).toBe('2:05')
    expect(formatDuration(3725)).toBe('1:02:05')
    expect(formatScore(8.5)).toBe('8.5')
    expect(formatScore(6.666)).toBe('6.67')
    expect(formatScore(null)).toBe('—')
  })
})
