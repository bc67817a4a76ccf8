"""`qifu industries import FILE` replaces the bundled sections and divisions with the full
classification, which the API then offers."""

from __future__ import annotations

from pathlib import Path

import httpx
from openpyxl import Workbook

from qifu.app import create_app
from qifu.settings import Settings
from tests.core.cli import run_qifu
from tests.support import gql


async def test_import_full_classification(settings: Settings, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["代码", "类别名称"])
    for row in (
        ("C", "制造业"),
        ("34", "通用设备制造业"),
        ("341", "锅炉及原动设备制造"),
        ("3411", "锅炉及辅助设备制造"),
    ):
        sheet.append(list(row))
    source = tmp_path / "gbt4754.xlsx"
    book.save(source)

    result = await run_qifu(settings, "industries", "import", str(source), cwd=tmp_path)
    assert result.code == 0, result.err
    assert (tmp_path / "industries.json").exists()

    app = create_app(settings.model_copy(update={"data_dir": tmp_path}), run_worker=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        groups = await gql(client, '{ industries(parent: "34") { code name } }')
    assert {"code": "341", "name": "锅炉及原动设备制造"} in groups["data"]["industries"]
    create_app(settings, run_worker=False)  # back to the bundled table for other tests


async def test_a_broken_file_changes_nothing(settings: Settings, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a spreadsheet")
    result = await run_qifu(settings, "industries", "import", str(bad), cwd=tmp_path)
    assert result.code == 2 and "nothing changed" in result.err
    assert not (tmp_path / "industries.json").exists()
