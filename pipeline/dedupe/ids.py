"""Stable ``project_id``: deterministic from what the project is, and carried over from the previous release.

1. Every project has a *base id*: ``<publisher_code or x>-<first 12 hex of sha256(identity key)>``, the identity
   key being publisher + normalised title, or for an untitled project publisher + period + places + partners
   (``keys.identity_key``). Re-running on the same pages gives the same ids, and a page that moves to a new URL
   keeps its id (the URL is not in the key).
2. With a previous release, each new project is linked to previous projects it matches, strongest first: the
   same base id; one of its records on a page of the previous project under the previous project's name; the
   matcher of ``match.py`` run between new and previous projects (blocking as in ``blocking.py``); last, names
   that differ by edits rather than typos ("Teknikstöd i skolan" / "Teknikstöd i skolorna", ``match.carry_score``:
   enough to keep an id, never to merge records). Each link must
   pass the period and place vetoes (another period or other places make it another project). A small edit to
   a title or description, a page moving, or a new page joining the project therefore keeps the previous id.
   Links are taken best first, one previous id per new project and one new project per previous id (ties: the
   smaller previous id).
3. If two previous projects both link to one new project (two pages that earlier looked like two projects now
   are one), the new project keeps the best one; the others are reported in ``stats["previous_ids_merged"]`` and
   ``id_merges`` (the publisher marks them ``removed_from_source``, as it does every id a release no longer has).
4. A new project without a link gets its base id, unless that id is already used in this run or was used by any
   previous project (an id is never reused for another project): then ``<identity key>|2``, ``|3`` … is hashed
   instead, in a fixed order (base id, start date, canonical URL), counted in ``stats["ids_disambiguated"]``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import polars as pl

from pipeline.dedupe.keys import canonical, identity_key
from pipeline.dedupe.text import normalise, normalise_expr, normalise_series

SCORE_SAME_BASE_ID = 200.0
SCORE_SAME_RECORD = 150.0
SCORE_SHARED_PAGE = 5.0


def make_project_id(key: str, publisher_code: str | None) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    prefix = publisher_code or "x"
    return f"{prefix}-{digest}"


_SIMPLE = r"^[\x20-\x7E\u00A0-\u00FF\u2010-\u2015\u2018-\u201D]*$"


def identity_keys(items: list[dict]) -> list[str]:
    """``identity_key`` for many records or projects; titled ones are normalised column-wise (same result)."""
    titles = pl.Series([r.get("title") for r in items], dtype=pl.String)
    # Column-wise normalisation agrees with normalise() for Latin-1 text; anything else goes through Python.
    simple = titles.str.contains(_SIMPLE).fill_null(False)
    norm = pl.select(normalise_expr(pl.lit(titles))).to_series().to_list()
    out = []
    for r, ok, n in zip(items, simple.to_list(), norm):
        if r.get("title") and ok:
            who = r.get("publisher_code")
            out.append(f"{who}|t|{n}" if who else identity_key(r))
        else:
            out.append(identity_key(r))
    return out


_KEY_FIELDS = ("title", "title_derived", "publisher", "publisher_code", "start_date", "end_date", "partners",
               "municipality_codes", "description")


def identity_keys_frame(frame: pl.DataFrame) -> list[str]:
    """``identity_keys`` of the rows of a frame with the record fields, column-wise where that gives the same
    result (text within ``_SIMPLE``); other rows through ``identity_key`` on dicts of just those rows."""
    title, code = pl.col("title").cast(pl.String), pl.col("publisher_code").cast(pl.String)
    partners = pl.col("partners").cast(pl.List(pl.String)).fill_null(pl.lit([], dtype=pl.List(pl.String)))
    texts = [pl.col(f).cast(pl.String) for f in ("title", "title_derived", "publisher", "description")]
    simple = (pl.all_horizontal([t.is_null() | t.str.contains(_SIMPLE) for t in texts])
              & partners.list.eval(pl.element().str.contains(_SIMPLE)).list.all().fill_null(True))
    who = pl.when(code.fill_null("") != "").then(code).otherwise(normalise_expr(pl.col("publisher").cast(pl.String)))
    start = pl.col("start_date").cast(pl.Date).dt.strftime("%Y-%m-%d").fill_null("")
    end = pl.col("end_date").cast(pl.Date).dt.strftime("%Y-%m-%d").fill_null("")
    joined_partners = partners.list.eval(normalise_expr(pl.element())).list.sort().list.join("+")
    munis = (pl.col("municipality_codes").cast(pl.List(pl.String)).fill_null(pl.lit([], dtype=pl.List(pl.String)))
             .list.sort().list.join("+"))
    titled = title.fill_null("") != ""
    untitled_key = (pl.when((start != "") | (joined_partners != ""))
                    .then(pl.concat_str([who, pl.lit("p"), start, end, munis, joined_partners], separator="|"))
                    .otherwise(pl.concat_str([who, pl.lit("d"), normalise_expr(pl.col("title_derived").cast(pl.String)),
                                              normalise_expr(pl.col("description").cast(pl.String)).str.slice(0, 200)],
                                             separator="|")))
    flags = frame.select(simple.alias("fast"), titled.alias("titled")).with_row_index("k")
    keys = pl.Series("key", [None] * frame.height, dtype=pl.String)
    # titled rows: who|t|title (normalise_series on the titles only)
    with_title = flags.filter(pl.col("fast") & pl.col("titled"))["k"]
    if with_title.len():
        sub = frame[with_title]
        keys = keys.scatter(with_title, sub.select(who.alias("w"))["w"] + "|t|" + normalise_series(sub["title"]))
    rest = flags.filter(pl.col("fast") & ~pl.col("titled"))["k"]
    if rest.len():
        keys = keys.scatter(rest, frame[rest].select(untitled_key).to_series())
    slow = flags.filter(~pl.col("fast"))["k"].to_list()
    if slow:
        rows = frame[slow].select(_KEY_FIELDS).to_dicts()
        keys = keys.scatter(slow, [identity_key(r) for r in rows])
    return keys.to_list()


def record_ids(items: list[dict]) -> list[str]:
    return [make_project_id(k, r.get("publisher_code")) for k, r in zip(identity_keys(items), items)]


@dataclass
class IdAssignment:
    ids: list[str]
    stats: dict = field(default_factory=dict)
    merges: list[dict] = field(default_factory=list)


def _page_keys(p: dict) -> set[tuple[str, str]]:
    name = normalise(p.get("title") or p.get("title_derived"))
    return {(canonical(u), name) for u in (p.get("source_urls") or [p.get("source_url")]) if u}


def _links(projects: list[dict], previous: list[dict], base: list[str],
           members: list[list[tuple[str, str]]] | None) -> list[tuple[float, int, int]]:
    """(score, previous index, new index) for every new project that matches a previous one: the same base id,
    one of its records on a page of the previous project under its name, or the matcher."""
    from pipeline.dedupe.blocking import candidate_pairs
    from pipeline.dedupe.features import feature_frame
    from pipeline.dedupe.match import carry_score, score_pairs

    n = len(projects)
    projects = list(projects)
    frame = feature_frame(projects + previous)
    pairs, _ = candidate_pairs(frame, split=n, prefilter=False)
    prev_index = {p["project_id"]: k for k, p in enumerate(previous)}
    same_base = {(k, n + prev_index[b]) for k, b in enumerate(base) if b in prev_index}
    by_page: dict[tuple[str, str], list[int]] = {}
    for k, p in enumerate(previous):
        for key in _page_keys(p):
            by_page.setdefault(key, []).append(n + k)
    same_record = set()
    for k, keys in enumerate(members or [sorted(_page_keys(p)) for p in projects]):
        for key in keys:
            for j in by_page.get(key, ()):
                same_record.add((k, j))
    extra_pairs = sorted(same_base | same_record)
    if extra_pairs:
        extra = pl.DataFrame({"i": [a for a, _ in extra_pairs], "j": [b for _, b in extra_pairs],
                              "overlap": [False] * len(extra_pairs)}, schema=pairs.schema)
        pairs = pl.concat([pairs, extra]).group_by("i", "j").agg(pl.col("overlap").any()).sort("i", "j")
    # every pair that passed the period and place vetoes, scored with edits allowed (carry_score)
    scored, _ = score_pairs(frame, pairs, keep_all=True, scorer=carry_score)
    urls_new = [{canonical(u) for u in (p.get("source_urls") or [p.get("source_url")]) if u} for p in projects]
    out = []
    for score, i, j in scored:
        if (i, j) in same_base and score >= 0:
            s = SCORE_SAME_BASE_ID
        elif (i, j) in same_record:  # the record itself says so, even when a reviewed decision joined other names
            s = SCORE_SAME_RECORD
        elif score > 0:
            s = score
        else:
            continue
        prev = previous[j - n]
        prev_urls = {canonical(u) for u in (prev.get("source_urls") or [prev.get("source_url")]) if u}
        if urls_new[i] & prev_urls:
            s += SCORE_SHARED_PAGE
        out.append((s, j - n, i))
    return out


def _order(p: dict) -> tuple:
    start = p.get("start_date")
    return (str(start) if start else "", canonical(p.get("source_url")))


def assign_ids(projects, previous: list[dict] | None = None,
               members: list[list[tuple[str, str]]] | None = None, *, keys: list[str] | None = None,
               codes: list[str | None] | None = None) -> IdAssignment:
    """Ids for ``projects`` (a sequence of dicts; only indexed where needed when ``keys`` and ``codes``, their
    identity keys and publisher codes, are given). ``members``: per project, its records as (canonical URL,
    normalised name)."""
    keys = identity_keys(projects) if keys is None else keys
    codes = [p.get("publisher_code") for p in projects] if codes is None else codes
    base = [make_project_id(k, c) for k, c in zip(keys, codes)]
    final: list[str | None] = [None] * len(base)
    prev = [p for p in previous or [] if p.get("project_id")]
    merges: list[dict] = []
    stats = {"ids_new": 0, "ids_kept": 0, "ids_carried": 0, "previous_ids_merged": 0, "ids_disambiguated": 0}
    if prev and len(base):
        links = _links(projects, prev, base, members)
        links.sort(key=lambda link: (-link[0], prev[link[1]]["project_id"], link[2]))
        taken: set[int] = set()
        for _, pi, ni in links:
            if final[ni] is None and pi not in taken:
                final[ni] = prev[pi]["project_id"]
                taken.add(pi)
        absorbed: dict[int, str] = {}
        for _, pi, ni in links:
            if pi not in taken and pi not in absorbed and final[ni] is not None:
                absorbed[pi] = final[ni]
        for pi, kept in sorted(absorbed.items(), key=lambda x: prev[x[0]]["project_id"]):
            merges.append({"project_id": kept, "merged": prev[pi]["project_id"]})
    reserved = {p["project_id"] for p in prev} | {x for x in final if x}
    pending = [k for k, x in enumerate(final) if x is None] if prev else range(len(base))
    count: dict[str, int] = {}
    for k in pending:
        count[base[k]] = count.get(base[k], 0) + 1
    # A project whose base id is its own (no other pending project has it, nobody has used it) simply takes it;
    # the others go through the tie-break order (base id, start date, canonical URL), and a used id is hashed
    # again with |2, |3 …
    hard = [k for k in pending if count[base[k]] > 1 or base[k] in reserved]
    if len(hard) < len(base):
        hard_set = set(hard)
        for k in pending:
            if k not in hard_set:
                final[k] = base[k]
        reserved.update(base[k] for k in pending if k not in hard_set)
        stats["ids_new"] += len(pending) - len(hard)
    tied = [k for k in hard if count[base[k]] > 1]
    take = getattr(projects, "take", None)
    tied_rows = take(tied) if take else [projects[k] for k in tied]
    order = {k: _order(r) for k, r in zip(tied, tied_rows)}
    hard.sort(key=lambda k: (base[k], order.get(k, ())))
    for k in hard:
        pid, m = base[k], 2
        while pid in reserved:
            pid = make_project_id(f"{keys[k]}|{m}", codes[k])
            m += 1
        if m > 2:
            stats["ids_disambiguated"] += 1
        reserved.add(pid)
        final[k] = pid
        stats["ids_new"] += 1
    prev_ids = {p["project_id"] for p in prev}
    for k, pid in enumerate(final if prev_ids else ()):
        if pid in prev_ids:
            stats["ids_kept" if pid == base[k] else "ids_carried"] += 1
    stats["previous_ids_merged"] = len(merges)
    return IdAssignment([str(x) for x in final], stats, merges)
