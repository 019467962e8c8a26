#!/usr/bin/env python3
"""Build the blind error-handling set heldout_errors6: a bad day with archives, special files, odd
environments and a run that was killed.

Written blind: the author read only README.md, docs/*.md and the data (cases.json, make_*.py) of
tests/heldout_errors1 … heldout_errors5.  No Python code of the project was read and socinv was not run
on any of these cases (nor at all, not even `--help`).

What the set is about (kinds none of the five earlier sets has):
  * WARC archives damaged in ways the earlier crawl set (heldout_errors2) did not try: one gzip member
    whose bytes rotted on disk (it still decompresses, to a different budget, and only the CRC and the
    manifest's sha256 say so), an archive of request records only, revisit records (a 304 whose body is
    in an earlier crawl that is not here, and a payload-identical revisit of a page archived just
    before), a PDF and a PNG served as text/html, the folder a killed crawl leaves (a JOBDIR, a cut log,
    no crawl_stats.json, a half-written member after the last manifest line), two pages whose offsets
    are swapped in the manifest;
  * pages and paths: 30,000 nested <section>s (the README's deep-page fallback unwraps only <div> and
    <span>), 20,000 <font> tags never closed, 20 MB of whitespace, a file named only ".html", a named
    pipe (FIFO) among the pages, a 1 GiB preallocated (sparse) download of NUL bytes, a <base href> to a
    neighbour's host with a relative canonical link, --url given twice with different hosts;
  * `socinv run` on a bad day: a datasets path where nobody (not even root) can create a folder, the
    documented environment variables SOCINV_MAX_SITEMAPS and SOCINV_EXPLORE_BUDGET set to nonsense
    (non-numeric, negative), PREFECT_API_URL left pointing at a server that is gone, a kommunkod with two
    digits swapped (1428 for Kungälv's 1482), a datasets folder after a killed run (a lock file naming
    another live process, a half-copied release folder without SHA256SUMS);
  * eval case files as editors on Windows and copy-paste leave them (a duplicated "url" key in
    meta.json; a byte-order mark and CRLF in expected.json and meta.json), an id pasted with a blank and
    a CR into `explain`, `bench --out` into a folder that does not exist;
  * `--help` of the subcommands whose documented options matter most (run, extract, crawl, bench,
    simweb, reliability), one of them after `--live`, where a help that is not eager would start a crawl
    of the live web.

Usage:
    python3 tests/heldout_errors6/make_cases.py [PRISTINE_DATASETS]

PRISTINE_DATASETS is a datasets folder exactly as `socinv run --datasets X` left it (`latest` ->
releases/<id>, top-level links into it).  Default: tests/heldout_errors3/data/ds_pristine (built by
heldout_errors3's make_cases.py from such a run).  The script deletes tests/heldout_errors6/data/,
writes every input there and writes cases.json.  Standard library only; deterministic apart from file
times (fixed WARC dates, uuid5 record ids, gzip mtime 0).  Re-run it before each measurement: git keeps
neither the FIFO, the sparse file, the empty folders nor the modes, and the `run` cases write releases.

What is committed and what is generated (.gitignore): the small pages, WARC folders and eval folders
(about 150 kB) may be committed; data/stora/ (a 20 MB page and a 1 GiB sparse file that takes no disk
space), data/ror/ (a FIFO) and data/ds_* (release copies made from PRISTINE_DATASETS, and the empty
datasets folders the `run` cases write into) are generated only.

Case format (as heldout_errors5):
    name, why, command (the socinv sub-command), args (paths relative to this folder, which is the
    working directory), expect:
      exit             "zero" / "nonzero" / "any"
      max_seconds
      no_traceback     always true
      records_min / records_max   JSON records `extract` prints on stdout (0 / 0 for other commands)
      stderr_mentions  literal words a clear message on stderr must hold (file names, URL slugs, values,
                       variable names)
      output_mentions  literal words stdout+stderr together must hold
    and, as heldout_errors5's run_dask_address_env_nonsense, a top-level "env" (variables to set on top
    of the runner's environment) for the four cases about environment variables.  A runner that ignores
    "env" runs those as ordinary snapshot runs, and they fail for the wrong reason.

Not a case, for calibration: data/warc/hel is the undamaged crawl every WARC case is a damaged copy of
(4 one-project pages and robots.txt).  `socinv extract --from-warc data/warc/hel` should give 4 records;
if it does not, read the WARC cases' record counts against what it gives.

Several whys say what must hold on disk afterwards (an earlier release unchanged, a folder not
created); the runner cannot see it, so it is to be checked by hand.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import pickle
import shutil
import stat
import struct
import sys
import uuid
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEFAULT_PRISTINE = HERE.parent / "heldout_errors3" / "data" / "ds_pristine"
CHATTA_ID = "0381-1e698591e9b4"       # 'Chatta med soc!' (Enköping) in the snapshot's release

NS = uuid.UUID("0b7e5a1c-6d2f-4e8a-9c3b-5a4d3e2f1c0b")
WARC_DATE = "2026-11-30T02:{:02d}:00Z"
FETCHED_AT = "2026-11-30T02:{:02d}:00+00:00"
HTTP_DATE = "Mon, 30 Nov 2026 02:{:02d}:00 GMT"
LAST_MOD = "Wed, 11 Nov 2026 08:30:00 GMT"


# --------------------------------------------------------------------------- helpers

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


def arg(path: Path) -> str:
    return os.path.relpath(path, HERE)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- pages (written for this set)

class Project:
    """One invented project page: an <h1>, a lead that says it is a social investment, one paragraph
    and labelled facts (the style every earlier blind set used for its one-project pages)."""

    def __init__(self, slug, url, code, name, site, title, lead, para, facts, owner, partners=(),
                 ages=None, years=None, budget=None):
        self.slug, self.url, self.code, self.name, self.site = slug, url, code, name, site
        self.title, self.lead, self.para, self.facts = title, lead, para, facts
        self.owner, self.partners, self.ages, self.years, self.budget = owner, list(partners), ages, years, budget

    def html(self, head_extra="", before_facts="", wrap=("", ""), font=False, canonical=None) -> str:
        canonical = self.url if canonical is None else canonical
        if font:
            facts = "\n".join(f'<p><font face="Verdana" size="2"><b>{esc(k)}:</b> {esc(v)}</p>'
                              for k, v in self.facts)
            paras = (f'<p><font face="Verdana" size="3">{esc(self.lead)}</p>\n'
                     f'<p><font face="Verdana" size="2">{esc(self.para)}</p>')
        else:
            facts = "<ul class=\"fakta\">\n" + "\n".join(
                f"<li><strong>{esc(k)}:</strong> {esc(v)}</li>" for k, v in self.facts) + "\n</ul>"
            paras = f'<p class="ingress">{esc(self.lead)}</p>\n<p>{esc(self.para)}</p>'
        return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{esc(self.title)} – {esc(self.site)}</title>
<link rel="canonical" href="{canonical}">
{head_extra}
</head>
<body>
<header><a href="#innehall">Till innehållet</a>
<nav><ul><li><a href="/">Start</a></li><li><a href="/omsorg-och-stod/">Omsorg och stöd</a></li>
<li><a href="/sociala-investeringar/">Sociala investeringar</a></li></ul></nav></header>
<main id="innehall">
{wrap[0]}<h1>{esc(self.title)}</h1>
{paras}
{before_facts}
<h2>Fakta om projektet</h2>
{facts}
<p class="uppdaterad">Senast uppdaterad: 2026-11-20</p>{wrap[1]}
</main>
<footer><p>{esc(self.site)}</p><p>Telefon växel: 0000-00 00 00</p></footer>
</body>
</html>
"""

    def expected(self) -> dict:
        f = dict(self.facts)
        rec = {
            "title": self.title, "title_derived": None, "publisher": self.name,
            "publisher_code": self.code, "publisher_type": "kommun",
            "municipality_codes": [self.code], "municipalities": [self.name],
            "organisations": [self.owner], "partners": self.partners, "funders": [self.name],
            "purpose": f.get("Syfte"), "target_group": f.get("Målgrupp"), "description": self.para,
            "target_age_min": self.ages[0] if self.ages else None,
            "target_age_max": self.ages[1] if self.ages else None,
            "target_grade_min": None, "target_grade_max": None,
            "start_date": f"{self.years[0]}-01-01", "start_precision": "year",
            "end_date": f"{self.years[1]}-12-31", "end_precision": "year",
            "budget_sek": self.budget, "budget_basis": "total", "staffing_fte": None, "status": None,
        }
        return rec


