"""Downloader middlewares: manners (robots.txt fetched once, Retry-After, back-off, per-site slots), the fetch
ledger (never download a page twice, never again what an interrupted crawl already archived), and
conditional requests against the previous crawl (a 304 reuses the archived body).

Order (process_request ascending, process_response descending)::

     30 AddressGuardMiddleware    never a private/loopback/link-local address: IP literals, and (live, no proxy)
                                  host names whose DNS answer is one; --allow-loopback allows loopback only
     50 SiteSlotMiddleware        one download slot per web server (www.x.se and x.se share one)
    610 RedirectGuardMiddleware   a redirect to a private address or off the source's hosts is refused, counted
                                  (before Scrapy's RedirectMiddleware at 600 would schedule it)
    100 SocinvRobotsTxtMiddleware  Scrapy's, plus robots.txt bodies the spider already fetched and archived
    110 LedgerMiddleware          drop duplicates / already-archived pages
    120 ConditionalMiddleware     If-None-Match / If-Modified-Since; 304 → the archived response
    950 PolitenessMiddleware      429/503: honour Retry-After (capped), back off; pause counted from the response
                                  (it acts on the response_downloaded signal, before the slot picks its next request)

Plus CrawlStatsExtension (an extension): each run's Scrapy stats and per-source counters → runs.jsonl.

Scrapy 2.19 caveat: with DOWNLOAD_DELAY exactly 0 the downloader hands a slot's whole queue over at once (each
download is an asyncio task, so the slot's concurrency is checked before any has started); one request at a
time per host, and so Retry-After, need a delay above 0. The production delay is 1 s.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import logging
import os
import time
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers, Request, Response
from scrapy.http.response.text import TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from pipeline.urls import canonical_url, ip_literal, is_loopback_host, is_private_host, site_key

class AlreadyFetched(IgnoreRequest):
    """The page was fetched in this crawl under another URL, or archived by an interrupted run of it."""


class PrivateAddress(IgnoreRequest):
    """A loopback/private address, refused unless the crawl allows loopback (tests, ``--allow-loopback``)."""


def address_allowed(host: str, allow_loopback: bool) -> bool:
    """An IP literal or name we may fetch from: not private, link-local, unspecified or loopback. With
    ``allow_loopback`` (tests, ``--allow-loopback``) loopback (127.0.0.0/8, ::1, ``localhost``) is allowed, and
    only loopback: 10.0.0.1 or 169.254.169.254 stay refused."""
    if not is_private_host(host):
        return True
    return allow_loopback and _is_loopback(host)


def _is_loopback(host: str) -> bool:
    return is_loopback_host(host)  # (127.0.0.1 in any form: 2130706433, 0x7f000001, 127.1)


def _private_ip(addr: str) -> bool:
    import ipaddress

    try:
        ip = ipaddress.ip_address(addr.split("%", 1)[0])
    except ValueError:
        return False
    if getattr(ip, "ipv4_mapped", None):
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_unspecified or ip.is_reserved or \
        ip.is_multicast


def addresses_allowed(addrs: list[str], allow_loopback: bool) -> bool:
    """Whether a DNS answer is safe to connect to: no private, loopback (unless allowed), link-local, reserved,
    multicast or unspecified address in it. An empty answer passes (the download fails on its own)."""
    return not [a for a in addrs if _private_ip(a) and not (allow_loopback and _is_loopback(a.split("%", 1)[0]))]


def resolve_host(host: str) -> list[str]:
    """The addresses a name resolves to (empty when it does not resolve)."""
    import socket

    try:
        return sorted({ai[4][0] for ai in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)})
    except (OSError, UnicodeError):
        return []


class AddressGuardMiddleware:
    """Refuses requests to private, loopback, link-local or unspecified addresses before anything else sees
    them (also redirects: a redirected request passes the middlewares again).

    * IP literals and ``localhost`` by their form.
    * Host names, when crawling live (no proxy in the environment), by their DNS answer: a name that resolves
      to any such address is refused (one look-up per host per crawl, in a thread, cached). Behind a proxy
      (the snapshot replay, the simulated web) the proxy resolves names, so there is nothing to check here.
    * ``--allow-loopback`` (``spider.allow_loopback``) allows loopback addresses only.

    Refusals are counted as ``socinv/skipped/private-address``.
    """

    def __init__(self, crawler, resolver=None):
        import urllib.request

        self.crawler = crawler
        self.resolver = resolver or resolve_host
        self.check_dns = crawler.settings.getbool("SOCINV_DNS_GUARD", True) and not (
            {"http", "https"} & set(urllib.request.getproxies()))
        self.cache: dict[str, bool] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request: Request, spider=None):
        spider = spider or self.crawler.spider
        loopback = bool(getattr(spider, "allow_loopback", False))
        host = (urlsplit(request.url).hostname or "").lower().rstrip(".")
        if not address_allowed(host, loopback):
            self._refuse(host, request)
        if not self.check_dns or not host or is_private_host(host) or _is_ip(host):
            return None
        ok = self.cache.get(host)
        if ok is None:
            from scrapy.utils.defer import maybe_deferred_to_future
            from twisted.internet.threads import deferToThread

            addrs = await maybe_deferred_to_future(deferToThread(self.resolver, host))
            ok = self.cache[host] = addresses_allowed(addrs, loopback)
        if not ok:
            self._refuse(host, request, dns=True)
        return None

    def _refuse(self, host: str, request: Request, dns: bool = False):
        if "source" not in request.meta:  # the spider's own requests are counted by its errback
            self.crawler.stats.inc_value("socinv/skipped/private-address")
        what = f"{host} resolves to a private address" if dns else f"private address {host}"
        raise PrivateAddress(f"{what} (use --allow-loopback for local tests; only loopback is then allowed)")


def _is_ip(host: str) -> bool:
    return ip_literal(host) is not None


def slot_key(url: str) -> str:
    """The download slot of a URL: its organisation's web server (``site_key``). Local test servers
    (loopback, one per port) get one slot per port, as separate servers would."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    key = site_key(host)
    if parts.port and is_private_host(host):
        key += f":{parts.port}"
    return key


