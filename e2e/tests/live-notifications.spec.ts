import { expect, test } from '@playwright/test'
import { engagementSetup, mutate } from '../support/engagements'
import { apiToken } from '../support/orgs'
import { loginThroughUi, newPage } from '../support/ui'

/**
 * Live notifications: the institution's member sits on the home page; when an enterprise
 * requests its product, the bell's badge goes up and a toast appears — no navigation, no
 * reload — and the toast opens the request.
 */
test('the institution sees a new service request arrive live', async ({ page, request, browser }, testInfo) => {
  test.setTimeout(180_000)
  const setup = await engagementSetup(request, `${testInfo.project.name}实时`)
  const { member, requester, product } = setup
  // Start from an empty inbox (the setup's own steps may have told the member things).
  const memberToken = await apiToken(request, member.email, member.password)
  await mutate(request, memberToken, 'markNotificationsRead', 'MarkNotificationsReadInput', { all: true })

  // --- the member signs in and stays on the home page, its subscription open
  const lawyer = await newPage(browser, testInfo)
  // The bell subscribes over a WebSocket (a remount of the header may open a new one).
  const subscribed = new Promise<void>((resolve) => {
    lawyer.on('websocket', (ws) =>
      ws.on('framesent', (frame) => {
        if (String(frame.payload).includes('notificationAdded')) resolve()
      }),
    )
  })
  await lawyer.goto('/')
  await loginThroughUi(lawyer, member.email, member.password)
  await expect(lawyer.getByTestId('inbox-bell')).toBeVisible()
  await subscribed
  await expect(lawyer.getByTestId('inbox-badge').locator('sup')).toBeHidden()
  const sittingAt = lawyer.url()
  await lawyer.evaluate(() => ((window as unknown as { sat: boolean }).sat = true))

  // --- in another browser, the enterprise requests the product
  await page.goto('/login')
  await loginThroughUi(page, requester.email, requester.password)
  await page.goto(`/services/${product.id}`)
  await expect(page.getByTestId('product-title')).toHaveText(product.name)
  await page.getByTestId('request-service').click()
  const dialog = page.getByTestId('request-service-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('request-service-need').fill('需要审查两份销售合同')
  await page.getByTestId('request-service-submit').click()
  await expect(page).toHaveURL(/\/engagements\/[^/]+$/)
  const engagementPath = new URL(page.url()).pathname

  // --- the member's page shows it at once: badge 1 and a toast, same page, no reload
  await expect(lawyer.getByTestId('inbox-badge').locator('sup')).toHaveText('1')
  const toast = lawyer.locator('.inbox-toast')
  await expect(toast).toContainText('新的服务申请')
  expect(lawyer.url()).toBe(sittingAt)
  expect(await lawyer.evaluate(() => (window as unknown as { sat?: boolean }).sat)).toBe(true)

  // The toast opens the request.
  await toast.click()
  await expect(lawyer).toHaveURL(engagementPath)
  await lawyer.context().close()
})
