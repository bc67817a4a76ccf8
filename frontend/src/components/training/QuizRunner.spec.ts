import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import QuizRunner from './QuizRunner.vue'
import { attemptNode } from '@/test/training'
import { fakeGraphQL, type SentRequest } from '@/test/fake-server'
import { mountSignedIn } from '@/test/mount'

const ofName = (sent: SentRequest[], name: string) => sent.filter((r) => r.operationName === name)

function graded(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      submitQuizAttempt: {
        __typename: 'QuizAttemptPayload',
        attempt: attemptNode(1, { status: 'SUBMITTED', secondsLeft: null, score: 4, passed: false, review: [], ...overrides }),
        certificate: null,
        errors: [],
      },
    },
  }
}

function saved(secondsLeft: number | null = 1700) {
  return {
    data: {
      saveQuizAnswers: {
        __typename: 'QuizAttemptPayload',
        attempt: { __typename: 'QuizAttempt', id: attemptNode(1).id, secondsLeft, status: 'IN_PROGRESS' },
        errors: [],
      },
    },
  }
}

const confirmBox = () => document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')

describe('the quiz runner', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('counts down from the server’s secondsLeft and hands the answers in by itself at 0', async () => {
    const { sent } = fakeGraphQL((req) => (req.operationName === 'SubmitQuizAttempt' ? graded() : saved(1)))
    const attempt = attemptNode(1, {
      secondsLeft: 2,
      answers: [{ __typename: 'QuizAnswer', questionId: attemptNode(1).questions[0]!.id, keys: ['B'] }],
    })
    const { wrapper } = await mountSignedIn(QuizRunner, { props: { attempt } })
    expect(wrapper.find('[data-testid="quiz-countdown"]').text()).toContain('0:02')
    // The saved answer is shown as chosen.
    expect((wrapper.find('[data-testid="quiz-option-1-B"] input').element as HTMLInputElement).checked).toBe(true)
    await wrapper.find('[data-testid="quiz-option-3-F"] input').setValue(true)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(ofName(sent, 'SubmitQuizAttempt')).toHaveLength(1)
    })
    // No question asked when the time is up, even with an unanswered question.
    expect(confirmBox()).toBeNull()
    expect(wrapper.find('[data-testid="quiz-countdown"]').attributes('data-seconds')).toBe('0')
    expect(ofName(sent, 'SubmitQuizAttempt')[0]!.variables).toEqual({
      input: {
        attemptId: attempt.id,
        answers: [
          { questionId: attempt.questions[0]!.id, keys: ['B'] },
          { questionId: attempt.questions[1]!.id, keys: [] },
          { questionId: attempt.questions[2]!.id, keys: ['F'] },
        ],
      },
    })
    expect(wrapper.find('[data-testid="quiz-time-up"]').exists()).toBe(true)
    await vi.waitFor(() => expect(wrapper.emitted('finished')).toHaveLength(1))
    expect((wrapper.emitted('finished')![0]![0] as { status: string }).status).toBe('SUBMITTED')
    wrapper.unmount()
  })

  it('saves the answers as they change, shows true/false as 是/否, and asks before handing in an incomplete quiz', async () => {
    const { sent } = fakeGraphQL((req) => (req.operationName === 'SubmitQuizAttempt' ? graded() : saved()))
    const attempt = attemptNode(1)
    const { wrapper } = await mountSignedIn(QuizRunner, { props: { attempt } })
    expect(wrapper.find('[data-testid="quiz-option-3-T"]').text()).toBe('是')
    expect(wrapper.find('[data-testid="quiz-option-3-F"]').text()).toBe('否')
    await wrapper.find('[data-testid="quiz-option-2-A"] input').setValue(true)
    await wrapper.find('[data-testid="quiz-option-2-C"] input').setValue(true)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="quiz-autosaved"]').exists()).toBe(true)
    })
    expect(ofName(sent, 'SaveQuizAnswers').at(-1)!.variables).toEqual({
      input: {
        attemptId: attempt.id,
        answers: [
          { questionId: attempt.questions[0]!.id, keys: [] },
          { questionId: attempt.questions[1]!.id, keys: ['A', 'C'] },
          { questionId: attempt.questions[2]!.id, keys: [] },
        ],
      },
    })

    await wrapper.find('[data-testid="quiz-submit"]').trigger('click')
    await vi.waitFor(() => expect(confirmBox()).not.toBeNull())
    expect(document.querySelector('.el-message-box__message')!.textContent).toContain('还有 2 道题未作答')
    expect(ofName(sent, 'SubmitQuizAttempt')).toHaveLength(0)
    confirmBox()!.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(ofName(sent, 'SubmitQuizAttempt')).toHaveLength(1)
    })
    await vi.waitFor(() => expect(wrapper.emitted('finished')).toHaveLength(1))
    wrapper.unmount()
  })

  it('shows the refusal of a submission and stays open', async () => {
    fakeGraphQL(() => ({
      data: {
        submitQuizAttempt: {
          __typename: 'QuizAttemptPayload',
          attempt: null,
          certificate: null,
          errors: [{ __typename: 'UserError', field: 'attemptId', code: 'NOT_FOUND', message: '测验不存在' }],
        },
      },
    }))
    const attempt = attemptNode(1, {
      answers: attemptNode(1).questions.map((q) => ({ __typename: 'QuizAnswer', questionId: q.id, keys: [q.options[0]!.key] })),
    })
    const { wrapper } = await mountSignedIn(QuizRunner, { props: { attempt } })
    await wrapper.find('[data-testid="quiz-submit"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="form-error"]').text()).toContain('测验不存在')
    })
    // Every question answered: no confirmation was needed.
    expect(confirmBox()).toBeNull()
    expect(wrapper.emitted('finished')).toBeUndefined()
    wrapper.unmount()
  })
})