class SiteSlotMiddleware:
    """Every request of one organisation's web server shares a download slot, so ``www.x.se`` and ``x.se``
    together get one request at a time and one delay (the spider sets the same key; this catches the rest,
    e.g. the robots.txt requests Scrapy makes itself)."""

    def process_request(self, request: Request, spider=None):
        if "download_slot" not in request.meta:
            request.meta["download_slot"] = slot_key(request.url)


class OffSiteRedirect(IgnoreRequest):
    """A redirect to a host that is not the source's."""


class RedirectGuardMiddleware:
    """Looks at a 3xx answer before Scrapy's RedirectMiddleware follows it: a ``Location`` on a private address
    (``PrivateAddress``, counted ``private-address``) or off the source's hosts (``OffSiteRedirect``, counted
    ``redirect-off-site``) ends the request there, with its errback called, instead of being scheduled."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider=None):
        if not (300 <= response.status < 400) or b"Location" not in response.headers:
            return response
        if request.meta.get("dont_redirect") or response.status in request.meta.get("handle_httpstatus_list", ()):
            return response
        from urllib.parse import urljoin

        spider = spider or self.crawler.spider
        location = response.headers[b"Location"].decode("latin-1").strip()
        target = urljoin(request.url, location)
        host = (urlsplit(target).hostname or "").lower()
        if not address_allowed(host, bool(getattr(spider, "allow_loopback", False))):
            if "source" not in request.meta:
                self.crawler.stats.inc_value("socinv/skipped/private-address")
            raise PrivateAddress(f"redirect from {request.url} to private address {target}")
        source = getattr(spider, "sources", {}).get(request.meta.get("source"))
        if source is not None and not source.owns(target):
            if "source" not in request.meta:
                self.crawler.stats.inc_value("socinv/skipped/redirect-off-site")
            raise OffSiteRedirect(f"redirect from {request.url} off the source's hosts to {target}")
        return response


class SocinvRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, fed with the robots.txt the spider fetches itself.

    The spider fetches each start host's robots.txt first (to archive it and read its ``Sitemap:`` lines)
    and only then requests that host's pages; it keeps ``spider.robots_known[netloc] = (status, body)``,
    also for robots.txt files an interrupted run archived, and this middleware takes the rules from there
    before it would fetch the file itself, so the file is downloaded once per crawl. Rules follow RFC 9309:
    a 4xx robots.txt allows everything, a 5xx (or an unreachable server) disallows everything.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        logging.getLogger(RobotsTxtMiddleware.__module__).addFilter(_robots_error_line)

    async def robot_parser(self, request):
        netloc = urlsplit(request.url).netloc
        if netloc not in self._parsers:
            known = getattr(self.crawler.spider, "robots_known", {}).get(netloc)
            if known is not None:
                self._parsers[netloc] = self._parser_for(*known)
                self._stats.inc_value("robotstxt/from_spider")
        return await super().robot_parser(request)

    def _parser_for(self, status: int | None, body: bytes | None):
        if status is not None and 400 <= status < 500:
            body = b""
        elif status is None or status >= 500 or body is None:
            body = _DISALLOW_ALL
        return build_from_crawler(self._parserimpl, self.crawler, body)

    async def _parse_robots(self, response, netloc, request):
        if response.status >= 500:  # RFC 9309 §2.3.1.4: server error → complete disallow
            response = response.replace(body=_DISALLOW_ALL)
        elif response.status >= 400:  # §2.3.1.3: unavailable → no restrictions
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc, netloc):
        # RFC 9309 §2.3.1.4: an unreachable robots.txt means complete disallow.
        if not isinstance(exc, IgnoreRequest):
            self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        rp_dfd = self._parsers[netloc]
        rp = build_from_crawler(self._parserimpl, self.crawler, _DISALLOW_ALL)
        self._parsers[netloc] = rp
        if isinstance(rp_dfd, Deferred):
            rp_dfd.callback(rp)


_DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


def _robots_error_line(record: logging.LogRecord) -> bool:
    """Scrapy logs a robots.txt it could not download (a refused connection, a timeout) with the whole traceback of
    the network error; the crawl log says it in one line, and what follows from it (RFC 9309: nothing of that host is
    fetched)."""
    if record.exc_info and isinstance(record.args, dict) and "request" in record.args:
        request, exc = record.args["request"], record.args.get("f_exception")
        netloc = urlsplit(getattr(request, "url", "")).netloc
        record.msg = "robots.txt of %(netloc)s could not be downloaded (%(error)s): none of its pages is fetched"
        record.args = {"netloc": netloc, "error": f"{type(exc).__name__}: {exc}"}
        record.exc_info = record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
    return True


class LedgerMiddleware:
    """Knows every page this crawl has downloaded (by canonical URL) and what an interrupted run archived.

    Requests carry ``meta['source']`` when they come from the spider; only those are checked (retries pass).
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.fetched: set[str] = set()
        # Marks requests this run has let through; a retry carries the mark and passes again. The run's own
        # token, so a retry saved in the JOBDIR queue by an interrupted run is checked like any other request.
        self.token = os.urandom(8).hex()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request, spider=None):
        spider = spider or self.crawler.spider
        if "source" not in request.meta or request.meta.get("ledger_exempt"):
            return None
        key = canonical_url(request.url)
        if request.meta.get("ledger_key") == f"{self.token}:{key}":
            return None  # a retry of this very request (a redirect carries the old key, so it is checked)
        if str(request.meta.get("ledger_key", "")).startswith(self.token + ":") and any(
                canonical_url(u) == key for u in request.meta.get("redirect_urls", ())):
            request.meta["ledger_key"] = f"{self.token}:{key}"
            return None  # /x → /x/ or /X → /x: the same page, finally answered
        archived = getattr(spider, "archived", set())
        if key in archived or key in self.fetched:
            self.crawler.stats.inc_value("socinv/skipped/already-fetched")
            raise AlreadyFetched(f"already fetched: {key}")
        self.fetched.add(key)
        request.meta["ledger_key"] = f"{self.token}:{key}"
        return None


