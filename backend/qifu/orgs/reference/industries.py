"""Industries (GB/T 4754-2017 国民经济行业分类): sections 门类 A–T, divisions 大类 01–97 and,
once the full table is imported, groups 中类 (3 digits) and classes 小类 (4 digits).

The bundled ``industries.json`` holds the 20 sections and 97 divisions. A full table imported
from the official spreadsheet (``import_xlsx`` then ``save``) is preferred once announced with
``use_data_file``; it is merged over the bundled entries, so sections and divisions never go
missing even if the spreadsheet lacks them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

STANDARD = "GB/T 4754-2017 国民经济行业分类"


class Level(StrEnum):
    SECTION = "SECTION"  # 门类, A–T
    DIVISION = "DIVISION"  # 大类, 2 digits
    GROUP = "GROUP"  # 中类, 3 digits
    CLASS = "CLASS"  # 小类, 4 digits


_PATTERN = {
    Level.SECTION: re.compile(r"[A-T]"),
    Level.DIVISION: re.compile(r"\d{2}"),
    Level.GROUP: re.compile(r"\d{3}"),
    Level.CLASS: re.compile(r"\d{4}"),
}
_DIGITS = {Level.DIVISION: 2, Level.GROUP: 3, Level.CLASS: 4}


@dataclass(frozen=True, slots=True)
class Industry:
    code: str
    name: str
    level: Level
    parent: str | None


@dataclass(frozen=True, slots=True)
class _Index:
    by_code: dict[str, Industry]
    children: dict[str | None, tuple[Industry, ...]]


_data_file: Path | None = None


def imported_file(data_dir: Path) -> Path:
    """Where `qifu industries import` keeps the full classification."""
    return data_dir / "industries.json"


def use_data_file(path: Path | None) -> None:
    """Prefer the table saved at ``path`` (ignored while it does not exist); None reverts."""
    global _data_file
    _data_file = path
    _index.cache_clear()


def _parse(raw: dict[str, Any]) -> list[Industry]:
    return [
        Industry(code=r["code"], name=r["name"], level=Level(r["level"]), parent=r["parent"])
        for r in raw["industries"]
    ]


def _sort_key(industry: Industry) -> tuple[int, str]:
    # Sections (letters) first so that children lists and listings follow the standard's order.
    return (0 if industry.level is Level.SECTION else 1, industry.code)


@lru_cache(maxsize=1)
def _index() -> _Index:
    bundled = resources.files(__package__ or "qifu.orgs.reference").joinpath("industries.json")
    by_code = {i.code: i for i in _parse(json.loads(bundled.read_text(encoding="utf-8")))}
    if _data_file is not None and _data_file.exists():
        imported = _parse(json.loads(_data_file.read_text(encoding="utf-8")))
        by_code.update({i.code: i for i in imported})
    ordered = sorted(by_code.values(), key=_sort_key)
    children: dict[str | None, list[Industry]] = {}
    for industry in ordered:
        children.setdefault(industry.parent, []).append(industry)
    return _Index(
        by_code={i.code: i for i in ordered},
        children={k: tuple(v) for k, v in children.items()},
    )


def normalise(code: str) -> str:
    """Upper-case, no spaces; a section-prefixed code such as ``C13`` or ``C1311`` loses its
    letter when the letter is that code's section."""
    code = "".join(code.split()).upper()
    match = re.fullmatch(r"([A-T])(\d{2,4})", code)
    if match:
        division = _index().by_code.get(match[2][:2])
        if division is not None and division.parent == match[1]:
            return match[2]
    return code


def get(code: str) -> Industry | None:
    return _index().by_code.get(normalise(code))


def is_valid(code: str) -> bool:
    return get(code) is not None


def section_of(code: str) -> Industry | None:
    """The section of any code whose division is known (also 中类/小类 not imported yet)."""
    code = normalise(code)
    if _PATTERN[Level.SECTION].fullmatch(code):
        return get(code)
    if not re.fullmatch(r"\d{2,4}", code):
        return None
    division = get(code[:2])
    return None if division is None or division.parent is None else get(division.parent)


def sections() -> tuple[Industry, ...]:
    return _index().children.get(None, ())


def children(code: str) -> tuple[Industry, ...]:
    return _index().children.get(normalise(code), ())


def divisions(section: str) -> tuple[Industry, ...]:
    return tuple(i for i in children(section) if i.level is Level.DIVISION)


# ---------------------------------------------------------------- import of the full table

_HEADER_ROLES: dict[str, Level | str] = {
    "门类": Level.SECTION,
    "大类": Level.DIVISION,
    "中类": Level.GROUP,
    "小类": Level.CLASS,
    "类别名称": "name",
    "行业名称": "name",
    "名称": "name",
    "代码": "code",
    "行业代码": "code",
}
_HEADER_SCAN_ROWS = 30


def _text(value: object) -> str:
    # Cells may hold line breaks or full-width spaces; the standard's names contain no spaces.
    return "" if value is None else "".join(str(value).split())


def _grid(path: Path, sheet: str | None) -> list[list[object]]:
    """The sheet's values with every merged range filled with its top-left value."""
    import openpyxl  # type: ignore[import-untyped]  # only needed for imports

    workbook = openpyxl.load_workbook(path, data_only=True)
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        grid = [list(row) for row in ws.iter_rows(values_only=True)]
        for merged in ws.merged_cells.ranges:
            value = grid[merged.min_row - 1][merged.min_col - 1]
            for r in range(merged.min_row - 1, merged.max_row):
                for c in range(merged.min_col - 1, merged.max_col):
                    grid[r][c] = value
        return grid
    finally:
        workbook.close()


