#!/usr/bin/env python3
"""Build the blind error-handling set heldout_errors10: a tenth bad day, in kinds none of the nine earlier
sets tried.

Written blind: the author read only README.md, docs/*.md and the data (cases.json, make_*.py) of
tests/heldout_errors1 … heldout_errors9.  No Python code of the project was read and socinv was not run
(not on these cases, not at all).

What the nine earlier sets covered, in short (so that this one does not repeat it): saved pages cut,
mis-encoded every way (lying charsets both ways, UTF-16 with and without a mark, Shift-JIS, an XHTML prolog
against its meta), binary (gzip, PNG, JPEG, zip, xlsx, PDFs broken, encrypted, bombs), huge in one dimension,
browser saves, odd names (blanks, Latin-1 bytes, NFD, '.html', FIFO, sparse, links and loops), framesets, meta
refreshes, <base href>, canonical links with :443; WARC folders damaged in every way; releases cut, emptied,
re-schemaed, CSV-only, with `latest` missing, dangling, looping, absolute, into a neighbour, with a trailing
slash, SHA256SUMS lying, missing, CRLF, with conflict markers or paths outside, Excel and LibreOffice saves,
Parquet bytes in projects.csv, an extra column, budget as text, a project twice, twins, half copies, future
dates; read commands with odd queries and ids, terminals and locales; eval folders malformed every way;
`run` with odd --datasets (file, loop, URL, '', '~', '..', 300 characters, a user's folder, the `latest`
link, /sys), odd --sources/--sample/--since, the numeric variables wrong, Dask, Prefect, HOME, TMPDIR,
proxy, a lock folder, the clock behind; bench --out to odd places; --help.

What this set is about:
  * releases damaged so that SHA256SUMS still agrees, read by the commands that query and compare
    releases: projects.parquet replaced by CSV text from an R script (explain; and a run that must build on
    the older release), projects.parquet re-saved by pandas (sorted, index column, other types, its file
    metadata gone), datapackage.json hand-edited into invalid JSON, projects.sqlite cut by a copy
    (serve-data), SHA256SUMS remade in Git Bash (binary-mode '*' markers) and remade through the top-level
    link in the wrong folder (a line for itself and one for monitor_history.jsonl);
  * an empty dataset: a whole, published release of 0 projects asked for search and explain, and a run
    that compares a full crawl against it (shares of filled values of nothing);
  * `latest` rolled back on purpose to an earlier release while a newer whole one sits beside it;
  * `run` options given twice or empty (--datasets twice, --dask ""), a --work folder inside the published
    release, a --work path with an apostrophe, '#' and '%', --datasets through a symbolic link to a NAS
    folder, with Latin-1 bytes, holding an unexpanded ${VARIABLE}; monitor_history.jsonl restored as a
    folder by an rsync with a trailing slash;
  * saved pages: a file name with a line break and a tab, a page saved with its HTTP headers (wget
    --save-headers), a canonical link to the CMS's author instance on localhost, --url given twice with the
    same value;
  * a file where a folder is expected: eval-crawl given its expected.json, eval given one case's page.html,
    bench --out given an existing folder; bench --only ""; crawl given a file:// URL and an IPv4-mapped
    IPv6 loopback address;
  * search in a datasets folder whose name holds '#', '%' and '?' (the characters of an SQLite URI).

Not expressible in this format (one process per case, no set-up step), so left out: a disk that fills
during publishing, a run killed during the swap, two runs at once.

Usage:
    python3 tests/heldout_errors10/make_cases.py [PRISTINE_DATASETS]

PRISTINE_DATASETS is a datasets folder exactly as `socinv run --datasets X` left it (`latest` ->
releases/<id>, top-level links into it) from the bundled snapshot (42 projects; 'Chatta med soc!' is
0381-1e698591e9b4).  Default: tests/heldout_errors3/data/ds_pristine (built by heldout_errors3's
make_cases.py from such a run; heldout_errors6 … 9 use it the same way).  To build one by hand:
    python3 -m uv run --frozen socinv run --datasets /tmp/ds_pristine

The script deletes tests/heldout_errors10/data/ (and a folder '${SOCINV_DATA}' that a careless run of one case
may have made here), writes every input under data/ and writes cases.json.  It needs pyarrow (it re-runs
itself with the project's .venv/bin/python when the interpreter has none), as heldout_errors7 does.

Size.  data/ is not kept in git (.gitignore).  It holds two real copies of the 0.8 MB release (data/bas/ny
and data/bas/aldre, the second moved to an earlier day) and one emptied release; every other release in
data/ is made of HARD LINKS to those files, and a file a case changes is unlinked and written anew, so the
bases are never touched.  du -sh data shows about 3 MB.  No input is built at run time.

Case format (as heldout_errors5 … heldout_errors9):
    name, why, command (the socinv sub-command), args (paths relative to this folder, which is the
    working directory), expect:
      exit             "zero" / "nonzero" / "any"
      max_seconds
      no_traceback     always true
      records_min / records_max   JSON records `extract` prints on stdout (0 / 0 for other commands)
      stderr_mentions  literal words a clear message on stderr must hold
      output_mentions  literal words stdout+stderr together must hold
    and a top-level "env" (variables set on top of the runner's environment) where the case is about it.
    One argument holds lone surrogates (\\udcd6): the Latin-1 byte of a folder name, as Python gives it to a
    program and as subprocess passes it back (os.fsencode, surrogateescape), as in heldout_errors4.  Two
    arguments hold a line break and a tab inside a file name.  One case's argument is an absolute file://
    address of a file in data/: re-run this script after moving the folder.

Calibration (not cases): `socinv status --datasets data/bas/ny` should name 2026-12-07T100235Z and 42;
`socinv status --datasets data/bas/aldre` 2026-11-30T100235Z and 42; `socinv extract
data/sidor/oppen-fritidsgard-for-unga-i-timra.html --url
https://www.timra.se/kultur-och-fritid/sociala-investeringar/oppen-fritidsgard-for-unga` one record.

Several whys say what must hold on disk afterwards (an earlier release unchanged, a user's folder kept);
the runner cannot see that, so it is to be checked by hand.  The bases can be checked with
`cd data/bas/ny/releases/2026-12-07T100235Z && sha256sum -c SHA256SUMS`.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import stat
import sys
import zipfile
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEFAULT_PRISTINE = HERE.parent / "heldout_errors3" / "data" / "ds_pristine"
VENV_PY = HERE.parent.parent / ".venv" / "bin" / "python"

CHATTA_ID = "0381-1e698591e9b4"          # 'Chatta med soc!' (Enköping)
SAMSPEL_ID = "0381-e9af55ede119"         # 'Vägledande samspel, vägledarutbildning' (Enköping)
OLD_DAY = dt.date(2026, 11, 30)          # the earlier release of the two-release folders
BY_HAND = "By hand afterwards (the runner cannot see it): "
UNSET_VAR_DIR = "${SOCINV_DATA}"         # what a careless run of run_datasets_holding_an_unset_variable makes here

try:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
except ImportError:                      # run again with the project's interpreter, which has pyarrow
    if VENV_PY.exists() and os.environ.get("HELDOUT_ERRORS10_REEXEC") != "1":
        os.environ["HELDOUT_ERRORS10_REEXEC"] = "1"
        os.execv(str(VENV_PY), [str(VENV_PY), str(Path(__file__).resolve()), *sys.argv[1:]])
    sys.exit("make_cases: pyarrow is needed (run with the project's .venv/bin/python, or "
             "`python3 -m uv run --frozen python tests/heldout_errors10/make_cases.py`)")


# --------------------------------------------------------------------------- small helpers

def _force_remove(func, path, _exc):
    try:
        parent = os.path.dirname(path)
        if parent:
            os.chmod(parent, stat.S_IRWXU)
        if not os.path.islink(path):
            os.chmod(path, stat.S_IRWXU)
    except OSError:
        pass
    func(path)


def rmtree(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path, onerror=_force_remove)


def write(path: Path, data: bytes | str) -> Path:
    """Write a NEW file: an existing name (perhaps a hard link into a base release) is unlinked first, so
    a base is never written through."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if path.is_symlink() or path.exists():
        path.unlink()
    path.write_bytes(data)
    return path


