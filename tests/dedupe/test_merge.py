"""Merging: which page speaks for the project, which value wins, and which differences are conflicts."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import D, period, record, region
from pipeline.dedupe import dedupe
from pipeline.dedupe.merge import merge_budget, merge_date, merge_text

OWN = "https://www.kungalv.se/sociala-investeringar/multikompetent-team.4.5f1a.html"
NEWS = "https://www.kungalv.se/nyheter/multikompetent-team-startar"
LIST = "https://www.vgregion.se/sociala-investeringar/pagaende-sociala-investeringar/"


def one(records):
    result = dedupe(records)
    assert len(result.projects) == 1, [p["title"] for p in result.projects]
    return result.projects[0]


def test_own_project_page_is_the_source_url_over_list_and_news():
    p = one([region("Multikompetent team i förskolan", ["1482"], url=LIST),
             record("Multikompetent team i förskolan", url=NEWS),
             record("Multikompetent team i förskolan", url=OWN, description="Teamet arbetar i förskolan.")])
    assert p["source_url"] == OWN
    assert p["source_urls"][0] == OWN and set(p["source_urls"]) == {OWN, NEWS, LIST}
    assert (p["publisher"], p["publisher_code"], p["publisher_type"]) == ("Kungälv", "1482", "kommun")


def test_lists_are_united_in_order_without_repeats():
    p = one([record("Läxhjälp i Ytterby", url=OWN, partners=["Elevhälsan", "Polisen"], funders=["Kungälvs kommun"]),
             region("Läxhjälp i Ytterby", ["1482", "1481"], partners=["polisen", "Arbetsförmedlingen"],
                    funders=["Västra Götalandsregionen"])])
    assert p["partners"] == ["Elevhälsan", "Polisen", "Arbetsförmedlingen"]
    assert p["funders"] == ["Kungälvs kommun", "Västra Götalandsregionen"]
    assert p["municipality_codes"] == ["1482", "1481"]
    assert p["municipalities"] == ["Kungälv", "Mölndal"]
    assert p["conflicts"] == {}


def test_more_precise_date_wins_without_conflict():
    p = one([record("Riktad drogprevention", url=NEWS, **period("2016-01-01", "2021-12-31")),
             record("Riktad drogprevention", url=OWN, **period("2016-03-01", "2021-02-28", "month"))])
    assert (p["start_date"], p["start_precision"]) == (D("2016-03-01"), "month")
    assert (p["end_date"], p["end_precision"]) == (D("2021-02-28"), "month")
    assert p["conflicts"] == {}


def test_different_dates_are_a_conflict_and_the_precise_one_is_kept():
    p = one([record("Riktad drogprevention", url=OWN, **period("2016-01-01", "2021-12-31")),
             record("Riktad drogprevention", url=NEWS, **period("2017-03-01", "2021-12-31", "month"))])
    assert p["start_date"] == D("2017-03-01")
    assert p["conflicts"]["start_date"] == ["2016-01-01", "2017-03-01"]


def test_rounded_budget_is_not_a_conflict_but_another_amount_is():
    assert merge_budget([{"budget_sek": 1_200_000, "budget_basis": None},
                         {"budget_sek": 1_234_000, "budget_basis": "total"}]) == (1_234_000, "total", {})
    amount, basis, conflicts = merge_budget([{"budget_sek": 8_000_000, "budget_basis": "total"},
                                             {"budget_sek": 6_500_000, "budget_basis": "total"}])
    assert amount == 6_500_000 and conflicts == {"budget_sek": [8_000_000, 6_500_000]}


def test_budget_conflict_is_recorded_on_the_project():
    p = one([record("Teknikstöd i skolan", url=OWN, budget_sek=8_000_000, budget_basis="total"),
             record("Teknikstöd i skolan", url=NEWS, budget_sek=6_000_000, budget_basis="total")])
    assert p["conflicts"] == {"budget_sek": [8_000_000, 6_000_000]}


@pytest.mark.parametrize("values,prefer_first,chosen,conflict", [
    (["Barn 0–6 år", "Barn 0–6 år och deras föräldrar"], False, "Barn 0–6 år och deras föräldrar", False),
    (["Barn 0–6 år", "Barn 0-6 år"], False, "Barn 0–6 år", False),  # punctuation only
    (["Barn 0–6 år", "Ungdomar 13–18 år"], False, "Ungdomar 13–18 år", True),  # longest kept, conflict recorded
    (["Multikompetent team", "Multikompetent team i förskolan"], True, "Multikompetent team i förskolan", False),
    (["Multikompetent team i förskolan", "Mlutikompetent team i förskolan"], True, "Multikompetent team i förskolan",
     False),  # a typo is not a conflict; the representative's spelling wins
    (["Familjecentral", "Öppen förskola"], True, "Familjecentral", True),
])
def test_text_rules(values, prefer_first, chosen, conflict):
    value, conflicts = merge_text(values, 90 if prefer_first else 95, prefer_first)
    assert value == chosen
    assert (conflicts is not None) is conflict


def test_status_comes_from_the_newest_page_and_differences_are_recorded():
    p = one([record("Teknikstöd i skolan", url=OWN, status="ongoing", page_updated="2023-06-28"),
             record("Teknikstöd i skolan", url=NEWS, status="finished", page_updated="2025-02-01")])
    assert p["status"] == "finished"
    assert p["conflicts"]["status"] == ["ongoing", "finished"]


def test_title_derived_only_when_untitled():
    purpose = "Att tidigt upptäcka barn i behov av stöd i förskolan"
    p = one([record("Multikompetent team i förskolan", url=OWN, purpose=purpose),
             region(None, ["1482"], title_derived="Tidigt upptäcka barn i behov av stöd i förskolan", purpose=purpose)])
    assert p["title"] == "Multikompetent team i förskolan" and p["title_derived"] is None


def test_sources_keep_every_record_with_provenance():
    recs = [record("Teknikstöd i skolan", url=OWN, evidence='{"title": "Teknikstöd i skolan"}'),
            record("Teknikstöd i skolan", url=NEWS, evidence='{"title": "Teknikstöd"}')]
    result = dedupe(recs)
    pid = result.projects[0]["project_id"]
    assert [s["source_url"] for s in result.sources] == [OWN, NEWS]
    assert all(s["project_id"] == pid for s in result.sources)
    assert {s["evidence"] for s in result.sources} == {r["evidence"] for r in recs}
    assert set(result.sources[0]) >= {"project_id", "source_url", "source_id", "page_sha256", "fetched_at", "evidence",
                                      "extractor_version", "title", "record_key"}


def test_projects_carry_every_record_field():
    from schemas.project import RECORD_FIELDS

    p = one([record("Teknikstöd i skolan", url=OWN), record("Teknikstöd i skolan", url=NEWS)])
    assert set(RECORD_FIELDS) | {"project_id", "conflicts"} <= set(p)
    assert "page_sha256" not in p and "source_id" not in p


def test_merge_date_helper():
    recs = [{"start_date": dt.date(2016, 1, 1), "start_precision": "year"},
            {"start_date": dt.date(2016, 3, 1), "start_precision": "season"}]
    assert merge_date(recs, "start_date") == (dt.date(2016, 3, 1), "season", None)
