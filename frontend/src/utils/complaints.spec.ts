import { describe, expect, it } from 'vitest'
import type { ComplaintTargetSearchQuery } from '@/gql/graphql'
import { complaintTargetOptions, emptyComplaintForm, toSubmitComplaintInput, validateComplaintForm, validateFollowUpResult } from './complaints'

const FOUND = {
  institutionDirectory: { edges: [{ node: { id: 'I1', name: '温州服务机构' } }] },
  serviceProducts: { edges: [{ node: { id: 'P1', name: '合同审查服务', institution: { name: '温州服务机构' } } }] },
  platforms: [
    { id: 'H', name: '浙江省企业服务平台' },
    { id: 'W', name: '温州市企业服务综合平台' },
  ],
} as unknown as ComplaintTargetSearchQuery

describe('the complaint form', () => {
  it('starts from the enterprise contact and a fixed target', () => {
    const f = emptyComplaintForm({ contactName: '王经理', contactPhone: '138' }, { type: 'SERVICE', id: 'P1', name: '合同审查服务' })
    expect([f.targetType, f.targetId, f.contactName, f.contactPhone]).toEqual(['SERVICE', 'P1', '王经理', '138'])
    expect(emptyComplaintForm().targetType).toBe('INSTITUTION')
  })

  it('requires the target, title and description, within their limits', () => {
    expect(validateComplaintForm(emptyComplaintForm())).toEqual({ targetId: 'form.required', title: 'form.required', description: 'form.required' })
    const f = { ...emptyComplaintForm(), targetId: 'I1', title: 'x'.repeat(101), description: '说明' }
    expect(validateComplaintForm(f)).toEqual({ title: 'demands.errors.tooLong' })
  })

  it('sends trimmed text and the attachments', () => {
    const f = { ...emptyComplaintForm(), targetId: 'I1', title: ' 爽约 ', description: ' 两次 ', attachments: [{ id: 'F1' }] }
    expect(toSubmitComplaintInput('E1', f)).toEqual({
      enterpriseId: 'E1',
      targetType: 'INSTITUTION',
      targetId: 'I1',
      title: '爽约',
      description: '两次',
      contactName: '',
      contactPhone: '',
      attachmentIds: ['F1'],
    })
  })

  it('offers the targets of the chosen kind; platforms are searched by name here', () => {
    expect(complaintTargetOptions(FOUND, 'INSTITUTION')).toEqual([{ id: 'I1', name: '温州服务机构' }])
    expect(complaintTargetOptions(FOUND, 'SERVICE')).toEqual([{ id: 'P1', name: '合同审查服务（温州服务机构）' }])
    expect(complaintTargetOptions(FOUND, 'OPERATOR', '温州')).toEqual([{ id: 'W', name: '温州市企业服务综合平台' }])
    expect(complaintTargetOptions(undefined, 'OPERATOR')).toEqual([])
  })

  it('requires a follow-up result', () => {
    expect(validateFollowUpResult('  ')).toBe('form.required')
    expect(validateFollowUpResult('x'.repeat(5001))).toBe('demands.errors.tooLong')
    expect(validateFollowUpResult('已回访')).toBeNull()
  })
})
