"""The period parser's shortcuts find what the plain patterns, run everywhere, would.

Each fast path below tries a pattern only where it can match (or skips it where it cannot); these tests run the
plain pattern at every place of the same stretches next to it, on written Swedish date and duration phrases, on
random mixes of them, and on the text of saved pages.
"""

from __future__ import annotations

import random
import re
import sys
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
    from tests.saved_texts import saved_block_texts

    rng = random.Random(7)
    texts = list(PHRASES)
    for _ in range(3000):
        parts = [rng.choice(PHRASES) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(1, 12))]
        texts.append("".join(parts))
    return texts + saved_block_texts(60)


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


def _groups(m: re.Match[str] | None) -> list[tuple[int, int]] | None:
    """The spans of a match and of each of its groups."""
    return m and [m.span(g) for g in range(m.re.groups + 1)]


def test_keywords_before_atoms_found_from_their_first_letters():
    """_prefix_before from the barrier before each atom (_prefix_reaches), at the places _prefix_starts finds, is
    _PREFIX_RE.search over the reach before each atom (read as its twin in the fold of the masked text: the same
    spans and groups), and so are the label test and the words after the atom."""
    checked = 0
    rng = random.Random(9)
    texts = _texts() + [t.upper() for t in _texts()[:1500]]
    pieces = PHRASES + ["(", ")", ".", "fr. o. m.", "t. o. m.", "ca.", "Ca.", "CA.", "FR.O.M.", "T.O.M.", "cirka.",
                        "m.", "o.", "projekt.", "2021.", "#", "–", "/", ";", '"', "pågår 2 år till", "TID:", "tid :"]
    texts += ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(2, 14)))
              for _ in range(4000)]
    for text in texts:
        masked, folded = _masked(text)
        atoms = D._find_atoms(masked, folded)
        los = D._prefix_reaches(masked, atoms)
        starts = D._prefix_starts(folded, atoms, los)
        for atom, lo_fast in zip(atoms, los):
            lo = max(0, atom.s - D._PREFIX_REACH)
            assert lo_fast >= lo
            fast = D._prefix_before(folded, lo_fast, atom.s, starts)
            plain = D._PREFIX_RE.search(masked, lo, atom.s)
            assert _groups(fast) == _groups(plain), text
            if plain is not None:
                assert bool(D._LABEL_START_FOLDED_RE.match(fast.group(0))) == bool(
                    D._LABEL_START_RE.match(plain.group(0))), text
            post = D._POST_RE.match(masked[atom.e: atom.e + 40])
            post_fast = D._POST_FOLDED_RE.match(folded[atom.e: atom.e + 40])
            assert _groups(post_fast) == _groups(post), text
            checked += plain is not None
    assert checked > 200


def test_twins_match_what_the_case_blind_patterns_match_over_all_of_unicode():
    """What _folded_twin rests on, for the patterns it is used with: over all of Unicode, one character folds to
    one, and a blank, digit or word character to another of its kind; and for each lower-case character of the
    patterns, the characters an IGNORECASE pattern matches to it are exactly those that fold to it."""
    chars = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000]
    classes = [re.compile(r"\s"), re.compile(r"\d"), re.compile(r"\w")]
    folds_to: dict[str, set[str]] = {}
    for c in chars:
        f = fold(c)
        assert len(f) == 1, hex(ord(c))
        assert all(bool(rx.match(c)) == bool(rx.match(f)) for rx in classes), hex(ord(c))
        folds_to.setdefault(f, set()).add(c)
    everything = "".join(chars)
    twins = [D._PREFIX_FOLDED_RE, D._PREFIX_START_FOLDED_RE, D._POST_FOLDED_RE, D._LABEL_START_FOLDED_RE]
    for x in sorted({x for rx in twins for x in rx.pattern if x == x.lower()}):
        matched = {m.group() for m in re.finditer(re.escape(x), everything, re.I)}
        assert matched == folds_to.get(x, set()), x


