"""Whether two records describe the same project: vetoes first, then names, then texts.

Vetoes (a pair that fails one never matches, and no project may hold two records that fail one):
- places: both name municipalities (``municipality_codes``) and none is shared. Two municipalities'
  "Familjecentral" are two projects.
- periods: clearly different periods. Both fully known and not overlapping (62 days of slack for
  month/season rounding); else both starts (or both ends) known and more than two years apart; else a known start
  after the other's known end. 2014–2016 and 2022–2024 are two projects; "2016" and "mars 2016–2018" are one.
- names: both titled, and each title has a significant word the other lacks, not even with a typo
  ("Läxhjälp i Norrby" / "Läxhjälp i Sörby", "SIM Spår 1" / "SIM Spår 2"). Within a project (the complete-linkage
  check of ``cluster.py``) two typos in a word are tolerated (``near_equal``): two pages can misspell a word
  differently.

Matches (scored 0–100; the higher merges first):
- both titled: the significant words (function words, "projekt", "kommun" and place names removed) are the same
  up to order and typos (each differing word is one local edit from one on the other side: Indel distance ≤ 2,
  first or last two letters kept, at least 4 letters, no digits; at most one typo per two words); or one title
  is the other plus words and the shorter has at least two significant words ("Multikompetent team" /
  "Multikompetent team i förskolan"). A one-word name that another extends ("Familjecentral" / "Familjecentral
  Norr") is too generic to merge on.
- at least one untitled (its display name is derived from its text, so names say little): purpose (else
  description) texts with rapidfuzz ``token_set_ratio`` ≥ 90 when the shorter has 6+ words, else
  ``token_sort_ratio`` ≥ 90, and the texts' significant words (place names kept) relate as matching names do
  (same up to order and typos, or one is the other plus words); and when one record is titled and the text is
  short (under 12 significant words), a word of its title appears in the other's text or display name (one
  short boilerplate "Syfte" under two names is no evidence).

Why these numbers: one typo in a word of n letters costs 1–2 Indel operations, a different word ("Norrby" /
"Sörby", "mellanstadiet" / "lågstadiet") costs 3 or more, so distance 2 is where typos end. Token-level
alignment rather than one ratio over the whole name, because a whole-name ratio cannot tell "a typo" from "another
district" (both cost a few characters) and ``token_sort_ratio`` reorders words after a typo. Texts are copied
between pages nearly verbatim (a region's list quotes the municipality's "Syfte"), so 90 is met by real copies;
formulaic texts that differ in one telling word are caught by the substituted-word veto. The synthetic benchmark
(``synthetic.py``) measures precision and recall of these rules on planted pairs.
"""

from __future__ import annotations

import functools

import polars as pl
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from pipeline.dedupe.rows import values
from pipeline.dedupe.text import text_tokens

PERIOD_SLACK_DAYS = 62
PERIOD_FAR_DAYS = 730
TYPO_MAX_INDEL = 2
TYPO_MIN_LEN = 4
EXTENSION_MIN_TOKENS = 2
TEXT_MIN_RATIO = 90
TEXT_SET_MIN_TOKENS = 6
TEXT_MIN_CHARS = 25
SPECIFIC_TEXT_TOKENS = 12

SCORE_SAME = 100.0
SCORE_EXTENSION = 90.0


# ---- vetoes ---------------------------------------------------------------------------------------------------

def periods_compatible(s1, e1, s2, e2) -> bool:
    """Start/end as day numbers (or dates), None when unknown. The Python twin of ``period_veto_expr``."""
    if None not in (s1, e1, s2, e2):
        return not (s1 > e2 + _d(PERIOD_SLACK_DAYS, s1) or s2 > e1 + _d(PERIOD_SLACK_DAYS, s2))
    if s1 is not None and s2 is not None and abs(_days(s1 - s2)) > PERIOD_FAR_DAYS:
        return False
    if e1 is not None and e2 is not None and abs(_days(e1 - e2)) > PERIOD_FAR_DAYS:
        return False
    if s1 is not None and e2 is not None and s1 > e2 + _d(PERIOD_SLACK_DAYS, s1):
        return False
    if s2 is not None and e1 is not None and s2 > e1 + _d(PERIOD_SLACK_DAYS, s2):
        return False
    return True


