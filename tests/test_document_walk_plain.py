"""The block walker gives the blocks of its plain form, and the furniture-word gate what has_any gives.

``_PlainWalker`` below is the walker as it was written before its shortcuts (one dispatch table per element, the
attribute test without a call for elements without attributes, ``el.items()`` instead of ``el.keys()`` and a
``.get()`` per attribute, a text block without children read without ``_lead_of``), with all of its rules (closed
accordion panels, a disclosure button's text in a heading, the h1's ancestors never furniture, layout tables,
blanks between inline elements): every page must give the same blocks, furniture skipped the same way, in the same
containers.
"""

from __future__ import annotations

import random

from lxml import etree

from pipeline.extract import document as d
from pipeline.extract import labels
from pipeline.swedish._scan import fold, has_any
from pipeline.swedish.orgs import looks_like_person

# --- the plain form -------------------------------------------------------------------------------------------


def _plain_is_furniture_el(el, tag=None) -> bool:
    if tag is None:
        tag = el.tag
        if not isinstance(tag, str):
            tag = ""
    if tag in d.SKIP_TAGS:
        return True
    names = el.keys()
    if not names:
        if tag == "header":
            parent = el.getparent()
            return parent is None or parent.tag in ("body", "html")
        return False
    role = el.get("role", "") if "role" in names else ""
    if ("hidden" in names or ("aria-hidden" in names and el.get("aria-hidden") == "true")) \
            and not _plain_is_closed_panel(el, names, role):
        return True
    if tag == "header" and (el.getparent() is None or el.getparent().tag in ("body", "html") or role == "banner"):
        return True
    if role in d._FURNITURE_ROLES and not (role == "tablist" and el.find('.//*[@role="tabpanel"]') is not None) \
            and not (role == "complementary" and d._is_fact_box(el, d._FACT_BOX_LINES)):
        return True  # (a tablist around its panels is an accordion, not the tabs' names; a box of facts is content)
    if "class" in names and _plain_furniture_value(el.get("class")) and not d._titled_header(el, el.get("class")):
        return True
    if "id" in names and _plain_furniture_value(el.get("id")) and not d._titled_header(el, el.get("id")):
        return True
    return bool(role and _plain_furniture_value(role)) or (
        "aria-label" in names and _plain_furniture_value(el.get("aria-label")))


def _plain_is_closed_panel(el, names, role: str) -> bool:
    if role in ("region", "tabpanel") or "aria-labelledby" in names:
        return True
    if el.tag in ("i", "span", "svg", "img", "em", "b", "small", "use"):  # an icon, whatever its class says
        return False
    return any(n in names and d._PANEL_ATTR.search(el.get(n)) for n in ("class", "id"))


def _plain_furniture_value(value: str) -> bool:
    folded = fold(value)
    return has_any(folded, d._FURNITURE_ATTR_WORDS) and bool(d._FURNITURE_ATTR_FOLDED.search(folded))


def _plain_inline_text(el, parts: list[str]) -> None:
    text = el.text
    if text:
        parts.append(text.replace("\n", " "))
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            tail = child.tail
            if tail:
                parts.append(tail.replace("\n", " "))
            continue
        if tag == "br":
            parts.append("\n")
        elif tag in ("ul", "ol") or (tag and _plain_is_furniture_el(child, tag)
                                     and not (tag == "button" and _plain_is_disclosure(child))):
            pass
        elif tag in d.TEXT_BLOCK_TAGS or tag in d.HEADING_TAGS or tag in ("div", "table"):
            parts.append("\n")
            _plain_inline_text(child, parts)
            parts.append("\n")
        else:
            _plain_inline_text(child, parts)
        tail = child.tail
        if tail:
            parts.append(tail.replace("\n", " "))


def _plain_text_of(el) -> str:
    if not len(el):
        return d.clean_text((el.text or "").replace("\n", " "))
    parts: list[str] = []
    _plain_inline_text(el, parts)
    return d.clean_text("".join(parts))


