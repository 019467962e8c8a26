"""The shortcuts in segmentation and label reading give what the plain patterns and scores give."""

from __future__ import annotations

import itertools
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import labels
from pipeline.swedish._scan import fold, has_any
from tests.saved_texts import saved_page_blocks

segment_mod = sys.modules["pipeline.extract.segment"]  # pipeline.extract re-exports the function segment()


def _outcome(fn, *args):
    """A function's result, or the kind of error it raises (a shortcut must not hide or add one)."""
    try:
        return "ok", fn(*args)
    except Exception as exc:  # noqa: BLE001 - compared, not handled
        return "raises", type(exc)


def _split_label_plain(text: str):
    """The pattern alone, its label looked up folded (as IGNORECASE read it)."""
    m = labels._LABEL_COLON.match(text)
    return (labels._BY_WORD[fold(m.group(1))], m.group(1), m.group(2).strip()) if m else None


def _label_alone_plain(text: str):
    m = labels._LABEL_ALONE.match(text)
    return labels._BY_WORD[fold(m.group(1))] if m else None


def _saved_block_texts() -> tuple[str, ...]:
    """Saved block texts and their table cells."""
    return tuple(t for blocks in saved_page_blocks() for b in blocks
                 for t in [b.text] + [c for row in b.rows or [] for c in row])


def _all_chars() -> str:
    return "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


def test_ignorecase_label_match_implies_fold_equality():
    """What the label and cue gates rest on: every character an IGNORECASE pattern matches to a label's (or a cue
    key's) character folds to it, and \\s is str.strip's blank."""
    everything = _all_chars()
    keys = "".join(labels._BY_WORD) + "".join(segment_mod._PROJECT_WORD_KEYS) + "projekte"
    for ch in sorted(set(keys)):
        for m in re.finditer(re.escape(ch), everything, re.I):
            assert fold(m.group()) == ch, (ch, m.group())
    assert [m.group() for m in re.finditer(r"\s", everything)] == [c for c in everything if c.isspace()]
    assert not any(":" in w or w != w.strip() for w in labels._BY_WORD)


def _label_variants() -> list[str]:
    odd = {"s": "\u017f", "i": "\u0131", "k": "\u212a"}
    out = []
    for word in labels._BY_WORD:
        forms = {word, word.upper(), word.title(), word.replace(" ", "  "), word.replace(" ", "\u00a0"),
                 word[:-1], word + "s", "x" + word, word.replace("i", "\u0130")}
        forms |= {word.replace(a, b) for a, b in odd.items()}
        for form in forms:
            out += [form, f"{form}:", f" {form} : ", f"\t{form}\n", f"{form}::", f"{form}: :", f"{form}:\n",
                    f"{form}: text", f"{form} :\nett värde\npå två rader", f"{form} – text", f"{form}: a: b",
                    f"  {form}\u00a0: värde", f"{form} och mer: värde", f"\n{form}\n: x", f"{form}\u2028:"]
    return out


def test_label_gates_answer_as_the_patterns():
    texts = _label_variants() + ["", ":", " : ", "a" * 40 + ":", " " * 50 + "syfte:", "syfte" + " " * 50 + ":"]
    texts += list(_saved_block_texts())
    texts += [ln for t in _saved_block_texts() for ln in t.split("\n")]
    for text in texts:
        assert _outcome(labels.split_label, text) == _outcome(_split_label_plain, text), text
        assert _outcome(labels.label_alone, text) == _outcome(_label_alone_plain, text), text


