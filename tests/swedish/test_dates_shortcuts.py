"""The period parser's shortcuts find what the plain patterns, run everywhere, would.

Each fast path below tries a pattern only where it can match (or skips it where it cannot); these tests run the
plain pattern at every place of the same stretches next to it, on written Swedish date and duration phrases, on
random mixes of them, and on the text of saved pages.
"""

from __future__ import annotations

import random
from functools import lru_cache

from pipeline.swedish import dates as D
from pipeline.swedish._scan import finditer_near, fold, windows

PHRASES = [
    "Projektet pågår under tre år", "pågår i 18 månader", "under en period av två år", "i ett och ett halvt år",
    "under totalt 1 200 år", "sträcker sig över ca. 3 år", "varar cirka fem månader", "ett fyraårigt projekt",
    "ett 3 - årigt projekt", "en treårsperiod", "i 2,5 år", "under ett halvår", "under 1\u00a0000\u00a0000 år",
    "Tidsperiod: 2020-09-01 till och med 2023-09-01.", "fr.o.m. 2021 t.o.m. 2023", "fr o m 2021 t o m 2023",
    "från och med hösten 2024", "vt 2024–ht 2025", "läsåret 2023/24", "mellan 2019 och 2021", "Projekttid:",
    "startade i början av 2015", "avslutades 2018", "kommer att starta i januari 2024", "ska påbörjas", "pågick",
    "Ansökan ska vara inne senast den 15 mars 2023.", "Nästa ansökningsperiod är 1 februari–15 mars 2024.",
    "barn under tre år", "för tre år sedan", "TILL OCH MED", "PÅGÅR UNDER TVÅ ÅR", "İ 3 ÅR", "Genomförs ſedan",
    "Telefon: 0171-62 50 00", "Dnr KS 2019/123", "Senast uppdaterad: 2023-06-28 08:44", "2 070 tkr", "12 %",
    "190401 - 220331", "mars–juni 2023", "2014–2018", "2019-12", "året", "många år", "får", "går", " ", "\n\n",
    ". ", ", ", "(", ")", "–", "tre", "år", "månader", "mån.", "års tid", "under", "i", "en", "totalt", "ca.",
    "cirka", "Sedan", "t.", "fr.", "to", "tom", "projektets längd", "2023", "15", "mars", "period:", "\u2009",
]


@lru_cache(maxsize=1)
def _texts() -> list[str]:
    from pipeline.benchmarks.extract_speed import saved_pages
    from pipeline.extract import parse_page

    rng = random.Random(7)
    texts = list(PHRASES)
    for _ in range(3000):
        parts = [rng.choice(PHRASES) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(1, 12))]
        texts.append("".join(parts))
    for url, body in saved_pages()[:60]:
        texts += [b.text for b in parse_page(body, url, "text/html").blocks]
    return texts


def _masked(text: str) -> tuple[str, str]:
    masked = D._mask(text, page_dates=True)
    return masked, fold(masked)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_duration_patterns_tried_only_near_units_find_every_match():
    """_dur_prep_matches and _dur_adj_matches: numbers at most a few runs of non-blanks before a unit, prefix
    words by their first letters, one blank per run of blanks: the same matches as the patterns everywhere (and
    none at all when _find_durations stops early)."""
    found = 0
    for text in _texts():
        masked, folded = _masked(text)
        if "år" not in folded and "mån" not in folded:
            continue
        spans = windows(masked, D._DUR_HIT_RE, 120, 40)
        rev = masked[::-1]
        plain = _spans(finditer_near(D._DUR_PREP_RE, masked, spans))
        plain_adj = _spans(finditer_near(D._DUR_ADJ_RE, masked, spans))
        units = D._units(masked, folded)
        assert _spans(D._dur_prep_matches(masked, folded, spans, rev, units)) == plain, text
        assert _spans(D._dur_adj_matches(masked, folded, spans, rev)) == plain_adj, text
        if not units and not any(k in folded for k in ("årig", "års", "halvår")):  # _find_durations stops early
            assert not plain and not plain_adj and not D._DUR_HALFYEAR_RE.search(masked), text
        found += len(plain)
    assert found > 300


def test_year_windows_from_runs_of_digits():
    for text in _texts():
        assert D._year_windows(D._digit_runs(text), len(text)) == windows(text, D._DIGITS_HIT_RE, 45, 30), text


def _atoms_plain(masked: str) -> list[tuple[int, int, str]]:
    """Every atom pattern everywhere near a year's digits, every match built, then the longest first where they
    overlap."""
    spans = windows(masked, D._DIGITS_HIT_RE, 45, 30)
    found = []
    for kind, rx in D._ATOM_RES:
        for m in finditer_near(rx, masked, spans):
            atom = D._build_atom(kind, m)
            if atom is not None:
                found.append((atom.s, atom.s - atom.e, D._ATOM_PRIORITY[kind], atom))
    found.sort(key=lambda t: t[:3])
    out, last_end = [], -1
    for s, _, _, atom in found:
        if s >= last_end:
            out.append(atom)
            last_end = atom.e
    return [(a.s, a.e, a.kind) for a in out]


def test_atoms_found_at_runs_of_digits_and_built_when_kept():
    """_find_atoms (keyword gates, digit-led patterns at runs of digits near a year, atoms built only when kept)
    gives what every pattern over the whole text gives, and the runs of digits that masking hands on are those of
    the masked text."""
    for text in _texts():
        masked, runs = D._mask_runs(text, True)
        assert runs is None or runs == D._digit_runs(masked), text
        atoms = D._find_atoms(masked, fold(masked), runs)
        assert [(a.s, a.e, a.kind) for a in atoms] == _atoms_plain(masked), text


def test_keywords_before_atoms_found_from_their_first_letters():
    """_prefix_before at the places _prefix_starts finds is _PREFIX_RE.search over the reach before each atom."""
    checked = 0
    for text in _texts():
        masked, folded = _masked(text)
        atoms = D._find_atoms(masked, folded)
        starts = D._prefix_starts(masked, atoms)
        for atom in atoms:
            lo = max(0, atom.s - D._PREFIX_REACH)
            fast = D._prefix_before(masked, lo, atom.s, starts)
            plain = D._PREFIX_RE.search(masked, lo, atom.s)
            assert (fast and fast.span()) == (plain and plain.span()), text
            checked += plain is not None
    assert checked > 200


def test_status_and_application_words_are_in_every_match():
    """The word gates of _status and parse_period's application check: a pattern whose words are not in the folded
    text finds nothing, in any case."""
    for text in _texts():
        for variant in (text, text.upper(), text.title()):
            low = fold(variant)
            for _, keys, rx in D._STATUS_RES:
                if rx.search(variant):
                    assert any(k in low for k in keys), variant
            if D._APPLICATION_RE.search(variant):
                assert any(k in low for k in D._APPLICATION_KEYS), variant
    for phrase in ("avslutades", "har upphört", "kommer att komma igång", "ska inledas", "inletts", "pågått",
                   "sista ansökningsdag", "går att ansöka", "anmäl dig", "Deadline", "UTLYSNINGEN"):
        low = fold(phrase)
        assert any(rx.search(phrase) for _, _, rx in D._STATUS_RES) or D._APPLICATION_RE.search(phrase), phrase
        assert any(k in low for k in D._STATUS_KEYS + D._APPLICATION_KEYS), phrase
