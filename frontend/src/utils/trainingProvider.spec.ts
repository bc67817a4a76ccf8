import { describe, expect, it } from 'vitest'
import { courseNode } from '@/test/trainingProvider'
import {
  checkCourseForm,
  checkLessonForm,
  checkQuestionForm,
  courseInput,
  emptyCourseForm,
  emptyLessonForm,
  emptyQuestionForm,
  formFromCourse,
  formFromLesson,
  lessonInput,
  providerActions,
  questionInput,
  rekey,
  share,
  trueFalseOptions,
} from './trainingProvider'

describe('course states', () => {
  it('allows editing and submitting a draft, revising a rejected one, cancelling a published or ongoing one', () => {
    expect(providerActions('DRAFT')).toEqual(['edit', 'submit'])
    expect(providerActions('REJECTED')).toEqual(['revise'])
    expect(providerActions('PUBLISHED')).toEqual(['cancel'])
    expect(providerActions('ONGOING')).toEqual(['cancel'])
    expect(providerActions('PENDING')).toEqual([])
    expect(providerActions('ENDED')).toEqual([])
    expect(providerActions('CANCELLED')).toEqual([])
  })
})

describe('the course form', () => {
  it('asks for the required fields and consistent times', () => {
    expect(checkCourseForm(emptyCourseForm())).toMatchObject({ title: 'required', category: 'required', startsAt: 'required' })
    const form = {
      ...emptyCourseForm(),
      title: '数字化转型实务',
      category: 'DIGITAL_TRANSFORMATION' as const,
      mode: 'MIXED' as const,
      enrollOpensAt: new Date('2026-12-01T00:00:00Z'),
      enrollClosesAt: new Date('2026-12-11T00:00:00Z'),
      startsAt: new Date('2026-12-10T01:00:00Z'),
      endsAt: new Date('2026-12-10T04:00:00Z'),
    }
    expect(checkCourseForm(form)).toEqual({ enrollClosesAt: 'closesAfterEnd' })
    form.enrollClosesAt = new Date('2026-12-10T00:00:00Z')
    expect(checkCourseForm(form)).toEqual({})
    const input = courseInput({
      ...form,
      regionPath: ['330000', '330300', '330302'],
      teachers: [
        { name: ' 陈老师 ', title: '', expertId: null },
        { name: '', title: 'x', expertId: null },
        { name: '王专家', title: '教授', expertId: 'RXhwZXJ0OjE=' },
      ],
      cover: [{ id: 'U3RvcmVkRmlsZTo3', name: 'cover.png' }],
    })
    expect(input).toMatchObject({
      regionCode: '330302',
      teachers: [
        { name: '陈老师', title: '', expertId: null },
        { name: '王专家', title: '教授', expertId: 'RXhwZXJ0OjE=' },
      ],
      startsAt: '2026-12-10T01:00:00.000Z',
      coverFileId: 'U3RvcmVkRmlsZTo3',
    })
    expect(courseInput(form).coverFileId).toBeNull()
  })
})

describe('a saved course in the form', () => {
  it('keeps the cover and the teachers picked from the expert library, so saving again loses neither', () => {
    const course = courseNode(1, {
      cover: { id: 'U3RvcmVkRmlsZTo3', name: 'cover.png', url: '/files/x/cover.png' },
      teachers: [{ name: '王专家', title: '教授', expertId: 'RXhwZXJ0OjE=' }],
    }) as unknown as Parameters<typeof formFromCourse>[0]
    const form = formFromCourse(course)
    expect(form.cover).toEqual([{ id: 'U3RvcmVkRmlsZTo3', name: 'cover.png', url: '/files/x/cover.png' }])
    expect(courseInput(form)).toMatchObject({
      coverFileId: 'U3RvcmVkRmlsZTo3',
      teachers: [{ name: '王专家', title: '教授', expertId: 'RXhwZXJ0OjE=' }],
    })
  })
})

describe('the lesson form', () => {
  it('asks for a venue and times in person, a link and a length for a video', () => {
    expect(checkLessonForm({ ...emptyLessonForm('IN_PERSON'), title: '面授' })).toEqual({ venue: 'required', startsAt: 'required', endsAt: 'required' })
    expect(checkLessonForm({ ...emptyLessonForm('VIDEO'), title: '视频', videoLink: 'ftp://x' })).toEqual({ videoLink: 'url', durationSeconds: 'required' })
    expect(checkLessonForm({ ...emptyLessonForm('LIVE'), title: '直播', streamLink: 'https://live.example.com/1' })).toEqual({
      startsAt: 'required',
      endsAt: 'required',
    })
  })

  it('sends only the fields of the lesson’s kind', () => {
    const video = formFromLesson({ title: '视频', kind: 'VIDEO', description: '', videoLink: 'https://v.example.com/a.webm', durationSeconds: 125, venue: 'x' })
    expect(video.durationMinutes).toBe(2)
    expect(video.durationSeconds).toBe(5)
    expect(lessonInput(video)).toEqual({
      title: '视频',
      kind: 'VIDEO',
      description: '',
      venue: '',
      streamLink: '',
      videoLink: 'https://v.example.com/a.webm',
      durationSeconds: 125,
      startsAt: null,
      endsAt: null,
    })
  })
})

describe('the question form', () => {
  it('needs filled options, a correct key and exactly one for single and true/false', () => {
    const form = { ...emptyQuestionForm(), text: '企业上云首先要做的是？' }
    expect(checkQuestionForm(form)).toEqual({ options: 'options', correctKeys: 'correctKeys' })
    form.options = rekey([{ text: '购买服务器' }, { text: '梳理业务与数据' }])
    form.correctKeys = ['A', 'B']
    expect(checkQuestionForm(form)).toEqual({ correctKeys: 'oneCorrect' })
    expect(checkQuestionForm({ ...form, type: 'MULTIPLE' })).toEqual({})
    const tf = { ...form, type: 'TRUE_FALSE' as const, options: trueFalseOptions('正确', '错误'), correctKeys: ['F'] }
    expect(checkQuestionForm(tf)).toEqual({})
    expect(questionInput({ ...form, correctKeys: ['B', 'Z'] }).correctKeys).toEqual(['B'])
  })
})

describe('shares', () => {
  it('shows a 0–1 share as a whole percentage', () => {
    expect(share(0.857)).toBe('86%')
    expect(share(null)).toBe('—')
  })
})
