/** Fields the institution pages share: the applicant's page and the operators' drawer. */
import { graphql } from '@/gql'

export const InstitutionDetailFields = graphql(`
  fragment InstitutionDetailFields on Institution {
    id
    name
    creditCode
    status
    statusReason
    description
    region {
      code
      fullName
    }
    serviceDomains
    serviceAreas {
      code
      fullName
    }
    responderName
    responderPhone
    contactName
    contactPhone
    contactEmail
    score {
      value
      completionRate
      timelinessRate
      satisfactionRate
      flaggedForReview
    }
    qualifications {
      id
      name
      url
    }
    appliedAt
    statusHistory {
      fromStatus
      toStatus
      reason
      at
    }
    platform {
      id
      name
    }
  }
`)