class ConditionalMiddleware:
    """Conditional requests against the previous crawl (``SOCINV_PREVIOUS_CRAWL``).

    For a URL the previous crawl archived with an ``ETag`` or ``Last-Modified``, the request carries
    ``If-None-Match``/``If-Modified-Since``; a 304 answer becomes the archived response again (status,
    headers, body), flagged ``not_modified``, so the spider parses it as if fetched and the new crawl's
    archive stays complete on its own.
    """

    def __init__(self, crawler, previous: str | None):
        self.crawler = crawler
        self.dir = Path(previous) if previous else None
        self.index: dict[str, dict] = {}
        # canonical URL → the stored (body, headers) of a request in flight, read when it was sent (few at a time)
        self.stored: dict[str, tuple] = {}
        if self.dir and (self.dir / "manifest.jsonl").exists():
            from pipeline.archive import iter_manifest

            for e in iter_manifest(self.dir):
                if "warc_file" in e and e.get("status") == 200 and (e.get("etag") or e.get("last_modified")):
                    self.index[canonical_url(e["final_url"])] = e

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("SOCINV_PREVIOUS_CRAWL"))

    def process_request(self, request: Request, spider=None):
        if not self.index:
            return None
        for h in (b"If-None-Match", b"If-Modified-Since"):
            if h in request.headers:
                del request.headers[h]
        key = canonical_url(request.url)
        prev = self.index.get(key)
        if prev is None:
            return None
        try:  # the stored copy a 304 would stand for, read now: a damaged one is no reason to ask conditionally
            self.stored[key] = self._archived(prev)
        except Exception as exc:  # noqa: BLE001 - a damaged or missing WARC record: ask for the page in full
            self.index.pop(key, None)
            self.crawler.stats.inc_value("socinv/previous_copy_unreadable")
            logging.getLogger("socinv").warning(
                "%s: the previous crawl's copy cannot be read (%s: %s); asking for the page in full",
                request.url, type(exc).__name__, str(exc)[:120])
            return None
        if prev.get("etag"):
            request.headers[b"If-None-Match"] = prev["etag"]
        if prev.get("last_modified"):
            request.headers[b"If-Modified-Since"] = prev["last_modified"]
        request.meta["conditional"] = True
        return None

    def process_response(self, request: Request, response: Response, spider=None):
        stored = self.stored.pop(canonical_url(request.url), None) if self.stored else None
        if response.status != 304 or not request.meta.get("conditional"):
            return response
        prev = self.index.get(canonical_url(request.url))
        if prev is None:
            return response
        try:
            body, headers = stored if stored is not None else self._archived(prev)
        except Exception as exc:  # noqa: BLE001 - a damaged or missing stored copy: the page is asked for again
            self.index.pop(canonical_url(request.url), None)
            self.crawler.stats.inc_value("socinv/not_modified_unreadable")
            logging.getLogger("socinv").warning(
                "%s: answered 304 but the previous crawl's copy cannot be read (%s: %s); fetching it again in full",
                request.url, type(exc).__name__, str(exc)[:120])
            for h in (b"If-None-Match", b"If-Modified-Since"):
                if h in request.headers:
                    del request.headers[h]
            retry = request.replace(dont_filter=True)
            retry.meta.pop("conditional", None)
            return retry
        cls = responsetypes.from_args(headers=headers, url=prev["final_url"], body=body)
        kwargs = {"encoding": "utf-8"} if issubclass(cls, TextResponse) and b"charset" not in headers.get(
            b"Content-Type", b"").lower() else {}
        self.crawler.stats.inc_value("socinv/not_modified")
        request.meta["not_modified"] = prev.get("fetched_at")
        return cls(url=prev["final_url"], status=200, headers=headers, body=body, request=request,
                   flags=["not_modified"], **kwargs)


    def _archived(self, prev: dict):
        """The previous crawl's stored body and headers of a page (raises when the WARC cannot give them)."""
        from warcio.archiveiterator import ArchiveIterator

        with open(self.dir / prev["warc_file"], "rb") as fh:
            fh.seek(prev["warc_offset"])
            record = next(iter(ArchiveIterator(fh)))
            body = record.content_stream().read()
            http = record.http_headers
            headers = Headers({k: v for k, v in http.headers}) if http else Headers()
        if prev.get("sha256") and hashlib.sha256(body).hexdigest() != prev["sha256"]:
            raise ValueError("the stored body does not match the manifest's sha256")
        return body, headers


