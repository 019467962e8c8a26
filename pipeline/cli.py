"""The ``socinv`` command line."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
import re
import sys
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperCommand

class OneValueCommand(TyperCommand):
    """A command whose single-valued options may be repeated only with the same value: option parsers keep the last
    of ``--url A --url B`` in silence (a wrapper script that appends its own ``--url`` publishes the page under the
    other address), so two different values, or both halves of ``--kills/--no-kills``, are refused, naming the
    option. Repeatable options (``--size``, ``--case``) are lists and not concerned; ``--help`` wins anyway."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        clash = repeated_option_values(self.get_params(ctx), args, ctx.help_option_names)
        if clash:
            name, values = clash
            shown = ", ".join(v if isinstance(v, str) else ("on" if v else "off") for v in values)
            ctx.fail(f"{name} was given {len(values)} times with different values ({shown}); give it once")
        return super().parse_args(ctx, args)


def repeated_option_values(params, args: list[str], help_names=("--help",)) -> tuple[str, list] | None:
    """The first single-valued option that ``args`` give different values, with the values in order; None when
    every option is given once or repeated with one value (and when a help option stands before ``--``)."""
    takes: dict[str, object] = {}
    flags: dict[str, tuple[object, bool]] = {}
    for param in params:  # (by their kind's name: Typer ships its own copy of click's classes)
        if getattr(param, "param_type_name", "") != "option" or param.multiple or param.count:
            continue
        if param.is_flag:
            flags.update({o: (param, True) for o in param.opts})
            flags.update({o: (param, False) for o in param.secondary_opts})
        else:
            takes.update({o: param for o in param.opts})
    seen: dict[str, list] = {}
    names: dict[str, str] = {}
    i = 0
    while i < len(args):
        token = args[i]
        if token == "--":
            break
        if token in help_names:
            return None
        name, eq, value = token.partition("=") if token.startswith("--") else (token, "", "")
        if name in takes:
            param = takes[name]
            if not eq:
                value = " ".join(args[i + 1:i + 1 + param.nargs])
                i += param.nargs
            seen.setdefault(param.name, []).append(value)
            names.setdefault(param.name, param.opts[0])
        elif token in flags:
            param, on = flags[token]
            seen.setdefault(param.name, []).append(on)
            names.setdefault(param.name, "/".join([*param.opts, *param.secondary_opts]))
        i += 1
    for key, values in seen.items():
        if len(set(values)) > 1:
            return names[key], values
    return None


class OneValueTyper(typer.Typer):
    """A Typer whose commands are :class:`OneValueCommand`s, unless a command names its own class."""

    def command(self, *args, cls=None, **kwargs):
        return super().command(*args, cls=cls or OneValueCommand, **kwargs)


app = OneValueTyper(help="socinv: the open dataset of Swedish sociala investeringar — crawl, extract, publish.",
                  no_args_is_help=True, add_completion=False, rich_markup_mode=None)
sources_app = OneValueTyper(help="The registry of municipalities, regions and other publishers we crawl.",
                          no_args_is_help=True)
app.add_typer(sources_app, name="sources")
console = Console(stderr=True, soft_wrap=True)
ROOT = Path(__file__).resolve().parents[1]


