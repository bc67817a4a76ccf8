"""Enterprise scale by 统计上大中小微型企业划分办法(2017) (国家统计局, 国统字〔2017〕213号).

The rule of the document's table note 1: large, medium and small enterprises must meet *all*
the lower limits listed for their industry, otherwise they go down one level, until every limit
is met; an enterprise below any small limit is micro. (So one figure below the small limit is
enough to be micro, and a small enterprise needs every figure at or above its limit.)

Missing figures: the result is given only when it does not depend on them (5 employees in
manufacturing is micro whatever the revenue); otherwise ``suggest_scale`` answers None and
``scale_range`` tells the lowest and highest scale still possible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from qifu.orgs.reference import industries


class Scale(StrEnum):
    LARGE = "LARGE"
    MEDIUM = "MEDIUM"
    SMALL = "SMALL"
    MICRO = "MICRO"


_ORDER = [Scale.MICRO, Scale.SMALL, Scale.MEDIUM, Scale.LARGE]


class Figure(StrEnum):
    EMPLOYEES = "EMPLOYEES"  # 从业人员 (X), persons
    REVENUE = "REVENUE"  # 营业收入 (Y), 万元
    TOTAL_ASSETS = "TOTAL_ASSETS"  # 资产总额 (Z), 万元


@dataclass(frozen=True, slots=True)
class Group:
    """One row group of the table: per figure, the lower limits of LARGE, MEDIUM and SMALL."""

    name: str
    limits: dict[Figure, tuple[int, int, int]]


X, Y, Z = Figure.EMPLOYEES, Figure.REVENUE, Figure.TOTAL_ASSETS

# The table of 统计上大中小微型企业划分办法(2017), 附表; figures in persons and 万元.
GROUPS: dict[str, Group] = {
    "AGRICULTURE": Group("农、林、牧、渔业", {Y: (20000, 500, 50)}),
    "INDUSTRY": Group("工业", {X: (1000, 300, 20), Y: (40000, 2000, 300)}),
    "CONSTRUCTION": Group("建筑业", {Y: (80000, 6000, 300), Z: (80000, 5000, 300)}),
    "WHOLESALE": Group("批发业", {X: (200, 20, 5), Y: (40000, 5000, 1000)}),
    "RETAIL": Group("零售业", {X: (300, 50, 10), Y: (20000, 500, 100)}),
    "TRANSPORT": Group("交通运输业", {X: (1000, 300, 20), Y: (30000, 3000, 200)}),
    "WAREHOUSING": Group("仓储业", {X: (200, 100, 20), Y: (30000, 1000, 100)}),
    "POSTAL": Group("邮政业", {X: (1000, 300, 20), Y: (30000, 2000, 100)}),
    "ACCOMMODATION": Group("住宿业", {X: (300, 100, 10), Y: (10000, 2000, 100)}),
    "CATERING": Group("餐饮业", {X: (300, 100, 10), Y: (10000, 2000, 100)}),
    "INFO_TRANSMISSION": Group("信息传输业", {X: (2000, 100, 10), Y: (100000, 1000, 100)}),
    "SOFTWARE_IT": Group("软件和信息技术服务业", {X: (300, 100, 10), Y: (10000, 1000, 50)}),
    "REAL_ESTATE_DEV": Group("房地产开发经营", {Y: (200000, 1000, 100), Z: (10000, 5000, 2000)}),
    "PROPERTY_MGMT": Group("物业管理", {X: (1000, 300, 100), Y: (5000, 1000, 500)}),
    "LEASING_BUSINESS": Group("租赁和商务服务业", {X: (300, 100, 10), Z: (120000, 8000, 100)}),
    "OTHER": Group("其他未列明行业", {X: (300, 100, 10)}),
}


def _spans(spans: str, group: str | None) -> dict[str, str | None]:
    codes: dict[str, str | None] = {}
    for span in spans.split():
        first, _, last = span.partition("-")
        for n in range(int(first), int(last or first) + 1):
            codes[f"{n:0{len(first)}d}"] = group
    return codes


# GB/T 4754-2017 code prefixes → group, per the table's notes; None = outside the document's
# scope (railways, finance, education, health, public administration, international bodies,
# and 自有房地产经营活动, which 4754-2017 calls 7040 房地产租赁经营). The longest prefix wins.
_BY_PREFIX: dict[str, str | None] = {
    **_spans("01-05", "AGRICULTURE"),
    **_spans("06-46", "INDUSTRY"),  # 采矿业, 制造业, 电力、热力、燃气及水生产和供应业
    **_spans("47-50", "CONSTRUCTION"),
    **_spans("51", "WHOLESALE"),
    **_spans("52", "RETAIL"),
    **_spans("53", None),  # 铁路运输业 is excluded from 交通运输业
    **_spans("54-58 591", "TRANSPORT"),  # 591 装卸搬运
    **_spans("59", "WAREHOUSING"),  # 592-599 仓储
    **_spans("60", "POSTAL"),
    **_spans("61", "ACCOMMODATION"),
    **_spans("62", "CATERING"),
    **_spans("63-64", "INFO_TRANSMISSION"),
    **_spans("65", "SOFTWARE_IT"),
    **_spans("66-69", None),
    **_spans("701", "REAL_ESTATE_DEV"),
    **_spans("702", "PROPERTY_MGMT"),
    **_spans("703 709", "OTHER"),  # 房地产中介服务, 其他房地产业
    **_spans("704", None),
    **_spans("71-72", "LEASING_BUSINESS"),
    # 科学研究和技术服务, 水利环境和公共设施管理, 居民服务修理, 社会工作, 文化体育和娱乐
    **_spans("73-82 85-90", "OTHER"),
    **_spans("83-84 91-97", None),
}


def _groups(industry_code: str) -> set[str | None]:
    """Every group the code may fall in; a coarse code (59, K, G) may span several."""
    code = industries.normalise(industry_code)
    if re.fullmatch(r"[A-T]", code):
        if industries.get(code) is None:
            return set()
        return set().union(*(_groups(d.code) for d in industries.divisions(code)))
    if not re.fullmatch(r"\d{2,4}", code) or industries.get(code[:2]) is None:
        return set()
    found = {
        g
        for prefix, g in _BY_PREFIX.items()
        if len(prefix) > len(code) and prefix[: len(code)] == code
    }
    for cut in range(len(code), 1, -1):
        if code[:cut] in _BY_PREFIX:
            found.add(_BY_PREFIX[code[:cut]])
            break
    return found


def group_of(industry_code: str) -> Group | None:
    """The table row group for the code, None when unknown, out of scope or ambiguous."""
    groups = _groups(industry_code)
    if len(groups) != 1:
        return None
    key = next(iter(groups))
    return None if key is None else GROUPS[key]


def _classify(group: Group, figures: dict[Figure, Decimal | None], missing: Decimal) -> Scale:
    values = {f: missing if (v := figures[f]) is None else v for f in group.limits}
    for scale, index in ((Scale.LARGE, 0), (Scale.MEDIUM, 1), (Scale.SMALL, 2)):
        if all(values[f] >= limits[index] for f, limits in group.limits.items()):
            return scale
    return Scale.MICRO


def scale_range(
    industry_code: str,
    employees: int | None,
    revenue_wan: Decimal | None,
    total_assets_wan: Decimal | None = None,
) -> tuple[Scale, Scale] | None:
    """(lowest, highest) scale the figures allow; None for an unknown or out-of-scope industry."""
    for value in (employees, revenue_wan, total_assets_wan):
        if value is not None and value < 0:
            raise ValueError("figures cannot be negative")
    groups = _groups(industry_code)
    if not groups or None in groups:
        return None
    figures: dict[Figure, Decimal | None] = {
        X: None if employees is None else Decimal(employees),
        Y: revenue_wan,
        Z: total_assets_wan,
    }
    low = min(
        _ORDER.index(_classify(GROUPS[g], figures, Decimal("-Infinity"))) for g in groups if g
    )
    high = max(
        _ORDER.index(_classify(GROUPS[g], figures, Decimal("Infinity"))) for g in groups if g
    )
    return _ORDER[low], _ORDER[high]


def suggest_scale(
    industry_code: str,
    employees: int | None,
    revenue_wan: Decimal | None,
    total_assets_wan: Decimal | None = None,
) -> Scale | None:
    """The scale when the industry and the given figures decide it, else None.

    Figures the industry's row does not use are ignored (assets for manufacturing).
    """
    bounds = scale_range(industry_code, employees, revenue_wan, total_assets_wan)
    if bounds is None or bounds[0] != bounds[1]:
        return None
    return bounds[0]
