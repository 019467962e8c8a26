"""Turn a page (HTML bytes or plain text) into a flat list of content blocks, without page furniture.

Everything after this step reads blocks, not HTML, so the same segmentation and field rules run on
Sitevision, Episerver, WordPress and plain-text pages alike. The HTML is parsed once, with lxml.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from pipeline.extract import labels
from pipeline.extract.pdf2html import is_converted, rebuild as rebuild_converted
from pipeline.pagewords import BLANK_RUN
from pipeline.swedish._scan import find_all, fold, folded_twin, has_any
from pipeline.swedish.orgs import find_municipalities, looks_like_person, trie_regex

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements whose whole subtree is never content.
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "form", "button", "iframe", "select",
             "textarea", "input", "object", "embed", "video", "audio", "canvas", "map", "head", "title", "meta",
             "link", "img", "picture", "source"}
LANDMARK_SKIP = {"footer", "aside"}  # <header> is furniture only at page level (see _is_furniture_el)
# A lower-case word broken across lines by a hyphen; not a suspended compound ("barn-\noch ungdom", "fritids-\neller").
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_LINE_HYPHEN = re.compile(r"(?<=[a-zåäö])-\n[ \t]*(?!(?:och|eller|samt|till|som)\b)([a-zåäö])")
TEXT_BLOCK_TAGS = {"p", "li", "dt", "dd", "blockquote", "pre", "figcaption", "caption", "address"}
# class/id words that mark furniture: banners, menus, breadcrumbs, share/print/listen tools, contact boxes.
_FURNITURE_ATTR = re.compile(
    r"cookie|consent|gdpr|breadcrumb|brodsmul|skip-?(link|to)|readspeaker|rsbtn|rs_skip|lyssna|"
    r"share|social-?media|print|utskrift|feedback|hjalpte|sidebar|sidomeny|related|relaterat|"
    r"navigation|navbar|main-?menu|mega-?menu|menu|meny|search|(^|[\s_-])(sok|hoger|vanster|fot)([\s_-]|$)|site-?footer|"
    r"site-?header|page-?footer|page-?header|toolbar|contact|kontakt|env-assistive|sr-only|visually-?hidden|"
    r"screen-?reader|old-?browser|browser-?(warning|support|banner)|legacy|ie-?(warning|banner)|"
    r"sv-contact|personcard|person-?card|byline|author|tags|taggar|pagination|paging|"
    r"last-?updated|senast-?uppdaterad|page-?meta|pagemeta|modified|lastmodified|file-?portlet|sv-file|file-?list|"
    r"attachments?|bilagor|downloads?|c-fileslist|document-?list|"
    # a post's categories ("Nyheter, Välfärd" in WordPress's wp-block-post-terms)
    r"post-?terms|taxonomy-?category|cat-?links|entry-?categories|post-?categories|"
    # an old Swedish layout's side columns ("hogerspalt", "vanster_ruta", id "hoger": the anchored alternative below;
    # one that holds the h1 is kept), its head ("sidhuvud") and its foot ("sidfot", id "fot")
    r"hogerspalt|vansterspalt|hogerkolumn|vansterkolumn|sidfot|sidhuvud",
    re.I,
)
# A page tool's name ("Skriv ut", "Lyssna på sidan", "Dela på Facebook"); two or more on one line are a tool bar.
_TOOL_NAME = r"(skriv ut|lyssna( på sidan)?|läs upp|tipsa( en vän| någon)?( om sidan)?|dela( sidan| på \w+)?|(spara|ladda ner)( sidan)? som pdf)"
_TOOLS_ON_ONE_LINE = rf"{_TOOL_NAME}(\s*{_TOOL_NAME})+$"
# Lines that are furniture whatever their markup (a protocol's "Dnr KS 2024/000467" too).
_FURNITURE_TEXT = re.compile(
    r"använder teknik som troligen inte stöds|gå direkt till (huvud)?innehållet|hoppa till (huvud)?innehåll|"
    r"^lyssna$|^lyssna på sidan|^skriv ut$|^dela( sidan)?$|^(spara|ladda ner)( sidan)? som pdf$|^tipsa( en vän| någon)?( om sidan)?$|^detaljer$|^senast uppdaterad|^sidan (är )?(uppdaterad|publicerad|skapades)|"
    r"^publicerad:?\s|^uppdaterad:?\s|^senast ändrad|^rapportera fel|hjälpte informationen|när du besöker denna webbplats sparas|"
    r"använder (kakor|cookies)|^ikon för|^telefonnummer$|^foto:|^du är här\b|"
    r"^bild:|denna (artikel|nyhet|artikel/nyhet) är gammal|^(jag )?(godkänn|förstår|accepter)|^ok$|"
    r"^till toppen|^tillbaka$|^startsidan för|^(startsida|start|hem)\s*[/>»›]|^translate$|^meny$|^sök$|"
    r"^(other )?languages$|^in english$|^på andra språk$|^läs mer$|^läs mer om(\s\w+)+$|^läs mer:\s|"
    r"^(dnr|diarienummer|diarienr)\.?:?\s*[\w./-]+(\s+[\w./-]+)?$|^sidansvarig|^ansvarig för sidan|"
    # a printed document's running footer, pasted with its text: "Samordningsförbundet X Sida 1 (3)"
    r"^[^\n]{0,80}\bsida \d{1,3}(?: \(\d{1,3}\)| av \d{1,3})$|"
    # a tool bar read as one line: "Skriv ut Lyssna på sidan", "Dela på Facebook Dela på LinkedIn"
    r"^" + _TOOLS_ON_ONE_LINE,
    re.I,
)
# The same test, fast (it runs on every block): the anchored alternatives are tried once at the start, the
# phrases anywhere only when the folded line (pipeline.swedish._scan.fold) holds one of their words.
_FURNITURE_TEXT_START = re.compile(
    r"lyssna$|lyssna på sidan|skriv ut$|dela( sidan)?$|(spara|ladda ner)( sidan)? som pdf$|tipsa( en vän| någon)?( om sidan)?$|detaljer$|du är här|senast uppdaterad|sidan (är )?(uppdaterad|publicerad|skapades)|"
    r"publicerad:?\s|uppdaterad:?\s|senast ändrad|rapportera fel|ikon för|telefonnummer$|foto:|"
    r"bild:|(jag )?(godkänn|förstår|accepter)|ok$|"
    r"till toppen|tillbaka$|startsidan för|(startsida|start|hem)\s*[/>»›]|translate$|meny$|sök$|"
    r"(other )?languages$|in english$|på andra språk$|läs mer$|läs mer om(\s\w+)+$|läs mer:\s|"
    r"(dnr|diarienummer|diarienr)\.?:?\s*[\w./-]+(\s+[\w./-]+)?$|sidansvarig|ansvarig för sidan|"
    + _TOOLS_ON_ONE_LINE,
    re.I,
)
_FURNITURE_TEXT_ANYWHERE = re.compile(
    r"^[^\n]{0,80}\bsida \d{1,3}(?: \(\d{1,3}\)| av \d{1,3})$|"  # a printed page's running footer (see above)
    r"använder teknik som troligen inte stöds|gå direkt till (huvud)?innehållet|hoppa till (huvud)?innehåll|"
    r"hjälpte informationen|när du besöker denna webbplats sparas|"
    r"använder (kakor|cookies)|denna (artikel|nyhet|artikel/nyhet) är gammal",
    re.I,
)
_FURNITURE_TEXT_WORDS = ("använder", "direkt till", "hoppa till", "hjälpte", "besöker", "gammal", "sida ")
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
    # heading | p | li | table | meta (badges beside a title: read for facts, not a description) | figure (a result's
    # key figure, "64 familjer fick stöd": neither description nor prose to read facts from)
    kind: str
    text: str
    level: int = 0  # heading level
    list_id: int | None = None  # li blocks of one list share an id
    lead: str | None = None  # leading bold text (a label or a name in "Name – sentence")
    rows: list[list[str]] | None = None  # table rows (first row = header when header_rows >= 1)
    header_rows: int = 0
    # The portlets/cards/sections around the block, outermost first: a hint of what belongs together.
    container: tuple[int, ...] = ()
    caption: str | None = None  # a table's <caption> ("Budget för Familjeverkstan (tkr)")


class Document:
    """A parsed page. ``full_text``: all visible text incl. furniture, for page dates ("" when the page has no
    page-date label). It may be given as a function that builds it, called the first time it is read: most of a
    page's cost after parsing, and a page without project records never needs it.

    ``page_date_texts``: pieces of ``full_text`` whose latest page date (``parse_page_date``) is that of the whole
    text, cheaper to build and to read (see ``_page_date_texts``); ``[full_text]`` unless given (like it, the
    value or a function that builds it)."""

    __slots__ = ("url", "title", "blocks", "meta", "_full_text", "_date_texts")

    def __init__(self, url: str, title: str | None, blocks: list[Block], full_text, meta: dict[str, str] | None = None,
                 page_date_texts=None):
        self.url = url
        self.title = title
        self.blocks = blocks
        self._full_text = full_text
        self.meta = {} if meta is None else meta
        self._date_texts = page_date_texts

    @property
    def full_text(self) -> str:
        value = self._full_text
        if not isinstance(value, str):
            value = self._full_text = value()
        return value

    @property
    def page_date_texts(self) -> list[str]:
        value = self._date_texts
        if value is None:
            return [self.full_text]
        if not isinstance(value, list):
            value = self._date_texts = value()
        return value

    def __repr__(self) -> str:
        return f"Document(url={self.url!r}, title={self.title!r}, blocks={len(self.blocks)})"


_ODD_WS = "\t\r\f\v\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"  # _WS but " "
# Characters that are never seen: a soft hyphen (&shy;, put into long words such as "Samverkans&shy;parter" so that
# they break in a narrow column), a word joiner, a byte order mark. Read, they cut the word they sit in ("Mål­grupp:"
# was no label).
INVISIBLE = "\u00ad\u200b\u2060\ufeff"  # (U+200B, a zero-width space: "Samverkans\u200bparter" from SharePoint)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_ODD_WS_RE = re.compile(f"[{_ODD_WS}{INVISIBLE}]")


def _has_invisible(text: str) -> bool:
    """Whether ``text`` holds an ``INVISIBLE`` character: an ``in`` test each, faster than a pattern on a page's text."""
    return any(c in text for c in INVISIBLE)
_SPACES = re.compile(r"  +")


def clean_text(text: str) -> str:
    """NFC without the ``INVISIBLE`` characters, every run of blanks one space (``_WS``), blanks around line breaks
    dropped (``_NL_WS``), stripped.

    The same as ``_NL_WS.sub("\\n", _WS.sub(" ", text)).strip()`` on that text, with substitutions that only
    touch what changes (this runs on every text node). ``_NL_WS`` makes every run of spaces and line breaks that
    holds a line break one line break: done here as lines stripped of spaces, the empty ones dropped (the same,
    and cheaper than a pattern on a page's full text).
    """
    text = unicodedata.normalize("NFC", text)
    if _ODD_WS_RE.search(text):  # one search for both kinds
        if _has_invisible(text):
            text = unicodedata.normalize("NFC", _INVISIBLE_RE.sub("", text))  # "a\u00ad\u0308" composes now
        for c in _ODD_WS:
            if c in text:
                text = text.replace(c, " ")
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = "\n".join(filter(None, [line.strip(" ") for line in text.split("\n")]))
    return text.strip()


