"""The dataset card (``README.md`` of every release), in Swedish and English, generated from the schema and
the release itself, so its column list and coverage figures can never drift from the data."""

from __future__ import annotations

from collections import Counter

from schemas.project import FIELDS, LICENSE_URL, SCHEMA_VERSION

REPO = "https://github.com/socinv/socinv"
_TYPES_SV = {"string": "text", "int": "heltal", "float": "decimaltal", "date": "datum", "timestamp": "tidpunkt (UTC)",
             "bool": "sant/falskt", "list[string]": "lista av text"}


def _coverage_line(projects: list[dict], coverage: list[dict] | None) -> tuple[str, str]:
    active = [p for p in projects if not p.get("removed_from_source")]
    munis = {c for p in active for c in (p.get("municipality_codes") or [])}
    publishers = Counter(p.get("publisher_type") for p in active)
    crawled = [c for c in (coverage or []) if c.get("crawled")]
    crawled_k = sum(1 for c in crawled if c.get("kind") == "kommun")
    crawled_r = sum(1 for c in crawled if c.get("kind") == "region")
    sv = (f"{len(active)} aktiva projekt (och {len(projects) - len(active)} som inte längre finns på sin källsida) "
          f"i {len(munis)} av Sveriges 290 kommuner, publicerade av {publishers.get('kommun', 0)} projektrader från "
          f"kommuner, {publishers.get('region', 0)} från regioner och {publishers.get('other', 0)} från andra "
          f"organisationer.")
    en = (f"{len(active)} active projects (and {len(projects) - len(active)} no longer on their source page) in "
          f"{len(munis)} of Sweden's 290 municipalities; {publishers.get('kommun', 0)} rows published by "
          f"municipalities, {publishers.get('region', 0)} by regions, {publishers.get('other', 0)} by other bodies.")
    if coverage:
        sv += (f" Den här körningen besökte {crawled_k} av 290 kommuner och {crawled_r} av 21 regioner; "
               f"`coverage.parquet` visar för varje kommun och region om den besöktes och vad som hittades.")
        en += (f" This run visited {crawled_k} of 290 municipalities and {crawled_r} of 21 regions; "
               f"`coverage.parquet` shows for each municipality and region whether it was visited and what was found.")
    return sv, en


def dataset_card(release: str, projects: list[dict], coverage: list[dict] | None = None,
                 mode: str | None = None) -> str:
    cov_sv, cov_en = _coverage_line(projects, coverage)
    rows = "\n".join(f"| `{f.name}` | {_TYPES_SV[f.type]} / {f.type} | {f.sv} | {f.en} |" for f in FIELDS)
    snapshot_note_sv = ("\n> **Obs:** den här releasen byggdes från den medföljande ögonblicksbilden av fem "
                        "webbplatser (`socinv run`), inte från hela webben.\n") if mode == "snapshot" else ""
    snapshot_note_en = ("\n> **Note:** this release was built from the bundled snapshot of five websites "
                        "(`socinv run`), not from the whole web.\n") if mode == "snapshot" else ""
    return f"""# Sociala investeringar i Sveriges kommuner och regioner — release {release}

*English below.*

## Svenska

**Sociala investeringar** är förebyggande insatser — ofta för barn och unga — som kommuner och regioner
finansierar ur särskilda fonder eller avsatta medel, i förhoppningen att tidiga insatser minskar utanförskap
och framtida kostnader. Den här datamängden samlar projekten från kommunernas och regionernas egna webbsidor:
ett projekt per rad, med namn, organisationer, samverkansparter, syfte, målgrupp (åldrar och årskurser),
period, belopp, bemanning och status, och för varje värde sidan och textutdraget det kommer från.

**Omfattning.** {cov_sv}
{snapshot_note_sv}
**Kända luckor.** Många projekt finns bara i PDF-filer eller protokoll, som inte läses än. Värden som sidan inte
anger är tomma; ett härlett namn (`title_derived`) och teman (`themes`) är vår tolkning, inte sidans ord.
Belopp anges som sidan skriver dem (totalt eller per år, se `budget_basis`). Status gäller vid sidans datum.

**Filer.** `projects.parquet` (för analys), `projects.csv` (UTF-8, komma), `projects_excel.csv` och
`projects.xlsx` (för Excel), `sources.parquet` (varje projekts källsidor med textutdrag), `coverage.parquet`,
`changes.parquet`/`CHANGELOG.md` (vad som ändrats sedan förra releasen), `datapackage.json`, `catalog.rdf`
(DCAT-AP-SE), `SHA256SUMS`, `CITATION.cff`.

**Öppna i Excel.** Dubbelklicka på `projects_excel.csv` (semikolon, UTF-8 med BOM, decimalkomma) eller öppna
`projects.xlsx`. Kommunkoder är text och behåller inledande nollor (0381 Enköping).

**Läs Parquet.** Python/polars: `pl.read_parquet("projects.parquet")`; pandas: `pd.read_parquet(...)`;
DuckDB: `SELECT * FROM 'projects.parquet'`; R: `arrow::read_parquet("projects.parquet")`.

**Koppla till Kolada.** `publisher_code` och `municipality_codes` är SCB-koder. En kommun har samma id i Kolada
(`0381`); en region har `00` + länskod (`0014` för Västra Götalandsregionen). Exempel i polars, med en
Kolada-tabell `kolada` (kolumnerna `municipality`, `value`):
`pl.read_parquet("projects.parquet").explode("municipality_codes").join(kolada, left_on="municipality_codes",
right_on="municipality")`.

**Citera.** socinv contributors ({release[:4]}). *Sociala investeringar i Sveriges kommuner och regioner*,
release {release}. {REPO} (se `CITATION.cff`).

**Licens.** CC0 1.0 ({LICENSE_URL}): fritt att använda utan villkor. Källsidornas texter tillhör respektive
organisation; vi publicerar korta utdrag med länk.

**Rapportera fel.** Öppna ett ärende på {REPO}/issues med projektets `project_id` och vad som är fel.

## English

**Social investments** (*sociala investeringar*) are preventive projects — often for children and young
people — that Swedish municipalities and regions fund from dedicated funds, expecting early action to reduce
exclusion and future costs. This dataset collects them from the organisations' own web pages: one project per
row, with every value's source page and text snippet.

**Coverage.** {cov_en}
{snapshot_note_en}
**Known gaps.** Many projects exist only in PDFs or minutes, which are not read yet. Values a page does not
state are empty; `title_derived` and `themes` are our derivations, not the page's words. Status is as of the
page's date.

**Recipes.** Excel: open `projects_excel.csv` or `projects.xlsx`. Parquet: polars `pl.read_parquet`, pandas
`pd.read_parquet`, DuckDB `SELECT * FROM 'projects.parquet'`, R `arrow::read_parquet`. Kolada: municipality ids
equal `municipality_codes`; regions are `00` + `publisher_code`.

**Cite** as above; **licence** CC0 1.0; **report errors** at {REPO}/issues with the `project_id`.

## Kolumner / Columns (schema {SCHEMA_VERSION})

| kolumn | typ / type | beskrivning | description |
|---|---|---|---|
{rows}
"""
