"""build_record's speed shortcuts give what the plain code did: the prose patterns tried only where their opening
words begin, and evidence collapsed from the head of a long text."""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import fields
from pipeline.swedish._scan import fold
from tests.saved_texts import saved_page_blocks

WRITTEN = [
    "Projektet drivs i samverkan med Polisen och Region Skåne. Det drivs av Socialförvaltningen som ansvarar.",
    "I SAMVERKAN MED Polisen; Tillsammans Med föräldrarna; ett samarbete mellan skolan och BUP: x",
    "İ samverkan med Folkhälsomyndigheten, samver\u212aar med RISE, ſamarbete mellan A och B",
    "Projektägare är Kultur- och fritidsnämnden. PROJEKTÄGARE VAR Barn- och utbildningsnämnden",
    "Insatsen finansieras delvis av Allmänna arvsfonden och medfinansieras av Region Dalarna. Beviljats av SKR",
    "med stöd från Länsstyrelsen, med medel från Delegationen, med bidrag från Skolverket. medfinansiering av EU",
    "Beviljades av Socialnämnden som. beviljas medel från Arvsfonden under 2024. stöd från: Ingen",
    "samarbete mellansamarbete mellan A samverkan mellan\nB. i samarbete med i samarbete med C",
    "",
]


def _page_texts() -> list[str]:
    """Each saved page's block texts, and all of them joined (prose patterns read across blocks)."""
    texts = []
    for blocks in saved_page_blocks():
        page = [b.text for b in blocks]
        texts += page + ["\n".join(page)]
    return texts


def _check(text: str) -> int:
    low = fold(text)
    n = 0
    partner_starts = fields._PARTNER_STARTS + fields._BROUGHT_STARTS if "fått med" in low else fields._PARTNER_STARTS
    for rx, keyed, starts in ((fields._PARTNER_PROSE, low, partner_starts),
                              (fields._OWNER_PROSE, low, fields._OWNER_STARTS),
                              (fields._FUNDER_PROSE, text, fields._FUNDER_STARTS)):
        expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in fields._prose_matches(rx, text, keyed, starts)] == expected, text
        n += len(expected)
    return n


def test_prose_patterns_tried_at_their_openings_match_as_everywhere():
    texts = WRITTEN + _page_texts()
    assert len(texts) > 1000
    found = 0
    for text in texts:
        for variant in (text, text.upper(), text.lower()):
            found += _check(variant)
    assert found > 100


_WORDS = ["i ", "I ", "samverkan", "samarbete", "samarbetar", "samverkar", "tillsammans", "ett ", " med ", " mellan ",
          "drivs av ", "Drevs Av ", "ägs av ", "projektägare ", "är ", "var ", "leds av ", "finansieras ", "med",
          "finansierades av ", "bevilja", "ts ", "s ", "medel ", "från ", "stöd ", "bidrag ", "Region Skåne", "Polisen",
          "som ", "för att ", ". ", "; ", "\n", "İ", "\u212a", "x", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_prose_patterns_on_generated_texts(words):
    _check("".join(words))


def _ev_reference(text):
    if not text:
        return None
    text = " ".join(text.split())
    return text if len(text) <= fields.EVIDENCE_MAX else text[: fields.EVIDENCE_MAX - 1] + "…"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "ord", " ", "  ", "\n\n", "\t", "\u00a0", "x" * 40, " " * 200]), max_size=120))
def test_evidence_as_collapsing_the_whole_text(pieces):
    text = "".join(pieces)
    assert fields._ev(text) == _ev_reference(text)


def test_evidence_on_page_texts():
    for text in _page_texts() + ["x" * 599 + " y", "x" * 300 + " " * 400 + "y", " " * 700, "a " * 301]:
        assert fields._ev(text) == _ev_reference(text)


STATUS_TEXTS = [
    "Projektet är avslutat.", "Satsningen har nu genomförts", "INSATSEN AVSLUTADES 2023", "arbetet avslutas 2025",
    "Verksamheten pågick i tre år", "Programmet startar i höst", "projektet kommer att starta 2025",
    "Investeringen planeras", "Projektet ska starta", "insatsen kommer att påbörjas", "Projektet pågår",
    "Satsningen är pågående", "arbetet är igång", "Projektet har startat", "Programmet har påbörjats",
    "Avslutat", "Intro\n  Projektet avslutat!\nMer", "Pågående\n", "x\n- pågående -", "Projektet  är\nnu  avslutat",
    "samarbetet pågår", "Projektetpågår", "Projektet är inte avslutat", "İnsatsen pågår", "Projektet pågående",
]


def _status_reference(text):
    """The first status statement as a search through the whole text would find it ("när projektet har avslutats",
    a time to come, is none)."""
    for rx, status in ((fields._STATUS_FINISHED, "finished"), (fields._STATUS_PLANNED, "planned"),
                       (fields._STATUS_ONGOING, "ongoing")):
        for m in rx.finditer(text):
            if status == "finished" and fields.WHEN_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                continue
            return status, m.group(0)
    return None, None


def _status_of(text):
    from pipeline.extract.segment import Segment

    ctx = fields.PageContext("https://www.example.se/", None, None, None, "", [])
    return fields._status(Segment(kind="paragraph"), None, ctx, text, fold(text))


