"""HTML comments and processing instructions are not what a reader sees: their text never reaches a record.

Editors leave "<!--StartFragment-->" inside pasted paragraphs, Word leaves "<!--[if !supportLists]-->" inside list
items, and a CMS template may comment out an old paragraph with its old figures. A comment inside a paragraph was
read as inline text ("StartFragmentProjektet …"), and one before a bold label hid the label ("Syfte:").
"""

from __future__ import annotations

import functools
import random
import re

import pytest

from pipeline.extract import extract_page
from pipeline.extract.document import parse_html

_COMMENTS = (
    "<!--StartFragment-->",
    "<!--EndFragment-->",
    "<!--[if !supportLists]-->",
    "<![endif]-->",
    "<!-- Projektet startade 2019 med en budget på 5 miljoner kronor, målgrupp barn 0-6 år -->",
    "<!-- Kontakt: Anna Andersson, Socialförvaltningen -->",
    "<?php echo $budget; ?>",
    "<!---->",
)


def _blocks(html: str) -> list[tuple[str, str, str | None]]:
    doc = parse_html(html.encode(), "https://www.kungalv.se/projekt/")
    return [(b.kind, b.text, b.lead) for b in doc.blocks]


@pytest.mark.parametrize("comment", _COMMENTS)
def test_a_comment_inside_text_is_not_read(comment):
    page = (f"<html><body><main><h1>Tid{comment}ig hjälp</h1>"
            f"<p>Projektet {comment}pågår <b>i</b>{comment} tre år.</p>"
            f"<ul><li>{comment}Förskolan</li><li>Skola{comment}n</li></ul>"
            f"<table><tr><th>Projekt</th><th>Belopp</th></tr><tr><td>Ett{comment}</td><td>100{comment} tkr</td></tr>"
            f"</table><div>lös {comment}text</div></main></body></html>")
    blocks = _blocks(page)
    assert blocks == _blocks(page.replace(comment, ""))
    assert ("p", "Projektet pågår i tre år.", None) in blocks
    assert not any(w in text for _, text, _ in blocks for w in ("StartFragment", "supportLists", "2019", "php", "Anna"))


def test_a_comment_before_a_bold_label_leaves_the_label():
    page = ("<html><body><main><h1>Tidig hjälp</h1><p><!--StartFragment--><strong>Syfte:</strong> att ge stöd "
            "tidigt.<!--EndFragment--></p></main></body></html>")
    assert ("p", "Syfte: att ge stöd tidigt.", "Syfte:") in _blocks(page)


# Before the end tag of a text element, and after a bare <p>, <li>, <td> or <dd>.
_TAG_EDGE = re.compile(r"(?=</(?:p|li|strong|b|a|span|h[1-6]|td|th|dd|dt)>)|(?<=<p>)|(?<=<li>)|(?<=<td>)|(?<=<dd>)")


@functools.cache
def _saved() -> list[tuple[str, str]]:
    from pipeline.benchmarks.extract_speed import saved_pages

    return [(url, body.decode("utf-8")) for url, body in saved_pages()]


def test_comments_anywhere_in_saved_pages_change_no_record():
    """Every saved page, with comments (some holding dates, money and names) put at the edges of its text
    elements, gives exactly the records of the page without them."""
    rnd = random.Random(11)
    pages = _saved()
    assert len(pages) > 70
    changed = 0
    for url, page in pages:
        commented = _TAG_EDGE.sub(lambda m: rnd.choice(_COMMENTS) if rnd.random() < 0.5 else "", page)
        changed += commented != page
        assert extract_page(commented.encode(), url, "text/html") == extract_page(page.encode(), url, "text/html"), url
    assert changed > 70