def _d(days: int, like):
    import datetime as dt

    return dt.timedelta(days=days) if isinstance(like, dt.date) else days


def _days(delta) -> int:
    return delta.days if hasattr(delta, "days") else delta


def period_veto_expr(s1: pl.Expr, e1: pl.Expr, s2: pl.Expr, e2: pl.Expr) -> pl.Expr:
    """True where two periods (Int32 day numbers, null = unknown) are clearly different."""
    full = s1.is_not_null() & e1.is_not_null() & s2.is_not_null() & e2.is_not_null()
    slack, far = PERIOD_SLACK_DAYS, PERIOD_FAR_DAYS
    apart_full = (s1 > e2 + slack) | (s2 > e1 + slack)
    apart_part = (((s1 - s2).abs() > far).fill_null(False) | ((e1 - e2).abs() > far).fill_null(False)
                  | (s1 > e2 + slack).fill_null(False) | (s2 > e1 + slack).fill_null(False))
    return pl.when(full).then(apart_full).otherwise(apart_part)


def places_compatible(codes1, codes2) -> bool:
    return not codes1 or not codes2 or not set(codes1).isdisjoint(codes2)


# ---- names and texts ------------------------------------------------------------------------------------------

def typo_equal(a: str, b: str) -> bool:
    """The same word up to one local typo: Indel distance ≤ 2 (a swap, a dropped, doubled or replaced letter),
    at least 4 letters, no digits, and the first two or the last two letters intact (true of any single local
    edit; ``features.edge_mask`` and ``pair_filter`` rely on it)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if la < TYPO_MIN_LEN or lb < TYPO_MIN_LEN or abs(la - lb) > TYPO_MAX_INDEL or not (a.isalpha() and b.isalpha()):
        return False
    if a[:2] != b[:2] and a[-2:] != b[-2:]:
        return False
    return Indel.distance(a, b, score_cutoff=TYPO_MAX_INDEL) <= TYPO_MAX_INDEL


def max_typos(n_tokens: int) -> int:
    return max(1, n_tokens // 2)


def near_equal(a: str, b: str) -> bool:
    """Two typos apart at most (Indel ≤ 4, same first letter, 6+ letters): two pages' misspellings of one word
    ("boendetsöd", "boenndestöd") may meet in one project, each being a typo of the right spelling; words that
    differ from the start ("Norrby", "Sörby") stay apart."""
    if typo_equal(a, b):
        return True
    return (len(a) >= 6 and len(b) >= 6 and a[0] == b[0] and abs(len(a) - len(b)) <= 4 and a.isalpha()
            and b.isalpha() and Indel.distance(a, b, score_cutoff=4) <= 4)


EDIT_MIN_RATIO = 70
SCORE_EDITED = 50.0


def edit_equal(a: str, b: str) -> bool:
    """Looser than a typo, for carrying ids across releases: the same word edited or inflected ("skolan" /
    "skolorna"), i.e. a typo, or the same first three letters and rapidfuzz ``ratio`` ≥ 70 ("läxhjälp" /
    "läxläsning" is 67)."""
    return typo_equal(a, b) or (a[:3] == b[:3] and not (a + b).isdigit()
                                and fuzz.ratio(a, b, score_cutoff=EDIT_MIN_RATIO) >= EDIT_MIN_RATIO)


def name_relation(a: list[str], b: list[str], equal=None) -> tuple[str, float]:
    """``same`` / ``extension`` (a match, with its score), ``partial`` (neither), ``conflict`` (a veto).
    ``equal`` decides when two differing words are one (default ``typo_equal``)."""
    equal = equal or typo_equal
    if a == b:
        return "same", SCORE_SAME
    sa, sb = set(a), set(b)
    da, db = sa - sb, sb - sa
    if not da and not db:
        return "same", SCORE_SAME - 1
    aligned_a, aligned_b = set(), set()
    for t in da:
        for u in db:
            if equal(t, u):
                aligned_a.add(t)
                aligned_b.add(u)
    ua, ub = da - aligned_a, db - aligned_b
    if ua and ub:
        return "conflict", 0.0
    if not ua and not ub:
        typos = len(da)
        if typos <= max_typos(min(len(sa), len(sb))):
            return "same", SCORE_SAME - 2 - typos
        return "partial", 0.0
    shorter, typos = (sb, len(db)) if ua else (sa, len(da))
    if len(shorter) >= EXTENSION_MIN_TOKENS and typos <= max_typos(len(shorter)):
        return "extension", SCORE_EXTENSION - typos
    return "partial", 0.0


def text_similarity(a: str, b: str) -> float:
    if len(a) < TEXT_MIN_CHARS or len(b) < TEXT_MIN_CHARS:
        return 0.0
    if a == b:
        return 100.0
    if min(a.count(" "), b.count(" ")) + 1 >= TEXT_SET_MIN_TOKENS:
        return fuzz.token_set_ratio(a, b, score_cutoff=TEXT_MIN_RATIO)
    return fuzz.token_sort_ratio(a, b, score_cutoff=TEXT_MIN_RATIO)


def text_score(a: str, b: str) -> float:
    """``text_similarity``, when the texts' significant words relate as names must (the same up to order and a
    few typos, or one text the other plus words): "… genom simskola i Norrdal" and "… genom simskola i
    Bergbacka" are formulaic texts of two projects."""
    t = text_similarity(a, b)
    if t < TEXT_MIN_RATIO:
        return 0.0
    if name_relation(text_tokens(a), text_tokens(b))[0] not in ("same", "extension"):
        return 0.0
    return t


