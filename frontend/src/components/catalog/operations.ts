/** Fields the product pages share: the product page, the institution's list and the operators' drawer. */
import { graphql } from '@/gql'

export const ServiceProductFields = graphql(`
  fragment ServiceProductFields on ServiceProduct {
    id
    name
    category
    description
    processSteps
    pricing
    price
    priceMin
    priceMax
    nature
    form
    contactName
    contactPhone
    contactEmail
    audienceScales
    audienceIndustries {
      code
      name
    }
    serviceAreas {
      code
      fullName
    }
    status
    statusReason
    createdAt
    updatedAt
    submittedAt
    publishedAt
    rating
    requestCount
    institution {
      id
      name
      region {
        fullName
      }
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
    }
    platform {
      id
      name
    }
  }
`)

/** A listed product's images are public: their links work without signing in. */
export const ServiceProductImages = graphql(`
  fragment ServiceProductImages on ServiceProduct {
    images {
      id
      name
      url
    }
  }
`)

export const ServiceProductReviews = graphql(`
  fragment ServiceProductReviews on ServiceProduct {
    reviews {
      fromStatus
      toStatus
      reason
      at
    }
  }
`)
