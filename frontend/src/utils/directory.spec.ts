import { describe, expect, it } from 'vitest'
import {
  enterpriseVariables,
  expertVariables,
  filtersToQuery,
  formatScore,
  hasFilters,
  institutionVariables,
  parseEnterpriseFilters,
  parseExpertFilters,
  parseInstitutionFilters,
} from './directory'

describe('enterprise directory filters', () => {
  it('read the URL and become the API variables', () => {
    const f = parseEnterpriseFilters({ q: ' 云帆 ', region: '330302', industry: '65', scale: 'SMALL', tag: '专精特新' })
    expect(f).toEqual({ search: '云帆', region: '330302', industry: '65', scale: 'SMALL', tag: '专精特新' })
    expect(enterpriseVariables(f)).toEqual({
      search: '云帆',
      regionCode: '330302',
      industryCode: '65',
      scale: 'SMALL',
      tag: '专精特新',
    })
  })

  it('send null for every filter that is not set', () => {
    const f = parseEnterpriseFilters({})
    expect(enterpriseVariables(f)).toEqual({ search: null, regionCode: null, industryCode: null, scale: null, tag: null })
    expect(hasFilters(f)).toBe(false)
  })

  it('drop what is not a valid filter instead of sending it', () => {
    const f = parseEnterpriseFilters({ region: '33', industry: 'Z9', scale: 'HUGE', tag: '<script>', q: ['a', 'b'] })
    expect(f).toEqual({ search: 'a', region: '', industry: '', scale: '', tag: '' })
    expect(parseEnterpriseFilters({ industry: 'C' }).industry).toBe('C')
    expect(parseEnterpriseFilters({ q: 'x'.repeat(300) }).search).toHaveLength(100)
  })

  it('write only the filters that are set into the URL, and read them back the same', () => {
    const f = { search: ' 云帆 ', region: '', industry: '34', scale: '' as const, tag: '高新技术企业' }
    const query = filtersToQuery(f)
    expect(query).toEqual({ q: '云帆', industry: '34', tag: '高新技术企业' })
    expect(parseEnterpriseFilters(query as Record<string, string>)).toEqual({ ...f, search: '云帆' })
    expect(hasFilters(f)).toBe(true)
  })
})

describe('institution directory filters', () => {
  it('take a known service domain and a region', () => {
    const f = parseInstitutionFilters({ q: '律所', domain: 'LEGAL', region: '330300' })
    expect(institutionVariables(f)).toEqual({ search: '律所', serviceDomain: 'LEGAL', regionCode: '330300' })
    expect(filtersToQuery(f)).toEqual({ q: '律所', domain: 'LEGAL', region: '330300' })
  })

  it('ignore an unknown domain', () => {
    expect(parseInstitutionFilters({ domain: 'legal' }).domain).toBe('')
    expect(institutionVariables(parseInstitutionFilters({ domain: 'CATERING' })).serviceDomain).toBeNull()
  })
})

describe('expert directory filters', () => {
  it('search by the words typed, nothing when blank', () => {
    expect(expertVariables(parseExpertFilters({ q: ' 教授 ' }))).toEqual({ search: '教授' })
    expect(expertVariables(parseExpertFilters({ q: '   ' }))).toEqual({ search: null })
    expect(filtersToQuery({ search: '   ' })).toEqual({})
  })
})

describe('institution score', () => {
  it('shows one decimal, nothing without data', () => {
    expect(formatScore(85.456)).toBe('85.5')
    expect(formatScore(60)).toBe('60.0')
    expect(formatScore(null)).toBeNull()
    expect(formatScore(undefined)).toBeNull()
    expect(formatScore(Number.NaN)).toBeNull()
  })
})