def _plain_lead_of(el):
    if not len(el) or (el.text or "").strip():
        return None
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("strong", "b"):
            t = _plain_text_of(child)
            return t or None
        if tag in ("span", "a", "em") and len(child):
            return _plain_lead_of(child)
        if tag == "p" and len(child) and el.tag == "li":  # a list item's paragraph opened by a bold name
            return _plain_lead_of(child)
        if tag in ("em", "i"):  # a label in italics
            t = _plain_text_of(child)
            return t if t and labels.label_alone(t) else None
        return None
    return None


def _plain_span(value):
    value = (value or "").strip()
    return int(value) if value.isdigit() and 1 < int(value) <= 100 else 1


def _plain_table_rows(table):
    rows: list[list[str]] = []
    header_rows = 0
    grid: dict[tuple[int, int], str] = {}  # (row, column) -> text, filled by the merged cells above
    for tr in table.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells:
            continue
        r, col, row = len(rows), 0, []
        for c in cells:
            while (r, col) in grid:
                row.append(grid.pop((r, col)))
                col += 1
            text = _plain_text_of(c)
            items = [t for li in c.iter("li") if (t := _plain_text_of(li))]  # a list in the cell: its items, by line
            if any(True for _ in c.iter("li")):
                text = "\n".join([text, *items] if text else items)
            for _ in range(_plain_span(c.get("colspan"))):
                for below in range(1, _plain_span(c.get("rowspan"))):
                    grid[(r + below, col)] = text
                row.append(text)
                col += 1
        while (r, col) in grid:
            row.append(grid.pop((r, col)))
            col += 1
        in_head = tr.getparent() is not None and tr.getparent().tag == "thead"
        if (in_head or all(c.tag == "th" for c in cells)) and len(rows) == header_rows:
            header_rows += 1
        rows.append(row)
    return rows, header_rows


def _plain_own_table(cell):
    for a in cell.iterancestors("table"):
        return a
    return None


def _plain_is_layout_table(table) -> bool:
    if table.get("role") in ("presentation", "none"):
        return True
    if any(el.tag in ("table", "h1", "h2") for el in table.iterdescendants()):
        return True
    cells = 0
    for cell in table.iter("td", "th"):
        cells += 1
        if cells > 1:
            return False
    return cells == 1


def _plain_is_fact_box(el) -> bool:
    if el.get("role") in ("navigation", "search"):
        return False
    found = set()
    rows = [f"{_plain_text_of(r[0])}: {_plain_text_of(r[1])}" for tr in el.iter("tr")
            for r in [[c for c in tr if c.tag in ("td", "th")]] if len(r) == 2]
    for line in _plain_text_of(el).split("\n") + [_plain_text_of(li) for li in el.iter("li")] + rows:
        if line.strip():
            split = labels.split_label(line)
            if split:
                found.add(split[0])
            found.add(labels.label_alone(line))
            if len(found - d._NOT_FACTS) >= 2:
                return True
    return False


def _plain_is_disclosure(el) -> bool:
    return el.get("aria-expanded") is not None or el.get("aria-controls") is not None or \
        bool(d._DISCLOSURE_ATTR.search(el.get("class", "")))


