import { beforeEach, describe, expect, it, vi } from 'vitest'

describe('i18n', () => {
  beforeEach(() => {
    localStorage.clear()
    vi.resetModules()
  })

  it('speaks Chinese by default', async () => {
    const { i18n, currentLocale } = await import('./index')
    expect(currentLocale()).toBe('zh-CN')
    expect(i18n.global.t('nav.home')).toBe('首页')
  })

  it('switches to English and remembers the choice', async () => {
    const { i18n, setLocale, LOCALE_STORAGE_KEY } = await import('./index')
    setLocale('en')
    expect(i18n.global.t('nav.home')).toBe('Home')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })

  it('starts in the remembered language after a reload', async () => {
    localStorage.setItem('qifu.locale', 'en')
    const { i18n, currentLocale } = await import('./index')
    expect(currentLocale()).toBe('en')
    expect(i18n.global.t('nav.logout')).toBe('Log out')
  })

  it('ignores an unknown stored language', async () => {
    localStorage.setItem('qifu.locale', 'fr')
    const { currentLocale } = await import('./index')
    expect(currentLocale()).toBe('zh-CN')
  })

  it('has the same keys in every language', async () => {
    const { default: zh } = await import('./zh-CN')
    const { default: en } = await import('./en')
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      )
    expect(keys(en).sort()).toEqual(keys(zh).sort())
  })
})