_CUE_TEXTS = [
    "Projektet pågår.", "PROJEKTET ÄR AVSLUTAT", "projektet har avslutats", "Projekten startade i våras",
    "Delprojektet pågår", "projektets mål", "xprojektet avslutat", "_projektet avslutat", "Projektet\tstartar nu",
    "Inledning\n– Projektet avslutat –\nSlut", "Projektet avslutat", "  Projektet  avslutat  ", "projektetavslutat",
    "Pro\u0130ektet", "\u017fatsningen pågår", "Satsningen, Barnkraft, är", "insatserna", "investeringen",
    "Verksamheten", "programmet", "program", "modellen", "Arbetssättet", "teamet", "chatten", "coachen",
    "programmering", "projektledare", "omprojekt", "Projekt", "projektet är avslutat sedan 2020",
]
_FACTS = ["", "Budget: 2,5 miljoner kronor.", "för barn 6–12 år", "elever i årskurs 7–9", "2021–2023",
          "från hösten 2022 till våren 2024", "Vi beviljade 450 tkr.", "Projektet pågår 2020-01-01 – 2022-12-31"]


def _score_texts() -> list[str]:
    texts = [" ".join(p) for p in itertools.product(["", "Projektet pågår.", "Satsningen", "Vi arbetar."],
                                                     _FACTS, _FACTS[:5])]
    texts += _CUE_TEXTS
    saved = _saved_block_texts()
    texts += list(saved[::3])
    texts += ["\n".join(saved[i:i + 12]) for i in range(0, len(saved), 40)]
    return texts


def test_cue_shortcuts_find_what_the_patterns_find():
    for text in _CUE_TEXTS + _score_texts():
        low = fold(text)
        assert segment_mod._has_project_word(text, low) == bool(segment_mod._PROJECT_WORD.search(text)), text
        assert segment_mod._has_status_statement(text, low) == bool(segment_mod._STATUS_STATEMENT.search(text)), \
            text


_PIECES = ["projekt", "Projektet", "PROJEKTEN", "projekte", "et", "en", "t", " ", "  ", "\n", "\t", ",", ":", "-",
           "avslutat", "avslutats", "pågår", "startar", "startade", "är ", "har ", "satsning", "insats", "program",
           "met", "modellen", "teamet", "del", "x", "_", "\u017f", "\u0131", "\u0130", "\u212a", "Syfte", "mål",
           "tid", "Målgrupp", "ägare", "ÄGARE", "namn på projektet", "\u00a0", "ansvarig nämnd", "e-post"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_gates_on_generated_text(text):
    low = fold(text)
    assert segment_mod._has_project_word(text, low) == bool(segment_mod._PROJECT_WORD.search(text))
    assert segment_mod._has_status_statement(text, low) == bool(segment_mod._STATUS_STATEMENT.search(text))
    assert _outcome(labels.split_label, text) == _outcome(_split_label_plain, text)
    assert _outcome(labels.label_alone, text) == _outcome(_label_alone_plain, text)


def test_score_at_least_is_the_score_compared():
    for text in _score_texts():
        score = segment_mod._score(text)
        for need in range(-1, 9):
            assert segment_mod._score_at_least(text, need) == (score >= need), (text, need, score)


@pytest.mark.parametrize("n", range(0, 7))
def test_half_at_least_counts_as_the_sum(n):
    pool = ["Budget: 2 miljoner kronor 2021–2023", "Läs mer", "för barn 6–12 år 2022", "Kontakt", "Projektet pågår"]
    for texts in itertools.product(pool, repeat=min(n, 4)):
        texts = list(texts) + pool[: max(0, n - 4)]
        expected = sum(1 for t in texts if segment_mod._score_at_least(t, 2)) >= len(texts) / 2
        assert segment_mod._half_at_least(texts, 2) == expected, texts


_FACTFUL = "Projektet pågår 2021–2023 för barn 6–12 år och kostar 2 miljoner kronor."
_BARE = "Här finns en lekplats för barn."


def _doc(title: str, *sections: tuple[str, str]):
    from pipeline.extract.document import Block, Document

    blocks = [Block("heading", title, level=1)]
    for heading, text in sections:
        blocks += [Block("heading", heading, level=2), Block("p", text)]
    return Document("https://www.example.se/x", title, blocks, "")


@pytest.mark.parametrize(("title", "sections", "expected"), [
    # the last section scored late: alone, it is the page's project only under a generic page title
    ("Sociala investeringar", [("Läxhjälp i Gottsunda", _FACTFUL)], [("section", "Läxhjälp i Gottsunda")]),
    ("Sociala investeringar", [("Läxhjälp i Gottsunda", "Projektet är en lekplats.")], []),
    ("Läxhjälp i Gottsunda", [("Om läxhjälpen", _FACTFUL)], [("page", "Läxhjälp i Gottsunda")]),
    ("Sociala investeringar", [("Lekplatsen", "Projektet är en lekplats."), ("Läxhjälp i Gottsunda", _FACTFUL)],
     [("section", "Läxhjälp i Gottsunda")]),
    # once a section before it is a project, the last is scored at once: two sections make the page's projects
    ("Läxhjälp och lekplats", [("Läxhjälp i Gottsunda", _FACTFUL), ("Fritid i Gränby", _FACTFUL)],
     [("section", "Läxhjälp i Gottsunda"), ("section", "Fritid i Gränby")]),
    ("Sociala investeringar", [("Läxhjälp i Gottsunda", _FACTFUL), ("Lekplatsen", "Projektet är en lekplats.")],
     [("section", "Läxhjälp i Gottsunda")]),
    ("Sociala investeringar", [("Läxhjälp", _BARE), ("Lekplatsen", _BARE)], []),
])
def test_sections_scored_late_give_the_same_segments(title, sections, expected):
    segs = segment_mod.segment(_doc(title, *sections))
    assert [(s.kind, s.title) for s in segs] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["barn", "Barn", "unga", "fysisk", "aktivitet", " ", "\n", "_", "x", "ö",
                                          "läs", "män", "social", "9", "-", "\u017f", "\u0130"]),
                         max_size=6).map("".join), max_size=5))
