import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import QuestionBank from './QuestionBank.vue'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'
import { courseNode } from '@/test/trainingProvider'

const stub = { template: '<div />' }
const routes = [
  { path: '/organiser/courses', name: 'provider-courses', component: stub },
  { path: '/organiser/courses/:id', name: 'provider-course', component: stub },
  { path: '/organiser/courses/:id/questions', name: 'provider-course-questions', component: QuestionBank },
  { path: '/organiser/courses/:id/attendance', name: 'provider-course-attendance', component: stub },
  { path: '/organiser/courses/:id/results', name: 'provider-course-results', component: stub },
  { path: '/organiser/courses/:id/statistics', name: 'provider-course-statistics', component: stub },
]
const COURSE = courseNode(1)
const QUIZ = {
  __typename: 'CourseQuiz',
  id: 'q1',
  title: '结业考核',
  passMark: 2,
  maxScore: 1,
  questionCount: 1,
  attemptLimit: 2,
  timeLimitMinutes: 0,
  shuffleQuestions: false,
  shuffleOptions: false,
  editable: true,
}
const QUESTION = {
  __typename: 'QuizQuestion',
  id: 'qq1',
  position: 1,
  type: 'SINGLE',
  text: '企业上云首先要做的是？',
  options: [
    { __typename: 'QuizOption', key: 'A', text: '购买服务器' },
    { __typename: 'QuizOption', key: 'B', text: '梳理业务与数据' },
  ],
  correctKeys: ['B'],
  points: 1,
  explanation: '先梳理再上云',
}

function answer(quiz: unknown, mutation: (req: SentRequest) => unknown = () => ({})) {
  return (req: SentRequest) => {
    if (req.operationName === 'CourseQuestionBank') return { data: { node: COURSE, courseQuiz: quiz, courseQuestionBank: quiz ? [QUESTION] : [] } }
    return mutation(req)
  }
}

async function mountBank(respond: (req: SentRequest) => unknown) {
  const fake = fakeGraphQL(respond)
  const mounted = await mountSignedIn({ template: '<router-view />' }, { path: `/organiser/courses/${COURSE.id}/questions`, routes })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(mounted.wrapper.find('[data-testid="quiz-settings"]').exists()).toBe(true)
  })
  return { ...fake, ...mounted }
}

describe('the question bank', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('creates the quiz from its settings before any question', async () => {
    const { wrapper, sent } = await mountBank(
      answer(null, (req) => (req.operationName === 'SaveCourseQuiz' ? { data: { saveCourseQuiz: { __typename: 'CourseQuizPayload', quiz: QUIZ, errors: [] } } } : {})),
    )
    expect(wrapper.find('[data-testid="quiz-none"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="question-add"]').exists()).toBe(false)
    await wrapper.find('[data-testid="quiz-save"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'SaveCourseQuiz')).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'SaveCourseQuiz')!.variables).toEqual({
      input: {
        courseId: COURSE.id,
        title: `${COURSE.title} 结业考核`,
        passMark: 1,
        attemptLimit: 1,
        timeLimitMinutes: 0,
        shuffleQuestions: false,
        shuffleOptions: false,
      },
    })
    wrapper.unmount()
  })

  it('shows the questions with their correct keys and adds a multiple-choice one', async () => {
    const { wrapper, sent } = await mountBank(
      answer(QUIZ, (req) =>
        req.operationName === 'AddQuizQuestion'
          ? { data: { addQuizQuestion: { __typename: 'QuizQuestionPayload', question: { __typename: 'QuizQuestion', id: 'qq2' }, errors: [] } } }
          : {},
      ),
    )
    expect(wrapper.findAll('[data-testid="bank-question"]')).toHaveLength(1)
    expect(wrapper.find('[data-testid="bank-question-correct"]').text()).toContain('B')
    expect(wrapper.find('[data-testid="bank-question"]').text()).toContain('先梳理再上云')

    await wrapper.find('[data-testid="question-add"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('[data-testid="question-form-type-MULTIPLE"]')).not.toBeNull())
    ;(document.querySelector('[data-testid="question-form-type-MULTIPLE"] input') as HTMLInputElement).click()
    await flushPromises()
    const text = document.querySelector('textarea[data-testid="question-form-text"]') as HTMLTextAreaElement
    text.value = '以下哪些属于数字化转型工具？'
    text.dispatchEvent(new Event('input'))
    for (const [key, value] of [
      ['A', '协同办公平台'],
      ['B', '纸质台账'],
      ['C', '工业互联网平台'],
      ['D', '传真机'],
    ] as const) {
      const input = document.querySelector(`input[data-testid="question-form-option-${key}"]`) as HTMLInputElement
      input.value = value
      input.dispatchEvent(new Event('input'))
    }
    for (const key of ['A', 'C']) {
      ;(document.querySelector(`[data-testid="question-form-correct-${key}"] input`) as HTMLInputElement).click()
      await flushPromises()
    }
    ;(document.querySelector('[data-testid="question-form-save"]') as HTMLElement).click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(sent.some((r) => r.operationName === 'AddQuizQuestion')).toBe(true)
    })
    expect(sent.find((r) => r.operationName === 'AddQuizQuestion')!.variables).toEqual({
      input: {
        courseId: COURSE.id,
        type: 'MULTIPLE',
        text: '以下哪些属于数字化转型工具？',
        options: [
          { key: 'A', text: '协同办公平台' },
          { key: 'B', text: '纸质台账' },
          { key: 'C', text: '工业互联网平台' },
          { key: 'D', text: '传真机' },
        ],
        correctKeys: ['A', 'C'],
        points: 1,
        explanation: '',
      },
    })
    wrapper.unmount()
  })
})