def _p(slug, host, path, code, name, site, title, lead, para, facts, owner, partners=(), ages=None,
       years=None, budget=None):
    return Project(slug, f"https://{host}/{path}/{slug}", code, name, site, title, lead, para, facts, owner,
                   partners, ages, years, budget)


SORSELE = _p(
    "fritidsbussen-i-sorsele", "www.sorsele.se", "kultur-och-fritid/sociala-investeringar", "2422",
    "Sorsele", "Sorsele kommun", "Fritidsbussen i Sorsele",
    "Projektet Fritidsbussen i Sorsele är en social investering som ska ge unga i byarna samma chans "
    "till fritidsaktiviteter som unga i centralorten.",
    "En buss med fritidsledare kör tre kvällar i veckan mellan byarna och fritidsgården i Sorsele. "
    "Ungdomarna är med och bestämmer vilka aktiviteter som ska finnas.",
    [("Syfte", "Att fler unga i byarna ska delta i fritidsaktiviteter och känna sig delaktiga."),
     ("Målgrupp", "Ungdomar 12–18 år i Sorsele kommun"),
     ("Period", "2025–2027"),
     ("Budget", "900 000 kronor"),
     ("Projektägare", "Kultur- och fritidsenheten")],
    "Kultur- och fritidsenheten", ages=(12, 18), years=(2025, 2027), budget=900000)

HULTSFRED = _p(
    "ung-vuxen-coach-i-hultsfred", "www.hultsfred.se", "omsorg-och-stod/sociala-investeringar", "0860",
    "Hultsfred", "Hultsfreds kommun", "Ung vuxen-coach i Hultsfred",
    "Projektet Ung vuxen-coach i Hultsfred är en social investering för unga vuxna som varken arbetar "
    "eller studerar.",
    "Två coacher möter de unga vuxna individuellt och i grupp, och följer dem till studier, praktik eller "
    "arbete i samarbete med Arbetsförmedlingen.",
    [("Syfte", "Att fler unga vuxna ska börja arbeta eller studera."),
     ("Målgrupp", "Unga vuxna 18–29 år i Hultsfreds kommun"),
     ("Period", "2024–2026"),
     ("Budget", "1 300 000 kronor"),
     ("Projektägare", "Arbetsmarknadsenheten"),
     ("Samverkansparter", "Arbetsförmedlingen")],
    "Arbetsmarknadsenheten", ["Arbetsförmedlingen"], ages=(18, 29), years=(2024, 2026), budget=1300000)

VANNAS = _p(
    "foraldrastod-pa-arabiska-i-vannas", "www.vannas.se", "omsorg-och-stod/sociala-investeringar", "2460",
    "Vännäs", "Vännäs kommun", "Föräldrastöd på arabiska i Vännäs",
    "Satsningen Föräldrastöd på arabiska i Vännäs är en social investering för nyanlända föräldrar.",
    "Två gruppledare som talar arabiska håller föräldragrupper på familjecentralen, och föräldrarna kan "
    "ta med sig barnen till träffarna.",
    [("Syfte", "Att stärka nyanlända föräldrar i föräldrarollen och förebygga att barn far illa."),
     ("Målgrupp", "Föräldrar till barn 0–12 år som talar arabiska"),
     ("Period", "2025–2026"),
     ("Budget", "450 000 kronor"),
     ("Projektägare", "Individ- och familjeomsorgen")],
    "Individ- och familjeomsorgen", ages=(0, 12), years=(2025, 2026), budget=450000)

BJURHOLM = _p(
    "skolnarvaroteam-i-bjurholm", "www.bjurholm.se", "utbildning/sociala-investeringar", "2403",
    "Bjurholm", "Bjurholms kommun", "Skolnärvaroteam i Bjurholm",
    "Projektet Skolnärvaroteam i Bjurholm är en social investering som ska få elever med hög frånvaro "
    "tillbaka till skolan.",
    "En kurator och en socialsekreterare arbetar tillsammans med skolan och hemmet från första veckan med "
    "oroande frånvaro.",
    [("Syfte", "Att minska den problematiska skolfrånvaron i grundskolan."),
     ("Målgrupp", "Elever i grundskolan med hög frånvaro och deras vårdnadshavare"),
     ("Period", "2024–2025"),
     ("Budget", "700 000 kronor"),
     ("Projektägare", "Barn- och utbildningsförvaltningen"),
     ("Samverkansparter", "Socialtjänsten")],
    "Barn- och utbildningsförvaltningen", ["Socialtjänsten"], years=(2024, 2025), budget=700000)

MALA = _p(   # the fifth page of the killed crawl: its record was half-written, its manifest line never
    "sommarjobb-for-unga-i-mala", "www.mala.se", "arbete/sociala-investeringar", "2418",
    "Malå", "Malå kommun", "Sommarjobb för unga i Malå",
    "Projektet Sommarjobb för unga i Malå är en social investering för unga som behöver en första "
    "arbetslivserfarenhet.",
    "Kommunen erbjuder handledda sommarjobb i äldreomsorgen, på fritidsgården och i föreningslivet.",
    [("Syfte", "Att unga ska få arbetslivserfarenhet och referenser."),
     ("Målgrupp", "Ungdomar 16–19 år i Malå kommun"),
     ("Period", "2025–2026"),
     ("Budget", "380 000 kronor"),
     ("Projektägare", "Arbetsmarknadsenheten")],
    "Arbetsmarknadsenheten", ages=(16, 19), years=(2025, 2026), budget=380000)

TIERP = _p(
    "faltgruppen-i-tierp", "www.tierp.se", "omsorg-och-stod/sociala-investeringar", "0360",
    "Tierp", "Tierps kommun", "Fältgruppen i Tierp",
    "Satsningen Fältgruppen i Tierp är en social investering för unga som riskerar att hamna i "
    "kriminalitet.",
    "Tre fältassistenter finns ute på kvällar och helger i Tierp, Söderfors och Örbyhus och samarbetar med "
    "skolorna och polisen.",
    [("Syfte", "Att förebygga att unga dras in i kriminalitet och missbruk."),
     ("Målgrupp", "Ungdomar 13–20 år i Tierps kommun"),
     ("Period", "2025–2027"),
     ("Budget", "2 400 000 kronor"),
     ("Projektägare", "Socialförvaltningen"),
     ("Samverkansparter", "Polisen")],
    "Socialförvaltningen", ["Polisen"], ages=(13, 20), years=(2025, 2027), budget=2400000)

