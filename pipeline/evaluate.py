"""Measure extraction against saved pages with expected records: per-field precision and recall.

A saved page with expected records is a *case*: ``<dir>/<case>/page.html|page.txt`` + ``meta.json`` (``url``) +
``expected.json``, or a snapshot page ``<host>/<path>.html`` with ``<name>.expected.json`` beside it. The
tests use the same discovery, so ``socinv eval`` and the test suite always judge the same pages.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from pipeline.extract import extract_page
from pipeline.pagewords import looks_binary
from schemas.project import BY_NAME

# Fields an expected record must state (null when the page does not say). Provenance fields that change from
# run to run (fetched_at, evidence text, extractor_version) are checked elsewhere.
CHECKED_FIELDS = (
    "title", "title_derived", "publisher", "publisher_code", "publisher_type", "municipality_codes", "organisations",
    "partners", "funders", "purpose", "target_group", "description", "target_age_min", "target_age_max",
    "target_grade_min", "target_grade_max", "start_date", "start_precision", "end_date", "end_precision",
    "budget_sek", "budget_basis", "staffing_fte", "status", "page_updated",
)


class CaseError(ValueError):
    """A case that cannot be judged (its expected.json, meta.json or page is missing or malformed): the message says
    which file and why, and the case is left out of the figures, not scored as if it expected nothing."""


def read_json(path: Path):
    """A case's JSON file as an editor leaves it: a UTF-8 byte-order mark (Windows Notepad) is no part of it, and a key
    an object gives twice with different values (two templates merged by hand: "url" first Ydre's address, then
    Kinda's) is a CaseError naming the file and the key: a JSON reader would keep the last value in silence."""
    def pairs(items):
        obj: dict = {}
        for key, value in items:
            if key in obj and obj[key] != value:
                raise CaseError(f"{path.name} gives {key!r} twice, with different values ({_shown(obj[key])}, "
                                f"{_shown(value)}): which one is meant? Write it once")
            obj[key] = value
        return obj

    return json.loads(Path(path).read_bytes().decode("utf-8-sig"), object_pairs_hook=pairs)


def _shown(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 100 else text[:99] + "…"


# What each checked field of an expected record may hold.
_LIST_FIELDS = frozenset({"municipality_codes", "organisations", "partners", "funders"})
_NUMBER_FIELDS = frozenset({"target_age_min", "target_age_max", "target_grade_min", "target_grade_max", "budget_sek",
                            "staffing_fte"})


def _check_record(rec, where: str) -> None:
    if not isinstance(rec, dict):
        raise CaseError(f"{where}: a record must be a JSON object, not {type(rec).__name__} {str(rec)[:40]!r}")
    unknown = sorted(set(rec) - set(CHECKED_FIELDS) - set(BY_NAME))  # (the dataset's other fields may stand there)
    if unknown:
        raise CaseError(f"{where}: unknown field(s) {', '.join(unknown)} (a misspelt field would be scored as "
                        f"stating nothing); the fields are: {', '.join(CHECKED_FIELDS)}")
    for f, v in rec.items():
        if v is None or f not in CHECKED_FIELDS:
            continue
        ok = (isinstance(v, list) and all(isinstance(x, str) for x in v)) if f in _LIST_FIELDS else \
            (isinstance(v, (int, float)) and not isinstance(v, bool)) if f in _NUMBER_FIELDS else isinstance(v, str)
        if not ok:
            want = "a list of strings" if f in _LIST_FIELDS else "a number" if f in _NUMBER_FIELDS else "a string"
            raise CaseError(f"{where}: {f} must be {want} or null, not {json.dumps(v, ensure_ascii=False)[:60]}")
        # the right type, but a value no page can state: never equal to anything extracted (NaN equals nothing), so
        # it would count as a miss forever
        if f in _NUMBER_FIELDS and not (math.isfinite(v) and _RANGES.get(f, (0, math.inf))[0] <= v
                                        <= _RANGES.get(f, (0, math.inf))[1]):
            low, high = _RANGES.get(f, (0, math.inf))
            raise CaseError(f"{where}: {f} is {v}, outside what it can be ({low} to {high})")
        if f in _DATE_FIELDS:
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                raise CaseError(f"{where}: {f} {v!r} is not a date written YYYY-MM-DD") from None
    start, end = rec.get("start_date"), rec.get("end_date")
    if isinstance(start, str) and isinstance(end, str) and end < start:
        raise CaseError(f"{where}: end_date {end} is before start_date {start}")


_DATE_FIELDS = frozenset({"start_date", "end_date", "page_updated"})
_RANGES = {"target_age_min": (0, 120), "target_age_max": (0, 120), "target_grade_min": (0, 13),
           "target_grade_max": (0, 13)}


@dataclass(frozen=True)
class Case:
    id: str
    page: Path | None
    url: str
    expected: Path
    problem: str | None = None  # why the case cannot be judged (a missing page, a broken meta.json)

    def expected_records(self) -> list[dict]:
        if self.problem and not self.expected.exists():
            raise CaseError(self.problem)
        try:
            records = read_json(self.expected)
        except CaseError:
            raise
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise CaseError(f"{self.expected.name} cannot be read as JSON: {exc}") from None
        if not isinstance(records, list):
            raise CaseError(f"{self.expected.name} must hold a list of records, not a {type(records).__name__}")
        for i, rec in enumerate(records):
            _check_record(rec, f"{self.expected.name}, record {i + 1}")
        return records

    def absent_keys(self, records: list[dict]) -> list[str]:
        """One warning per expected record that leaves checked fields out (an older annotation template): an absent
        key is not a null (nobody looked at that field), so those fields of that record are not scored."""
        out = []
        for i, rec in enumerate(records):
            missing = [f for f in CHECKED_FIELDS if f not in rec]
            if missing:
                name = rec.get("title") or rec.get("title_derived")
                out.append(f"{self.expected.name}, record {i + 1}{f' ({name})' if name else ''} lacks "
                           f"{len(missing)} key(s): {', '.join(missing)}. An absent key is no null ('the page says "
                           f"nothing'): those fields of this record are left out of the figures (write every field, "
                           f"null where the page says nothing)")
        return out

    def extract(self) -> list[dict]:
        if self.problem or self.page is None:
            raise CaseError(self.problem or "no page.html or page.txt")
        ctype = "text/plain" if self.page.suffix == ".txt" else "text/html; charset=utf-8"
        body = self.page.read_bytes()
        if looks_binary(body):
            raise CaseError(f"{self.page.name} is a binary file, not a web page")
        return extract_page(body, self.url, ctype)


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
        # (DIR itself may be one case's folder: `socinv eval sets/leksand-fritidsledare`, named as it is)
        case_id = directory.name if d == directory else f"{directory.name}/{d.relative_to(directory)}"
        if page is None:
            if (d / "meta.json").exists() or not any(p.is_dir() for p in d.iterdir()):
                # a case's folder without its page (not a crawl set's or a snapshot's own expected.json)
                found.append(Case(case_id, None, "", exp, "expected.json but no page.html or page.txt beside it"))
            continue
        problem = None
        try:
            meta = read_json(d / "meta.json") if (d / "meta.json").exists() else {}
        except CaseError as exc:
            meta, problem = {}, str(exc)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            meta, problem = {}, f"meta.json cannot be read as JSON: {exc}"
        url = meta.get("url") if isinstance(meta, dict) else None
        if problem is None and not (isinstance(url, str) and url.startswith(("http://", "https://"))):
            problem = 'meta.json has no "url" (the page\'s address decides its publisher and municipality)'
        found.append(Case(case_id, page, url if isinstance(url, str) else "", exp, problem))
    # a case's folder whose answers were never written: named, not scored as a page that holds no project
    for page in sorted([*directory.rglob("page.html"), *directory.rglob("page.txt")]):
        d = page.parent
        if not (d / "expected.json").exists() and (d / "meta.json").exists() \
                and not any(c.id == f"{directory.name}/{d.relative_to(directory)}" for c in found):
            found.append(Case(f"{directory.name}/{d.relative_to(directory)}", None, "", d / "expected.json",
                              f"{page.name} but no expected.json beside it (the case's answers are missing)"))
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
    warnings = []
    for case in cases:
        try:
            want = case.expected_records()
            warnings.extend({"case": case.id, "warning": w} for w in case.absent_keys(want))
            got = case.extract()
        except CaseError as exc:  # a case that cannot be judged: named, and left out of the figures
            errors.append({"case": case.id, "error": str(exc)})
            continue
        except Exception as exc:  # noqa: BLE001 - the report names the broken page
            errors.append({"case": case.id, "error": f"{type(exc).__name__}: {exc}"})
            got = []
        for g, w in match_records(got, want):
            records["tp" if g is not None and w is not None else ("fp" if w is None else "fn")] += 1
            for f in CHECKED_FIELDS:
                if w is not None and f not in w:
                    continue  # the annotator never stated it (said in "warnings"): neither a hit nor a miss
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
            "fields": fields, "errors": errors, "warnings": warnings}
