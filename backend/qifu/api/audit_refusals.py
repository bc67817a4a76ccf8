"""Every mutation leaves an audit record, refusals included.

Services record what they did inside their transaction; a refused mutation (a payload with
``UserError``s) rolled its transaction back, so this extension records the refusal afterwards
in a transaction of its own — unless the service already recorded one with more detail.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from strawberry.extensions import FieldExtension
from strawberry.types import Info

from qifu.core import audit


class AuditRefusals(FieldExtension):
    def resolve(self, next_: Callable[..., Any], source: Any, info: Info, **kwargs: Any) -> Any:
        return next_(source, info, **kwargs)

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Info, **kwargs: Any
    ) -> Any:
        before = audit.refusals_recorded()
        result = await next_(source, info, **kwargs)
        errors = getattr(result, "errors", None)
        if errors and audit.refusals_recorded() == before:
            await audit.record(
                info.context.actor(),
                f"refused.{info.field_name}",
                success=False,
                detail={"errors": [{"field": e.field, "code": str(e.code)} for e in errors]},
            )
        return result


def audit_every_mutation(mutation_type: type) -> None:
    for field in mutation_type.__strawberry_definition__.fields:  # type: ignore[attr-defined]
        field.extensions.append(AuditRefusals())
