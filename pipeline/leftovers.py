"""What a killed run leaves running: Prefect's temporary server.

Without ``PREFECT_API_URL`` a flow run starts a temporary Prefect server as a child process (uvicorn serving
``prefect.server.api.server:create_app`` with ``PREFECT__SERVER_EPHEMERAL=1``) and stops it when the run ends. A run
killed with ``kill -9`` cannot stop it: the server lives on, orphaned (its parent is now init or a subreaper), holding
a port and its memory until someone stops it by hand. The next ``socinv run`` stops such orphans of this user first.

Only a process that is all of these is stopped: this user's, orphaned, a uvicorn serving Prefect's app, in ephemeral
mode. A temporary server whose run is alive (its parent is that run) and a real Prefect server (not ephemeral) are
never touched. Linux only (``/proc``); elsewhere nothing is done.
"""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

_APP = b"prefect.server.api.server:create_app"
_EPHEMERAL = b"PREFECT__SERVER_EPHEMERAL=1"
# A live run's server is the child of the run's Python process; an orphan's parent is init (pid 1) or a subreaper
# that adopted it (systemd --user, tini, dumb-init …), none of which is one of these.
_RUN_PARENT = re.compile(r"python|socinv|pytest|prefect|uv$", re.I)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:  # gone, or not ours to read
        return None


def _ppid(proc: Path) -> int | None:
    stat = _read(proc / "stat")
    if not stat:
        return None
    # "pid (comm) state ppid …": comm may hold blanks and ")", so read after the last ")"
    fields = stat[stat.rfind(b")") + 2:].split()
    return int(fields[1]) if len(fields) > 1 else None


def _comm(pid: int) -> str:
    return (_read(Path(f"/proc/{pid}/comm")) or b"").decode("utf-8", "replace").strip()


def orphaned_prefect_servers(proc_root: Path = Path("/proc")) -> list[int]:
    """Pids of this user's orphaned temporary Prefect servers (see the module's text)."""
    if not proc_root.is_dir():
        return []
    uid = os.getuid()
    found = []
    for proc in proc_root.iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if proc.stat().st_uid != uid:
                continue
        except OSError:
            continue
        cmdline = _read(proc / "cmdline")
        if not cmdline or _APP not in cmdline or b"uvicorn" not in cmdline:
            continue
        environ = _read(proc / "environ")
        if not environ or _EPHEMERAL not in environ.split(b"\0"):
            continue
        ppid = _ppid(proc)
        if ppid is None or not (ppid == 1 or not _RUN_PARENT.search(_comm(ppid))):
            continue
        found.append(int(proc.name))
    return sorted(found)


def stop_orphaned_prefect_servers(wait: float = 5.0) -> list[int]:
    """Stop (SIGTERM, then SIGKILL after ``wait`` seconds) the servers ``orphaned_prefect_servers`` finds; their
    pids."""
    pids = orphaned_prefect_servers()
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + wait
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if _alive(pid)]
        if alive:
            time.sleep(0.05)
    for pid in alive:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return pids


def _alive(pid: int) -> bool:
    """Running (a zombie, dead but not yet reaped by its adopter, counts as gone)."""
    stat = _read(Path(f"/proc/{pid}/stat"))
    if stat is None:
        return False
    return stat[stat.rfind(b")") + 2:][:1] != b"Z"
