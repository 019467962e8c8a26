"""Prefect flows: orchestration only. Every task calls a stage function from ``pipeline.stages`` (or the
crawl/publish modules); no parsing or formatting logic lives here.

``build_release`` is the parent flow with one subflow per stage. It runs with no Prefect server at all
(Prefect starts a temporary local one), or against a server / Prefect Cloud when ``PREFECT_API_URL`` is set.
The crawl and extract subflows run on this machine's cores, or on a Dask cluster (``SOCINV_DASK_ADDRESS``) with
the same task functions; see docs/operations.md.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import logging
import math
import os
import random
import re
import tempfile
from pathlib import Path

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "socinv")  # the stages' own log lines reach the Prefect UI
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")  # … and outside a flow, only the console

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.concurrency.sync import concurrency  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from pipeline import environment, logs, progress  # noqa: E402
from pipeline import sources as source_registry  # noqa: E402
from pipeline import stages  # noqa: E402
from pipeline import monitors  # noqa: E402
from pipeline.crawl import SNAPSHOT, merge_previous_crawls, run_crawl  # noqa: E402
from pipeline.publish.coverage import coverage_rows  # noqa: E402
from pipeline.publish.release import (dated_after, newest_published, previous_release_dir, publish,  # noqa: E402
                                      release_summary)
from pipeline.runlock import exclusive_run  # noqa: E402
from pipeline.urls import folder_as_meant, is_address  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DASK_ENV = "SOCINV_DASK_ADDRESS"  # a Dask scheduler address (tcp://host:8786), or "local" for a LocalCluster
CRAWL_LIMIT = "socinv-crawl"  # Prefect global concurrency limit held by a running crawl (see crawl_limit)
EXTRACT_CHUNK = 200  # pages per extraction task on a Dask cluster
slog = logging.getLogger("socinv")
SOURCES_PER_SHARD = 40  # one Scrapy process crawls this many organisations' hosts in parallel


# -- crawl --------------------------------------------------------------------------------------------------------
@task(name="crawl shard", retries=2, retry_delay_seconds=[30, 120], task_run_name="crawl {shard_dir}",
      tags=["socinv-crawl"])
def crawl_shard(source_dicts: list[dict], shard_dir: str, live: bool, previous: str | None = None) -> dict:
    """One Scrapy process over a shard of sources. Retried: a network hiccup or a killed process can pass,
    and a retry resumes from the shard's JOBDIR instead of starting over. Runs the same in a thread here or on a
    Dask worker on another machine (which must see the same ``work/`` folder)."""
    result = run_crawl(source_dicts, Path(shard_dir), snapshot=None if live else snapshot_dir(), polite=live,
                       previous=Path(previous) if previous else None)
    if result.returncode != 0:
        raise RuntimeError(f"crawl of {Path(shard_dir).name} failed: scrapy exited with {result.returncode} "
                           f"({len(source_dicts)} sources: {', '.join(s['id'] for s in source_dicts[:10])}"
                           f"{' …' if len(source_dicts) > 10 else ''}); last log lines:\n{result.log_tail[-1500:]}")
    return {"dir": shard_dir, "pages": result.pages, "candidates": result.candidates, "errors": result.errors,
            "per_source": result.per_source, "failed": stages.crawl_failures(Path(shard_dir))}


def shard_sources(source_dicts: list[dict], n: int) -> list[list[dict]]:
    """Split sources into ``n`` shards so that every host belongs to exactly one shard.

    This is what makes the per-host politeness hold across processes and machines: Scrapy enforces one request
    at a time per host with its delay inside one process, and no other process of the run ever requests that
    host. Sources whose hosts overlap (one a subdomain of another's, or the same host) are kept together."""
    parent = list(range(len(source_dicts)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, s in enumerate(source_dicts):
        for host in s.get("domains") or []:
            key = host.lower().rstrip(".").removeprefix("www.")
            # the same site, or a parent domain of it (a.b.se is on b.se): all in one group
            parts = key.split(".")
            for j in range(len(parts) - 1):
                suffix = ".".join(parts[j:])
                if suffix in owner:
                    parent[find(i)] = find(owner[suffix])
            owner.setdefault(key, i)
            for other, k in owner.items():
                if other.endswith("." + key):
                    parent[find(k)] = find(i)
    groups: dict[int, list[dict]] = {}
    for i, s in enumerate(source_dicts):
        groups.setdefault(find(i), []).append(s)
    shards: list[list[dict]] = [[] for _ in range(max(1, n))]
    for g, members in enumerate(groups.values()):
        shards[g % len(shards)].extend(members)
    return [s for s in shards if s]


def crawl_limit():
    """Hold a slot of the ``socinv-crawl`` global concurrency limit while crawling, if the Prefect server has one
    (``prefect gcl create socinv-crawl --limit 1``): then no two crawls of any deployment, on any worker, run at
    once, and with the shards each host has one Scrapy process at a time. Without it (no server, a test) a
    no-op, without Prefect's warning on every run."""
    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            client.read_global_concurrency_limit_by_name(CRAWL_LIMIT)
    except Exception:  # noqa: BLE001 - ObjectNotFound, or no API: nothing to hold
        return contextlib.nullcontext()
    return concurrency(CRAWL_LIMIT, occupy=1, strict=True)


def shard_count(n_sources: int, shards: int | None = None) -> int:
    """How many Scrapy processes a crawl of ``n_sources`` runs: one per CPU once there are enough sources to
    share, and at least ``shards``. Politeness is per host, so the CPUs, not the delays, bound a national crawl."""
    return max(shards or 0, 1, min(os.cpu_count() or 1, math.ceil(n_sources / SOURCES_PER_SHARD)))


def shard_hosts(shard: list[dict]) -> set[str]:
    return {h.lower().rstrip(".").removeprefix("www.") for s in shard for h in s.get("domains") or []}


@flow(name="crawl", task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 2))
def crawl_flow(source_dicts: list[dict], crawl_dir: str, live: bool, shards: int | None = None,
               previous: str | None = None) -> dict:
    """Crawl every selected source: shards of sources in parallel Scrapy processes, each host in one shard only
    (``shards``: at least this many, e.g. one per Dask worker).

    Across runs: while a crawl holds the ``socinv-crawl`` global concurrency limit (create it with limit 1 on a
    Prefect server, see docs/operations.md), no other crawl of any deployment starts, so two runs never crawl one
    host at once. Without the limit (no server, a test) the crawl simply runs."""
    parts = shard_sources(source_dicts, shard_count(len(source_dicts), shards))
    dirs = {f"crawl shard-{i:02d}": Path(crawl_dir) / f"shard-{i:02d}" for i in range(len(parts))}
    with crawl_limit(), progress.watch_manifests(dirs):
        futures = [crawl_shard.submit(shard, str(d), live, previous) for shard, d in zip(parts, dirs.values())]
        results = [f.result() for f in futures]
    per_source: dict[str, dict] = {}
    for r in results:
        per_source.update(r["per_source"])
        name = Path(r["dir"]).name
        slog.info("crawl %s: %d pages, %d candidates, %d errors", name, r["pages"], r["candidates"], r["errors"],
                  extra=logs.fields("crawl", shard=name))
        # per source and per failed request: in the run log only, not on the console: a national crawl has
        # hundreds of each, and their counts are in the sources artifact and crawl_stats.json
        for sid, c in sorted(r["per_source"].items()):
            logs.detail.info("crawl %s: %d pages, %d candidates, %d errors", sid, c.get("page", 0),
                             c.get("candidates", 0), c.get("error", 0),
                             extra=logs.fields("crawl", source=sid, shard=name))
        for f in r["failed"]:
            logs.detail.warning("crawl %s: %s failed: %s", f["source"], f["url"], f["error"],
                                extra=logs.fields("crawl", source=f["source"], url=f["url"], shard=name,
                                                  error=f["error"]))
    return {"dirs": [r["dir"] for r in results], "pages": sum(r["pages"] for r in results),
            "candidates": sum(r["candidates"] for r in results), "errors": sum(r["errors"] for r in results),
            "per_source": per_source}


# -- extract, dedupe, publish -------------------------------------------------------------------------------------
@task(name="extract pages")
def extract_task(crawl_dirs: list[str], records_path: str, cache_dir: str) -> dict:
    """All pages on this machine's cores (a process pool). No retries: a parser bug is not helped by running it
    again."""
    rep = progress.reporter()
    result = stages.extract_crawl([Path(d) for d in crawl_dirs], Path(records_path), cache_dir=Path(cache_dir),
                                  progress=lambda done, total: rep.update("extract", done, total))
    return _extract_summary(result)


@task(name="extract chunk", cache_policy=NO_CACHE, task_run_name="extract {refs[0][2]} …")
def extract_chunk(refs: list[tuple], cache_dir: str) -> list:
    """One chunk of pages, on whichever Dask worker gets it; the results come back to the flow to be written."""
    return stages.extract_pages(refs, cache_dir)


def _extract_summary(result: stages.ExtractResult) -> dict:
    slog.info("extract: %d pages → %d records, %d failures", result.pages, result.records, len(result.failures),
              extra=logs.fields("extract", count=result.records))
    return {"pages": result.pages, "records": result.records, "failures": result.failures,
            "per_source": result.per_source}


@flow(name="extract")
def extract_flow(crawl_dirs: list[str], records_path: str, cache_dir: str, distributed: bool = False,
                 chunk_size: int = EXTRACT_CHUNK) -> dict:
    """Extract every candidate page. Locally one task over a process pool on all cores; with ``distributed`` (the
    flow runs on a DaskTaskRunner) one task per chunk of pages, spread over the cluster's workers, and the results
    streamed into ``records.parquet`` here, in page order, so the output is the same either way."""
    rep = progress.reporter()
    rep.start("extract")
    try:
        if not distributed:
            return extract_task(crawl_dirs, records_path, cache_dir)
        dirs = [Path(d) for d in crawl_dirs]
        total = sum(1 for _ in stages.iter_page_refs(dirs))
        sink = stages.RecordSink(Path(records_path))
        window: collections.deque = collections.deque()
        try:
            for chunk in stages.chunked(stages.iter_page_refs(dirs), chunk_size):
                window.append(extract_chunk.submit(chunk, cache_dir))
                if len(window) >= 64:  # a bounded number of chunks in flight: memory stays flat
                    sink.add(window.popleft().result())
                    rep.update("extract", sink.result.pages, total)
            while window:
                sink.add(window.popleft().result())
                rep.update("extract", sink.result.pages, total)
        except BaseException:
            sink.abort()
            raise
        return _extract_summary(sink.close())
    finally:
        rep.finish("extract")


@task(name="deduplicate")
def dedupe_task(records_path: str, projects_path: str, datasets: str) -> dict:
    prev_dir = previous_release_dir(Path(datasets))  # the newest release that reads back whole
    stats = stages.dedupe_records(Path(records_path), Path(projects_path),
                                  previous=prev_dir / "projects.parquet" if prev_dir else None,
                                  decisions=Path(datasets) / "dedup_decisions.csv")
    slog.info("dedupe: %s", stats, extra=logs.fields("dedupe", count=stats.get("projects")))
    return stats


@flow(name="deduplicate")
def dedupe_flow(records_path: str, projects_path: str, datasets: str) -> dict:
    with progress.reporter().stage("dedupe", unit="projects"):
        stats = dedupe_task(records_path, projects_path, datasets)
        progress.reporter().update("dedupe", stats.get("projects", 0))
    return stats


@task(name="validate and publish")
def publish_task(projects_path: str, datasets: str, extra: dict, crawl_per_source: dict, selected_ids: list[str],
                 started: str, flags: dict | None = None) -> dict:
    """Write-audit-publish; a failed gate raises with the reason and leaves the previous release in place."""
    projects = stages.read_projects(Path(projects_path))
    registry = source_registry.registry()
    coverage = coverage_rows([s.as_dict() for s in registry.values()],
                             {sid: crawl_per_source.get(sid, {}) for sid in selected_ids}, projects,
                             dt.datetime.fromisoformat(started), flags=flags)
    sources_path = Path(projects_path).with_name("project_sources.parquet")
    sources = stages.read_rows(sources_path) if sources_path.exists() else None
    report = publish(projects, Path(datasets), extra=extra, coverage=coverage, sources=sources,
                     carry_forward=flags)  # a flagged source's previous projects are carried forward (carry.py)
    slog.info("published release %s: %s", report.release, report.counts,
                          extra=logs.fields("publish", release=report.release))
    for kept in report.kept_aside:  # a user's file where a link into the release goes: renamed, never deleted
        slog.warning("publish: %s", kept, extra=logs.fields("publish", release=report.release))
    return {"release": report.release, "path": str(report.path), "counts": report.counts,
            "changes": report.changes, "carried_forward": report.carried_forward, "kept_aside": report.kept_aside}


@flow(name="publish")
def publish_flow(projects_path: str, datasets: str, extra: dict, crawl_per_source: dict, selected_ids: list[str],
                 started: str, flags: dict | None = None) -> dict:
    with progress.watch_release(Path(datasets)):
        published = publish_task(projects_path, datasets, extra, crawl_per_source, selected_ids, started, flags)
    return published


# -- the release ------------------------------------------------------------------------------------------------------
def snapshot_dir() -> Path:
    """The saved site tree replayed when not live: ``$SOCINV_SNAPSHOT`` (tests: a modified copy), else the bundled
    snapshot."""
    return Path(os.environ.get("SOCINV_SNAPSHOT") or SNAPSHOT)


def check_snapshot() -> Path:
    """The snapshot a run that is not live replays must be a folder: ``SOCINV_SNAPSHOT`` left naming a folder that was
    renamed (a CI job's old setting) is refused by name before any work, instead of a replay of nothing that publishes
    an empty release or fails after the crawl's retries. Returns the folder."""
    path = snapshot_dir()
    if path.is_dir():
        return path
    set_by = os.environ.get("SOCINV_SNAPSHOT")
    what = "does not exist" if not path.exists() else "is not a folder"
    if set_by:
        raise BadRunParameter(f"SOCINV_SNAPSHOT={set_by!r} in the environment names the snapshot to replay, and "
                              f"{str(path.absolute())!r} {what}: give a folder of saved sites, or unset SOCINV_SNAPSHOT "
                              f"for the bundled snapshot (or crawl the web with --live)")
    raise BadRunParameter(f"the bundled snapshot {str(path)!r} {what}: restore snapshot/ from the repository, or crawl "
                          f"the web with --live")


def select_sources(live: bool, sources: str, sample: int | None, seed: int = 0) -> list:
    problems = source_registry.check()  # before any crawling: a broken registry file is named now, not after
    if problems:
        raise source_registry.SourceConfigError("the source registry has problems (socinv sources check): "
                                                + "; ".join(problems[:10]))
    registry = source_registry.registry()
    selected = source_registry.select(sources, registry)
    if not live:
        snapshot = check_snapshot()
        hosts = [p.name for p in snapshot.iterdir() if p.is_dir()]
        in_snapshot = {s.id for s in source_registry.for_hosts(hosts, registry)}
        selected = [s for s in selected if s.id in in_snapshot]
        if not selected:
            which = (f"the snapshot SOCINV_SNAPSHOT names ({snapshot})" if os.environ.get("SOCINV_SNAPSHOT")
                     else "the bundled snapshot")
            held = ", ".join(sorted(in_snapshot)) or "no site of the registry is in it"
            raise source_registry.SourceConfigError(
                f"none of the sources {sources!r} is in {which} ({held}); crawl them from the web with --live")
    if sample and sample < len(selected):
        selected = sorted(random.Random(seed).sample(selected, sample), key=lambda s: s.id)
    return selected


def dask_address(dask: str | None = None) -> str | None:
    """The Dask scheduler to use: the parameter, else ``$SOCINV_DASK_ADDRESS``; None for the local runners."""
    value = dask if dask is not None else os.environ.get(DASK_ENV, "")
    return value.strip() or None


def dask_runner(address: str):
    """A prefect-dask task runner on the scheduler at ``address``, or on a new LocalCluster for ``"local"``
    (one process per core, one thread each: extraction is CPU-bound Python)."""
    from prefect_dask import DaskTaskRunner

    if address == "local":
        return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                              cluster_kwargs={"n_workers": os.cpu_count() or 1, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    return DaskTaskRunner(address=address)


def dask_workers(address: str) -> int:
    """How many workers the cluster has now (crawl shards are cut so that each worker gets one at least)."""
    if address == "local":
        return os.cpu_count() or 1
    from distributed import Client

    try:
        with Client(address, timeout=30) as client:
            return max(1, len(client.scheduler_info().get("workers", {})))
    except (OSError, TimeoutError, ValueError) as exc:  # refused, timed out, not an address Dask reads
        raise DaskUnavailable(f"no Dask scheduler answers at {address} ({exc}); start it, or run without --dask "
                              f"and ${DASK_ENV}") from None


class DaskUnavailable(RuntimeError):
    """The Dask scheduler a run was told to use cannot be reached: the run stops before any work."""


class PrefectUnreachable(RuntimeError):
    """PREFECT_API_URL names a server that does not answer: the run stops before any work, instead of ending in the
    Prefect client's retries and tracebacks."""


def check_prefect_api(timeout: float = 5.0, command: str = "run") -> None:
    """With ``PREFECT_API_URL`` set (in the environment, or in the Prefect profile), the server there must answer
    (any HTTP answer will do: only a refused connection, a timeout or an address that is none stops the run, or
    ``socinv serve``). Without it the run starts a temporary local server, and nothing is checked."""
    url, where = os.environ.get("PREFECT_API_URL", "").strip(), "PREFECT_API_URL"
    if not url:
        from prefect.settings import PREFECT_API_URL

        url, where = str(PREFECT_API_URL.value() or "").strip(), "PREFECT_API_URL (of the Prefect profile)"
    if not url:
        return
    import httpx

    try:
        httpx.get(url.rstrip("/") + "/health", timeout=timeout)
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        advice = ("start that server (`prefect server start`; `socinv serve` needs one for its schedules), or point "
                  "PREFECT_API_URL at one that runs" if command == "serve" else
                  "start that server, or unset PREFECT_API_URL so that the run starts a temporary local one")
        raise PrefectUnreachable(f"{where} is {url}, but no Prefect server answers there ({exc or type(exc).__name__}): "
                                 f"{advice}") from None


def _subflows(dask: str | None):
    """The crawl and extract subflows for this run, with their extra parameters: as declared (local runners), or
    the same flows on a Dask cluster. Nothing else changes: the tasks are the same functions."""
    address = dask_address(dask)
    if address is None:
        return crawl_flow, extract_flow, {}, {}
    slog.info("scale-out on Dask at %s", address, extra=logs.fields("run"))
    n = dask_workers(address)
    return _on_dask(crawl_flow, address), _on_dask(extract_flow, address), {"shards": n}, {"distributed": True}


def _on_dask(subflow, address: str):
    """``subflow`` with a Dask task runner. Without a Prefect server (``PREFECT_API_URL`` unset) this run's
    temporary server is named to the workers for the subflow, or each worker process would start one of its own;
    such a server listens on 127.0.0.1, so workers on other machines need a real server (docs/operations.md)."""
    on_dask = subflow.with_options(task_runner=dask_runner(address))
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        return on_dask  # workers get the server's address with each task's settings
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    if not server.running:
        return on_dask

    def call(*args, **kwargs):
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            return on_dask(*args, **kwargs)

    return call


def _close_run_log(flow, flow_run, state) -> None:
    logs.detach_run_log()


_SINCE_RE = re.compile(r"^\s*\d{1,4}\s*[hdw]\s*$|^\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


class BadRunParameter(ValueError):
    """A run's parameter it cannot use (the message names it): refused before anything is crawled or written."""


def check_folder_value(value: str | Path, option: str) -> Path:
    """A folder option's value as the user gave it: an empty one (``--datasets "$DATASETS"`` with the variable unset:
    Path('') is the working directory) or a web address (``https://…``: Path() reads it as the folders ``https:/…``)
    names no folder on this machine, and is refused by name before any work. Returns the path, read as meant: a '~'
    no shell expanded is the home folder, a line break at the end no part of it (``urls.folder_as_meant``)."""
    text = str(value)
    if not text.strip():
        raise BadRunParameter(f"{option} is empty ({text!r}): give the folder (an unset variable in a script?)")
    if is_address(text):
        raise BadRunParameter(f"{option} {text!r} is a web address, not a folder on this machine: publish into a "
                              f"local folder, then upload its files (the catalogue is catalog.rdf)")
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        # a name in another encoding (a NAS share mounted with iocharset=iso8859-1: "Ö" as the byte 0xD6), which
        # Prefect's parameters, the run log and the catalogue cannot carry as UTF-8 text
        shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        raise BadRunParameter(f"{option} {shown!r} holds bytes that are not UTF-8 (a folder named in another "
                              f"encoding): rename it, or give a link to it whose name is UTF-8")
    if "$" in text and (var := _SHELL_VARIABLE.search(text)) is not None:
        name = var.group(1) or var.group(2)
        if name not in os.environ:
            raise BadRunParameter(f"{option} {text!r} holds the variable ${name}, which no shell has expanded and "
                                  f"which is not set: give the folder itself")
        text = os.path.expandvars(text)  # (a parameter copied from a script, the variable set: what was meant)
    return Path(folder_as_meant(text))


# "${SOCINV_DATA}/datasets", "$HOME/socinv": a variable in a value no shell has read
_SHELL_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)")


def check_work_outside_releases(work: Path, datasets: Path) -> None:
    """--work must not lead into a published release (``--work datasets/latest``) nor be the datasets folder itself:
    a run writes its crawls, records and logs under --work, and a release holds exactly the files its SHA256SUMS
    lists. Refused by name before any work."""
    try:
        where = work.resolve()
        home = datasets.resolve()
    except (OSError, RuntimeError):
        return  # (a loop or a dangling link: check_writable and check_datasets say what is wrong)
    releases = [home / "releases"]
    if (home / "releases").is_dir():
        releases.append((home / "releases").resolve())
    if (home / "latest").exists():
        releases.append((home / "latest").resolve())
    if where == home or any(where == r or r in where.parents for r in releases):
        raise BadRunParameter(f"--work {str(work)!r} leads into the datasets folder's published releases "
                              f"({where}): a run writes its crawls, records and logs under --work, and a release "
                              f"holds only the files it published. Give a work folder outside {home}.")


def check_datasets(datasets: str | Path) -> None:
    """The datasets folder must be a folder, or not exist yet: a file given by mistake, or a link that points at
    itself, is refused by name (the run would fail at its lock file, after the start-up)."""
    path = check_folder_value(datasets, "--datasets")
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except (OSError, RuntimeError):  # a loop ("Too many levels of symbolic links"), or a dangling link
            raise BadRunParameter(f"--datasets {str(datasets)!r} is a symbolic link that leads nowhere (a loop or a "
                                  f"missing target)") from None
    if path.exists() and not path.is_dir():
        raise BadRunParameter(f"--datasets {str(datasets)!r} is a file, not a folder: give the folder releases are "
                              f"published in")
    releases = path / "releases"
    if releases.is_symlink() and not releases.is_dir():
        # the folder of every release moved to another disk and linked back, the disk not mounted today: the releases
        # are where the link leads, not gone, so neither a new history (mkdir through the link, onto the mount point)
        # nor a failure at publishing after the whole crawl
        raise BadRunParameter(f"--datasets {str(datasets)!r}: releases/ is a symbolic link to "
                              f"{os.readlink(releases)!r}, which leads nowhere (a disk that is not mounted, a moved "
                              f"folder, a loop): the releases are there, not here. Mount the disk or mend the link; "
                              f"nothing was changed")
    if releases.exists() and not releases.is_dir():
        raise BadRunParameter(f"--datasets {str(datasets)!r}: releases/ is a file, not the folder of the releases: "
                              f"move it aside; nothing was changed")
    from pipeline import monitors

    history = path / monitors.HISTORY_FILE
    if history.is_dir():
        # restored by "rsync … datasets/monitor_history.jsonl/" (the trailing slash made a folder, the file inside
        # it): the history could be neither read nor appended after publishing
        raise BadRunParameter(f"--datasets {str(datasets)!r}: {monitors.HISTORY_FILE} is a folder, not the monitors' "
                              f"history file (restored with a trailing slash?): move the file inside it to "
                              f"{history} and remove the folder; nothing was changed")
    if path.is_dir() and not (path / "releases").is_dir():
        # No releases yet: the folder must not hold files a release's top-level links would replace (the README.md
        # and CHANGELOG.md of a researcher's own folder), nor be a published release itself (its `latest` link
        # followed): publishing there would overwrite what is not ours, or write a release inside a release.
        own = sorted(p.name for p in path.iterdir() if p.name in STABLE_NAMES and p.is_file() and not p.is_symlink())
        if "SHA256SUMS" in own and "run_summary.json" in own:
            home = path.resolve().parent.parent if path.resolve().parent.name == "releases" else None
            raise BadRunParameter(f"--datasets {str(datasets)!r} is a published release itself (SHA256SUMS, "
                                  f"run_summary.json, no releases/), not the folder releases are published in"
                                  + (f": give {str(home)!r}" if home else ""))
        if own:
            raise BadRunParameter(f"--datasets {str(datasets)!r} holds files of its own that publishing would replace "
                                  f"({', '.join(own)}) and no releases/: give a new or empty folder, or the one "
                                  f"earlier runs published in")
    check_writable(path, "--datasets")


def check_writable(path: Path, option: str) -> None:
    """The folder can be made (if it is not there) and written in (``environment.cannot_write``: a probe file, removed
    again with the folders the try made), so a run that cannot publish (a read-only mount, a path under /sys or
    /proc) is refused by name before any work instead of failing at its lock file or its release."""
    path = Path(path)
    existed = path.is_dir()
    reason = environment.cannot_write(path)
    if reason is not None:
        raise BadRunParameter(f"{option} {str(path)!r}: the folder cannot be "
                              f"{'written to' if existed else 'created'} "
                              f"({reason}); give a folder this user can write in")


class ClockBehind(RuntimeError):
    """The clock is behind the newest release of the datasets folder: a release made now would sort before it."""


def check_clock(datasets: str | Path, now: dt.datetime | None = None) -> None:
    """Release ids are the time of the run, and "the newest release" is the last by name. When the clock is behind
    the newest release already in ``datasets/releases/`` (a VM restored from an old snapshot, its clock not yet
    synced), a release made now would sort before it: the old one would stay "the newest", first_seen would come
    after last_seen, and later runs would build on the wrong one. Raises ``ClockBehind`` naming that release and the
    clock, before any work; nothing is renamed or removed. Only published releases count (with their SHA256SUMS): a
    half-copied folder is no release a run builds on."""
    releases = Path(datasets) / "releases"
    newest = newest_published(Path(datasets))  # (none yet, or releases/ unreadable: said where it is read)
    if newest is None:
        return
    now = now or dt.datetime.now(dt.timezone.utc)
    if dated_after(newest, now):
        raise ClockBehind(f"the clock says {now.astimezone(dt.timezone.utc):%Y-%m-%d %H:%M:%S} UTC, but release "
                          f"{newest} in {releases} is dated after that: a release made now would sort before "
                          f"{newest} (first_seen after last_seen, later runs building on the wrong release). Set the "
                          f"clock right (NTP), then run again; nothing was changed")


# The files a release links at the top of the datasets folder (datasets/README.md -> latest/README.md …).
STABLE_NAMES = frozenset(("README.md", "CHANGELOG.md", "CITATION.cff", "SHA256SUMS", "catalog.rdf", "changes.json",
                          "changes.parquet", "coverage.parquet", "datapackage.json", "metadata.json", "projects.csv",
                          "projects.parquet", "projects.sqlite", "projects.xlsx", "projects_excel.csv", "report.html",
                          "run_summary.json", "sources.parquet"))


def check_since(since: str | None) -> None:
    """``since`` as the run reads it, '12h', '1d', '7d', '2w' or an ISO date (2026-11-30); anything else (a scheduler's
    parameter filled in as "igår") is refused before any work, naming it (exit code 2)."""
    if since is None:
        return
    ok = bool(_SINCE_RE.match(str(since)))
    if ok and "-" in str(since)[:5]:
        try:
            dt.date.fromisoformat(str(since).strip()[:10])
        except ValueError:
            ok = False
    if not ok:
        raise BadRunParameter(f"--since {since!r} is neither a duration ('12h', '1d', '7d', '2w') nor a date "
                                f"(2026-11-30)")
    if "-" in str(since)[:5] and dt.date.fromisoformat(str(since).strip()[:10]) > dt.date.today():
        raise BadRunParameter(f"--since {since!r} is in the future: nothing has changed since then (give a past date "
                              f"or a duration such as '7d')")


def check_selection(sources: str | None, sample: int | None) -> None:
    """What to crawl, refused by name before any work when it selects nothing: an empty --sources (a script's unset
    variable) or a --sample below 1 (0 would crawl nothing, a negative number is no count)."""
    if sources is not None and not str(sources).strip(" ,"):
        raise BadRunParameter(f"--sources {sources!r} is empty: give 'all', kommunkoder or source ids separated by "
                              f"commas, or 'lan:14'")
    if sample is not None and sample < 1:
        raise BadRunParameter(f"--sample {sample} selects no sources: give a number of sources of at least 1, or "
                              f"leave it out for all")


@flow(name="build_release", log_prints=True, on_completion=[_close_run_log], on_failure=[_close_run_log],
      on_crashed=[_close_run_log], on_cancellation=[_close_run_log])
def build_release(live: bool = False, sources: str = "all", sample: int | None = None,
                  since: str | None = None, datasets: str | None = None, work: str | None = None,
                  dask: str | None = None) -> dict:
    """Crawl → extract → deduplicate → validate → publish, on the bundled snapshot unless ``live``.

    ``sources``: 'all', kommunkoder/ids separated by commas, or 'lan:14'. ``sample``: crawl only that many
    randomly chosen sources (a quick check). ``since`` ('1d', '7d' or a date): an incremental run, recorded in
    the run summary; pages unchanged since the last crawl are not re-extracted (extraction is cached by page
    content and extractor version). ``dask``: a Dask scheduler address (``tcp://host:8786``) to spread the crawl
    shards and extraction over its workers, or ``"local"`` for a LocalCluster on this machine; default
    ``$SOCINV_DASK_ADDRESS``, and without it the local runners (threads for crawl shards, a process pool for
    extraction). The log of the run goes to ``work/runs/<id>/run.log.jsonl`` as JSON lines.
    """
    datasets = datasets or str(ROOT / "datasets")
    check_since(since)  # before anything is crawled or locked
    check_selection(sources, sample)
    environment.check()
    check_datasets(datasets)
    check_clock(datasets)
    with exclusive_run(Path(datasets)):  # one run at a time per datasets/ (RunLocked for the second)
        return _build_release(live, sources, sample, since, datasets, work, dask)


def _build_release(live: bool, sources: str, sample: int | None, since: str | None, datasets: str,
                   work: str | None, dask: str | None) -> dict:
    work_dir = Path(work or ROOT / "work")
    # The release this one builds on, checked before any work: a damaged or missing one is passed over for the
    # newest whole release (said in the log), and none whole at all stops the run here (PreviousReleaseDamaged).
    problems: list[str] = []
    built_on = previous_release_dir(Path(datasets), problems)
    for problem in problems:
        slog.warning("previous release: %s; building on the newest whole release instead", problem,
                     extra=logs.fields("publish"))
    started = dt.datetime.now(dt.timezone.utc)
    rid = stages.run_id(started)
    run_dir = work_dir / "runs" / rid
    logs.attach_run_log(run_dir / "run.log.jsonl")
    for note in environment.notes():  # (SOCINV_EXPLORE_DEPTH above SOCINV_MAX_DEPTH: a deployment's run log says it)
        slog.warning("environment: %s", note, extra=logs.fields("crawl"))
    crawl_flow, extract_flow, crawl_kw, extract_kw = _subflows(dask)
    try:
        previous = (release_summary(built_on) if built_on else None) or {}
    except (OSError, ValueError) as exc:  # (not a file the history is built on: said, and the run goes on)
        slog.warning("previous release %s: run_summary.json cannot be read (%s)", built_on.name, exc,
                     extra=logs.fields("publish"))
        previous = {}
    added = monitors.reconcile_history(Path(datasets) / monitors.HISTORY_FILE, previous)
    if added:
        slog.warning("monitor history: run %s published its release but was stopped before recording its counts; "
                     "recorded them now", added, extra=logs.fields("monitor"))
    selected = select_sources(live, sources, sample)
    # conditional requests: each source's newest finished crawl, whatever run or shard it was in
    prev_crawl = merge_previous_crawls(work_dir / "runs", [s.id for s in selected], run_dir / "previous-crawl",
                                       before=run_dir)
    crawl = crawl_flow([s.to_spider() for s in selected], str(run_dir / "crawl"), live, **crawl_kw,
                       previous=str(prev_crawl) if prev_crawl else None)
    extracted = extract_flow(crawl["dirs"], str(run_dir / "records.parquet"), str(work_dir / "cache" / "extract"),
                             **extract_kw)
    deduped = dedupe_flow(str(run_dir / "records.parquet"), str(run_dir / "projects.parquet"), datasets)
    extra = {"mode": "live" if live else "snapshot", "sources": len(selected), "since": str(since) if since else None,
             "crawl": {k: v for k, v in crawl.items() if k != "dirs"},
             "extract": {k: v for k, v in extracted.items() if k != "per_source"} | {"per_source": extracted["per_source"]},
             "dedupe": deduped}
    # monitors: a sharp fall or no projects against the source's history → flagged, previous projects carried
    history_path = Path(datasets) / monitors.HISTORY_FILE
    sources_path = run_dir / "project_sources.parquet"
    monitor = monitors.monitor_run(
        [Path(d) for d in crawl["dirs"]], [s.id for s in selected],
        monitors.projects_per_source(stages.read_rows(sources_path) if sources_path.exists() else [],
                                     [s.id for s in selected]),
        monitors.load_history(history_path), extracted["per_source"])
    for sid, why in monitor["flags"].items():
        slog.warning("monitor %s: %s; its previous projects are carried forward", sid, why,
                     extra=logs.fields("monitor", source=sid))
    extra["monitor"] = monitor | {"previous_crawl": str(prev_crawl) if prev_crawl else None}
    extra["run"] = rid  # so the next run can tell whether this one's counts reached the history
    published = publish_flow(str(run_dir / "projects.parquet"), datasets, extra, crawl["per_source"],
                             [s.id for s in selected], started.isoformat(), monitor["flags"])
    monitors.append_history(history_path, monitor["counts"], rid)  # only once the release is in place
    result = {"run": rid, "sources": [s.id for s in selected], "crawl": crawl, "extract": extracted,
              "dedupe": deduped, "publish": published, "monitor": monitor}
    publish_artifacts(result, selected, previous)
    return result


def publish_artifacts(result: dict, selected: list, previous: dict) -> None:
    """What a data engineer reads in the Prefect UI instead of the logs: a table per source, a release summary."""
    prev_ps = (previous.get("extract") or {}).get("per_source", {})
    rows = []
    for s in selected:
        c = result["crawl"]["per_source"].get(s.id, {})
        e = result["extract"]["per_source"].get(s.id, {})
        before = prev_ps.get(s.id, {}).get("records")
        rows.append({"source": s.id, "name": s.name, "pages": c.get("page", 0), "candidates": c.get("candidates", 0),
                     "projects": e.get("records", 0), "errors": c.get("error", 0) + e.get("failures", 0),
                     "change vs last run": "" if before is None else f"{e.get('records', 0) - before:+d}",
                     "flag": (result.get("monitor") or {}).get("flags", {}).get(s.id, "")})
    create_table_artifact(rows, key="sources", description=f"Per source, run {result['run']}")
    counts = result["publish"]["counts"]
    lines = [f"# Release {result['publish']['release']}", "",
             f"- sources crawled: {len(selected)}; pages: {result['crawl']['pages']}; "
             f"candidate pages: {result['crawl']['candidates']}",
             f"- records extracted: {result['extract']['records']}; projects: {result['dedupe']['projects']}",
             f"- added {counts['inserted']}, changed {counts['updated']}, unchanged {counts['unchanged']}, "
             f"removed from source {counts['removed']}", ""]
    changes = result["publish"].get("changes", [])
    for kind in ("added", "changed", "removed"):
        items = [c for c in changes if c["change"] == kind]
        if items:
            lines.append(f"## {kind.capitalize()} ({len(items)})")
            lines += [f"- `{c['project_id']}`" + (f": {', '.join(c['fields'])}" if c.get("fields") else "")
                      for c in items[:200]]
            lines.append("")
    flagged = (result.get("monitor") or {}).get("flags") or {}
    if flagged:
        lines.append(f"## Flagged sources, previous projects carried forward ({len(flagged)})")
        lines += [f"- {sid}: {why}" for sid, why in sorted(flagged.items())]
        lines.append("")
    failures = result["extract"]["failures"]
    if failures:
        lines.append(f"## Pages that failed extraction ({len(failures)})")
        lines += [f"- {f['source']}: {f['url']} — {f['error']}" for f in failures[:100]]
    create_markdown_artifact("\n".join(lines), key="release-summary", description="What this release changed")
