"""What differs between kinds of site, chosen from the CMS detected on the page (never configured per site).

One discovery spider serves every organisation; where a CMS needs something of its own, a small class
here says so: where the main content sits (so menus, sidebars and footers neither make a page look topical
nor steer link scoring), which extra sitemap locations it has, and which extra look-ups are cheap
(WordPress answers a site search on its REST API).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin, urlsplit

import lxml.html
from lxml import etree

from crawlers import relevance

# Elements that are page furniture wherever they sit, even inside <main>.
_FURNITURE = ("header", "nav", "footer", "aside", "form", "script", "style", "noscript", "template", "iframe",
              "button", "select")
_FURNITURE_CLASSES = ("cookie", "breadcrumb", "brodsmul", "subnav", "sidebar", "share", "feedback", "skip-link",
                      "readspeaker", "rs_", "ie-banner", "related", "pagination-info", "c-cookie", "env-assistive")
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "th", "dt", "strong", "b")


class Platform:
    name = "other"
    # Where the main content is, most specific first; the first one with some text wins.
    content_xpaths: tuple[str, ...] = (
        "//main", "//*[@role='main']", "//article", "//*[@id='content']", "//*[@id='main-content']",
        "//*[@id='main']", "//*[contains(concat(' ', normalize-space(@class), ' '), ' content ')]",
    )

    def sitemaps(self, root: str) -> list[str]:
        """Sitemap locations to try beyond robots.txt, /sitemap.xml and /sitemapindex.xml."""
        return []

    def lookups(self, root: str, terms: list[str]) -> list[str]:
        """Cheap site look-ups for the topic (URLs whose answer lists pages), tried once per site."""
        return []

    def parse_lookup(self, url: str, body: bytes) -> list[tuple[str, str]]:
        return []


class Sitevision(Platform):
    name = "sitevision"
    content_xpaths = ("//div[contains(@class,'pagecontent')]", "//main", "//*[@role='main']",
                      "//*[@id='content']") + Platform.content_xpaths


class Episerver(Platform):
    name = "episerver"
    content_xpaths = ("//main", "//*[@data-epi-contentarea]/ancestor::article[1]", "//article",
                      "//*[@data-epi-contentarea]") + Platform.content_xpaths


class WordPress(Platform):
    """WordPress and Municipio: the core and Yoast sitemaps, and the REST API's search."""

    name = "wordpress"
    content_xpaths = ("//main", "//article", "//*[contains(@class,'c-article')]") + Platform.content_xpaths

    def sitemaps(self, root: str) -> list[str]:
        return [root + "/wp-sitemap.xml", root + "/sitemap_index.xml"]

    def lookups(self, root: str, terms: list[str]) -> list[str]:
        return [f"{root}/wp-json/wp/v2/{kind}?search={quote(t)}&per_page=50&_fields=link,title"
                for t in terms for kind in ("pages", "posts")]

    def parse_lookup(self, url: str, body: bytes) -> list[tuple[str, str]]:
        import json

        try:
            rows = json.loads(body.decode("utf-8", "replace"))
        except ValueError:
            return []
        out = []
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and isinstance(row.get("link"), str):
                title = row.get("title")
                title = title.get("rendered", "") if isinstance(title, dict) else str(title or "")
                out.append((row["link"], title))
        return out


class Drupal(Platform):
    name = "drupal"
    content_xpaths = ("//main", "//*[@id='block-system-main']", "//*[@role='main']") + Platform.content_xpaths


PLATFORMS: dict[str, Platform] = {p.name: p for p in (Platform(), Sitevision(), Episerver(), WordPress(), Drupal())}


def for_name(name: str) -> Platform:
    return PLATFORMS.get(name, PLATFORMS["other"])


