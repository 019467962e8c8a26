"""Rules found in the eleventh session (a statutory service's page, and the blind sets heldout38 onwards), each
tested in other wordings and markup than the pages that showed them."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import extract_page
from pipeline.swedish.dates import parse_period
from pipeline.swedish.staffing import parse_staffing


def _records(body: str, title: str, url: str = "https://www.hallsberg.se/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Hallsbergs kommun, 694 80 Hallsberg</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


def test_a_statutory_services_page_holds_no_project():
    # An LSS service: its start year, its fee in kronor, its ages and "beviljas" are the service's.
    assert _records(
        "<p>Ledsagarservice är en insats enligt LSS för dig som behöver stöd för att delta i fritidsaktiviteter.</p>"
        "<h2>Vem kan få ledsagarservice?</h2><p>Insatsen riktar sig till personer mellan 18 och 65 år med en "
        "funktionsnedsättning. Den beviljas efter en utredning av en LSS-handläggare.</p>"
        "<h2>Avgift</h2><p>Insatsen är avgiftsfri, men du betalar själv dina egna kostnader, högst 300 kronor i "
        "månaden för ledsagarens entréer.</p>"
        "<h2>Nytt arbetssätt</h2><p>Sedan mars 2023 samordnar vi ledsagningen med daglig verksamhet.</p>",
        "Ledsagarservice") == []
    assert _records(
        "<p>Hemtjänst är bistånd enligt socialtjänstlagen. Den beviljas efter en ansökan och riktar sig till dig "
        "som är över 65 år. Sedan januari 2024 har hemtjänsten nya larm. Avgiften är högst 2 359 kronor i månaden.</p>",
        "Hemtjänst") == []


def test_a_project_that_offers_a_statutory_service_is_still_a_project():
    (rec,) = _records(
        "<p>Projektet Boendecoach prövar ett nytt sätt att ge boendestöd, som är en insats enligt socialtjänstlagen, "
        "till unga vuxna 18–25 år.</p><p>Projektet pågår från januari 2025 till december 2026 och har fått "
        "1,2 miljoner kronor ur den sociala investeringsfonden.</p>", "Boendecoach")
    assert rec["title"] == "Boendecoach" and rec["budget_sek"] == 1_200_000
    assert (rec["target_age_min"], rec["target_age_max"]) == (18, 25)


def test_a_name_and_one_sentence_under_a_heading_that_lists_projects():
    # The other items are read by their labels; the one told in a sentence is an item of the same list.
    recs = _records(
        "<p>Här är de projekt som fått pengar ur fonden.</p>"
        "<h2>Pågående projekt</h2>"
        "<h3>Familjestöd i Vretstorp</h3><p>Stöd till familjer i förskolan.</p>"
        "<ul><li>Tid: 2024–2026</li><li>Belopp: 800 000 kr</li><li>Ansvarig: Socialförvaltningen</li></ul>"
        "<h3>Kompisbussen</h3><p>Projektet kör barn i Hallsberg till fritidsaktiviteter på helgerna.</p>"
        "<h3>Språkfika</h3><ul><li>Tid: 2025–2026</li><li>Belopp: 150 000 kr</li><li>Ansvarig: Biblioteket</li></ul>"
        "<h2>Kommuner utan projekt</h2><h3>Pålsboda</h3><p>Inga projekt har beviljats ännu.</p>",
        "Sociala investeringar i Hallsberg")
    assert [r["title"] for r in recs] == ["Familjestöd i Vretstorp", "Kompisbussen", "Språkfika"]
    assert recs[1]["budget_sek"] is None and recs[1]["start_date"] is None


def test_outside_a_list_a_name_and_one_sentence_is_no_project():
    recs = _records(
        "<h2>Familjestöd i Vretstorp</h2><p>Stöd till familjer i förskolan.</p>"
        "<ul><li>Tid: 2024–2026</li><li>Belopp: 800 000 kr</li></ul>"
        "<h2>Om fonden</h2><p>Projektet ska bidra till att fler unga klarar skolan.</p>",
        "Familjestöd i Vretstorp")
    assert [r["title"] for r in recs] == ["Familjestöd i Vretstorp"]


def test_an_item_of_a_list_that_says_there_is_none_is_no_project():
    recs = _records(
        "<h2>Beviljade projekt 2025</h2>"
        "<h3>Läxhjälp i Vretstorp</h3><p>Projektet ger elever i årskurs 4–6 läxhjälp två gånger i veckan.</p>"
        "<h3>Nattvandring</h3><p>Satsningen samlar vuxna som vandrar i centrum på helgerna.</p>"
        "<h2>Beviljade projekt 2026</h2>"
        "<h3>Vretstorps skola</h3><p>Inga projekt har beviljats ännu i år.</p>",
        "Beviljade projekt")
    assert [r["title"] for r in recs] == ["Läxhjälp i Vretstorp", "Nattvandring"]


def test_the_owner_as_the_subject_of_the_projects_name():
    (rec,) = _records(
        "<p>Kompisbussen kör barn till fritidsaktiviteter i hela kommunen.</p>"
        "<p>Kultur- och fritidsförvaltningen driver Kompisbussen tillsammans med Länstrafiken Örebro.</p>"
        "<p>Projektet pågår 2025–2026 och har fått 400 000 kronor ur den sociala investeringsfonden.</p>",
        "Kompisbussen")
    assert rec["organisations"] == ["Kultur- och fritidsförvaltningen"]


def test_partners_in_a_tables_description_column():
    recs = _records(
        "<table><thead><tr><th>Projekt</th><th>Beskrivning</th><th>Period</th><th>Belopp (kr)</th></tr></thead><tbody>"
        "<tr><td>Trygga helger</td><td>Nattvandring i centrum för unga 13–17 år, tillsammans med Polisen och "
        "Hallsbergs IF.</td><td>2025–2026</td><td>300 000</td></tr>"
        "<tr><td>Läsfrämjande</td><td>Högläsning för barn 3–5 år på biblioteket.</td><td>2024–2025</td>"
        "<td>120 000</td></tr></tbody></table>", "Beviljade sociala investeringar")
    assert [(r["title"], r["partners"]) for r in recs] == [
        ("Trygga helger", ["Polisen", "Hallsbergs IF"]), ("Läsfrämjande", [])]


def test_a_topic_pages_sections_with_years_money_and_ages_are_no_projects():
    # A school's plan for the year: each section has dates, ages or kronor, none speaks of a project.
    assert _records(
        "<p>Planen gäller läsåret 2025/26 för Vretstorpsskolan, årskurs F–6.</p>"
        "<h2>Trygghet och studiero</h2><p>Alla elever i årskurs 4–6 svarar på en enkät i oktober 2025. Rektor "
        "följer upp resultaten med elevrådet före jul.</p>"
        "<h2>Föräldrasamverkan</h2><p>Föräldramöten hålls i september och februari. Skolan lägger 20 000 kronor på "
        "tolkning och träffar för föräldrar till barn 6–12 år.</p>"
        "<h2>Elevhälsa</h2><p>Kuratorn finns på skolan tisdagar och torsdagar. Insatser för elever med hög frånvaro "
        "planeras tillsammans med vårdnadshavarna från och med januari 2026.</p>",
        "Plan mot kränkande behandling 2025/26") == []


def test_a_section_that_calls_itself_a_project_on_a_topic_page_is_one():
    recs = _records(
        "<h2>Trygghet och studiero</h2><p>Alla elever i årskurs 4–6 svarar på en enkät i oktober 2025.</p>"
        "<h2>Rastaktiviteter</h2><p>Satsningen Rastkompis pågår 2025–2026 och har fått 180 000 kronor ur den "
        "sociala investeringsfonden. Fritidsledare leder lekar på rasterna för elever i årskurs 1–3.</p>"
        "<h2>Lovskola</h2><p>Projektet Lovskola Vretstorp ger elever i årskurs 7–9 undervisning på sommarlovet "
        "2025 och 2026, med 240 000 kronor från fonden.</p>",
        "Vretstorpsskolans arbete med trygghet")
    assert [r["budget_sek"] for r in recs] == [180_000, 240_000]


def test_a_page_with_money_years_and_ages_but_no_project_is_none():
    # A councillor's page: a mandate period, a fee, the fund's size, young people's ages; no project spoken of.
    assert _records(
        "<p>Ordförande i socialnämnden sedan 2023. Arvode: 68 000 kronor i månaden.</p>"
        "<h2>Det här vill jag</h2><p>Under mandatperioden 2023–2026 vill jag att fler unga 16–24 år får jobb och "
        "att fonden för förebyggande arbete, 10 miljoner kronor, används till insatser för barn 0–12 år.</p>",
        "Anna Berglund (C)", url="https://www.hallsberg.se/politik/fortroendevalda/anna-berglund") == []


def test_a_page_of_partners_each_under_its_name_holds_no_project():
    paras = [("Region Örebro län", "Sedan 2018 har vi en överenskommelse om barn och unga 0–18 år, 2024–2027."),
             ("Polisen", "Kommunen och lokalpolisområdet tecknar medborgarlöften varje år sedan 2020."),
             ("Örebro universitet", "Vi tar emot studenter och deltar i forskning om unga vuxna 18–29 år."),
             ("Samordningsförbundet", "Kommunen är medlem och betalar 1,2 miljoner kronor per år till förbundet."),
             ("Nätverket för sociala investeringar i Örebro län", "Sedan 2021 träffas länets kommuner två gånger per år.")]
    body = "".join(f"<p><strong>{n}</strong> – {t}</p>" for n, t in paras)
    assert _records(f"<p>Här är några av de organisationer vi samarbetar med.</p>{body}", "Samarbeten") == []


def test_governance_documents_hold_no_project():
    assert _records(
        "<table><thead><tr><th>Nr</th><th>Ärende</th><th>Delegat</th></tr></thead><tbody>"
        "<tr><td>1.4</td><td>Beslut om projekt ur den sociala investeringsfonden upp till 500 000 kronor, för "
        "insatser för barn 0–18 år under högst tre år</td><td>Förvaltningschef</td></tr></tbody></table>"
        "<p>Insatsen ska beviljas enligt riktlinjerna.</p>", "Delegationsordning för socialnämnden") == []
    assert _records(
        "<h2>Projekt du kan skriva om</h2><p><strong>Tidsperiod:</strong> våren 2026</p>"
        "<p><strong>Förvaltning:</strong> Socialförvaltningen</p><p><strong>Målgrupp:</strong> unga 16–19 år</p>"
        "<p>Följ upp projektet Sommarjobb Plus, som pågick 2022–2024 med 900 000 kronor.</p>",
        "Ämnen för examensarbete") == []


def test_two_labels_of_one_field_in_a_row_are_one_projects():
    (rec,) = _records(
        "<p>Språkstart ger barn i förskolan mer tid med språket.</p><h2>Fakta</h2><dl>"
        "<dt>Tid</dt><dd>2025–2027</dd><dt>Ansvarig nämnd</dt><dd>Barn- och utbildningsnämnden</dd>"
        "<dt>Ansvarig förvaltning</dt><dd>Bildningsförvaltningen</dd><dt>Målgrupp</dt><dd>Barn 3–5 år</dd>"
        "<dt>Beviljat</dt><dd>700 000 kronor</dd></dl>", "Språkstart")
    assert rec["title"] == "Språkstart" and rec["budget_sek"] == 700_000
    assert rec["organisations"] == ["Barn- och utbildningsnämnden", "Bildningsförvaltningen"]


def test_a_page_that_says_what_it_is_speaks_of_one_project():
    # No "Projektet" and no project word in the title or address: "… är ett projekt som …" says it.
    (rec,) = _records(
        "<p>Morgonfritids är ett nytt projekt som ger elever i årskurs 1–3 frukost och lek före skolstart. Det pågår "
        "2025–2026 med 350 000 kronor ur fonden.</p>", "Morgonfritids", url="https://www.hallsberg.se/skola/morgon/")
    assert rec["budget_sek"] == 350_000
    assert _records(
        "<p>Vad är en social investering? I avsnittet pratar vi om fonden på 6 miljoner kronor för 2024–2027 och om "
        "unga 16–24 år.</p>", "Avsnitt 4: Förebygga lönar sig", url="https://www.hallsberg.se/podd/4/") == []


def test_a_cards_status_badge_opens_no_project_of_its_own():
    recs = _records(
        "<h2>Pågående investeringar</h2>"
        "<div class='card'><div class='card-header'><h3>Läsglädje</h3><span class='badge'>Pågår</span></div>"
        "<div class='card-body'><p>Högläsning för barn på förskolorna i Pålsboda.</p><ul>"
        "<li><strong>Målgrupp:</strong> Barn 3–5 år</li><li><strong>Period:</strong> 2025–2026</li>"
        "<li><strong>Budget:</strong> 240 000 kr</li></ul></div></div>"
        "<div class='card'><div class='card-header'><h3>Fritidsbussen</h3><span class='badge'>Pågår</span></div>"
        "<div class='card-body'><p>En buss kör unga till fritidsgården.</p><ul>"
        "<li><strong>Målgrupp:</strong> Unga 13–17 år</li><li><strong>Period:</strong> 2024–2026</li>"
        "<li><strong>Budget:</strong> 600 000 kr</li></ul></div></div>", "Sociala investeringar")
    assert [(r["title"], r["budget_sek"], r["status"]) for r in recs] == [
        ("Läsglädje", 240_000, "ongoing"), ("Fritidsbussen", 600_000, "ongoing")]


def test_two_departments_in_running_prose_and_before_a_suspended_compound():
    (rec,) = _records(
        "<p>Familjeteamet drivs gemensamt av socialförvaltningen och bildningsförvaltningen. Projektet pågår 2025–2026 "
        "med 900 000 kronor från den sociala investeringsfonden.</p>"
        "<p>Teamet arbetar i samverkan med Polisen och barn- och ungdomsförvaltningen.</p>", "Familjeteamet")
    assert rec["organisations"] == ["socialförvaltningen", "bildningsförvaltningen"]
    assert rec["partners"] == ["Polisen", "barn- och ungdomsförvaltningen"]


def test_the_publishers_share_after_varav_and_its_investment_reserve_name_no_funder():
    (rec,) = _records(
        "<p>Seniorträffar i Hallsberg och Askersund.</p><ul><li><strong>Tid:</strong> 2025–2026</li>"
        "<li><strong>Total budget:</strong> 800 000 kronor, varav 400 000 kronor från Hallsbergs kommun och 400 000 "
        "kronor från Askersunds kommun</li><li><strong>Målgrupp:</strong> Personer över 70 år</li></ul>"
        "<p>Projektet finansieras också av Hallsbergs kommuns sociala investeringsreserv.</p>", "Seniorträffar")
    assert rec["funders"] == ["Askersunds kommun"]


@pytest.mark.parametrize("text, fte", [
    ("I satsningen kommer en fritidsledare att arbeta på heltid och en kurator på 40 procent.", 1.4),
    ("Tre elevcoacher ska arbeta på halvtid under läsåret.", 1.5),
])
def test_staff_who_will_work_an_extent(text, fte):
    staffing = parse_staffing(text)
    assert staffing is not None and staffing.fte == pytest.approx(fte)


def test_the_projects_goal_stated_with_its_genitive():
    (rec,) = _records(
        "<p>Lovfritids ger barn sommaraktiviteter i Pålsboda.</p><p>Satsningens mål är att alla barn 6–12 år ska ha "
        "något att göra på sommarlovet.</p><p>Projektet pågår 2025–2026 och har fått 200 000 kronor ur fonden.</p>",
        "Lovfritids")
    assert rec["purpose"] == "Satsningens mål är att alla barn 6–12 år ska ha något att göra på sommarlovet."


def test_a_list_inside_a_fact_tables_cell_is_its_value():
    (rec,) = _records(
        "<p>Läsombud ger äldre på boenden högläsning varje vecka.</p><table><tbody>"
        "<tr><th>Tid</th><td>2025–2026</td></tr><tr><th>Budget</th><td>300 000 kronor</td></tr>"
        "<tr><th>Samverkansparter</th><td><ul><li>Hallsbergs bibliotek</li><li>Röda Korset</li>"
        "<li>Studieförbundet Vuxenskolan</li></ul></td></tr></tbody></table>", "Läsombud")
    assert rec["partners"] == ["Hallsbergs bibliotek", "Röda Korset", "Studieförbundet Vuxenskolan"]


def test_a_page_without_project_words_is_one_by_its_money_from_the_fund():
    (rec,) = _records(
        "<p>Familjestödet i Vretstorp ger föräldrar till barn 0–6 år hembesök och samtal.</p><p>Verksamheten startade "
        "i mars 2025 och pågår till och med februari 2027. Den finansieras med 1,4 miljoner kronor ur kommunens sociala "
        "investeringsfond.</p><p>Vård- och omsorgsförvaltningen ansvarar för verksamheten.</p>", "Familjestöd i Vretstorp",
        url="https://www.hallsberg.se/omsorg/familjestod-vretstorp/")
    assert rec["budget_sek"] == 1_400_000 and rec["organisations"] == ["Vård- och omsorgsförvaltningen"]
    # ... but applying for money from the fund is anyone's
    assert _records(
        "<p>Kommunstyrelsens ordförande sedan 2023. I kommunstyrelsen bereds ansökningar om medel ur den sociala "
        "investeringsfonden, och under mandatperioden 2023–2026 vill jag att unga 16–24 år får sommarjobb.</p>",
        "Per Lindqvist (M)", url="https://www.hallsberg.se/politik/per-lindqvist/") == []


def test_a_page_of_standing_services_each_with_a_fact_box_holds_no_project():
    body = "".join(
        f"<h2>{name}</h2><p>{text}</p><ul><li>Målgrupp: {who}</li><li>Kostnad: Kostnadsfritt</li></ul>"
        for name, text, who in (
            ("Föräldragrupper", "Vi har erbjudit föräldragrupper sedan 2016.", "Föräldrar med barn 3–12 år"),
            ("Ungdomsmottagningen", "Mottagningen är öppen tisdagar och torsdagar.", "Unga 13–23 år"),
            ("Fältgruppen", "Fältassistenterna finns ute på kvällar och helger.", "Unga 12–18 år")))
    assert _records(f"<p>Här finns stöd du kan få utan att ansöka.</p>{body}", "Stöd utan ansökan – öppna insatser") == []


@pytest.mark.parametrize("title", ["Årshjul för planering och uppföljning", "Internkontrollplan 2026 för socialnämnden",
                                   "Elevenkäten 2025", "Trygghetsmätning Hallsberg 2025", "Rapporter och publikationer"])
def test_governance_surveys_and_publications_hold_no_project(title):
    assert _records(
        "<p>I februari redovisas projekttid och utfall för projekt ur den sociala investeringsfonden, 2,5 miljoner "
        "kronor per år. Unga 13–17 år svarade. Kostnad 95 000 kronor. Arbetet pågår från januari 2025 till december "
        "2026.</p><h2>Resultat</h2><p>71 procent av eleverna i årskurs 8 känner sig trygga.</p>", title) == []


def test_places_before_a_colon_in_a_regions_headings_are_not_the_name():
    recs = _records(
        "<h2>Hallsberg och Askersund: Sommarlovsbussen</h2><ul><li><strong>Period:</strong> 2025–2026</li>"
        "<li><strong>Beviljat:</strong> 500 000 kronor</li><li><strong>Målgrupp:</strong> Barn 7–12 år</li></ul>"
        "<h2>Laxå: Läxhjälp i byarna</h2><p>Projektet ger elever i årskurs 4–9 läxhjälp i Ramundeboda och pågår från "
        "hösten 2024 till våren 2026 med 300 000 kronor från regionen.</p>"
        "<h2>Kumla: Nattvandring</h2><ul><li><strong>Period:</strong> 2024–2025</li>"
        "<li><strong>Beviljat:</strong> 150 000 kronor</li><li><strong>Målgrupp:</strong> Unga 13–17 år</li></ul>",
        "Beviljade sociala investeringar 2025", url="https://www.regionorebrolan.se/x")
    assert [r["title"] for r in recs] == ["Sommarlovsbussen", "Läxhjälp i byarna", "Nattvandring"]
    assert recs[0]["municipality_codes"] == ["1861", "1882"]


def test_a_news_headline_that_opens_with_the_name():
    (rec,) = _records(
        "<p>Kompisbussen startar i januari 2026 och kör barn till fritidsaktiviteter i 18 månader. Kommunen har fått "
        "600 000 kronor ur den sociala investeringsfonden.</p>", "Kompisbussen ska ge fler barn en aktiv fritid",
        url="https://www.hallsberg.se/nyheter/kompisbussen/")
    assert rec["title"] == "Kompisbussen"


def test_a_page_about_another_kind_of_investment_keeps_only_work_for_people():
    recs = _records(
        "<table><thead><tr><th>Investering</th><th>Period</th><th>Belopp (mnkr)</th></tr></thead><tbody>"
        "<tr><td>Laddstolpar vid kommunhuset</td><td>2025–2026</td><td>2,4</td></tr>"
        "<tr><td>Värmepumpar i sporthallen</td><td>2024–2025</td><td>1,1</td></tr>"
        "<tr><td>Solceller på Vretstorpsskolan och två förskolor</td><td>2025</td><td>3,0</td></tr>"
        "<tr><td>Cykelkurser för nyanlända kvinnor</td><td>2025</td><td>0,3</td></tr></tbody></table>"
        "<p>Kommunen har också en social investeringsfond för förebyggande arbete med barn och unga.</p>",
        "Kommunens klimatinvesteringar")
    assert [r["title"] for r in recs] == ["Cykelkurser för nyanlända kvinnor"]


def test_the_grant_from_the_fund_beside_sums_of_another_kind_is_the_budget():
    (rec,) = _records(
        "<p>Läsbron startade i augusti 2024 som ett treårigt projekt och har finansierats med sammanlagt 1,8 miljoner "
        "kronor ur kommunens sociala investeringsfond. Kommunen betalar i dag omkring 12 miljoner kronor om året för "
        "placeringar av unga.</p><p>Syftet med modellen är att fler elever ska klara läsningen i årskurs 3.</p>",
        "Läsbron")
    assert (rec["budget_sek"], rec["budget_basis"]) == (1_800_000, "total")
    assert rec["purpose"] == "Syftet med modellen är att fler elever ska klara läsningen i årskurs 3."


def test_a_one_project_pages_question_headings_give_target_group_and_partners():
    (rec,) = _records(
        "<p>Kulturkompis ger barn i Vretstorp kultur efter skolan. Projektet pågår 2025–2026 med 500 000 kronor ur "
        "fonden.</p><h2>Vem riktar sig projektet till?</h2><p>Barn i årskurs 4–6 som inte har någon fritidsaktivitet."
        "</p><h2>Vi samarbetar med</h2><ul><li>Vretstorps skola</li><li>Studieförbundet Vuxenskolan</li>"
        "<li>Hallsbergs bibliotek</li></ul>", "Kulturkompis")
    assert rec["target_group"] == "Barn i årskurs 4–6 som inte har någon fritidsaktivitet."
    assert rec["partners"] == ["Vretstorps skola", "Studieförbundet Vuxenskolan", "Hallsbergs bibliotek"]


def test_tillsammans_med_under_an_owner_label_joins_a_second_owner():
    (rec,) = _records(
        "<p>Skolnärvaro i Pålsboda ska få fler elever tillbaka till skolan.</p><ul>"
        "<li><strong>Projektägare:</strong> Socialnämnden tillsammans med Bildningsnämnden</li>"
        "<li><strong>Samverkan:</strong> Polisen</li><li><strong>Tid:</strong> 2025–2027</li>"
        "<li><strong>Budget:</strong> 2 000 000 kronor</li></ul>", "Skolnärvaro i Pålsboda")
    assert rec["organisations"] == ["Socialnämnden", "Bildningsnämnden"] and rec["partners"] == ["Polisen"]


def test_a_statutory_service_that_mentions_the_fund_or_a_fixed_term_is_still_none():
    assert _records(
        "<p>Samhällsorienteringen är en insats enligt lagen om samhällsorientering för nyanlända 18–64 år. Kursen "
        "omfattar 100 timmar och startar i januari 2026.</p><p>Du får ett boende med ett tidsbegränsat kontrakt i "
        "högst två år. Föreningar kan söka medel ur kommunens sociala investeringsfond för förebyggande arbete.</p>",
        "Samhällsorientering för nyanlända") == []


@pytest.mark.parametrize("title", ["Näringslivsprogram 2025–2030", "Kvalitetsrapport grundskola 2024/25"])
def test_another_areas_programme_and_a_schools_quality_report_hold_no_project(title):
    assert _records(
        "<h2>Handlingsplan</h2><table><thead><tr><th>Aktivitet</th><th>Ansvarig</th><th>Tid</th><th>Kostnad per år"
        "</th></tr></thead><tbody><tr><td>Feriejobb för unga 16–19 år</td><td>Arbetsmarknadsenheten</td><td>2026–2027"
        "</td><td>400 000 kr</td></tr><tr><td>Läxhjälp i årskurs 7–9</td><td>Skolan</td><td>2026</td><td>150 000 kr"
        "</td></tr></tbody></table>", title) == []


@pytest.mark.parametrize("text, span", [
    ("Period: aug 2025 – jul 2027", ("2025-08-01", "2027-07-31")),
    ("Projektet pågår jan 2025 – jun 2026.", ("2025-01-01", "2026-06-30")),
])
def test_abbreviated_months_in_a_range_of_months_and_years(text, span):
    p = parse_period(text)
    assert p is not None and (p.start.date.isoformat(), p.end.date.isoformat()) == span


def test_a_payer_after_its_verb():
    from pipeline.swedish.money import parse_amounts
    (a,) = parse_amounts("Utöver pengarna ur fonden bidrar Sparbanksstiftelsen Kronan med 250 000 kronor.")
    assert (a.sek, a.funder) == (250_000, "Sparbanksstiftelsen Kronan")
    assert parse_period("Vi firar jul 2025 – och nyår.") is None


def test_cards_whose_heading_badge_and_facts_sit_in_one_list_item():
    items = "".join(
        f"<li><article class='card'><div class='card__header'><h2><a href='/x/{i}'>{name}</a></h2>"
        f"<span class='badge'>{badge}</span></div><div class='card__body'><p>{text}</p><dl>"
        f"<div><dt>Period</dt><dd>{period}</dd></div><div><dt>Beviljat</dt><dd>{amount}</dd></div>"
        f"<div><dt>Ansvarig</dt><dd>Socialförvaltningen</dd></div></dl></div></article></li>"
        for i, (name, badge, text, period, amount) in enumerate((
            ("Lovkollo", "Pågår", "Sommaraktiviteter för barn 7–12 år i Pålsboda.", "2025–2026", "300 000 kr"),
            ("Seniorlunch", "Avslutad", "Gemensamma luncher för äldre i Vretstorp.", "2023–2024", "200 000 kr"))))
    recs = _records(f"<ul class='cardlist'>{items}</ul>", "Beviljade sociala investeringar")
    assert [(r["title"], r["budget_sek"], r["start_date"]) for r in recs] == [
        ("Lovkollo", 300_000, dt.date(2025, 1, 1)), ("Seniorlunch", 200_000, dt.date(2023, 1, 1))]


def test_a_name_ends_at_a_verb_of_stopping():
    (rec,) = _records(
        "<p>Projektet Läxhjälp i Hjortkvarn avbröts i december 2025, ett år tidigare än planerat. Elever i årskurs "
        "4–6 fick hjälp två kvällar i veckan. Det startade i "
        "januari 2024 med 600 000 kronor ur fonden.</p>", "Läxhjälpen i Hjortkvarn avslutades i förtid",
        url="https://www.hallsberg.se/nyheter/laxhjalpen-avslutades/")
    assert rec["title"] == "Läxhjälp i Hjortkvarn" and rec["status"] == "finished"
