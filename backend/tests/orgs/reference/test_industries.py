"""GB/T 4754-2017 industries: the bundled sections and divisions, and the spreadsheet import."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from qifu.orgs.reference import industries
from qifu.orgs.reference.industries import Industry, Level


@pytest.fixture(autouse=True)
def _bundled_only() -> Iterator[None]:
    industries.use_data_file(None)
    yield
    industries.use_data_file(None)


def test_twenty_sections_and_97_divisions() -> None:
    assert [s.code for s in industries.sections()] == list("ABCDEFGHIJKLMNOPQRST")
    divisions = [d for s in industries.sections() for d in industries.divisions(s.code)]
    assert [d.code for d in divisions] == [f"{n:02d}" for n in range(1, 98)]
    assert all(d.level is Level.DIVISION for d in divisions)


def test_header_names_the_standard() -> None:
    raw = json.loads(
        (Path(industries.__file__).with_name("industries.json")).read_text(encoding="utf-8")
    )
    assert raw["header"]["standard"] == "GB/T 4754-2017 国民经济行业分类"
    assert "GB/T 4754-2017" in raw["header"]["source"]


@pytest.mark.parametrize(
    ("code", "name", "section"),
    [
        ("01", "农业", "A"),
        ("05", "农、林、牧、渔专业及辅助性活动", "A"),
        ("13", "农副食品加工业", "C"),
        ("43", "金属制品、机械和设备修理业", "C"),
        ("59", "装卸搬运和仓储业", "G"),
        ("65", "软件和信息技术服务业", "I"),
        ("70", "房地产业", "K"),
        ("85", "社会工作", "Q"),
        ("96", "基层群众自治组织及其他组织", "S"),
        ("97", "国际组织", "T"),
    ],
)
def test_division_names_and_sections(code: str, name: str, section: str) -> None:
    division = industries.get(code)
    assert division == Industry(code, name, Level.DIVISION, section)
    assert industries.section_of(code).code == section  # type: ignore[union-attr]


def test_sections_and_their_divisions() -> None:
    assert industries.get("C").name == "制造业"  # type: ignore[union-attr]
    assert [d.code for d in industries.divisions("G")] == [str(n) for n in range(53, 61)]
    assert len(industries.divisions("C")) == 31
    assert industries.divisions("U") == ()


def test_section_of() -> None:
    assert industries.section_of("A").code == "A"  # type: ignore[union-attr]
    assert industries.section_of("3911").code == "C"  # type: ignore[union-attr]  # not imported
    assert industries.section_of("98") is None
    assert industries.section_of("x") is None


def test_validation_and_section_prefixed_codes() -> None:
    for code in ("A", "t", "01", "97", "C13", " c 13 "):
        assert industries.is_valid(code), code
    for code in ("U", "00", "98", "1", "A13", "0111", ""):
        assert not industries.is_valid(code), code
    assert industries.normalise("C1311") == "1311"
    assert industries.normalise("A1311") == "A1311"  # wrong letter: left alone, invalid


# ---------------------------------------------------------------- import


def _official_layout(path: Path) -> None:
    """Title row, two-row merged header, codes partly numeric, a 中类 sharing its 小类's row."""
    wb = Workbook()
    ws = wb.active
    ws.append(["国民经济行业分类（摘录）"])
    ws.merge_cells("A1:F1")
    ws.append(["代码", None, None, None, "类别名称", "说明"])
    ws.merge_cells("A2:D2")
    ws.merge_cells("E2:E3")
    ws.merge_cells("F2:F3")
    ws.append(["门类", "大类", "中类", "小类"])
    ws.append(["A", None, None, None, "农、林、牧、渔业", "本门类包括01～05大类"])
    ws.append([None, 1, None, None, "农业", "指对各种农作物的种植"])
    ws.append([None, None, "011", None, "谷物种植"])
    ws.append([None, None, None, "0111", "稻谷种植"])
    ws.append([None, None, None, 112, "小麦种植"])
    ws.append([None, None, "019", "0190", "其他农业"])
    ws.append(["B", None, None, None, "采矿业"])
    ws.append([None, "06", None, None, "煤炭开采和洗选业"])
    ws.append([None, None, "061", "0610", "烟煤和无烟煤\n开采洗选"])
    ws.append([])
    ws.append(["注：测试用摘录。"])
    wb.save(path)


