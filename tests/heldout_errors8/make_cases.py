#!/usr/bin/env python3
"""Build the blind error-handling set heldout_errors8: a bad day with saved pages, someone else's eval
folders, releases that other tools touched, and the environment a scheduled job really gets.

Written blind: the author read only README.md, docs/*.md and the data (cases.json, make_*.py) of
tests/heldout_errors1 … heldout_errors7.  No Python code of the project was read and socinv was not run
(not on these cases, not at all).

What the set is about (kinds none of the seven earlier sets has):
  * pages as browsers and editors save them: Firefox's "Webbsida, komplett" given with its _files folder
    (which holds the page's state as JavaScript), Chrome's MHTML cut off inside its HTML part, Internet
    Explorer's .mht with a base64 part in Windows-1252 under a meta that says UTF-8, a Safari webarchive
    cut short, text pages whose `URL:` line follows a byte-order mark (UTF-16 LE with CRLF, and UTF-8),
    a meta that declares UTF-16 over UTF-8 bytes (the HTML standard reads that as UTF-8), an XHTML page
    whose XML prolog and meta declare two different encodings, a page whose whole content is inside
    <noscript>, a file name in Unicode NFD as a Mac leaves it;
  * eval folders: expected.json holding one object instead of a list, records missing keys, and one case
    folder given where the folder of cases belongs;
  * releases other tools touched, with SHA256SUMS made to agree: run_summary.json and metadata.json that
    are valid JSON of the wrong shape, projects.csv holding Parquet bytes; a `latest` link written with a
    trailing slash, a release dated in the future, SHA256SUMS with Windows line ends, a twin release
    folder whose name differs only in case, a future-dated folder that is no release;
  * the environment: a HOME and a TMPDIR nobody can write, the C locale and a locale that is not
    installed, proxy variables pointing at a dead proxy, `~` and `../` in paths, a value ending in a
    line break.

Usage:
    python3 tests/heldout_errors8/make_cases.py [PRISTINE_DATASETS]

PRISTINE_DATASETS is a datasets folder exactly as `socinv run --datasets X` left it (`latest` ->
releases/<id>, top-level links into it) from the bundled snapshot (42 projects; 'Chatta med soc!' is
0381-1e698591e9b4).  Default: tests/heldout_errors3/data/ds_pristine (built by heldout_errors3's
make_cases.py from such a run; heldout_errors7 uses it the same way).  To build one by hand:
    python3 -m uv run --frozen socinv run --datasets /tmp/ds_pristine
The script deletes tests/heldout_errors8/data/, writes every input there and writes cases.json.

Size: data/ is about 2.2 MB on disk (du).  One copy of the release (data/hem/ds_kopia) is a real copy;
the other datasets folders are real folders whose files under releases/ are HARD LINKS to ds_kopia's
(each file that a case changes is replaced by a new file, never written through the link), except the
future-dated release, which is rewritten whole.  Counted file by file, without regard to hard links,
data/ is about 7.6 MB.  A run that wrote INTO an earlier release's file would change every copy at once:
that is itself the failure the README rules out, and make_cases.py is to be re-run before each
measurement anyway (the `run` cases write releases, git keeps neither links nor empty folders).
data/ is not kept in git (.gitignore), like the earlier sets' data.

It needs pyarrow for the cases that rewrite Parquet files: when the interpreter running it has none, it
runs itself again with the project's .venv/bin/python.

Case format (as heldout_errors5 … heldout_errors7):
    name, why, command (the socinv sub-command), args (paths relative to this folder, which is the
    working directory), expect:
      exit             "zero" / "nonzero" / "any"
      max_seconds
      no_traceback     always true
      records_min / records_max   JSON records `extract` prints on stdout (0 / 0 for other commands)
      stderr_mentions  literal words a clear message on stderr must hold
      output_mentions  literal words stdout+stderr together must hold
    and a top-level "env" (variables set on top of the runner's environment) for the cases about the
    environment.  Three cases change HOME; their env also sets UV_CACHE_DIR to the uv cache this machine
    had when make_cases.py ran, so that a runner that starts socinv through `uv run` still finds uv's
    cache (socinv itself is not told anything by it).  One argument is a file name in Unicode NFD: keep
    cases.json as written (an editor that normalises text would change it).

Calibration (not cases): `socinv status --datasets data/hem/ds_kopia` should name the release and 42;
`socinv search --datasets data/hem/ds_kopia Chatta` should list 'Chatta med soc!'; `socinv extract
data/kalibrering/familjecoach-i-vansbro.html` should print one record (the same page template every
extract case uses).

Several whys say what must hold on disk afterwards (an earlier release unchanged, no stray folder made);
the runner cannot see that, so it is to be checked by hand.
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import plistlib
import quopri
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEFAULT_PRISTINE = HERE.parent / "heldout_errors3" / "data" / "ds_pristine"
VENV_PY = HERE.parent.parent / ".venv" / "bin" / "python"

CHATTA_ID = "0381-1e698591e9b4"        # 'Chatta med soc!' (Enköping)
BY_HAND = "By hand afterwards (the runner cannot see it): "
NO_HOME = "/proc/socinv-ingen-hemkatalog"   # cannot be made or written, not even by root
NO_TMP = "/proc"                            # exists, is a folder, access(W_OK) says yes to root, no file can be made

try:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
except ImportError:                    # run again with the project's interpreter, which has pyarrow
    if VENV_PY.exists() and os.environ.get("HELDOUT_ERRORS8_REEXEC") != "1":
        os.environ["HELDOUT_ERRORS8_REEXEC"] = "1"
        os.execv(str(VENV_PY), [str(VENV_PY), str(Path(__file__).resolve()), *sys.argv[1:]])
    sys.exit("make_cases: pyarrow is needed (run with the project's .venv/bin/python, or "
             "`python3 -m uv run --frozen python tests/heldout_errors8/make_cases.py`)")


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
    """Write a NEW file: an existing name (perhaps a hard link shared with another copy) is unlinked
    first, so no other copy changes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if path.is_symlink() or path.exists():
        path.unlink()
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


def uv_cache_dir() -> str:
    if os.environ.get("UV_CACHE_DIR"):
        return os.environ["UV_CACHE_DIR"]
    try:
        out = subprocess.run(["uv", "cache", "dir"], capture_output=True, text=True, timeout=30)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(xdg, "uv")


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
        if CHATTA_ID not in csv_text:
            sys.exit(f"make_cases: {CHATTA_ID} is not in {self.release_dir}; build the pristine release "
                     f"from the bundled snapshot")
        self.projects = sum(1 for _ in csv.DictReader(io.StringIO(csv_text)))

    def release_on(self, day: dt.date) -> str:
        return day.isoformat() + self.release[10:]


def copy_datasets(src: Path, dst: Path) -> Path:
    """A real copy, links kept as links."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(src, dst, symlinks=True)
    return dst


def linked_datasets(kopia: Path, dst: Path) -> Path:
    """A datasets folder like `kopia`: top-level links and small files (.run.lock, monitor_history.jsonl,
    which a run locks and appends to) copied for real, every file under releases/ a hard link."""
    dst.mkdir(parents=True, exist_ok=False)
    for entry in sorted(kopia.iterdir()):
        target = dst / entry.name
        if entry.is_symlink():
            os.symlink(os.readlink(entry), target)
        elif entry.name == "releases":
            shutil.copytree(entry, target, symlinks=True, copy_function=os.link)
        elif entry.is_dir():
            shutil.copytree(entry, target, symlinks=True)
        else:
            shutil.copy2(entry, target)
    return dst


def release_dir(ds: Path) -> Path:
    return (ds / os.readlink(ds / "latest")).resolve()


# --------------------------------------------------------------------------- checksums

def update_sums(rel: Path, names) -> None:
    """What an analyst does after editing a file: its line in SHA256SUMS made to agree again (only that;
    datapackage.json and catalog.rdf keep the old figures).  SHA256SUMS is written as a new file."""
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
        write(dp_path, json.dumps(dp, ensure_ascii=False, indent=2) + "\n")
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
        write(cat_path, text)
    names = [line.partition("  ")[2] for line in (rel / "SHA256SUMS").read_text(encoding="utf-8").splitlines()]
    update_sums(rel, set(names))


def relabel(ds: Path, p: Pristine, day: dt.date) -> str:
    """Move the release of the (real, not linked) datasets folder `ds` to another day, as if the run that
    made it had run then: folder name, `latest`, every text file, Parquet strings, dates, timestamps and
    metadata, SQLite text, the xlsx's strings; then reseal.  Returns the new release id.  (The same
    rewrite heldout_errors7 used for its clock case.)"""
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
            f.unlink()
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
            write(f, buf.getvalue())
        else:
            write(f, sub_bytes(f.read_bytes()))
    reseal(rel)
    return new_id


# --------------------------------------------------------------------------- pages (written for this set)

class Page:
    """A one-project page of a Dalarna municipality, in the template the earlier sets' eval pages used:
    an h1, a lead saying 'Projektet … är en social investering', a paragraph, a list of labelled facts."""

    def __init__(self, slug, url, code, name, site, title, lead, para, facts, owner, partners, ages, years,
                 budget):
        self.slug, self.url, self.code, self.name, self.site = slug, url, code, name, site
        self.title, self.lead, self.para, self.facts = title, lead, para, facts
        self.owner, self.partners, self.ages, self.years, self.budget = owner, partners, ages, years, budget

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

    def html(self, charset: str = '<meta charset="utf-8">', head_extra: str = "", prolog: str = "",
             html_attrs: str = 'lang="sv"', body: str | None = None, doctype: str = "<!DOCTYPE html>") -> str:
        if body is None:
            body = f"""<header><a href="#innehall">Till innehållet</a>
