import { computed, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * Which of my organisations a workspace page shows: the one named by `?id=` in the URL, else
 * the first; choosing another puts it in the URL (dropping the other filters).
 */
export function useChosenOrganisation<T extends { id: string }>(organisations: Ref<readonly T[]>) {
  const route = useRoute()
  const router = useRouter()
  const current = computed<T | null>(() => {
    const wanted = typeof route.query.id === 'string' ? route.query.id : null
    return organisations.value.find((o) => o.id === wanted) ?? organisations.value[0] ?? null
  })
  function choose(id: string): void {
    void router.replace({ query: { id } })
  }
  return { current, choose }
}