@dataclass
class PageView:
    """One parse of an HTML page: what discovery needs of it, main content separated from furniture."""

    url: str
    platform: str
    title: str = ""
    main_text: str = ""
    own_text: str = ""        # main text without the text of its links: what the page itself says
    labels: list[str] = field(default_factory=list)
    link_chars: int = 0
    main_links: list[tuple[str, str]] = field(default_factory=list)   # (absolute url, anchor text)
    other_links: list[tuple[str, str]] = field(default_factory=list)  # menus, footers, sidebars
    related_links: list[tuple[str, str]] = field(default_factory=list)  # those of them in a "Se även" box
    section_links: list[tuple[str, str]] = field(default_factory=list)  # menu items under the topic's own item
    frame_links: list[str] = field(default_factory=list)  # a frameset's frames: parts of this page, not links from it
    feeds: list[str] = field(default_factory=list)  # Atom/RSS feeds the head announces
    data_files: list[str] = field(default_factory=list)  # JSON the page loads (a list of projects for its script)
    canonical: str | None = None
    trail: str = ""  # the breadcrumb trail: where the site files the page ("… › Sociala investeringsmedel › …")
    swedish_version: str | None = None  # the head's hreflang="sv" alternate, when it is another page than this

    @property
    def topical(self) -> bool:
        return relevance.is_topical(self.url + " " + self.title + " " + self.trail + " " + self.main_text)


_FURNITURE_CLASS_RE = re.compile("|".join(re.escape(c) for c in _FURNITURE_CLASSES))
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})


def _is_furniture(el) -> bool:
    tag = el.tag
    if not isinstance(tag, str) or tag in _FURNITURE:
        return True
    attrib = el.attrib
    cls = attrib.get("class")
    ident = attrib.get("id")
    if (cls or ident) and _FURNITURE_CLASS_RE.search(f"{cls or ''} {ident or ''}".lower()):
        return True
    return attrib.get("role") in _FURNITURE_ROLES


_TEXT_URL = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/[^\s<>\"'()\[\]]*)?", re.I)
# An <option> value that is a link (a page path or address), not a form value ("2024", "sv", "alla").
_LINK_VALUE = re.compile(r"^(?:https?://|/|\./|\.\./)\S*$|^[\w.%-]+(?:/[\w.%-]*)+$|^[\w.%-]+\.html?$")


# Where a script-driven link keeps its address when its href is "#" or javascript: (a card whose click handler
# navigates: <a href="#" data-href="/projekt/x/" onclick="window.location.href=this.getAttribute('data-href')">).
_DATA_LINK_ATTRS = ("data-href", "data-url", "data-link", "data-target-url")
_ONCLICK_URL = re.compile(r"""(?:location(?:\.href)?|window\.open)\s*(?:=|\()\s*['"]([^'"]+)['"]""")


# (<div class="card" onclick="document.location.href='/barn-och-utbildning/narvarostod'">: the page's own link)
_CLICK_CARD_XPATH = ".//*[@onclick][not(self::a) and not(self::area)]"


def _href(el) -> str | None:
    """The address a link leads to: its href, or for a script-driven one the address its data attribute or click
    handler holds (only one that reads as a page address)."""
    href = (el.get("href") or el.get("xlink:href") or "").strip()  # xlink:href: a link in an inline SVG (a chart)
    if href and href != "#" and not href.startswith(("#", "javascript:")):
        return href
    for attr in _DATA_LINK_ATTRS:
        value = (el.get(attr) or "").strip()
        if value and _LINK_VALUE.match(value):
            return value
    m = _ONCLICK_URL.search(el.get("onclick") or "")
    if m and _LINK_VALUE.match(m.group(1)):
        return m.group(1)
    return href or None


_FEED_TYPES = ("application/atom+xml", "application/rss+xml")
# Attributes that name what a page loads into itself (see analyse); data-href and data-url are read with the links.
_LOADED_ATTRS = ("hx-get", "data-src", "data-source", "data-fragment", "data-include", "data-load", "data-menu-url",
                 "data-nav-url")
_LOADED_XPATH = "//*[" + " or ".join(f"@{a}" for a in _LOADED_ATTRS) + "]"
_JSON_PATH = re.compile(r"\.json(?:$|\?)", re.I)
_DATA_JSON_XPATH = ("//@*[starts-with(name(), 'data-') and contains(., '.json')"
                    + "".join(f" and name() != '{a}'" for a in _LOADED_ATTRS) + "]")
_JSON_LD_MAX = 200_000
_JSON_ATTR_XPATH = ("//@*[(name() = 'props' or starts-with(name(), 'data-')) and (starts-with(normalize-space(.), '[')"
                    " or starts-with(normalize-space(.), '{'))]")


