"""The one spider every organisation shares: find social-investment pages from a host alone.

robots.txt (obeyed, and read for ``Sitemap:`` lines) → sitemaps (``/sitemap.xml``, ``/sitemapindex.xml``,
indexes, gzipped children) filtered on topic words → plus best-first link following from the start
page with a depth limit. The CMS (Sitevision, Episerver, WordPress, …) is detected from each page and
recorded; it steers nothing that a site's configuration would have to declare.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawlers import relevance
from crawlers.spiders.base import Source, SocinvSpider


class DiscoverySpider(SocinvSpider):
    name = "discovery"

    async def start(self):
        for source in self.sources.values():
            meta = {"source": source.id}
            for start in source["start_urls"]:
                root = f"{urlsplit(start).scheme}://{urlsplit(start).netloc}"
                yield scrapy.Request(root + "/robots.txt", callback=self.parse_robots, errback=self.failed,
                                     meta={**meta, "root": root}, dont_filter=True, priority=50)
                if self.claim(start, source):
                    yield self.page_request(start, source, depth=0, priority=40)
            for page in source.get("pages", []):
                if self.claim(page, source):
                    yield self.page_request(page, source, depth=1, priority=60, declared=True)

    def page_request(self, url: str, source: Source, depth: int, priority: int = 0, **meta) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_page, errback=self.failed, priority=priority,
                              meta={"source": source.id, "hops": depth, **meta})

    # -- robots and sitemaps ---------------------------------------------------------------------------
    def parse_robots(self, response: Response):
        source = self.sources[response.meta["source"]]
        yield self.page_item(response, source, "robots")
        sitemaps = list(sitemap_urls_from_robots(response.body, base_url=response.url)) if response.status == 200 else []
        if not sitemaps:
            root = response.meta["root"]
            sitemaps = [root + "/sitemap.xml", root + "/sitemapindex.xml"]
        for url in sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.failed, priority=45,
                                 meta={"source": source.id, "handle_httpstatus_list": [404, 410]})

    def parse_sitemap(self, response: Response):
        source = self.sources[response.meta["source"]]
        if response.status != 200:
            self.skip("no-sitemap", response.url, source.id)
            return
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception:  # noqa: BLE001 - a broken gzip is a broken sitemap, not a crash
                self.skip("bad-sitemap", response.url, source.id)
                return
        yield self.page_item(response, source, "sitemap")
        try:
            sitemap = Sitemap(body)
        except Exception:  # noqa: BLE001
            self.skip("bad-sitemap", response.url, source.id)
            return
        for entry in sitemap:
            loc = (entry.get("loc") or "").strip()
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                if source.owns(loc):
                    yield scrapy.Request(loc, callback=self.parse_sitemap, errback=self.failed, priority=45,
                                         meta={"source": source.id, "handle_httpstatus_list": [404, 410]})
                else:
                    self.skip("off-site", loc, source.id)
            elif relevance.link_score(loc) >= 100:
                if self.claim(loc, source):
                    yield self.page_request(loc, source, depth=1, priority=30)
            else:
                self.skip("sitemap-not-topical", loc, source.id)

    # -- pages -----------------------------------------------------------------------------------------
    def parse_page(self, response: Response):
        source = self.sources[response.meta["source"]]
        depth = response.meta.get("hops", 0)
        if self.is_pdf(response):
            yield self.page_item(response, source, "pdf", candidate=False, reason="pdf")
            return
        if not self.is_html(response):
            self.skip("not-html", response.url, source.id)
            return
        candidate, reason, platform = self.classify(response)
        if response.meta.get("declared"):
            candidate, reason = True, "declared in source metadata"
        yield self.page_item(response, source, "page", candidate=candidate, reason=reason, platform=platform)
        yield from self.follow_links(response, source, depth, candidate)

    def follow_links(self, response: Response, source: Source, depth: int, candidate: bool):
        max_depth = self.settings.getint("SOCINV_MAX_DEPTH", 4)
        for a in response.xpath("//a[@href]"):
            href = a.attrib.get("href", "").strip()
            if not href or href.startswith("#"):
                continue
            url = urljoin(response.url, href).split("#")[0]
            if not url.startswith(("http://", "https://")):
                continue
            text = " ".join(a.xpath(".//text()").getall()).strip()
            score = relevance.link_score(url, text)
            if score < 0:
                self.skip("never-useful", url, source.id)
                continue
            if candidate and url.lower().split("?")[0].endswith(".pdf"):
                score = max(score, 50)  # documents linked from a project page are archived and listed
            # From the start page every navigation link is worth one look; deeper, only topical ones.
            if depth >= 1 and score <= 0:
                self.skip("not-topical-link", url, source.id)
                continue
            if depth + 1 > max_depth:
                self.skip("depth", url, source.id)
                continue
            if self.claim(url, source):
                yield self.page_request(url, source, depth=depth + 1, priority=score - depth)