<nav><ul><li><a href="/">Start</a></li><li><a href="/omsorg-och-stod/">Omsorg och stöd</a></li>
<li><a href="/sociala-investeringar/">Sociala investeringar</a></li></ul></nav></header>
<main id="innehall">
{self.main()}
</main>
<footer><p>{esc(self.site)}</p><p>Välkommen att kontakta oss: växel 0000-00 00 00</p></footer>"""
        return f"""{prolog}{doctype}
<html {html_attrs}>
<head>
{charset}
<title>{esc(self.title)} – {esc(self.site)}</title>
<link rel="canonical" href="{self.url}">
{head_extra}</head>
<body>
{body}
</body>
</html>
"""

    def text(self, url_line: bool = True) -> str:
        lines = []
        if url_line:
            lines += [f"URL: {self.url}", ""]
        lines += [self.title, "", self.lead, "", self.para, "", "Fakta om projektet"]
        lines += [f"{k}: {v}" for k, v in self.facts]
        lines += ["", "Senast uppdaterad: 2026-11-25", ""]
        return "\n".join(lines)

    def expected(self) -> list[dict]:
        f = dict(self.facts)
        period = f.get("Projektperiod") or f.get("Period")
        assert period
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


def P(slug, path, code, name, site, title, para, syfte, malgrupp, period, budget_text, owner, partner,
      ages, years, budget, genitive):
    host = {"Malung-Sälen": "www.malung-salen.se", "Älvdalen": "www.alvdalen.se", "Säter": "www.sater.se",
            "Rättvik": "www.rattvik.se", "Borlänge": "www.borlange.se"}.get(name, f"www.{name.lower()}.se")
    return Page(slug, f"https://{host}/{path}/{slug}", code, name, site, title,
                f"Projektet {title} är en social investering som finansieras ur {genitive} sociala "
                f"investeringsfond.",
                para,
                [("Syfte", syfte), ("Målgrupp", malgrupp), ("Projektperiod", period), ("Budget", budget_text),
                 ("Projektägare", owner), ("Samverkansparter", partner)],
                owner, [partner], ages, years, budget)


MORA = P("foraldrastod-pa-familjecentralen", "omsorg-och-stod/sociala-investeringar", "2062", "Mora",
         "Mora kommun", "Föräldrastöd på familjecentralen i Mora",
         "Familjebehandlare och barnmorskor erbjuder föräldragrupper och enskilda samtal till föräldrar med "
         "små barn på familjecentralen vid Noret.",
         "Att fler föräldrar ska få stöd tidigt och färre barn behöva insatser från socialtjänsten senare.",
         "Föräldrar till barn 0–6 år", "2025–2027", "2 400 000 kronor", "Socialförvaltningen",
         "Region Dalarna", (0, 6), (2025, 2027), 2400000, "Mora kommuns")
ORSA = P("laxhjalp-i-orsa", "utbildning/sociala-investeringar", "2034", "Orsa", "Orsa kommun",
         "Läxhjälp i Orsa",
         "Studenter och pensionerade lärare ger läxhjälp på biblioteket tre eftermiddagar i veckan. Eleverna "
         "behöver inte anmäla sig i förväg.",
         "Att fler elever ska klara kunskapskraven i årskurs 9.", "Elever 13–16 år", "2024–2026",
         "750 000 kronor", "Barn- och utbildningsförvaltningen", "Studieförbundet Vuxenskolan",
         (13, 16), (2024, 2026), 750000, "Orsa kommuns")
RATTVIK = P("tidiga-insatser-i-forskolan", "barn-och-utbildning/sociala-investeringar", "2031", "Rättvik",
            "Rättviks kommun", "Tidiga insatser i förskolan i Rättvik",
            "En specialpedagog och en familjebehandlare arbetar tillsammans med förskolornas personal och "
            "vårdnadshavarna när ett barn behöver extra stöd.",
            "Att barn som behöver stöd ska få det redan i förskolan.", "Barn 1–5 år i förskolan",
            "2025–2028", "3 200 000 kronor", "Förskoleenheten", "Elevhälsan", (1, 5), (2025, 2028),
            3200000, "Rättviks kommuns")
BORLANGE = P("sommarjobb-for-unga", "arbete/sociala-investeringar", "2081", "Borlänge", "Borlänge kommun",
             "Sommarjobb för unga i Borlänge",
             "Ungdomar som inte fått något sommarjobb på egen hand får fyra veckors arbete med handledare i "
             "kommunens verksamheter och hos föreningar.",
             "Att fler unga ska få arbetslivserfarenhet och färre hamna i utanförskap.",
             "Ungdomar 16–19 år", "2024–2026", "1 500 000 kronor", "Arbetsmarknadsförvaltningen",
             "Arbetsförmedlingen", (16, 19), (2024, 2026), 1500000, "Borlänge kommuns")
FALUN = P("ung-vuxen-coach", "omsorg-och-stod/sociala-investeringar", "2080", "Falun", "Falu kommun",
          "Ung vuxen-coach i Falun",
          "Två coacher möter unga vuxna som varken arbetar eller studerar och följer dem tills de har ett "
          "arbete eller en utbildning.",
          "Att fler unga vuxna ska komma i arbete eller studier.", "Unga vuxna 18–24 år", "2025–2027",
          "1 900 000 kronor", "Socialförvaltningen", "Arbetsförmedlingen", (18, 24), (2025, 2027), 1900000,
          "Falu kommuns")
SATER = P("motesplats-for-unga", "fritid/sociala-investeringar", "2082", "Säter", "Säters kommun",
          "Mötesplats för unga i Säter",
          "Fritidsledare håller öppet i den nya mötesplatsen vid torget på kvällar och helger och ordnar "
          "aktiviteter tillsammans med ungdomarna.",
          "Att fler unga ska ha en meningsfull fritid och färre hamna i riskmiljöer.",
          "Ungdomar 13-18 år", "2025-2027", "900 000 kronor", "Kultur- och fritidsförvaltningen", "Polisen",
          (13, 18), (2025, 2027), 900000, "Säters kommuns")
LUDVIKA = P("kulturskola-for-nyanlanda-barn", "kultur-och-fritid/sociala-investeringar", "2085", "Ludvika",
            "Ludvika kommun", "Kulturskola för nyanlända barn i Ludvika",
            "Kulturskolans lärare ger kurser i musik, dans och bild på skolorna direkt efter skoldagen, utan "
            "avgift och med skjuts hem.",
            "Att nyanlända barn ska få en meningsfull fritid och lära känna jämnåriga.",
            "Nyanlända barn 7–15 år", "2025–2026", "600 000 kronor", "Kulturskolan", "Elevhälsan",
            (7, 15), (2025, 2026), 600000, "Ludvika kommuns")
ALVDALEN = P("sprakstod-i-forskolan", "barn-och-utbildning/sociala-investeringar", "2039", "Älvdalen",
             "Älvdalens kommun", "Språkstöd i förskolan i Älvdalen",
             "En språkpedagog arbetar med förskolornas personal så att barn som talar lite svenska hemma får "
             "lek och samtal på svenska varje dag.",
             "Att alla barn ska ha ett gott svenskt språk när de börjar skolan.", "Barn 1–5 år i förskolan",
             "2025–2027", "1 100 000 kronor", "Barn- och utbildningsförvaltningen", "Region Dalarna",
             (1, 5), (2025, 2027), 1100000, "Älvdalens kommuns")
HEDEMORA = P("familjebehandling-i-forskolan", "omsorg-och-stod/sociala-investeringar", "2083", "Hedemora",
             "Hedemora kommun", "Familjebehandling i förskolan i Hedemora",
             "En familjebehandlare har sin arbetsplats på två förskolor och möter föräldrar där, i stället för "
             "på socialkontoret.",
             "Att familjer ska få stöd tidigt, innan problemen växer.", "Familjer med barn 1–5 år",
             "2024–2026", "2 100 000 kronor", "Socialförvaltningen", "Förskoleenheten", (1, 5), (2024, 2026),
             2100000, "Hedemora kommuns")
SMEDJEBACKEN = P("laxhjalp-pa-biblioteket", "utbildning/sociala-investeringar", "2061", "Smedjebacken",
                 "Smedjebackens kommun", "Läxhjälp på biblioteket i Smedjebacken",
                 "Volontärer och lärarstudenter hjälper elever med läxorna på biblioteket två kvällar i "
                 "veckan.",
                 "Att fler elever ska klara skolan.", "Elever 10–15 år", "2024–2026", "500 000 kronor",
                 "Biblioteket", "Studieförbundet Vuxenskolan", (10, 15), (2024, 2026), 500000,
                 "Smedjebackens kommuns")
GAGNEF = P("fritidsledare-i-djuras", "fritid/sociala-investeringar", "2026", "Gagnef", "Gagnefs kommun",
           "Fritidsledare i Djurås",
           "Två fritidsledare finns vid skolan och i centrum på eftermiddagar och kvällar och bjuder in unga "
           "till aktiviteter på fritidsgården.",
           "Att fler unga ska ha en meningsfull fritid.", "Ungdomar 12–17 år", "2025–2027",
           "1 300 000 kronor", "Fritidsenheten", "Polisen", (12, 17), (2025, 2027), 1300000,
           "Gagnefs kommuns")
VANSBRO = P("familjecoach", "omsorg-och-stod/sociala-investeringar", "2021", "Vansbro", "Vansbro kommun",
            "Familjecoach i Vansbro",
            "En familjecoach stöttar familjer i vardagen med rutiner, skolgång och kontakter med myndigheter, "
            "hemma hos familjen.",
            "Att färre barn ska behöva placeras utanför hemmet.", "Familjer med barn 0–17 år", "2025–2027",
            "1 600 000 kronor", "Individ- och familjeomsorgen", "Region Dalarna", (0, 17), (2025, 2027),
            1600000, "Vansbro kommuns")
MALUNG = P("simskola-for-nyanlanda", "fritid/sociala-investeringar", "2023", "Malung-Sälen",
           "Malung-Sälens kommun", "Simskola för nyanlända i Malung-Sälen",
           "Simlärare ger nyanlända barn simundervisning i badhuset varje vecka under skolterminerna.",
           "Att alla barn ska kunna simma när de lämnar grundskolan.", "Nyanlända barn 6–12 år",
           "2025–2026", "450 000 kronor", "Fritidsenheten", "Malungs simsällskap", (6, 12), (2025, 2026),
           450000, "Malung-Sälens kommuns")
LEKSAND = P("fritidsledare-i-insjon", "fritid/sociala-investeringar", "2029", "Leksand", "Leksands kommun",
            "Fritidsledare i Insjön",
            "Fritidsledare möter unga i Insjön på kvällar och helger och ordnar aktiviteter i idrottshallen "
            "och på fritidsgården.",
            "Att färre unga ska hamna i riskmiljöer.", "Ungdomar 12–17 år", "2025–2027", "1 250 000 kronor",
            "Kultur- och fritidsförvaltningen", "Polisen", (12, 17), (2025, 2027), 1250000,
            "Leksands kommuns")


def eval_case(folder: Path, page: Page) -> None:
    write(folder / "page.html", page.html())
    write_json(folder / "meta.json", {"url": page.url})
    write_json(folder / "expected.json", page.expected())


def tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x80\x30\x30" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- the cases

def c(name, command, args, why, exit="any", mentions=(), output=(), secs=60, env=None, rmin=0, rmax=0):
    case = {"name": name, "why": why, "command": command, "args": args,
            "expect": {"exit": exit, "max_seconds": secs, "no_traceback": True,
                       "records_min": rmin, "records_max": rmax,
                       "stderr_mentions": list(mentions), "output_mentions": list(output)}}
    if env:
        case["env"] = dict(env)
    return case


# --------------------------------------------------------------------------- extract: saved pages

def build_extract_cases(cases: list[dict]) -> None:
    write(DATA / "kalibrering" / "familjecoach-i-vansbro.html", VANSBRO.html())

    # ---- Firefox "Webbsida, komplett": the page and its _files folder, as a glob gives them
    base = "Familjebehandling i förskolan i Hedemora – Hedemora kommun"
    folder = DATA / "webbsida"
    files = folder / f"{base}_files"
    rel = f"./{base}_files"
    head = (f'<link rel="stylesheet" href="{rel}/style.css">\n'
            f'<script src="{rel}/jquery.min.js"></script>\n'
            f'<script src="{rel}/sv-state.js"></script>\n')
    body = f"""<header><img src="{rel}/logo.png" alt="Hedemora kommun"><a href="#innehall">Till innehållet</a>