class PolitenessMiddleware:
    """Back off when a server says so, and count each pause from the end of the previous response.

    * 429/503 with ``Retry-After`` (seconds or an HTTP date): the host's slot waits that long (capped at
      ``SOCINV_RETRY_AFTER_MAX``) before its next request; without the header it waits twice its delay
      (at least ``SOCINV_BACKOFF_MIN``). The retry itself is Scrapy's RetryMiddleware's.
    * The slot's delay is restored after the next good response (AutoThrottle adjusts it from there).
    * Every response marks the slot's ``lastseen``, so the delay is the quiet time a server sees between
      the end of one answer and the next request, whatever the latency.

    It acts on the ``response_downloaded`` signal, which Scrapy sends before the slot picks its next request
    (as AutoThrottle does); a middleware's process_response would come too late.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_wait = crawler.settings.getfloat("SOCINV_RETRY_AFTER_MAX", 120.0)
        self.min_backoff = crawler.settings.getfloat("SOCINV_BACKOFF_MIN", 5.0)
        self.saved: dict[str, float] = {}
        crawler.signals.connect(self._downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _slot(self, request: Request):
        key = request.meta.get("download_slot")
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        return key, (downloader.slots.get(key) if downloader and key is not None else None)

    def _downloaded(self, response: Response, request: Request, spider=None):
        key, slot = self._slot(request)
        if slot is None:
            return
        if response.status in (429, 503):
            wait = parse_retry_after(response.headers.get(b"Retry-After"))
            if wait is None:
                wait = max(self.min_backoff, 2 * slot.delay)
            wait = min(max(wait, 0.0), self.max_wait)
            self.saved.setdefault(key, slot.delay)
            jitter = getattr(slot, "jitter", 0.0) or 0.0
            slot.delay = max(slot.delay, wait / max(0.1, 1.0 - jitter))
            self.crawler.stats.inc_value(f"socinv/backoff/{response.status}")
            spider = self.crawler.spider
            if request.meta.get("source") and hasattr(spider, "per_source"):
                spider.per_source[request.meta["source"]][f"backoff/{response.status}"] += 1
            self.crawler.stats.max_value("socinv/backoff/max_wait", wait)
        elif key in self.saved and response.status < 400:
            slot.delay = max(self.saved.pop(key), self.crawler.settings.getfloat("DOWNLOAD_DELAY"))
        slot.lastseen = time.monotonic()

    def process_exception(self, request: Request, exception, spider=None):
        _, slot = self._slot(request)
        if slot is not None:
            slot.lastseen = time.monotonic()
        return None


def parse_retry_after(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date; None if absent/invalid."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now if now is not None else time.time()
    return max(0.0, when.timestamp() - now)


def _memory_of(spider) -> dict:
    """The process's peak resident memory and the sizes of the spider's tables that grow with the crawl (the pages
    whose links are kept for a nearer path, the depth and link-decision memos): what a national crawl in one process
    would hold, for the crawl benchmark to print."""
    import resource

    links_of = getattr(spider, "links_of", {}) or {}
    return {"peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "kept_link_pages": len(links_of), "kept_links": sum(len(v[1]) for v in links_of.values()),
            "depth_of": len(getattr(spider, "depth_of", {}) or {}),
            "link_memo": len(getattr(spider, "_link_memo", {}) or {})}


class CrawlStatsExtension:
    """At the end of every run (also a resumed one) append Scrapy's stats, the finish reason and the spider's
    per-source counters to ``<ARCHIVE_DIR>/runs.jsonl``; ``pipeline.crawl`` turns them into crawl_stats.json."""

    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def closed(self, spider, reason):
        path = Path(self.crawler.settings.get("ARCHIVE_DIR")) / "runs.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        stats = {k: (v.isoformat() if isinstance(v, (dt.datetime, dt.date)) else v)
                 for k, v in self.crawler.stats.get_stats().items()}
        entry = {"finish_reason": reason, "stats": stats, "memory": _memory_of(spider),
                 "per_source": getattr(spider, "source_report", lambda: {})(),
                 "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False, default=str) + "\n")
