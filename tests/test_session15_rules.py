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


def _page(title: str, *paragraphs: str, heading: str | None = None) -> list[dict]:
    """A one-project page: a lead, the paragraphs (under ``heading`` if given) and a period."""
    body = (f"<p>{title} är en social investering för barn och unga som behöver stöd, finansierad av sociala "
            f"investeringsfonden.</p>" + (f"<h2>{heading}</h2>" if heading else "")
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "<p>Den pågår 2025–2027.</p>")
    return _records(body, title)


# -- the owner as the work's organisational home

def test_the_owner_is_where_the_work_has_its_home():
    cases = {
        "Projektet har sin hemvist i Hälsa och rehabilitering, en enhet inom omsorgsförvaltningen.":
            ["Hälsa och rehabilitering"],
        "Satsningen sorterar under Kultur- och fritidsförvaltningen, där aktivitetsansvaret finns.":
            ["Kultur- och fritidsförvaltningen"],
        "Insatsen hör organisatoriskt hemma hos socialtjänsten men drivs i skolans lokaler.": ["socialtjänsten"],
        "Projektet ligger under arbetsmarknadsenheten och har två anställda.": ["arbetsmarknadsenheten"],
        "Grön väg har sin hemvist i Fritidsgården Oasen.": ["Fritidsgården Oasen"],
    }
    for sentence, owners in cases.items():
        [record] = _page("Grön väg", sentence)
        assert record["organisations"] == owners, sentence


def test_where_the_work_is_done_is_not_its_owner():
    for sentence in ("Insatsen ligger i Centrum, nära stationen.", "Projektet är placerat på Backaskolan.",
                     "Arbetet pågår under hösten 2025 och våren 2026."):
        [record] = _page("Grön väg", sentence)
        assert record["organisations"] == [], sentence


def test_the_owner_has_the_projects_responsibility():
    cases = {
        "Elevhälsan tog initiativet till projektet och har också projektansvaret.": ["Elevhälsan"],
        "Socialförvaltningen har projektansvaret.": ["Socialförvaltningen"],
        "Fritidsgården Kvarnen har det övergripande ansvaret för satsningen.": ["Fritidsgården Kvarnen"],
    }
    for sentence, owners in cases.items():
        [record] = _page("Hela dagen", sentence)
        assert record["organisations"] == owners, sentence


# -- partners: each the subject of its own clause under a partner heading; those the work "has brought on board"

def test_partners_as_the_subjects_of_the_clauses_under_a_partner_heading():
    [record] = _page("Grön väg", "Bergslagens Skogsvård AB tog emot deltagarna för praktik i skogen, Studiefrämjandet "
                     "Bergslagen höll i kurserna, och Vårdcentralen Hällefors – en del av Region Örebro län – hade en "
                     "kontaktperson för deltagarna.", heading="Partner")
    assert record["partners"] == ["Bergslagens Skogsvård AB", "Studiefrämjandet Bergslagen", "Vårdcentralen Hällefors"]
    [record] = _page("Grön väg", "Polisen är med på kvällarna och Röda Korset bjuder på fika.", heading="Samverkan")
    assert record["partners"] == ["Polisen", "Röda Korset"]


def test_people_and_time_words_that_begin_clauses_are_not_partners():
    [record] = _page("Grön väg", "Föräldrarna deltar i träffarna. Under hösten ordnar vi en föreläsning. Anna "
                     "Svensson leder grupperna.", heading="Samverkan")
    assert record["partners"] == []


def test_partners_the_work_has_brought_on_board():
    cases = {
        "Utöver skolan har projektet fått med sig Falkenbergs bibliotek och Falkenbergs Orkesterförening, vars "
        "medlemmar spelar med barnen.": ["Falkenbergs bibliotek", "Falkenbergs Orkesterförening"],
        "Satsningen har också fått med sig Hyresgästföreningen och IK Sirius.": ["Hyresgästföreningen", "IK Sirius"],
        "Sedan i våras har vi fått med oss Svenska kyrkan i Tierp.": ["Svenska kyrkan i Tierp"],
        "Barnen har fått med sig nya verktyg hem.": [],
    }
    for sentence, partners in cases.items():
        [record] = _page("Grön väg", sentence)
        assert record["partners"] == partners, sentence


# -- a fact list's label the fields do not read, set apart by its class: a label line, not a glued word

def test_a_label_by_its_class_is_a_label_line():
    from pipeline.extract.document import parse_html

    html = ("<html><body><main><h1>Läsfest</h1><ul class='c-facts'>"
            "<li class='c-fact'><strong class='c-fact__label'>Öppettider</strong><span class='c-fact__value'>"
            "Måndag–fredag 9–16</span></li>"
            "<li><span class='meta-term'>Arrangör</span><span class='meta-value'>Biblioteket</span></li>"
            "<li><strong>Viktigt</strong><span>Ta med legitimation</span></li></ul></main></body></html>")
    lines = [b.text for b in parse_html(html.encode(), "https://www.ale.se/x").blocks if b.kind == "li"]
    assert lines[:2] == ["Öppettider: Måndag–fredag 9–16", "Arrangör: Biblioteket"]
    assert lines[2] == "ViktigtTa med legitimation"  # no label class: the text as the page gives it


def test_a_collection_drive_with_an_events_labels_is_no_project():
    facts = "".join(f"<li class='c-fact'><strong class='c-fact__label'>{k}</strong><span class='c-fact__value'>{v}"
                    "</span></li>" for k, v in (
                        ("Datum", "3 november–5 december 2025"), ("Plats", "Kulturhuset, Storgatan 1"),
                        ("Sista dag att lämna in", "Fredag 5 december"),
                        ("Arrangör", "Ale kommun, Svenska kyrkan i Ale och Lions Club Ale med flera föreningar")))
    body = ("<p>Tillsammans med Svenska kyrkan samlar vi in vinterkläder till barn och unga 0–17 år i familjer med "
            f"små marginaler. Insamlingen är en del av den sociala investeringen Fritid för alla.</p><ul>{facts}</ul>"
            "<h2>Så här gör du</h2><p>Lämna rena kläder i en påse, senast den 5 december.</p>")
    assert _records(body, "Skänk vinterkläder till ett barn") == []
    from pipeline.extract import is_event_page, parse_page

    html = f"<html><body><main><h1>Skänk vinterkläder till ett barn</h1>{body}</main></body></html>"
    assert is_event_page(parse_page(html.encode(), "https://www.ale.se/x", "text/html"))
