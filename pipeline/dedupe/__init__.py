"""Deduplicate extracted records into projects and give each a stable ``project_id``.

Stages, cheapest first: exact duplicates (same content), the same project on several pages of one
publisher (same normalised title, or same period and partners when untitled). Records merged into one
project keep every source URL; a conflicting value keeps the most specific one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_MERGE_LISTS = ("municipality_codes", "municipalities", "organisations", "partners", "funders", "source_urls")
_PRECISION_RANK = {"day": 4, "month": 3, "season": 2, "year": 1, None: 0}


def normalise(text: str | None) -> str:
    if not text:
        return ""
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def identity_key(rec: dict) -> str:
    """What makes two records the same project, before any fuzzy matching."""
    who = rec.get("publisher_code") or normalise(rec.get("publisher"))
    if rec.get("title"):
        return f"{who}|t|{normalise(rec['title'])}"
    start = rec.get("start_date").isoformat() if rec.get("start_date") else ""
    end = rec.get("end_date").isoformat() if rec.get("end_date") else ""
    partners = "+".join(sorted(normalise(p) for p in (rec.get("partners") or [])))
    munis = "+".join(sorted(rec.get("municipality_codes") or []))
    if start or partners:
        return f"{who}|p|{start}|{end}|{munis}|{partners}"
    return f"{who}|d|{normalise(rec.get('title_derived'))}|{normalise(rec.get('description'))[:200]}"


def make_project_id(key: str, publisher_code: str | None) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    prefix = publisher_code or "x"
    return f"{prefix}-{digest}"


def _specificity(rec: dict, field: str) -> int:
    if field in ("start_date", "end_date"):
        return _PRECISION_RANK.get(rec.get(field.replace("_date", "_precision")), 0)
    v = rec.get(field)
    return len(str(v)) if v is not None else -1


def merge(records: list[dict]) -> dict:
    """One project from several records of it: lists are united, scalars keep the most specific value."""
    base = dict(records[0])
    conflicts: dict[str, list] = {}
    for other in records[1:]:
        for k, v in other.items():
            if k in _MERGE_LISTS:
                base[k] = list(dict.fromkeys((base.get(k) or []) + (v or [])))
            elif v is not None and base.get(k) is None:
                base[k] = v
            elif v is not None and base.get(k) != v and k not in ("evidence", "fetched_at", "source_url"):
                conflicts.setdefault(k, [base.get(k)]).append(v)
                if k in ("start_date", "end_date"):
                    if _specificity(other, k) > _specificity(base, k):
                        base[k] = v
                        base[k.replace("_date", "_precision")] = other.get(k.replace("_date", "_precision"))
                elif _specificity(other, k) > _specificity(base, k):
                    base[k] = v
    base["_conflicts"] = {k: [str(x) for x in v] for k, v in conflicts.items()}
    return base


def dedupe(records: list[dict]) -> tuple[list[dict], dict]:
    """Projects from records; returns (projects, stats)."""
    seen_hash: set[str] = set()
    exact = []
    for r in records:
        h = hashlib.sha256(repr(sorted((k, str(v)) for k, v in r.items()
                                       if k not in ("fetched_at", "source_url", "source_urls", "evidence"))).encode()
                           ).hexdigest()
        if h in seen_hash:
            continue
        seen_hash.add(h)
        exact.append(r)
    groups: dict[str, list[dict]] = {}
    for r in exact:
        groups.setdefault(identity_key(r), []).append(r)
    projects = []
    for key, recs in groups.items():
        p = merge(recs) if len(recs) > 1 else dict(recs[0], _conflicts={})
        p["project_id"] = make_project_id(key, p.get("publisher_code"))
        projects.append(p)
    projects.sort(key=lambda p: p["project_id"])
    stats = {"records": len(records), "exact_duplicates": len(records) - len(exact),
             "merged": len(exact) - len(projects), "projects": len(projects)}
    return projects, stats
