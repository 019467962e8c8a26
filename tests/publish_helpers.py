"""Helpers for the publishing tests: valid synthetic projects, a byte-level picture of datasets/, an xlsx reader."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from schemas.project import FIELDS, HISTORY_FIELDS

NOW = dt.datetime(2026, 3, 1, 8, 0, 0, tzinfo=dt.timezone.utc)
# (publisher, publisher_code, publisher_type) that exist in the reference list / registry
PUBLISHERS = [("Enköpings kommun", "0381", "kommun"), ("Kungälvs kommun", "1482", "kommun"),
              ("Västra Götalandsregionen", "14", "region"), ("Sandvikens kommun", "2181", "kommun")]


def make_project(i: int, **over) -> dict:
    publisher, code, kind = PUBLISHERS[i % len(PUBLISHERS)]
    p = {f.name: ([] if f.type == "list[string]" else None) for f in FIELDS if f.name not in HISTORY_FIELDS}
    url = f"https://www.example-{code}.se/projekt/{i}"
    p.update({
        "project_id": f"{code}-{i:012x}", "title": f"Projekt nummer {i}", "publisher": publisher,
        "publisher_code": code, "publisher_type": kind,
        "municipality_codes": [code] if kind == "kommun" else ["1482"],
        "municipalities": ["Enköping" if code == "0381" else "Kungälv"],
        "organisations": ["Socialnämnden"], "partners": ["Polisen", "Skolan"],
        "funders": ["Sociala investeringsfonden"],
        "purpose": f"Syftet är att minska utanförskap ({i}).", "target_group": "Barn 6–12 år",
        "description": "Ett förebyggande projekt.", "target_age_min": 6.0, "target_age_max": 12.5,
        "target_grade_min": 0, "target_grade_max": 6, "start_date": dt.date(2024, 1, 1), "start_precision": "month",
        "end_date": dt.date(2026, 12, 31), "end_precision": "year", "budget_sek": 1_500_000 + i,
        "budget_basis": "total", "staffing_fte": 1.5, "status": "ongoing", "source_url": url,
        "source_urls": [url, url + "/mer"], "page_updated": dt.date(2025, 5, 1),
        "fetched_at": dt.datetime(2026, 2, 28, 12, 0, 0, 123456, tzinfo=dt.timezone.utc),
        "extractor_version": "1.0", "evidence": json.dumps({"title": f"Projekt nummer {i}"}, ensure_ascii=False),
    })
    if "themes" in p:
        p["themes"] = ["skola"]
    p.update(over)
    return p


def make_projects(n: int, start: int = 0) -> list[dict]:
    return [make_project(i) for i in range(start, start + n)]


def source_rows_for(projects: list[dict], source_id_of=None) -> list[dict]:
    rows = []
    for p in projects:
        for url in p["source_urls"]:
            rows.append({"project_id": p["project_id"], "source_url": url,
                         "source_id": source_id_of(p) if source_id_of else p["publisher_code"],
                         "page_sha256": "ab" * 32, "fetched_at": p["fetched_at"], "evidence": p["evidence"],
                         "extractor_version": "1.0", "title": p["title"]})
    return rows


def registry_dicts() -> list[dict]:
    from pipeline.sources import registry

    return [s.as_dict() for s in registry().values()]


def tree(datasets: Path) -> dict[str, tuple]:
    """Every entry under datasets/: links by target, files by content, folders by name."""
    out = {}
    for root, dirs, files in os.walk(datasets):
        for name in dirs + files:
            path = Path(root) / name
            rel = str(path.relative_to(datasets))
            if path.is_symlink():
                out[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                out[rel] = ("dir",)
            else:
                out[rel] = ("file", path.read_bytes())
    return out


def check_release(release_dir: Path) -> list[str]:
    """Problems with a release folder: every file in its SHA256SUMS present and matching, and nothing unlisted."""
    import hashlib

    sums = release_dir / "SHA256SUMS"
    if not sums.exists():
        return ["SHA256SUMS missing"]
    problems = []
    listed = set()
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed.add(name)
        path = release_dir / name
        if not path.exists():
            problems.append(f"{name} missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{name} does not match")
    extra = {p.name for p in release_dir.iterdir()} - listed - {"SHA256SUMS"}
    if extra:
        problems.append(f"files not in SHA256SUMS: {sorted(extra)}")
    return problems


_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def read_xlsx(path: Path) -> dict[str, dict]:
    """{sheet: {"rows": [[(value, kind, numFmt)]], "xml": sheet xml}} without openpyxl.

    kind: "s" text, "n" number, "b" boolean; numFmt: the cell's number format code ("General" when none).
    """
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", _NS):
                shared.append(_unescape("".join(t.text or "" for t in si.iter(f"{{{_NS['m']}}}t"))))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        codes = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter(f"{{{_NS['m']}}}numFmt")}
        xfs = [int(x.get("numFmtId", 0)) for x in styles.find("m:cellXfs", _NS)]
        out = {}
        for sheet in wb.find("m:sheets", _NS):
            target = targets[sheet.get(f"{{{_NS['r']}}}id")].lstrip("/")
            xml = z.read(target if target.startswith("xl/") else "xl/" + target).decode()
            rows = []
            for row in ET.fromstring(xml).iter(f"{{{_NS['m']}}}row"):
                cells = {}
                for c in row.findall("m:c", _NS):
                    col = _col(re.match(r"[A-Z]+", c.get("r")).group())
                    t = c.get("t", "n")
                    fmt_id = xfs[int(c.get("s", 0))]
                    fmt = codes.get(fmt_id, "General" if fmt_id == 0 else str(fmt_id))
                    if t == "s":
                        cells[col] = (shared[int(c.find("m:v", _NS).text)], "s", fmt)
                    elif t == "inlineStr":
                        cells[col] = (_unescape("".join(x.text or "" for x in c.iter(f"{{{_NS['m']}}}t"))), "s", fmt)
                    elif t == "b":
                        cells[col] = (c.find("m:v", _NS).text == "1", "b", fmt)
                    else:
                        v = c.find("m:v", _NS)
                        cells[col] = (float(v.text) if v is not None else None, "n", fmt)
                width = max(cells) + 1 if cells else 0
                rows.append([cells.get(i) for i in range(width)])
            out[sheet.get("name")] = {"rows": rows, "xml": xml}
        return out


def _unescape(text: str) -> str:
    """OOXML writes control characters as _xHHHH_ (Excel reads them back as the character)."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def _col(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1
