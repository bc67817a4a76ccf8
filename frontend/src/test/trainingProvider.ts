/** Course and lesson nodes as the API sends them, for the provider pages' specs. */
import { gid } from '@/test/activities'

export const INSTITUTION = { __typename: 'Institution', id: gid('Institution', 3), name: '温州市中小企业法律服务中心', status: 'ACTIVE' }

export function lessonNode(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Lesson',
    id: gid('Lesson', n),
    position: n,
    title: `第${n}课`,
    kind: 'IN_PERSON',
    description: '',
    streamLink: null,
    videoLink: null,
    durationSeconds: null,
    venue: '鹿城区市民中心二楼培训室',
    startsAt: '2026-12-10T01:00:00Z',
    endsAt: '2026-12-10T02:00:00Z',
    ...overrides,
  }
}

export function courseNode(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Course',
    id: gid('Course', n),
    title: `数字化转型实务${n}`,
    category: 'DIGITAL_TRANSFORMATION',
    mode: 'MIXED',
    provider: { __typename: 'CourseProvider', type: 'INSTITUTION', id: INSTITUTION.id, name: INSTITUTION.name },
    teachers: [{ __typename: 'CourseTeacher', name: '陈老师', title: '高级工程师', expertId: null }],
    description: '中小企业数字化转型的路径与工具',
    audience: '企业负责人',
    coverUrl: null,
    cover: null,
    regionCode: '',
    capacity: 50,
    enrolledCount: 3,
    remaining: 47,
    verifiedOnly: false,
    enrollOpensAt: '2026-12-01T00:00:00Z',
    enrollClosesAt: '2026-12-10T00:00:00Z',
    startsAt: '2026-12-10T01:00:00Z',
    endsAt: '2026-12-10T04:00:00Z',
    attendanceThreshold: 80,
    contact: '0577-88886666',
    status: 'DRAFT',
    statusReason: null,
    viewerCanManage: true,
    viewerCanReview: false,
    createdAt: '2026-12-01T00:00:00Z',
    lessons: [lessonNode(1), lessonNode(2, { kind: 'VIDEO', venue: null, startsAt: null, endsAt: null, videoLink: 'https://media.example.com/v.webm', durationSeconds: 545 })],
    ...overrides,
  }
}

export const NO_ERRORS: never[] = []
