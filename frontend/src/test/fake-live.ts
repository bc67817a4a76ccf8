import { vi } from 'vitest'

type Handler = ((event: unknown) => void) | null

/**
 * Replaces `WebSocket` with a fake GraphQL endpoint speaking graphql-transport-ws: it records
 * each connection's `connection_init` payload and the open subscriptions, and `push` sends a
 * `next` message to every open subscription.
 */
export function fakeLiveServer() {
  const sockets: FakeSocket[] = []
  const connectionParams: unknown[] = []

  class FakeSocket {
    static CONNECTING = 0
    static OPEN = 1
    static CLOSING = 2
    static CLOSED = 3
    readyState = FakeSocket.CONNECTING
    onopen: Handler = null
    onmessage: Handler = null
    onclose: Handler = null
    onerror: Handler = null
    readonly subscriptions = new Map<string, string>()

    constructor(
      readonly url: string,
      readonly protocol: string,
    ) {
      sockets.push(this)
      setTimeout(() => {
        this.readyState = FakeSocket.OPEN
        this.onopen?.({})
      }, 0)
    }

    send(data: string): void {
      const message = JSON.parse(data) as { type: string; id?: string; payload?: { query?: string } }
      if (message.type === 'connection_init') {
        connectionParams.push(message.payload ?? null)
        this.reply({ type: 'connection_ack' })
      } else if (message.type === 'subscribe' && message.id) {
        this.subscriptions.set(message.id, message.payload?.query ?? '')
      } else if (message.type === 'complete' && message.id) {
        this.subscriptions.delete(message.id)
      }
    }

    close(code = 1000, reason = ''): void {
      if (this.readyState === FakeSocket.CLOSED) return
      this.readyState = FakeSocket.CLOSED
      this.subscriptions.clear()
      setTimeout(() => this.onclose?.({ code, reason, wasClean: true }), 0)
    }

    reply(message: unknown): void {
      setTimeout(() => this.onmessage?.({ data: JSON.stringify(message) }), 0)
    }
  }

  vi.stubGlobal('WebSocket', FakeSocket)

  /** The sockets that are open and hold at least one subscription. */
  function subscribed(): FakeSocket[] {
    return sockets.filter((s) => s.readyState === FakeSocket.OPEN && s.subscriptions.size > 0)
  }

  function push(data: unknown): void {
    for (const socket of subscribed()) {
      for (const id of socket.subscriptions.keys()) socket.reply({ id, type: 'next', payload: { data } })
    }
  }

  /** Ends every open subscription with an error, as the server does when a session ends. */
  function refuse(code = 'UNAUTHENTICATED'): void {
    for (const socket of subscribed()) {
      for (const id of socket.subscriptions.keys()) {
        socket.reply({ id, type: 'next', payload: { data: null, errors: [{ message: 'Not authenticated', extensions: { code } }] } })
        socket.reply({ id, type: 'complete' })
      }
      socket.subscriptions.clear()
    }
  }

  return { sockets, connectionParams, subscribed, push, refuse }
}
