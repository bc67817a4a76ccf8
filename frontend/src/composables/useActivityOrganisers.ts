import { computed, ref, watch } from 'vue'
import { useClientHandle, useQuery } from '@urql/vue'
import { graphql } from '@/gql'
import type { ActivityOrganiserType } from '@/gql/graphql'
import { useAuthStore } from '@/stores/auth'

export interface ActivityOrganiser {
  /** The global ID of the Institution, Department or Platform. */
  id: string
  type: ActivityOrganiserType
  name: string
}

const OrganiserChoicesQuery = graphql(`
  query ActivityOrganiserChoices {
    myInstitutions {
      id
      name
      status
    }
    platforms {
      id
      name
    }
  }
`)

const DepartmentNameQuery = graphql(`
  query ActivityOrganiserDepartment($id: ID!) {
    node(id: $id) {
      ... on Department {
        id
        name
      }
    }
  }
`)

/**
 * Whom I may organise activities for: the active institutions I belong to, the departments I
 * handle for and the platforms I operate (the hub admin: every platform).
 */
export function useActivityOrganisers() {
  const auth = useAuthStore()
  const { client } = useClientHandle()
  const choices = useQuery({ query: OrganiserChoicesQuery })
  const departments = ref<ActivityOrganiser[]>([])
  const departmentsLoaded = ref(false)

  const grants = computed(() => auth.user?.roles ?? [])

  watch(
    () => JSON.stringify(grants.value),
    async () => {
      const ids = grants.value.filter((g) => g.role === 'DEPARTMENT_HANDLER' && g.scopeId).map((g) => btoa(`Department:${g.scopeId}`))
      const found: ActivityOrganiser[] = []
      for (const id of ids) {
        const result = await client.query(DepartmentNameQuery, { id }).toPromise()
        const node = result.data?.node
        if (node && 'name' in node) found.push({ id: node.id, type: 'DEPARTMENT', name: node.name })
      }
      departments.value = found
      departmentsLoaded.value = true
    },
    { immediate: true },
  )

  const organisers = computed<ActivityOrganiser[]>(() => {
    const data = choices.data.value
    if (!data) return []
    const institutions = data.myInstitutions
      .filter((i) => i.status === 'ACTIVE')
      .map((i) => ({ id: i.id, type: 'INSTITUTION' as const, name: i.name }))
    const operated = new Set(
      grants.value.filter((g) => g.role === 'OPERATOR' && g.scopeId).map((g) => btoa(`Platform:${g.scopeId}`)),
    )
    const platforms = data.platforms
      .filter((p) => auth.isHubAdmin || operated.has(p.id))
      .map((p) => ({ id: p.id, type: 'PLATFORM' as const, name: p.name }))
    return [...institutions, ...departments.value, ...platforms]
  })
  const loaded = computed(() => (choices.data.value !== undefined || choices.error.value !== undefined) && departmentsLoaded.value)

  return { organisers, loaded }
}
