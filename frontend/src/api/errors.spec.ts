import { describe, expect, it } from 'vitest'
import { mapUserErrors } from './errors'

describe('mapUserErrors', () => {
  it('puts errors with a field next to that field', () => {
    const mapped = mapUserErrors([
      { field: 'email', code: 'INVALID_EMAIL', message: '邮箱格式不正确' },
      { field: 'password', code: 'WEAK_PASSWORD', message: '密码强度不足' },
    ])
    expect(mapped.fields).toEqual({ email: '邮箱格式不正确', password: '密码强度不足' })
    expect(mapped.general).toEqual([])
  })

  it('keeps errors without a field as general messages', () => {
    const mapped = mapUserErrors([{ field: null, code: 'INVALID_CREDENTIALS', message: '邮箱或密码错误' }])
    expect(mapped.fields).toEqual({})
    expect(mapped.general).toEqual(['邮箱或密码错误'])
  })

  it('uses the last segment of a field path', () => {
    const mapped = mapUserErrors([{ field: 'input.newPassword', code: 'TOO_SHORT', message: 'too short' }])
    expect(mapped.fields).toEqual({ newPassword: 'too short' })
  })

  it('joins several messages for one field', () => {
    const mapped = mapUserErrors([
      { field: 'name', code: 'REQUIRED', message: 'a' },
      { field: 'name', code: 'TOO_LONG', message: 'b' },
    ])
    expect(mapped.fields.name).toBe('a；b')
  })

  it('turns errors for fields the form does not show into general ones', () => {
    const mapped = mapUserErrors(
      [
        { field: 'email', code: 'INVALID_EMAIL', message: 'bad email' },
        { field: 'token', code: 'INVALID_TOKEN', message: 'bad link' },
      ],
      ['email', 'password'],
    )
    expect(mapped.fields).toEqual({ email: 'bad email' })
    expect(mapped.general).toEqual(['bad link'])
  })

  it('accepts no errors at all', () => {
    expect(mapUserErrors(undefined)).toEqual({ fields: {}, general: [] })
    expect(mapUserErrors([])).toEqual({ fields: {}, general: [] })
  })
})
