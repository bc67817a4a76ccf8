"""统计上大中小微型企业划分办法(2017): every industry group at its limits, the all-limits rule,
out-of-scope industries and missing figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from qifu.orgs.reference.scale import Scale, group_of, scale_range, suggest_scale

L, M, S, MICRO = Scale.LARGE, Scale.MEDIUM, Scale.SMALL, Scale.MICRO
LEVELS = [L, M, S]

# The document's table typed out again (not read from the module): per group a GB/T 4754 code
# that falls in it and the lower limits of LARGE, MEDIUM, SMALL for employees (persons),
# revenue (万元) and total assets (万元); None where the group does not use the figure.
TABLE: list[
    tuple[str, str, tuple[int, ...] | None, tuple[int, ...] | None, tuple[int, ...] | None]
] = [
    ("农、林、牧、渔业", "01", None, (20000, 500, 50), None),
    ("工业", "06", (1000, 300, 20), (40000, 2000, 300), None),
    ("工业", "13", (1000, 300, 20), (40000, 2000, 300), None),
    ("工业", "44", (1000, 300, 20), (40000, 2000, 300), None),
    ("建筑业", "47", None, (80000, 6000, 300), (80000, 5000, 300)),
    ("批发业", "51", (200, 20, 5), (40000, 5000, 1000), None),
    ("零售业", "52", (300, 50, 10), (20000, 500, 100), None),
    ("交通运输业", "54", (1000, 300, 20), (30000, 3000, 200), None),
    ("交通运输业", "591", (1000, 300, 20), (30000, 3000, 200), None),
    ("仓储业", "592", (200, 100, 20), (30000, 1000, 100), None),
    ("邮政业", "60", (1000, 300, 20), (30000, 2000, 100), None),
    ("住宿业", "61", (300, 100, 10), (10000, 2000, 100), None),
    ("餐饮业", "62", (300, 100, 10), (10000, 2000, 100), None),
    ("信息传输业", "64", (2000, 100, 10), (100000, 1000, 100), None),
    ("软件和信息技术服务业", "65", (300, 100, 10), (10000, 1000, 50), None),
    ("房地产开发经营", "701", None, (200000, 1000, 100), (10000, 5000, 2000)),
    ("物业管理", "7020", (1000, 300, 100), (5000, 1000, 500), None),
    ("租赁和商务服务业", "72", (300, 100, 10), None, (120000, 8000, 100)),
    ("其他未列明行业", "73", (300, 100, 10), None, None),
]
IDS = [f"{name}-{code}" for name, code, *_ in TABLE]


def _figures(
    x: tuple[int, ...] | None, y: tuple[int, ...] | None, z: tuple[int, ...] | None, level: int
) -> tuple[int | None, Decimal | None, Decimal | None]:
    return (
        None if x is None else x[level],
        None if y is None else Decimal(y[level]),
        None if z is None else Decimal(z[level]),
    )


@pytest.mark.parametrize(("name", "code", "x", "y", "z"), TABLE, ids=IDS)
def test_industry_maps_to_its_group(name: str, code: str, x: object, y: object, z: object) -> None:
    group = group_of(code)
    assert group is not None and group.name == name


@pytest.mark.parametrize(("name", "code", "x", "y", "z"), TABLE, ids=IDS)
def test_exactly_at_each_lower_limit(
    name: str,
    code: str,
    x: tuple[int, ...] | None,
    y: tuple[int, ...] | None,
    z: tuple[int, ...] | None,
) -> None:
    for level, expected in enumerate(LEVELS):
        assert suggest_scale(code, *_figures(x, y, z, level)) == expected


@pytest.mark.parametrize(("name", "code", "x", "y", "z"), TABLE, ids=IDS)
def test_one_figure_just_below_a_limit_drops_one_level(
    name: str,
    code: str,
    x: tuple[int, ...] | None,
    y: tuple[int, ...] | None,
    z: tuple[int, ...] | None,
) -> None:
    below = [M, S, MICRO]
    for level in range(3):
        employees, revenue, assets = _figures(x, y, z, level)
        if employees is not None:
            assert suggest_scale(code, employees - 1, revenue, assets) == below[level]
        if revenue is not None:
            cent = revenue - Decimal("0.01")
            assert suggest_scale(code, employees, cent, assets) == below[level]
        if assets is not None:
            cent = assets - Decimal("0.01")
            assert suggest_scale(code, employees, revenue, cent) == below[level]


def test_large_needs_all_limits_and_goes_down_until_all_are_met() -> None:
    # 工业: 1000 people qualify as large, 2000万 revenue only as medium → medium.
    assert suggest_scale("13", 1000, Decimal(2000)) == M
    assert suggest_scale("13", 5000, Decimal(300)) == S
    # 建筑业 uses revenue and assets: large revenue, small assets → small.
    assert suggest_scale("47", None, Decimal(90000), Decimal(300)) == S


def test_one_figure_below_the_small_limit_is_micro() -> None:
    assert suggest_scale("13", 19, Decimal(100000)) == MICRO  # huge revenue, 19 people
    assert suggest_scale("13", 5000, Decimal("299.99")) == MICRO
    assert suggest_scale("72", 5000, None, Decimal(99)) == MICRO


def test_single_figure_groups() -> None:
    assert suggest_scale("01", None, Decimal(49)) == MICRO
    assert suggest_scale("01", 100000, Decimal(49)) == MICRO  # employees not used
    assert suggest_scale("85", 300, None) == L  # 社会工作 → 其他未列明行业
    assert suggest_scale("90", 9, Decimal(1_000_000)) == MICRO  # revenue not used


def test_figures_the_group_does_not_use_are_ignored() -> None:
    assert suggest_scale("13", 300, Decimal(2000), Decimal(1)) == M


@pytest.mark.parametrize(
    "code",
    ["53", "5310", "66", "69", "83", "84", "91", "97", "704", "7040", "J", "P"],
)
def test_industries_outside_the_document_give_none(code: str) -> None:
    assert group_of(code) is None
    assert suggest_scale(code, 5000, Decimal(10**6), Decimal(10**6)) is None


@pytest.mark.parametrize("code", ["", "98", "00", "7050", "1", "12345", "U", "abc"])
def test_unknown_industry_gives_none(code: str) -> None:
    assert suggest_scale(code, 10, Decimal(10)) is None
    assert scale_range(code, 10, Decimal(10)) is None


def test_finer_codes_and_section_prefixes() -> None:
    assert group_of("1311").name == "工业"  # type: ignore[union-attr]
    assert group_of("C13").name == "工业"  # type: ignore[union-attr]
    assert group_of("5910").name == "交通运输业"  # type: ignore[union-attr]
    assert group_of("5990").name == "仓储业"  # type: ignore[union-attr]
    assert group_of("7030").name == "其他未列明行业"  # type: ignore[union-attr]
    assert group_of("7090").name == "其他未列明行业"  # type: ignore[union-attr]
    assert group_of("C").name == "工业"  # type: ignore[union-attr]


def test_coarse_codes_spanning_groups_answer_only_when_all_agree() -> None:
    # 59 is 装卸搬运 (交通运输业) and 仓储 (仓储业).
    assert group_of("59") is None
    assert suggest_scale("59", 5, Decimal(10)) == MICRO
    assert suggest_scale("59", 150, Decimal(5000)) is None
    assert scale_range("59", 150, Decimal(5000)) == (S, M)
    # 70 includes 自有房地产经营活动, outside the document; G includes 铁路运输业.
    assert suggest_scale("70", 5, Decimal(10), Decimal(10)) is None
    assert suggest_scale("G", 5, Decimal(10)) is None


def test_missing_figures_decide_only_when_they_cannot_matter() -> None:
    assert suggest_scale("13", None, None) is None
    assert scale_range("13", None, None) == (MICRO, L)
    assert suggest_scale("13", 5, None) == MICRO  # below the small limit whatever the revenue
    assert suggest_scale("13", None, Decimal(100)) == MICRO
    assert suggest_scale("13", 500, None) is None
    assert scale_range("13", 500, None) == (MICRO, M)  # 500 people cannot be large
    assert suggest_scale("47", None, Decimal(100000)) is None  # assets missing
    assert suggest_scale("73", None, Decimal(10**6)) is None  # the one figure it uses


def test_negative_figures_are_refused() -> None:
    with pytest.raises(ValueError):
        suggest_scale("13", -1, Decimal(1))
    with pytest.raises(ValueError):
        suggest_scale("13", 1, Decimal(-1))


def test_scale_values_are_plain_strings() -> None:
    assert [s.value for s in Scale] == ["LARGE", "MEDIUM", "SMALL", "MICRO"]
    assert suggest_scale("13", 1000, Decimal(40000)) == "LARGE"
