"""The theme taxonomy: data that loads, matches words at their start, and classifies real project text."""

import csv

import pytest

from pipeline.themes import THEMES_CSV, taxonomy, themes_of


def test_taxonomy_rows_are_unique_and_complete():
    rows = list(csv.DictReader(open(THEMES_CSV, encoding="utf-8")))
    assert len({r["theme"] for r in rows}) == len(rows) == len(taxonomy())
    assert all(r["label_sv"] and r["label_en"] and r["keywords"] for r in rows)


@pytest.mark.parametrize("text,expected", [
    ("problematisk skolfrånvaro i grundskolan", {"skolnarvaro"}),
    ("förebygga psykisk ohälsa och depression hos unga", {"psykisk-halsa"}),
    ("ABC-föräldragrupper för vårdnadshavare", {"foraldraskapsstod"}),
    ("språkscreening på modersmål på BVC", {"sprakutveckling", "tidiga-insatser"}),
    ("motverka stillasittande genom fysisk aktivitet", {"fysisk-aktivitet"}),
    ("hälsosamtal i tandvården, Tandboxen", {"tandhalsa"}),
    ("etableringskoordinatorer för nyanlända arbetslösa i praktik", {"integration", "arbetsmarknad"}),
    ("Kommunen bygger en ny cykelväg", set()),
    ("barn i förskolan och deras föräldrar", {"tidiga-insatser"}),  # parents alone are not parenting support
    ("ett omvårdnadshem", set()),  # 'vårdnadshavare' must not match inside other words
])
def test_themes_of_real_project_text(text, expected):
    assert set(themes_of(text)) == expected


def test_word_character_of_the_regex_is_that_of_found_in():
    """themes_of finds word starts with the regex's (?<!\\w); Theme.found_in with str.isalnum() or "_"."""
    import re
    import sys

    chars = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(re.findall(r"\w", chars)) == {c for c in chars if c.isalnum() or c == "_"}


THEME_TEXTS = [
    "språk- och kultur",  # a keyword ("kultur") starting inside another's match
    "Språk- och kulturfrågor för nyanlända 2024 och 0-3 år; 0–3 år, 2,5-åringar",
    "skolfrånvaro_närvaro x2 a2 _drog -drog 12 brott:brott\nABC-grupper, SFI/BVC (NPF)",
    "İnkludering; INTEGRATION; ınkludering, ſpel om pengar, Tandboxen i folktandvården",
    "omvårdnadshem, föräldrarna, välfärd, förebyggande, kriminalitet och kriminella gäng",
    "",
]


def test_themes_of_is_every_theme_found_in_the_text():
    """The one-scan themes_of gives what asking every theme's keywords (Theme.found_in) gives."""
    from tests.saved_texts import saved_block_texts

    texts = list(THEME_TEXTS) + saved_block_texts()
    assert len(texts) > 1000
    found = 0
    for text in texts:
        for variant in (text, text.upper(), text.title()):
            expected = [t.id for t in taxonomy() if t.found_in(variant.lower())]
            assert themes_of(variant) == expected, variant
            found += bool(expected)
    assert found > 300
    assert themes_of("a", None, "drog", "") == [t.id for t in taxonomy() if t.found_in("a\ndrog")]


def test_themes_of_with_keywords_that_start_other_themes_keywords(monkeypatch):
    """A place where keywords of several themes begin ("kultur", "kulturskola", "kult") gives all their themes."""
    from pipeline import themes
    from pipeline.themes import Theme

    made_up = (Theme("a", "", "", ("kulturskola", "ab-")), Theme("b", "", "", ("kultur", "språk- och kultur")),
               Theme("c", "", "", ("kult", "ab")), Theme("d", "", "", ("skola", "k")))
    monkeypatch.setattr(themes, "taxonomy", lambda: made_up)
    themes._matcher.cache_clear()
    try:
        for text in ["kulturskolan", "Kultur", "kult", "språk- och kulturskola", "ab-x", "abc", "xkulturskola k",
                     "skolakultur", "ab", "", "språk- och kult"]:
            assert themes_of(text) == [t.id for t in made_up if t.found_in(text.lower())], text
        assert themes_of("språk- och kulturskola") == ["a", "b", "c", "d"]
    finally:
        themes._matcher.cache_clear()


def test_every_taxonomy_row_has_the_header_fields_and_numbers_are_no_keywords():
    """An unquoted comma ("2,5-åring") once split a row: "2" became a keyword, so every year 2xxx was 'tidiga
    insatser', and the keywords after it were lost."""
    import csv

    from pipeline.themes import THEMES_CSV

    with open(THEMES_CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert {len(r) for r in rows} == {len(rows[0])}
    assert themes_of("Projektet startade 2024 och pågår till 2026.") == []
    assert themes_of("Hembesök hos familjer med 2,5-åringar.") == ["tidiga-insatser"]
    assert not [kw for t in taxonomy() for kw in t.keywords if kw.isdigit()]


def test_a_split_taxonomy_row_is_a_clear_error(tmp_path, monkeypatch):
    import pipeline.themes as themes

    bad = tmp_path / "themes.csv"
    bad.write_text("theme,label_sv,label_en,keywords\nx,X,X,2,5-åring|nyfödda\n", encoding="utf-8")
    monkeypatch.setattr(themes, "THEMES_CSV", bad)
    with pytest.raises(ValueError, match="line 2.*quote"):
        themes.taxonomy.__wrapped__()


def test_themes_of_with_keywords_that_begin_or_hold_non_word_characters(monkeypatch):
    """themes_of searches for a non-word character and matches the trie after it, searching again from the
    keyword's first character: the same as Theme.found_in also for keywords that begin with a non-word character
    ("-drog", "(npf") or hold one, found at the text's start, next to each other or inside each other's match."""
    from pipeline import themes
    from pipeline.themes import Theme

    made_up = (Theme("a", "", "", ("-drog", "drog")), Theme("b", "", "", ("(npf", "npf)")),
               Theme("c", "", "", ("k k", "k")), Theme("d", "", "", ("_x", "x-")), Theme("e", "", "", ("é", "2,5")))
    monkeypatch.setattr(themes, "taxonomy", lambda: made_up)
    themes._matcher.cache_clear()
    try:
        texts = ["-drog", "a-drog", "a--drog", "(npf)", "x(npf", "k k k", "kk k", "_x", "a_x", "x-x-", "é", "aé",
                 " 2,5", "12,5", "-", "", "\n-drog\n(npf) k", "Drog-Drog", "x- k k -drog (npf)", "(Npf", "ÉÉ é"]
        for text in texts:
            for variant in (text, text.upper(), " " + text, text + " "):
                assert themes_of(variant) == [t.id for t in made_up if t.found_in(variant.lower())], variant
    finally:
        themes._matcher.cache_clear()
