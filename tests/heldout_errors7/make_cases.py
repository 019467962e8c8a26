#!/usr/bin/env python3
"""Build the blind error-handling set heldout_errors7: what researchers, journalists and a data engineer's
scheduler do with the PUBLISHED release and the read-only commands, and with `socinv run` on the morning
after somebody touched the datasets folder.

Written blind: the author read only README.md, docs/*.md and the data (cases.json, make_*.py) of
tests/heldout_errors1 … heldout_errors6.  No Python code of the project was read and socinv was not run
(not on these cases, not at all).

What the set is about (kinds none of the six earlier sets has):
  * searching as people type and paste: a query in Unicode NFD (the "ä" of a macOS file name or a PDF
    copy: "a" + U+0308), in upper case with Swedish letters (SQLite's LIKE and lower() fold ASCII only),
    and with the invisible soft hyphen a CMS puts inside long compounds;
  * ids as people paste them: upper-case hex, and the id of a project that only an earlier release holds;
  * releases an analyst changed and "fixed" with sha256sum, so the checksums agree: projects.parquet with
    an extra column, with budget_sek rewritten as text ("1 400 000 kr"), with one project twice;
  * links as other tools leave them: a datasets folder unpacked from a zip that turned every link into a
    small text file, `latest` pointing into ANOTHER datasets folder, `latest` as an absolute link, a
    top-level projects.csv replaced by an editor's save (a regular file in LibreOffice's ';' and
    Windows-1252 where the link was), SHA256SUMS naming a file outside the release;
  * a Latin-1 terminal (explain's text holds "–" and "…"), a datasets path of more than 300 characters;
  * serving: `serve-data` on an empty folder and on a release whose projects.sqlite is 0 bytes (Datasette
    would serve an empty database forever), `serve` with PREFECT_API_URL left pointing at a dead server;
  * eval on someone else's folders: a site folder meant for `eval-crawl`, a meta.json whose url is a
    file:// address;
  * the scheduler's `run`: the lock path made a folder by an operator's mkdir-lock, the clock set back
    behind the latest release, a datasets path of 300+ characters, `--datasets ""` (an unset variable),
    `--datasets https://…`, SOCINV_SNAPSHOT naming a missing folder, `bench --out /dev/full` (a full disk).

Not expressible in this format (no set-up step, one process per case), so left out: two runs started at
the same moment, and a run started while another is still publishing (the lock is a flock that only a
live process can hold); a disk that fills up during a run (no earlier set shows a tmpfs; /dev/full stands
in for `bench --out`).

Usage:
    python3 tests/heldout_errors7/make_cases.py [PRISTINE_DATASETS]

PRISTINE_DATASETS is a datasets folder exactly as `socinv run --datasets X` left it (`latest` ->
releases/<id>, top-level links into it) from the bundled snapshot (42 projects; 'Chatta med soc!' is
0381-1e698591e9b4).  Default: tests/heldout_errors3/data/ds_pristine (built by heldout_errors3's
make_cases.py from such a run).  To build one by hand:
    python3 -m uv run --frozen socinv run --datasets /tmp/ds_pristine
The script deletes tests/heldout_errors7/data/, writes every input there (about 16 MB, mostly copies of
the release; no file over 1 MB) and writes cases.json.  It needs pyarrow for the cases that rewrite
Parquet files: when the interpreter running it has none, it runs itself again with the project's
.venv/bin/python.  Re-run it before each measurement: the `run` cases write releases, git keeps neither
links nor empty folders, and one case holds an absolute link to where data/ is now.

Case format (as heldout_errors5 and heldout_errors6):
    name, why, command (the socinv sub-command), args (paths relative to this folder, which is the
    working directory), expect:
      exit             "zero" / "nonzero" / "any"
      max_seconds
      no_traceback     always true
      records_min / records_max   JSON records `extract` prints on stdout (0 / 0 here: no extract case)
      stderr_mentions  literal words a clear message on stderr must hold
      output_mentions  literal words stdout+stderr together must hold
    and a top-level "env" (variables set on top of the runner's environment) for the cases about the
    environment.  One case writes Latin-1 to stdout on purpose: decode the output with errors="replace".

Calibration (not cases): `socinv search --datasets data/ds_kopia vägledarutbildning` (NFC, lower case)
should list 'Vägledande samspel, vägledarutbildning' (0381-e9af55ede119); the three search cases are
that search typed differently.  `socinv status --datasets data/ds_kopia` should name the release and 42.

Several whys say what must hold on disk afterwards (an earlier release unchanged, a user's file kept);
the runner cannot see that, so it is to be checked by hand.
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

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEFAULT_PRISTINE = HERE.parent / "heldout_errors3" / "data" / "ds_pristine"
VENV_PY = HERE.parent.parent / ".venv" / "bin" / "python"

CHATTA_ID = "0381-1e698591e9b4"        # 'Chatta med soc!' (Enköping)
SAMSPEL_ID = "0381-e9af55ede119"       # 'Vägledande samspel, vägledarutbildning' (Enköping)
TIDIGA_ID = "2181-376cec7ef252"        # 'Tidiga samordnade insatser i skolan' (Sandviken), budget 1 400 000
GONE_ID = "0381-5f2c1d9e8a47"          # a project only the earlier release of ds_tva_releaser holds
BY_HAND = "By hand afterwards (the runner cannot see it): "

try:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
except ImportError:                    # run again with the project's interpreter, which has pyarrow
    if VENV_PY.exists() and os.environ.get("HELDOUT_ERRORS7_REEXEC") != "1":
        os.environ["HELDOUT_ERRORS7_REEXEC"] = "1"
        os.execv(str(VENV_PY), [str(VENV_PY), str(Path(__file__).resolve()), *sys.argv[1:]])
    sys.exit("make_cases: pyarrow is needed (run with the project's .venv/bin/python, or "
             "`python3 -m uv run --frozen python tests/heldout_errors7/make_cases.py`)")


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
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def write_json(path: Path, obj) -> Path:
    return write(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def arg(path: Path) -> str:
    return os.path.relpath(path, HERE)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- the pristine release

class Pristine:
    def __init__(self, root: Path):
        self.root = root
        latest = root / "latest"
        if not latest.is_symlink():
            sys.exit(f"make_cases: {latest} is not a symlink; give a datasets folder that `socinv run "
                     f"--datasets X` wrote (not a copy made with cp -rL)")
        self.rel_release = Path(os.readlink(latest))              # releases/<id>
        self.release_dir = (root / self.rel_release).resolve()
        if not self.release_dir.is_dir():
            sys.exit(f"make_cases: {latest} points at {self.rel_release}, which is not a folder")
        self.release = self.release_dir.name                      # e.g. 2026-12-07T100235Z
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d{6}Z", self.release):
            sys.exit(f"make_cases: release id {self.release!r} is not YYYY-MM-DDTHHMMSSZ")
        self.date = dt.date.fromisoformat(self.release[:10])
        csv_text = (self.release_dir / "projects.csv").read_text(encoding="utf-8")
        for pid in (CHATTA_ID, SAMSPEL_ID, TIDIGA_ID):
            if pid not in csv_text:
                sys.exit(f"make_cases: {pid} is not in {self.release_dir}; build the pristine release from "
                         f"the bundled snapshot")
        self.projects = sum(1 for _ in csv.DictReader(io.StringIO(csv_text)))

    def release_on(self, day: dt.date) -> str:
        return day.isoformat() + self.release[10:]


def copy_datasets(p: Pristine, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(p.root, dst, symlinks=True)
    return dst


def release_dir(ds: Path) -> Path:
    return (ds / os.readlink(ds / "latest")).resolve()


# --------------------------------------------------------------------------- checksums

def update_sums(rel: Path, names) -> None:
    """What an analyst does after editing a file: its line in SHA256SUMS made to agree again (only that;
    datapackage.json and catalog.rdf keep the old figures)."""
    sums = rel / "SHA256SUMS"
    out = []
    for line in sums.read_text(encoding="utf-8").splitlines():
        h, _, name = line.partition("  ")
        if name in names:
            h = sha256(rel / name)
        out.append(f"{h}  {name}")
    sums.write_text("\n".join(out) + "\n", encoding="utf-8")


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
        dp_path.write_text(json.dumps(dp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
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

        text = re.sub(r"<dcat:Distribution\b.*?</dcat:Distribution>", fix, text, flags=re.S)
        cat_path.write_text(text, encoding="utf-8")
    names = [line.partition("  ")[2] for line in (rel / "SHA256SUMS").read_text(encoding="utf-8").splitlines()]
    update_sums(rel, set(names))


# --------------------------------------------------------------------------- rewriting a release

def _parquet_rewrite(path: Path, fn) -> None:
    table = pq.read_table(path)
    meta = table.schema.metadata
    table = fn(table)
    if table.schema.metadata != meta and meta is not None:
        table = table.replace_schema_metadata({**meta, **(table.schema.metadata or {})})
    pq.write_table(table, path, compression="zstd")


def relabel(ds: Path, p: Pristine, day: dt.date) -> str:
    """Move the release of datasets folder `ds` to another day, as if the run that made it had run then:
    folder name, `latest`, every text file, Parquet strings, dates and timestamps and metadata, SQLite
    text, the xlsx's strings; then reseal.  Returns the new release id."""
    delta = (day - p.date).days
    pairs = [(p.date.isoformat(), day.isoformat()), (p.date.strftime("%Y%m%d"), day.strftime("%Y%m%d"))]
    new_id = p.release_on(day)
    old_rel = ds / "releases" / p.release
    rel = ds / "releases" / new_id
    old_rel.rename(rel)
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
            def shift(table):
                cols = []
                for i, field in enumerate(table.schema):
                    col = table.column(i)
                    if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
                        for a, z in pairs:
                            col = pc.replace_substring(col, a, z)
                    elif pa.types.is_date32(field.type):
                        col = pc.cast(pc.add(pc.cast(col, pa.int32()), pa.scalar(delta, pa.int32())),
                                      pa.date32())
                    elif pa.types.is_timestamp(field.type):
                        col = pc.add(col, pa.scalar(dt.timedelta(days=delta), pa.duration(field.type.unit)))
                    cols.append(col)
                new = pa.Table.from_arrays(cols, schema=table.schema)
                meta = {k: sub_bytes(v) for k, v in (table.schema.metadata or {}).items()}
                return new.replace_schema_metadata(meta)
            table = pq.read_table(f)
            pq.write_table(shift(table), f, compression="zstd")
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
            f.write_bytes(buf.getvalue())
        else:
            f.write_bytes(sub_bytes(f.read_bytes()))
    reseal(rel)
    return new_id


