import {
  createRouter,
  createWebHistory,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router'
import type { Role } from '@/gql/graphql'
import { useAuthStore } from '@/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title */
    title?: string
    requiresAuth?: boolean
    /** any of these roles may open the page */
    roles?: Role[]
    /** login/register pages: signed-in users go home */
    guestOnly?: boolean
  }
}

const ComingSoon = () => import('@/views/portal/ComingSoon.vue')

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/views/portal/Home.vue'), meta: { title: 'nav.home' } },
  { path: '/policies', name: 'policies', component: ComingSoon, meta: { title: 'nav.policies' } },
  {
    // The service supermarket (服务超市): anyone may look, no login needed.
    path: '/services',
    name: 'services',
    component: () => import('@/views/services/ServiceSupermarket.vue'),
    meta: { title: 'nav.services' },
  },
  {
    path: '/services/:id',
    name: 'service-product',
    component: () => import('@/views/services/ServiceProduct.vue'),
    meta: { title: 'catalog.productTitle' },
  },
  {
    // Activities (活动): anyone may look; signing up needs a login.
    path: '/activities',
    name: 'activities',
    component: () => import('@/views/activities/Activities.vue'),
    meta: { title: 'nav.activities' },
  },
  {
    path: '/activities/:id',
    name: 'activity',
    component: () => import('@/views/activities/ActivityPage.vue'),
    meta: { title: 'activities.pageTitle' },
  },
  {
    path: '/me/activities',
    name: 'my-activities',
    component: () => import('@/views/activities/MyActivities.vue'),
    meta: { title: 'activities.mine.title', requiresAuth: true },
  },
  {
    // Activities of an institution, department or platform I act for.
    path: '/organiser/activities',
    name: 'organiser-activities',
    component: () => import('@/views/activities/OrganiserActivities.vue'),
    meta: { title: 'activities.organiser.title', requiresAuth: true },
  },
  {
    path: '/organiser/activities/:id/registrations',
    name: 'organiser-activity-registrations',
    component: () => import('@/views/activities/OrganiserRegistrations.vue'),
    meta: { title: 'activities.registrations.title', requiresAuth: true },
  },
  {
    path: '/organiser/activities/:id/check-in',
    name: 'organiser-activity-checkin',
    component: () => import('@/views/activities/OrganiserCheckIn.vue'),
    meta: { title: 'activityAfter.checkIn.title', requiresAuth: true },
  },
  {
    // Shown full screen at the venue: the rotating self check-in code.
    path: '/organiser/activities/:id/venue',
    name: 'organiser-activity-venue',
    component: () => import('@/views/activities/VenueScreen.vue'),
    meta: { title: 'activityAfter.venue.title', requiresAuth: true },
  },
  {
    path: '/organiser/activities/:id/summary',
    name: 'organiser-activity-summary',
    component: () => import('@/views/activities/OrganiserActivitySummary.vue'),
    meta: { title: 'activityAfter.summary.title', requiresAuth: true },
  },
  {
    path: '/organiser/activities/:id/statistics',
    name: 'organiser-activity-statistics',
    component: () => import('@/views/activities/OrganiserActivityStatistics.vue'),
    meta: { title: 'activityAfter.statistics.title', requiresAuth: true },
  },
  {
    path: '/organiser/statistics',
    name: 'organiser-statistics',
    component: () => import('@/views/activities/OrganiserStatistics.vue'),
    meta: { title: 'activityAfter.statistics.organiserTitle', requiresAuth: true },
  },
  {
    // Courses of an institution or platform I act for, and each course's pages.
    path: '/organiser/courses',
    name: 'provider-courses',
    component: () => import('@/views/training/provider/ProviderCourses.vue'),
    meta: { title: 'trainingProvider.list.title', requiresAuth: true },
  },
  {
    path: '/organiser/courses/new',
    name: 'provider-course-new',
    component: () => import('@/views/training/provider/CourseEditor.vue'),
    meta: { title: 'trainingProvider.form.newTitle', requiresAuth: true },
  },
  {
    path: '/organiser/courses/:id',
    name: 'provider-course',
    component: () => import('@/views/training/provider/CourseEditor.vue'),
    meta: { title: 'trainingProvider.tabs.editor', requiresAuth: true },
  },
  {
    path: '/organiser/courses/:id/questions',
    name: 'provider-course-questions',
    component: () => import('@/views/training/provider/QuestionBank.vue'),
    meta: { title: 'trainingProvider.questions.title', requiresAuth: true },
  },
  {
    path: '/organiser/courses/:id/attendance',
    name: 'provider-course-attendance',
    component: () => import('@/views/training/provider/AttendanceSheet.vue'),
    meta: { title: 'trainingProvider.attendance.title', requiresAuth: true },
  },
  {
    path: '/organiser/courses/:id/lessons/:lessonId/check-in',
    name: 'provider-lesson-checkin',
    component: () => import('@/views/training/provider/LessonCheckIn.vue'),
    meta: { title: 'trainingProvider.checkIn.title', requiresAuth: true },
  },
  {
    // Shown full screen at the venue: the rotating self check-in code of a lesson.
    path: '/organiser/courses/:id/lessons/:lessonId/venue',
    name: 'provider-lesson-venue',
    component: () => import('@/views/training/provider/LessonVenueScreen.vue'),
    meta: { title: 'activityAfter.venue.title', requiresAuth: true },
  },
  {
    path: '/organiser/courses/:id/results',
    name: 'provider-course-results',
    component: () => import('@/views/training/provider/CourseResults.vue'),
    meta: { title: 'trainingProvider.results.title', requiresAuth: true },
  },
  {
    path: '/organiser/courses/:id/statistics',
    name: 'provider-course-statistics',
    component: () => import('@/views/training/provider/CourseStatistics.vue'),
    meta: { title: 'trainingProvider.statistics.title', requiresAuth: true },
  },
  {
    // The registrant enters the venue code (`?code=` from the venue QR fills it in).
    path: '/activities/:id/check-in',
    name: 'activity-self-checkin',
    component: () => import('@/views/activities/SelfCheckIn.vue'),
    meta: { title: 'activityAfter.checkIn.selfTitle', requiresAuth: true },
  },
  {
    // Training courses (课程): anyone may look; enrolling and learning need a login.
    path: '/courses',
    name: 'courses',
    component: () => import('@/views/training/Courses.vue'),
    meta: { title: 'nav.courses' },
  },
  {
    path: '/courses/:id',
    name: 'course',
    component: () => import('@/views/training/CoursePage.vue'),
    meta: { title: 'training.pageTitle' },
  },
  {
    path: '/courses/:id/lessons/:lessonId',
    name: 'course-lesson',
    component: () => import('@/views/training/LessonPage.vue'),
    meta: { title: 'training.lessons.title', requiresAuth: true },
  },
  {
    path: '/courses/:id/quiz',
    name: 'course-quiz',
    component: () => import('@/views/training/QuizPage.vue'),
    meta: { title: 'training.quiz.title', requiresAuth: true },
  },
  {
    path: '/me/courses',
    name: 'my-courses',
    component: () => import('@/views/training/MyCourses.vue'),
    meta: { title: 'training.mine.title', requiresAuth: true },
  },
  {
    path: '/me/certificates',
    name: 'my-certificates',
    component: () => import('@/views/training/MyCertificates.vue'),
    meta: { title: 'training.mine.certificates', requiresAuth: true },
  },
  {
    // Public: anyone verifies a certificate by its code (`?code=` or in the path).
    path: '/certificates/verify',
    name: 'certificate-verify',
    component: () => import('@/views/training/VerifyCertificate.vue'),
    meta: { title: 'training.verify.title' },
  },
  {
    path: '/certificates/verify/:code',
    name: 'certificate-verify-code',
    component: () => import('@/views/training/VerifyCertificate.vue'),
    meta: { title: 'training.verify.title' },
  },
  { path: '/search', name: 'search', component: ComingSoon, meta: { title: 'home.search' } },
  {
    // The public directories (名录): anyone may look, no login needed.
    path: '/directory',
    component: () => import('@/views/directory/Directory.vue'),
    children: [
      { path: '', name: 'directory', redirect: { name: 'directory-enterprises' } },
      {
        path: 'enterprises',
        name: 'directory-enterprises',
        component: () => import('@/views/directory/EnterpriseDirectory.vue'),
        meta: { title: 'directory.tabs.enterprises' },
      },
      {
        path: 'institutions',
        name: 'directory-institutions',
        component: () => import('@/views/directory/InstitutionDirectory.vue'),
        meta: { title: 'directory.tabs.institutions' },
      },
      {
        path: 'experts',
        name: 'directory-experts',
        component: () => import('@/views/directory/ExpertDirectory.vue'),
        meta: { title: 'directory.tabs.experts' },
      },
    ],
  },
  {
    path: '/enterprise',
    name: 'enterprise',
    component: () => import('@/views/enterprise/Enterprise.vue'),
    meta: { title: 'nav.myEnterprise', requiresAuth: true },
  },
  {
    path: '/institution',
    name: 'institution',
    component: () => import('@/views/institution/Institution.vue'),
    meta: { title: 'nav.institution', requiresAuth: true },
  },
  {
    path: '/institution/products',
    name: 'institution-products',
    component: () => import('@/views/institution/InstitutionProducts.vue'),
    meta: { title: 'catalog.mine.title', requiresAuth: true },
  },
  {
    path: '/institution/engagements',
    name: 'institution-engagements',
    component: () => import('@/views/institution/InstitutionEngagements.vue'),
    meta: { title: 'engagements.institutionTitle', requiresAuth: true },
  },
  {
    path: '/enterprise/engagements',
    name: 'enterprise-engagements',
    component: () => import('@/views/enterprise/EnterpriseEngagements.vue'),
    meta: { title: 'engagements.enterpriseTitle', requiresAuth: true },
  },
  {
    // One service's record (服务档案), by its global ID: the mails link here.
    path: '/engagements/:id',
    name: 'engagement',
    component: () => import('@/views/engagements/EngagementDetail.vue'),
    meta: { title: 'engagements.detail.title', requiresAuth: true },
  },
  {
    // The link of the invitation mail: visitors log in first and come back here.
    path: '/invitations/accept',
    name: 'accept-invitation',
    component: () => import('@/views/enterprise/AcceptInvitation.vue'),
    meta: { title: 'invitation.title', requiresAuth: true },
  },
  {
    path: '/enterprise/demands',
    name: 'enterprise-demands',
    component: () => import('@/views/enterprise/EnterpriseDemands.vue'),
    meta: { title: 'demands.enterpriseTitle', requiresAuth: true },
  },
  {
    // Demands assigned to my institution, department or expert identity.
    path: '/institution/demands',
    name: 'institution-demands',
    component: () => import('@/views/institution/InstitutionDemands.vue'),
    meta: { title: 'demands.handlerTitle', requiresAuth: true },
  },
  {
    // Demands open for offers that my institutions may offer to take (征集承接).
    path: '/institution/offers',
    name: 'institution-offers',
    component: () => import('@/views/institution/InstitutionOffers.vue'),
    meta: { title: 'demands.offers.pageTitle', requiresAuth: true },
  },
  {
    // One demand (诉求), by its global ID: the mails link here.
    path: '/demands/:id',
    name: 'demand',
    component: () => import('@/views/demands/DemandDetail.vue'),
    meta: { title: 'demands.detail.title', requiresAuth: true },
  },
  { path: '/privacy', name: 'privacy', component: () => import('@/views/portal/Privacy.vue'), meta: { title: 'privacy.title' } },
  {
    path: '/register',
    name: 'register',
    component: () => import('@/views/auth/Register.vue'),
    meta: { title: 'register.title', guestOnly: true },
  },
  {
    path: '/verify-email',
    name: 'verify-email',
    component: () => import('@/views/auth/VerifyEmail.vue'),
    meta: { title: 'verify.title' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/auth/Login.vue'),
    meta: { title: 'login.title', guestOnly: true },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('@/views/auth/ForgotPassword.vue'),
    meta: { title: 'forgot.title' },
  },
  {
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('@/views/auth/ResetPassword.vue'),
    meta: { title: 'reset.title' },
  },
  {
    path: '/me',
    name: 'me',
    component: () => import('@/views/workspace/MyAccount.vue'),
    meta: { title: 'me.title', requiresAuth: true },
  },
  {
    // My notifications (站内信); `?unread=1` shows the unread ones only.
    path: '/inbox',
    name: 'inbox',
    component: () => import('@/views/workspace/Inbox.vue'),
    meta: { title: 'inbox.title', requiresAuth: true },
  },
  {
    // Operators and the hub admin; each page narrows down to the roles the API allows it.
    path: '/console',
    component: () => import('@/layouts/ConsoleLayout.vue'),
    meta: { requiresAuth: true, roles: ['OPERATOR', 'HUB_ADMIN'] },
    children: [
      { path: '', name: 'console', redirect: { name: 'console-calendar' } },
      {
        path: 'users',
        name: 'console-users',
        component: () => import('@/views/console/Users.vue'),
        meta: { title: 'console.usersTitle', roles: ['HUB_ADMIN'] },
      },
      {
        path: 'enterprises',
        name: 'console-enterprises',
        component: () => import('@/views/console/Enterprises.vue'),
        meta: { title: 'review.title', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'institutions',
        name: 'console-institutions',
        component: () => import('@/views/console/Institutions.vue'),
        meta: { title: 'institution.review.title', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'products',
        name: 'console-products',
        component: () => import('@/views/console/Products.vue'),
        meta: { title: 'catalog.review.title', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'engagements',
        name: 'console-engagements',
        component: () => import('@/views/console/Engagements.vue'),
        meta: { title: 'engagements.consoleTitle', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'demands',
        name: 'console-demands',
        component: () => import('@/views/console/Demands.vue'),
        meta: { title: 'demands.consoleTitle', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'demands/record',
        name: 'console-demand-record',
        component: () => import('@/views/console/RecordDemand.vue'),
        meta: { title: 'demandBoard.record.title', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'activities',
        name: 'console-activities',
        component: () => import('@/views/console/Activities.vue'),
        meta: { title: 'activities.review.title', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'courses',
        name: 'console-courses',
        component: () => import('@/views/console/Courses.vue'),
        meta: { title: 'trainingProvider.review.title', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'complaints',
        name: 'console-complaints',
        component: () => import('@/views/console/Complaints.vue'),
        meta: { title: 'complaints.consoleTitle', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'follow-ups',
        name: 'console-follow-ups',
        component: () => import('@/views/console/FollowUps.vue'),
        meta: { title: 'followUps.title', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'demand-settings',
        name: 'console-demand-settings',
        component: () => import('@/views/console/DemandSettings.vue'),
        meta: { title: 'demandBoard.settings.title', roles: ['HUB_ADMIN'] },
      },
      {
        path: 'departments',
        name: 'console-departments',
        component: () => import('@/views/console/Departments.vue'),
        meta: { title: 'departments.title', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'experts',
        name: 'console-experts',
        component: () => import('@/views/console/Experts.vue'),
        meta: { title: 'experts.title', roles: ['OPERATOR', 'HUB_ADMIN'] },
      },
      {
        path: 'platforms',
        name: 'console-platforms',
        component: () => import('@/views/console/Platforms.vue'),
        meta: { title: 'platforms.title', roles: ['HUB_ADMIN'] },
      },
      {
        path: 'audit',
        name: 'console-audit',
        component: () => import('@/views/console/Audit.vue'),
        meta: { title: 'console.auditTitle', roles: ['HUB_ADMIN'] },
      },
      {
        // Everyone in the console reads the calendar; only the hub admin changes it.
        path: 'calendar',
        name: 'console-calendar',
        component: () => import('@/views/console/Calendar.vue'),
        meta: { title: 'calendar.title' },
      },
    ],
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/views/portal/Forbidden.vue'),
    meta: { title: 'app.forbidden' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/portal/NotFound.vue'),
    meta: { title: 'app.notFound' },
  },
]

/** A same-site path to return to after login (never an absolute URL). */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/'
}

/**
 * The login page for a members-only page: back to `redirect` afterwards, and `expired=1` when
 * the session ended by itself so that the login page says so.
 */
export function loginLocation(redirect: string, expired: boolean): RouteLocationRaw {
  return { name: 'login', query: expired ? { expired: '1', redirect } : { redirect } }
}

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })

  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    // Wait until the session has been restored from the refresh cookie.
    await auth.init()
    if (to.meta.requiresAuth && !auth.isLoggedIn) {
      return loginLocation(to.fullPath, auth.expired)
    }
    if (to.meta.roles && !auth.hasAnyRole(to.meta.roles)) {
      return { name: 'forbidden' }
    }
    if (to.meta.guestOnly && auth.isLoggedIn) {
      return safeRedirect(to.query.redirect)
    }
    return true
  })

  return router
}