class _PlainWalker:
    def __init__(self, keep=frozenset()):
        self.keep = keep
        self.blocks: list[d.Block] = []
        self.buffer: list[str] = []
        self.list_counter = 0
        self.container: tuple[int, ...] = ()
        self.container_counter = 0

    def add(self, block):
        block.container = self.container
        self.blocks.append(block)

    def flush(self):
        if self.buffer:
            text = d.clean_text("".join(self.buffer))
            self.buffer = []
            if text:
                self.add(d.Block("p", text))

    def walk(self, el, list_id=None):
        if (el.text or "").strip():
            self.buffer.append(el.text.replace("\n", " "))
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "aside":
                if _plain_is_fact_box(child):
                    self.flush()
                    self._walk_container(child, list_id, tag)
            elif tag == "summary" or (tag == "button" and _plain_is_disclosure(child)):
                self.flush()
                t = _plain_text_of(child)
                if t:
                    name = d._title_part(child, t)  # a title beside badges
                    self.add(d.Block("heading", name or t, level=3))
                    if name and t[len(name):].strip():
                        self.add(d.Block("meta", t[len(name):].strip()))
            elif tag == "button" or not tag or tag in d.LANDMARK_SKIP or (
                    _plain_is_furniture_el(child, tag) and child not in self.keep):
                pass
            elif tag in d.HEADING_TAGS:
                self.flush()
                t = _plain_text_of(child)
                if t:
                    self.add(d.Block("heading", t, level=d.HEADING_TAGS[tag]))
            elif tag == "table" and _plain_is_layout_table(child):
                self.flush()
                for cell in child.iter("td", "th"):
                    side = child in self.keep and cell not in self.keep and (cell.get("width") or "").strip().isdigit() \
                        and int(cell.get("width").strip()) <= 250
                    if _plain_own_table(cell) is child and not side:
                        self._walk_container(cell, list_id, "td")
                        self.flush()
            elif tag == "table":
                self.flush()
                rows, header_rows = _plain_table_rows(child)
                if rows:
                    self.add(d.Block("table", "\n".join(" | ".join(r) for r in rows), rows=rows,
                                     header_rows=header_rows))
            elif tag in ("ul", "ol"):
                self.flush()
                self.list_counter += 1
                self.walk(child, list_id=self.list_counter)
            elif tag == "li" and d._holds_own_heading(child):
                self.flush()
                self._walk_container(child, list_id, tag)
                self.flush()
            elif tag == "li":
                self.flush()
                t = _plain_text_of(child)
                tile = d._value_then_label(child)  # a key-figure tile, value first (tested on its own)
                if tile:
                    tile.list_id = list_id
                    self.add(tile)
                elif t:
                    self.add(d.Block("li", t, list_id=list_id, lead=_plain_lead_of(child)))
                for sub in child:
                    if isinstance(sub.tag, str) and sub.tag in ("ul", "ol"):
                        self.list_counter += 1
                        self.walk(sub, list_id=self.list_counter)
            elif tag in d.TEXT_BLOCK_TAGS:
                self.flush()
                t = _plain_text_of(child)
                if tag == "pre":
                    t = d.pre_text(child)
                elif tag == "figcaption" and len(t) <= 160 and "\n" not in t:
                    t = ""
                if t:
                    lead = _plain_lead_of(child)
                    if lead and lead.strip() == t and len(t) <= 90 and "\n" not in t \
                            and not labels.field_for(t) and not t.endswith((".", ":")) and not t.isupper():
                        self.add(d.Block("heading", t, level=5))
                    elif lead and t.startswith(lead + "\n") and len(lead) <= 90 and "\n" not in lead \
                            and not labels.field_for(lead) and not lead.endswith((".", ":", "!", "?")) \
                            and not lead.isupper() and labels.split_label(lead) is None \
                            and not looks_like_person(lead):
                        self.add(d.Block("heading", lead, level=5))
                        self.add(d.Block("p", t[len(lead) + 1:]))
                    else:
                        self.add(d.Block("p", t, lead=lead))
                if tag == "dd":
                    for sub in child:
                        if isinstance(sub.tag, str) and sub.tag in ("ul", "ol"):
                            self.list_counter += 1
                            self.walk(sub, list_id=self.list_counter)
            elif tag == "br":
                self.buffer.append("\n")
            elif tag in d._INLINE_TAGS and next(child.iter(*d._BLOCK_CHILDREN), None) is not None:  # a card link
                self.flush()
                self._walk_container(child, list_id, tag)
                self.flush()
            elif tag in d._INLINE_TAGS:
                self.buffer.append(_plain_text_of(child))
            elif d._value_then_label(child):
                self.flush()
                tile = d._value_then_label(child)
                self.add(tile if tile.kind == "figure" else d.Block("p", tile.text))
            elif self.blocks and self.blocks[-1].kind == "heading" and not self.buffer \
                    and labels.field_for(self.blocks[-1].text) in ("partners", "funders") \
                    and not "".join(child.itertext()).strip() \
                    and (names := [n for img in child.iter("img")
                                   if (n := d._LOGO_WORDS.sub("", d.clean_text(img.get("alt") or "")).strip(" -–,:"))]):
                self.add(d.Block("p", ", ".join(names)))  # a row of logos under a partner label
            else:
                self.flush()
                self._walk_container(child, list_id, tag)
                self.flush()
            if (child.tail or "").strip():
                self.buffer.append(child.tail.replace("\n", " "))
            elif child.tail and self.buffer:
                self.buffer.append(" ")

    def _walk_container(self, el, list_id, tag):
        if tag in ("section", "article", "details", "dl") or d._CONTAINER_ATTR.search(el.get("class", "")) \
                or el.get("role") == "tabpanel":
            outer = self.container
            self.container_counter += 1
            self.container = outer + (self.container_counter,)
            if el.get("role") == "tabpanel":
                name = d._tab_name(el)
                if name:
                    self.add(d.Block("heading", name, level=3))
            if tag == "dl" and d._is_name_list(el):
                self._walk_name_list(el, list_id)
            else:
                self.walk(el, list_id)
            self.flush()
            self.container = outer
        else:
            self.walk(el, list_id)

    def _walk_name_list(self, el, list_id):
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "dt":
                self.flush()
                t = _plain_text_of(child)
                if t:
                    self.add(d.Block("heading", t, level=5))
            elif tag == "dd":
                self.flush()
                self.walk(child, list_id)
                self.flush()
            elif tag == "div":
                self._walk_name_list(child, list_id)


