"""The numeric ``SOCINV_*`` environment variables, read and checked in one place.

The crawler's budgets and waits (``crawlers/settings.py``: ``SOCINV_MAX_SITEMAPS``, ``SOCINV_EXPLORE_BUDGET`` …) can
be set for a run from the environment (``SOCINV_MAX_SITEMAPS=500 socinv run``). A value that is no number, or is out
of range (a budget of -40 pages, which a countdown never ends and a comparison reads as 0), is refused when a command
that crawls starts, naming the variable and the value, before anything is crawled or written: it is never ignored in
silence, and never read as something else. A setting given on Scrapy's command line (``-s NAME=VALUE``, as the
reliability web and tests do) still wins over the environment.
"""

from __future__ import annotations

import math
import os
from typing import Mapping

# name: (int or float, the least value it may take, what it counts)
NUMERIC: dict[str, tuple[type, float, str]] = {
    "SOCINV_MAX_SITEMAPS": (int, 0, "sitemap files one source may fetch"),
    "SOCINV_MAX_SITEMAP_URLS": (int, 0, "URLs read from one sitemap"),
    "SOCINV_EXPLORE_BUDGET": (int, 0, "pages a site fetched beyond the topic"),
    "SOCINV_EXPLORE_DEPTH": (int, 0, "hops beyond the topic"),
    "SOCINV_MAX_DEPTH": (int, 0, "hops from the start page"),
    "SOCINV_MAX_DATA_LINKS": (int, 0, "pages a topical page's JSON list may add"),
    "SOCINV_MAX_PAGES_PER_HOST": (int, 1, "pages one host may give"),
    "SOCINV_MAX_PER_PATTERN": (int, 1, "pages of one URL shape"),
    "SOCINV_MAX_PER_DATED_PATTERN": (int, 1, "pages of one dated URL shape"),
    "SOCINV_SLOW_RESPONSE": (float, 0, "seconds after which a response counts as slow"),
    "SOCINV_RETRY_AFTER_MAX": (float, 0, "seconds a Retry-After is obeyed at most"),
    "SOCINV_BACKOFF_MIN": (float, 0, "seconds of back-off at least"),
}


class BadEnvironment(ValueError):
    """A numeric SOCINV_* variable holds what is no such number (the message names the variable and the value)."""


def _parse(name: str, raw: str) -> int | float:
    kind, low, what = NUMERIC[name]
    text = raw.strip()
    try:
        value = int(text) if kind is int else float(text)
    except ValueError:
        value = None
    if value is None or (kind is float and not math.isfinite(value)) or value < low:
        wanted = "a whole number" if kind is int else "a number"
        raise BadEnvironment(f"{name}={raw!r} in the environment is not {wanted} of at least {low:g} ({what}); set "
                             f"it to one, or unset it for the default")
    return value


def problems(environ: Mapping[str, str] | None = None) -> list[str]:
    """What is wrong with the numeric SOCINV_* variables that are set, one message each."""
    environ = os.environ if environ is None else environ
    found = []
    for name in NUMERIC:
        if name in environ:
            try:
                _parse(name, environ[name])
            except BadEnvironment as exc:
                found.append(str(exc))
    return found


def check(environ: Mapping[str, str] | None = None) -> None:
    """Raise BadEnvironment naming every bad numeric SOCINV_* variable (at the start of a command that crawls)."""
    found = problems(environ)
    if found:
        raise BadEnvironment("; ".join(found))


def crawl_settings(environ: Mapping[str, str] | None = None) -> dict[str, int | float]:
    """The crawler settings the environment sets, as numbers (for ``crawlers/settings.py``). A bad value raises:
    the commands that crawl refuse it at their start, so here it only reaches a crawl started some other way."""
    environ = os.environ if environ is None else environ
    return {name: _parse(name, environ[name]) for name in NUMERIC if name in environ}
