import { graphql } from '@/gql'

/** The operations of the supervision board, recording a demand and the category deadlines. */

export const AssignDemandsMutation = graphql(`
  mutation AssignDemands($input: AssignDemandsInput!) {
    assignDemands(input: $input) {
      results {
        index
        demandId
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
      errors {
        field
        code
        message
      }
    }
  }
`)

/** The platforms the board may filter by (the SPA keeps those of the operator's subtree). */
export const BoardPlatformsQuery = graphql(`
  query BoardPlatforms {
    platforms {
      id
      name
      parent {
        id
      }
    }
  }
`)

/** A non-operator handler passing a demand on: the departments of the demand's platform chain. */
export const DemandTransferDepartmentsQuery = graphql(`
  query DemandTransferDepartments($demandId: ID!) {
    demandTransferDepartments(demandId: $demandId) {
      id
      name
    }
  }
`)

/** VERIFIED enterprises of the operator's subtree, by name or credit code. */
export const RecordDemandEnterprisesQuery = graphql(`
  query RecordDemandEnterprises($search: String) {
    enterprisesForReview(status: VERIFIED, search: $search, first: 20) {
      edges {
        node {
          id
          name
          creditCode
          contactName
          contactPhone
        }
      }
    }
  }
`)

export const RecordDemandMutation = graphql(`
  mutation RecordDemand($input: RecordDemandInput!) {
    recordDemand(input: $input) {
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

export const DemandCategorySettingsQuery = graphql(`
  query DemandCategorySettings {
    demandCategorySettings {
      category
      acceptWorkingHours
      replyWorkingDays
    }
  }
`)

export const SetDemandCategorySettingMutation = graphql(`
  mutation SetDemandCategorySetting($input: SetDemandCategorySettingInput!) {
    setDemandCategorySetting(input: $input) {
      setting {
        category
        acceptWorkingHours
        replyWorkingDays
      }
      errors {
        field
        code
        message
      }
    }
  }
`)