def is_furniture_text(text: str) -> bool:
    """``_FURNITURE_TEXT.search(text.strip())``, fast: the line is folded once, for the anchored alternatives
    (``_FURNITURE_TEXT_START``, case-bound on the fold: see _FURNITURE_TEXT_START_FOLDED) and the words' test."""
    text = text.strip()
    folded = fold(text)
    if _FURNITURE_TEXT_START_FOLDED.match(folded):
        return True
    return has_any(folded, _FURNITURE_TEXT_WORDS) and bool(_FURNITURE_TEXT_ANYWHERE.search(text))


# A line of the page's tools or of its postal footer written out with separators, on a site whose markup does not say
# so (old layout tables): "Skriv ut sidan | Tillbaka till Projekt", "Haparanda stad | 953 85 Haparanda |
# Besöksadress: Torget 7 | Tel 0922-150 00"; or the tools one under the other ("Lättläst", "Talande webb").
_TOOL = (rf"(?:{_TOOL_NAME}|skriv ut sidan|tillbaka(?: till [\w ]{{1,40}})?|till toppen|upp|lättläst|talande webb|"
         rf"teckenspråk|in english|other languages|på andra språk|translate|webbkarta|kontakta oss|textversion)")
# (the bar may end in the breadcrumb: "Lättläst | Talande webb | Textversion | Du är här: Start > Kommun och politik")
_TOOL_BAR_SEPARATED = re.compile(rf"[|·•/]?\s*{_TOOL}(?:\s*[|·•/]\s*{_TOOL})*\s*[|·•/]?(?:\s*du är här\b[^\n]*)?",
                                 re.I)
_POSTAL_CODE = re.compile(r"(?<!\d)\d{3} ?\d{2} [A-ZÅÄÖ]")
_CONTACT_WORD = re.compile(r"besöksadress|postadress|\btel\b|telefon|e-post|@|växel", re.I)


def pre_text(el) -> str:
    """A <pre>'s text: its source lines are its lines. A word hyphenated across a pasted PDF's lines ("elever-\nna")
    is joined; where blank lines part it into paragraphs, each one's wrapped lines are joined on its own (never into
    the next paragraph, a heading, or the printed page's running footer, "Sorsele kommun – Projektplan Sida 1 (2)",
    which is left out)."""
    t = "".join(el.itertext())
    if not _BLANK_LINES.search(t):
        t = clean_text(t)
        return _LINE_HYPHEN.sub(r"\1", t) if "-\n" in t else t
    parts = [_LINE_HYPHEN.sub(r"\1", part) if "-\n" in part else part for part in map(clean_text, _BLANK_LINES.split(t))]
    parts = ["\n".join(line for line in part.split("\n") if not is_furniture_text(line)) for part in parts]
    return "\n".join(_unwrapped(part, every=True) for part in parts if part)


def is_tools_or_address_lines(text: str) -> bool:
    """Every line of the block a tool bar or a postal address (the two are often one block)."""
    return len(text) <= 500 and all(is_tools_or_address_line(line) for line in text.split("\n") if line.strip())


def is_tools_or_address_line(text: str) -> bool:
    """A tool bar with separators, or a postal address line with a phone or e-mail (at most 250 characters)."""
    if len(text) > 250:
        return False
    if "|" in text or "·" in text or "•" in text or "/" in text or len(text) <= 24:
        # (a tool's name alone on its line: "Lättläst", "Talande webb", "In English" one under the other)
        if _TOOL_BAR_SEPARATED.fullmatch(text.strip()):
            return True
    return _POSTAL_CODE.search(text) is not None and _CONTACT_WORD.search(text) is not None


# A notice in bold that the project has ended, paused …: a sentence the page shows, not a heading ("Projektet är
# avslutat", "Satsningen har avslutats").
_STATUS_BANNER = re.compile(r"(?:projektet|satsningen|insatsen|investeringen|arbetet)\s+(?:är|har)\s+(?:nu\s+)?"
                            r"(?:avslutat|avslutad|avslutats|avbrutet|avbrutits|pausat|slutfört|slutförts)\b", re.I)


# A tab list is the names of the tab panels, which each panel carries as its heading (``_tab_name``).
_FURNITURE_ROLES = frozenset(("navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog",
                              "tablist"))


# A word of every _FURNITURE_ATTR alternative ("menu" for main-?menu, "nav" for navigation and navbar …), looked
# for in the folded attributes first: ids differ from page to page, and the pattern's ~70 alternatives cost
# tens of microseconds on each new string.
_FURNITURE_ATTR_WORDS = (
    "cookie", "consent", "gdpr", "breadcrumb", "brodsmul", "skip", "readspeaker", "rsbtn", "lyssna", "share", "social",
    "print", "utskrift", "feedback", "hjalpte", "sidebar", "sidomeny", "relate", "nav", "menu", "meny", "search", "sok",
    "footer", "header", "toolbar", "contact", "kontakt", "assistive", "sr-only", "hidden", "reader", "browser",
    "legacy", "warning", "banner", "person", "byline", "author", "tag", "paginat", "paging", "updated", "uppdaterad",
    "meta", "modified", "portlet", "file", "attachment", "bilagor", "download", "document", "term", "taxonom",
    "links", "categories", "hoger", "vanster", "fot", "sidhuvud",
)
# The same test in one search (``has_any(folded, _FURNITURE_ATTR_WORDS)``: a regex of literal words, no anchors,
# finds one where one of them is): the words as a prefix trie, so that the engine tries one branch per first letter at
# each position, not 52 substring tests looped over by the interpreter (a value missing the cache cost ≈ 25 k
# instructions, most of them there).
_FURNITURE_ATTR_WORDS_RE = re.compile(trie_regex([list(map(re.escape, word)) for word in _FURNITURE_ATTR_WORDS]))


# A case-blind pattern of lower-case literals matches a text where the same pattern, case-bound, matches its
# fold() (pipeline.swedish._scan: same length, position for position; checked over all of Unicode for a-z, å, ä,
# ö, é, digits, "-", "_" and " "): several times faster, as re.IGNORECASE slows every alternative down.
def _folded_pattern(rx: re.Pattern[str]) -> re.Pattern[str]:
    assert "\\" not in rx.pattern.replace("\\s", "")  # the only escape these patterns use
    return folded_twin(rx)


_FURNITURE_ATTR_FOLDED = _folded_pattern(_FURNITURE_ATTR)
# Its atoms are letters, " ", ":", "\.", "\s", [/>»›] and [\w./-], with "^" and "$" (which reads a line break):
# each matches a character case-blind exactly when it matches the character's fold case-bound, and fold keeps every
# character one (checked over all of Unicode in tests/test_document_furniture_patterns.py): what folded_twin needs.
_FURNITURE_TEXT_START_FOLDED = folded_twin(_FURNITURE_TEXT_START)
_CONTAINER_ATTR_FOLDED = _folded_pattern(_CONTAINER_ATTR)
_DISCLOSURE_ATTR_FOLDED = _folded_pattern(_DISCLOSURE_ATTR)