def _blocks(walker_class, el, keep=frozenset()) -> list[tuple]:
    walker = walker_class(keep)
    walker.walk(el)
    walker.flush()
    return [(b.kind, b.text, b.level, b.list_id, b.lead, b.rows, b.header_rows, b.container) for b in walker.blocks]


def _keeps(el):
    """Sets of elements the walkers never skip as furniture: none, the ancestors of the first h1 below ``el`` (as
    parse_html gives), and those of the last element below it (the deepest of its last branch)."""
    yield frozenset()
    h1 = next(el.iterdescendants("h1"), None)
    if h1 is not None:
        yield frozenset(h1.iterancestors())
    last = None
    for last in el.iterdescendants(etree.Element):
        pass
    if last is not None:
        yield frozenset(last.iterancestors())


def _check(root) -> int:
    """Both walkers from the root and from every element below it (any element can be a main root)."""
    n = 0
    for el in [root, *root.iter(etree.Element)]:
        for keep in _keeps(el):
            plain = _blocks(_PlainWalker, el, keep)
            assert _blocks(d._Walker, el, keep) == plain, etree.tostring(root)[:500]
            n += len(plain)
        tag = el.tag
        assert d._is_furniture_el(el, tag) == _plain_is_furniture_el(el, tag), etree.tostring(el)[:300]
        assert d.text_of(el) == _plain_text_of(el)
        assert d._lead_of(el) == _plain_lead_of(el)
    return n


# A parser that keeps comments and processing instructions (the page parser drops them): the walkers must still
# agree on any tree.
_KEEPING_PARSER = etree.HTMLParser(encoding="utf-8")


def _trees(html: str):
    for parser in (d._UTF8_PARSER, _KEEPING_PARSER):
        try:
            root = etree.fromstring(html.encode(), parser)
        except (etree.ParserError, ValueError):
            continue
        if root is not None:
            yield root


# --- written, saved and generated pages --------------------------------------------------------------------------

