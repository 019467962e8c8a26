"""Structured logs: every line of a run as one JSON object in ``work/runs/<id>/run.log.jsonl``.

The stages log with ``extra={"source": ..., "url": ..., "stage": ...}`` where there is a source and a URL; the
handler here writes those as fields (not only inside the message), together with Prefect's flow and task run names,
so a failing page can be found with ``jq 'select(.url == "…")'`` or ``grep '"source": "1482"'``:

    {"ts": "2026-11-23T21:09:24.512+00:00", "level": "WARNING", "logger": "socinv", "stage": "extract",
     "source": "1482", "url": "https://www.kungalv.se/…", "error": "ValueError: …", "message": "extraction failed …"}
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sys
import threading
from pathlib import Path
from typing import Iterator

# Fields copied from a log record into the JSON line when a caller passed them in ``extra=``.
FIELDS = ("stage", "source", "url", "shard", "error", "count", "release")
# Prefect's run loggers add these to every record of a flow or task run.
PREFECT_FIELDS = ("flow_run_name", "flow_run_id", "task_run_name", "task_run_id", "flow_name", "task_name")
LOGGERS = ("socinv", "socinv.detail", "prefect.flow_runs", "prefect.task_runs")

log = logging.getLogger("socinv")
# Lines for the run log only (one per source, one per failed request: hundreds in a national crawl), kept off the
# console and the Prefect UI, which show the totals.
detail = logging.getLogger("socinv.detail")
detail.propagate = False
detail.setLevel(logging.INFO)
detail.addHandler(logging.NullHandler())  # no run log attached (a stage run alone): silent, not Python's last resort


def fields(stage: str, source: str | None = None, url: str | None = None, **more) -> dict:
    """``extra=`` for a log call: ``log.warning("…", extra=fields("extract", source=sid, url=url))``."""
    out = {"stage": stage}
    if source is not None:
        out["source"] = source
    if url is not None:
        out["url"] = url
    out.update({k: v for k, v in more.items() if v is not None})
    return out


class JsonLinesHandler(logging.Handler):
    """Appends one JSON object per record to a file; safe to share between threads."""

    def __init__(self, path: Path, level: int = logging.DEBUG):
        super().__init__(level)
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "a", encoding="utf-8")
        self._lock2 = threading.Lock()
        self.failed: OSError | None = None  # the write error that stopped this log (a full disk), said once

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed is not None:
            return
        try:
            line = json.dumps(as_json(record), ensure_ascii=False, default=str)
            with self._lock2:
                self._fh.write(line + "\n")
                self._fh.flush()
        except OSError as exc:  # a full disk or a lost mount: one line on stderr, not a traceback per record
            self.failed = exc
            sys.stderr.write(f"socinv: the run log {self.path} cannot be written ({exc}); its lines are dropped "
                             f"from here on (the console still shows them)\n")
        except Exception:  # noqa: BLE001 - logging must never break the run
            self.handleError(record)

    def close(self) -> None:
        with self._lock2:
            if not self._fh.closed:
                try:
                    self._fh.close()
                except OSError:  # its last buffered lines could not be written either (already said)
                    pass
        super().close()


def as_json(record: logging.LogRecord) -> dict:
    out = {"ts": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
           "level": record.levelname, "logger": record.name}
    for name in FIELDS + PREFECT_FIELDS:
        value = getattr(record, name, None)
        if value is not None:
            out[name] = value
    out["message"] = record.getMessage()
    if record.exc_info and record.exc_info[0] is not None:
        out["exception"] = logging.Formatter().formatException(record.exc_info)
    return out


@contextlib.contextmanager
def run_log(path: Path, loggers: tuple[str, ...] = LOGGERS) -> Iterator[JsonLinesHandler]:
    """Write the run's log records (ours and Prefect's run loggers) to ``path`` as JSON lines while inside."""
    handler = JsonLinesHandler(path)
    attached = [logging.getLogger(name) for name in loggers]
    ours = logging.getLogger("socinv")
    old_level = ours.level
    if ours.getEffectiveLevel() > logging.INFO:
        ours.setLevel(logging.INFO)
    for lg in attached:
        lg.addHandler(handler)
    try:
        yield handler
    finally:
        for lg in attached:
            lg.removeHandler(handler)
        ours.setLevel(old_level)
        handler.close()


_attached: list[tuple[JsonLinesHandler, list[logging.Logger], int]] = []


def attach_run_log(path: Path, loggers: tuple[str, ...] = LOGGERS) -> JsonLinesHandler:
    """Start writing the run's log to ``path`` until :func:`detach_run_log` (the flow's completion and failure
    hooks call it); a run log still attached from a run that ended without its hooks is closed first."""
    detach_run_log()
    handler = JsonLinesHandler(path)
    attached = [logging.getLogger(name) for name in loggers]
    ours = logging.getLogger("socinv")
    old_level = ours.level
    if ours.getEffectiveLevel() > logging.INFO:
        ours.setLevel(logging.INFO)
    for lg in attached:
        lg.addHandler(handler)
    _attached.append((handler, attached, old_level))
    return handler


def detach_run_log() -> None:
    while _attached:
        handler, attached, old_level = _attached.pop()
        for lg in attached:
            lg.removeHandler(handler)
        logging.getLogger("socinv").setLevel(old_level)
        handler.close()


def read_run_log(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
