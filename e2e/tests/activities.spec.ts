import { expect, test, type Page } from '@playwright/test'
import { createVerifiedUser, gql, uniqueEmail } from '../support/api'
import { advanceClock, serverNow, serverTotp } from '../support/clock'
import { engagementSetup } from '../support/engagements'
import { apiToken } from '../support/orgs'
import { confirmMessageBox, loginThroughUi, loginWithTotp, logoutThroughUi } from '../support/ui'

/**
 * An activity from start to end: an institution's member creates a 1-place activity and
 * submits it; the operator publishes it; two users sign up (the second waitlisted); the first
 * withdraws and the second is promoted; the organiser checks the second in by the typed code;
 * after the end the attendee rates it and the statistics show the check-in.
 */

/** `YYYY-MM-DD HH:mm:ss` in China Standard Time. */
function shanghai(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
}

async function pickDateTime(page: Page, testid: string, at: Date): Promise<void> {
  const input = page.getByTestId(testid).locator('input')
  await input.click()
  await input.fill(shanghai(at))
  await input.press('Enter')
  await expect(input).toHaveValue(shanghai(at))
}

async function signUp(page: Page, activityPath: string) {
  await page.goto(activityPath)
  await page.getByTestId('signup-submit').click()
  await expect(page.getByTestId('my-registration')).toBeVisible()
}

