import { describe, expect, it } from 'vitest'
import {
  CONFIRM_STEP,
  canEditEnterprise,
  canSubmitEnterprise,
  changedFields,
  emptyEnterpriseForm,
  firstStepWithError,
  formFromEnterprise,
  lockedFields,
  snapshotForm,
  stepOfField,
  toEnterpriseInput,
  validateEnterpriseForm,
  validateStep,
  type EnterpriseForm,
} from './enterprise'

const TODAY = '2026-05-20'

function filled(): EnterpriseForm {
  return {
    ...emptyEnterpriseForm(),
    creditCode: '91330302MA2C7K1A0E',
    name: '  温州云帆软件有限公司 ',
    regionPath: ['330000', '330300', '330302'],
    industryPath: ['I', '65'],
    employees: 50,
    revenueWan: 800.456,
    foundedOn: '2019-03-01',
    scale: 'SMALL',
    address: '鹿城区创业大道 1 号',
    contactName: '王经理',
    contactPhone: '138 1234 5678',
    contactEmail: 'wang@example.com',
    tags: ['专精特新', ' 专精特新 ', '高新技术企业'],
  }
}

describe('wizard step validation', () => {
  it('asks for code, name, region and industry on the first step', () => {
    expect(validateStep(0, emptyEnterpriseForm(), TODAY)).toEqual({
      creditCode: 'form.required',
      name: 'form.required',
      regionCode: 'form.required',
      industryCode: 'form.required',
    })
  })

  it('checks only the fields of the step it is on', () => {
    const form = { ...emptyEnterpriseForm(), creditCode: '91330302MA2C7K1A0E', name: 'X', regionPath: ['330000'], industryPath: ['I'] }
    expect(validateStep(0, form, TODAY)).toEqual({})
    expect(Object.keys(validateStep(1, form, TODAY))).toEqual(['employees'])
    expect(Object.keys(validateStep(2, form, TODAY)).sort()).toEqual(['contactName', 'contactPhone'])
    expect(validateStep(CONFIRM_STEP, form, TODAY)).toEqual({})
  })

  it('gives the credit code hint as the error of the first step', () => {
    const form = { ...filled(), creditCode: '91330302MA2O' }
    expect(validateStep(0, form, TODAY).creditCode).toBe('enterprise.creditCodeHint.leftOut')
  })

  it('refuses impossible figures, a future founding date and bad contacts', () => {
    const form = {
      ...filled(),
      employees: 2.5,
      revenueWan: -1,
      foundedOn: '2026-05-21',
      contactPhone: '12345',
      contactEmail: 'not-an-email',
      tags: Array.from({ length: 11 }, (_, i) => `标签${i}`),
    }
    expect(validateEnterpriseForm(form, TODAY)).toEqual({
      employees: 'enterprise.errors.employees',
      revenueWan: 'enterprise.errors.revenue',
      foundedOn: 'enterprise.errors.futureDate',
      contactPhone: 'enterprise.errors.phone',
      contactEmail: 'enterprise.errors.email',
      tags: 'enterprise.errors.tags',
    })
    expect(validateEnterpriseForm(filled(), TODAY)).toEqual({})
  })

  it('accepts a mobile number written with +86, spaces or hyphens', () => {
    expect(validateStep(2, { ...filled(), contactPhone: '+86 138-1234-5678' }, TODAY)).toEqual({})
  })
})

describe('server errors and steps', () => {
  it('sends each field to the step that shows it', () => {
    expect(stepOfField('creditCode')).toBe(0)
    expect(stepOfField('regionCode')).toBe(0)
    expect(stepOfField('revenueWan')).toBe(1)
    expect(stepOfField('contactPhone')).toBe(2)
    expect(stepOfField('somethingElse')).toBe(0)
  })

  it('returns to the earliest step with an error', () => {
    expect(firstStepWithError(['contactPhone', 'employees'])).toBe(1)
    expect(firstStepWithError(['tags', 'creditCode'])).toBe(0)
    expect(firstStepWithError([])).toBeNull()
  })
})

describe('form ↔ EnterpriseInput', () => {
  it('sends the leaves of the cascaders, trimmed texts, a decimal string and distinct tags', () => {
    expect(toEnterpriseInput(filled())).toEqual({
      creditCode: '91330302MA2C7K1A0E',
      name: '温州云帆软件有限公司',
      regionCode: '330302',
      industryCode: '65',
      scale: 'SMALL',
      employees: 50,
      revenueWan: '800.46',
      foundedOn: '2019-03-01',
      address: '鹿城区创业大道 1 号',
      contactName: '王经理',
      contactPhone: '138 1234 5678',
      contactEmail: 'wang@example.com',
      tags: ['专精特新', '高新技术企业'],
      licenceFileId: null,
    })
  })

  it('sends empty optional values as null', () => {
    const input = toEnterpriseInput({ ...filled(), revenueWan: null, foundedOn: '', scale: null })
    expect(input.revenueWan).toBeNull()
    expect(input.foundedOn).toBeNull()
    expect(input.scale).toBeNull()
  })

  it('fills the editor from a saved enterprise, cascader paths included', () => {
    const form = formFromEnterprise({
      creditCode: '91330302MA2C7K1A0E',
      name: '温州云帆软件有限公司',
      region: { code: '330302' },
      industry: { code: '65' },
      scale: 'SMALL',
      employees: 50,
      revenueWan: '800.00',
      foundedOn: null,
      address: null,
      contactName: '王经理',
      contactPhone: '13812345678',
      contactEmail: null,
      tags: ['专精特新'],
      licence: { id: 'U3RvcmVkRmlsZTox', name: '营业执照.png', url: '/files/k?sig=1' },
    })
    // the attached licence is sent back, so that saving keeps it
    expect(form.licence).toEqual({ id: 'U3RvcmVkRmlsZTox', name: '营业执照.png', url: '/files/k?sig=1' })
    expect(toEnterpriseInput(form).licenceFileId).toBe('U3RvcmVkRmlsZTox')
    expect(form.regionPath).toEqual(['330000', '330300', '330302'])
    expect(form.industryPath).toEqual(['I', '65'])
    expect(form.revenueWan).toBe(800)
    expect(form.foundedOn).toBe('')
    expect(form.address).toBe('')
  })

  it('tells which fields changed, by their API names', () => {
    const before = snapshotForm(filled())
    const after = { ...snapshotForm(before), regionPath: ['330000', '330300', '330303'], contactName: '李' }
    expect(changedFields(before, after)).toEqual(['regionCode', 'contactName'])
    expect(changedFields(before, snapshotForm(before))).toEqual([])
  })
})

describe('what a status allows', () => {
  it('locks everything under review and the identity once certified', () => {
    expect(lockedFields('PENDING').size).toBe(14)
    expect([...lockedFields('VERIFIED')].sort()).toEqual(['creditCode', 'name', 'regionCode'])
    expect(lockedFields('REJECTED').size).toBe(0)
    expect(lockedFields('UNVERIFIED').size).toBe(0)
  })

  it('lets admins edit outside a review and submit new or rejected records', () => {
    expect(canEditEnterprise('PENDING', true)).toBe(false)
    expect(canEditEnterprise('VERIFIED', true)).toBe(true)
    expect(canEditEnterprise('REJECTED', false)).toBe(false)
    expect(canSubmitEnterprise('REJECTED', true)).toBe(true)
    expect(canSubmitEnterprise('UNVERIFIED', true)).toBe(true)
    expect(canSubmitEnterprise('VERIFIED', true)).toBe(false)
    expect(canSubmitEnterprise('UNVERIFIED', false)).toBe(false)
  })
})
