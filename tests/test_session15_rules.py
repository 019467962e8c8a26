"""Rules and exact shortcuts of the fifteenth session, each tested in other wordings and markup than the pages that
showed them."""

from __future__ import annotations

from pipeline.extract import extract_page


def _records(body: str, title: str, url: str = "https://www.lerum.se/kommun-och-politik/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Lerums kommun, 443 80 Lerum</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


# -- the owner who answers for the work by its name (the name's pattern compiled once, with a placeholder word)

def test_the_owner_answers_for_the_work_by_its_name():
    body = ("<p>Steget vidare är en social investering för unga vuxna som står långt från arbetsmarknaden.</p>"
            "<p>Individ- och familjeomsorgen ansvarar för Steget vidare, som startade 2023.</p>")
    [record] = _records(body, "Steget vidare")
    assert record["organisations"] == ["Individ- och familjeomsorgen"]


def test_a_name_with_the_signs_of_a_pattern_is_read_as_it_stands():
    body = ("<p>Unga in (1+1) är en social investering för unga som varken arbetar eller studerar.</p>"
            "<p>Försäkringskassan ansvarar för Unga in (1+1) sedan 2024, och ungdomarna träffar en coach varje vecka.</p>")
    [record] = _records(body, "Unga in (1+1)")
    assert record["organisations"] == ["Försäkringskassan"]
    # the placeholder never leaks into what the record says
    assert "PROJEKTNAMNET" not in repr(record)
