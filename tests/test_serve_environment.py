"""`socinv serve` is what a unit file or a cron @reboot line starts: it gets run's environment fix-up (loopback kept off
a proxy, a TMPDIR or HOME where nothing can be written replaced and said) before Prefect is imported, or a refusal by
name, never a traceback."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEAD = "http://127.0.0.1:9"  # nothing listens on the discard port: a refused connection at once


def _serve(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_") and k.lower() != "no_proxy"}
    env.update({"PYTHONPATH": str(ROOT), "PREFECT_API_URL": DEAD + "/api", **extra})
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "serve"], cwd=tmp_path, env=env, capture_output=True,
                          timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")


def test_serve_from_a_bare_cron_environment_puts_it_right_and_says_so(tmp_path):
    """HOME that cannot be made, TMPDIR where no file can be made, a dead proxy in every variable: each is put right
    and said; the serve then stops only because no Prefect server answers at PREFECT_API_URL (reached directly, not
    through the proxy), with that reason."""
    code, out = _serve(tmp_path, HOME="/proc/socinv-ingen-hemkatalog", TMPDIR="/proc",
                       **{name: DEAD for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")})
    assert code == 2 and "Traceback" not in out, out[-3000:]
    assert "TMPDIR=/proc" in out and "Prefect's home" in out
    assert "no Prefect server answers there" in out and "127.0.0.1:9" in out


def test_serve_refuses_a_prefect_home_that_cannot_be_written_by_name(tmp_path):
    code, out = _serve(tmp_path, PREFECT_HOME="/proc/socinv-x")
    assert code == 2 and "Traceback" not in out, out[-3000:]
    assert "PREFECT_HOME=/proc/socinv-x" in out


def test_serve_refuses_a_crawl_setting_that_is_no_number(tmp_path):
    code, out = _serve(tmp_path, SOCINV_MAX_DEPTH="tre")
    assert code == 2 and "Traceback" not in out, out[-3000:]
    assert "SOCINV_MAX_DEPTH" in out
