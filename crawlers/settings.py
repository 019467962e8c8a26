"""Scrapy settings for socinv. Every deviation from Scrapy's defaults says why.

Politeness is set here, explicitly, never left to the startproject template (see research/stack.md).
"""

BOT_NAME = "socinv"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# Identify ourselves and give site owners a way to reach us.
USER_AGENT = "socinv/0.1 (+https://github.com/socinv/socinv; open data on Swedish sociala investeringar)"
ROBOTSTXT_OBEY = True

# About one request per second per host; hundreds of hosts in parallel. A download slot is one organisation's
# web server (www.x.se and x.se share one: crawlers.middlewares.SiteSlotMiddleware and the spider set it), and
# the delay is the quiet time the server sees between the end of one answer and our next request
# (crawlers.middlewares.PolitenessMiddleware). No jitter, so the delay is a floor, not an average.
# Scrapy counts a request waiting out its host's delay as in flight, so with a 1 s delay this is also about the
# number of hosts crawled at once (64 capped a national crawl at 64 requests a second per process).
CONCURRENT_REQUESTS = 256
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0
# Broad crawl: take the next request from the slot with the fewest downloads in flight, so no queue of one
# host's requests holds up the others (Scrapy's default since 2.13; said here because the crawl depends on it).
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
# Duplicates are ours (canonical URLs, crawlers/spiders/base.py): Scrapy's fingerprint filter would, after a
# hard kill, remember requests that were scheduled but never fetched and so lose them on resume.
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
# Scrapy starts this many asyncio tasks for the output of every response (default 100). Our item pipelines are
# synchronous, so they never run concurrently anyway; 100 tasks a page was a third of the crawler's CPU time
# (profile in docs/performance.md).
CONCURRENT_ITEMS = 4
# Scrapy would read the source of every callback (inspect + ast) to warn about `return` in generators: a
# developer's check, paid on every crawl. tests/crawl covers our callbacks instead.
WARN_ON_GENERATOR_RETURN_VALUE = False
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Municipal pages are small; anything huge is not a project page (and may be hostile).
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
# 429/503: wait what Retry-After says (seconds or a date), at most this long; without it, back off to twice
# the slot's delay, at least SOCINV_BACKOFF_MIN seconds.
SOCINV_RETRY_AFTER_MAX = 120.0
SOCINV_BACKOFF_MIN = 5.0

DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.AddressGuardMiddleware": 30,
    "crawlers.middlewares.SiteSlotMiddleware": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawlers.middlewares.SocinvRobotsTxtMiddleware": 100,
    "crawlers.middlewares.LedgerMiddleware": 110,
    "crawlers.middlewares.ConditionalMiddleware": 120,
    "crawlers.middlewares.RedirectGuardMiddleware": 610,
    "crawlers.middlewares.PolitenessMiddleware": 950,
}
EXTENSIONS = {
    "crawlers.middlewares.CrawlStatsExtension": 500,
}

# The default asyncio reactor; logs at INFO so a crawl's log stays readable.
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    "crawlers.pipelines.WarcArchivePipeline": 300,
}

# Where the archive goes; the pipeline passes -s ARCHIVE_DIR=... per crawl.
ARCHIVE_DIR = "work/crawls/manual"
# Never fetch private, loopback or link-local addresses; live, also host names that resolve to one
# (crawlers.middlewares.AddressGuardMiddleware; --allow-loopback allows loopback only).
SOCINV_DNS_GUARD = True
# A sitemap may list at most 50,000 URLs (sitemaps.org); we read no more than that from one file.
SOCINV_MAX_SITEMAP_URLS = 50000
# Sitemap files (and feeds, JSON lists) one source may fetch: a big WordPress site splits its sitemap into tens of
# files; an index that lists itself "?page=N+1" would go on for ever.
SOCINV_MAX_SITEMAPS = 100
# A response slower than this (seconds) is counted as slow (socinv/notes/slow-response).
SOCINV_SLOW_RESPONSE = 10.0
# Per-host page budget so one big site cannot eat the crawl.
SOCINV_MAX_PAGES_PER_HOST = 300
# Hops from the start page, not counting topical links and pagination (they keep their parent's depth).
SOCINV_MAX_DEPTH = 4
# Pages per site fetched beyond the topic: links in the content of untopical pages (a service area's page under
# "Kultur och fritid" whose "Se även" box links a project filed there), at the lowest priority, so they are fetched
# after every topical page, and no deeper than SOCINV_EXPLORE_DEPTH hops.
SOCINV_EXPLORE_BUDGET = 40
# Pages a JSON file of a topical page may list (its cards loaded by a script), followed whatever their words.
SOCINV_MAX_DATA_LINKS = 200
SOCINV_EXPLORE_DEPTH = 4
# Budgets per URL shape (digits folded, query values dropped): dated or paginated shapes get fewer.
SOCINV_MAX_PER_PATTERN = 100
SOCINV_MAX_PER_DATED_PATTERN = 25
# Cheap topic look-ups some CMSs offer (WordPress REST search), once per site.
SOCINV_LOOKUP_TERMS = ["sociala investeringar", "investeringsfond"]
# The previous crawl of the same sources: its ETag/Last-Modified make requests conditional (pipeline/crawl.py).
SOCINV_PREVIOUS_CRAWL = None

# The numeric SOCINV_* settings above may be set for a run from the environment (SOCINV_MAX_SITEMAPS=500 socinv run);
# pipeline/environment.py reads and checks them (the commands that crawl refuse a bad value at their start). A
# setting on Scrapy's command line (-s NAME=VALUE) still wins.
from pipeline.environment import crawl_settings as _from_environment  # noqa: E402

globals().update(_from_environment())
