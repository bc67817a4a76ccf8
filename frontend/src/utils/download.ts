import { shanghaiDate } from '@/utils/format'

const pad = (n: number) => String(n).padStart(2, '0')

/** `qifu-my-data-YYYYMMDD.json`, dated in China Standard Time. */
export function myDataFileName(at: Date = new Date()): string {
  const { year, month, day } = shanghaiDate(at)
  return `qifu-my-data-${year}${pad(month)}${pad(day)}.json`
}

/** Pretty-printed JSON (two spaces, final newline), readable in any text editor. */
export function prettyJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`
}

/**
 * Saves `data` as a JSON file through a temporary Blob link. The object URL is released a
 * little later: revoking it at once can cancel the download in some browsers.
 */
export function downloadJson(data: unknown, filename: string): void {
  const blob = new Blob([prettyJson(data)], { type: 'application/json;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.appendChild(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}
