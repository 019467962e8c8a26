"""Turn a page (HTML bytes or plain text) into a flat list of content blocks, without page furniture.

Everything after this step reads blocks, not HTML, so the same segmentation and field rules run on
Sitevision, Episerver, WordPress and plain-text pages alike. The HTML is parsed once, with lxml.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from pipeline.extract import labels
from pipeline.swedish._scan import fold, has_any

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements whose whole subtree is never content.
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "form", "button", "iframe", "select",
             "textarea", "input", "object", "embed", "video", "audio", "canvas", "map", "head", "title", "meta",
             "link", "img", "picture", "source"}
LANDMARK_SKIP = {"footer", "aside"}  # <header> is furniture only at page level (see _is_furniture_el)
TEXT_BLOCK_TAGS = {"p", "li", "dt", "dd", "blockquote", "pre", "figcaption", "caption", "address"}
# class/id words that mark furniture: banners, menus, breadcrumbs, share/print/listen tools, contact boxes.
_FURNITURE_ATTR = re.compile(
    r"cookie|consent|gdpr|breadcrumb|brodsmul|skip-?(link|to)|readspeaker|rsbtn|rs_skip|lyssna|"
    r"share|social-?media|print|utskrift|feedback|hjalpte|sidebar|sidomeny|related|relaterat|"
    r"navigation|navbar|main-?menu|mega-?menu|menu|meny|search|(^|[\s_-])sok([\s_-]|$)|site-?footer|"
    r"site-?header|page-?footer|page-?header|toolbar|contact|kontakt|env-assistive|sr-only|visually-?hidden|"
    r"screen-?reader|old-?browser|browser-?(warning|support|banner)|legacy|ie-?(warning|banner)|"
    r"sv-contact|personcard|person-?card|byline|author|tags|taggar|pagination|paging|"
    r"last-?updated|senast-?uppdaterad|page-?meta|pagemeta|modified|lastmodified|file-?portlet|sv-file|file-?list|"
    r"attachments?|bilagor|downloads?|c-fileslist|document-?list",
    re.I,
)
# Lines that are furniture whatever their markup.
_FURNITURE_TEXT = re.compile(
    r"använder teknik som troligen inte stöds|gå direkt till (huvud)?innehållet|hoppa till (huvud)?innehåll|"
    r"^lyssna$|^lyssna på sidan|^skriv ut$|^dela( sidan)?$|^senast uppdaterad|^sidan (är )?(uppdaterad|publicerad|skapades)|"
    r"^publicerad:?\s|^uppdaterad:?\s|^rapportera fel|hjälpte informationen|när du besöker denna webbplats sparas|"
    r"vi använder (kakor|cookies)|webbplatsen använder (kakor|cookies)|^ikon för|^telefonnummer$|^foto:|"
    r"^bild:|denna (artikel|nyhet|artikel/nyhet) är gammal|^(jag )?(godkänn|förstår|accepter)|^ok$|"
    r"^till toppen|^tillbaka$|^startsidan för|^(startsida|start|hem)\s*[/>»›]|^translate$|^meny$|^sök$",
    re.I,
)
# The same test, fast (it runs on every block): the anchored alternatives are tried once at the start, the
# phrases anywhere only when the folded line (pipeline.swedish._scan.fold) holds one of their words.
_FURNITURE_TEXT_START = re.compile(
    r"lyssna$|lyssna på sidan|skriv ut$|dela( sidan)?$|senast uppdaterad|sidan (är )?(uppdaterad|publicerad|skapades)|"
    r"publicerad:?\s|uppdaterad:?\s|rapportera fel|ikon för|telefonnummer$|foto:|"
    r"bild:|(jag )?(godkänn|förstår|accepter)|ok$|"
    r"till toppen|tillbaka$|startsidan för|(startsida|start|hem)\s*[/>»›]|translate$|meny$|sök$",
    re.I,
)
_FURNITURE_TEXT_ANYWHERE = re.compile(
    r"använder teknik som troligen inte stöds|gå direkt till (huvud)?innehållet|hoppa till (huvud)?innehåll|"
    r"hjälpte informationen|när du besöker denna webbplats sparas|"
    r"vi använder (kakor|cookies)|webbplatsen använder (kakor|cookies)|denna (artikel|nyhet|artikel/nyhet) är gammal",
    re.I,
)
_FURNITURE_TEXT_WORDS = ("använder", "direkt till", "hoppa till", "hjälpte", "besöker", "gammal")
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_NL_WS = re.compile(r" *\n[ \n]*")
_CONTAINER_ATTR = re.compile(r"portlet|card|block|box|panel|accordion|module|widget|teaser|item|entry|fact", re.I)
_DISCLOSURE_ATTR = re.compile(r"accordion|collapse|toggle|expand|disclosure|expander", re.I)
_MAIN_XPATHS = (
    "//main", "//*[@role='main']", "//*[@id='main-content']", "//*[@id='maincontent']", "//*[@id='content']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' pagecontent ')]", "//article",
)


@dataclass
class Block:
    kind: str  # heading | p | li | table
    text: str
    level: int = 0  # heading level
    list_id: int | None = None  # li blocks of one list share an id
    lead: str | None = None  # leading bold text (a label or a name in "Name – sentence")
    rows: list[list[str]] | None = None  # table rows (first row = header when header_rows >= 1)
    header_rows: int = 0
    # The portlets/cards/sections around the block, outermost first: a hint of what belongs together.
    container: tuple[int, ...] = ()


@dataclass
class Document:
    url: str
    title: str | None
    blocks: list[Block]
    full_text: str  # all visible text incl. furniture, for page dates ("" when the page has no page-date label)
    meta: dict[str, str] = field(default_factory=dict)


_ODD_WS = "\t\r\f\v\u00a0" + "".join(map(chr, range(0x2000, 0x200C))) + "\u202f\u205f\u3000"  # _WS but " "
_ODD_WS_RE = re.compile(f"[{_ODD_WS}]")
_SPACES = re.compile(r"  +")
_NL_FIX = re.compile(r" +\n[ \n]*|\n[ \n]+")  # the matches of _NL_WS that change something


def clean_text(text: str) -> str:
    """NFC, every run of blanks one space (``_WS``), blanks around line breaks dropped (``_NL_WS``), stripped.

    The same as ``_NL_WS.sub("\\n", _WS.sub(" ", text)).strip()`` on the NFC text, with substitutions that only
    touch what changes (this runs on every text node).
    """
    text = unicodedata.normalize("NFC", text)
    if _ODD_WS_RE.search(text):
        for c in _ODD_WS:
            if c in text:
                text = text.replace(c, " ")
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _NL_FIX.sub("\n", text)
    return text.strip()


def is_furniture_text(text: str) -> bool:
    """``_FURNITURE_TEXT.search(text.strip())``, fast."""
    text = text.strip()
    if _FURNITURE_TEXT_START.match(text):
        return True
    return has_any(fold(text), _FURNITURE_TEXT_WORDS) and bool(_FURNITURE_TEXT_ANYWHERE.search(text))


def _attrs(el) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')} {el.get('aria-label', '')}"


@functools.lru_cache(maxsize=8192)
def _furniture_attrs(attrs: str) -> bool:
    """Class/id/role/label words of furniture; cached, since a site repeats its few class names on every page."""
    return bool(_FURNITURE_ATTR.search(attrs))


def _is_furniture_el(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIP_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if tag == "header" and (el.getparent() is None or el.getparent().tag in ("body", "html")
                            or el.get("role") == "banner"):
        return True
    role = el.get("role", "")
    if role in ("navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"):
        return True
    return _furniture_attrs(_attrs(el))


def _inline_text(el, parts: list[str]) -> None:
    """Visible text of an element; <br> becomes a line break, furniture children are skipped."""
    if el.text:
        parts.append(el.text)
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag in ("ul", "ol") or (tag and _is_furniture_el(child)):
            pass
        elif tag in TEXT_BLOCK_TAGS or tag in HEADING_TAGS or tag in ("div", "table"):
            parts.append("\n")
            _inline_text(child, parts)
            parts.append("\n")
        else:
            _inline_text(child, parts)
        if child.tail:
            parts.append(child.tail)


def text_of(el) -> str:
    parts: list[str] = []
    _inline_text(el, parts)
    return clean_text("".join(parts))


def _lead_of(el) -> str | None:
    """Bold text at the very start of a block, e.g. <strong>Syfte:</strong> or <b>Name</b> – …"""
    if (el.text or "").strip():
        return None
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("strong", "b"):
            t = text_of(child)
            return t or None
        if tag in ("span", "a", "em") and len(child):
            return _lead_of(child)
        return None
    return None


def _table_rows(table) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    header_rows = 0
    for tr in table.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells:
            continue
        row = [text_of(c) for c in cells]
        in_head = tr.getparent() is not None and tr.getparent().tag == "thead"
        if (in_head or all(c.tag == "th" for c in cells)) and len(rows) == header_rows:
            header_rows += 1
        rows.append(row)
    return rows, header_rows


def _is_fact_box(el) -> bool:
    """An aside holding the project's labelled facts (Projektägare, Budget, Period …) is content, not furniture;
    contact and navigation boxes are not (their labels are Telefon, E-post …)."""
    if el.get("role") in ("navigation", "search"):
        return False
    lines = [ln for ln in text_of(el).split("\n") if ln.strip()]
    found = {labels.split_label(ln)[0] for ln in lines if labels.split_label(ln)}
    found |= {labels.label_alone(ln) for ln in lines if labels.label_alone(ln)}
    return len(found - {"contact", "ignore", None}) >= 2


def _is_disclosure(el) -> bool:
    """An accordion/disclosure button: in municipal pages its label is the heading of what it opens."""
    return el.get("aria-expanded") is not None or el.get("aria-controls") is not None or \
        bool(_DISCLOSURE_ATTR.search(el.get("class", "")))


class _Walker:
    def __init__(self):
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.list_counter = 0
        self.container: tuple[int, ...] = ()
        self.container_counter = 0

    def add(self, block: Block) -> None:
        block.container = self.container
        self.blocks.append(block)

    def flush(self):
        if self.buffer:
            text = clean_text("".join(self.buffer))
            self.buffer = []
            if text:
                self.add(Block("p", text))

    def walk(self, el, list_id: int | None = None):
        if el.text and el.text.strip():
            self.buffer.append(el.text)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in ("button", "summary") and _is_disclosure(child) or tag == "summary":
                self.flush()
                t = text_of(child)
                if t:
                    self.add(Block("heading", t, level=3))
            elif tag == "aside" and _is_fact_box(child):
                self.flush()
                self._walk_container(child, list_id)
            elif not tag or _is_furniture_el(child) or tag in LANDMARK_SKIP:
                pass
            elif tag in HEADING_TAGS:
                self.flush()
                t = text_of(child)
                if t:
                    self.add(Block("heading", t, level=HEADING_TAGS[tag]))
            elif tag == "table":
                self.flush()
                rows, header_rows = _table_rows(child)
                if rows:
                    text = "\n".join(" | ".join(r) for r in rows)
                    self.add(Block("table", text, rows=rows, header_rows=header_rows))
            elif tag in ("ul", "ol"):
                self.flush()
                self.list_counter += 1
                self.walk(child, list_id=self.list_counter)
            elif tag == "li":
                self.flush()
                t = text_of(child)
                if t:
                    self.add(Block("li", t, list_id=list_id, lead=_lead_of(child)))
                for sub in child:
                    if isinstance(sub.tag, str) and sub.tag in ("ul", "ol"):
                        self.list_counter += 1
                        self.walk(sub, list_id=self.list_counter)
            elif tag in TEXT_BLOCK_TAGS:
                self.flush()
                t = text_of(child)
                if t:
                    lead = _lead_of(child)
                    if lead and lead.strip() == t and len(t) <= 90 and "\n" not in t and not labels.field_for(t) \
                            and not t.endswith((".", ":")) and not t.isupper():
                        # <p><strong>Name</strong></p> before its text: a heading in all but markup.
                        self.add(Block("heading", t, level=5))
                    else:
                        self.add(Block("p", t, lead=lead))
            elif tag == "br":
                self.buffer.append("\n")
            elif tag in ("div", "section", "article", "main", "dl", "figure", "details", "summary", "center", "body",
                         "html", "fieldset", "hgroup", "tbody", "thead", "span", "a", "strong", "b", "em", "i", "font",
                         "small", "u", "mark", "time", "abbr", "label", "sup", "sub", "q", "cite", "del", "ins", "s"):
                if tag in ("span", "a", "strong", "b", "em", "i", "font", "small", "u", "mark", "time", "abbr",
                           "label", "sup", "sub", "q", "cite", "del", "ins", "s"):
                    # Inline element directly in a container: its text joins the loose-text paragraph.
                    self.buffer.append(text_of(child))
                else:
                    self.flush()
                    self._walk_container(child, list_id)
                    self.flush()
            else:
                self.flush()
                self._walk_container(child, list_id)
                self.flush()
            if child.tail and child.tail.strip():
                self.buffer.append(child.tail)


    def _walk_container(self, el, list_id):
        if el.tag in ("section", "article", "details", "dl") or _CONTAINER_ATTR.search(el.get("class", "")):
            outer = self.container
            self.container_counter += 1
            self.container = outer + (self.container_counter,)
            self.walk(el, list_id)
            self.flush()
            self.container = outer
        else:
            self.walk(el, list_id)


def _decode(body: bytes, content_type: str | None) -> str:
    """Bytes to text using the declared charset, falling back to UTF-8 then Windows-1252.

    BeautifulSoup's UnicodeDammit sorts out pages whose declaration lies (issue: mislabelled encodings).
    """
    return _decode_utf8(body, content_type)[0]


_UTF8_NAMES = frozenset({"utf-8", "utf8"})


def _decode_utf8(body: bytes, content_type: str | None) -> tuple[str, bool]:
    """``_decode``, and whether the text was read as strict UTF-8 (then ``body`` is its UTF-8 encoding)."""
    charset = None
    if content_type:
        m = re.search(r"charset=([\w-]+)", content_type, re.I)
        charset = m.group(1) if m else None
    if not charset:
        m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.I)
        charset = m.group(1).decode("ascii", "ignore") if m else None
    if charset:
        try:
            text = body.decode(charset)
            is_utf8 = charset.lower().replace("_", "-") in _UTF8_NAMES
            if is_utf8 or "Ã" not in text:
                return text, is_utf8
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return body.decode("utf-8"), True
    except UnicodeDecodeError:
        from bs4 import UnicodeDammit

        dammit = UnicodeDammit(body, ["utf-8", "windows-1252", "iso-8859-1"])
        return dammit.unicode_markup or body.decode("windows-1252", errors="replace"), False


def _meta(root) -> dict[str, str]:
    meta: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key and m.get("content"):
            meta.setdefault(key, m.get("content"))
    for t in root.iter("time"):
        if t.get("datetime"):
            meta.setdefault("time", t.get("datetime"))
    return meta


_MAIN_XPATHS_COMPILED = tuple(etree.XPath(xp) for xp in _MAIN_XPATHS)
_H1_BELOW = etree.XPath(".//h1")
_H1_ANY = etree.XPath("//h1")


def _main_root(root):
    for xp in _MAIN_XPATHS_COMPILED:
        found = xp(root)
        if found:
            # Prefer the candidate that holds the page's h1.
            for el in found:
                if _H1_BELOW(el):
                    return el
            return found[0]
    body = root.find("body")
    return body if body is not None else root


# The page parser: the decoded text, re-encoded as UTF-8 bytes (lxml reads those faster than a str, and a str with
# an XML encoding declaration not at all). A plain etree parser: lxml.html's element classes cost a Python call
# for every element touched, and nothing here needs them.
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8")
_STRING = etree.XPath("string()")
# Every page-date label ("Senast uppdaterad", "Publicerad", "Sidan skapades", "ändrad" …) holds one of these
# ASCII stems ("ndra" also in "&auml;ndrad"): a page without them has no page date, and its full text is not
# built. Looked for in the lower-cased UTF-8 bytes (a case-insensitive regex over 60 KB costs milliseconds).
_PAGE_DATE_STEMS = (b"uppdater", b"publicer", b"skapa", b"granska", b"revider", b"rediger", b"ndra")
# Letters that a case-insensitive pattern reads as ASCII i, s, k (İ ı ſ K): with one of them, always build it.
_ODD_CASE_LETTERS = ("\u0130".encode(), "\u0131".encode(), "\u017f".encode(), "\u212a".encode())
_BODY_TEXT = etree.XPath("//body//text()[not(ancestor::script) and not(ancestor::style)]")


def parse_html(body: bytes | str, url: str, content_type: str | None = None) -> Document:
    if isinstance(body, str):
        text, data = body, None
    else:
        text, is_utf8 = _decode_utf8(body, content_type)
        data = body if is_utf8 else None  # already the UTF-8 of the text: no need to encode it again
    if "\x00" in text:
        text, data = text.replace("\x00", ""), None
    if not text or text.isspace():
        return Document(url, None, [], "")
    try:
        if data is None:
            data = text.encode("utf-8", "surrogatepass")
        root = etree.fromstring(data, _UTF8_PARSER)
    except (etree.ParserError, ValueError):
        return Document(url, None, [], "")
    if root is None:
        return Document(url, None, [], "")
    meta = _meta(root)
    full_text = ""
    lowered = data.lower()
    if any(stem in lowered for stem in _PAGE_DATE_STEMS) or any(c in data for c in _ODD_CASE_LETTERS):
        # The visible text nodes one per line (clean_text drops the blanks around line breaks, so this is the
        # same as joining them with " \n ", with fewer blanks to drop).
        full_text = clean_text("\n".join(t for t in _BODY_TEXT(root) if t.strip()))
    main = _main_root(root)
    h1 = _H1_BELOW(main) or _H1_ANY(root)
    title = text_of(h1[0]) if h1 else None
    walker = _Walker()
    walker.walk(main)
    walker.flush()
    blocks = [b for b in walker.blocks if not (b.kind != "table" and is_furniture_text(b.text))]
    if title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
        blocks.insert(0, Block("heading", title, level=1))
    t = root.find(".//title")
    if t is not None:
        meta["html_title"] = clean_text(_STRING(t))
    if not title and t is not None:
        title = meta["html_title"].split(" - ")[0].split(" | ")[0]
    return Document(url, title or None, blocks, full_text, meta)


_TEXT_HEADING_MAX = 90
_AMOUNT_ONLY = re.compile(r"^\s*\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[,.]\d+)?\s*(?:kr|tkr|mnkr|kronor|sek|%)?\s*$", re.I)
_TABLE_PROJECT_HEAD = re.compile(r"projekt|aktivitet|insats|satsning|åtgärd", re.I)
_TABLE_AMOUNT_HEAD = re.compile(r"belopp|tkr|mnkr|kronor|\bkr\b|budget|summa|beviljat", re.I)


def _recover_text_tables(blocks: list[Block]) -> list[Block]:
    """Rebuild a table that a text copy flattened into one paragraph per cell.

    A run of short header lines naming a project column and an amount column, followed by rows that each end
    in a bare amount ("1 400"), is read back as a table: first cell the project, last the amount, the lines
    between them the middle column(s).
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and j - i < 6 and len(blocks[j].text) <= 40 and len(blocks[j].text.split()) <= 4 \
                and not _AMOUNT_ONLY.match(blocks[j].text):
            j += 1
        header_text = " ".join(b.text for b in blocks[i:j])
        if j - i >= 2 and _TABLE_PROJECT_HEAD.search(header_text) and _TABLE_AMOUNT_HEAD.search(header_text):
            rows, cur, k = [], [], j
            while k < len(blocks):
                t = blocks[k].text
                if _AMOUNT_ONLY.match(t):
                    if not cur:
                        break
                    rows.append(cur + [t])
                    cur = []
                elif len(cur) >= 5:
                    break
                else:
                    cur.append(t)
                k += 1
            if len(rows) >= 2:
                header: list[str] = []
                for b in blocks[i:j]:
                    if header and header[-1].endswith((",", "/")):
                        header[-1] += " " + b.text
                    else:
                        header.append(b.text)
                ncols = max(2, len(header))
                table_rows = [header[:ncols]]
                for r in rows:
                    middle = " ".join(r[1:-1]).replace("/ ", "/")
                    cells = [r[0], middle, r[-1]] if ncols >= 3 else [r[0] + (" " + middle if middle else ""), r[-1]]
                    table_rows.append(cells[:ncols] if ncols == 3 else cells + [""] * (ncols - len(cells)))
                text = "\n".join(" | ".join(r) for r in table_rows)
                out.append(Block("table", text, rows=table_rows, header_rows=1))
                i = k
                continue
        out.append(blocks[i])
        i += 1
    return out
