import { expect, test } from '@playwright/test'
import { expectNoHorizontalScroll, isNarrow, navigate } from '../support/ui'

test('the portal opens in Chinese, switches to English and remembers it', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('home-title')).toHaveText('一站式企业公共服务')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByTestId('nav-login')).toHaveText('登录')
  await expect(page.getByTestId('logo')).toContainText('企服')
  if (isNarrow(page)) {
    await expect(page.getByTestId('nav-home')).toHaveCount(0)
    await expect(page.getByTestId('nav-toggle')).toBeVisible()
  } else {
    await expect(page.getByTestId('nav-home')).toHaveText('首页')
  }
  await expectNoHorizontalScroll(page)

  // Placeholder pages of the later domains.
  await navigate(page, 'nav-policies')
  await expect(page).toHaveURL(/\/policies$/)
  await expect(page.getByTestId('coming-soon')).toContainText('即将上线')

  // Switch to English.
  await page.getByTestId('lang-switch').click()
  await page.getByTestId('lang-option-en').click()
  await expect(page.getByTestId('coming-soon')).toContainText('Coming soon')
  await expect(page.getByTestId('nav-login')).toHaveText('Log in')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  // Remembered across a reload and on other pages.
  await page.reload()
  await expect(page.getByTestId('coming-soon')).toContainText('Coming soon')
  await navigate(page, 'nav-home')
  await expect(page.getByTestId('home-title')).toHaveText('Public services for enterprises, in one place')
  await expect(page.getByTestId('lang-switch')).toContainText('English')
  await expectNoHorizontalScroll(page)

  // And back to Chinese.
  await page.getByTestId('lang-switch').click()
  await page.getByTestId('lang-option-zh-CN').click()
  await expect(page.getByTestId('home-title')).toHaveText('一站式企业公共服务')
})