def pair_score(tok1: list[str], titled1: bool, text1: str, tok2: list[str], titled2: bool, text2: str) -> float:
    """The match score of two records that passed the place and period vetoes; 0 = no match, -1 = name veto."""
    if titled1 and titled2:
        rel, score = name_relation(tok1, tok2)
        return -1.0 if rel == "conflict" else score
    if titled1 != titled2:
        # the titled record's name must show in the other's words: the same boilerplate "Syfte" under two
        # project names is not evidence
        name, other_text, other_name = (tok1, text2, tok2) if titled1 else (tok2, text1, tok1)
        words = text_tokens(other_text)
        if len(words) < SPECIFIC_TEXT_TOKENS and set(name).isdisjoint(words) and set(name).isdisjoint(other_name):
            return 0.0
    t = text_score(text1, text2)
    return t - 5 if t else 0.0


# ---- many pairs at once ---------------------------------------------------------------------------------------

SCALARS = ("titled", "ntok", "nmask", "emask", "xtok", "xmask", "xemask", "text_len", "start", "end")


def _unshared_bits(a, b, mask: str, count: str) -> pl.Expr:
    """Bits of the record with fewer tokens that the other lacks. Each such bit comes from a token the other
    lacks, so this never exceeds the number of unshared tokens (hash collisions only lower it)."""
    small_first = a(count) <= b(count)
    small = pl.when(small_first).then(a(mask)).otherwise(b(mask))
    other = pl.when(small_first).then(b(mask)).otherwise(a(mask))
    return (small & ~other).bitwise_count_ones().cast(pl.Int32)