# Furniture words sought in each of an element's class, id, role and aria-label on its own, rather than in the four
# joined by blanks (as _FURNITURE_ATTR was first used): the same answer, as no alternative matches a blank but
# "(^|[\s_-])sok([\s_-]|$)", which reads a value's start and end as it read the blank between two values (and the
# start and end of the joined string). Alone, a site's few class strings are found in the cache on every page,
# while the ids (unique) only miss it.
@functools.lru_cache(maxsize=8192)
def _furniture_value(value: str) -> bool:
    """Class/id/role/label words of furniture in one attribute value; cached, since a site repeats its few class
    names on every page."""
    folded = fold(value)
    if _FURNITURE_ATTR_WORDS_RE.search(folded) is None:
        return False
    return _FURNITURE_ATTR_TRIE.search(folded) is not None or (
        has_any(folded, _ANCHORED_WORDS) and _FURNITURE_ATTR_SOK.search(folded) is not None)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (its "|" outside parentheses; no escaped parenthesis or "|")."""
    alternatives, depth, start = [], 0, 0
    for i, c in enumerate(pattern):
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
    return [*alternatives, pattern[start:]]


def _units(alternative: str) -> list[str]:
    """An alternative made of letters, "-", "_" and groups without nesting, each maybe optional ("?"), cut into
    those (a group made non-capturing): the units trie_regex joins."""
    units, i = [], 0
    while i < len(alternative):
        if alternative[i] == "(":
            end = alternative.index(")", i)
            unit, i = "(?:" + alternative[i + 1:end] + ")", end + 1
        else:
            unit, i = re.escape(alternative[i]), i + 1
        if alternative[i:i + 1] == "?":
            unit, i = unit + "?", i + 1
        units.append(unit)
    return units


# _FURNITURE_ATTR_FOLDED in two searches that are the same test: its alternatives but the one anchored on word
# boundaries ("sok", "hoger", "vanster", "fot") as a prefix trie (an alternation matches where one of its
# alternatives does, in any order, and P(X|Y) matches what PX|PY matches: the engine tries one branch per letter,
# not ~70 alternatives at each character); the anchored one on its own, only when the value holds one of its words
# (each of its matches does).
_FURNITURE_ATTR_SOK_ALTERNATIVE = r"(^|[\s_-])(sok|hoger|vanster|fot)([\s_-]|$)"  # the anchored words
assert _FURNITURE_ATTR_SOK_ALTERNATIVE in _alternatives(_FURNITURE_ATTR.pattern)
_FURNITURE_ATTR_TRIE = re.compile(trie_regex(
    [_units(a) for a in _alternatives(_FURNITURE_ATTR.pattern) if a != _FURNITURE_ATTR_SOK_ALTERNATIVE]))
_FURNITURE_ATTR_SOK = re.compile(_FURNITURE_ATTR_SOK_ALTERNATIVE)
_ANCHORED_WORDS = ("sok", "hoger", "vanster", "fot")


def _is_furniture_el(el, tag: str | None = None) -> bool:
    """Page furniture by tag, hidden state, landmark role or class/id words. ``tag``: the element's tag when the
    caller has it already (lxml builds a new string on every ``.tag``; the same goes for ``.text``, ``.tail`` and
    attributes, so the walkers below read each once)."""
    if tag is None:
        tag = el.tag
        if not isinstance(tag, str):
            tag = ""
    if tag in SKIP_TAGS:
        return True
    attrs = el.items()
    return bool(attrs or tag == "header") and _furniture_attrs(el, tag, attrs)


# What _furniture_attrs reads of an attribute, by its name: words of furniture in its value ("word"), its
# presence ("hidden"), its value "true" ("aria-hidden"), a furniture role or words ("role"); any other, nothing.
_FURNITURE_ATTR_KIND = {"class": "word", "id": "word", "aria-label": "word", "hidden": "hidden",
                        "aria-hidden": "aria-hidden", "role": "role"}


_HEADER_WORD = re.compile(r"header", re.I)


def _titled_header(el, value: str) -> bool:
    """A box whose only furniture word is "header" and that holds a heading: an article's or a list item's title
    ("<div class="page-header"><h2>…</h2>" in a Joomla blog, "entry-header", "card-header"), not the site's header;
    or a part of such a box by its BEM name ("page-header__preamble", the ingress beside the h1)."""
    return "eader" in value and not _furniture_value(_HEADER_WORD.sub(" ", value)) \
        and ("eader__" in value or next(el.iter("h1", "h2", "h3", "h4"), None) is not None)


def _furniture_attrs(el, tag: str, attrs: list[tuple[str, str]]) -> bool:
    """``_is_furniture_el`` of an element whose tag is not in SKIP_TAGS, given its attributes (``el.items()``),
    called when it has some or is a <header>: the walkers test the rest (most elements) without a call.

    Furniture is any of: a role in _FURNITURE_ROLES, furniture words (_furniture_value) in the class, id, role or
    aria-label, a <header> that is the page's (below <body> or <html>, or with role="banner", which is a furniture
    role anyway), a "hidden" attribute or aria-hidden="true" unless it is a closed panel (_is_closed_panel). An
    "or" of tests of one attribute each (the hidden state noted, its panel test made last, as hidden elements are
    few), so they are made in the attributes' order, from the (name, value) pairs lxml gives in one call:
    ``el.keys()`` and a ``.get()`` per attribute read cost more (each a call that builds new strings)."""
    hidden = False
    for name, value in attrs:
        kind = _FURNITURE_ATTR_KIND.get(name)
        if kind is None:
            continue
        if kind == "word":
            if _furniture_value(value) and not _titled_header(el, value):
                return True
        elif kind == "role":
            if value == "tablist":
                # the tabs' names (each panel carries its own as a heading), unless the panels are inside: an
                # accordion in the ARIA 1.0 pattern (jQuery UI: <div role="tablist"> around headers and panels)
                if el.find('.//*[@role="tabpanel"]') is None:
                    return True
            elif value == "complementary":
                # beside the content, as an <aside> is: furniture, unless it holds the project's facts
                # (<div class="fact-box" role="complementary"> "Kort om projektet")
                if not _is_fact_box(el, _FACT_BOX_LINES):
                    return True
            elif value in _FURNITURE_ROLES or (value and _furniture_value(value)):
                return True
        elif kind == "hidden" or value == "true":  # aria-hidden="true"
            hidden = True
    if hidden and not _is_closed_panel(el, el.keys(), el.get("role", "")):
        return True
    if tag == "header":
        parent = el.getparent()
        return parent is None or parent.tag in ("body", "html")
    return False


# Class/id words of the panel an accordion button opens (closed, it is hidden until the reader opens it).
_PANEL_ATTR = re.compile(r"accordion|collaps|expand|disclosure|panel|tab-?pane|details", re.I)


def _is_closed_panel(el, names, role: str) -> bool:
    """A hidden element that is an accordion or tab panel: content a reader opens with one click (the button's
    ``aria-controls`` names it, it is a ``region``/``tabpanel`` labelled by the button, or its class says so),
    not furniture like a closed menu or cookie banner (their class, id or role still mark them as furniture)."""
    if role in ("region", "tabpanel") or "aria-labelledby" in names:
        return True
    if el.tag in _ICON_LIKE_TAGS:  # an accordion's icon ("<i class='c-accordion__icon' aria-hidden='true'>
        return False             # expand_more</i>", a ligature's name): no panel, whatever its class says
    return any(n in names and _PANEL_ATTR.search(el.get(n)) for n in ("class", "id"))


_ICON_LIKE_TAGS = frozenset(("i", "span", "svg", "img", "em", "b", "small", "use"))


# lxml's tag of the nodes that are not elements (comments, processing instructions, entities): the factory function.
_NOT_ELEMENT_TAGS = (etree.Comment, etree.ProcessingInstruction, etree.Entity)

# What _inline_text makes of a child by its tag, in one look-up (it was a chain of tests: not an element, a line
# break, a nested list or SKIP_TAGS furniture, an element whose text goes on lines of its own); any other tag, its
# text inline ("inline"). "" is no tag the parser gives, kept as it was read: inline, with no furniture test. A
# <button> (SKIP_TAGS) is read inline when it is an accordion's: the text of the heading it sits in.
_INLINE_KIND = {**dict.fromkeys(_NOT_ELEMENT_TAGS, "tail"), "br": "br", "ul": "skip", "ol": "skip",
                **dict.fromkeys(SKIP_TAGS, "skip"), "button": "button",
                **dict.fromkeys((*TEXT_BLOCK_TAGS, *HEADING_TAGS, "div", "table"), "block"), "": "bare"}


def _flat(text: str) -> str:
    """A text node as a browser shows it: a line break in the source is a blank (only <br> and blocks break lines;
    hand-written and older CMS pages wrap their paragraphs' source at ~80 characters)."""
    return text.replace("\n", " ") if "\n" in text else text


def _inline_text(el, parts: list[str]) -> None:
    """Visible text of an element; <br> becomes a line break, furniture children are skipped."""
    text = el.text
    if text:
        parts.append(text.replace("\n", " ") if "\n" in text else text)  # _flat, inline (hot)
    for child in el:
        tag = child.tag
        kind = _INLINE_KIND.get(tag, "inline")
        if kind == "block" or kind == "inline":
            attrs = child.items()  # _is_furniture_el's attribute test, the call only when it has some to look at
            if not ((attrs or tag == "header") and _furniture_attrs(child, tag, attrs)):
                if kind == "block":
                    parts.append("\n")
                    _inline_text(child, parts)
                    parts.append("\n")
                else:
                    _inline_text(child, parts)
            elif kind == "inline" and _is_screen_reader_label(child):
                _inline_text(child, parts)
        elif kind == "br":
            parts.append("\n")
        elif kind == "bare" or (kind == "button" and _is_disclosure(child)):
            _inline_text(child, parts)
        # else "skip" (a nested list, furniture by its tag), "tail" (not shown) or a button of no accordion
        tail = child.tail
        if tail:
            parts.append(tail.replace("\n", " ") if "\n" in tail else tail)  # _flat, inline (hot)


def _place_tags(el, attrs: list[tuple[str, str]]) -> str | None:
    """The text of a card's tag list when its tags name municipalities ("Gällivare kommun", "Övertorneå kommun"):
    tags are furniture (categories, themes), but these say where the project is. None for any other furniture."""
    cls = next((v for k, v in attrs if k == "class"), "")
    if "tag" not in cls.lower():
        return None
    t = "\n".join(line for line in (" ".join(s.split()) for s in el.itertext()) if line)
    if not t or len(t) > 200 or not find_municipalities(t):
        return None
    return t


# A label written for screen readers only, before a value the page shows beside an icon: <li><svg …/><span
# class="sr-only">Projektperiod: </span>2024–2026</li>. The words are the page's (read aloud to a blind reader);
# hidden like the rest of its kind ("Öppnas i nytt fönster"), a label's would leave its value without its meaning.
_SCREEN_READER_CLASS = re.compile(r"sr-only|visually-?hidden|screen-?reader|assistive|element-invisible|"
                                  r"hidden-visually|screenreader", re.I)


def _is_screen_reader_label(el) -> bool:
    if not _SCREEN_READER_CLASS.search(el.get("class") or ""):
        return False
    text = "".join(el.itertext()).strip()
    if 1 < len(text) <= 40 and text.endswith(":") and labels.split_label(text) is not None:
        return True
    # … or a card's facts told to screen readers only ("<span class='env-assistive-text'><span>Ansvarig:
    # Socialförvaltningen.</span> <span>Period: augusti 2025–juli 2027.</span> …"): the page's words too
    return len(el) >= 2 and len(text) <= 600 \
        and sum(1 for c in el if labels.split_label("".join(c.itertext()).strip()) is not None) >= 2


def text_of(el) -> str:
    if not len(el):  # no child elements (most paragraphs and list items): just its text
        return clean_text(_flat(el.text or ""))
    return _text_of_parent(el)


def _text_of_parent(el) -> str:
    """``text_of`` an element that has children."""
    parts: list[str] = []
    _inline_text(el, parts)
    return clean_text("".join(parts))


# Labels over a row of logos, and the words of a logo's alt text that are not the organisation's name.
_LOGO_FIELDS = ("partners", "funders")
_LOGO_WORDS = re.compile(r"\b(?:logotyp(?:en)?|logga|logo(?:type)?|klubbmärke|emblem|symbol)(?:\s+(?:för|till|från))?\b",
                         re.I)
# "Samordningsförbundet Västra Skaraborgs logotyp": the name without its genitive "s" before the word for a logo
_GENITIVE_BEFORE_LOGO = re.compile(r"(?<=[^\Wsxz])s\s+(?=(?:logotyp(?:en)?|logga|logo(?:type)?|klubbmärke|emblem)\b)", re.I)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_TILE_PARTS = frozenset(("span", "strong", "b", "em", "small", "div", "p", "data"))
# A key figure's value alone: "64", "87 %", "1,9 mkr", "ca 300"
_FIGURE = re.compile(r"(?:ca\.?\s*|cirka\s*)?\d[\d\s\u00a0.,]*\s*(?:%|procent|kr|kronor|tkr|mkr|mnkr|st)?", re.I)


def _two_parts(el, children: list):
    """The two inline or block parts of a tile or fact item (``children``, its children but any icon), with no text
    beside them; else None."""
    if len(children) != 2 or (el.text or "").strip():
        return None
    first, second = children
    if first.tag not in _TILE_PARTS or second.tag not in _TILE_PARTS or (first.tail or "").strip() \
            or (second.tail or "").strip():
        return None
    return first, second


def _value_then_label(el) -> Block | None:
    """A key-figure tile that shows its value first and its label under it (``<li><span>3,6 mkr</span><span>Total
    kostnad</span></li>``, the two laid out as blocks by CSS). When the second part is a fact label by itself and the
    first a short value with a digit: a line "Total kostnad: 3,6 mkr", the order a label line has. When the first is
    a bare figure and the second no label ("64 / Familjer fick stöd", "1,9 mnkr / lägre kostnad per år"): a result,
    kept as a "figure" block, which is neither description nor prose to read amounts from."""
    parts = _two_parts(el, list(el))
    if parts is None:
        return None
    first, second = parts
    # first the raw texts, read in C: most two-part items (a link and a date, a name and a role) stop here
    raw_value, raw_label = "".join(first.itertext()), "".join(second.itertext())
    if len(raw_value) > 80 or len(raw_label) > 80 or not _DIGIT.search(raw_value) or not _LETTER.search(raw_label):
        return None
    value, label = text_of(first), text_of(second)
    if not value or not label or len(value) > 40 or len(label) > 40 or "\n" in value or "\n" in label \
            or not _DIGIT.search(value) or not _LETTER.search(label) or label.endswith(":") or value.endswith(":"):
        return None
    if labels.field_for(value) is not None:
        return None
    field = labels.field_for(label)
    if field is not None:
        return None if field in ("description", "ignore") else Block("li", f"{label}: {value}")
    if not _FIGURE.fullmatch(value) or label.endswith((".", "!", "?")):
        return None
    return Block("figure", f"{value} {label}")


def _label_then_value(el) -> Block | None:
    """A fact list's item of a label and its value in two elements, without a colon (``<li><svg …/><span
    class="facts__label">Målgrupp</span><span class="facts__value">Familjer med barn …</span></li>``): the line
    "Målgrupp: Familjer med barn …", as a label line is written. An icon before them is left out."""
    parts = _two_parts(el, [c for c in el if c.tag in _TILE_PARTS or c.tag not in _ICON_TAGS])
    if parts is None:
        return None
    first, second = parts
    raw_label = "".join(first.itertext())
    if len(raw_label) > 40 or ":" in raw_label:
        return None
    label, value = text_of(first), text_of(second)
    if not label or not value or "\n" in label:
        return None
    field = labels.field_for(label)
    if field is None and _LABEL_CLASS.search(first.get("class") or "") and label[-1:].isalnum() \
            and value[:1].isalnum():
        # a label the fields do not read ("Arrangör", "Öppettider"), marked as a label by its class and set apart by
        # the page's style: a label line, not one glued word ("ArrangörFilipstads kommun"), so that the page's kind
        # (an event's, a job ad's) can be told by its labels
        return Block("li", f"{label}: {value}")
    if field is None or field in ("description", "ignore"):
        return None
    return Block("li", f"{label}: {value}")


_LABEL_CLASS = re.compile(r"label|__term|__key|-term\b|-key\b", re.I)
# A class name that ends in a label's word ("pf-field__label", "facts-label"), not one that only holds it
# ("field--label-hidden": Drupal's mark of a field shown without its label).
_LABEL_TOKEN = re.compile(r"(?:^|\s)[\w-]*?(?:label|term|key)(?=\s|$)", re.I)


_ICON_TAGS = frozenset(("svg", "img", "i", "use"))
# A list item styled as a chip, badge or tag (on the item or its one link): "chip chip--status", "badge", "pill",
# "c-tag", "etikett etikett-typ".
_BADGE_CLASS = re.compile(r"(?:^|[\s_-])(?:chip|badge|pill|etikett|tagg|tag)(?:$|[\s_-])", re.I)


def _holds_own_heading(item) -> bool:
    """A list item with a heading of its own that is no link: a timeline's step or a fact card, read as blocks. (A
    news list's item heads its teaser with a link to the article: it stays one item.)"""
    heading = next(item.iter("h2", "h3", "h4"), None)
    return heading is not None and next(heading.iter("a"), None) is None \
        and not any(a.tag == "a" for a in heading.iterancestors() if a is not item)


def _is_name_line(text: str) -> bool:
    """A bold first line that names something (a project in a gallery's caption): short, not a label, not a sentence,
    not shouting, not a person (a contact's name over their role)."""
    return len(text) <= 90 and "\n" not in text and not labels.field_for(text) and not text.endswith((".", ":", "!", "?")) \
        and not text.isupper() and labels.split_label(text) is None and not looks_like_person(text)


def _lead_of(el) -> str | None:
    """Bold text at the very start of a block, e.g. <strong>Syfte:</strong> or <b>Name</b> – …"""
    if not len(el) or (el.text or "").strip():  # no child element, or text before the first one
        return None
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("strong", "b"):
            t = text_of(child)
            return t or None
        if tag in ("span", "a", "em") and len(child):
            return _lead_of(child)
        if tag == "p" and len(child) and el.tag == "li":  # <li><p><strong>Name</strong> (Ort) – …</p></li>
            return _lead_of(child)
        if tag in ("em", "i"):  # "<p><em>Målgrupp</em> Barn 0–6 år</p>": a label set in italics, colon or not
            t = text_of(child)
            return t if t and labels.label_alone(t) else None
        return None
    return None


def _span(value: str | None) -> int:
    """A rowspan/colspan attribute as a count: 1 unless it is a number from 2 to 100 (a broken or huge one is 1)."""
    if value is None:
        return 1
    value = value.strip()
    return int(value) if value.isdigit() and 1 < int(value) <= 100 else 1


def _alt_text(cell) -> str:
    """The alt text of the one image a cell shows (an icon for a status), else ""."""
    img = next(cell.iter("img"), None)
    return clean_text(img.get("alt") or "") if img is not None else ""


def _spanned_row(cells: list, pending: dict[int, list]) -> list[str]:
    """A row's cell texts on the table's grid: a cell spanning columns is written in each of them, and one spanning
    rows is carried down into the rows below (``pending``: column → [rows left, text]), as a reader sees it under
    the merged cell (a municipality once for its two projects; a "Totalt" row across the columns)."""
    row: list[str] = []

    def carry():
        while len(row) in pending:
            left_text = pending[len(row)]
            row.append(left_text[1])
            left_text[0] -= 1
            if not left_text[0]:
                del pending[len(row) - 1]

    for c in cells:
        carry()
        text = _cell_text(c)
        rowspan = _span(c.get("rowspan"))
        for _ in range(_span(c.get("colspan"))):
            if rowspan > 1:
                pending[len(row)] = [rowspan - 1, text]
            row.append(text)
    carry()
    return row


def _cell_text(cell) -> str:
    """A cell's text, and the items of a list inside it one per line ("Samverkansparter | <ul><li>A</li><li>B</li>"):
    a paragraph's text leaves a nested list out, a cell's value is often nothing else."""
    text = text_of(cell)
    if next(cell.iter("li"), None) is None:
        return text
    items = [t for li in cell.iter("li") if (t := text_of(li))]
    return "\n".join([text, *items] if text else items)


def _table_rows(table) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    header_rows = 0
    pending: dict[int, list] = {}
    for tr in table.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells:
            continue
        if pending or any(c.get("rowspan") or c.get("colspan") for c in cells):
            row = _spanned_row(cells, pending)
        else:
            row = [_cell_text(c) for c in cells]
        if "" in row:  # a cell that shows only an icon says it in the icon's alt text ("Pågår", "Klar")
            row = [t or _alt_text(c) for t, c in zip(row, cells)] if len(row) == len(cells) else row
        in_head = tr.getparent() is not None and tr.getparent().tag == "thead"
        if (in_head or all(c.tag == "th" for c in cells) or _bold_row(cells)) and len(rows) == header_rows:
            header_rows += 1
        rows.append(row)
    return rows, header_rows


def _bold_row(cells) -> bool:
    """A header row an editor made of bold <td>s (no <th>, no <thead>): at least two cells with text, each of them all
    in one <strong> or <b> (maybe inside a <p> or <span> of its own)."""
    filled = [c for c in cells if "".join(c.itertext()).strip()]
    if len(filled) < 2:
        return False
    for c in filled:
        node = c
        while node.tag not in ("strong", "b"):
            # down through the wrappers Word puts around a cell's text (<p class="MsoNormal"><b><span>…)
            kids = [k for k in node if isinstance(k.tag, str)]
            if len(kids) != 1 or (node.text or "").strip() or (kids[0].tail or "").strip():
                return False
            node = kids[0]
    return True


def _own_table(cell):
    """The table a cell belongs to (its nearest table ancestor)."""
    for a in cell.iterancestors("table"):
        return a
    return None


_WIDTH_STYLE = re.compile(r"(?<![\w-])width\s*:\s*(\d+)px", re.I)


def _narrow_style(el) -> bool:
    """A column set at most 250 pixels wide by its style ("float:left;width:220px"): a side column."""
    m = _WIDTH_STYLE.search(el.get("style") or "")
    return m is not None and int(m.group(1)) <= 250


def _narrow(cell) -> bool:
    """A layout cell set at most 250 pixels wide: a side column (menu, news, contact) beside the one with the page's
    heading, not its content."""
    width = (cell.get("width") or "").strip()
    return width.isdigit() and int(width) <= 250


def _is_layout_table(table) -> bool:
    """A table used for page layout (old sites: banner row, menu cell, content cell), not data: it says so
    (``role="presentation"``), holds another table or a page heading (h1, h2), or is a single cell. A data table has rows and columns
    of cells; a table of one cell, or of tables, has no data shape to read."""
    if table.get("role") in ("presentation", "none"):
        return True
    if next(table.iterdescendants("table", "h1", "h2"), None) is not None:  # tables, or the page's headings in a cell
        return True
    cells = 0
    for cell in table.iter("td", "th"):
        cells += 1
        if cells > 1:
            return False
    return cells == 1


# A grid column's class or id: "col-md-3 right-col", "sidebar", "hogerspalt", "aside-column", "fakta".
_GRID_COLUMN = re.compile(r"(?:^|[\s_-])(?:col|column|kolumn|spalt|aside|right|left|hoger|vanster|fakta|facts?)"
                          r"(?:$|[\s_-]|\d)|hogerspalt|vansterspalt|sidebar|sidospalt", re.I)


def _fact_boxes_in_grid_columns(main) -> list:
    """The project's fact box in a column of the grid beside the main content, where a layout has no <aside> ("<div
    class='col-md-3 right-col'><div class='factbox'><table>…"): the box itself, not the column's other boxes (contacts,
    news). Read before the main content, as the facts the page's prose goes on to tell (its "Tidsplan" section after
    the box's "Period" is the same project's)."""
    if main.tag not in ("main", "article") and main.get("role") != "main":
        return []
    out = []
    for col in (*main.itersiblings(preceding=True), *main.itersiblings()):
        if col.tag not in ("div", "section") or next(col.iter("aside"), None) is not None \
                or not _GRID_COLUMN.search(f"{col.get('class') or ''} {col.get('id') or ''}"):
            continue  # (a column that holds an <aside> is read through it)
        text = _STRING(col)
        if len(text) > 6000 or not has_any(fold(text[:3000]), _FACT_WORDS):
            continue
        box = next((el for el in col.iter("dl", "table", "ul") if _is_fact_box(el, _FACT_BOX_LINES)), None)
        if box is None:
            continue
        # the box with its own heading ("Projektfakta") when a wrapper holds just the two, else the list or table
        wrapper = box.getparent()
        out.append(wrapper if wrapper is not col and len(wrapper) == 2 and wrapper[0].tag in ("h2", "h3", "h4", "strong",
                                                                                             "p", "div") else box)
    return out


def _fact_boxes_beside(main, asides: list) -> list:
    """The project's fact boxes that a layout puts beside the main content instead of in it (an <aside> before
    <main>, in the page's column grid): read after the main content. Not one in a header, footer or nav, nor one
    within the main content (the walk reads those where they stand)."""
    if not asides or main.tag not in ("main", "article") and main.get("role") != "main":
        return []
    out = []
    for aside in asides:
        ancestors = list(aside.iterancestors())
        if main in ancestors or any(a.tag in ("header", "footer", "nav") for a in ancestors):
            continue
        text = _STRING(aside)  # read in C: most asides (related links, contacts) name no project fact at all
        if len(text) > 4000 or not has_any(fold(text[:2000]), _FACT_WORDS):
            continue
        if _is_fact_box(aside, _FACT_BOX_LINES):
            out.append(aside)
        else:
            # the facts inside a wrapper whose class marks it as the sidebar it is ("region-sidebar-second"),
            # which hides them from the box's own text: the list or table that holds them
            inner = next((el for el in aside.iter("dl", "table", "ul") if _is_fact_box(el, _FACT_BOX_LINES)), None)
            if inner is None:
                inner = _headed_fact_card(aside, main)
            if inner is not None:
                out.append(inner)
    return out


# A card's heading that says it holds the project's facts: "Fakta om Lässprånget", "Kort om projektet".
_FACT_CARD_HEADING = re.compile(r"(?:fakta|kort)\s+om\s+(.+)", re.I)
_THE_WORK = ("projektet", "satsningen", "insatsen", "investeringen")


def _headed_fact_card(aside, main):
    """A sidebar's card headed "Fakta om <project>" whose one fact ("Tidsplan: Pilotår 2025, därefter två år")
    is too few for a fact box by its labels alone: the heading names the project (the page's <h1>, or
    "projektet"), so its facts are the project's. The card only, not the sidebar's contacts or news beside it; a
    "Kortfakta" of a service's address and hours stays furniture."""
    h1 = next(main.iter("h1"), None)
    name = fold(" ".join(text_of(h1).split())) if h1 is not None else ""
    for heading in aside.iter("h2", "h3", "h4", "h5"):
        said = " ".join(text_of(heading).split())
        m = _FACT_CARD_HEADING.fullmatch(said)
        if m is None or fold(m.group(1)) not in (*_THE_WORK, name):
            continue
        card = heading
        for _ in range(3):  # the heading's wrapper, then the card around the wrapper and its body
            card = card.getparent()
            if card is None or card is aside.getparent():
                return None
            if any(h is not heading for h in card.iter("h1", "h2", "h3", "h4", "h5")):
                return None  # a wrapper of several cards: not this card alone
            lines = text_of(card).split("\n")
            if any((split := labels.split_label(line)) and split[0] not in _NOT_FACTS and split[2]
                   for line in itertools.chain(lines, (_item_line(li) for li in card.iter("li")))):
                return card
    return None


# A project's facts an article's own <footer> may hold (its dates, share tools and page owner are furniture).
_FOOTER_FACTS = frozenset({"partners", "funders", "organisations", "period", "budget", "staffing", "target_group"})


def _fact_lines_in_footers(main) -> list[str]:
    """The labelled fact lines of the <footer>s inside the main content ("<footer class='article__footer'><p>
    <strong>Parter:</strong> Hälsocentralen Hofors, Ockelbo kommun …</p>"): an article's footer is furniture but
    for its project's facts."""
    out = []
    for footer in main.iter("footer"):
        for line in text_of(footer).split("\n"):
            split = labels.split_label(line) if ":" in line else None
            if split and split[0] in _FOOTER_FACTS and split[2]:
                out.append(line.strip())
    return out


_SIDE_COLUMN_CLASS = re.compile(r"hogerspalt|vansterspalt|hogerkolumn|vansterkolumn|(?:^|[\s_-])(?:hoger|vanster)"
                                r"(?:[\s_-]|$)|sidebar|sidospalt", re.I)


def _fact_boxes_in_side_columns(main, h1) -> list:
    """An old page laid out in tables puts the project's facts ("Fakta om insatsen": Period, Finansiering,
    Insatsägare …) in its narrow side column, which is furniture by its width or class (menus, news, contacts): the
    table in that column that is a fact box is read after the content, as an <aside>'s is."""
    out = []
    for cell in main.iter("td", "div"):
        if not (_narrow(cell) or _SIDE_COLUMN_CLASS.search(cell.get("class") or "")
                or cell.tag == "div" and _narrow_style(cell)) \
                or (h1 is not None and h1 in cell.iterdescendants()):
            continue
        text = _STRING(cell)
        if len(text) > 4000 or not has_any(fold(text[:2000]), _FACT_WORDS):
            continue
        # (an old Sitevision's floated column holds its boxes as <div>s of <p> lines: "Projekttid: …", "Beviljat …")
        box = next((el for el in cell.iter("table", "dl", "ul", "div") if el is not cell
                    and (el.tag != "div" or not any(True for _ in el.iterdescendants("div", "table", "dl", "ul")))
                    and _is_fact_box(el, _FACT_BOX_LINES)), None)
        if box is not None and not any(box in o.iterdescendants() or o in box.iterdescendants() for o in out):
            out.append(box)
    return out


# Words one of a fact box's labels holds (Målgrupp, Projektperiod, Tidsperiod, Budget, Beviljat belopp, Projektägare,
# Samverkansparter, Finansiering, Syfte, Bemanning, Status, Startår …), folded.
_FACT_WORDS = ("målgrupp", "period", "tid", "budget", "bevilja", "belopp", "ägare", "ansvarig", "samverkan",
               "finansi", "syfte", "bemanning", "status", "start", "medverkande", "kostnad", "parter", "datum")


# A fact box is short: its labels are among its first lines (a sidebar of 50 links is read no further than this).
_FACT_BOX_LINES = 30


def _is_fact_box(el, most: int | None = None) -> bool:
    """An aside holding the project's labelled facts (Projektägare, Budget, Period …) is content, not furniture;
    contact and navigation boxes are not (their labels are Telefon, E-post …). ``most``: read no more lines."""
    if el.get("role") in ("navigation", "search"):
        return False
    found = set()  # the field of every line's label, with a colon or alone
    lines = text_of(el).split("\n")  # (a list's items are read on their own: text_of leaves nested lists out)
    for line in itertools.islice(itertools.chain(lines, (_item_line(li) for li in el.iter("li")), _label_rows(el)), most):
        if line.strip():
            split = labels.split_label(line)
            if split:
                found.add(split[0])
            found.add(labels.label_alone(line))
            if len(found - _NOT_FACTS) >= 2:  # the rest of the lines can only add to it
                return True
    return False


_NOT_FACTS = frozenset({"contact", "ignore", None})


def _item_line(li) -> str:
    """A list item's text, a label and its value in two elements read as "Label: value" (``<li><span>Projektägare
    </span><span>Kultur- och fritidsförvaltningen</span></li>``, whose text alone runs the two together)."""
    if 2 <= len(li) <= 3 and (line := _label_then_value(li)) is not None:
        return line.text
    return text_of(li)


def _label_rows(el):
    """A fact box's two-cell table rows as "label: value" lines (th Projektägare | td Socialförvaltningen)."""
    for tr in el.iter("tr"):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if len(cells) == 2:
            yield f"{text_of(cells[0])}: {text_of(cells[1])}"


def _is_disclosure(el) -> bool:
    """An accordion/disclosure button: in municipal pages its label is the heading of what it opens."""
    return el.get("aria-expanded") is not None or el.get("aria-controls") is not None or \
        bool(_DISCLOSURE_ATTR_FOLDED.search(fold(el.get("class", ""))))


_INLINE_TAGS = frozenset({"span", "a", "strong", "b", "em", "i", "font", "small", "u", "mark", "time", "abbr", "label",
                          "sup", "sub", "q", "cite", "del", "ins", "s"})


# What _Walker.walk does with a child by its tag, in one look-up (it was a chain of tests: an <aside>, <button> or
# <summary> first, then not an element or LANDMARK_SKIP, then SKIP_TAGS furniture unless it holds the h1, then the
# block kinds); any tag not here is a container of blocks ("container"). A tag in two of the kinds' sets gets the
# first ("li" is also a TEXT_BLOCK_TAG). No tag of SKIP_TAGS has a block kind: one that holds the h1 is a container.
_WALK_KIND: dict = {"aside": "aside", "button": "button", "summary": "summary"}
for _kind, _tags in (("skip", (*_NOT_ELEMENT_TAGS, "", *LANDMARK_SKIP)), ("skip_tag", SKIP_TAGS),
                     ("heading", HEADING_TAGS), ("table", ("table",)), ("list", ("ul", "ol")), ("li", ("li",)),
                     ("text", TEXT_BLOCK_TAGS), ("br", ("br",)), ("inline", _INLINE_TAGS)):
    for _tag in _tags:
        _WALK_KIND.setdefault(_tag, _kind)
del _kind, _tags, _tag
_CONTAINER_TAGS = frozenset(("section", "article", "details", "dl"))
_SLIDE_NO = re.compile(r"^(?:bild|sida|slide|blad)\s+\d{1,2}\s*(?:[:.–—-]\s*|\s+(?=[A-ZÅÄÖ]))(?=\S)", re.I)
# A <figcaption> of one short line captions a picture ("Fältassistenter i centrum 2023. Foto: …"); a longer one, or
# one of several lines (a gallery of projects: a name, its text, its facts), is read as text.
_PHOTO_CAPTION_MAX = 160


class _Walker:
    def __init__(self, keep: frozenset = frozenset()):
        # Elements never skipped as furniture: those that hold the page's h1. A class word of furniture inside a
        # layout class ("layout--with-sidebar", "has-menu") would otherwise drop the whole content around it.
        self.keep = keep
        self.blocks: list[Block] = []
        self.buffer: list[str] = []  # loose text of the paragraph being read: always this list (walk holds it)
        self.list_counter = 0
        self.container: tuple[int, ...] = ()
        self.container_counter = 0
        self.layout_tables = False  # an old page laid out in tables: its furniture has no markup of its own

    def add(self, block: Block) -> None:
        block.container = self.container
        self.blocks.append(block)

    def flush(self):
        buffer = self.buffer
        if buffer:
            text = clean_text("".join(buffer))
            buffer.clear()
            if text:
                self.add(Block("p", text))

    def walk(self, el, list_id: int | None = None):
        buffer = self.buffer
        text = el.text
        if text and not text.isspace():  # as ``text.strip()``, no copy
            buffer.append(_flat(text))
        for child in el:
            tag = child.tag
            kind = _WALK_KIND.get(tag, "container")
            if kind == "skip":
                pass
            elif kind == "skip_tag":  # furniture by its tag (SKIP_TAGS), unless it holds the h1: then a container
                if child in self.keep:
                    if buffer:
                        self.flush()
                    self._walk_container(child, list_id, tag, child.items())
                    if buffer:
                        self.flush()
            elif kind == "aside":  # content when it holds the project's facts, else furniture (LANDMARK_SKIP)
                if _is_fact_box(child):
                    self.flush()
                    self._walk_container(child, list_id, tag, child.items())
            elif kind == "button" or kind == "summary":
                if kind == "summary" or _is_disclosure(child):  # a button that is none: furniture (SKIP_TAGS)
                    self.flush()
                    t = text_of(child)
                    if t:
                        name = _title_part(child, t)
                        self.add(Block("heading", name or t, level=3))
                        if name:  # the badges beside the title ("2023–2025", "Avslutat"): facts, not description
                            rest = t[len(name):].strip()
                            if rest:
                                self.add(Block("meta", rest))
            else:
                attrs = child.items()  # _is_furniture_el's attribute test, the call only when it has some to look at
                if (attrs or tag == "header") and _furniture_attrs(child, tag, attrs) and child not in self.keep:
                    places = _place_tags(child, attrs)
                    if places:  # a card's tags naming its municipality: where the project is, not description
                        self.flush()
                        self.add(Block("meta", places))
                elif kind == "container":  # div, section, article, figure … and any other element
                    if buffer:
                        self.flush()
                    tile = len(child) == 2 and (_value_then_label(child) or (
                        # a fact grid's cell, "<div><span class="…__label">Ansvarig förvaltning</span><span
                        # class="…__value">…</span></div>": "Ansvarig förvaltning: …", not one glued word
                        _LABEL_TOKEN.search(child[0].get("class") or "") and _label_then_value(child)))
                    if tile:
                        if tile.kind == "figure":
                            self.add(tile)
                        elif labels.field_for(tile.text.split(":", 1)[0]) is None and ":" in tile.text:
                            # a grid's fact the fields do not read ("Projektnummer: P-2025-014", "Beställare: …"):
                            # a fact of the page, no description
                            self.add(Block("meta", tile.text))
                        else:
                            self.add(Block("p", tile.text))
                    elif not self._logos_under_label(child):
                        self._walk_container(child, list_id, tag, attrs)
                    if buffer:
                        self.flush()
                elif kind == "text":
                    if buffer:
                        self.flush()
                    if len(child):
                        t = _text_of_parent(child)
                        lead = _lead_of(child) if t else None
                    else:  # text_of and _lead_of of an element without children
                        t = clean_text(_flat(child.text or ""))
                        lead = None
                    if tag == "pre":
                        t = pre_text(child)
                    elif tag == "figcaption" and len(t) <= _PHOTO_CAPTION_MAX and "\n" not in t:
                        t = ""  # a picture's caption says what the picture shows, not what the project is
                    if t:
                        if lead and lead.strip() == t and len(t) <= 90 and "\n" not in t \
                                and not labels.field_for(t) and not t.endswith((".", ":")) and not t.isupper() \
                                and not _STATUS_BANNER.match(t):
                            # <p><strong>Name</strong></p> before its text: a heading in all but markup; but a print
                            # page's banner ("- Höganäs kommun - https://www.hoganas.se/ -") is furniture
                            if "://" not in t:
                                self.add(Block("heading", t, level=5))
                        elif lead and t.startswith(lead + "\n") and _is_name_line(lead):
                            # <p><strong>Name</strong><br>its text …</p>: the same, in one paragraph
                            self.add(Block("heading", lead, level=5))
                            self.add(Block("p", t[len(lead) + 1:]))
                        else:
                            self.add(Block("p", t, lead=lead))
                    if len(child) and tag == "dd":  # a definition's list (Samverkansparter: a <ul> of names)
                        for sub in child:
                            if sub.tag in ("ul", "ol"):
                                self.list_counter += 1
                                self.walk(sub, list_id=self.list_counter)
                elif kind == "inline":
                    if len(child) and _holds_blocks(child):
                        # A card that is one link (<a class="card"><h3>Name</h3><p>Teaser</p></a>), or an old
                        # site's <font> around the page's paragraphs: its headings and paragraphs are blocks, as in
                        # a <div>.
                        if buffer:
                            self.flush()
                        self._walk_container(child, list_id, tag, attrs)
                        if buffer:
                            self.flush()
                    else:
                        # Inline element directly in a container: its text joins the loose-text paragraph.
                        buffer.append(text_of(child))
                elif kind == "br":
                    buffer.append("\n")
                elif kind == "heading":
                    if buffer:
                        self.flush()
                    t = text_of(child)
                    if t:
                        self.add(Block("heading", t, level=HEADING_TAGS[tag]))
                elif kind == "li":
                    if buffer:
                        self.flush()
                    if len(child) and _holds_own_heading(child):
                        # An item with its own headings (a timeline's step, a card): its parts are blocks
                        self._walk_container(child, list_id, tag, child.items())
                        if buffer:
                            self.flush()
                    else:
                        tile = (len(child) == 2 and _value_then_label(child)) \
                            or (2 <= len(child) <= 3 and _label_then_value(child))
                        if tile:
                            tile.list_id = list_id
                            self.add(tile)
                        elif len(child) == 1 and child[0].tag == "figure":
                            # a gallery's item: its picture's caption is no text of the page (read as a <figure> is)
                            self._walk_container(child[0], list_id, "figure", child[0].items())
                        elif t := text_of(child):
                            if len(t) <= 40 and "\n" not in t and _BADGE_CLASS.search(
                                    (child.get("class") or "") + (" " + (child[0].get("class") or "")
                                                                  if len(child) == 1 else "")):
                                # a chip above or beside the title ("Pågår", "2025–2027", "Svartbyn"): a fact, not
                                # description
                                self.add(Block("meta", t))
                            else:
                                self.add(Block("li", t, list_id=list_id, lead=_lead_of(child)))
                        for sub in child:
                            if sub.tag in ("ul", "ol"):  # a tag that is no str (a comment's) is neither
                                self.list_counter += 1
                                self.walk(sub, list_id=self.list_counter)
                elif kind == "list":
                    if buffer:
                        self.flush()
                    if self._logos_under_label(child):
                        continue  # a list of logos under "Samarbetspartner" (a logo grid): their alt texts' names
                    self.list_counter += 1
                    self.walk(child, list_id=self.list_counter)
                elif _is_layout_table(child):  # table
                    # An old page laid out in tables: its cells are the page's columns, not data.
                    self.flush()
                    holds_h1 = child in self.keep
                    self.layout_tables = True
                    for cell in child.iter("td", "th"):
                        if _own_table(cell) is child and not (holds_h1 and cell not in self.keep and _narrow(cell)):
                            self._walk_container(cell, list_id, "td", cell.items())
                            self.flush()
                else:  # table
                    if buffer:
                        self.flush()
                    rows, header_rows = _table_rows(child)
                    if rows:
                        text = "\n".join(" | ".join(r) for r in rows)
                        caption = child.find("caption")
                        self.add(Block("table", text, rows=rows, header_rows=header_rows,
                                       caption=text_of(caption) or None if caption is not None else None))
            tail = child.tail
            if tail:
                if not tail.isspace():
                    buffer.append(_flat(tail))
                elif buffer:  # the blank between two inline elements ("<span>2022–2024</span> <span>1,2
                    buffer.append(" ")  # mnkr</span>") keeps them apart; clean_text drops it at a line's end

    def _logos_under_label(self, el) -> bool:
        """``_logo_names`` of an element right under a "Samarbetspartner"/"Finansiärer" heading (False elsewhere)."""
        return bool(len(el)) and bool(self.blocks) and self.blocks[-1].kind == "heading" \
            and labels.field_for(self.blocks[-1].text) in _LOGO_FIELDS and self._logo_names(el)

    def _logo_names(self, el) -> bool:
        """A row of logos under "Samarbetspartner" (or "Finansiärer") that shows no text: the names are in the
        images' alt texts ("Polisen", "Region Jönköpings län"), read as one line of names. False when ``el`` shows text."""
        if "".join(el.itertext()).strip():
            return False
        names = [name for img in el.iter("img")
                 if (name := _LOGO_WORDS.sub("", _GENITIVE_BEFORE_LOGO.sub(" ", clean_text(img.get("alt") or "")))
                     .strip(" -–,:"))]
        if not names:
            return False
        self.add(Block("p", ", ".join(names)))  # one line, as "Samverkansparter: A, B, C" would be written
        return True

    def _walk_container(self, el, list_id, tag: str, attrs: list[tuple[str, str]]):
        """The blocks of a container; a section, article, portlet, card … (by tag or class words) holds them
        together. ``attrs``: its ``items()``, read already (its class is one of them: no ``.get()``)."""
        tabpanel = ("role", "tabpanel") in attrs
        if tag in _CONTAINER_TAGS or _container_class(_class_of(attrs)) or tabpanel:
            outer = self.container
            self.container_counter += 1
            self.container = outer + (self.container_counter,)
            if tabpanel:
                name = _tab_name(el)
                if name:
                    self.add(Block("heading", name, level=3))
            if tag == "dl" and _is_name_list(el):
                self._walk_name_list(el, list_id)
            else:
                self.walk(el, list_id)
            self.flush()
            self.container = outer
        else:
            self.walk(el, list_id)

    def _walk_name_list(self, el, list_id):
        """A list of names each described in sentences (``_is_name_list``): every <dt> a heading over its <dd>."""
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "dt":
                self.flush()
                t = text_of(child)
                if t:
                    self.add(Block("heading", t, level=5))
            elif tag == "dd":
                self.flush()
                self.walk(child, list_id)
                self.flush()
            elif tag == "div":  # HTML lets a <div> wrap each name and its description
                self._walk_name_list(child, list_id)


_NAME_LIST_MIN_WORDS = 8  # a <dd> of a sentence at least, on average: not a fact's value ("2024–2026")


def _is_name_list(dl) -> bool:
    """A <dl> of names, each described by a sentence or more (a region's list of granted projects: "<dt>Skolnärvaro
    i Norrköping</dt><dd>Norrköpings kommun beviljas …</dd>"), not a fact box of labels and values ("Målgrupp",
    "Period"): at least two <dt>s, none a field label or ending in a colon, each short as a name, and <dd>s of
    sentences."""
    names = [text_of(dt) for dt in dl.iter("dt")]
    if len(names) < 2 or any(not t or len(t) > 90 or len(t.split()) > 12 or t.endswith((":", "."))
                             or labels.label_alone(t) for t in names):
        return False
    words = [len(text_of(dd).split()) for dd in dl.iter("dd")]
    return len(words) >= len(names) and sum(words) >= _NAME_LIST_MIN_WORDS * len(words)


_TITLE_CLASS = re.compile(r"title|rubrik|heading|name", re.I)


def _title_part(el, text: str) -> str | None:
    """The title inside a disclosure's summary or button that also holds badges ("<summary><span class='title'>
    Brobyggare</span> <span class='meta'>2023–2025</span></summary>"): the text of its child whose class says it is
    the title, when the whole text starts with it and holds more."""
    for child in el.iter():
        if child is not el and _TITLE_CLASS.search(child.get("class") or ""):
            name = text_of(child)
            return name if name and text.startswith(name) and len(text) > len(name) else None
    return None


_BLOCK_CHILDREN = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "ul", "ol", "table")


