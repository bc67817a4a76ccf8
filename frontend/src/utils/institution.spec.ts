import { describe, expect, it } from 'vitest'
import zh from '@/i18n/zh-CN'
import en from '@/i18n/en'
import { mapUserErrors } from '@/api/errors'
import {
  INSTITUTION_FIELDS,
  INSTITUTION_STATUSES,
  INSTITUTION_STATUS_TAG_TYPE,
  SERVICE_CATEGORIES,
  changedInstitutionFields,
  domainLabelKey,
  emptyInstitutionForm,
  formFromInstitution,
  formatRate,
  formatScore,
  historyTitleKey,
  orderedDomains,
  institutionActions,
  parseInstitutionFilter,
  reasonMatters,
  snapshotInstitutionForm,
  statusLabelKey,
  toApplyInput,
  validateInstitutionForm,
  type InstitutionForm,
} from './institution'

/** The message of an i18n key in a locale's messages. */
function message(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
}

function filled(): InstitutionForm {
  return {
    ...emptyInstitutionForm(),
    name: '  温州科创咨询有限公司 ',
    creditCode: '91330302ma2c7k1a0e',
    regionPath: ['330000', '330300', '330302'],
    serviceDomains: ['LEGAL', 'POLICY', 'FINANCING'],
    serviceAreaPaths: [['330000', '330300'], ['330000', '330300', '330302'], ['330000', '330300']],
    description: ' 政策咨询与法律服务 ',
    contactName: '李老师',
    contactPhone: '0577 8888',
    contactEmail: '',
    responderName: '王负责人',
    responderPhone: '138 1234 5678',
    qualifications: [{ id: 'U3RvcmVkRmlsZTox', name: '资质.png', url: '/files/1' }],
    acceptAgreement: true,
  }
}

describe('institution status labels', () => {
  it('says 待审核, 已入驻, 未通过, 已暂停 and 已退出, with a tag colour each', () => {
    const labels = INSTITUTION_STATUSES.map((s) => message(zh, statusLabelKey(s)))
    expect(labels).toEqual(['待审核', '已入驻', '已暂停', '未通过', '已退出'])
    expect(INSTITUTION_STATUS_TAG_TYPE).toEqual({
      APPLIED: 'warning',
      ACTIVE: 'success',
      REJECTED: 'danger',
      SUSPENDED: 'danger',
      EXITED: 'info',
    })
  })

  it('has a label for every status and service domain in both languages', () => {
    for (const messages of [zh, en]) {
      for (const s of INSTITUTION_STATUSES) expect(typeof message(messages, statusLabelKey(s))).toBe('string')
      for (const d of SERVICE_CATEGORIES) expect(typeof message(messages, domainLabelKey(d))).toBe('string')
    }
    expect(SERVICE_CATEGORIES.map((d) => message(zh, domainLabelKey(d)))).toEqual([
      '政策',
      '融资',
      '创业',
      '人才',
      '技术',
      '管理咨询',
      '法律',
      '市场',
      '数字化转型',
      '检验检测认证',
      '生产服务',
    ])
  })

  it('lists domains in the standards\' order, whatever order the server keeps', () => {
    expect(orderedDomains(['LEGAL', 'POLICY', 'TESTING_CERTIFICATION'])).toEqual(['POLICY', 'LEGAL', 'TESTING_CERTIFICATION'])
  })

  it('shows the reason of a rejection, suspension or exit, not of an admission', () => {
    expect(INSTITUTION_STATUSES.filter(reasonMatters)).toEqual(['SUSPENDED', 'REJECTED', 'EXITED'])
  })

  it('titles each history entry by the change it made', () => {
    const title = (fromStatus: string | null, toStatus: string) =>
      message(zh, historyTitleKey({ fromStatus, toStatus } as Parameters<typeof historyTitleKey>[0]))
    expect(title(null, 'APPLIED')).toBe('提交入驻申请')
    expect(title('APPLIED', 'ACTIVE')).toBe('审核通过，入驻平台')
    expect(title('APPLIED', 'REJECTED')).toBe('审核未通过')
    expect(title('ACTIVE', 'SUSPENDED')).toBe('暂停服务')
    expect(title('SUSPENDED', 'ACTIVE')).toBe('恢复服务')
    expect(title('SUSPENDED', 'EXITED')).toBe('退出平台')
  })
})

describe('operator decisions', () => {
  it('follow the state machine, a reason for everything but admitting', () => {
    const of = (s: Parameters<typeof institutionActions>[0]) =>
      institutionActions(s).map((a) => `${a.action}→${a.to}${a.needsReason ? ' (reason)' : ''}`)
    expect(of('APPLIED')).toEqual(['reject→REJECTED (reason)', 'approve→ACTIVE'])
    expect(of('ACTIVE')).toEqual(['suspend→SUSPENDED (reason)'])
    expect(of('SUSPENDED')).toEqual(['exit→EXITED (reason)', 'reinstate→ACTIVE (reason)'])
    expect(of('REJECTED')).toEqual([])
    expect(of('EXITED')).toEqual([])
  })

  it('read the list filter from the URL, 待审核 by default', () => {
    expect(parseInstitutionFilter(undefined)).toBe('APPLIED')
    expect(parseInstitutionFilter('SUSPENDED')).toBe('SUSPENDED')
    expect(parseInstitutionFilter('ALL')).toBe('ALL')
    expect(parseInstitutionFilter('PENDING')).toBe('APPLIED')
    expect(parseInstitutionFilter(['ACTIVE'])).toBe('APPLIED')
  })
})

