"""Scrapy settings for socinv. Every deviation from Scrapy's defaults says why.

Politeness is set here, explicitly, never left to the startproject template (see research/stack.md).
"""

BOT_NAME = "socinv"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# Identify ourselves and give site owners a way to reach us.
USER_AGENT = "socinv/0.1 (+https://github.com/socinv/socinv; open data on Swedish sociala investeringar)"
ROBOTSTXT_OBEY = True

# About one request per second per host; hundreds of hosts in parallel.
CONCURRENT_REQUESTS = 64
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0
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
# Per-host page budget so one big site cannot eat the crawl.
SOCINV_MAX_PAGES_PER_HOST = 300
SOCINV_MAX_DEPTH = 4
