"""The page walker's shortcuts give what the plain computation gives."""

import random

from lxml import etree

from pipeline.extract import document as d


def _plain_is_furniture_el(el, tag):
    """_is_furniture_el as it was written first: every attribute looked up with .get()."""
    if tag in d.SKIP_TAGS:
        return True
    if not el.attrib:
        if tag == "header":
            parent = el.getparent()
            return parent is None or parent.tag in ("body", "html")
        return False
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if tag == "header" and (el.getparent() is None or el.getparent().tag in ("body", "html")
                            or el.get("role") == "banner"):
        return True
    role = el.get("role", "")
    if role in ("navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"):
        return True
    attrs = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')} {el.get('aria-label', '')}"
    return bool(d._FURNITURE_ATTR.search(attrs))  # the pattern as written, on the four values joined


_ATTRS = (
    'class="sv-portlet"', 'class="menu"', 'class="x sok"', 'class=""', 'class="Sidebar"', "id=main", 'id="svid12_3"',
    'id="sok"', 'role=navigation', 'role=main', 'role=""', 'role=banner', 'aria-label="Meny"', 'aria-label=""',
    "hidden", 'hidden=""', 'aria-hidden=true', 'aria-hidden=false', 'href="/a"', 'data-x="1"', 'CLASS="cookie"',
    'xml:lang="sv"', 'class="a" class="menu"', 'Role="search"', 'id="x" id="nav"', 'aria-hidden="TRUE"',
)
_TAGS = ("div", "header", "p", "span", "nav", "section", "a", "aside", "svg:g", "button")


# Pieces of attribute values: furniture words whole and cut, "sok" at every kind of edge, odd case letters.
_VALUE_PIECES = ("sok", "SOK", "ſok", "x", "sv-portlet", "main", "menu", "MAIN-MENU", "main-", "-menu", "skip", "to",
                 "link", "navbar", "nav", "bar", "svid12_3", "İ", "ı", "K", "Sidebar", "cookie", "print", "tags")
_VALUE_GLUE = ("", " ", "_", "-", "\n", "\t", "\u00a0", ":")


def _value(rnd: random.Random) -> str:
    return "".join(rnd.choice(_VALUE_PIECES) + rnd.choice(_VALUE_GLUE) for _ in range(rnd.randint(0, 3)))


def test_furniture_values_alone_are_the_values_joined():
    """_is_furniture_el looks for furniture words in each value alone: the same as in the four joined by blanks."""
    rnd = random.Random(5)
    hits = 0
    for _ in range(20000):
        values = [_value(rnd) if rnd.random() < 0.7 else "" for _ in range(4)]
        joined = bool(d._FURNITURE_ATTR.search(" ".join(values)))
        assert any(d._furniture_value(v) for v in values) == joined, values
        hits += joined
    assert 2000 < hits < 18000


def test_is_furniture_el_is_the_plain_lookup():
    rnd = random.Random(3)
    seen = set()
    for _ in range(6000):
        tag = rnd.choice(_TAGS)
        attrs = " ".join(rnd.choice(_ATTRS) for _ in range(rnd.randint(0, 3)))
        if rnd.random() < 0.5:
            name = rnd.choice(("class", "id", "role", "aria-label"))
            attrs += f' {name}="{_value(rnd)}"'
            if rnd.random() < 0.5:
                attrs = f'{rnd.choice(("class", "id", "role", "aria-label"))}="{_value(rnd)}" {attrs}'
        inner = f"<{tag} {attrs}>x</{tag}>"
        page = rnd.choice((f"<html><body>{inner}</body></html>", f"<html><body><div>{inner}</div></body></html>",
                           inner))
        root = etree.fromstring(page.encode(), d._UTF8_PARSER)
        for el in root.iter():
            el_tag = el.tag if isinstance(el.tag, str) else ""
            fast = d._is_furniture_el(el, el_tag)
            assert fast == _plain_is_furniture_el(el, el_tag), page
            seen.add(fast)
            assert d._is_furniture_el(el) == fast
    assert seen == {True, False}


# The walkers' dispatch tables: tests/test_document_walk_plain.py (test_dispatch_tables_cover_what_the_chains_tested).
