import { computed } from 'vue'
import type { CourseProviderType } from '@/gql/graphql'
import { useActivityOrganisers } from '@/composables/useActivityOrganisers'
import { useChosenOrganisation } from '@/composables/useChosenOrganisation'

export interface CourseProvider {
  id: string
  type: CourseProviderType
  name: string
}

/**
 * For whom I may offer courses, as for activities: the active institutions I belong to and
 * the platforms I operate (the hub admin: every platform); `?id=` picks one of several.
 */
export function useCourseProviders() {
  const { organisers, loaded } = useActivityOrganisers()
  const providers = computed<CourseProvider[]>(() =>
    organisers.value.flatMap((o) => (o.type === 'INSTITUTION' || o.type === 'PLATFORM' ? [{ id: o.id, type: o.type, name: o.name }] : [])),
  )
  const { current, choose } = useChosenOrganisation(providers)
  return { providers, loaded, current, choose }
}
