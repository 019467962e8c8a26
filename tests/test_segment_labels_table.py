"""Labels answered from the table alone (labels.split_label, label_alone, read_label) give what the label patterns
give: the same field, label and value for every text."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import labels
from pipeline.swedish._scan import fold
from tests.test_segment_shortcuts import (_PIECES, _label_alone_plain, _label_variants, _outcome, _saved_block_texts,
                                          _split_label_plain)




def _read_label_plain(text: str):
    split = _split_label_plain(text)
    if split:
        return split
    fld = _label_alone_plain(text)
    return (fld, text.rstrip(":").strip(), "") if fld else None


def test_every_character_folding_to_a_label_letter_matches_it_case_blind():
    """The converse of test_ignorecase_label_match_implies_fold_equality: a character that folds to a label's
    character is an IGNORECASE match of it (so a text whose folded label group is a label matches the pattern)."""
    letters = set("".join(labels._BY_WORD))
    assert all(fold(w) == w for w in labels._BY_WORD)
    for i in range(sys.maxunicode + 1):
        if 0xD800 <= i < 0xE000:
            continue
        c = chr(i)
        f = fold(c)
        if f in letters:
            assert re.fullmatch(re.escape(f), c, re.I), hex(i)


def _texts() -> list[str]:
    texts = _label_variants() + ["", ":", " : ", "a" * 40 + ":", " " * 50 + "syfte:", "syfte" + " " * 50 + ":",
                                 "syfte: :", "a:b:", "Syfte :\t", "x: syfte", "syfte\n: x", "Syfte\n", "Syfte:\n",
                                 "Syfte\n\n", ":Syfte", "Syfte::", "syfte :: x", "SYFTE", "Tıd", "ſyfte: a",
                                 "\u2028Syfte\u2029:\u3000x", "Ansvarig nämnd: Socialnämnden", "ansvarig  nämnd:"]
    texts += list(_saved_block_texts())
    texts += [ln for t in _saved_block_texts() for ln in t.split("\n")]
    return texts


def test_labels_from_the_table_are_the_patterns():
    for text in _texts():
        assert _outcome(labels.split_label, text) == _outcome(_split_label_plain, text), text
        assert _outcome(labels.label_alone, text) == _outcome(_label_alone_plain, text), text
        assert _outcome(labels.read_label, text) == _outcome(_read_label_plain, text), text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + [":", " :", ": ", "\n:", "::", "SYFTE", "Tid", "\u2028"]),
                max_size=10).map("".join))
def test_labels_from_the_table_on_generated_text(text):
    assert _outcome(labels.split_label, text) == _outcome(_split_label_plain, text)
    assert _outcome(labels.label_alone, text) == _outcome(_label_alone_plain, text)
    assert _outcome(labels.read_label, text) == _outcome(_read_label_plain, text)
