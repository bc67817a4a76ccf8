import { vi } from 'vitest'

/** A JSON response like the GraphQL endpoint sends. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}

export function sessionPayload(accessToken: string, name = '张三') {
  return {
    __typename: 'AuthTokens',
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    user: {
      __typename: 'User',
      id: 'VXNlcjox',
      email: 'zhang@example.com',
      name,
      phone: null,
      emailVerified: true,
      roles: [],
    },
  }
}

export interface SentRequest {
  operationName: string | undefined
  variables: Record<string, unknown>
  authorization: string | null
}

/**
 * Replaces `fetch` with a fake GraphQL endpoint. `respond` gets each request and returns the
 * JSON body (or a Promise of it); every request is recorded.
 */
export function fakeGraphQL(respond: (req: SentRequest) => unknown | Promise<unknown>) {
  const sent: SentRequest[] = []
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as {
      query?: string
      operationName?: string
      variables?: Record<string, unknown>
    }
    const operationName = body.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1]
    const req: SentRequest = {
      operationName,
      variables: body.variables ?? {},
      authorization: new Headers(init?.headers).get('Authorization'),
    }
    sent.push(req)
    return jsonResponse(await respond(req))
  })
  vi.stubGlobal('fetch', fetchMock)
  return { fetchMock, sent }
}
