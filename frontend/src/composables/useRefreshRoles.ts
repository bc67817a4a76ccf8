import { useClientHandle } from '@urql/vue'
import { graphql } from '@/gql'
import { useAuthStore } from '@/stores/auth'

const MyRolesQuery = graphql(`
  query MyRoles {
    me {
      id
      roles {
        role
        scopeType
        scopeId
      }
    }
  }
`)

/** After joining or creating an enterprise (or stepping down): the session's roles again. */
export function useRefreshRoles() {
  const { client } = useClientHandle()
  const auth = useAuthStore()
  return async function refreshRoles(): Promise<void> {
    const result = await client.query(MyRolesQuery, {}).toPromise()
    const me = result.data?.me
    if (!me || !auth.user || me.id !== auth.user.id) return
    auth.setUser({
      ...auth.user,
      roles: me.roles.map((g) => ({ role: g.role, scopeType: g.scopeType, scopeId: g.scopeId })),
    })
  }
}