def _holds_blocks(el) -> bool:
    """An element (a link) that holds headings or paragraphs: a card, whose parts are blocks."""
    return next(el.iter(*_BLOCK_CHILDREN), None) is not None


def _tab_name(panel) -> str | None:
    """The name of a tab panel: the text of the tab that labels it (``aria-labelledby``) or controls it
    (``aria-controls``). Tabs are furniture (their list is a menu of the panels), so the panel carries the name."""
    root = panel.getroottree()
    ids = (panel.get("aria-labelledby") or "").split()
    for tab_id in ids:
        for tab in root.iterfind(f".//*[@id='{tab_id}']") if "'" not in tab_id else ():
            text = text_of(tab)
            if text:
                return text
    panel_id = panel.get("id")
    if panel_id and "'" not in panel_id:
        for tab in root.iterfind(f".//*[@aria-controls='{panel_id}']"):
            text = text_of(tab)
            if text:
                return text
    return None


def _class_of(attrs: list[tuple[str, str]]) -> str:
    """``el.get("class", "")`` from ``el.items()``."""
    for name, value in attrs:
        if name == "class":
            return value
    return ""


@functools.lru_cache(maxsize=8192)
def _container_class(cls: str) -> bool:
    """Class words of a portlet, card or box; cached like ``_furniture_value`` (a site repeats its class names)."""
    return bool(_CONTAINER_ATTR_FOLDED.search(fold(cls)))