YDRE = _p(
    "laxhjalp-pa-biblioteket-i-ydre", "www.ydre.se", "utbildning/sociala-investeringar", "0512",
    "Ydre", "Ydre kommun", "Läxhjälp på biblioteket i Ydre",
    "Projektet Läxhjälp på biblioteket i Ydre är en social investering för elever som behöver stöd efter "
    "skoltid.",
    "Pensionerade lärare och gymnasieelever håller läxhjälp på biblioteken i Österbymo och Rimforsa två "
    "eftermiddagar i veckan.",
    [("Syfte", "Att fler elever ska nå behörighet till gymnasiet."),
     ("Målgrupp", "Elever i årskurs 4–9 i Ydre kommun"),
     ("Period", "2025–2026"),
     ("Budget", "260 000 kronor"),
     ("Projektägare", "Barn- och utbildningsförvaltningen")],
    "Barn- och utbildningsförvaltningen", years=(2025, 2026), budget=260000)

GNOSJO = _p(
    "familjecentral-i-gnosjo", "www.gnosjo.se", "omsorg-och-stod/sociala-investeringar", "0617",
    "Gnosjö", "Gnosjö kommun", "Familjecentral i Gnosjö",
    "Projektet Familjecentral i Gnosjö är en social investering som samlar stödet till småbarnsfamiljer "
    "på ett ställe.",
    "Barnavårdscentralen, öppna förskolan och socialtjänsten finns i samma lokaler och erbjuder "
    "föräldragrupper, hembesök och rådgivning.",
    [("Syfte", "Att ge familjer tidigt stöd och förebygga att problem växer."),
     ("Målgrupp", "Familjer med barn 0–6 år i Gnosjö kommun"),
     ("Period", "2024–2027"),
     ("Budget", "3 200 000 kronor"),
     ("Projektägare", "Socialförvaltningen"),
     ("Samverkansparter", "Region Jönköpings län")],
    "Socialförvaltningen", ["Region Jönköpings län"], ages=(0, 6), years=(2024, 2027), budget=3200000)

TRANAS = _p(
    "mentorer-for-nyanlanda-i-tranas", "www.tranas.se", "omsorg-och-stod/sociala-investeringar", "0687",
    "Tranås", "Tranås kommun", "Mentorer för nyanlända i Tranås",
    "Satsningen Mentorer för nyanlända i Tranås är en social investering som ger nyanlända unga en vuxen "
    "mentor.",
    "Frivilliga mentorer träffar en ungdom varannan vecka under ett år, med stöd av en samordnare på "
    "kommunen.",
    [("Syfte", "Att nyanlända unga ska få ett nätverk och lättare komma in i skola och arbetsliv."),
     ("Målgrupp", "Nyanlända ungdomar 15–20 år i Tranås kommun"),
     ("Period", "2025–2026"),
     ("Budget", "520 000 kronor"),
     ("Projektägare", "Integrationsenheten")],
    "Integrationsenheten", ages=(15, 20), years=(2025, 2026), budget=520000)

OCKELBO = _p(
    "ung-fritid-i-ockelbo", "www.ockelbo.se", "kultur-och-fritid/sociala-investeringar", "2101",
    "Ockelbo", "Ockelbo kommun", "Ung fritid i Ockelbo",
    "Projektet Ung fritid i Ockelbo är en social investering för unga som inte deltar i någon "
    "fritidsaktivitet.",
    "Fritidsledare och föreningar erbjuder prova-på-aktiviteter utan avgift på lov och helger, och "
    "skjuts ordnas från byarna.",
    [("Syfte", "Att alla unga ska ha en meningsfull fritid oavsett familjens ekonomi."),
     ("Målgrupp", "Barn och unga 10–16 år i Ockelbo kommun"),
     ("Period", "2025–2027"),
     ("Budget", "610 000 kronor"),
     ("Projektägare", "Kultur- och fritidsförvaltningen")],
    "Kultur- och fritidsförvaltningen", ages=(10, 16), years=(2025, 2027), budget=610000)

ASELE = _p(
    "sprakstart-i-asele", "www.asele.se", "utbildning/sociala-investeringar", "2463",
    "Åsele", "Åsele kommun", "Språkstart i Åsele",
    "Projektet Språkstart i Åsele är en social investering för barn som behöver stöd i svenska innan "
    "skolstarten.",
    "Förskolan och biblioteket läser, sjunger och leker på svenska med barnen två gånger i veckan, och "
    "föräldrarna bjuds in till språkcaféer.",
    [("Syfte", "Att alla barn ska ha ett fungerande svenskt språk när de börjar i förskoleklass."),
     ("Målgrupp", "Barn 3–5 år i förskolan i Åsele kommun"),
     ("Period", "2025–2026"),
     ("Budget", "340 000 kronor"),
     ("Projektägare", "Barn- och utbildningsförvaltningen")],
    "Barn- och utbildningsförvaltningen", ages=(3, 5), years=(2025, 2026), budget=340000)

WARC_PAGES = [SORSELE, HULTSFRED, VANNAS, BJURHOLM]


# --------------------------------------------------------------------------- WARC writing

def b32sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def gz(data: bytes, level: int = 6) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=level, filename="") as f:
        f.write(data)
    return buf.getvalue()


def http_response(body: bytes, n: int, content_type="text/html; charset=utf-8", status="200 OK",
                  with_body=True, etag=None) -> bytes:
    etag = etag or hashlib.sha256(body).hexdigest()[:16]
    head = [("Server", "nginx"), ("Date", HTTP_DATE.format(n)), ("Content-Type", content_type),
            ("ETag", f'"{etag}"'), ("Last-Modified", LAST_MOD)]
    if status.startswith("200"):
        head.append(("Content-Length", str(len(body))))
    text = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head) + "\r\n"
    return text.encode("latin-1") + (body if with_body else b"")


def record_id(url: str, n: int, kind: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NS, f'{kind}#{url}#{n}')}>"


def warc_record(kind: str, url: str, n: int, block: bytes, payload: bytes | None,
                extra: list[tuple[str, str]] = (), content_type="application/http; msgtype=response") -> bytes:
    head = ["WARC/1.0", f"WARC-Type: {kind}", f"WARC-Date: {WARC_DATE.format(n)}",
            f"WARC-Record-ID: {record_id(url, n, kind)}", f"WARC-Target-URI: {url}"]
    if payload is not None:
        head.append(f"WARC-Payload-Digest: {b32sha1(payload)}")
    head.append(f"WARC-Block-Digest: {b32sha1(block)}")
    head += [f"{k}: {v}" for k, v in extra]
    head += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


class Item:
    """One manifest line and the gzip member that holds its WARC record."""

    def __init__(self, url, source, body, n, kind="page", platform="sitevision",
                 content_type="text/html; charset=utf-8", record: bytes | None = None, status=200,
                 not_modified=False, level=6):
        self.url, self.n = url, n
        etag = hashlib.sha256(body).hexdigest()[:16]
        self.record = record if record is not None else warc_record(
            "response", url, n, http_response(body, n, content_type), body)
        self.member = gz(self.record, level)
        host = url.split("/")[2]
        self.line = {
            "kind": kind, "url": url, "final_url": url, "status": status, "fetched_at": FETCHED_AT.format(n),
            "source": source, "depth": 0 if kind == "robots" else 2,
            "referer": "" if kind == "robots" else f"https://{host}/sociala-investeringar/",
            "etag": f'"{etag}"', "last_modified": LAST_MOD, "not_modified": not_modified,
        }
        if kind == "page":
            self.line.update({"candidate": True,
                              "reason": "theme + project fields (period, purpose, target)",
                              "platform": platform, "topical": True, "canonical": url,
                              "declared_canonical": url})
        self.line.update({"sha256": hashlib.sha256(body).hexdigest(), "content_type": content_type,
                          "size": len(body)})


