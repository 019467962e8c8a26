"""The one definition of a published project record.

Everything else — the Arrow/Parquet schema, polars dtypes, CSV column order, the data dictionary,
datapackage.json and the DCAT catalogue — is generated from FIELDS, so a column is never described twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = "1.0.0"
LICENSE_ID = "CC0-1.0"
LICENSE_URL = "http://creativecommons.org/publicdomain/zero/1.0/"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # one of: string, int, float, date, timestamp, bool, list[string]
    sv: str  # Swedish description
    en: str  # English description
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None


PRECISIONS = ("day", "month", "season", "year")
STATUSES = ("planned", "ongoing", "finished")

FIELDS: tuple[Field, ...] = (
    Field("project_id", "string", "Stabil identitet för projektet, oförändrad mellan körningar.",
          "Stable project identity that survives re-crawls, small edits and page moves.", required=True,
          pattern=r"^[0-9a-z-]+$"),
    Field("title", "string", "Projektets namn så som sidan skriver det; tomt om sidan inte namnger projektet.",
          "Project name as written on the page; null when the page names none."),
    Field("title_derived", "string",
          "Visningsnamn härlett av oss (inte skrivet som namn på sidan), bara när title saknas.",
          "Display name derived by us (not written as a name on the page); only when title is null."),
    Field("publisher", "string", "Organisationen vars webbplats beskriver projektet.",
          "The organisation whose website describes the project.", required=True),
    Field("publisher_code", "string", "SCB-kod för utgivaren: kommunkod (4 siffror) eller länskod (2 siffror) för region.",
          "SCB code of the publisher: kommunkod (4 digits) or länskod (2 digits) for a region.",
          pattern=r"^\d{2}(\d{2})?$"),
    Field("publisher_type", "string", "kommun, region eller annan (t.ex. samverkansorgan).",
          "kommun, region or other (e.g. a joint body).", required=True, enum=("kommun", "region", "other")),
    Field("municipality_codes", "list[string]", "Kommunkoder för kommunerna där projektet bedrivs.",
          "kommunkoder of the municipalities where the project runs."),
    Field("municipalities", "list[string]", "Namn på kommunerna i municipality_codes (SCB:s korta namn).",
          "Names of the municipalities in municipality_codes (SCB short names)."),
    Field("organisations", "list[string]", "Ansvariga organisationer, nämnder eller förvaltningar.",
          "Responsible organisations, committees (nämnder) or departments."),
    Field("partners", "list[string]", "Samverkansparter.", "Partners (Samverkansparter)."),
    Field("funders", "list[string]", "Finansiärer.", "Funders."),
    Field("purpose", "string", "Syfte.", "Purpose (Syfte)."),
    Field("target_group", "string", "Målgrupp.", "Target group (Målgrupp)."),
    Field("description", "string", "Beskrivning av projektet.", "Description of the project."),
    Field("target_age_min", "float", "Lägsta ålder i målgruppen (år).", "Lowest age in the target group (years)."),
    Field("target_age_max", "float", "Högsta ålder i målgruppen (år).", "Highest age in the target group (years)."),
    Field("target_grade_min", "int", "Lägsta årskurs i målgruppen (förskoleklass = 0).",
          "Lowest school year in the target group (förskoleklass = 0)."),
    Field("target_grade_max", "int", "Högsta årskurs i målgruppen (gymnasiet = 10–12).",
          "Highest school year in the target group (upper secondary = 10–12)."),
    Field("start_date", "date", "Startdatum (första dagen i den period texten anger).",
          "Start date (first day of the interval the text gives)."),
    Field("start_precision", "string", "Precision för startdatum.", "Precision of start_date.", enum=PRECISIONS),
    Field("end_date", "date", "Slutdatum (sista dagen i den period texten anger).",
          "End date (last day of the interval the text gives)."),
    Field("end_precision", "string", "Precision för slutdatum.", "Precision of end_date.", enum=PRECISIONS),
    Field("budget_sek", "int", "Belopp i kronor.", "Amount in Swedish kronor."),
    Field("budget_basis", "string", "Om beloppet gäller totalt eller per år.", "Whether the amount is in total or per year.",
          enum=("total", "per_year")),
    Field("staffing_fte", "float", "Bemanning i heltidstjänster.", "Staffing in full-time equivalents."),
    Field("status", "string", "Status enligt sidan eller härledd ur perioden och sidans datum.",
          "Status as stated on the page, or implied by the period and the page's date.", enum=STATUSES),
    Field("themes", "list[string]",
          "Teman (härledda av socinv ur nyckelord, schemas/reference/themes.csv; inte uppgifter från sidan).",
          "Themes (derived by socinv from keywords, schemas/reference/themes.csv; not stated by the page)."),
    Field("source_url", "string", "Sidan uppgifterna kommer från.", "The page the values come from.", required=True),
    Field("source_urls", "list[string]", "Alla sidor där projektet beskrivs.", "All pages describing the project."),
    Field("page_updated", "date", "Sidans datum (Senast uppdaterad/Publicerad).", "The page's own date (last updated/published)."),
    Field("fetched_at", "timestamp", "När sidan hämtades (UTC).", "When the page was fetched (UTC)."),
    Field("extractor_version", "string", "Version av extraktionen som gav värdena.", "Version of the extractor."),
    Field("evidence", "string",
          "JSON: för varje fält textutdraget från sidan som värdet kommer från.",
          "JSON: for each field, the snippet of page text the value came from."),
    Field("first_seen", "date", "Första release där projektet fanns.", "First release containing the project."),
    Field("last_seen", "date", "Senaste release där projektet fanns på sin källa.", "Last release in which the source still had it."),
    Field("last_changed", "date", "Senaste release där något fält ändrades.", "Last release in which any field changed."),
    Field("removed_from_source", "bool", "Sant om projektet inte längre finns på källsidan (raden behålls).",
          "True when the source no longer has the project (the row is kept)."),
    Field("carried_forward", "bool",
          "Sant om raden förts över oförändrad från föregående release därför att källans senaste genomsökning "
          "såg fel ut (antalet projekt föll kraftigt eller blev noll); se carried_forward_reason.",
          "True when the row was carried over unchanged from the previous release because the latest crawl of "
          "its source looked wrong (its project count fell sharply or to nothing); see carried_forward_reason."),
    Field("carried_forward_reason", "string",
          "Varför raden förts över: källan och övervakningens varning (t.ex. \"0381: no projects (previous good "
          "crawl had 4)\").",
          "Why the row was carried over: the source and the monitor's flag (e.g. \"0381: no projects (previous "
          "good crawl had 4)\")."),
)

FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
BY_NAME = {f.name: f for f in FIELDS}

_ARROW = {
    "string": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "date": pa.date32(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "bool": pa.bool_(),
    "list[string]": pa.list_(pa.string()),
}


def arrow_schema(metadata: dict[str, str] | None = None) -> pa.Schema:
    fields = [
        pa.field(f.name, _ARROW[f.type], nullable=not f.required, metadata={"description": f.en, "description_sv": f.sv})
        for f in FIELDS
    ]
    return pa.schema(fields, metadata=metadata)


def polars_schema() -> dict:
    import polars as pl

    return {name: pl.from_arrow(pa.table({name: pa.array([], type=_ARROW[BY_NAME[name].type])})).schema[name]
            for name in FIELD_NAMES}


# Columns of the extracted (pre-dedup) records: everything but release history.
HISTORY_FIELDS = ("first_seen", "last_seen", "last_changed", "removed_from_source", "carried_forward",
                  "carried_forward_reason")
RECORD_FIELDS: tuple[str, ...] = tuple(n for n in FIELD_NAMES if n not in HISTORY_FIELDS and n not in ("project_id",))