def test_social_domain_block_by_block_is_the_joined_text(texts):
    from pipeline.extract.document import Block, Document

    rx = segment_mod.SOCIAL_DOMAIN
    joined = bool(rx.search("\n".join(texts)))
    assert any(rx.search(t) for t in texts) == joined
    doc = Document("https://www.example.se/x", None, [Block("p", t) for t in texts], "")
    if not joined:
        assert segment_mod.segment(doc) == []


def test_labels_in_odd_letters_are_read_not_a_crash():
    """The label pattern is case-blind the way ``fold`` is: "Tıd" (dotless i), "ſyfte" (long s) match it, and the
    field is looked up by the folded label (``lower()`` left "tıd", which was no key: a KeyError on the page)."""
    from pipeline.extract import extract_page
    from pipeline.extract.labels import label_alone, split_label

    assert split_label("Tıd: 2021–2023") == ("period", "Tıd", "2021–2023")
    assert split_label("ſyfte: Att öka närvaron") == ("purpose", "ſyfte", "Att öka närvaron")
    assert label_alone("MÅLGRUPP:") == "target_group"
    assert label_alone("Tıd") == "period"
    page = ("<html><body><main><h1>Läxhjälp i Kungälv</h1><p>Syfte: Att öka närvaron i skolan.</p>"
            "<p>Tıd: 2021–2023</p><p>Målgrupp: Elever i årskurs 7–9.</p></main></body></html>").encode()
    (rec,) = extract_page(page, "https://www.kungalv.se/laxhjalp", "text/html")
    assert rec["title"] == "Läxhjälp i Kungälv"
    assert (rec["start_date"].year, rec["end_date"].year) == (2021, 2023)


# -- round 2: labels read once per page, fewer and faster pattern runs --------------------------------------------
def _read_label_plain(text: str):
    split = labels.split_label(text)
    if split:
        return split
    fld = labels.label_alone(text)
    return (fld, text.rstrip(":").strip(), "") if fld else None


