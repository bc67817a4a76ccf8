import { describe, expect, it } from 'vitest'
import {
  emptyProductForm,
  formFromProduct,
  formatAmount,
  formatPrice,
  hasProductFilters,
  memberProductActions,
  moveStep,
  operatorProductActions,
  parseMyProductFilter,
  parseProductFilters,
  parseProductReviewFilter,
  productFiltersToQuery,
  productVariables,
  toProductInput,
  validateProductForm,
  type ProductForm,
} from './catalog'

describe('supermarket filters', () => {
  it('read valid filters from the URL and drop the rest', () => {
    const f = parseProductFilters({
      q: '  知识产权 ',
      category: 'LEGAL',
      region: '330302',
      scale: 'SMALL',
      pricing: 'FREE',
      form: 'ONLINE',
      sort: 'RATING',
    })
    expect(f).toEqual({
      search: '知识产权',
      category: 'LEGAL',
      region: '330302',
      scale: 'SMALL',
      pricing: 'FREE',
      form: 'ONLINE',
      sort: 'RATING',
    })
    expect(parseProductFilters({ category: 'NOPE', region: '33', scale: 'HUGE', pricing: 'x', form: 'y', sort: 'z' })).toEqual({
      search: '',
      category: '',
      region: '',
      scale: '',
      pricing: '',
      form: '',
      sort: 'NEWEST',
    })
  })

  it('take the first of repeated parameters and cap the search', () => {
    const f = parseProductFilters({ q: ['a'.repeat(150), 'b'], category: ['TALENT', 'LEGAL'] })
    expect(f.search).toHaveLength(100)
    expect(f.category).toBe('TALENT')
  })

  it('write a clean URL: no empty filters and no default sort', () => {
    const none = parseProductFilters({})
    expect(productFiltersToQuery(none)).toEqual({})
    expect(productFiltersToQuery({ ...none, search: ' 法律 ', form: 'BOTH', sort: 'POPULARITY' })).toEqual({
      q: '法律',
      form: 'BOTH',
      sort: 'POPULARITY',
    })
  })

  it('round-trip through the URL', () => {
    const query = { q: '融资', category: 'FINANCING', region: '330300', scale: 'MICRO', pricing: 'FEE', form: 'OFFLINE', sort: 'RATING' }
    expect(productFiltersToQuery(parseProductFilters(query))).toEqual(query)
  })

  it('become API variables with null for "any"', () => {
    expect(productVariables(parseProductFilters({}))).toEqual({
      search: null,
      category: null,
      regionCode: null,
      scale: null,
      pricing: null,
      form: null,
      sort: 'NEWEST',
    })
    expect(productVariables(parseProductFilters({ region: '330000', pricing: 'FEE' }))).toMatchObject({
      regionCode: '330000',
      pricing: 'FEE',
    })
  })

  it('count as set without the sort', () => {
    expect(hasProductFilters(parseProductFilters({ sort: 'RATING' }))).toBe(false)
    expect(hasProductFilters(parseProductFilters({ scale: 'LARGE' }))).toBe(true)
  })
})

describe('prices', () => {
  it('show amounts in yuan', () => {
    expect(formatAmount('800.00')).toBe('¥800')
    expect(formatAmount('1200.5')).toBe('¥1,200.50')
    expect(formatAmount(null)).toBe('—')
  })

  it('show free, a price or a range', () => {
    expect(formatPrice({ pricing: 'FREE' }, '免费')).toBe('免费')
    expect(formatPrice({ pricing: 'FIXED', price: '3000.00' }, '免费')).toBe('¥3,000')
    expect(formatPrice({ pricing: 'RANGE', priceMin: '1000', priceMax: '5000.00' }, '免费')).toBe('¥1,000 – ¥5,000')
  })
})

describe('status', () => {
  it('gives operators the decisions of each status', () => {
    expect(operatorProductActions('PENDING')).toEqual(['reject', 'approve'])
    expect(operatorProductActions('PUBLISHED')).toEqual(['offline'])
    expect(operatorProductActions('DRAFT')).toEqual([])
    expect(operatorProductActions('OFFLINE')).toEqual([])
  })

  it('gives the institution what it may do', () => {
    expect(memberProductActions('DRAFT')).toEqual(['edit', 'submit'])
    expect(memberProductActions('REJECTED')).toEqual(['edit'])
    expect(memberProductActions('PENDING')).toEqual([])
    expect(memberProductActions('PUBLISHED')).toEqual(['offline'])
  })

  it('reads list filters from the URL', () => {
    expect(parseProductReviewFilter(undefined)).toBe('PENDING')
    expect(parseProductReviewFilter('ALL')).toBe('ALL')
    expect(parseProductReviewFilter('nope')).toBe('PENDING')
    expect(parseMyProductFilter(undefined)).toBe('ALL')
    expect(parseMyProductFilter('REJECTED')).toBe('REJECTED')
  })
})

