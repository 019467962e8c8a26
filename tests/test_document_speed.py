"""Shortcuts of the page parser give what the plain computation gives."""

import random

from pipeline.extract import document as d
from pipeline.swedish._scan import fold
from pipeline.swedish.dates import parse_page_date

# Labels, their stems alone, in odd cases and spellings: drawn seldom, so that most texts have long stretches
# without one.
_LABELS = (
    "Senast uppdaterad", "senast", "Sidan", "uppdaterad", "UPPDATERAT", "Publicerad:", "publicerades", "ändrad",
    "ÄNDRAD", "ſkapad", "Skapad den", "granskad", "reviderad", "redigerades",
)
_TOKENS = (
    ":", "den", "andra",
    # dates and numbers
    "3 maj 2021", "2021-05-03", "3/5 2021", "12.4.2020", "1:a mars 2019", "2020", "7", "2024-13-40", "31 feb 2022",
    "12", "maj", "2021", "2021-", "05-03", "-", ".",
    # filler, short and long
    "Projektet", "och", "x" * 30, "lorem ipsum dolor " * 3, "y" * 55, "z" * 120,
    # blanks of every kind
    " ", " ", " ", "\n", "\t", "\u00a0", "\x85", "\u2028", "\x1c", "\u200b", "  \n ",
)
# What makes the full text be read whole: a text not NFC, a run of 20 blanks.
_RARE_TOKENS = ("a\u0308ndrad", "\x85" * 21, "\x85 \u2028" * 7)


def _nodes(rnd: random.Random) -> list[str]:
    tokens = _TOKENS + _RARE_TOKENS if rnd.random() < 0.1 else _TOKENS
    nodes = []
    for _ in range(rnd.randint(1, 80)):
        node = "".join(rnd.choice(_LABELS if rnd.random() < 0.1 else tokens) for _ in range(rnd.randint(1, 3)))
        if node and not node.isspace():  # as _body_texts keeps them
            nodes.append(node)
    return nodes


def test_page_date_texts_have_the_full_texts_latest_date():
    rnd = random.Random(0)
    windowed = 0
    for _ in range(6000):
        nodes = _nodes(rnd)
        if not nodes:
            continue
        joined = "\n".join(nodes)
        full = d.clean_text(joined)
        texts = d._page_date_texts(joined, d._fold_latin1(joined))
        windowed += texts != [full]
        fast = max(filter(None, map(parse_page_date, texts)), default=None)
        assert fast == parse_page_date(full), nodes
    assert windowed > 2000  # most cases take the shortcut


# Labels and dates cut into nodes in every way; the filler around them makes the pieces smaller than the text.
_SPLIT_CASES = (
    ["Sidan", "publicerades", "3 maj 2021"], ["Sist", "ändrades", "den", "12", "maj", "2021"],
    ["Sidan senast", "uppdaterades\n", "den", "2021-05-03"], ["Senast", "\u00a0 ", "uppdaterad", ":", "12.4.", "2020"],
    ["Publicerades", ": den 1:a", "mars", "2019"], ["UPPDATERAT\x85", "\u2028 31", "dec.", "2023"],
    # many blank lines (no characters of the full text) between a label and its date
    ["Senast uppdaterad" + "\n \n" * 300 + "3 maj 2021"],
    ["ord " * 50 + "\n\t\n" * 200 + "Sidan", "\n \u00a0\n" * 100 + "publicerades", "3 maj 2021" + "\n  " * 99],
)


def test_page_date_texts_of_labels_and_dates_cut_into_nodes():
    for case in _SPLIT_CASES:
        for before, after in ((0, 0), (1, 0), (0, 1), (3, 2)):
            nodes = ["lorem ipsum dolor " * 5] * before + case + ["z" * 90] * after
            joined = "\n".join(nodes)
            texts = d._page_date_texts(joined, d._fold_latin1(joined))
            assert max(filter(None, map(parse_page_date, texts)), default=None) == \
                parse_page_date(d.clean_text(joined)) is not None, nodes


