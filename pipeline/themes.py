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
    pattern: re.Pattern


@functools.cache
def taxonomy() -> tuple[Theme, ...]:
    with open(THEMES_CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows:
        words = [w.strip() for w in r["keywords"].split("|") if w.strip()]
        # A keyword matches at a word start; its end may run on (compounds: "skolfrånvaron", "drogförebyggande").
        rx = re.compile(r"(?<![\wåäöÅÄÖ])(?:" + "|".join(re.escape(w) for w in words) + ")", re.I)
        out.append(Theme(r["theme"], r["label_sv"], r["label_en"], rx))
    return tuple(out)


def themes_of(*texts: str | None) -> list[str]:
    """Theme ids whose keywords occur in the texts, in taxonomy order."""
    hay = "\n".join(t for t in texts if t)
    return [t.id for t in taxonomy() if t.pattern.search(hay)]
