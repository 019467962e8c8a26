"""One run at a time per ``datasets/`` folder.

Two runs publishing into the same folder would each build history against the same previous release and race for
``latest``; the second one to start is refused with a clear message instead. The lock is an advisory ``flock`` on
``datasets/.run.lock``, held by the run's process for its whole length: the kernel releases it when the process ends,
however it ends (a ``kill -9`` leaves no stale lock).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
from pathlib import Path


class RunLocked(RuntimeError):
    """Another run holds the folder."""


LOCK_NAME = ".run.lock"


def _not_a_lock_file(path: Path) -> str | None:
    """Why ``path`` cannot be the run's lock file (None when it can, or is not there yet): a folder (an operator's or a
    backup script's ``mkdir .run.lock``, the shell's way of locking) or another kind of file. It is never removed to
    make room: another tool may be holding it."""
    if path.is_dir():
        return (f"{path} is a folder, not the run's lock file: another tool (a backup script's `mkdir` lock?) may be "
                f"holding it; the run does not start while it is there. Remove the folder once that tool is done "
                f"(nothing else was changed)")
    if path.exists() and not path.is_file():
        return f"{path} is not a regular file, so the run cannot take its lock there; remove it, then run again"
    return None


def _lock_or_refuse(fd: int, datasets: Path) -> None:
    """Take the lock on ``fd`` without waiting; ``RunLocked`` naming its holder when another process has it."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
        raise RunLocked(f"another run is publishing into {datasets} ({holder}); wait for it to finish or stop "
                        f"it, then run again") from None


def check_free(datasets: Path) -> None:
    """Raise ``RunLocked`` now, before any work, when a run could not take ``datasets/.run.lock``: the name is taken by
    a folder or a special file, or another process holds the lock. Creates nothing (the lock is taken by
    ``exclusive_run``)."""
    path = Path(datasets) / LOCK_NAME
    problem = _not_a_lock_file(path)
    if problem:
        raise RunLocked(problem)
    if not path.is_file():
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # (exclusive_run says what stops it)
    try:
        try:
            _lock_or_refuse(fd, datasets)
        except OSError:
            return
    finally:
        os.close(fd)  # (releases the lock taken for the test)


@contextlib.contextmanager
def exclusive_run(datasets: Path):
    """Hold ``datasets/.run.lock`` for the block; raise ``RunLocked`` at once when another process holds it, or when
    the name is taken by a folder or anything else that is no lock file."""
    datasets = Path(datasets)
    datasets.mkdir(parents=True, exist_ok=True)
    path = datasets / LOCK_NAME
    problem = _not_a_lock_file(path)
    if problem:
        raise RunLocked(problem)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise RunLocked(_not_a_lock_file(path) or f"the run's lock file {path} cannot be opened "
                        f"({exc.strerror or exc}); nothing was changed") from None
    try:
        _lock_or_refuse(fd, datasets)
        started = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {started}".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
