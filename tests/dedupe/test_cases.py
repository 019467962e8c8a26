"""Table-driven: near-duplicates that must merge, look-alikes that must not."""

from __future__ import annotations

import pytest

from conftest import period, record, region
from pipeline.dedupe import dedupe
from pipeline.urls import canonical_url

PURPOSE = "Att tidigt upptäcka barn i behov av stöd i förskolan och samordna insatser runt dem"
KUNGALV_PAGE = "https://www.kungalv.se/sociala-investeringar/multikompetent-team.4.5f1a2b3c16d9e8f7a6b51c2.html"


def _must_merge():
    base = dict(purpose=PURPOSE, partners=["Barn- och utbildningsförvaltningen"], **period("2016-01-01", "2023-12-31"))
    yield "same page under ?lang=sv", [
        record("Multikompetent team i förskolan", url=KUNGALV_PAGE, **base),
        record("Multikompetent team i förskolan", url=KUNGALV_PAGE + "?lang=sv", page_updated="2025-03-01", **base)]
    yield "same page: trailing slash, capitals, ?print=1", [
        record("Multikompetent team i förskolan", url="https://www.kungalv.se/sociala-investeringar/mkt", **base),
        record("Multikompetent team i förskolan", url="https://www.kungalv.se/Sociala-investeringar/MKT/", **base),
        record("Multikompetent team i förskolan", url="https://www.kungalv.se/sociala-investeringar/mkt?print=1",
               description="Utskriftsversion.", **base)]
    yield "same page: the plainest URL is kept", [
        record("Familjecentral", url="https://www.kungalv.se/a/fc?lang=sv", page_updated="2025-06-01"),
        record("Familjecentral", url="https://www.kungalv.se/a/fc", description="Ny text.")]
    yield "page moved to a new URL (exact duplicate)", [
        record("Multikompetent team i förskolan", url="https://www.kungalv.se/gammal/mkt", **base),
        record("Multikompetent team i förskolan", url="https://www.kungalv.se/ny-plats/mkt", **base)]
    yield "typo in the title on a news page", [
        record("Multikompetent team i förskolan", url=KUNGALV_PAGE, **base),
        record("Mlutikompetent team i förskolan", url="https://www.kungalv.se/nyheter/mkt-startar",
               description="Nu startar teamet.", **base)]
    yield "words reordered on a listing page", [
        record("Läxhjälp för nyanlända i Ytterby", **base),
        record("Ytterby: läxhjälp för nyanlända", url="https://www.kungalv.se/sociala-investeringar/", **base)]
    yield "listing gives a shorter name", [
        record("Multikompetent team i förskolan", url=KUNGALV_PAGE, **base),
        record("Multikompetent team", url="https://www.kungalv.se/sociala-investeringar/", **base)]
    yield "region's list names the municipality in the title", [
        record("Multikompetent team i förskolan", url=KUNGALV_PAGE, **base),
        region("Multikompetent team i förskolan, Kungälv", ["1482"], purpose=PURPOSE,
               **period("2016-01-01", "2023-12-31"))]
    yield "region's list item is untitled but quotes the purpose", [
        record("Multikompetent team i förskolan", url=KUNGALV_PAGE, **base),
        region(None, ["1482", "1481"], title_derived="Tidigt upptäcka barn i behov av stöd i förskolan", purpose=PURPOSE,
               **period("2016-01-01", "2023-12-31"))]
    yield "year precision on one page, month on the other", [
        record("Riktad drogprevention", url="https://www.kungalv.se/a/drog", **period("2016-03-01", "2021-02-28", "month")),
        record("Riktad drogprevention", url="https://www.kungalv.se/nyheter/drog", **period("2016-01-01", None))]
    yield "one page has no period", [
        record("Teknikstöd i skolan", url="https://www.kungalv.se/a/teknik", **period("2015-01-01", "2018-12-31")),
        record("Teknikstöd i skolan", url="https://www.kungalv.se/nyheter/teknik")]