def pair_filter(a, b, prefilter: bool = True) -> pl.Expr:
    """True for pairs worth scoring, column-wise: ``a(col)`` / ``b(col)`` give the two records' feature columns.

    The period veto, and (``prefilter``) a test that drops pairs which cannot reach a match: of the record with
    fewer words, two titled records, or two texts, may have at most ``max_typos(n)`` words the other lacks.
    Words are counted through 64-bit token masks in a way that can only undercount unshared words
    (``_unshared_bits``), so the pre-filter never drops a match.
    """
    keep = ~period_veto_expr(a("start"), a("end"), b("start"), b("end")).fill_null(False)
    if not prefilter:
        return keep

    def words_ok(mask: str, edges: str, count: str) -> pl.Expr:
        allowed = pl.max_horizontal(pl.lit(1), pl.min_horizontal(a(count), b(count)) // 2)
        # a word the other lacks exactly costs one token bit; unless a typo of one of the other's words, also
        # its two edge bits (a typo keeps one edge: see typo_equal)
        return (_unshared_bits(a, b, mask, count) <= allowed) & (_unshared_bits(a, b, edges, count) <= allowed)

    text_ok = (a("text_len") >= TEXT_MIN_CHARS) & (b("text_len") >= TEXT_MIN_CHARS) & words_ok("xmask", "xemask", "xtok")
    return keep & pl.when(a("titled") & b("titled")).then(words_ok("nmask", "emask", "ntok")).otherwise(text_ok)


def carry_score(tok1: list[str], titled1: bool, text1: str, tok2: list[str], titled2: bool, text2: str) -> float:
    """``pair_score``, and for two titled records whose names differ by edits rather than typos (each differing
    word ``edit_equal`` to one on the other side) a low positive score: enough to carry an id to the next release
    when nothing better links it, never enough to merge records."""
    s = pair_score(tok1, titled1, text1, tok2, titled2, text2)
    if s <= 0 and titled1 and titled2 and name_relation(tok1, tok2, edit_equal)[0] in ("same", "extension"):
        return SCORE_EDITED
    return s


def score_pairs(frame: pl.DataFrame, pairs: pl.DataFrame, keep_all: bool = False, filtered: bool = False,
                scorer=None) -> tuple[list[tuple[float, int, int]], dict]:
    """Scores for candidate pairs (columns i, j, overlap); returns the matching ones, best first (with
    ``keep_all``, every pair that passed the period and place vetoes, scored 0 or -1 when it does not match).

    Unless ``filtered`` (``blocking.candidate_pairs`` already applied ``pair_filter``), the vetoes and the
    pre-filter run here column-wise first. Python (rapidfuzz) then scores what is left.
    """
    stats = {}
    if not filtered:
        cols = ["rid", *SCALARS, "ncodes"]
        left = frame.select(cols).rename({c: c + "_i" for c in cols})
        right = frame.select(cols).rename({c: c + "_j" for c in cols})
        joined = pairs.join(left, left_on="i", right_on="rid_i").join(right, left_on="j", right_on="rid_j")
        joined = joined.filter(pair_filter(lambda c: pl.col(c + "_i"), lambda c: pl.col(c + "_j"),
                                           prefilter=not keep_all))
        # Places: only pairs not known to share a code, where both name some, need their code lists.
        unsure = joined.filter(~pl.col("overlap") & (pl.col("ncodes_i") > 0) & (pl.col("ncodes_j") > 0))
        if unsure.height:
            codes = frame.select("rid", "codes")
            disjoint = (unsure.select("i", "j").join(codes, left_on="i", right_on="rid")
                        .join(codes, left_on="j", right_on="rid", suffix="_j")
                        .filter(pl.col("codes").list.set_intersection(pl.col("codes_j")).list.len() == 0)
                        .select("i", "j"))
            joined = joined.join(disjoint, on=["i", "j"], how="anti")
        pairs = joined.select("i", "j")
    stats["scored_pairs"] = pairs.height
    live = pairs.select("i", "j").sort("i", "j")
    if not keep_all and scorer is None:
        live = _likely_pairs(frame, live)
    live = _pair_columns(frame, live, ("tokens", "titled", "text"))
    pair_score_ = scorer or pair_score
    scores = map(pair_score_, *(values(live[c]) for c in ("tokens", "titled", "text", "tokens_j", "titled_j", "text_j")))
    matches = [(s, i, j) for s, i, j in zip(scores, live["i"].to_list(), live["j"].to_list()) if s > 0 or keep_all]
    stats["matched_pairs"] = sum(1 for m in matches if m[0] > 0)
    matches.sort(key=lambda m: (-m[0], m[1], m[2]))
    return matches, stats


def _pair_columns(frame: pl.DataFrame, pairs: pl.DataFrame, columns: tuple[str, ...]) -> pl.DataFrame:
    """``pairs`` (i, j) with both records' ``columns`` (``c`` for i, ``c_j`` for j), in the pairs' order. A
    feature frame's rid is its row position, so a gather does what a join would, at a fraction of the cost."""
    positional = frame.select((pl.col("rid") == pl.int_range(pl.len(), dtype=pl.Int64)).all()).item()
    if not positional:
        detail = frame.select("rid", *columns)
        return (pairs.join(detail, left_on="i", right_on="rid", maintain_order="left")
                .join(detail, left_on="j", right_on="rid", suffix="_j", maintain_order="left"))
    return pairs.with_columns(
        *(frame[c].gather(pairs["i"]) for c in columns), *(frame[c].gather(pairs["j"]).alias(c + "_j") for c in columns))


def _likely_pairs(frame: pl.DataFrame, pairs: pl.DataFrame) -> pl.DataFrame:
    """The pairs (i, j) left after ``_drop_unlike_texts`` and ``_drop_name_conflicts``, in their order. Each
    drop fetches only the columns it reads, for only the pairs it judges: texts (long strings) for pairs with an
    untitled record, tokens for pairs of titled ones."""
    flagged = _pair_columns(frame, pairs, ("titled",)).with_row_index("_p")
    both = pl.col("titled") & pl.col("titled_j")
    texts = _drop_unlike_texts(_pair_columns(frame, flagged.filter(~both), ("text",)))
    names = _drop_name_conflicts(_pair_columns(frame, flagged.filter(both), ("tokens",)))
    kept = pl.concat([texts["_p"], names["_p"]]).sort()
    return pairs if kept.len() == pairs.height else pairs[kept]


def _drop_unlike_texts(live: pl.DataFrame) -> pl.DataFrame:
    """Pairs with an untitled record whose texts are not similar (``text_similarity`` < ``TEXT_MIN_RATIO``) score
    0 in ``pair_score``; drop them before the per-pair Python. ``text_similarity``'s cases (too short, equal,
    enough words for ``token_set_ratio``) are decided column-wise; rapidfuzz runs only on the rest."""
    x, y = pl.col("text"), pl.col("text_j")
    words = pl.min_horizontal(x.str.count_matches(" ", literal=True), y.str.count_matches(" ", literal=True)) + 1
    texts = (live.with_row_index("_k").filter(~(pl.col("titled") & pl.col("titled_j")))
             .filter((x.str.len_chars() >= TEXT_MIN_CHARS) & (y.str.len_chars() >= TEXT_MIN_CHARS))
             .select("_k", "text", "text_j", (x == y).alias("equal"), (words >= TEXT_SET_MIN_TOKENS).alias("set")))
    similar = [texts.filter(pl.col("equal"))["_k"]]
    for use_set, ratio in ((True, fuzz.token_set_ratio), (False, fuzz.token_sort_ratio)):
        part = texts.filter(~pl.col("equal") & (pl.col("set") == use_set))
        scores = map(functools.partial(ratio, score_cutoff=TEXT_MIN_RATIO), part["text"].to_list(),
                     part["text_j"].to_list())
        similar.append(part["_k"].filter(pl.Series([t >= TEXT_MIN_RATIO for t in scores], dtype=pl.Boolean)))
    keep = pl.concat(similar).sort()
    titled = live.with_row_index("_k").filter(pl.col("titled") & pl.col("titled_j"))["_k"]
    kept = pl.concat([titled, keep]).sort()
    return live if kept.len() == live.height else live[kept]


def _drop_name_conflicts(live: pl.DataFrame) -> pl.DataFrame:
    """Drop pairs of titled records whose names conflict (``name_relation``: each has a word the other lacks,
    not even as a typo; ``pair_score`` -1, never a match), column-wise: words one side lacks are paired with
    those the other lacks, ``typo_equal``'s cheap conditions (4+ letters, no digits, lengths within 2, first or
    last two letters shared) run as expressions, and only word pairs passing them get rapidfuzz's Indel.
    Set operations run on one integer per (pair, word): hashing a million pairs' words as strings in every
    join costs several times more."""
    titled = live.with_row_index("_k").filter(pl.col("titled") & pl.col("titled_j")).select("_k", "tokens", "tokens_j")
    if not titled.height:
        return live
    a = titled.select("_k", pl.col("tokens").alias("t")).explode("t").drop_nulls("t")
    b = titled.select("_k", pl.col("tokens_j").alias("t")).explode("t").drop_nulls("t")
    ids = pl.concat([a["t"], b["t"]]).cast(pl.Categorical).to_physical().cast(pl.UInt64)
    key = pl.col("_k").cast(pl.UInt64) * (1 << 32) + pl.col("id")
    a = a.with_columns(ids.head(a.height).alias("id")).with_columns(key.alias("key"))
    b = b.with_columns(ids.tail(b.height).alias("id")).with_columns(key.alias("key"))
    da = a.filter(~pl.col("key").is_in(b["key"].implode()))  # words of i that j lacks
    db = b.filter(~pl.col("key").is_in(a["key"].implode())).rename({"t": "u", "key": "key_u"})
    cross = da.select("_k", "t", "key").join(db.select("_k", "u", "key_u"), on="_k")
    lt, lu = pl.col("t").str.len_chars().cast(pl.Int32), pl.col("u").str.len_chars().cast(pl.Int32)
    maybe = cross.filter((lt >= TYPO_MIN_LEN) & (lu >= TYPO_MIN_LEN) & ((lt - lu).abs() <= TYPO_MAX_INDEL)
                         & pl.col("t").str.contains(r"^[a-z]+$") & pl.col("u").str.contains(r"^[a-z]+$")
                         & ((pl.col("t").str.slice(0, 2) == pl.col("u").str.slice(0, 2))
                            | (pl.col("t").str.slice(-2) == pl.col("u").str.slice(-2))))
    dist = functools.partial(Indel.distance, score_cutoff=TYPO_MAX_INDEL)
    typo = [d <= TYPO_MAX_INDEL for d in map(dist, maybe["t"].to_list(), maybe["u"].to_list())]
    aligned = maybe.filter(pl.Series(typo, dtype=pl.Boolean))
    # a word lacking on one side and aligned with none on the other: both sides have one → conflict
    ua = da.filter(~pl.col("key").is_in(aligned["key"].implode()))["_k"].unique()
    ub = db.filter(~pl.col("key_u").is_in(aligned["key_u"].implode()))["_k"].unique()
    conflicts = ua.filter(ua.is_in(ub.implode()))
    if not conflicts.len():
        return live
    return live.filter(~pl.int_range(pl.len(), dtype=pl.UInt32).is_in(conflicts.implode()))


class Compatibility:
    """``incompatible(x, y)`` for any two rows of a feature frame: the vetoes above, for checks within clusters."""

    COLUMNS = ("codes", "start", "end", "titled", "tokens")

    def __init__(self, frame: pl.DataFrame):
        self.frame = frame.select(*self.COLUMNS)
        self._rows: dict[int, tuple] = {}

    def prefetch(self, rids) -> None:
        """Fetch the rows of these records in one go (those of matched pairs: the only ones checks can touch)."""
        rids = sorted(set(rids) - self._rows.keys())
        if rids:
            self._rows.update(zip(rids, self.frame[rids].iter_rows()))

    def _row(self, i: int) -> tuple:
        row = self._rows.get(i)
        if row is None:
            row = self._rows[i] = self.frame.row(i)
        return row

    def __call__(self, x: int, y: int) -> bool:
        c1, s1, e1, t1, k1 = self._row(x)
        c2, s2, e2, t2, k2 = self._row(y)
        if not places_compatible(c1, c2) or not periods_compatible(s1, e1, s2, e2):
            return True
        return bool(t1 and t2 and name_relation(k1, k2, near_equal)[0] == "conflict")
