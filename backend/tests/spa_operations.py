"""The SPA's own GraphQL operations, read from the map codegen writes to
frontend/src/gql/gql.ts, so that backend tests send exactly what the SPA sends."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from graphql import (
    DefinitionNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    OperationDefinitionNode,
    parse,
    print_ast,
    visit,
)
from graphql.language import Visitor

GQL_MAP = Path(__file__).resolve().parents[2] / "frontend" / "src" / "gql" / "gql.ts"
# Each entry of the generated `Documents` type: "<document text as a JSON string>": typeof …
_ENTRY = re.compile(r'^\s*("(?:[^"\\]|\\.)*"): typeof types\.', re.MULTILINE)


@cache
def _definitions() -> dict[str, DefinitionNode]:
    found: dict[str, DefinitionNode] = {}
    for literal in _ENTRY.findall(GQL_MAP.read_text(encoding="utf-8")):
        for definition in parse(json.loads(literal)).definitions:
            if isinstance(definition, OperationDefinitionNode | FragmentDefinitionNode):
                assert definition.name is not None, "the SPA names every operation"
                found[definition.name.value] = definition
    return found


class _Spreads(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def enter_fragment_spread(self, node: FragmentSpreadNode, *_: object) -> None:
        self.names.add(node.name.value)


def spa_operation(name: str) -> str:
    """The operation ``name`` as the SPA sends it, with every fragment it uses."""
    definitions = _definitions()
    if name not in definitions or not isinstance(definitions[name], OperationDefinitionNode):
        raise KeyError(f"the SPA has no operation {name} (run npm run codegen?)")
    needed, todo = [definitions[name]], [definitions[name]]
    seen = {name}
    while todo:
        spreads = _Spreads()
        visit(todo.pop(), spreads)
        for fragment in sorted(spreads.names - seen):
            seen.add(fragment)
            needed.append(definitions[fragment])
            todo.append(definitions[fragment])
    return "\n\n".join(print_ast(d) for d in needed)
