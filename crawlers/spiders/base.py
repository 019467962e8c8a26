"""What every socinv spider shares: sources, staying on the organisation's hosts, budgets, page items, resume.

A spider only finds and fetches pages and hands them, with their provenance, to the archive pipeline.
It knows nothing of extraction or publishing.

Duplicates are ours to handle, not Scrapy's: every URL is *claimed* by its canonical form before it is
requested (``pipeline.urls.canonical_url``), and the ledger middleware refuses a download whose canonical
URL this crawl (or an interrupted run of it) already has. Scrapy's own duplicate filter is switched off in
settings, because after a hard kill its JOBDIR fingerprints would hide requests that were scheduled but
never fetched.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Request, Response, TextResponse

from crawlers import relevance
from crawlers.middlewares import AlreadyFetched, OffSiteRedirect, PrivateAddress, address_allowed, slot_key
from pipeline.urls import canonical_url, same_site, site_key


class SpiderRequest(Request):
    """A request that names its own callbacks when it goes to the disk queue (JOBDIR).

    Scrapy's ``Request.to_dict`` finds a callback's name by listing every method of the spider
    (``inspect.getmembers``), once per request: 3 % of the crawler's CPU. A bound method of the spider carries its
    name; that name is used when it leads back to the same function, and Scrapy's search otherwise.
    """

    def to_dict(self, *, spider: scrapy.Spider | None = None) -> dict:
        named = {key: _method_name(spider, getattr(self, key)) for key in ("callback", "errback")}
        if any(fn is not None and named[key] is None for key, fn in
               (("callback", self.callback), ("errback", self.errback))):
            return super().to_dict(spider=spider)
        callback, errback = self.callback, self.errback
        self.callback, self.errback = named["callback"], named["errback"]  # names: Scrapy takes them as they are
        try:
            return super().to_dict(spider=spider)
        finally:
            self.callback, self.errback = callback, errback


def _method_name(spider, fn) -> str | None:
    name = getattr(fn, "__name__", None)
    if spider is None or name is None or getattr(fn, "__self__", None) is not spider:
        return None
    return name if getattr(getattr(spider, name, None), "__func__", None) is fn.__func__ else None


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
        self.allow_loopback = str(allow_loopback).lower() in ("1", "true", "yes")
        self.sources: dict[str, Source] = {}
        if sources:
            for s in json.loads(Path(sources).read_text(encoding="utf-8")):
                self.sources[s["id"]] = Source(s)
        for u in (urls or "").split(","):
            u = u.strip()
            if not u:
                continue
            if "://" not in u:
                u = "https://" + u
            host = urlsplit(u).hostname or ""
            if not address_allowed(host, self.allow_loopback):
                self.logger.error("refusing %s: a loopback/private address (--allow-loopback allows loopback only)", u)
                continue
            sid = host.removeprefix("www.")
            src = self.sources.setdefault(sid, Source(id=sid, name=host, domains=[sid], start_urls=[]))
            src["start_urls"].append(u)
        if not self.sources:
            raise ValueError("no sources: pass -a sources=FILE.json or -a urls=https://…")
        self.allowed_domains = sorted({d for s in self.sources.values() for d in s["domains"]})
        self.seen: set[str] = set()                # canonical URLs claimed in this run
        self.archived: set[str] = set()            # canonical URLs an interrupted run already archived
        self.pages_per_host: Counter[str] = Counter()
        self.patterns: Counter[str] = Counter()
        self.skips: Counter[str] = Counter()
        self.per_source: dict[str, Counter] = defaultdict(Counter)
        self.platforms: dict[str, Counter] = defaultdict(Counter)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        # Scrapy filters log levels in its handler, not the logger: without this check every skipped link
        # (tens per page) built a log record only to drop it.
        spider._debug = str(crawler.settings.get("LOG_LEVEL", "DEBUG")).upper() == "DEBUG"
        return spider

    # -- bookkeeping -------------------------------------------------------------------------------
    def skip(self, reason: str, url: str, source_id: str | None = None) -> None:
        self.skips[reason] += 1
        if source_id:
            self.per_source[source_id][f"skipped/{reason}"] += 1
        self.crawler.stats.inc_value(f"socinv/skipped/{reason}")
        if getattr(self, "_debug", True):
            self.logger.debug("skip %s (%s) %s", url, reason, source_id or "")

    def note(self, reason: str, url: str, source_id: str | None = None) -> None:
        """Something odd about a page that was still kept (its encoding lied, it was slow, it reads like an
        instruction to a language model …): counted as ``socinv/notes/<reason>``, reported in crawl_stats.json."""
        if source_id:
            self.per_source[source_id][f"notes/{reason}"] += 1
        self.crawler.stats.inc_value(f"socinv/notes/{reason}")
        if getattr(self, "_debug", True):
            self.logger.debug("note %s (%s) %s", url, reason, source_id or "")

    def claim(self, url: str, source: Source) -> bool:
        """First visit of a canonical URL on the source's hosts, within the host's page budget and the
        budget of its URL shape (many URLs of one shape — /kalender/2024/05, ?page=37 — smell of a trap)."""
        if not source.owns(url):
            self.skip("off-site", url, source.id)
            return False
        key = canonical_url(url)
        if key in self.seen:
            self.skip("duplicate", url, source.id)
            return False
        if key in self.archived:
            self.seen.add(key)
            self.skip("already-archived", url, source.id)
            return False
        host = site_key(urlsplit(url).hostname or "")
        if self.pages_per_host[host] >= self.settings.getint("SOCINV_MAX_PAGES_PER_HOST", 300):
            self.skip("budget", url, source.id)
            return False
        pattern = relevance.url_pattern(url)
        limit = (self.settings.getint("SOCINV_MAX_PER_DATED_PATTERN", 25) if relevance.is_dated(url)
                 else self.settings.getint("SOCINV_MAX_PER_PATTERN", 100))
        if self.patterns[pattern] >= limit:
            self.skip("pattern-budget", url, source.id)
            return False
        self.seen.add(key)
        self.pages_per_host[host] += 1
        self.patterns[pattern] += 1
        return True

    def request(self, url: str, source: Source, callback, priority: int = 0, errback=None, **meta) -> Request:
        return SpiderRequest(url, callback=callback, errback=errback or self.failed, priority=priority,
                       meta={"source": source.id, "download_slot": slot_key(url), **meta})

    def emit(self, response: Response, item: dict) -> list[dict]:
        """Items go to the archive, except when an interrupted run's archived response is being replayed."""
        return [] if response.meta.get("replay") else [item]

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
            "etag": headers.get("ETag") or headers.get("Etag"),
            "last_modified": headers.get("Last-Modified"),
        }
        if "not_modified" in response.flags:
            item["not_modified"] = True
            item["previous_fetched_at"] = response.meta.get("not_modified")
        item.update(extra)
        if not response.meta.get("replay"):
            self.crawler.stats.inc_value(f"socinv/source/{source.id}/{kind}")
            self.per_source[source.id][kind] += 1
            if extra.get("candidate"):
                self.per_source[source.id]["candidates"] += 1
            if "not_modified" in response.flags:
                self.per_source[source.id]["not_modified"] += 1
        return item

    def failed(self, failure):
        """Errback: a dead site or a broken page is recorded, the crawl goes on. Requests refused on purpose
        (robots.txt, duplicates, private addresses, off-site) are counted as skips, not errors."""
        request = failure.request
        sid = request.meta.get("source", "")
        source = self.sources.get(sid)
        exc = failure.value
        if isinstance(exc, AlreadyFetched):
            self.skip("duplicate", request.url, sid)
            return None
        if isinstance(exc, PrivateAddress):
            self.skip("private-address", request.url, sid)
            return None
        if isinstance(exc, OffSiteRedirect):
            self.skip("redirect-off-site", request.url, sid)
            return None
        response = getattr(exc, "response", None)
        status = getattr(response, "status", None)
        reason = failure_reason(exc, status)
        if reason == "off-site" and request.meta.get("redirect_urls"):
            reason = "redirect-off-site"
        if reason in ("robots", "off-site", "redirect-off-site", "ignored"):
            self.skip(reason, request.url, sid)
            return None
        self.crawler.stats.inc_value(f"socinv/errors/{reason}")
        self.per_source[sid]["missing" if status in (404, 410) else "errors"] += 1
        self.per_source[sid][f"errors/{reason}"] += 1
        self.logger.info("failed %s: %s (%s)", request.url, reason, str(exc)[:200])
        return {
            "kind": "error", "url": (request.meta.get("redirect_urls") or [request.url])[0],
            "final_url": getattr(response, "url", request.url),
            "status": status, "headers": {}, "body": b"",
            "fetched_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "source": source.id if source else sid, "depth": request.meta.get("hops", 0), "referer": "",
            "error": f"{reason}: {type(exc).__name__}: {str(exc)[:300]}",
        }

    def source_report(self) -> dict:
        """Per-source counters of this run (pages, candidates, pdfs, errors, skips by reason, platforms)."""
        out = {}
        for sid in self.sources:
            c = dict(self.per_source.get(sid, {}))
            if self.platforms.get(sid):
                c["platform"] = self.platforms[sid].most_common(1)[0][0]
            out[sid] = c
        return out

    @staticmethod
    def is_html(response: Response) -> bool:
        ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        return isinstance(response, TextResponse) and ("html" in ctype or not ctype)

    @staticmethod
    def is_pdf(response: Response) -> bool:
        ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        return "pdf" in ctype or response.url.lower().split("?")[0].endswith(".pdf") or response.body[:5] == b"%PDF-"