def _decode(body: bytes, content_type: str | None) -> str:
    """Bytes to text using the declared charset, falling back to UTF-8 then Windows-1252.

    BeautifulSoup's UnicodeDammit sorts out pages whose declaration lies (issue: mislabelled encodings).
    """
    return _decode_utf8(body, content_type)[0]


_UTF8_NAMES = frozenset({"utf-8", "utf8"})


_DECODED_NON_ASCII = re.compile("[\u0080-\ufffc\ufffe-\U0010ffff]")  # a letter UTF-8 did decode


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
        text = body.decode("utf-8", "replace")
        if text.count("\ufffd") <= max(1, len(body) // 4000) and _DECODED_NON_ASCII.search(text):
            # UTF-8 but for a stray byte or a letter cut at the end of a broken download: those few replaced, where
            # reading the whole page as Windows-1252 would garble every letter
            return text, False
        from bs4 import UnicodeDammit

        dammit = UnicodeDammit(body, ["utf-8", "windows-1252", "iso-8859-1"])
        return dammit.unicode_markup or body.decode("windows-1252", errors="replace"), False


@dataclass
class _Landmarks:
    """The few elements parse_html looks up all over the page, in document order, found in one walk."""

    metas: list = field(default_factory=list)  # <meta> and <time>
    mains: list = field(default_factory=list)  # <main>
    asides: list = field(default_factory=list)  # <aside>
    h1s: list = field(default_factory=list)
    title: object = None  # the first <title>


def _landmarks(root) -> _Landmarks:
    """One walk over the tree (lxml matches the tags in C) instead of one search per thing looked for."""
    found = _Landmarks()
    for el in root.iter("meta", "time", "main", "h1", "title", "aside"):
        tag = el.tag
        if tag == "h1":
            found.h1s.append(el)
        elif tag == "main":
            found.mains.append(el)
        elif tag == "aside":
            found.asides.append(el)
        elif tag == "title":
            if found.title is None and el is not root:
                found.title = el
        else:
            found.metas.append(el)
    return found


def _meta(landmarks: _Landmarks) -> dict[str, str]:
    """<meta> values by property/name/itemprop (the first wins), then the first <time datetime> as "time"."""
    meta: dict[str, str] = {}
    times: list[str] = []
    for el in landmarks.metas:
        if el.tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            if key and el.get("content"):
                meta.setdefault(key, el.get("content"))
        elif el.get("datetime"):
            times.append(el.get("datetime"))
    if times:
        meta.setdefault("time", times[0])
    return meta


def _first_h1_below(el, h1s: list):
    """The first <h1> inside ``el`` (not ``el`` itself), from the page's h1s in document order."""
    for h in h1s:
        if h is not el and any(a is el for a in h.iterancestors()):
            return h
    return None


_MAIN_XPATHS_COMPILED = tuple(etree.XPath(xp) for xp in _MAIN_XPATHS)
assert _MAIN_XPATHS[0] == "//main"  # _main_root takes those from _landmarks


def _main_root(root, landmarks: _Landmarks):
    for i, xp in enumerate(_MAIN_XPATHS_COMPILED):
        found = landmarks.mains if i == 0 else xp(root)  # the first one is "//main": already found
        if found and i:
            # (not an empty skip-link target: Drupal's <a id="main-content" tabindex="-1"></a> above the content)
            found = [el for el in found if len(el) or (el.text or "").strip()]
        if found:
            # Prefer the candidate that holds the page's h1.
            for el in found:
                if _first_h1_below(el, landmarks.h1s) is not None:
                    return el
            return found[0]
    body = root.find("body")
    return body if body is not None else root


# The page parser: the decoded text, re-encoded as UTF-8 bytes (lxml reads those faster than a str, and a str with
# an XML encoding declaration not at all). A plain etree parser: lxml.html's element classes cost a Python call
# for every element touched, and nothing here needs them.
# Comments and processing instructions are not part of the page as a reader sees it: editors leave
# "<!--StartFragment-->", Word's "<!--[if !supportLists]-->" and commented-out old text inside paragraphs, and the
# text around a comment is one run of text. No ID table either: nothing here looks elements up by id().
_WRAPPER_TAGS = re.compile(rb"</?(?:div|span|section|article|font|center)\b[^>]*>", re.I)


def _too_deep(log) -> bool:
    return any("Excessive depth" in e.message for e in log)


_LONG_PAGE = 1_000_000  # bytes: below this no text node can come near libxml2's limit of 10 MB
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False)
_STRING = etree.XPath("string()")
# Every page-date label ("Senast uppdaterad", "Publicerad", "Sidan skapades", "ändrad" …) holds one of these
# ASCII stems ("ndra" also in "&auml;ndrad" and in a decomposed "ä"): a page without them has no page date, and its
# full text is not built (see _full_text).
_PAGE_DATE_STEMS = (b"uppdater", b"publicer", b"skapa", b"granska", b"revider", b"rediger", b"ndra")
# Letters that a case-insensitive pattern reads as ASCII i, s, k (İ ı ſ K): with one of them, always build it.
_ODD_CASE_LETTERS = ("\u0130".encode(), "\u0131".encode(), "\u017f".encode(), "\u212a".encode())