def test_prefix_barrier_letters_are_all_their_case_variants():
    """The "." test of _PREFIX_BARRIER_REV_RE lists every character that _PREFIX_RE (IGNORECASE) reads as the
    r, o, m, t or a before a "."."""
    same = re.compile(r"[romta]", re.IGNORECASE)
    assert {chr(i) for i in range(0x110000) if same.fullmatch(chr(i))} == set("romtaROMTA")


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


FOLLOW_TEXTS = [
    "0171-62 50 00", "08 - 123 456 78", "08–123 45", "010/441 00 00", "745\u00a080 Enköping", "745 80 Enköping",
    "Dnr 2020-00123", "2019/1234", "19850101-1234", "850101-1234", "kl. 13.00", "8:15", "13.00 – 15.00", "12%",
    "2023-05-12", "2023/05/12", "2023.05.12", "15 mars 2023", "15:e mars 2023", "15:a maj", "15. mars", "15.\tmars",
    "15/3 2023", "15.3.2023", "15/3-2023", "2023/24", "2023 - 24", "2023–24", "2023 — 24", "2023\u200924",
    "190401 - 220331", "20190401 till 20220331", "2023", "15\u00a0mars 2023", "15\u2003mars", "2019-12",
]


def test_digit_led_patterns_match_only_where_their_run_is_followed_as_listed():
    """_run_starts with a pattern's run lengths and _NOISE_FOLLOW / _ATOM_FOLLOW holds the start of every match of
    the pattern run everywhere ("\\s" being str.isspace), so trying it only there finds the same matches."""
    assert all(bool(re.fullmatch(r"\s", chr(i))) == chr(i).isspace() for i in range(0x110000))
    plans = [(rx, lengths, follow) for rx, _, _, _, lengths, follow, _ in D._MASK_PLAN if lengths is not None]
    plans += [(rx, lengths, follow) for _, rx, _, _, lengths, follow, _ in D._ATOM_PLAN if lengths is not None]
    rng = random.Random(3)
    texts = list(FOLLOW_TEXTS) + _texts()
    texts += [" ".join(rng.choice(FOLLOW_TEXTS) for _ in range(rng.randint(2, 6))) for _ in range(800)]
    matched = 0
    for text in texts:
        runs = D._digit_runs(text)
        for rx, lengths, follow in plans:
            allowed = set(D._run_starts(text, runs, lengths, follow))
            for start in range(len(text)):
                if rx.match(text, start) is not None:
                    assert start in allowed, (rx.pattern, text, start)
                    matched += 1
    assert matched > 5000


def test_noise_searched_only_with_the_run_of_digits_it_holds():
    """Every match of a pattern in _NOISE_HOLDS_RUN holds a run of digits that _run_starts lists for it, starting
    _HELD_RUN_AFTER characters after the match."""
    rng = random.Random(4)
    texts = list(FOLLOW_TEXTS) + NOISY_MORE + _texts() + ["KS 2019/123", "KS2019/123", "ABC 12:3", "ÅÄÖ 1234.5-6",
                                                         "VT 2019/20", "KS 20191/123", "ks 2019/123", "KS\u00a0201/9",
                                                         "KS\t2019/123", "KS\n2019:5", "K 2019/123", "KÅ\u20032019.1",
                                                         "Ks 2019/123", "KS  2019/123", "(KS) 2019/123", "SN2020:45"]
    texts += [" ".join(rng.choice(texts[:12]) for _ in range(rng.randint(2, 5))) for _ in range(1000)]
    found = 0
    for text in texts:
        runs = D._digit_runs(text)
        for rx, (lengths, follow) in D._NOISE_HOLDS_RUN.items():
            allowed = D._run_starts(text, runs, lengths, follow)
            for m in rx.finditer(text):
                assert any(p - m.start() in D._HELD_RUN_AFTER for p in allowed), text
                found += 1
    assert found > 100


MONEY_TEXTS = ["1 300 000 kronor", "12,5 %", "12%", "3 mnkr", "2 070 tkr", "5 MSEK", "5\u202f000 kr", "10 \u017fek",
               "5 \u212aR", "1.500.000 Kr", "7\u00a0000\u00a0kronor", "4 miljoner", "2 Miljarder", "9 procent", "12 \n kr",
               "3,5,\t KSEK", "1 000 år", "2023 och 12 kr", "2023. Kr", "100 000 sek.", "20 t", "5 mil", "3 s", "8 p"]


