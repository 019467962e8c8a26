"""Reviewed decisions override the matcher: forced matches, forbidden matches, every key form."""

from __future__ import annotations

import pytest

from conftest import period, record, region
from pipeline.dedupe import DEFAULT_DECISIONS, dedupe
from pipeline.dedupe.decisions import DecisionsError, read_decisions

HEADER = "# a comment\na,b,decision,reviewer,note\n"
OWN = "https://www.kungalv.se/sociala-investeringar/familjehuset"
LIST = "https://www.vgregion.se/sociala-investeringar/pagaende-sociala-investeringar/"


def write(tmp_path, *rows):
    path = tmp_path / "dedup_decisions.csv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_repository_file_is_header_only_and_parses():
    assert DEFAULT_DECISIONS.exists()
    assert read_decisions(DEFAULT_DECISIONS) == []
    lines = [ln for ln in DEFAULT_DECISIONS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert lines == ["a,b,decision,reviewer,note"]


def test_match_by_record_keys_joins_what_the_matcher_keeps_apart(tmp_path):
    recs = [record("Familjehuset Klippan", url=OWN),
            region("Stöd till familjer i Kungälv", ["1482"], url=LIST)]
    assert len(dedupe(recs).projects) == 2
    path = write(tmp_path, f"{OWN}/#Familjehuset klippan,{LIST}?lang=sv#Stöd till familjer i Kungälv,match,anna,same")
    result = dedupe(recs, decisions=path)
    assert len(result.projects) == 1
    assert result.stats["decisions_applied"] == 1 and result.stats["merged_by_decision"] == 1
    assert result.projects[0]["source_url"] == OWN


def test_no_match_keeps_near_duplicates_apart_even_through_a_third_record(tmp_path):
    recs = [record("Läxhjälp för nyanlända", url=OWN),
            record("Läxhjälp för nyanlända", url="https://www.kungalv.se/nyheter/laxhjalp", description="Nyhet."),
            record("Laxhjalp for nyanlanda", url="https://www.kungalv.se/lista")]
    assert len(dedupe(recs).projects) == 1
    path = write(tmp_path, f"{OWN}#Läxhjälp för nyanlända,https://www.kungalv.se/nyheter/laxhjalp,no_match,anna,")
    result = dedupe(recs, decisions=path)
    assert len(result.projects) == 2
    by_url = {u: p["project_id"] for p in result.projects for u in p["source_urls"]}
    assert by_url[OWN] != by_url["https://www.kungalv.se/nyheter/laxhjalp"]
    assert result.stats["decisions_applied"] == 1


def test_project_ids_name_the_previous_release_projects(tmp_path):
    recs = [record("Familjecentral", code="1482", url=OWN), record("Öppen förskola", code="1482")]
    first = dedupe(recs)
    ids = sorted(p["project_id"] for p in first.projects)
    path = write(tmp_path, f"{ids[0]},{ids[1]},match,anna,one project")
    again = dedupe(recs, previous=first.projects, decisions=path)
    assert len(again.projects) == 1
    kept = again.projects[0]["project_id"]
    assert kept in ids
    # the other previous id is not silently dropped: it is reported as merged into the kept one
    assert again.stats["previous_ids_merged"] == 1
    assert again.stats["id_merges"] == [{"project_id": kept, "merged": next(i for i in ids if i != kept)}]


def test_page_key_names_every_record_on_the_page(tmp_path):
    recs = [region("Läxhjälp", ["1482"], url=LIST), region("Fältverksamhet", ["1482"], url=LIST),
            record("Läxhjälp och fältverksamhet", url=OWN)]
    path = write(tmp_path, f"{LIST},{OWN},match,anna,the region lists the two halves of one project")
    assert len(dedupe(recs, decisions=path).projects) == 1


def test_contradicting_decisions_are_counted_not_applied(tmp_path):
    a, b = "https://www.kungalv.se/a#Alfa", "https://www.kungalv.se/b#Beta"
    recs = [record("Alfa", url="https://www.kungalv.se/a"), record("Beta", url="https://www.kungalv.se/b")]
    path = write(tmp_path, f"{a},{b},no_match,anna,", f"{a},{b},match,bertil,")
    result = dedupe(recs, decisions=path)
    assert len(result.projects) == 2
    assert result.stats["decisions_conflicting"] == 1 and result.stats["decisions_applied"] == 1


def test_unresolved_rows_are_counted(tmp_path):
    path = write(tmp_path, "https://www.kungalv.se/finns-inte#X,1482-0123456789ab,match,anna,")
    result = dedupe([record("Alfa")], decisions=path)
    assert result.stats["decisions_unresolved"] == 1 and result.stats["decisions_applied"] == 0


@pytest.mark.parametrize("row", ["a,b,merge,anna,", ",b,match,anna,"])
def test_malformed_rows_are_errors(tmp_path, row):
    with pytest.raises(DecisionsError):
        read_decisions(write(tmp_path, row))


def test_missing_file_means_no_decisions(tmp_path):
    assert dedupe([record("Alfa")], decisions=tmp_path / "none.csv").stats["decisions_applied"] == 0


def test_record_keys_in_sources_round_trip(tmp_path):
    """The ``record_key`` column of ``sources`` is a valid decisions key."""
    recs = [record("Läxhjälp i Ytterby", **period("2014-01-01", "2016-12-31")),
            record("Läxhjälp i Ytterby", **period("2015-01-01", "2017-12-31"))]
    keys = [s["record_key"] for s in dedupe(recs).sources]
    assert len(dedupe(recs).projects) == 1
    path = write(tmp_path, f"{keys[0]},{keys[1]},no_match,anna,")
    assert len(dedupe(recs, decisions=path).projects) == 2