def add_gone_project(rel: Path) -> None:
    """The earlier release of ds_tva_releaser holds one project more: 'Sommarlovsentreprenörer i
    Enköping' (GONE_ID), a copy of Chatta's row with its own name and text, in every table a reader uses."""
    title = "Sommarlovsentreprenörer i Enköping"
    desc = ("Ungdomar 15–17 år driver egna små företag under sommarlovet med stöd av handledare från "
            "näringslivsenheten och fritidsgårdarna.")
    target = "Ungdomar 15–17 år i Enköpings kommun"
    evidence = json.dumps({"title": title, "description": desc, "target_group": target}, ensure_ascii=False)

    def add_row(table, overrides):
        rows = table.to_pylist()
        base = next(r for r in rows if r["project_id"] == CHATTA_ID)
        new = {**base, **{k: v for k, v in overrides.items() if k in base}}
        extra = pa.Table.from_pylist([new], schema=table.schema)
        out = pa.concat_tables([table, extra])
        keys = [("project_id", "ascending")] + ([("source_url", "ascending")] if "source_url" in
                                               table.column_names and "source_id" in table.column_names else [])
        return out.sort_by(keys).replace_schema_metadata(table.schema.metadata)

    over = {"project_id": GONE_ID, "title": title, "description": desc, "target_group": target,
            "target_age_min": 15.0, "target_age_max": 17.0, "evidence": evidence}
    _parquet_rewrite(rel / "projects.parquet", lambda t: add_row(t, over))
    _parquet_rewrite(rel / "sources.parquet", lambda t: add_row(t, over))

    for name, delim, bom in (("projects.csv", ",", False), ("projects_excel.csv", ";", True)):
        f = rel / name
        if not f.exists():
            continue
        text = f.read_text(encoding="utf-8-sig" if bom else "utf-8")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
        head = rows[0]
        base = next(r for r in rows[1:] if r and r[0] == CHATTA_ID)
        new = list(base)
        for k, v in (("project_id", GONE_ID), ("title", title), ("description", desc),
                     ("target_group", target), ("target_age_min", "15"), ("target_age_max", "17"),
                     ("evidence", evidence)):
            if k in head:
                new[head.index(k)] = v
        body = sorted([r for r in rows[1:] if r] + [new], key=lambda r: r[0])
        buf = io.StringIO(newline="")
        w = csv.writer(buf, delimiter=delim, lineterminator="\r\n" if "\r\n" in text else "\n")
        w.writerow(head)
        w.writerows(body)
        f.write_text(("\ufeff" if bom else "") + buf.getvalue(), encoding="utf-8")

    f = rel / "projects.sqlite"
    if f.exists():
        con = sqlite3.connect(f)
        for t in ("projects", "sources"):
            cols = [r[1] for r in con.execute(f"pragma table_info([{t}])")]
            exprs, params = [], []
            for col in cols:
                if col in over:
                    exprs.append("?")
                    params.append(over[col])
                else:
                    exprs.append(f"[{col}]")
            collist = ", ".join(f"[{c}]" for c in cols)
            con.execute(f"insert into [{t}] ({collist}) select {', '.join(exprs)} from [{t}] "
                        f"where project_id = ? limit 1", (*params, CHATTA_ID))
        con.commit()
        con.close()
    rs = rel / "run_summary.json"
    if rs.exists():
        d = json.loads(rs.read_text(encoding="utf-8"))
        for k in ("projects", "active_projects", "sources_rows"):
            if isinstance(d.get(k), int):
                d[k] += 1
        rs.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reseal(rel)