def _has_odd_case_letter(data: bytes) -> bool:
    """``any(c in data for c in _ODD_CASE_LETTERS)``, fast: each two- or three-byte letter is looked for only
    when a byte of it is there, found with memchr (Swedish pages seldom hold \\xc4, \\xc5 or \\xaa at all)."""
    return (b"\xc4" in data and (_ODD_CASE_LETTERS[0] in data or _ODD_CASE_LETTERS[1] in data)) \
        or (b"\xc5" in data and _ODD_CASE_LETTERS[2] in data) \
        or (b"\xaa" in data and _ODD_CASE_LETTERS[3] in data)


# All the body's text nodes, found in C with no predicate (one on every text node, or a union with the <script>
# and <style> elements sorted into document order, costs more than the search itself). Plain strings
# (smart_strings=False): nothing here asks a text node for its parent.
_BODY_TEXT = etree.XPath("//body/descendant::text()", smart_strings=False)
_TEXT_BELOW = etree.XPath("descendant::text()", smart_strings=False)


def _body_nodes(root) -> list[str]:
    """The body's text nodes outside <script> and <style> (``//body//text()[not(ancestor::script|ancestor::style)]``),
    blank ones too: the text of the <script> and <style> elements is taken out of the tree first, then _BODY_TEXT
    reads what is left (or _TEXT_BELOW, from the page's one <body>).

    The same nodes in the same order: a <script> or <style> without child elements (as the HTML parser makes them)
    holds only text nodes, all taken out by setting its text to None; one with child elements is taken out of the
    tree whole (with all their text; the text after it stays). What is taken out is exactly the text nodes below a
    <script> or <style>, and the text nodes around them stay as they were (lxml does not merge them). Emptying those
    found by one walk (lxml matches the tags in C, and finds the <body> in the same walk) is cheaper than
    ``etree.strip_elements``, which tests every child of every element. It changes the tree, which only the
    page-date text reads once parse_html has walked it; a second call finds nothing to take out.
    """
    # //body searches the whole document: a broken page can have more top-level elements than the root.
    tops = (root, *root.itersiblings(etree.Element), *root.itersiblings(etree.Element, preceding=True))
    bodies = []
    nested = False  # a <script> or <style> with child elements
    for top in tops:
        for el in top.iter("body", "script", "style"):
            if el.tag == "body":
                bodies.append(el)
            elif len(el):
                nested = True
            else:
                el.text = None
    if nested:
        for top in tops:
            etree.strip_elements(top, "script", "style", with_tail=False)
    return _TEXT_BELOW(bodies[0]) if len(bodies) == 1 else _BODY_TEXT(root)


