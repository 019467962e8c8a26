"""Find every saved page that has expected records next to it.

Two places hold them: the snapshot of the seed sites (``snapshot/sites/<host>/<path>`` with
``<name>.expected.json`` beside the page) and ``tests/fixtures/<case>/`` (``page.html`` or ``page.txt``,
``meta.json`` with the page's ``url``, and ``expected.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "snapshot" / "sites"
FIXTURES = ROOT / "tests" / "fixtures"

# Fields an expected record must state (null when the page does not say). Provenance fields that
# change from run to run (fetched_at, evidence text, extractor_version) are checked elsewhere.
CHECKED_FIELDS = (
    "title", "title_derived", "publisher", "publisher_code", "publisher_type", "municipality_codes", "organisations",
    "partners", "funders", "purpose", "target_group", "description", "target_age_min", "target_age_max",
    "target_grade_min", "target_grade_max", "start_date", "start_precision", "end_date", "end_precision",
    "budget_sek", "budget_basis", "staffing_fte", "status", "page_updated",
)


@dataclass(frozen=True)
class Case:
    id: str
    page: Path
    url: str
    expected: Path

    def expected_records(self) -> list[dict]:
        return json.loads(self.expected.read_text(encoding="utf-8"))


def snapshot_url(page: Path) -> str:
    rel = page.relative_to(SNAPSHOT)
    host, path = rel.parts[0], "/".join(rel.parts[1:])
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return f"https://{host}/{path}"


def cases() -> list[Case]:
    found = []
    for exp in sorted(SNAPSHOT.rglob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        page = exp.with_name(stem + ".html")
        found.append(Case(f"snapshot/{exp.parent.relative_to(SNAPSHOT)}/{stem}", page, snapshot_url(page), exp))
    for d in sorted(p for p in FIXTURES.iterdir() if p.is_dir()) if FIXTURES.exists() else []:
        page = next((d / n for n in ("page.html", "page.txt") if (d / n).exists()), None)
        if page is None or not (d / "expected.json").exists():
            continue
        meta = json.loads((d / "meta.json").read_text(encoding="utf-8")) if (d / "meta.json").exists() else {}
        found.append(Case(f"fixtures/{d.name}", page, meta.get("url", ""), d / "expected.json"))
    return found