_BULLET = re.compile(r"^\s*([•*·▪\-–]|\d+[.)])\s+")


def parse_text(text: str, url: str) -> Document:
    """Plain text: one block per blank-line-separated paragraph; short title-like lines become headings.

    Used for saved text copies of pages (markup lost): a line with no final full stop, short, and not a
    labelled field ("Syfte: …") is read as a heading, because that is what such lines were on the page.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\x00", ""))
    paragraphs = [clean_text(p) for p in re.split(r"\n\s*\n", text)]
    blocks: list[Block] = []
    list_id = 0
    prev_bullet = False
    for para in paragraphs:
        if not para or is_furniture_text(para):
            prev_bullet = False
            continue
        lines = para.split("\n")
        markers = [_BULLET.match(ln) for ln in lines]
        # A lone "- text" paragraph is a quotation (Swedish dialogue dash), not a list.
        if all(markers) and (len(lines) > 1 or markers[0].group(1) in "•*·▪"):
            if not prev_bullet:
                list_id += 1
            for ln, m in zip(lines, markers):
                blocks.append(Block("li", ln[m.end():].strip(), list_id=list_id))
            prev_bullet = True
            continue
        prev_bullet = False
        if (len(lines) == 1 and len(para) <= _TEXT_HEADING_MAX and not re.search(r"[.:;,]$", para)
                and not _AMOUNT_ONLY.match(para) and re.search(r"[^\W\d_]{3}", para)
                and not re.match(r"^[^\s:]{2,40}:\s", para) and not para.startswith(("-", "–", "”", '"'))
                and len(para.split()) <= 12 and para.count(",") <= 1):
            blocks.append(Block("heading", para, level=2))
        else:
            blocks.append(Block("p", para))
    blocks = _recover_text_tables(blocks)
    title = None
    for b in blocks:
        if b.kind == "heading":
            b.level = 1
            title = b.text
            break
        if b.kind == "p":
            break
    return Document(url, title, blocks, clean_text(text))
