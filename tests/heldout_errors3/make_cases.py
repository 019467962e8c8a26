#!/usr/bin/env python3
"""Build the blind error-handling set heldout_errors3: damaged published releases and eval folders.

Written blind: the author read only README.md, docs/*.md, `socinv --help` / `socinv <command> --help`,
the data of tests/heldout_errors1 and tests/heldout_errors2, and one real release produced by
`socinv run --datasets X` (its file list, SHA256SUMS, run_summary.json, the Parquet schemas, the SQLite
schema).  No Python code of the project was read, and no command was run on the damaged copies.

Usage:
    python tests/heldout_errors3/make_cases.py PRISTINE_DATASETS [OUT_DIR]

PRISTINE_DATASETS is a datasets folder exactly as `socinv run --datasets PRISTINE_DATASETS` left it
(`latest` -> releases/<id>, top-level links into it, SHA256SUMS, ...).  OUT_DIR defaults to
tests/heldout_errors3/data/.  The script deletes OUT_DIR, writes one folder per case into it, and writes
tests/heldout_errors3/cases.json.  Standard library only, except pyarrow for the one case that rewrites a
Parquet file with an older schema (run it with the project's .venv/bin/python).  Deterministic: the same
pristine folder gives byte-identical output (fixed seeds, fixed tar metadata, no clocks).

Case format (as heldout_errors1/2, plus two keys):
    name, args (relative to this folder), why,
    command            "status" / "search" / "explain" / "eval" (default "extract"),
    expect.exit        "zero" / "nonzero" / "any",
    expect.records_min / records_max   0 / 0 here (no command of this set prints records),
    expect.stderr_mentions  words a clear message on stderr must hold (a file, a link, a case folder),
    expect.output_mentions  words stdout+stderr together must hold (what a working command shows),
    expect.no_traceback     always true,
    expect.max_seconds.
Mentions are meant literally (file and folder names, ids); the few plain words ("latest", "recall")
are lower case as a message or a table header would most likely write them: match them without case.

Not expressible: a NUL byte in an argument (execve cannot pass one; Python's subprocess raises
ValueError before the command starts), so the NUL case of the brief is replaced by a query of terminal
control characters and an invalid UTF-8 byte (search_control_and_invalid_utf8).
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import random
import shutil
import stat
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# files that hold the project table in some form: whatever search/explain read, it is one of these
PROJECT_TABLE_FILES = ["projects.parquet", "projects.sqlite", "projects.csv", "projects_excel.csv",
                       "projects.xlsx"]
OLDER_RELEASE = "2000-01-01T000000Z"       # an older release id that sorts before any real one
NOWHERE_RELEASE = "2099-01-01T000000Z"     # a release id that does not exist


# --------------------------------------------------------------------------- helpers

def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _force_remove(func, path, _exc):
    try:
        os.chmod(path, stat.S_IRWXU)
        parent = os.path.dirname(path)
        if parent:
            os.chmod(parent, stat.S_IRWXU)
    except OSError:
        pass
    func(path)


def rmtree(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path, onerror=_force_remove)


class Pristine:
    def __init__(self, root: Path):
        self.root = root
        latest = root / "latest"
        if not latest.is_symlink():
            sys.exit(f"make_cases: {latest} is not a symlink; give the datasets folder a `socinv run "
                     f"--datasets` wrote (not a copy made with cp -rL)")
        self.latest_target = os.readlink(latest)                 # "releases/<id>"
        self.release_dir = (root / self.latest_target).resolve()
        if not self.release_dir.is_dir():
            sys.exit(f"make_cases: {latest} points at {self.latest_target}, which is not a folder")
        self.release = self.release_dir.name
        self.rel_release = Path(self.latest_target)               # relative to the datasets folder
        with open(self.release_dir / "projects.csv", encoding="utf-8", newline="") as f:
            self.rows = list(csv.DictReader(f))
        if not self.rows:
            sys.exit("make_cases: the pristine release has no projects")
        self.n_projects = len(self.rows)

    def name(self, row: dict) -> str:
        return row.get("title") or row.get("title_derived") or ""

    def pick_project(self) -> dict:
        """A project with a title of its own, one plain word of which is used as the search query."""
        for row in self.rows:                                     # rows are sorted by project_id
            if row.get("title", "").startswith("Chatta med soc"):
                return row
        for row in self.rows:
            if row.get("title"):
                return row
        return self.rows[0]

    def pick_paren_token(self):
        """A token holding '(' in a titled project's searched text, e.g. '(tjänsten' (a regex or FTS5
        syntax error if not taken literally).  Returns (token, next_token, row) or None."""
        for row in self.rows:
            if not row.get("title"):
                continue
            text = " ".join(row.get(k) or "" for k in ("title", "purpose", "target_group", "description"))
            words = text.split()
            for i, w in enumerate(words[:-1]):
                if w.startswith("(") and len(w) > 3 and w[1:].isalpha():
                    nxt = words[i + 1]
                    if nxt.isalpha():
                        return w, nxt, row
        return None


def copy_datasets(p: Pristine, dst: Path, follow_links: bool = False) -> Path:
    shutil.copytree(p.root, dst, symlinks=not follow_links)
    return dst


def rel(dst: Path, p: Pristine) -> Path:
    """The release folder inside a copy."""
    return dst / p.rel_release


def rewrite_sums(release_dir: Path, names: list[str]) -> None:
    """Recompute the SHA256SUMS lines of `names` (keeping the file's order and format)."""
    sums = release_dir / "SHA256SUMS"
    out = []
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if name in names:
            digest = sha256(release_dir / name)
        out.append(f"{digest}  {name}")
    sums.write_text("\n".join(out) + "\n", encoding="utf-8")


def truncate(path: Path, fraction: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])


