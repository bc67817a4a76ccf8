/** The provider's workspace and the review queue: courses, lessons, the question bank, attendance, results and figures. */
import { graphql } from '@/gql'

export const ProviderCourseFields = graphql(`
  fragment ProviderCourseFields on Course {
    id
    title
    category
    mode
    provider {
      type
      id
      name
    }
    teachers {
      name
      title
      expertId
    }
    description
    audience
    coverUrl
    cover {
      id
      name
      url
    }
    regionCode
    capacity
    enrolledCount
    remaining
    verifiedOnly
    enrollOpensAt
    enrollClosesAt
    startsAt
    endsAt
    attendanceThreshold
    contact
    status
    statusReason
    viewerCanManage
    viewerCanReview
    createdAt
  }
`)

export const ProviderLessonFields = graphql(`
  fragment ProviderLessonFields on Lesson {
    id
    position
    title
    kind
    description
    streamLink
    videoLink
    durationSeconds
    venue
    startsAt
    endsAt
  }
`)

export const ProvidedCoursesQuery = graphql(`
  query ProvidedCourses($providerType: CourseProviderType!, $providerId: ID!, $status: CourseStatus, $first: Int, $after: String) {
    providedCourses(providerType: $providerType, providerId: $providerId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProviderCourseFields
          lessons {
            id
          }
        }
      }
    }
  }
`)

export const CoursesForReviewQuery = graphql(`
  query CoursesForReview($status: CourseStatus, $first: Int, $after: String) {
    coursesForReview(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProviderCourseFields
          lessons {
            ...ProviderLessonFields
          }
        }
      }
    }
  }
`)

export const ProviderCourseQuery = graphql(`
  query ProviderCourse($id: ID!) {
    node(id: $id) {
      ... on Course {
        ...ProviderCourseFields
        lessons {
          ...ProviderLessonFields
        }
      }
    }
  }
`)

export const CreateCourseMutation = graphql(`
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
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

export const UpdateCourseMutation = graphql(`
  mutation UpdateCourse($input: UpdateCourseInput!) {
    updateCourse(input: $input) {
      course {
        id
        ...ProviderCourseFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const SubmitCourseMutation = graphql(`
  mutation SubmitCourse($input: CourseIdInput!) {
    submitCourse(input: $input) {
      course {
        id
        status
        statusReason
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const ReviseCourseMutation = graphql(`
  mutation ReviseCourse($input: CourseIdInput!) {
    reviseCourse(input: $input) {
      course {
        id
        status
        statusReason
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const CancelCourseMutation = graphql(`
  mutation CancelCourse($input: CourseReasonInput!) {
    cancelCourse(input: $input) {
      course {
        id
        status
        statusReason
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const ApproveCourseMutation = graphql(`
  mutation ApproveCourse($input: CourseIdInput!) {
    approveCourse(input: $input) {
      course {
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

export const RejectCourseMutation = graphql(`
  mutation RejectCourse($input: CourseReasonInput!) {
    rejectCourse(input: $input) {
      course {
        id
        status
        statusReason
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const AddLessonMutation = graphql(`
  mutation AddLesson($input: AddLessonInput!) {
    addLesson(input: $input) {
      lesson {
        ...ProviderLessonFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const UpdateLessonMutation = graphql(`
  mutation UpdateLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      lesson {
        ...ProviderLessonFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const RemoveLessonMutation = graphql(`
  mutation RemoveLesson($input: LessonIdInput!) {
    removeLesson(input: $input) {
      course {
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

export const AttendanceSheetQuery = graphql(`
  query CourseAttendanceSheet($courseId: ID!) {
    node(id: $courseId) {
      ... on Course {
        id
        title
        status
      }
    }
    courseAttendanceSheet(courseId: $courseId) {
      lessons {
        id
        position
        title
        kind
        startsAt
        endsAt
      }
      rows {
        enrollment {
          id
          status
        }
        userName
        attendanceRate
        cells {
          lessonId
          status
          source
          note
          watchedSeconds
        }
      }
    }
  }
`)

export const SetLessonAttendanceMutation = graphql(`
  mutation SetLessonAttendance($input: SetLessonAttendanceInput!) {
    setLessonAttendance(input: $input) {
      attendance {
        lessonId
        status
        source
        note
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const LessonCheckInPageQuery = graphql(`
  query LessonCheckInPage($id: ID!) {
    node(id: $id) {
      ... on Lesson {
        id
        title
        kind
        startsAt
        endsAt
        venue
      }
    }
  }
`)

export const CheckInToLessonMutation = graphql(`
  mutation CheckInToLesson($input: CheckInToLessonInput!) {
    checkInToLesson(input: $input) {
      ...CheckInPayloadFields
      holderName
    }
  }
`)

export const LessonVenueCodeQuery = graphql(`
  query LessonVenueCode($lessonId: ID!) {
    lessonVenueCode(lessonId: $lessonId) {
      code
      expiresAt
      periodSeconds
      checkInUrl
      qrSvg
    }
    node(id: $lessonId) {
      ... on Lesson {
        id
        title
      }
    }
  }
`)

export const CourseHeadingQuery = graphql(`
  query CourseHeading($id: ID!) {
    node(id: $id) {
      ... on Course {
        id
        title
        status
        startsAt
        endsAt
      }
    }
  }
`)

export const TeacherExpertSearchQuery = graphql(`
  query TeacherExpertSearch($search: String) {
    expertDirectory(search: $search, first: 20) {
      edges {
        node {
          id
          name
          title
          organisation
        }
      }
    }
  }
`)
