"""Characters a reader never sees (soft hyphen, word joiner, byte order mark) do not cut the words they sit in.

Municipal editors put "&shy;" into long compound words ("Samverkans&shy;parter", "Social&shy;investerings&shy;fond")
so that they break in a narrow column; read as a character, it made "Mål­grupp:" no label and the target group,
partners and period behind such labels were lost.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_page
from pipeline.extract import document as d
from pipeline.swedish.dates import parse_page_date

_PAGE = ("<html><body><main><h1>Tidiga insatser i förskolan</h1>"
         "<p><strong>Syfte:</strong> Att stärka barns språk.</p>"
         "<p><strong>Mål{x}grupp:</strong> Barn 3–5 år i för{x}skolan.</p>"
         "<p><strong>Tids{x}period:</strong> 2021–2023</p>"
         "<p><strong>Samverkans{x}parter:</strong> Region Halland, Rädda Barnen</p>"
         "<p><strong>Bud{x}get:</strong> 1,2 miljoner kronor</p>"
         "<p>Senast uppdaterad: 3 m{x}aj 2024</p></main></body></html>")


@pytest.mark.parametrize("invisible", ["&shy;", "\u00ad", "&#8288;", "\u2060", "\ufeff", "&shy;&shy;"])
def test_invisible_characters_change_no_record(invisible):
    url = "https://www.kungsbacka.se/projekt/tidiga-insatser/"
    plain = extract_page(_PAGE.format(x="").encode(), url, "text/html")
    assert extract_page(_PAGE.format(x=invisible).encode(), url, "text/html") == plain
    (rec,) = plain
    assert rec["target_group"] == "Barn 3–5 år i förskolan."
    assert rec["partners"] == ["Region Halland", "Rädda Barnen"]
    assert str(rec["end_date"]) == "2023-12-31" and rec["budget_sek"] == 1_200_000
    assert str(rec["page_updated"]) == "2024-05-03"


@pytest.mark.parametrize("text", ["Samverkans\u00adparter", "a\u00ad\u0308", "\u00ad", " \u2060 x \ufeff\n\u00ad\n y"])
def test_clean_text_drops_them(text):
    cleaned = d.clean_text(text)
    assert not any(c in cleaned for c in d.INVISIBLE)
    assert cleaned == d.clean_text(cleaned)


def test_page_date_pieces_read_the_full_text_without_them():
    """The page-date pieces are cut from the text the full text is made of: with a soft hyphen in the label's
    neighbourhood, in the date and elsewhere, the latest date is still the full text's."""
    filler = "".join(f"<p>Stycke {i} om n\u00adågot annat.</p>\n" for i in range(40))
    for date in ("3 m\u00adaj 2021", "2021-05-03", "3 maj 20\u00ad21", "\u00ad3 maj 2021"):
        page = (f"<html><body>{filler}<p>Sidan senast upp\u00ad<b>daterad</b> {date}</p><p>Senast uppdaterad: {date}</p>"
                f"{filler}</body></html>")
        doc = d.parse_html(page.encode(), "https://example.se/x")
        assert not any(c in doc.full_text for c in d.INVISIBLE)
        assert max(map(parse_page_date, doc.page_date_texts)) == parse_page_date(doc.full_text)
        assert str(parse_page_date(doc.full_text)) == "2021-05-03"
