"""The seed texts themselves (plain text, markup lost) must give the same projects as the HTML snapshot.

Same words, no markup: a check that extraction rests on the language of the page, not on its HTML.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fixture_cases import ROOT, SNAPSHOT, snapshot_url
from pipeline.extract import extract_page

SEEDS = ROOT.parent / "shared" / "seeds"
PAGES = {
    "kungalv-sociala-investeringar.txt": "www.kungalv.se/kommun-och-politik/sociala-investeringar/"
                                         "sociala-investeringar-blir-nu-konkreta-insatser-och-resurser"
                                         ".4.5f1a2b3c16d9e8f7a6b51c2.html",
    "fyrbodal-sim-spar-2.txt": "www.vardsamverkanfyrbodal.se/projekt/partnerskapsatsning-i-fyrbodal---sim-spar-2/"
                               "index.html",
    "sandviken-14-miljoner.txt": "sandviken.se/nyheter/14-miljoner-for-att-minska-utanforskap---lyckat-skolprojekt-"
                                 "far-del-av-pengarna.html",
    "vgr-pagaende-sociala-investeringar.txt": "www.vgregion.se/regional-utveckling/verksamhetsomraden/"
                                              "social-hallbarhet/sociala-investeringar/pagaende-sociala-investeringar/"
                                              "index.html",
    "enkoping-sociala-investeringar.txt": "www.enkoping.se/kommun-och-politik/sociala-investeringar/index.html",
}
COMPARED = ("title", "title_derived", "municipality_codes", "partners", "organisations", "funders", "start_date",
            "end_date", "start_precision", "end_precision", "budget_sek", "staffing_fte", "target_age_min",
            "target_age_max", "target_grade_min", "target_grade_max", "status", "purpose", "target_group")

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present")


def _plain(v):
    return v.isoformat() if hasattr(v, "isoformat") else v


@pytest.mark.parametrize("seed", sorted(PAGES))
def test_seed_text_gives_the_snapshot_records(seed):
    page = SNAPSHOT / PAGES[seed]
    expected = json.loads(page.with_name(page.name[:-5] + ".expected.json").read_text(encoding="utf-8"))
    got = extract_page((SEEDS / seed).read_bytes(), snapshot_url(page), "text/plain; charset=utf-8")
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        for field in COMPARED:
            if field == "status" and e["page_updated"] and not g["page_updated"]:
                continue
            assert _plain(g[field]) == e[field], f"{seed}: {e['title'] or e['title_derived']}: {field}"