function filled(): ProductForm {
  return {
    ...emptyProductForm(),
    name: ' 温州市知识产权线上咨询 ',
    category: 'LEGAL',
    description: '商标、专利申请咨询',
    processSteps: [' 提交需求 ', '需求调查', '出具方案'],
    pricing: 'FIXED',
    price: '800',
    priceMin: '10',
    priceMax: '20',
    nature: 'VALUE_ADDED',
    form: 'ONLINE',
    contactName: '赵律师',
    contactPhone: '0577-88886666',
    contactEmail: '',
    audienceScales: ['MICRO', 'SMALL'],
    industryPaths: [['I', '65'], ['C']],
    serviceAreaPaths: [['330000', '330300'], ['330000', '330300']],
    images: [{ id: 'f1', name: 'a.png', url: 'http://x/a' }],
  }
}

describe('the product form', () => {
  it('finds every missing field of an empty form', () => {
    const errors = validateProductForm(emptyProductForm())
    expect(errors).toEqual({
      name: 'form.required',
      category: 'form.required',
      description: 'form.required',
      processSteps: 'catalog.errors.steps',
      nature: 'form.required',
      form: 'form.required',
      contactName: 'form.required',
      contactPhone: 'form.required',
      serviceAreas: 'catalog.errors.areas',
    })
  })

  it('accepts a complete form', () => {
    expect(validateProductForm(filled())).toEqual({})
  })

  it('checks prices by the pricing', () => {
    expect(validateProductForm({ ...filled(), price: '0' }).price).toBe('catalog.errors.positive')
    expect(validateProductForm({ ...filled(), price: '1.234' }).price).toBe('catalog.errors.amount')
    expect(validateProductForm({ ...filled(), pricing: 'FREE', price: 'junk' }).price).toBeUndefined()
    const range = { ...filled(), pricing: 'RANGE' as const }
    expect(validateProductForm(range)).toEqual({})
    expect(validateProductForm({ ...range, priceMax: '10' }).priceMax).toBe('catalog.errors.range')
    expect(validateProductForm({ ...range, priceMin: '' }).priceMin).toBe('form.required')
  })

  it('checks steps, phone and email', () => {
    expect(validateProductForm({ ...filled(), processSteps: ['a', ' '] }).processSteps).toBe('catalog.errors.steps')
    expect(validateProductForm({ ...filled(), processSteps: Array(21).fill('x') }).processSteps).toBe('catalog.errors.tooMany')
    expect(validateProductForm({ ...filled(), contactPhone: '12345' }).contactPhone).toBe('catalog.errors.contactPhone')
    expect(validateProductForm({ ...filled(), contactPhone: '13912345678' }).contactPhone).toBeUndefined()
    expect(validateProductForm({ ...filled(), contactEmail: 'nope' }).contactEmail).toBe('catalog.errors.email')
  })

  it('maps to the API input: trimmed, only the amounts of the pricing, deepest codes once', () => {
    expect(toProductInput(filled())).toEqual({
      name: '温州市知识产权线上咨询',
      category: 'LEGAL',
      description: '商标、专利申请咨询',
      processSteps: ['提交需求', '需求调查', '出具方案'],
      pricing: 'FIXED',
      price: '800',
      priceMin: null,
      priceMax: null,
      nature: 'VALUE_ADDED',
      form: 'ONLINE',
      contactName: '赵律师',
      contactPhone: '0577-88886666',
      contactEmail: '',
      audienceScales: ['SMALL', 'MICRO'],
      audienceIndustries: ['65', 'C'],
      serviceAreas: ['330300'],
      imageIds: ['f1'],
    })
    expect(toProductInput({ ...filled(), pricing: 'FREE' })).toMatchObject({ price: null, priceMin: null, priceMax: null })
    expect(toProductInput({ ...filled(), pricing: 'RANGE' })).toMatchObject({ price: null, priceMin: '10', priceMax: '20' })
  })

  it('is filled in from a product to edit', () => {
    const form = formFromProduct({
      name: 'n',
      category: 'TALENT',
      description: 'd',
      processSteps: ['a', 'b'],
      pricing: 'RANGE',
      price: null,
      priceMin: '1000.00',
      priceMax: '5000.50',
      nature: 'PUBLIC_BENEFIT',
      form: 'BOTH',
      contactName: 'c',
      contactPhone: '13912345678',
      contactEmail: null,
      audienceScales: ['MICRO', 'LARGE'],
      audienceIndustries: [{ code: '6512' }],
      serviceAreas: [{ code: '330302' }],
      images: [{ id: 'f', name: 'x.png' }],
    })
    expect(form).toMatchObject({
      priceMin: '1000',
      priceMax: '5000.5',
      price: '',
      contactEmail: '',
      audienceScales: ['LARGE', 'MICRO'],
      industryPaths: [['I', '65', '651', '6512']],
      serviceAreaPaths: [['330000', '330300', '330302']],
      images: [{ id: 'f', name: 'x.png', url: null }],
    })
    expect(validateProductForm(form)).toEqual({})
  })

  it('moves steps up and down within the list', () => {
    expect(moveStep(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moveStep(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
    expect(moveStep(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
    expect(moveStep(['a', 'b'], 1, 1)).toEqual(['a', 'b'])
  })
})
