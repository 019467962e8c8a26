"""The speed-ups in pipeline.swedish._scan must find exactly what the plain regexes find."""

import random
import re

from pipeline.swedish import dates, money, staffing
from pipeline.swedish._scan import finditer_at, finditer_near, fold, starts, windows
from pipeline.swedish.numbers import NUMBER_PATTERN, NUMBER_START_RE

_WORDS = ("en ett två Tre fyra FEM sex sju åtta Åtta nio tio elva tolv tjugo tjugotre hundra tusen halv halvannan "
          "noll 1 2 3 12 40 2023 2024 1 200 000 3,5 1.200.000 % procent heltid halvtid heltidstjänster tjänster "
          "tjänst psykolog socionom på och samt , . år åriga barn kr kronor tkr mnkr miljoner per totalt "
          "startar pågår under treårigt 3-årigt fyraåriga månader ſex Ånio ( ) - – : \n").split(" ")


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


def test_number_start_re_covers_every_number_start():
    rx = re.compile(NUMBER_PATTERN, re.I)
    for text in _texts(3000, 1):
        cands = set(starts(text, NUMBER_START_RE))
        for i in range(len(text)):
            if rx.match(text, i):
                assert i in cands, (text, i)


def test_finditer_at_finds_what_finditer_near_finds():
    patterns = [staffing._FULL_RE, staffing._LIST_RE, staffing._POSTS_RE, money._AMOUNT_RE, dates._DUR_ADJ_RE]
    for text in _texts(3000, 2):
        spans = windows(text, re.compile(r"år|kr|tid|tjänst|%"), 40, 30)
        nums = starts(text, NUMBER_START_RE)
        for rx in patterns:
            assert [m.span() for m in finditer_at(rx, text, spans, nums)] == \
                [m.span() for m in finditer_near(rx, text, spans)], (rx.pattern[:40], text)


def test_fold_keeps_positions_and_ignorecase_letters():
    assert fold("İSTANBUL ſkola ÅR") == "istanbul skola år"
    for text in _texts(500, 3):
        assert len(fold(text)) == len(text)


def test_page_date_windows_find_what_the_whole_text_finds():
    rnd = random.Random(4)
    parts = ["Senast uppdaterad:", "Sidan senast uppdaterad", "Publicerad", "Uppdaterad", "den", "2023-06-28",
             "28 juni 2023", "1.2.2024", "12/3 2022", "\n", "  ", "sidan", "Ändrad", "ÄNDRAD:", "publicerades:",
             "skapades", "Sidan skapades", "08:44", "text " * 30, " " * 25]
    for _ in range(5000):
        text = " ".join(rnd.choice(parts) for _ in range(rnd.randint(1, 12)))
        assert [m.span() for m in dates._page_date_matches(text)] == \
            [m.span() for m in dates._PAGE_DATE_RE.finditer(text)], text


def test_hit_windows_are_the_windows():
    from pipeline.swedish import targets
    from pipeline.swedish._scan import hit_windows

    cases = [(staffing._HIT_RE, staffing._HIT_KEYS), (targets._AGE_HIT_RE, ("år", "åld")),
             (dates._DUR_HIT_RE, ("år", "mån", "halvår")), (money._UNIT_HIT_RE, money._UNIT_KEYS)]
    extra = ("ÅR års åringar årig Ålder halvår månad mån. MÅNADER 3 kr SEK 5:- miljoner mio mdr HELTID "
             "halvtidstjänst socialtjänsten årsarbetare procent FTE fte-tal").split()
    rnd = random.Random(5)
    texts = _texts(1500, 6) + [" ".join(rnd.choice(_WORDS + extra) for _ in range(rnd.randint(1, 40)))
                               for _ in range(3000)]
    for text in texts:
        for rx, keys in cases:
            assert hit_windows(text, rx, 50, 30, fold(text), keys) == windows(text, rx, 50, 30), (rx.pattern, text)
