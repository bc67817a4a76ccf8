import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Role } from '@/gql/graphql'
import { logoutSession, refreshSession, restoreSession } from '@/api/client'

export interface SessionRoleGrant {
  role: Role
  scopeType: string
  scopeId?: string | null
}

export interface SessionUser {
  id: string
  email: string
  name: string
  phone?: string | null
  emailVerified: boolean
  roles: SessionRoleGrant[]
}

export interface SessionData {
  accessToken: string
  /** Local clock time (ms) after which the access token should be treated as expired. */
  expiresAt: number
  user: SessionUser
}

/**
 * The signed-in session, kept in memory only (never in localStorage). The refresh token
 * lives in an httpOnly cookie set by the server; `src/api/client.ts` does all token work.
 */
export const useAuthStore = defineStore('auth', () => {
  const accessToken = ref<string | null>(null)
  const expiresAt = ref<number | null>(null)
  const user = ref<SessionUser | null>(null)
  const ready = ref(false)
  /** The last session ended by itself (idle or revoked), not by logging out. */
  const expired = ref(false)
  let readyPromise: Promise<void> | null = null

  const isLoggedIn = computed(() => accessToken.value !== null && user.value !== null)
  const roles = computed(() => new Set(user.value?.roles.map((g) => g.role) ?? []))
  const isHubAdmin = computed(() => roles.value.has('HUB_ADMIN'))

  function hasAnyRole(wanted: readonly Role[]): boolean {
    return wanted.some((r) => roles.value.has(r))
  }

  function setSession(session: SessionData): void {
    accessToken.value = session.accessToken
    expiresAt.value = session.expiresAt
    user.value = session.user
    expired.value = false
  }

  function setUser(next: SessionUser): void {
    user.value = next
  }

  /** Forgets the session; `expired` tells the login page to say why the user must log in again. */
  function clearSession(options: { expired?: boolean } = {}): void {
    accessToken.value = null
    expiresAt.value = null
    user.value = null
    expired.value = options.expired ?? false
  }

  /** True when the access token is missing or about to expire (with a safety margin). */
  function isExpiring(marginMs = 30_000): boolean {
    return expiresAt.value === null || Date.now() + marginMs >= expiresAt.value
  }

  /** Gets a fresh access token from the refresh cookie; concurrent calls share one request. */
  function refresh(): Promise<string | null> {
    return refreshSession()
  }

  /** Restores the session from the refresh cookie once per page load; guards await it. */
  function init(): Promise<void> {
    readyPromise ??= restoreSession().finally(() => {
      ready.value = true
    })
    return readyPromise
  }

  function logout(): Promise<void> {
    return logoutSession()
  }

  return {
    accessToken,
    expiresAt,
    user,
    ready,
    expired,
    isLoggedIn,
    roles,
    isHubAdmin,
    hasAnyRole,
    setSession,
    setUser,
    clearSession,
    isExpiring,
    refresh,
    init,
    logout,
  }
})
