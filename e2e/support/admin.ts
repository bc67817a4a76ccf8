import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { promisify } from 'node:util'

const root = resolve(import.meta.dirname, '..', '..')
const stateFile = process.env.QIFU_E2E_STATE ?? resolve(import.meta.dirname, '..', '.stack.json')

export type StaffRole = 'HUB_ADMIN' | 'OPERATOR'

export interface StaffOptions {
  name?: string
  /** HUB_ADMIN (default) or a platform-wide OPERATOR */
  role?: StaffRole
  /** A preset authenticator secret (base32): the account logs in with codes at once. */
  totpSecret?: string
}

/** Creates a staff account in the running stack's database with `qifu createadmin`. */
export async function createStaff(email: string, password: string, options: StaffOptions = {}): Promise<void> {
  const { role = 'HUB_ADMIN', name = role === 'OPERATOR' ? '平台运营' : '枢纽管理员', totpSecret } = options
  const state = JSON.parse(await readFile(stateFile, 'utf8')) as { dataDir: string; databaseUrl: string }
  const args = ['createadmin', '--email', email, '--name', name, '--password', password, '--role', role]
  if (totpSecret) args.push('--totp-secret', totpSecret)
  await promisify(execFile)(resolve(root, 'backend/.venv/bin/qifu'), args, {
    cwd: resolve(root, 'backend'),
    env: { ...process.env, QIFU_ENV: 'test', QIFU_DATA_DIR: state.dataDir, QIFU_DATABASE_URL: state.databaseUrl },
  })
}

/** Creates a hub administrator (see createStaff). */
export async function createHubAdmin(
  email: string,
  password: string,
  name = '枢纽管理员',
  options: Omit<StaffOptions, 'name' | 'role'> = {},
): Promise<void> {
  await createStaff(email, password, { ...options, name, role: 'HUB_ADMIN' })
}
