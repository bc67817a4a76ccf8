import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import QuizPage from './QuizPage.vue'
import { attemptNode, certificateNode, courseNode, questionsOf, quizNode } from '@/test/training'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const COURSE = courseNode(1, { status: 'ONGOING' })
const stub = { template: '<div />' }
const routes = [
  { path: '/courses/:id/quiz', name: 'course-quiz', component: QuizPage },
  { path: '/courses/:id', name: 'course', component: stub },
  { path: '/courses', name: 'courses', component: stub },
  { path: '/certificates/verify/:code', name: 'certificate-verify-code', component: stub },
]

function page(quiz: unknown, attempts: unknown[]) {
  return { data: { course: { __typename: 'Course', id: COURSE.id, title: COURSE.title }, courseQuiz: quiz, myQuizAttempts: attempts } }
}

const [Q1, Q2, Q3] = questionsOf()

const REVIEW = [
  { __typename: 'QuizReviewItem', questionId: Q1!.id, chosen: ['B'], correctKeys: ['B'], pointsAwarded: 4, explanation: '先理流程再选工具' },
  { __typename: 'QuizReviewItem', questionId: Q2!.id, chosen: ['A'], correctKeys: ['A', 'C'], pointsAwarded: 2, explanation: '' },
  { __typename: 'QuizReviewItem', questionId: Q3!.id, chosen: ['F'], correctKeys: ['F'], pointsAwarded: 2, explanation: '' },
]

async function mountPage(respond: (req: SentRequest) => unknown) {
  const fake = fakeGraphQL(respond)
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path: `/courses/${COURSE.id}/quiz`, routes })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.find('[data-testid="quiz-title"]').exists()).toBe(true)
  })
  return { ...fake, ...mounted }
}

describe('the quiz page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('starts an attempt, answers in the attempt’s order, and shows the graded result with the review and the certificate', async () => {
    const started = attemptNode(1)
    const { wrapper, sent } = await mountPage((req) => {
      switch (req.operationName) {
        case 'StartQuizAttempt':
          return { data: { startQuizAttempt: { __typename: 'QuizAttemptPayload', attempt: started, certificate: null, errors: [] } } }
        case 'SaveQuizAnswers':
          return { data: { saveQuizAnswers: { __typename: 'QuizAttemptPayload', attempt: { __typename: 'QuizAttempt', id: started.id, secondsLeft: 1790, status: 'IN_PROGRESS' }, errors: [] } } }
        case 'SubmitQuizAttempt':
          return {
            data: {
              submitQuizAttempt: {
                __typename: 'QuizAttemptPayload',
                attempt: attemptNode(1, { status: 'SUBMITTED', secondsLeft: null, score: 8, passed: true, review: REVIEW }),
                certificate: certificateNode(1),
                errors: [],
              },
            },
          }
        default:
          return page(quizNode(), [])
      }
    })
    expect(wrapper.find('[data-testid="quiz-runner"]').exists()).toBe(false)
    await wrapper.find('[data-testid="quiz-start"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="quiz-runner"]').exists()).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'StartQuizAttempt')!.variables).toEqual({ input: { courseId: COURSE.id } })
    expect(wrapper.find('[data-testid="quiz-question-1"]').text()).toContain('数字化转型的第一步是？')
    expect(wrapper.find('[data-testid="quiz-question-2"]').attributes('data-type')).toBe('MULTIPLE')
    expect(wrapper.find('[data-testid="quiz-countdown"]').text()).toContain('30:00')

    await wrapper.find('[data-testid="quiz-option-1-B"] input').setValue(true)
    await wrapper.find('[data-testid="quiz-option-2-A"] input').setValue(true)
    await wrapper.find('[data-testid="quiz-option-3-F"] input').setValue(true)
    await wrapper.find('[data-testid="quiz-submit"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="quiz-result"]').exists()).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'SubmitQuizAttempt')!.variables).toEqual({
      input: {
        attemptId: started.id,
        answers: [
          { questionId: Q1!.id, keys: ['B'] },
          { questionId: Q2!.id, keys: ['A'] },
          { questionId: Q3!.id, keys: ['F'] },
        ],
      },
    })
    expect(wrapper.find('[data-testid="quiz-score"]').text()).toBe('8 / 10 分')
    expect(wrapper.find('[data-testid="quiz-passed"]').attributes('data-passed')).toBe('true')
    expect(wrapper.find('[data-testid="quiz-review-1"]').attributes('data-right')).toBe('true')
    expect(wrapper.find('[data-testid="quiz-review-1"]').text()).toContain('解析：先理流程再选工具')
    expect(wrapper.find('[data-testid="quiz-review-2"]').attributes('data-right')).toBe('false')
    expect(wrapper.find('[data-testid="quiz-review-2"]').text()).toContain('正确答案：A. 客户名单；C. 销售记录')
    expect(wrapper.find('[data-testid="quiz-review-2"]').text()).toContain('得分 2 / 4')
    expect(wrapper.find('[data-testid="quiz-review-3"]').text()).toContain('你的答案：否')
    expect(wrapper.find('[data-testid="certificate-code"]').text()).toBe('K7XP-M2QR-9TZB')
    wrapper.unmount()
  })

  it('resumes the open attempt with its saved answers and time left', async () => {
    const open = attemptNode(2, { number: 2, secondsLeft: 95, answers: [{ __typename: 'QuizAnswer', questionId: Q2!.id, keys: ['A', 'C'] }] })
    const { wrapper, sent } = await mountPage(() => page(quizNode({ attemptsUsed: 2 }), [attemptNode(1, { status: 'EXPIRED', secondsLeft: null, score: 2, passed: false, review: REVIEW }), open]))
    expect(wrapper.find('[data-testid="quiz-runner"]').attributes('data-attempt')).toBe('2')
    expect(wrapper.find('[data-testid="quiz-countdown"]').text()).toContain('1:35')
    expect((wrapper.find('[data-testid="quiz-option-2-A"] input').element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.find('[data-testid="quiz-option-2-C"] input').element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.find('[data-testid="quiz-option-2-B"] input').element as HTMLInputElement).checked).toBe(false)
    expect(sent.some((r) => r.operationName === 'StartQuizAttempt')).toBe(false)
    wrapper.unmount()
  })

  it('shows the last graded attempt and says when no attempt is left', async () => {
    const { wrapper } = await mountPage(() =>
      page(quizNode({ attemptsUsed: 2, canStart: false }), [
        attemptNode(1, { status: 'SUBMITTED', secondsLeft: null, score: 4, passed: false, review: REVIEW }),
        attemptNode(2, { number: 2, status: 'EXPIRED', secondsLeft: null, score: 5.5, passed: false, review: REVIEW }),
      ]),
    )
    expect(wrapper.find('[data-testid="quiz-result"]').attributes('data-status')).toBe('EXPIRED')
    expect(wrapper.find('[data-testid="quiz-score"]').text()).toBe('5.5 / 10 分')
    expect(wrapper.find('[data-testid="quiz-passed"]').attributes('data-passed')).toBe('false')
    expect(wrapper.find('[data-testid="quiz-result"]').text()).toContain('超时交卷')
    expect(wrapper.find('[data-testid="quiz-start"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="quiz-cannot-start"]').text()).toBe('作答次数已用完')
    wrapper.unmount()
  })
})
