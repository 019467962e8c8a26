"""Running a blind hostile-web set's cases (tests/heldout_web*/cases.json): the set's own server (``server.py
BASE_PORT``, case i on BASE_PORT + i), then ``socinv crawl`` of each case's site as a user runs it (a subprocess,
``--allow-loopback --no-polite``), checked against what the case expects: the exit code, whether the good project
page gave a record, the words that say what failed, no traceback, a bound on the requests, and a generous bound on
the time (a hang guard, not a speed test).

``python tests/web_cases.py tests/heldout_web1 [NAME...]`` runs the cases by hand and prints one line each."""

from __future__ import annotations

import concurrent.futures
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
_FINISH = re.compile(r"finish reason: [^,]*, (\d+) requests")


def free_base_port(count: int) -> int:
    """A base port whose next ``count`` ports are all free on 127.0.0.1."""
    for base in range(20000 + os.getpid() % 2000 * 10, 60000, 97):
        socks = []
        try:
            for i in range(count):
                s = socket.socket()
                s.bind(("127.0.0.1", base + i))
                socks.append(s)
            return base
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError("no free ports")


class Server:
    """The set's server.py in its own process group (its stalled connections die with it)."""

    def __init__(self, set_dir: Path, count: int):
        self.base = free_base_port(count)
        self.proc = subprocess.Popen([sys.executable, str(set_dir / "server.py"), str(self.base), "-q"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 20
        for i in range(count):
            while True:
                try:
                    socket.create_connection(("127.0.0.1", self.base + i), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or self.proc.poll() is not None:
                        self.stop()
                        raise RuntimeError(f"{set_dir / 'server.py'} did not listen on {self.base + i}")
                    time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


def _path_of(url: str) -> str:
    return urlsplit(url).path.split(";")[0].rstrip("/") or "/"


def run_case(case: dict, base_port: int, out_dir: Path) -> dict:
    """Crawl one case's site; what the checks need."""
    url = f"http://127.0.0.1:{base_port + case['port_offset']}{case.get('start_path') or '/'}"
    limit = case["expect"]["max_seconds"]
    t0 = time.monotonic()
    try:
        run = subprocess.run([sys.executable, "-m", "pipeline.cli", "crawl", url, "--allow-loopback", "--no-polite",
                              "--out", str(out_dir)], cwd=ROOT, capture_output=True, text=True, timeout=limit + 30,
                             env={**os.environ, "COLUMNS": "300"})
        exit_code, output = run.returncode, run.stdout + run.stderr
    except subprocess.TimeoutExpired as e:
        exit_code = None
        output = (e.stdout or b"").decode(errors="replace") + (e.stderr or b"").decode(errors="replace")
    seconds = time.monotonic() - t0
    runs = sorted(p for p in out_dir.glob("*") if p.is_dir()) if out_dir.exists() else []
    log = ""
    records: list[dict] = []
    if runs:
        if (runs[-1] / "crawl.log").exists():
            log = (runs[-1] / "crawl.log").read_text(errors="replace")
        if (runs[-1] / "records.parquet").exists():
            import polars as pl
            records = pl.read_parquet(runs[-1] / "records.parquet").to_dicts()
    requests = [int(n) for n in _FINISH.findall(output)]
    return {"exit": exit_code, "output": output, "log": log, "records": records, "seconds": seconds,
            "requests": requests[-1] if requests else None, "url": url}


def failures(case: dict, got: dict) -> list[str]:
    """What the case expects and the run did not do (empty: the case held)."""
    expect, out = case["expect"], []
    if got["exit"] is None:
        return [f"still running after {expect['max_seconds'] + 30} s"]
    if expect["exit"] == "zero" and got["exit"] != 0:
        out.append(f"exit {got['exit']}, expected 0")
    elif expect["exit"] == "nonzero" and got["exit"] == 0:
        out.append("exit 0, expected non-zero")
    text = got["output"] + got["log"]
    if expect.get("no_traceback", True) and "Traceback (most recent call last)" in text:
        at = text.index("Traceback (most recent call last)")
        out.append("traceback: " + text[at:at + 3000])  # what raised, so that a rare one can be told from the log
    want = expect.get("good_project_found")
    if want is not None and case.get("good_project_path"):
        found = any(_path_of(r.get("source_url") or "") == case["good_project_path"].rstrip("/")
                    for r in got["records"])
        if found != want:
            out.append(f"good project {'not ' if want else ''}found")
    for words in expect.get("output_mentions", []):
        if words.lower() not in text.lower():
            out.append(f"no mention of {words!r}")
    if got["seconds"] > expect["max_seconds"]:
        out.append(f"{got['seconds']:.0f} s > {expect['max_seconds']} s")
    if expect.get("max_requests") is not None and (got["requests"] or 0) > expect["max_requests"]:
        out.append(f"{got['requests']} requests > {expect['max_requests']}")
    return out


def run_set(set_dir: Path, out_root: Path, names: list[str] | None = None, workers: int = 8) -> dict[str, list[str]]:
    cases = json.loads((set_dir / "cases.json").read_text())
    if names:
        cases = [c for c in cases if c["name"] in names]
    server = Server(set_dir, max(c["port_offset"] for c in json.loads((set_dir / "cases.json").read_text())) + 1)
    try:
        with concurrent.futures.ThreadPoolExecutor(workers) as pool:
            runs = dict(zip([c["name"] for c in cases],
                            pool.map(lambda c: run_case(c, server.base, out_root / c["name"]), cases)))
    finally:
        server.stop()
    return {c["name"]: (failures(c, runs[c["name"]]), runs[c["name"]]) for c in cases}


if __name__ == "__main__":
    import tempfile

    results = run_set(Path(sys.argv[1]), Path(tempfile.mkdtemp(prefix="webcases-")), sys.argv[2:] or None)
    for name, (failed, got) in results.items():
        print(f"{'ok  ' if not failed else 'FAIL'} {name:40s} exit={got['exit']} {got['seconds']:6.1f}s "
              f"requests={got['requests']} records={len(got['records'])} {'; '.join(failed)}")
    print(f"{sum(not f for f, _ in results.values())} of {len(results)} held")
