import { graphql } from '@/gql'

/** The operations of complaints (投诉) and follow-up visits (回访), typed by `npm run codegen`. */

export const SubmitComplaintMutation = graphql(`
  mutation SubmitComplaint($input: SubmitComplaintInput!) {
    submitComplaint(input: $input) {
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

/** What an enterprise may complain about, searched by name: institutions, products, platforms. */
export const ComplaintTargetSearchQuery = graphql(`
  query ComplaintTargetSearch($search: String) {
    institutionDirectory(search: $search, first: 30) {
      edges {
        node {
          id
          name
        }
      }
    }
    serviceProducts(search: $search, first: 30) {
      edges {
        node {
          id
          name
          institution {
            name
          }
        }
      }
    }
    platforms {
      id
      name
    }
  }
`)

export const ComplaintsForSupervisionQuery = graphql(`
  query ComplaintsForSupervision($status: DemandStatus, $overdue: Boolean, $first: Int, $after: String) {
    demandsForSupervision(kind: COMPLAINT, status: $status, overdue: $overdue, first: $first, after: $after) {
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

export const DemandFollowUpsQuery = graphql(`
  query DemandFollowUps($status: DemandFollowUpStatus, $first: Int, $after: String) {
    demandFollowUps(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          rating
          result
          createdAt
          doneAt
          demand {
            id
            kind
            title
            enterprise {
              id
              name
            }
          }
        }
      }
    }
  }
`)

export const RecordDemandFollowUpMutation = graphql(`
  mutation RecordDemandFollowUp($input: RecordDemandFollowUpInput!) {
    recordDemandFollowUp(input: $input) {
      followUp {
        id
        status
        result
        doneAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`)