<nav><ul><li><a href="https://www.hedemora.se/">Start</a></li>
<li><a href="https://www.hedemora.se/omsorg-och-stod/">Omsorg och stöd</a></li></ul></nav></header>
<main id="innehall">
{HEDEMORA.main()}
</main>
<iframe src="{rel}/saved_resource.html" title="Inställningar för kakor" width="1" height="1"></iframe>
<footer><p>Hedemora kommun</p><p>Välkommen att kontakta oss: växel 0000-00 00 00</p></footer>"""
    page = write(folder / f"{base}.html", HEDEMORA.html(head_extra=head, body=body))
    write(files / "style.css", "body{font-family:Arial,sans-serif;margin:0}main{max-width:48rem;margin:auto}\n"
                               ".fakta li{margin:.25rem 0}\n")
    write(files / "jquery.min.js", "/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors | "
                                   "jquery.org/license */\n!function(e,t){\"use strict\";\"object\"==typeof "
                                   "module&&module.exports}(\"undefined\"!=typeof window?window:this);\n")
    state = {"page": {"id": "4.7b1e2f0c18d9a3e5f60012", "title": HEDEMORA.title, "url": HEDEMORA.url,
                      "template": "projektsida", "html": HEDEMORA.main(),
                      "facts": "\n".join(f"{k}: {v}" for k, v in HEDEMORA.facts)},
             "user": None, "cookies": {"consent": False}}
    write(files / "sv-state.js", "window.__SV_STATE__ = " + json.dumps(state, ensure_ascii=False) + ";\n")
    write(files / "logo.png", tiny_png())
    write(files / "saved_resource.html", """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Kakor på hedemora.se</title></head>
