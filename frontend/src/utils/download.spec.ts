import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadJson, myDataFileName, prettyJson } from './download'

describe('my data download', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('names the file by the date in China', () => {
    expect(myDataFileName(new Date('2026-03-05T08:00:00Z'))).toBe('qifu-my-data-20260305.json')
    // 23:30 UTC is already the next morning in Shanghai.
    expect(myDataFileName(new Date('2026-12-31T23:30:00Z'))).toBe('qifu-my-data-20270101.json')
  })

  it('pretty-prints with two spaces and keeps Chinese text readable', () => {
    expect(prettyJson({ account: { name: '张三' } })).toBe('{\n  "account": {\n    "name": "张三"\n  }\n}\n')
  })

  it('saves the JSON through a temporary Blob link and releases it afterwards', async () => {
    vi.useFakeTimers()
    let blob: Blob | null = null
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob
      return 'blob:qifu/1'
    })
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const clicked: { href: string; download: string; attached: boolean }[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: document.body.contains(this) })
    })

    downloadJson({ account: { email: 'zhang@example.com' } }, 'qifu-my-data-20260305.json')

    expect(click).toHaveBeenCalledTimes(1)
    expect(clicked[0]).toEqual({ href: 'blob:qifu/1', download: 'qifu-my-data-20260305.json', attached: true })
    expect(document.querySelector('a[download]')).toBeNull()
    expect(blob!.type).toContain('application/json')
    expect(JSON.parse(await blob!.text())).toEqual({ account: { email: 'zhang@example.com' } })
    expect(await blob!.text()).toContain('\n  "account"')
    expect(revoke).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(revoke).toHaveBeenCalledWith('blob:qifu/1')
  })
})
