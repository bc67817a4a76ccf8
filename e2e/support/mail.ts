import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { simpleParser, type AddressObject } from 'mailparser'

/** Where the mail sink (support/mailsink.py) writes one .eml file per message. */
export const mailDir = process.env.QIFU_MAIL_DIR ?? resolve(import.meta.dirname, '..', '.mail')

export interface Mail {
  file: string
  to: string[]
  subject: string
  text: string
  html: string
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()))
}

async function readMail(file: string): Promise<Mail> {
  const parsed = await simpleParser(await readFile(join(mailDir, file)))
  const envelope = String(parsed.headers.get('x-envelope-to') ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
  return {
    file,
    to: [...new Set([...addresses(parsed.to), ...envelope])],
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
  }
}

export interface MailQuery {
  to: string
  subject?: RegExp | string
  /** only mails that arrived after this many mails to the same address already existed */
  after?: number
  timeoutMs?: number
}

/** All mails to an address so far, oldest first. */
export async function mailsTo(to: string): Promise<Mail[]> {
  let files: string[] = []
  try {
    files = (await readdir(mailDir)).filter((f) => f.endsWith('.eml')).sort()
  } catch {
    return []
  }
  const mails = await Promise.all(files.map(readMail))
  return mails.filter((m) => m.to.includes(to.toLowerCase()))
}

/** Waits for the newest mail to `to` whose subject matches. */
export async function waitForMail({ to, subject, after = 0, timeoutMs = 20_000 }: MailQuery): Promise<Mail> {
  const deadline = Date.now() + timeoutMs
  const matches = (m: Mail) =>
    subject === undefined || (typeof subject === 'string' ? m.subject.includes(subject) : subject.test(m.subject))
  for (;;) {
    const found = (await mailsTo(to)).slice(after).filter(matches)
    const newest = found.at(-1)
    if (newest) return newest
    if (Date.now() > deadline) {
      throw new Error(`no mail to ${to} with subject ${String(subject)} within ${timeoutMs} ms (dir ${mailDir})`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** The first http(s) link of the plain-text part. */
export function firstLink(mail: Mail): string {
  const match = /https?:\/\/[^\s<>"'，。）)]+/.exec(mail.text)
  if (!match) throw new Error(`no link in mail "${mail.subject}":\n${mail.text}`)
  return match[0]
}

/** The link, relative to the site, so the test stays on the baseURL it runs against. */
export function linkPath(mail: Mail): string {
  const url = new URL(firstLink(mail))
  return `${url.pathname}${url.search}`
}