def test_import_official_layout(tmp_path: Path) -> None:
    path = tmp_path / "gbt4754.xlsx"
    _official_layout(path)
    got = {i.code: i for i in industries.import_xlsx(path)}
    assert list(got) == ["A", "B", "01", "011", "0111", "0112", "019", "0190", "06", "061", "0610"]
    assert got["A"] == Industry("A", "农、林、牧、渔业", Level.SECTION, None)
    assert got["01"] == Industry("01", "农业", Level.DIVISION, "A")
    assert got["011"] == Industry("011", "谷物种植", Level.GROUP, "01")
    assert got["0112"] == Industry("0112", "小麦种植", Level.CLASS, "011")
    assert got["019"] == Industry("019", "其他农业", Level.GROUP, "01")
    assert got["0190"] == Industry("0190", "其他农业", Level.CLASS, "019")
    assert got["06"].parent == "B"
    assert got["0610"].name == "烟煤和无烟煤开采洗选"


def test_import_repeated_letters_and_merged_parent_cells(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["门类", "大类", "中类", "小类", "类别名称"])
    ws.append(["C", None, None, None, "制造业"])
    ws.append(["C", "13", None, None, "农副食品加工业"])
    ws.append(["C", "13", "131", None, "谷物磨制"])
    ws.append(["C", None, None, "1311", "稻谷加工"])
    ws.append(["C", None, None, "1312", "小麦加工"])
    ws.merge_cells("C4:C6")  # the 中类 cell spans its 小类 rows
    ws.merge_cells("B3:B4")
    path = tmp_path / "merged.xlsx"
    wb.save(path)
    got = {i.code: i for i in industries.import_xlsx(path)}
    assert list(got) == ["C", "13", "131", "1311", "1312"]
    assert got["131"].name == "谷物磨制"
    assert got["1311"] == Industry("1311", "稻谷加工", Level.CLASS, "131")
    assert got["1312"].parent == "131"


def test_import_single_code_column(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["行业代码", "类别名称"])
    for row in (
        ("A", "农、林、牧、渔业"),
        ("01", "农业"),
        ("011", "谷物种植"),
        ("A0111", "稻谷种植"),
    ):
        ws.append(list(row))
    path = tmp_path / "single.xlsx"
    wb.save(path)
    got = {i.code: i for i in industries.import_xlsx(path)}
    assert [(i.code, i.level, i.parent) for i in got.values()] == [
        ("A", Level.SECTION, None),
        ("01", Level.DIVISION, "A"),
        ("011", Level.GROUP, "01"),
        ("0111", Level.CLASS, "011"),
    ]


def _sheet(path: Path, *rows: list[object]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_import_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no header"):
        industries.import_xlsx(_sheet(tmp_path / "a.xlsx", ["A", "农业"]))
    with pytest.raises(ValueError, match="ambiguous"):
        industries.import_xlsx(_sheet(tmp_path / "b.xlsx", ["代码", "类别名称"], [111, "x"]))
    with pytest.raises(ValueError, match="named twice"):
        industries.import_xlsx(
            _sheet(
                tmp_path / "c.xlsx",
                ["门类", "大类", "类别名称"],
                ["A", None, "农、林、牧、渔业"],
                [None, "01", "农业"],
                [None, "01", "林业"],
            )
        )
    with pytest.raises(ValueError, match="row 2"):
        industries.import_xlsx(
            _sheet(tmp_path / "d.xlsx", ["门类", "大类", "类别名称"], [None, "1x", "农业"])
        )
    with pytest.raises(ValueError, match="no industries"):
        industries.import_xlsx(_sheet(tmp_path / "e.xlsx", ["门类", "大类", "类别名称"]))


def test_saved_import_is_preferred_and_merged_with_the_bundled_table(tmp_path: Path) -> None:
    source = tmp_path / "gbt4754.xlsx"
    _official_layout(source)
    target = tmp_path / "data" / "industries.json"
    industries.save(industries.import_xlsx(source), target, source=source.name)
    assert json.loads(target.read_text(encoding="utf-8"))["header"]["counts"]["CLASS"] == 4

    assert not industries.is_valid("0111")
    industries.use_data_file(target)
    assert industries.get("0111") == Industry("0111", "稻谷种植", Level.CLASS, "011")
    assert [i.code for i in industries.children("01")] == ["011", "019"]
    assert industries.section_of("0111").code == "A"  # type: ignore[union-attr]
    assert len(industries.sections()) == 20  # bundled entries are kept
    assert len(industries.divisions("C")) == 31
    assert [d.code for d in industries.divisions("A")] == ["01", "02", "03", "04", "05"]

    industries.use_data_file(None)
    assert not industries.is_valid("0111")


def test_missing_data_file_falls_back_to_the_bundled_table(tmp_path: Path) -> None:
    industries.use_data_file(tmp_path / "not-imported-yet.json")
    assert industries.is_valid("13") and not industries.is_valid("0111")


def test_saving_the_announced_file_reloads_it(tmp_path: Path) -> None:
    target = tmp_path / "industries.json"
    industries.use_data_file(target)
    assert not industries.is_valid("0111")
    industries.save([Industry("0111", "稻谷种植", Level.CLASS, "01")], target, source="test")
    assert industries.is_valid("0111")
