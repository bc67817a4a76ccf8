/** Fields the activity pages share: the public list and page, my activities, the organiser's workspace and the review queue. */
import { graphql } from '@/gql'

export const ActivityCardFields = graphql(`
  fragment ActivityCardFields on Activity {
    id
    name
    type
    organiserName
    startsAt
    endsAt
    venue
    onlineLink
    capacity
    remainingPlaces
    status
    openForSignUp
  }
`)

export const ActivityDetailFields = graphql(`
  fragment ActivityDetailFields on Activity {
    id
    organiserType
    organiserName
    name
    type
    content
    agenda {
      time
      title
      speaker
    }
    venue
    onlineLink
    regionCode
    startsAt
    endsAt
    signupDeadline
    capacity
    remainingPlaces
    waitlistCount
    audienceScales
    audienceIndustries
    audienceRegions
    needsApproval
    verifiedOnly
    contact
    status
    statusReason
    openForSignUp
    createdAt
    updatedAt
    logo {
      id
      name
      url
    }
  }
`)

export const MyRegistrationFields = graphql(`
  fragment MyRegistrationFields on ActivityRegistration {
    id
    status
    note
    reason
    waitlistPosition
    createdAt
    updatedAt
  }
`)

export const CancelActivityRegistrationMutation = graphql(`
  mutation CancelActivityRegistration($input: ActivityRegistrationIdInput!) {
    cancelActivityRegistration(input: $input) {
      registration {
        ...MyRegistrationFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)
