import type { APIRequestContext } from '@playwright/test'
import { createVerifiedUser, gql, PASSWORD, uniqueEmail } from './api'
import { createStaff } from './admin'
import { advanceClock, serverTotp } from './clock'
import { randomTotpSecret } from './totp'

// ---------------------------------------------------------------------------------------
// Unified social credit codes (GB 32100-2015)

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The 18th character of a credit code whose first 17 characters are `body`. */
export function creditCodeCheck(body: string): string {
  if (body.length !== 17) throw new Error(`a credit code body has 17 characters, not ${body.length}`)
  const sum = [...body].reduce((total, c, i) => {
    const value = ALPHABET.indexOf(c)
    if (value < 0) throw new Error(`not a credit code character: ${c}`)
    return total + value * WEIGHTS[i]!
  }, 0)
  return ALPHABET[(31 - (sum % 31)) % 31]!
}

/** A valid code registered in `regionCode` (`91` 企业, the region, `MA` and 7 random digits). */
export function randomCreditCode(regionCode = '330302'): string {
  const digits = Array.from({ length: 7 }, () => Math.floor(Math.random() * 10)).join('')
  const body = `91${regionCode}MA${digits}`
  return body + creditCodeCheck(body)
}

/** The same code with a wrong check character (the server refuses it). */
export function withWrongCheck(code: string): string {
  const right = code.at(-1)!
  const wrong = ALPHABET[(ALPHABET.indexOf(right) + 1) % ALPHABET.length]!
  return code.slice(0, -1) + wrong
}

// ---------------------------------------------------------------------------------------
// Sessions through the API

interface UserErrors {
  errors: { field: string | null; code: string; message: string }[]
}