def _body_texts(root) -> list[str]:
    """The non-blank ones of ``_body_nodes`` (those with ``t.strip()``): the lines of the full text."""
    return [t for t in _body_nodes(root) if t and not t.isspace()]  # as ``t.strip()``, no copies


# The blanks (str.isspace, also what \s matches) that clean_text keeps as they are: it makes every other one a " "
# (``_ODD_WS``), but " " and "\n" (checked over all of Unicode in tests/test_page_date_text_shortcuts.py).
_KEPT_BLANKS = "\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"


def _has_kept_blank(text: str) -> bool:
    """Whether ``text`` holds one of ``_KEPT_BLANKS``: an ``in`` test each, as ``_has_invisible``."""
    for c in _KEPT_BLANKS:
        if c in text:
            return True
    return False


def _body_joined(root) -> str:
    """The body's text nodes joined by line breaks, the blank ones too (``_body_nodes``), unless the text holds one
    of ``_KEPT_BLANKS``: then only the others (``_body_texts``). Its clean_text is the full text either way.

    Why the same: clean_text works line by line (NFC too: a line break composes with nothing), and makes a line of
    blanks without ``_KEPT_BLANKS`` a line of spaces (NFC makes a blank only another one, U+2000 and U+2001), which
    it drops with the line break that ends it, as every empty line. So a blank node adds nothing to the full text,
    nor to the page-date pieces cut from the joined text (``_page_date_texts``: whole lines; a blank one has no
    words). Cheaper than testing every node: a Python step per node costs more than the blanks add to the text.
    """
    nodes = _body_nodes(root)
    joined = "\n".join(nodes)
    if _has_kept_blank(joined):
        joined = "\n".join([t for t in nodes if t and not t.isspace()])  # as _body_texts
    return joined


def _raw_has_stem(data: bytes) -> bool:
    """The page's bytes hold a page-date stem (in any case) or a letter that reads as one of its letters."""
    lowered = data.lower()
    return any(stem in lowered for stem in _PAGE_DATE_STEMS) or _has_odd_case_letter(data)


def _stem_text(root, data: bytes) -> tuple[str, bytes, list[int]] | None:
    """The text whose clean_text is the full text (``_body_joined``), that folded (``_fold_latin1``), and where the
    page-date stems are in the folded text (``_DATE_STEMS_LATIN1``, for ``_page_date_texts``).

    None when the text holds no page-date stem (``parse_page_date`` then finds nothing in it anyway), and, as always,
    when the page's bytes hold none (``_raw_has_stem``; a label written with character references, "&#117;pp…",
    or cut by a soft hyphen, "upp&shy;daterad", is not read). The stem found in the text is mostly in the bytes just
    as written, which answers that without lower-casing and searching the whole page once per stem. The joined text
    holds no ``INVISIBLE`` characters (clean_text drops them from the full text).
    """
    joined = _body_joined(root)
    if _has_invisible(joined):
        joined = _INVISIBLE_RE.sub("", joined)
    folded = _fold_latin1(joined)
    # The text holds a stem of _PAGE_DATE_STEMS where it holds one of _DATE_STEMS_LATIN1 or "ndra" (in "ändra"):
    # each stem is looked for once, for both uses.
    hits: list[int] = []
    first = None  # (position, length) of a stem found
    for stem in _DATE_STEMS_LATIN1:
        found = find_all(folded, stem)
        if found:
            hits += found
            first = first or (found[0], len(stem))
    if first is None:
        i = folded.find(b"ndra")
        if i < 0:
            return None
        first = (i, 4)
    i, size = first
    written = joined[i:i + size].encode("utf-8", "surrogatepass")
    # As written it is ASCII, or holds "ä", "Ä" or one of _ODD_CASE_LETTERS, beside its ASCII letters: found in
    # the bytes, _raw_has_stem is true.
    if written in data or _raw_has_stem(data):
        return joined, folded, hits
    return None


# fold() of each Latin-1 character, as a table for bytes.translate: one Latin-1 character each (else the encoding
# fails or the assert does).
_LATIN1_FOLD = "".join(fold(chr(b)) for b in range(256)).encode("latin-1")
assert len(_LATIN1_FOLD) == 256


def _fold_latin1(text: str) -> bytes:
    """``fold(text)`` as Latin-1 bytes, position for position, with "?" for characters beyond Latin-1: it holds a
    stem of the letters a-z and "ä" (``_PAGE_DATE_STEMS``, ``_DATE_STEMS``) where ``fold(text)`` does.

    Cheaper on a page's text than ``fold``: str.lower looks up every character in the Unicode tables, this is a
    copy and a table. Why the same stems: the fold of a Latin-1 character is Latin-1 (the table), and the only
    characters beyond Latin-1 whose fold is one of those letters are "İ", "ı", "ſ" and the Kelvin sign (checked over
    all of Unicode in tests/test_document_speed.py): with one of them the text is folded first (``fold``).
    """
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        text = fold(text)
    return text.encode("latin-1", "replace").translate(_LATIN1_FOLD)


def _full_text(root, data: bytes) -> str:
    """The visible text of the body for page dates: its text nodes one per line (clean_text drops the blanks
    around line breaks, so this is the same as joining them with " \\n ", with fewer blanks to drop); "" when
    ``_stem_text`` finds no stem."""
    found = _stem_text(root, data)
    return clean_text(found[0]) if found else ""


