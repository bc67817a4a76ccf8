import { expect, type APIRequestContext } from '@playwright/test'
import { createVerifiedUser, gql, uniqueEmail } from './api'
import { advanceClock } from './clock'
import { activeInstitution, verifiedEnterprise } from './directory'
import { apiToken, windowWithOperator, type WindowSetup } from './orgs'

/** What the engagement specs start from (see engagementSetup). */
export interface Setup extends WindowSetup {
  member: { email: string; password: string; name: string }
  requester: { email: string; password: string; name: string }
  institution: { id: string; name: string }
  enterprise: { id: string; name: string }
  product: { id: string; name: string }
}

export async function mutate(request: APIRequestContext, token: string, name: string, inputType: string, input: unknown, select = '') {
  const data = await gql<Record<string, { errors: unknown[] } & Record<string, { id: string } | null>>>(
    request,
    `mutation Run($input: ${inputType}!) { ${name}(input: $input) { ${select} errors { field code message } } }`,
    { input },
    token,
  )
  expect(data[name]!.errors).toEqual([])
  return data[name]!
}

/**
 * Through the API: a window platform with its operator, an institution admitted there with a
 * published product, and a verified enterprise of the same county with a member who requests.
 */
export async function engagementSetup(request: APIRequestContext, label: string): Promise<Setup> {
  const setup = await windowWithOperator(request, label)
  const suffix = Date.now().toString(36)
  const member = await createVerifiedUser(request, { email: uniqueEmail('lawyer'), name: '赵律师' })
  const requester = await createVerifiedUser(request, { email: uniqueEmail('requester'), name: '王经理' })
  const memberToken = await apiToken(request, member.email, member.password)
  const requesterToken = await apiToken(request, requester.email, requester.password)
  const operatorToken = await apiToken(request, setup.operator.email, setup.operator.password, setup.operator.secret)

  const institutionName = `${setup.county.names[2]}法律服务中心${suffix}`
  const institution = await activeInstitution(request, memberToken, operatorToken, {
    name: institutionName,
    regionCode: setup.county.code,
    serviceDomains: ['LEGAL'],
    description: '合同审查与法律咨询',
  })
  const productName = `${setup.county.names[2]}企业合同审查服务${suffix}`
  const created = await mutate(
    request,
    memberToken,
    'createServiceProduct',
    'CreateServiceProductInput',
    {
      institutionId: institution.id,
      product: {
        name: productName,
        category: 'LEGAL',
        description: '审查采购、销售与劳动合同，出具书面意见',
        processSteps: ['提交合同', '需求调查', '出具审查意见'],
        pricing: 'FIXED',
        price: '1200',
        nature: 'VALUE_ADDED',
        form: 'ONLINE',
        contactName: '赵律师',
        contactPhone: '13912345678',
        serviceAreas: [setup.county.code],
      },
    },
    'product { id }',
  )
  const productId = created.product!.id
  await mutate(request, memberToken, 'submitServiceProduct', 'ServiceProductIdInput', { productId })
  await mutate(request, operatorToken, 'approveServiceProduct', 'ServiceProductIdInput', { productId })

  const enterprise = await verifiedEnterprise(request, requesterToken, operatorToken, {
    name: `${setup.county.names[2]}瓯江科技有限公司${suffix}`,
    regionCode: setup.county.code,
    industryCode: '65',
    scale: 'SMALL',
    tags: [],
  })
  // The operator's code was just used: the next UI login needs the next time step.
  await advanceClock(request, 30)
  return {
    ...setup,
    member,
    requester,
    institution: { id: institution.id, name: institutionName },
    enterprise,
    product: { id: productId, name: productName },
  }
}
