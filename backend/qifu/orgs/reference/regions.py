"""Administrative divisions (GB/T 2260), read from the committed ``regions.json``.

Three levels, always complete: every COUNTY has a CITY parent and every CITY a PROVINCE parent.
Where GB/T 2260 has no prefecture-level unit it has a summary code (汇总码), kept as a CITY with
``summary=True``: 110100 市辖区 for Beijing's districts, 500200 县 for Chongqing's counties,
419000 省直辖县级行政区划 for 济源 419001. Summary entries are left out of ``full_name`` and of
name searches, since their names (市辖区, 县) mean nothing on their own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any


class Level(StrEnum):
    PROVINCE = "PROVINCE"
    CITY = "CITY"
    COUNTY = "COUNTY"


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    level: Level
    parent: str | None
    summary: bool = False


@dataclass(frozen=True, slots=True)
class _Index:
    header: dict[str, Any]
    by_code: dict[str, Region]
    children: dict[str | None, tuple[Region, ...]]


@lru_cache(maxsize=1)
def _index() -> _Index:
    raw = json.loads(
        resources.files(__package__ or "qifu.orgs.reference")
        .joinpath("regions.json")
        .read_text(encoding="utf-8")
    )
    by_code: dict[str, Region] = {}
    children: dict[str | None, list[Region]] = {}
    for row in raw["regions"]:
        region = Region(
            code=row["code"],
            name=row["name"],
            level=Level(row["level"]),
            parent=row["parent"],
            summary=bool(row.get("summary", False)),
        )
        by_code[region.code] = region
        children.setdefault(region.parent, []).append(region)
    return _Index(
        header=raw["header"],
        by_code=by_code,
        children={k: tuple(v) for k, v in children.items()},
    )


def header() -> dict[str, Any]:
    """Source package, version and standard of the loaded data."""
    return _index().header


def is_valid(code: str) -> bool:
    return code in _index().by_code


def get(code: str) -> Region | None:
    return _index().by_code.get(code)


def _require(code: str) -> Region:
    region = get(code)
    if region is None:
        raise KeyError(f"unknown region code {code!r}")
    return region


def provinces() -> tuple[Region, ...]:
    return _index().children[None]


def children(code: str | None) -> tuple[Region, ...]:
    """Direct subdivisions in code order; ``None`` gives the provinces."""
    if code is not None:
        _require(code)
    return _index().children.get(code, ())


def ancestors(code: str) -> list[Region]:
    """The chain from the province down to ``code`` itself (province → city → county)."""
    chain = [_require(code)]
    while chain[-1].parent is not None:
        chain.append(_require(chain[-1].parent))
    chain.reverse()
    return chain


def covers(ancestor_code: str, code: str) -> bool:
    """Whether ``code`` is ``ancestor_code`` or lies inside it; unknown codes cover nothing."""
    if not (is_valid(ancestor_code) and is_valid(code)):
        return False
    return any(r.code == ancestor_code for r in ancestors(code))


def full_name(code: str) -> str:
    """E.g. 浙江省温州市鹿城区, 北京市朝阳区, 河南省济源市 (summary levels skipped)."""
    return "".join(r.name for r in ancestors(code) if not r.summary)


@lru_cache(maxsize=1)
def _full_names() -> dict[str, str]:
    return {code: full_name(code) for code in _index().by_code}


def search(query: str, limit: int = 20) -> list[Region]:
    """Digits match a code prefix; anything else matches part of the name or full name.

    Name matches rank exact names first, then names starting with the query, then the rest,
    each group by level and code, so "鹿城" finds 鹿城区 before anything merely inside it.
    """
    query = "".join(query.split())
    if not query:
        return []
    regions = _index().by_code.values()
    if query.isdigit():
        return [r for r in regions if r.code.startswith(query)][:limit]
    ranked: list[tuple[int, int, str, Region]] = []
    levels = list(Level)
    names = _full_names()
    for r in regions:
        if r.summary:
            continue
        if r.name == query:
            rank = 0
        elif r.name.startswith(query):
            rank = 1
        elif query in r.name:
            rank = 2
        elif query in names[r.code]:
            rank = 3
        else:
            continue
        ranked.append((rank, levels.index(r.level), r.code, r))
    ranked.sort(key=lambda t: t[:3])
    return [t[3] for t in ranked[:limit]]