def _json_text_links(text: str) -> list[tuple[str, str]]:
    """``json_links`` of JSON written into a page (a JSON-LD block, a component's props): a schema.org ItemList of
    projects names their pages there, sometimes nowhere else. [] for text that is no JSON or too long."""
    if len(text) > _JSON_LD_MAX:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return json_links(data)


def json_links(data, limit: int = 50_000) -> list[tuple[str, str]]:
    """(address, name) of the strings in parsed JSON that are page addresses: the values of keys such as "url",
    "href", "link", "@id", "item", "path" (an absolute URL or a path from the root), with the "name" or "title"
    beside them; and page paths standing alone in a list (Nuxt's payload, serialised by devalue, keeps every value
    in one flat array and its objects hold their indexes)."""
    out: list[tuple[str, str]] = []
    stack = [data]
    if isinstance(data, list):
        out.extend((v.strip(), "") for v in data if isinstance(v, str) and _BARE_PATH.match(v.strip()))
    while stack and len(out) < limit:
        node = stack.pop()
        if isinstance(node, dict):
            name = next((str(v[1] if isinstance(v, list) and len(v) == 2 else v)
                         for k in ("name", "title", "headline", "rubrik", "namn")
                         if isinstance(v := node.get(k), (str, list))), "")
            for key, value in node.items():
                if isinstance(value, list) and len(value) == 2 and isinstance(value[0], int):
                    value = value[1]  # Astro's serialised props: [type, value]
                if isinstance(value, str):
                    if key.lower() in _JSON_LINK_KEYS and _JSON_LINK_VALUE.match(value.strip()):
                        out.append((value.strip(), name))
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return out


_JSON_LINK_KEYS = {"url", "href", "link", "@id", "item", "path", "permalink", "uri", "sida", "page", "lank", "länk",
                   "adress", "webbadress", "lanken", "länken", "slug", "pathname", "fullpath"}
_JSON_LINK_VALUE = re.compile(r"^(?:https?://|/(?!/))\S+$")
# A page's path alone ("/barn-och-utbildning/grundskola/skolnarvaro-i-fokus/"): from the root, no file of an asset.
_BARE_PATH = re.compile(r"^/(?!/)[\w%.-]+(?:/[\w%.-]+)*/?$(?<!\.js)(?<!\.css)(?<!\.png)(?<!\.jpg)(?<!\.svg)"
                        r"(?<!\.json)(?<!\.webp)(?<!\.woff2)")


@functools.lru_cache(maxsize=65536)
def _join(base: str, href: str) -> str:
    """urljoin, remembered: a site's menus link the same hrefs from every page."""
    return urljoin(base, href.strip())


# A breadcrumb trail by its class or label ("breadcrumb", Swedish "brödsmulor"), in any of the CMSs' spellings.
_TRAIL_XPATH = ("(//*[contains(translate(@class, 'BRÖ', 'bro'), 'breadcrumb') or contains(translate(@class, 'BRÖ', 'bro'), "
                "'brodsmul') or contains(translate(@aria-label, 'BRÖ', 'brö'), 'brödsmul') or "
                "contains(translate(@aria-label, 'B', 'b'), 'breadcrumb')])[1]")


def _text(el) -> str:
    return " ".join(" ".join(el.itertext()).split())