def robots_item(n=1) -> Item:
    body = b"User-agent: *\nDisallow: /sok/\nSitemap: https://www.sorsele.se/sitemap.xml\n"
    return Item("https://www.sorsele.se/robots.txt", "2422", body, n, kind="robots",
                content_type="text/plain; charset=utf-8")


def page_item(p: Project, n: int, **kw) -> Item:
    return Item(p.url, p.code, p.html().encode("utf-8"), n, **kw)


def standard_items() -> list[Item]:
    return [robots_item()] + [page_item(p, i + 2) for i, p in enumerate(WARC_PAGES)]


def write_crawl(folder: Path, items: list[Item], extra_lines: list[dict] = (), tail: bytes = b"",
                line_hook=None) -> list[dict]:
    (folder / "warc").mkdir(parents=True, exist_ok=True)
    buf = bytearray()
    lines = []
    for it in items:
        line = dict(it.line)
        line["warc_file"] = "warc/crawl-00000.warc.gz"
        line["warc_offset"] = len(buf)
        buf += it.member
        lines.append(line)
    (folder / "warc" / "crawl-00000.warc.gz").write_bytes(bytes(buf) + tail)
    lines += list(extra_lines)
    if line_hook:
        lines = line_hook(lines)
    (folder / "manifest.jsonl").write_bytes(
        b"".join(json.dumps(l, ensure_ascii=False).encode("utf-8") + b"\n" for l in lines))
    return lines


# --------------------------------------------------------------------------- binary bodies

def pdf_with_text(lines: list[str]) -> bytes:
    """A small valid PDF 1.4: one A4 page, Helvetica in WinAnsiEncoding, one text line per entry."""
    def pdf_str(s: str) -> str:
        out = []
        for b in s.encode("cp1252"):
            c = chr(b)
            if c in "()\\":
                out.append("\\" + c)
            elif 32 <= b < 127:
                out.append(c)
            else:
                out.append("\\%03o" % b)
        return "(" + "".join(out) + ")"
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 790 Td"]
    for i, l in enumerate(lines):
        ops.append(f"{pdf_str(l)} Tj" if i == 0 else f"T* {pdf_str(l)} Tj")
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png_image(w=96, h=64) -> bytes:
    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"".join(bytes(((x * 3 + y * 5) % 256, (x * 7) % 256, (y * 11) % 256))
                                       for x in range(w)) for y in range(h))
    text = b"Comment\x00Fritidsbussen i Sorsele - foto: Sorsele kommun"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", text) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- releases

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
        self.release = self.release_dir.name
        csv_text = (self.release_dir / "projects.csv").read_text(encoding="utf-8")
        if CHATTA_ID not in csv_text:
            sys.exit(f"make_cases: {CHATTA_ID} ('Chatta med soc!') is not in {self.release_dir}; the "
                     f"explain case names it")


def copy_datasets(p: Pristine, dst: Path) -> Path:
    shutil.copytree(p.root, dst, symlinks=True)
    return dst


# --------------------------------------------------------------------------- the cases

def c(name, command, args, why, exit="any", rmin=0, rmax=0, mentions=(), output=(), secs=60, env=None):
    case = {"name": name, "why": why, "command": command, "args": args,
            "expect": {"exit": exit, "max_seconds": secs, "no_traceback": True,
                       "records_min": rmin, "records_max": rmax,
                       "stderr_mentions": list(mentions), "output_mentions": list(output)}}
    if env:
        case["env"] = dict(env)
    return case


BY_HAND = "By hand afterwards (the runner cannot see it): "