def det_bytes(seed: int, n: int) -> bytes:
    return random.Random(seed).randbytes(n)


# --------------------------------------------------------------------------- release damage

def make_old_schema(release_dir: Path, p: Pristine) -> None:
    """projects.parquet and the SQLite projects table as an older release wrote them: title -> titel,
    target_group -> malgrupp, purpose and evidence gone, schema_version 0.9.0; SHA256SUMS agrees."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        sys.exit("make_cases: pyarrow is needed for the old-schema case; run this script with the "
                 "project's .venv/bin/python")
    import sqlite3

    path = release_dir / "projects.parquet"
    table = pq.read_table(path)
    meta = dict(table.schema.metadata or {})
    meta[b"schema_version"] = b"0.9.0"
    keep = [n for n in table.column_names if n not in ("purpose", "evidence", "title_derived")]
    table = table.select(keep)
    renames = {"title": "titel", "target_group": "malgrupp"}
    table = table.rename_columns([renames.get(n, n) for n in table.column_names])
    table = table.replace_schema_metadata(meta)
    path.unlink()
    pq.write_table(table, path, compression="zstd")

    db = release_dir / "projects.sqlite"
    con = sqlite3.connect(db)
    try:
        con.execute("ALTER TABLE projects RENAME COLUMN title TO titel")
        con.execute("ALTER TABLE projects RENAME COLUMN target_group TO malgrupp")
        con.execute("ALTER TABLE projects DROP COLUMN evidence")
        con.commit()
    finally:
        con.close()
    rewrite_sums(release_dir, ["projects.parquet", "projects.sqlite"])


def deterministic_tar(src: Path, dst: Path) -> None:
    """A tarball of the release (as a user downloads one), fixed metadata."""
    with tarfile.open(dst, "w", format=tarfile.USTAR_FORMAT) as tar:
        for f in sorted(src.iterdir()):
            data = f.read_bytes()
            info = tarfile.TarInfo(name=f"{src.name}/{f.name}")
            info.size = len(data)
            info.mtime = 0
            info.mode = 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))


# --------------------------------------------------------------------------- eval pages

PAGE_A = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Tidigt föräldrastöd i Nödinge - Ale kommun</title></head>
<body>
<header><nav><a href="/">Start</a> <a href="/kommun-och-politik/">Kommun och politik</a></nav></header>
<main>
<h1>Tidigt föräldrastöd i Nödinge</h1>
<p>Projektet Tidigt föräldrastöd i Nödinge är en social investering som ska stärka föräldrar till små
barn innan problemen växer. Familjebehandlare från socialtjänsten finns på plats i den öppna förskolan
två dagar i veckan och erbjuder samtal och föräldragrupper.</p>
<h2>Fakta om projektet</h2>
<ul>
<li>Syfte: Att förebygga psykisk ohälsa hos barn genom tidigt stöd till föräldrar.</li>
<li>Målgrupp: Föräldrar till barn 0–5 år i Nödinge.</li>
<li>Projektperiod: 2024–2026</li>
<li>Budget: 2 400 000 kronor ur den sociala investeringsfonden</li>
<li>Projektägare: Sektor socialtjänst</li>
<li>Samverkansparter: Västra Götalandsregionen</li>
</ul>
</main>
<footer>Ale kommun, 449 80 Alafors</footer>
</body>
</html>
"""

