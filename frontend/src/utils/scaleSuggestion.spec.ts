import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EnterpriseScale } from '@/gql/graphql'
import { createScaleSuggester, nextScale, scaleQueryOf, type ScaleQuery } from './scaleSuggestion'

describe('the question for suggestedEnterpriseScale', () => {
  it('needs an industry and at least one figure', () => {
    expect(scaleQueryOf({ industryPath: [], employees: 50, revenueWan: 800 })).toBeNull()
    expect(scaleQueryOf({ industryPath: ['I', '65'], employees: null, revenueWan: null })).toBeNull()
    expect(scaleQueryOf({ industryPath: ['I', '65'], employees: 50, revenueWan: 800.5 })).toEqual({
      industryCode: '65',
      employees: 50,
      revenueWan: '800.5',
    })
  })

  it('leaves out figures the server would refuse', () => {
    expect(scaleQueryOf({ industryPath: ['C', '34'], employees: -3, revenueWan: 100 })).toEqual({
      industryCode: '34',
      employees: null,
      revenueWan: '100',
    })
  })
})

describe('prefilling the scale', () => {
  it('fills an empty choice and follows its own earlier suggestions', () => {
    expect(nextScale(null, null, 'SMALL')).toBe('SMALL')
    expect(nextScale('SMALL', 'SMALL', 'MEDIUM')).toBe('MEDIUM')
  })

  it('keeps what the user chose, and keeps the choice when the figures decide nothing', () => {
    expect(nextScale('LARGE', 'SMALL', 'MEDIUM')).toBe('LARGE')
    expect(nextScale('SMALL', 'SMALL', null)).toBe('SMALL')
    // a saved scale stays when the editor opens (no earlier suggestion)
    expect(nextScale('MICRO', null, 'SMALL')).toBe('MICRO')
  })
})

describe('debounced suggestions', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const q = (employees: number): ScaleQuery => ({ industryCode: '65', employees, revenueWan: null })

  it('asks once, with the last figures, after typing pauses', async () => {
    const fetch = vi.fn(async (query: ScaleQuery): Promise<EnterpriseScale | null> => (query.employees! >= 10 ? 'SMALL' : 'MICRO'))
    const onResult = vi.fn()
    const pending = vi.fn()
    const suggester = createScaleSuggester({ fetch, onResult, onPending: pending, delayMs: 400 })
    suggester.request(q(5))
    suggester.request(q(50))
    await vi.advanceTimersByTimeAsync(399)
    expect(fetch).not.toHaveBeenCalled()
    expect(pending).toHaveBeenLastCalledWith(true)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch).toHaveBeenCalledWith(q(50))
    expect(onResult).toHaveBeenCalledWith('SMALL', q(50))
    expect(pending).toHaveBeenLastCalledWith(false)
  })

  it('drops an answer overtaken by newer figures', async () => {
    let answer: (value: EnterpriseScale | null) => void = () => {}
    const fetch = vi.fn(
      (query: ScaleQuery) =>
        new Promise<EnterpriseScale | null>((resolve) => {
          answer = resolve
          void query
        }),
    )
    const onResult = vi.fn()
    const suggester = createScaleSuggester({ fetch, onResult, delayMs: 100 })
    suggester.request(q(5))
    await vi.advanceTimersByTimeAsync(100)
    const first = answer
    suggester.request(q(500))
    first('MICRO')
    await vi.advanceTimersByTimeAsync(0)
    expect(onResult).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(100)
    answer('MEDIUM')
    await vi.advanceTimersByTimeAsync(0)
    expect(onResult).toHaveBeenCalledTimes(1)
    expect(onResult).toHaveBeenCalledWith('MEDIUM', q(500))
  })

  it('does not ask again for the figures already answered, and clears without an industry', async () => {
    const fetch = vi.fn(async (): Promise<EnterpriseScale | null> => 'SMALL')
    const onResult = vi.fn()
    const suggester = createScaleSuggester({ fetch, onResult, delayMs: 100 })
    suggester.request(q(50))
    await vi.advanceTimersByTimeAsync(100)
    suggester.request(q(50))
    await vi.advanceTimersByTimeAsync(100)
    expect(fetch).toHaveBeenCalledTimes(1)
    suggester.request(null)
    expect(onResult).toHaveBeenLastCalledWith(null, null)
  })
})
