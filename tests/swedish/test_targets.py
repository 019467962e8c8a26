"""Target groups: ages and school years."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.swedish.targets import Target, parse_target

# (text, (age_min, age_max), (grade_min, grade_max))
TARGETS = [
    # ages (real pages: VGR, Fyrbodal, Enköping)
    ("barn 0-12 år", (0, 12), (None, None)),
    ("barn och unga 0-12 år (som SIM spår 2 fokuserar på)", (0, 12), (None, None)),
    ("föräldrar till barn 0-12 år", (0, 12), (None, None)),
    ("0–6 år", (0, 6), (None, None)),
    ("barn (0–6) år", (0, 6), (None, None)),
    ("Målgrupp: föräldrar och barn (0–6) år som har behov av stöttning kring språkutveckling", (0, 6), (None, None)),
    ("2,5-åringar", (2.5, 2.5), (None, None)),
    ("unga 16–24 år som har avbrutit gymnasiet", (16, 24), (None, None)),
    ("elever som riskerar att avbryta gymnasiet", (None, None), (10, 12)),  # still in it
    ("Målgrupp: 2,5-åringar som är listade vid Närhälsan Munkedal. Cirka 100 barn per årskull.", (2.5, 2.5),
     (None, None)),
    ("6-åringar", (6, 6), (None, None)),
    ("treåringar", (3, 3), (None, None)),
    ("fyraåriga barn", (4, 4), (None, None)),
    ("13–16 år", (13, 16), (None, None)),
    ("ungdomar upp till 18 år", (None, 18), (None, None)),
    ("Chatten vänder sig främst till ungdomar upp till 18 år, men i andra hand också till vuxna.", (None, 18),
     (None, None)),
    ("unga 16-25 år", (16, 25), (None, None)),
    ("Elever 7-11 år", (7, 11), (None, None)),
    ("Målgrupp: Elever 7-11 år, med risk för eller med psykisk ohälsa", (7, 11), (None, None)),
    ("barn i åldern 1–5 år", (1, 5), (None, None)),
    ("Familjer med barn i åldern 1–5 år i den kommunala förskolan", (1, 5), (None, None)),
    ("barn 0-3 år", (0, 3), (None, None)),
    ("Barn i ålder 0-3 år som är inskrivna i barnhälsovården", (0, 3), (None, None)),
    ("ingen utbildning till småbarnsföräldrar med barn som är 1–3 år", (1, 3), (None, None)),
    ("Utrikesfödda vårdnadshavare med barn 6–12 år och deras barn.", (6, 12), (None, None)),
    ("barn i åldrarna 6-12", (6, 12), (None, None)),
    ("barn mellan 6 och 12 år", (6, 12), (None, None)),
    ("ungdomar från 13 till 19 år", (13, 19), (None, None)),
    ("barn under 3 år", (None, 2), (None, None)),
    ("personer över 65 år", (66, None), (None, None)),
    ("ungdomar 16 år och äldre", (16, None), (None, None)),
    ("barn som är tre år", (3, 3), (None, None)),
    ("Generella insatser ges till barn och föräldrar i upptagningsområden för de kliniker med sämst tandhälsa "
     "bland 6-åringar i regionen. Riktat stöd ges i form av hälsosamtal till alla familjer med barn 0-6 år.",
     (0, 6), (None, None)),
    ("ungdomar upp till 18 år och barn 0–6 år", (None, 18), (None, None)),
    # grades
    ("årskurs 4-6", (None, None), (4, 6)),
    ("Barn i årskurs 4-6 boende på Norra Hisingen och med identifierad frånvaro mer än 20% de senaste två "
     "månaderna.", (None, None), (4, 6)),
    ("åk 7–9", (None, None), (7, 9)),
    ("åk. 1-3", (None, None), (1, 3)),
    ("årskurs 8", (None, None), (8, 8)),
    ("Elever i årskurs 6-9", (None, None), (6, 9)),
    ("Elever i årskurs 6-9 i Åmåls kommun", (None, None), (6, 9)),
    ("Ett stort antal elever i årskurs 1–6 på Hummelstaskolan mår inte bra", (None, None), (1, 6)),
    ("årskurs 7, 8 och 9", (None, None), (7, 9)),
    ("årskurserna 4 till 6", (None, None), (4, 6)),
    ("4:e–6:e klass", (None, None), (4, 6)),
    ("klass 4-6", (None, None), (4, 6)),
    ("F-6:e klass", (None, None), (0, 6)),
    ("Elever i F-6:e klass i Skepplanda med problematisk skolfrånvaro", (None, None), (0, 6)),
    ("F–3", (None, None), (0, 3)),
    ("elever i F-9", (None, None), (0, 9)),
    ("förskoleklass till årskurs 3", (None, None), (0, 3)),
    ("förskoleklass samt årskurs 1-9", (None, None), (0, 9)),
    ("Elever i Förskoleklass samt årskurs 1-9. Totalt cirka 500 elever.", (None, None), (0, 9)),
    ("barn i förskoleklass", (None, None), (0, 0)),
    ("mellanstadiet", (None, None), (4, 6)),
    ("Bergvretenskolan vill satsa på en elevcoach på mellanstadiet.", (None, None), (4, 6)),
    ("Bergvretenskolan vill satsa på en elevcoach på mellanstadiet. I dag finns en elevcoach på högstadiet – och "
     "resultatet är mycket positivt. Hela högstadiet mår bättre och är mer motiverade. Eleverna på mellanstadiet "
     "har behov av trygghet och vägledning.", (None, None), (4, 6)),
    ("mellanstadieåldern", (None, None), (4, 6)),
    ("förebygga ohälsa hos barn i mellanstadieåldern", (None, None), (4, 6)),
    ("lågstadiet", (None, None), (1, 3)),
    ("högstadiet", (None, None), (7, 9)),
    ("högstadieelever", (None, None), (7, 9)),
    ("förhindra insjuknande i en första depression hos ungdomar under högstadiet", (None, None), (7, 9)),
    ("gymnasiet", (None, None), (10, 12)),
    ("gymnasieskolan", (None, None), (10, 12)),
    ("elever på gymnasiet", (None, None), (10, 12)),
    ("elever i årskurs 1 på gymnasiet", (None, None), (10, 10)),
    ("Elever i grundskolan med problematisk skolfrånvaro som riskerar att inte gå ut grundskolan med godkända "
     "betyg.", (None, None), (1, 9)),
    ("grundskoleelever", (None, None), (1, 9)),
    ("Elever i årskurs 7–9 och på gymnasiet.", (None, None), (7, 12)),
    ("elever från årskurs 4 till årskurs 6", (None, None), (4, 6)),
    ("Elever i F-6 och deras vårdnadshavare.", (None, None), (0, 6)),
    ("Lovskola: Elever på högstadiet som riskerar att inte nå kunskapskraven får extra undervisning.", (None, None),
     (7, 9)),
    ("familjer med barn i förskoleklass och på lågstadiet", (None, None), (0, 3)),
    ("Nyanlända elever i åk 7-9", (None, None), (7, 9)),
    ("Elever i år 7–9", (None, None), (7, 9)),
    ("elever på gymnasiet år 1-3", (None, None), (10, 12)),
    ("unga vuxna 18–29 år", (18, 29), (None, None)),
    ("Barn och ungdomar mellan 7 och 15 år", (7, 15), (None, None)),
    # both
    ("Ungdomar i årskurs 8 (13–16 år) i de medverkande kommunerna.", (13, 16), (8, 8)),
]


@pytest.mark.parametrize("text,ages,grades", TARGETS)
def test_parse_target(text, ages, grades):
    t = parse_target(text)
    assert (t.age_min, t.age_max) == ages
    assert (t.grade_min, t.grade_max) == grades
    assert t.text
    for part in t.text.split("; "):
        assert part in text


NOTHING = [
    "",
    "20 barn",
    "60 barn med föräldrar",
    "Målgruppen är drygt 60 barn med föräldrar.",
    "sex familjer",
    "cirka sex familjer per grupp",
    "20%",
    "frånvaro mer än 20% de senaste två månaderna",
    "de senaste två åren",
    "Totalt förväntas cirka 20 barn med familjer per år ingå i projektet vid överlämningen från förskola till "
    "förskoleklass.",
    "att fler klarar grundskolan",
    "målet att våra barn skall klara grundskolan",
    "Projektets mål är främst att alla unga ska nå gymnasiebehörighet.",
    "öka andelen med gymnasiekompetens",
    "sommarlovsskola, lovskola och andra gymnasieförberedande aktiviteter",
    "få möjligheter till vidare studier på gymnasial nivå",
    "inför gymnasiet",
    "unga som har avbrutit gymnasiet",  # left school: no grades
    "ungdomar som hoppade av gymnasiet i förtid",
    "gå ut 9:an med gymnasiekompetens",
    "Insatserna kan komma att bli upp till 3 år med medfinansiering av RUN.",
    "Projektet pågår i 2–3 år",
    "under 2–3 år",
    "mellan 2 och 3 år",
    "Projektet pågår 2014–2018.",
    "Tidsperiod: 2021-01-01 till och med 2023-12-31",
    "ett treårigt projekt",
    "Politik, ledning och strategiska- och operativa funktioner i kommunerna.",
    "Kommun, region och akademi",
    "1 av 16 projekt",
    "Telefon: 0171-62 50 00",
    "för tre år sedan",
    "Fas 2-3 år 2024",
    "i år 3 nya projekt",
    "Att alla elever ska kunna simma 200 meter när de slutar årskurs 3.",
    "Insatser som ökar andelen elever som fullföljer gymnasiet.",
    "fler elever ska klara årskurs 9 med godkända betyg",
    "år 2014-2016",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_target(text):
    assert parse_target(text) == Target(None, None, None, None, None)


def test_target_is_frozen():
    t = parse_target("barn 0-12 år")
    with pytest.raises(AttributeError):
        t.age_min = 1  # type: ignore[misc]


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_never_raises(text):
    t = parse_target(text)
    if t.age_min is not None and t.age_max is not None:
        assert t.age_min <= t.age_max
    if t.grade_min is not None and t.grade_max is not None:
        assert 0 <= t.grade_min <= t.grade_max <= 12


_TOKENS = st.sampled_from(list("0123456789 -–(),.:") + [
    "år", "åringar", "barn", "unga", "årskurs", "åk", "F", "klass", "upp till", "under", "över", "mellan", "och",
    "till", "mellanstadiet", "gymnasiet", "grundskolan", "elever i", "förskoleklass", "åldern", "2,5", ":e",
])


@given(st.lists(_TOKENS, max_size=30).map("".join))
@settings(max_examples=200, deadline=None)
def test_never_raises_on_target_like_text(text):
    t = parse_target(text)
    if t.age_min is not None and t.age_max is not None:
        assert t.age_min <= t.age_max
    if t.grade_min is not None and t.grade_max is not None:
        assert t.grade_min <= t.grade_max


def test_gates_find_what_the_patterns_find():
    """Some patterns are tried only at (or up to ``back`` before) their gate's hits in the folded text (targets._gated)
    or from a window's first hit (_gated_near): the same matches as running them everywhere, in any case mix and with
    letters that match case-blind without being a-z ("ſ", "İ", the Ångström sign)."""
    import random
    import re

    from pipeline.swedish import targets as t
    from pipeline.swedish._scan import finditer_near, fold, hit_windows, windows

    parts = ("barn elever unga personer i åldern ålder som är år ÅR \u212br åriga åringar 3-åringar årskurs ÅRSKURS "
             "åk åk. skolår ſkolår klass klasserna F Fsk F-klass förskoleklass f upp till UPP TILL till och med t.o.m. "
             "t o m tom högst under Under yngre än från och med över äldre än minst eller äldre uppåt mellan "
             "0 1 3 6 9 12 16 18 2,5 2024 en ett tre sex tolv tjugo ſex \u0130 - – — ( ) , . : \n").split(" ") + [
        "år 7-9", "ÅR 4 – 6", "skolår 3 till 5", "SKOLÅR 1-3", "i år 3 nya", "upp till 18 år", "Under 12 år",
        "t.o.m. 20 år", "yngre än sex år", "högst tre ÅR", "i åldern 6 år", "som är 16 år", "I ÅLDERN tolv år",
        "16 år och äldre", "tre år eller uppåt", "från 13 år", "över 65 år", "Äldre än 7 år", "minst 2,5 år",
        "F-3", "Fsk–åk 2", "förskoleklass till klass 3", "åk 4-6", "klass 7, 8 och 9"]
    rnd = random.Random(11)
    for _ in range(4000):
        text = "".join(rnd.choice(parts) + rnd.choice([" ", " ", "", "  ", "-"]) for _ in range(rnd.randint(1, 25)))
        low = fold(text)
        for rx, gate, back in ((t._GRADE_RE, t._GRADE_GATE_RE, 0), (t._GRADE_F_RE, t._GRADE_F_GATE_RE, 0),
                               (t._GRADE_YEAR_RANGE_RE, t._GRADE_YEAR_RANGE_GATE_RE, 4)):
            assert [m.span() for m in t._gated(rx, gate, text, low, back)] == \
                [m.span() for m in rx.finditer(text)], (rx.pattern[:30], text)
        for spans in (hit_windows(text, t._AGE_HIT_RE, 80, 40, low, t._AGE_KEYS),
                      windows(text, re.compile(r"år|åld", re.I), rnd.randint(0, 30), rnd.randint(0, 20))):
            for rx, gate, inner in ((t._AGE_UPPER_RE, t._AGE_UPPER_GATE_RE, None),
                                    (t._AGE_SINGLE_RE, t._AGE_SINGLE_GATE_RE, None),
                                    (t._AGE_LOWER_RE, t._AGE_LOWER_GATE_RE, t._AGE_LOWER_INNER_RE)):
                assert [m.span() for m in t._gated_near(rx, gate, text, low, spans, inner)] == \
                    [m.span() for m in finditer_near(rx, text, spans)], (rx.pattern[:30], text, spans)
            assert [m.span() for m in t._age_ranges(text, low, spans)] == \
                [m.span() for m in finditer_near(t._AGE_RANGE_RE, text, spans)], (text, spans)


def test_age_range_and_time_word_shortcuts():
    """targets._age_ranges skips windows without the inner gate and tries the pattern only from each connector's
    _range_scan_start (after no \\w or ","), and targets._ends_in_time_word searches only the end: the same as the
    plain patterns on ranges in varied forms, case mixes, odd letters and blanks."""
    import random
    import re

    from pipeline.swedish import targets as t
    from pipeline.swedish._scan import finditer_near, fold, windows

    parts = ("barn unga ungdomar mellan från ( ) (  ) 0 1 3 6 12 16 18 25 2,5 16,50 2024 1999 en ett tre sex sexton "
             "tolv tjugo ſex \u212btta TRE Tolv - – — till TILL och OCH år ÅR \u212br års ålder åringar -åringar "
             "åriga -åriga får går år2024 i under inom om efter på pågår pågå varar period perioden tid tiden "
             "senaste kommande ytterligare drygt knappt cirka ca ca. minst max högst omkring nästan ungefär "
             "İ I ı , . : \n \t").split(" ") + [
        "3-6 år", "tre till sex år", "mellan 6 och 12 år", "(0–6) år", "12 – 16 ÅR", "sex och sju år", "0-6år",
        "2,5-5 åringar", "16–20 års ålder", "6-9-åriga", "1-3 år 2024", "från 13 till 19 år", "Tre Till SEX \u212bR",
        "(13-16 år)", "4–6 år", "ſju-tolv år", "13-16", "till 18 år", "och 2 år", "xca.", "CA.", "ca..", "_tid",
        "tid_", "ytterligaree", "YTTERLIGARE", "xytterligare", "pågår.", "period(", "tiden((", "ca(", "ca.(",
        "mellan (3-5 år)", "från  ( 13 till 19 år)", "MELLAN\t2,5 och 4 år", "x,3-4 år", "_3-4 år", ",5-6 år",
        "mellantre-fyra år", "(  6\u2003–\u00a09 år )", "tolv–tjugo år"]
    rnd = random.Random(12)
    for _ in range(6000):
        text = "".join(rnd.choice(parts) + rnd.choice([" ", " ", "", "  ", "-", " ( ", "\n"])
                       for _ in range(rnd.randint(1, 20)))
        low = fold(text)
        spans = windows(text, re.compile(r"år|åld", re.I), rnd.randint(0, 40), rnd.randint(0, 20))
        assert [m.span() for m in t._age_ranges(text, low, spans)] == \
            [m.span() for m in finditer_near(t._AGE_RANGE_RE, text, spans)], (text, spans)
        for end in range(len(text) + 1):
            before = text[max(0, end - 60): end]
            assert t._ends_in_time_word(before) == bool(t._TIME_BEFORE_RE.search(before)), before


def test_grundskola_positions_find_what_the_pattern_finds():
    """targets._grundskola_matches tries _GRUNDSKOLA_RE only at the last words before each "grundskol": the same
    matches as finditer everywhere, on written, generated and case-mixed text with odd letters and blanks."""
    import random

    from pipeline.swedish import targets as t
    from pipeline.swedish._scan import fold

    written = [
        "Elever i grundskolan och gymnasiet.", "barn och unga som går i den kommunala grundskolan i Sala",
        "ELEVER PÅ HELA GRUNDSKOLAN", "grundskoleelever, grundskoleeleverna och grundskolans  elever",
        "Insatsen når personer inom grundskolan.", "klara grundskolan", "xgrundskolan", "elever_i grundskolan",
        "ungdomar  med\tbehov   i\ngrundskolan", "elever i år 7 på grundskolan", "föräldrar, i grundskolan",
    ]
    parts = ("barn elever ELEVER unga ungdomar personer föräldrar målgruppen ålder i på inom I PÅ den hela som går "
             "kommunala vår grundskolan GRUNDSKOLAN Grundskolans grundskoleelever grundskoleeleverna elever "
             "grundskol grundskolanx ſom \u0130 \u212b 7 _ , . : ( ) -").split(" ")
    rnd = random.Random(13)
    texts = list(written)
    for _ in range(5000):
        texts.append("".join(rnd.choice(parts) + rnd.choice([" ", " ", "", "  ", "\n", "\t", ", "])
                             for _ in range(rnd.randint(1, 25))))
    for text in texts:
        assert [m.span() for m in t._grundskola_matches(text, fold(text))] == \
            [m.span() for m in t._GRUNDSKOLA_RE.finditer(text)], text


def test_numeric_grade_patterns_need_a_digit():
    """_grade_mentions no longer searches for a digit before its numeric patterns: none of them matches a text
    without one (\\d, or [1-9]), so skipping them there changed nothing."""
    import random

    from pipeline.swedish import targets as t

    parts = ("årskurs ÅK åk. skolår klass klasserna F Fsk F-klass förskoleklass till t.o.m. och samt & , - – "
             ":a :e :A år i elever fyra sex nio İ ſ Å ( )").split(" ")
    rnd = random.Random(14)
    for _ in range(5000):
        text = "".join(rnd.choice(parts) + rnd.choice([" ", "", "  ", "-"]) for _ in range(rnd.randint(1, 20)))
        for rx in (t._GRADE_RE, t._GRADE_YEAR_RANGE_RE, t._GRADE_ORDINAL_RE, t._GRADE_F_RE):
            assert rx.search(text) is None, (rx.pattern[:30], text)


def test_starting_with_finds_what_the_patterns_find():
    """targets._starting_with tries _FKLASS_RE, _STAGE_RE and _GYMNASIUM_RE only where the folded text holds how
    their matches begin: the same matches as finditer everywhere, in any case mix and with odd letters."""
    import random

    from pipeline.swedish import targets as t
    from pipeline.swedish._scan import fold

    parts = ("förskoleklass Förskoleklassen FÖRSKOLEKLASSERNA förskoleklasser F-klass f-klassen F-KLASS xF-klass "
             "lågstadiet Mellanstadieelever HÖGSTADIET högstadiebarnen mellanstadienivån lågstadie hög stadiet "
             "gymnasiet Gymnasieskolan GYMNASIEELEVER gymnasiestuderande gymnasiex agymnasiet ſ \u0130 \u212b "
             "\u212bgstadiet l\u212bgstadiet - _ , . ( )").split(" ")
    rnd = random.Random(15)
    for _ in range(4000):
        text = "".join(rnd.choice(parts) + rnd.choice([" ", "", "  ", "-", "\n"]) for _ in range(rnd.randint(1, 20)))
        low = fold(text)
        for rx, starts in ((t._FKLASS_RE, t._FKLASS_KEYS), (t._STAGE_RE, t._STAGE_STARTS),
                           (t._GYMNASIUM_RE, ("gymnasie",))):
            assert [m.span() for m in t._starting_with(rx, text, low, starts)] == \
                [m.span() for m in rx.finditer(text)], (rx.pattern[:30], text)
