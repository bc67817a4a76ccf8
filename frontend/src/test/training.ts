/** Courses as the API answers them, for the training pages' specs. */
import { gid } from '@/test/activities'

export function courseNode(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Course',
    id: gid('Course', n),
    title: `中小企业数字化转型实务${n}`,
    category: 'DIGITAL_TRANSFORMATION',
    mode: 'MIXED',
    provider: { __typename: 'CourseProvider', type: 'INSTITUTION', id: gid('Institution', 3), name: '温州市中小企业服务中心' },
    coverUrl: null,
    regionCode: '330302',
    capacity: 40,
    enrolledCount: 10,
    remaining: 30,
    verifiedOnly: false,
    enrollOpensAt: '2026-11-01T00:00:00Z',
    enrollClosesAt: '2027-01-09T00:00:00Z',
    startsAt: '2027-01-10T01:00:00Z',
    endsAt: '2027-01-20T10:00:00Z',
    status: 'PUBLISHED',
    openForEnrollment: true,
    teachers: [{ __typename: 'CourseTeacher', name: '李教授', title: '浙江大学管理学院', expertId: null }],
    description: '从业务流程出发讲数字化工具的选型与落地',
    audience: '中小企业负责人',
    contact: '0577-88886666',
    attendanceThreshold: 80,
    statusReason: null,
    lessons: [],
    myEnrollment: null,
    ...overrides,
  }
}

export function lessonNode(n: number, kind: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Lesson',
    id: gid('Lesson', n),
    position: n,
    title: `第${n}讲`,
    kind,
    description: '',
    streamLink: kind === 'LIVE' ? 'https://live.example.com/room/1' : null,
    videoLink: kind === 'VIDEO' ? 'https://video.example.com/1.mp4' : null,
    durationSeconds: kind === 'VIDEO' ? 600 : null,
    venue: kind === 'IN_PERSON' ? '温州市民中心三楼' : null,
    startsAt: kind === 'VIDEO' ? null : '2027-01-10T01:00:00Z',
    endsAt: kind === 'VIDEO' ? null : '2027-01-10T03:00:00Z',
    myAttendance: null,
    myTicket: null,
    ...overrides,
  }
}

export function attendanceOf(lessonN: number, status: string | null, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'LessonAttendance',
    lessonId: gid('Lesson', lessonN),
    status,
    source: status ? 'CHECKIN' : null,
    note: '',
    watchedSeconds: 0,
    updatedAt: '2027-01-10T01:05:00Z',
    ...overrides,
  }
}

export function enrollmentNode(n: number, status = 'ENROLLED', overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CourseEnrollment',
    id: gid('CourseEnrollment', n),
    status,
    createdAt: '2026-11-05T02:00:00Z',
    attendanceRate: 50,
    attendedLessons: 1,
    totalLessons: 2,
    ...overrides,
  }
}

export function certificateNode(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CourseCertificate',
    id: gid('CourseCertificate', n),
    code: 'K7XP-M2QR-9TZB',
    holderName: '张三',
    courseTitle: '中小企业数字化转型实务1',
    providerName: '温州市中小企业服务中心',
    attendanceRate: 100,
    score: 8.5,
    issuedAt: '2027-01-20T08:00:00Z',
    course: { __typename: 'Course', id: gid('Course', 1) },
    ...overrides,
  }
}

export function questionsOf() {
  return [
    {
      __typename: 'AttemptQuestion',
      id: gid('QuizQuestion', 1),
      type: 'SINGLE',
      text: '数字化转型的第一步是？',
      points: 4,
      options: [
        { __typename: 'QuizOption', key: 'A', text: '购买软件' },
        { __typename: 'QuizOption', key: 'B', text: '梳理业务流程' },
      ],
    },
    {
      __typename: 'AttemptQuestion',
      id: gid('QuizQuestion', 2),
      type: 'MULTIPLE',
      text: '以下哪些属于数据资产？',
      points: 4,
      options: [
        { __typename: 'QuizOption', key: 'A', text: '客户名单' },
        { __typename: 'QuizOption', key: 'B', text: '办公桌椅' },
        { __typename: 'QuizOption', key: 'C', text: '销售记录' },
      ],
    },
    {
      __typename: 'AttemptQuestion',
      id: gid('QuizQuestion', 3),
      type: 'TRUE_FALSE',
      text: '数字化转型只是IT部门的事。',
      points: 2,
      options: [
        { __typename: 'QuizOption', key: 'T', text: '正确' },
        { __typename: 'QuizOption', key: 'F', text: '错误' },
      ],
    },
  ]
}

export function attemptNode(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'QuizAttempt',
    id: gid('QuizAttempt', n),
    number: n,
    status: 'IN_PROGRESS',
    startedAt: '2027-01-20T02:00:00Z',
    deadlineAt: '2027-01-20T02:30:00Z',
    secondsLeft: 1800,
    questions: questionsOf(),
    answers: [],
    score: null,
    maxScore: 10,
    passed: null,
    review: null,
    ...overrides,
  }
}

export function quizNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CourseQuiz',
    title: '结业测验',
    passMark: 6,
    maxScore: 10,
    questionCount: 3,
    attemptLimit: 2,
    timeLimitMinutes: 30,
    attemptsUsed: 0,
    canStart: true,
    ...overrides,
  }
}