def failure_reason(exc: BaseException, status: int | None = None) -> str:
    """A short, stable name for why a request failed; these names are the counters of crawl_stats.json
    (``errors_by_type``, ``skipped``) and of ``socinv reliability``."""
    name = type(exc).__name__
    text = str(exc).lower()
    if status is not None and name == "HttpError":
        return f"http-{status}"
    if name == "IgnoreRequest":
        if "robots" in text:
            return "robots"
        if "offsite" in text:
            return "off-site"
        if "max redirections" in text:
            return "redirect-loop"
        if "decompress" in text:
            return "too-large-decompressed"
        return "ignored"
    if name in ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError", "UserTimeoutError"):
        return "timeout"
    if name in ("DownloadCancelledError", "CancelledError"):
        return "too-large"  # the HTTP handler cancels a download only when it outgrows DOWNLOAD_MAXSIZE
    if name in ("ResponseDataLossError", "PotentialDataLoss", "_DataLoss"):
        return "truncated-transfer"
    if name in ("DownloadConnectionRefusedError", "ConnectionRefusedError", "ConnectError"):
        return "connection-refused"
    if name in ("CannotResolveHostError", "DNSLookupError"):
        return "dns-failed"
    if name in ("DownloadFailedError", "ResponseFailed", "ConnectionLost", "ConnectionDone",
                "ResponseNeverReceived", "ConnectionResetError", "ConnectionAborted"):
        if "dataloss" in text or "data loss" in text:
            return "truncated-transfer"
        return "connection-lost"
    return name
