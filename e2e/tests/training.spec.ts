import { expect, test, type Page } from '@playwright/test'
import { gql } from '../support/api'
import { advanceClock, serverNow, serverTotp } from '../support/clock'
import { engagementSetup } from '../support/engagements'
import { pngFile } from '../support/files'
import { apiToken } from '../support/orgs'
import { LESSON_VIDEO_URL, chooseOption, fillNumber, pickDateTime, rate, serveLessonVideo } from '../support/training'
import { confirmMessageBox, isNarrow, loginThroughUi, loginWithTotp, logoutThroughUi, newPage } from '../support/ui'

/**
 * A training course from start to end: an institution's member builds a course with an
 * in-person and a video lesson and a 3-question quiz, and submits it; the operator approves
 * it; a user enrolls, is checked in at the door by the typed code, watches the video and
 * passes the quiz; after the end the user rates the course, finds the certificate among
 * theirs, and its code verifies on the public page without a login.
 */

async function addQuestion(page: Page, type: 'SINGLE' | 'MULTIPLE' | 'TRUE_FALSE', text: string, options: string[], correct: string[]) {
  await page.getByTestId('question-add').click()
  const dialog = page.getByTestId('question-dialog')
  await expect(dialog).toBeVisible()
  if (type !== 'SINGLE') await dialog.getByTestId(`question-form-type-${type}`).click()
  await dialog.getByTestId('question-form-text').fill(text)
  for (const [i, option] of options.entries()) {
    await dialog.getByTestId(`question-form-option-${'ABCD'[i]}`).fill(option)
  }
  for (const key of correct) await dialog.getByTestId(`question-form-correct-${key}`).click()
  await dialog.getByTestId('question-form-save').click()
  await expect(dialog).toBeHidden()
}