def libreoffice_csv(src: Path) -> bytes:
    """projects.csv as LibreOffice Calc writes it after 'Keep current format' with the options a Swedish
    user picks: field delimiter ';', text delimiter '"' around every text cell, Windows-1252, CRLF."""
    rows = list(csv.reader(io.StringIO(src.read_text(encoding="utf-8"), newline="")))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    for r in rows:
        w.writerow([int(x) if x.isdigit() and len(x) < 10 and not x.startswith("0") else x for x in r])
    return buf.getvalue().encode("cp1252", errors="replace")


# --------------------------------------------------------------------------- eval pages (written for this set)

class Page:
    def __init__(self, slug, url, code, name, site, title, lead, para, facts, owner, partners, ages, years,
                 budget):
        self.slug, self.url, self.code, self.name, self.site = slug, url, code, name, site
        self.title, self.lead, self.para, self.facts = title, lead, para, facts
        self.owner, self.partners, self.ages, self.years, self.budget = owner, partners, ages, years, budget

    def html(self) -> str:
        facts = "\n".join(f"<li><strong>{esc(k)}:</strong> {esc(v)}</li>" for k, v in self.facts)
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{esc(self.title)} – {esc(self.site)}</title>
<link rel="canonical" href="{self.url}">
</head>
<body>
<header><a href="#innehall">Till innehållet</a>
<nav><ul><li><a href="/">Start</a></li><li><a href="/omsorg-och-stod/">Omsorg och stöd</a></li>
<li><a href="/sociala-investeringar/">Sociala investeringar</a></li></ul></nav></header>
<main id="innehall">
<h1>{esc(self.title)}</h1>
<p class="ingress">{esc(self.lead)}</p>
<p>{esc(self.para)}</p>
<h2>Fakta om projektet</h2>
<ul class="fakta">
{facts}
</ul>
<p class="uppdaterad">Senast uppdaterad: 2026-11-25</p>
</main>
<footer><p>{esc(self.site)}</p><p>Telefon växel: 0000-00 00 00</p></footer>
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


ALE = Page(
    "fritidsledare-i-nodinge", "https://www.ale.se/omsorg-och-stod/sociala-investeringar/fritidsledare-i-nodinge",
    "1440", "Ale", "Ale kommun", "Fritidsledare i Nödinge",
    "Projektet Fritidsledare i Nödinge är en social investering som finansieras ur Ale kommuns sociala "
    "investeringsfond.",
    "Två fritidsledare finns på plats vid Nödinge centrum och skolgården på kvällar och helger, och bjuder "
    "in unga till aktiviteter på fritidsgården.",
    [("Syfte", "Att fler unga ska ha en meningsfull fritid och färre hamna i riskmiljöer."),
     ("Målgrupp", "Ungdomar 12–17 år i Nödinge"),
     ("Projektperiod", "2025–2027"),
     ("Budget", "1 800 000 kronor"),
     ("Projektägare", "Kultur- och fritidsförvaltningen"),
     ("Samverkansparter", "Polisen")],
    "Kultur- och fritidsförvaltningen", ["Polisen"], (12, 17), (2025, 2027), 1800000)

LERUM = Page(
    "laxhjalp-pa-biblioteket-i-lerum",
    "https://www.lerum.se/utbildning/sociala-investeringar/laxhjalp-pa-biblioteket-i-lerum",
    "1441", "Lerum", "Lerums kommun", "Läxhjälp på biblioteket i Lerum",
    "Satsningen Läxhjälp på biblioteket i Lerum är en social investering för elever som behöver stöd "
    "med skolarbetet.",
    "Studenter och pensionerade lärare ger läxhjälp på biblioteken i Lerum och Gråbo fyra eftermiddagar i "
    "veckan. Eleverna behöver inte anmäla sig i förväg.",
    [("Syfte", "Att fler elever ska nå kunskapskraven i grundskolan."),
     ("Målgrupp", "Elever 10–15 år i Lerums kommun"),
     ("Period", "2024–2026"),
     ("Budget", "650 000 kronor"),
     ("Projektägare", "Biblioteksenheten"),
     ("Samverkansparter", "Studieförbundet Vuxenskolan")],
    "Biblioteksenheten", ["Studieförbundet Vuxenskolan"], (10, 15), (2024, 2026), 650000)


def eval_case(folder: Path, page: Page, url: str | None = None) -> None:
    write(folder / "page.html", page.html())
    write_json(folder / "meta.json", {"url": url if url is not None else page.url})
    write_json(folder / "expected.json", page.expected())


# --------------------------------------------------------------------------- the cases

def c(name, command, args, why, exit="any", mentions=(), output=(), secs=60, env=None):
    case = {"name": name, "why": why, "command": command, "args": args,
            "expect": {"exit": exit, "max_seconds": secs, "no_traceback": True,
                       "records_min": 0, "records_max": 0,
                       "stderr_mentions": list(mentions), "output_mentions": list(output)}}
    if env:
        case["env"] = dict(env)
    return case


LONG_PARTS = [
    "Forskningsprojekt – sociala investeringar i svenska kommuner och regioner 2014–2026",
    "Delstudie 3 – förebyggande insatser för barn och unga, data från kommunernas webbplatser",
    "Arbetskopior (ändra inte utan att fråga Anna eller Per på enheten för samhällsanalys)",
]


def long_path(last: str) -> Path:
    path = DATA.joinpath(*LONG_PARTS, last)
    for part in (*LONG_PARTS, last):
        assert len(part.encode("utf-8")) < 255, part
    assert len(arg(path)) > 300, len(arg(path))
    return path