def test_money_tried_only_where_its_lead_matches():
    """Every _MONEY_RE match starts where _MONEY_LEAD_RE matches; and its letters, in any case, are the first
    characters of every unit (over all of Unicode)."""
    units = ["kr", "kronor", "kr.", "tkr", "mkr", "mnkr", "msek", "ksek", "sek", "miljon", "miljard", "%", "procent"]
    assert "|".join(units).replace(".", r"\.") in D._MONEY_RE.pattern.replace(r"kr\b", "kr").replace(r"sek\b", "sek") \
        .replace(r"miljon\w*", "miljon").replace(r"miljard\w*", "miljard")
    lead = re.compile(r"[kmtsp%]", re.I)
    firsts = [re.compile(re.escape(u[0]), re.I) for u in units]
    for i in range(sys.maxunicode + 1):
        c = chr(i)
        if any(rx.match(c) for rx in firsts):
            assert lead.match(c), hex(i)
    rng = random.Random(6)
    texts = MONEY_TEXTS + NOISY_MORE + _texts()
    texts += [" ".join(rng.choice(MONEY_TEXTS + FOLLOW_TEXTS) for _ in range(rng.randint(2, 6))) for _ in range(1500)]
    found = 0
    for text in texts:
        for variant in (text, text.upper()):
            for m in D._MONEY_RE.finditer(variant):
                assert D._MONEY_LEAD_RE.match(variant, m.start()), variant
                found += 1
    assert found > 2000


def test_runs_of_digits_cut_by_blanked_spans():
    """_cut_runs gives the runs of digits of the text once the spans are blanked."""
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice("0123456789 a-") for _ in range(rng.randint(0, 40)))
        spans, pos = [], 0
        while pos < len(text) and rng.random() < 0.8:
            s = rng.randint(pos, len(text))
            e = rng.randint(s, min(len(text), s + 8))
            if e > s:
                spans.append((s, e))
            pos = e + rng.randint(0, 3)
        blanked = D._blank(text, spans)
        assert D._cut_runs(D._digit_runs(text), spans) == D._digit_runs(blanked), (text, spans)
    for text in NOISY_MORE:
        masked, runs = D._mask_runs(text, True)
        assert runs == D._digit_runs(masked), text


NOISY_MORE = [
    "Ring 0171-62 50 00 eller 08-123 456 78, växel: 08 123 45 67, +46 8 123 45 67 före 2023.",
    "Dnr KS 2019/123 och Dnr 2020-00123 beslutades 2019-05-12 kl. 13.00–15.00 i 745 80 Enköping.",
    "Projektet får 1,5 miljoner kronor (450 tkr 2021, 12 % av 3 mnkr) från 2021 till 2023.",
    "Uppdaterad 3 maj 2022. Publicerad: 2021-01-15. 2019-2021, 19850101-1234 och 850101-1234 år 2020.",
]


