import type { ComplaintTargetType, ComplaintTargetSearchQuery } from '@/gql/graphql'
import { TEXT_MAX, TITLE_MAX } from '@/utils/demands'

/** Complaints (投诉) and follow-up visits (回访): the forms' rules, as the API checks them again. */

export const COMPLAINT_TARGETS: readonly ComplaintTargetType[] = ['INSTITUTION', 'SERVICE', 'OPERATOR']
export const RESULT_MAX = TEXT_MAX

export type ComplaintFormProblem = 'form.required' | 'demands.errors.tooLong'

export interface ComplaintTargetChoice {
  type: ComplaintTargetType
  id: string
  name: string
}

export interface ComplaintForm {
  targetType: ComplaintTargetType
  targetId: string
  title: string
  description: string
  contactName: string
  contactPhone: string
  attachments: { id: string }[]
}

function text(value: string, max: number): ComplaintFormProblem | null {
  if (!value.trim()) return 'form.required'
  return value.trim().length > max ? 'demands.errors.tooLong' : null
}

export function emptyComplaintForm(
  contact?: { contactName?: string | null; contactPhone?: string | null } | null,
  target?: ComplaintTargetChoice | null,
): ComplaintForm {
  return {
    targetType: target?.type ?? 'INSTITUTION',
    targetId: target?.id ?? '',
    title: '',
    description: '',
    contactName: contact?.contactName ?? '',
    contactPhone: contact?.contactPhone ?? '',
    attachments: [],
  }
}

export function validateComplaintForm(f: ComplaintForm): Partial<Record<'targetId' | 'title' | 'description', ComplaintFormProblem>> {
  const found: Partial<Record<'targetId' | 'title' | 'description', ComplaintFormProblem>> = {}
  if (!f.targetId) found.targetId = 'form.required'
  const title = text(f.title, TITLE_MAX)
  if (title) found.title = title
  const description = text(f.description, TEXT_MAX)
  if (description) found.description = description
  return found
}

export function toSubmitComplaintInput(enterpriseId: string, f: ComplaintForm) {
  return {
    enterpriseId,
    targetType: f.targetType,
    targetId: f.targetId,
    title: f.title.trim(),
    description: f.description.trim(),
    contactName: f.contactName.trim(),
    contactPhone: f.contactPhone.trim(),
    attachmentIds: f.attachments.map((a) => a.id),
  }
}

/** The choices of one kind of target from a search (a product is named with its institution). */
export function complaintTargetOptions(
  data: ComplaintTargetSearchQuery | undefined,
  type: ComplaintTargetType,
  search = '',
): { id: string; name: string }[] {
  if (!data) return []
  if (type === 'INSTITUTION') return data.institutionDirectory.edges.map((e) => ({ id: e.node.id, name: e.node.name }))
  if (type === 'SERVICE') {
    return data.serviceProducts.edges.map((e) => ({ id: e.node.id, name: `${e.node.name}（${e.node.institution.name}）` }))
  }
  // The network's platforms are few: searched here.
  return data.platforms.filter((p) => p.name.includes(search.trim())).map((p) => ({ id: p.id, name: p.name }))
}

export function validateFollowUpResult(result: string): ComplaintFormProblem | null {
  return text(result, RESULT_MAX)
}
