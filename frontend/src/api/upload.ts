/**
 * File uploads: one graphql-multipart-request-spec POST per file. The server refuses
 * multipart requests without the `Apollo-Require-Preflight` header (CSRF protection: a
 * cross-site form cannot set it), recognises the type from the content and keeps the file
 * private to its owner until a record attaches it.
 */
import { authFetch, GRAPHQL_URL } from '@/api/client'
import type { UserErrorLike } from '@/api/errors'
import { currentLocale } from '@/i18n'

/** The schema's FilePurpose (the upload is sent as plain text, so codegen does not emit it). */
export type FilePurpose = 'BUSINESS_LICENCE' | 'QUALIFICATION' | 'AVATAR' | 'LOGO' | 'ATTACHMENT'

export interface UploadedFile {
  id: string
  name: string
  size: number
  contentType: string
  purpose: FilePurpose
  url: string
}

export interface UploadResult {
  file: UploadedFile | null
  errors: UserErrorLike[]
}

// Plain text rather than a typed document: a multipart body is not something urql sends.
const UPLOAD_MUTATION = `mutation UploadFile($input: UploadFileInput!) {
  uploadFile(input: $input) {
    file { id name size contentType purpose url }
    errors { field code message }
  }
}`

/** Images may be up to 5 MB, documents up to 20 MB (the server checks again). */
export const UPLOAD_LIMITS = { image: 5 * 1024 * 1024, document: 20 * 1024 * 1024 }

export const ACCEPT: Record<FilePurpose, string> = {
  BUSINESS_LICENCE: 'image/jpeg,image/png,image/webp',
  QUALIFICATION: 'image/jpeg,image/png,image/webp,application/pdf',
  AVATAR: 'image/jpeg,image/png,image/webp',
  LOGO: 'image/jpeg,image/png,image/webp',
  ATTACHMENT:
    'image/jpeg,image/png,image/webp,application/pdf,' +
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export function buildUploadBody(file: File | Blob, purpose: FilePurpose, filename?: string): FormData {
  const body = new FormData()
  body.append(
    'operations',
    JSON.stringify({ query: UPLOAD_MUTATION, variables: { input: { file: null, purpose } } }),
  )
  body.append('map', JSON.stringify({ 0: ['variables.input.file'] }))
  body.append('0', file, filename ?? (file instanceof File ? file.name : 'file'))
  return body
}

export async function uploadFile(file: File, purpose: FilePurpose): Promise<UploadResult> {
  const response = await authFetch(GRAPHQL_URL, {
    method: 'POST',
    credentials: 'same-origin',
    // No Content-Type: the browser sets multipart/form-data with its boundary.
    headers: { 'Apollo-Require-Preflight': 'true', 'Accept-Language': currentLocale() },
    body: buildUploadBody(file, purpose),
  })
  const body = (await response.json()) as {
    data?: { uploadFile: UploadResult | null } | null
    errors?: { message: string }[]
  }
  const payload = body.data?.uploadFile
  if (payload) return payload
  return { file: null, errors: [{ field: null, code: 'UNEXPECTED', message: body.errors?.[0]?.message ?? String(response.status) }] }
}