<body>
<h2>Vi använder kakor</h2>
<p>Hedemora kommun använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den.
Du väljer själv om du godkänner statistikkakor.</p>
<button>Godkänn alla</button> <button>Endast nödvändiga</button>
</body></html>
""")
    cases.append(c("extract_firefox_complete_save_with_its_files_folder", "extract", [arg(page), arg(files)],
        "A journalist saved a project page with Firefox's 'Webbsida, komplett' (Web Page, complete) and ran "
        "`socinv extract data/webbsida/*`: the glob gives the page 'Familjebehandling i förskolan i Hedemora "
        "– Hedemora kommun.html' (one project: h1, a lead saying 'är en social investering', labelled facts, "
        "canonical https://www.hedemora.se/…) AND its folder '…_files', which holds style.css, "
        "jquery.min.js, logo.png, saved_resource.html (the cookie-consent iframe: 'Vi använder kakor', no "
        "project) and sv-state.js, the CMS's serialised page state: `window.__SV_STATE__ = {…}` with the "
        "same project's h1, lead and 'Syfte: …' fact lines inside a JSON string. heldout_saved1 read such "
        "saves one file at a time; here the folder comes along, blanks, an en dash and ö in both names. A "
        "careful tool gives the page's one project, once: the folder is either passed over (said to be a "
        "folder, or the page's resources) or looked into, where no file is a page with a project (a .js "
        "file is no page; the consent page has none). Exactly 1 record; a second copy of the project read "
        "out of the JavaScript, records from the CSS, or a traceback on the PNG fail. Exit code left open.",
        rmin=1, rmax=1))

    # ---- Chrome MHTML cut off inside its quoted-printable HTML part
    html = RATTVIK.html().encode("utf-8")
    qp = quopri.encodestring(html).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    foot = qp.index(b"<footer")
    cut = qp.index(b"=C3", foot) + 2                     # ends in '=C': half of the escape of 'ä'
    from email.header import Header
    subject = Header(f"{RATTVIK.title} – {RATTVIK.site}", "utf-8").encode()
    boundary = "----MultipartBoundary--Vj3aQ0pXcRkq8mZl2nH5tYwB7uE1sDfG4oI9----"
    mhtml = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {RATTVIK.url}\r\nSubject: {subject}\r\n"
             f"Date: Mon, 7 Dec 2026 09:12:44 +0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
             f"\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"\r\n\r\n\r\n--{boundary}\r\n"
             f"Content-Type: text/html\r\nContent-ID: <frame-5C2F0E3A9B1D4E6F8A7C0B2D4E6F8A1C@mhtml.blink>\r\n"
             f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {RATTVIK.url}\r\n\r\n"
             ).encode("ascii") + qp[:cut]
    mh = write(DATA / "mhtml" / "tidiga-insatser-i-forskolan-rattvik.mhtml", mhtml)
    cases.append(c("extract_mhtml_cut_off_inside_its_html_part", "extract", [arg(mh)],
        "Chrome's 'Webbsida, en fil' (MHTML) of 'Tidiga insatser i förskolan i Rättvik' (one project, h1, "
        "lead, labelled facts, canonical https://www.rattvik.se/…), copied from a USB stick that was pulled "
        "out: the file ends inside the quoted-printable HTML part, in the footer after the facts, on "
        "'<footer><p>R=C' (half of the escape '=C3=A4' of the 'ä' of 'Rättviks kommun'), with no closing "
        "boundary and none of the image parts "
        "that came after. heldout_saved1 read whole MHTML files; a MIME reader that waits for the closing "
        "boundary, or a quoted-printable decoder that raises on a cut escape, loses a page whose project is "
        "all there. Like a cut HTML page (heldout_errors1), a careful tool reads what is there: exactly 1 "
        "record, its address www.rattvik.se (from Snapshot-Content-Location, Content-Location or the "
        "canonical link); a warning that the file is cut is welcome. A record holding '=C3=A4' or '=3D' "
        "(undecoded text) is wrong. Exit code left open.",
        output=["www.rattvik.se"], rmin=1, rmax=1))

    # ---- Internet Explorer .mht: base64 part in Windows-1252, the page's meta says UTF-8
    html = BORLANGE.html().encode("cp1252")
    b64 = base64.encodebytes(html).replace(b"\n", b"\r\n")
    png = base64.encodebytes(tiny_png()).replace(b"\n", b"\r\n")
    nb = "----=_NextPart_000_0000_01DB4A2C.6F3E1B20"
    mht = (f"From: <Sparad av Windows Internet Explorer 11>\r\n"
           f"Subject: Sommarjobb =?windows-1252?Q?f=F6r_unga_i_Borl=E4nge?=\r\n"
           f"Date: Mon, 7 Dec 2026 10:41:07 +0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
           f"\ttype=\"text/html\";\r\n\tboundary=\"{nb}\"\r\nX-MimeOLE: Produced By Microsoft MimeOLE "
           f"V10.0.19041.1\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n--{nb}\r\n"
           f"Content-Type: text/html;\r\n\tcharset=\"Windows-1252\"\r\nContent-Transfer-Encoding: base64\r\n"
           f"Content-Location: {BORLANGE.url}\r\n\r\n").encode("ascii") + b64 + (
           f"\r\n--{nb}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
           f"Content-Location: https://www.borlange.se/images/logo.png\r\n\r\n").encode("ascii") + png + (
           f"\r\n--{nb}--\r\n").encode("ascii")
    mh = write(DATA / "mhtml" / "sommarjobb-for-unga-borlange.mht", mht)
    cases.append(c("extract_ie_mht_base64_part_in_windows1252_under_a_utf8_meta", "extract", [arg(mh)],
        "Internet Explorer's 'Webbarkiv, en fil (*.mht)' of 'Sommarjobb för unga i Borlänge' (one project), "
        "from a municipal PC that still has IE mode: IE re-encoded the page into the machine's code page, "
        "so the HTML part says 'Content-Type: text/html; charset=\"Windows-1252\"' and "
        "'Content-Transfer-Encoding: base64', and its bytes are Windows-1252 (ö 0xF6, ä 0xE4, the en dash "
        "of '2024–2026' 0x96), while the page's own <meta charset=\"utf-8\"> still says UTF-8; the Subject "
        "is an RFC 2047 word in windows-1252; a PNG part follows. Two declarations that disagree: the part's "
        "header describes the bytes, the meta describes the page as the server sent it. A careful tool "
        "decodes the base64, trusts the part's charset (or sees that the bytes are no UTF-8) and gives "
        "exactly 1 record with its address from Content-Location (www.borlange.se), exit 0. Base64 text "
        "read as the page, a UnicodeDecodeError, or the page dropped as undecodable fail.",
        exit="zero", output=["www.borlange.se"], rmin=1, rmax=1))

    # ---- text pages whose URL line follows a byte-order mark
    t = write(DATA / "textsidor" / "foraldrastod-mora.txt",
              b"\xff\xfe" + MORA.text().replace("\n", "\r\n").encode("utf-16-le"))
    cases.append(c("extract_text_page_utf16le_with_bom_and_crlf_url_line", "extract", [arg(t)],
        "A text page saved with Windows Notepad's 'Unicode' encoding: UTF-16 LE with its byte-order mark "
        "FF FE, CRLF line ends. Its first line is 'URL: https://www.mora.se/omsorg-och-stod/"
        "sociala-investeringar/foraldrastod-pa-familjecentralen' (the README: a first line `URL: …` gives "
        "the URL), then 'Föräldrastöd på familjecentralen i Mora' (one project: lead, paragraph, labelled "
        "facts). heldout_errors1 had UTF-16 LE with a BOM as HTML and UTF-16 BE without one as text; here "
        "the URL line is the point: after decoding, the text starts with U+FEFF (if the mark is kept) and "
        "the line ends in '\\r', so a test for a first line starting 'URL:' misses it, or the address "
        "keeps a CR. The page's text names neither www.mora.se nor Mora's kommunkod; only the URL line "
        "gives them. A careful tool gives exactly 1 record whose source_url is the https://www.mora.se/… "
        "address and whose publisher is Mora (kommunkod 2062), exit 0.",
        exit="zero", output=["www.mora.se", "2062"], rmin=1, rmax=1))

    t = write(DATA / "textsidor" / "laxhjalp-orsa.txt",
              ("\ufeff" + ORSA.text().replace("\n", "\r\n")).encode("utf-8"))
    cases.append(c("extract_text_page_utf8_bom_before_the_url_line", "extract", [arg(t)],
        "The same kind of text page in UTF-8 as Notepad writes it by default: the three bytes EF BB BF "
        "first, CRLF line ends, then 'URL: https://www.orsa.se/utbildning/sociala-investeringar/"
        "laxhjalp-i-orsa' and the page 'Läxhjälp i Orsa' (one project). heldout_errors1 had a file of "
        "only a BOM; here the BOM stands right before 'URL:', so reading the file as 'utf-8' (not "
        "'utf-8-sig') leaves U+FEFF in front of 'URL:' and the URL line is taken for the page's first "
        "line of text: the record loses its address and publisher, or its title becomes the URL line. "
        "The text names neither www.orsa.se nor Orsa's kommunkod. A careful tool gives exactly 1 record "
        "with the https://www.orsa.se/… address and Orsa's kommunkod 2034, exit 0.",
        exit="zero", output=["www.orsa.se", "2034"], rmin=1, rmax=1))

    # ---- a meta that declares UTF-16 over UTF-8 bytes
    h = write(DATA / "kodning" / "ung-vuxen-coach-falun.html", FALUN.html(
        charset='<meta http-equiv="Content-Type" content="text/html; charset=utf-16">'))
    cases.append(c("extract_meta_declares_utf16_over_utf8_bytes", "extract", [arg(h)],
        "'Ung vuxen-coach i Falun' (one project, canonical https://www.falun.se/…) in valid UTF-8 bytes "
        "without a byte-order mark, whose only declaration is <meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=utf-16\"> (a template first made in a Windows editor that saved as "
        "'Unicode'). heldout_errors1 had a charset name that does not exist and heldout_errors4 Shift_JIS; "
        "UTF-16 is special: the HTML standard says a meta declaring UTF-16 means UTF-8 (a meta can only be "
        "read at all if the bytes are ASCII-compatible), and browsers show this page correctly. Decoded "
        f"as UTF-16 the page's {len(h.read_bytes())} bytes become some {len(h.read_bytes()) // 2} "
        "CJK-looking characters and no markup, so a tool that trusts "
        "the meta finds nothing or raises on the odd byte count. A careful tool gives exactly 1 record, its "
        "address www.falun.se, exit 0.",
        exit="zero", output=["www.falun.se"], rmin=1, rmax=1))

    # ---- XHTML: the XML prolog says ISO-8859-1, the meta says UTF-8, the bytes are ISO-8859-1
    x = SATER.html(
        prolog='<?xml version="1.0" encoding="ISO-8859-1"?>\n',
        doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        html_attrs='xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv"',
        charset='<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    x = x.replace(" – ", " - ").replace(f'href="{SATER.url}">', f'href="{SATER.url}" />')
    h = write(DATA / "kodning" / "motesplats-for-unga-sater.html", x.encode("iso-8859-1"))
    cases.append(c("extract_xhtml_prolog_and_meta_declare_different_encodings", "extract", [arg(h)],
        "'Mötesplats för unga i Säter' (one project, canonical https://www.sater.se/…) from an old XHTML "
        "1.0 Strict site: the file starts with <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>, and its "
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" /> (added later by a "
        "template) says UTF-8. The bytes are ISO-8859-1 (å 0xE5, ä 0xE4, ö 0xF6; no character outside "
        "Latin-1). The encoding is declared twice, differently. heldout_errors1 had a UTF-8 XHTML page "
        "whose prolog agreed; here trusting the meta gives invalid UTF-8 ('Mötesplats' undecodable), "
        "and handing lxml a decoded str that still holds the prolog's encoding declaration raises "
        "ValueError. A careful tool sees the bytes are no UTF-8, takes the prolog's (true) ISO-8859-1, "
        "and gives exactly 1 record, its address www.sater.se, exit 0.",
        exit="zero", output=["www.sater.se"], rmin=1, rmax=1))

    # ---- the whole content inside <noscript>
    inner = f"""<header><a href="#innehall">Till innehållet</a>
