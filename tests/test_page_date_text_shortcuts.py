"""The page-date text's shortcuts (pipeline.extract.document) give what the plain computation gives: the body's text
nodes read with their blank ones, <script> and <style> emptied instead of taken out, and only the pieces' lines
checked for NFC."""

import random
import re
import sys
import unicodedata

from lxml import etree

from pipeline.extract import document as d
from pipeline.swedish.dates import parse_page_date

_ALL = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000]


def test_kept_blanks_are_the_blanks_clean_text_keeps():
    blanks = [c for c in _ALL if c.isspace()]
    assert blanks == [c for c in _ALL if re.match(r"\s", c)]  # what _LONG_BLANKS and dates' pattern read
    kept = [c for c in blanks if d.clean_text(f"a\n{c}\nb") != "a\nb"]
    assert "".join(kept) == d._KEPT_BLANKS
    assert all(c in d._ODD_WS or c in " \n" for c in blanks if c not in d._KEPT_BLANKS)
    # NFC makes a blank only another one (clean_text runs it first), and a kept blank only of a kept blank.
    assert all(unicodedata.normalize("NFC", c).isspace() for c in blanks)
    assert all(c in d._KEPT_BLANKS for c in _ALL if set(unicodedata.normalize("NFC", c)) & set(d._KEPT_BLANKS))


def test_nfc_works_line_by_line_and_makes_no_stem_letter():
    nfc = unicodedata.normalize
    assert all(nfc("NFC", "\n" + c) == "\n" + nfc("NFC", c) and nfc("NFC", c + "\n") == nfc("NFC", c) + "\n"
               for c in _ALL)
    letters = set("abcdefghijklmnopqrstuvwxyzäABCDEFGHIJKLMNOPQRSTUVWXYZÄ")
    assert [c for c in _ALL if ord(c) > 0x7F and set(nfc("NFC", c)) & letters and c not in "äÄ"] == ["\u212a"]
    assert nfc("NFC", "\u212a").lower() == d.fold("\u212a")  # the Kelvin sign: _fold_latin1 folds it to "k"


# Blank nodes of every kind, labels and dates; drawn seldom: the kept blanks, and combining marks around stems.
_BLANKS = (" ", "\n", "  \n ", "\t", "\u00a0", "\u2000", "\u2001 \n", "\u3000", "\r\n", "\x0b\x0c")
_RARE_BLANKS = ("\x85", "\u2028", "\x1c", "\u1680")
_LABELS = ("Senast uppdaterad", "uppdaterad", "UPPDATERAT", "Publicerad:", "publicerades", "ändrad", "ÄNDRAD",
           "\u212askapad", "Sidan", "senast", "ſkapad", "granskad")
_RARE_LABELS = ("a\u0308ndrad", "A\u0308NDRAD", "uppdatera\u0301d", "upp\u0308daterad", "e\u0301", "\u0301",
                "\u0316\u0308")
_TOKENS = (":", "den", "3 maj 2021", "2021-05-03", "3/5 2021", "12.4.2020", "2024-13-40", "12", "maj", "2021", "-",
           "Projektet", "och", "x" * 30, "lorem ipsum dolor " * 3, "y" * 55, "z" * 120, "\u2013", "\u00ad", "\u200b")


def _nodes(rnd: random.Random) -> list[str]:
    rare = rnd.random() < 0.15
    blanks, labels = (_BLANKS + _RARE_BLANKS, _LABELS + _RARE_LABELS) if rare else (_BLANKS, _LABELS)
    nodes = []
    for _ in range(rnd.randint(1, 80)):
        r = rnd.random()
        pool = blanks if r < 0.3 else labels if r < 0.38 else _TOKENS
        nodes.append("".join(rnd.choice(pool) for _ in range(rnd.randint(1, 3))))
    return nodes


def _plain_date(nodes: list[str]):
    """The latest page date of the full text as first written: the non-blank nodes, one per line."""
    return parse_page_date(d.clean_text("\n".join(t for t in nodes if t.strip())))


def test_page_date_texts_of_the_joined_nodes_blank_ones_too():
    rnd = random.Random(3)
    shortcut = 0
    for _ in range(6000):
        nodes = _nodes(rnd)
        joined = "\n".join(nodes)
        blanks_kept = not d._has_kept_blank(joined)
        if not blanks_kept:
            joined = "\n".join(t for t in nodes if t and not t.isspace())
        plain_full = d.clean_text("\n".join(t for t in nodes if t.strip()))
        assert d.clean_text(joined) == plain_full, nodes
        joined = d._INVISIBLE_RE.sub("", joined)
        texts = d._page_date_texts(joined, d._fold_latin1(joined))
        shortcut += blanks_kept and texts != [plain_full]
        assert max(filter(None, map(parse_page_date, texts)), default=None) == _plain_date(nodes), nodes
    assert shortcut > 1000  # pieces, not the whole text


def _plain_nodes(root) -> list[str]:
    return root.xpath("//body//text()[not(ancestor::script or ancestor::style)]", smart_strings=False)


_PIECES = ("<p>a</p>", "<body>", "</body>", "<body class='x'>", "</html>", "<html>", "<head>", "</head>",
           "<script>var s = ' <b>x</b> ';</script>", "<script> </script>", "<script></script>", "<style>p{}</style>",
           "text", " ", "\n", "<svg><style>s</style><text>t</text></svg>", "<div>", "</div>", "<title>ti</title>",
           "&amp;", "<table><td>c", "\u00a0", "<br/>", "<b>", "</p>", "<SCRIPT>S</SCRIPT>", "<style><p>q</p>",
           "<script>", "</script>", "</style>", "<frameset>", "<noscript>ns</noscript>")


def test_body_nodes_are_the_plain_xpaths_blank_ones_too():
    rnd = random.Random(4)
    nested = 0
    for _ in range(3000):
        page = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 25)))
        try:
            root = etree.fromstring(page.encode(), d._UTF8_PARSER)
        except (etree.ParserError, ValueError):
            continue
        if root is None:
            continue
        scripts = list(root.iter("script", "style"))
        if scripts and rnd.random() < 0.3:  # the HTML parser gives them no child elements: give one some
            child = etree.SubElement(rnd.choice(scripts), rnd.choice(("b", "script", "style")))
            child.text, child.tail = "in", "after"
            nested += 1
        plain = _plain_nodes(root)
        assert d._body_nodes(root) == plain, page
        assert d._body_nodes(root) == plain, page  # read again, the same
        assert d._body_texts(root) == [t for t in plain if t.strip()], page
    assert nested > 300


def test_page_date_of_pages_with_blank_nodes():
    filler = "".join(f"<p>Stycke {i} om något annat.</p>\n \u00a0\n" for i in range(40))
    for blank in ("", "\u2028", "\x85" * 25):
        page = (f"<html><body>{filler}<div><span>Senast</span> <b>uppdaterad</b>:\n{blank}<time>3 maj 2021</time>"
                f"</div><script>x = 'Publicerad 2030-01-01'</script>{filler}<p>Publicerad 2020-02-02</p>{filler}"
                f"</body></html>")
        doc = d.parse_html(page.encode(), "https://example.se/x")
        root = etree.fromstring(page.encode(), d._UTF8_PARSER)
        assert doc.full_text == d.clean_text("\n".join(t for t in _plain_nodes(root) if t.strip()))
        assert max(map(parse_page_date, doc.page_date_texts)) == parse_page_date(doc.full_text)
        assert str(parse_page_date(doc.full_text)) == "2021-05-03"
