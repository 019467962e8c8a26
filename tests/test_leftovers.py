"""A killed run's temporary Prefect server is found and stopped by the next run; nothing else is touched.

The processes here are real: an orphan is made the way ``kill -9`` makes one (its parent exits without stopping it,
so init or a subreaper adopts it), with the command line and environment Prefect gives its temporary server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import leftovers

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")

# What Prefect runs (prefect.server.api.server.SubprocessASGIServer), with a sleep in place of the server.
_SERVER_ARGS = ["-c", "import time; time.sleep(120)", "-m", "uvicorn", "--factory",
                "prefect.server.api.server:create_app", "--host", "127.0.0.1"]


def _spawn(ephemeral: bool, orphan: bool) -> int:
    env = {**os.environ, "PREFECT__SERVER_EPHEMERAL": "1"} if ephemeral else \
        {k: v for k, v in os.environ.items() if k != "PREFECT__SERVER_EPHEMERAL"}
    if not orphan:
        proc = subprocess.Popen([sys.executable, *_SERVER_ARGS], env=env)
        return proc.pid
    # The parent starts the "server" and exits at once, as a run killed with kill -9 does.
    # (the "server" gets no handle on our pipe, or reading its pid would wait for it to end)
    starter = ("import subprocess, sys; p = subprocess.Popen(sys.argv[1:], start_new_session=True, "
               "stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(p.pid)")
    out = subprocess.run([sys.executable, "-c", starter, sys.executable, *_SERVER_ARGS], env=env,
                         capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def _alive(pid: int) -> bool:
    return leftovers._alive(pid)


def _wait_adopted(pid: int) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and leftovers._ppid(Path(f"/proc/{pid}")) == os.getpid():
        time.sleep(0.02)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass


def test_orphaned_temporary_server_is_stopped():
    pid = _spawn(ephemeral=True, orphan=True)
    try:
        _wait_adopted(pid)
        assert pid in leftovers.orphaned_prefect_servers()
        assert pid in leftovers.stop_orphaned_prefect_servers(wait=5)
        deadline = time.monotonic() + 5
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(pid)
    finally:
        _kill(pid)


def test_a_live_runs_server_and_a_real_server_are_left_alone():
    live = _spawn(ephemeral=True, orphan=False)  # its run (this process) is alive
    real = _spawn(ephemeral=False, orphan=True)  # a Prefect server someone runs on purpose
    try:
        time.sleep(0.2)
        found = leftovers.orphaned_prefect_servers()
        assert live not in found and real not in found
        leftovers.stop_orphaned_prefect_servers(wait=0.5)
        assert _alive(live) and _alive(real)
    finally:
        for pid in (live, real):
            _kill(pid)
        os.waitpid(live, 0)


def test_no_proc_finds_nothing(tmp_path):
    assert leftovers.orphaned_prefect_servers(tmp_path / "missing") == []
