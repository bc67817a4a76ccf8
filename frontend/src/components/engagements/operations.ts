/** The operations of the engagement pages (服务档案): the lists, the detail page and every action. */
import { graphql } from '@/gql'

/** One row of a list: enough for the status, the deadline and the link to the detail page. */
export const EngagementRowFields = graphql(`
  fragment EngagementRowFields on Engagement {
    id
    status
    createdAt
    updatedAt
    answerDueAt
    answeredAt
    answeredLate
    confirmDueAt
    deliveredLate
    plannedDeliveryOn
    product {
      id
      name
    }
    enterprise {
      id
      name
    }
    institution {
      id
      name
    }
  }
`)

/** A file of the archive: its link is valid for 5 minutes (the detail page refreshes it). */
export const EngagementFileFields = graphql(`
  fragment EngagementFileFields on StoredFile {
    id
    name
    size
    url
  }
`)

/** Everything the detail page shows: the key fields, the archive and the evaluation. */
export const EngagementDetailFields = graphql(`
  fragment EngagementDetailFields on Engagement {
    id
    status
    need
    statusReason
    createdAt
    updatedAt
    answerDueAt
    answeredAt
    answeredLate
    fee
    periodStart
    periodEnd
    plan
    personnel
    plannedStartOn
    plannedDeliveryOn
    report
    deliveredAt
    deliveredLate
    confirmDueAt
    confirmedAt
    autoConfirmed
    product {
      id
      name
      category
      pricing
      price
      priceMin
      priceMax
    }
    enterprise {
      id
      name
      region {
        fullName
      }
    }
    institution {
      id
      name
      contactName
      contactPhone
      contactEmail
    }
    contact {
      requesterName
      requesterEmail
      requesterPhone
      enterpriseContactName
      enterpriseContactPhone
      enterpriseContactEmail
    }
    agreementFile {
      ...EngagementFileFields
    }
    reportFile {
      ...EngagementFileFields
    }
    timeline {
      kind
      fromStatus
      toStatus
      actorName
      note
      at
      fee
      periodStart
      periodEnd
      personnel
      plannedStartOn
      plannedDeliveryOn
      attachments {
        ...EngagementFileFields
      }
    }
    evaluation {
      id
      overall
      dimensions {
        name
        score
      }
      comment
      reply
      repliedAt
      createdAt
    }
  }
`)

export const EngagementPageQuery = graphql(`
  query EngagementPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Engagement {
        ...EngagementDetailFields
      }
    }
  }
`)

export const MyEnterpriseEngagementsQuery = graphql(`
  query MyEnterpriseEngagements($enterpriseId: ID!, $status: EngagementStatus, $first: Int, $after: String) {
    myEngagements(enterpriseId: $enterpriseId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EngagementRowFields
        }
      }
    }
  }
`)

export const MyInstitutionEngagementsQuery = graphql(`
  query MyInstitutionEngagements($institutionId: ID!, $status: EngagementStatus, $first: Int, $after: String) {
    myEngagements(institutionId: $institutionId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EngagementRowFields
        }
      }
    }
  }
`)

/** The institution board's tab counts: one count per status, in one request. */
export const InstitutionEngagementCountsQuery = graphql(`
  query InstitutionEngagementCounts($institutionId: ID!) {
    all: myEngagements(institutionId: $institutionId, first: 0) {
      totalCount
    }
    REQUESTED: myEngagements(institutionId: $institutionId, status: REQUESTED, first: 0) {
      totalCount
    }
    INVESTIGATING: myEngagements(institutionId: $institutionId, status: INVESTIGATING, first: 0) {
      totalCount
    }
    AGREED: myEngagements(institutionId: $institutionId, status: AGREED, first: 0) {
      totalCount
    }
    PLANNED: myEngagements(institutionId: $institutionId, status: PLANNED, first: 0) {
      totalCount
    }
    IN_SERVICE: myEngagements(institutionId: $institutionId, status: IN_SERVICE, first: 0) {
      totalCount
    }
    DELIVERED: myEngagements(institutionId: $institutionId, status: DELIVERED, first: 0) {
      totalCount
    }
    CONFIRMED: myEngagements(institutionId: $institutionId, status: CONFIRMED, first: 0) {
      totalCount
    }
    EVALUATED: myEngagements(institutionId: $institutionId, status: EVALUATED, first: 0) {
      totalCount
    }
    DECLINED: myEngagements(institutionId: $institutionId, status: DECLINED, first: 0) {
      totalCount
    }
    CANCELLED: myEngagements(institutionId: $institutionId, status: CANCELLED, first: 0) {
      totalCount
    }
  }
`)

export const SupervisedEngagementsQuery = graphql(`
  query SupervisedEngagements($status: EngagementStatus, $first: Int, $after: String) {
    engagementsForSupervision(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EngagementRowFields
        }
      }
    }
  }
`)

/** The organisations of the session: which enterprise requests, which institution's board. */
export const MyEngagementEnterprisesQuery = graphql(`
  query MyEngagementEnterprises {
    myEnterprises {
      id
      name
      status
    }
  }
`)

export const MyEngagementInstitutionsQuery = graphql(`
  query MyEngagementInstitutions {
    myInstitutions {
      id
      name
      status
    }
  }
`)

// ---------------------------------------------------------------------------------------
// Mutations: each answers with the engagement's new state (or UserErrors)

export const RequestServiceMutation = graphql(`
  mutation RequestService($input: RequestServiceInput!) {
    requestService(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const InvestigateEngagementMutation = graphql(`
  mutation InvestigateEngagement($input: EngagementNoteInput!) {
    investigateEngagement(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const StartEngagementServiceMutation = graphql(`
  mutation StartEngagementService($input: EngagementNoteInput!) {
    startEngagementService(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const AddEngagementProgressMutation = graphql(`
  mutation AddEngagementProgress($input: EngagementNoteInput!) {
    addEngagementProgress(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const DeclineEngagementMutation = graphql(`
  mutation DeclineEngagement($input: EngagementReasonInput!) {
    declineEngagement(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const CancelEngagementMutation = graphql(`
  mutation CancelEngagement($input: EngagementReasonInput!) {
    cancelEngagement(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const DisputeEngagementDeliveryMutation = graphql(`
  mutation DisputeEngagementDelivery($input: EngagementReasonInput!) {
    disputeEngagementDelivery(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const AgreeEngagementMutation = graphql(`
  mutation AgreeEngagement($input: AgreeEngagementInput!) {
    agreeEngagement(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const PlanEngagementMutation = graphql(`
  mutation PlanEngagement($input: PlanEngagementInput!) {
    planEngagement(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const DeliverEngagementMutation = graphql(`
  mutation DeliverEngagement($input: DeliverEngagementInput!) {
    deliverEngagement(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const ConfirmEngagementDeliveryMutation = graphql(`
  mutation ConfirmEngagementDelivery($input: EngagementIdInput!) {
    confirmEngagementDelivery(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const EvaluateEngagementMutation = graphql(`
  mutation EvaluateEngagement($input: EvaluateEngagementInput!) {
    evaluateEngagement(input: $input) {
      engagement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const ReplyToEngagementEvaluationMutation = graphql(`
  mutation ReplyToEngagementEvaluation($input: ReplyToEvaluationInput!) {
    replyToEvaluation(input: $input) {
      evaluation {
        id
        reply
        repliedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`)