_WRITTEN = (
    "<html><body><header>Sidhuvud</header><main><header><h1>Titel</h1></header><p>Text</p></main></body></html>",
    "<html><header class='x'>Huvud</header><body><div><header role='banner'>B</header><header>C</header></div>"
    "</body></html>",
    "<main><aside><p><b>Projektägare:</b> Kommunen</p><p>Period: 2021–2023</p><p>Målgrupp: Unga</p></aside>"
    "<aside role='navigation'><p>Projektägare: X</p><p>Period: 2020</p></aside>"
    "<aside><p>Telefon: 010-1</p><p>E-post: a@b.se</p></aside></main>",
    "<div>Lös <b>text</b> och <a href='/x'>länk</a><br>rad två<!-- kommentar --> efter<?pi x?> slut"
    "<button aria-expanded='false'>Öppna mig</button><button>Stäng</button><button class='accordion'>Rubrik</button>"
    "<details><summary>Sammanfattning</summary><p>Innehåll</p></details></div>",
    "<ul><li><strong>Namn</strong> – beskrivning<ul><li>under</li></ul></li><li><b>Bara fet</b></li>"
    "<li><span><a href='#'><b>Djup</b></a></span> text</li></ul><ol><li>ett</li><!-- c --><li>två</li></ol>",
    "<p><strong>Läsglädje i Avesta</strong></p><p><b>Syfte:</b></p><p><strong>VERSALER</strong></p>"
    "<p> <b>Ledande</b> text</p><p>Text <b>Inte ledande</b></p><p><em><b>Em</b></em> x</p>",
    "<table><thead><tr><td>Projekt</td><td>Belopp</td></tr></thead><tr><th>A</th><th>B</th></tr>"
    "<tr><td>x<br>y</td><td><ul><li>z</li></ul></td></tr><tr></tr></table><table></table>",
    "<div class='sv-portlet'><div class='card'><p>I kort</p></div><section><p>I sektion</p></section>"
    "<div class='menu'><p>Meny</p></div><div id='sok'><p>Sök</p></div><div hidden><p>Dold</p></div>"
    "<div aria-hidden='true'><p>Dold</p></div><div aria-hidden='false'><p>Synlig</p></div>"
    "<div role='contentinfo'>Sidfot</div><div role='main'>Huvud</div><div aria-label='Brödsmulor'>a</div>"
    "<footer>Sidfot</footer><nav>Nav</nav><svg><text>svg</text></svg><figure><figcaption>Bild</figcaption></figure>"
    "<x-custom>Eget <span class='sr-only'>dolt</span> element</x-custom></div>",
    "<p>Rad<br/>bryt<div>block i p</div><ul><li>lista i p</li></ul><h3>rubrik</h3>slut</p><dl><dt>Period</dt>"
    "<dd>2021</dd></dl><blockquote>Citat</blockquote><pre>  förformat  </pre><address>Adress</address>",
    "<div>\n   \n<span>a</span>\n<span>b</span>\u00a0<i>c</i>\t<br>\n</div><p>\u00ad</p><p> \n </p>",
    # HEAD's rules: closed panels, a disclosure button in a heading, the h1's ancestors, layout tables, blanks.
    "<div class='accordion'><h3><button aria-expanded='false' aria-controls='p1'>Projekt A</button></h3>"
    "<div id='p1' class='accordion__panel' hidden><p>Period: 2021</p></div>"
    "<div hidden role='region' aria-labelledby='b1'><p>Budget: 1 mnkr</p></div><div hidden><p>Dold</p></div>"
    "<div aria-hidden='true' class='menu panel'><p>Meny</p></div><div aria-hidden='true' id='tab-pane-2'>Flik</div>"
    "<h2>Rubrik <button>Stäng</button> <button class='toggle'>mer</button></h2></div>",
    "<html><body><div class='layout--with-sidebar'><nav><form><h1>Titel i formulär</h1><p>Text</p></form></nav>"
    "<div class='menu'><p>Meny</p></div></div></body></html>",
    "<table><tr><td>Logga</td></tr><tr><td><table><tr><td>Meny</td><td>Innehåll <b>fet</b></td></tr></table></td>"
    "</tr></table><table role='presentation'><tr><td>a</td><td>b</td></tr></table><table><tr><td>Ensam</td></tr>"
    "</table><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>",
    # an old page's columns: a narrow menu and news column beside the one with the h1, a narrow cell elsewhere
    "<table><tr><td width='180'>Meny</td><td width='600'><h1>Titel</h1><p>Text</p></td><td width=' 200 '>Aktuellt"
    "</td><td width='x'>Bred</td></tr></table><table role='presentation'><tr><td width='100'>Smal</td></tr></table>",
    # merged cells: a municipality over two rows, a total across columns, a header over two, broken spans
    "<table><tr><th>Kommun</th><th>Projekt</th><th colspan='2'>Belopp</th></tr>"
    "<tr><th rowspan='2'>Tierp</th><td>A</td><td rowspan='3'>1</td><td>2</td></tr><tr><td>B</td><td>3</td></tr>"
    "<tr><td colspan=' 2 '>Totalt</td><td>4</td></tr><tr><td rowspan='x'>C</td><td colspan='9999'>D</td>"
    "<td rowspan='2' colspan='2'>E</td></tr><tr></tr><tr><td>F</td></tr><tr><td>G</td></tr></table>",
    "<div><span>2022–2024</span> <span>1,2 mnkr</span>\n<b>x</b>\t<i>y</i> </div><div> <span>z</span> </div>",
    # this session's rules: a card that is one link, tab panels named by their tabs, a <dl> of names, italics labels
    "<div><a class='c-card' href='/a'><h3>Kort</h3><p>Text om kortet.</p></a><a href='/b'>länk <b>fet</b></a></div>"
    "<ul role='tablist'><li><button role='tab' id='t1' aria-controls='p1'>Flik ett</button></li></ul>"
    "<div role='tabpanel' id='p1' aria-labelledby='t1'><p>Ett</p></div><div role='tabpanel' id='p2' hidden>"
    "<p>Två</p></div><button role='tab' aria-controls='p2'>Flik två</button>"
    "<dl><dt>Läxhjälp i Kisa</dt><dd>Kinda kommun beviljas 350 000 kronor för läxhjälp och studiestöd.</dd>"
    "<div><dt>Chattstöd</dt><dd>Föreningen beviljas 600 000 kronor för att bygga upp en chatt för unga.</dd></div></dl>"
    "<p><em>Målgrupp</em> Barn 0–6 år</p><p><i>Obs</i> text</p>",
)