def analyse(url: str, body: bytes | str, headers: str = "") -> PageView:
    """Parse once; detect the CMS; split main content from furniture; collect labels and links."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    try:
        doc = lxml.html.document_fromstring(body, parser=lxml.html.HTMLParser(encoding=_charset(headers, body)))
    except (etree.ParserError, ValueError):
        return PageView(url, "other")
    head = body[:30000].decode("utf-8", "replace")
    platform = for_name(relevance.detect_platform(head, headers))
    view = PageView(url, platform.name)
    view.title = " ".join(" ".join(t.itertext()) for t in doc.iter("title")).strip()
    h1 = doc.find(".//h1")
    if h1 is not None:
        view.title = (view.title + " " + _text(h1)).strip()
    trail = doc.xpath(_TRAIL_XPATH)
    view.trail = _text(trail[0])[:300] if trail else ""
    canon = doc.xpath("//link[@rel='canonical']/@href")
    view.canonical = urljoin(url, canon[0].strip()) if canon else None
    base = doc.xpath("//base/@href")
    base_url = urljoin(url, base[0].strip()) if base else url

    main = None
    for xp in platform.content_xpaths:
        try:
            found = doc.xpath(xp)
        except etree.XPathError:
            continue
        found = [f for f in found if isinstance(f.tag, str)]
        if found and sum(len(_text(f)) for f in found) > 40:
            main = found
            break
    body_el = doc.find("body")
    if main is None:
        main = [body_el if body_el is not None else doc]
    main_els: set = set()  # the elements themselves (kept alive, so identity is stable)
    parts, own, labels, link_chars = [], [], [], 0
    main_links: list[tuple[str, str]] = []
    # a wrapper that holds the page's h1 is no furniture whatever its class: a layout named for its sidebar
    # ("layout layout--sidebar") around the subnavigation and the article, as the extractor reads it (a <header>
    # holding a logo's h1 stays furniture)
    holds_h1 = frozenset(h1.iterancestors()) if h1 is not None else frozenset()
    for root in main:
        full_text, own_text = _main_walk(root, main_els, holds_h1)
        parts.append(full_text)
        own.append(own_text)
        for el in root.iter(*_LABEL_TAGS):
            if el in main_els:
                t = _text(el)
                if 0 < len(t) <= 60:
                    labels.append(t)
        for a in root.iter("a", "area"):  # <area>: a clickable region of an image map (a county's map)
            href = _href(a) if a in main_els else None
            if href:
                t = _text(a) or (a.get("alt") or a.get("title") or "").strip()
                link_chars += len(t)
                main_links.append((_join(base_url, href), t))
        for el in root.xpath(_CLICK_CARD_XPATH):  # a card that is no link but navigates when clicked
            if el in main_els and (m := _ONCLICK_URL.search(el.get("onclick"))) and _LINK_VALUE.match(m.group(1)):
                t = _text(el)
                link_chars += len(t)
                main_links.append((_join(base_url, m.group(1)), t[:200]))
        for option in root.iter("option"):  # a "Gå till projekt" drop-down: its values are the links
            value = (option.get("value") or "").strip()
            if value and _LINK_VALUE.match(value):
                main_links.append((_join(base_url, value), _text(option)))
    for box, side in _fact_cards_beside(main):
        # the project's fact box in the column beside the main content, as the extractor reads it: what the page says
        parts.append(box)
        own.append(box)
        labels.extend(lt for el in side.iter(*_LABEL_TAGS) if 0 < len(lt := _text(el)) <= 60)
    view.main_text = " ".join(p for p in parts if p)
    view.own_text = " ".join(p for p in own if p)
    if "http" in view.own_text or "www." in view.own_text:
        # an address written out as text, not linked ("Mer information: https://www.rvn.se/sv/…/digital-fritid.html"):
        # a reader can follow it, so can the crawler (the spider keeps those on the source's own site)
        for m in _TEXT_URL.finditer(view.own_text):
            address = m.group(0).rstrip(".,;:!?)»”'\"")
            main_links.append((address if address.startswith("http") else "https://" + address, ""))
    view.labels = labels
    view.link_chars = link_chars
    view.main_links = main_links
    # Addresses a page loads into itself: a tab's or a panel's HTML fragment (htmx's hx-get, data-src …), an
    # embedded page (<iframe>), a JSON list of projects (data-source, <link rel="preload" as="fetch">), and the
    # pages a schema.org list in JSON-LD names. What a browser shows or a script fetches, a crawler can read too.
    for el in doc.xpath(_LOADED_XPATH):
        for attr in _LOADED_ATTRS:
            value = (el.get(attr) or "").strip()
            if value and _LINK_VALUE.match(value):
                target = _join(base_url, value)
                if _JSON_PATH.search(target):
                    view.data_files.append(target)
                else:
                    (main_links if el in main_els else view.other_links).append((target, _text(el)[:80]))
    # any other data-* attribute naming a JSON file (a map's data-map-source, data-json, data-endpoint …): what a
    # script loads to draw a map or a list of projects
    for value in doc.xpath(_DATA_JSON_XPATH):
        value = value.strip()
        if _LINK_VALUE.match(value) and _JSON_PATH.search(value):
            view.data_files.append(_join(base_url, value))
    for frame in doc.iter("iframe"):
        src = (frame.get("src") or "").strip()
        if src and _LINK_VALUE.match(src):
            view.other_links.append((_join(base_url, src), (frame.get("title") or "").strip()))
    for frame in doc.iter("frame"):  # an old site's <frameset>: its menu and content frames are this page
        src = (frame.get("src") or "").strip()
        if src and _LINK_VALUE.match(src):
            view.frame_links.append(_join(base_url, src))
    for script in doc.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            for target, name in _json_text_links(script.text):
                view.other_links.append((_join(base_url, target), name))
        elif script.text and "registerInitialState(" in script.text:
            # a Sitevision app's initial state (a map or list of projects drawn by its script): the page's own
            # content, as its links in the HTML would be
            for state in _INITIAL_STATE.finditer(script.text):
                for target, name in _json_text_links(state.group(1)):
                    view.main_links.append((_join(base_url, target), name))
        elif script.text and script.text.lstrip().startswith("self.__next_f.push("):
            # Next.js's App Router streams the page as React flight data, one push per script: its props (a map's
            # markers, a list's items) hold the addresses the components will show
            for target, name in _flight_links(script.text):
                view.main_links.append((_join(base_url, target), name))
        elif script.text and ("window.__" in script.text or script.get("id") == "__NEXT_DATA__"):
            # a JavaScript framework's state of the page (Remix's window.__remixContext, Next.js's __NEXT_DATA__, a
            # store's window.__INITIAL_STATE__): the items a "Visa fler" button shows without an address of its own
            for target, name in _framework_state_links(script.text):
                view.main_links.append((_join(base_url, target), name))
    # a script component's data (Astro's <astro-island props="{…}">, data-props, a list block's data-more-items that
    # its "Visa fler" button draws): the pages it will show
    for value in doc.xpath(_JSON_ATTR_XPATH):
        el = value.getparent()
        for target, name in _json_text_links(str(value)):
            (main_links if el in main_els else view.other_links).append((_join(base_url, target), name))
    # The head's links: the next page of a listing (<link rel="next">, sometimes its only link to page 2), the same
    # page in another language (hreflang: a page may be linked only from its translation), and feeds.
    for link in doc.iter("link"):
        href = (link.get("href") or "").strip()
        rel = (link.get("rel") or "").lower().split()
        if not href or not rel:
            continue
        if "next" in rel or "prev" in rel:
            main_links.append((_join(base_url, href), "next" if "next" in rel else "previous"))
        elif "preload" in rel and (link.get("as") or "").lower() == "fetch" and _JSON_PATH.search(href):
            view.data_files.append(_join(base_url, href))
        elif ("prefetch" in rel or "prerender" in rel) and _LINK_VALUE.match(href):
            view.other_links.append((_join(base_url, href), ""))  # a page (a menu) the site loads ahead
        elif "alternate" in rel and (link.get("type") or "").lower().split(";")[0].strip() in _FEED_TYPES:
            view.feeds.append(_join(base_url, href))
        elif "alternate" in rel and link.get("hreflang"):
            alternate = _join(base_url, href)
            view.other_links.append((alternate, ""))
            if link.get("hreflang", "").lower().startswith("sv") \
                    and urlsplit(alternate).path.rstrip("/") != urlsplit(base_url).path.rstrip("/"):
                view.swedish_version = alternate  # this page is another language's copy of that Swedish page
    seen = {u for u, _ in main_links}
    section = _topical_section_links(doc, base_url, main_els)
    related = set(doc.xpath(_RELATED_XPATH))
    for a in doc.iter("a", "area"):
        if a in main_els:
            continue
        href = _href(a)
        if href:
            u = _join(base_url, href)
            if u not in seen:
                pair = (u, _text(a) or (a.get("alt") or "").strip())
                if a in section:
                    view.section_links.append(pair)
                else:
                    view.other_links.append(pair)
                    if a in related:
                        view.related_links.append(pair)
    return view


_STATE_ASSIGNMENT = re.compile(r"window\.(?:__[A-Za-z]+(?:_[A-Za-z]+)*__|__remixContext|__staticRouterHydrationData)\s*=\s*")
_STATE_MAX = 2_000_000


def _framework_state_links(text: str) -> list[tuple[str, str]]:
    """The page addresses in a framework's serialised state: the JSON object assigned to ``window.__…`` (read with
    the JSON decoder from its first brace: what follows it is script), or the whole text of __NEXT_DATA__."""
    if len(text) > _STATE_MAX:
        return []
    objects = []
    for m in _STATE_ASSIGNMENT.finditer(text):
        if text[m.end():m.end() + 1] == "{":
            try:
                objects.append(json.JSONDecoder().raw_decode(text, m.end())[0])
            except ValueError:
                continue
    if not objects and text.lstrip().startswith("{"):
        try:
            objects.append(json.loads(text))
        except ValueError:
            return []
    return [link for data in objects for link in json_links(data)]


_FLIGHT_PUSH = re.compile(r"^\s*self\.__next_f\.push\((\[.*\])\)\s*;?\s*$", re.S)


def _flight_links(text: str) -> list[tuple[str, str]]:
    """The page addresses in one ``self.__next_f.push([1, "…"])`` of Next.js's flight data: its string holds rows
    "id:JSON" (and "id:I[…]" module rows, whose JSON names no page), read row by row with the JSON decoder."""
    m = _FLIGHT_PUSH.match(text) if len(text) <= _STATE_MAX else None
    if m is None:
        return []
    try:
        pushed = json.loads(m.group(1))
    except ValueError:
        return []
    out: list[tuple[str, str]] = []
    for chunk in pushed:
        if not isinstance(chunk, str):
            continue
        for row in chunk.split("\n"):
            _, colon, rest = row.partition(":")
            if colon and rest[:1] in "[{":
                try:
                    out.extend(json_links(json.loads(rest)))
                except ValueError:
                    continue
    return out


# Sitevision's AppRegistry.registerInitialState('12.…', {…}): the JSON between the id and the closing parenthesis.
_INITIAL_STATE = re.compile(r"registerInitialState\(\s*['\"][^'\"]{1,80}['\"]\s*,\s*(\{.*?\})\s*\)\s*;?\s*(?:$|\n)",
                            re.S)
# The links of a "Se även" / "Relaterat" box (furniture for the page's text, but where an editor links the pages
# that belong with this one, a project filed under a service's page among them).
_RELATED_XPATH = ("//*[contains(@class, 'related') or contains(@class, 'relaterat') or contains(@class, 'se-aven') "
                  "or contains(@class, 'see-also')]//a[@href]")


def _topical_section_links(doc, base_url: str, main_els: set) -> set:
    """The links in a menu under an item that is the topic itself ("Sociala investeringsfonden" › "Beviljade
    projekt" › "UVA – Unga vuxna i arbete"): the fund section's own pages, however they are named."""
    out: set = set()
    for li in doc.iter("li"):
        if li in main_els:
            continue
        own = next((c for c in li if c.tag == "a"), None)
        if own is None or not any(c.tag in ("ul", "ol") for c in li):
            continue
        if relevance.is_topical(_join(base_url, own.get("href") or "") + " " + _text(own)):
            for sub in li:
                if sub.tag in ("ul", "ol"):
                    out.update(a for a in sub.iter("a"))
    return out


# Labels of a project's facts ("Projektägare:", "Projektperiod:", "Beviljat belopp:"), with their colon.
_FACT_LABEL_RE = re.compile(r"\b(?:projektägare|insatsägare|projektperiod|projekttid|tidsperiod|period|budget|"
                            r"beviljat(?: belopp)?|beviljade medel|sociala investeringsmedel|kostnad|finansiering|"
                            r"medfinansiering|målgrupp|samverkanspart\w*|samarbetspart\w*|ansvarig)\s*:", re.I)


_SIDE_BOX_RE = re.compile(r"side|aside|fakta|facts|fact-box|infobox", re.I)


def _fact_box_in(el) -> str | None:
    """The text of a box of a project's facts inside furniture (a sidebar beside the text, as Concrete's
    "col-sidebar" holds "Projektägare: … Projektperiod: … Sociala investeringsmedel: …"), else None."""
    if el.tag != "aside" and not (el.tag in ("div", "section") and _SIDE_BOX_RE.search(
            f"{el.get('class') or ''} {el.get('id') or ''}")):
        return None  # menus, headers and footers are not read (a mega menu is large)
    text = " ".join("".join(el.itertext()).split())
    if not text or len(text) > 3000:
        return None
    if len(_FACT_LABEL_RE.findall(text)) < 2:
        # a list of terms and values without colons (<dl><dt>Period</dt><dd>2025–2027</dd>…, or list items of a
        # label and a value element: <li><span>Tid</span> <span>augusti 2024 – juli 2027</span></li>): "Period: …"
        for dl in el.iter("dl"):
            pairs = [(_text(dt), _text(dt.getnext())) for dt in dl.iter("dt") if dt.getnext() is not None]
            lines = " ".join(f"{k}: {v}" for k, v in pairs)
            if len(_FACT_LABEL_RE.findall(lines)) >= 2:
                return lines
        pairs = []
        for li in el.iter("li"):
            parts = [child for child in li if isinstance(child.tag, str)]
            if len(parts) >= 2 and 0 < len(label := _text(parts[0])) <= 30:
                pairs.append((label, " ".join(_text(p) for p in parts[1:])))
        for tr in el.iter("tr"):  # a table of facts: <tr><th>Projektperiod</th><td>1 augusti 2024 – …</td></tr>
            cells = [c for c in tr if c.tag in ("th", "td")]
            if len(cells) == 2 and 0 < len(label := _text(cells[0])) <= 30:
                pairs.append((label, _text(cells[1])))
        lines = " ".join(f"{k}: {v}" for k, v in pairs)
        return lines if len(_FACT_LABEL_RE.findall(lines)) >= 2 else None
    for box in el.iter("p", "dl", "table", "ul"):
        inner = " ".join("".join(box.itertext()).split())
        if len(_FACT_LABEL_RE.findall(inner)) >= 2:
            return inner
    return None


_WRAPPER_TAGS = frozenset({"div", "section", "article", "main"})


def _fact_cards_beside(main: list) -> list[tuple[str, list]]:
    """The project's fact box in an <aside> beside the main content, not inside it ("<main>…</main><aside><h2>Fakta
    </h2><p><strong>Projektägare:</strong> …"), as ``_fact_box_in`` reads one inside it: (its text, the aside)."""
    cards = []
    for root in main:
        parent = root.getparent()
        for side in (parent if parent is not None else ()):
            if side is root or side.tag != "aside":
                continue
            box = _fact_box_in(side)
            if box is None:
                # one fact a paragraph ("<p><strong>Projektägare:</strong> …</p><p><strong>Projektperiod:</strong> …")
                lines = [t for el in side.iter("p", "li", "div") if not len(el.findall(".//p"))
                         and _FACT_LABEL_RE.match(t := _text(el))]
                box = " ".join(lines) if len(lines) >= 2 else None
            if box is not None:
                cards.append((box, side))
    return cards


def _main_walk(root, main_els: set, holds_h1: frozenset = frozenset()) -> tuple[str, str]:
    """One pass over the main content: its elements that are not furniture (or hold the h1: ``holds_h1``) go into
    ``main_els``; returns its visible text, and the same without the text of links (what the page itself says)."""
    full: list[str] = []
    own: list[str] = []

    def walk(el, in_link: bool):
        if el is not root and _is_furniture(el) and not (el in holds_h1 and el.tag in _WRAPPER_TAGS):
            box = _fact_box_in(el)
            if box is not None:  # a project's facts in the sidebar beside its text: what the page says too
                full.append(box)
                own.append(box)
            if el.tail:
                full.append(el.tail)
                if not in_link:
                    own.append(el.tail)
            return
        main_els.add(el)
        link = in_link or (el is not root and el.tag == "a")
        if el.text and isinstance(el.tag, str):
            full.append(el.text)
            if not link:
                own.append(el.text)
        for child in el:
            walk(child, link)
        if el is not root and el.tail:
            full.append(el.tail)
            if not in_link:
                own.append(el.tail)

    walk(root, False)
    return " ".join(" ".join(full).split()), " ".join(" ".join(own).split())


def _charset(headers: str, body: bytes) -> str | None:
    import re

    m = re.search(r"charset=([\w-]+)", headers, re.I) or re.search(rb"charset=[\"']?([\w-]+)", body[:4000], re.I)
    if not m:
        return "utf-8"
    cs = m.group(1)
    return cs.decode("ascii", "ignore") if isinstance(cs, bytes) else cs
