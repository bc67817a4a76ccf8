import { ref, shallowRef } from 'vue'
import { useClientHandle } from '@urql/vue'
import type { AnyVariables, TypedDocumentNode } from '@urql/core'
import { describeError } from '@/api/client'

export interface ConnectionLike<TNode> {
  totalCount?: number | null
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
  edges: { node: TNode }[]
}

interface Options<TData, TVars extends AnyVariables, TNode> {
  query: TypedDocumentNode<TData, TVars>
  /** Filters (everything except first/after), read on every (re)load. */
  variables: () => Omit<TVars, 'first' | 'after'>
  select: (data: TData) => ConnectionLike<TNode> | null | undefined
  pageSize?: number
}

/** A Relay connection shown as a list with "load more" (pageInfo.endCursor). */
export function useConnectionList<TData, TVars extends AnyVariables, TNode>(
  options: Options<TData, TVars, TNode>,
) {
  const { client } = useClientHandle()
  const pageSize = options.pageSize ?? 20
  const rows = shallowRef<TNode[]>([])
  const totalCount = ref<number | null>(null)
  const hasNextPage = ref(false)
  const endCursor = ref<string | null>(null)
  const loading = ref(false)
  const loadingMore = ref(false)
  const error = ref<string | null>(null)
  let generation = 0

  async function fetchPage(after: string | null): Promise<void> {
    const mine = ++generation
    const variables = { ...options.variables(), first: pageSize, after } as unknown as TVars
    const result = await client.query(options.query, variables).toPromise()
    if (mine !== generation) return // a newer search replaced this one
    if (result.error) {
      error.value = describeError(result.error)
      return
    }
    const connection = result.data ? options.select(result.data) : null
    if (!connection) return
    const nodes = connection.edges.map((e) => e.node)
    rows.value = after ? [...rows.value, ...nodes] : nodes
    totalCount.value = connection.totalCount ?? null
    hasNextPage.value = connection.pageInfo.hasNextPage
    endCursor.value = connection.pageInfo.endCursor ?? null
    error.value = null
  }

  async function reload(): Promise<void> {
    loading.value = true
    try {
      await fetchPage(null)
    } finally {
      loading.value = false
    }
  }

  async function loadMore(): Promise<void> {
    if (!hasNextPage.value || loadingMore.value) return
    loadingMore.value = true
    try {
      await fetchPage(endCursor.value)
    } finally {
      loadingMore.value = false
    }
  }

  return { rows, totalCount, hasNextPage, loading, loadingMore, error, reload, loadMore }
}
