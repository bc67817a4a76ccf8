import { describe, expect, it, vi } from 'vitest'
import { cachedFetch, industryPath, makeLazyLoad, regionPath, sectionOf, toCascaderOptions } from './reference'

describe('cascader paths of saved codes', () => {
  it('goes province → city → county for GB/T 2260 codes', () => {
    expect(regionPath('330302')).toEqual(['330000', '330300', '330302'])
    expect(regionPath('330300')).toEqual(['330000', '330300'])
    expect(regionPath('330000')).toEqual(['330000'])
    // summary codes (市辖区) behave the same
    expect(regionPath('110105')).toEqual(['110000', '110100', '110105'])
    expect(regionPath('')).toEqual([])
    expect(regionPath('33030')).toEqual([])
  })

  it('finds the section of a division, group or class (GB/T 4754-2017)', () => {
    expect(sectionOf('01')).toBe('A')
    expect(sectionOf('13')).toBe('C')
    expect(sectionOf('43')).toBe('C')
    expect(sectionOf('65')).toBe('I')
    expect(sectionOf('70')).toBe('K')
    expect(sectionOf('97')).toBe('T')
    expect(sectionOf('99')).toBeNull()
    expect(industryPath('I')).toEqual(['I'])
    expect(industryPath('65')).toEqual(['I', '65'])
    expect(industryPath('6513')).toEqual(['I', '65', '651', '6513'])
    expect(industryPath('x')).toEqual([])
  })
})

describe('lazy cascader loading', () => {
  const rows = [
    { code: '330000', name: '浙江省', hasChildren: true },
    { code: '710000', name: '台湾省', hasChildren: false },
  ]

  it('maps rows to options, leaves where nothing is below', () => {
    expect(toCascaderOptions(rows, 0)).toEqual([
      { value: '330000', label: '浙江省', leaf: false },
      { value: '710000', label: '台湾省', leaf: true },
    ])
    // a depth limit makes the last level leaves
    expect(toCascaderOptions(rows, 1, 2).every((o) => o.leaf)).toBe(true)
  })

  it('asks the root for the top level and each node for its children', async () => {
    const fetch = vi.fn(async (parent: string | null) => (parent === null ? rows : []))
    const load = makeLazyLoad(fetch)
    const root = await new Promise((resolve) => load({ level: 0 }, resolve))
    expect(fetch).toHaveBeenLastCalledWith(null)
    expect(root).toHaveLength(2)
    await new Promise((resolve) => load({ level: 1, value: '330000' }, resolve))
    expect(fetch).toHaveBeenLastCalledWith('330000')
  })

  it('rejects a failed level so that it can be opened again', async () => {
    const load = makeLazyLoad(async () => {
      throw new Error('offline')
    })
    const resolve = vi.fn()
    await new Promise<void>((done) => load({ level: 0 }, resolve, done))
    expect(resolve).not.toHaveBeenCalled()
  })

  it('asks once per parent, but again after a failure', async () => {
    let fail = true
    const fetch = vi.fn(async () => {
      if (fail) throw new Error('offline')
      return rows
    })
    const cached = cachedFetch(fetch)
    await expect(cached('330000')).rejects.toThrow('offline')
    fail = false
    await expect(cached('330000')).resolves.toBe(rows)
    await cached('330000')
    await cached(null)
    expect(fetch).toHaveBeenCalledTimes(3)
  })
})
