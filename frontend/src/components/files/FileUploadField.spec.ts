import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import FileUploadField, { type AttachedFile } from './FileUploadField.vue'
import { buildUploadBody } from '@/api/upload'
import { i18n, setLocale } from '@/i18n'
import { jsonResponse } from '@/test/fake-server'

interface SentUpload {
  headers: Headers
  body: FormData
}

/** A fake endpoint that answers each multipart upload with `answer(filename)`. */
function fakeUploads(answer: (filename: string) => unknown) {
  const sent: SentUpload[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const body = init?.body as FormData
      sent.push({ headers: new Headers(init?.headers), body })
      return jsonResponse(answer((body.get('0') as File).name))
    }),
  )
  return sent
}

function mountField(modelValue: AttachedFile[] = [], multiple = false) {
  setLocale('zh-CN')
  setActivePinia(createPinia())
  return mount(FileUploadField, {
    props: { modelValue, purpose: 'QUALIFICATION', multiple, testid: 'quals' },
    global: { plugins: [i18n, ElementPlus] },
  })
}

async function pick(wrapper: ReturnType<typeof mountField>, files: File[]) {
  const input = wrapper.get('[data-testid="quals-input"]').element as HTMLInputElement
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  await wrapper.get('[data-testid="quals-input"]').trigger('change')
  await flushPromises()
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('buildUploadBody', () => {
  it('follows the multipart request spec: operations, map, then the file part', () => {
    const body = buildUploadBody(new File(['x'], '资质.pdf'), 'QUALIFICATION')
    const operations = JSON.parse(String(body.get('operations')))
    expect(operations.variables).toEqual({ input: { file: null, purpose: 'QUALIFICATION' } })
    expect(operations.query).toContain('uploadFile(input: $input)')
    expect(JSON.parse(String(body.get('map')))).toEqual({ 0: ['variables.input.file'] })
    expect((body.get('0') as File).name).toBe('资质.pdf')
  })
})

describe('FileUploadField', () => {
  it('uploads with the CSRF header and adds each accepted file', async () => {
    const sent = fakeUploads((name) => ({
      data: { uploadFile: { file: { id: `id-${name}`, name, size: 1, contentType: 'image/png', purpose: 'QUALIFICATION', url: `/files/${name}` }, errors: [] } },
    }))
    const wrapper = mountField([], true)
    await pick(wrapper, [new File(['a'], 'a.png'), new File(['b'], 'b.png')])
    expect(sent).toHaveLength(2)
    expect(sent[0]!.headers.get('Apollo-Require-Preflight')).toBe('true')
    const emitted = wrapper.emitted('update:modelValue')!.at(-1)![0] as AttachedFile[]
    expect(emitted.map((f) => f.id)).toEqual(['id-a.png', 'id-b.png'])
  })

  it('shows the server refusal and attaches nothing', async () => {
    fakeUploads(() => ({
      data: { uploadFile: { file: null, errors: [{ field: 'file', code: 'FILE_TYPE_NOT_ALLOWED', message: '不支持此文件类型' }] } },
    }))
    const wrapper = mountField()
    await pick(wrapper, [new File(['MZ'], 'virus.png')])
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    expect(wrapper.get('[data-testid="quals-error"]').text()).toContain('virus.png：不支持此文件类型')
  })

  it('a single-file field replaces its file and can remove it', async () => {
    fakeUploads((name) => ({
      data: { uploadFile: { file: { id: 'new', name, size: 1, contentType: 'image/png', purpose: 'QUALIFICATION', url: null }, errors: [] } },
    }))
    const wrapper = mountField([{ id: 'old', name: '旧.png' }])
    expect(wrapper.get('[data-testid="quals-choose"]').text()).toBe('重新上传')
    await pick(wrapper, [new File(['n'], '新.png')])
    expect(wrapper.emitted('update:modelValue')!.at(-1)![0]).toEqual([{ id: 'new', name: '新.png', url: null }])
    await wrapper.get('[data-testid="quals-remove"]').trigger('click')
    expect(wrapper.emitted('update:modelValue')!.at(-1)![0]).toEqual([])
  })
})
