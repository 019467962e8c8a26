"""``projects.xlsx``: the projects as an Excel workbook, for journalists.

Sheets:
- ``projekt``: one row per project, the schema's columns in order; header row frozen, autofilter. Codes and
  other text stay text (leading zeros kept), dates are real Excel dates, numbers are numbers, booleans are
  booleans, list cells are joined with "; ". Text cells a spreadsheet would run as a formula (starting with
  = + - @ TAB CR) get a leading apostrophe, exactly as in ``projects_excel.csv``.
- ``kolumner``: the data dictionary (name, type, Swedish and English description), from ``schemas.project``.
- ``om``: release, licence, source, and notes: rows left out because of Excel's row limit, cells cut at Excel's
  32,767-character cell limit.
"""

from __future__ import annotations

import datetime as dt
import math
import multiprocessing
from pathlib import Path

import polars as pl
import pyarrow as pa
import xlsxwriter

from pipeline.publish import columns as cols
from pipeline.publish.formats import LIST_SEPARATOR, neutralise_formula
from schemas.project import FIELD_NAMES, FIELDS, LICENSE_ID, LICENSE_URL, SCHEMA_VERSION

EXCEL_MAX_ROWS = 1_048_576  # rows per worksheet, header included
EXCEL_MAX_CELL_CHARS = 32_767
_TRUNCATED = " …[cut: Excel cell limit]"
# From this many projects on, publishing writes the workbook in a separate process while it writes the other
# files (the xlsx is about half of the work; the bytes written are the same either way).
BACKGROUND_MIN_ROWS = 50_000
_WIDTHS = {"string": 28, "int": 12, "float": 10, "date": 12, "timestamp": 20, "bool": 10, "list[string]": 36}
_WIDE = {"purpose": 60, "target_group": 40, "description": 70, "evidence": 50, "source_url": 50,
         "source_urls": 50, "project_id": 20, "publisher_code": 10, "municipality_codes": 16}


def _text(value: str) -> tuple[str, bool]:
    text = neutralise_formula(value)
    if len(text) > EXCEL_MAX_CELL_CHARS:
        return text[:EXCEL_MAX_CELL_CHARS - len(_TRUNCATED)] + _TRUNCATED, True
    return text, False


def _text_cells(values: pl.Series, is_list: bool) -> tuple[list, int]:
    """A text column's cells as written (``_text`` of the text, lists joined), None where no cell is written
    (a missing value, an empty list), and how many cells were cut; by polars over the whole column."""
    e = pl.col("v")
    if is_list:
        e = pl.when(e.list.len() > 0).then(e.list.join(LIST_SEPARATOR))
    e = cols.neutralised(e)
    too_long = e.str.len_chars() > EXCEL_MAX_CELL_CHARS
    cut = e.str.slice(0, EXCEL_MAX_CELL_CHARS - len(_TRUNCATED)) + pl.lit(_TRUNCATED)
    out = values.to_frame("v").select(text=pl.when(too_long).then(cut).otherwise(e), cut=too_long)
    return out.get_column("text").to_list(), int(out.get_column("cut").sum())


def _text_cells_of(values: list, is_list: bool) -> tuple[list, int]:
    """``_text_cells`` of Python values; one by one when they are not all (lists of) strings."""
    try:
        return _text_cells(pl.Series("v", values, dtype=pl.List(pl.Utf8) if is_list else pl.Utf8), is_list)
    except (TypeError, ValueError, pl.exceptions.PolarsError):
        texts = [None if v is None or (is_list and not v) else
                 _text(LIST_SEPARATOR.join(map(str, v)) if is_list else str(v)) for v in values]
        return [t and t[0] for t in texts], sum(t[1] for t in texts if t)


def _as_utc(v):
    return v.astimezone(dt.timezone.utc) if v.tzinfo else v


def _finite(v):
    return v if math.isfinite(float(v)) else None


def _sheet_columns(data: pa.Table | list[dict]) -> tuple[list[list], int]:
    """Each column of the sheet as the values written (None: no cell), and the number of cells cut."""
    columns, cells_cut = [], 0
    python = cols.columns_of(data, FIELD_NAMES) if isinstance(data, list) else None
    for f in FIELDS:
        if isinstance(data, pa.Table):
            values = data.column(f.name)
            series = pl.from_arrow(values) if f.type in ("string", "list[string]") else None
            values = values.to_pylist() if series is None else None
        else:
            values, series = python[f.name], None
        if f.type in ("string", "list[string]"):
            is_list = f.type == "list[string]"
            cells, cut = _text_cells(series, is_list) if series is not None else _text_cells_of(values, is_list)
            cells_cut += cut
        elif f.type in ("int", "float"):
            cells = [None if v is None else _finite(v) for v in values]
        elif f.type == "bool":
            cells = cols.mapped(values, bool, "bool")
        elif f.type == "timestamp":
            cells = cols.mapped(values, _as_utc, "timestamp")
        else:
            cells = values
        columns.append(cells)
    return columns, cells_cut


