/** The learner's operations on courses: the public list and page, lessons, the quiz, certificates. */
import { graphql } from '@/gql'

export const CourseCardFields = graphql(`
  fragment CourseCardFields on Course {
    id
    title
    category
    mode
    provider {
      type
      id
      name
    }
    coverUrl
    regionCode
    capacity
    enrolledCount
    remaining
    verifiedOnly
    enrollOpensAt
    enrollClosesAt
    startsAt
    endsAt
    status
    openForEnrollment
  }
`)

export const LessonAttendanceFields = graphql(`
  fragment LessonAttendanceFields on LessonAttendance {
    lessonId
    status
    source
    note
    watchedSeconds
    updatedAt
  }
`)

export const LessonFields = graphql(`
  fragment LessonFields on Lesson {
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
    myAttendance {
      ...LessonAttendanceFields
    }
  }
`)

export const MyEnrollmentFields = graphql(`
  fragment MyEnrollmentFields on CourseEnrollment {
    id
    status
    createdAt
    attendanceRate
    attendedLessons
    totalLessons
  }
`)

export const CourseDetailFields = graphql(`
  fragment CourseDetailFields on Course {
    ...CourseCardFields
    teachers {
      name
      title
      expertId
    }
    description
    audience
    contact
    attendanceThreshold
    statusReason
    lessons {
      ...LessonFields
    }
    myEnrollment {
      ...MyEnrollmentFields
    }
  }
`)

export const CertificateFields = graphql(`
  fragment CertificateFields on CourseCertificate {
    id
    code
    holderName
    courseTitle
    providerName
    attendanceRate
    score
    issuedAt
    course {
      id
    }
  }
`)

export const QuizAttemptFields = graphql(`
  fragment QuizAttemptFields on QuizAttempt {
    id
    number
    status
    startedAt
    deadlineAt
    secondsLeft
    questions {
      id
      type
      text
      points
      options {
        key
        text
      }
    }
    answers {
      questionId
      keys
    }
    score
    maxScore
    passed
    review {
      questionId
      chosen
      correctKeys
      pointsAwarded
      explanation
    }
  }
`)

export const CourseQuizFields = graphql(`
  fragment CourseQuizFields on CourseQuiz {
    title
    passMark
    maxScore
    questionCount
    attemptLimit
    timeLimitMinutes
    attemptsUsed
    canStart
  }
`)

export const CourseQuery = graphql(`
  query Course($id: ID!) {
    node(id: $id) {
      __typename
      ... on Course {
        ...CourseDetailFields
      }
    }
  }
`)

export const EnrollInCourseMutation = graphql(`
  mutation EnrollInCourse($input: CourseIdInput!) {
    enrollInCourse(input: $input) {
      enrollment {
        ...MyEnrollmentFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const CancelCourseEnrollmentMutation = graphql(`
  mutation CancelCourseEnrollment($input: CourseEnrollmentIdInput!) {
    cancelCourseEnrollment(input: $input) {
      enrollment {
        ...MyEnrollmentFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const JoinLiveLessonMutation = graphql(`
  mutation JoinLiveLesson($input: LessonIdInput!) {
    joinLiveLesson(input: $input) {
      streamLink
      attendance {
        ...LessonAttendanceFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const ReportVideoProgressMutation = graphql(`
  mutation ReportVideoProgress($input: ReportVideoProgressInput!) {
    reportVideoProgress(input: $input) {
      attendance {
        ...LessonAttendanceFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const SelfCheckInToLessonMutation = graphql(`
  mutation SelfCheckInToLesson($input: SelfCheckInToLessonInput!) {
    selfCheckInToLesson(input: $input) {
      result
      firstCheckedInAt
      errors {
        field
        code
        message
      }
    }
  }
`)

export const CourseQuizQuery = graphql(`
  query CourseQuiz($courseId: ID!) {
    courseQuiz(courseId: $courseId) {
      ...CourseQuizFields
    }
    myQuizAttempts(courseId: $courseId) {
      ...QuizAttemptFields
    }
  }
`)

export const StartQuizAttemptMutation = graphql(`
  mutation StartQuizAttempt($input: StartQuizAttemptInput!) {
    startQuizAttempt(input: $input) {
      attempt {
        ...QuizAttemptFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const SaveQuizAnswersMutation = graphql(`
  mutation SaveQuizAnswers($input: SaveQuizAnswersInput!) {
    saveQuizAnswers(input: $input) {
      attempt {
        id
        secondsLeft
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

export const SubmitQuizAttemptMutation = graphql(`
  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {
    submitQuizAttempt(input: $input) {
      attempt {
        ...QuizAttemptFields
      }
      certificate {
        ...CertificateFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const CourseCertificateQuery = graphql(`
  query CourseCertificate($courseId: ID!) {
    courseCertificate(courseId: $courseId) {
      ...CertificateFields
    }
    myCourseEvaluation(courseId: $courseId) {
      id
      overall
      createdAt
    }
  }
`)

export const EvaluateCourseMutation = graphql(`
  mutation EvaluateCourse($input: EvaluateCourseInput!) {
    evaluateCourse(input: $input) {
      evaluation {
        id
        overall
      }
      errors {
        field
        code
        message
      }
    }
  }
`)
