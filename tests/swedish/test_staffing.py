"""Staffing as full-time equivalents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.swedish.staffing import Staffing, parse_staffing

STAFFING = [
    ("sex heltidstjänster", 6.0),
    ("totalt sex heltidstjänster", 6.0),
    ("”Riktad Drogprevention” är ett femårigt projekt som startar under våren 2016. I detta ska projektledare och "
     "medarbetare, totalt sex heltidstjänster, arbeta med insatser för ungdomar.", 6.0),
    ("en halvtidstjänst", 0.5),
    ("två tjänster à 75 %", 1.5),
    ("Projektet finansierar 2 tjänster á 50 procent.", 1.0),
    ("utökning av en halvtidstjänst", 0.5),
    ("Läsfrämjande insatser i bostadsområden av biblioteket. Projektet innefattar utökning av en halvtidstjänst "
     "inom ramen för befintligt statligt finansierade projekt ”Stärkta bibliotek”.", 0.5),
    ("en psykolog, en socionom och en specialpedagog på heltid", 3.0),
    ("anställs en psykolog, en socionom och en specialpedagog på heltid", 3.0),
    ("För detta arbete anställs en psykolog, en socionom och en specialpedagog på heltid för att tillsammans "
     "stödja barn och föräldrar i nära samverkan med förskolans personal.", 3.0),
    ("en specialpedagog och en IT-pedagog anställda på halvtid", 1.0),
    ("I detta är en specialpedagog och en IT-pedagog anställda på halvtid för att arbeta med anpassningar.", 1.0),
    ("två heltidstjänster", 2.0),
    ("2 heltidstjänster", 2.0),
    ("1,5 tjänst", 1.5),
    ("Projektet finansierar 2,5 tjänster.", 2.5),
    ("motsvarande 1,5 heltid", 1.5),
    ("en 50-procentig tjänst", 0.5),
    ("en 50 procents tjänst", 0.5),
    ("en 75 %-tjänst", 0.75),
    ("två 50-procentiga tjänster", 1.0),
    ("en tjänst på 50 %", 0.5),
    ("en tjänst på 50 procent", 0.5),
    ("tre årsarbetare", 3.0),
    ("2 årsarbetskrafter", 2.0),
    ("en koordinator på 75 %", 0.75),
    ("en samordnare på halvtid", 0.5),
    ("en projektledare på heltid", 1.0),
    ("två samordnare på 50 % vardera", 1.0),
    ("en projektledare på heltid och en kurator på halvtid", 1.5),
    ("en studie- och yrkesvägledare på heltid", 1.0),
    ("tre personer på heltid", 3.0),
    ("två nya socialsekreterare anställs på heltid", 2.0),
    ("Kommunen anställer två socionomer och en psykolog som arbetar på heltid.", 3.0),
    ("Projektet finansierar två tjänster som fältassistenter.", 2.0),
    ("Verksamheten utökas med en tjänst.", 1.0),
    ("En tjänst som samordnare inrättas.", 1.0),
    ("en halvtidstjänst. Projektet innefattar utökning av en halvtidstjänst", 0.5),
    ("Projektet finansierar en samordnare på 100 %", 1.0),
    ("Två fältassistenter anställs på heltid", 2.0),
    ("En familjebehandlare och en skolkurator arbetade på halvtid i teamet.", 1.0),
    # people hired into a role ("anställs som …"), then the extent
    ("Fyra unga vuxna anställs som fältkompisar på 25 procent vardera, och en fältsekreterare på halvtid samordnar "
     "arbetet.", 1.5),
    ("Två personer rekryteras som läxhjälpare på halvtid.", 1.0),
    ("Tre studenter anställdes som mentorer på 20 % var.", 0.6),
    ("En socionom anställs som samordnare på heltid.", 1.0),
]


@pytest.mark.parametrize("text,fte", STAFFING)
def test_parse_staffing(text, fte):
    s = parse_staffing(text)
    assert s is not None
    assert s.fte == pytest.approx(fte)
    for part in s.text.split("; "):
        assert part in text


NO_STAFFING = [
    "",
    "Den huvudsakliga aktiviteten i projektet är att en insatskoordinator anställs i förskolan.",
    "en insatskoordinator anställs",
    "Vidare tillsätts ett team och en koordinator som ska utveckla ett arbetssätt.",
    "en samordnare på deltid",
    "Nu kan vi avsätta lite fler personer för att arbeta med det här.",
    "Familjepedagog (tjänsten finansieras till hälften av medel från Tillväxtverket och till hälften av kommunala "
    "medel)",
    "kommunen erbjuder tre tjänster för medborgare",
    "tre nya e-tjänster",
    "20 %",
    "en ökning på 20 %",
    "50 procent av tjänsten finansieras av projektet",
    "Målgruppen är drygt 60 barn med föräldrar.",
    "sex familjer per grupp",
    "Projektet pågår 2014–2018.",
    "8 miljoner kronor från Tillväxtverket",
    "frånvaro mer än 20% de senaste två månaderna",
    "Socialtjänsten arbetar på heltid med frågan.",
    "arbetar heltid",
    "en socialsekreterare 50 %",
    "De sex heltidstjänsterna finansieras av fonden.",
    "Tre av deltagarna har anställts som barnskötare på heltid.",  # an outcome of the project, not its staff
    "Fem ungdomar anställs som feriearbetare under sommaren.",
]


@pytest.mark.parametrize("text", NO_STAFFING)
def test_no_staffing(text):
    assert parse_staffing(text) is None


def test_total_wins_over_parts():
    text = "En projektledare på heltid och en kurator på halvtid, totalt 1,5 årsarbetare."
    s = parse_staffing(text)
    assert s is not None and s.fte == pytest.approx(1.5)
    assert s.text == "1,5 årsarbetare"


def test_staffing_is_frozen():
    s = parse_staffing("en halvtidstjänst")
    assert isinstance(s, Staffing)
    with pytest.raises(AttributeError):
        s.fte = 2.0  # type: ignore[misc]


@given(st.integers(min_value=1, max_value=50), st.sampled_from(["heltidstjänster", "årsarbetare"]))
@settings(max_examples=100, deadline=None)
def test_count_round_trip(n, unit):
    s = parse_staffing(f"Projektet har {n} {unit}.")
    assert s is not None and s.fte == n


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_never_raises(text):
    s = parse_staffing(text)
    if s is not None:
        assert s.fte > 0


_TOKENS = st.sampled_from(list("0123456789 ,.%-") + [
    "en", "två", "sex", "och", "samt", "heltid", "halvtid", "på", "tjänst", "tjänster", "heltidstjänster",
    "psykolog", "socionom", "samordnare", "procentig", "anställs", "totalt", "årsarbetare",
])


@given(st.lists(_TOKENS, max_size=30).map(" ".join))
@settings(max_examples=200, deadline=None)
def test_never_raises_on_staffing_like_text(text):
    s = parse_staffing(text)
    if s is not None:
        assert s.fte > 0 and s.text


def test_number_starts_keep_every_pattern_start():
    """The patterns are tried only where a number and a blank follow (staffing._number_starts): the same matches
    as trying them at every character of the windows."""
    import random
    import re

    from pipeline.swedish import staffing as s
    from pipeline.swedish._scan import finditer_at, finditer_near, fold, hit_windows, windows

    words = ("en ett två Tre fyra FEM sex ſex åtta tio tolv tjugo hundra halv halvannan en och en halv 1 2 3 12 40 "
             "1 200 1,5 0,75 1.200 50 75 % procent heltid HELTID halvtid heltidstjänster tjänst tjänster FTE fte "
             "årsarbetare st. nya extra psykolog socionomer och samt , på om i som är anställs rekryteras motsvarande "
             "totalt procentig -procentiga vardera \u0130 - ( \n").split(" ")
    patterns = (s._FULL_RE, s._HALF_RE, s._PCT_ADJ_RE, s._PCT_POST_RE, s._LIST_RE, s._POSTS_RE)
    rnd = random.Random(3)
    for _ in range(3000):
        text = "".join(rnd.choice(words) + rnd.choice([" ", " ", "  ", "", "\n"]) for _ in range(rnd.randint(1, 25)))
        low = fold(text)
        for spans in (hit_windows(text, s._HIT_RE, 400, 60, low, s._HIT_KEYS),
                      windows(text, re.compile(r"tid|tjänst|%", re.I), rnd.randint(0, 40), rnd.randint(0, 15))):
            nums = s._number_starts(text, spans)
            for rx in patterns:
                assert [m.span() for m in finditer_at(rx, text, spans, nums)] == \
                    [m.span() for m in finditer_near(rx, text, spans)], (rx.pattern[:30], text, spans)


def test_role_words_grouped_by_first_letter_find_the_same():
    """staffing._ROLE has its role words grouped by first letter (staffing._by_first_letter): the patterns built on
    it find what they find with the plain alternation, on role lists in any case mix and with odd letters."""
    import random
    import re

    from pipeline.swedish import staffing as s

    grouped, plain = s._by_first_letter(s._ROLE_WORDS), "|".join(s._ROLE_WORDS)
    assert grouped in s._ROLE and grouped != plain
    pairs = [(rx, re.compile(rx.pattern.replace(grouped, plain), rx.flags))
             for rx in (s._LIST_RE, s._ITEM_RE, s._POSTS_AS_ROLE_RE)]
    parts = ("en ett två tre 2 1,5 tjugo ny nya erfarna legitimerad psykolog PSYKOLOG socionom specialpedagog "
             "specialpedagoger fältassistenter fältassistent sköterska sköterskor SJUKSKÖTERSKOR barnmorskor anställd "
             "anställda medarbetare arbetare Arbetare ſamordnare \u212aurator kurator kuratorer Läkare chef chefer "
             "ledare fritidsledare projektledare värd värdar lots lotsar personer person resurs resurser expert "
             "kriminolog kriminologer sociolog tolk tolkar dietist instruktörer motivatör skol- och fritidsledare "
             "hund katt på i om heltid halvtid 50 % 75 procent vardera och samt , som anställs rekryteras arbetar "
             "tjänst tjänster - \n").split(" ") + [
        "två psykologer på heltid", "en kurator och en socionom på halvtid", "3 fältassistenter om 50 %",
        "en SJUKSKÖTERSKA, en läkare samt två tolkar anställs på heltid vardera", "två nya ſamordnare i 75 procent",
        "en \u212aurator", "en skol- och fritidsledare", "tre specialpedagoger som arbetar på heltid"]
    rnd = random.Random(21)
    for _ in range(3000):
        text = " ".join(rnd.choice(parts) for _ in range(rnd.randint(1, 14)))
        for fast, slow in pairs:
            for i in range(len(text) + 1):
                a, b = fast.match(text, i), slow.match(text, i)
                assert (a and a.span()) == (b and b.span()), (fast.pattern[:30], text, i)
