"""The API's error shapes: ``UserError`` entries in payloads, and the few top-level errors."""

from __future__ import annotations

import strawberry

from qifu.core.errors import DomainError, ValidationErrors
from qifu.core.errors import ErrorCode as CoreErrorCode

ErrorCode = strawberry.enum(
    CoreErrorCode, name="ErrorCode", description="Stable machine-readable error codes."
)


@strawberry.type(description="A problem with the input, tied to a field where possible.")
class UserError:
    field: str | None = strawberry.field(description="The input field (camelCase), if any.")
    code: ErrorCode  # type: ignore[valid-type]
    message: str


def user_errors(exc: DomainError, lang: str) -> list[UserError]:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return [UserError(field=e.field, code=e.code, message=e.message(lang)) for e in errors]


class PublicError(Exception):
    """A top-level error whose message and code are shown to clients unmasked."""

    code = "BAD_REQUEST"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code


class NotAuthenticated(PublicError):
    code = "UNAUTHENTICATED"

    def __init__(self, message: str = "Not authenticated"):
        super().__init__(message)


class Forbidden(PublicError):
    code = "FORBIDDEN"

    def __init__(self, message: str = "Forbidden"):
        super().__init__(message)