test('a course: built, approved, enrolled, checked in, watched, passed, rated, certified and verified', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(420_000)
  const setup = await engagementSetup(request, `${testInfo.project.name}培训`)
  const { member: provider, requester: learner, operator } = setup
  const now = await serverNow(request)
  // Tomorrow on the hour for three hours; the in-person lesson is the first hour.
  const startsAt = new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000 + 24 * 3_600_000)
  const endsAt = new Date(startsAt.getTime() + 3 * 3_600_000)
  const lessonEndsAt = new Date(startsAt.getTime() + 3_600_000)
  const opensAt = new Date(Math.floor(now.getTime() / 60_000) * 60_000)
  const closesAt = new Date(startsAt.getTime() + 3_600_000)
  const title = `${setup.institution.name}数字化转型实务`

  // --- the provider builds the course
  await loginThroughUi(page, provider.email, provider.password)
  await page.goto('/organiser/courses')
  await expect(page.getByTestId('provider-name')).toHaveText(setup.institution.name)
  await page.getByTestId('course-new').click()
  const form = page.getByTestId('course-form')
  await form.getByTestId('course-form-title').fill(title)
  await chooseOption(page, 'course-form-category', '数字化转型')
  await chooseOption(page, 'course-form-mode', '混合式')
  await form.getByTestId('course-form-teacher-name').fill('陈老师')
  await form.getByTestId('course-form-teacher-title').fill('高级工程师')
  await form.getByTestId('course-form-description').fill('中小企业数字化转型的路径与工具，面授加视频。')
  await form.getByTestId('course-form-cover-input').setInputFiles(pngFile('课程封面.png'))
  await expect(form.getByTestId('course-form-cover-file')).toContainText('课程封面.png')
  await pickDateTime(page, 'course-form-enroll-opens-at', opensAt)
  await pickDateTime(page, 'course-form-enroll-closes-at', closesAt)
  await pickDateTime(page, 'course-form-starts-at', startsAt)
  await pickDateTime(page, 'course-form-ends-at', endsAt)
  await form.getByTestId('course-form-save').click()
  await expect(page).toHaveURL(/\/organiser\/courses\/[^/]+$/)
  await expect(page.getByTestId('course-editor-title')).toHaveText(title)
  const courseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!)

  // an in-person lesson in the first hour, and an 8-second video (the fixture runs a little longer)
  await page.getByTestId('lesson-add-IN_PERSON').click()
  let dialog = page.getByTestId('lesson-dialog')
  await dialog.getByTestId('lesson-form-title').fill('面授：数字化诊断')
  await dialog.getByTestId('lesson-form-venue').fill('鹿城区市民中心二楼培训室')
  await pickDateTime(page, 'lesson-form-starts-at', startsAt)
  await pickDateTime(page, 'lesson-form-ends-at', lessonEndsAt)
  await dialog.getByTestId('lesson-form-save').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('course-lesson')).toHaveCount(1)
  await page.getByTestId('lesson-add-VIDEO').click()
  dialog = page.getByTestId('lesson-dialog')
  await dialog.getByTestId('lesson-form-title').fill('视频：上云工具演示')
  await dialog.getByTestId('lesson-form-video-link').fill(LESSON_VIDEO_URL)
  await fillNumber(page, 'lesson-form-seconds', 8)
  await dialog.getByTestId('lesson-form-save').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('course-lesson')).toHaveCount(2)

  // the quiz: pass with 2 of 3 points
  await page.getByTestId('course-tab-questions').click()
  await fillNumber(page, 'quiz-pass-mark', 2)
  await page.getByTestId('quiz-save').click()
  await expect(page.getByTestId('question-add')).toBeVisible()
  await addQuestion(page, 'SINGLE', '企业上云首先要做的是？', ['购买服务器', '梳理业务与数据', '更换办公电脑', '招聘程序员'], ['B'])
  await addQuestion(page, 'MULTIPLE', '以下哪些属于数字化转型的常见工具？', ['协同办公平台', '纸质台账', '工业互联网平台', '传真机'], ['A', 'C'])
  await addQuestion(page, 'TRUE_FALSE', '数字化转型只适合大型企业。', [], ['F'])
  await expect(page.getByTestId('bank-question')).toHaveCount(3)
  await expect(page.getByTestId('quiz-max-score')).toContainText('3')

  // submitted for review
  await page.getByTestId('course-tab-editor').click()
  await page.getByTestId('course-submit').click()
  await confirmMessageBox(page)
  await expect(page.getByTestId('course-status')).toHaveAttribute('data-status', 'PENDING')

  // --- the operator approves it
  const operatorPage = await newPage(browser, testInfo)
  await loginWithTotp(operatorPage, operator.email, operator.password, () => serverTotp(request, operator.secret))
  await operatorPage.goto('/console/courses')
  await operatorPage.getByTestId('review-courses').getByText(title).first().click()
  await expect(operatorPage.getByTestId('review-course-lessons')).toContainText('视频：上云工具演示')
  await operatorPage.getByTestId('review-course-approve').click()
  await confirmMessageBox(operatorPage)
  await expect(operatorPage.getByTestId('review-course-approve')).toBeHidden()
  await operatorPage.context().close()

  // --- a user enrolls and keeps the ticket code of the in-person lesson
  const learnerPage = await newPage(browser, testInfo)
  await serveLessonVideo(learnerPage)
  await loginThroughUi(learnerPage, learner.email, learner.password)
  // the published course is listed with its cover (phones leave the picture out of the card)
  await learnerPage.goto(`/courses?q=${encodeURIComponent(title)}`)
  const cover = learnerPage.getByTestId('course-card').filter({ hasText: title }).locator('img.cover')
  await expect(cover).toHaveCount(1)
  if (!isNarrow(learnerPage)) await expect(cover).toBeVisible()
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await learnerPage.goto(`/courses/${courseId}`)
  await learnerPage.getByTestId('enroll-button').click()
  await expect(learnerPage.getByTestId('my-enrollment')).toHaveAttribute('data-status', 'ENROLLED')
  await learnerPage.getByTestId('lesson-open-1').click()
  const code = ((await learnerPage.getByTestId('lesson-ticket-code').textContent()) ?? '').trim()
  expect(code).toMatch(/^[A-Z0-9]{4,12}$/)

  // --- five minutes after the start the provider checks the user in by the typed code
  // (a day passes: both sign in again)
  await logoutThroughUi(page)
  await logoutThroughUi(learnerPage)
  await advanceClock(request, (startsAt.getTime() - (await serverNow(request)).getTime()) / 1000 + 300)
  await loginThroughUi(page, provider.email, provider.password)
  await loginThroughUi(learnerPage, learner.email, learner.password)
  await page.goto(`/organiser/courses/${courseId}/attendance`)
  await expect(page.getByTestId('attendance-person')).toHaveText(learner.name)
  await page.getByTestId('attendance-lesson-checkin').click()
  await expect(page.getByTestId('checkin-lesson-title')).toContainText('面授：数字化诊断')
  await page.getByTestId('checkin-code').fill(code)
  await page.getByTestId('checkin-code').press('Enter')
  await expect(page.getByTestId('checkin-banner')).toHaveAttribute('data-result', 'OK')
  await expect(page.getByTestId('checkin-latest')).toContainText(learner.name)
  await expect(page.getByTestId('checkin-count')).toContainText('1')

  // --- the user watches the video to the end
  await learnerPage.goto(`/courses/${courseId}`)
  await learnerPage.getByTestId('lesson-open-2').click()
  const player = learnerPage.getByTestId('video-player')
  await expect(player).toBeVisible()
  await player.evaluate((video: HTMLVideoElement) => {
    video.muted = true
    return video.play()
  })
  await expect
    .poll(async () => Number(await learnerPage.getByTestId('video-progress').getAttribute('data-watched')), { timeout: 40_000 })
    .toBeGreaterThanOrEqual(8)

  // --- and passes the quiz
  await learnerPage.goto(`/courses/${courseId}/quiz`)
  await learnerPage.getByTestId('quiz-start').click()
  await learnerPage.getByTestId('quiz-option-1-B').click()
  await learnerPage.getByTestId('quiz-option-2-A').click()
  await learnerPage.getByTestId('quiz-option-2-C').click()
  await learnerPage.getByTestId('quiz-option-3-F').click()
  await learnerPage.getByTestId('quiz-submit').click()
  await expect(learnerPage.getByTestId('quiz-passed')).toHaveAttribute('data-passed', 'true')

  // the attendance sheet shows both lessons attended
  await page.goto(`/organiser/courses/${courseId}/attendance`)
  await expect(page.getByTestId('attendance-rate')).toHaveText('100%')

  // --- past the end (the worker ends the course within a minute) the user rates it
  await logoutThroughUi(page)
  await logoutThroughUi(learnerPage)
  await advanceClock(request, (endsAt.getTime() - (await serverNow(request)).getTime()) / 1000 + 600)
  await loginThroughUi(page, provider.email, provider.password)
  await loginThroughUi(learnerPage, learner.email, learner.password)
  await expect(async () => {
    await learnerPage.goto(`/courses/${courseId}`)
    await expect(learnerPage.getByTestId('course-rating-form')).toBeVisible({ timeout: 3000 })
  }).toPass({ timeout: 90_000, intervals: [5000] })
  await rate(learnerPage, 'rating-overall', 5)
  for (const dimension of ['content', 'teacher', 'organisation', 'usefulness']) await rate(learnerPage, `rating-${dimension}`, 5)
  await learnerPage.getByTestId('rating-comment').fill('案例实用，老师讲得清楚')
  await learnerPage.getByTestId('rating-submit').click()
  await expect(learnerPage.getByTestId('rating-done')).toBeVisible()

  // --- the certificate is among the user's, and its code verifies without a login
  await learnerPage.goto('/me/certificates')
  const certificate = learnerPage.getByTestId('certificate-card').filter({ hasText: title })
  await expect(certificate).toBeVisible()
  const certificateCode = (await certificate.getByTestId('certificate-code').innerText()).trim()
  expect(certificateCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/)
  await learnerPage.context().close()

  const visitor = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: testInfo.project.use.viewport, locale: 'zh-CN' })
  const visitorPage = await visitor.newPage()
  await visitorPage.goto('/certificates/verify')
  await visitorPage.getByTestId('verify-input').fill(certificateCode)
  await visitorPage.getByTestId('verify-submit').click()
  await expect(visitorPage.getByTestId('verify-result')).toBeVisible()
  await expect(visitorPage.getByTestId('verify-course')).toContainText(title)
  await expect(visitorPage.getByTestId('verify-provider')).toContainText(setup.institution.name)
  const masked = `${learner.name.slice(0, 1)}*${learner.name.slice(-1)}`
  await expect(visitorPage.getByTestId('verify-holder')).toContainText(masked)
  await visitor.close()

  // --- the provider sees the result and the figures
  await page.goto(`/organiser/courses/${courseId}/results`)
  await expect(page.getByTestId('result-certificate')).toHaveText(certificateCode)
  await page.goto(`/organiser/courses/${courseId}/statistics`)
  await expect(page.getByTestId('statistics-certificates')).toContainText('1')
  await expect(page.getByTestId('statistics-evaluationCount')).toContainText('1')
  await expect(page.getByTestId('statistics-export')).toHaveAttribute('href', /.+/)
  // and answers the rating
  const evaluation = page.getByTestId('course-evaluation').filter({ hasText: '案例实用，老师讲得清楚' })
  await evaluation.getByTestId('course-evaluation-reply-input').fill('感谢参加，欢迎报名下一期')
  await evaluation.getByTestId('course-evaluation-reply-submit').click()
  await expect(evaluation.getByTestId('course-evaluation-reply')).toContainText('感谢参加，欢迎报名下一期')

  // The course as the API lists it for its provider.
  const token = await apiToken(request, provider.email, provider.password)
  const { providedCourses } = await gql<{ providedCourses: { edges: { node: { id: string; status: string } }[] } }>(
    request,
    `query Provided($id: ID!) { providedCourses(providerType: INSTITUTION, providerId: $id) { edges { node { id status } } } }`,
    { id: setup.institution.id },
    token,
  )
  expect(providedCourses.edges.find((e) => e.node.id === courseId)?.node.status).toBe('ENDED')
})