def test_page_date_texts_of_a_page():
    filler = "".join(f"<p>Stycke {i} om något annat.</p>\n" for i in range(60))
    page = (f"<html><head><title>t</title><script>var s = 'Publicerad 1 januari 2030';</script></head><body>"
            f"{filler}<div><span>Senast</span> <b>uppdaterad</b>:\n<time>3 maj 2021</time></div>{filler}"
            f"<style>/* Uppdaterad 2029-01-01 */</style><p>Publicerad 2020-02-02</p>{filler}</body></html>")
    doc = d.parse_html(page.encode(), "https://example.se/x")
    assert len(doc.page_date_texts) == 2
    assert sum(map(len, doc.page_date_texts)) < len(doc.full_text) / 4
    assert max(map(parse_page_date, doc.page_date_texts)) == parse_page_date(doc.full_text)
    assert str(parse_page_date(doc.full_text)) == "2021-05-03"


_PLAIN_BODY_TEXT = "//body//text()[not(ancestor::script or ancestor::style)]"


def test_body_texts_are_the_plain_xpaths():
    from lxml import etree

    pieces = ("<p>a</p>", "<body>", "</body>", "<body class='x'>", "</html>", "<html>", "<head>", "</head>",
              "<script>var s = ' <b>x</b> ';</script>", "<script> </script>", "<script></script>", "<style>p{}</style>",
              "<style>\n</style>", "text", " ", "\n", "<!-- c -->", "<svg><style>s</style><text>t</text></svg>",
              "<template><p>tp</p></template>", "<frameset>", "<noscript>ns</noscript>", "<div>", "</div>",
              "<textarea>ta</textarea>", "<title>ti</title>", "&amp;", "<![CDATA[cd]]>", "<?pi x?>", "<table><td>c",
              "<select><option>o", "\u00a0", "<br/>", "<b>", "</p>", "<SCRIPT>S</SCRIPT>", "<svg:script>x</svg:script>",
              "<xmp>x<b>y</b></xmp>", "<style><p>q</p>", "<script>", "</script>", "<noembed>ne</noembed>", "</style>")
    rnd = random.Random(1)
    for _ in range(3000):
        page = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 25)))
        try:
            root = etree.fromstring(page.encode(), d._UTF8_PARSER)
        except (etree.ParserError, ValueError):
            continue
        if root is None:
            continue
        plain = [t for t in root.xpath(_PLAIN_BODY_TEXT, smart_strings=False) if t.strip()]
        assert d._body_texts(root) == plain, page  # it takes <script> and <style> out of the tree:
        assert d._body_texts(root) == plain, page  # read again, the same


def test_page_date_pieces_follow_the_date_parser():
    """_page_date_texts relies on parse_page_date's label stems and text limit: a change there must reach it."""
    from pipeline.swedish import dates

    assert set(d._DATE_STEMS) == set(dates._PAGE_DATE_NEEDS[1])
    assert d._DATE_TEXT_MAX == dates._MAX_TEXT


def test_latin1_fold_holds_the_stems_where_fold_does():
    """Only İ, ı, ſ and the Kelvin sign, beyond Latin-1, fold to a stem letter (_fold_latin1 folds them first)."""
    import re
    import sys

    letters = set("".join(d._DATE_STEMS) + b"".join(d._PAGE_DATE_STEMS).decode())
    beyond = {c for c in map(chr, range(0x100, sys.maxunicode + 1)) if set(fold(c)) & letters}
    assert beyond == {"\u0130", "\u0131", "\u017f", "\u212a"}
    stems = [s.encode("latin-1") for s in d._DATE_STEMS] + list(d._PAGE_DATE_STEMS)
    alphabet = ("uppdater", "UPPDATER", "Publicer", "ſkapa", "GRANſKA", "revIder", "redıger", "İ", "K", "ÄNDRA",
                "ändra", "a\u0308ndra", "Ä", "ndra", "u", "P", "\u00ad", "\u2013", "\U0001f600", "Ÿ", "ß", "\n", " ",
                "x", "\u0308", "é", "É", "\u212bndra", "Σ", "İNDRA")
    rnd = random.Random(2)
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        folded = d._fold_latin1(text)
        assert len(folded) == len(text)
        for stem in stems:
            plain = [m.start() for m in re.finditer(f"(?={re.escape(stem.decode('latin-1'))})", fold(text))]
            assert [m.start() for m in re.finditer(b"(?=" + re.escape(stem) + b")", folded)] == plain, text