def write_xlsx(projects: list[dict] | pa.Table, path: Path, release: str, *, max_rows: int = EXCEL_MAX_ROWS,
               created: dt.datetime | None = None) -> dict:
    """Write the workbook; returns what did not fit: ``{"rows_written", "rows_left_out", "cells_cut"}``.

    ``projects``: the projects, or an Arrow table of them (``projects.parquet``); ``max_rows`` is Excel's sheet
    limit (header included); smaller values are for tests.
    """
    total = projects.num_rows if isinstance(projects, pa.Table) else len(projects)
    fit = projects.slice(0, max(0, max_rows - 1)) if isinstance(projects, pa.Table) else projects[:max(0, max_rows - 1)]
    n_fit = fit.num_rows if isinstance(fit, pa.Table) else len(fit)
    big = n_fit > 50_000
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": big, "strings_to_formulas": False,
                                         "strings_to_numbers": False, "strings_to_urls": False,
                                         "remove_timezone": True})
    if big:
        wb.use_zip64()  # a sheet of a million rows passes ZIP's 4 GB limit uncompressed (Excel 2010+ reads it)
    created = created or dt.datetime.now(dt.timezone.utc)
    wb.set_properties({"title": "Sociala investeringar i Sveriges kommuner och regioner",
                       "subject": f"socinv release {release}", "author": "socinv contributors",
                       "comments": f"Licence {LICENSE_ID} ({LICENSE_URL})",
                       "created": created.astimezone(dt.timezone.utc).replace(tzinfo=None)})
    header = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": False})
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    ts_fmt = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    text_fmt = wb.add_format({"num_format": "@"})  # typing into the cell keeps text (leading zeros)
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})

    ws = wb.add_worksheet("projekt")
    for col, f in enumerate(FIELDS):
        ws.set_column(col, col, _WIDE.get(f.name, _WIDTHS[f.type]), text_fmt if f.type == "string" else None)
        ws.write_string(0, col, f.name, header)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(n_fit, 1), len(FIELDS) - 1)
    columns, cells_cut = _sheet_columns(fit)
    writers = {"string": ws.write_string, "list[string]": ws.write_string, "int": ws.write_number,
               "float": ws.write_number, "bool": ws.write_boolean, "date": ws.write_datetime,
               "timestamp": ws.write_datetime}
    formats = {"date": date_fmt, "timestamp": ts_fmt}
    cells = [(col, writers[f.type], formats.get(f.type)) for col, f in enumerate(FIELDS)]
    # row by row, as constant_memory mode needs; the same calls, in the same order, as cell by cell from dicts
    for row, values in enumerate(zip(*columns), start=1):
        for (col, write, fmt), v in zip(cells, values):
            if v is not None:
                write(row, col, v, fmt)

    dd = wb.add_worksheet("kolumner")
    for col, (title, width) in enumerate((("kolumn", 22), ("typ", 12), ("beskrivning", 70), ("description", 70))):
        dd.set_column(col, col, width, wrap if col >= 2 else None)
        dd.write_string(0, col, title, header)
    dd.freeze_panes(1, 0)
    for row, f in enumerate(FIELDS, start=1):
        note = f" Listan skrivs med '{LIST_SEPARATOR}' mellan leden." if f.type == "list[string]" else ""
        note_en = f" List items are joined with '{LIST_SEPARATOR}'." if f.type == "list[string]" else ""
        if f.type == "timestamp":
            note, note_en = " Tid i UTC.", " Time in UTC."
        dd.write_string(row, 0, f.name)
        dd.write_string(row, 1, f.type)
        dd.write_string(row, 2, neutralise_formula(f.sv + note))
        dd.write_string(row, 3, neutralise_formula(f.en + note_en))

    left_out = total - n_fit
    about = wb.add_worksheet("om")
    about.set_column(0, 0, 24)
    about.set_column(1, 1, 100, wrap)
    lines = [
        ("Datamängd / dataset", "Sociala investeringar i Sveriges kommuner och regioner (socinv)"),
        ("Release", release),
        ("Schemaversion / schema version", SCHEMA_VERSION),
        ("Licens / licence", f"{LICENSE_ID}: {LICENSE_URL}"),
        ("Projekt / projects", f"{total} i datamängden, {n_fit} i fliken projekt / "
                               f"{total} in the dataset, {n_fit} in the sheet projekt"),
        ("Formler / formulas", "Text som börjar med = + - @ tabb eller vagnretur har fått en inledande apostrof (') "
                               "så att Excel inte kör den som formel; projects.parquet och projects.csv har "
                               "originaltexten. / Text starting with = + - @ tab or CR has a leading "
                               "apostrophe so that Excel does not run it as a formula; projects.parquet and "
                               "projects.csv have the original text."),
    ]
    if left_out:
        limit = f"{EXCEL_MAX_ROWS:,}".replace(",", "\u00a0")
        lines.append(("OBS: rader saknas / rows left out",
                      f"Excel rymmer högst {limit} rader per flik (rubriken inräknad); {left_out} projekt "
                      f"får inte plats och saknas här. Alla finns i projects.parquet, projects.csv och "
                      f"projects.sqlite. / Excel holds at most {limit} rows per sheet (header "
                      f"included); {left_out} projects did not fit and are missing here. All are in "
                      f"projects.parquet, projects.csv and projects.sqlite."))
    if cells_cut:
        lines.append(("OBS: celler kapade / cells cut",
                      f"{cells_cut} celler var längre än Excels gräns på {EXCEL_MAX_CELL_CHARS} tecken och slutar "
                      f"med '{_TRUNCATED.strip()}'. / {cells_cut} cells were longer than Excel's limit of "
                      f"{EXCEL_MAX_CELL_CHARS} characters and end with '{_TRUNCATED.strip()}'."))
    for row, (k, v) in enumerate(lines):
        about.write_string(row, 0, k, header)
        about.write_string(row, 1, v)
    wb.close()
    return {"rows_written": n_fit, "rows_left_out": left_out, "cells_cut": cells_cut}