describe('score', () => {
  it('shows one decimal and whole percentages, — without data', () => {
    expect(formatScore(87.25)).toBe('87.3')
    expect(formatScore(null)).toBe('—')
    expect(formatRate(0.956)).toBe('96%')
    expect(formatRate(undefined)).toBe('—')
  })
})

describe('application form', () => {
  it('asks for name, code, region, domains, areas, responder and the agreement', () => {
    expect(validateInstitutionForm(emptyInstitutionForm())).toEqual({
      name: 'form.required',
      creditCode: 'form.required',
      regionCode: 'form.required',
      serviceDomains: 'institution.errors.domains',
      serviceAreas: 'institution.errors.areas',
      responderName: 'form.required',
      responderPhone: 'form.required',
      acceptAgreement: 'institution.errors.agreement',
    })
  })

  it('checks formats of the optional fields only when they are filled in', () => {
    const form = filled()
    expect(validateInstitutionForm(form)).toEqual({ contactPhone: 'institution.errors.contactPhone' })
    // a public number may be a landline with its area code, or a 400 number
    for (const phone of ['0577-88886666', '057788886666-123', '400 123 4567', '13812345678']) {
      form.contactPhone = phone
      expect(validateInstitutionForm(form)).toEqual({})
    }
    form.contactPhone = ''
    form.contactEmail = 'not-an-address'
    form.responderPhone = '1234'
    form.creditCode = '91330302MA2O'
    expect(validateInstitutionForm(form)).toEqual({
      contactEmail: 'institution.errors.email',
      responderPhone: 'institution.errors.phone',
      creditCode: 'enterprise.creditCodeHint.leftOut',
    })
  })

  it('sends trimmed values, the last code of each region path once, and the agreement version shown', () => {
    const input = toApplyInput({ ...filled(), contactPhone: '' }, '2026-11')
    expect(input).toEqual({
      name: '温州科创咨询有限公司',
      creditCode: '91330302MA2C7K1A0E',
      regionCode: '330302',
      serviceDomains: ['POLICY', 'FINANCING', 'LEGAL'],
      serviceAreas: ['330300', '330302'],
      description: '政策咨询与法律服务',
      contactName: '李老师',
      contactPhone: '',
      contactEmail: '',
      responderName: '王负责人',
      responderPhone: '138 1234 5678',
      qualificationFileIds: ['U3RvcmVkRmlsZTox'],
      acceptAgreement: true,
      agreementVersion: '2026-11',
    })
  })

  it('puts each server error under its field, and the rest above the form', () => {
    const mapped = mapUserErrors(
      [
        { field: 'creditCode', code: 'INVALID_CREDIT_CODE', message: '统一社会信用代码无效' },
        { field: 'serviceAreas', code: 'INVALID_REGION', message: '请选择有效的行政区划' },
        { field: 'qualificationFileIds', code: 'NOT_FOUND', message: '文件不存在' },
        { field: 'acceptAgreement', code: 'AGREEMENT_NOT_ACCEPTED', message: '请阅读并同意服务协议' },
        { field: 'regionCode', code: 'NO_PLATFORM', message: '平台尚未设立' },
        { field: 'agreementVersion', code: 'INVALID', message: '协议版本已更新' },
        { field: null, code: 'RATE_LIMITED', message: '操作过于频繁' },
      ],
      INSTITUTION_FIELDS,
    )
    expect(mapped.fields).toEqual({
      creditCode: '统一社会信用代码无效',
      serviceAreas: '请选择有效的行政区划',
      qualificationFileIds: '文件不存在',
      acceptAgreement: '请阅读并同意服务协议',
      regionCode: '平台尚未设立',
    })
    expect(mapped.general).toEqual(['协议版本已更新', '操作过于频繁'])
  })

  it('knows which fields changed (their messages go away)', () => {
    const before = filled()
    const after = snapshotInstitutionForm(before)
    after.serviceAreaPaths.push(['110000'])
    after.qualifications = []
    after.acceptAgreement = false
    expect(changedInstitutionFields(before, after)).toEqual(['serviceAreas', 'qualificationFileIds', 'acceptAgreement'])
  })

  it('starts a new application from a rejected one, the agreement to be accepted again', () => {
    const form = formFromInstitution({
      name: '温州科创咨询有限公司',
      creditCode: '91330302MA2C7K1A0E',
      region: { code: '330302' },
      serviceDomains: ['LEGAL'],
      serviceAreas: [{ code: '330000' }, { code: '330302' }],
      description: '',
      contactName: null,
      contactPhone: null,
      contactEmail: 'li@example.com',
      responderName: '王负责人',
      responderPhone: '13812345678',
      qualifications: [{ id: 'f1', name: 'a.png', url: '/files/1' }],
    })
    expect(form.regionPath).toEqual(['330000', '330300', '330302'])
    expect(form.serviceAreaPaths).toEqual([['330000'], ['330000', '330300', '330302']])
    expect(form.contactName).toBe('')
    expect(form.qualifications).toEqual([{ id: 'f1', name: 'a.png', url: '/files/1' }])
    expect(form.acceptAgreement).toBe(false)
  })
})
