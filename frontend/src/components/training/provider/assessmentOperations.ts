/** The provider's view of a course's assessment: the quiz and its question bank, results and figures. */
import { graphql } from '@/gql'

export const QuestionBankQuery = graphql(`
  query CourseQuestionBank($courseId: ID!) {
    node(id: $courseId) {
      ... on Course {
        id
        title
        status
        viewerCanManage
      }
    }
    courseQuiz(courseId: $courseId) {
      id
      title
      passMark
      maxScore
      questionCount
      attemptLimit
      timeLimitMinutes
      shuffleQuestions
      shuffleOptions
      editable
    }
    courseQuestionBank(courseId: $courseId) {
      id
      position
      type
      text
      options {
        key
        text
      }
      correctKeys
      points
      explanation
    }
  }
`)

export const SaveCourseQuizMutation = graphql(`
  mutation SaveCourseQuiz($input: SaveCourseQuizInput!) {
    saveCourseQuiz(input: $input) {
      quiz {
        id
        title
        passMark
        maxScore
        questionCount
        attemptLimit
        timeLimitMinutes
        shuffleQuestions
        shuffleOptions
      }
      errors {
        field
        code
        message
      }
    }
  }
`)

export const AddQuizQuestionMutation = graphql(`
  mutation AddQuizQuestion($input: AddQuizQuestionInput!) {
    addQuizQuestion(input: $input) {
      question {
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

export const UpdateQuizQuestionMutation = graphql(`
  mutation UpdateQuizQuestion($input: UpdateQuizQuestionInput!) {
    updateQuizQuestion(input: $input) {
      question {
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

export const RemoveQuizQuestionMutation = graphql(`
  mutation RemoveQuizQuestion($input: QuizQuestionIdInput!) {
    removeQuizQuestion(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`)

export const CourseResultsQuery = graphql(`
  query CourseResults($courseId: ID!, $first: Int, $after: String) {
    courseResults(courseId: $courseId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          userName
          attendanceRate
          bestScore
          passed
          attemptsUsed
          certificateCode
        }
      }
    }
  }
`)

export const CourseStatisticsQuery = graphql(`
  query CourseStatistics($courseId: ID!) {
    courseStatistics(courseId: $courseId) {
      enrolled
      cancelled
      lessons {
        lesson {
          id
          position
          title
          kind
        }
        attended
        late
        absent
        excused
        attendanceRate
      }
      participants
      passRate
      averageScore
      certificates
      evaluationCount
      satisfactionRate
      averageDimensions {
        name
        average
      }
      exportUrl
    }
  }
`)

export const CourseEvaluationsQuery = graphql(`
  query CourseEvaluations($courseId: ID!, $first: Int!, $offset: Int!) {
    courseEvaluations(courseId: $courseId, first: $first, offset: $offset) {
      totalCount
      items {
        id
        overall
        dimensions {
          name
          score
        }
        comment
        reply
        repliedAt
        createdAt
      }
    }
  }
`)
