/** Fields and operations the enterprise workspace's components share. */
import { graphql } from '@/gql'

export const EnterpriseWorkspaceFields = graphql(`
  fragment EnterpriseWorkspaceFields on Enterprise {
    id
    name
    creditCode
    region {
      code
      name
      fullName
    }
    industry {
      code
      name
    }
    scale
    tags
    foundedOn
    status
    rejectionReason
    submittedAt
    verifiedAt
    employees
    revenueWan
    address
    contactName
    contactPhone
    contactEmail
    platform {
      id
      name
    }
    licence {
      id
      name
      url
    }
    reviews {
      fromStatus
      toStatus
      reason
      at
    }
    members {
      id
      name
      email
      isAdmin
    }
    pendingInvitations {
      email
      asAdmin
      expiresAt
    }
  }
`)

export const SubmitEnterpriseCertificationMutation = graphql(`
  mutation SubmitEnterpriseCertification($input: EnterpriseIdInput!) {
    submitEnterpriseCertification(input: $input) {
      enterprise {
        id
        status
        submittedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`)
