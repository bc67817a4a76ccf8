"""Domain errors: services raise them, mutations turn them into ``UserError`` payload entries."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    TOO_SHORT = "TOO_SHORT"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_PHONE = "INVALID_PHONE"
    WEAK_PASSWORD = "WEAK_PASSWORD"
    EMAIL_TAKEN = "EMAIL_TAKEN"
    PRIVACY_NOT_ACCEPTED = "PRIVACY_NOT_ACCEPTED"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    EMAIL_NOT_VERIFIED = "EMAIL_NOT_VERIFIED"
    INVALID_TOKEN = "INVALID_TOKEN"
    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    SESSION_EXPIRED = "SESSION_EXPIRED"
    WRONG_PASSWORD = "WRONG_PASSWORD"
    SAME_PASSWORD = "SAME_PASSWORD"
    NOT_FOUND = "NOT_FOUND"
    FORBIDDEN = "FORBIDDEN"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    TOO_SOON = "TOO_SOON"
    RATE_LIMITED = "RATE_LIMITED"
    INVALID_TOTP = "INVALID_TOTP"
    LAST_ADMIN = "LAST_ADMIN"
    LAST_ENTERPRISE_ADMIN = "LAST_ENTERPRISE_ADMIN"
    NO_ACCOUNT = "NO_ACCOUNT"
    LICENCE_REQUIRED = "LICENCE_REQUIRED"
    REGION_OUTSIDE_SCOPE = "REGION_OUTSIDE_SCOPE"
    INSTITUTION_EXISTS = "INSTITUTION_EXISTS"
    INVALID_CONTACT_PHONE = "INVALID_CONTACT_PHONE"
    INVITATION_FOR_OTHER_EMAIL = "INVITATION_FOR_OTHER_EMAIL"
    PLATFORM_EXISTS = "PLATFORM_EXISTS"
    INVALID_CREDIT_CODE = "INVALID_CREDIT_CODE"
    CREDIT_CODE_TAKEN = "CREDIT_CODE_TAKEN"
    INVALID_REGION = "INVALID_REGION"
    INVALID_INDUSTRY = "INVALID_INDUSTRY"
    REGION_OUTSIDE_PARENT = "REGION_OUTSIDE_PARENT"
    HUB_EXISTS = "HUB_EXISTS"
    NO_PLATFORM = "NO_PLATFORM"
    REASON_REQUIRED = "REASON_REQUIRED"
    ALREADY_MEMBER = "ALREADY_MEMBER"
    AGREEMENT_NOT_ACCEPTED = "AGREEMENT_NOT_ACCEPTED"
    TOTP_ALREADY_ENABLED = "TOTP_ALREADY_ENABLED"
    TOTP_NOT_STARTED = "TOTP_NOT_STARTED"
    TOTP_REQUIRED_FOR_ROLE = "TOTP_REQUIRED_FOR_ROLE"
    FILE_TYPE_NOT_ALLOWED = "FILE_TYPE_NOT_ALLOWED"
    FILE_TOO_LARGE = "FILE_TOO_LARGE"
    FILE_DAMAGED = "FILE_DAMAGED"
    TOO_MANY = "TOO_MANY"
    PRICE_MISMATCH = "PRICE_MISMATCH"
    INSTITUTION_NOT_ACTIVE = "INSTITUTION_NOT_ACTIVE"
    ENTERPRISE_NOT_VERIFIED = "ENTERPRISE_NOT_VERIFIED"
    ALREADY_EVALUATED = "ALREADY_EVALUATED"
    ALREADY_REPLIED = "ALREADY_REPLIED"
    ALREADY_OFFERED = "ALREADY_OFFERED"
    SIGNUP_CLOSED = "SIGNUP_CLOSED"
    ALREADY_REGISTERED = "ALREADY_REGISTERED"
    ENROLLMENT_CLOSED = "ENROLLMENT_CLOSED"
    COURSE_FULL = "COURSE_FULL"
    ALREADY_ENROLLED = "ALREADY_ENROLLED"
    NOT_ENROLLED = "NOT_ENROLLED"
    LESSON_NOT_OPEN = "LESSON_NOT_OPEN"
    ATTEMPT_LIMIT_REACHED = "ATTEMPT_LIMIT_REACHED"
    QUIZ_LOCKED = "QUIZ_LOCKED"


# Chinese first (the default), English by Accept-Language.
MESSAGES: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.INVALID: ("输入无效", "Invalid input"),
    ErrorCode.REQUIRED: ("此项为必填项", "This field is required"),
    ErrorCode.TOO_LONG: ("内容过长", "Too long"),
    ErrorCode.TOO_SHORT: ("内容过短", "Too short"),
    ErrorCode.INVALID_EMAIL: ("邮箱地址格式不正确", "Not a valid email address"),
    ErrorCode.INVALID_PHONE: ("手机号码格式不正确", "Not a valid mobile phone number"),
    ErrorCode.WEAK_PASSWORD: (
        "密码至少 8 位，须包含大写字母、小写字母、数字、符号中的至少三类，且不能包含邮箱用户名",
        "At least 8 characters with 3 of upper case, lower case, digits and symbols, "
        "not containing the email's name",
    ),
    ErrorCode.EMAIL_TAKEN: ("该邮箱已注册", "This email is already registered"),
    ErrorCode.PRIVACY_NOT_ACCEPTED: (
        "请阅读并同意隐私声明",
        "Please read and accept the privacy notice",
    ),
    ErrorCode.INVALID_CREDENTIALS: (
        "邮箱或密码错误，或账号已被暂时锁定",
        "Wrong email or password, or the account is temporarily locked",
    ),
    ErrorCode.EMAIL_NOT_VERIFIED: ("邮箱尚未验证", "Email not verified yet"),
    ErrorCode.INVALID_TOKEN: ("链接无效或已使用", "The link is invalid or was already used"),
    ErrorCode.TOKEN_EXPIRED: ("链接已过期", "The link has expired"),
    ErrorCode.SESSION_EXPIRED: ("登录已过期，请重新登录", "Session expired, please log in again"),
    ErrorCode.WRONG_PASSWORD: ("当前密码不正确", "The current password is wrong"),
    ErrorCode.SAME_PASSWORD: ("新密码不能与当前密码相同", "The new password must differ"),
    ErrorCode.NOT_FOUND: ("未找到", "Not found"),
    ErrorCode.FORBIDDEN: ("无权执行此操作", "Not allowed"),
    ErrorCode.INVALID_TRANSITION: ("当前状态下不能执行此操作", "Not possible in this state"),
    ErrorCode.TOO_SOON: ("操作过于频繁，请稍后再试", "Too soon, please try again later"),
    ErrorCode.RATE_LIMITED: ("尝试次数过多，请稍后再试", "Too many attempts, try again later"),
    ErrorCode.INVALID_TOTP: ("动态验证码或恢复码不正确", "Wrong authenticator or recovery code"),
    ErrorCode.INVALID_CREDIT_CODE: (
        "统一社会信用代码无效（应为 18 位，不含 I、O、Z、S、V，且校验位正确）",
        "Not a valid unified social credit code (18 characters, no I/O/Z/S/V, check digit)",
    ),
    ErrorCode.CREDIT_CODE_TAKEN: (
        "该统一社会信用代码已被另一家已认证企业使用",
        "Another verified enterprise already holds this credit code",
    ),
    ErrorCode.INVALID_REGION: ("请选择有效的行政区划", "Choose a valid region"),
    ErrorCode.INVALID_INDUSTRY: ("请选择有效的国民经济行业分类", "Choose a valid industry"),
    ErrorCode.REGION_OUTSIDE_PARENT: (
        "窗口平台的区域必须位于上级平台的区域之内",
        "A window platform's region must lie within its parent's region",
    ),
    ErrorCode.HUB_EXISTS: ("枢纽平台已存在", "The hub platform exists already"),
    ErrorCode.NO_PLATFORM: ("平台尚未设立", "No platform has been set up yet"),
    ErrorCode.REASON_REQUIRED: ("请填写原因", "A reason is required"),
    ErrorCode.SIGNUP_CLOSED: ("该活动当前不接受报名", "Sign-up for this activity is closed"),
    ErrorCode.ALREADY_REGISTERED: (
        "您已报名该活动",
        "You have already signed up for this activity",
    ),
    ErrorCode.ENROLLMENT_CLOSED: (
        "该课程当前不在报名时间内",
        "Enrollment for this course is closed",
    ),
    ErrorCode.COURSE_FULL: ("课程名额已满", "The course is full"),
    ErrorCode.ALREADY_ENROLLED: ("您已报名该课程", "You are already enrolled in this course"),
    ErrorCode.NOT_ENROLLED: ("请先报名该课程", "Enroll in the course first"),
    ErrorCode.LESSON_NOT_OPEN: (
        "当前不在该课时的学习时间内",
        "This lesson is not open at this time",
    ),
    ErrorCode.ATTEMPT_LIMIT_REACHED: (
        "考核次数已用完",
        "No attempts at this quiz are left",
    ),
    ErrorCode.QUIZ_LOCKED: (
        "已有学员参加考核，试题不能再修改",
        "Learners have taken the quiz; its questions can no longer change",
    ),
    ErrorCode.ALREADY_MEMBER: ("已是该企业成员", "Already a member of this enterprise"),
    ErrorCode.AGREEMENT_NOT_ACCEPTED: (
        "请阅读并同意平台服务协议",
        "Please read and accept the platform's service agreement",
    ),
    ErrorCode.LAST_ADMIN: (
        "这是最后一个枢纽管理员账号，请先任命其他管理员",
        "This is the last hub admin account: appoint another admin first",
    ),
    ErrorCode.LAST_ENTERPRISE_ADMIN: (
        "企业至少需要一名管理员：请先将管理员角色交给其他成员",
        "An enterprise keeps at least one admin: hand the admin role to a colleague first",
    ),
    ErrorCode.INSTITUTION_EXISTS: (
        "使用该统一社会信用代码的机构已申请或已入驻平台",
        "An institution with this credit code has applied already or is admitted",
    ),
    ErrorCode.INVALID_CONTACT_PHONE: (
        "电话号码格式不正确（手机号码，或带区号的固定电话，如 0577-88886666）",
        "Not a valid phone number (a mobile number, or a landline with its area code)",
    ),
    ErrorCode.REGION_OUTSIDE_SCOPE: (
        "该地区不在您负责的平台范围内",
        "This region lies outside the platforms you work for",
    ),
    ErrorCode.LICENCE_REQUIRED: (
        "提交认证前请上传营业执照",
        "Upload the business licence before submitting for certification",
    ),
    ErrorCode.NO_ACCOUNT: (
        "没有使用此邮箱注册的账号，请对方先注册并验证邮箱",
        "No account uses this email; ask the person to register and verify it first",
    ),
    ErrorCode.INVITATION_FOR_OTHER_EMAIL: (
        "此邀请发给了另一个邮箱，请使用收到邀请的邮箱登录后再接受",
        "This invitation was sent to another email; log in with that address to accept it",
    ),
    ErrorCode.PLATFORM_EXISTS: (
        "该行政区划已设有窗口平台",
        "A window platform already serves this region",
    ),
    ErrorCode.TOTP_ALREADY_ENABLED: ("已启用两步验证", "Two-step verification is already on"),
    ErrorCode.TOTP_NOT_STARTED: ("请先开始绑定验证器", "Start the authenticator set-up first"),
    ErrorCode.TOTP_REQUIRED_FOR_ROLE: (
        "运营人员和管理员必须启用两步验证",
        "Operators and administrators must keep two-step verification on",
    ),
    ErrorCode.FILE_TYPE_NOT_ALLOWED: (
        "不支持此文件类型：图片请用 JPEG、PNG 或 WebP，"
        "文档请用 PDF、Word（.docx）或 Excel（.xlsx），且须符合该用途的要求",
        "File type not allowed: images must be JPEG, PNG or WebP, documents PDF, Word (.docx) "
        "or Excel (.xlsx), as this purpose permits",
    ),
    ErrorCode.FILE_TOO_LARGE: (
        "文件过大：图片不超过 5 MB，文档不超过 20 MB",
        "File too large: images up to 5 MB, documents up to 20 MB",
    ),
    ErrorCode.FILE_DAMAGED: (
        "文件已损坏或内容与格式不符，请重新导出后上传",
        "The file is damaged or its content does not match its format; export it again",
    ),
    ErrorCode.TOO_MANY: ("数量超过上限", "Too many items"),
    ErrorCode.PRICE_MISMATCH: (
        "价格与收费方式不一致：免费不填价格，固定价格填一个大于 0 的价格，"
        "价格区间填起止价格且起价低于止价",
        "The price does not fit the pricing: none when free, one price above 0 when fixed, "
        "a lower and a higher bound for a range",
    ),
    ErrorCode.INSTITUTION_NOT_ACTIVE: (
        "机构尚未入驻或已暂停服务，暂不能发布服务产品",
        "The institution is not active: it cannot publish service products now",
    ),
    ErrorCode.ENTERPRISE_NOT_VERIFIED: (
        "企业通过认证后才能以企业名义申请服务",
        "The enterprise must be verified before it requests services",
    ),
    ErrorCode.ALREADY_EVALUATED: ("您已评价过", "You have rated this already"),
    ErrorCode.ALREADY_REPLIED: ("已回复过该评价", "This evaluation has a reply already"),
    ErrorCode.ALREADY_OFFERED: (
        "本机构已提交过承接意向",
        "Your institution has already offered to take this demand",
    ),
}


class DomainError(Exception):
    def __init__(self, code: ErrorCode, field: str | None = None, message: str | None = None):
        super().__init__(message or code.value)
        self.code = code
        self.field = field
        self.custom_message = message

    def message(self, lang: str = "zh") -> str:
        if self.custom_message:
            return self.custom_message
        zh, en = MESSAGES.get(self.code, (self.code.value, self.code.value))
        return en if lang == "en" else zh


class ValidationErrors(DomainError):
    """Several field errors at once, so a form shows everything that is wrong in one go."""

    def __init__(self, errors: list[DomainError]):
        super().__init__(errors[0].code, errors[0].field)
        self.errors = errors
