/** Activities as the API answers them, for the activity pages' specs. */
export const gid = (type: string, id: number) => btoa(`${type}:${id}`)

export function activityNode(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Activity',
    id: gid('Activity', n),
    organiserType: 'INSTITUTION',
    organiserName: '温州市中小企业法律服务中心',
    name: `温州市中小企业法律服务中心2027年惠企政策宣讲会${n}`,
    type: 'POLICY_BRIEFING',
    content: '解读最新惠企政策',
    agenda: [{ __typename: 'ActivityAgendaItem', time: '09:00', title: '政策解读', speaker: '王主任' }],
    venue: '温州市民中心三楼报告厅',
    onlineLink: '',
    regionCode: '330302',
    startsAt: '2027-01-10T01:00:00Z',
    endsAt: '2027-01-10T04:00:00Z',
    signupDeadline: '2027-01-09T10:00:00Z',
    capacity: 50,
    remainingPlaces: 12,
    waitlistCount: 0,
    audienceScales: ['SMALL'],
    audienceIndustries: [],
    audienceRegions: [],
    needsApproval: false,
    verifiedOnly: false,
    contact: '0577-88888888',
    status: 'PUBLISHED',
    statusReason: null,
    openForSignUp: true,
    createdAt: '2026-11-01T01:00:00Z',
    updatedAt: '2026-11-01T01:00:00Z',
    logo: null,
    ...overrides,
  }
}

export function registrationNode(n: number, status: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ActivityRegistration',
    id: gid('ActivityRegistration', n),
    status,
    note: '',
    reason: null,
    waitlistPosition: null,
    createdAt: '2026-11-02T01:00:00Z',
    updatedAt: '2026-11-02T01:00:00Z',
    personName: `报名人${n}`,
    ...overrides,
  }
}

export function connection(typename: string, nodes: unknown[], hasNextPage = false) {
  return {
    __typename: `${typename}Connection`,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c1' : null },
    edges: nodes.map((node) => ({ __typename: `${typename}Edge`, node })),
  }
}
