"""build_record folds a record's texts once and hands the folded text to the parsers, and skips collapsing white
space where there is none to collapse: the shortcuts give what the plain calls give."""

from __future__ import annotations

import random
import sys

from pipeline.extract.fields import _collapse
from pipeline.swedish._scan import fold
from pipeline.swedish.dates import parse_period
from pipeline.swedish.money import parse_amounts
from pipeline.swedish.staffing import parse_staffing
from pipeline.swedish.targets import parse_target

# Letters whose lower case depends on their neighbours (final sigma) or that fold() maps first, case-ignorable
# marks that the final-sigma rule looks through, and plain letters, blanks and line breaks.
_ALPHABET = ["Σ", "σ", "ς", "İ", "ı", "ſ", "\u0301", "\u0345", "'", ".", ":", "A", "a", "Å", "ö", "K", "\u212a", " ",
             "\n", "\t", "\u00a0", "1", "-", "ǅ", "ẞ"]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_fold_of_texts_joined_by_a_line_break_is_their_folds_joined():
    """build_record folds the title and the body apart and joins them with "\\n" for parse_target: lower() maps
    each character on its own but for a final sigma, whose context never reaches across a line break."""
    texts = _random_texts(4000)
    for a, b in zip(texts, texts[1:]):
        assert fold(a + "\n" + b) == fold(a) + "\n" + fold(b), (a, b)


def test_parsers_given_the_folded_text_give_what_they_give_without_it():
    from tests.saved_texts import saved_block_texts

    texts = saved_block_texts() + _random_texts(300) + [
        "barn 0–6 år och elever i årskurs 4–6", "Två heltidstjänster, en koordinator på 50 %", "ΣΣ 3 mnkr Σ",
        "Projektet får 1,2 miljoner kronor från Region Skåne per år", "İ 5 åRİNGAR, ſex tjänster", "",
        "2021–2023", "Projektet pågår ht 2021–vt 2023 i tre år", "ſeptember 2021 – İ maj 2024", "2023-01-01 – 2022-12-31"]
    long = ("Målgrupp: barn 3–5 år. " * 5000)[:100_005] + "Σa 6 år 2 heltider 3 mnkr"
    for text in texts + [long]:
        low = fold(text)
        assert parse_target(text, low) == parse_target(text), text
        assert parse_staffing(text, low) == parse_staffing(text), text
        assert parse_amounts(text, folded=low) == parse_amounts(text), text
        assert parse_period(text, low) == parse_period(text), text


def test_collapse_is_split_and_join():
    """_collapse skips the split and join for a printable text without a double, leading or trailing blank."""
    chars = "".join(map(chr, range(sys.maxunicode + 1)))
    assert not [c for c in chars if c.isprintable() and c.isspace() and c != " "]
    spaces = [c for c in chars if c.isspace()]
    rng = random.Random(3)
    samples = ["", " ", "a", "a b", " a", "a ", "a  b", "a\nb", "a\u00a0b", "a\u2028b", "Målgrupp: barn 0–6 år"]
    samples += ["".join(rng.choice(["a", "ö", " ", "x y", rng.choice(spaces), "\u200b", "\x00"])
                        for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    for text in samples:
        assert _collapse(text) == " ".join(text.split()), repr(text)
