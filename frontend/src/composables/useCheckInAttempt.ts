import { ref } from 'vue'
import type { CombinedError } from '@urql/core'

/**
 * Sends check-in attempts with a fresh nonce each; after a network failure the same attempt
 * (code and nonce) can be sent again with `retry`, so the server answers it as the first one
 * and nobody is checked in twice.
 */
export function useCheckInAttempt<T>(send: (code: string, nonce: string) => Promise<{ error?: CombinedError; data?: T }>) {
  const busy = ref(false)
  /** The attempt whose answer never arrived. */
  const unanswered = ref<{ code: string; nonce: string } | null>(null)

  async function attempt(code: string, nonce: string): Promise<T | null> {
    busy.value = true
    try {
      const result = await send(code, nonce)
      if (result.error?.networkError || !result.data) {
        unanswered.value = { code, nonce }
        return null
      }
      unanswered.value = null
      return result.data
    } finally {
      busy.value = false
    }
  }

  /** A new attempt for `code`. */
  function submit(code: string): Promise<T | null> {
    return attempt(code, crypto.randomUUID())
  }

  /** The unanswered attempt again, with its nonce. */
  function retry(): Promise<T | null> {
    const last = unanswered.value
    return last ? attempt(last.code, last.nonce) : Promise.resolve(null)
  }

  return { busy, unanswered, submit, retry }
}
