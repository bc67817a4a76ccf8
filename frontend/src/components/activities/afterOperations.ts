/** Operations after an activity: the summary, ratings and figures. */
import { graphql } from '@/gql'

export const ActivityFiguresFields = graphql(`
  fragment ActivityFiguresFields on ActivityFigures {
    registrations
    confirmed
    waitlisted
    pendingApproval
    rejected
    cancelled
    checkedIn
    checkInRate
    evaluations
    averageRating
    satisfactionRate
    capacity
  }
`)

export const ActivitySummaryFields = graphql(`
  fragment ActivitySummaryFields on ActivitySummary {
    text
    attendance
    updatedAt
    photos {
      id
      name
      url
    }
  }
`)

export const ActivityEvaluationFields = graphql(`
  fragment ActivityEvaluationFields on Evaluation {
    id
    overall
    dimensions {
      name
      score
    }
    comment
    createdAt
  }
`)

export const ActivityAfterQuery = graphql(`
  query ActivityAfter($id: ID!) {
    node(id: $id) {
      ... on Activity {
        id
        status
        endsAt
        myRegistration {
          id
          status
          checkedInAt
        }
        summary {
          ...ActivitySummaryFields
        }
        myEvaluation {
          ...ActivityEvaluationFields
        }
      }
    }
  }
`)

export const ActivityEvaluationsQuery = graphql(`
  query ActivityEvaluations($id: ID!, $first: Int!, $offset: Int!) {
    node(id: $id) {
      ... on Activity {
        id
        evaluations(first: $first, offset: $offset) {
          totalCount
          items {
            ...ActivityEvaluationFields
          }
        }
      }
    }
  }
`)

export const EvaluateActivityMutation = graphql(`
  mutation EvaluateActivity($input: EvaluateActivityInput!) {
    evaluateActivity(input: $input) {
      evaluation {
        ...ActivityEvaluationFields
      }
      activity {
        id
        myEvaluation {
          ...ActivityEvaluationFields
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const OrganiserActivitySummaryQuery = graphql(`
  query OrganiserActivitySummary($id: ID!) {
    node(id: $id) {
      ... on Activity {
        id
        name
        status
        startsAt
        endsAt
        capacity
        checkedInCount
        summary {
          ...ActivitySummaryFields
        }
      }
    }
  }
`)

export const SaveActivitySummaryMutation = graphql(`
  mutation SaveActivitySummary($input: SaveActivitySummaryInput!) {
    saveActivitySummary(input: $input) {
      activity {
        id
        status
        summary {
          ...ActivitySummaryFields
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const ActivityStatisticsQuery = graphql(`
  query ActivityStatistics($id: ID!) {
    node(id: $id) {
      ... on Activity {
        id
        name
        status
        startsAt
        endsAt
        statistics {
          ...ActivityFiguresFields
          exportUrl
        }
      }
    }
  }
`)

export const OrganiserActivityStatisticsQuery = graphql(`
  query OrganiserActivityStatistics($organiserType: ActivityOrganiserType!, $organiserId: ID!, $from: DateTime, $to: DateTime) {
    organiserActivityStatistics(organiserType: $organiserType, organiserId: $organiserId, from: $from, to: $to) {
      organiserName
      exportUrl
      totals {
        ...ActivityFiguresFields
        activities
      }
      rows {
        activity {
          id
          name
          startsAt
          status
        }
        statistics {
          ...ActivityFiguresFields
        }
      }
    }
  }
`)

export const CheckInPayloadFields = graphql(`
  fragment CheckInPayloadFields on CheckInPayload {
    result
    firstCheckedInAt
    registration {
      id
      personName
      checkedInAt
    }
    errors {
      field
      code
      message
    }
  }
`)

export const CheckInPageQuery = graphql(`
  query CheckInPage($id: ID!) {
    node(id: $id) {
      ... on Activity {
        id
        name
        status
        startsAt
        endsAt
        checkedInCount
      }
    }
  }
`)

export const CheckInToActivityMutation = graphql(`
  mutation CheckInToActivity($input: CheckInToActivityInput!) {
    checkInToActivity(input: $input) {
      ...CheckInPayloadFields
      registration {
        id
        activity {
          id
          checkedInCount
        }
      }
    }
  }
`)

export const SelfCheckInToActivityMutation = graphql(`
  mutation SelfCheckInToActivity($input: SelfCheckInToActivityInput!) {
    selfCheckInToActivity(input: $input) {
      ...CheckInPayloadFields
    }
  }
`)

export const ActivityVenueCodeQuery = graphql(`
  query ActivityVenueCode($activityId: ID!) {
    activityVenueCode(activityId: $activityId) {
      code
      expiresAt
      periodSeconds
      checkInUrl
      qrSvg
    }
    node(id: $activityId) {
      ... on Activity {
        id
        name
      }
    }
  }
`)

export const SelfCheckInActivityQuery = graphql(`
  query SelfCheckInActivity($id: ID!) {
    node(id: $id) {
      ... on Activity {
        id
        name
        status
        myRegistration {
          id
          status
          checkedInAt
        }
      }
    }
  }
`)