def _columns(grid: list[list[object]]) -> tuple[int, dict[int, Level | str], int]:
    """Find the header block: (first data row, code columns by index, name column)."""
    roles: dict[int, Level | str] = {}
    last_header = -1
    for i, row in enumerate(grid[:_HEADER_SCAN_ROWS]):
        found = {j: _HEADER_ROLES[t] for j, v in enumerate(row) if (t := _text(v)) in _HEADER_ROLES}
        if found:
            for j, role in found.items():
                # A two-row header puts 代码 above 门类/大类/中类/小类: the level wins.
                if isinstance(role, Level) or j not in roles:
                    roles[j] = role
            last_header = i
        elif last_header >= 0:
            break
    names = [j for j, role in roles.items() if role == "name"]
    codes = {j: role for j, role in roles.items() if role != "name"}
    if not names or not codes:
        raise ValueError("no header row with 类别名称 and 门类/大类/中类/小类 (or 代码) found")
    plain = sorted(j for j, role in codes.items() if role == "code")
    if len(plain) == len(Level) and len(codes) == len(plain):
        # Four unlabelled code columns under one 代码 heading: the standard's column order.
        codes = dict(zip(plain, Level, strict=True))
    return last_header + 1, codes, names[0]


def _code(value: object, level: Level | str, row: int) -> tuple[Level, str] | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        # Excel turns 01 into 1: pad to the column's width; a single code column cannot tell.
        if not isinstance(level, Level) or level is Level.SECTION:
            raise ValueError(f"row {row}: numeric code {value} is ambiguous, store codes as text")
        text = str(value).zfill(_DIGITS[level])
    else:
        text = _text(value).upper()
        if re.fullmatch(r"[A-T]\d{2,4}", text):
            text = text[1:]
    if not isinstance(level, Level):
        level = (
            Level.SECTION
            if text.isalpha()
            else {2: Level.DIVISION, 3: Level.GROUP}.get(len(text), Level.CLASS)
        )
    if not _PATTERN[level].fullmatch(text):
        raise ValueError(f"row {row}: {text!r} is not a {level.value.lower()} code")
    return level, text


def import_xlsx(path: Path, sheet: str | None = None) -> list[Industry]:
    """Read the official table (门类/大类/中类/小类 code columns and 类别名称) from a workbook.

    Tolerates title rows above the header, a two-row header, merged cells, codes stored as
    numbers in the level columns, section letters repeated on every row and a 中类 sharing its
    row with its only 小类 (019 + 0190 其他农业). Rows without a name or code are skipped.
    """
    grid = _grid(path, sheet)
    start, code_columns, name_column = _columns(grid)
    bundled_section = {i.code: i.parent for i in _index().by_code.values()}
    found: dict[str, Industry] = {}
    section: str | None = None
    for row_number, row in enumerate(grid[start:], start=start + 1):
        name = _text(row[name_column]) if name_column < len(row) else ""
        if not name:
            continue
        codes = [
            parsed
            for j, level in sorted(code_columns.items())
            if j < len(row) and (parsed := _code(row[j], level, row_number)) is not None
        ]
        if not codes:
            continue
        codes.sort(key=lambda c: list(Level).index(c[0]))
        deepest = codes[-1]
        for level, code in codes:
            if level is Level.SECTION:
                section = code
            if (level, code) != deepest and (
                level is Level.SECTION or code in found or not deepest[1].startswith(code)
            ):
                continue  # a repeated or merged-down parent code, not this row's own entry
            if code in found:
                if found[code].name != name and (level, code) == deepest:
                    raise ValueError(f"row {row_number}: {code} named twice differently")
                continue
            if level is Level.SECTION:
                parent = None
            elif level is Level.DIVISION:
                parent = section or bundled_section.get(code)
                if parent is None:
                    raise ValueError(f"row {row_number}: no section for division {code}")
            elif level is Level.GROUP:
                parent = code[:2]
            else:
                parent = code[:3] if code[:3] in found else code[:2]
            found[code] = Industry(code=code, name=name, level=level, parent=parent)
    if not found:
        raise ValueError("no industries found below the header")
    return sorted(found.values(), key=_sort_key)


def dumps(industries: Iterable[Industry], header: dict[str, Any]) -> str:
    """JSON in the bundled file's layout: a header, then one industry per line."""
    rows = [json.dumps(asdict(i), ensure_ascii=False) for i in industries]
    return (
        '{\n  "header": '
        + json.dumps(header, ensure_ascii=False)
        + ',\n  "industries": [\n'
        + ",\n".join("    " + row for row in rows)
        + "\n  ]\n}\n"
    )


def save(industries: Iterable[Industry], path: Path, source: str) -> None:
    """Write an imported table where ``use_data_file`` can pick it up."""
    items = list(industries)
    counts: dict[str, int] = {}
    for i in items:
        counts[i.level.value] = counts.get(i.level.value, 0) + 1
    header = {"standard": STANDARD, "source": source, "counts": counts}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(dumps(items, header), encoding="utf-8")
    tmp.replace(path)  # readers never see a half-written table
    if _data_file is not None and _data_file == path:
        _index.cache_clear()
