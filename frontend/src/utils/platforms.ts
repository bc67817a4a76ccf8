/** The platform network as a tree: the hub at the root, window platforms below by region. */

export interface PlatformLike {
  id: string
  name: string
  kind: 'HUB' | 'WINDOW'
  region: { code: string; name: string; fullName: string }
  parent?: { id: string } | null
}

export type PlatformTreeNode<P extends PlatformLike> = P & { children: PlatformTreeNode<P>[] }

/**
 * Nests the flat list (`platforms` answers in path order). A platform whose parent is not in
 * the list is shown at the top level rather than lost.
 */
export function buildPlatformTree<P extends PlatformLike>(platforms: readonly P[]): PlatformTreeNode<P>[] {
  const nodes = new Map<string, PlatformTreeNode<P>>()
  for (const p of platforms) nodes.set(p.id, { ...p, children: [] })
  const roots: PlatformTreeNode<P>[] = []
  for (const p of platforms) {
    const node = nodes.get(p.id)!
    const parent = p.parent ? nodes.get(p.parent.id) : undefined
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