_TAGS = ("div", "p", "span", "b", "strong", "a", "em", "li", "ul", "ol", "h2", "h4", "table", "tr", "td", "th",
         "thead", "section", "article", "aside", "header", "footer", "nav", "button", "summary", "details", "br",
         "script", "dl", "dt", "dd", "figure", "main", "x-y", "label", "blockquote", "form", "svg", "time", "h1",
         "img", "footer", "i", "h3")
_ATTRS = ("", "", "", " class='sv-portlet'", " class='card'", " class='menu'", " class='x sok'", " id='svid12_3'",
          " id='nav'", " role='navigation'", " role='main'", " role='banner'", " role=''", " aria-label='Meny'",
          " hidden", " aria-hidden='true'", " aria-hidden='false'", " href='/a'", " class='accordion'",
          " aria-expanded='true'", " aria-controls='x'", " class='related'", " data-x='1'", " class='fact'",
          " class='İtem'", " class='Sidebar' id='x'", " class='accordion-panel'", " id='tab-pane'", " role='region'",
          " role='tabpanel'", " aria-labelledby='b'", " class='layout--with-sidebar'", " role='presentation'",
          " role='tablist'", " id='b'", " id='p1' role='tabpanel'", " class='c-card'", " class='acc__title'")
_TEXTS = ("", "", "Text", " ", "\n  ", "Projektägare:", "Syfte:", "Målgrupp", "Period: 2021–2023", "Målgrupp: unga",
          "Telefon: 010", "Namn", "–", "slut.", "Lyssna", "Dela", "\u00a0", "a\u00adb", "Sök", "VERSAL")


def _random_html(rnd: random.Random, depth: int = 0) -> str:
    out = []
    for _ in range(rnd.randint(0, 4 if depth < 3 else 1)):
        r = rnd.random()
        if r < 0.3 or depth >= 4:
            out.append(rnd.choice(_TEXTS))
        elif r < 0.35:
            out.append(rnd.choice(("<!-- c -->", "<?pi x?>", "<br>", "&nbsp;", "<hr>")))
        else:
            tag = rnd.choice(_TAGS)
            attrs = "".join(rnd.choice(_ATTRS) for _ in range(rnd.randint(0, 2)))
            out.append(f"<{tag}{attrs}>{_random_html(rnd, depth + 1)}</{tag}>")
    return "".join(out)


def test_written_pages_give_the_plain_blocks():
    for html in _WRITTEN:
        for root in _trees(html):
            _check(root)


def test_generated_pages_give_the_plain_blocks():
    rnd = random.Random(8)
    blocks = 0
    for _ in range(1500):
        html = _random_html(rnd)
        if rnd.random() < 0.5:
            html = f"<html><body>{html}</body></html>"
        for root in _trees(html):
            blocks += _check(root)
    assert blocks > 10000


