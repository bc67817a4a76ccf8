import { graphql } from '@/gql'

/** The operations of offers (征集承接): the institutions' list, the offers of a demand, the steps. */

export const DemandOfferFields = graphql(`
  fragment DemandOfferFields on DemandOffer {
    id
    status
    proposal
    createdAt
    decidedAt
    institution {
      id
      name
    }
  }
`)

export const DemandsOpenForOffersQuery = graphql(`
  query DemandsOpenForOffers($category: DemandCategory, $first: Int, $after: String) {
    demandsOpenForOffers(category: $category, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          category
          description
          submittedAt
          updatedAt
          enterprise {
            id
            name
          }
          myOffer {
            ...DemandOfferFields
          }
        }
      }
    }
  }
`)

export const OfferToTakeDemandMutation = graphql(`
  mutation OfferToTakeDemand($input: DemandOfferInput!) {
    offerToTakeDemand(input: $input) {
      offer {
        ...DemandOfferFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const WithdrawDemandOfferMutation = graphql(`
  mutation WithdrawDemandOffer($input: WithdrawDemandOfferInput!) {
    withdrawDemandOffer(input: $input) {
      offer {
        ...DemandOfferFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const PickDemandOfferMutation = graphql(`
  mutation PickDemandOffer($input: PickDemandOfferInput!) {
    pickDemandOffer(input: $input) {
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

export const OpenDemandForOffersMutation = graphql(`
  mutation OpenDemandForOffers($input: DemandIdInput!) {
    openDemandForOffers(input: $input) {
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

export const CloseDemandOffersMutation = graphql(`
  mutation CloseDemandOffers($input: DemandIdInput!) {
    closeDemandOffers(input: $input) {
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
