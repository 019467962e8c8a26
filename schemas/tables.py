"""The companion tables of a release, defined like the project record and, where they share a column, from it.

A release has four tables; every format (Parquet, SQLite, xlsx data dictionary, datapackage.json, Datasette
metadata) is generated from the field lists here and in ``schemas.project``:

- ``projects``: one row per project (``schemas.project.FIELDS``).
- ``sources``: one row per project × page it was found on, with the evidence from that page.
- ``coverage``: one row per source organisation (municipality, region, other publisher): was it crawled, when,
  what was found. It tells "looked, found nothing" apart from "not looked".
- ``changes``: one row per project added, changed (with the fields) or removed, for every release so far.

Columns shared with the project record (``project_id``, ``source_url``, ``fetched_at`` …) are taken from
``schemas.project.FIELDS`` so their type and description are written once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pyarrow as pa

from schemas.project import _ARROW, BY_NAME, FIELDS, Field

CHANGE_KINDS = ("added", "changed", "removed")
COVERAGE_STATUSES = ("not crawled", "no project pages found", "projects found", "errors")
SOURCE_KINDS = BY_NAME["publisher_type"].enum

SOURCE_FIELDS: tuple[Field, ...] = (
    BY_NAME["project_id"],
    replace(BY_NAME["source_url"], sv="Sidan projektet beskrivs på.", en="A page describing the project."),
    Field("source_id", "string",
          "Källans id i socinv:s register: kommunkod, region-<länskod> eller ett namn-id för andra utgivare.",
          "Id of the source in socinv's registry: kommunkod, region-<länskod>, or a name slug for other publishers."),
    Field("page_sha256", "string", "SHA-256 av sidans innehåll när den hämtades (sidan finns i WARC-arkivet).",
          "SHA-256 of the page content as fetched (the page is kept in the WARC archive).",
          pattern=r"^[0-9a-f]{64}$"),
    BY_NAME["fetched_at"],
    replace(BY_NAME["evidence"], sv="JSON: för varje fält textutdraget från just denna sida.",
            en="JSON: for each field, the snippet of text on this page the value came from."),
    BY_NAME["extractor_version"],
    replace(BY_NAME["title"], sv="Projektets namn så som denna sida skriver det.",
            en="Project name as this page writes it."),
)

COVERAGE_FIELDS: tuple[Field, ...] = (
    Field("source_id", "string", "Källans id: kommunkod, region-<länskod> eller ett namn-id.",
          "Source id: kommunkod, region-<länskod> or a name slug.", required=True),
    Field("name", "string", "Organisationens namn.", "Name of the organisation.", required=True),
    Field("kind", "string", "kommun, region eller annan.", "kommun, region or other.", required=True,
          enum=SOURCE_KINDS),
    Field("code", "string", "SCB-kod: kommunkod (4 siffror) eller länskod (2 siffror) för en region.",
          "SCB code: kommunkod (4 digits), or länskod (2 digits) for a region.", pattern=r"^\d{2}(\d{2})?$"),
    Field("lanskod", "string", "Länskod (2 siffror).", "County code, länskod (2 digits).", pattern=r"^\d{2}$"),
    Field("website", "string", "Webbplatsen som genomsöks.", "The website that is crawled."),
    Field("crawled", "bool", "Sant om källan genomsöktes i körningen som gav denna release.",
          "True when the source was crawled in the run that built this release.", required=True),
    Field("crawled_at", "timestamp", "När källan senast genomsöktes (UTC); tomt om den aldrig genomsökts.",
          "When the source was last crawled (UTC); null when it has never been crawled."),
    Field("crawl_release", "string", "Releasen vars körning gjorde den senaste genomsökningen.",
          "The release whose run made the last crawl."),
    Field("pages_fetched", "int", "Sidor som hämtades vid senaste genomsökningen.",
          "Pages fetched by the last crawl."),
    Field("candidate_pages", "int", "Hämtade sidor som såg ut att handla om sociala investeringar.",
          "Fetched pages that looked like they were about social investment."),
    Field("errors", "int", "Fel vid senaste genomsökningen (nätverk, HTTP, extraktion).",
          "Errors in the last crawl (network, HTTP, extraction)."),
    Field("projects", "int", "Aktiva projekt i denna release vars utgivare är källan.",
          "Active projects in this release published by the source.", required=True),
    Field("status", "string",
          "not crawled: aldrig genomsökt; errors: inga projekt, och senaste genomsökningen hade fel eller fick "
          "inte hämta en enda sida; no project pages found: sidor hämtades utan fel, inga projekt; projects found: "
          "minst ett projekt.",
          "not crawled: never crawled; errors: no projects, and the last crawl had errors or fetched no page at "
          "all; no project pages found: pages were fetched without errors, no projects; projects found: at least "
          "one project.",
          required=True, enum=COVERAGE_STATUSES),
    Field("monitor_flag", "string",
          "Övervakningens varning om källans senaste genomsökning (antalet projekt föll kraftigt, blev noll, "
          "eller sajten svarade inte); källans tidigare projekt förs då över (carried_forward). Tomt: ingen varning.",
          "The monitor's flag on the source's last crawl (project count fell sharply or to nothing, or the site "
          "did not answer); the source's previous projects are then carried forward (carried_forward). "
          "Null: no flag."),
)

CHANGE_FIELDS: tuple[Field, ...] = (
    Field("release", "string", "Releasen där ändringen kom.", "The release that made the change.", required=True),
    BY_NAME["project_id"],
    Field("change", "string", "added (nytt), changed (ändrat) eller removed (borta från källan).",
          "added, changed, or removed (gone from the source; the row is kept).", required=True, enum=CHANGE_KINDS),
    Field("fields", "list[string]", "Fälten som ändrades (bara för changed).",
          "The fields that changed (changed only)."),
    Field("title", "string", "Projektets namn (title eller title_derived) när ändringen gjordes.",
          "The project's name (title or title_derived) at the time of the change."),
)


@dataclass(frozen=True)
class Table:
    name: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    sv: str
    en: str

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


PROJECTS = Table("projects", FIELDS, ("project_id",), "Ett projekt per rad.", "One row per project.")
SOURCES = Table("sources", SOURCE_FIELDS, ("project_id", "source_url"),
                "En rad per projekt och sida det beskrivs på, med textbelägg från sidan.",
                "One row per project and page describing it, with the evidence from that page.")
COVERAGE = Table("coverage", COVERAGE_FIELDS, ("source_id",),
                 "En rad per kommun, region och annan utgivare: genomsökt när, vad som hittades.",
                 "One row per municipality, region and other publisher: crawled when, what was found.")
CHANGES = Table("changes", CHANGE_FIELDS, ("release", "project_id"),
                "Projekt som lagts till, ändrats eller försvunnit, release för release.",
                "Projects added, changed or removed, release by release.")
TABLES = {t.name: t for t in (PROJECTS, SOURCES, COVERAGE, CHANGES)}


def arrow_schema_of(table: Table, metadata: dict[str, str] | None = None) -> pa.Schema:
    """The explicit Arrow schema of a table: types and descriptions from its fields."""
    fields = [pa.field(f.name, _ARROW[f.type], nullable=not f.required,
                       metadata={"description": f.en, "description_sv": f.sv})
              for f in table.fields]
    return pa.schema(fields, metadata=metadata)
