import type { APIRequestContext } from '@playwright/test'
import { totpCode } from './totp'

/**
 * The server's clock (QIFU_ENV=test only). It is shared by the whole run and only moves
 * forward, so every spec reads the time from the server instead of assuming it.
 */
export async function advanceClock(request: APIRequestContext, seconds: number): Promise<Date> {
  const response = await request.post('/__test__/clock/advance', { data: { seconds } })
  if (!response.ok()) throw new Error(`clock advance ${response.status()}: ${await response.text()}`)
  const { now } = (await response.json()) as { now: string }
  return new Date(now)
}

/** The server's "now" (another spec may have moved it ahead of the wall clock). */
export function serverNow(request: APIRequestContext): Promise<Date> {
  return advanceClock(request, 0)
}

/** The authenticator code the server expects right now. */
export async function serverTotp(request: APIRequestContext, secret: string): Promise<string> {
  return totpCode(secret, (await serverNow(request)).getTime())
}
