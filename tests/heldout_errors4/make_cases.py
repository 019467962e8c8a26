#!/usr/bin/env python3
"""Build the blind error-handling set heldout_errors4: a scheduler's bad day.

Written blind: the author read only README.md, docs/*.md and the data (cases.json, make_*.py) of
tests/heldout_errors1, heldout_errors2 and heldout_errors3.  No Python code of the project was read and
socinv was not run on any of these cases.

What the set is about (kinds none of the three earlier sets has): what a data engineer who schedules the
flows meets on a bad day, across the commands the README documents (`extract`, `extract --from-warc`,
`run`, `status`, `eval`, `eval-crawl`, `crawl`, `sources list`, `bench`): wrong and contradictory options,
a file where a folder is expected and the reverse, folders nobody may write to, names with spaces, Swedish
letters and Latin-1 bytes, symlink loops, a page of one enormous line, HTML in UTF-16 without a BOM, behind
a lying UTF-8 BOM and declared Shift_JIS, an image and a zip saved as .html, an input list with blank lines,
comments, CRLF ends and duplicates, two releases of the same timestamp, a release whose projects.csv Excel
re-saved, a release without its schema (datapackage.json) and an eval case without its expected.json.

The README documents no separate publish, compare or validate command: publishing, validation (the gates)
and the comparison with the previous release all happen inside `socinv run`, so those cases use `run`.

Usage:
    python3 tests/heldout_errors4/make_cases.py [PRISTINE_DATASETS]

PRISTINE_DATASETS is a datasets folder exactly as `socinv run --datasets X` left it (`latest` ->
releases/<id>, top-level links into it).  Default: tests/heldout_errors3/data/ds_pristine (built by
heldout_errors3's make_cases.py from such a run).  The script deletes tests/heldout_errors4/data/, writes
every input there (about 4 MB: release files of read-only cases are hard links to one copy; the cases that
run `socinv run` get real copies, since a run writes into its datasets folder) and writes cases.json.
Standard library only.  Deterministic apart from file times.  Re-run it before each measurement: git keeps
neither the modes (chmod) nor the Latin-1 file name nor the symlink loops, and the `run` cases add releases
to their datasets folders.

Case format (as heldout_errors3):
    name, why, command (the socinv sub-command; "sources" and "eval-crawl" as written on the command line),
    args (paths relative to this folder, which is the working directory), expect:
      exit             "zero" / "nonzero" / "any"
      max_seconds
      no_traceback     always true
      records_min / records_max   JSON records `extract` prints on stdout (0 / 0 for other commands)
      stderr_mentions  literal words a clear message on stderr must hold (file and folder names, values)
      output_mentions  literal words stdout+stderr together must hold
One argument holds a lone surrogate (\\udce4 …): it stands for the Latin-1 bytes of a file name, as Python
gives them to a program and as subprocess passes them back (os.fsencode, surrogateescape).

Root: the sandbox runs tests as root, where chmod does not stop writes or reads.  Every case that depends
on a mode says so in its "why" and its expectation holds both as root and as a normal user.
"""
from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import stat
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEFAULT_PRISTINE = HERE.parent / "heldout_errors3" / "data" / "ds_pristine"


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
        # make every folder writable first (read-only cases), then delete
        for root, dirs, _files in os.walk(path):
            for d in dirs:
                p = os.path.join(root, d)
                if not os.path.islink(p):
                    os.chmod(p, stat.S_IRWXU)
        os.chmod(path, stat.S_IRWXU)
        shutil.rmtree(path, onerror=_force_remove)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def write_json(path: Path, obj) -> None:
    write(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def arg(path: Path) -> str:
    return os.path.relpath(path, HERE)


def make_read_only(top: Path) -> None:
    """Files 0444, folders 0555, bottom-up (root ignores both)."""
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            p = os.path.join(root, f)
            if not os.path.islink(p):
                os.chmod(p, 0o444)
        for d in dirs:
            p = os.path.join(root, d)
            if not os.path.islink(p):
                os.chmod(p, 0o555)
    os.chmod(top, 0o555)


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
        with open(self.release_dir / "projects.csv", encoding="utf-8", newline="") as f:
            self.header = next(csv.reader(f))
        with open(self.release_dir / "projects.csv", encoding="utf-8", newline="") as f:
            self.rows = list(csv.DictReader(f))
        self.n_projects = len(self.rows)


def copy_datasets(p: Pristine, dst: Path, link_from: Path | None = None) -> Path:
    """Copy the datasets folder, symlinks kept.  With link_from (an earlier copy), the files under
    releases/ are hard links to that copy's (read-only cases: saves space); top-level regular files
    (.run.lock, monitor_history.jsonl) are always real copies."""
    shutil.copytree(p.root, dst, symlinks=True)
    if link_from is not None:
        for f in sorted((dst / "releases").rglob("*")):
            if f.is_file() and not f.is_symlink():
                src = link_from / f.relative_to(dst)
                if src.is_file():
                    f.unlink()
                    os.link(src, f)
    return dst


def excel_resave(path: Path) -> None:
    """projects.csv as Swedish Excel saves it with 'CSV (semikolonavgränsad)': ';' between cells, CRLF,
    Windows-1252, no BOM, quotes only where needed.  A new file (new inode), so hard links elsewhere keep
    the original."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerows(rows)
    data = buf.getvalue().encode("cp1252", errors="replace")
    path.unlink()
    path.write_bytes(data)


# --------------------------------------------------------------------------- pages (written for this set)

def page_html(title, canonical, lead, paras, facts, meta='<meta charset="utf-8">', site="kommun"):
    facts_html = "\n".join(f"<li><strong>{k}:</strong> {v}</li>" for k, v in facts)
    paras_html = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
{meta}
<title>{title} – {site}</title>
<link rel="canonical" href="{canonical}">
</head>
<body>
<header><a href="#innehall">Till innehållet</a>
<nav><ul><li><a href="/">Start</a></li><li><a href="/omsorg-och-stod/">Omsorg och stöd</a></li>
<li><a href="/sociala-investeringar/">Sociala investeringar</a></li></ul></nav></header>
<main id="innehall">
<h1>{title}</h1>
<p class="ingress">{lead}</p>
{paras_html}
<h2>Fakta om projektet</h2>
<ul class="fakta">
{facts_html}
</ul>
<p class="uppdaterad">Senast uppdaterad: 2026-11-30</p>
</main>
<footer><p>{site}</p><p>Telefon växel: 0000-00 00 00</p></footer>
</body>
</html>
"""


URL_ARE = "https://www.are.se/omsorg-och-stod/sociala-investeringar/tidiga-insatser-for-unga-i-are"
ARE = page_html(
    "Tidiga insatser för unga i Åre", URL_ARE,
    "Projektet Tidiga insatser för unga i Åre är en social investering som finansieras ur Åre kommuns "
    "sociala investeringsfond.",
    ["Fältassistenter och skolkuratorer arbetar tillsammans med ungdomar i Järpen och Åre by som riskerar "
     "att hamna utanför skolan. Varje ungdom får en egen kontaktperson och stöd att komma tillbaka till "
     "undervisningen."],
    [("Syfte", "Att minska skolfrånvaron och förebygga utanförskap bland unga."),
     ("Målgrupp", "Ungdomar 13–19 år i Åre kommun"),
     ("Projektperiod", "2024–2026"),
     ("Budget", "3 100 000 kronor"),
     ("Projektägare", "Socialförvaltningen"),
     ("Samverkansparter", "Region Jämtland Härjedalen")],
    site="Åre kommun")

URL_KOPING = "https://www.koping.se/omsorg-och-stod/sociala-investeringar/familjecoach-i-koping"
KOPING = page_html(
    "Familjecoach i Köping", URL_KOPING,
    "Satsningen Familjecoach i Köping är en social investering som ska ge familjer stöd tidigt, innan "
    "behoven blir stora.",
    ["Två familjecoacher träffar familjerna i hemmet och på familjecentralen. Arbetet bygger på "
     "frivillighet och på samverkan med förskolan och barnhälsovården."],
    [("Syfte", "Att stärka föräldrar och förebygga placeringar av barn."),
     ("Målgrupp", "Familjer med barn 0–12 år"),
     ("Period", "2025–2027"),
     ("Budget", "2 600 000 kronor"),
     ("Projektägare", "Socialnämnden"),
     ("Samverkansparter", "Region Västmanland")],
    site="Köpings kommun")

URL_OSTHAMMAR = "https://www.osthammar.se/barn-och-utbildning/sociala-investeringar/laxhjalp-pa-graso"
OSTHAMMAR = page_html(
    "Läxhjälp på Gräsö", URL_OSTHAMMAR,
    "Projektet Läxhjälp på Gräsö är en social investering för elever som har lång väg till skolan och "
    "ingen läxhjälp hemma.",
    ["Två gånger i veckan kommer lärarstudenter till bygdegården på Gräsö. Eleverna får hjälp med läxor "
     "och förberedelser inför prov, och föräldrarna bjuds in till träffar om skolans krav."],
    [("Syfte", "Att fler elever ska nå behörighet till gymnasieskolan."),
     ("Målgrupp", "Elever i årskurs 4–9 på Gräsö"),
     ("Period", "2024–2026"),
     ("Budget", "750 000 kronor"),
     ("Projektägare", "Bildningsförvaltningen")],
    site="Östhammars kommun")

URL_ALVDALEN = "https://www.alvdalen.se/omsorg/sociala-investeringar/foraldrastod-i-alvdalen"
ALVDALEN = page_html(
    "Föräldrastöd i Älvdalen", URL_ALVDALEN,
    "Projektet Föräldrastöd i Älvdalen är en social investering som ger föräldrar till tonåringar stöd "
    "i grupp.",
    ["Föräldrar träffas åtta kvällar under en termin tillsammans med två samtalsledare från "
     "socialtjänsten och elevhälsan. Träffarna hålls på älvdalska och svenska."],
    [("Syfte", "Att förebygga missbruk och kriminalitet bland unga genom stärkta föräldrar."),
     ("Målgrupp", "Föräldrar till barn 12–17 år"),
     ("Period", "2025–2026"),
     ("Budget", "480 000 kronor"),
     ("Projektägare", "Socialnämnden")],
    meta='<meta charset="utf-8">', site="Älvdalens kommun")

URL_HORBY = "https://www.horby.se/omsorg-och-stod/sociala-investeringar/trygga-skolvagar-i-horby"
HORBY = page_html(
    "Trygga skolvägar i Hörby", URL_HORBY,
    "Projektet Trygga skolvägar i Hörby är en social investering där vuxna på väg till och från skolan "
    "ska göra barnen tryggare.",
    ["Föreningar, föräldrar och fritidsgården går gemensamma rundor i Hörby tätort på eftermiddagarna. "
     "Skolans kuratorer följer upp oron som barnen själva beskriver i elevenkäten."],
    [("Syfte", "Att öka tryggheten och närvaron för elever i årskurs 4–6."),
     ("Målgrupp", "Elever i årskurs 4–6 i Hörby tätort"),
     ("Period", "2024–2025"),
     ("Budget", "620 000 kronor"),
     ("Projektägare", "Barn- och utbildningsförvaltningen"),
     ("Samverkansparter", "Polisen och Hörby fritidsgård")],
    site="Hörby kommun")

URL_MORBY = "https://www.morbylanga.se/omsorg-och-hjalp/sociala-investeringar/sprakvan-i-morbylanga"
MORBY = page_html(
    "Språkvän i Mörbylånga", URL_MORBY,
    "Satsningen Språkvän i Mörbylånga är en social investering som kopplar ihop nyanlända och "
    "bofasta ölänningar.",
    ["Varje språkvän träffar en nyanländ vuxen en gång i veckan under ett halvår. Biblioteket och "
     "Svenska kyrkan ordnar gemensamma träffar varje månad."],
    [("Syfte", "Att nyanlända ska lära sig svenska snabbare och komma närmare arbete."),
     ("Målgrupp", "Nyanlända vuxna 20–64 år"),
     ("Period", "2025–2027"),
     ("Budget", "900 000 kronor"),
     ("Projektägare", "Arbetsmarknadsenheten"),
     ("Samverkansparter", "Mörbylånga bibliotek och Svenska kyrkan")],
    meta='<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
    site="Mörbylånga kommun")

URL_HARNOSAND = "https://www.harnosand.se/omsorg/sociala-investeringar/halsocoach-for-unga-vuxna"
HARNOSAND = page_html(
    "Hälsocoach för unga vuxna", URL_HARNOSAND,
    "Projektet Hälsocoach för unga vuxna är en social investering i Härnösands kommun.",
    ["En hälsocoach möter unga vuxna som varken arbetar eller studerar och hjälper dem med sömn, kost, "
     "rörelse och vägen tillbaka till studier."],
    [("Målgrupp", "Unga vuxna 18–29 år"),
     ("Period", "2025–2026"),
     ("Budget", "1 050 000 kronor"),
     ("Projektägare", "Arbetsmarknadsförvaltningen")],
    site="Härnösands kommun")


def record(**kw):
    base = {
        "title": None, "title_derived": None, "publisher": None, "publisher_code": None,
        "publisher_type": "kommun", "municipality_codes": [], "municipalities": [],
        "organisations": [], "partners": [], "funders": [], "purpose": None, "target_group": None,
        "description": None, "target_age_min": None, "target_age_max": None, "target_grade_min": None,
        "target_grade_max": None, "start_date": None, "start_precision": None, "end_date": None,
        "end_precision": None, "budget_sek": None, "budget_basis": None, "staffing_fte": None,
        "status": None,
    }
    base.update(kw)
    return base


EXPECTED_ARE = [record(
    title="Tidiga insatser för unga i Åre", publisher="Åre", publisher_code="2321",
    municipality_codes=["2321"], municipalities=["Åre"],
    organisations=["Socialförvaltningen"], partners=["Region Jämtland Härjedalen"], funders=["Åre"],
    purpose="Att minska skolfrånvaron och förebygga utanförskap bland unga.",
    target_group="Ungdomar 13–19 år i Åre kommun",
    description=("Fältassistenter och skolkuratorer arbetar tillsammans med ungdomar i Järpen och Åre by "
                 "som riskerar att hamna utanför skolan. Varje ungdom får en egen kontaktperson och stöd "
                 "att komma tillbaka till undervisningen."),
    target_age_min=13, target_age_max=19,
    start_date="2024-01-01", start_precision="year", end_date="2026-12-31", end_precision="year",
    budget_sek=3100000, budget_basis="total",
)]

EXPECTED_KOPING = [record(
    title="Familjecoach i Köping", publisher="Köping", publisher_code="1983",
    municipality_codes=["1983"], municipalities=["Köping"],
    organisations=["Socialnämnden"], partners=["Region Västmanland"], funders=["Köping"],
    purpose="Att stärka föräldrar och förebygga placeringar av barn.",
    target_group="Familjer med barn 0–12 år",
    description=("Två familjecoacher träffar familjerna i hemmet och på familjecentralen. Arbetet bygger "
                 "på frivillighet och på samverkan med förskolan och barnhälsovården."),
    target_age_min=0, target_age_max=12,
    start_date="2025-01-01", start_precision="year", end_date="2027-12-31", end_precision="year",
    budget_sek=2600000, budget_basis="total", staffing_fte=2.0,
)]


def eval_case(folder: Path, page: str | None, url: str | None, expected) -> None:
    folder.mkdir(parents=True)
    if page is not None:
        write(folder / "page.html", page)
    if url is not None:
        write_json(folder / "meta.json", {"url": url})
    if expected is not None:
        write_json(folder / "expected.json", expected)


# --------------------------------------------------------------------------- odd bytes

def huge_line_text(rng: random.Random) -> bytes:
    """A text page: a `URL:` line, then the whole page as ONE line of about 1 MB with no newline at all
    (a PDF-to-text or a copy from a PDF viewer that lost every line end), with a 250 kB run of base64
    without any blank in the middle (an image pasted as data)."""
    url = "https://www.solvesborg.se/uppleva-och-gora/sociala-investeringar/ung-fritid-i-solvesborg"
    head = ("Ung fritid i Sölvesborg Projektet Ung fritid i Sölvesborg är en social investering som ger "
            "unga en meningsfull fritid på kvällar och lov. Syfte: Att fler unga ska ha en aktiv och "
            "trygg fritid. Målgrupp: Ungdomar 12–18 år i Sölvesborgs kommun. Period: 2024–2026. Budget: "
            "1 200 000 kronor. Projektägare: Kultur- och fritidsförvaltningen. ")
    words = ("kommunfullmäktige sammanträdet protokollet justerades paragraf beslutet nämnden "
             "förvaltningen yttrande remiss ärendet handläggare diarienummer bilaga ordföranden "
             "sekreterare ledamöter ersättare närvarande anslaget tillkännagivande överklagande").split()
    parts = [head]
    size = len(head.encode())
    blob_done = False
    while size < 1_000_000:
        if not blob_done and size > 400_000:
            blob = "data:image/png;base64," + "".join(
                rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                for _ in range(250_000)) + "== "
            parts.append(blob)
            size += len(blob)
            blob_done = True
            continue
        n = rng.randint(6, 14)
        s = " ".join(rng.choice(words) for _ in range(n)).capitalize() + f" § {rng.randint(1, 400)}. "
        parts.append(s)
        size += len(s.encode())
    return (f"URL: {url}\n" + "".join(parts).rstrip()).encode("utf-8")


def fake_jpeg(seed: int, n: int) -> bytes:
    """SOI, a JFIF APP0, a COM segment with a caption, random scan data, EOI: what a browser saves when
    a photo's address ends in .html."""
    com = "Familjecoach i Köping – foto: Köpings kommun".encode("utf-8")
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    com_seg = b"\xff\xfe" + (len(com) + 2).to_bytes(2, "big") + com
    return b"\xff\xd8" + app0 + com_seg + b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00" \
        + random.Random(seed).randbytes(n) + b"\xff\xd9"


def docs_zip(page: str) -> bytes:
    """A "Webbsida (.html, zippad)" download (Google Docs style): index.html and an image in a zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("HalsocoachForUngaVuxna.html", page.encode("utf-8")),
                           ("images/image1.png", b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(2000))):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


# --------------------------------------------------------------------------- the cases

def c(name, command, args, why, exit="any", rmin=0, rmax=0, mentions=(), output=(), secs=60):
    return {"name": name, "why": why, "command": command, "args": args,
            "expect": {"exit": exit, "max_seconds": secs, "no_traceback": True,
                       "records_min": rmin, "records_max": rmax,
                       "stderr_mentions": list(mentions), "output_mentions": list(output)}}


ROOT_NOTE = ("Tests may run as root, where chmod stops neither reads nor writes, so the expectation is "
             "written to hold either way")


def build(p: Pristine) -> list[dict]:
    rmtree(DATA)
    DATA.mkdir(parents=True)
    R, N = p.release, p.n_projects
    cases: list[dict] = []

    # ================================================================ extract: names and paths
    named = DATA / "namn med mellanslag"
    n1 = write(named / "Familjecoach i Köping (kopia).html", KOPING)
    n2 = write(named / "Läxhjälp på Gräsö – Östhammar.html", OSTHAMMAR)
    cases.append(c("extract_names_with_spaces_and_swedish_letters", "extract", [arg(n1), arg(n2)],
        "Two one-project pages (Familjecoach i Köping, Läxhjälp på Gräsö; written for this set, h1, lead "
        "saying 'är en social investering', labelled facts, canonical URL) saved by a Windows user in the "
        "folder 'namn med mellanslag' as 'Familjecoach i Köping (kopia).html' and 'Läxhjälp på Gräsö – "
        "Östhammar.html': blanks, å/ä/ö, an en dash and parentheses in the path. Nothing is wrong with "
        "them: exactly 2 records, exit 0. A tool that splits paths on blanks, shell-quotes badly or "
        "ASCII-encodes file names fails here.",
        exit="zero", rmin=2, rmax=2))

    latin = DATA / "latin1"
    latin.mkdir()
    raw_name = b"l\xe4xhj\xe4lp-\xf6sthammar.html"             # Latin-1: läxhjälp-östhammar.html
    with open(os.path.join(os.fsencode(str(latin)), raw_name), "wb") as f:
        f.write(OSTHAMMAR.encode("utf-8"))
    latin_arg = os.path.join(arg(latin), os.fsdecode(raw_name))
    cases.append(c("extract_latin1_bytes_in_file_name", "extract", [latin_arg],
        "Läxhjälp på Gräsö (one project, good UTF-8 HTML) in a file whose NAME is the Latin-1 bytes of "
        "'läxhjälp-östhammar.html' (0xE4, 0xF6: unpacked from an old zip or copied from a Samba share), "
        "not valid UTF-8. Python hands such a name over as lone surrogates; printing it in a message or "
        "putting it in a JSON record with a strict UTF-8 encoder raises UnicodeEncodeError. The page is "
        "fine: exactly 1 record, exit 0, no traceback. (The argument in cases.json holds \\udce4/\\udcf6, "
        "which subprocess turns back into the bytes.)",
        exit="zero", rmin=1, rmax=1))

    # ================================================================ extract: an input list
    lista = DATA / "lista"
    are = write(lista / "are.html", ARE)
    kop = write(lista / "koping.html", KOPING)
    write(lista / "sidor.txt",
          "# vecka 48 – sparade sidor\r\n\r\ndata/lista/are.html\r\n\r\ndata/lista/koping.html\r\n"
          "data/lista/are.html\r\n./data/lista/koping.html\r\n")
    cases.append(c("extract_input_list_blank_comment_crlf_duplicates", "extract",
        [arg(are), "", "# vecka 48 – sparade sidor", "data/lista/koping.html\r", arg(are),
         "./" + arg(kop)],
        "The arguments a scheduled job builds from data/lista/sidor.txt, a list edited on Windows and "
        "read line by line ('mapfile'): a comment line '# vecka 48 – sparade sidor', a blank line (the "
        "empty argument), a path with the CR of its CRLF end still attached ('data/lista/koping.html\\r', "
        "which does not exist), and duplicates (are.html twice, koping.html again as "
        "'./data/lista/koping.html'). The two real pages hold one project each (Tidiga insatser för unga "
        "i Åre, Familjecoach i Köping). A careful tool reads are.html and koping.html, says the comment "
        "and the CR path do not exist (naming them; the CR shown visibly), and goes on: 2 records, or up "
        "to 4 if it extracts every argument as given. Traps: the empty argument taken as '.', the "
        "current folder, and everything under it read (many more records); stopping at the first bad "
        "argument. Exit code left open (nonzero for partial failure is fine).",
        rmin=2, rmax=4, mentions=["vecka 48"], secs=90))

    cases.append(c("extract_url_option_with_two_pages", "extract",
        ["--url", URL_ARE, arg(are), arg(kop)],
        "Contradictory: one --url for two pages that are two different projects (Åre's, and Köping's, "
        "whose canonical link says www.koping.se). The README's `socinv extract PAGE... [--url URL]` "
        "gives the address of a page; stamping Åre's address on Köping's project would publish a wrong "
        "source_url and publisher. A careful tool refuses (exit nonzero, no records) or says clearly what "
        "it did with --url (e.g. that it applies to one page only). Either way a message naming --url; "
        "at most 2 records, never 2 records silently both carrying Åre's URL.",
        rmin=0, rmax=2, mentions=["--url"]))

    # ================================================================ extract: symlink loop, folders
    loop = DATA / "slinga"
    loop.mkdir()
    os.symlink("projekt.html", loop / "projekt.html")            # a link to itself: ELOOP
    cases.append(c("extract_symlink_loop_then_good_page", "extract", [arg(loop / "projekt.html"), arg(are)],
        "data/slinga/projekt.html is a symbolic link to itself (an `ln -s` run in the wrong folder), so "
        "opening it fails with ELOOP 'Too many levels of symbolic links'; after it comes a good page "
        "(Tidiga insatser för unga i Åre). The loop is named on stderr (projekt.html) and the run goes "
        "on: exactly 1 record, no OSError traceback, no hang. Exit code left open.",
        rmin=1, rmax=1, mentions=["projekt.html"]))

    saved = DATA / "sparade sidor"
    write(saved / "are.html", ARE)
    write(saved / "koping.html", KOPING)
    write(saved / "Läs mig.txt", "Sidorna sparades med Chrome den 30 november 2026.\n")
    cases.append(c("extract_from_warc_on_a_folder_of_saved_pages", "extract", ["--from-warc", arg(saved)],
        "--from-warc is given 'data/sparade sidor', a folder of pages saved by hand (two .html pages and a "
        "note), not a crawl folder: no manifest.jsonl, no warc/ (heldout_errors2 had a crawl folder that "
        "lost only its manifest; this one never was a crawl). A careful tool says the folder is not an "
        "archived crawl (naming it, ideally suggesting `socinv extract PAGE...`), exits nonzero and prints "
        "no records. Exit 0 with nothing would tell a scheduler the crawl was empty.",
        exit="nonzero", mentions=["sparade sidor"]))

    # ================================================================ extract: one enormous line
    huge = write(DATA / "en-rad" / "ung-fritid-i-solvesborg.txt", huge_line_text(random.Random(48)))
    cases.append(c("extract_text_page_of_one_1mb_line", "extract", [arg(huge)],
        "A text page: its 'URL:' line, then the whole page as one line of about 1 MB with no newline "
        "anywhere (a PDF copied to text that lost every line end): the project first (Ung fritid i "
        "Sölvesborg with Syfte/Målgrupp/Period/Budget/Projektägare run into the sentence), then minutes "
        "of a council meeting as '§ N.' sentences, and in the middle a 250 kB run without a blank (an "
        "image pasted as data:image/png;base64). Unlike heldout_errors1's 5 MB HTML line, this goes "
        "through the text-page path, whose line and label splitting has no line ends to hold on to. "
        "0 or 1 record (the labels are inline), within the time bound: no quadratic splitting or "
        "backtracking on the blob, no traceback.",
        rmin=0, rmax=1, secs=120))

    # ================================================================ extract: encodings
    enc = DATA / "kodning"
    u16 = write(enc / "foraldrastod-i-alvdalen.html", ALVDALEN.encode("utf-16-le"))
    cases.append(c("extract_utf16le_without_bom_declared_utf8", "extract", [arg(u16)],
        "Föräldrastöd i Älvdalen, one project, saved as UTF-16 LE WITHOUT a byte-order mark while its "
        "<meta charset=\"utf-8\"> says UTF-8 (a Windows editor's 'Unicode' save of a page). heldout_errors1 "
        "had UTF-16 BE without a BOM as a .txt; this is HTML, little-endian, and the declaration lies. "
        "Every other byte is NUL, which says UTF-16 LE; read as UTF-8 the NULs make it look binary. One "
        "record, exit 0.",
        exit="zero", rmin=1, rmax=1))

    bomlie = write(enc / "trygga-skolvagar-i-horby.html", b"\xef\xbb\xbf" + HORBY.encode("cp1252"))
    cases.append(c("extract_utf8_bom_over_windows1252_bytes", "extract", [arg(bomlie)],
        "Trygga skolvägar i Hörby, one project: the file starts with a UTF-8 byte-order mark and its meta "
        "says utf-8, but every byte after the mark is Windows-1252 (å/ä/ö as 0xE5/0xE4/0xF6, the dash of "
        "'2024–2025' as 0x96): an old CMS export re-saved by an editor that added the mark. By the HTML "
        "rules a BOM outranks everything, so a strict decoder fails or fills the page with U+FFFD; "
        "heldout_errors1's Windows-1252-declared-UTF-8 page had no BOM to trust. A careful tool notices "
        "the bytes are not UTF-8 and still gives the one record, exit 0, no UnicodeDecodeError.",
        exit="zero", rmin=1, rmax=1))

    sjis = write(enc / "sprakvan-i-morbylanga.html", MORBY.encode("utf-8"))
    cases.append(c("extract_utf8_page_declared_shift_jis", "extract", [arg(sjis)],
        "Språkvän i Mörbylånga, one project, in valid UTF-8 bytes, but its http-equiv meta says "
        "charset=Shift_JIS (a template copied from a twin town's site). Decoded as Shift_JIS, å/ä/ö "
        "(0xC3 0xA5 …) become half-width katakana without any error, so a tool that trusts the "
        "declaration publishes garbage silently, and some byte pairs (the en dash 0xE2 0x80 0x93) are "
        "invalid Shift_JIS, which a strict decoder raises on. The bytes are valid UTF-8 and the page is "
        "Swedish: one record, exit 0, no traceback.",
        exit="zero", rmin=1, rmax=1))

    # ================================================================ extract: not a page at all
    odd = DATA / "inte-html"
    jpg = write(odd / "bild-familjecoach.html", fake_jpeg(11, 20000))
    cases.append(c("extract_jpeg_saved_as_html", "extract", [arg(jpg)],
        "A JPEG photo (JFIF header, a comment segment 'Familjecoach i Köping – foto: Köpings kommun', "
        "20 kB of scan data) saved as bild-familjecoach.html: the CMS served the image at an address ending "
        "in .html. heldout_errors1 had a PNG named .png; here the name says HTML. No records (not even "
        "from the caption in the comment), and a message naming bild-familjecoach.html as not a page.",
        mentions=["bild-familjecoach.html"]))

    zp = write(odd / "halsocoach-rapport.html", docs_zip(HARNOSAND))
    cases.append(c("extract_zip_saved_as_html", "extract", [arg(zp)],
        "A zip (PK header: a 'Webbsida (.html, zippad)' download holding HalsocoachForUngaVuxna.html, one "
        "project, Hälsocoach för unga vuxna in Härnösand, and images/image1.png) saved as "
        "halsocoach-rapport.html. A careful tool either opens the zip and reads its page (1 record) or "
        "says the file is a zip archive, not a page (0 records); both are fine. Never records made of "
        "compressed bytes, never a traceback.",
        rmin=0, rmax=1))

    # ================================================================ eval
    ev_sv = DATA / "eval med å ä ö"
    eval_case(ev_sv / "Åre – tidiga insatser (kopia)", ARE, URL_ARE, EXPECTED_ARE)
    eval_case(ev_sv / "Köping familjecoach", KOPING, URL_KOPING, EXPECTED_KOPING)
    cases.append(c("eval_case_folders_with_spaces_and_swedish_letters", "eval", [arg(ev_sv)],
        "An eval folder 'eval med å ä ö' whose two case folders are named 'Åre – tidiga insatser (kopia)' "
        "and 'Köping familjecoach' (blanks, å/ä/ö, an en dash, parentheses), each with page.html, "
        "meta.json {\"url\"} and expected.json (one record, every field stated, written blind; the scores "
        "may be below 1). Nothing is wrong: eval runs, exit 0, and prints its figures (heldout_errors3's "
        "eval_good printed 'recall'). Traps: case names used unquoted in a path or a shell, or a "
        "table that cannot print them.",
        exit="zero", output=["recall"]))

    ev_ro = DATA / "eval_skrivskyddad"
    eval_case(ev_ro / "are-tidiga-insatser", ARE, URL_ARE, EXPECTED_ARE)
    eval_case(ev_ro / "koping-familjecoach", KOPING, URL_KOPING, EXPECTED_KOPING)
    make_read_only(ev_ro)
    cases.append(c("eval_read_only_folder", "eval", [arg(ev_ro)],
        "The same two good cases in a read-only eval folder (folders 0555, files 0444: a shared "
        "read-only mount of the test corpus). Scoring only reads, so eval must work: exit 0 and its "
        "figures printed; any cache or report goes elsewhere. " + ROOT_NOTE + ": as root the modes stop "
        "nothing and the case checks 'works'; as a normal user it checks that eval writes nothing into "
        "the folder. make_cases.py sets the modes (and lifts them when it rebuilds).",
        exit="zero", output=["recall"]))

    ev_nx = DATA / "eval_utan_facit"
    eval_case(ev_nx / "are-tidiga-insatser", ARE, URL_ARE, EXPECTED_ARE)
    eval_case(ev_nx / "koping-utan-facit", KOPING, URL_KOPING, None)
    cases.append(c("eval_case_without_expected_json", "eval", [arg(ev_nx)],
        "Two cases; koping-utan-facit/ has page.html and meta.json but no expected.json (the annotator "
        "had not written it yet: the case's answer file is missing). heldout_errors3 had a malformed "
        "expected.json and a missing page.html, not a missing expected.json. It must not be scored as "
        "'no projects expected' (which would turn its real project into a false positive and lower the "
        "precision silently): a careful eval names the case and expected.json, leaves it out, and "
        "scores the other case (figures printed). Exit code left open.",
        mentions=["koping-utan-facit", "expected.json"], output=["recall"]))

    cases.append(c("eval_crawl_given_an_extraction_eval_folder", "eval-crawl", [arg(ev_sv)],
        "`socinv eval-crawl DIR` wants saved sites (DIR/<host>/…) and DIR/expected.json; it is given the "
        "extraction eval folder 'eval med å ä ö' (case folders with page.html, no expected.json at the "
        "top): the wrong command for the folder. A careful tool checks before starting servers and "
        "spiders and says DIR/expected.json is missing (naming it), exit nonzero; it must not crawl "
        "'hosts' named 'Köping familjecoach' or report a recall of 0 of 0.",
        exit="nonzero", mentions=["expected.json"], secs=120))

    # ================================================================ releases: status
    same = copy_datasets(p, DATA / "ds_samma_tid")
    kopia_name = f"{R} (kopia)"
    shutil.copytree(same / p.rel_release, same / "releases" / kopia_name, copy_function=os.link)
    cases.append(c("status_two_release_folders_with_the_same_timestamp", "status",
        ["--datasets", arg(same)],
        f"A whole release {R} ({N} projects, `latest` points at it) and beside it a byte-identical copy "
        f"'releases/{kopia_name}' that someone made in a file manager before an experiment: two release "
        f"folders of the same timestamp, both with a run_summary.json and SHA256SUMS that name {R} and "
        f"check out. Sorted by name the copy comes last, so a tool that takes the newest release by "
        f"sorting folder names takes the copy. status must report the release `latest` points at ({R}, "
        f"{N} projects), exit 0; noting the odd folder is welcome. Nothing may be deleted or renamed.",
        exit="zero", output=[R, str(N)]))

    cases.append(c("status_given_a_release_folder_instead_of_datasets", "status",
        ["--datasets", arg(same / p.rel_release)],
        f"--datasets is given a release folder (ds_samma_tid/releases/{R}, which holds projects.parquet, "
        f"SHA256SUMS … but no `latest` and no releases/) instead of the datasets folder above it: the "
        f"path one level too deep, as a user who followed the `latest` link types it. A careful status "
        f"either recognises a release and reports it, or says this is a release folder and names the "
        f"datasets folder to give; either way its output names {R} and there is no traceback. It must "
        f"not create releases/ or `latest` inside the release.",
        output=[R]))

    excel = copy_datasets(p, DATA / "ds_excel_csv", link_from=same)
    excel_resave(excel / p.rel_release / "projects.csv")
    cases.append(c("status_projects_csv_resaved_by_excel", "status", ["--datasets", arg(excel)],
        f"A journalist opened the latest release's projects.csv in Swedish Excel and pressed Save: it is "
        f"now ';'-separated, CRLF, Windows-1252, without the quoting it had (same name, same size "
        f"roughly, SHA256SUMS unchanged, so its line no longer matches). Every other file is whole. status "
        f"must say that projects.csv does not match SHA256SUMS (naming it), and may still show the "
        f"release ({R}). Exit code left open.",
        mentions=["projects.csv"]))

    nodp = copy_datasets(p, DATA / "ds_utan_schema", link_from=same)
    (nodp / p.rel_release / "datapackage.json").unlink()
    cases.append(c("status_release_without_datapackage_json", "status", ["--datasets", arg(nodp)],
        f"The latest release's datapackage.json, the Table Schema of the CSV files that the README says "
        f"is generated from schemas/project.py, is deleted (a clean-up script that took *.json for "
        f"temporary files; run_summary.json, changes.json and metadata.json were spared); the top-level "
        f"link dangles. The data files are whole. status must say datapackage.json is missing (SHA256SUMS "
        f"lists it), not crash on the dangling link; it may still show the release. Exit code left open.",
        mentions=["datapackage.json"]))

    # ================================================================ run: wrong options (stop before work)
    fresh = DATA / "ds_tom_since"
    fresh.mkdir()
    cases.append(c("run_since_not_a_duration", "run", ["--datasets", arg(fresh), "--since", "igår"],
        "--since is documented with values like '1d'; a scheduler's parameter was filled in Swedish, "
        "'igår' (yesterday). A careful run rejects the value before crawling anything, naming it (igår) "
        "and the accepted form, with exit code 2 (the operations doc's exit code for a selection it "
        "cannot use); an empty datasets folder stays empty. Running the whole crawl as if --since were "
        "absent, or stopping with a ValueError traceback, both fail.",
        exit="nonzero", mentions=["igår"], secs=120))

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=p.header, lineterminator="\n")
    w.writeheader()
    w.writerows(p.rows[:3])
    export = write(DATA / "export" / "socinv-2026-12-07.csv", buf.getvalue())
    cases.append(c("run_datasets_is_a_file", "run", ["--datasets", arg(export)],
        "--datasets names a file, data/export/socinv-2026-12-07.csv (the CSV a user downloaded from the "
        "portal), not a folder. A run must not crawl for a minute and then fail to publish, and must not "
        "overwrite or delete the file: a careful run checks the folder first, says the path is a file, "
        "naming it, and exits nonzero. (heldout_errors3 tried a file for the read commands; a run is "
        "the command that writes.)",
        exit="nonzero", mentions=["socinv-2026-12-07.csv"], secs=180))

    fresh_dask = DATA / "ds_tom_dask"
    fresh_dask.mkdir()
    cases.append(c("run_dask_scheduler_unreachable", "run",
        ["--datasets", arg(fresh_dask), "--dask", "tcp://127.0.0.1:9"],
        "--dask points at a scheduler that is down (nothing listens on 127.0.0.1:9, the discard port: "
        "connection refused at once): the scheduler machine was rebooted overnight. A careful run says "
        "it cannot reach the Dask scheduler, naming the address, and exits nonzero without publishing a "
        "half-made release; it must not hang on retries past the time bound and must not fall back to "
        "crawling locally without saying so. No asyncio/distributed traceback.",
        exit="nonzero", mentions=["127.0.0.1:9"], secs=240))

    os.symlink("ds_slinga", DATA / "ds_slinga")
    cases.append(c("run_datasets_is_a_symlink_loop", "run", ["--datasets", arg(DATA / "ds_slinga")],
        "--datasets names data/ds_slinga, a symbolic link to itself (a deploy script's `ln -s` with the "
        "wrong target): every use of it fails with ELOOP, and mkdir says it exists. A careful run says "
        "the datasets path is a broken link (naming ds_slinga) and exits nonzero, before crawling; no "
        "FileExistsError/OSError traceback, no release written somewhere else.",
        exit="nonzero", mentions=["ds_slinga"], secs=180))

    # ================================================================ run: the job itself
    sv_root = DATA / "öppna data" / "socinv 2026"
    sv_root.mkdir(parents=True)
    cases.append(c("run_source_list_blanks_duplicates_into_swedish_path", "run",
        ["--datasets", arg(sv_root), "--sources", "1482,,1482, "],
        "A scheduled run on the snapshot, with two ordinary nuisances at once: --sources '1482,,1482, ' "
        "(Kungälv, a kommunkod in the README's own example, written twice, with an empty item and a "
        "trailing blank, as a parameter list joined by a template gives it) and a datasets folder "
        "'data/öppna data/socinv 2026' (blanks and ö; empty). A careful run reads the selection as "
        "Kungälv once (a blank item is no source, a repeated one the same source), crawls and publishes "
        "a release into that folder, exit 0. Refusing the list with a clear message naming the empty "
        "item would be defensible but is counted as not careful here; a traceback on the path, or a "
        "crawl of Kungälv twice, fails.",
        exit="zero", secs=400))

    excel_run = copy_datasets(p, DATA / "ds_excel_csv_run")
    excel_resave(excel_run / p.rel_release / "projects.csv")
    cases.append(c("run_on_release_whose_csv_excel_resaved", "run", ["--datasets", arg(excel_run)],
        f"A run on the snapshot whose previous release ({R}, {N} projects) has its projects.csv re-saved "
        f"by Swedish Excel (';', CRLF, Windows-1252; SHA256SUMS unchanged, so that line no longer "
        f"matches). The operations doc says a run builds on `latest` after checking the files it reads "
        f"(projects.parquet, sources.parquet, coverage.parquet, changes.parquet), all whole here. So the "
        f"run builds on {R} (a warning about projects.csv is welcome), publishes a new release and exits "
        f"0; stopping with PreviousReleaseDamaged, or starting the history again, fails. By hand: "
        f"releases/{R} is left as it was, its re-saved projects.csv included (never 'repaired' or "
        f"deleted).",
        exit="zero", secs=400))

    ro = copy_datasets(p, DATA / "ds_skrivskyddad")
    make_read_only(ro)
    cases.append(c("run_into_read_only_datasets_folder", "run", ["--datasets", arg(ro)],
        f"A run on the snapshot into a datasets folder nobody may write to (folders 0555, files 0444; "
        f"its release {R} is whole): a mount that came back read-only. As a normal user the run cannot "
        f"take datasets/.run.lock or stage a release: a careful run says so (permission denied, naming "
        f"the folder), exits nonzero, ideally before crawling, and leaves {R} and `latest` as they were. "
        + ROOT_NOTE + ": as root the writes succeed and the run publishes (exit 0), so exit is 'any' and "
        "only no traceback and the time bound are checked.",
        secs=400))

    # ================================================================ other commands: wrong arguments
    cases.append(c("sources_list_unknown_county", "sources", ["list", "lan:99"],
        "`socinv sources list [lan:14]` with a county code that does not exist (99; Sweden's länskoder "
        "end at 25). The operations doc says a run with the selection lan:99 stops naming it; listing "
        "it must likewise say that lan:99 names no source, exit nonzero, and not print an empty list "
        "with exit 0 (a script would read that as 'no sources in that county yet').",
        exit="nonzero", mentions=["lan:99"]))

    cases.append(c("crawl_given_a_folder_path_instead_of_a_url", "crawl", [arg(saved)],
        "`socinv crawl URL...` is given 'data/sparade sidor', a local folder of saved pages, not a URL "
        "(the user meant `socinv extract`). A careful crawl refuses it as not an http(s) address, "
        "naming it, exit nonzero; it must not guess 'https://data/sparade sidor', look up a host "
        "called 'data', or read the local files as if fetched.",
        exit="nonzero", mentions=["sparade sidor"], secs=120))

    cases.append(c("bench_unknown_part_name", "bench", ["--quick", "--only", "extract,dedupe"],
        "`socinv bench --only` takes the parts extract, dedup, publish, reextract, crawl, run; the user "
        "typed 'dedupe', the stage's name everywhere else in the README. A careful bench rejects the "
        "unknown part before measuring anything, naming 'dedupe' (ideally listing the valid names), exit "
        "nonzero. Measuring extract first and then failing, or silently skipping 'dedupe' with exit 0, "
        "fails the case (the README's 'a part that fails is reported in errors' is about parts that "
        "exist).",
        exit="nonzero", mentions=["dedupe"], secs=120))

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
    (HERE / "cases.json").write_text(json.dumps(cases, ensure_ascii=True, indent=1) + "\n",
                                     encoding="utf-8")
    print(f"{len(cases)} cases in {HERE / 'cases.json'}; data in {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
