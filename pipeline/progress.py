"""Progress of the long stages, for whoever is watching: rich bars on a terminal, plain periodic lines otherwise.

The flows report to :func:`reporter` (by default a silent one that only keeps the time of each stage, so a
Prefect deployment or a test pays nothing); ``socinv run`` installs :class:`RichReporter` when stdout is a TTY
and :class:`PlainReporter` otherwise (CI, cron, ``| tee``), and prints the stage timings in its end summary.

Stages and what they count: ``crawl <shard>`` pages fetched so far (the shard's manifest growing), ``extract``
pages done of the total, ``dedupe`` records → projects, ``publish`` the formats written.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from pathlib import Path
from typing import Iterator


class Reporter:
    """Silent: keeps per-stage counts and times (for the end summary), shows nothing."""

    def __init__(self):
        self.timings: dict[str, float] = {}
        self.counts: dict[str, tuple[int, int | None]] = {}
        self._started: dict[str, float] = {}
        self._lock = threading.Lock()

    def start(self, stage: str, total: int | None = None, unit: str = "pages") -> None:
        with self._lock:
            self._started[stage] = time.monotonic()
            self.counts[stage] = (0, total)
        self._show_start(stage, total, unit)

    def update(self, stage: str, done: int, total: int | None = None) -> None:
        with self._lock:
            if stage not in self._started:
                self._started[stage] = time.monotonic()
            total = total if total is not None else self.counts.get(stage, (0, None))[1]
            self.counts[stage] = (done, total)
        self._show(stage, done, total)

    def finish(self, stage: str, done: int | None = None) -> None:
        with self._lock:
            began = self._started.pop(stage, None)
            if began is not None:
                self.timings[stage] = self.timings.get(stage, 0.0) + time.monotonic() - began
            if done is not None:
                self.counts[stage] = (done, self.counts.get(stage, (0, None))[1])
        self._show_finish(stage, self.counts.get(stage, (0, None))[0])

    @contextlib.contextmanager
    def stage(self, stage: str, total: int | None = None, unit: str = "pages") -> Iterator[None]:
        self.start(stage, total, unit)
        try:
            yield
        finally:
            self.finish(stage)

    def close(self) -> None:
        pass

    # what subclasses show
    def _show_start(self, stage, total, unit):
        pass

    def _show(self, stage, done, total):
        pass

    def _show_finish(self, stage, done):
        pass


class PlainReporter(Reporter):
    """One line per stage every ``every`` seconds at most, and at the start and end of each: for logs and CI."""

    def __init__(self, stream=None, every: float = 10.0):
        super().__init__()
        self.stream = stream or sys.stderr
        self.every = every
        self._last: dict[str, float] = {}
        self._units: dict[str, str] = {}

    def _line(self, text: str) -> None:
        # not print(): inside a flow with log_prints Prefect would turn these lines into log records
        self.stream.write(f"[{time.strftime('%H:%M:%S')}] {text}\n")
        self.stream.flush()

    def _show_start(self, stage, total, unit):
        self._last[stage] = time.monotonic()
        self._units[stage] = unit
        self._line(f"{stage}: started" + (f", {total} {unit}" if total is not None else ""))

    def _show(self, stage, done, total):
        now = time.monotonic()
        if now - self._last.get(stage, 0.0) >= self.every:
            self._last[stage] = now
            self._line(f"{stage}: {done}" + (f"/{total}" if total else "") + f" {self._units.get(stage, '')}")

    def _show_finish(self, stage, done):
        self._line(f"{stage}: finished, {done} {self._units.get(stage, '')} in {self.timings.get(stage, 0.0):.1f} s")


class RichReporter(Reporter):
    """A rich progress bar per stage (and per crawl shard) on a terminal."""

    def __init__(self, console=None):
        super().__init__()
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("{task.description:<16}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=False)
        self._tasks: dict[str, int] = {}
        self.progress.start()

    def _task(self, stage, total):
        if stage not in self._tasks:
            self._tasks[stage] = self.progress.add_task(stage, total=total)
        return self._tasks[stage]

    def _show_start(self, stage, total, unit):
        self.progress.update(self._task(stage, total), total=total)

    def _show(self, stage, done, total):
        self.progress.update(self._task(stage, total), completed=done, total=total)

    def _show_finish(self, stage, done):
        total = self.counts.get(stage, (0, None))[1]
        self.progress.update(self._task(stage, total), completed=done,
                             total=total if total is not None and total >= done else done)

    def close(self) -> None:
        self.progress.stop()


_current: Reporter = Reporter()


def reporter() -> Reporter:
    return _current


@contextlib.contextmanager
def reporting(rep: Reporter) -> Iterator[Reporter]:
    """Report progress to ``rep`` while inside (``socinv run``)."""
    global _current
    previous, _current = _current, rep
    try:
        yield rep
    finally:
        _current = previous
        rep.close()


def for_terminal(stream=None) -> Reporter:
    stream = stream or sys.stdout
    if getattr(stream, "isatty", lambda: False)():
        from rich.console import Console

        return RichReporter(Console(file=stream))
    return PlainReporter(sys.stderr)


class _LineCounter:
    """Lines of a growing file, reading only what was appended since the last call."""

    def __init__(self, path: Path):
        self.path, self.offset, self.lines = Path(path), 0, 0

    def __call__(self) -> int:
        try:
            with open(self.path, "rb") as fh:
                fh.seek(self.offset)
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    self.lines += chunk.count(b"\n")
                    self.offset += len(chunk)
        except OSError:
            pass
        return self.lines


@contextlib.contextmanager
def watch(counters: dict, totals: dict | None = None, unit: str = "pages", every: float = 1.0) -> Iterator[None]:
    """While inside, poll each ``counters[stage]()`` every ``every`` seconds and report it as that stage's count."""
    rep = reporter()
    if type(rep) is Reporter:  # nobody is watching: no thread
        yield
        return
    stop = threading.Event()
    last: dict[str, int] = {}

    def poll():
        for name, fn in counters.items():
            try:
                n = fn()
            except Exception:  # noqa: BLE001 - a progress display must never break the run
                continue
            if last.get(name) != n:
                last[name] = n
                rep.update(name, n)

    def loop():
        while not stop.wait(every):
            poll()

    for name in counters:
        rep.start(name, (totals or {}).get(name), unit)
    thread = threading.Thread(target=loop, daemon=True, name="socinv-progress")
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)
        poll()
        for name in counters:
            rep.finish(name, last.get(name, 0))


def watch_manifests(shard_dirs: dict[str, Path], every: float = 1.0):
    """Each crawl shard's entries fetched so far, from its growing ``manifest.jsonl``."""
    return watch({name: _LineCounter(Path(d) / "manifest.jsonl") for name, d in shard_dirs.items()}, unit="fetched",
                 every=every)


def watch_release(datasets: Path, every: float = 0.5):
    """The files written so far into the release being staged in ``datasets/releases/.staging*``."""
    releases = Path(datasets) / "releases"

    seen = [0]
    before = {d.name for d in releases.iterdir()} if releases.is_dir() else set()

    def written() -> int:  # the staging folder is renamed to releases/<id> at the end: count that one then
        try:
            now = max((sum(1 for _ in d.iterdir()) for d in releases.iterdir()
                       if d.is_dir() and (d.name.startswith(".staging") or d.name not in before)), default=0)
        except OSError:
            now = 0
        seen[0] = max(seen[0], now)
        return seen[0]

    latest = Path(datasets) / "latest"
    total = sum(1 for _ in latest.iterdir()) if latest.is_dir() else None
    return watch({"publish": written}, {"publish": total}, unit="files", every=every)
