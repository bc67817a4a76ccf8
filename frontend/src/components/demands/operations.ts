import { graphql } from '@/gql'

/** The demand operations of the SPA's pages (typed by `npm run codegen`). */

export const DemandRowFields = graphql(`
  fragment DemandRowFields on Demand {
    id
    kind
    title
    complaintTarget {
      type
      name
    }
    category
    status
    channel
    overdue
    submittedAt
    acceptDueAt
    replyDueAt
    updatedAt
    enterprise {
      id
      name
    }
    handler {
      type
      id
      name
    }
  }
`)

export const DemandDetailFields = graphql(`
  fragment DemandDetailFields on Demand {
    id
    kind
    complaintTarget {
      type
      id
      name
    }
    complaintHandlers {
      type
      id
      name
    }
    category
    channel
    status
    title
    description
    statusReason
    reply
    periodStart
    periodEnd
    submittedAt
    acceptDueAt
    acceptedAt
    acceptedOnTime
    assignedAt
    replyDueAt
    pausedAt
    repliedAt
    repliedOnTime
    resolvedAt
    closedAt
    lastUrgedAt
    overdue
    viewerSides
    enterprise {
      id
      name
    }
    handler {
      type
      id
      name
    }
    contact {
      name
      phone
    }
    attachments {
      id
      name
      url
    }
    offers {
      ...DemandOfferFields
    }
    myOffer {
      ...DemandOfferFields
    }
    timeline {
      kind
      fromStatus
      toStatus
      actorName
      note
      at
      attachments {
        id
        name
        url
      }
      handlerBefore {
        type
        id
        name
      }
      handlerAfter {
        type
        id
        name
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
      createdAt
    }
  }
`)

export const DemandPageQuery = graphql(`
  query DemandPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Demand {
        ...DemandDetailFields
      }
    }
  }
`)

export const MyDemandEnterprisesQuery = graphql(`
  query MyDemandEnterprises {
    myEnterprises {
      id
      name
      status
      contactName
      contactPhone
    }
  }
`)

export const MyDemandsQuery = graphql(`
  query MyDemands($enterpriseId: ID!, $status: DemandStatus, $first: Int, $after: String) {
    myDemands(enterpriseId: $enterpriseId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DemandRowFields
        }
      }
    }
  }
`)

export const DemandsAssignedToMeQuery = graphql(`
  query DemandsAssignedToMe($status: DemandStatus, $currentOnly: Boolean!, $first: Int, $after: String) {
    demandsAssignedToMe(status: $status, currentOnly: $currentOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DemandRowFields
        }
      }
    }
  }
`)

export const DemandsForSupervisionQuery = graphql(`
  query DemandsForSupervision(
    $status: DemandStatus
    $category: DemandCategory
    $overdue: Boolean
    $kind: DemandKind
    $channel: DemandChannel
    $platformId: ID
    $handlerType: DemandHandlerType
    $handlerId: ID
    $first: Int
    $after: String
  ) {
    demandsForSupervision(
      status: $status
      category: $category
      overdue: $overdue
      kind: $kind
      channel: $channel
      platformId: $platformId
      handlerType: $handlerType
      handlerId: $handlerId
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DemandRowFields
        }
      }
    }
  }
`)

/** The handlers an operator may pick (the server checks again: active institutions, experts with an account). */
export const DemandHandlerChoicesQuery = graphql(`
  query DemandHandlerChoices {
    institutionsForReview(status: ACTIVE, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    departments {
      id
      name
    }
    expertsForManagement(first: 100) {
      edges {
        node {
          id
          name
          status
          accountEmail
        }
      }
    }
  }
`)

export const SubmitDemandMutation = graphql(`
  mutation SubmitDemand($input: SubmitDemandInput!) {
    submitDemand(input: $input) {
      demand {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const WithdrawDemandMutation = graphql(`
  mutation WithdrawDemand($input: DemandIdInput!) {
    withdrawDemand(input: $input) {
      demand {
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

export const AcceptDemandMutation = graphql(`
  mutation AcceptDemand($input: DemandIdInput!) {
    acceptDemand(input: $input) {
      demand {
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

export const NotAcceptDemandMutation = graphql(`
  mutation NotAcceptDemand($input: NotAcceptDemandInput!) {
    notAcceptDemand(input: $input) {
      demand {
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

export const AssignDemandMutation = graphql(`
  mutation AssignDemand($input: AssignDemandInput!) {
    assignDemand(input: $input) {
      demand {
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

export const TransferDemandMutation = graphql(`
  mutation TransferDemand($input: TransferDemandInput!) {
    transferDemand(input: $input) {
      demand {
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

export const AskEnterpriseMutation = graphql(`
  mutation AskEnterprise($input: AskEnterpriseInput!) {
    askEnterprise(input: $input) {
      demand {
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

export const AnswerDemandQuestionMutation = graphql(`
  mutation AnswerDemandQuestion($input: AnswerDemandQuestionInput!) {
    answerDemandQuestion(input: $input) {
      demand {
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

export const ReplyToDemandMutation = graphql(`
  mutation ReplyToDemand($input: ReplyToDemandInput!) {
    replyToDemand(input: $input) {
      demand {
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

export const HandBackDemandMutation = graphql(`
  mutation HandBackDemand($input: DemandReasonInput!) {
    handBackDemand(input: $input) {
      demand {
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

export const ResolveDemandMutation = graphql(`
  mutation ResolveDemand($input: DemandIdInput!) {
    resolveDemand(input: $input) {
      demand {
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

export const ReopenDemandMutation = graphql(`
  mutation ReopenDemand($input: DemandReasonInput!) {
    reopenDemand(input: $input) {
      demand {
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

export const UrgeDemandMutation = graphql(`
  mutation UrgeDemand($input: DemandIdInput!) {
    urgeDemand(input: $input) {
      demand {
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

export const EvaluateDemandMutation = graphql(`
  mutation EvaluateDemand($input: EvaluateDemandInput!) {
    evaluateDemand(input: $input) {
      demand {
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

/** A handler passing a demand on finds institutions and experts in the public directories. */
export const DemandHandlerSearchQuery = graphql(`
  query DemandHandlerSearch($search: String) {
    institutionDirectory(search: $search, first: 30) {
      edges {
        node {
          id
          name
        }
      }
    }
    expertDirectory(search: $search, first: 30) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`)
