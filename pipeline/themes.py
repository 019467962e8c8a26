"""Themes (skolnärvaro, psykisk hälsa, …) from a reviewed keyword taxonomy, ``schemas/reference/themes.csv``.

A theme is our classification, not a value the page states: the dataset marks it as derived. The taxonomy is
data, so it is reviewed and extended without touching code.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

THEMES_CSV = Path(__file__).resolve().parents[1] / "schemas" / "reference" / "themes.csv"


@dataclass(frozen=True)
class Theme:
    id: str
    label_sv: str
    label_en: str
    keywords: tuple[str, ...]  # lower-cased

    def found_in(self, hay: str) -> bool:
        """A keyword matches at a word start; its end may run on (compounds: "skolfrånvaron",
        "drogförebyggande"). The plain definition; ``themes_of`` finds the same for all themes at once."""
        for kw in self.keywords:
            i = hay.find(kw)
            while i != -1:
                if i == 0 or not _is_word_char(hay[i - 1]):
                    return True
                i = hay.find(kw, i + 1)
        return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@functools.cache
def taxonomy() -> tuple[Theme, ...]:
    with open(THEMES_CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for line, r in enumerate(rows, start=2):
        # A comma in an unquoted keyword ("2,5-åring") would split the row: keywords lost, a stray one ("2") made.
        if None in r or None in r.values():
            raise ValueError(f"{THEMES_CSV.name} line {line}: not the 4 fields of the header "
                             "(quote a field that holds a comma)")
    return tuple(Theme(r["theme"], r["label_sv"], r["label_en"],
                       tuple(w.strip().lower() for w in r["keywords"].split("|") if w.strip()))
                 for r in rows)


@functools.cache
def _matcher() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, frozenset[int]]]:
    """Every keyword of the taxonomy in one regex (a prefix trie), bare (matched at the text's start) and behind a
    non-word character (``\\W``, searched for: a word start further on), and for each keyword the indices of the
    themes of every keyword it starts with (itself included)."""
    from pipeline.swedish.orgs import trie_regex  # here: a reader of the taxonomy alone need not load orgs' tables

    themes_of_keyword: dict[str, set[int]] = {}
    for i, theme in enumerate(taxonomy()):
        for kw in theme.keywords:
            themes_of_keyword.setdefault(kw, set()).add(i)
    keywords = sorted(themes_of_keyword, key=lambda k: (-len(k), k))
    themes_at = {kw: frozenset(i for k, ids in themes_of_keyword.items() if kw.startswith(k) for i in ids)
                 for kw in keywords}
    trie = trie_regex([[re.escape(c) for c in kw] for kw in keywords])
    return re.compile(trie), re.compile(r"\W(" + trie + ")"), themes_at


def themes_of(*texts: str | None) -> list[str]:
    """Theme ids whose keywords occur in the texts, in taxonomy order.

    The same as ``[t.id for t in taxonomy() if t.found_in(hay)]``, in one regex scan instead of a ``str.find``
    per keyword: the trie matches the longest keyword at a word start (the text's start, or a position after a
    non-word character: ``\\W`` is the test of ``found_in``, as ``\\w`` is exactly ``str.isalnum()`` or ``_``); every
    other keyword that begins there is a prefix of that one, so its themes are those ``_matcher`` lists for it.
    The next search starts at the keyword's first character, so the word starts inside its match ("kultur" in
    "språk- och kultur") are still seen. Searching for ``\\W`` before the trie, rather than a lookbehind, lets the
    regex engine skip in C to the characters that end a word instead of trying the trie at every position."""
    return themes_in("\n".join(t for t in texts if t).lower())


def themes_in(hay: str) -> list[str]:
    """``themes_of``'s answer for ``hay``, the texts joined and lower-cased already."""
    first, after, themes_at = _matcher()
    found: set[int] = set()
    m = first.match(hay)
    if m is not None:
        found |= themes_at[m.group()]
    m = after.search(hay)
    while m is not None:
        found |= themes_at[m.group(1)]
        m = after.search(hay, m.start(1))
    return [t.id for i, t in enumerate(taxonomy()) if i in found]