def test_status_statements_as_a_search_finds_them():
    """_status tries its patterns only at subjects (when a status verb is present) and line starts."""
    texts = STATUS_TEXTS + _page_texts()
    seen = 0
    for text in texts:
        expected = _status_reference(text)
        assert _status_of(text) == expected, text
        seen += expected[0] is not None
    assert seen > len(STATUS_TEXTS)


_STATUS_WORDS = ["Projektet", "satsningen", "ARBETET", " ", "  ", "\n", "är ", "har ", "nu ", "avslutat", "avslutats",
                 "avslutades", "avslutas ", "2024", "pågick", "pågår", "pågående", "igång", "startar", "startat",
                 "kommer att ", "starta", "ska ", "planeras", "påbörjas", "påbörjats", "slutförts", "genomförts", "-",
                 "!", "x", "İ", "ǅ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STATUS_WORDS), max_size=25))
def test_status_statements_on_generated_texts(words):
    text = "".join(words)
    assert _status_of(text) == _status_reference(text)


def test_folded_part_is_the_fold_of_the_part():
    """_folded_part cuts fold(part) from fold(text) when the text begins or ends with the part as whole lines, and
    folds the part itself otherwise: the same, also with a capital sigma at the line break and odd letters."""
    lines = ["Projektet Läxhjälp", "ΑΣ", "Σ", "ΣΑ x", "ſkolan \u0130ntegration", "\u212a", "", "x", "ÅÄÖ", " "]
    texts = []
    for a in lines:
        for b in lines:
            for c in lines:
                texts.append((a, b, c))
    for blocks in saved_page_blocks()[:40]:
        page = [b.text for b in blocks]
        texts.append((page[0], "\n".join(page[1:-1]), page[-1]))
    for a, b, c in texts:
        text = "\n".join((a, b, c))
        low = fold(text)
        for part in (a, c, b + "\n" + c, a + "\n" + b, text, b, c + "x", a[:-1]):
            for head in (True, False):
                assert fields._folded_part(text, low, part, head) == fold(part), (text, part, head)


_PARAGRAPHS = ["Projektet", "PROJEKTET", "projektet", "Läxhjälp", "LÄXHJÄLP", "", " ", "x", "\u0130", "i\u0307", "I",
               "ſ", "s", "\u212a", "k", "ΑΣ", "ας", "ασ", "Straße", "STRASSE", "ǅ", "ǆ", "Ǆ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PARAGRAPHS), max_size=3).map("".join), max_size=8))
def test_unique_texts_as_unique(items):
    assert fields._unique_texts(items) == fields._unique(items)


def test_unique_texts_on_page_paragraphs():
    for blocks in saved_page_blocks():
        texts = [b.text for b in blocks]
        for items in (texts, texts + texts[::2], [t.upper() for t in texts[:5]] + texts):
            assert fields._unique_texts(items) == fields._unique(items)


def test_lower_keeps_blanks_blank_and_others_not():
    """What _lower_description rests on, over all of Unicode: lower() maps a blank to itself and any other
    character to characters none of which is blank (so it commutes with str.strip and the joins)."""
    import sys

    for i in range(sys.maxunicode + 1):
        if 0xD800 <= i < 0xE000:
            continue
        c = chr(i)
        if c.isspace():
            assert c.lower() == c, hex(i)
        else:
            assert not any(x.isspace() for x in c.lower()), hex(i)


_LOWER_PIECES = ["Projektet", "LÄXHJÄLP", "i Göteborg", "\u0130", "\u0131", "\u017f", "\u212a", "ΑΣ", "Σ", "ΣΑ", "ς",
                 "Straße", " ", "\n", "\n\n", "–", "x", "ǅ", "Ǆ", "İstanbul", "ÅÄÖ"]


def _lower_cases() -> list[tuple[str, list[str]]]:
    import random

    rng = random.Random(5)
    cases = []
    for _ in range(3000):
        paragraphs = ["".join(rng.choice(_LOWER_PIECES) for _ in range(rng.randint(0, 6)))
                      for _ in range(rng.randint(1, 4))]
        text = "\n".join(["".join(rng.choice(_LOWER_PIECES) for _ in range(rng.randint(0, 4)))] + paragraphs
                         + ["".join(rng.choice(_LOWER_PIECES) for _ in range(rng.randint(0, 4)))])
        cases.append((text, paragraphs))
    for blocks in saved_page_blocks():
        page = [b.text for b in blocks]
        cases.append(("\n".join(page), page[1:6]))
    return cases


def test_lower_cut_from_the_fold_is_lower():
    """_lower_in and _lower_description give str.lower() of the part and of the description, on generated texts
    with odd letters and capital sigmas next to cased letters, and on saved pages."""
    for text, paragraphs in _lower_cases():
        low = fold(text)
        for part in paragraphs + [text, text[1:-1], "absent xyz"]:
            assert fields._lower_in(part, text, low) == part.lower(), (text, part)
        joined = "\n\n".join(paragraphs).strip()
        for description in (joined, joined[:-1], joined.upper()):
            if description:
                assert fields._lower_description(description, joined, paragraphs, text, low) == description.lower()