def build_read_cases(cases: list[dict], p: Pristine) -> None:
    R = p.release
    kopia = copy_datasets(p, DATA / "ds_kopia")

    nfd = "va\u0308gledarutbildning"
    cases.append(c("search_query_in_unicode_nfd", "search", ["--datasets", arg(kopia), nfd],
        "A researcher on a Mac copies the word 'vägledarutbildning' from a file name (macOS keeps names in "
        "decomposed form) and pastes it: the query is NFD, 'va' + U+0308 COMBINING DIAERESIS + "
        "'gledarutbildning'. It looks identical to the title word of 'Vägledande samspel, "
        f"vägledarutbildning' ({SAMSPEL_ID}), which the release holds in NFC (one code point ä). Compared "
        "code point by code point (Python 'in', a regex, SQLite LIKE or instr) the two never match, so a "
        "careless search answers 'no results' for a project that is there. A careful search normalises "
        "both sides (NFC or NFKC) and lists the project, exit 0; its output names it ('samspel' is not in "
        "the query, so an echo of the query does not count).",
        exit="zero", output=["samspel"]))

    cases.append(c("search_query_in_upper_case_with_swedish_letters", "search",
        ["--datasets", arg(kopia), "VÄGLEDARUTBILDNING"],
        "A journalist copies a word from a headline set in capitals: 'VÄGLEDARUTBILDNING'. The release "
        f"writes it 'vägledarutbildning' in the title of {SAMSPEL_ID}. Case-insensitive search is what "
        "everyone expects (the same query in lower case finds it), but SQLite's LIKE, lower() and "
        "COLLATE NOCASE fold ASCII letters only, so 'Ä' never equals 'ä' there and 'VÄGLEDARUTBILDNING' "
        "finds nothing. A careful search folds case for every letter (str.casefold, or FTS5's unicode61) "
        "and lists the project, exit 0, its output naming it ('samspel' is not in the query).",
        exit="zero", output=["samspel"]))

    shy = "vägledar\u00adutbildning"
    cases.append(c("search_query_with_a_soft_hyphen", "search", ["--datasets", arg(kopia), shy],
        "The query is copied from the municipality's web page, where the CMS puts soft hyphens (U+00AD, "
        "&shy;) inside long compounds so that narrow screens can break them: 'vägledar\u00adutbildning' "
        "shows as 'vägledarutbildning' and the user cannot see the extra character. The README's extractor "
        "already reads pasted text with soft hyphens (heldout13); the search box should too. A careful "
        "search drops invisible format characters (soft hyphen, zero-width space) from the query and lists "
        f"'Vägledande samspel, vägledarutbildning' ({SAMSPEL_ID}), exit 0; 'no results' fails.",
        exit="zero", output=["samspel"]))

    cases.append(c("explain_id_in_upper_case_hex", "explain", ["--datasets", arg(kopia), CHATTA_ID.upper()],
        f"explain {CHATTA_ID.upper()}: the id of 'Chatta med soc!' typed from a printout in capitals, or "
        "passed through a spreadsheet's UPPER() (the hex part of an id reads the same in either case). "
        "heldout_errors3 and 6 tried unknown, empty, long and blank-padded ids; none tried case. A careful "
        f"explain either shows the project (ids compared without regard to case) or says the id is not "
        f"found and suggests {CHATTA_ID}; either way its output holds the lower-case id, which the query "
        "does not. A bare 'not found', or a traceback, fails. Exit code left open.",
        output=[CHATTA_ID]))

    latin = {"PYTHONIOENCODING": "iso-8859-1", "LANG": "sv_SE.ISO-8859-1"}
    cases.append(c("explain_on_a_latin1_terminal", "explain", ["--datasets", arg(kopia), CHATTA_ID],
        f"explain {CHATTA_ID} ('Chatta med soc!') from a terminal whose encoding is ISO-8859-1: an old "
        "server or PuTTY session with LANG=sv_SE.ISO-8859-1. That locale is seldom installed in a test "
        "box, so the case sets PYTHONIOENCODING=iso-8859-1, which is exactly what Python makes of such a "
        "terminal. å, ä and ö exist in Latin-1; the en dash '–' and the ellipsis '…' in this project's "
        "text and evidence (and box-drawing characters of a table) do not, so print() raises "
        "UnicodeEncodeError half-way through the output. A careful explain writes what the terminal can "
        "show (replacing the rest) and exits 0 with the project named. The runner should decode the "
        "output with errors='replace'.",
        exit="zero", output=["Chatta med soc"], env=latin))

    # ---- explain: the id of a project only an earlier release holds
    tva = copy_datasets(p, DATA / "ds_tva_releaser")
    earlier = DATA / "_tmp_earlier"
    copy_datasets(p, earlier)
    earlier_day = p.date - dt.timedelta(days=7)
    E = relabel(earlier, p, earlier_day)
    add_gone_project(earlier / "releases" / E)
    shutil.copytree(earlier / "releases" / E, tva / "releases" / E, symlinks=True)
    rmtree(earlier)
    cases.append(c("explain_id_only_in_an_earlier_release", "explain", ["--datasets", arg(tva), GONE_ID],
        f"Two releases: {E}, a week old, which holds 'Sommarlovsentreprenörer i Enköping' ({GONE_ID}), "
        f"and the current one {R} (`latest`), which does not. A journalist quotes the id from last week's "
        "CSV. explain shows one published project, and the published release is the one `latest` names. "
        "Trap: a reader that globs releases/*/projects.parquet (or takes the first file that has the id) "
        "shows last week's values as if they were current, exit 0. A careful explain says the id is not in "
        f"{R}, exit nonzero, naming the id; saying that {E} held it (and that it has gone since) is welcome. "
        + BY_HAND + "both releases unchanged.",
        exit="nonzero", mentions=[GONE_ID]))

    # ---- an analyst's changes that SHA256SUMS was made to agree with
    extra = copy_datasets(p, DATA / "ds_extra_kolumn")
    rel = release_dir(extra)

    def add_kolada(t):
        codes = t.column("publisher_code").to_pylist()
        vals = [f"V15E{c_}00101" if c_ and len(c_) == 4 else None for c_ in codes]
        return t.append_column(pa.field("kolada_ou_id", pa.string()), pa.array(vals, pa.string()))

    _parquet_rewrite(rel / "projects.parquet", add_kolada)
    update_sums(rel, {"projects.parquet"})
    cases.append(c("explain_release_whose_parquet_has_an_extra_column", "explain",
        ["--datasets", arg(extra), CHATTA_ID],
        "An analyst joined Kolada's unit ids to the release with polars, wrote projects.parquet back with "
        "one more column at the end, 'kolada_ou_id' (every other column, type and value as published), and "
        "ran sha256sum so that SHA256SUMS agrees again (datapackage.json and catalog.rdf still give the old "
        "hash). heldout_errors3 had a table with columns missing; an extra one is the forward-compatible "
        "direction, and nothing explain needs is gone. A careful explain shows 'Chatta med soc!' exit 0 "
        "(noting the unknown column, or the datapackage.json mismatch, is welcome); a 'schema mismatch' "
        "refusal or a traceback from a strict schema comparison fails.",
        exit="zero", output=["Chatta med soc"]))

    btext = copy_datasets(p, DATA / "ds_budget_text")
    rel = release_dir(btext)

    def budget_as_text(t):
        i = t.column_names.index("budget_sek")
        old = t.schema.field(i)
        vals = [None if v is None else f"{v:,}".replace(",", " ") + " kr"
                for v in t.column(i).to_pylist()]
        return t.set_column(i, pa.field("budget_sek", pa.string(), metadata=old.metadata),
                            pa.array(vals, pa.string()))

    _parquet_rewrite(rel / "projects.parquet", budget_as_text)
    update_sums(rel, {"projects.parquet"})
    cases.append(c("explain_budget_column_rewritten_as_text", "explain", ["--datasets", arg(btext), TIDIGA_ID],
        f"explain {TIDIGA_ID} ('Tidiga samordnade insatser i skolan', budget 1 400 000) in a release whose "
        "projects.parquet an analyst 'formatted for the report': budget_sek is now a string column "
        "('1 400 000 kr'), written back and SHA256SUMS updated with sha256sum, so the checksum test passes. "
        "The README promises money as int64. Formatting the value as a number (f'{v:,}', v / 1e6, a "
        "polars cast) raises on a string. A careful explain either shows the project as it stands or "
        "says the release's budget_sek is not int64 (naming the column), with no traceback; exit left open.",
        exit="any"))

    # ---- status on links that other tools changed
    sums_out = copy_datasets(p, DATA / "ds_sums_utanfor")
    secret = write(DATA / "hemligt" / "anteckningar.txt",
                   "Anteckningar från intervjuer – inte för publicering.\nKontaktperson: 070-000 00 00\n")
    rel = release_dir(sums_out)
    with open(rel / "SHA256SUMS", "a", encoding="utf-8") as fh:
        fh.write(f"{sha256(secret)}  ../../../hemligt/anteckningar.txt\n")
    cases.append(c("status_sha256sums_names_a_file_outside_the_release", "status",
        ["--datasets", arg(sums_out)],
        "The release's SHA256SUMS has one line more at the end: '<sha256>  ../../../hemligt/anteckningar.txt', "
        "a path that climbs out of releases/<id>/ to data/hemligt/anteckningar.txt (the file exists and the "
        "hash is right). It came with a copy of the release from a mirror. Every published file is whole. "
        "The README: no path built from a manifest can leave its folder; SHA256SUMS is that manifest for a "
        "release. A careless status opens the path, finds the hash right and calls the release whole, "
        "silently. A careful status refuses to follow a name outside the release and says so on stderr, "
        "naming the line's file (anteckningar.txt); exit left open.",
        mentions=["anteckningar.txt"]))

    granne = copy_datasets(p, DATA / "ds_granne_status")
    G = relabel(granne, p, earlier_day)
    own = copy_datasets(p, DATA / "ds_latest_granne")
    (own / "latest").unlink()
    os.symlink(f"../ds_granne_status/releases/{G}", own / "latest")
    cases.append(c("status_latest_points_into_another_datasets_folder", "status", ["--datasets", arg(own)],
        f"ds_latest_granne holds its own release releases/{R}, but its `latest` is "
        f"'../ds_granne_status/releases/{G}': a release of ANOTHER datasets folder (a colleague's copy "
        "beside it), left by an `ln -sfn` typed in the wrong folder. The top-level links go through "
        "`latest`, so they show the neighbour's files too. The docs: `latest` points at the current release "
        "in datasets/releases/<id>. A careless status reports the neighbour's release as this folder's, "
        "silently. A careful status says on stderr that `latest` points outside this datasets folder, "
        "naming the target (ds_granne_status), and which release it reports or the next run builds on; "
        "exit left open. " + BY_HAND + "both folders unchanged.",
        mentions=["ds_granne_status"]))

    lo = copy_datasets(p, DATA / "ds_libreoffice_status")
    (lo / "projects.csv").unlink()
    write(lo / "projects.csv", libreoffice_csv(p.release_dir / "projects.csv"))
    cases.append(c("status_top_level_csv_replaced_by_an_editors_save", "status", ["--datasets", arg(lo)],
        "A journalist opened datasets/projects.csv (the top-level link) in LibreOffice Calc, fixed a typo and "
        "saved in the CSV format with ';' and Windows-1252. The editor wrote a new file and renamed it over "
        "the name, as several editors do, so datasets/projects.csv is now a REGULAR FILE in another format, "
        f"no longer the link into releases/{R}; the release's own projects.csv is untouched and checks out. "
        "Everyone who opens datasets/projects.csv now reads the edited copy. A status that verifies only "
        "the release folder calls everything whole. A careful status also looks at the top-level names and "
        "says on stderr that projects.csv is not the link into the release (a local file), naming it; exit "
        "left open. Nothing may be deleted or 'repaired' by status.",
        mentions=["projects.csv"]))

    lp = long_path("socinv öppna data – veckovisa releaser")
    copy_datasets(p, lp)
    cases.append(c("status_datasets_on_a_path_of_300_characters", "status", ["--datasets", arg(lp)],
        f"A researcher's copy of the datasets folder ({R}, {p.projects} projects, links kept) deep in a "
        f"synced project folder: the --datasets path is {len(arg(lp))} characters (relative; longer "
        "absolute), with blanks, parentheses, en dashes and å/ä/ö in its parts, each part under 255 bytes. "
        "Nothing is wrong with it. Traps: paths built into AF_UNIX socket names or temporary names beside "
        "the folder, a table that cannot print the path, MAX_PATH thinking. A careful status works: exit 0, "
        "naming the release and its project count.",
        exit="zero", output=[R, str(p.projects)]))

    absds = copy_datasets(p, DATA / "ds_absolut")
    (absds / "latest").unlink()
    os.symlink(str((absds / "releases" / R).resolve()), absds / "latest")
    cases.append(c("status_latest_is_an_absolute_link_into_its_own_folder", "status", ["--datasets", arg(absds)],
        f"An admin re-pointed `latest` by hand with `ln -sfn $PWD/releases/{R} latest`: an ABSOLUTE link "
        "(/…/data/ds_absolut/releases/<id>) to the folder's own release, which is whole. That is a "
        "valid link to the right release. Traps: taking the release id as the second part of the link text "
        "('releases/<id>'.split('/')[1]), comparing the link text with 'releases/', or joining it to the "
        f"datasets path as if relative. A careful status reports {R} and {p.projects} projects, exit 0. "
        "(The link is absolute: re-run make_cases.py after moving the folder.)",
        exit="zero", output=[R, str(p.projects)]))

    zipped = copy_datasets(p, DATA / "ds_zippad")
    for f in sorted(zipped.iterdir()):
        if f.is_symlink():
            target = os.readlink(f)
            f.unlink()
            f.write_text(target, encoding="utf-8")
    cases.append(c("search_datasets_unpacked_from_a_zip_without_links", "search",
        ["--datasets", arg(zipped), "Chatta"],
        "A journalist downloaded the datasets folder as a zip and unpacked it with a tool that cannot make "
        "symbolic links (Windows Explorer, or git with core.symlinks=false does the same): every link became "
        f"a small regular file holding the link's target, so `latest` is a {len('releases/' + R)}-byte file "
        f"saying 'releases/{R}' and projects.csv one saying 'latest/projects.csv'; releases/<id>/ is whole. "
        "heldout_errors3 had `latest` missing, dangling and looping; here it exists and is a file, and a tool "
        "that reads the top-level projects.csv reads 19 bytes of path as its CSV. A careful search says on "
        "stderr that "
        "`latest` is not a link (naming it), and either uses the release the file names or the newest whole "
        "one (then 'Chatta med soc!' is found) or refuses; exit left open; no traceback.",
        mentions=["latest"]))


