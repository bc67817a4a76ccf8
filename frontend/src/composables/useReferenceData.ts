import { useClientHandle } from '@urql/vue'
import type { Client } from '@urql/core'
import { graphql } from '@/gql'
import { cachedFetch, makeLazyLoad, type FetchChildren } from '@/utils/reference'

const RegionsQuery = graphql(`
  query Regions($parent: String) {
    regions(parent: $parent) {
      code
      name
      hasChildren
    }
  }
`)

const IndustriesQuery = graphql(`
  query Industries($parent: String) {
    industries(parent: $parent) {
      code
      name
      hasChildren
    }
  }
`)

// Reference data is the same for every page of this tab: one cache per client.
const caches = new WeakMap<Client, { regions: FetchChildren; industries: FetchChildren }>()

function fetchersFor(client: Client) {
  let found = caches.get(client)
  if (!found) {
    found = {
      regions: cachedFetch(async (parent) => {
        const result = await client.query(RegionsQuery, { parent }).toPromise()
        if (result.error || !result.data) throw result.error ?? new Error('no data')
        return result.data.regions
      }),
      industries: cachedFetch(async (parent) => {
        const result = await client.query(IndustriesQuery, { parent }).toPromise()
        if (result.error || !result.data) throw result.error ?? new Error('no data')
        return result.data.industries
      }),
    }
    caches.set(client, found)
  }
  return found
}

/** `lazyLoad` functions for the region and industry cascaders. */
export function useReferenceData() {
  const { client } = useClientHandle()
  const fetchers = fetchersFor(client)
  return {
    regionLazyLoad: makeLazyLoad(fetchers.regions),
    industryLazyLoad: makeLazyLoad(fetchers.industries),
  }
}
