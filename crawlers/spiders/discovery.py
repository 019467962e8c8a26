"""The one spider every organisation shares: find social-investment pages from a host alone.

1. robots.txt first (fetched once, archived, obeyed; the ledger middlewares get its rules), its ``Sitemap:``
   lines, else ``/sitemap.xml`` and ``/sitemapindex.xml`` (indexes, gzipped children); sitemap URLs are
   kept when they speak of the topic.
2. Best-first link following from the start page: every menu link of the start page is worth one look;
   deeper, a link must score (topic or hub words in its URL or text, or sitting in the main content of a
   topical page). Topic links and pagination do not add depth; traps (calendars, facets, site search) are
   recognised from the URL's shape; per-host and per-URL-shape budgets bound the rest.
3. The CMS (Sitevision, Episerver, WordPress, Drupal) is detected from each page and recorded; the small
   classes in ``crawlers.platforms`` say where its main content sits and what extra look-ups it offers
   (WordPress sitemaps and REST search).
4. A page goes to extraction (``candidate``) only when its main content describes projects; PDFs linked from
   topical pages are archived and listed. Everything fetched is archived with the reason for its verdict.
5. Hostile or broken answers (``crawlers.pagechecks``): an empty 200 or binary bytes labelled HTML are archived
   as ``rejected`` and never classified; a soft 404 ("Sidan kunde inte hittas" with status 200) is not a
   candidate, and only the main-content links of one at a topical URL that suggests other pages (a moved
   page's "Menade du …?") are followed; lying or missing charsets, cut-off HTML, slow answers and text
   addressed to a language model are noted. A sitemap is read up to ``SOCINV_MAX_SITEMAP_URLS`` entries, its
   entries on other hosts dropped. Every case is counted by name in crawl_stats.json.

An interrupted crawl resumes from its own archive: archived responses are replayed through the same
callbacks (nothing is fetched again) to rebuild the frontier, then the crawl goes on.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawlers import pagechecks, platforms, relevance
from crawlers.spiders.base import Source, SocinvSpider
from pipeline.archive import iter_manifest
from pipeline.urls import canonical_url, clean_url

_DOC_SUFFIXES = (".pdf",)
# A child sitemap named for projects: "projekt.xml", "sitemap-projekt.xml", "insatser.xml", "project-sitemap.xml".
_PROJECT_SITEMAP = re.compile(r"(?:projekt|project|insats|investering)[\w-]*\.xml(?:\.gz)?$", re.I)
_PROJECT_SITEMAP_MAX = 200

_FEED_START = re.compile(rb"\s*(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_KEPT_LINKS = 100  # a page's links kept for a nearer path to it (its content and menus' topical links)


_INDEX_FILE = re.compile(r"/(?:index|default|start|main)\.(?:html?|php|aspx?|jsp|shtml)$", re.I)


def _section_path(url: str) -> str:
    """The section a page heads, as a path ending in "/": the page's own path, or the folder of an old site's index
    file ("/aktuellt/2023/index.htm" heads "/aktuellt/2023/", whose items are its children)."""
    path = urlsplit(url).path
    return _INDEX_FILE.sub("/", path) if _INDEX_FILE.search(path) else path.rstrip("/") + "/"


def _child_of(url: str, path: str) -> bool:
    """Whether ``url`` is a page below ``path`` (a section page's children, listed in its side menu)."""
    child = urlsplit(url).path
    return len(path) > 1 and child.startswith(path) and len(child.rstrip("/")) > len(path)
# A page's technical copy, by the last segment its own address adds to its canonical one: Squiz Matrix's "/_nocache",
# "/_recache", print and AMP versions.
_COPY_SEGMENT = re.compile(r"^(?:_[\w-]+|print|utskrift|skriv-?ut|amp)$", re.I)
_DRUPAL_NODE = re.compile(r"^/node/\d+/?$")


def _copy_of(url: str, canonical: str | None) -> str | None:
    """The page ``url`` is a copy of, by its own rel=canonical: the same page under a print or cache address
    ("…/sprakstart/_nocache" → "…/sprakstart"), with a print query, or a Drupal node's number ("/node/388" → its
    alias). Only such copies: a canonical that names another page of the site (a template that points every page at
    the start page or its section) is no reason to drop a page."""
    if not canonical:
        return None
    here, there = urlsplit(url), urlsplit(canonical)
    if here.netloc.lower() != there.netloc.lower() or there.scheme not in ("http", "https"):
        return None
    own, named = here.path.rstrip("/"), there.path.rstrip("/")
    if not named:
        return None  # the start page, named by every page of a careless template
    if own == named:
        return canonical if here.query and here.query != there.query else None
    if own.startswith(named + "/") and _COPY_SEGMENT.match(own[len(named) + 1:]):
        return canonical
    return canonical if _DRUPAL_NODE.match(here.path) and not _DRUPAL_NODE.match(there.path) else None


# How a "page not found" answer offers other pages: "Menade du …?", "Du kanske letar efter …", "Liknande sidor".
_SUGGESTIONS = re.compile(r"menade du|du kanske (?:letar|söker|menade|vill)|kanske (?:hittar|letar) du|"
                          r"liknande sidor|förslag på sidor|did you mean", re.I)


def _origin(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"


class DiscoverySpider(SocinvSpider):
    name = "discovery"

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.lookups_done: set[tuple] = set()
        self.robots_replayed: set[str] = set()
        self.sitemaps_seen: set[str] = set()
        self.sitemaps_asked: Counter = Counter()  # per source: sitemap files requested (SOCINV_MAX_SITEMAPS)
        self.robots_known: dict[str, tuple[int | None, bytes | None]] = {}  # netloc → (status, body)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_depth = crawler.settings.getint("SOCINV_MAX_DEPTH", 4)
        spider.explore_budget = crawler.settings.getint("SOCINV_EXPLORE_BUDGET", 40)
        spider.explore_depth = min(spider.max_depth, crawler.settings.getint("SOCINV_EXPLORE_DEPTH", 3))
        spider.explored = Counter()  # per source: untopical pages fetched beyond the topic
        spider._link_memo = {}
        spider.depth_of = {}  # canonical URL → the fewest hops any link found to it (see _found_nearer)
        spider.links_of = {}  # canonical URL of a page read → (its URL, the links its depth decides)
        spider.topical_context = set()  # canonical URLs some topical page's content links to
        spider.load_archive()
        return spider

    async def start(self):
        for request in self.resume():
            yield request
        robots_done = set(self.robots_replayed)
        for source in self.sources.values():
            for netloc in dict.fromkeys(urlsplit(s).netloc for s in source["start_urls"]):
                if netloc in robots_done:
                    continue
                start = next(s for s in source["start_urls"] if urlsplit(s).netloc == netloc)
                yield self.request(_origin(start) + "/robots.txt", source, self.parse_robots, priority=100,
                                   errback=self.robots_failed,
                                   dont_obey_robotstxt=True, handle_httpstatus_list=[401, 403, 404, 410],
                                   ledger_exempt=True)

    # -- robots and sitemaps ---------------------------------------------------------------------------
    def parse_robots(self, response: Response):
        source = self.sources[response.meta["source"]]
        first = (response.meta.get("redirect_urls") or [response.url])[0]
        for netloc in {urlsplit(first).netloc, urlsplit(response.url).netloc}:
            self.robots_known[netloc] = (response.status, response.body)
        yield from self.emit(response, self.page_item(response, source, "robots"))
        yield from self._after_robots(response.url if response.status == 200 else None, response.body, source, first)

    def robots_failed(self, failure):
        request = failure.request
        source = self.sources[request.meta["source"]]
        status = getattr(getattr(failure.value, "response", None), "status", None)
        self.robots_known[urlsplit(request.url).netloc] = (status, None)  # 5xx or unreachable: disallow all
        item = self.failed(failure)
        if item:
            yield item
        yield from self._after_robots(None, b"", source, request.url)

    def _after_robots(self, robots_url: str | None, body: bytes, source: Source, first_url: str):
        root = _origin(first_url)
        sitemaps = list(sitemap_urls_from_robots(body, base_url=robots_url)) if robots_url else []
        if not sitemaps:
            sitemaps = [root + "/sitemap.xml", root + "/sitemapindex.xml"]
        for url in sitemaps:
            if source.owns(url):
                yield from filter(None, [self.sitemap_request(url, source)])
            else:
                self.skip("off-site", url, source.id)
        netloc = urlsplit(first_url).netloc
        for start in source["start_urls"]:
            if urlsplit(start).netloc == netloc and self.claim(clean_url(start), source):
                yield self.page_request(clean_url(start), source, depth=0, priority=80)
        for page in source.get("pages", []):
            if urlsplit(page).netloc == netloc and self.claim(clean_url(page), source):
                yield self.page_request(clean_url(page), source, depth=1, priority=90, declared=True)

    def sitemap_request(self, url: str, source: Source, level: int = 0):
        """``level``: how many sitemap indexes led here. sitemaps.org lets an index list only sitemaps; one more
        level is allowed (a CMS's index of indexes), no chain beyond it (an index listing itself "?page=N+1")."""
        if level > 2:
            self.skip("sitemap-nesting", url, source.id)
            return None
        key = canonical_url(url)
        if key in self.sitemaps_seen or key in self.archived:
            return None  # asked for already, or replayed from the archive of an interrupted run
        if self.sitemaps_asked[source.id] >= self.settings.getint("SOCINV_MAX_SITEMAPS", 100):
            self.skip("sitemap-limit", url, source.id)
            return None
        self.sitemaps_asked[source.id] += 1
        self.sitemaps_seen.add(key)
        return self.request(url, source, self.parse_sitemap, priority=90, handle_httpstatus_list=[404, 410],
                            ledger_exempt=True, sitemap_level=level)

    def page_request(self, url: str, source: Source, depth: int, priority: int = 0, **meta):
        key = canonical_url(url)
        if depth < self.depth_of.get(key, depth + 1):
            self.depth_of[key] = depth
        return self.request(url, source, self.parse_page, priority=priority, hops=depth, **meta)

    def parse_sitemap(self, response: Response):
        source = self.sources[response.meta["source"]]
        if response.status != 200:
            self.skip("no-sitemap", response.url, source.id)
            return
        body = response.body
        if body.lstrip()[:1] in (b"{", b"["):  # a page's JSON list of projects (requested like a sitemap)
            yield from self.emit(response, self.page_item(response, source, "sitemap"))
            yield from self._json_requests(body, response.url, source)
            return
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception:  # noqa: BLE001 - a broken gzip is a broken sitemap, not a crash
                self.skip("bad-sitemap", response.url, source.id)
                return
        yield from self.emit(response, self.page_item(response, source, "sitemap"))
        try:
            sitemap = Sitemap(body)
        except Exception:  # noqa: BLE001
            self.skip("bad-sitemap", response.url, source.id)
            return
        if sitemap.type in ("feed", "rss"):
            yield from self._feed_requests(body, response.url, source)
            return
        if sitemap.type not in ("urlset", "sitemapindex"):
            self.skip("bad-sitemap", response.url, source.id)
            return
        limit = self.settings.getint("SOCINV_MAX_SITEMAP_URLS", 50000)
        # A child sitemap of a site's projects ("/sitemaps/projekt.xml" under a sitemap index): its entries are
        # project pages by the site's own filing, topical words in their addresses or not (a region's projects on
        # "/projekt/<name>"); a capped number of them is fetched, the pages then judged as any other.
        projects_map = sitemap.type == "urlset" and response.meta.get("sitemap_level", 0) >= 1 \
            and _PROJECT_SITEMAP.search(urlsplit(response.url).path.rsplit("/", 1)[-1]) is not None
        taken = 0
        for n, entry in enumerate(sitemap):
            if n >= limit:
                self.skip("sitemap-truncated", response.url, source.id)
                break
            loc = (entry.get("loc") or "").strip()
            if not loc:
                continue
            if not source.owns(loc):
                self.skip("sitemap-off-site", loc, source.id)
                continue
            if sitemap.type == "sitemapindex":
                level = response.meta.get("sitemap_level", 0) + 1
                yield from filter(None, [self.sitemap_request(loc, source, level)])
            elif (topical := relevance.link_score(loc) >= 100) or (projects_map and taken < _PROJECT_SITEMAP_MAX):
                url = clean_url(loc)
                taken += not topical
                if self.claim(url, source):
                    yield self.page_request(url, source, depth=1, priority=70, via="sitemap")
            else:
                self.skip("sitemap-not-topical", loc, source.id)

    def _feed_requests(self, body: bytes, url: str, source: Source):
        """An Atom or RSS feed a topical page announced (<link rel="alternate" type="application/atom+xml">): a list
        of pages, some linked from nowhere else (the items behind a "Visa fler" button that only a script runs)."""
        yield from self._listed_requests(feed_entries(body), url, source, "feed")

    def _json_requests(self, body: bytes, url: str, source: Source):
        """A JSON file a topical page loads for its script (a list of projects): the page addresses it holds."""
        try:
            data = json.loads(body)
        except ValueError:
            self.skip("bad-sitemap", url, source.id)
            return
        yield from self._listed_requests(platforms.json_links(data), url, source, "data")

    def _listed_requests(self, entries, url: str, source: Source, via: str):
        """The (address, title) entries of a feed or a JSON list, followed as sitemap entries are: when they speak of
        the topic, on the source's own site, up to ``SOCINV_MAX_SITEMAP_URLS``. A JSON file a topical page loads is
        that page's list (its cards behind a script): its first ``SOCINV_MAX_DATA_LINKS`` pages are followed as the
        page's own links are, whatever their words. So are a feed's (feeds are asked for from topical pages only):
        a samordningsförbund's news feed may be the only list of its insatser ("Ny insats: Steg för steg i Sävsjö"),
        followed as a page's links are, in no topical context of their own."""
        limit = self.settings.getint("SOCINV_MAX_SITEMAP_URLS", 50000)
        listed = self.settings.getint("SOCINV_MAX_DATA_LINKS", 200) if via in ("data", "feed") else 0
        for n, (loc, title) in enumerate(entries):
            if n >= limit:
                self.skip("sitemap-truncated", url, source.id)
                break
            loc = urljoin(url, loc)
            if not source.owns(loc):
                self.skip("sitemap-off-site", loc, source.id)
            elif relevance.link_score(loc, title) >= 100:
                page = clean_url(loc)
                if self.claim(page, source):
                    yield self.page_request(page, source, depth=1, priority=70, via=via)
            elif n < listed and relevance.link_score(loc, title) >= 0 and not relevance.trap_reason(loc, title):
                page = clean_url(loc)
                if self.claim(page, source):
                    yield self.page_request(page, source, depth=2, priority=55, via=via, from_topical=via == "data")
            else:
                self.skip(f"{via}-not-topical", loc, source.id)

    # -- platform look-ups -----------------------------------------------------------------------------
    def platform_requests(self, response: Response, source: Source, platform: platforms.Platform):
        key = (source.id, platform.name, _origin(response.url))
        if key in self.lookups_done or platform.name == "other":
            return
        self.lookups_done.add(key)
        root = _origin(response.url)
        for url in platform.sitemaps(root):
            yield from filter(None, [self.sitemap_request(url, source)])
        terms = self.settings.getlist("SOCINV_LOOKUP_TERMS", ["sociala investeringar", "investeringsfond"])
        for url in platform.lookups(root, terms):
            yield self.request(url, source, self.parse_lookup, priority=85, platform=platform.name,
                               handle_httpstatus_list=[400, 401, 403, 404], ledger_exempt=True)

    def parse_lookup(self, response: Response):
        source = self.sources[response.meta["source"]]
        if response.status != 200:
            self.skip("no-lookup", response.url, source.id)
            return
        platform = platforms.for_name(response.meta.get("platform", "other"))
        for url, title in platform.parse_lookup(response.url, response.body):
            if relevance.link_score(url, title) >= 100 or relevance.is_topical(title):
                url = clean_url(url)
                if self.claim(url, source):
                    yield self.page_request(url, source, depth=1, priority=70, via="lookup")

    # -- pages -----------------------------------------------------------------------------------------
    def parse_page(self, response: Response):
        source = self.sources[response.meta["source"]]
        asked = canonical_url((response.meta.get("redirect_urls") or [response.url])[0])
        # a nearer link may have been found while the request waited (see _found_nearer)
        depth = response.meta["hops"] = min(response.meta.get("hops", 0), self.depth_of.get(asked, 1 << 30))
        if asked in self.topical_context:
            response.meta["from_topical"] = True
        if self.is_pdf(response):
            yield from self.emit(response, self.page_item(response, source, "pdf", candidate=False, reason="document",
                                                          linked_from=response.meta.get("linked_from")))
            return
        if not self.is_html(response):
            if not response.body.strip():
                yield from self.reject(response, source, "empty-page")
                return
            self.skip("not-html", response.url, source.id)
            return
        if _FEED_START.match(response.body[:512]):
            # a feed served as text/html (WordPress's /feed/ saved or proxied without its type): read as a feed, not
            # as a page whose text is a list of addresses
            yield from self.parse_sitemap(response)
            return
        refused = pagechecks.refusal(response.body)
        if refused:  # archived (so a resumed crawl does not fetch it again), never classified nor extracted
            yield from self.reject(response, source, refused)
            return
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        if not response.meta.get("replay"):
            self.page_notes(response, source, ctype)
        view = platforms.analyse(response.url, response.body, ctype)
        if pagechecks.soft_404(view.title) and not response.meta.get("declared"):
            if not response.meta.get("replay"):
                self.skip("soft-404", response.url, source.id)
            yield from self.emit(response, self.page_item(response, source, "page", candidate=False,
                                                          reason="soft-404", platform=view.platform, topical=False,
                                                          canonical=canonical_url(response.url)))
            if relevance.is_topical(response.url) and _SUGGESTIONS.search(view.main_text):
                # a moved page of the topic ("…/sociala-investeringar/projekt/jobbsparet-2023.html" answering "Sidan
                # finns inte") that suggests where to go ("Menade du …?"): its main content's links may be where it
                # went (a soft 404 that suggests nothing is followed no further)
                yield from self.follow_links(response, replace(view, other_links=[], section_links=[]), source,
                                             depth, True)
            return
        candidate, reason = relevance.assess_page(response.url, view.title, view.main_text, view.labels,
                                                  view.link_chars, view.own_text,
                                                  context_topical=bool(response.meta.get("from_topical")),
                                                  trail=view.trail)
        if response.meta.get("declared"):
            candidate, reason = True, "declared in source metadata"
        elif candidate and view.swedish_version:
            # a translation (its head names the Swedish page as its "sv" alternate): the Swedish page is the project's
            # source, and two languages of one page would be two records
            candidate, reason = False, "a translation of a Swedish page"
        elif candidate and (copy := _copy_of(response.url, view.canonical)) is not None:
            # a copy of a page under its print or cache address: the page itself is the candidate, fetched from the
            # address its copy names (the one a list may never link)
            candidate, reason = False, "a copy of its canonical page"
            decision = self.link_decision(source, copy, "", True, depth, True)
            if decision is not None and decision[0] == "follow" and self.claim(decision[1], source):
                yield self.page_request(decision[1], source, depth=depth, priority=80)
        topical = view.topical
        self.platforms[source.id][view.platform] += 1
        yield from self.emit(response, self.page_item(
            response, source, "page", candidate=candidate, reason=reason, platform=view.platform, topical=topical,
            canonical=canonical_url(response.url), declared_canonical=view.canonical,
            via=response.meta.get("via")))
        yield from self.platform_requests(response, source, platforms.for_name(view.platform))
        # a candidate page is topical for its links too, even when it does not name the fund itself
        yield from self.follow_links(response, view, source, depth, topical or candidate)
        if topical or candidate:
            for feed in view.feeds + view.data_files:  # read like a sitemap (parse_sitemap knows a feed and JSON)
                if source.owns(feed) and not relevance.is_blocked_link(feed):
                    yield from filter(None, [self.sitemap_request(feed, source)])

    def reject(self, response: Response, source: Source, reason: str):
        if not response.meta.get("replay"):
            self.skip(reason, response.url, source.id)
        yield from self.emit(response, self.page_item(response, source, "rejected", candidate=False, reason=reason))

    def page_notes(self, response: Response, source: Source, ctype: str) -> None:
        body = response.body
        enc = pagechecks.encoding_note(body, ctype)
        if enc:
            self.note(enc, response.url, source.id)
        if pagechecks.unclosed(body):
            self.note("unclosed-html", response.url, source.id)
        latency = response.meta.get("download_latency")
        if latency is not None and latency > self.settings.getfloat("SOCINV_SLOW_RESPONSE", 10.0):
            self.note("slow-response", response.url, source.id)
        text = getattr(response, "text", "") if len(body) < 2_000_000 else ""
        if pagechecks.prompt_like(text):
            self.note("prompt-like-text", response.url, source.id)

    def follow_links(self, response: Response, view: platforms.PageView, source: Source, depth: int, topical: bool):
        for raw in view.frame_links:
            # a frameset's frames (its menu, its content) are the page itself: fetched at its own depth, so that an
            # old framed site's sections are as near as a menu's links elsewhere
            decision = self.link_decision(source, raw, "", True, depth, topical)
            if decision is not None and decision[0] == "follow" and self.claim(decision[1], source):
                yield self.page_request(decision[1], source, depth=depth, priority=85)
        related = {u for u, _ in view.related_links}
        here = _section_path(response.url)  # this page's children (its section's side menu)
        # (a menu's items under the topic's own item are the fund section's pages: followed as a topical page's
        # content is, from whatever page the menu is on)
        links = [(u, t, True, topical, True) for u, t in view.main_links] + \
            [(u, t, True, True, True) for u, t in view.section_links] + \
            [(u, t, False, topical, u in related or _child_of(u, here)) for u, t in view.other_links]
        page = canonical_url((response.meta.get("redirect_urls") or [response.url])[0])
        yield from self._follow(page, response.url, links, source, depth)

    def _follow(self, page: str, page_url: str, links: list[tuple], source: Source, depth: int):
        """Follow a page's links (url, text, in_main, from_topic, explorable) from ``depth`` hops. The links its
        depth decides — those followed, and those cut as too deep — are kept, so that the page can follow them
        again should a nearer link to it turn up later (see ``_found_nearer``)."""
        kept = []
        for link in links:
            raw, text, in_main, from_topic, explorable = link
            decision = self.link_decision(source, raw, text, in_main, depth, from_topic)
            if decision is None:
                continue
            if decision[0] == "skip":
                if decision[2] == "not-topical-link" and explorable:
                    if depth + 1 > self.explore_depth:
                        kept.append(link)
                    elif self.explored[source.id] < self.explore_budget:
                        if self.claim(decision[1], source):
                            # beyond the topic, within the site's small budget, after everything else
                            self.explored[source.id] += 1
                            kept.append(link)
                            yield self.page_request(decision[1], source, depth=depth + 1, priority=-100)
                            continue
                        yield from self._found_nearer(decision[1], source, depth + 1, False)
                elif decision[2] == "depth":
                    kept.append(link)
                self.skip(decision[2], decision[1], source.id)
                continue
            _, url, new_depth, priority, extra = decision
            kept.append(link)
            if self.claim(url, source):
                if extra == "document":
                    yield self.page_request(url, source, depth=new_depth, priority=priority, linked_from=page_url)
                elif extra == "from_topical":
                    yield self.page_request(url, source, depth=new_depth, priority=priority, from_topical=True)
                else:
                    yield self.page_request(url, source, depth=new_depth, priority=priority)
            else:
                yield from self._found_nearer(url, source, new_depth, extra == "from_topical")
        if kept and depth > 0:
            self.links_of[page] = (page_url, kept[:_KEPT_LINKS])

    def _found_nearer(self, url: str, source: Source, depth: int, from_topical: bool):
        """A link to a page already asked for. Which link is read first depends on which response comes first, so
        the crawl would find different pages on different runs (a news archive reached first through a project page
        at three hops, instead of from the start page at one, ends at the depth limit before its items' links): the
        page counts the fewest hops any link found to it. Still waiting, it is read at that depth; read already, it
        follows again the links its depth decided, and so on down the pages it led to."""
        key = canonical_url(url)
        if from_topical:
            self.topical_context.add(key)
        if depth >= self.depth_of.get(key, -1):
            return
        self.depth_of[key] = depth
        read = self.links_of.pop(key, None)
        if read is not None:
            yield from self._follow(key, read[0], read[1], source, depth)

    def link_decision(self, source: Source, raw: str, text: str, in_main: bool, depth: int, topical: bool):
        """What to do with one link: None (not http), ("skip", url, reason) or ("follow", url, depth, priority,
        extra). A pure function of its arguments, remembered: a site's menus and footers repeat the same links
        on every page, and deciding them again was most of the spider's own time."""
        key = (source.id, raw, text, in_main, depth, topical)
        memo = self._link_memo
        found = memo.get(key, memo)
        if found is not memo:
            return found
        if len(memo) > 200_000:
            memo.clear()
        memo[key] = found = self._decide_link(source, raw, text, in_main, depth, topical)
        return found

    def _decide_link(self, source: Source, raw: str, text: str, in_main: bool, depth: int, topical: bool):
        if not raw.startswith(("http://", "https://")):
            return None
        url = clean_url(raw)
        if not source.owns(url):
            return ("skip", url, "off-site")
        if url.startswith("http://") and _https_source(source):
            # A site served over https links some pages as http:// (old editor links); the server would only redirect
            # them, and under both schemes one page would be two.
            url = "https://" + url[len("http://"):]
        trap = relevance.trap_reason(url, text)
        if trap:
            return ("skip", url, trap)
        score = relevance.link_score(url, text)
        if score < 0:
            return ("skip", url, "never-useful")
        if urlsplit(url).path.lower().endswith(_DOC_SUFFIXES):
            # documents linked from a topical page (or named after the topic) are archived and listed
            if (topical and in_main) or score >= 100:
                return ("follow", url, depth + 1, 50, "document")
            return ("skip", url, "document-not-topical")
        pagination = relevance.is_pagination(url, text)
        if topical and in_main:
            score = max(score, 60)  # a link in the content of a topical page: a project, the next page …
        if depth >= 1 and score <= 0:
            return ("skip", url, "not-topical-link")
        if depth >= 1 and urlsplit(url).query and not pagination and score < 60:
            return ("skip", url, "query-link")
        new_depth = depth if (score >= 100 or (pagination and score > 0)) else depth + 1
        if new_depth > self.max_depth:
            return ("skip", url, "depth")
        return ("follow", url, new_depth, score - 5 * new_depth, "from_topical" if (topical and in_main) else None)

    # -- resume ----------------------------------------------------------------------------------------
    def load_archive(self):
        """Before anything is requested: what an interrupted run of this crawl archived (so it is not fetched
        again), and its robots.txt files (so the robots middleware has their rules at once)."""
        crawl_dir = Path(self.settings.get("ARCHIVE_DIR", ""))
        self._archive = [e for e in iter_manifest(crawl_dir) if "warc_file" in e]
        for e in self._archive:
            self.archived.add(canonical_url(e["url"]))
            self.archived.add(canonical_url(e["final_url"]))
            if e["kind"] == "robots":
                body = self._archived_body(crawl_dir, e)
                if body is not None:
                    for netloc in {urlsplit(e["url"]).netloc, urlsplit(e["final_url"]).netloc}:
                        self.robots_known[netloc] = (e.get("status"), body[0])
                    self.robots_replayed.add(urlsplit(e["url"]).netloc)

    @staticmethod
    def _archived_body(crawl_dir: Path, e: dict):
        from warcio.archiveiterator import ArchiveIterator

        try:
            with open(crawl_dir / e["warc_file"], "rb") as fh:
                fh.seek(e["warc_offset"])
                record = next(iter(ArchiveIterator(fh)))
                return record.content_stream().read(), record.http_headers
        except (OSError, StopIteration, ValueError):
            return None

    def resume(self):
        """Replay what an interrupted run of this crawl archived: no fetching, the same callbacks, the frontier
        rebuilt. Yields the requests the archived pages lead to (claim() skips those already archived)."""
        crawl_dir = Path(self.settings.get("ARCHIVE_DIR", ""))
        entries = getattr(self, "_archive", [])
        if not entries:
            return
        self.logger.info("resuming: %d archived responses replayed from %s", len(entries), crawl_dir)
        self.crawler.stats.set_value("socinv/resumed_from", len(entries))
        callbacks = {"robots": self.parse_robots, "sitemap": self.parse_sitemap, "page": self.parse_page}
        for e in entries:
            source = self.sources.get(e.get("source", ""))
            callback = callbacks.get(e["kind"])
            if source is None or callback is None:
                continue
            got = self._archived_body(crawl_dir, e)
            if got is None:
                continue
            body, http = got
            headers = Headers({k: v for k, v in http.headers}) if http else Headers()
            meta = {"hops": e.get("depth", 0), "replay": True}
            if e["url"] != e["final_url"]:
                meta["redirect_urls"] = [e["url"]]
            request = self.request(e["url"], source, callback, **meta)
            cls = responsetypes.from_args(headers=headers, url=e["final_url"], body=body)
            response = cls(url=e["final_url"], status=e.get("status") or 200, headers=headers, body=body,
                           request=request)
            for out in callback(response) or ():
                if not isinstance(out, dict):
                    yield out


def feed_entries(body: bytes) -> list[tuple[str, str]]:
    """(link, title) of each entry of an Atom feed or item of an RSS feed; [] for anything else. Atom's address is
    the href of its link (rel "alternate" or none), RSS's the text of its <link>."""
    from lxml import etree

    try:
        root = etree.fromstring(body, etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                                                      huge_tree=False))
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    out = []
    for el in root.iter(etree.Element):
        name = etree.QName(el).localname
        if name not in ("entry", "item"):
            continue
        link, title = None, ""
        for child in el:
            if not isinstance(child.tag, str):
                continue
            cname = etree.QName(child).localname
            if cname == "title":
                title = " ".join("".join(child.itertext()).split())
            elif cname == "link" and link is None:
                rel = child.get("rel", "alternate")
                if child.get("href") and rel == "alternate":
                    link = child.get("href").strip()
                elif (child.text or "").strip():
                    link = child.text.strip()
        if link:
            out.append((link, title))
    return out


def _https_source(source: Source) -> bool:
    """The source's site is served over https: a start URL says so."""
    return any(str(u).startswith("https://") for u in source.get("start_urls") or ())