def build_serve_and_eval_cases(cases: list[dict], p: Pristine) -> None:
    tom = DATA / "tom_datamapp"
    tom.mkdir(parents=True)
    cases.append(c("serve_data_on_an_empty_datasets_folder", "serve-data", ["--datasets", arg(tom)],
        "`socinv serve-data` (the README: browse and search the local release in Datasette) pointed, with "
        "the --datasets option every read command takes, at an existing empty folder: a fresh checkout "
        "before the first run. There is no projects.sqlite to serve. Datasette itself would create or open "
        "an empty database and serve it until killed, so the user sees an empty site, and a script waits "
        "forever. A careful serve-data checks first and stops at once: exit nonzero, naming the folder "
        "(tom_datamapp) as holding no release (ideally: run `socinv run` first). Serving past the time bound "
        "fails.",
        exit="nonzero", mentions=["tom_datamapp"], secs=60))

    noll = copy_datasets(p, DATA / "ds_sqlite_noll")
    (release_dir(noll) / "projects.sqlite").write_bytes(b"")
    cases.append(c("serve_data_with_a_zero_byte_sqlite", "serve-data", ["--datasets", arg(noll)],
        "The release was synced to the machine that serves it, and the disk filled during the copy: "
        "projects.sqlite is 0 bytes, every other file whole, SHA256SUMS as published. SQLite opens a "
        "zero-byte file as a valid empty database, so Datasette starts and serves no tables, forever, and "
        "nobody is told why. heldout_errors3 showed zero-byte tables to `search`; serve-data is the command "
        "that would publish the empty view to others. A careful serve-data checks the file against "
        "SHA256SUMS (or its tables) before serving and stops: exit nonzero, naming projects.sqlite. Serving "
        "past the time bound fails.",
        exit="nonzero", mentions=["projects.sqlite"], secs=60))

    cases.append(c("serve_with_prefect_api_url_pointing_at_a_dead_server", "serve", [],
        "`socinv serve` (docs/operations.md: after `prefect server start`, it serves the weekly and daily "
        "deployments from one process) on a machine where the Prefect server was stopped but the shell "
        "still exports PREFECT_API_URL=http://127.0.0.1:9/api. heldout_errors6 showed the same to `run`, "
        "which now checks first; serve is what a scheduler host runs for weeks, and Prefect's client "
        "retries and logs tracebacks without end. A careful serve says it cannot reach the Prefect API, "
        "naming PREFECT_API_URL (the user did not type the address), exit nonzero, within the bound. A "
        "hang past the bound, or httpx tracebacks, fail.",
        exit="nonzero", mentions=["PREFECT_API_URL"], secs=120,
        env={"PREFECT_API_URL": "http://127.0.0.1:9/api"}))

    sajter = DATA / "sajter"
    host = sajter / "www.lerum.se"
    write(host / "robots.txt", "User-agent: *\nDisallow: /sok/\nSitemap: https://www.lerum.se/sitemap.xml\n")
    write(host / "index.html", "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Lerums "
          "kommun</title></head><body><h1>Lerums kommun</h1><a href=\"/utbildning/sociala-investeringar/\">"
          "Sociala investeringar</a></body></html>\n")
    write(host / "utbildning" / "sociala-investeringar" / "index.html",
          "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Sociala investeringar"
          "</title></head><body><h1>Sociala investeringar</h1><ul><li><a href=\"laxhjalp-pa-biblioteket-i-"
          "lerum/\">Läxhjälp på biblioteket i Lerum</a></li></ul></body></html>\n")
    write(host / "utbildning" / "sociala-investeringar" / "laxhjalp-pa-biblioteket-i-lerum" / "index.html",
          LERUM.html())
    write_json(sajter / "expected.json", {
        "project_pages": [LERUM.url + "/"],
        "not_projects": ["https://www.lerum.se/utbildning/sociala-investeringar/"],
        "forbidden": ["https://www.lerum.se/sok/"]})
    cases.append(c("eval_given_a_site_folder_meant_for_eval_crawl", "eval", [arg(sajter)],
        "A colleague's folder 'sajter' is laid out for `socinv eval-crawl DIR` (DIR/<host>/… and "
        "DIR/expected.json listing project pages and forbidden URLs); the user gives it to `socinv eval`, "
        "which wants DIR/<case>/page.html, meta.json, expected.json. The reverse of heldout_errors4's "
        "eval-crawl on an eval folder. Traps: DIR/expected.json read as a case's answers, the host folder "
        "www.lerum.se taken for a case without page.html and scored as 0 of 0, precision and recall of "
        "nothing printed as figures. A careful eval says the folder holds no eval cases, naming it (sajter; "
        "suggesting eval-crawl is welcome), exit nonzero.",
        exit="nonzero", mentions=["sajter"]))

    ef = DATA / "eval_filadress"
    eval_case(ef / "ale-fritidsledare", ALE)
    eval_case(ef / "lerum-sparad-lokalt", LERUM, url="file:///home/anna/H%C3%A4mtade%20filer/L%C3%A4xhj%C3%A4lp%20i%20Lerum.html")
    cases.append(c("eval_meta_json_url_is_a_file_address", "eval", [arg(ef)],
        "Two cases from someone else's corpus: ale-fritidsledare is ordinary; lerum-sparad-lokalt was made "
        "by a script that wrote the address of the SAVED FILE into meta.json: "
        "'file:///home/anna/H%C3%A4mtade%20filer/L%C3%A4xhj%C3%A4lp%20i%20Lerum.html'. The page (Läxhjälp "
        "på biblioteket i Lerum) and its expected record are fine, but its publisher and municipality codes "
        "come from the page's URL, and a file address names no organisation (and must never be published as "
        "a source_url). heldout_errors1 tried such values for `extract --url`; eval reads them from files. A "
        "careful eval names the case and the bad url on stderr, leaves the case out (or scores it without a "
        "URL, saying so) and prints the figures for the other; exit left open.",
        mentions=["lerum-sparad-lokalt"], output=["recall"]))