PAGE_B = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Språkstart i Surte - Ale kommun</title></head>
<body>
<main>
<h1>Språkstart i Surte</h1>
<p>Satsningen Språkstart i Surte ger barn i förskolan extra stöd i språkutvecklingen. Två
språkpedagoger arbetar i projektet på heltid tillsammans med biblioteket.</p>
<dl>
<dt>Målgrupp</dt><dd>Barn 3–5 år i Surtes förskolor</dd>
<dt>Period</dt><dd>2025–2027</dd>
<dt>Beviljat belopp</dt><dd>1 800 000 kronor</dd>
<dt>Samverkan</dt><dd>Ale bibliotek</dd>
</dl>
</main>
</body>
</html>
"""

URL_A = "https://www.ale.se/kommun-och-politik/sociala-investeringar/tidigt-foraldrastod-i-nodinge/"
URL_B = "https://www.ale.se/kommun-och-politik/sociala-investeringar/sprakstart-i-surte/"


def record(**kw):
    base = {
        "title": None, "title_derived": None, "publisher": "Ale", "publisher_code": "1440",
        "publisher_type": "kommun", "municipality_codes": ["1440"], "municipalities": ["Ale"],
        "organisations": [], "partners": [], "funders": [], "purpose": None, "target_group": None,
        "description": None, "target_age_min": None, "target_age_max": None, "target_grade_min": None,
        "target_grade_max": None, "start_date": None, "start_precision": None, "end_date": None,
        "end_precision": None, "budget_sek": None, "budget_basis": None, "staffing_fte": None,
        "status": None,
    }
    base.update(kw)
    return base


EXPECTED_A = [record(
    title="Tidigt föräldrastöd i Nödinge",
    organisations=["Sektor socialtjänst"], partners=["Västra Götalandsregionen"], funders=["Ale"],
    purpose="Att förebygga psykisk ohälsa hos barn genom tidigt stöd till föräldrar.",
    target_group="Föräldrar till barn 0–5 år i Nödinge.",
    description=("Projektet Tidigt föräldrastöd i Nödinge är en social investering som ska stärka "
                 "föräldrar till små barn innan problemen växer. Familjebehandlare från socialtjänsten "
                 "finns på plats i den öppna förskolan två dagar i veckan och erbjuder samtal och "
                 "föräldragrupper."),
    target_age_min=0, target_age_max=5,
    start_date="2024-01-01", start_precision="year", end_date="2026-12-31", end_precision="year",
    budget_sek=2400000, budget_basis="total",
)]

EXPECTED_B = [record(
    title="Språkstart i Surte",
    partners=["Ale bibliotek"],
    target_group="Barn 3–5 år i Surtes förskolor",
    description=("Satsningen Språkstart i Surte ger barn i förskolan extra stöd i språkutvecklingen. "
                 "Två språkpedagoger arbetar i projektet på heltid tillsammans med biblioteket."),
    target_age_min=3, target_age_max=5,
    start_date="2025-01-01", start_precision="year", end_date="2027-12-31", end_precision="year",
    budget_sek=1800000, budget_basis="total", staffing_fte=2.0,
)]

GOOD_CASE = "ale-tidigt-foraldrastod"


def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def eval_case(folder: Path, page: str | bytes | None, meta, expected) -> None:
    folder.mkdir(parents=True)
    if page is not None:
        (folder / "page.html").write_bytes(page.encode("utf-8") if isinstance(page, str) else page)
    if meta is not None:
        if isinstance(meta, bytes):
            (folder / "meta.json").write_bytes(meta)
        else:
            write_json(folder / "meta.json", meta)
    if expected is not None:
        if isinstance(expected, bytes):
            (folder / "expected.json").write_bytes(expected)
        else:
            write_json(folder / "expected.json", expected)


def eval_folder(root: Path, damaged_name: str | None = None, **damaged) -> Path:
    """An eval folder: the good case, plus one damaged case (if named)."""
    root.mkdir(parents=True)
    eval_case(root / GOOD_CASE, PAGE_A, {"url": URL_A}, EXPECTED_A)
    if damaged_name:
        eval_case(root / damaged_name, damaged.get("page", PAGE_B), damaged.get("meta", {"url": URL_B}),
                  damaged.get("expected", EXPECTED_B))
    return root


def fake_png(seed: int, n: int) -> bytes:
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01@\x00\x00\x00\xc8\x08\x06\x00\x00\x00"
            + det_bytes(seed, n))


# --------------------------------------------------------------------------- the cases

def c(name, command, args, exit, mentions, why, output=None, secs=60):
    expect = {"exit": exit, "records_min": 0, "records_max": 0, "stderr_mentions": mentions,
              "no_traceback": True, "max_seconds": secs}
    if output:
        expect["output_mentions"] = output
    return {"name": name, "command": command, "args": args, "expect": expect, "why": why}


def build(pristine_root: Path, out: Path) -> list[dict]:
    p = Pristine(pristine_root)
    rmtree(out)
    out.mkdir(parents=True)

    def arg(path: Path) -> str:
        return os.path.relpath(path, HERE)

    proj = p.pick_project()
    pid, ptitle = proj["project_id"], p.name(proj)
    pword = ptitle.split()[0] if ptitle else "förskola"
    host = proj["source_url"].split("/")[2] if proj.get("source_url", "").count("/") >= 2 else ""
    prefix = pid.split("-")[0]
    R = p.release
    cases: list[dict] = []

    # ---- the pristine release (calibration) -------------------------------------------------
    ds = copy_datasets(p, out / "ds_pristine")
    D = arg(ds)
    cases.append(c("status_pristine", "status", ["--datasets", D], "zero", [],
        f"Baseline: an untouched copy (symlinks kept) of the release `socinv run` just published, "
        f"{R}, {p.n_projects} projects. status must work and name the release and its project count. "
        f"Every other release case is a damaged copy of this folder; if this one fails, the harness or "
        f"the copy is wrong, not the damage handling.",
        output=[R, str(p.n_projects)]))
    cases.append(c("search_pristine", "search", ["--datasets", D, pword], "zero", [],
        f"Baseline: search for '{pword}', a word of the title '{ptitle}' ({pid}) written as the data "
        f"writes it. It must be found and shown by its name.",
        output=[ptitle[:14]]))
    cases.append(c("explain_pristine", "explain", ["--datasets", D, pid], "zero", [],
        f"Baseline: explain {pid} ('{ptitle}'), an id taken from the release itself. Its values and its "
        f"page ({host}) must be shown.",
        output=[ptitle[:14], host]))

    # ---- damaged releases -----------------------------------------------------------------------
    d = copy_datasets(p, out / "ds_parquet_truncated")
    truncate(rel(d, p) / "projects.parquet", 0.4)
    cases.append(c("status_projects_parquet_truncated", "status", ["--datasets", arg(d)], "any",
        ["projects.parquet"],
        f"The latest release's projects.parquet is cut to its first 40 % (a copy or a sync stopped "
        f"half-way; Parquet's footer with its schema is gone, so the file cannot be opened). status is "
        f"the command a user runs to learn the state of the release: the README says read commands on a "
        f"damaged release 'say what is damaged and which release the next run builds on'. The message "
        f"must name projects.parquet (SHA256SUMS says what it should be). Exit code left open: status "
        f"may report a damaged release as its finding (0) or as a failure."))

    d = copy_datasets(p, out / "ds_tables_zero_bytes")
    for n in PROJECT_TABLE_FILES:
        (rel(d, p) / n).write_bytes(b"")
    cases.append(c("search_project_tables_zero_bytes", "search", ["--datasets", arg(d), pword], "nonzero",
        ["projects."],
        f"A copy made on a full disk: the names of every file holding the project table "
        f"({', '.join(PROJECT_TABLE_FILES)}) exist but are zero bytes; the small files (SHA256SUMS, "
        f"run_summary.json …) are whole. Whatever copy search reads (SQLite opens a zero-byte file as an "
        f"empty database and then fails with 'no such table'), nothing can be searched: a non-zero exit "
        f"and a message naming the empty file (all of them start with 'projects.'), not 'no results' "
        f"and not a traceback."))

    d = copy_datasets(p, out / "ds_old_schema")
    make_old_schema(rel(d, p), p)
    cases.append(c("explain_older_schema_release", "explain", ["--datasets", arg(d), pid], "any", [],
        f"The latest release's project table has another schema, as an older socinv wrote it (file "
        f"metadata schema_version 0.9.0): in projects.parquet and in the SQLite table `projects`, title "
        f"is 'titel', target_group is 'malgrupp', purpose and evidence are gone (title_derived too in the "
        f"Parquet). SHA256SUMS was updated, so the files check out: this is no damage the checksums see. "
        f"explain {pid} must not die with a KeyError/ColumnNotFound traceback: it either says the "
        f"release's schema is not the one it reads (naming the missing column), or shows what it can. "
        f"Nothing is required of the wording; only no traceback and no hang."))

    d = copy_datasets(p, out / "ds_csv_only")
    keep = {"projects.csv", "projects_excel.csv", "README.md", "CITATION.cff", "SHA256SUMS"}
    for f in sorted(rel(d, p).iterdir()):
        if f.name not in keep:
            f.unlink()
    cases.append(c("status_csv_only_release", "status", ["--datasets", arg(d)], "any", [],
        "The latest release folder holds only projects.csv, projects_excel.csv, README.md, CITATION.cff "
        "and the original SHA256SUMS (someone rebuilt datasets/ from the portal's CSV download); "
        "projects.parquet, run_summary.json, coverage.parquet, the SQLite file … are missing and their "
        "top-level links dangle. status must say the release is incomplete (which files, or at least "
        "that files listed in SHA256SUMS are missing) instead of a FileNotFoundError traceback. Which "
        "missing file it names first is left open."))

    d = copy_datasets(p, out / "ds_no_latest")
    (d / "latest").unlink()
    cases.append(c("status_latest_link_missing", "status", ["--datasets", arg(d)], "any", ["latest"],
        f"The `latest` link is deleted (an rsync without -l, or a user tidying up); releases/{R} is "
        f"whole and every top-level file link now dangles. The operations doc says a run then builds on "
        f"the newest whole release and says so; status must likewise say that `latest` is missing (and "
        f"may name {R} as the release found), never a traceback."))

    d = copy_datasets(p, out / "ds_latest_dangling")
    (d / "latest").unlink()
    os.symlink(f"releases/{NOWHERE_RELEASE}", d / "latest")
    cases.append(c("search_latest_dangling", "search", ["--datasets", arg(d), pword], "any", ["latest"],
        f"`latest` points at releases/{NOWHERE_RELEASE}, which does not exist (a release folder deleted "
        f"by hand); releases/{R} is whole. search may fall back to {R} with a warning, or refuse; either "
        f"way its message must say that `latest` points nowhere. No FileNotFoundError traceback."))

    d = copy_datasets(p, out / "ds_latest_loop")
    (d / "latest").unlink()
    os.symlink("latest", d / "latest")
    cases.append(c("explain_latest_symlink_loop", "explain", ["--datasets", arg(d), pid], "any", ["latest"],
        f"`latest` is a link to itself (`ln -sfn latest latest` typed in the wrong folder), so it and every "
        f"top-level link fail with ELOOP 'Too many levels of symbolic links'. explain {pid} must say "
        f"that `latest` is broken (falling back to releases/{R} with a warning is fine too), with no "
        f"OSError traceback and no hang."))

    tarball = out / "datasets.tar"
    deterministic_tar(p.release_dir, tarball)
    cases.append(c("status_datasets_is_a_file", "status", ["--datasets", arg(tarball)], "nonzero",
        ["datasets.tar"],
        "--datasets names a tarball of a release (the user downloaded it and did not unpack it): a "
        "regular file, not a folder. Nothing can be shown: non-zero exit and a message naming "
        "datasets.tar as not a folder; no NotADirectoryError traceback."))

    empty = out / "empty_datasets"
    empty.mkdir()
    cases.append(c("search_empty_datasets_folder", "search", ["--datasets", arg(empty), pword], "nonzero",
        ["empty_datasets"],
        "--datasets is an existing empty folder (a fresh checkout before the first `socinv run`, or a "
        "typo'd mount point). There is no release to search: a non-zero exit and a message naming the "
        "folder and saying it holds no release (ideally: run `socinv run` first). Not 'no results', "
        "which would tell the user the data has no such project."))

    d = copy_datasets(p, out / "ds_no_read_permission")
    for n in ("projects.parquet", "projects.sqlite", "run_summary.json", "SHA256SUMS"):
        os.chmod(rel(d, p) / n, 0)
    cases.append(c("status_no_read_permission", "status", ["--datasets", arg(d)], "any", [],
        "projects.parquet, projects.sqlite, run_summary.json and SHA256SUMS of the latest release have "
        "mode 000 (a release published by another user with a restrictive umask). As a normal user, a "
        "careful status says 'permission denied' naming the file; as root (this sandbox) the files are "
        "readable and status works. So exit is 'any' and no mention is required; what is checked is no "
        "PermissionError traceback and no hang. make_cases.py sets the modes; regenerate after a copy."))

    d = copy_datasets(p, out / "ds_sums_lie")
    sums = rel(d, p) / "SHA256SUMS"
    lines = sums.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.endswith("  projects.parquet"):
            first = line[0]
            lines[i] = ("0" if first != "0" else "1") + line[1:]
    sums.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cases.append(c("status_checksums_disagree", "status", ["--datasets", arg(d)], "any", ["projects.parquet"],
        "Every file is byte-identical to the published one, but the SHA256SUMS line of projects.parquet "
        "has its first hex digit changed: the checksum file and the data disagree (bit rot in "
        "SHA256SUMS, or a file swapped by hand — the tool cannot know which). The README says a run "
        "checks the files against SHA256SUMS before building on a release, so status must report the "
        "mismatch naming projects.parquet rather than call the release whole."))

    d = copy_datasets(p, out / "ds_sums_missing")
    (rel(d, p) / "SHA256SUMS").unlink()
    cases.append(c("status_checksum_file_missing", "status", ["--datasets", arg(d)], "any", ["SHA256SUMS"],
        "The latest release's SHA256SUMS is deleted (the top-level SHA256SUMS link dangles); every data "
        "file is whole. The release cannot be verified, which the next run would also find; status must "
        "say SHA256SUMS is missing (it may still show the release's figures), not crash on the dangling "
        "link."))

    d = copy_datasets(p, out / "ds_run_summary_truncated")
    truncate(rel(d, p) / "run_summary.json", 0.4)
    cases.append(c("status_run_summary_truncated", "status", ["--datasets", arg(d)], "any",
        ["run_summary.json"],
        "run_summary.json of the latest release (what the run did: counts, crawl, stages) is cut to its "
        "first 40 %, mid-object: invalid JSON. status, whose job is to report the last run, must say "
        "run_summary.json is damaged (the checksum disagrees too) instead of a JSONDecodeError "
        "traceback; it may still show what the other files give."))

    d = copy_datasets(p, out / "ds_two_releases_latest_damaged")
    shutil.copytree(rel(d, p), d / "releases" / OLDER_RELEASE, symlinks=True)
    truncate(rel(d, p) / "projects.parquet", 0.4)
    cases.append(c("status_latest_damaged_older_whole", "status", ["--datasets", arg(d)], "any",
        ["projects.parquet", OLDER_RELEASE],
        f"Two releases: releases/{OLDER_RELEASE} (a whole copy, its SHA256SUMS agrees) and the latest, "
        f"{R}, whose projects.parquet is cut to 40 %. The operations doc says the next run builds on the "
        f"newest release that checks out whole and names what it passed over; the README says status "
        f"on a damaged release says what is damaged and which release the next run builds on. So the "
        f"message must name projects.parquet and {OLDER_RELEASE}."))

    d = copy_datasets(p, out / "ds_copied_links_followed", follow_links=True)
    cases.append(c("search_datasets_copied_with_cp_rL", "search", ["--datasets", arg(d), pword], "zero", [],
        f"Not damage: the datasets folder copied with links followed (cp -rL), so `latest` is a real "
        f"folder and the top-level files are copies. The operations doc says such a folder is built on "
        f"as it is; search must work on it as on the original and find '{ptitle}'.",
        output=[ptitle[:14]]))

    # ---- odd queries (on the pristine copy) -----------------------------------------------------
    cases.append(c("search_empty_query", "search", ["--datasets", D, ""], "any", [],
        "An empty query (a script passing an unset variable: socinv search \"$Q\"). 'Every word must "
        "occur' of no words may list every project or ask for words; either is fine, a traceback "
        "(IndexError, an FTS5 'syntax error near \"\"') is not."))

    long_q = " ".join(f"ord{i:05d}" for i in range(1112))[:10000]
    cases.append(c("search_10000_character_query", "search", ["--datasets", D, long_q], "any", [],
        "A 10,000-character query of 1,112 distinct words (ord00000 … a pasted document). No project holds "
        "them, so no results; it must answer within the time bound (no per-word regex over every row "
        "that goes quadratic, no FTS5 'too many terms' traceback); refusing an over-long query with a "
        "message is fine too.", secs=60))

    paren = p.pick_paren_token()
    if paren:
        tok, nxt, prow = paren
        cases.append(c("search_regex_and_fts_characters_literal", "search", ["--datasets", D, f"{tok} {nxt}"],
            "zero", [],
            f"The query '{tok} {nxt}' copies two words, parenthesis included, from the text of "
            f"'{p.name(prow)}' ({prow['project_id']}). The help says every word must occur, as written: "
            f"as a regular expression '{tok}' is an unbalanced group (re.error), in SQLite FTS5 a syntax "
            f"error. Taken literally, as promised, it finds that project.",
            output=[p.name(prow)[:14]]))
    cases.append(c("search_regex_metacharacters", "search", ["--datasets", D, "[a-z .* (?P<x> \\d+ ^$"],
        "any", [],
        "A query of regular-expression syntax: '[a-z', '.*', '(?P<x>', '\\d+', '^$'. Taken literally "
        "(as the help says) no project holds these words; a tool that builds a regex or an FTS5 MATCH "
        "from them fails with re.error / 'fts5: syntax error'. No results or a message; never a traceback, "
        "and '.*' must not match everything."))

    cases.append(c("search_sql_quotes", "search",
        ["--datasets", D, f"{pword}' OR '1'='1\"; DROP TABLE projects; --"], "any", [],
        f"SQL- and FTS5-like quotes: \"{pword}' OR '1'='1\"; DROP TABLE projects; --\". Words with "
        f"unbalanced single and double quotes; taken literally, as the help promises, no project holds "
        f"them all, so no results (or a message). A tool that builds SQL or an FTS5 MATCH by string formatting fails "
        f"with a syntax error (or worse, lists every project); no traceback, and the release must not "
        f"change (the next case and status_pristine use the same folder)."))

    cases.append(c("search_control_and_invalid_utf8", "search",
        ["--datasets", D, f"\x1b[2J\x1b]0;owned\x07{pword} F\udcf6rskola\r\x08"], "any", [],
        f"Stands in for the brief's NUL byte, which no process can receive in an argument. The query holds "
        f"terminal escape sequences (clear screen, set title, bell), a carriage return and a backspace, "
        f"and the byte 0xF6 alone ('ö' typed in a Latin-1 terminal), which Python gives the program as "
        f"the lone surrogate U+DCF6: echoing it back ('no results for …') with print() raises "
        f"UnicodeEncodeError. No results or a message; no traceback."))

    # ---- explain ids ----------------------------------------------------------------------------
    unknown = f"{prefix}-000000000000"
    cases.append(c("explain_unknown_id", "explain", ["--datasets", D, unknown], "nonzero", [unknown],
        f"An id in the right shape ({prefix}-<12 hex>) that is not in the release (a project id from "
        f"another dataset's export, or one removed long ago). Nothing to show: non-zero exit and a "
        f"message naming {unknown} as not found (ideally pointing at `socinv search`)."))
    cases.append(c("explain_empty_id", "explain", ["--datasets", D, ""], "nonzero", [],
        "An empty project id (socinv explain \"$ID\" with ID unset). No project has it: a non-zero exit "
        "and a message, not the first project, not a traceback."))
    cases.append(c("explain_5000_character_id", "explain", ["--datasets", D, f"{prefix}-" + "0" * 4995],
        "nonzero", [],
        "A 5,000-character id (a whole CSV line pasted). Not found: non-zero exit and a short message; "
        "no traceback, no file-name-too-long error from using the id as a path, in time."))

    # ---- eval folders ---------------------------------------------------------------------------
    e = eval_folder(out / "eval_good")
    cases.append(c("eval_good", "eval", [arg(e)], "zero", [],
        f"Baseline: one saved case folder {GOOD_CASE}/ with page.html (an Ale kommun project page "
        f"written for this set: h1, a lead saying 'Projektet … är en social investering', a list of "
        f"labelled facts), meta.json {{\"url\": …}} and expected.json (a list of one record, every field "
        f"stated). The scores may be below 1 (the expected record was written blind); what is checked is "
        f"that eval runs and prints its figures. If the word 'recall' is not in its output, calibrate the "
        f"other eval cases' output_mentions against what this one prints.",
        output=["recall"]))

    name = "expected-not-json"
    e = eval_folder(out / "eval_expected_not_json", name,
                    expected=b"[{ title: 'Spr\xc3\xa5kstart i Surte', status: 'ongoing', }\n")
    cases.append(c("eval_expected_json_invalid", "eval", [arg(e)], "any", [name, "expected.json"],
        f"Two cases; {name}/expected.json is not JSON (JavaScript-style: unquoted keys, single quotes, a "
        f"trailing comma, no closing bracket). The other case is whole. A careful eval says which "
        f"expected.json is broken (where) and scores the rest (its figures are printed), instead of a "
        f"JSONDecodeError traceback or silently counting the broken case as zero expected records.",
        output=["recall"]))

    name = "expected-list-of-strings"
    e = eval_folder(out / "eval_expected_strings", name,
                    expected=["Språkstart i Surte", "Läxhjälp i Alafors"])
    cases.append(c("eval_expected_list_of_strings", "eval", [arg(e)], "any", [name],
        f"{name}/expected.json is valid JSON but a list of project names, not of records "
        f"([\"Språkstart i Surte\", \"Läxhjälp i Alafors\"]). Reading a field of a str raises "
        f"TypeError/AttributeError; a careful eval says the case's expected records are not objects, "
        f"names the case and scores the other one.", output=["recall"]))

    name = "expected-odd-keys"
    odd = dict(EXPECTED_B[0])
    odd.pop("title")
    odd.update({"titel": "Språkstart i Surte", "budget_sek": "1,8 mnkr", "start_date": 2025,
                "partners": "Ale bibliotek", "target_age_min": "tre", "status": ["ongoing"],
                "kommentar": "granskad av NN"})
    e = eval_folder(out / "eval_expected_odd_keys", name, expected=[odd])
    cases.append(c("eval_expected_unknown_keys_wrong_types", "eval", [arg(e)], "any", [name],
        f"{name}/expected.json has one record object with unknown keys ('titel' instead of 'title', "
        f"'kommentar') and wrong types (budget_sek \"1,8 mnkr\", start_date 2025 as a number, partners a "
        f"string, target_age_min \"tre\", status a list). Comparing them must not crash (a str against "
        f"an int, iterating a string's letters as partners), and a misspelt field must not silently "
        f"score as 'no title expected': a careful eval warns naming the case (and the keys), and "
        f"scores the rest.", output=["recall"]))

    name = "meta-without-url"
    e = eval_folder(out / "eval_meta_without_url", name,
                    meta={"title": "Språkstart i Surte", "saved": "2026-11-30", "adress": URL_B})
    cases.append(c("eval_meta_json_without_url", "eval", [arg(e)], "any", [name],
        f"{name}/meta.json has no \"url\" (the address is under a misspelt key 'adress'). The page's "
        f"publisher and municipality codes come from its URL, so a KeyError is the trap; a careful eval "
        f"says the case has no url (naming it) and either skips it or extracts without a URL, and scores "
        f"the other case.", output=["recall"]))

    name = "page-missing"
    e = eval_folder(out / "eval_page_missing", name, page=None)
    cases.append(c("eval_page_html_missing", "eval", [arg(e)], "any", [name, "page.html"],
        f"{name}/ holds meta.json and expected.json but no page.html (the save failed). A careful eval "
        f"names the case and the missing page.html, and scores the other case; it must not count the "
        f"expected record as a silent miss without saying why, nor stop with FileNotFoundError.",
        output=["recall"]))

    name = "page-binary"
    e = eval_folder(out / "eval_page_binary", name, page=fake_png(31, 6000))
    cases.append(c("eval_page_html_binary", "eval", [arg(e)], "any", [name],
        f"{name}/page.html is 6 kB of binary (a PNG signature and header, then random bytes: an image "
        f"saved under the page's name). Like `extract` on a PNG (heldout_errors1), a careful eval says "
        f"the page is not HTML, naming the case, and scores the other one; no decode traceback and no "
        f"records made of garbage.", output=["recall"]))

    empty_eval = out / "eval_empty"
    empty_eval.mkdir()
    cases.append(c("eval_empty_folder", "eval", [arg(empty_eval)], "nonzero", ["eval_empty"],
        "An empty folder: no cases at all (a wrong path that happens to exist). Precision and recall of "
        "nothing are undefined (a ZeroDivisionError trap, or a misleading 1.000 / 1.000); a careful eval "
        "says the folder holds no cases, naming it, and exits non-zero."))

    return cases


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 2
    pristine = Path(argv[1]).absolute()
    if not pristine.is_dir():
        print(f"make_cases: {pristine} is not a folder", file=sys.stderr)
        return 2
    out = Path(argv[2]).absolute() if len(argv) > 2 else HERE / "data"
    cases = build(pristine, out)
    names = [x["name"] for x in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    (HERE / "cases.json").write_text(json.dumps(cases, ensure_ascii=True, indent=1) + "\n",
                                     encoding="utf-8")
    print(f"{len(cases)} cases in {HERE / 'cases.json'}; data in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
