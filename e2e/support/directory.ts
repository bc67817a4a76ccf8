import type { APIRequestContext } from '@playwright/test'
import { gql } from './api'
import { pngFile } from './files'
import { createEnterprise, randomCreditCode } from './orgs'

/**
 * Directory entries made through the API: a verified enterprise (with its licence uploaded), an
 * active service institution and experts of the library.
 */

interface UserErrors {
  errors: { field: string | null; code: string; message: string }[]
}

function assertNoErrors(what: string, payload: UserErrors): void {
  if (payload.errors.length) throw new Error(`${what}: ${JSON.stringify(payload.errors)}`)
}

/** Uploads a file the way the SPA does (graphql-multipart-request-spec); returns its id. */
export async function uploadFile(
  request: APIRequestContext,
  token: string,
  purpose: 'BUSINESS_LICENCE' | 'QUALIFICATION',
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<string> {
  const query = `mutation Upload($input: UploadFileInput!) {
    uploadFile(input: $input) { file { id } errors { field code message } }
  }`
  const response = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    multipart: {
      operations: JSON.stringify({ query, variables: { input: { file: null, purpose } } }),
      map: JSON.stringify({ upload: ['variables.input.file'] }),
      upload: file,
    },
  })
  const body = (await response.json()) as { data?: { uploadFile: UserErrors & { file: { id: string } | null } } }
  const payload = body.data?.uploadFile
  if (!response.ok() || !payload) throw new Error(`upload ${response.status()}: ${JSON.stringify(body)}`)
  assertNoErrors('uploadFile', payload)
  return payload.file!.id
}

async function mutate(request: APIRequestContext, token: string, name: string, inputType: string, input: unknown, select = '') {
  const data = await gql<Record<string, UserErrors & Record<string, { id: string } | null>>>(
    request,
    `mutation Run($input: ${inputType}!) { ${name}(input: $input) { ${select} errors { field code message } } }`,
    { input },
    token,
  )
  const payload = data[name]!
  assertNoErrors(name, payload)
  return payload
}

export interface EnterpriseSpec {
  name: string
  regionCode: string
  industryCode: string
  scale: 'LARGE' | 'MEDIUM' | 'SMALL' | 'MICRO'
  tags: string[]
}

/** An enterprise registered by `ownerToken`, certified by the operator of its window platform. */
export async function verifiedEnterprise(
  request: APIRequestContext,
  ownerToken: string,
  operatorToken: string,
  spec: EnterpriseSpec,
): Promise<{ id: string; name: string }> {
  const licenceFileId = await uploadFile(request, ownerToken, 'BUSINESS_LICENCE', pngFile('营业执照.png'))
  const enterprise = await createEnterprise(request, ownerToken, {
    ...spec,
    creditCode: randomCreditCode(spec.regionCode),
    employees: 50,
    contactName: '王经理',
    contactPhone: '13812345678',
    licenceFileId,
  })
  await mutate(request, ownerToken, 'submitEnterpriseCertification', 'EnterpriseIdInput', { enterpriseId: enterprise.id })
  await mutate(request, operatorToken, 'approveEnterprise', 'EnterpriseIdInput', { enterpriseId: enterprise.id })
  return enterprise
}

export interface InstitutionSpec {
  name: string
  regionCode: string
  serviceDomains: string[]
  description: string
}

/** A service institution applied for by `applicantToken` and admitted by the operator. */
export async function activeInstitution(
  request: APIRequestContext,
  applicantToken: string,
  operatorToken: string,
  spec: InstitutionSpec,
): Promise<{ id: string }> {
  const { serviceAgreement } = await gql<{ serviceAgreement: { version: string } }>(
    request,
    'query { serviceAgreement { version } }',
  )
  const applied = await mutate(
    request,
    applicantToken,
    'applyInstitution',
    'ApplyInstitutionInput',
    {
      ...spec,
      creditCode: randomCreditCode(spec.regionCode),
      serviceAreas: [spec.regionCode],
      responderName: '赵律师',
      responderPhone: '13912345678',
      contactName: '赵律师',
      contactPhone: '13912345678',
      contactEmail: 'contact@example.com',
      acceptAgreement: true,
      agreementVersion: serviceAgreement.version,
    },
    'institution { id }',
  )
  const institution = applied.institution!
  await mutate(request, operatorToken, 'changeInstitutionStatus', 'ChangeInstitutionStatusInput', {
    institutionId: institution.id,
    to: 'ACTIVE',
  })
  return institution
}

export interface ExpertSpec {
  name: string
  expertise: string[]
  regionCode: string
  title?: string
  organisation?: string
  bio?: string
}

export async function addExpert(request: APIRequestContext, operatorToken: string, expert: ExpertSpec): Promise<{ id: string }> {
  const payload = await mutate(request, operatorToken, 'addExpert', 'AddExpertInput', { expert }, 'expert { id }')
  return payload.expert!
}

export async function retireExpert(request: APIRequestContext, operatorToken: string, expertId: string, reason: string): Promise<void> {
  await mutate(request, operatorToken, 'retireExpert', 'RetireExpertInput', { expertId, reason })
}
