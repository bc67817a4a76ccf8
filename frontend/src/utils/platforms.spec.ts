import { describe, expect, it } from 'vitest'
import { buildPlatformTree, type PlatformLike } from './platforms'
import { parseReviewStatus } from './review'

const region = (code: string, name: string) => ({ code, name, fullName: name })

describe('the platform tree', () => {
  it('nests window platforms under their parents, in the order given', () => {
    const list: PlatformLike[] = [
      { id: 'h', name: '枢纽', kind: 'HUB', region: region('330000', '浙江省'), parent: null },
      { id: 'w1', name: '温州', kind: 'WINDOW', region: region('330300', '温州市'), parent: { id: 'h' } },
      { id: 'w2', name: '鹿城', kind: 'WINDOW', region: region('330302', '鹿城区'), parent: { id: 'w1' } },
      { id: 'w3', name: '宁波', kind: 'WINDOW', region: region('330200', '宁波市'), parent: { id: 'h' } },
    ]
    const tree = buildPlatformTree(list)
    expect(tree.map((n) => n.id)).toEqual(['h'])
    expect(tree[0]!.children.map((n) => n.id)).toEqual(['w1', 'w3'])
    expect(tree[0]!.children[0]!.children.map((n) => n.id)).toEqual(['w2'])
  })

  it('keeps a platform whose parent is missing at the top', () => {
    const tree = buildPlatformTree([
      { id: 'w', name: '孤立', kind: 'WINDOW', region: region('330300', '温州市'), parent: { id: 'gone' } },
    ])
    expect(tree.map((n) => n.id)).toEqual(['w'])
  })
})

describe('the review filter', () => {
  it('defaults to 审核中 and takes only known statuses', () => {
    expect(parseReviewStatus(undefined)).toBe('PENDING')
    expect(parseReviewStatus('REJECTED')).toBe('REJECTED')
    expect(parseReviewStatus('ALL')).toBe('ALL')
    expect(parseReviewStatus('nonsense')).toBe('PENDING')
  })
})