def _page_date_texts_of(root, data: bytes) -> list[str]:
    """``_page_date_texts`` of the full text (none when it is "")."""
    found = _stem_text(root, data)
    return _page_date_texts(*found) if found else []


# What parse_page_date (pipeline.swedish.dates) reads of a text: its _PAGE_DATE_RE matches. Each holds one of these
# stems of a label's participle in fold(text) (IGNORECASE reads nothing else as their letters, see
# pipeline.swedish._scan.fold), starts at most 60 characters before it ("Sidan senast uppdaterad", runs of blanks
# shorter than 20) and ends, with the character its last lookahead reads, within 200 after it.
_DATE_STEMS = ("uppdater", "publicer", "skapa", "granska", "revider", "rediger", "\u00e4ndra")
_DATE_STEMS_LATIN1 = tuple(stem.encode("latin-1") for stem in _DATE_STEMS)  # as found in _fold_latin1(text)
_DATE_BEFORE = 61  # characters kept before a stem: the 60, and one for the label's lookbehind
_DATE_AFTER = 202  # and after it: the 200, and one more
_LONG_BLANKS = re.compile(r"\s{20}")
_DATE_TEXT_MAX = 200_000  # parse_page_date reads this much of a text (dates._MAX_TEXT)


def _page_date_texts(joined: str, folded: bytes, hits: list[int] | None = None) -> list[str]:
    """Pieces of the full text ``clean_text(joined)`` (``folded``: ``_fold_latin1(joined)``; ``hits``: where it
    holds the ``_DATE_STEMS_LATIN1``, if known) with the same page dates: for every label stem, the whole lines
    around it that hold ``_DATE_BEFORE`` characters of the full text before it and ``_DATE_AFTER`` after it (or
    reach its start or end), pieces that share a line joined into one.

    Why the same: clean_text works line by line and only on blanks, after NFC, which works line by line too (a
    line break composes with nothing); on lines that are NFC (those of the pieces: checked), a line's share of the
    full text is at least ``_words_len`` of it, and it never joins two letters. So each piece is the full text from
    one line to another, with the same stems. Every match lies in its stem's piece; pieces do not overlap, and a
    label that starts in a piece has its stem in it (else that stem's piece would reach back to it). A match tried
    in a piece reads no character beyond its end, and at its start the piece's start reads as the blank before it
    in the full text (no word character). So the pieces' matches are the full text's. NFC makes no stem elsewhere:
    no letter beyond Latin-1 becomes one of a-z but the Kelvin sign (which _fold_latin1 folds), and "ä" only comes
    of "a" or "A" and a combining diaeresis, which leave "?ndra" in the folded text (checked over all of Unicode in
    tests/test_page_date_text_shortcuts.py). (``joined`` holds none of the ``INVISIBLE`` characters, the only ones
    clean_text drops: ``_stem_text`` took them out.) Checking only the pieces' lines is cheaper than the whole text's.
    Otherwise (a run of 20 blanks, a line of the pieces not NFC, "?ndra", or a text parse_page_date would cut) the
    full text itself. A run of 20 blanks needs ``_KEPT_BLANKS``: clean_text leaves no other two blanks side by side.
    """
    if len(joined) > _DATE_TEXT_MAX or b"?ndra" in folded:
        return [clean_text(joined)]
    if hits is None:
        hits = [i for stem in _DATE_STEMS_LATIN1 for i in find_all(folded, stem)]
    if not hits:
        return []
    n = len(joined)
    spans = []
    for i in hits:
        # Whole lines back and on, by what is missing (at least that many characters of ``joined``), and more by
        # steps that double (blank lines hold no characters of the full text).
        start, extra = joined.rfind("\n", 0, i) + 1, 0
        while start > 0 and (missing := _DATE_BEFORE - _words_len(joined[start:i])) > 0:
            start = joined.rfind("\n", 0, max(0, start - missing - extra)) + 1
            extra = 2 * extra + 16
        end, extra = i, 0
        while end < n and (missing := _DATE_AFTER - _words_len(joined[i:end])) > 0:
            end = joined.find("\n", min(n, end + missing + extra))
            end = n if end < 0 else end
            extra = 2 * extra + 16
        spans.append((start, end))
    spans.sort()
    pieces = [list(spans[0])]  # [start, end) of each piece in ``joined``
    for start, end in spans[1:]:
        if start <= pieces[-1][1]:
            pieces[-1][1] = max(pieces[-1][1], end)
        else:
            pieces.append([start, end])
    lines = [joined[start:end] for start, end in pieces]
    if not all(unicodedata.is_normalized("NFC", text) for text in lines):
        return [clean_text(joined)]
    texts = [clean_text(text) for text in lines]
    if any(_has_kept_blank(text) and _LONG_BLANKS.search(text) for text in texts):
        return [clean_text(joined)]
    return texts


def _words_len(text: str) -> int:
    """No more than the length of ``text``'s share of the full text: its words, one blank between each."""
    return len(" ".join(text.split()))


def parse_html(body: bytes | str, url: str, content_type: str | None = None) -> Document:
    if isinstance(body, str):
        text, data = body, None
    else:
        text, is_utf8 = _decode_utf8(body, content_type)
        data = body if is_utf8 else None  # already the UTF-8 of the text: no need to encode it again
    # A NUL in the text is a NUL byte in its UTF-8 (found with memchr; a search of the str is slower).
    if (b"\x00" in data) if data is not None else ("\x00" in text):
        text, data = text.replace("\x00", ""), None
    if not text or text.isspace():
        return Document(url, None, [], "")
    try:
        if data is None:
            data = text.encode("utf-8", "surrogatepass")
        if len(data) > _LONG_PAGE:
            # A long run of blanks and line ends (a template loop printing empty rows) shows as one blank; libxml2
            # stops at a text node of 10 MB, so such a run would end the page there. (Linear: one character class.)
            data = BLANK_RUN.sub(b"\n", data)
        root = etree.fromstring(data, _UTF8_PARSER)
        if root is not None and _UTF8_PARSER.error_log and _too_deep(_UTF8_PARSER.error_log):
            # libxml2 stops reading at 256 levels of nesting; a page nested deeper (a broken template repeating its
            # wrappers) is read again without its <div>/<span> wrappers, which say nothing about the text
            root = etree.fromstring(_WRAPPER_TAGS.sub(b"\n", data), _UTF8_PARSER)
    except (etree.ParserError, ValueError):
        return Document(url, None, [], "")
    if root is None:
        return Document(url, None, [], "")
    if is_converted(data):  # a PDF report converted by pdf2htmlEX: its lines read back into paragraphs
        rebuild_converted(root)
    landmarks = _landmarks(root)
    meta = _meta(landmarks)
    # Both built when read (see Document); they take <script> and <style> out of the tree (_body_texts), so
    # nothing else may read the tree once parse_html has returned.
    full_text = functools.partial(_full_text, root, data)
    date_texts = functools.partial(_page_date_texts_of, root, data)
    main = _main_root(root, landmarks)
    h1 = _first_h1_below(main, landmarks.h1s)
    if h1 is None and landmarks.h1s:
        h1 = landmarks.h1s[0]
    title = text_of(h1) if h1 is not None else None
    walker = _Walker(frozenset(h1.iterancestors()) if h1 is not None else frozenset())
    for box in _fact_boxes_in_grid_columns(main):
        walker._walk_container(box, None, "aside", box.items())
        walker.flush()
    walker.walk(main)
    walker.flush()
    for aside in _fact_boxes_beside(main, landmarks.asides):
        walker._walk_container(aside, None, "aside", aside.items())
        walker.flush()
    if main.tag != "body":
        for line in _fact_lines_in_footers(main):
            walker.add(Block("p", line))
    if walker.layout_tables or main.tag == "body":
        read = "\n".join(b.text for b in walker.blocks)
        for box in _fact_boxes_in_side_columns(main, h1):
            if text_of(box) not in read:  # (a side column the walk has read already: its width made it no furniture)
                walker._walk_container(box, None, "aside", box.items())
                walker.flush()
    # Tool bars and postal addresses written out as text are furniture an old page's markup does not mark (a page
    # laid out in tables, or one with no <main>); elsewhere only a tool bar with "|" can have slipped through.
    plain_page = walker.layout_tables or main.tag == "body"
    blocks = [b for b in walker.blocks
              if not (b.kind != "table" and (is_furniture_text(b.text)
                                             or (plain_page or "|" in b.text) and is_tools_or_address_lines(b.text)))]
    if any(b.kind == "p" and b.text[:1] in _BULLET_CHARS for b in blocks):
        blocks = _bullet_paragraphs(blocks, walker.list_counter)
    for b in blocks:
        if b.kind == "p" and b.text.count("\n") >= 2:
            b.text = _unwrapped(b.text)
        elif b.kind == "heading" and b.level >= 2 and b.text[:1] in "BbSs" and (slide := _SLIDE_NO.match(b.text)):
            # a presentation's slide or page number ("Bild 3: Syfte", "Sida 2 – Målgrupp"): the heading is what
            # follows it, a label or a section like any other
            b.text = b.text[slide.end():]
    if title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
        blocks.insert(0, Block("heading", title, level=1))
    t = landmarks.title
    if t is not None:
        meta["html_title"] = clean_text(_STRING(t))
    if not title and t is not None:
        title = meta["html_title"].split(" - ")[0].split(" | ")[0]
    return Document(url, title or None, blocks, full_text, meta, date_texts)


# The bullet a pasted Word list writes as text (<p class="MsoListParagraphCxSpFirst">·&nbsp;&nbsp;Polisen</p>).
_BULLET_CHARS = "·•▪◦●‣■"
_TEXT_BULLET = re.compile(r"^[·•▪◦●‣■][\s\u00a0]+(?=\S)")


def _bullet_paragraphs(blocks: list[Block], list_counter: int) -> list[Block]:
    """Paragraphs that begin with a bullet and a blank are a list's items, as a reader sees them: each run of them
    one list, the bullet left out (Word's lists pasted into a CMS keep the bullet as text in a <p> of their own)."""
    out: list[Block] = []
    prev_bullet = False
    for b in blocks:
        m = _TEXT_BULLET.match(b.text) if b.kind == "p" else None
        if m is None:
            out.append(b)
            prev_bullet = False
            continue
        if not prev_bullet:
            list_counter += 1
        item = Block("li", b.text[m.end():], list_id=list_counter)
        item.container = b.container
        out.append(item)
        prev_bullet = True
    return out


_SOFT_LINE_MIN = 35  # a line a PDF wrapped is long: a short one is a heading, a name or a fact
_LABEL_START = re.compile(r"^[^\s:][^:\n]{0,30}:")


def _unwrapped(text: str, every: bool = False) -> str:
    """A paragraph pasted from a PDF, a <br> at the end of every printed line ("Syftet med insatsen är att deltagarna
    ska komma närmare<br>arbete eller studier …"): its sentences joined again. Only when most of its line breaks are
    such wraps (a long line that ends inside a sentence, not before a label): a fact box's lines stay lines. With
    ``every``, each such wrap however few (a preformatted document's paragraph, known to be one by the blank lines
    around it)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    soft = [len(line) >= _SOFT_LINE_MIN and not line.endswith((".", "!", "?", ":", ";")) and nxt[:1] != ""
            and not _LABEL_START.match(nxt) for line, nxt in zip(lines, lines[1:])]
    if not every and (sum(soft) < 2 or sum(soft) * 2 < len(soft)):
        return text
    out = [lines[0]]
    for joined, line in zip(soft, lines[1:]):
        if joined:
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


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
