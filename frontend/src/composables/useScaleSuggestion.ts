import { onBeforeUnmount, ref, watch } from 'vue'
import { useClientHandle } from '@urql/vue'
import type { EnterpriseScale } from '@/gql/graphql'
import { graphql } from '@/gql'
import type { EnterpriseForm } from '@/utils/enterprise'
import { createScaleSuggester, nextScale, scaleQueryOf } from '@/utils/scaleSuggestion'

const SuggestedScaleQuery = graphql(`
  query SuggestedEnterpriseScale($industryCode: String!, $employees: Int, $revenueWan: Decimal) {
    suggestedEnterpriseScale(industryCode: $industryCode, employees: $employees, revenueWan: $revenueWan)
  }
`)

/**
 * Keeps `form.scale` prefilled with the scale the server suggests for the industry and
 * figures, as the user types (debounced); a scale the user chose stays.
 */
export function useScaleSuggestion(form: EnterpriseForm, options: { delayMs?: number } = {}) {
  const { client } = useClientHandle()
  /** undefined: nothing asked yet; null: the figures do not decide it */
  const suggestion = ref<EnterpriseScale | null | undefined>(undefined)
  const pending = ref(false)
  // A scale saved earlier is kept; only an empty choice or an earlier suggestion is replaced.
  let previous: EnterpriseScale | null = null

  const suggester = createScaleSuggester({
    delayMs: options.delayMs,
    fetch: async (query) => {
      const result = await client.query(SuggestedScaleQuery, query, { requestPolicy: 'cache-first' }).toPromise()
      if (result.error) throw result.error
      return result.data?.suggestedEnterpriseScale ?? null
    },
    onPending: (value) => {
      pending.value = value
    },
    onResult: (value, query) => {
      suggestion.value = query === null ? undefined : value
      form.scale = nextScale(form.scale, previous, value)
      if (value !== null) previous = value
    },
  })

  watch(
    () => scaleQueryOf(form),
    (query) => suggester.request(query),
    { immediate: true },
  )
  onBeforeUnmount(() => suggester.cancel())

  return { suggestion, pending }
}
