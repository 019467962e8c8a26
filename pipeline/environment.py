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
from pathlib import Path
from typing import Mapping, MutableMapping

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


# A variable bounded by another: (the variable, its bound). docs/operations.md: SOCINV_EXPLORE_DEPTH, the hops beyond
# the topic, is at most SOCINV_MAX_DEPTH, the hops from the start page (the discovery spider takes the smaller).
BOUNDED_BY = (("SOCINV_EXPLORE_DEPTH", "SOCINV_MAX_DEPTH"),)


def notes(environ: Mapping[str, str] | None = None) -> list[str]:
    """What the crawl makes of numeric SOCINV_* variables that are each in range but together contradict a bound
    between them (SOCINV_EXPLORE_DEPTH=6 with SOCINV_MAX_DEPTH=2: the crawl explores 2 hops beyond the topic), one
    sentence each, to be said at the command's start: a value is never cut in silence. Variables that are no such
    number are ``problems``' business, not this."""
    environ = os.environ if environ is None else environ
    found = []
    for name, bound in BOUNDED_BY:
        if name not in environ:
            continue
        try:
            value = _parse(name, environ[name])
            limit = _parse(bound, environ[bound]) if bound in environ else _default(bound)
        except BadEnvironment:
            continue
        if limit is not None and value > limit:
            given = f"{bound}={limit}" if bound in environ else f"{bound} (default {limit})"
            found.append(f"{name}={environ[name].strip()} is above {given}: {NUMERIC[name][2]} are at most "
                         f"{NUMERIC[bound][2]}, so the crawl takes {name} as {limit}")
    return found


def _default(name: str) -> int | float | None:
    """A crawler setting's default (``crawlers/settings.py``), read without importing Scrapy's settings module."""
    import ast

    source = Path(__file__).resolve().parent.parent / "crawlers" / "settings.py"
    try:
        tree = ast.parse(source.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                return None
            return value if isinstance(value, (int, float)) else None
    return None


def crawl_settings(environ: Mapping[str, str] | None = None) -> dict[str, int | float]:
    """The crawler settings the environment sets, as numbers (for ``crawlers/settings.py``). A bad value raises:
    the commands that crawl refuse it at their start, so here it only reaches a crawl started some other way."""
    environ = os.environ if environ is None else environ
    return {name: _parse(name, environ[name]) for name in NUMERIC if name in environ}


# -- what `socinv run` needs of its surroundings -------------------------------------------------------------------
# A run talks only to 127.0.0.1 of its own accord (Prefect's temporary server, the snapshot's replay proxy), keeps
# Prefect's files in Prefect's home (~/.prefect unless PREFECT_HOME says otherwise) and needs somewhere to put
# temporary files (SQLite's, Prefect's, Scrapy's). A cron job or a unit file can give it none of these: a campus
# proxy exported in the shell, dead off campus (httpx sends even 127.0.0.1 to it), a system account's HOME that
# cannot be made (/nonexistent), a TMPDIR on a mount that is not there. Each is put right for the run, and said, or
# refused by name before any work; never left to end in "Timed out while attempting to connect to ephemeral Prefect
# API server" after a minute and a half.

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
TEMP_VARIABLES = ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP")


def cannot_write(folder: Path) -> str | None:
    """Why no file can be made in ``folder`` (None when one can): tried with a probe file, removed again with any
    folder the try made. A folder that access() calls writable may still take no file (/proc, a read-only mount)."""
    import contextlib
    import tempfile

    folder = Path(folder)
    made = []
    p = folder
    while not p.exists() and not p.is_symlink() and p != p.parent:
        made.append(p)
        p = p.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".socinv-write-check-", dir=folder)
        os.close(fd)
        os.unlink(probe)
        return None
    except OSError as exc:
        return exc.strerror or str(exc)
    finally:
        for d in made:
            with contextlib.suppress(OSError):
                d.rmdir()


def keep_loopback_off_proxies(environ: MutableMapping[str, str] | None = None) -> bool:
    """With a proxy in the environment, 127.0.0.1, localhost and ::1 are added to no_proxy/NO_PROXY (after what they
    hold), so the run's own loopback traffic never goes to the proxy; other traffic still does. True when changed."""
    environ = os.environ if environ is None else environ
    if not any(environ.get(name, "").strip() for name in PROXY_VARIABLES):
        return False
    changed = False
    for name in ("no_proxy", "NO_PROXY"):
        hosts = [h.strip() for h in environ.get(name, "").split(",") if h.strip()]
        missing = [h for h in LOOPBACK_HOSTS if h not in hosts and "*" not in hosts]
        if missing:
            environ[name] = ",".join(hosts + missing)
            changed = True
    return changed


def prepare_run(work: Path, environ: MutableMapping[str, str] | None = None) -> list[str]:
    """Put the run's surroundings right before Prefect is imported (it reads PREFECT_HOME once, and its clients the
    proxy variables when they are made); returns what was changed, one note each. Raises BadEnvironment naming the
    variable when it cannot be put right (a PREFECT_HOME the user set that cannot be written, no temporary folder
    anywhere)."""
    environ = os.environ if environ is None else environ
    notes = []
    keep_loopback_off_proxies(environ)
    for name in TEMP_VARIABLES:
        value = environ.get(name)
        if not value:
            continue
        why = cannot_write(Path(value))
        if why is None:
            continue
        for other in ("/tmp", "/var/tmp", str(Path(work) / "tmp")):
            if cannot_write(Path(other)) is None:
                environ[name] = other
                notes.append(f"{name}={value}: no file can be made there ({why}); this run's temporary files go to "
                             f"{other}")
                break
        else:
            raise BadEnvironment(f"{name}={value}: no file can be made there ({why}), nor in /tmp, /var/tmp or "
                                 f"{Path(work) / 'tmp'}; set {name} to a folder this user can write in")
    if environ.get("PREFECT_HOME", "").strip():
        home = Path(environ["PREFECT_HOME"]).expanduser()
        why = cannot_write(home)
        if why is not None:
            raise BadEnvironment(f"PREFECT_HOME={environ['PREFECT_HOME']}: Prefect's home cannot be written ({why}); "
                                 f"set PREFECT_HOME to a folder this user can write in, or unset it")
        return notes
    home = Path(environ["HOME"] if environ.get("HOME") else os.path.expanduser("~")) / ".prefect"
    why = cannot_write(home) if home.is_absolute() else "HOME is no absolute path"
    if why is None:
        return notes
    own = Path(work).resolve() / "prefect-home"
    if cannot_write(own) is not None:
        raise BadEnvironment(f"Prefect's home {home} cannot be written ({why}; HOME={environ.get('HOME', '')!r}), nor "
                             f"{own}: set PREFECT_HOME to a folder this user can write in")
    own.mkdir(parents=True, exist_ok=True)
    environ["PREFECT_HOME"] = str(own)
    if (home / "profiles.toml").is_file() and os.access(home / "profiles.toml", os.R_OK):
        environ.setdefault("PREFECT_PROFILES_PATH", str(home / "profiles.toml"))  # (its settings still apply)
    notes.append(f"Prefect's home {home} cannot be written ({why}; HOME={environ.get('HOME', '')!r}): this run keeps "
                 f"Prefect's files in {own} (set PREFECT_HOME to choose another folder)")
    return notes
