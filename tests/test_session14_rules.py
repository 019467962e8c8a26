"""Rules found in the fourteenth session (known field gaps, and the blind sets heldout67 onwards), each tested in other
wordings and markup than the pages that showed them."""

from __future__ import annotations

from pipeline.extract import extract_page
from pipeline.swedish.orgs import split_organisations


def _records(body: str, title: str, url: str = "https://www.boras.se/kommunochpolitik/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Borås Stad, 501 80 Borås</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


# -- organisations: "A, B och C" is a list of three, not a unit and its parent and one more

def test_a_region_between_a_unit_and_the_lists_last_name_is_a_sibling():
    assert split_organisations("elevhälsan, Region Uppsala och Polisen") == ["elevhälsan", "Region Uppsala", "Polisen"]
    assert split_organisations("Länsstyrelsen, Region Västernorrland och Arbetsförmedlingen") == [
        "Länsstyrelsen", "Region Västernorrland", "Arbetsförmedlingen"]
    # alone, the region after a unit is still its parent
    assert split_organisations("Förskoleförvaltningen, Göteborgs Stad") == ["Förskoleförvaltningen, Göteborgs Stad"]
    # and a region's own care service keeps its region even inside a list
    assert split_organisations("Barnhälsovården, Region Halland och Hylte kommun") == [
        "Barnhälsovården, Region Halland", "Hylte kommun"]
    assert split_organisations("BUP, Region Dalarna och Falu kommun") == ["BUP, Region Dalarna", "Falu kommun"]