function assertNoErrors(what: string, payload: UserErrors): void {
  if (payload.errors.length) throw new Error(`${what}: ${JSON.stringify(payload.errors)}`)
}

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    auth { accessToken }
    totpRequired
    totpEnrolmentRequired
    enrolmentToken
    errors { field code message }
  }
}`

interface LoginAnswer extends UserErrors {
  auth: { accessToken: string } | null
  totpRequired: boolean
  totpEnrolmentRequired: boolean
  enrolmentToken: string | null
}

async function login(request: APIRequestContext, input: Record<string, unknown>): Promise<LoginAnswer> {
  const { login: answer } = await gql<{ login: LoginAnswer }>(request, LOGIN, {
    input: { refreshTokenDelivery: 'BODY', ...input },
  })
  assertNoErrors('login', answer)
  return answer
}

/** An access token; staff pass their authenticator secret. */
export async function apiToken(
  request: APIRequestContext,
  email: string,
  password: string = PASSWORD,
  totpSecret?: string,
): Promise<string> {
  const totpCode = totpSecret ? await serverTotp(request, totpSecret) : null
  const answer = await login(request, { email, password, totpCode })
  if (!answer.auth) throw new Error(`login of ${email} gave no session: ${JSON.stringify(answer)}`)
  return answer.auth.accessToken
}

export interface Staff {
  email: string
  password: string
  secret: string
  token: string
}

/**
 * A fresh hub admin with a preset authenticator, logged in through the API. The code used here
 * cannot be used again: a UI login of the same account must wait for the next time step.
 */
export async function hubAdminWithToken(request: APIRequestContext, name = '枢纽管理员'): Promise<Staff> {
  const email = uniqueEmail('hub')
  const secret = randomTotpSecret()
  await createStaff(email, PASSWORD, { role: 'HUB_ADMIN', name, totpSecret: secret })
  const token = await apiToken(request, email, PASSWORD, secret)
  return { email, password: PASSWORD, secret, token }
}

/**
 * A registered user who binds an authenticator through the API (as staff must at their first
 * login) and returns its secret. Then moves the server clock to the next 30-second step, so
 * that the next login's code is a fresh one.
 */
export async function enrolAuthenticator(request: APIRequestContext, email: string, password = PASSWORD): Promise<string> {
  const first = await login(request, { email, password })
  if (!first.totpEnrolmentRequired || !first.enrolmentToken) {
    throw new Error(`${email} was not asked to bind an authenticator: ${JSON.stringify(first)}`)
  }
  const { startTotpEnrolment } = await gql<{ startTotpEnrolment: UserErrors & { secret: string } }>(
    request,
    `mutation Start($input: StartTotpEnrolmentInput!) {
      startTotpEnrolment(input: $input) { secret errors { field code message } }
    }`,
    { input: { enrolmentToken: first.enrolmentToken } },
  )
  assertNoErrors('startTotpEnrolment', startTotpEnrolment)
  const secret = startTotpEnrolment.secret
  const { confirmTotpEnrolment } = await gql<{ confirmTotpEnrolment: UserErrors }>(
    request,
    `mutation Confirm($input: ConfirmTotpEnrolmentInput!) {
      confirmTotpEnrolment(input: $input) { errors { field code message } }
    }`,
    { input: { code: await serverTotp(request, secret), enrolmentToken: first.enrolmentToken, refreshTokenDelivery: 'BODY' } },
  )
  assertNoErrors('confirmTotpEnrolment', confirmTotpEnrolment)
  await advanceClock(request, 30)
  return secret
}

// ---------------------------------------------------------------------------------------
// The platform network

export interface PlatformRow {
  id: string
  name: string
  kind: 'HUB' | 'WINDOW'
  region: { code: string; name: string }
  parent: { id: string } | null
}

export const HUB_REGION = { code: '330000', name: '浙江省' }
export const HUB_NAME = '浙江省中小企业公共服务平台'

export async function platforms(request: APIRequestContext, token: string): Promise<PlatformRow[]> {
  const { platforms: rows } = await gql<{ platforms: PlatformRow[] }>(
    request,
    'query { platforms { id name kind region { code name } parent { id } } }',
    {},
    token,
  )
  return rows
}

export async function createPlatform(
  request: APIRequestContext,
  token: string,
  input: { name: string; regionCode: string; parentId?: string | null },
): Promise<PlatformRow> {
  const { createPlatform: payload } = await gql<{ createPlatform: UserErrors & { platform: PlatformRow | null } }>(
    request,
    `mutation Create($input: CreatePlatformInput!) {
      createPlatform(input: $input) {
        platform { id name kind region { code name } parent { id } }
        errors { field code message }
      }
    }`,
    { input },
    token,
  )
  assertNoErrors('createPlatform', payload)
  return payload.platform!
}

/** The hub (created in Zhejiang when the network has none yet: specs share one database). */
export async function ensureHub(request: APIRequestContext, token: string): Promise<PlatformRow> {
  const hub = (await platforms(request, token)).find((p) => p.kind === 'HUB')
  return hub ?? createPlatform(request, token, { name: HUB_NAME, regionCode: HUB_REGION.code })
}

interface RegionRow {
  code: string
  name: string
}

async function regions(request: APIRequestContext, parent: string): Promise<RegionRow[]> {
  const { regions: rows } = await gql<{ regions: RegionRow[] }>(
    request,
    'query Regions($parent: String) { regions(parent: $parent) { code name } }',
    { parent },
  )
  return rows
}

/** Whether a GB/T 2260 region lies inside (or is) another. */
function covers(outer: string, inner: string): boolean {
  if (outer === inner) return true
  if (outer.endsWith('0000')) return inner.startsWith(outer.slice(0, 2))
  if (outer.endsWith('00')) return inner.startsWith(outer.slice(0, 4))
  return false
}

export interface County {
  code: string
  /** province, city, county */
  names: [string, string, string]
}

/**
 * A county of the hub's province that no window platform covers yet, chosen at random: a
 * window platform made for it is then the one its enterprises are filed under.
 */
export async function freeCounty(request: APIRequestContext, token: string, hub: PlatformRow): Promise<County> {
  const windows = (await platforms(request, token)).filter((p) => p.kind === 'WINDOW').map((p) => p.region.code)
  const province = hub.region
  const cities = await regions(request, province.code)
  const candidates: County[] = []
  for (const city of cities) {
    if (windows.some((w) => covers(w, city.code))) continue
    for (const county of await regions(request, city.code)) {
      if (!windows.some((w) => covers(w, county.code))) {
        candidates.push({ code: county.code, names: [province.name, city.name, county.name] })
      }
    }
    if (candidates.length >= 20) break
  }
  if (!candidates.length) throw new Error(`no free county left in ${province.name}`)
  return candidates[Math.floor(Math.random() * candidates.length)]!
}

export async function appointOperator(
  request: APIRequestContext,
  token: string,
  platformId: string,
  email: string,
): Promise<void> {
  const { appointOperator: payload } = await gql<{ appointOperator: UserErrors }>(
    request,
    `mutation Appoint($input: AppointOperatorInput!) {
      appointOperator(input: $input) { errors { field code message } }
    }`,
    { input: { platformId, email, appoint: true } },
    token,
  )
  assertNoErrors('appointOperator', payload)
}

export interface WindowSetup {
  hub: PlatformRow
  window: PlatformRow
  county: County
  operator: { email: string; password: string; secret: string; name: string }
}

/**
 * A window platform of its own (a county no other covers) with an operator appointed by the
 * hub admin, whose authenticator is bound: ready to log in with codes.
 */
export async function windowWithOperator(request: APIRequestContext, label: string): Promise<WindowSetup> {
  const admin = await hubAdminWithToken(request)
  const hub = await ensureHub(request, admin.token)
  const county = await freeCounty(request, admin.token, hub)
  const window = await createPlatform(request, admin.token, {
    name: `${county.names[2]}企业服务窗口${label}`,
    regionCode: county.code,
    parentId: hub.id,
  })
  const operator = await createVerifiedUser(request, { email: uniqueEmail('operator'), name: `${county.names[2]}运营` })
  await appointOperator(request, admin.token, window.id, operator.email)
  const secret = await enrolAuthenticator(request, operator.email, operator.password)
  return { hub, window, county, operator: { ...operator, secret } }
}

// ---------------------------------------------------------------------------------------
// Enterprises

export async function createEnterprise(
  request: APIRequestContext,
  token: string,
  enterprise: Record<string, unknown>,
): Promise<{ id: string; name: string }> {
  const { createEnterprise: payload } = await gql<{
    createEnterprise: UserErrors & { enterprise: { id: string; name: string } | null }
  }>(
    request,
    `mutation Create($input: CreateEnterpriseInput!) {
      createEnterprise(input: $input) { enterprise { id name } errors { field code message } }
    }`,
    { input: { enterprise } },
    token,
  )
  assertNoErrors('createEnterprise', payload)
  return payload.enterprise!
}