def _json_default(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return str(v)


def _unicode_stream(stream) -> bool:
    """``stream`` encodes every character (UTF-8, UTF-16 …), not a Latin-1 or ASCII terminal's codec."""
    return (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "").startswith("utf")


def _json(obj, **kw) -> str:
    """A JSON line for stdout: its letters as they are, or as \\u escapes when stdout cannot hold every character
    (a Latin-1 terminal or pipe): the record stays whole either way, where a replaced letter would be data lost."""
    return json.dumps(obj, ensure_ascii=not _unicode_stream(sys.stdout), **kw)


def _tolerant_stdio() -> None:
    """Output that a terminal's encoding cannot hold (an en dash on ISO-8859-1: PYTHONIOENCODING=iso-8859-1, or
    LANG=sv_SE.ISO-8859-1) is written replaced ('?'), not raised half-way through the output as UnicodeEncodeError;
    messages on stderr keep such a letter as a \\u escape, as they do a file name's undecodable bytes."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        if stream is sys.stdout and _unicode_stream(stream):
            continue  # (UTF-8 holds every character; a surrogate in a record should still fail loudly)
        try:
            stream.reconfigure(errors=errors)
        except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
            pass


def _folder(value, option: str = "--datasets") -> Path:
    """A folder option's value as given: an empty one (``--datasets "$DATASETS"`` with the variable unset; Path('') is
    the working directory) or a web address (``https://…``, which Path() reads as the folders ``https:/…``) is refused
    by name, exit code 2. A '~' no shell expanded and a line break at the end are read as meant
    (``pipeline.urls.folder_as_meant``)."""
    from pipeline.urls import folder_as_meant, is_address

    text = str(value)
    if not text.strip():
        console.print(f"[red]{option} is empty ({text!r}):[/red] give a folder (an unset variable in a script?)")
        raise typer.Exit(2)
    if is_address(text):
        console.print(f"[red]{option} {text!r} is a web address, not a folder on this machine[/red]")
        raise typer.Exit(2)
    return Path(folder_as_meant(text))  # '~/ds' as the home folder's ds, 'ds\n' as ds


def _refuse_bad_environment() -> None:
    """A command that crawls stops at its start on a numeric SOCINV_* variable that is no such number (exit 2)."""
    from pipeline import environment

    try:
        environment.check()
    except environment.BadEnvironment as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    _say_environment_notes()


def _say_environment_notes() -> None:
    """Variables each in range that together contradict a bound (SOCINV_EXPLORE_DEPTH above SOCINV_MAX_DEPTH): what
    the crawl makes of them, said on stderr; the command runs on with the value in force."""
    from pipeline import environment

    for note in environment.notes():
        console.print(f"[yellow]{note}[/yellow]")


@app.command()
def run(
    live: bool = typer.Option(False, "--live", help="Crawl the real web instead of the bundled snapshot."),
    sources: str = typer.Option("all", help="'all', kommunkoder/ids separated by commas, or 'lan:14'."),
    datasets: str = typer.Option(str(ROOT / "datasets"), metavar="PATH", help="Where releases are published."),
    work: str = typer.Option(str(ROOT / "work"), metavar="PATH", help="Where crawls and intermediate files go."),
    sample: Optional[int] = typer.Option(None, help="Crawl only this many randomly chosen sources (a quick check)."),
    since: Optional[str] = typer.Option(None, help="Incremental run: '1d', '7d' or a date (recorded in the summary)."),
    dask: Optional[str] = typer.Option(None, help="Spread crawl shards and extraction over a Dask cluster: its "
                                                  "scheduler address (tcp://host:8786), or 'local' for a "
                                                  "LocalCluster here. Default: $SOCINV_DASK_ADDRESS, else all "
                                                  "cores of this machine."),
):
    """Build and publish a release: crawl → extract → deduplicate → validate → publish (a Prefect flow).

    Progress bars on a terminal, a plain line per stage every few seconds otherwise; at the end a table of the
    stages (count, time) and one of the sources."""
    from pipeline import environment, progress
    from pipeline.urls import folder_as_meant, is_address

    # The environment first, before Prefect is imported (it reads PREFECT_HOME once): a proxy that would get the run's
    # loopback traffic, a HOME or TMPDIR where nothing can be written (a cron job's or a unit file's) are put right for
    # this run and said, or refused by name (exit 2).
    try:
        work_dir = Path(folder_as_meant(work)) if str(work).strip() and not is_address(str(work)) else ROOT / "work"
        for note in environment.prepare_run(work_dir):
            console.print(f"[yellow]{note}[/yellow]")
    except environment.BadEnvironment as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    from pipeline.flows import (BadRunParameter, ClockBehind, DaskUnavailable, PrefectUnreachable, build_release,
                                check_clock, check_datasets, check_folder_value, check_prefect_api, check_selection,
                                check_since, check_work_outside_releases, check_writable, dask_address, dask_workers,
                                select_sources)
    from pipeline.leftovers import stop_orphaned_prefect_servers
    from pipeline.publish.release import GateFailed, PreviousReleaseDamaged
    from pipeline.runlock import RunLocked, check_free
    from pipeline.sources import SourceConfigError

    # Everything the run can be refused for is checked here, before the flow starts: a refusal inside the flow
    # would come with Prefect's traceback of the failed flow run.
    try:
        # (absolute from here on: the crawl's Scrapy processes and Prefect's tasks need not share this working folder)
        datasets = check_folder_value(datasets, "--datasets").absolute()  # not '' nor an https:// address
        work = check_folder_value(work, "--work").absolute()
        check_work_outside_releases(work, datasets)  # a run's files written into a published release
        check_writable(work, "--work")  # (crawls, the run log and Prefect's files may go there)
        if dask is not None and not dask.strip():
            raise BadRunParameter(f"--dask is empty ({dask!r}): give the scheduler's address (tcp://host:8786) or "
                                  f"'local', or leave the option out to run on this machine (an unset variable in "
                                  f"a script?)")
        check_since(since)
        check_selection(sources, sample)
        environment.check()  # (a bound between two variables is said by the flow, in its log and on the console)
        check_datasets(datasets)
        check_clock(datasets)  # a clock behind the newest release would publish one that sorts before it
        check_free(datasets)  # .run.lock a folder (a backup's mkdir lock), or held by another run
        select_sources(live, sources, sample)  # an unknown kommunkod (1428 for 1482), a missing SOCINV_SNAPSHOT
        if (address := dask_address(dask)) not in (None, "local"):
            dask_workers(address)  # a scheduler that does not answer is said here, not as a failed flow's traceback
        check_prefect_api()
    except (BadRunParameter, DaskUnavailable, environment.BadEnvironment, SourceConfigError,
            PrefectUnreachable, ClockBehind, RunLocked) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    stopped = stop_orphaned_prefect_servers()
    if stopped:
        console.print(f"Stopped {len(stopped)} temporary Prefect server(s) left running by a killed run "
                      f"(pid {', '.join(map(str, stopped))}).")
    with progress.reporting(progress.for_terminal(sys.stdout)) as rep:
        try:
            result = build_release(live=live, sources=sources, sample=sample, since=since, datasets=str(datasets),
                                   work=str(work), dask=dask)
        except (GateFailed, PreviousReleaseDamaged, RunLocked, SourceConfigError, DaskUnavailable,
                BadRunParameter, ClockBehind) as exc:
            console.print(f"[red]{type(exc).__name__}: {exc}[/red]")
            console.print("The published release was not changed.")
            raise typer.Exit(2)
    _print_summary(result, datasets)
    _print_stages(result, rep.timings)


def stage_rows(result: dict, timings: dict[str, float]) -> list[tuple[str, str, str]]:
    """The end summary of `socinv run`: (stage, what it counted, seconds) per stage."""
    crawl, ext, dd, pub = result["crawl"], result["extract"], result["dedupe"], result["publish"]
    crawl_time = max((v for k, v in timings.items() if k.startswith("crawl ")), default=None)  # shards in parallel
    counts = pub.get("counts", {})
    rows = [("crawl", f"{crawl['pages']} pages, {crawl['candidates']} candidates, {crawl['errors']} errors "
                      f"({len(crawl.get('dirs', []))} shards)", crawl_time),
            ("extract", f"{ext['pages']} pages → {ext['records']} records, {len(ext['failures'])} failed",
             timings.get("extract")),
            ("dedupe", f"{ext['records']} records → {dd.get('projects', 0)} projects", timings.get("dedupe")),
            ("publish", f"release {pub['release']}: {counts.get('inserted', 0)} added, {counts.get('updated', 0)} "
                        f"changed, {counts.get('removed', 0)} removed", timings.get("publish"))]
    return [(stage, what, "" if t is None else f"{t:.1f}") for stage, what, t in rows]


def _print_stages(result: dict, timings: dict[str, float]) -> None:
    table = Table(title=f"stages of run {result['run']}")
    table.add_column("stage")
    table.add_column("count")
    table.add_column("time (s)", justify="right")
    for row in stage_rows(result, timings):
        table.add_row(*row)
    console.print(table)


def _print_summary(result: dict, datasets: Path) -> None:
    from pipeline.sources import registry

    names = {sid: src.name for sid, src in registry().items()}
    table = Table(title=f"socinv run {result['run']}")
    table.add_column("source")
    table.add_column("name")
    table.add_column("pages", justify="right")
    table.add_column("candidates", justify="right")
    table.add_column("records", justify="right")
    table.add_column("failures", justify="right")
    crawl_ps = result["crawl"]["per_source"]
    ext_ps = result["extract"]["per_source"]
    for sid in sorted(set(crawl_ps) | set(ext_ps)):
        c, e = crawl_ps.get(sid, {}), ext_ps.get(sid, {})
        table.add_row(sid, names.get(sid, ""), str(c.get("page", 0)), str(c.get("candidates", 0)), str(e.get("records", 0)),
                      str(e.get("failures", 0) + c.get("error", 0)))
    console.print(table)
    pub = result["publish"]
    counts = pub["counts"]
    console.print(f"{result['dedupe']['projects']} projects from {result['extract']['records']} records; "
                  f"release {pub['release']}: {counts['inserted']} added, {counts['updated']} changed, "
                  f"{counts['unchanged']} unchanged, {counts['removed']} removed from source.")
    for kept in pub.get("kept_aside") or []:
        console.print(f"[yellow]{kept}[/yellow]")
    console.print(f"Published in {datasets}/: README.md (the dataset card), projects.parquet/.csv/_excel.csv/.xlsx/"
                  f".sqlite, sources.parquet, coverage.parquet, changes.parquet, CHANGELOG.md, datapackage.json, "
                  f"catalog.rdf, CITATION.cff, SHA256SUMS")


@app.command()
def simweb(
    measure: bool = typer.Option(True, "--measure/--no-measure", help="Build the simulated web, crawl it, score it."),
    sources: Optional[int] = typer.Option(None, help="Only this many sources (default: all in the registry)."),
    seed: int = typer.Option(0, help="Seed of the generator."),
    delay: float = typer.Option(0.0, help="Per-host delay in seconds (1.0 is production politeness)."),
):
    """Crawl a simulated national web on 127.0.0.1 with the real spiders; print recall, precision, forbidden
    requests and the highest request rate on any host."""
    from pipeline.simweb import measure as run_measure, print_report

    _refuse_bad_environment()
    if not (math.isfinite(delay) and delay >= 0):  # float("nan") parses, and every comparison with it is false
        console.print(f"[red]--delay {delay}: the per-host delay must be a number of seconds, 0 or more[/red]")
        raise typer.Exit(2)
    if sources is not None and sources < 1:
        console.print(f"[red]--sources {sources}: give a number of sources of at least 1, or leave it out for all[/red]")
        raise typer.Exit(2)
    if measure:
        print_report(run_measure(sources, seed, delay))


@app.command()
def bench(
    quick: bool = typer.Option(False, "--quick",
                               help="Tiny sizes: a smoke run of about a minute, half of it `socinv run`."),
    only: Optional[str] = typer.Option(None, help="Parts, comma-separated: extract,dedup,publish,reextract,crawl,run."),
    out: Optional[Path] = typer.Option(None, "--out", help="Also write the JSON result to this file."),
    seed: int = typer.Option(0, help="Seed of the generated corpora and records."),
    size: Optional[list[str]] = typer.Option(None, "--size", help="Override a size, e.g. --size "
                                             "reextract_pages=5000 (keys: see pipeline/benchmarks/bench.py FULL)."),
):
    """Measure extraction, deduplication, publishing, re-extraction, crawling and `socinv run` on generated data;
    print a table, then the figures as one JSON line (docs/performance.md)."""
    from pipeline.benchmarks.bench import json_line, render_table, run_bench

    _refuse_bad_environment()
    parts = [p.strip() for p in only.split(",") if p.strip()] if only else None
    if only is not None and not parts:
        # an empty value ('--only "$PARTS"' with the variable unset) names no part: not "every part" (17 minutes)
        console.print(f"[red]--only is empty ({only!r}): name one or more parts, comma-separated: "
                      f"extract,dedup,publish,reextract,crawl,run[/red]; nothing was measured")
        raise typer.Exit(2)
    to_file = out is not None and not _is_stdout(out)  # (--out /dev/stdout: the line is printed once, not twice)
    if to_file:
        # where the result goes is settled before measuring (17 minutes without --quick): its folder is made now,
        # and a path that cannot be written is refused now, not after the measurement
        problem = _unwritable(out)
        if problem:
            console.print(f"[red]--out {out}: {problem}[/red]; nothing was measured")
            raise typer.Exit(2)
    try:
        sizes = {k: json.loads(v) for k, v in (item.split("=", 1) for item in size or [])}
        result = run_bench(quick=quick, only=parts, seed=seed, progress=lambda m: console.print(m), sizes=sizes)
    except ValueError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    Console(stderr=True).print(render_table(result))
    line = json_line(result)
    print(line, flush=True)  # first: whatever happens to the file, the result is on stdout
    if to_file:
        try:
            out.write_text(line + "\n", encoding="utf-8")
        except OSError as exc:
            console.print(f"[red]--out {out}: the result cannot be written ({exc.strerror or exc}); it is the JSON "
                          f"line above[/red]")
            raise typer.Exit(1)
    if result.get("errors"):
        Console(stderr=True).print(f"[red]parts that failed: {', '.join(result['errors'])} (see \"errors\" in the JSON)[/red]")
        raise typer.Exit(1)


def _unwritable(path: Path) -> str | None:
    """Why a result cannot be written to ``path`` (None when it can): its folder is made if missing, a folder or a
    folder that cannot be made is said. The file itself is not created before there is something to write in it."""
    path = Path(path)
    if path.is_dir():
        return "is a folder; give a file name"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"its folder {str(path.parent)!r} cannot be made ({exc.strerror or exc})"
    if path.exists():  # (an existing file is written in place: its folder need not be writable, as /dev is not)
        return None if os.access(path, os.W_OK) else "it cannot be written to"
    if not os.access(path.parent, os.W_OK):
        return f"its folder {str(path.parent)!r} cannot be written to"
    return None


def _is_stdout(path: Path) -> bool:
    """``path`` is the file this process prints to (/dev/stdout, /proc/self/fd/1 …)."""
    try:
        a, b = os.stat(path), os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


@app.command("eval-crawl")
def eval_crawl_cmd(
    directory: Path = typer.Argument(..., help="Folder of saved sites (<host>/<path>) with expected.json."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
):
    """How many of the expected project pages discovery hands to extraction on saved sites (real spiders, 127.0.0.1)."""
    from pipeline.crawl_eval import EvalFolderError, check_folder, evaluate_crawl

    if not (directory / "expected.json").is_file():
        console.print(f"[red]No expected.json in {directory}[/red]: see pipeline/crawl_eval.py for its shape.")
        raise typer.Exit(1)
    try:  # before any server or spider: a folder of answers without its sites is said, not scored as 0 found
        expected, missing, notes = check_folder(directory)
    except EvalFolderError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    for note in notes:
        console.print(f"[yellow]{note}[/yellow]")
    if missing:
        console.print(f"[yellow]{directory}: no saved site for {', '.join(missing)} (named in expected.json): left "
                      f"out of the figures[/yellow]")
    result = evaluate_crawl(directory, expected=expected)
    if as_json:
        print(_json(result))
        return
    table = Table(title=f"discovery vs expected: {result['sites']} sites")
    for col in ("host", "project pages", "found", "candidates", "false candidates", "forbidden fetched", "requests"):
        table.add_column(col, justify="left" if col == "host" else "right")
    for host, row in result["hosts"].items():
        table.add_row(host, str(row["project_pages"]), str(row["found"]), str(row["candidates"]),
                      str(len(row["false_candidates"])), str(len(row["forbidden_fetched"])), str(row["requests"]))
    console.print(table)
    console.print(f"recall {result['recall']}, precision {result['precision']}")
    for host, row in result["hosts"].items():
        for key in ("missed", "false_candidates", "other_candidates", "forbidden_fetched"):
            for url in row[key]:
                console.print(f"  {key}: {url}")


@app.command("serve-data")
def serve_data(
    datasets: str = typer.Option(str(ROOT / "datasets"), metavar="PATH", help="The published datasets folder."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8001, help="Port to listen on."),
):
    """Browse and search the local release in Datasette (every column described, full-text search).

    Datasette replaces this process (``os.execv``): a scheduler or test that stops the process it started stops
    the server, rather than leaving it running as an orphan child."""
    datasets = _folder(datasets)
    db, meta = datasets / "projects.sqlite", datasets / "metadata.json"
    if not db.exists():
        console.print(f"No projects.sqlite in {datasets}. Run `socinv run` first.")
        raise typer.Exit(1)
    _warn_folder(datasets)
    problem = sqlite_problem(db)
    if problem:  # (SQLite opens a 0-byte file as an empty database: Datasette would serve no tables, forever)
        console.print(f"[red]{db}: {problem}; not served.[/red] Restore it from the release's folder or a backup, or "
                      f"publish anew with `socinv run`.")
        raise typer.Exit(1)
    problem = metadata_problem(meta) if meta.exists() else None
    if problem:  # (Datasette fails on it at start-up or on the first page, while the server waits for ever)
        console.print(f"[red]{meta}: {problem}; not served.[/red] Restore it from the release's folder or a backup, "
                      f"or publish anew with `socinv run`.")
        raise typer.Exit(1)
    changed = _sums_mismatch(datasets, "projects.sqlite")
    if changed:
        console.print(f"[yellow]{db}: {changed}[/yellow]")
    console.print(f"Datasette on http://{host}:{port}/ (Ctrl-C stops it)")
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, "-m", "datasette", "serve", str(db.resolve()),
                              *(["-m", str(meta.resolve())] if meta.is_file() else []), "-h", host, "-p", str(port)])


SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_problem(db: Path, table: str = "projects") -> str | None:
    """Why ``db`` is no published projects database (None when it is): empty (0 bytes: a copy cut short by a full
    disk), not SQLite at all, unreadable, or without its ``projects`` table."""
    import sqlite3

    try:
        size = db.stat().st_size
        with open(db, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if size == 0:
        return "is empty (0 bytes), not a database (a copy cut short, a full disk?)"
    if head != SQLITE_HEADER:
        return "is not an SQLite database (its first bytes are not SQLite's)"
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("select name from sqlite_master where type in ('table', 'view')")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        return f"cannot be read as SQLite ({exc})"
    if table not in names:
        return f"holds no table {table!r} (tables: {', '.join(sorted(names)) or 'none'})"
    return None


def metadata_problem(meta: Path) -> str | None:
    """Why ``meta`` is no Datasette metadata file (None when it is): unreadable, no JSON, or JSON of another shape than
    the object Datasette wants ({"title": …, "databases": {…}}), such as a list two files were merged into."""
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return f"cannot be read as JSON ({getattr(exc, 'strerror', None) or exc})"
    if not isinstance(data, dict):
        return (f"holds a JSON {type(data).__name__.replace('NoneType', 'null').replace('str', 'string')}, not the "
                f"object Datasette reads metadata from")
    if not isinstance(data.get("databases", {}), dict):
        return "its \"databases\" is not an object"
    return None


def _sums_mismatch(datasets: Path, name: str) -> str | None:
    """A warning when the published release's SHA256SUMS gives ``name`` another checksum than the file has."""
    from pipeline.publish.formats import sha256_of
    from pipeline.publish.release import _listed_sums

    try:
        digest = _listed_sums(Path(datasets) / "latest" / "SHA256SUMS").get(name)
        if digest and sha256_of(Path(datasets) / name) != digest:
            return "does not match its SHA256SUMS line (changed after publishing)"
    except (OSError, UnicodeDecodeError):
        return None
    return None


@app.command()
def serve():
    """Serve the weekly full and daily incremental deployments (needs `prefect server start` for schedules)."""
    from pipeline import environment

    # The served runs crawl and write under the default work folder: the environment is put right (or refused by
    # name) as `run` does, before Prefect is imported, since the serving process is the one a unit file or cron starts.
    try:
        for note in environment.prepare_run(ROOT / "work"):
            console.print(f"[yellow]{note}[/yellow]")
        environment.check()
        _say_environment_notes()
    except environment.BadEnvironment as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    from pipeline.flows import PrefectUnreachable, check_prefect_api

    try:  # a server that was stopped while the shell still exports its address: said now, not retried for ever
        check_prefect_api(command="serve")
    except PrefectUnreachable as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    from pipeline.deployments import serve_all

    serve_all()


@app.command()
def extract(
    paths: list[Path] = typer.Argument(None, help="Saved pages: HTML, or plain text (paragraphs separated by blank "
                                                   "lines). A first line 'URL: <address>' gives the page's URL."),
    url: Optional[str] = typer.Option(None, help="The page's URL (decides the publisher)."),
    from_warc: Optional[Path] = typer.Option(None, "--from-warc", help="Re-extract every candidate page of a crawl "
                                                                      "folder (WARC + manifest)."),
):
    """Print one JSON object per project per line, with the schema's field names."""
    from pipeline.extract import check_not_binary, extract_page
    from pipeline.extract.input import read_saved_page

    out = sys.stdout
    failed = 0
    if url is not None:
        url = url.strip()  # pasted with a blank or read from a CRLF file: no address ends in whitespace
    if not from_warc and not paths:
        console.print("[red]Nothing to extract:[/red] give saved pages (socinv extract PAGE …) or a crawl folder "
                      "(socinv extract --from-warc DIR).")
        raise typer.Exit(2)
    if url is not None and not re.match(r"^https?://[^/\s]+\.[^/\s]+", url):
        console.print(f"[red]--url {url!r}:[/red] not a web address (https://www.kommun.se/…)")
        raise typer.Exit(2)
    if url is not None and (from_warc or len(paths or []) > 1):
        # one address stamped on several pages would publish each one's project under the first one's URL
        console.print(f"[red]--url is the address of one page;[/red] it was given with "
                      f"{'a crawl folder' if from_warc else f'{len(paths)} pages'}. Extract each page with its own "
                      f"--url, or write its address as a first line 'URL: …' in each file.")
        raise typer.Exit(2)
    if from_warc:
        from pipeline.archive import iter_pages

        if not (Path(from_warc) / "manifest.jsonl").is_file():
            console.print(f"[red]{from_warc}:[/red] not a crawl folder (no manifest.jsonl in it)")
            raise typer.Exit(2)
        pages = 0
        for page in iter_pages(from_warc, candidates_only=False):
            if not (page.kind == "pdf" or (page.kind == "page" and page.candidate)):
                continue  # candidate pages and archived PDFs, as the extraction stage reads them
            pages += 1
            try:
                body = page.body(from_warc)
                check_not_binary(body, page.content_type)
                records = extract_page(body, page.final_url, page.content_type, page.fetched_at)
            except Exception as exc:  # noqa: BLE001 - a PDF without text, a damaged WARC record: listed, go on
                console.print(f"[red]{page.final_url}:[/red] {type(exc).__name__}: {str(exc)[:200]!r}")
                failed += 1
                continue
            for rec in records:
                out.write(_json(rec, default=_json_default) + "\n")
        if not pages:
            console.print(f"{from_warc}: the crawl holds no candidate page")
    for path in paths or []:
        try:
            body, page_url, ctype = read_saved_page(path, url)
            records = extract_page(body, page_url, ctype)
        except (OSError, ValueError) as exc:
            console.print(f"[red]{path}:[/red] {exc}")
            failed += 1
            continue
        except Exception as exc:  # noqa: BLE001 - a page no rule foresaw breaks the extractor: said, and on to the next
            console.print(f"[red]{path}:[/red] the extractor failed on this page: {type(exc).__name__}: "
                          f"{str(exc)[:200]!r}")
            failed += 1
            continue
        if not records:
            console.print(f"{path}: no project found")
        for rec in records:
            out.write(_json(rec, default=_json_default) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def crawl(
    urls: list[str] = typer.Argument(..., help="Start URLs of the site(s) to try."),
    out: Path = typer.Option(ROOT / "work" / "try", help="Folder for the WARC, manifest and records."),
    allow_loopback: bool = typer.Option(False, "--allow-loopback", help="Allow 127.0.0.1/localhost (tests)."),
    polite: bool = typer.Option(True, help="Keep the per-host delay (turn off only for your own servers)."),
):
    """Run discovery on any site(s) and show what was fetched, skipped and extracted."""
    from pipeline.crawl import run_crawl

    _refuse_bad_environment()
    # an address, or a bare host name ("www.kommun.se/…", read as https); never a local path
    not_web = [u for u in urls if not re.match(r"^https?://[^/\s]+", u)
               and (Path(u).exists() or not re.match(r"^[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:/\S*)?$", u))]
    for u in urls:
        try:
            urlsplit(u).port  # a port outside 0–65535 ("http://127.0.0.1:99999/") is no address to connect to
        except ValueError as exc:
            console.print(f"[red]{u}:[/red] not a usable web address ({exc})")
            raise typer.Exit(2)
    if not_web:
        # (a folder of saved pages is read by `socinv extract`; no host "data" is looked up for "data/sidor")
        for u in not_web:
            console.print(f"[red]{u}:[/red] not a web address (https://www.kommun.se/…); saved pages are read by "
                          f"`socinv extract PAGE …`")
        raise typer.Exit(2)
    _refuse_private_addresses(urls, allow_loopback)
    from pipeline.stages import extract_crawl

    crawl_dir = out / dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    result = run_crawl([], crawl_dir, urls=urls, allow_loopback=allow_loopback, polite=polite)
    extracted = extract_crawl(crawl_dir, crawl_dir / "records.parquet")
    from pipeline.archive import iter_manifest

    for e in iter_manifest(crawl_dir):
        mark = "candidate" if e.get("candidate") else (e.get("reason") or e.get("error") or "")
        console.print(f"{e.get('kind'):8} {e.get('status')!s:4} {e.get('final_url')}  {mark}")
    for line in crawl_summary(result.stats or _read_stats(crawl_dir), extracted):
        console.print(line)
    console.print(f"{result.pages} pages, {result.candidates} candidates, {extracted.records} records "
                  f"→ {crawl_dir}")


def _refuse_private_addresses(urls: list[str], allow_loopback: bool) -> None:
    """A start URL on a loopback, private or link-local address is refused before the spider starts (exit 2), in
    whatever form the address is written (``pipeline.urls.ip_literal``: http://2130706433/ is 127.0.0.1), as the
    spider and its middleware would refuse every request to it; --allow-loopback allows loopback only."""
    from pipeline.urls import ip_literal, is_loopback_host, is_private_host

    refused = False
    for u in urls:
        host = urlsplit(u if "://" in u else "https://" + u).hostname or ""
        if not is_private_host(host) or (allow_loopback and is_loopback_host(host)):
            continue
        ip = ip_literal(host)
        written = f"{host} ({ip})" if ip is not None and str(ip) != host else host
        if is_loopback_host(host):
            console.print(f"[red]{u}:[/red] {written} is a loopback address (this machine); the crawler does not "
                          f"fetch loopback, private or link-local addresses. --allow-loopback allows loopback (local "
                          f"tests).")
        else:
            console.print(f"[red]{u}:[/red] {written} is a private or link-local address; the crawler never "
                          f"fetches one (--allow-loopback allows loopback only).")
        refused = True
    if refused:
        raise typer.Exit(2)


def _read_stats(crawl_dir: Path) -> dict:
    path = Path(crawl_dir) / "crawl_stats.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def crawl_summary(stats: dict, extracted=None) -> list[str]:
    """What ``socinv crawl`` prints after the fetch list, from ``crawl_stats.json`` (``pipeline.crawl.crawl_stats``):
    skips by reason, one line per source (pages, candidates, PDFs, errors, not modified, platform, the monitors'
    crawl flag), the finish reason, and pages that failed extraction (e.g. a PDF without a text layer)."""
    from pipeline.monitors import crawl_flags

    crawl = stats.get("crawl") or {}
    lines = []
    skipped = dict(crawl.get("skipped") or {})
    if crawl.get("robots_forbidden"):
        skipped["robots"] = skipped.get("robots", 0) + crawl["robots_forbidden"]
    if skipped:
        lines.append("skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items())))
    flags = crawl_flags(stats)
    per_extract = getattr(extracted, "per_source", {}) or {}
    for sid, s in sorted((stats.get("sources") or {}).items()):
        e = per_extract.get(sid, {})
        line = (f"source {sid or '(urls)'}: {s.get('pages', 0)} pages, {s.get('candidates', 0)} candidates, "
                f"{s.get('pdfs', 0)} PDFs, {s.get('errors', 0) + s.get('missing', 0)} errors, "
                f"{s.get('not_modified', 0)} not modified, {e.get('records', 0)} records")
        if s.get("platform"):
            line += f", platform {s['platform']}"
        if flags.get(sid):
            line += f" — {flags[sid]}"
        lines.append(line)
    lines.append(f"finish reason: {crawl.get('finish_reason')}, {crawl.get('requests', 0)} requests, "
                 f"{crawl.get('retries', 0)} retries, {crawl.get('elapsed_seconds', 0)} s")
    for f in getattr(extracted, "failures", []) or []:
        lines.append(f"extraction failed: {f['url']} — {f['error']}")
    return lines


@app.command("eval")
def eval_cmd(
    directory: Path = typer.Argument(ROOT / "tests" / "fixtures", help="Folder of saved pages with expected records."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
):
    """Per-field precision and recall of extraction against expected records."""
    from pipeline.evaluate import evaluate, find_cases

    cases = find_cases(directory)
    if not cases:
        console.print(f"[red]No cases in {directory}[/red]: a case is a folder with page.html or page.txt, "
                      "meta.json ({\"url\": …}) and expected.json, or a snapshot page with <name>.expected.json.")
        raise typer.Exit(1)
    directory_case = next((c for c in cases if c.id == Path(directory).name), None)
    if directory_case is not None:
        # one case's own folder given where the folder of cases belongs: scored alone, and said
        console.print(f"{directory} is the folder of one case ({directory_case.id}), scored alone; "
                      f"`socinv eval {Path(directory).parent}` scores the set it belongs to.")
    result = evaluate(cases)
    if as_json:
        print(_json(result))
        return
    table = Table(title=f"extraction vs expected: {result['cases']} pages")
    for col in ("field", "precision", "recall", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "field" else "right")

    def pct(v):
        return "—" if v is None else f"{v:.3f}"

    table.add_row("(records)", pct(result["record_precision"]), pct(result["record_recall"]),
                  str(result["records"].get("tp", 0)), str(result["records"].get("fp", 0)),
                  str(result["records"].get("fn", 0)))
    for name, f in result["fields"].items():
        table.add_row(name, pct(f["precision"]), pct(f["recall"]), str(f["tp"]), str(f["fp"]), str(f["fn"]))
    Console().print(table)
    for e in result["errors"]:
        console.print(f"[red]{e['case']}:[/red] {e['error']}")
    for w in result.get("warnings", ()):
        console.print(f"[yellow]{w['case']}:[/yellow] {w['warning']}")


@app.command()
def explain(
    project_id: str = typer.Argument(..., help="A project_id from the published dataset."),
    datasets: str = typer.Option(str(ROOT / "datasets"), metavar="PATH", help="The published datasets folder."),
):
    """Show one published project: every value with the page text it came from, and its source pages."""
    import pyarrow.parquet as pq

    # no id holds whitespace: a blank before it (a cell copied from a '; '-separated CSV) or a CR after it (read from a
    # CRLF file) is no part of it
    project_id = project_id.strip()
    datasets = _folder(datasets)
    path = datasets / "projects.parquet"
    if not path.exists():
        _no_release(datasets, f"No published dataset in {datasets}. Run `socinv run` first.")
    _stop_if_damaged(datasets)
    _warn_folder(datasets)
    rows = pq.read_table(path, filters=[("project_id", "=", project_id)]).to_pylist()
    if not rows:
        # an id's hex reads the same in either case: typed from a printout in capitals, or through a spreadsheet's
        # UPPER(), it is the same id (ids are published in lower case)
        ids = pq.read_table(path, columns=["project_id"]).column(0).to_pylist()
        same = sorted(i for i in ids if isinstance(i, str) and i.casefold() == project_id.casefold())
        if not same and project_id:
            # an id shortened the way git shortens hashes (a footnote's "0381-1e6985"): the start of exactly one id
            # names it; the start of several is said with them, and none is taken
            same = sorted(i for i in ids if isinstance(i, str) and i.casefold().startswith(project_id.casefold()))
            if len(same) > 1:
                shown = ", ".join(same[:_PREFIX_SHOWN]) + (f" and {len(same) - _PREFIX_SHOWN} more"
                                                             if len(same) > _PREFIX_SHOWN else "")
                console.print(f"{project_id!r} is the start of {len(same)} project ids in {path}: {shown}. Give "
                              f"more of the id.")
                raise typer.Exit(1)
            if same:
                console.print(f"{project_id!r} is the start of one project id: {same[0]}")
        if same:
            project_id = same[0]
            rows = pq.read_table(path, filters=[("project_id", "=", project_id)]).to_pylist()
    if not rows:
        console.print(f"No project {project_id!r} in {path}. `socinv search TEXT` finds ids by title.")
        raise typer.Exit(1)
    rec = rows[0]
    evidence = json.loads(rec.get("evidence") or "{}")
    ev_key = {"start_date": "period", "end_date": "period", "target_age_min": "target_age_grade",
              "target_age_max": "target_age_grade", "target_grade_min": "target_age_grade",
              "target_grade_max": "target_age_grade"}
    table = Table(title=rec.get("title") or f"{rec.get('title_derived')} (namn härlett)", show_lines=True)
    table.add_column("field")
    table.add_column("value")
    table.add_column("from the page")
    for k, v in rec.items():
        if k == "evidence" or v in (None, [], ""):
            continue
        shown = "; ".join(map(str, v)) if isinstance(v, list) else str(v)
        table.add_row(k, shown, evidence.get(ev_key.get(k, k), ""))
    _print_wide(table)
    sources = datasets / "sources.parquet"
    if sources.exists():
        for s in pq.read_table(sources, filters=[("project_id", "=", project_id)]).to_pylist():
            Console().print(f"source: {s.get('source_url')} (fetched {s.get('fetched_at')})")
    else:
        Console().print(f"source: {rec.get('source_url')}")


_PREFIX_SHOWN = 10  # ids listed when a shortened id is the start of several


def _release_damage(datasets: Path) -> str | None:
    """What is wrong with the published release (``latest``), and which release a next run would build on."""
    from pipeline.publish.release import PreviousReleaseDamaged, previous_release_dir, release_problem

    latest = Path(datasets) / "latest"
    if not latest.exists():
        return None
    problem = release_problem(latest.resolve())
    if problem is None:
        return None
    try:
        whole = previous_release_dir(Path(datasets))
        then = f"the next `socinv run` builds on release {whole.name}" if whole else "no whole release is left"
    except PreviousReleaseDamaged:
        then = "no whole release is left: restore the files from a backup"
    return f"The published release is damaged ({problem}); {then}."


def _warn_changed_files(release: Path) -> None:
    """The published files of a release that are gone or changed since (SHA256SUMS), each named, and any line of its
    SHA256SUMS that names a path outside it (not followed)."""
    from pipeline.publish.release import published_file_problems

    if not release.exists():
        return
    target = release.resolve()
    for problem in published_file_problems(target):
        console.print(f"[yellow]release {target.name}: {problem}[/yellow]")


def _warn_folder(datasets: Path) -> None:
    """What is wrong with the datasets folder's links, said on stderr and left as it is: ``latest`` leading into
    another datasets folder, and top-level names that are no links into ``latest/`` (an editor's save in the place
    of projects.csv). A read command goes on with what the folder holds."""
    from pipeline.publish.release import latest_outside, top_level_problems

    outside = latest_outside(datasets)
    if outside:
        console.print(f"[yellow]datasets/latest points outside this datasets folder, at {outside}: the top-level "
                      f"files are that folder's release, not this one's[/yellow]")
    if (Path(datasets) / "latest").is_symlink():  # (a folder copied with cp -rL has copies everywhere: status says so)
        for problem in top_level_problems(datasets, copies=False):
            console.print(f"[yellow]{problem}[/yellow]")


def _stop_if_damaged(datasets: Path) -> None:
    damage = _release_damage(datasets)
    if damage:
        console.print(f"[red]{damage}[/red]")
        raise typer.Exit(1)


def _no_release(datasets: Path, message: str) -> None:
    """A read command finds no release: said (exit 1), unless the folder of the releases is a link that leads
    nowhere (moved to a disk that is not mounted today), which is said instead: the releases are there, and a run
    would not make a new history."""
    releases = Path(datasets) / "releases"
    if releases.is_symlink() and not releases.is_dir():
        message = (f"[red]{releases} is a symbolic link to {os.readlink(releases)!r}, which leads nowhere (a disk "
                   f"that is not mounted, a moved folder): the releases are there. Mount the disk or mend the "
                   f"link.[/red]")
    console.print(message)
    raise typer.Exit(1)


# Format characters a reader never sees: the soft hyphen a CMS puts inside long compounds (&shy;), zero-width spaces
# and joiners, the word joiner, a byte-order mark.
INVISIBLE_RE = "[\u00ad\u200b\u200c\u200d\u2060\ufeff]"


# Quotation marks around a query's words (”Vägledande samspel” pasted from a Swedish text, "…", «…», ‘…’) are no
# part of them: a word is looked for without the marks at its ends (an apostrophe or parenthesis inside it stays).
QUOTATION_MARKS = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d"


def fold_for_search(text: str) -> str:
    """A query as search compares it, the same way as the text it is looked for in: NFKC (the 'ä' of a macOS file name
    is 'a' + U+0308; a PDF's 'ﬁ' ligature is 'fi'), invisible format characters dropped, lower case for every letter
    (Ä as ä, not only A–Z)."""
    import unicodedata

    return re.sub(INVISIBLE_RE, "", unicodedata.normalize("NFKC", text)).lower()


@app.command()
def search(
    text: str = typer.Argument(..., help="Words to find in title, purpose, target group or description."),
    datasets: str = typer.Option(str(ROOT / "datasets"), metavar="PATH", help="The published datasets folder."),
    limit: int = typer.Option(30, help="Show at most this many projects."),
):
    """Search the local release; every word must occur (in any case, Unicode form, and with or without invisible
    soft hyphens)."""
    import polars as pl

    datasets = _folder(datasets)
    path = datasets / "projects.parquet"
    if not path.exists():
        _no_release(datasets, f"No published dataset in {datasets}. Run `socinv run` first.")
    _stop_if_damaged(datasets)
    _warn_folder(datasets)
    hay = pl.concat_str([pl.col(c).fill_null("") for c in ("title", "title_derived", "purpose", "target_group",
                                                               "description", "publisher")], separator=" ")
    hay = hay.str.normalize("NFKC").str.replace_all(INVISIBLE_RE, "").str.to_lowercase()
    # the text of each project built once, each distinct word looked for in it once (a pasted page of a thousand
    # words is answered in a moment, not rebuilt per word)
    words = list(dict.fromkeys(w for w in (w.strip(QUOTATION_MARKS) for w in fold_for_search(text).split()) if w))
    cond = pl.all_horizontal([pl.col("_hay").str.contains(w, literal=True) for w in words]) if words else pl.lit(True)
    found = pl.scan_parquet(path).with_columns(hay.alias("_hay")).filter(cond).select(
        "project_id", "title", "title_derived", "publisher", "start_date", "end_date", "budget_sek").collect()
    shown = text if len(text) <= 80 else text[:77] + "…"
    table = Table(title=f"{found.height} projects matching {shown!r}")
    rows = list(found.head(limit).iter_rows(named=True))
    # an id is copied from here into `socinv explain`: never cut
    table.add_column("project_id", no_wrap=True, min_width=max((len(r["project_id"]) for r in rows), default=10))
    for col in ("title", "publisher", "period", "budget (kr)"):
        table.add_column(col)
    for r in rows:
        period = f"{r['start_date'] or ''}–{r['end_date'] or ''}" if r["start_date"] or r["end_date"] else ""
        title = r["title"] or f"{r['title_derived']} (härlett)"
        table.add_row(r["project_id"], title, r["publisher"], period,
                      f"{r['budget_sek']:,}".replace(",", " ") if r["budget_sek"] is not None else "")
    _print_wide(table)


def _print_wide(renderable) -> None:
    """Print a table on stdout: on a terminal at its width; into a pipe or a file (`socinv search … > hits.txt`), where
    Rich would take 80 columns and cut titles with '…', as wide as the table needs (at most 240 columns)."""
    out = Console()
    if not out.is_terminal:
        out = Console(width=max(80, min(out.measure(renderable, options=out.options.update_width(240)).maximum, 240)))
    out.print(renderable)


@app.command()
def status(datasets: str = typer.Option(str(ROOT / "datasets"), metavar="PATH",
                                       help="The published datasets folder.")):
    """The last run and release: when, how many projects, what changed, which sources were covered.

    Also says what is wrong with the folder (nothing is changed): a damaged release, published files changed since,
    SHA256SUMS lines naming paths outside the release, ``latest`` leading into another datasets folder, top-level
    files that are no links into ``latest/``."""
    from pipeline.publish.release import (PreviousReleaseDamaged, latest_outside, previous_release_dir,
                                          release_summary, top_level_problems)

    datasets = _folder(datasets)
    outside = latest_outside(datasets)
    release = datasets / "latest"
    if outside:
        # another folder's release: reported is this folder's own newest whole release, which a run builds on
        try:
            release = previous_release_dir(datasets)
        except PreviousReleaseDamaged:
            release = None
        console.print(f"[yellow]datasets/latest points outside this datasets folder, at {outside}: the top-level files "
                      f"(what search, explain and serve-data read) are that folder's release, not this one's. "
                      + (f"This folder's newest whole release is {release.name}, which the next `socinv run` builds "
                         f"on; status reports that one.[/yellow]" if release else
                         "This folder holds no whole release of its own.[/yellow]"))
    else:
        damage = _release_damage(datasets)
        if damage:
            console.print(f"[red]{damage}[/red]")
        for problem in top_level_problems(datasets):
            console.print(f"[yellow]{problem}[/yellow]")
    if release is not None:
        _warn_changed_files(release)
    _warn_dated_ahead(datasets, release)
    try:
        summary = release_summary(release) if release is not None else None
    except (OSError, ValueError) as exc:
        where = "datasets/latest" if release == datasets / "latest" else f"release {release.resolve().name}"
        console.print(f"[red]{where}/run_summary.json cannot be read: {exc}[/red]")
        _print_without_summary(release)
        raise typer.Exit(1)
    if summary is None:
        _no_release(datasets, f"No release in {datasets} yet. `socinv run` builds one from the bundled snapshot.")
    counts = summary.get("counts", {})
    out = Console()
    out.print(f"release {summary['release']} ({summary.get('mode', '?')} run): "
              f"{summary.get('active_projects', summary.get('projects'))} active projects, "
              f"{summary.get('projects')} in all")
    out.print(f"changes: {counts.get('inserted', 0)} added, {counts.get('updated', 0)} changed, "
              f"{counts.get('unchanged', 0)} unchanged, {counts.get('removed', 0)} removed from source")
    crawl = summary.get("crawl", {})
    per_source = crawl.get("per_source", {})
    with_projects = sum(1 for v in (summary.get("extract", {}).get("per_source") or {}).values() if v.get("records"))
    from pipeline.sources import registry

    out.print(f"coverage: {len(per_source)} of {len(registry())} sources crawled, {with_projects} with projects; "
              f"{crawl.get('pages', 0)} pages fetched, {crawl.get('errors', 0)} errors")


def _warn_dated_ahead(datasets: Path, release: Path | None) -> None:
    """A release dated after the present (its run's clock was ahead: a wrong NTP server, a VM with a bad RTC) is said:
    `socinv run` refuses to publish after it while the clock is behind it (``flows.check_clock``)."""
    from pipeline.publish.release import dated_after, newest_published

    now = dt.datetime.now(dt.timezone.utc)
    names = {newest_published(datasets)}
    if release is not None and release.exists():
        names.add(release.resolve().name)
    for name in sorted(n for n in names if n and dated_after(n, now)):
        console.print(f"[yellow]release {name} is dated after the present (this machine's clock says "
                      f"{now:%Y-%m-%d %H:%M:%S} UTC): the run that made it had a clock ahead, or this clock is behind. "
                      f"`socinv run` refuses to publish here until the clock passes {name} (a release made now would "
                      f"sort before it). If this clock is right, move releases/{name} out of releases/ (and point "
                      f"latest at the release before it) to publish again.[/yellow]")


def _print_without_summary(release: Path) -> None:
    """What a release's own files still say when its run_summary.json cannot be read: its id and its projects."""
    import pyarrow.parquet as pq

    try:
        projects = pq.ParquetFile(release / "projects.parquet").metadata.num_rows
    except Exception:  # noqa: BLE001 - a damaged file is said by the checks above
        projects = None
    Console().print(f"release {release.resolve().name}: "
                    + (f"{projects} projects in projects.parquet" if projects is not None else "no readable projects")
                    + "; what the run did (counts, changes, coverage) is not known without its run summary")


@app.command()
def reliability(
    case: Optional[list[str]] = typer.Option(None, "--case", help="Only these cases (repeatable); default all."),
    kills: bool = typer.Option(True, "--kills/--no-kills", help="Also kill a crawl and an extraction and resume."),
    work: Optional[Path] = typer.Option(None, help="Keep the crawls here (default: a temporary folder)."),
    as_json: bool = typer.Option(False, "--json", help="Print the outcomes as JSON lines, then the totals."),
):
    """Crawl a hostile test web on 127.0.0.1 (hangs, resets, 429/5xx, redirect loops and escapes, lying
    encodings, 50 MB pages, gzip bombs, binary, soft 404s, prompt-like text, huge and off-site sitemaps) with the
    real spider, extract, and print each case with its outcome and a line of totals."""
    from pipeline.reliability.report import CASE_NAMES, print_report, run_all, totals

    _refuse_bad_environment()
    unknown = [c for c in case or () if c not in CASE_NAMES]
    if unknown:  # an empty name (a script's unset "$CASE") or a misspelt one would run nothing and report a pass
        console.print(f"[red]--case {', '.join(map(repr, unknown))}: no such case.[/red] The cases: "
                      f"{', '.join(CASE_NAMES)}")
        raise typer.Exit(2)
    outcomes = run_all(work, cases=case or None, kills=kills)
    if as_json:
        for o in outcomes:
            print(_json({"case": o.case, "survived": o.survived, "outcome": o.outcome,
                              "records_lost": o.records_lost, "problems": o.problems}))
        t = totals(outcomes)
        print(json.dumps(t))
    else:
        t = print_report(outcomes, Console(width=max(Console().width, 160)))
    if t["survived"] < t["cases"]:
        raise typer.Exit(1)


@sources_app.command("check")
def sources_check():
    """Validate the source registry and every crawlers/sources/*.toml file."""
    from pipeline.sources import check, registry

    problems = check()
    for p in problems:
        console.print(f"[red]problem:[/red] {p}")
    if problems:
        raise typer.Exit(1)
    console.print(f"{len(registry())} sources OK")


@sources_app.command("list")
def sources_list(spec: str = typer.Argument("all")):
    """List sources (id, kind, name, domains)."""
    from pipeline.sources import SourceConfigError, select

    try:
        chosen = select(spec)
    except SourceConfigError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2)
    for s in chosen:
        print(f"{s.id}\t{s.kind}\t{s.name}\t{','.join(s.domains)}")


def main():
    _tolerant_stdio()
    app()


if __name__ == "__main__":
    main()
