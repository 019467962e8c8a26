"""What every socinv spider shares: sources, staying on the organisation's hosts, page items, budgets.

A spider only finds and fetches pages and hands them, with their provenance, to the archive pipeline.
It knows nothing of extraction or publishing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawlers import relevance
from pipeline.urls import canonical_url, same_site


class Source(dict):
    """One organisation to crawl: ``id``, ``name``, ``domains``, ``start_urls``, optional ``pages``."""

    @property
    def id(self) -> str:
        return self["id"]

    def owns(self, url: str) -> bool:
        host = urlsplit(url).hostname or ""
        return any(same_site(host, d) for d in self["domains"])


class SocinvSpider(scrapy.Spider):
    """Base class: loads sources from ``-a sources=FILE.json`` or ``-a urls=URL,URL``."""

    def __init__(self, sources: str | None = None, urls: str | None = None, allow_loopback: str = "0", **kw):
        super().__init__(**kw)
        self.sources: dict[str, Source] = {}
        if sources:
            for s in json.loads(Path(sources).read_text(encoding="utf-8")):
                self.sources[s["id"]] = Source(s)
        for u in (urls or "").split(","):
            if u.strip():
                host = urlsplit(u.strip()).hostname or ""
                sid = host.removeprefix("www.")
                src = self.sources.setdefault(sid, Source(id=sid, name=host, domains=[sid], start_urls=[]))
                src["start_urls"].append(u.strip())
        if not self.sources:
            raise ValueError("no sources: pass -a sources=FILE.json or -a urls=https://…")
        self.allow_loopback = allow_loopback in ("1", "true", "yes")
        self.allowed_domains = sorted({d for s in self.sources.values() for d in s["domains"]})
        self.seen: set[str] = set()
        self.pages_per_host: Counter[str] = Counter()
        self.skips: Counter[str] = Counter()

    # -- bookkeeping -------------------------------------------------------------------------------
    def skip(self, reason: str, url: str, source_id: str | None = None) -> None:
        self.skips[reason] += 1
        self.crawler.stats.inc_value(f"socinv/skipped/{reason}")
        self.logger.debug("skip %s (%s) %s", url, reason, source_id or "")

    def claim(self, url: str, source: Source) -> bool:
        """First visit of a canonical URL on the source's hosts, within the host's page budget."""
        if not source.owns(url):
            self.skip("off-site", url, source.id)
            return False
        key = canonical_url(url)
        if key in self.seen:
            self.skip("duplicate", url, source.id)
            return False
        host = urlsplit(url).hostname or ""
        if self.pages_per_host[host] >= self.settings.getint("SOCINV_MAX_PAGES_PER_HOST", 300):
            self.skip("budget", url, source.id)
            return False
        self.seen.add(key)
        self.pages_per_host[host] += 1
        return True

    def page_item(self, response: Response, source: Source, kind: str, **extra) -> dict:
        redirects = response.meta.get("redirect_urls") or []
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        item = {
            "kind": kind,
            "url": redirects[0] if redirects else response.url,
            "final_url": response.url,
            "status": response.status,
            "headers": headers,
            "body": response.body,
            "fetched_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "source": source.id,
            "depth": response.meta.get("hops", 0),
            "referer": (response.request.headers.get("Referer") or b"").decode("latin-1") if response.request else "",
        }
        item.update(extra)
        self.crawler.stats.inc_value(f"socinv/source/{source.id}/{kind}")
        return item

    def failed(self, failure):
        """Errback: a dead site or a broken page is recorded, the crawl goes on."""
        request = failure.request
        source = self.sources.get(request.meta.get("source", ""))
        reason = failure.value.__class__.__name__
        response = getattr(failure.value, "response", None)
        self.crawler.stats.inc_value(f"socinv/errors/{reason}")
        self.logger.warning("failed %s: %s (%s)", request.url, reason, str(failure.value)[:200])
        return {
            "kind": "error", "url": request.url, "final_url": getattr(response, "url", request.url),
            "status": getattr(response, "status", None), "headers": {}, "body": b"",
            "fetched_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "source": source.id if source else "", "depth": request.meta.get("hops", 0), "referer": "",
            "error": f"{reason}: {str(failure.value)[:300]}",
        }

    @staticmethod
    def is_html(response: Response) -> bool:
        ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        return isinstance(response, TextResponse) and ("html" in ctype or not ctype)

    @staticmethod
    def is_pdf(response: Response) -> bool:
        ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        return "pdf" in ctype or response.url.lower().split("?")[0].endswith(".pdf")

    def classify(self, response: TextResponse) -> tuple[bool, str, str]:
        """(candidate, reason, platform) for an HTML page."""
        title = " ".join(response.xpath("//title//text()|//h1//text()").getall())
        text = " ".join(response.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall())
        candidate, reason = relevance.page_is_candidate(response.url, title, text)
        head = response.text[:20000]
        headers = " ".join(f"{k}: {v}" for k, v in response.headers.to_unicode_dict().items())
        return candidate, reason, relevance.detect_platform(head, headers)