def test_read_label_is_split_else_alone():
    texts = _label_variants() + ["", ":", " : ", "a" * 40 + ":", " " * 50 + "syfte:", "syfte" + " " * 50 + ":",
                                 "syfte: :", "a:b:", "Syfte :\t", "x: syfte", "syfte\n: x"]
    texts += list(_saved_block_texts())
    texts += [ln for t in _saved_block_texts() for ln in t.split("\n")]
    for text in texts:
        assert _outcome(labels.read_label, text) == _outcome(_read_label_plain, text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_read_label_on_generated_text(text):
    assert _outcome(labels.read_label, text) == _outcome(_read_label_plain, text)


def _expand_plain(blocks):
    """The key-value expansion as it was: every table tested again."""
    from pipeline.extract.document import Block

    out = []
    for b in blocks:
        if b.kind == "table" and segment_mod._is_key_value_table(b):
            for k, v in segment_mod._key_value_pairs(b):  # (rows of two, or one header row over one of values)
                if k.strip() or v.strip():
                    out.append(Block("p", f"{k.rstrip(':')}: {v}", lead=k.rstrip(":") + ":", container=b.container,
                                     list_id=id(b)))
        else:
            out.append(b)
    return out


def _split_plain(blocks):
    """The label-line split as it was: block by block, into a new list."""
    from pipeline.extract.document import Block

    out = []
    for b in blocks:
        bars = ":" in b.text and ("|" in b.text or "·" in b.text or "•" in b.text)
        many = b.text.count(":") >= 3
        if b.kind not in ("p", "li") or not ("\n" in b.text or bars or many):
            out.append(b)
            continue
        lines = b.text.split("\n")
        if "|" in b.text or "·" in b.text or "•" in b.text:  # facts in a row between bars
            parts = [p.strip() for ln in lines for p in re.split(r"\s+[|·•]\s+", ln)]
            if sum(1 for p in parts if labels.split_label(p)) >= 2:
                lines = parts
        if many:  # labels inside one line (bars hidden, or semicolons)
            lines = [part for ln in lines for part in segment_mod._inline_label_parts(ln)]
        starts = []
        for i, ln in enumerate(lines):
            if not (labels.split_label(ln) or labels.label_alone(ln)):
                continue
            if starts and starts[-1] == i - 1 and ":" not in lines[i - 1] and ":" not in ln:
                continue  # "Status<br>Pågår": the bare label's value
            starts.append(i)
        if len(starts) < 2:
            out.append(b)
            continue
        if starts[0] > 0:
            out.append(Block(b.kind, "\n".join(lines[: starts[0]]), container=b.container, list_id=b.list_id,
                             lead=b.lead))
        for a, z in zip(starts, starts[1:] + [len(lines)]):
            split = labels.split_label(lines[a])
            value_lines = ([split[2]] if split and split[2] else []) + lines[a + 1:z]
            label = split[1] if split else lines[a].rstrip(": ").strip()
            out.append(Block(b.kind, f"{label}: " + "\n".join(value_lines), lead=f"{label}:", container=b.container,
                             list_id=b.list_id))
    return out


def _block_lists():
    from pipeline.extract.document import Block

    lists = [list(blocks) for blocks in saved_page_blocks()]
    lines = ["Syfte: Att öka närvaron", "Målgrupp:", "barn 6–12 år", "Tid: 2021–2023", "Text utan etikett",
             "Projektägare: Socialnämnden", "Kontakt:", "Anna Andersson", "  Budget :  2 mnkr", "Mål"]
    synthetic = []
    for n in range(len(lines)):
        for kind in ("p", "li", "heading"):
            synthetic.append(Block(kind, "\n".join(lines[n:] + lines[:n]), list_id=n))
    synthetic.append(Block("table", "", rows=[["Syfte", "Att öka"], ["Målgrupp:", "Unga"], ["", ""]]))
    synthetic.append(Block("table", "", rows=[["Projekt", "Belopp"], ["Läxhjälp", "2 mnkr"]], header_rows=1))
    synthetic.append(Block("p", "Syfte: a\nMål: b", lead="Syfte:"))
    lists += [synthetic, synthetic[::-1], synthetic[::3], []]
    return lists


def test_labels_read_once_split_and_expand_as_before():
    """The page's labels, read once, go with the blocks through the key-value expansion and the label-line split:
    the blocks come out as the plain passes give them, each with the label it would be read to have."""
    for blocks in _block_lists():
        labs = [segment_mod._label_of(b) for b in blocks]
        kv = {id(b) for b in blocks if b.kind == "table" and segment_mod._is_key_value_table(b)}
        out, out_labs = segment_mod._split_label_lines(*segment_mod._expand_key_value_tables(blocks, labs, kv))
        assert out == _split_plain(_expand_plain(blocks))
        assert out_labs == [segment_mod._label_of(b) for b in out]


def _social_plain():
    return re.compile(segment_mod.SOCIAL_DOMAIN.pattern.replace(r"(?<!\w)(", r"\b(", 1), re.I)


def test_social_domain_lookbehind_is_the_word_boundary():
    """Every word starts with a letter, and every character IGNORECASE matches to one is a word character, so
    (?<!\\w) before the words is \\b."""
    pattern = segment_mod.SOCIAL_DOMAIN.pattern
    assert pattern.startswith("(?<!\\w)(") and pattern.endswith(")") and pattern.count("(") == 2
    words = pattern.removeprefix("(?<!\\w)(").removesuffix(")").split("|")
    assert all(w.isalpha() or " " in w for w in words)
    firsts = {w[0] for w in words}
    everything = _all_chars()
    for ch in sorted(firsts):
        for m in re.finditer(re.escape(ch), everything, re.I):
            assert re.fullmatch(r"\w", m.group()), (ch, m.group())
    plain = _social_plain()
    texts = _score_texts() + ["_barn", "9barn", "ſocial", "xbarn", "barn", " Barn", "-unga", "\u0130ntegration"]
    for text in texts:
        a, b = segment_mod.SOCIAL_DOMAIN.search(text), plain.search(text)
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["barn", "Barn", "unga", "fysisk", "aktivitet", " ", "\n", "_", "x", "ö", "9", "-",
                                 "läs", "män", "\u017f", "\u0130", "ocial", "s", "Projektet", "Arbetet", "del",
                                 "Teamet", "Modellen", ".", "–", ":", "Ett", "namn"]), max_size=10).map("".join))