test('an activity: publish, sign-up with a waitlist, promotion, check-in, rating and statistics', async ({ page, request }, testInfo) => {
  test.setTimeout(300_000)
  const setup = await engagementSetup(request, `${testInfo.project.name}活动`)
  const { member: organiser, requester: first, operator } = setup
  const second = await createVerifiedUser(request, { email: uniqueEmail('attendee'), name: '陈会计' })
  const now = await serverNow(request)
  // Tomorrow, on the hour, for two hours; sign-up closes an hour before.
  const startsAt = new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000 + 24 * 3_600_000)
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000)
  const deadline = new Date(startsAt.getTime() - 3_600_000)
  const name = `${setup.institution.name}惠企政策宣讲会`

  // --- the organiser creates the activity with 1 place and submits it
  await loginThroughUi(page, organiser.email, organiser.password)
  await page.goto('/organiser/activities')
  await page.getByTestId('activity-new').click()
  const form = page.getByTestId('activity-form')
  await form.getByTestId('activity-form-name').fill(name)
  await form.getByTestId('activity-form-type').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '政策宣讲' }).click()
  await form.getByTestId('activity-form-venue').fill('鹿城区市民中心三楼报告厅')
  await pickDateTime(page, 'activity-form-starts-at', startsAt)
  await pickDateTime(page, 'activity-form-ends-at', endsAt)
  await pickDateTime(page, 'activity-form-deadline', deadline)
  await form.getByTestId('activity-form-capacity').locator('input').fill('1')
  await form.getByTestId('activity-form-capacity').locator('input').blur()
  await form.getByTestId('activity-form-save').click()
  await expect(form).toBeHidden()
  const row = page.getByTestId('organised-activity').filter({ hasText: name })
  await row.getByTestId('organised-activity-submit').click()
  await confirmMessageBox(page)
  await expect(row.getByTestId('organised-activity-submit')).toBeHidden()
  await logoutThroughUi(page)

  // --- the operator publishes it from the review queue
  await loginWithTotp(page, operator.email, operator.password, () => serverTotp(request, operator.secret))
  await page.goto('/console/activities')
  await page.getByTestId('review-activities').getByText(name).first().click()
  await page.getByTestId('review-activity-approve').click()
  await confirmMessageBox(page)
  await expect(page.getByTestId('review-activity-approve')).toBeHidden()
  await logoutThroughUi(page)

  // The activity's id, for the public page.
  const organiserToken = await apiToken(request, organiser.email, organiser.password)
  const { organisedActivities } = await gql<{ organisedActivities: { edges: { node: { id: string; name: string } }[] } }>(
    request,
    `query Organised($id: ID!) { organisedActivities(organiserType: INSTITUTION, organiserId: $id) { edges { node { id name } } } }`,
    { id: setup.institution.id },
    organiserToken,
  )
  const activityId = organisedActivities.edges.find((e) => e.node.name === name)!.node.id
  const activityPath = `/activities/${activityId}`

  // --- two sign up: the first gets the place, the second the waitlist
  await loginThroughUi(page, first.email, first.password)
  await signUp(page, activityPath)
  await expect(page.getByTestId('my-registration')).toContainText('报名成功')
  await logoutThroughUi(page)
  await loginThroughUi(page, second.email, second.password)
  await signUp(page, activityPath)
  await expect(page.getByTestId('my-registration')).toContainText('候补中')
  await logoutThroughUi(page)

  // --- the first withdraws; the second is promoted and has a ticket
  await loginThroughUi(page, first.email, first.password)
  await page.goto(activityPath)
  await page.getByTestId('registration-cancel').click()
  await confirmMessageBox(page)
  await expect(page.getByTestId('my-registration')).toContainText('已取消')
  await logoutThroughUi(page)
  await loginThroughUi(page, second.email, second.password)
  await page.goto('/me/activities')
  const mine = page.getByTestId('my-registration-row').filter({ hasText: name })
  await expect(mine).toContainText('报名成功')
  const shown = await mine.getByTestId('activity-ticket-code').innerText()
  const code = /([A-Z2-9]{4,10})\s*$/.exec(shown)?.[1] ?? ''
  expect(code).not.toBe('')
  await logoutThroughUi(page)

  // --- at the start, the organiser checks the second in by the typed code
  await advanceClock(request, (startsAt.getTime() - (await serverNow(request)).getTime()) / 1000 + 600)
  await loginThroughUi(page, organiser.email, organiser.password)
  await page.goto(`/organiser/activities/${activityId}/check-in`)
  await page.getByTestId('checkin-code').fill(code)
  await page.getByTestId('checkin-code').press('Enter')
  await expect(page.getByTestId('checkin-banner')).toHaveAttribute('data-result', 'OK')
  await expect(page.getByTestId('checkin-banner')).toContainText('签到成功')
  await expect(page.getByTestId('checkin-banner')).toContainText(second.name)
  await expect(page.getByTestId('checkin-count')).toContainText('已签到 1 人')
  // The same code again: already in, with the first time.
  await page.getByTestId('checkin-code').fill(code)
  await page.getByTestId('checkin-code').press('Enter')
  await expect(page.getByTestId('checkin-banner')).toHaveAttribute('data-result', 'ALREADY_CHECKED_IN')
  await expect(page.getByTestId('checkin-banner-first')).toBeVisible()
  await logoutThroughUi(page)

  // --- past the end (the worker ends it within a minute), the attendee rates it
  await advanceClock(request, (endsAt.getTime() - (await serverNow(request)).getTime()) / 1000 + 600)
  await loginThroughUi(page, second.email, second.password)
  await expect(async () => {
    await page.goto(activityPath)
    await expect(page.getByTestId('activity-rating-form')).toBeVisible({ timeout: 3000 })
  }).toPass({ timeout: 90_000, intervals: [5000] })
  for (const [testid, stars] of [['overall', 5], ['content', 5], ['organisation', 4], ['usefulness', 4]] as const) {
    await page.getByTestId(`activity-rate-${testid}`).locator('.el-rate__item').nth(stars - 1).click()
  }
  await page.getByTestId('activity-rating-comment').fill('政策解读清楚，答疑及时')
  await page.getByTestId('activity-rating-submit').click()
  await expect(page.getByTestId('activity-my-evaluation')).toContainText('政策解读清楚，答疑及时')
  await expect(page.getByTestId('activity-rating-form')).toBeHidden()
  await expect(page.getByTestId('activity-evaluation')).toHaveCount(1)
  // Log out from the top of a short page: the long page is scrolled down to the form.
  await page.goto('/me/activities')
  await logoutThroughUi(page)

  // --- the statistics page shows the check-in and the rating
  await loginThroughUi(page, organiser.email, organiser.password)
  await page.goto(`/organiser/activities/${activityId}/statistics`)
  await expect(page.getByTestId('statistics-activity-name')).toHaveText(name)
  await expect(page.getByTestId('figure-checkedIn')).toHaveText('1')
  await expect(page.getByTestId('figure-confirmed')).toHaveText('1')
  await expect(page.getByTestId('figure-cancelled')).toHaveText('1')
  await expect(page.getByTestId('figure-checkInRate')).toHaveText('100%')
  await expect(page.getByTestId('figure-evaluations')).toHaveText('1')
  await expect(page.getByTestId('statistics-export')).toHaveAttribute('href', /.+/)
})
