// Fails when src/gql/ is not what graphql-codegen generates from ../schema.graphql and the
// operations in src/. Generates into a temporary directory and compares file by file.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const committed = join(root, 'src', 'gql')
const tmp = mkdtempSync(join(tmpdir(), 'qifu-gql-'))
const fresh = join(tmp, 'gql')

function files(dir) {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

let stale = []
try {
  execFileSync(join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts'], {
    cwd: root,
    env: { ...process.env, QIFU_GQL_OUT: fresh + '/' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const names = new Set([...files(committed), ...files(fresh)])
  for (const name of [...names].sort()) {
    let a = null
    let b = null
    try { a = readFileSync(join(committed, name), 'utf8') } catch { /* missing */ }
    try { b = readFileSync(join(fresh, name), 'utf8') } catch { /* missing */ }
    if (a !== b) stale.push(name)
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

if (stale.length) {
  console.error(`src/gql/ is stale against ../schema.graphql: ${stale.join(', ')}`)
  console.error('Run `npm run codegen` and commit the result.')
  process.exit(1)
}
console.log('src/gql/ is up to date.')