<nav><ul><li><a href="/">Start</a></li><li><a href="/kultur-och-fritid/">Kultur och fritid</a></li></ul></nav>
</header>
<main id="innehall">
{LUDVIKA.main()}
</main>
<footer><p>{esc(LUDVIKA.site)}</p></footer>"""
    body = (f'<div id="app" data-portal="ludvika-webb"></div>\n<noscript>\n{inner}\n</noscript>\n'
            f'<script src="/static/js/app.3f9c1b7e.js" defer></script>')
    h = write(DATA / "noscript" / "kulturskola-for-nyanlanda-barn.html", LUDVIKA.html(body=body))
    cases.append(c("extract_page_whose_content_is_only_inside_noscript", "extract", [arg(h)],
        "'Kulturskola för nyanlända barn i Ludvika' (one project: h1, lead, labelled facts) saved from a "
        "site built as a JavaScript app with a server-rendered fallback: <body> holds an empty "
        "<div id=\"app\"></div>, the script, and a <noscript> element with the whole page (header, "
        "<main> with the project, footer) for readers without JavaScript, which is also what a browser "
        "without scripts and a saved copy show. heldout_sites5 followed a 'Läs mer' link inside "
        "<noscript> while crawling; here the content itself is inside it. Boilerplate removal that drops "
        "<noscript>, <script> and <style> as non-content (a common list), or an HTML5 parser with "
        "scripting on (which reads <noscript> as raw text), finds an empty page. A careful tool reads "
        "what the page shows without scripts: exactly 1 record, exit 0.",
        exit="zero", rmin=1, rmax=1))

    # ---- a file name in NFD, as a Mac leaves it
    nfd_name = unicodedata.normalize("NFD", "Språkstöd i förskolan i Älvdalen.html")
    assert nfd_name != unicodedata.normalize("NFC", nfd_name)
    h = write(DATA / "fran-mac" / nfd_name, ALVDALEN.html())
    cases.append(c("extract_file_name_in_unicode_nfd", "extract", [arg(h)],
        "'Språkstöd i förskolan i Älvdalen.html' (one project, canonical https://www.alvdalen.se/…) "
        "copied from a Mac (an rsync or a zip made there keeps macOS's decomposed names): on this disk "
        "its name is in Unicode NFD, 'a' + U+030A for å, 'o' + U+0308 for ö, 'A' + U+0308 for Ä, and the "
        "argument is that name exactly, as the shell's tab completion or a glob gives it (the argument in "
        "cases.json is NFD too). heldout_errors4 had names with Swedish letters in NFC and in Latin-1 "
        "bytes; heldout_errors7 normalised search queries. Normalising arguments to NFC (or NFKC) as "
        "'clean input', which search queries need, names a file that does not exist on Linux. The file "
        "is there and the page is fine: exactly 1 record, address www.alvdalen.se, exit 0.",
        exit="zero", output=["www.alvdalen.se"], rmin=1, rmax=1))

    # ---- a Safari webarchive cut short, then a good page
    data = plistlib.dumps({
        "WebMainResource": {"WebResourceData": SMEDJEBACKEN.html().encode("utf-8"),
                            "WebResourceFrameName": "", "WebResourceMIMEType": "text/html",
                            "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": SMEDJEBACKEN.url},
        "WebSubresources": [{"WebResourceData": tiny_png(), "WebResourceMIMEType": "image/png",
                             "WebResourceURL": "https://www.smedjebacken.se/images/logo.png"}],
    }, fmt=plistlib.FMT_BINARY)
    start = data.index(b"<!DOCTYPE html>")
    cut = start + data[start:].index(b"<h2>Fakta om projektet")
    wa = write(DATA / "safari" / "laxhjalp-pa-biblioteket-smedjebacken.webarchive", data[:cut])
    good = write(DATA / "safari" / "fritidsledare-i-djuras.html", GAGNEF.html())
    cases.append(c("extract_safari_webarchive_cut_short_then_a_good_page", "extract", [arg(wa), arg(good)],
        "Two saved pages from a journalist's Mac, given together: laxhjalp-pa-biblioteket-smedjebacken."
        "webarchive, Safari's save of 'Läxhjälp på biblioteket i Smedjebacken', cut off by a failed "
        "AirDrop just before its 'Fakta om projektet' heading: a binary property list ('bplist00') whose "
        "object table, offset table and 32-byte trailer, all at the end, are gone, so no plist reader opens "
        "it (plistlib raises InvalidFileException), although the first half of the page's HTML shows "
        "through as bytes; then fritidsledare-i-djuras.html, a good page (Fritidsledare i Djurås, Gagnef, "
        "one project). heldout_saved1 read whole webarchives. A careful tool names the webarchive as "
        "damaged or unreadable (its file name on stderr) and goes on: the good page's record, and at most "
        "one more if it salvages the visible half page. Binary plist bytes read as a page's text, or a "
        "traceback, fail. Exit code left open.",
        mentions=["laxhjalp-pa-biblioteket-smedjebacken.webarchive"], rmin=1, rmax=2))


# --------------------------------------------------------------------------- eval: someone else's folders

def build_eval_cases(cases: list[dict]) -> None:
    ev = DATA / "eval_objekt"
    eval_case(ev / "smedjebacken-laxhjalp", SMEDJEBACKEN)
    eval_case(ev / "gagnef-objekt", GAGNEF)
    write_json(ev / "gagnef-objekt" / "expected.json", GAGNEF.expected()[0])
    nkeys = len(GAGNEF.expected()[0])
    cases.append(c("eval_expected_json_holds_one_object_not_a_list", "eval", [arg(ev)],
        "Two cases; gagnef-objekt/expected.json holds ONE record as a bare JSON object, {\"title\": "
        "\"Fritidsledare i Djurås\", …, \"status\": null}, not a list of one: an annotator who wrote a "
        "one-project page's answer without the brackets (the README: one object per project). Every key "
        "and value is right. heldout_errors3 had a list of strings and misspelt keys, always in a list. "
        f"Iterating over a dict gives its {nkeys} keys, so a careless eval compares the strings 'title', "
        f"'publisher' … with records (TypeError, or {nkeys} expected projects of nothing and a precision "
        f"far below the truth), or len() counts {nkeys}. A careful eval says that gagnef-objekt/expected.json is an "
        "object where a list of records belongs (naming the case), and either leaves the case out or reads "
        "it as a list of one, saying so; the other case is scored and the figures printed. Exit code left "
        "open.",
        mentions=["gagnef-objekt"], output=["recall"]))

    ev = DATA / "eval_saknade_nycklar"
    eval_case(ev / "vansbro-familjecoach", VANSBRO)
    eval_case(ev / "malung-saknade-nycklar", MALUNG)
    rec = MALUNG.expected()[0]
    missing = ["title_derived", "start_precision", "end_precision", "budget_basis", "staffing_fte", "status"]
    for k in missing:
        del rec[k]
    write_json(ev / "malung-saknade-nycklar" / "expected.json", [rec])
    cases.append(c("eval_expected_record_missing_keys", "eval", [arg(ev)],
        "Two cases; malung-saknade-nycklar/expected.json (Simskola för nyanlända i Malung-Sälen) was "
        "written from an older annotation template: the record is a well-formed object with every key "
        "spelt right, but six keys are simply absent: " + ", ".join(missing) + ". The README: one object "
        "per project, every field stated, null where the page says nothing; an absent key is not a null "
        "(the annotator never looked at that field). heldout_errors3 had misspelt keys beside wrong types. "
        "Traps: KeyError, or record.get(k) reading each absent key as 'the page says nothing', so any value "
        "the extractor finds for budget_basis or status counts as a false positive and lowers those fields' "
        "precision without a word. A careful eval names the case and says which keys are missing (at least "
        "that keys are missing), leaves those fields of that record out of the figures (or the case out), "
        "and scores the rest; the figures are printed. Exit code left open.",
        mentions=["malung-saknade-nycklar"], output=["recall"]))

    one = DATA / "eval_ett_fall" / "leksand-fritidsledare"
    eval_case(one, LEKSAND)
    cases.append(c("eval_given_one_case_folder_instead_of_the_set", "eval", [arg(one)],
        "`socinv eval data/eval_ett_fall/leksand-fritidsledare`: the user gives ONE case folder (page.html, "
        "meta.json, expected.json of 'Fritidsledare i Insjön', Leksand, all well-formed) where `socinv eval "
        "[DIR]` wants the folder of cases, one level up (heldout_errors4 gave `status` a release folder one "
        "level too deep; this is eval's version). Looking for DIR/<case>/page.html finds no case; a "
        "careless eval prints precision and recall of nothing (0/0, or a misleading 1.000) with exit 0, or "
        "stops with a traceback. A careful eval either recognises a single case and scores it, naming it "
        "(leksand-fritidsledare) in its output, or says that leksand-fritidsledare is a case folder and "
        "names the folder to give instead; either way the output names leksand-fritidsledare and there is "
        "no traceback. Exit code left open.",
        output=["leksand-fritidsledare"]))


# --------------------------------------------------------------------------- releases that other tools touched

def build_release_read_cases(cases: list[dict], p: Pristine) -> Path:
    R, N = p.release, str(p.projects)
    hem = DATA / "hem"
    kopia = copy_datasets(p.root, hem / "ds_kopia")

    # ---- run_summary.json: valid JSON, the wrong shape
    ds = linked_datasets(kopia, DATA / "ds_summering_lista")
    rel = release_dir(ds)
    summary = json.loads((rel / "run_summary.json").read_text(encoding="utf-8"))
    write(rel / "run_summary.json", json.dumps([summary], ensure_ascii=False, indent=2) + "\n")
    update_sums(rel, {"run_summary.json"})
    cases.append(c("status_run_summary_json_is_a_list", "status", ["--datasets", arg(ds)],
        f"The latest release {R}'s run_summary.json (what the run did: counts, crawl, stages) is valid JSON "
        "of the wrong shape: a monitoring script 'slurped' it into an array so that it could append later "
        "runs (`jq -s . run_summary.json`), wrote it back as [ { …the original object… } ] and ran "
        "sha256sum so that SHA256SUMS agrees again. heldout_errors3 cut the file (invalid JSON); here "
        "every checksum passes and json.loads succeeds, and summary['projects'] or summary.get(…) on a "
        "list raises TypeError / AttributeError. A careful status says that run_summary.json is not the "
        "object it should be (naming it), and may still report what the other files give; exit left open. "
        "A traceback fails.",
        mentions=["run_summary.json"]))

    # ---- metadata.json (Datasette's): valid JSON, the wrong shape
    ds = linked_datasets(kopia, DATA / "ds_metadata_lista")
    rel = release_dir(ds)
    meta = json.loads((rel / "metadata.json").read_text(encoding="utf-8"))
    write(rel / "metadata.json", json.dumps([meta, {"title": "socinv – intern kopia", "license": "CC0-1.0"}],
                                            ensure_ascii=False, indent=2) + "\n")
    update_sums(rel, {"metadata.json"})
    cases.append(c("serve_data_metadata_json_is_a_list", "serve-data", ["--datasets", arg(ds)],
        "The release's metadata.json (the README: `datasette projects.sqlite -m metadata.json` serves the "
        "tables with every column described) was 'merged' by an admin's script with a title of their own "
        "into a JSON ARRAY of two objects, and SHA256SUMS updated with sha256sum, so the checksums pass and "
        "projects.sqlite is whole. Datasette wants an object there: it fails at start-up with a traceback, "
        "or starts and fails on the first page, or serves without the column descriptions, in each case "
        "while `socinv serve-data` waits for ever. A careful serve-data reads the metadata before it starts "
        "the server and stops at once, naming metadata.json as not an object, exit nonzero. Serving past "
        "the time bound (60 s) fails, as does a traceback.",
        exit="nonzero", mentions=["metadata.json"]))

    # ---- projects.csv holds Parquet bytes; SHA256SUMS made to agree
    ds = linked_datasets(kopia, DATA / "ds_csv_ar_parquet")
    rel = release_dir(ds)
    write(rel / "projects.csv", (rel / "projects.parquet").read_bytes())
    update_sums(rel, {"projects.csv"})
    cases.append(c("status_projects_csv_holds_parquet_bytes", "status", ["--datasets", arg(ds)],
        f"A researcher's script refreshed the release {R} 'in place' and wrote the table with "
        "polars' write_parquet to the path projects.csv (a copy-paste of the line above it): projects.csv "
        "now holds Parquet bytes (it starts and ends with 'PAR1'), and the script also re-ran sha256sum, "
        "so SHA256SUMS agrees. Everyone who opens projects.csv (the README: 'for machines: RFC 4180, "
        "UTF-8, comma') gets binary. The release itself still says what the file should be: "
        "datapackage.json and catalog.rdf give projects.csv's old size and sha256, and a CSV never starts "
        "with 'PAR1'. A status that checks SHA256SUMS alone calls the release whole. A careful status "
        "notices (the datapackage.json hash or size, or the content) and names projects.csv as not the "
        "CSV the release published; exit left open.",
        mentions=["projects.csv"]))

    # ---- `latest` written with a trailing slash
    ds = linked_datasets(kopia, DATA / "ds_lank_med_snedstreck")
    (ds / "latest").unlink()
    os.symlink(f"releases/{R}/", ds / "latest")
    cases.append(c("status_latest_link_with_a_trailing_slash", "status", ["--datasets", arg(ds)],
        f"An admin re-pointed `latest` by hand with tab completion: `ln -sfn releases/{R}/ latest`, so the "
        f"link's text is 'releases/{R}/' with a trailing slash. It leads to the right, whole release, and "
        "every top-level link through it works. heldout_errors7 had an absolute link; this one is relative "
        "but ends in '/': os.path.basename() of its text is '' (the release id comes out empty), and a "
        "comparison of the text with 'releases/<id>' fails. A careful status reports the release "
        f"{R} and its {N} projects, exit 0.",
        exit="zero", output=[R, N]))

    # ---- the latest release is dated in the future
    fut = copy_datasets(p.root, DATA / "ds_framtida_release")
    F = relabel(fut, p, dt.date(2031, 3, 2))
    cases.append(c("status_latest_release_dated_in_the_future", "status", ["--datasets", arg(fut)],
        f"The folder's only release is {F} (`latest`; its id, Parquet and SQLite tables, run summary and "
        "timestamps dated 2031-03-02; checksums agree): the run that made it ran on a host whose clock "
        "had jumped years ahead (a wrong NTP server, a VM restored with a bad RTC), and the clock is right "
        "again now. The next `socinv run` will stop because its clock is behind that release "
        "(docs/operations.md), and first_seen dates of 2031 are in the published data. heldout_errors7 "
        "showed the run; status is where a user should learn it first. A careful status reports the "
        f"release and says on stderr that {F} is dated after the present (and that a run will refuse to "
        "build after it); a status that reports it as an ordinary release, in silence, fails. Exit left "
        "open; no traceback.",
        mentions=[F]))

    # ---- the environment of the read commands (all on the one real copy, ds_kopia)
    cases.append(c("status_datasets_given_with_a_tilde", "status", ["--datasets", "~/ds_kopia"],
        "`socinv status --datasets ~/ds_kopia` as a scheduler or a config file passes it: the '~' reaches "
        "socinv unexpanded (quoted in a shell, in a systemd unit, a Prefect parameter, a YAML file; no shell "
        "in between). The case sets HOME=data/hem (relative to this folder; the runner may make it "
        f"absolute), and data/hem/ds_kopia holds a whole copy of release {R}. Path('~/ds_kopia') is a "
        "relative path whose first part is a folder named '~', which does not exist here. A careful tool "
        "does what every shell user means and expands '~' (os.path.expanduser) before using the path: "
        f"status reports {R} and its {N} projects, exit 0. 'No such folder ~/ds_kopia' fails (the user sees "
        "a path that exists).",
        exit="zero", output=[R, N], env={"HOME": "data/hem", "UV_CACHE_DIR": uv_cache_dir()}))

    dotdot = f"../{HERE.name}/data/hem/../hem/./ds_kopia/"
    cases.append(c("search_datasets_path_with_dotdot_segments", "search", ["--datasets", dotdot, "Chatta"],
        f"`--datasets {dotdot}`: a relative path with '..' and '.' segments and a trailing slash, as a "
        "script that joins a base folder and a relative one builds it. Every part exists; the kernel "
        "resolves it to data/hem/ds_kopia, a whole release. The README says no path built from a URL or a "
        "manifest can leave its folder; a guard of that kind applied to the user's own path (refusing any "
        "'..') is wrong here, and so is string surgery on it (basename of a trailing slash is ''). A "
        "careful search uses the folder and lists 'Chatta med soc!', exit 0.",
        exit="zero", output=["Chatta med soc"]))

    cases.append(c("search_datasets_value_ending_in_a_line_break", "search",
        ["--datasets", arg(kopia) + "\n", "Chatta"],
        "`--datasets` with a line break at the end of its value: a Prefect deployment parameter written as "
        "a YAML block scalar (`datasets: |` keeps the final newline), or a path read with `read -r` from a "
        "file whose last line ends in '\\n' and passed on. The folder data/hem/ds_kopia (without the "
        "line break) is a whole release. No datasets folder name ends in a line break; heldout_errors6 made "
        "explain and --url strip the blanks of a pasted value, and a path is a pasted value too. A careful "
        "search strips the trailing whitespace (or tries the path without it), lists 'Chatta med soc!', "
        "exit 0. A message 'no datasets folder data/hem/ds_kopia' followed by a line break, which looks "
        "exactly like a path that exists, is not careful; neither is a traceback.",
        exit="zero", output=["Chatta med soc"]))

    cases.append(c("search_with_a_home_nobody_can_write", "search", ["--datasets", arg(kopia), "Chatta"],
        f"`socinv search` from a cron job of a system account whose HOME is a folder that does not exist "
        f"and cannot be made (HOME={NO_HOME}: under /proc nothing can be created, not even by root; it stands "
        "in for Debian's /nonexistent, which root could create). Searching a release reads a folder given "
        "on the command line; nothing needs a home. Traps: a config or cache folder made under ~ at start-up "
        "(~/.config, ~/.cache, ~/.prefect, a Datasette or polars setting) raising PermissionError / "
        "FileNotFoundError before the search runs. A careful search lists 'Chatta med soc!', exit 0 (a "
        "warning that ~ is not writable is fine).",
        exit="zero", output=["Chatta med soc"], env={"HOME": NO_HOME, "UV_CACHE_DIR": uv_cache_dir()}))

    cases.append(c("explain_with_a_locale_that_is_not_installed", "explain",
        ["--datasets", arg(kopia), CHATTA_ID],
        f"explain {CHATTA_ID} ('Chatta med soc!') over SSH from a Swedish Mac: ssh sends LANG and LC_ALL "
        "(SendEnv LANG LC_*), so the server gets LC_ALL=sv_SE.UTF-8 and LANG=sv_SE.UTF-8, a locale that is "
        "not installed there (this machine has only C, C.utf8 and POSIX). heldout_errors7 had a Latin-1 "
        "terminal; here the terminal is UTF-8 but the locale does not exist: the C library falls back to "
        "'C', and code that calls locale.setlocale(locale.LC_ALL, '') or asks for 'sv_SE.UTF-8' to print "
        "Swedish numbers ('1 400 000 kr', decimal comma) or sort Swedish names raises locale.Error "
        "('unsupported locale setting'). A careful explain shows the project (numbers formatted by its own "
        "code, or in the C locale), exit 0, output naming Chatta med soc.",
        exit="zero", output=["Chatta med soc"], env={"LC_ALL": "sv_SE.UTF-8", "LANG": "sv_SE.UTF-8"}))
    return kopia


# --------------------------------------------------------------------------- the scheduler's `run`

def build_run_cases(cases: list[dict], p: Pristine, kopia: Path) -> None:
    R, N = p.release, str(p.projects)

    # ---- SHA256SUMS with Windows line ends
    ds = linked_datasets(kopia, DATA / "ds_crlf_summor")
    rel = release_dir(ds)
    lines = (rel / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    write(rel / "SHA256SUMS", "\r\n".join(lines) + "\r\n")
    cases.append(c("run_on_a_release_whose_sha256sums_has_crlf_line_ends", "run", ["--datasets", arg(ds)],
        f"A run on the snapshot whose previous release {R} ({N} projects, every file whole) has a "
        "SHA256SUMS with Windows line ends: an admin opened it on the Windows share to compare one hash "
        "and saved it from an editor set to CRLF; the same 17 lines, each now ending in '\\r\\n'. The "
        "operations doc: a run checks the files it reads against SHA256SUMS and stops with "
        "PreviousReleaseDamaged (exit 2) when no release checks out. Split on '\\n' only, every name ends "
        "in '\\r' ('projects.parquet\\r' does not exist) and the only release looks damaged, so the "
        "weekly job stops for good. A line end is no part of a file name: a careful run reads the lines "
        "with either ending, builds on the release (its history kept) and publishes, exit 0; a warning "
        "about the line ends is welcome. " + BY_HAND + f"releases/{R} unchanged, its SHA256SUMS still "
        "with CRLF (not 'repaired').",
        exit="zero", secs=400))

    # ---- a twin release folder whose name differs only in case
    ds = linked_datasets(kopia, DATA / "ds_tvilling_gemener")
    twin = ds / "releases" / R.lower()
    shutil.copytree(ds / "releases" / R, twin, symlinks=True, copy_function=os.link)
    cases.append(c("run_beside_a_twin_release_whose_name_differs_only_in_case", "run", ["--datasets", arg(ds)],
        f"releases/ holds {R} (`latest`, whole) and a byte-identical copy named {R.lower()}: the folder "
        "went through a sync tool on a case-insensitive file system that wrote the name in lower case "
        "beside the original (on Linux both can exist). Its files are whole and its SHA256SUMS agrees. "
        f"By bytes '{R.lower()}' sorts after '{R}' and after every id of that day ('t' > 'T'), so taking "
        "'the newest release' as the last name in releases/ takes the twin, and a clock check that "
        "compares names says the clock is behind it. Release ids are upper-case (YYYY-MM-DDTHHMMSSZ). A "
        f"careful run builds on what `latest` names ({R}), sees the lower-case folder as no release id (or "
        "as the same release), publishes a new release and exits 0; naming the twin is welcome. Refusing "
        "the run because of a copy, or a traceback, fails. " + BY_HAND + f"both {R} and {R.lower()} "
        "unchanged; the new release and `latest` in upper case.",
        exit="zero", secs=400))

    # ---- a future-dated folder in releases/ that is no release
    ds = linked_datasets(kopia, DATA / "ds_framtida_mapp")
    F = "2099-12-31T235959Z"
    half = ds / "releases" / F
    src = ds / "releases" / R
    for name in ("README.md", "CITATION.cff", "projects.csv"):
        write(half / name, (src / name).read_bytes())
    pq_bytes = (src / "projects.parquet").read_bytes()
    write(half / "projects.parquet", pq_bytes[: len(pq_bytes) * 2 // 5])
    cases.append(c("run_with_a_future_dated_folder_that_is_no_release", "run", ["--datasets", arg(ds)],
        f"releases/ holds the whole release {R} (`latest`) and releases/{F}/: a developer tested year-end "
        "code with a faked clock (`faketime '2099-12-31 23:59:59'`) on a copy, and an rsync meant for the "
        "test machine wrote into this folder and was stopped: README.md, CITATION.cff, projects.csv and "
        "40 % of projects.parquet, no SHA256SUMS, no run_summary.json. It was never published. The docs: "
        "a run whose clock is behind the newest PUBLISHED release stops (exit 2), and a run builds on the "
        "newest release that checks out whole. heldout_errors6 had a half copy dated before the latest; "
        "this one sorts after every real release id until the year 2100, so a clock check that takes the "
        "last name in releases/ refuses this and every later run. A careful run sees the folder is no "
        f"whole release, builds on {R}, publishes and exits 0 (naming {F} as passed over is welcome). "
        + BY_HAND + f"releases/{F} left as it was (not deleted, not 'repaired'), {R} unchanged.",
        exit="zero", secs=400))

    # ---- the environment a scheduled job gets
    tom = DATA / "ds_tom_hem"
    tom.mkdir(parents=True)
    cases.append(c("run_with_a_home_nobody_can_write", "run", ["--datasets", arg(tom)],
        f"`socinv run` from a cron job or systemd unit of a system account whose HOME cannot be made or "
        f"written (HOME={NO_HOME}; it stands in for Debian's /nonexistent, which root could create). The "
        "datasets folder data/ds_tom_hem is empty and writable. Prefect keeps its profile and its "
        "temporary server's database under ~/.prefect by default (PREFECT_HOME), and other tools cache "
        "under ~/.cache. A careful run either works without a writable home (its Prefect home under "
        "work/ or a temporary folder) and publishes, exit 0, or stops before any work saying the home "
        "folder (naming HOME, ~/.prefect or PREFECT_HOME) cannot be written, exit nonzero. A traceback "
        "from Prefect's settings or database, or a half-made release, fails. The env also sets "
        "UV_CACHE_DIR to this machine's uv cache, for a runner that starts socinv through uv. " + BY_HAND
        + "data/ds_tom_hem empty or holding one whole release.",
        exit="any", secs=400, env={"HOME": NO_HOME, "UV_CACHE_DIR": uv_cache_dir()}))

    tom = DATA / "ds_tom_tmpdir"
    tom.mkdir(parents=True)
    cases.append(c("run_with_a_tmpdir_nobody_can_write", "run", ["--datasets", arg(tom)],
        f"`socinv run` with TMPDIR={NO_TMP}: a folder that exists, that access(W_OK) even calls writable "
        "for root, but in which no file can be made (a unit file's TMPDIR pointing at a tmpfs that was "
        "not mounted, or at a read-only mount). Python's tempfile tries a file there and falls back to "
        "/tmp; SQLite picks its temporary folder by the access() test and then cannot create its temporary "
        "files (building an index or FTS5 table of projects.sqlite can need them); Scrapy, Prefect and "
        "multiprocessing each have their own. A careful run either publishes (exit 0: nothing of a release "
        "needs TMPDIR) or stops before any work naming TMPDIR, exit nonzero. 'unable to open database "
        "file' from SQLite deep in publishing, a traceback, or a half-made release fails. (A runner that "
        "starts socinv through `uv run` should check that uv itself starts with this TMPDIR.) " + BY_HAND
        + "data/ds_tom_tmpdir empty or holding one whole release.",
        exit="any", secs=400, env={"TMPDIR": NO_TMP}))

    tom = DATA / "ds_tom_c_locale"
    tom.mkdir(parents=True)
    cases.append(c("run_in_the_c_locale", "run", ["--datasets", arg(tom)],
        "`socinv run` from cron, whose environment has no LANG: the C/POSIX locale (the case sets "
        "LC_ALL=C and LANG=C). The whole pipeline handles Swedish text: page text with å/ä/ö, the dataset "
        "card README.md in Swedish, CSV and Excel files, log lines with municipality names, a Scrapy "
        "subprocess that inherits the locale. Python 3.11 starts in UTF-8 mode in the C locale, so most "
        "of this holds; what breaks is code that asks the C library itself (locale.nl_langinfo(CODESET) "
        "says 'ANSI_X3.4-1968'), calls setlocale for Swedish formatting or sorting (locale.Error), or a "
        "tool in a subprocess that is no Python and writes ASCII or '?'. A careful run "
        "publishes the snapshot release into the empty data/ds_tom_c_locale, exit 0.",
        exit="zero", secs=400, env={"LC_ALL": "C", "LANG": "C", "LANGUAGE": ""}))

    tom = DATA / "ds_tom_proxy"
    tom.mkdir(parents=True)
    proxy = "http://127.0.0.1:9"
    cases.append(c("run_with_proxy_variables_pointing_at_a_dead_proxy", "run", ["--datasets", arg(tom)],
        "`socinv run` on the bundled snapshot from a university laptop whose shell exports the campus "
        f"proxy, here dead (off campus, VPN down): http_proxy, https_proxy, HTTP_PROXY and HTTPS_PROXY = "
        f"{proxy} (nothing listens there), no NO_PROXY. The snapshot run needs no network beyond "
        "127.0.0.1: the replay proxy and Prefect's temporary server both listen on loopback. But HTTP "
        "clients read those variables: Scrapy's HttpProxyMiddleware, httpx (Prefect's client to its own "
        "temporary server) and requests may send even loopback traffic to the proxy unless NO_PROXY says "
        "otherwise, so a careless run fails to reach its own server (connection refused, retries, "
        "tracebacks) or crawls nothing and publishes an empty first release. A careful run keeps its "
        "loopback traffic away from the environment's proxy and publishes the snapshot's release into the "
        "empty data/ds_tom_proxy, exit 0. " + BY_HAND + f"the new release holds {N} projects.",
        exit="zero", secs=400,
        env={"http_proxy": proxy, "https_proxy": proxy, "HTTP_PROXY": proxy, "HTTPS_PROXY": proxy}))


def build(p: Pristine) -> list[dict]:
    rmtree(DATA)
    DATA.mkdir(parents=True)
    cases: list[dict] = []
    build_extract_cases(cases)
    build_eval_cases(cases)
    kopia = build_release_read_cases(cases, p)
    build_run_cases(cases, p, kopia)
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
