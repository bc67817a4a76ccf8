import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'

const here = dirname(fileURLToPath(import.meta.url))

/** A VP8 webm of a little under 9 seconds (a canvas counting up), served for a video lesson's link. */
export const LESSON_VIDEO = readFileSync(resolve(here, '../fixtures/lesson.webm'))

/** The https link a video lesson points at; `serveLessonVideo` answers it in the browser. */
export const LESSON_VIDEO_URL = 'https://media.qifu-e2e.example/lessons/digital-transformation.webm'

/** Answers the lesson video's link with the fixture, as a video host would. */
export async function serveLessonVideo(page: Page): Promise<void> {
  await page.route(LESSON_VIDEO_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'video/webm', body: LESSON_VIDEO, headers: { 'accept-ranges': 'none' } }),
  )
}

/** `YYYY-MM-DD HH:mm:ss` in China Standard Time. */
export function shanghai(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
}

/** Types a date and time into the Element Plus picker inside the element `testid`. */
export async function pickDateTime(page: Page, testid: string, at: Date): Promise<void> {
  const input = page.getByTestId(testid).locator('input')
  await input.click()
  await input.fill(shanghai(at))
  await input.press('Enter')
  await expect(input).toHaveValue(shanghai(at))
}

/** Chooses an option of the Element Plus select `testid` by its text. */
export async function chooseOption(page: Page, testid: string, text: string): Promise<void> {
  await page.getByTestId(testid).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).click()
}

/** Sets an Element Plus number input. */
export async function fillNumber(page: Page, testid: string, value: number): Promise<void> {
  const input = page.getByTestId(testid).locator('input')
  await input.fill(String(value))
  await input.blur()
  await expect(input).toHaveValue(String(value))
}

/** Clicks the n-th star (1–5) of an Element Plus rate. */
export async function rate(page: Page, testid: string, stars: number): Promise<void> {
  await page.getByTestId(testid).locator('.el-rate__item').nth(stars - 1).click()
}