def build_run_cases(cases: list[dict], p: Pristine) -> None:
    R = p.release
    lock = copy_datasets(p, DATA / "ds_lasmapp")
    (lock / ".run.lock").unlink(missing_ok=True)
    write(lock / ".run.lock" / "pid", "4242\n")
    write(lock / ".run.lock" / "info", "nattlig backup till NAS, startad 2026-12-07T02:00:00+01:00\n")
    cases.append(c("run_lock_path_is_a_folder_made_by_a_backup_script", "run", ["--datasets", arg(lock)],
        "The operator read in docs/operations.md that a run holds datasets/.run.lock and made the nightly "
        "backup 'hold' it the way shell scripts lock: `mkdir datasets/.run.lock` (with pid and info files "
        "inside), removed when the backup ends. So .run.lock is a FOLDER now. open() of it for the flock "
        "fails with IsADirectoryError. A careful run cannot take its lock and must not run without it: it "
        "stops before any work, exit nonzero, saying that .run.lock is a folder (naming it; that another "
        "tool may hold it is welcome), and leaves the folder and the release as they are. A traceback, or "
        "deleting the folder to make room for the lock, fails. " + BY_HAND + ".run.lock/pid and info still "
        f"there; releases/{R} unchanged.",
        exit="nonzero", mentions=[".run.lock"], secs=180))

    klocka = copy_datasets(p, DATA / "ds_klocka")
    future_day = dt.date(p.date.year + 3, 6, 1)
    F = relabel(klocka, p, future_day)
    cases.append(c("run_with_the_clock_behind_the_latest_release", "run", ["--datasets", arg(klocka)],
        f"The clock is set back: the VM that runs the weekly job was restored from an old snapshot and "
        f"its clock has not synced yet, while the datasets folder (on shared storage) holds the release "
        f"the job published before, {F} (`latest`; its id, Parquet and SQLite tables, run summary and "
        f"timestamps dated {future_day}; checksums agree). Now "
        f"is earlier than that. A new release id made from the clock sorts BEFORE {F}, so 'the newest "
        "release' by name would stay the old one, first_seen would come after last_seen, and a later run "
        "would build on the wrong one. A careful run notices the previous release is dated after the "
        f"clock and either stops before crawling, exit nonzero, naming {F} (and the clock), or publishes "
        f"with a warning that names {F}; its output names {F} either way. A traceback fails. " + BY_HAND
        + f"releases/{F} unchanged (sha256sum -c SHA256SUMS), not renamed or removed.",
        output=[F], secs=400))

    lp = long_path("socinv öppna data – tom mapp för nästa körning")
    lp.mkdir(parents=True)
    cases.append(c("run_into_a_datasets_path_of_300_characters", "run", ["--datasets", arg(lp)],
        f"An ordinary run on the snapshot into an empty datasets folder at a path of {len(arg(lp))} "
        "characters (relative; blanks, parentheses, en dashes and å/ä/ö in its parts, each under 255 bytes): "
        "the synced project folder of status_datasets_on_a_path_of_300_characters. Traps: the lock, staging "
        "and temporary names built from the path (a sibling '.<name>.staging-<uuid>'), AF_UNIX socket paths "
        "(108 bytes), a Prefect parameter or flow-run name with a length limit. A careful run publishes its "
        "release there, exit 0. " + BY_HAND + "releases/<id>, `latest` and the top-level links inside "
        "that folder, nothing beside it.",
        exit="zero", secs=400))

    granne = copy_datasets(p, DATA / "ds_granne_run")
    G = relabel(granne, p, p.date - dt.timedelta(days=7))
    own = copy_datasets(p, DATA / "ds_latest_granne_run")
    (own / "latest").unlink()
    os.symlink(f"../ds_granne_run/releases/{G}", own / "latest")
    cases.append(c("run_latest_points_into_another_datasets_folder", "run", ["--datasets", arg(own)],
        f"The run version of status_latest_points_into_another_datasets_folder: ds_latest_granne_run holds "
        f"releases/{R}, but `latest` is '../ds_granne_run/releases/{G}', a release of another datasets "
        "folder. A careless run builds this folder's history (first_seen, project ids, changes) on the "
        "neighbour's release, in silence, and may write next to it. A careful run says `latest` points "
        "outside this datasets folder, naming the target (ds_granne_run), and either builds on the newest "
        f"whole release of its own releases/ ({R}) with that warning or stops before crawling, exit nonzero; "
        "its output names ds_granne_run either way. " + BY_HAND + "nothing in ds_granne_run created, "
        "changed or removed; any new release is in ds_latest_granne_run/releases/.",
        output=["ds_granne_run"], secs=400))

    lo = copy_datasets(p, DATA / "ds_libreoffice_run")
    (lo / "projects.csv").unlink()
    write(lo / "projects.csv", libreoffice_csv(p.release_dir / "projects.csv"))
    cases.append(c("run_after_an_editor_replaced_the_top_level_csv_link", "run", ["--datasets", arg(lo)],
        "The run version of status_top_level_csv_replaced_by_an_editors_save: datasets/projects.csv is a "
        "journalist's LibreOffice save (a regular file, ';', Windows-1252) where the link into the release "
        "was; the release itself is whole. Publishing swaps the top-level links to the new release, and a "
        "careless swap (os.replace of a new link onto the name) deletes the journalist's file without a "
        "word. The README's rule for a copied `latest` folder is to keep it aside (latest.replaced-<release>). "
        "A careful run builds on the release, and either keeps the file aside (saying where) or stops "
        "before any work naming it; its output names projects.csv either way; no traceback. " + BY_HAND +
        "the LibreOffice file still exists somewhere in the folder, byte for byte.",
        output=["projects.csv"], secs=400))

    extra = copy_datasets(p, DATA / "ds_extra_kolumn_run")
    rel = release_dir(extra)
    _parquet_rewrite(rel / "projects.parquet",
                     lambda t: t.append_column(pa.field("kolada_ou_id", pa.string()),
                                               pa.array([None] * t.num_rows, pa.string())))
    update_sums(rel, {"projects.parquet"})
    cases.append(c("run_on_a_release_whose_parquet_has_an_extra_column", "run", ["--datasets", arg(extra)],
        f"A run on the snapshot whose previous release {R} has one column more at the end of "
        "projects.parquet ('kolada_ou_id', all null, added by an analyst's script), with SHA256SUMS made to "
        "agree (sha256sum). Every column the run reads is there with its type. A careful run builds on the "
        "release (its 42 projects' history kept) and publishes, exit 0; a warning about the unknown column "
        "is welcome. PreviousReleaseDamaged (there is no other release), a new history, or a traceback from "
        "concatenating frames of different widths fail. " + BY_HAND + f"releases/{R} unchanged.",
        exit="zero", secs=400))

    dup = copy_datasets(p, DATA / "ds_dubblett")
    rel = release_dir(dup)

    def twice(t):
        rows = t.to_pylist()
        i = next(k for k, r in enumerate(rows) if r["project_id"] == CHATTA_ID)
        return pa.concat_tables([t, t.slice(i, 1)]).sort_by([("project_id", "ascending")])

    _parquet_rewrite(rel / "projects.parquet", twice)
    update_sums(rel, {"projects.parquet"})
    cases.append(c("run_on_a_release_holding_one_project_twice", "run", ["--datasets", arg(dup)],
        f"The previous release {R}'s projects.parquet holds {CHATTA_ID} ('Chatta med soc!') twice: an "
        "analyst concatenated the release with their own copy of one row and wrote it back, then updated "
        "SHA256SUMS, so the checksum passes; the gate 'no duplicate project_id' was checked when it was "
        "published, not since. A history join on project_id now doubles that project (two first_seen, a "
        "'changed' against itself) or fails deep in the flow. A careful run checks the previous release as "
        f"it reads it and names {CHATTA_ID} as duplicated: it stops before crawling (PreviousReleaseDamaged, "
        "exit 2) or builds on one copy with a warning; its output names the id either way; no traceback. "
        + BY_HAND + f"releases/{R} unchanged.",
        output=[CHATTA_ID], secs=400))

    cases.append(c("run_datasets_given_as_an_empty_string", "run", ["--datasets", ""],
        "`socinv run --datasets \"$DATASETS\"` in a cron line whose variable is not set: the option's value "
        "is the empty string. Path('') is '.', the working directory (here this test folder, which holds "
        "make_cases.py, cases.json and data/ but no README.md, so heldout_errors5's guard for a user's "
        "folder may not stop it), and a careless run publishes releases/, `latest` and a dozen links into it. An "
        "empty path names no folder: a careful run refuses it before any work, exit nonzero, saying the "
        "datasets path is empty (naming --datasets or 'datasets'). " + BY_HAND + "no releases/ or `latest` "
        "in tests/heldout_errors7/.",
        exit="nonzero", mentions=["datasets"], secs=180))

    url = "https://www.dataportal.se/sv/datasets/socinv"
    cases.append(c("run_datasets_given_as_a_url", "run", ["--datasets", url],
        f"`--datasets {url}`: a researcher who thought the run could publish straight to Sveriges "
        "dataportal (the README says the catalogue is made for it). Path() accepts it as the relative "
        "folder 'https:/www.dataportal.se/sv/datasets/socinv', so a careless run makes folders 'https:' "
        "and below in the working directory and publishes there, exit 0. A careful run refuses an address "
        "as a datasets folder before any work, exit nonzero, quoting it (dataportal.se). " + BY_HAND +
        "no folder 'https:' in tests/heldout_errors7/.",
        exit="nonzero", mentions=["dataportal.se"], secs=180))

    tom = DATA / "ds_tom_snapshot"
    tom.mkdir(parents=True)
    cases.append(c("run_snapshot_variable_names_a_missing_folder", "run", ["--datasets", arg(tom)],
        "SOCINV_SNAPSHOT=data/snapshot-saknas in the environment (docs/operations.md: a snapshot to replay "
        "instead of the bundled one), left in a CI job after the snapshot folder was renamed. The folder "
        "does not exist. A careless run starts the replay proxy on nothing, every source answers 404 or "
        "fails, and it publishes a first release with 0 projects into the empty datasets folder (or fails "
        "after the crawl's retries). The docs' pattern for variables is to check them before any work; a "
        "careful run stops at once, exit nonzero, naming SOCINV_SNAPSHOT (the user did not type the path "
        "on this command line) and the missing folder; the datasets folder stays empty.",
        exit="nonzero", mentions=["SOCINV_SNAPSHOT"], secs=180,
        env={"SOCINV_SNAPSHOT": "data/snapshot-saknas"}))

    cases.append(c("bench_out_to_a_full_disk", "bench", ["--quick", "--only", "publish", "--out", "/dev/full"],
        "`socinv bench --quick --only publish --out /dev/full`: /dev/full accepts the open and fails every "
        "write with ENOSPC, 'No space left on device', exactly as a full disk does (the nearest this format "
        "gets to one; no earlier set shows a tmpfs). heldout_errors5 wrote to /dev/stdout and 6 into a "
        "missing folder. The README: the JSON line is printed before the file is written. A careful bench "
        "prints its JSON line on stdout ('errors' is one of its keys), then says it could not write "
        "/dev/full (no space), exit nonzero. Traps: an OSError traceback from write or close (the error "
        "often shows only at flush), exit 0 with the file silently unwritten, and an 'atomic' write that, "
        "run as root, makes a temporary file in /dev and renames it over the device node /dev/full (check "
        "by hand afterwards that /dev/full is still a character device).",
        exit="nonzero", mentions=["/dev/full"], output=["errors"], secs=300))


def build(p: Pristine) -> list[dict]:
    rmtree(DATA)
    DATA.mkdir(parents=True)
    cases: list[dict] = []
    build_read_cases(cases, p)
    build_serve_and_eval_cases(cases, p)
    build_run_cases(cases, p)
    names = [x["name"] for x in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    return cases


def main(argv: list[str]) -> int:
    if len(argv) > 1 and argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    pristine = Path(argv[1]).absolute() if len(argv) > 1 else DEFAULT_PRISTINE
    if not pristine.is_dir():
        print(f"make_cases: {pristine} is not a folder; give a datasets folder `socinv run --datasets X` "
              f"wrote (or build tests/heldout_errors3/data first)", file=sys.stderr)
        return 2
    cases = build(Pristine(pristine))
    (HERE / "cases.json").write_text(json.dumps(cases, ensure_ascii=True, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases in {HERE / 'cases.json'}; data in {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
