import type { APIRequestContext } from '@playwright/test'
import { linkPath, waitForMail } from './mail'

export const PASSWORD = 'Qifu-e2e-Pass1'
export const NEW_PASSWORD = 'Qifu-e2e-Pass2!'

/** A unique address per test, so tests never see each other's users or mails. */
export function uniqueEmail(prefix = 'user'): string {
  const random = Math.random().toString(36).slice(2, 8)
  return `${prefix}.${Date.now()}.${random}@example.com`
}

interface GraphQLResponse<T> {
  data?: T
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

/** Calls /graphql directly (same origin as the SPA, so the refresh cookie is shared). */
export async function gql<T = Record<string, unknown>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  })
  const body = (await response.json()) as GraphQLResponse<T>
  if (!response.ok() || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status()}: ${JSON.stringify(body)}`)
  }
  return body.data
}

interface UserErrors {
  errors: { field: string | null; code: string; message: string }[]
}

function assertNoErrors(what: string, payload: UserErrors): void {
  if (payload.errors.length) throw new Error(`${what}: ${JSON.stringify(payload.errors)}`)
}

/** Registers a user and verifies the address through the mailed link: ready to log in. */
export async function createVerifiedUser(
  request: APIRequestContext,
  { email = uniqueEmail(), password = PASSWORD, name = '测试用户' } = {},
): Promise<{ email: string; password: string; name: string }> {
  const { privacyNotice } = await gql<{ privacyNotice: { version: string } }>(
    request,
    'query { privacyNotice { version } }',
  )
  const { register } = await gql<{ register: UserErrors }>(
    request,
    `mutation Register($input: RegisterInput!) {
      register(input: $input) { email errors { field code message } }
    }`,
    {
      input: {
        email,
        password,
        name,
        acceptPrivacyNotice: true,
        privacyNoticeVersion: privacyNotice.version,
      },
    },
  )
  assertNoErrors('register', register)
  const mail = await waitForMail({ to: email, subject: '验证' })
  const token = new URL(linkPath(mail), 'http://x').searchParams.get('token')
  const { verifyEmail } = await gql<{ verifyEmail: UserErrors & { verified: boolean } }>(
    request,
    `mutation Verify($input: VerifyEmailInput!) {
      verifyEmail(input: $input) { verified errors { field code message } }
    }`,
    { input: { token } },
  )
  assertNoErrors('verifyEmail', verifyEmail)
  return { email, password, name }
}
