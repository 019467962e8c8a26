"""Text normalisation for matching: case and accents folded, punctuation dropped, generic words removed.

The same normalisation exists twice: ``normalise`` for one string in Python, and ``normalise_expr`` for a whole
polars column (used on every record, so it runs vectorised). Both lower-case, decompose (NFKD), drop combining
marks and turn every run of other characters into one space, so ``"Läxhjälp för Nyanlända!"`` becomes
``"laxhjalp for nyanlanda"`` either way.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import polars as pl

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _fold(t: str) -> str:
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c))


# The same folding as a translation table for Latin-1 (all Swedish text): much faster than per character.
_LATIN1 = {c: _fold(chr(c)) for c in range(256)}


def normalise(text: str | None) -> str:
    if not text:
        return ""
    t = text.lower()
    try:
        t.encode("latin-1")
    except UnicodeEncodeError:
        t = _fold(t)
    else:
        t = t.translate(_LATIN1)
    return _NON_ALNUM.sub(" ", t).strip()


def normalise_expr(col: pl.Expr) -> pl.Expr:
    return (col.fill_null("").str.to_lowercase().str.normalize("NFKD").str.replace_all(r"\p{M}+", "")
            .str.replace_all(r"[^a-z0-9]+", " ").str.strip_chars())


# normalise_series: Latin-1 folded with one multi-pattern replace; only strings with other characters (beyond
# common punctuation, whose decomposition holds no letter or digit) pay for NFKD.
_FOLD_FROM = [chr(c) for c in range(0x80, 0x100) if _fold(chr(c)) != chr(c)]
_FOLD_TO = [_fold(c) for c in _FOLD_FROM]
_EXOTIC = r"[^\x00-\xff\u2010-\u2015\u2018-\u201f\u2026]"


def normalise_series(s: pl.Series) -> pl.Series:
    """``normalise_expr`` on a column, the same values, faster on Latin-1 text."""
    low = s.cast(pl.String).fill_null("").str.to_lowercase()
    out = (low.str.replace_many(_FOLD_FROM, _FOLD_TO).str.replace_all(r"[^a-z0-9]+", " ").str.strip_chars())
    exotic = low.str.contains(_EXOTIC).arg_true()
    if exotic.len():
        slow = pl.select(normalise_expr(pl.lit(low.gather(exotic)))).to_series()
        out = out.scatter(exotic, slow)
    return out.rename(s.name)


# Words that say nothing about which project a name means (after normalisation: no accents).
FUNCTION_WORDS = frozenset("""
och i for pa av med till en ett att det den de som om vid fran inom under mot samt eller hos ur kring efter
""".split())
GENERIC_WORDS = frozenset("""
kommun kommuns kommunen kommunens stad staden stads region regionen regionens lan projekt projektet projektets
satsning satsningen social sociala socialt investering investeringar investeringen investeringsmedel
""".split())


@functools.cache
def place_words() -> frozenset[str]:
    """Tokens of municipality and region names (and genitives): a title saying "… i Kungälv" on the region's list
    and "…" on Kungälv's own page name the same project; the codes, not the words, tell places apart."""
    from pipeline.swedish.reference import municipalities, regions

    words: set[str] = set()
    for org in (*municipalities(), *regions()):
        for tok in normalise(org.name).split():
            if len(tok) >= 3:
                words.update((tok, tok + "s"))
    return frozenset(words - {"region", "regions"})


@functools.cache
def stopwords() -> frozenset[str]:
    return FUNCTION_WORDS | GENERIC_WORDS | place_words()


def significant_tokens(normalised: str) -> list[str]:
    toks = [t for t in normalised.split() if t not in stopwords()]
    return toks or normalised.split()


def significant_name(text: str | None) -> str:
    """The words of a name that identify the project, in order (``"Läxhjälp för nyanlända i Kungälv"`` →
    ``"laxhjalp nyanlanda"``); the whole normalised name when every word is generic."""
    return " ".join(significant_tokens(normalise(text)))


# Openings of a purpose/description that every project shares ("Att …", "Syftet med projektet är att …").
_LEADING = r"^(?:(?:syftet|malet)(?: med (?:projektet|satsningen|insatsen))? (?:ar|blir) (?:att )?|genom att |att )"


def text_tokens(normalised: str) -> list[str]:
    """Significant words of a text: like names, but place names stay (in a text they say where, "… i Ektorp" /
    "… i Järfälla", rather than repeat the publisher)."""
    return [t for t in normalised.split() if t not in FUNCTION_WORDS and t not in GENERIC_WORDS]


def significant_tokens_expr(normalised: pl.Expr, keep_places: bool = False) -> pl.Expr:
    """The polars counterpart of ``significant_tokens`` (or, with keep_places, ``text_tokens``) on a normalised
    column (a list of tokens)."""
    stop = sorted(FUNCTION_WORDS | GENERIC_WORDS if keep_places else stopwords())
    toks = normalised.str.split(" ").list.eval(pl.element().filter(pl.element() != ""))
    kept = toks.list.eval(pl.element().filter(~pl.element().is_in(stop)))
    if keep_places:
        return kept
    return pl.when(kept.list.len() > 0).then(kept).otherwise(toks)


def text_expr(normalised: pl.Expr) -> pl.Expr:
    """A purpose or description as compared across pages: normalised, common opening removed, first 300 chars."""
    return normalised.str.replace(_LEADING, "").str.slice(0, 300)
