/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionFields on AuthTokens {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      phone\n      emailVerified\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  mutation DeleteMyAccount($input: PasswordConfirmationInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation StartTotpEnrolment($input: StartTotpEnrolmentInput!) {\n    startTotpEnrolment(input: $input) {\n      secret\n      otpauthUri\n      qrCode\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: PasswordConfirmationInput!) {\n    disableTotp(input: $input) {\n      user {\n        id\n        totpEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation RegenerateRecoveryCodes($input: PasswordConfirmationInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  mutation InviteEnterpriseMember($input: InviteEnterpriseMemberInput!) {\n    inviteEnterpriseMember(input: $input) {\n      invitation {\n        email\n        asAdmin\n        expiresAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InviteEnterpriseMemberDocument,
    "\n  mutation RemoveEnterpriseMember($input: EnterpriseMemberInput!) {\n    removeEnterpriseMember(input: $input) {\n      enterprise {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RemoveEnterpriseMemberDocument,
    "\n  mutation SetEnterpriseMemberAdmin($input: SetEnterpriseMemberAdminInput!) {\n    setEnterpriseMemberAdmin(input: $input) {\n      enterprise {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SetEnterpriseMemberAdminDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n        platform {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateEnterpriseDocument,
    "\n  fragment EnterpriseWorkspaceFields on Enterprise {\n    id\n    name\n    creditCode\n    region {\n      code\n      name\n      fullName\n    }\n    industry {\n      code\n      name\n    }\n    scale\n    tags\n    foundedOn\n    status\n    rejectionReason\n    submittedAt\n    verifiedAt\n    employees\n    revenueWan\n    address\n    contactName\n    contactPhone\n    contactEmail\n    platform {\n      id\n      name\n    }\n    licence {\n      id\n      name\n      url\n    }\n    reviews {\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n    members {\n      id\n      name\n      email\n      isAdmin\n    }\n    pendingInvitations {\n      email\n      asAdmin\n      expiresAt\n    }\n  }\n": typeof types.EnterpriseWorkspaceFieldsFragmentDoc,
    "\n  mutation SubmitEnterpriseCertification($input: EnterpriseIdInput!) {\n    submitEnterpriseCertification(input: $input) {\n      enterprise {\n        id\n        status\n        submittedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SubmitEnterpriseCertificationDocument,
    "\n  query Regions($parent: String) {\n    regions(parent: $parent) {\n      code\n      name\n      hasChildren\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query Industries($parent: String) {\n    industries(parent: $parent) {\n      code\n      name\n      hasChildren\n    }\n  }\n": typeof types.IndustriesDocument,
    "\n  query MyRoles {\n    me {\n      id\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n    }\n  }\n": typeof types.MyRolesDocument,
    "\n  query SuggestedEnterpriseScale($industryCode: String!, $employees: Int, $revenueWan: Decimal) {\n    suggestedEnterpriseScale(industryCode: $industryCode, employees: $employees, revenueWan: $revenueWan)\n  }\n": typeof types.SuggestedEnterpriseScaleDocument,
    "\n  query CalendarMissingYears {\n    calendarMissingYears\n  }\n": typeof types.CalendarMissingYearsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      totpRequired\n      totpEnrolmentRequired\n      enrolmentToken\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ResendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  query RegisterPrivacyNotice {\n    privacyNotice {\n      version\n    }\n  }\n": typeof types.RegisterPrivacyNoticeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      verified\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query ConsoleAuditEvents($first: Int, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorLabel\n          action\n          objectType\n          objectId\n          success\n          ip\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAuditEventsDocument,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      known\n      exceptions {\n        date\n        isWorkday\n        name\n        source\n      }\n    }\n  }\n": typeof types.WorkingCalendarDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      day {\n        date\n        isWorkday\n        name\n        source\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation MarkCalendarYearKnown($input: MarkCalendarYearKnownInput!) {\n    markCalendarYearKnown(input: $input) {\n      year {\n        year\n        known\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.MarkCalendarYearKnownDocument,
    "\n  query EnterpriseReviewQueue($status: CertificationStatus, $first: Int, $after: String) {\n    enterprisesForReview(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          creditCode\n          status\n          scale\n          submittedAt\n          region {\n            fullName\n          }\n          industry {\n            code\n            name\n          }\n          otherClaims {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseReviewQueueDocument,
    "\n  fragment ReviewEnterpriseFields on Enterprise {\n    id\n    name\n    creditCode\n    status\n    rejectionReason\n    region {\n      code\n      fullName\n    }\n    industry {\n      code\n      name\n    }\n    scale\n    tags\n    foundedOn\n    employees\n    revenueWan\n    address\n    contactName\n    contactPhone\n    contactEmail\n    submittedAt\n    verifiedAt\n    platform {\n      id\n      name\n    }\n    licence {\n      id\n      name\n      url\n    }\n    reviews {\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n    otherClaims {\n      id\n      name\n      creditCode\n      status\n      scale\n      submittedAt\n      verifiedAt\n      region {\n        fullName\n      }\n      industry {\n        code\n        name\n      }\n      platform {\n        name\n      }\n    }\n  }\n": typeof types.ReviewEnterpriseFieldsFragmentDoc,
    "\n  query ReviewEnterprise($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Enterprise {\n        ...ReviewEnterpriseFields\n      }\n    }\n  }\n": typeof types.ReviewEnterpriseDocument,
    "\n  mutation ApproveEnterprise($input: EnterpriseIdInput!) {\n    approveEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApproveEnterpriseDocument,
    "\n  mutation RejectEnterprise($input: RejectEnterpriseInput!) {\n    rejectEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RejectEnterpriseDocument,
    "\n  query ConsolePlatforms {\n    platforms {\n      id\n      name\n      kind\n      region {\n        code\n        name\n        fullName\n      }\n      parent {\n        id\n      }\n      operators {\n        name\n        email\n      }\n    }\n  }\n": typeof types.ConsolePlatformsDocument,
    "\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      platform {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreatePlatformDocument,
    "\n  mutation AppointOperator($input: AppointOperatorInput!) {\n    appointOperator(input: $input) {\n      platform {\n        id\n        operators {\n          name\n          email\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AppointOperatorDocument,
    "\n  query ConsoleUsers($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          phone\n          emailVerified\n          isActive\n          createdAt\n          lockedUntil\n          totpEnabled\n          roles {\n            role\n            scopeType\n            scopeId\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleUsersDocument,
    "\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      user {\n        id\n        lockedUntil\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation ResetUserTotp($input: ResetUserTotpInput!) {\n    resetUserTotp(input: $input) {\n      user {\n        id\n        totpEnabled\n        lockedUntil\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResetUserTotpDocument,
    "\n  mutation AcceptEnterpriseInvitation($input: AcceptEnterpriseInvitationInput!) {\n    acceptEnterpriseInvitation(input: $input) {\n      enterprise {\n        id\n        name\n        status\n        members {\n          id\n          email\n          isAdmin\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptEnterpriseInvitationDocument,
    "\n  query MyEnterprises {\n    myEnterprises {\n      ...EnterpriseWorkspaceFields\n    }\n  }\n": typeof types.MyEnterprisesDocument,
    "\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      title\n      body\n    }\n  }\n": typeof types.PrivacyNoticeDocument,
    "\n  fragment MyAccountFields on User {\n    id\n    email\n    name\n    phone\n    emailVerified\n    createdAt\n    privacyNoticeVersion\n    privacyAcceptedAt\n    totpEnabled\n    totpRequired\n    recoveryCodesLeft\n    roles {\n      role\n      scopeType\n      scopeId\n    }\n  }\n": typeof types.MyAccountFieldsFragmentDoc,
    "\n  query MyAccount {\n    me {\n      ...MyAccountFields\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      user {\n        ...MyAccountFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on AuthTokens {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      phone\n      emailVerified\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  mutation DeleteMyAccount($input: PasswordConfirmationInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation StartTotpEnrolment($input: StartTotpEnrolmentInput!) {\n    startTotpEnrolment(input: $input) {\n      secret\n      otpauthUri\n      qrCode\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: PasswordConfirmationInput!) {\n    disableTotp(input: $input) {\n      user {\n        id\n        totpEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DisableTotpDocument,
    "\n  mutation RegenerateRecoveryCodes($input: PasswordConfirmationInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  mutation InviteEnterpriseMember($input: InviteEnterpriseMemberInput!) {\n    inviteEnterpriseMember(input: $input) {\n      invitation {\n        email\n        asAdmin\n        expiresAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InviteEnterpriseMemberDocument,
    "\n  mutation RemoveEnterpriseMember($input: EnterpriseMemberInput!) {\n    removeEnterpriseMember(input: $input) {\n      enterprise {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RemoveEnterpriseMemberDocument,
    "\n  mutation SetEnterpriseMemberAdmin($input: SetEnterpriseMemberAdminInput!) {\n    setEnterpriseMemberAdmin(input: $input) {\n      enterprise {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SetEnterpriseMemberAdminDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n        platform {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreateEnterpriseDocument,
    "\n  fragment EnterpriseWorkspaceFields on Enterprise {\n    id\n    name\n    creditCode\n    region {\n      code\n      name\n      fullName\n    }\n    industry {\n      code\n      name\n    }\n    scale\n    tags\n    foundedOn\n    status\n    rejectionReason\n    submittedAt\n    verifiedAt\n    employees\n    revenueWan\n    address\n    contactName\n    contactPhone\n    contactEmail\n    platform {\n      id\n      name\n    }\n    licence {\n      id\n      name\n      url\n    }\n    reviews {\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n    members {\n      id\n      name\n      email\n      isAdmin\n    }\n    pendingInvitations {\n      email\n      asAdmin\n      expiresAt\n    }\n  }\n": types.EnterpriseWorkspaceFieldsFragmentDoc,
    "\n  mutation SubmitEnterpriseCertification($input: EnterpriseIdInput!) {\n    submitEnterpriseCertification(input: $input) {\n      enterprise {\n        id\n        status\n        submittedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SubmitEnterpriseCertificationDocument,
    "\n  query Regions($parent: String) {\n    regions(parent: $parent) {\n      code\n      name\n      hasChildren\n    }\n  }\n": types.RegionsDocument,
    "\n  query Industries($parent: String) {\n    industries(parent: $parent) {\n      code\n      name\n      hasChildren\n    }\n  }\n": types.IndustriesDocument,
    "\n  query MyRoles {\n    me {\n      id\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n    }\n  }\n": types.MyRolesDocument,
    "\n  query SuggestedEnterpriseScale($industryCode: String!, $employees: Int, $revenueWan: Decimal) {\n    suggestedEnterpriseScale(industryCode: $industryCode, employees: $employees, revenueWan: $revenueWan)\n  }\n": types.SuggestedEnterpriseScaleDocument,
    "\n  query CalendarMissingYears {\n    calendarMissingYears\n  }\n": types.CalendarMissingYearsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      totpRequired\n      totpEnrolmentRequired\n      enrolmentToken\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ResendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ResendVerificationEmailDocument,
    "\n  query RegisterPrivacyNotice {\n    privacyNotice {\n      version\n    }\n  }\n": types.RegisterPrivacyNoticeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      verified\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query ConsoleAuditEvents($first: Int, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorLabel\n          action\n          objectType\n          objectId\n          success\n          ip\n        }\n      }\n    }\n  }\n": types.ConsoleAuditEventsDocument,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      known\n      exceptions {\n        date\n        isWorkday\n        name\n        source\n      }\n    }\n  }\n": types.WorkingCalendarDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      day {\n        date\n        isWorkday\n        name\n        source\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation MarkCalendarYearKnown($input: MarkCalendarYearKnownInput!) {\n    markCalendarYearKnown(input: $input) {\n      year {\n        year\n        known\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.MarkCalendarYearKnownDocument,
    "\n  query EnterpriseReviewQueue($status: CertificationStatus, $first: Int, $after: String) {\n    enterprisesForReview(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          creditCode\n          status\n          scale\n          submittedAt\n          region {\n            fullName\n          }\n          industry {\n            code\n            name\n          }\n          otherClaims {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseReviewQueueDocument,
    "\n  fragment ReviewEnterpriseFields on Enterprise {\n    id\n    name\n    creditCode\n    status\n    rejectionReason\n    region {\n      code\n      fullName\n    }\n    industry {\n      code\n      name\n    }\n    scale\n    tags\n    foundedOn\n    employees\n    revenueWan\n    address\n    contactName\n    contactPhone\n    contactEmail\n    submittedAt\n    verifiedAt\n    platform {\n      id\n      name\n    }\n    licence {\n      id\n      name\n      url\n    }\n    reviews {\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n    otherClaims {\n      id\n      name\n      creditCode\n      status\n      scale\n      submittedAt\n      verifiedAt\n      region {\n        fullName\n      }\n      industry {\n        code\n        name\n      }\n      platform {\n        name\n      }\n    }\n  }\n": types.ReviewEnterpriseFieldsFragmentDoc,
    "\n  query ReviewEnterprise($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Enterprise {\n        ...ReviewEnterpriseFields\n      }\n    }\n  }\n": types.ReviewEnterpriseDocument,
    "\n  mutation ApproveEnterprise($input: EnterpriseIdInput!) {\n    approveEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ApproveEnterpriseDocument,
    "\n  mutation RejectEnterprise($input: RejectEnterpriseInput!) {\n    rejectEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RejectEnterpriseDocument,
    "\n  query ConsolePlatforms {\n    platforms {\n      id\n      name\n      kind\n      region {\n        code\n        name\n        fullName\n      }\n      parent {\n        id\n      }\n      operators {\n        name\n        email\n      }\n    }\n  }\n": types.ConsolePlatformsDocument,
    "\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      platform {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreatePlatformDocument,
    "\n  mutation AppointOperator($input: AppointOperatorInput!) {\n    appointOperator(input: $input) {\n      platform {\n        id\n        operators {\n          name\n          email\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AppointOperatorDocument,
    "\n  query ConsoleUsers($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          phone\n          emailVerified\n          isActive\n          createdAt\n          lockedUntil\n          totpEnabled\n          roles {\n            role\n            scopeType\n            scopeId\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleUsersDocument,
    "\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      user {\n        id\n        lockedUntil\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation ResetUserTotp($input: ResetUserTotpInput!) {\n    resetUserTotp(input: $input) {\n      user {\n        id\n        totpEnabled\n        lockedUntil\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ResetUserTotpDocument,
    "\n  mutation AcceptEnterpriseInvitation($input: AcceptEnterpriseInvitationInput!) {\n    acceptEnterpriseInvitation(input: $input) {\n      enterprise {\n        id\n        name\n        status\n        members {\n          id\n          email\n          isAdmin\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AcceptEnterpriseInvitationDocument,
    "\n  query MyEnterprises {\n    myEnterprises {\n      ...EnterpriseWorkspaceFields\n    }\n  }\n": types.MyEnterprisesDocument,
    "\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      title\n      body\n    }\n  }\n": types.PrivacyNoticeDocument,
    "\n  fragment MyAccountFields on User {\n    id\n    email\n    name\n    phone\n    emailVerified\n    createdAt\n    privacyNoticeVersion\n    privacyAcceptedAt\n    totpEnabled\n    totpRequired\n    recoveryCodesLeft\n    roles {\n      role\n      scopeType\n      scopeId\n    }\n  }\n": types.MyAccountFieldsFragmentDoc,
    "\n  query MyAccount {\n    me {\n      ...MyAccountFields\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      user {\n        ...MyAccountFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ChangePasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthTokens {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      phone\n      emailVerified\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthTokens {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      email\n      name\n      phone\n      emailVerified\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): (typeof documents)["\n  query MyData {\n    myData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: PasswordConfirmationInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: PasswordConfirmationInput!) {\n    deleteMyAccount(input: $input) {\n      deleted\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment($input: StartTotpEnrolmentInput!) {\n    startTotpEnrolment(input: $input) {\n      secret\n      otpauthUri\n      qrCode\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment($input: StartTotpEnrolmentInput!) {\n    startTotpEnrolment(input: $input) {\n      secret\n      otpauthUri\n      qrCode\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($input: PasswordConfirmationInput!) {\n    disableTotp(input: $input) {\n      user {\n        id\n        totpEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DisableTotp($input: PasswordConfirmationInput!) {\n    disableTotp(input: $input) {\n      user {\n        id\n        totpEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($input: PasswordConfirmationInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($input: PasswordConfirmationInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteEnterpriseMember($input: InviteEnterpriseMemberInput!) {\n    inviteEnterpriseMember(input: $input) {\n      invitation {\n        email\n        asAdmin\n        expiresAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteEnterpriseMember($input: InviteEnterpriseMemberInput!) {\n    inviteEnterpriseMember(input: $input) {\n      invitation {\n        email\n        asAdmin\n        expiresAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEnterpriseMember($input: EnterpriseMemberInput!) {\n    removeEnterpriseMember(input: $input) {\n      enterprise {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveEnterpriseMember($input: EnterpriseMemberInput!) {\n    removeEnterpriseMember(input: $input) {\n      enterprise {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEnterpriseMemberAdmin($input: SetEnterpriseMemberAdminInput!) {\n    setEnterpriseMemberAdmin(input: $input) {\n      enterprise {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetEnterpriseMemberAdmin($input: SetEnterpriseMemberAdminInput!) {\n    setEnterpriseMemberAdmin(input: $input) {\n      enterprise {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n        platform {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n        platform {\n          id\n          name\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseWorkspaceFields on Enterprise {\n    id\n    name\n    creditCode\n    region {\n      code\n      name\n      fullName\n    }\n    industry {\n      code\n      name\n    }\n    scale\n    tags\n    foundedOn\n    status\n    rejectionReason\n    submittedAt\n    verifiedAt\n    employees\n    revenueWan\n    address\n    contactName\n    contactPhone\n    contactEmail\n    platform {\n      id\n      name\n    }\n    licence {\n      id\n      name\n      url\n    }\n    reviews {\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n    members {\n      id\n      name\n      email\n      isAdmin\n    }\n    pendingInvitations {\n      email\n      asAdmin\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  fragment EnterpriseWorkspaceFields on Enterprise {\n    id\n    name\n    creditCode\n    region {\n      code\n      name\n      fullName\n    }\n    industry {\n      code\n      name\n    }\n    scale\n    tags\n    foundedOn\n    status\n    rejectionReason\n    submittedAt\n    verifiedAt\n    employees\n    revenueWan\n    address\n    contactName\n    contactPhone\n    contactEmail\n    platform {\n      id\n      name\n    }\n    licence {\n      id\n      name\n      url\n    }\n    reviews {\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n    members {\n      id\n      name\n      email\n      isAdmin\n    }\n    pendingInvitations {\n      email\n      asAdmin\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitEnterpriseCertification($input: EnterpriseIdInput!) {\n    submitEnterpriseCertification(input: $input) {\n      enterprise {\n        id\n        status\n        submittedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitEnterpriseCertification($input: EnterpriseIdInput!) {\n    submitEnterpriseCertification(input: $input) {\n      enterprise {\n        id\n        status\n        submittedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions($parent: String) {\n    regions(parent: $parent) {\n      code\n      name\n      hasChildren\n    }\n  }\n"): (typeof documents)["\n  query Regions($parent: String) {\n    regions(parent: $parent) {\n      code\n      name\n      hasChildren\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Industries($parent: String) {\n    industries(parent: $parent) {\n      code\n      name\n      hasChildren\n    }\n  }\n"): (typeof documents)["\n  query Industries($parent: String) {\n    industries(parent: $parent) {\n      code\n      name\n      hasChildren\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRoles {\n    me {\n      id\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRoles {\n    me {\n      id\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedEnterpriseScale($industryCode: String!, $employees: Int, $revenueWan: Decimal) {\n    suggestedEnterpriseScale(industryCode: $industryCode, employees: $employees, revenueWan: $revenueWan)\n  }\n"): (typeof documents)["\n  query SuggestedEnterpriseScale($industryCode: String!, $employees: Int, $revenueWan: Decimal) {\n    suggestedEnterpriseScale(industryCode: $industryCode, employees: $employees, revenueWan: $revenueWan)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarMissingYears {\n    calendarMissingYears\n  }\n"): (typeof documents)["\n  query CalendarMissingYears {\n    calendarMissingYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      totpRequired\n      totpEnrolmentRequired\n      enrolmentToken\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      totpRequired\n      totpEnrolmentRequired\n      enrolmentToken\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail($input: ResendVerificationEmailInput!) {\n    resendVerificationEmail(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterPrivacyNotice {\n    privacyNotice {\n      version\n    }\n  }\n"): (typeof documents)["\n  query RegisterPrivacyNotice {\n    privacyNotice {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      email\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      verified\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      verified\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditEvents($first: Int, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorLabel\n          action\n          objectType\n          objectId\n          success\n          ip\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditEvents($first: Int, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorLabel\n          action\n          objectType\n          objectId\n          success\n          ip\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      known\n      exceptions {\n        date\n        isWorkday\n        name\n        source\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      known\n      exceptions {\n        date\n        isWorkday\n        name\n        source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      day {\n        date\n        isWorkday\n        name\n        source\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      day {\n        date\n        isWorkday\n        name\n        source\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCalendarYearKnown($input: MarkCalendarYearKnownInput!) {\n    markCalendarYearKnown(input: $input) {\n      year {\n        year\n        known\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCalendarYearKnown($input: MarkCalendarYearKnownInput!) {\n    markCalendarYearKnown(input: $input) {\n      year {\n        year\n        known\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseReviewQueue($status: CertificationStatus, $first: Int, $after: String) {\n    enterprisesForReview(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          creditCode\n          status\n          scale\n          submittedAt\n          region {\n            fullName\n          }\n          industry {\n            code\n            name\n          }\n          otherClaims {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseReviewQueue($status: CertificationStatus, $first: Int, $after: String) {\n    enterprisesForReview(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          creditCode\n          status\n          scale\n          submittedAt\n          region {\n            fullName\n          }\n          industry {\n            code\n            name\n          }\n          otherClaims {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewEnterpriseFields on Enterprise {\n    id\n    name\n    creditCode\n    status\n    rejectionReason\n    region {\n      code\n      fullName\n    }\n    industry {\n      code\n      name\n    }\n    scale\n    tags\n    foundedOn\n    employees\n    revenueWan\n    address\n    contactName\n    contactPhone\n    contactEmail\n    submittedAt\n    verifiedAt\n    platform {\n      id\n      name\n    }\n    licence {\n      id\n      name\n      url\n    }\n    reviews {\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n    otherClaims {\n      id\n      name\n      creditCode\n      status\n      scale\n      submittedAt\n      verifiedAt\n      region {\n        fullName\n      }\n      industry {\n        code\n        name\n      }\n      platform {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewEnterpriseFields on Enterprise {\n    id\n    name\n    creditCode\n    status\n    rejectionReason\n    region {\n      code\n      fullName\n    }\n    industry {\n      code\n      name\n    }\n    scale\n    tags\n    foundedOn\n    employees\n    revenueWan\n    address\n    contactName\n    contactPhone\n    contactEmail\n    submittedAt\n    verifiedAt\n    platform {\n      id\n      name\n    }\n    licence {\n      id\n      name\n      url\n    }\n    reviews {\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n    otherClaims {\n      id\n      name\n      creditCode\n      status\n      scale\n      submittedAt\n      verifiedAt\n      region {\n        fullName\n      }\n      industry {\n        code\n        name\n      }\n      platform {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewEnterprise($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Enterprise {\n        ...ReviewEnterpriseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewEnterprise($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Enterprise {\n        ...ReviewEnterpriseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveEnterprise($input: EnterpriseIdInput!) {\n    approveEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveEnterprise($input: EnterpriseIdInput!) {\n    approveEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectEnterprise($input: RejectEnterpriseInput!) {\n    rejectEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectEnterprise($input: RejectEnterpriseInput!) {\n    rejectEnterprise(input: $input) {\n      enterprise {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePlatforms {\n    platforms {\n      id\n      name\n      kind\n      region {\n        code\n        name\n        fullName\n      }\n      parent {\n        id\n      }\n      operators {\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePlatforms {\n    platforms {\n      id\n      name\n      kind\n      region {\n        code\n        name\n        fullName\n      }\n      parent {\n        id\n      }\n      operators {\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      platform {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      platform {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointOperator($input: AppointOperatorInput!) {\n    appointOperator(input: $input) {\n      platform {\n        id\n        operators {\n          name\n          email\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointOperator($input: AppointOperatorInput!) {\n    appointOperator(input: $input) {\n      platform {\n        id\n        operators {\n          name\n          email\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUsers($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          phone\n          emailVerified\n          isActive\n          createdAt\n          lockedUntil\n          totpEnabled\n          roles {\n            role\n            scopeType\n            scopeId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUsers($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          phone\n          emailVerified\n          isActive\n          createdAt\n          lockedUntil\n          totpEnabled\n          roles {\n            role\n            scopeType\n            scopeId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      user {\n        id\n        lockedUntil\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      user {\n        id\n        lockedUntil\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserTotp($input: ResetUserTotpInput!) {\n    resetUserTotp(input: $input) {\n      user {\n        id\n        totpEnabled\n        lockedUntil\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserTotp($input: ResetUserTotpInput!) {\n    resetUserTotp(input: $input) {\n      user {\n        id\n        totpEnabled\n        lockedUntil\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptEnterpriseInvitation($input: AcceptEnterpriseInvitationInput!) {\n    acceptEnterpriseInvitation(input: $input) {\n      enterprise {\n        id\n        name\n        status\n        members {\n          id\n          email\n          isAdmin\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptEnterpriseInvitation($input: AcceptEnterpriseInvitationInput!) {\n    acceptEnterpriseInvitation(input: $input) {\n      enterprise {\n        id\n        name\n        status\n        members {\n          id\n          email\n          isAdmin\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterprises {\n    myEnterprises {\n      ...EnterpriseWorkspaceFields\n    }\n  }\n"): (typeof documents)["\n  query MyEnterprises {\n    myEnterprises {\n      ...EnterpriseWorkspaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAccountFields on User {\n    id\n    email\n    name\n    phone\n    emailVerified\n    createdAt\n    privacyNoticeVersion\n    privacyAcceptedAt\n    totpEnabled\n    totpRequired\n    recoveryCodesLeft\n    roles {\n      role\n      scopeType\n      scopeId\n    }\n  }\n"): (typeof documents)["\n  fragment MyAccountFields on User {\n    id\n    email\n    name\n    phone\n    emailVerified\n    createdAt\n    privacyNoticeVersion\n    privacyAcceptedAt\n    totpEnabled\n    totpRequired\n    recoveryCodesLeft\n    roles {\n      role\n      scopeType\n      scopeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      ...MyAccountFields\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      ...MyAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      user {\n        ...MyAccountFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      user {\n        ...MyAccountFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      auth {\n        ...SessionFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;