def write_json(path: Path, obj) -> Path:
    return write(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def sha256_bytes(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def sha256(path: Path) -> str:
    return sha256_bytes(path.read_bytes())


def arg(path: Path | str) -> str:
    return os.path.relpath(path, HERE)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parquet_bytes(table, compression: str) -> bytes:
    out = pa.BufferOutputStream()
    pq.write_table(table, out, compression=compression)
    return out.getvalue().to_pybytes()


# --------------------------------------------------------------------------- the pristine release

class Pristine:
    def __init__(self, root: Path):
        self.root = root
        latest = root / "latest"
        if not latest.is_symlink():
            sys.exit(f"make_cases: {latest} is not a symlink; give a datasets folder that `socinv run "
                     f"--datasets X` wrote (not a copy made with cp -rL)")
        self.release_dir = (root / os.readlink(latest)).resolve()
        if not self.release_dir.is_dir():
            sys.exit(f"make_cases: {latest} does not lead to a folder")
        self.release = self.release_dir.name
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d{6}Z", self.release):
            sys.exit(f"make_cases: release id {self.release!r} is not YYYY-MM-DDTHHMMSSZ")
        self.date = dt.date.fromisoformat(self.release[:10])
        if self.date <= OLD_DAY:
            sys.exit(f"make_cases: the pristine release {self.release} must be later than {OLD_DAY}")
        csv_text = (self.release_dir / "projects.csv").read_text(encoding="utf-8")
        for pid in (CHATTA_ID, SAMSPEL_ID):
            if pid not in csv_text:
                sys.exit(f"make_cases: {pid} is not in {self.release_dir}; build the pristine release from "
                         f"the bundled snapshot")
        self.projects = sum(1 for _ in csv.DictReader(io.StringIO(csv_text)))
        self.top_links = sorted(p.name for p in root.iterdir()
                                if p.is_symlink() and p.name != "latest"
                                and os.readlink(p).startswith("latest/"))
        lock = root / ".run.lock"
        self.lock_text = lock.read_bytes() if lock.is_file() else None

    def release_on(self, day: dt.date) -> str:
        return day.isoformat() + self.release[10:]


def release_dir(ds: Path) -> Path:
    return (ds / os.readlink(ds / "latest")).resolve()


# --------------------------------------------------------------------------- checksums and sealing

def resum(rel: Path, names) -> None:
    """What an analyst does after editing a file: its line in SHA256SUMS made to agree again (only that;
    datapackage.json and catalog.rdf keep the old figures).  SHA256SUMS is written anew (unlinked)."""
    sums = rel / "SHA256SUMS"
    out = []
    for line in sums.read_text(encoding="utf-8").splitlines():
        h, _, name = line.partition("  ")
        if name in names:
            h = sha256(rel / name)
        out.append(f"{h}  {name}")
    write(sums, "\n".join(out) + "\n")


def reseal(rel: Path) -> None:
    """Make a release consistent again after a rewrite, as a publish would have written it:
    datapackage.json (bytes, hash), catalog.rdf (byteSize, checksumValue), SHA256SUMS."""
    dp_path = rel / "datapackage.json"
    if dp_path.exists():
        dp = json.loads(dp_path.read_text(encoding="utf-8"))
        for res in dp.get("resources", []):
            f = rel / res.get("path", "")
            if f.is_file():
                if "bytes" in res:
                    res["bytes"] = f.stat().st_size
                if "hash" in res:
                    res["hash"] = "sha256:" + sha256(f)
        write_json(dp_path, dp)
    cat_path = rel / "catalog.rdf"
    if cat_path.exists():
        text = cat_path.read_text(encoding="utf-8")

        def fix(m: re.Match) -> str:
            block = m.group(0)
            n = re.search(r'#checksum-([^"]+)"', block)
            if not n or not (rel / n.group(1)).is_file():
                return block
            f = rel / n.group(1)
            block = re.sub(r"(<dcat:byteSize[^>]*>)\d+(</dcat:byteSize>)",
                           lambda k: f"{k.group(1)}{f.stat().st_size}{k.group(2)}", block)
            block = re.sub(r"(<spdx:checksumValue[^>]*>)[0-9a-f]{64}(</spdx:checksumValue>)",
                           lambda k: f"{k.group(1)}{sha256(f)}{k.group(2)}", block)
            return block

        write(cat_path, re.sub(r"<dcat:Distribution\b.*?</dcat:Distribution>", fix, text, flags=re.S))
    names = [line.partition("  ")[2] for line in (rel / "SHA256SUMS").read_text(encoding="utf-8").splitlines()]
    resum(rel, set(names))


# --------------------------------------------------------------------------- base releases

def relabel(ds: Path, p: Pristine, day: dt.date) -> str:
    """Move the release of the (real, not linked) datasets folder `ds` to another day, as if the run that
    made it had run then: folder name, `latest`, every text file, Parquet strings, dates and timestamps and
    metadata, SQLite text, the xlsx's strings; then reseal.  Returns the new release id (ported from
    heldout_errors7)."""
    delta = (day - p.date).days
    pairs = [(p.date.isoformat(), day.isoformat()), (p.date.strftime("%Y%m%d"), day.strftime("%Y%m%d"))]
    new_id = p.release_on(day)
    rel = ds / "releases" / new_id
    (ds / "releases" / p.release).rename(rel)
    (ds / "latest").unlink()
    os.symlink(f"releases/{new_id}", ds / "latest")

    def sub_bytes(b: bytes) -> bytes:
        for a, z in pairs:
            b = b.replace(a.encode(), z.encode())
        return b

    for f in [ds / "monitor_history.jsonl", *sorted(rel.iterdir())]:
        if not f.is_file() or f.name == "SHA256SUMS":
            continue
        if f.suffix == ".parquet":
            table = pq.read_table(f)
            cols = []
            for i, field in enumerate(table.schema):
                col = table.column(i)
                if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
                    for a, z in pairs:
                        col = pc.replace_substring(col, a, z)
                elif pa.types.is_date32(field.type):
                    col = pc.cast(pc.add(pc.cast(col, pa.int32()), pa.scalar(delta, pa.int32())), pa.date32())
                elif pa.types.is_timestamp(field.type):
                    col = pc.add(col, pa.scalar(dt.timedelta(days=delta), pa.duration(field.type.unit)))
                cols.append(col)
            new = pa.Table.from_arrays(cols, schema=table.schema)
            new = new.replace_schema_metadata({k: sub_bytes(v) for k, v in (table.schema.metadata or {}).items()})
            write(f, parquet_bytes(new, "zstd"))
        elif f.suffix == ".sqlite":
            con = sqlite3.connect(f)
            tables = [r[0] for r in con.execute(
                "select name from sqlite_master where type='table' and sql not like 'CREATE VIRTUAL%' "
                "and name not like '%_fts_%' and name not like 'sqlite_%'")]
            for t in tables:
                for col in [r[1] for r in con.execute(f"pragma table_info([{t}])")]:
                    for a, z in pairs:
                        con.execute(f"update [{t}] set [{col}] = replace([{col}], ?, ?) "
                                    f"where typeof([{col}]) = 'text' and instr([{col}], ?) > 0", (a, z, a))
            con.commit()
            con.close()
        elif f.suffix == ".xlsx":
            src = zipfile.ZipFile(io.BytesIO(f.read_bytes()))
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
                for info in src.infolist():
                    data = src.read(info)
                    if info.filename.endswith(".xml"):
                        data = sub_bytes(data)
                    out.writestr(info, data)
            write(f, buf.getvalue())
        else:
            write(f, sub_bytes(f.read_bytes()))
    reseal(rel)
    return new_id


def empty_release(ds: Path, p: Pristine) -> None:
    """Turn the (real) copy `ds` into a whole, consistent release of 0 projects: the first run of a new
    deployment on a day every seed site showed its maintenance page (pages fetched, no candidate page)."""
    rel = release_dir(ds)
    for name in ("projects", "sources", "changes"):
        t = pq.read_table(rel / f"{name}.parquet")
        write(rel / f"{name}.parquet", parquet_bytes(t.slice(0, 0), "zstd"))
    t = pq.read_table(rel / "coverage.parquet")
    found = [s == "projects found" for s in t.column("status").to_pylist()]
    cols = []
    for field in t.schema:
        col = t.column(field.name)
        if field.name in ("projects", "candidate_pages"):
            col = pa.array([0 if hit else v for hit, v in zip(found, col.to_pylist())], type=field.type)
        elif field.name == "status":
            col = pa.array(["no project pages found" if hit else v for hit, v in zip(found, col.to_pylist())],
                           type=field.type)
        cols.append(col)
    write(rel / "coverage.parquet", parquet_bytes(pa.Table.from_arrays(cols, schema=t.schema), "zstd"))
    for name in ("projects.csv", "projects_excel.csv"):
        data = (rel / name).read_bytes()
        write(rel / name, data[:data.index(b"\n") + 1])
    con = sqlite3.connect(rel / "projects.sqlite")
    con.execute("delete from projects")
    con.execute("delete from sources")
    con.execute("update coverage set projects = 0, candidate_pages = 0, status = 'no project pages found' "
                "where status = 'projects found'")
    con.commit()
    con.execute("analyze")
    con.execute("vacuum")
    con.close()
    xl = rel / "projects.xlsx"
    src = zipfile.ZipFile(io.BytesIO(xl.read_bytes()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                s = data.decode("utf-8")
                s = re.sub(r'<row r="(\d+)"[^>]*>.*?</row>', lambda m: m.group(0) if m.group(1) == "1" else "", s,
                           flags=re.S)
                s = re.sub(r'ref="A1:([A-Z]+)\d+"', r'ref="A1:\g<1>1"', s)
                data = s.encode("utf-8")
            out.writestr(info, data)
    write(xl, buf.getvalue())
    write(rel / "changes.json", "[]\n")
    rs = json.loads((rel / "run_summary.json").read_text(encoding="utf-8"))
    rs["counts"]["inserted"] = 0
    for k in ("projects", "active_projects", "sources_rows"):
        rs[k] = 0
    rs.get("xlsx", {})["rows_written"] = 0
    crawl = rs.get("crawl", {})
    crawl["candidates"] = 0
    for v in crawl.get("per_source", {}).values():
        v["candidates"] = 0
    ex = rs.get("extract", {})
    ex["pages"] = 0
    ex["records"] = 0
    for v in ex.get("per_source", {}).values():
        v["pages"] = 0
        v["records"] = 0
    dd = rs.get("dedupe", {})
    for k in ("records", "projects", "ids_new", "candidate_pairs", "scored_pairs"):
        if k in dd:
            dd[k] = 0
    mon = rs.get("monitor", {})
    for s in mon.get("sources", []):
        s["candidates"] = 0
        s["projects"] = 0
    for k in list(mon.get("counts", {})):
        mon["counts"][k] = 0
    write_json(rel / "run_summary.json", rs)
    readme = (rel / "README.md").read_text(encoding="utf-8")
    for a, z in [(f"{p.projects} aktiva projekt", "0 aktiva projekt"), ("i 20 av Sveriges", "i 0 av Sveriges"),
                 ("publicerade av 23 projektrader från kommuner, 18 från regioner och 1 från",
                  "publicerade av 0 projektrader från kommuner, 0 från regioner och 0 från"),
                 (f"{p.projects} active projects", "0 active projects"), ("in 20 of Sweden's", "in 0 of Sweden's"),
                 ("23 rows published by municipalities, 18 by regions, 1 by other bodies",
                  "0 rows published by municipalities, 0 by regions, 0 by other bodies")]:
        readme = readme.replace(a, z)
    write(rel / "README.md", readme)
    log = (rel / "CHANGELOG.md").read_text(encoding="utf-8")
    head, sep, _ = log.partition(f"## {p.release}")
    write(rel / "CHANGELOG.md", f"{head}{sep}\n\n0 added, 0 changed, 0 removed; 0 active projects.\n")
    hist = []
    for line in (ds / "monitor_history.jsonl").read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        obj["counts"] = {k: 0 for k in obj.get("counts", {})}
        hist.append(json.dumps(obj, ensure_ascii=False))
    write(ds / "monitor_history.jsonl", "\n".join(hist) + "\n")
    reseal(rel)


def link_datasets(p: Pristine, dst: Path, releases: list[tuple[Path, str]], latest: str,
                  monitor: list[str]) -> Path:
    """A datasets folder whose releases are hard links to the files of base releases: releases/<id>/ per
    (base release folder, id), `latest` -> releases/<latest>, the top-level links, monitor_history.jsonl
    (real) and the .run.lock file a finished run leaves."""
    for src, rid in releases:
        r = dst / "releases" / rid
        r.mkdir(parents=True)
        for f in sorted(src.iterdir()):
            os.link(f, r / f.name)
    os.symlink(f"releases/{latest}", dst / "latest")
    for name in p.top_links:
        os.symlink(f"latest/{name}", dst / name)
    write(dst / "monitor_history.jsonl", "".join(line + "\n" for line in monitor))
    if p.lock_text is not None:
        write(dst / ".run.lock", p.lock_text)
    return dst


def monitor_lines(ds: Path) -> list[str]:
    return (ds / "monitor_history.jsonl").read_text(encoding="utf-8").splitlines()


# --------------------------------------------------------------------------- rewrites other tools make

def r_write_csv(csv_text: str) -> bytes:
    """What `df <- read.csv("projects.csv"); write.csv(df, "projects.parquet", row.names = FALSE)` gives: every
    text cell quoted, empty cells NA, cells that look like numbers written as numbers (read.csv made 0381 the
    integer 381)."""
    rows = list(csv.reader(io.StringIO(csv_text)))
    out = [",".join(f'"{h}"' for h in rows[0])]
    for row in rows[1:]:
        cells = []
        for v in row:
            if v == "":
                cells.append("NA")
            elif re.fullmatch(r"-?\d+", v):
                cells.append(str(int(v)))
            elif re.fullmatch(r"-?\d+\.\d+", v):
                cells.append(v)
            else:
                cells.append('"' + v.replace('"', '""') + '"')
        out.append(",".join(cells))
    return ("\n".join(out) + "\n").encode("utf-8")


def pandas_resave(src: Path) -> bytes:
    """What `df = pd.read_parquet(p).sort_values("title"); df.to_parquet(p)` writes (pandas 2 with pyarrow):
    rows sorted by title, the shuffled index kept as __index_level_0__, integer columns with nulls as
    float64, timestamps in ns, column descriptions and the file's own metadata (licence, schema_version,
    release) replaced by pandas' metadata, snappy instead of zstd."""
    t = pq.read_table(src)
    order = pc.sort_indices(t, sort_keys=[("title", "ascending")])
    t = t.take(order)
    cols, fields, meta_cols = [], [], []
    for f in t.schema:
        col, typ = t.column(f.name), f.type
        if pa.types.is_integer(typ) and col.null_count:
            typ = pa.float64()
            col = pc.cast(col, typ)
        elif pa.types.is_timestamp(typ):
            typ = pa.timestamp("ns", tz=typ.tz)
            col = pc.cast(col, typ)
        cols.append(col)
        fields.append(pa.field(f.name, typ))
        if pa.types.is_string(typ):
            pt, nt, md = "unicode", "object", None
        elif pa.types.is_list(typ):
            pt, nt, md = "list[unicode]", "object", None
        elif pa.types.is_date32(typ):
            pt, nt, md = "date", "object", None
        elif pa.types.is_timestamp(typ):
            pt, nt, md = "datetimetz", f"datetime64[ns, {typ.tz}]", {"timezone": typ.tz}
        elif pa.types.is_boolean(typ):
            pt, nt, md = "bool", "bool", None
        else:
            pt = nt = str(typ).replace("double", "float64")
            md = None
        meta_cols.append({"name": f.name, "field_name": f.name, "pandas_type": pt, "numpy_type": nt,
                          "metadata": md})
    cols.append(pc.cast(order, pa.int64()))
    fields.append(pa.field("__index_level_0__", pa.int64()))
    meta_cols.append({"name": None, "field_name": "__index_level_0__", "pandas_type": "int64",
                      "numpy_type": "int64", "metadata": None})
    pandas_meta = {"index_columns": ["__index_level_0__"],
                   "column_indexes": [{"name": None, "field_name": None, "pandas_type": "unicode",
                                       "numpy_type": "object", "metadata": {"encoding": "UTF-8"}}],
                   "columns": meta_cols, "creator": {"library": "pyarrow", "version": "17.0.0"},
                   "pandas_version": "2.2.3"}
    schema = pa.schema(fields, metadata={b"pandas": json.dumps(pandas_meta).encode()})
    return parquet_bytes(pa.Table.from_arrays(cols, schema=schema), "snappy")


# --------------------------------------------------------------------------- saved pages

class Page:
    """A one-project page of a Norrland or Västmanland municipality, in the template the earlier sets' eval
    pages used: an h1, a lead saying 'Projektet … är en social investering', a paragraph, a list of
    labelled facts (ported from heldout_errors8)."""

    def __init__(self, slug, url, code, name, site, title, lead, para, facts, owner, partners, ages, years,
                 budget):
        self.slug, self.url, self.code, self.name, self.site = slug, url, code, name, site
        self.title, self.lead, self.para, self.facts = title, lead, para, facts
        self.owner, self.partners, self.ages, self.years, self.budget = owner, partners, ages, years, budget

    @property
    def host(self) -> str:
        return self.url.split("/")[2]

    def main(self) -> str:
        facts = "\n".join(f"<li><strong>{esc(k)}:</strong> {esc(v)}</li>" for k, v in self.facts)
        return f"""<h1>{esc(self.title)}</h1>
<p class="ingress">{esc(self.lead)}</p>
<p>{esc(self.para)}</p>
<h2>Fakta om projektet</h2>
<ul class="fakta">
{facts}
</ul>
<p class="uppdaterad">Senast uppdaterad: 2026-11-25</p>"""

    def html(self, charset: str = '<meta charset="utf-8">', head_extra: str = "",
             canonical: str | None = "self") -> str:
        canon = "" if canonical is None else \
            f'<link rel="canonical" href="{self.url if canonical == "self" else canonical}">\n'
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
{charset}
<title>{esc(self.title)} – {esc(self.site)}</title>
{canon}{head_extra}</head>
<body>
<header><a href="#innehall">Till innehållet</a>
<nav><ul><li><a href="/">Start</a></li><li><a href="/omsorg-och-stod/">Omsorg och stöd</a></li>
<li><a href="/sociala-investeringar/">Sociala investeringar</a></li></ul></nav></header>
<main id="innehall">
{self.main()}
</main>
<footer><p>{esc(self.site)}</p><p>Välkommen att kontakta oss: växel 0000-00 00 00</p></footer>
</body>
</html>
"""

    def expected(self) -> list[dict]:
        f = dict(self.facts)
        return [{
            "title": self.title, "title_derived": None, "publisher": self.name,
            "publisher_code": self.code, "publisher_type": "kommun",
            "municipality_codes": [self.code], "municipalities": [self.name],
            "organisations": [self.owner], "partners": list(self.partners), "funders": [self.name],
            "purpose": f.get("Syfte"), "target_group": f.get("Målgrupp"), "description": self.para,
            "target_age_min": self.ages[0], "target_age_max": self.ages[1],
            "target_grade_min": None, "target_grade_max": None,
            "start_date": f"{self.years[0]}-01-01", "start_precision": "year",
            "end_date": f"{self.years[1]}-12-31", "end_precision": "year",
            "budget_sek": self.budget, "budget_basis": "total", "staffing_fte": None, "status": None,
        }]


HOSTS = {"Timrå": "www.timra.se", "Ånge": "www.ange.se"}


def P(slug, path, code, name, title, para, syfte, malgrupp, period, budget_text, owner, partner, ages, years,
      budget, genitive):
    host = HOSTS.get(name, f"www.{name.lower()}.se")
    return Page(slug, f"https://{host}/{path}/{slug}", code, name, f"{name} kommun", title,
                f"Projektet {title} är en social investering som finansieras ur {genitive} sociala "
                f"investeringsfond.",
                para,
                [("Syfte", syfte), ("Målgrupp", malgrupp), ("Projektperiod", period), ("Budget", budget_text),
                 ("Projektägare", owner), ("Samverkansparter", partner)],
                owner, [partner], ages, years, budget)


KRAMFORS = P("familjestod-i-hemmet", "omsorg-och-stod/sociala-investeringar", "2282", "Kramfors",
             "Familjestöd i hemmet i Kramfors",
             "Två familjebehandlare besöker familjer i hemmet på kvällstid och ger stöd i vardagen, i samarbete "
             "med förskolan och barnavårdscentralen.",
             "Att stödja föräldrar tidigt så att färre barn behöver placeras utanför hemmet.",
             "Familjer med barn 0–12 år", "2025–2027", "3 100 000 kronor", "Socialförvaltningen",
             "Region Västernorrland", (0, 12), (2025, 2027), 3100000, "Kramfors kommuns")
SALA = P("fritidsledare-i-skolan", "utbildning/sociala-investeringar", "1981", "Sala",
         "Fritidsledare i skolan i Sala",
         "Fritidsledare finns på raster och efter skoltid på tre skolor och håller i aktiviteter tillsammans "
         "med eleverna.",
         "Att öka tryggheten i skolan och minska den ogiltiga frånvaron.",
         "Elever 10–15 år", "2024–2026", "1 800 000 kronor", "Kultur- och fritidsförvaltningen",
         "Polisen i Sala", (10, 15), (2024, 2026), 1800000, "Sala kommuns")
LYCKSELE = P("familjecoach", "omsorg-och-stod/sociala-investeringar", "2481", "Lycksele",
             "Familjecoach i Lycksele",
             "En familjecoach stöttar familjer där föräldrarna står långt från arbetsmarknaden, med samtal, "
             "studiebesök och hjälp att söka arbete.",
             "Att fler föräldrar ska få arbete och att barnen ska få en tryggare uppväxt.",
             "Familjer med barn 0–17 år", "2025–2027", "2 200 000 kronor", "Arbetsmarknadsenheten",
             "Arbetsförmedlingen", (0, 17), (2025, 2027), 2200000, "Lycksele kommuns")
TIMRA = P("oppen-fritidsgard-for-unga", "kultur-och-fritid/sociala-investeringar", "2262", "Timrå",
          "Öppen fritidsgård för unga i Timrå",
          "Fritidsgården i Vivsta har öppet även fredag och lördag kväll, med fritidsledare och nattvandrare "
          "på plats.",
          "Att ge unga en trygg plats på kvällarna och minska skadegörelsen i centrum.",
          "Unga 13–18 år", "2025–2026", "950 000 kronor", "Kultur- och fritidsförvaltningen",
          "Polisen i Timrå", (13, 18), (2025, 2026), 950000, "Timrå kommuns")
ANGE = P("fritidsledare-i-ange", "kultur-och-fritid/sociala-investeringar", "2260", "Ånge",
         "Fritidsledare i Ånge",
         "Två fritidsledare arbetar på fritidsgården och i skolan, med läxhjälp, idrott och samtal med unga.",
         "Att fler unga ska ha en meningsfull fritid och klara skolan.",
         "Unga 12–18 år", "2025–2027", "1 400 000 kronor", "Kultur- och fritidsförvaltningen",
         "Ånge IF", (12, 18), (2025, 2027), 1400000, "Ånge kommuns")


def eval_case(folder: Path, page: Page) -> None:
    write(folder / "page.html", page.html())
    write_json(folder / "meta.json", {"url": page.url})
    write_json(folder / "expected.json", page.expected())


# --------------------------------------------------------------------------- the cases

def c(name, command, args, why, exit="any", rmin=0, rmax=0, mentions=(), output=(), secs=60, env=None):
    case = {"name": name, "why": why, "command": command, "args": list(args),
            "expect": {"exit": exit, "max_seconds": secs, "no_traceback": True,
                       "records_min": rmin, "records_max": rmax,
                       "stderr_mentions": list(mentions), "output_mentions": list(output)}}
    if env:
        case["env"] = dict(env)
    return case


def build_release_cases(cases: list[dict], p: Pristine, ny: Path, aldre: Path, OLD: str, tom: Path) -> None:
    R, N = p.release, str(p.projects)
    ny_rel, aldre_rel = release_dir(ny), release_dir(aldre)
    mon_ny, mon_old = monitor_lines(ny), monitor_lines(aldre)
    r_csv = r_write_csv((ny_rel / "projects.csv").read_text(encoding="utf-8"))

    # --- projects.parquet replaced by CSV text, SHA256SUMS agreeing: explain, then a run that compares.
    ds = link_datasets(p, DATA / "ds_parquet_ar_csv", [(ny_rel, R)], R, mon_ny)
    write(ds / "releases" / R / "projects.parquet", r_csv)
    resum(ds / "releases" / R, {"projects.parquet"})
    cases.append(c("explain_when_projects_parquet_holds_csv_text_from_an_r_script", "explain",
        ["--datasets", arg(ds), CHATTA_ID],
        "A research assistant 'refreshed' the release in R: `df <- read.csv(\"projects.csv\")` (which made the "
        "kommunkod 0381 the integer 381) and then, without the arrow package, `write.csv(df, "
        "\"projects.parquet\", row.names = FALSE)`: releases/" + R + "/projects.parquet is now CSV text (every "
        "text cell quoted, NA for empty cells), and they pasted the new `sha256sum projects.parquet` into "
        "SHA256SUMS, so the checksum test passes (datapackage.json and catalog.rdf still give the old size and "
        "hash). heldout_errors8 had the reverse (Parquet bytes in projects.csv) for status; heldout_errors3 cut "
        "projects.parquet without re-summing. A journalist then runs `socinv explain " + CHATTA_ID + "` "
        "('Chatta med soc!'). pyarrow refuses the file ('Parquet magic bytes not found in footer'); a careless "
        "explain dies with ArrowInvalid, or prints 'no such project', which tells the journalist the project "
        "was never published. A careful explain says projects.parquet is no Parquet file (naming it; that it "
        "disagrees with datapackage.json is welcome) and either shows the project from another whole copy of "
        "the table (projects.sqlite, projects.csv), saying so, or stops with a nonzero exit; never a traceback. "
        + BY_HAND + "the release unchanged.",
        exit="any", mentions=["projects.parquet"]))

    ds = link_datasets(p, DATA / "ds_parquet_ar_csv_run", [(aldre_rel, OLD), (ny_rel, R)], R, mon_old + mon_ny)
    write(ds / "releases" / R / "projects.parquet", r_csv)
    resum(ds / "releases" / R, {"projects.parquet"})
    cases.append(c("run_when_the_latest_projects_parquet_holds_csv_text_and_an_older_release_is_whole", "run",
        ["--datasets", arg(ds)],
        "The run version of explain_when_projects_parquet_holds_csv_text_from_an_r_script, on the server's "
        "datasets folder: two releases, " + OLD + " (whole) and " + R + " (`latest`), whose projects.parquet the "
        "R script replaced with CSV text and whose SHA256SUMS line it made agree. docs/operations.md: a run "
        "builds its history on `latest` after checking the files it reads against SHA256SUMS, and when a file "
        "is damaged it builds on the newest release that checks out whole and says which it passed over and "
        "why. Here the checksum agrees, so only a check of the file itself (its Parquet footer, its size and "
        "hash in datapackage.json, as `socinv status` makes) finds the damage. Traps: reading it after the "
        "crawl and dying with ArrowInvalid in the publish stage (an hour of national crawl lost), or starting "
        "the history again. A careful run passes over " + R + " naming "
        "projects.parquet, builds on " + OLD + ", publishes and exits 0; it may also refuse before any work "
        "naming the file, but then it has failed the day for a damage the docs say it works around. "
        + BY_HAND + "releases/" + R + " and " + OLD + " unchanged, a new release built on " + OLD + ".",
        exit="zero", output=["projects.parquet"], secs=400))

    # --- projects.sqlite cut by a copy, read by serve-data.
    ds = link_datasets(p, DATA / "ds_sqlite_kapad", [(ny_rel, R)], R, mon_ny)
    full = (ny_rel / "projects.sqlite").read_bytes()
    page_size = int.from_bytes(full[16:18], "big") or 65536
    pages = len(full) // page_size
    write(ds / "releases" / R / "projects.sqlite", full[: int(pages * 0.6) * page_size])
    cases.append(c("serve_data_with_a_projects_sqlite_cut_by_a_copy", "serve-data", ["--datasets", arg(ds)],
        "The release was copied to the machine that serves it with `cp`, and the copy was stopped by a network "
        "drop at 60 % of projects.sqlite (cut at a page boundary; SHA256SUMS as published, so its line no longer "
        "matches). heldout_errors7 had a 0-byte projects.sqlite, which SQLite opens as a valid empty database. "
        "A cut one fails differently: its first page is whole, it starts with 'SQLite format 3' and its header "
        f"still says {pages} pages, so a check of the magic bytes or of the file size against zero passes; but the "
        "pages after the cut are gone, among them sqlite_stat1 (the last page here), which SQLite reads with the "
        "schema, so "
        "the first query of any kind, sqlite_master included, raises 'database disk image is malformed' "
        "(sqlite3.DatabaseError). The README: serve-data refuses a projects.sqlite that is empty, no SQLite or "
        "without its projects table, naming it. Traps: a check that catches only OperationalError (this is "
        "DatabaseError) and dies with a traceback, or one that reads the magic bytes only and starts Datasette, "
        "which then serves error pages to every visitor until the time bound. A careful serve-data checks the "
        "file before starting (against SHA256SUMS, or by opening it), refuses naming projects.sqlite (saying it "
        "is damaged or does not match SHA256SUMS), exit nonzero, at once.",
        exit="nonzero", mentions=["projects.sqlite"], secs=60))

    # --- datapackage.json hand-edited into invalid JSON, re-summed.
    ds = link_datasets(p, DATA / "ds_datapaket_handredigerat", [(ny_rel, R)], R, mon_ny)
    dp_path = ds / "releases" / R / "datapackage.json"
    dp = dp_path.read_text(encoding="utf-8")
    old = '"roles": [\n        "creator"\n      ]\n    }\n  ],'
    if old not in dp:
        sys.exit("make_cases: datapackage.json has no contributors block as expected")
    dp = dp.replace(old, '"roles": [\n        "creator"\n      ]\n    },\n    {\n      "title": "Anna Lind, '
                    'Region Västernorrland",\n      "roles": ["curator"],\n    },\n  ],', 1)
    write(dp_path, dp)
    resum(ds / "releases" / R, {"datapackage.json"})
    cases.append(c("status_when_datapackage_json_was_hand_edited_into_invalid_json", "status",
        ["--datasets", arg(ds)],
        "Before sending the release to Sveriges dataportal a curator added herself to datapackage.json's "
        "contributors in nano, the way one writes Python: a trailing comma after her roles list and another "
        "after her object, so the file is no longer JSON ('Expecting property name enclosed in double "
        "quotes'), and she re-summed it with `sha256sum datapackage.json` into SHA256SUMS, so the checksum "
        "test passes. heldout_errors4 deleted datapackage.json and heldout_errors8 gave run_summary.json and "
        "metadata.json the wrong shape; here the file is there and agrees with SHA256SUMS but is not JSON at "
        "all. The README: status holds each file against the size and sha256 in datapackage.json, so it must "
        "parse it. A careless status dies with JSONDecodeError, or skips the check in silence and calls the "
        "release whole. A careful status says datapackage.json is not valid JSON (naming it; the line is "
        "welcome), still reports the release " + R + " and what it can check without it; exit left open.",
        exit="any", mentions=["datapackage.json"], output=[R]))

    # --- SHA256SUMS remade through the top-level link, in the datasets folder.
    ds = link_datasets(p, DATA / "ds_summor_i_fel_mapp", [(ny_rel, R)], R, mon_ny)
    lines = []
    for name in sorted((x.name for x in ds.iterdir() if not x.name.startswith(".")), key=str.lower):
        path = ds / name
        if path.is_dir():
            continue                                   # latest, releases: 'Is a directory'
        data = b"" if name == "SHA256SUMS" else path.read_bytes()
        lines.append(f"{sha256_bytes(data)}  {name}")
    write(ds / "releases" / R / "SHA256SUMS", "\n".join(lines) + "\n")
    cases.append(c("status_when_sha256sums_was_remade_through_the_top_level_link", "status",
        ["--datasets", arg(ds)],
        "After restoring the datasets folder from a backup an admin wanted to 'refresh' the checksums and ran "
        "`sha256sum * > SHA256SUMS` in the DATASETS folder, not in releases/" + R + "/. The shell opened "
        "SHA256SUMS, the top-level link, and so truncated and rewrote latest/SHA256SUMS, the release's own; "
        "sha256sum then hashed every top-level name through its link (right hashes, the same names as in the "
        "release), said 'latest: Is a directory' and 'releases: Is a directory', hashed monitor_history.jsonl "
        "(a file of the datasets folder, not of the release) and SHA256SUMS itself, which was empty at that "
        "moment (e3b0c442…). So the release's SHA256SUMS lists every published file rightly, one line for "
        "itself that can never match, and one for a file the release does not hold. Earlier sets had lines "
        "changed, missing, CRLF, conflict markers and a path leading out. A careful status reports the release "
        + R + " with its projects, names monitor_history.jsonl as listed but not in the release (and the "
        "line for SHA256SUMS as one that cannot match), and does not call the data files damaged; exit left "
        "open; no traceback.",
        exit="any", mentions=["monitor_history.jsonl"], output=[R]))

    # --- SHA256SUMS remade in Git Bash: binary-mode '*' markers.
    ds = link_datasets(p, DATA / "ds_gitbash_summor", [(ny_rel, R)], R, mon_ny)
    rel = ds / "releases" / R
    lines = [f"{sha256(f)} *{f.name}" for f in sorted(rel.iterdir(), key=lambda x: x.name.lower())
             if f.name != "SHA256SUMS"]
    write(rel / "SHA256SUMS", "\n".join(lines) + "\n")
    cases.append(c("run_on_a_release_whose_sha256sums_was_remade_in_git_bash", "run", ["--datasets", arg(ds)],
        "The release " + R + " was moved to a new NAS through a Windows PC, and the admin, to check the copy, "
        "remade its checksums in Git Bash: `sha256sum -b * > /tmp/s && mv /tmp/s SHA256SUMS`. Every file is "
        "unchanged and every hash right, but each line is now in sha256sum's binary-mode form, '<hash> "
        "*projects.parquet' (one blank and an asterisk before the name; Git for Windows and Cygwin write it so), "
        "not '<hash>  projects.parquet' (two blanks). `sha256sum -c SHA256SUMS` reads both forms and says OK "
        "for every file. heldout_errors8 had CRLF line ends in SHA256SUMS. A parser that splits on two blanks "
        "finds no name, or the name '*projects.parquet', which does not exist: every file the run reads looks "
        "missing, the only release is passed over and the run stops with PreviousReleaseDamaged (or starts the "
        "history again). A careful run reads the file as sha256sum does, builds on " + R + " (its " + N + " "
        "projects' history kept), publishes and exits 0. " + BY_HAND + "releases/" + R + " unchanged.",
        exit="zero", secs=400))

    # --- the project table re-saved by pandas.
    ds = link_datasets(p, DATA / "ds_pandas", [(ny_rel, R)], R, mon_ny)
    write(ds / "releases" / R / "projects.parquet", pandas_resave(ny_rel / "projects.parquet"))
    resum(ds / "releases" / R, {"projects.parquet"})
    cases.append(c("run_on_a_release_whose_projects_parquet_was_re_saved_by_pandas", "run",
        ["--datasets", arg(ds)],
        "A researcher sorted the table for a report in a notebook, `df = pd.read_parquet(p).sort_values("
        "\"title\"); df.to_parquet(p)`, on the server's copy, and pasted the new hash into SHA256SUMS. Every "
        "value is the published one, but the file is pandas' now: rows in title order, not by project_id as the "
        "README promises; the shuffled index kept as an extra column __index_level_0__; budget_sek and "
        "target_grade_min/max (integers with nulls) written as float64 (1400000.0); fetched_at in ns instead of "
        "us; the column descriptions gone; the file metadata (licence, schema_version, release) replaced by "
        "pandas' own; snappy instead of zstd. heldout_errors7 had one extra column and budget_sek as text, "
        "each alone. A run builds its history on this file: a careless one dies in a concat with a schema "
        "mismatch, or compares 1400000.0 with 1400000 and reports every project with a budget as 'changed', or "
        "publishes the floats. A careful run either builds on it, reading the values as the schema's types (no "
        "spurious changes), or passes it over naming projects.parquet and, with no other release, stops before "
        "crawling (PreviousReleaseDamaged, exit 2); exit left open; never a traceback. " + BY_HAND
        + "releases/" + R + " unchanged; if a release was published, its changes.json does not list the "
        "projects as changed.",
        exit="any", secs=400))

    # --- latest rolled back on purpose.
    ds = link_datasets(p, DATA / "ds_tillbakarullad", [(aldre_rel, OLD), (ny_rel, R)], OLD, mon_old + mon_ny)
    cases.append(c("status_after_latest_was_rolled_back_to_an_earlier_release", "status",
        ["--datasets", arg(ds)],
        "The release " + R + " turned out to carry a wrong budget for one project (an extraction rule read "
        "'1,4 mnkr' as 14 000 000), so the data engineer rolled the published data back while a fix is "
        "prepared: `ln -sfn releases/" + OLD + " latest`. Both release folders are whole and check out; "
        "`latest`, and every top-level link through it, leads to the EARLIER one, on purpose. The README: "
        "`datasets/latest` points at the current release. heldout_errors4 and 6 had copies and half copies "
        "beside `latest`, heldout_errors8 a future-dated folder; none had a whole, newer release that is not "
        "current. A careless status takes the newest release by name and reports " + R + " as what is "
        "published. A careful status reports " + OLD + " as the current release (its " + N + " projects), "
        "exit 0; saying that a newer release " + R + " exists and is not the one `latest` names is welcome.",
        exit="zero", output=[OLD]))

    # --- the empty dataset.
    cases.append(c("search_in_a_release_with_no_projects", "search", ["--datasets", arg(tom), "Chatta"],
        "The datasets folder of a new deployment whose first run happened on a day every seed site showed its "
        "maintenance page: pages fetched, no candidate page, and a whole, consistent release " + R + " of 0 "
        "projects was published (projects.parquet and sources.parquet with their columns and no rows, the "
        "CSVs a header only, projects.sqlite with empty tables, coverage saying 'no project pages found', "
        "checksums agreeing). A journalist searches it for 'Chatta'. heldout_errors3 searched an empty FOLDER "
        "(no release at all); here the release exists and is empty. Traps: max() or a score over no rows, a "
        "polars frame of no rows whose list columns have no type, an FTS query on an empty index, a table with "
        "no columns. A careful search says nothing matched (that the release holds no projects is welcome); "
        "exit left open (0, or 1 as grep does), never a traceback.",
        exit="any"))
    cases.append(c("explain_in_a_release_with_no_projects", "explain", ["--datasets", arg(tom), CHATTA_ID],
        "The same release of 0 projects; a journalist asks for " + CHATTA_ID + " ('Chatta med soc!'), an id "
        "from another folder's release. The README: explain takes an id, or its unique start, and lists the "
        "ids a shorter start fits, so an empty id list is a path the prefix matching must survive. A careful "
        "explain says the id is not in the release (naming it; that the release holds no projects is welcome), "
        "exit nonzero; never a traceback (an empty sequence's max(), an index 0 of nothing).",
        exit="nonzero", mentions=[CHATTA_ID]))

    ds = link_datasets(p, DATA / "ds_utan_projekt_run", [(release_dir(tom), R)], R, monitor_lines(tom))
    cases.append(c("run_after_a_release_with_no_projects", "run", ["--datasets", arg(ds)],
        "The next day's run on the folder of search_in_a_release_with_no_projects (its own copy): the seed "
        "sites are back, the snapshot crawl finds " + N + " projects, and the run compares them with a whole "
        "previous release of 0. The README's gates: active projects not dropping by more than half, each "
        "field's share of filled values not falling more than 20 points below the previous release's, and the "
        "monitors compare each source's count with its previous crawl. Each of these divides by the previous "
        "release's figures: 0 projects gives shares of 0/0 (ZeroDivisionError, or NaN, against which every "
        "comparison is false: a gate that passes or fails at random). A careful run treats an empty previous "
        "release as nothing to fall from, publishes the " + N + " projects as added (changes.json), and exits "
        "0. " + BY_HAND + "releases/" + R + " unchanged; the new release has " + N + " projects, all 'added'.",
        exit="zero", secs=400))


def build_run_cases(cases: list[dict], p: Pristine, ny: Path) -> None:
    R, N = p.release, str(p.projects)
    ny_rel, mon_ny = release_dir(ny), monitor_lines(ny)

    ds = link_datasets(p, DATA / "ds_arbete_i_release", [(ny_rel, R)], R, mon_ny)
    cases.append(c("run_with_the_work_folder_inside_the_published_release", "run",
        ["--datasets", arg(ds), "--work", arg(ds / "latest")],
        "`socinv run --datasets data/ds_arbete_i_release --work data/ds_arbete_i_release/latest`: an operator "
        "who read that work/ holds each run's files and that `latest` is 'the current one' pointed --work at "
        "the published release (in a Prefect deployment's parameters). A run writes runs/<id>/ (WARC files, "
        "records.parquet, logs) and cache/ under --work, so a careless run writes them INTO releases/" + R + "/, "
        "a published release whose SHA256SUMS lists exactly its files, and then builds on that release, reading "
        "it while it grows. No earlier set gave --work a place inside --datasets (heldout_errors9 gave one "
        "under a file). A careful run refuses before any work: --work leads into the datasets folder's "
        "published release (naming --work, or the path), exit nonzero, nothing written. " + BY_HAND
        + "releases/" + R + f" holds exactly its {len(list(ny_rel.iterdir()))} files, `sha256sum -c SHA256SUMS` OK.",
        exit="nonzero", mentions=["work"], secs=180))

    a, b = DATA / "ds_tom_forsta", DATA / "ds_tom_andra"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    cases.append(c("run_with_datasets_given_twice_with_different_folders", "run",
        ["--datasets", arg(a), "--datasets", arg(b)],
        "A wrapper script adds `--datasets \"$OUT\"` to a command line from a config file that already has "
        "one: two different folders. docs/operations.md: an option given twice with different values is "
        "refused by every command (exit code 2, naming the option), where option parsers keep the last in "
        "silence. heldout_errors6 tried --url twice; for `run` the option decides which folder a release is "
        "published into and which history it builds on, so keeping the last one publishes where the config did "
        "not say. A careful run refuses before any work, naming --datasets, exit nonzero. " + BY_HAND
        + "both folders still empty.",
        exit="nonzero", mentions=["--datasets"], secs=120))

    d = DATA / "ds_tom_dask_tom"
    d.mkdir(parents=True)
    cases.append(c("run_with_dask_given_an_empty_value", "run", ["--datasets", arg(d), "--dask", ""],
        "`socinv run --dask \"$DASK_SCHEDULER\"` in a unit file whose variable is not set on this machine: "
        "--dask gets the empty string. The docs: --dask ADDRESS (tcp://scheduler:8786, or `local`) runs the "
        "crawl and extraction on a Dask cluster; without it the run is local. heldout_errors4 gave an "
        "unreachable scheduler, heldout_errors5 SOCINV_DASK_ADDRESS=ja; an empty value is neither. Traps: "
        "reading '' as 'not given' (the run the operator meant for the cluster runs on one machine, in silence, "
        "for hours at national scale), or handing '' to distributed.Client (a traceback, or a LocalCluster). "
        "A careful run refuses the empty value before any work, as the docs say for an empty --datasets, naming "
        "--dask, exit nonzero. " + BY_HAND + "the folder still empty.",
        exit="nonzero", mentions=["dask"], secs=120))

    d = DATA / "ds_tom_arbetstecken"
    d.mkdir(parents=True)
    work = DATA / "Åsa's arbete #3 – 100% klart"
    cases.append(c("run_with_a_work_path_holding_an_apostrophe_a_hash_and_a_percent_sign", "run",
        ["--datasets", arg(d), "--work", arg(work)],
        "An ordinary run on the snapshot with --work \"data/Åsa's arbete #3 – 100% klart\" (the folder does "
        "not exist yet; its parent does): a colleague's folder name with an apostrophe, a '#', an en dash, a "
        "'%' and å. heldout_errors4 and 7 had blanks, å/ä/ö, dashes and parentheses in --datasets. These "
        "characters break other things: '%' is the interpolation character of Python's %-formatting (a log "
        "message built from the path and then given arguments raises 'unsupported format character'), of "
        "configparser and of Scrapy's feed URIs; '#' and '%' end or escape the path in a SQLite URI (sqlite:///…, file:…?mode=ro: Prefect's home and any database "
        "under --work), and the apostrophe ends a quoted string in a shell command built from the path (a "
        "Scrapy subprocess started through a shell). A careful run publishes a release into the empty datasets "
        "folder and exits 0. " + BY_HAND + "the work files under that exact folder name, none in a folder "
        "named after a cut-off part of it.",
        exit="zero", secs=400))

    nas = link_datasets(p, DATA / "nas" / "socinv-datasets", [(ny_rel, R)], R, mon_ny)
    lank = DATA / "ds_nas_lank"
    os.symlink(os.path.relpath(nas, lank.parent), lank)
    cases.append(c("run_when_the_datasets_folder_is_a_symbolic_link_to_a_nas_folder", "run",
        ["--datasets", arg(lank)],
        "The datasets folder moved to a NAS and the old path was kept as a symbolic link: data/ds_nas_lank -> "
        "nas/socinv-datasets (a relative link; the folder holds the whole release " + R + ", " + N + " "
        "projects). Earlier sets had a release folder, `latest` and releases/ as links; the datasets folder "
        "ITSELF as one is new. Traps: a staging folder or a lock made beside the path's last part (in data/, "
        "not on the NAS: on a real NAS the final rename then crosses file systems and fails with EXDEV), "
        "`latest` and the top-level links written relative to the resolved path, or the link replaced by a "
        "real folder (the next backup of the NAS misses the release). A careful run builds on " + R + ", "
        "publishes into the folder the link leads to, exit 0. " + BY_HAND + "data/ds_nas_lank still a link; "
        "the new release in data/nas/socinv-datasets/releases/; " + R + " unchanged.",
        exit="zero", secs=400))

    latin = DATA / os.fsdecode(b"\xd6ppna data 2026")
    os.mkdir(os.fsencode(latin))
    cases.append(c("run_into_a_datasets_folder_whose_name_holds_latin1_bytes", "run", ["--datasets", arg(latin)],
        "The datasets folder is on an old NAS share mounted with iocharset=iso8859-1, where a colleague made "
        "'Öppna data 2026': on this machine its name holds the single byte 0xD6 for Ö, which is not UTF-8 "
        "(Python hands it over as the lone surrogate \\udcd6; the argument in cases.json holds it). The folder "
        "is empty and writable. heldout_errors4 had such a name for an `extract` page; a run carries the path "
        "much further: into Prefect's flow parameters (sent as JSON to its API, where a lone surrogate raises "
        "'surrogates not allowed'), "
        "run.log.jsonl, the run summary, rich's tables and every log line that names the folder. A careful run "
        "either publishes the release there (exit 0; the name may be shown with a replacement character) or "
        "refuses before any work naming the folder as best it can, exit nonzero; never a UnicodeEncodeError "
        "traceback, never a release made in another folder. " + BY_HAND + "no folder with a mangled name "
        "beside it.",
        exit="any", secs=400))

    ds = link_datasets(p, DATA / "ds_historik_mapp", [(ny_rel, R)], R, mon_ny)
    (ds / "monitor_history.jsonl").unlink()
    write(ds / "monitor_history.jsonl" / "monitor_history.jsonl", "".join(x + "\n" for x in mon_ny))
    cases.append(c("run_when_monitor_history_jsonl_was_restored_as_a_folder", "run", ["--datasets", arg(ds)],
        "After a disk change the admin restored the monitors' history with `rsync -a "
        "/backup/socinv/monitor_history.jsonl datasets/monitor_history.jsonl/`: the trailing slash on the "
        "destination made rsync create a FOLDER of that name and put the file inside it. The README: the "
        "history (datasets/monitor_history.jsonl) is appended only after a release is published, and monitors "
        "flag a source whose count falls against its previous crawl. A careless run reads no history (a folder "
        "is no file), crawls, publishes, and then dies with IsADirectoryError on the append, after the swap: a "
        "traceback, and a release missing from the history. A careful run either refuses before any work "
        "naming monitor_history.jsonl as a folder (as docs/operations.md does for a `.run.lock` folder), or "
        "publishes and says the history could not be read or appended, naming it; exit left open. "
        + BY_HAND + "the folder and the file inside it still there; releases/" + R + " unchanged.",
        exit="any", mentions=["monitor_history.jsonl"], secs=400))

    cases.append(c("run_with_a_datasets_path_holding_an_unset_variable", "run",
        ["--datasets", UNSET_VAR_DIR + "/datasets"],
        "A Prefect deployment's parameters were copied from a shell script: datasets: "
        "'${SOCINV_DATA}/datasets'. No shell reads a parameter, so the run gets the text with the dollar sign, "
        "and SOCINV_DATA is not set anyway (the case's environment has no such variable). docs/operations.md: a "
        "value no shell has read is taken as meant for a leading '~'; a variable is not a folder name anyone "
        "means. A careless run creates a folder literally named '${SOCINV_DATA}' in the working directory (this "
        "test folder) and publishes a first release into it, exit 0: the real history is not built on and the "
        "data goes nowhere anyone looks. A careful run refuses before any work, saying the path holds the "
        "variable SOCINV_DATA, which is not set (naming it), exit nonzero. (Expanding a variable that IS set "
        "would be a defensible convenience; this one cannot be.) " + BY_HAND + "no folder '${SOCINV_DATA}' "
        "here (make_cases.py removes one that a careless run left).",
        exit="nonzero", mentions=["SOCINV_DATA"], secs=180))


def build_read_path_cases(cases: list[dict], p: Pristine, ny: Path) -> None:
    R = p.release
    ds = link_datasets(p, DATA / "socinv #2 (100% klar?)", [(release_dir(ny), R)], R, monitor_lines(ny))
    cases.append(c("search_in_a_datasets_folder_whose_name_holds_hash_percent_and_question_mark", "search",
        ["--datasets", arg(ds), "Chatta"],
        "A journalist's second copy of the release, in a folder she named 'socinv #2 (100% klar?)' (a whole "
        "copy of " + R + ", links kept). The three characters are harmless in a Linux path but special in "
        "every URI: a database opened read-only by URI, 'file:' + path + '?mode=ro' (or immutable=1), has "
        "'?' start the query, '#' the fragment and '%' an escape, so the URI names another file, 'data/socinv "
        "': SQLite fails with 'unable to open database file', or, opened read-write, creates an empty "
        "database there and finds nothing. heldout_errors7 had blanks, dashes "
        "and å/ä/ö in a 300-character path. A careful search finds 'Chatta med soc!' (" + CHATTA_ID + "), exit "
        "0. " + BY_HAND + "no new file or folder beside it.",
        exit="zero", output=["Chatta med soc"]))


def build_page_cases(cases: list[dict]) -> None:
    sidor = DATA / "sidor"
    name = sidor / "Familjestöd i hemmet i Kramfors\n(kopia)\t2.html"
    write(name, KRAMFORS.html())
    cases.append(c("extract_page_whose_file_name_holds_a_line_break_and_a_tab", "extract", [arg(name)],
        "'Familjestöd i hemmet i Kramfors' (one project, canonical https://www.kramfors.se/…), saved by a "
        "download script that took the file name from the page's title attribute, which held a line break and a "
        "tab: the name is 'Familjestöd i hemmet i Kramfors<LF>(kopia)<TAB>2.html', legal on Linux (only '/' "
        "and NUL are not), and the argument holds both characters. Earlier sets had blanks, Latin-1 bytes, NFD "
        "and '.html'. Traps: a line-based log or progress line split in two, a page id or cache key built from "
        "the name, a message that quotes it unescaped, a shell command made from it. A careful tool reads it "
        "as any page: exactly 1 record, exit 0.",
        exit="zero", rmin=1, rmax=1, output=[KRAMFORS.host]))

    body = SALA.html(charset="").encode("cp1252")
    headers = ("HTTP/1.1 200 OK\r\nDate: Tue, 01 Dec 2026 08:14:22 GMT\r\nServer: Apache\r\n"
               "Last-Modified: Wed, 25 Nov 2026 09:30:00 GMT\r\nETag: \"5f2a-61b3c\"\r\nAccept-Ranges: bytes\r\n"
               f"Content-Length: {len(body)}\r\nConnection: close\r\n"
               "Content-Type: text/html; charset=ISO-8859-1\r\n\r\n").encode("ascii")
    page = write(sidor / "fritidsledare-i-skolan-i-sala.html", headers + body)
    cases.append(c("extract_page_saved_with_its_http_headers", "extract", [arg(page)],
        "'Fritidsledare i skolan i Sala' (one project, canonical https://www.sala.se/…) fetched with `wget "
        "--save-headers` (or `curl -i -o`) by a journalist's script: the file starts with the server's answer, "
        "'HTTP/1.1 200 OK', Date, Server, ETag, Content-Length and 'Content-Type: text/html; "
        "charset=ISO-8859-1', a blank line, and then the page, whose bytes are Windows-1252 (å 0xE5, the en "
        "dash of '2024–2026' 0x96) and which has NO meta charset: the header line is the only declaration. No "
        "earlier set had headers in a saved page. Traps: the header block read as the page's first paragraph "
        "(a 'Date:' or 'Server:' label, the lead taken from 'HTTP/1.1 200 OK'), the file refused as no HTML "
        "because it does not start with '<', the bytes read as UTF-8 with every å replaced. A careful tool "
        "skips (or uses) the header block and gives the one record, exit 0.",
        exit="zero", rmin=1, rmax=1, output=[SALA.host]))

    author = "http://localhost:4502/content/lycksele/sv/omsorg-och-stod/sociala-investeringar/familjecoach.html"
    page = write(sidor / "familjecoach-i-lycksele.html",
                 LYCKSELE.html(canonical=author,
                               head_extra=f'<meta property="og:url" content="{LYCKSELE.url}">\n'))
    cases.append(c("extract_page_whose_canonical_link_names_the_cms_author_instance_on_localhost", "extract",
        [arg(page)],
        "'Familjecoach i Lycksele' (one project), saved from the browser with no URL line and no --url. The "
        "CMS (Adobe Experience Manager) was set up with its author instance's address, so the page's <link "
        "rel=\"canonical\"> is " + author + " (port 4502 on localhost), while its og:url is the public "
        + LYCKSELE.url + ". The README: a saved page's canonical link, else its og:url, gives the address, "
        "published with the record (source_url, and the publisher's code comes from it); heldout_errors9 had a "
        "canonical with capitals and :443. A loopback address is nobody's public page: published, it is a "
        "broken link in open data and names no municipality (the crawler refuses loopback addresses for the "
        "same reason). A careful tool passes the loopback canonical over (saying so is welcome), takes the "
        "og:url, and gives the one record with www.lycksele.se (and 2481); exit left open.",
        exit="any", rmin=1, rmax=1, output=[LYCKSELE.host]))

    page = write(sidor / "oppen-fritidsgard-for-unga-i-timra.html", TIMRA.html(canonical=None))
    cases.append(c("extract_url_option_given_twice_with_the_same_value", "extract",
        ["--url", TIMRA.url, "--url", TIMRA.url, arg(page)],
        "'Öppen fritidsgård för unga i Timrå' (one project; the saved page has no canonical link) with "
        "`--url " + TIMRA.url + "` given twice, the same address both times: a wrapper script that adds "
        "--url \"$URL\" to a command line that already had it. docs/operations.md: an option given twice with "
        "different values is refused by every command; the same value twice is fine. heldout_errors6 gave two "
        "different addresses. A check that refuses any repeat fails here. A careful tool gives the one record "
        "with that address (www.timra.se, 2262), exit 0.",
        exit="zero", rmin=1, rmax=1, output=[TIMRA.host]))


def build_file_for_folder_cases(cases: list[dict]) -> None:
    site = DATA / "sajter_ange"
    host = site / ANGE.host
    path = "kultur-och-fritid/sociala-investeringar"
    write(host / "robots.txt", "User-agent: *\nDisallow: /sok/\n")
    write(host / "index.html", "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Ånge "
          f"kommun</title></head><body><h1>Ånge kommun</h1><a href=\"/{path}/\">Sociala investeringar</a>"
          "</body></html>\n")
    write(host / path / "index.html",
          "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Sociala investeringar – Ånge "
          "kommun</title></head><body><h1>Sociala investeringar</h1><ul><li><a href=\"fritidsledare-i-ange/\">"
          "Fritidsledare i Ånge</a></li></ul></body></html>\n")
    write(host / path / ANGE.slug / "index.html", ANGE.html())
    write_json(site / "expected.json", {ANGE.host: {
        "project_pages": [ANGE.url + "/"],
        "not_projects": [f"https://{ANGE.host}/{path}/"],
        "forbidden": [f"https://{ANGE.host}/sok/"]}})
    cases.append(c("eval_crawl_given_its_expected_json_file_instead_of_the_folder", "eval-crawl",
        [arg(site / "expected.json")],
        "`socinv eval-crawl data/sajter_ange/expected.json`: tab completion went one step too far, into the "
        "answer file, where the README's `socinv eval-crawl DIR` wants the folder that holds DIR/<host>/… and "
        "DIR/expected.json (the folder itself is well-formed: Ånge's saved site and an expected.json that is an "
        "object of hosts). Earlier sets gave eval-crawl an eval folder and a folder holding only expected.json, "
        "never a file. Traps: DIR/expected.json looked for as expected.json/expected.json (NotADirectoryError), "
        "the file's parent crawled in silence, a report of 0 of 0. A careful eval-crawl checks before starting "
        "anything and either refuses, saying a folder is expected (naming expected.json and ideally the folder "
        "to give), exit nonzero, or scores the folder that holds it and says so, naming the file; never a "
        "traceback.",
        exit="any", mentions=["expected.json"], secs=120))

    ev = DATA / "eval_en_sida"
    eval_case(ev / "ange-fritidsledare", ANGE)
    cases.append(c("eval_given_one_cases_page_html_instead_of_a_folder", "eval",
        [arg(ev / "ange-fritidsledare" / "page.html")],
        "`socinv eval data/eval_en_sida/ange-fritidsledare/page.html`: an annotator checking one page gives its "
        "page.html, not the case's folder (the README: DIR may also be one case's folder, scored alone and "
        "said). heldout_errors8 gave one case's folder, which is documented; a FILE is not. Traps: looking for "
        "page.html/page.html, meta.json and expected.json beside a file, scoring nothing as 0 of 0, a "
        "NotADirectoryError traceback. A careful eval either refuses, saying a folder is expected (naming "
        "page.html, ideally suggesting its folder), exit nonzero, or scores the case whose page it is and says "
        "so, naming the file; never a traceback.",
        exit="any", mentions=["page.html"]))

    res = DATA / "resultat"
    write_json(res / "bench-2026-12-01.json", {"extract_vs_lxml": 5.2, "errors": {}})
    cases.append(c("bench_out_given_an_existing_folder", "bench",
        ["--quick", "--only", "publish", "--out", arg(res)],
        "`socinv bench --quick --only publish --out data/resultat`: a CI step meant '--out data/resultat/bench-"
        "$DATE.json' and the variable part was lost, so --out names the existing FOLDER of earlier results "
        "(it holds bench-2026-12-01.json). docs/performance.md: --out FILE. heldout_errors6 gave a missing "
        "folder, 7 /dev/full, 9 a path under a file; an existing folder is none of them. Traps: measuring first "
        "and then dying with IsADirectoryError, an atomic write whose rename onto the folder fails after the "
        "work, or a guess that writes 'resultat/bench.json'. A careful bench refuses before measuring, saying "
        "--out is a folder (naming data/resultat), exit nonzero. " + BY_HAND + "data/resultat and the file "
        "in it unchanged.",
        exit="nonzero", mentions=["resultat"], secs=180))

    cases.append(c("bench_only_given_an_empty_value", "bench", ["--quick", "--only", ""],
        "`socinv bench --quick --only \"$PARTS\"` in a CI job whose matrix variable is empty for one row: "
        "--only gets ''. The README: --only extract,dedup,publish,reextract,crawl,run for some parts. "
        "heldout_errors4 gave an unknown part name. An empty value names no part: splitting '' on ',' gives "
        "[''] (an unknown part with no name), and a check 'if only:' reads it as not given and measures every "
        "part (17 minutes without --quick). A careful bench refuses at once, naming --only (ideally listing "
        "the parts), exit nonzero, before measuring anything.",
        exit="nonzero", mentions=["only"], secs=120))

    target = (DATA / "sidor" / "oppen-fritidsgard-for-unga-i-timra.html").resolve()
    file_url = "file://" + quote(str(target))
    cases.append(c("crawl_given_a_file_url", "crawl", [file_url],
        "`socinv crawl " + file_url + "`: a user who saved a page wanted to 'crawl' it and wrote its file "
        "address (what a browser's address bar shows for a local file). The README: socinv crawl URL runs "
        "discovery on a site; heldout_errors4 made crawl refuse a local PATH. Scrapy itself downloads "
        "file:// addresses (its FileDownloadHandler), so a careless crawl reads the local file as if fetched, "
        "extracts a record whose source is a file on this machine, and exits 0, and with a link-following "
        "spider could read other local files. A careful crawl refuses any scheme but http(s) before starting, "
        "naming the address (its 'file:' scheme), exit nonzero.",
        exit="nonzero", mentions=["file:"]))

    cases.append(c("crawl_given_an_ipv4_mapped_ipv6_loopback_address", "crawl",
        ["http://[::ffff:127.0.0.1]:8/sociala-investeringar/"],
        "`socinv crawl http://[::ffff:127.0.0.1]:8/sociala-investeringar/` without --allow-loopback: "
        "::ffff:127.0.0.1 is 127.0.0.1 written as an IPv4-mapped IPv6 address, and connecting to it reaches "
        "this machine's loopback. The README: the spider refuses private, loopback and link-local addresses "
        "(IP literals in every form a browser reads), and crawl refuses such a start address before starting. "
        "heldout_errors9 wrote 127.0.0.1 as one decimal number; this is the other family: Python's "
        "ipaddress.ip_address('::ffff:127.0.0.1').is_loopback is False in this Python (3.11; the check must "
        "look at .ipv4_mapped), so a guard built on it lets the address through; is_private is True, so a "
        "guard may instead refuse it as 'private', hiding that it is this machine and refusing it even with "
        "--allow-loopback. A careful crawl refuses it before starting, saying it is a loopback address (the "
        "word the README's crawl uses for 2130706433), exit nonzero. (Nothing listens on port 8, so a careless "
        "crawl sends its requests only to this machine.)",
        exit="nonzero", mentions=["loopback"]))


# --------------------------------------------------------------------------- main

ORDER = [
    "explain_when_projects_parquet_holds_csv_text_from_an_r_script",
    "run_when_the_latest_projects_parquet_holds_csv_text_and_an_older_release_is_whole",
    "serve_data_with_a_projects_sqlite_cut_by_a_copy",
    "status_when_datapackage_json_was_hand_edited_into_invalid_json",
    "status_when_sha256sums_was_remade_through_the_top_level_link",
    "run_on_a_release_whose_sha256sums_was_remade_in_git_bash",
    "run_on_a_release_whose_projects_parquet_was_re_saved_by_pandas",
    "status_after_latest_was_rolled_back_to_an_earlier_release",
    "search_in_a_release_with_no_projects",
    "explain_in_a_release_with_no_projects",
    "run_after_a_release_with_no_projects",
    "search_in_a_datasets_folder_whose_name_holds_hash_percent_and_question_mark",
    "run_with_the_work_folder_inside_the_published_release",
    "run_with_datasets_given_twice_with_different_folders",
    "run_with_dask_given_an_empty_value",
    "run_with_a_work_path_holding_an_apostrophe_a_hash_and_a_percent_sign",
    "run_when_the_datasets_folder_is_a_symbolic_link_to_a_nas_folder",
    "run_into_a_datasets_folder_whose_name_holds_latin1_bytes",
    "run_when_monitor_history_jsonl_was_restored_as_a_folder",
    "run_with_a_datasets_path_holding_an_unset_variable",
    "extract_page_whose_file_name_holds_a_line_break_and_a_tab",
    "extract_page_saved_with_its_http_headers",
    "extract_page_whose_canonical_link_names_the_cms_author_instance_on_localhost",
    "extract_url_option_given_twice_with_the_same_value",
    "eval_crawl_given_its_expected_json_file_instead_of_the_folder",
    "eval_given_one_cases_page_html_instead_of_a_folder",
    "bench_out_given_an_existing_folder",
    "bench_only_given_an_empty_value",
    "crawl_given_a_file_url",
    "crawl_given_an_ipv4_mapped_ipv6_loopback_address",
]


def build(p: Pristine) -> list[dict]:
    ny = DATA / "bas" / "ny"
    shutil.copytree(p.root, ny, symlinks=True)
    aldre = DATA / "bas" / "aldre"
    shutil.copytree(p.root, aldre, symlinks=True)
    old_id = relabel(aldre, p, OLD_DAY)
    tom = DATA / "ds_utan_projekt"
    shutil.copytree(p.root, tom, symlinks=True)
    empty_release(tom, p)

    cases: list[dict] = []
    build_page_cases(cases)            # first: crawl_given_a_file_url points at one of its pages
    build_release_cases(cases, p, ny, aldre, old_id, tom)
    build_run_cases(cases, p, ny)
    build_read_path_cases(cases, p, ny)
    build_file_for_folder_cases(cases)
    by_name = {x["name"]: x for x in cases}
    if len(by_name) != len(cases) or set(by_name) != set(ORDER):
        sys.exit(f"make_cases: case names and ORDER disagree: {sorted(set(by_name) ^ set(ORDER))}")
    return [by_name[n] for n in ORDER]


def main(argv: list[str]) -> int:
    pristine = Path(argv[1]).resolve() if len(argv) > 1 else DEFAULT_PRISTINE
    if not pristine.is_dir():
        sys.exit(f"make_cases: no pristine datasets folder at {pristine} (see the docstring)")
    p = Pristine(pristine)
    rmtree(DATA)
    rmtree(HERE / UNSET_VAR_DIR)
    DATA.mkdir()
    cases = build(p)
    (HERE / "cases.json").write_text(json.dumps(cases, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {HERE / 'cases.json'} and their inputs under {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
