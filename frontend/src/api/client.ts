/**
 * The GraphQL client and everything about tokens.
 *
 * - The access token lives in memory (Pinia auth store); the refresh token is an httpOnly
 *   cookie that only the server reads (`refreshTokenDelivery: COOKIE`).
 * - Every request carries `Authorization: Bearer <access token>` when signed in.
 * - A response with a GraphQL error `extensions.code === "UNAUTHENTICATED"` sent with a token
 *   triggers one refresh and one retry.
 * - Refreshes are single-flight inside a tab and serialised across tabs with the Web Locks
 *   API; the winner shares the new session (or a logout) over BroadcastChannel, so the
 *   rotating refresh token is never presented twice.
 * - Subscriptions go over one WebSocket (graphql-transport-ws, opened while one is active)
 *   that carries the access token in its `connection_init` payload; it reconnects with the
 *   new token after a refresh and closes at logout.
 */
import { Client, fetchExchange, mapExchange, subscriptionExchange, type CombinedError } from '@urql/core'
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws'
import { watch } from 'vue'
import { print, type DocumentNode } from 'graphql'
import { ElMessage } from 'element-plus'
import { graphql, useFragment, type FragmentType } from '@/gql'
import { i18n, currentLocale } from '@/i18n'
import { useAuthStore, type SessionData } from '@/stores/auth'

export const GRAPHQL_URL = '/graphql'
const LOCK_NAME = 'qifu-refresh'
const CHANNEL_NAME = 'qifu-auth'

export const SessionFields = graphql(`
  fragment SessionFields on AuthTokens {
    accessToken
    accessTokenExpiresAt
    user {
      id
      email
      name
      phone
      emailVerified
      roles {
        role
        scopeType
        scopeId
      }
    }
  }
`)

