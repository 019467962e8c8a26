"""Measure extraction against saved pages with expected records: per-field precision and recall.

A saved page with expected records is a *case*: ``<dir>/<case>/page.html|page.txt`` + ``meta.json`` (``url``) +
``expected.json``, or a snapshot page ``<host>/<path>.html`` with ``<name>.expected.json`` beside it. The
tests use the same discovery, so ``socinv eval`` and the test suite always judge the same pages.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from pipeline.extract import extract_page

# Fields an expected record must state (null when the page does not say). Provenance fields that change from
# run to run (fetched_at, evidence text, extractor_version) are checked elsewhere.
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

    def extract(self) -> list[dict]:
        ctype = "text/plain" if self.page.suffix == ".txt" else "text/html; charset=utf-8"
        return extract_page(self.page.read_bytes(), self.url, ctype)


def snapshot_url(page: Path, root: Path) -> str:
    rel = page.relative_to(root)
    host, path = rel.parts[0], "/".join(rel.parts[1:])
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return f"https://{host}/{path}"


def find_cases(directory: Path) -> list[Case]:
    """Every case under ``directory``: fixture folders and snapshot pages with ``*.expected.json``."""
    directory = Path(directory)
    found = []
    for exp in sorted(directory.rglob("expected.json")):
        d = exp.parent
        page = next((d / n for n in ("page.html", "page.txt") if (d / n).exists()), None)
        if page is None:
            continue
        meta = json.loads((d / "meta.json").read_text(encoding="utf-8")) if (d / "meta.json").exists() else {}
        found.append(Case(f"{directory.name}/{d.relative_to(directory)}", page, meta.get("url", ""), exp))
    # snapshot layout: <root>/<host>/<path>.html with <name>.expected.json beside the page
    root = directory / "sites" if (directory / "sites").is_dir() else directory
    for exp in sorted(root.rglob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        page = exp.with_name(stem + ".html")
        if page.exists():
            found.append(Case(f"{directory.name}/{exp.parent.relative_to(root)}/{stem}", page,
                              snapshot_url(page, root), exp))
    return found


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _empty(value) -> bool:
    return value is None or value == [] or value == ""


def _name(rec: dict) -> str:
    return (rec.get("title") or rec.get("title_derived") or "").lower()


def match_records(got: list[dict], want: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Pair extracted and expected records: by name similarity, then in order; leftovers pair with None."""
    pairs: list[tuple[dict | None, dict | None]] = []
    free = list(range(len(got)))
    for w in want:
        best, best_score = None, 0.0
        for i in free:
            score = fuzz.ratio(_name(got[i]), _name(w))
            if score > best_score:
                best, best_score = i, score
        if best is not None and best_score >= 80:
            free.remove(best)
            pairs.append((got[best], w))
        else:
            pairs.append((None, w))
    # Unnamed leftovers pair in order.
    unmatched_want = [k for k, (g, _) in enumerate(pairs) if g is None]
    for k, i in zip(unmatched_want, list(free)):
        pairs[k] = (got[i], pairs[k][1])
        free.remove(i)
    pairs.extend((got[i], None) for i in free)
    return pairs


def evaluate(cases: list[Case]) -> dict:
    """Per-field and per-record counts. A wrong value counts as both a false positive and a false negative."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    records = Counter()
    errors = []
    for case in cases:
        try:
            got = case.extract()
        except Exception as exc:  # noqa: BLE001 - the report names the broken page
            errors.append({"case": case.id, "error": f"{type(exc).__name__}: {exc}"})
            got = []
        for g, w in match_records(got, case.expected_records()):
            records["tp" if g is not None and w is not None else ("fp" if w is None else "fn")] += 1
            for f in CHECKED_FIELDS:
                gv = _plain(g.get(f)) if g is not None else None
                wv = w.get(f) if w is not None else None
                if _empty(gv) and _empty(wv):
                    continue
                if gv == wv:
                    tp[f] += 1
                else:
                    if not _empty(gv):
                        fp[f] += 1
                    if not _empty(wv):
                        fn[f] += 1
    fields = {}
    for f in CHECKED_FIELDS:
        p = tp[f] / (tp[f] + fp[f]) if tp[f] + fp[f] else None
        r = tp[f] / (tp[f] + fn[f]) if tp[f] + fn[f] else None
        fields[f] = {"tp": tp[f], "fp": fp[f], "fn": fn[f], "precision": p, "recall": r}
    rp = records["tp"] / (records["tp"] + records["fp"]) if records["tp"] + records["fp"] else None
    rr = records["tp"] / (records["tp"] + records["fn"]) if records["tp"] + records["fn"] else None
    return {"cases": len(cases), "records": dict(records), "record_precision": rp, "record_recall": rr,
            "fields": fields, "errors": errors}
