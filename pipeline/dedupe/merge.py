"""One project from the records that describe it: which page speaks for it, and which value wins per field.

Records are ranked by authority, best first (``authority_key``): the publisher's own project page (a page with
this one project, on the site of the municipality it concerns, not a news article) over a list or news page;
then the record with more fields filled; then the newer page; then the URL, so the order is total and runs
repeat. The best record is the *representative*: it gives ``source_url``, the publisher fields, ``page_updated``,
``fetched_at``, ``extractor_version`` and ``evidence`` (per-page facts, never conflicts; every page's evidence
stays in ``DedupeResult.sources``).

Other fields:
- lists (organisations, partners, funders, municipality codes, themes, source URLs) are united in rank order, without
  repeats (names compared normalised, URLs canonical); ``municipalities`` follows the united codes. A page
  reached under several URLs (``?lang=sv``, a trailing slash) is one source URL, in its plainest (shortest) form,
  and so is ``source_url``.
- dates keep the most precise value (day > month > season > year); a less precise value that contains it
  ("2016" and "mars 2016") is not a conflict.
- ``budget_sek`` keeps the value with most significant digits; a rounding of it (1 200 000 for 1 234 000) is
  not a conflict. ``budget_basis`` goes with the chosen amount.
- texts (purpose, target group, description) keep the longest; a text contained in it, or the same text with a
  few spelling differences, is not a conflict. ``title`` keeps a longer title that contains the others, else
  the representative's.
- ``status`` comes from the newest page (it is "as of the page's date").
- everything else keeps the representative's value, else the first non-null.
A conflict is two different non-null values that are not one more specific form of the other; ``conflicts`` maps
each such field to the distinct values seen (dates as ISO strings), in rank order.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from pipeline.dedupe.keys import canonical
from pipeline.dedupe.text import normalise
from schemas.project import BY_NAME, RECORD_FIELDS

PROJECT_FIELDS: tuple[str, ...] = ("project_id", *RECORD_FIELDS)
REPRESENTATIVE_FIELDS = ("publisher", "publisher_code", "publisher_type", "source_url", "page_updated", "fetched_at",
                         "extractor_version", "evidence")
NAME_LISTS = ("organisations", "partners", "funders")
# Every list field is united (themes and any list the schema gains), except these two, built separately.
LIST_FIELDS = tuple(f for f in RECORD_FIELDS if BY_NAME[f].type == "list[string]"
                    and f not in ("municipalities", "source_urls"))
TEXT_FIELDS = ("purpose", "target_group", "description")
_CONTENT_FIELDS = tuple(f for f in RECORD_FIELDS if f not in REPRESENTATIVE_FIELDS and f != "source_urls")
_PRECISION_RANK = {"day": 4, "month": 3, "season": 2, "year": 1}
_PRECISION_SPAN = {"day": 1, "month": 31, "season": 184, "year": 366}
_NEWS = re.compile(r"/(nyheter|nyhet|news|aktuellt|press|pressmeddelanden?|artiklar|artikel|blogg|arkiv)(/|$)")
TITLE_SAME_RATIO = 90
TEXT_SAME_RATIO = 95


def is_news(url: str | None, canonical_url: str | None = None) -> bool:
    return bool(url) and bool(_NEWS.search(urlsplit(canonical_url or canonical(url)).path))


def is_own(rec: dict) -> bool:
    """The page is the publisher's own: a municipality writing about a project in it, or a region / joint body
    writing about a project that names no single municipality."""
    codes = rec.get("municipality_codes") or []
    if rec.get("publisher_type") == "kommun":
        return not codes or rec.get("publisher_code") in codes
    return not codes


def filled(rec: dict) -> int:
    return sum(1 for f in _CONTENT_FIELDS if rec.get(f) not in (None, "", []))


def authority_key(rec: dict, records_on_page: int, canonical_url: str | None = None) -> tuple:
    """Sort key, best first: own project page > project page > own list page > list > news."""
    canonical_url = canonical_url or canonical(rec.get("source_url"))
    news = is_news(rec.get("source_url"), canonical_url)
    detail = records_on_page <= 1 and not news
    own = is_own(rec)
    updated = rec.get("page_updated")
    updated = updated.toordinal() if isinstance(updated, dt.date) else 0
    return (-(detail and own), -detail, -own, news, -filled(rec), -updated, canonical_url, rec.get("source_url") or "")


# ---- field rules ----------------------------------------------------------------------------------------------

def _json_value(v):
    return v.isoformat() if isinstance(v, dt.date) else v


def _distinct(values: list) -> list:
    out = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _interval(d: dt.date, prec: str | None, end: bool) -> tuple[dt.date, dt.date]:
    span = dt.timedelta(days=_PRECISION_SPAN.get(prec or "year", 366) - 1)
    return (d - span, d) if end else (d, d + span)


def _as_date(v):
    if v is None or isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def merge_date(recs: list[dict], field: str) -> tuple[object, object, list | None]:
    prec_field = field.replace("_date", "_precision")
    vals = [(_as_date(r.get(field)), r.get(prec_field)) for r in recs if r.get(field) is not None]
    if not vals:
        return None, next((r.get(prec_field) for r in recs if r.get(prec_field)), None), None
    best = max(range(len(vals)), key=lambda k: (_PRECISION_RANK.get(vals[k][1], 0), -k))
    d, prec = vals[best]
    end = field == "end_date"
    clash = False
    for other, oprec in vals:
        lo, hi = _interval(other, oprec, end)
        if not (lo <= d <= hi):
            clash = True
    conflict = _distinct([_json_value(v) for v, _ in vals]) if clash else None
    return d, prec, conflict


def _significant_digits(n: int) -> int:
    s = str(abs(int(n))).rstrip("0")
    return max(len(s), 1)


def _round_sig(n: int, digits: int) -> int:
    n = int(n)
    if n == 0:
        return 0
    scale = 10 ** max(len(str(abs(n))) - digits, 0)
    return int(round(n / scale)) * scale


def merge_budget(recs: list[dict]) -> tuple[object, object, dict]:
    vals = [(r.get("budget_sek"), r.get("budget_basis")) for r in recs if r.get("budget_sek") is not None]
    conflicts = {}
    bases = _distinct([r.get("budget_basis") for r in recs if r.get("budget_basis")])
    if not vals:
        if len(bases) > 1:
            conflicts["budget_basis"] = bases
        return None, bases[0] if bases else None, conflicts
    best = max(range(len(vals)), key=lambda k: (_significant_digits(vals[k][0]), -k))
    amount, basis = vals[best]
    if any(_round_sig(amount, _significant_digits(v)) != int(v) for v, _ in vals):
        conflicts["budget_sek"] = _distinct([v for v, _ in vals])
    if len(bases) > 1:
        conflicts["budget_basis"] = bases
    return amount, basis or (bases[0] if bases else None), conflicts


def merge_text(values: list[str], same_ratio: int, prefer_first: bool, norm=normalise) -> tuple[object, list | None]:
    """Longest (or, with prefer_first, the first unless a longer one contains it); conflict unless every other
    value is contained in it or nearly the same text. ``norm``: ``normalise``, or a faster equivalent."""
    if not values:
        return None, None
    values = _distinct(values)
    if len(values) == 1:
        return values[0], None
    norms = [norm(v) for v in values]
    if prefer_first:
        containing = [k for k, n in enumerate(norms) if all(m in n for m in norms)]
        best = max(containing, key=lambda k: (len(norms[k]), -k)) if containing else 0
    else:
        best = max(range(len(values)), key=lambda k: (len(norms[k]), -k))
    chosen = norms[best]
    clash = any(not (n in chosen or fuzz.token_sort_ratio(n, chosen) >= same_ratio) for n in norms)
    return values[best], (_distinct(values) if clash else None)


@functools.lru_cache(maxsize=1 << 16)
def _name_key(v: str) -> str:
    return normalise(v)


def merge_lists(recs: list[dict], field: str) -> list:
    seen, out = set(), []
    for r in recs:
        for v in r.get(field) or []:
            key = _name_key(v) if field in NAME_LISTS else canonical(v) if field == "source_urls" else v
            if key not in seen:
                seen.add(key)
                out.append(v)
    return out


def _municipality_names(recs: list[dict], codes: list[str]) -> list[str]:
    names: dict[str, str] = {}
    for r in recs:
        rc, rn = r.get("municipality_codes") or [], r.get("municipalities") or []
        if len(rc) == len(rn):
            for c, n in zip(rc, rn):
                names.setdefault(c, n)
    missing = [c for c in codes if c not in names]
    if missing:
        from pipeline.swedish.reference import by_code

        for c in missing:
            org = by_code(c)
            names[c] = org.name if org else c
    return [names[c] for c in codes]


def merge(recs: list[dict], norm=normalise) -> tuple[dict, dict]:
    """Records of one project, best first (see ``authority_key``) → (project fields, conflicts). ``norm``:
    ``normalise`` or an equivalent (``table.py`` passes one precomputed column-wise)."""
    rep = recs[0]
    out = {f: rep.get(f) for f in REPRESENTATIVE_FIELDS}
    conflicts: dict[str, list] = {}
    for f in LIST_FIELDS:
        out[f] = merge_lists(recs, f)
    out["municipalities"] = _municipality_names(recs, out["municipality_codes"])
    # Every page once: URLs that are one page after canonicalisation count once, in their plainest form.
    plainest: dict[str, str] = {}
    for r in recs:
        for u in [r.get("source_url"), *(r.get("source_urls") or [])]:
            if u:
                c = canonical(u)
                if c not in plainest or (len(u), u) < (len(plainest[c]), plainest[c]):
                    plainest[c] = u
    urls = [{"source_urls": [r.get("source_url")] + list(r.get("source_urls") or [])} for r in recs]
    out["source_urls"] = [plainest[canonical(u)] for u in merge_lists(urls, "source_urls") if u]
    if rep.get("source_url"):
        out["source_url"] = plainest[canonical(rep["source_url"])]
    for f in ("start_date", "end_date"):
        d, prec, conflict = merge_date(recs, f)
        out[f], out[f.replace("_date", "_precision")] = d, prec
        if conflict:
            conflicts[f] = conflict
    out["budget_sek"], out["budget_basis"], budget_conflicts = merge_budget(recs)
    conflicts.update(budget_conflicts)
    title, conflict = merge_text([r["title"] for r in recs if r.get("title")], TITLE_SAME_RATIO, True, norm)
    out["title"] = title
    if conflict:
        conflicts["title"] = conflict
    out["title_derived"] = None if title else next((r["title_derived"] for r in recs if r.get("title_derived")), None)
    for f in TEXT_FIELDS:
        value, conflict = merge_text([r[f] for r in recs if r.get(f)], TEXT_SAME_RATIO, False, norm)
        out[f] = value
        if conflict:
            conflicts[f] = conflict
    dated = [r for r in recs if r.get("status")]
    if dated:
        newest = max(range(len(dated)), key=lambda k: (_as_date(dated[k].get("page_updated")) or dt.date.min, -k))
        out["status"] = dated[newest]["status"]
        statuses = _distinct([r["status"] for r in dated])
        if len(statuses) > 1:
            conflicts["status"] = statuses
    else:
        out["status"] = None
    for f in RECORD_FIELDS:
        if f in out:
            continue
        values = _distinct([r.get(f) for r in recs if r.get(f) is not None])
        out[f] = values[0] if values else None
        if len(values) > 1:
            conflicts[f] = [_json_value(v) for v in values]
    return out, conflicts
