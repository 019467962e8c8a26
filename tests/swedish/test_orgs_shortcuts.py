"""The splitter's speed shortcuts find what the plain code did: the separator regex behind its look-ahead, and
protected spans in place of a flag per character."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.swedish import orgs
from tests.saved_texts import saved_block_texts

_PLAIN_SEP_RE = re.compile(orgs._SEP_ALTERNATIVES)

WRITTEN = [
    "Socialförvaltningen, Göteborgs Stad; Polisen / BUP och Elevhälsan samt Region Skåne",
    "Barn- och utbildningsförvaltningen i samverkan med Folkhälsomyndigheten tillsammans med RISE",
    "Närhälsan Tjörn, Lysekil och Dalaberg (Uddevalla) • Folktandvården · Skolan ▪ Fritid",
    "kommunerna Ale, Lerum och Partille, 2020/2021, 3 / 4, och/eller Polisen /eller nåt",
    "Stiftelsen (Idéer för livet, och (Centrum) för, Kultur) och Fritid), samt ( öppen parentes, A / B",
    "Göteborg och Mölndal kommuner,\r\n Mark\u00a0och\u2003Borås;\tVara ,Lund , ,; ; /",
    ") stray, (Region Halland (VGR), HSB), and Capio and, samt, och",
    "",
    " , ",
]


def _protected_mask(s: str) -> list[bool]:
    """The splitter's former protection: a flag per character."""
    mask = [False] * (len(s) + 1)
    depth = 0
    for i, ch in enumerate(s):
        if ch == "(":
            depth += 1
        if depth > 0:
            mask[i] = True
        if ch == ")" and depth > 0:
            depth -= 1
    for a, b in orgs._municipality_list_spans(s):
        for i in range(a, b):
            mask[i] = True
    return mask


def _tokenise_reference(s: str) -> list[tuple[str, str, str]]:
    """``_tokenise`` as it was: the plain separator regex and the per-character mask."""
    mask = _protected_mask(s)
    out = []
    kind, sep_text, pos = "start", "", 0
    for m in _PLAIN_SEP_RE.finditer(s):
        if m.start() == m.end() or any(mask[i] for i in range(m.start(), m.end())):
            continue
        out.append((kind, sep_text, s[pos:m.start()]))
        kind = m.lastgroup or "strong"
        sep_text = m.group(0).strip()
        pos = m.end()
    out.append((kind, sep_text, s[pos:]))
    return out


def _check(s: str) -> None:
    fast = [(m.span(), m.lastgroup) for m in orgs._SEP_RE.finditer(s)]
    assert fast == [(m.span(), m.lastgroup) for m in _PLAIN_SEP_RE.finditer(s)], s
    protected = {i for a, b in orgs._protected_spans(s) for i in range(a, b)}
    assert protected == {i for i, flag in enumerate(_protected_mask(s)[: len(s)]) if flag}, s
    assert orgs._tokenise(s) == _tokenise_reference(s), s


def test_separators_and_protection_as_before_on_written_and_page_texts():
    texts = WRITTEN + saved_block_texts()
    assert len(texts) > 1000
    for s in texts:
        _check(s)
    assert sum(len(orgs._protected_spans(s)) for s in texts) > 20  # brackets and municipality lists were seen


_PIECES = ["(", ")", ",", ";", "/", "•", "·", "▪", " ", "\u00a0", "\u2003", "\t", "\r\n", "\n", " och ", " samt ",
           " and ", " och/eller ", " i samverkan med ", " tillsammans med ", "eller", "2", "20", "Ale", "Lerum",
           "kommunerna ", " kommuner", "Polisen", "BUP", "skolan", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_separators_and_protection_as_before_on_generated_strings(pieces):
    _check("".join(pieces))


def _region_variants(alias: str) -> list[str]:
    """The alias as _REGION_RE reads it in either case of every word's first letter (but the first word's) and with
    its dashes and blanks written otherwise."""
    words = alias.split(" ")
    out = [alias, alias.replace(" ", "\u00a0 "), alias.replace("-", "\u2011")]
    for i in range(1, len(words)):
        out.append(" ".join(words[:i] + [words[i][:1].swapcase() + words[i][1:]] + words[i + 1:]))
    return out


def test_region_keys_are_in_every_region_match():
    """Every alias holds a key of _REGION_KEYS past the first letter of any word whose first letter may be of either
    case, so every match of _REGION_RE holds one; and the region matches are what the plain scan finds."""
    for alias in orgs._REGION_ALIASES:
        pieces = [(i, j, p) for i, tok in enumerate(alias.split(" ")) for j, p in enumerate(tok.split("-"))]
        assert any(k in (p if i == j == 0 else p[1:]) for i, j, p in pieces for k in orgs._REGION_KEYS), alias
        for text in _region_variants(alias):
            for m in orgs._REGION_RE.finditer(text):
                assert any(k in m.group() for k in orgs._REGION_KEYS), (alias, text)
    texts = WRITTEN + saved_block_texts() + [f"x {a}s y, {a}: z" for a in orgs._REGION_ALIASES]
    for text in texts:
        plain = [m.span() for m in orgs._REGION_RE.finditer(text)
                 if not (m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))]
        assert [m.span() for m in orgs._region_matches(text)] == plain, text