def test_saved_pages_give_the_plain_blocks():
    from pipeline.benchmarks.extract_speed import saved_pages

    for url, body in saved_pages()[:200]:
        root = etree.fromstring(body, d._UTF8_PARSER)
        if root is None:
            continue
        main = d._main_root(root, d._landmarks(root))
        assert _blocks(d._Walker, main) == _blocks(_PlainWalker, main), url
        assert _blocks(d._Walker, root) == _blocks(_PlainWalker, root), url


def test_dispatch_tables_cover_what_the_chains_tested():
    """The walkers look a child's kind up in _WALK_KIND and _INLINE_KIND; each was a chain of tests, the first that
    holds deciding (see the plain walker above)."""
    block_chain = (
        ("heading", lambda t: t in d.HEADING_TAGS), ("table", lambda t: t == "table"),
        ("list", lambda t: t in ("ul", "ol")), ("li", lambda t: t == "li"), ("text", lambda t: t in d.TEXT_BLOCK_TAGS),
        ("br", lambda t: t == "br"), ("inline", lambda t: t in d._INLINE_TAGS), ("container", lambda t: True))
    walk_chain = (
        ("aside", lambda t: t == "aside"), ("button", lambda t: t == "button"), ("summary", lambda t: t == "summary"),
        ("skip", lambda t: not isinstance(t, str) or not t or t in d.LANDMARK_SKIP),
        ("skip_tag", lambda t: t in d.SKIP_TAGS), *block_chain)
    inline_chain = (
        ("tail", lambda t: not isinstance(t, str)), ("br", lambda t: t == "br"), ("skip", lambda t: t in ("ul", "ol")),
        ("bare", lambda t: t == ""), ("button", lambda t: t == "button"), ("skip", lambda t: t in d.SKIP_TAGS),
        ("block", lambda t: t in d.TEXT_BLOCK_TAGS or t in d.HEADING_TAGS or t in ("div", "table")),
        ("inline", lambda t: True))
    tags = set(d._WALK_KIND) | set(d._INLINE_KIND) | set(d.SKIP_TAGS) | set(_TAGS) | {"LI", "BR", "x-custom"}
    tags |= {etree.Comment, etree.ProcessingInstruction, etree.Entity}
    for tag in tags:
        assert d._WALK_KIND.get(tag, "container") == next(k for k, test in walk_chain if test(tag)), tag
        assert d._INLINE_KIND.get(tag, "inline") == next(k for k, test in inline_chain if test(tag)), tag
    # A SKIP_TAGS element that holds the h1 is walked as the plain walker walks it: a container (no block kind).
    for tag in d.SKIP_TAGS - {"button"}:
        assert next(k for k, test in block_chain if test(tag)) == "container", tag
    # What iterating an element can give: elements, comments, processing instructions, entities.
    root = etree.fromstring(b"<p>a<!--c--><?pi x?>&amp;<b>b</b></p>", _KEEPING_PARSER)
    root.append(etree.Entity("nbsp"))
    assert {type(c.tag) for c in root.iter()} == {str, type(etree.Comment)}
    assert {c.tag for c in root.iter() if not isinstance(c.tag, str)} <= set(d._NOT_ELEMENT_TAGS)


# --- furniture words in attribute values ------------------------------------------------------------------------


def test_furniture_word_gate_is_has_any():
    """_furniture_value's gate, the words as one trie regex, finds one exactly when has_any does."""
    rnd = random.Random(6)
    pieces = (*d._FURNITURE_ATTR_WORDS, *(w[:-1] for w in d._FURNITURE_ATTR_WORDS), *(w[1:] for w in
              d._FURNITURE_ATTR_WORDS), "x", "-", " ", "_", "svid12", "İ", "ı", "ſ", "K", "ö")
    for _ in range(30000):
        folded = fold("".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4))))
        assert (d._FURNITURE_ATTR_WORDS_RE.search(folded) is not None) == has_any(folded, d._FURNITURE_ATTR_WORDS)
        assert d._furniture_value.__wrapped__(folded) == _plain_furniture_value(folded)