const RefreshSessionMutation = graphql(`
  mutation RefreshSession($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      auth {
        ...SessionFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

const LogoutMutation = graphql(`
  mutation Logout($input: LogoutInput!) {
    logout(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`)

// ---------------------------------------------------------------------------------------
// Cross-tab messages

type AuthMessage = { type: 'session'; session: SessionData } | { type: 'logout'; expired?: boolean }

let channel: BroadcastChannel | null = null

function getChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel
  channel = new BroadcastChannel(CHANNEL_NAME)
  channel.onmessage = (event: MessageEvent<AuthMessage>) => {
    const auth = useAuthStore()
    if (event.data?.type === 'session') auth.setSession(event.data.session)
    else if (event.data?.type === 'logout') auth.clearSession({ expired: event.data.expired === true })
  }
  return channel
}

function broadcast(message: AuthMessage): void {
  try {
    getChannel()?.postMessage(message)
  } catch {
    // a closed channel only means other tabs will refresh on their own
  }
}

/** Starts listening to other tabs; called once at start-up. */
export function connectTabs(): void {
  getChannel()
}

// ---------------------------------------------------------------------------------------
// Sessions

/** Lifetime of the token from its own iat/exp claims, immune to a skewed local clock. */
function tokenLifetimeMs(token: string): number | null {
  try {
    const payload = token.split('.')[1]
    if (!payload) return null
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      iat?: number
      exp?: number
    }
    if (typeof json.iat === 'number' && typeof json.exp === 'number' && json.exp > json.iat) {
      return (json.exp - json.iat) * 1000
    }
  } catch {
    // not a JWT we can read: fall back to the server's expiry time
  }
  return null
}

function toSessionData(fragment: FragmentType<typeof SessionFields>): SessionData {
  const auth = useFragment(SessionFields, fragment)
  const lifetime = tokenLifetimeMs(auth.accessToken)
  const expiresAt =
    lifetime !== null ? Date.now() + lifetime : Date.parse(auth.accessTokenExpiresAt) || Date.now()
  return {
    accessToken: auth.accessToken,
    expiresAt,
    user: {
      id: auth.user.id,
      email: auth.user.email,
      name: auth.user.name,
      phone: auth.user.phone,
      emailVerified: auth.user.emailVerified,
      roles: auth.user.roles.map((g) => ({ role: g.role, scopeType: g.scopeType, scopeId: g.scopeId })),
    },
  }
}

/** Takes the tokens a mutation returned (login, changePassword) and shares them with other tabs. */
export function startSession(fragment: FragmentType<typeof SessionFields>): void {
  const session = toSessionData(fragment)
  useAuthStore().setSession(session)
  broadcast({ type: 'session', session })
}

/** Forgets the session here and in the other tabs; `expired` when it ended by itself. */
function dropSession(expired = false): void {
  const auth = useAuthStore()
  const hadSession = auth.accessToken !== null
  auth.clearSession({ expired })
  if (hadSession) broadcast({ type: 'logout', expired })
}

/** After the server ended the session itself (account deleted): forget it in every tab. */
export function forgetSession(): void {
  dropSession()
}

// ---------------------------------------------------------------------------------------
// Raw requests (refresh and logout bypass the retry logic)

interface RawResult<T> {
  data?: T | null
  errors?: { message: string; extensions?: { code?: string } }[]
}

function baseHeaders(): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
  }
}

async function rawRequest<T>(
  document: DocumentNode,
  variables: Record<string, unknown>,
  token?: string | null,
): Promise<RawResult<T>> {
  const headers = baseHeaders()
  if (token) headers.Authorization = `Bearer ${token}`
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: JSON.stringify({ query: print(document), variables }),
  })
  return (await response.json()) as RawResult<T>
}

// ---------------------------------------------------------------------------------------
// Refresh: single-flight in this tab, one at a time across tabs

let inflight: Promise<string | null> | null = null

async function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (locks?.request) return locks.request(LOCK_NAME, task) as Promise<T>
  return task()
}

async function runRefresh(): Promise<string | null> {
  const auth = useAuthStore()
  const tokenBefore = auth.accessToken
  return withRefreshLock(async () => {
    // Another tab may have refreshed while we waited for the lock and sent us its token.
    if (auth.accessToken && auth.accessToken !== tokenBefore && !auth.isExpiring()) {
      return auth.accessToken
    }
    try {
      const result = await rawRequest<{
        refreshToken: {
          auth: FragmentType<typeof SessionFields> | null
          errors: { code: string }[]
        }
      }>(RefreshSessionMutation, { input: { refreshTokenDelivery: 'COOKIE' } })
      const payload = result.data?.refreshToken
      const fragment = payload?.auth
      if (!fragment) {
        // Idle or revoked, or a session this tab held could not be renewed: the user must log
        // in again and is told so. Without any session (no cookie) there is nothing to say.
        const expired = payload?.errors.some((e) => e.code === 'SESSION_EXPIRED') || tokenBefore !== null
        dropSession(expired)
        return null
      }
      startSession(fragment)
      return auth.accessToken
    } catch {
      // network failure: keep what we have, the next request will try again
      return null
    }
  })
}

/** Exchanges the refresh cookie for a new access token. Concurrent callers share one request. */
export function refreshSession(): Promise<string | null> {
  inflight ??= runRefresh().finally(() => {
    inflight = null
  })
  return inflight
}

/** On start-up: restore the session from the refresh cookie so a reload stays signed in. */
export async function restoreSession(): Promise<void> {
  connectTabs()
  if (useAuthStore().accessToken) return
  await refreshSession()
}

/** Ends the session on the server (clears the cookie) and in every tab. */
export async function logoutSession(): Promise<void> {
  const token = useAuthStore().accessToken
  try {
    await rawRequest(LogoutMutation, { input: {} }, token)
  } catch {
    // even offline, forget the session locally
  }
  dropSession()
}

// ---------------------------------------------------------------------------------------
// The fetch used by urql

function isUnauthenticated(body: unknown): boolean {
  const errors = (body as RawResult<unknown> | null)?.errors
  return Array.isArray(errors) && errors.some((e) => e?.extensions?.code === 'UNAUTHENTICATED')
}

async function responseIsUnauthenticated(response: Response): Promise<boolean> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return false
  try {
    return isUnauthenticated(await response.clone().json())
  } catch {
    return false
  }
}

function withAuth(init: RequestInit | undefined, token: string | null): RequestInit {
  const headers = new Headers(init?.headers)
  headers.set('Accept-Language', currentLocale())
  if (token) headers.set('Authorization', `Bearer ${token}`)
  else headers.delete('Authorization')
  return { ...init, headers, credentials: 'same-origin' }
}

/** fetch with the access token attached and one refresh + retry on UNAUTHENTICATED. */
export async function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const auth = useAuthStore()
  let token = auth.accessToken
  if (token && auth.isExpiring()) token = await refreshSession()
  const response = await fetch(input, withAuth(init, token))
  if (!token || !(await responseIsUnauthenticated(response))) return response
  // A concurrent request may already have replaced the token; otherwise refresh once.
  const current = auth.accessToken
  const fresh = current && current !== token ? current : await refreshSession()
  if (!fresh) {
    dropSession(auth.expired || auth.accessToken !== null)
    return response
  }
  return fetch(input, withAuth(init, fresh))
}

// ---------------------------------------------------------------------------------------
// The urql client

function errorCode(error: CombinedError): string | undefined {
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.code
    if (typeof code === 'string') return code
  }
  return undefined
}

/** A message for a failed operation that the user can act on. */
export function describeError(error: CombinedError): string {
  const t = i18n.global.t
  if (error.networkError) return t('app.networkError')
  if (errorCode(error) === 'UNAUTHENTICATED') return t('app.sessionExpired')
  return error.graphQLErrors[0]?.message || t('app.unexpectedError')
}

function websocketUrl(): string {
  const { protocol, host } = window.location
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_URL}`
}

/** Waits before reconnecting: at once after a token change, then backing off up to 30 s. */
function retryWait(retries: number): Promise<void> {
  const ms = retries === 0 ? 0 : Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2)
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * The WebSocket for subscriptions. Its `connection_init` carries the current access token
 * (refreshed first when about to expire); when the token changes (refresh, another user,
 * logout) an open socket is dropped and reopened with the new one, subscriptions included.
 */
export function createLiveSocket(url = websocketUrl()): WsClient {
  const auth = useAuthStore()
  let tokenSent: string | null = null
  const socket = createWsClient({
    url,
    lazy: true,
    // A header that is mounted again (another layout) keeps the socket.
    lazyCloseTimeout: 2000,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    shouldRetry: () => true,
    retryWait,
    connectionParams: async () => {
      let token = auth.accessToken
      if (token && auth.isExpiring()) token = await refreshSession()
      tokenSent = token
      return token ? { authorization: `Bearer ${token}` } : {}
    },
    on: {
      closed: () => {
        tokenSent = null
      },
    },
  })
  watch(
    () => auth.accessToken,
    (token) => {
      if (tokenSent !== null && token !== tokenSent) socket.terminate()
    },
  )
  return socket
}

export function createQifuClient(): Client {
  let socket: WsClient | null = null

  return new Client({
    url: GRAPHQL_URL,
    // Mutations and queries go by POST; GET is reserved for persisted queries.
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetch: authFetch,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    }),
    exchanges: [
      mapExchange({
        onError(error, operation) {
          // Forms show their own errors; queries get a toast, except background ones that ask
          // for `{ quiet: true }` (the inbox badge's polling), which simply try again later.
          if (operation.kind === 'query' && !operation.context.quiet) ElMessage.error(describeError(error))
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          socket ??= createLiveSocket()
          const live = socket
          const input = { ...request, query: request.query ?? '' }
          return {
            subscribe(sink) {
              const unsubscribe = live.subscribe(input, sink)
              return { unsubscribe }
            },
          }
        },
      }),
    ],
  })
}

let client: Client | null = null

/** The app's client (one per page). */
export function getClient(): Client {
  client ??= createQifuClient()
  return client
}