class XlsxJob:
    """``write_xlsx`` running in the background (see :func:`start_xlsx`); ``result()`` waits for it."""

    def __init__(self, process=None, conn=None, result: dict | None = None):
        self.process, self.conn, self._result = process, conn, result

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def result(self) -> dict:
        if self.process is None:
            return self._result
        try:
            out = self.conn.recv()
        except EOFError:
            out = None
        self.process.join()
        code = self.process.exitcode
        self.conn.close()
        self.process = None
        if out is None:
            out = {"error": f"the xlsx writer process ended with exit code {code}"}
        if "error" in out:
            raise RuntimeError(f"writing projects.xlsx failed: {out['error']}")
        self._result = out
        return out

    def cancel(self) -> None:
        if self.process is None:
            return
        self.process.kill()
        self.process.join()
        self.conn.close()
        self.process = None


def _xlsx_worker(parquet: str, path: str, release: str, created: str | None, conn) -> None:  # pragma: no cover
    """In the child: the projects come from the staged Parquet file, not from the parent's memory."""
    import gc

    import pyarrow.parquet as pq

    gc.disable()  # a short-lived process holding millions of cell tuples without cycles: the collector only costs
    try:
        projects = pq.read_table(parquet)
        conn.send(write_xlsx(projects, Path(path), release,
                             created=dt.datetime.fromisoformat(created) if created else None))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        conn.send({"error": f"{type(exc).__name__}: {exc}"})
    finally:
        conn.close()


def start_xlsx(projects: list[dict], path: Path, release: str, *, created: dt.datetime | None = None,
               parquet: Path | None = None) -> XlsxJob:
    """``write_xlsx`` in a separate process when the workbook is big (``BACKGROUND_MIN_ROWS``) and the projects
    are already written to ``parquet``, so that the caller writes the other files meanwhile; otherwise right
    here. The process is *spawned*, not forked: forking a process that runs threads (Prefect's) can deadlock
    the child on a lock some thread held. Call ``result()`` (or ``cancel()``) on what it returns."""
    if len(projects) < BACKGROUND_MIN_ROWS or parquet is None:
        return XlsxJob(result=write_xlsx(projects, path, release, created=created))
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_xlsx_worker, name="socinv-xlsx", daemon=True,
                       args=(str(parquet), str(path), release, created.isoformat() if created else None, child))
    proc.start()
    child.close()
    return XlsxJob(proc, parent)