def test_page_date_tried_at_its_words_finds_what_the_whole_text_finds():
    """_page_date_matches tries _PAGE_DATE_RE only at "senast", "sidan", "sist" and the participle stems (any case):
    the same matches as finditer over the whole text."""
    rng = random.Random(6)
    parts = ["Senast uppdaterad:", "Sidan senast uppdaterad", "SIDAN SENAST ÄNDRAD", "sist granskad", "Publicerad",
             "Uppdaterad", "UPPDATERAT", "den", "DEN", "2023-06-28", "28 juni 2023", "28:e Juni 2023", "1.2.2024",
             "12/3 2022", "\n", "  ", "sidan", "Sist", "Ändrad", "ÄNDRAD:", "publicerades:", "Redigerades :",
             "skapades", "Sidan skapades", "senast", "08:44", "text " * 30, " " * 25, "İ", "ſenaſt", "xuppdaterad"]
    texts = [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    texts += [t.upper() for t in texts[:1000]] + _texts()[:2000]
    found = 0
    for text in texts:
        plain = [m.span() for m in D._PAGE_DATE_RE.finditer(text)]
        assert [m.span() for m in D._page_date_matches(text)] == plain, text
        found += len(plain)
    assert found > 2000


def _mask_plain(text: str, page_dates: bool) -> str:
    for rx in D._NOISE_RES + ([D._PAGE_DATE_RE] if page_dates else []):
        text = rx.sub(lambda m: "#" * len(m.group()), text)
    return text


def test_mask_and_atoms_on_mixed_and_recased_texts():
    """_mask_runs (patterns tried at runs of digits, at the run a pattern holds, at page-date words; runs of digits
    cut as spans are blanked) and _find_atoms (one walk over the runs, month and season words) give what the plain
    patterns give, also in upper and title case."""
    rng = random.Random(8)
    pool = FOLLOW_TEXTS + NOISY_MORE + PHRASES + MONEY_TEXTS + [
        "Sidan senast uppdaterad 2023-06-28", "KS 2019/123", "SN2020:45", "VT 2019/20", "Publicerades: 12 mars 2021",
        "ÅÄÖ 12.345", "KS\u00a02019/123", "K 2019/123", "i mars 2024", "samarbete 2024", "Vården 2023", "_mars 2024"]
    texts = [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 8))) for _ in range(1500)]
    texts += _texts()[:800]
    changed = 0
    for text in texts:
        for variant in (text, text.upper(), text.title()):
            for page_dates in (True, False):
                masked, runs = D._mask_runs(variant, page_dates)
                assert masked == _mask_plain(variant, page_dates), variant
                assert runs is None or runs == D._digit_runs(masked), variant
                changed += masked != variant
            atoms = D._find_atoms(masked, fold(masked), runs)
            assert [(a.s, a.e, a.kind) for a in atoms] == _atoms_plain(masked), variant
    assert changed > 500


def test_masked_fold_is_the_fold_of_the_masked_text():
    """_parse_period blanks the masked spans in fold(text) instead of folding the masked text anew: the same text,
    also with odd letters, in upper and title case, and (folded anew) with a capital sigma."""
    rng = random.Random(9)
    pool = PHRASES + ["Kontakt: anna@example.se", "www.example.se/x 2023", "ΑΣ 2023-05-12 kr", "Σ12 kr", "ΣΑ",
                      "\u0130 12 kr \u017f 08-123 45 67", "\u212a 2023", "ÅÄÖ 13.00–15.00"]
    texts = [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 8))) for _ in range(1500)] + _texts()
    blanked = 0
    for text in texts:
        for variant in (text, text.upper(), text.title()):
            masked, runs, spans = D._mask_spans(variant, True, fold(variant))
            assert (masked, runs) == D._mask_runs(variant, True), variant
            assert D._masked_fold(variant, fold(variant), masked, spans) == fold(masked), variant
            blanked += bool(spans)
    assert blanked > 500


def test_runs_of_digits_found_once_give_the_gate_and_the_mask():
    """_parse_period finds the runs of digits once: a run of two or more is where _DIGITS_HIT_RE matches, and
    masking handed those runs masks as it does finding them itself (and hands on the runs of the masked text)."""
    rng = random.Random(10)
    pool = FOLLOW_TEXTS + NOISY_MORE + MONEY_TEXTS + PHRASES + ["\u0660\u0661", "x1y", "1", "12", "a 1 b 2"]
    texts = [" ".join(rng.choice(pool) for _ in range(rng.randint(1, 8))) for _ in range(1500)] + _texts()
    for text in texts:
        runs = D._digit_runs(text)
        assert any(e - s > 1 for s, e in runs) == bool(D._DIGITS_HIT_RE.search(text)), text
        for page_dates in (True, False):
            masked, runs_after, blanked = D._mask_spans(text, page_dates, fold(text), list(runs))
            plain_masked, plain_runs, plain_blanked = D._mask_spans(text, page_dates, fold(text))
            assert (masked, blanked) == (plain_masked, plain_blanked), text
            assert runs_after == D._digit_runs(masked), text
