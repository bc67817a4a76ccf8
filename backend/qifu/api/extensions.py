"""Schema extensions: limits that run before any resolver, and masking of unexpected errors."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import (
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)

from qifu.api.errors import PublicError
from qifu.settings import Settings

log = logging.getLogger("qifu.api")


class MaskUnexpectedErrors(SchemaExtension):
    """Unexpected exceptions reach the client as "Unexpected error" with the request id that
    the log line carries too; validation errors and PublicErrors pass unchanged."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result and result.errors:
            result.errors = self._mask(result.errors)

    def on_stream_result(self, result: Any) -> Iterator[None]:
        """Each event of a subscription, which on_operation does not see."""
        errors = getattr(result, "errors", None)
        if errors:
            result.errors = self._mask(errors)
        yield

    def _mask(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        context = self.execution_context.context
        request_id = getattr(context, "request_id", "")
        processed: list[GraphQLError] = []
        for error in errors:
            original = error.original_error
            if original is None or (error.extensions or {}).get("requestId") is not None:
                processed.append(error)
            elif isinstance(original, PublicError):
                processed.append(
                    GraphQLError(
                        str(original),
                        nodes=error.nodes,
                        path=error.path,
                        original_error=original,
                        extensions={"code": original.code, "requestId": request_id},
                    )
                )
            else:
                log.error(
                    "unexpected error request_id=%s path=%s",
                    request_id,
                    error.path,
                    exc_info=(type(original), original, original.__traceback__),
                )
                processed.append(
                    GraphQLError(
                        "Unexpected error",
                        nodes=error.nodes,
                        path=error.path,
                        extensions={"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
                    )
                )
        return processed


def build_extensions(
    settings: Settings,
) -> list[Callable[[], SchemaExtension] | type[SchemaExtension]]:
    # Factories, so each request gets fresh extension instances.
    extensions: list[Callable[[], SchemaExtension] | type[SchemaExtension]] = [
        lambda: ParserCache(maxsize=512),
        lambda: MaxTokensLimiter(max_token_count=settings.max_query_tokens),
        lambda: QueryDepthLimiter(max_depth=settings.max_query_depth),
        lambda: MaxAliasesLimiter(max_alias_count=settings.max_query_aliases),
        lambda: ValidationCache(maxsize=512),
        MaskUnexpectedErrors,
    ]
    if settings.is_production:
        extensions.append(DisableIntrospection)
    return extensions
