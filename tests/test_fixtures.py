"""Every saved page with expected records: one test per field of every expected record, plus one that
no unexpected record appears. Adding a fixture folder adds its tests; nothing here names a page."""

from __future__ import annotations

import datetime as dt
import functools
import json

import pytest

from fixture_cases import CHECKED_FIELDS, Case, cases

CASES = cases()


@functools.cache
def extracted(case: Case) -> list[dict]:
    return case.extract()


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return value
    return value


def _field_params():
    for case in CASES:
        for i, rec in enumerate(case.expected_records()):
            for field in CHECKED_FIELDS:
                yield pytest.param(case, i, field, id=f"{case.id}[{i}].{field}")


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_no_unexpected_records(case: Case):
    got = [r.get("title") or r.get("title_derived") for r in extracted(case)]
    want = [r.get("title") or r.get("title_derived") for r in case.expected_records()]
    assert got == want


@pytest.mark.parametrize("case,index,field", list(_field_params()))
def test_field(case: Case, index: int, field: str):
    expected = case.expected_records()[index]
    assert field in expected, f"{case.expected} record {index} must state {field} (null if the page does not)"
    records = extracted(case)
    assert index < len(records), f"only {len(records)} records extracted"
    assert _plain(records[index].get(field)) == expected[field]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_every_value_has_evidence(case: Case):
    """A journalist can check any value against the page: each filled field names its snippet."""
    evidence_for = {"title": "title", "purpose": "purpose", "target_group": "target_group",
                    "start_date": "period", "budget_sek": "budget_sek", "staffing_fte": "staffing_fte",
                    "partners": "partners", "status": "status", "title_derived": "title_derived"}
    for rec in extracted(case):
        ev = json.loads(rec["evidence"])
        for field, key in evidence_for.items():
            if rec.get(field) not in (None, []):
                assert ev.get(key), f"{rec.get('title')}: {field} has no evidence"