def build_warc_cases(cases: list[dict]) -> None:
    W = DATA / "warc"
    s = [p.slug for p in WARC_PAGES]

    # calibration folder (not a case)
    write_crawl(W / "hel", standard_items())

    # ---- 1. bit rot inside one gzip member: it still inflates, to another budget
    items = standard_items()
    hult = items[2]
    stored = gz(hult.record, level=0)            # stored deflate blocks: the page's bytes lie in the clear
    good, bad = "1 300 000 kronor".encode(), "7 300 000 kronor".encode()
    assert stored.count(good) == 1
    hult.member = stored.replace(good, bad)
    write_crawl(W / "bitrot_en_medlem", items)
    cases.append(c("warc_member_bit_rot_changes_a_budget", "extract", ["--from-warc", arg(W / "bitrot_en_medlem")],
        f"One byte of the archive rotted on disk: the gzip member of the second page ({HULTSFRED.url}) "
        f"holds its record in stored (uncompressed) deflate blocks, as gzip writes data it cannot shrink, "
        f"and one byte of the body changed, so the page now says 'Budget: 7 300 000 kronor' instead of "
        f"1 300 000. The member still inflates to a whole, well-formed WARC record and HTML page; only "
        f"the gzip CRC32 at the member's end and the manifest's sha256 of the body disagree. heldout_errors2 "
        f"had members of random bytes and non-WARC content, which fail loudly; this one fails silently "
        f"unless the checksums are read. The README: the body must match the sha256 the manifest recorded, "
        f"else the page is listed as failed with its URL. So 3 records (the other three pages), and the "
        f"message names {s[1]}; publishing a budget of 7.3 million that no page ever said fails, and so "
        f"does a traceback from zlib's 'incorrect data check'.",
        rmin=3, rmax=3, mentions=[s[1]]))

    # ---- 2. only request records
    W2 = W / "bara_forfragningar"
    req_items = []
    for i, it in enumerate(standard_items()):
        host = it.url.split("/")[2]
        path = "/" + it.url.split("/", 3)[3]
        block = (f"GET {path} HTTP/1.1\r\nHost: {host}\r\n"
                 f"User-Agent: socinv/1.0 (+https://example.org/socinv; open data crawler)\r\n"
                 f"Accept: text/html,application/xhtml+xml\r\nAccept-Encoding: gzip, deflate\r\n\r\n").encode()
        rec = warc_record("request", it.url, it.n, block, None, content_type="application/http; msgtype=request")
        new = Item(it.url, it.line["source"], b"", it.n, kind=it.line["kind"], record=rec)
        new.line = it.line                          # the manifest still describes the responses it got
        req_items.append(new)
    write_crawl(W2, req_items)
    cases.append(c("warc_holds_only_request_records", "extract", ["--from-warc", arg(W2)],
        f"A WARC writer misconfigured (or a filter that kept the wrong half of each request/response "
        f"pair): crawl-00000.warc.gz holds five well-formed records, gzip member by member at the offsets "
        f"the manifest gives, but every one is WARC-Type: request (application/http; msgtype=request, "
        f"'GET /… HTTP/1.1' and its headers, no body). The manifest lines describe the responses (status "
        f"200, sha256, size). No page can be read: 0 records. Reading the request headers as a page, or "
        f"'User-Agent: socinv/1.0' as text, is wrong. Like heldout_errors2's empty WARC, every listed page "
        f"failed, so the exit is nonzero and the message names the pages (at least {s[0]}), ideally saying "
        f"the records are requests, not responses.",
        exit="nonzero", rmin=0, rmax=0, mentions=[s[0]]))

    # ---- 3. revisit records: one whose original is here, one whose original is in an earlier crawl
    W3 = W / "revisit_poster"
    items = standard_items()                     # robots, sorsele, hultsfred, vannas, bjurholm
    hult_body = HULTSFRED.html().encode("utf-8")
    hult_etag = hashlib.sha256(hult_body).hexdigest()[:16]
    rv_block = http_response(hult_body, 3, status="304 Not Modified", with_body=False, etag=hult_etag)
    rv_rec = warc_record("revisit", HULTSFRED.url, 3, rv_block, None, extra=[
        ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/server-not-modified"),
        ("WARC-Refers-To-Target-URI", HULTSFRED.url),
        ("WARC-Refers-To-Date", "2026-11-23T02:03:00Z")])
    rv = Item(HULTSFRED.url, HULTSFRED.code, hult_body, 3, record=rv_rec, status=304, not_modified=True)
    items[2] = rv
    sors_body = SORSELE.html().encode("utf-8")
    dup_block = http_response(sors_body, 7, with_body=False)
    dup_rec = warc_record("revisit", SORSELE.url, 7, dup_block, sors_body, extra=[
        ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"),
        ("WARC-Refers-To", record_id(SORSELE.url, 2, "response")),
        ("WARC-Refers-To-Target-URI", SORSELE.url),
        ("WARC-Refers-To-Date", WARC_DATE.format(2))])
    items.append(Item(SORSELE.url, SORSELE.code, sors_body, 7, record=dup_rec))
    write_crawl(W3, items)
    cases.append(c("warc_revisit_records", "extract", ["--from-warc", arg(W3)],
        f"A re-crawl's archive with two WARC revisit records, the standard way (ISO 28500) to archive a page "
        f"without its body. (a) {s[1]}: the server answered 304 to the conditional request; the record "
        f"is WARC-Type: revisit, profile server-not-modified, holding only the 304's headers, referring to "
        f"a response of 2026-11-23 that is in an earlier crawl, not in this folder; its manifest line says "
        f"status 304, not_modified true and the sha256 of the body that earlier crawl stored. (b) {s[0]} was "
        f"fetched twice (a resumed crawl): first as a normal response, then as a revisit with profile "
        f"identical-payload-digest whose WARC-Refers-To names that first record, and a second manifest "
        f"line points at the revisit. A careful tool gives {s[0]}'s project once (from the response, or "
        f"the revisit resolved to it), the two other pages' projects, and names {s[1]} as a page whose body "
        f"is not in this archive: 3 records. An empty body extracted as a page, {s[0]} twice (4 with a "
        f"duplicate), or a traceback on a record without a payload fail.",
        rmin=3, rmax=3, mentions=[s[1]]))

    # ---- 4. a PDF and a PNG served as text/html
    W4 = W / "pdf_och_bild_som_html"
    pdf_url = "https://www.sorsele.se/kultur-och-fritid/sociala-investeringar/fritidsbussen-slutrapport"
    png_url = "https://www.sorsele.se/kultur-och-fritid/sociala-investeringar/fritidsbussen-bild"
    pdf = pdf_with_text([
        "Sorsele kommun",
        "Slutrapport: Sommarkollo i Sorsele",
        "Projektet Sommarkollo i Sorsele är en social investering för barn som inte reser bort på sommarlovet.",
        "Syfte: Att alla barn ska få en meningsfull sommar.",
        "Målgrupp: Barn 7–12 år i Sorsele kommun",
        "Period: 2024–2025",
        "Budget: 240 000 kronor",
        "Projektägare: Kultur- och fritidsenheten",
    ])
    items = standard_items() + [Item(pdf_url, "2422", pdf, 6), Item(png_url, "2422", png_image(), 7)]
    write_crawl(W4, items)
    cases.append(c("warc_pdf_and_png_served_as_text_html", "extract", ["--from-warc", arg(W4)],
        f"Besides the four good pages, two responses whose server said 'Content-Type: text/html; "
        f"charset=utf-8' (and the manifest repeats it) but whose bodies are not HTML: fritidsbussen-slutrapport "
        f"is a valid one-page PDF (%PDF-1.4, Helvetica text: the final report of a project 'Sommarkollo i "
        f"Sorsele', with Syfte, Målgrupp, Period, Budget), and fritidsbussen-bild is a 96×64 PNG with a "
        f"tEXt caption, both from a CMS that serves downloads at addresses without an extension. The README "
        f"extracts PDFs like pages, so a tool that looks at the bytes (%PDF-, \\x89PNG) may read the report "
        f"(5 records) or list it as not HTML (4); what it must not do is parse either binary as HTML and "
        f"print records made of it. The image is no page and must be named (fritidsbussen-bild) as not "
        f"HTML/text, not skipped in silence. 4 or 5 records, no traceback.",
        rmin=4, rmax=5, mentions=["fritidsbussen-bild"]))

    # ---- 5. the folder a killed crawl leaves
    W5 = W / "dodad_crawl"
    items = standard_items()
    half = gz(warc_record("response", MALA.url, 6, http_response(MALA.html().encode(), 6),
                          MALA.html().encode()))
    write_crawl(W5, items, tail=half[: len(half) * 2 // 5])
    job = W5 / "job"
    write(job / "requests.seen", "".join(hashlib.sha1(p.url.encode()).hexdigest() + "\n"
                                         for p in WARC_PAGES + [MALA]))
    write(job / "spider.state", pickle.dumps({"pages_seen": 6, "sources": ["2422", "0860", "2460", "2403",
                                                                          "2418"]}, protocol=4))
    write(job / "requests.queue" / "active.json", "[0]")
    write(job / "requests.queue" / "p0", b"\x00\x00\x00\x00")
    write(W5 / "crawl.log",
          "2026-11-30 02:05:58 [scrapy.core.engine] INFO: Spider opened\n"
          "2026-11-30 02:06:01 [scrapy.core.engine] DEBUG: Crawled (200) <GET " + MALA.url + "> (referer: h")
    cases.append(c("warc_folder_left_by_a_killed_crawl", "extract", ["--from-warc", arg(W5)],
        f"The crawl folder of a shard killed with SIGKILL (an OOM kill): manifest.jsonl holds robots.txt and "
        f"the four pages, all whole; the WARC then goes on with 40 % of a gzip member for a fifth page "
        f"({MALA.url}) whose manifest line was never written (the record is written first, then the "
        f"line); a Scrapy JOBDIR job/ (requests.seen, spider.state, requests.queue/) is left for a resume; "
        f"crawl.log ends in the middle of a line; there is no crawl_stats.json, which is written at the end. "
        f"Re-extracting what was archived must work: the four listed pages, 4 records. The half member after "
        f"the last listed offset is no listed page (a warning about it is welcome, a record from it is not); "
        f"the missing crawl_stats.json must not stop the extraction, and job/spider.state (a pickle) has no "
        f"business being unpickled by an extractor. Exit left open (0, or nonzero for the damaged tail).",
        rmin=4, rmax=4))

    # ---- 6. two pages' offsets swapped in the manifest
    W6 = W / "forvaxlade_offsets"

    def swap(lines):
        lines[2]["warc_offset"], lines[3]["warc_offset"] = lines[3]["warc_offset"], lines[2]["warc_offset"]
        return lines
    write_crawl(W6, standard_items(), line_hook=swap)
    cases.append(c("warc_manifest_offsets_of_two_pages_swapped", "extract", ["--from-warc", arg(W6)],
        f"A manifest repaired by a script after a resume: the lines of {s[1]} and {s[2]} have each other's "
        f"warc_offset. Both offsets start whole gzip members holding whole response records, so nothing "
        f"fails to read; but the record at {s[1]}'s offset is {s[2]}'s page (its WARC-Target-URI says so, "
        f"and its body does not match the sha256 on {s[1]}'s line), and the other way round. Taking the "
        f"offsets on trust publishes Hultsfred's project under Vännäs's address and municipality code and "
        f"the reverse. A careful tool notices (the target URI or the sha256) and either lists both pages as "
        f"failed, naming them (2 records), or takes each record for the URL its own header names, saying "
        f"the manifest was wrong (4). Both slugs must be named.",
        rmin=2, rmax=4, mentions=[s[1], s[2]]))


def build_extract_cases(cases: list[dict]) -> None:
    big = DATA / "stora"

    # ---- nested sections
    n = 30_000
    f = write(DATA / "djup" / "sektioner-30000.html",
              OCKELBO.html(wrap=("<section>" * n + "\n", "\n" + "</section>" * n)))
    cases.append(c("extract_30000_nested_sections", "extract", [arg(f)],
        f"Ung fritid i Ockelbo (written for this set: h1, a lead saying 'är en social investering', "
        f"labelled facts), one project, whose content sits inside {n:,} properly closed nested <section> "
        f"elements (a page builder whose block component wraps itself). heldout_errors1 and 5 nested "
        f"<div>s; the README says a page deeper than libxml2 reads (256 levels) is read again without its "
        f"<div>/<span> wrappers, which removes none of these. So the one project must be found some other "
        f"way (any wrapper element without text of its own, or a parse without a depth limit): 1 record, "
        f"exit 0, in time; RecursionError, a segfault, or 0 records fail.",
        exit="zero", rmin=1, rmax=1, secs=180))

    # ---- 20,000 unclosed <font>
    items = "\n".join(f'<p><font face="Verdana" size="2"><a href="/nyheter/{i}">Nyhet {i}: '
                      f'öppettider och information</a></p>' for i in range(1, 20_001))
    page = ASELE.html(font=True,
                      before_facts="<h2>Tidigare nyheter</h2>\n" + items)
    f = write(DATA / "font" / "sprakstart-i-asele.html", page)
    cases.append(c("extract_20000_font_tags_never_closed", "extract", [arg(f)],
        "Språkstart i Åsele, one project, on an old site converted by Word's HTML filter: every paragraph "
        "opens <font face=\"Verdana\" size=\"2\"> and none is ever closed, and between the lead and the "
        "facts sits a 'Tidigare nyheter' list of 20,000 such paragraphs. The closing </p> ends each "
        "paragraph, but the open <font>s pile up: libxml2 nests each next paragraph one level deeper (the "
        "facts come out about 20,000 levels down, beyond its depth limit, and the README's fallback unwraps "
        "only <div>/<span>); an HTML5 parser reopens every active formatting element in each paragraph "
        "(quadratic). Exactly 1 record, exit 0, in time (facts read or not: the record count and the time "
        "are what is checked).",
        exit="zero", rmin=1, rmax=1, secs=180))

    # ---- 20 MB of whitespace
    pad = ("\n" + " " * 62 + "\t\n") * (20_000_000 // 65)
    f = write(big / "tomrum-20mb.html", TIERP.html(before_facts=pad))
    cases.append(c("extract_page_with_20_mb_of_whitespace", "extract", [arg(f)],
        "Fältgruppen i Tierp, one project, with 20 MB of blanks, tabs and line ends between its paragraph "
        "and its fact list (a template loop that printed an empty row 300,000 times). Only whitespace, no "
        "element: a careful tool reads the page as a browser shows it (the gap is one blank) and gives 1 "
        "record, exit 0, in time. Traps: whitespace-normalising regexes with nested quantifiers, line-based "
        "splitting that makes 600,000 empty blocks and compares them pairwise, a text-size limit that drops "
        "the page as 'too large' although its text is 2 kB.",
        exit="zero", rmin=1, rmax=1, secs=180))

    # ---- a file named only ".html"
    f = write(DATA / "punktfil" / ".html", GNOSJO.html())
    cases.append(c("extract_file_named_only_dot_html", "extract", [arg(f)],
        "Familjecentral i Gnosjö, one project, saved as '.html': the browser's save dialog offered the page "
        "title as the name, the title was empty in that CMS, so the name is only the extension, a hidden "
        "file for ls. Given explicitly, it is an ordinary page: exactly 1 record, exit 0. Traps: deriving "
        "a name or id from the stem ('' or '.html' as stem), skipping dot-files as hidden even when they "
        "are named on the command line.",
        exit="zero", rmin=1, rmax=1))

    # ---- --url twice
    f = write(DATA / "sidor" / "laxhjalp-pa-biblioteket-i-ydre.html", YDRE.html())
    wrong = "https://www.kinda.se/utbildning/sociala-investeringar/laxhjalp-pa-biblioteket"
    cases.append(c("extract_url_option_given_twice", "extract",
        ["--url", YDRE.url, "--url", wrong, arg(f)],
        f"`--url` given twice with different hosts: a wrapper script adds `--url \"$URL\"` to a command "
        f"line that already had one (the first is the page's address on www.ydre.se, the second an address "
        f"on www.kinda.se, Ydre's neighbour, left over in the variable). The URL decides the published "
        f"source_url and publisher, and option parsers keep the last value silently, which would publish "
        f"Ydre's project as Kinda's. A careful tool refuses the contradiction (exit nonzero, no record) or "
        f"says which --url it used; either way its message names --url. At most 1 record.",
        rmin=0, rmax=1, mentions=["--url"]))

    # ---- <base href> to another host, relative canonical, --url given
    page = TIERP.html(head_extra='<base href="https://www.uppsala.se/">',
                      canonical="/omsorg-och-stod/sociala-investeringar/faltgruppen-i-tierp")
    f = write(DATA / "bas" / "faltgruppen-i-tierp.html", page)
    cases.append(c("extract_base_href_to_another_host", "extract", ["--url", TIERP.url, arg(f)],
        f"Fältgruppen i Tierp, one project, whose <head> has <base href=\"https://www.uppsala.se/\"> (the "
        f"template was copied from the neighbour Uppsala's site) and a relative canonical link "
        f"(/omsorg-och-stod/sociala-investeringar/faltgruppen-i-tierp). The user gives the page's real "
        f"address with --url {TIERP.url}. Resolving the relative canonical against the base gives "
        f"www.uppsala.se, so a tool that lets that canonical override what it was told publishes Tierp's "
        f"project with an Uppsala source_url and publisher_code 0380. The address given is the page's: 1 "
        f"record, exit 0, whose output holds www.tierp.se and Tierp's kommunkod 0360.",
        exit="zero", rmin=1, rmax=1, output=["www.tierp.se", "0360"]))

    # ---- named pipe
    ror = DATA / "ror"
    ror.mkdir(parents=True)
    fifo = ror / "nedladdning.html"
    os.mkfifo(fifo)
    good = write(DATA / "sidor" / "mentorer-for-nyanlanda-i-tranas.html", TRANAS.html())
    cases.append(c("extract_named_pipe_among_the_pages", "extract", [arg(fifo), arg(good)],
        "The first PAGE is data/ror/nedladdning.html, a named pipe (FIFO) that no process writes to: left "
        "by a download script that streamed through mkfifo, and matched by the shell glob *.html. open() "
        "on it blocks until a writer comes, i.e. forever. Then a good page, Mentorer för nyanlända i "
        "Tranås (one project). A careful tool checks that a PAGE is a regular file (or opens without "
        "blocking), names nedladdning.html as not a file, and goes on: exactly 1 record, in time. A hang "
        "until the time bound fails. (make_cases.py makes the FIFO; git cannot keep it.)",
        rmin=1, rmax=1, mentions=["nedladdning.html"]))

    # ---- 1 GiB sparse file of NULs
    sparse = big / "forhandsallokerad.html"
    with open(sparse, "wb") as fh:
        fh.truncate(1 << 30)
    cases.append(c("extract_preallocated_1_gib_file_of_nul_bytes", "extract", [arg(sparse)],
        "forhandsallokerad.html is 1 GiB long and all NUL bytes: a download manager preallocated the size "
        "the server announced and was stopped before it wrote anything (the file is sparse: it takes no "
        "disk space, so make_cases.py can make it). heldout_errors1 had 64 kB of NUL padding after a real "
        "page; here there is no page at all, and the size is the trap: reading 1 GiB into memory, "
        "decoding it (UTF-16 guessing on NULs), stripping NULs from a 1 GiB string. A careful tool caps "
        "what it reads of a saved page or sees there is no text, gives 0 records and names the file, "
        "within the time bound and without exhausting memory.",
        rmin=0, rmax=0, mentions=["forhandsallokerad.html"], secs=120))


def build_run_cases(cases: list[dict], p: Pristine) -> None:
    def empty_ds(name: str) -> Path:
        d = DATA / name
        d.mkdir(parents=True)
        return d

    ro = "/sys/socinv-datasets"
    cases.append(c("run_datasets_where_no_folder_can_be_made", "run", ["--datasets", ro],
        f"`--datasets {ro}`: a path where no folder can be created, not even by root (mkdir in sysfs "
        f"fails with 'Operation not permitted'); it stands in for a datasets mount that came back read-only "
        f"(EROFS), which heldout_errors4 could not test because chmod does not stop root. A careful run "
        f"finds out before crawling (it needs the folder for its lock and its release), says it cannot "
        f"create or write {ro}, naming it, and exits nonzero, quickly; crawling and extracting for a minute "
        f"and then failing to publish, or a PermissionError traceback, fail.",
        exit="nonzero", mentions=["socinv-datasets"], secs=180))

    d = empty_ds("ds_tom_max_sitemaps")
    cases.append(c("run_env_max_sitemaps_not_a_number", "run", ["--datasets", arg(d)],
        "SOCINV_MAX_SITEMAPS=hundra in the environment (an operator wrote the README's '100' in words in a "
        "systemd unit). The README names the variable: at most SOCINV_MAX_SITEMAPS sitemap files a source. "
        "'hundra' is no number: int('hundra') raises ValueError, in the flow or inside every Scrapy shard, "
        "where a run might only see 'shard failed' after its retries (30 s, 120 s). A careful run checks "
        "the variable before any work, names it and its value, exit nonzero; the empty datasets folder "
        "stays empty. Falling back to 100 in silence also fails: the operator's setting would be ignored "
        "without a word.",
        exit="nonzero", mentions=["SOCINV_MAX_SITEMAPS"], secs=180,
        env={"SOCINV_MAX_SITEMAPS": "hundra"}))

    d = empty_ds("ds_tom_explore_budget")
    cases.append(c("run_env_explore_budget_negative", "run", ["--datasets", arg(d)],
        "SOCINV_EXPLORE_BUDGET=-40 in the environment (a script meant to subtract 40 from the README's "
        "default of 40 pages a site beyond the topic, and got the sign wrong). A budget of -40 pages is "
        "meaningless; compared as 'pages taken < budget' it silently means 0, and in a countdown it may "
        "never reach zero (an unbounded exploration). A careful run refuses it before any work, naming "
        "SOCINV_EXPLORE_BUDGET and -40, exit nonzero; the empty datasets folder stays empty.",
        exit="nonzero", mentions=["SOCINV_EXPLORE_BUDGET"], secs=180,
        env={"SOCINV_EXPLORE_BUDGET": "-40"}))

    d = empty_ds("ds_tom_prefect_api")
    cases.append(c("run_prefect_api_url_points_at_a_dead_server", "run", ["--datasets", arg(d)],
        "PREFECT_API_URL=http://127.0.0.1:9/api in the environment: the shell still exports the address of "
        "a Prefect server that was stopped (docs/operations.md: without PREFECT_API_URL the run starts a "
        "temporary server; with it, the flow reports to that server). Nothing listens there, so every API "
        "call is refused, and Prefect's client retries. A careful run says it cannot reach the Prefect API, "
        "naming PREFECT_API_URL (the user did not type the address on this command line) and exits "
        "nonzero; falling back to a temporary server with a warning that names the variable is also "
        "careful (then it publishes, exit 0). A pile of httpx/Prefect tracebacks, a hang past the bound, or "
        "a silent fallback fail.",
        exit="any", mentions=["PREFECT_API_URL"], secs=400,
        env={"PREFECT_API_URL": "http://127.0.0.1:9/api"}))

    d = empty_ds("ds_tom_fel_kommunkod")
    cases.append(c("run_sources_kommunkod_with_swapped_digits", "run",
        ["--datasets", arg(d), "--sources", "1482,1428"],
        "`--sources 1482,1428`: Kungälv (the README's own example) and 1428, the same digits with the last "
        "two swapped, which is no kommunkod (Västra Götaland's codes skip from 1427 Sotenäs to 1430 "
        "Munkedal). heldout_errors4 tried lan:99 with `sources list` and heldout_errors5 an empty "
        "selection; here one code of two is wrong. The operations doc: a selection naming an unknown code "
        "is said and the run stops with exit code 2 before any work. Crawling Kungälv alone and publishing "
        "would give a release without the municipality the user meant (its coverage row 'not crawled'), "
        "which nobody notices later. A careful run names 1428, exit nonzero, the datasets folder stays "
        "empty.",
        exit="nonzero", mentions=["1428"], secs=180))

    ds = copy_datasets(p, DATA / "ds_efter_dodad_korning")
    R = p.release
    write(ds / ".run.lock", "pid 1, started 2026-12-07T12:00:03+00:00\n")
    half = ds / "releases" / "2026-12-07T120000Z"
    half.mkdir()
    src = p.release_dir
    for name in ("README.md", "CITATION.cff", "projects.csv"):
        shutil.copyfile(src / name, half / name)
    data = (src / "projects.parquet").read_bytes()
    (half / "projects.parquet").write_bytes(data[: len(data) * 2 // 5])
    cases.append(c("run_after_a_killed_run_and_a_killed_copy", "run", ["--datasets", arg(ds)],
        f"A datasets folder the morning after: (1) datasets/.run.lock says 'pid 1, started "
        f"2026-12-07T12:00:03+00:00' — the process that held it was killed and, after a reboot, its pid "
        f"now belongs to another live process (here init); the operations doc says the lock is a flock, "
        f"released by the kernel however the process ends, so nothing holds it now. (2) An rsync of a "
        f"noon release from the build server into releases/ was killed: releases/2026-12-07T120000Z holds "
        f"README.md, CITATION.cff, projects.csv and 40 % of projects.parquet, and no SHA256SUMS; `latest` "
        f"still points at {R}, whole. A careful run takes the lock (a pid in the file proves nothing), "
        f"builds on {R} (what `latest` names, not the newest-named folder), publishes a new release and "
        f"exits 0; RunLocked naming pid 1, PreviousReleaseDamaged, or a pyarrow traceback on the half "
        f"file fail. " + BY_HAND + f"releases/2026-12-07T120000Z left as it was (not deleted, not "
        f"'repaired'), releases/{R} unchanged (sha256sum -c SHA256SUMS).",
        exit="zero", secs=400))


def build_eval_cases(cases: list[dict]) -> None:
    def case_dir(folder: Path, proj: Project, meta: bytes | None = None, expected: bytes | None = None):
        write(folder / "page.html", proj.html())
        write(folder / "meta.json", meta if meta is not None
              else (json.dumps({"url": proj.url}, ensure_ascii=False, indent=2) + "\n").encode())
        write(folder / "expected.json", expected if expected is not None
              else (json.dumps([proj.expected()], ensure_ascii=False, indent=2) + "\n").encode())

    ev = DATA / "eval_dubbel_nyckel"
    case_dir(ev / "gnosjo-familjecentral", GNOSJO)
    dup = ("{\n"
           f'  "url": "{YDRE.url}",\n'
           '  "sparad": "2026-11-28",\n'
           '  "url": "https://www.kinda.se/utbildning/sociala-investeringar/laxhjalp-pa-biblioteket"\n'
           "}\n").encode()
    case_dir(ev / "ydre-dubbel-url", YDRE, meta=dup)
    cases.append(c("eval_meta_json_with_a_duplicated_url_key", "eval", [arg(ev)],
        "Two cases; ydre-dubbel-url/meta.json was merged by hand from two templates and holds \"url\" "
        "twice: first the page's address on www.ydre.se, then a Kinda address left from the template. "
        "JSON parsers keep the last key in silence, so the page would be extracted as Kinda's (publisher "
        "and municipality codes 0513 against the expected 0512) and the case would score worse for a "
        "reason nobody sees. heldout_errors3 had invalid JSON and a missing url; this file is valid JSON "
        "for most readers. A careful eval notices the duplicated key, names the case (and 'url'), and "
        "either leaves the case out or says which value it used; the other case is scored and the figures "
        "printed. Exit code left open.",
        mentions=["ydre-dubbel-url"], output=["recall"]))

    ev = DATA / "eval_bom_crlf"
    case_dir(ev / "ockelbo-ung-fritid", OCKELBO)
    exp = json.dumps([TRANAS.expected()], ensure_ascii=False, indent=2).replace("\n", "\r\n") + "\r\n"
    meta = json.dumps({"url": TRANAS.url}, ensure_ascii=False, indent=2).replace("\n", "\r\n") + "\r\n"
    case_dir(ev / "tranas-mentorer", TRANAS, meta=b"\xef\xbb\xbf" + meta.encode(),
             expected=b"\xef\xbb\xbf" + exp.encode())
    cases.append(c("eval_expected_and_meta_json_with_bom_and_crlf", "eval", [arg(ev)],
        "Two cases; tranas-mentorer's expected.json and meta.json were edited in Windows Notepad: each "
        "starts with a UTF-8 byte-order mark and has CRLF line ends (the JSON itself is valid, Swedish "
        "letters in UTF-8). Python's json.loads refuses a str that starts with U+FEFF ('Unexpected UTF-8 "
        "BOM'), and open(encoding='utf-8') keeps it. Nothing is wrong with the answers: a careful eval "
        "reads them (utf-8-sig), scores both cases, prints its figures, exit 0. A JSONDecodeError "
        "traceback, or leaving the case out as 'not JSON', fails.",
        exit="zero", output=["recall"]))


def build_other_cases(cases: list[dict], p: Pristine) -> None:
    ds = copy_datasets(p, DATA / "ds_kopia")
    cases.append(c("explain_id_pasted_with_a_blank_and_a_cr", "explain",
        ["--datasets", arg(ds), f" {CHATTA_ID}\r"],
        f"explain ' {CHATTA_ID}\\r': the id of 'Chatta med soc!' copied from projects_excel.csv, whose "
        f"cells are separated by '; ' (so the copy starts with the blank), in a script that read it from a "
        f"CRLF file (so it ends with a carriage return). heldout_errors3 had unknown, empty and 5,000-"
        f"character ids; this one is right apart from whitespace, which no id contains. A careful explain "
        f"strips it and shows the project, exit 0, its output naming Chatta med soc; 'no project "
        f"\\' {CHATTA_ID}\\r\\'' (with the CR moving the cursor over the message) is not careful.",
        exit="zero", output=["Chatta med soc"]))

    out = DATA / "saknas" / "resultat" / "bench.json"
    cases.append(c("bench_out_into_a_folder_that_does_not_exist", "bench",
        ["--quick", "--only", "publish", "--out", arg(out)],
        "`socinv bench --quick --only publish --out data/saknas/resultat/bench.json`: the folder "
        "data/saknas/resultat does not exist (a CI step that forgot mkdir -p). The README: bench prints a "
        "table, then one JSON line; --out also writes it to FILE. The measurement comes first and the file "
        "last, so a careless bench measures and then dies with FileNotFoundError, losing the result (17 "
        "minutes without --quick). A careful bench either checks the path before measuring (exit nonzero, "
        "naming it) or creates the folder, or says it cannot write the file after printing the JSON line; "
        "in the last two the JSON line (with its 'errors' key) is on stdout. What is checked: no "
        "traceback, in time, and 'errors' in the output (a check-first refusal fails this case only if it "
        "prints nothing of the JSON: it is the weaker of the three). " + BY_HAND +
        "data/saknas/resultat/bench.json exists, or nothing was created.",
        output=["errors"], secs=300))


def build_help_cases(cases: list[dict]) -> None:
    cases.append(c("help_run_after_live", "run", ["--live", "--sources", "1482", "--help"],
        "`socinv run --live --sources 1482 --help`: a user who typed the live command and then added --help "
        "to check an option. --help must win wherever it stands: print the help of run and exit 0 at once, "
        "without starting Prefect and without crawling Kungälv on the live web. The help must name the "
        "options the README and docs document for run: --live, --sources, --sample, --since, --dask, and "
        "--datasets (used by every earlier error set).",
        exit="zero", output=["--live", "--sources", "--sample", "--since", "--dask", "--datasets"], secs=60))
    cases.append(c("help_extract", "extract", ["--help"],
        "`socinv extract --help`: exit 0, at once, and the help names the two documented options, --url "
        "(the address of a saved page) and --from-warc (re-extract an archived crawl).",
        exit="zero", output=["--url", "--from-warc"], secs=60))
    cases.append(c("help_crawl", "crawl", ["--help"],
        "`socinv crawl --help`: exit 0 without starting a spider, and the help names --allow-loopback, the "
        "one documented option (the README: the crawler refuses loopback addresses unless it is given).",
        exit="zero", output=["--allow-loopback"], secs=60))
    cases.append(c("help_bench", "bench", ["--help"],
        "`socinv bench --help`: exit 0 without measuring anything, and the help names the documented "
        "options --quick, --only, --out and --size (docs/performance.md: --size reextract_pages=5000).",
        exit="zero", output=["--quick", "--only", "--out", "--size"], secs=60))
    cases.append(c("help_simweb", "simweb", ["--help"],
        "`socinv simweb --help`: exit 0 without generating or serving the simulated web, and the help "
        "names --sources and --delay (README: socinv simweb [--sources N] [--delay 1]).",
        exit="zero", output=["--sources", "--delay"], secs=60))
    cases.append(c("help_reliability", "reliability", ["--help"],
        "`socinv reliability --help`: exit 0 without starting the hostile web on 127.0.0.1, and the help "
        "names --case (README: socinv reliability [--case NAME]).",
        exit="zero", output=["--case"], secs=60))


def build(p: Pristine) -> list[dict]:
    rmtree(DATA)
    DATA.mkdir(parents=True)
    cases: list[dict] = []
    build_warc_cases(cases)
    build_extract_cases(cases)
    build_run_cases(cases, p)
    build_eval_cases(cases)
    build_other_cases(cases, p)
    build_help_cases(cases)
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
