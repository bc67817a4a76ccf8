/**
 * Reference data in cascaders: GB/T 2260 regions (province → city → county) and
 * GB/T 4754-2017 industries (section → division …), loaded one level at a time.
 */

/** A row of `regions(parent)` or `industries(parent)`. */
export interface ReferenceRow {
  code: string
  name: string
  hasChildren: boolean
}

export type CascaderOptionLike = {
  value: string
  label: string
  leaf: boolean
}

/** Rows as cascader options; `maxDepth` (levels below the root) stops the descent early. */
export function toCascaderOptions(rows: readonly ReferenceRow[], depth: number, maxDepth?: number): CascaderOptionLike[] {
  const lastLevel = maxDepth !== undefined && depth + 1 >= maxDepth
  return rows.map((row) => ({ value: row.code, label: row.name, leaf: lastLevel || !row.hasChildren }))
}

/** What Element Plus hands to `lazyLoad`: the node being opened (level 0 is the root). */
export interface LazyNodeLike {
  level: number
  value?: unknown
}

export type FetchChildren = (parent: string | null) => Promise<readonly ReferenceRow[]>

/**
 * A cascader `lazyLoad`: the root asks for the top level (parent null), every other node for
 * its children. A failed request rejects, so that the node can be opened again.
 */
export function makeLazyLoad(fetchChildren: FetchChildren, maxDepth?: number) {
  return (node: LazyNodeLike, resolve: (options: CascaderOptionLike[]) => void, reject?: () => void): void => {
    const parent = node.level === 0 ? null : String(node.value)
    fetchChildren(parent).then(
      (rows) => resolve(toCascaderOptions(rows, node.level, maxDepth)),
      () => (reject ? reject() : resolve([])),
    )
  }
}

/** Caches answers per parent code (reference data does not change while the page is open). */
export function cachedFetch(fetchChildren: FetchChildren): FetchChildren {
  const cache = new Map<string, Promise<readonly ReferenceRow[]>>()
  return (parent) => {
    const key = parent ?? ''
    let answer = cache.get(key)
    if (!answer) {
      answer = fetchChildren(parent)
      cache.set(key, answer)
      // A failure is not remembered: the next opening asks again.
      answer.catch(() => cache.delete(key))
    }
    return answer
  }
}

/**
 * The cascader path of a GB/T 2260 code: 330302 → [330000, 330300, 330302], a city → [province,
 * city], a province → [province]. Summary codes (110100 市辖区) follow the same rule.
 */
export function regionPath(code: string): string[] {
  if (!/^\d{6}$/.test(code)) return []
  const province = `${code.slice(0, 2)}0000`
  const city = `${code.slice(0, 4)}00`
  if (code === province) return [province]
  if (code === city) return [province, city]
  return [province, city, code]
}

/** GB/T 4754-2017 sections and the first and last division (大类) of each. */
const SECTIONS: readonly [string, number, number][] = [
  ['A', 1, 5],
  ['B', 6, 12],
  ['C', 13, 43],
  ['D', 44, 46],
  ['E', 47, 50],
  ['F', 51, 52],
  ['G', 53, 60],
  ['H', 61, 62],
  ['I', 63, 65],
  ['J', 66, 69],
  ['K', 70, 70],
  ['L', 71, 72],
  ['M', 73, 75],
  ['N', 76, 79],
  ['O', 80, 82],
  ['P', 83, 83],
  ['Q', 84, 85],
  ['R', 86, 90],
  ['S', 91, 96],
  ['T', 97, 97],
]

/** The section (门类) of a division, group or class code, or null. */
export function sectionOf(code: string): string | null {
  const division = Number(code.slice(0, 2))
  if (!/^\d{2,4}$/.test(code)) return null
  return SECTIONS.find(([, first, last]) => division >= first && division <= last)?.[0] ?? null
}

/** The cascader path of an industry: 6512 → [I, 65, 651, 6512], 65 → [I, 65], I → [I]. */
export function industryPath(code: string): string[] {
  if (/^[A-T]$/.test(code)) return [code]
  const section = sectionOf(code)
  if (!section) return []
  const path = [section]
  for (let length = 2; length <= code.length; length += 1) path.push(code.slice(0, length))
  return path
}
