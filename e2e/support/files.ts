import { crc32, deflateSync } from 'node:zlib'
import { randomBytes } from 'node:crypto'

/** What Playwright's `setInputFiles` takes for an in-memory file. */
export interface FilePayload {
  name: string
  mimeType: string
  buffer: Buffer
}

function chunk(kind: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(kind, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid 1×1 PNG, unique by a random text chunk (the server sniffs and parses content). */
export function pngFile(name = 'licence.png'): FilePayload {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const buffer = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), Buffer.from(randomBytes(8).toString('hex'))])),
    chunk('IDAT', deflateSync(Buffer.from([0, 0xff, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return { name, mimeType: 'image/png', buffer }
}

/** Text dressed up as an image: the server must refuse it by its content. */
export function disguisedFile(name = 'licence.png'): FilePayload {
  return { name, mimeType: 'image/png', buffer: Buffer.from('这不是图片 — just text pretending to be a PNG\n') }
}
