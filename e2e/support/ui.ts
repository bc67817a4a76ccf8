import { expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test'

/** The error Element Plus shows under the form item that holds `input`. */
export function fieldError(page: Page, testid: string): Locator {
  return page.locator('.el-form-item', { has: page.getByTestId(testid) }).locator('.el-form-item__error')
}

export async function loginThroughUi(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login')
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('user-menu')).toBeVisible()
}

export async function openUserMenu(
  page: Page,
  item: 'menu-my-account' | 'menu-my-enterprise' | 'menu-logout',
): Promise<void> {
  await page.getByTestId('user-menu').click()
  const entry = page.getByTestId(item)
  await expect(entry).toBeVisible()
  await entry.click()
}

export async function logoutThroughUi(page: Page): Promise<void> {
  await openUserMenu(page, 'menu-logout')
  await expect(page.getByTestId('nav-login')).toBeVisible()
  await expect(page.getByTestId('user-menu')).toHaveCount(0)
}

/** Whether the test runs at phone width (the navigation is then in a drawer). */
export function isNarrow(page: Page): boolean {
  return (page.viewportSize()?.width ?? 1440) < 768
}

/** Clicks a portal navigation entry, opening the drawer first on narrow screens. */
export async function navigate(page: Page, testid: string): Promise<void> {
  if (isNarrow(page)) {
    await page.getByTestId('nav-toggle').click()
    await page.getByTestId(`${testid}-mobile`).click()
  } else {
    await page.getByTestId(testid).click()
  }
}

/** The page must not scroll sideways (the layout fits the viewport). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

/** A refused login: the server's message shows on the form (next to a field or above it). */
export async function expectLoginRefused(page: Page): Promise<void> {
  const message = page.locator('[data-testid="form-error"], .el-form-item__error').first()
  await expect(message).toBeVisible()
  await expect(page.getByTestId('user-menu')).toHaveCount(0)
}

export type ConsoleItem =
  | 'nav-console-users'
  | 'nav-console-audit'
  | 'nav-console-calendar'
  | 'nav-console-enterprises'
  | 'nav-console-institutions'
  | 'nav-console-products'
  | 'nav-console-engagements'
  | 'nav-console-demands'
  | 'nav-console-platforms'
  | 'nav-console-departments'
  | 'nav-console-experts'
  | 'nav-console-demand-settings'
  | 'nav-console-complaints'
  | 'nav-console-follow-ups'

/** Opens a console page through the navigation (drawer on narrow screens, sub-menu otherwise). */
export async function openConsole(page: Page, item: ConsoleItem): Promise<void> {
  if (isNarrow(page)) {
    await page.getByTestId('nav-toggle').click()
    await page.getByTestId(`${item}-mobile`).click()
  } else {
    await page.getByTestId('nav-console').hover()
    await page.getByTestId(item).click()
  }
}

/** Accepts the open confirmation box (ElMessageBox). */
export async function confirmMessageBox(page: Page, text?: string | RegExp): Promise<void> {
  const box = page.locator('.el-message-box')
  await expect(box).toBeVisible()
  if (text) await expect(box).toContainText(text)
  await box.locator('.el-message-box__btns .el-button--primary').click()
  await expect(box).toBeHidden()
}

/** Enters email and password; the caller deals with what follows (second factor, errors). */
export async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login')
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
}

/** Logs in with password and an authenticator code (given as a function: computed at the last moment). */
export async function loginWithTotp(page: Page, email: string, password: string, code: () => Promise<string>): Promise<void> {
  await submitPassword(page, email, password)
  await expect(page.getByTestId('login-totp')).toBeVisible()
  await page.getByTestId('login-totp').fill(await code())
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('user-menu')).toBeVisible()
}

/**
 * Chooses a path in an Element Plus cascader (lazy levels load as they open). `popper` is the
 * cascader's popper-class. With `strictly`, the last level is chosen by its radio button
 * (cascaders where any level may be chosen); otherwise the last label is a leaf.
 */
export async function pickCascader(
  page: Page,
  testid: string,
  popper: string,
  labels: readonly string[],
  { strictly = false } = {},
): Promise<void> {
  await page.getByTestId(testid).click()
  const panel = page.locator(`.${popper}`)
  await expect(panel).toBeVisible()
  for (const [level, label] of labels.entries()) {
    const node = panel
      .locator('.el-cascader-menu')
      .nth(level)
      .locator('.el-cascader-node', { has: page.locator('.el-cascader-node__label', { hasText: new RegExp(`^${label}$`) }) })
    const last = level === labels.length - 1
    if (last && strictly) await node.locator('.el-radio').click()
    else await node.click()
  }
  if (strictly) await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
}

/**
 * A second person at the same screen size (a browser context of its own, so its own session).
 * Close it with `page.context().close()`.
 */
export async function newPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const use = testInfo.project.use
  const context = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport,
    hasTouch: use.hasTouch,
    isMobile: use.isMobile,
    locale: use.locale,
    timezoneId: use.timezoneId,
  })
  return context.newPage()
}
