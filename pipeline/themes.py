"""Themes (skolnärvaro, psykisk hälsa, …) from a reviewed keyword taxonomy, ``schemas/reference/themes.csv``.

A theme is our classification, not a value the page states: the dataset marks it as derived. The taxonomy is
data, so it is reviewed and extended without touching code.
"""

from __future__ import annotations

import csv
import functools
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
        "drogförebyggande"). Plain substring search: a regex scan at every position costs far more."""
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
    return tuple(Theme(r["theme"], r["label_sv"], r["label_en"],
                       tuple(w.strip().lower() for w in r["keywords"].split("|") if w.strip()))
                 for r in rows)


def themes_of(*texts: str | None) -> list[str]:
    """Theme ids whose keywords occur in the texts, in taxonomy order."""
    hay = "\n".join(t for t in texts if t).lower()
    return [t.id for t in taxonomy() if t.found_in(hay)]