def _must_not_merge():
    yield "two municipalities' Familjecentral", [
        record("Familjecentral", code="1482", **period("2020-01-01", "2022-12-31")),
        record("Familjecentral", code="1481", **period("2020-01-01", "2022-12-31"))]
    yield "two municipalities' Läxhjälp on the region's list", [
        region("Läxhjälp", ["1482"], **period("2020-01-01", "2022-12-31")),
        region("Läxhjälp", ["1481"], **period("2020-01-01", "2022-12-31"))]
    yield "same name, same municipality, 2014–2016 vs 2022–2024", [
        record("Läxhjälp", **period("2014-01-01", "2016-12-31")),
        record("Läxhjälp", **period("2022-01-01", "2024-12-31"))]
    yield "another district", [
        record("Läxhjälp för nyanlända i Ytterby"), record("Läxhjälp för nyanlända i Kareby")]
    yield "another phase number", [
        record("Partnerskapsatsning - SIM Spår 1"), record("Partnerskapsatsning - SIM Spår 2")]
    yield "a one-word name and a longer one", [
        record("Familjecentral"), record("Familjecentral Ytterby")]
    yield "untitled items with formulaic purposes about other districts", [
        region(None, ["1482"], title_derived="x", purpose="Att stärka skolresultaten hos nyanlända genom läxhjälp i Ytterby"),
        region(None, ["1482"], title_derived="y", purpose="Att stärka skolresultaten hos nyanlända genom läxhjälp i Kareby")]
    yield "one short boilerplate purpose under two project names", [
        record("Trygg mötesplats i Ytterby", purpose="Att förbättra hälsan hos barn och unga med nya arbetssätt"),
        region(None, ["1482"], title_derived="Förbättra hälsan hos barn och unga med nya arbetssätt",
               purpose="Att förbättra hälsan hos barn och unga med nya arbetssätt")]
    yield "texts naming other places", [
        record("Simskola", purpose="Att öka delaktigheten hos barn och unga genom simskola i Kungälv"),
        record(None, title_derived="Öka delaktigheten", purpose="Att öka delaktigheten hos barn och unga genom simskola i Ytterby")]
    yield "the seed pages' distinct projects", [
        record("Elevcoach mellanstadiet", code="0381"), record("Vägledande samspel, vägledarutbildning", code="0381")]


@pytest.mark.parametrize("records", [pytest.param(r, id=i) for i, r in _must_merge()])
def test_near_duplicates_merge(records):
    result = dedupe(records)
    assert len(result.projects) == 1, [p["title"] for p in result.projects]
    p = result.projects[0]
    pages = {canonical_url(r["source_url"]) for r in records}
    assert sorted(canonical_url(u) for u in p["source_urls"]) == sorted(pages)  # every page, each once
    assert p["source_url"] in p["source_urls"]
    assert len(result.sources) == len(records)  # every record's provenance is kept


@pytest.mark.parametrize("records", [pytest.param(r, id=i) for i, r in _must_not_merge()])
def test_look_alikes_stay_apart(records):
    result = dedupe(records)
    assert len(result.projects) == len(records)
    assert len({p["project_id"] for p in result.projects}) == len(records)


def test_plainest_url_of_a_page_is_published():
    result = dedupe([record("Familjecentral", url="https://www.kungalv.se/a/fc?lang=sv", page_updated="2025-06-01"),
                     record("Familjecentral", url="https://www.kungalv.se/a/fc", description="Ny text.")])
    assert result.projects[0]["source_urls"] == ["https://www.kungalv.se/a/fc"]
    assert result.projects[0]["source_url"] == "https://www.kungalv.se/a/fc"


def test_no_chain_through_a_joint_item():
    """The region's joint item may join one municipality's page, never both: they are two projects."""
    records = [record("Familjecentral", code="1482"), record("Familjecentral", code="1481"),
               region("Familjecentral", ["1482", "1481"])]
    result = dedupe(records)
    assert len(result.projects) == 2
    assert result.stats["merges_refused"] >= 1


def test_stats_count_each_stage():
    base = period("2016-01-01", "2023-12-31")
    records = [
        record("Multikompetent team i förskolan", url=KUNGALV_PAGE, **base),
        record("Multikompetent team i förskolan", url=KUNGALV_PAGE + "/", **base),  # exact duplicate (same content)
        record("Multikompetent team i förskolan", url=KUNGALV_PAGE + "?lang=sv", page_updated="2025-05-05",
               description="Ny text.", **base),  # same page, other content
        region("Multikompetent team i förskolan", ["1482"], **base),  # another site
        record("Läxhjälp", code="1481"),
    ]
    stats = dedupe(records).stats
    assert stats["records"] == 5
    assert stats["exact_duplicates"] == 1
    assert stats["same_source_merged"] == 1
    assert stats["cross_source_merged"] == 1
    assert stats["projects"] == 2
    assert (stats["records"] - stats["exact_duplicates"] - stats["same_source_merged"] - stats["cross_source_merged"]
            - stats["merged_by_decision"]) == stats["projects"]


def test_empty_input():
    result = dedupe([])
    assert result.projects == [] and result.sources == [] and result.stats["projects"] == 0