def test_word_searches_on_generated_text(text):
    a, b = segment_mod.SOCIAL_DOMAIN.search(text), _social_plain().search(text)
    assert (a and a.span()) == (b and b.span())
    assert segment_mod._has_definite_project(text) == bool(segment_mod._DEFINITE_PROJECT.search(text))
    assert bool(segment_mod._NAME_SEPARATOR.match(text)) <= has_any(text, segment_mod._SEPARATOR_CHARS)
    assert segment_mod._is_generic_heading(text) == _is_generic_heading_plain(text)


def _is_generic_heading_plain(text: str) -> bool:
    t = text.strip()
    if t.startswith("§") and not any(c in t for c in ("–", "—", " - ", ":")):
        t = segment_mod._PARAGRAPH_NO.sub("", t, count=1)
    elif t[:1].isdigit():
        t = segment_mod.SECTION_NO.sub("", t, count=1)  # a report's numbered section
    return bool(segment_mod._GENERIC_HEADING.match(t) or segment_mod._FURNITURE_HEADING.match(t)) or t.endswith("?")


def test_pattern_gates_on_saved_texts():
    texts = list(_saved_block_texts()) + _score_texts()
    texts += ["Projektet", "DelProjektet", "_Projektet", "Projekteten", "x Arbetet, y", "Teamet\nModellen",
              "Bakgrund", "Kontakt oss", "Vad är det?", "  resultat  ", "Resultatet", "Fakta om projektet"]
    for text in texts:
        assert segment_mod._has_definite_project(text) == bool(segment_mod._DEFINITE_PROJECT.search(text)), text
        assert segment_mod._is_generic_heading(text) == _is_generic_heading_plain(text), text
        if segment_mod._NAME_SEPARATOR.match(text):
            assert has_any(text, segment_mod._SEPARATOR_CHARS), text
