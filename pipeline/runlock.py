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


@contextlib.contextmanager
def exclusive_run(datasets: Path):
    """Hold ``datasets/.run.lock`` for the block; raise ``RunLocked`` at once when another process holds it."""
    datasets = Path(datasets)
    datasets.mkdir(parents=True, exist_ok=True)
    path = datasets / ".run.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            raise RunLocked(f"another run is publishing into {datasets} ({holder}); wait for it to finish or stop "
                            f"it, then run again") from None
        started = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {started}".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
