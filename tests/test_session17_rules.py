"""Rules of the seventeenth session, each tested in other wordings and markup than the pages that showed them."""

from __future__ import annotations

from pipeline.extract import extract_page
from pipeline.swedish import orgs
from pipeline.swedish.dates import parse_period
from pipeline.swedish.money import parse_amounts
from pipeline.swedish.staffing import parse_staffing
from pipeline.swedish.targets import parse_target


def _records(body: str, title: str, url: str = "https://www.leksand.se/omsorg/sociala-investeringar/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Leksands kommun, 793 80 Leksand</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


def _page(title: str, *paragraphs: str, period: str = "<p>Den pågår 2025–2027.</p>") -> list[dict]:
    """A one-project page: a lead, the paragraphs and a period."""
    body = (f"<p>{title} är en social investering för barn och unga som behöver stöd.</p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + period)
    return _records(body, title)


# -- periods

def test_a_run_of_days_beside_a_longer_period_is_an_events():
    text = ("Informationsträffarna hålls mellan den 2 och den 20 februari 2026. Insatsen drog i gång i januari 2026 "
            "och pågår till och med december 2028.")
    period = parse_period(text)
    assert (period.start.date.isoformat(), period.end.date.isoformat()) == ("2026-01-01", "2028-12-31")
    # alone, a short run of days is still read (a short project's dates)
    short = parse_period("Sommarjobben pågår mellan den 15 juni och den 14 augusti 2026.")
    assert (short.start.date.isoformat(), short.end.date.isoformat()) == ("2026-06-15", "2026-08-14")


def test_an_end_said_as_the_end_of_the_project_form():
    period = parse_period("Läxhjälpen startade i augusti 2023 och avslutades som satsning i juni 2025.")
    assert (period.start.date.isoformat(), period.end.date.isoformat()) == ("2023-08-01", "2025-06-30")


# -- staffing

def test_a_post_tied_to_the_work_at_an_extent():
    assert parse_staffing("En skolsköterska är knuten till projektet på 20 procent.").fte == 0.2
    assert parse_staffing("Två fritidsledare är kopplade till Kvällsbasen på halvtid vardera.").fte == 1.0
    assert parse_staffing("Skolan är knuten till nätverket på 30 procent.") is None  # no role word: no staff


# -- owners

def test_the_work_itself_is_no_owner():
    [record] = _page("Läsglädje", "Projektet leds av kultur- och fritidsförvaltningen.",
                     "En bibliotekarie är knuten till Läsglädje på 50 procent.")
    assert record["organisations"] == ["kultur- och fritidsförvaltningen"]
    assert record["staffing_fte"] == 0.5


def test_owner_wordings():
    cases = [
        ("Initiativet till satsningen kom från fritidsgården Bryggan, som också bemannar kvällarna.",
         ["fritidsgården Bryggan"]),
        ("Som huvudman för Läsglädje står Leksands bibliotek.", ["Leksands bibliotek"]),
        ("Kultur- och fritidsenheten har lett arbetet från början.", ["Kultur- och fritidsenheten"]),
        ("Det var Socialförvaltningen som höll i Läsglädje under alla tre åren.", ["Socialförvaltningen"]),
        ("Barn- och utbildningsförvaltningen stod bakom Läsglädje och anställde personalen.",
         ["Barn- och utbildningsförvaltningen"]),
        ("Familjestödet driver Läsglädje tillsammans med biblioteket.", ["Familjestödet"]),
        ("Initiativet kommer från elevhälsan på Ullvi skola.", ["elevhälsan på Ullvi skola"]),
    ]
    for sentence, owners in cases:
        [record] = _page("Läsglädje", sentence)
        assert record["organisations"] == owners, sentence


def test_an_owner_in_a_relative_clause_about_a_partner_is_the_partners():
    [record] = _page("Läsglädje", "Socialförvaltningen är projektägare.",
                     "Arbetet sker i samverkan med skolan och Vårdcentralen Leksand, som drivs av Region Dalarna.")
    assert record["organisations"] == ["Socialförvaltningen"]
    # … but a clause about the work says who runs it
    [record] = _page("Läsglädje", "Läsglädje, som drivs av biblioteket, startade i höstas.")
    assert record["organisations"] == ["biblioteket"]


# -- partners

def test_one_of_a_kind_is_no_partner_and_a_second_object_of_med_is_its_own():
    [record] = _page("Läsglädje", "Vi samarbetar med Svenska kyrkan och med företag i byarna.",
                     "En specialpedagog är med i projektet på 40 procent.")
    assert record["partners"] == ["Svenska kyrkan"]
    assert orgs.split_organisations("PRO Leksand och med SPF Seniorerna") == ["PRO Leksand", "SPF Seniorerna"]


def test_a_trailing_together_and_a_club_badge_are_no_part_of_a_name():
    assert orgs.clean_organisation("Region Dalarna tillsammans") == "Region Dalarna"
    body = ("<p>Läsglädje är en social investering för barn. Den pågår 2025–2027.</p><h2>Samarbetspartner</h2>"
            "<div class='logos'><img src='a.png' alt='Klubbmärke Leksands IF'><img src='b.png' alt='Logotyp för "
            "Studiefrämjandet'></div>")
    [record] = _records(body, "Läsglädje")
    assert record["partners"] == ["Leksands IF", "Studiefrämjandet"]


# -- titles, purposes, descriptions

def test_a_headline_after_other_words_takes_the_name_the_prose_defines():
    body = ("<p>Nyheter Kultur och fritid</p><p>Varje lördag öppnar Lördagsbasen i Insjön för unga.</p>"
            "<p>15.30</p><p>Fritidsledarna ställer i ordning lokalen.</p>"
            "<p>Lördagsbasen är en av Leksands kommuns sociala investeringar. Satsningen pågår 2025–2027 och har fått "
            "900 000 kronor ur fonden.</p><p>Lördagsbasen ska ge unga en trygg plats att vara på under helgerna.</p>")
    [record] = _records(body, "En lördag med Lördagsbasen", "https://www.leksand.se/nyheter/en-lordag-med-lordagsbasen")
    assert record["title"] == "Lördagsbasen"
    assert record["purpose"] == "Lördagsbasen ska ge unga en trygg plats att vara på under helgerna."
    assert not record["description"].startswith("Nyheter") and "15.30" not in record["description"]
    # a title that opens with the name keeps the name as the page gives it
    body = ("<p>Ung kraft är ett projekt för unga i Insjön.</p><p>Projektet har fått 500 000 kronor ur fonden för "
            "sociala investeringar och pågår 2025–2026.</p>")
    [record] = _records(body, "Ung kraft Insjön")
    assert record["title"] == "Ung kraft Insjön"


def test_another_bodys_project_the_page_took_part_in_makes_no_project():
    body = ("<p>Vården ställs om så att mer vård ges nära patienten.</p><h2>Handlingsplan för 2025–2027</h2>"
            "<p>Kommunen och regionen har en gemensam handlingsplan.</p><p>Under 2023 var kommunen med i Region "
            "Dalarnas projekt om digitala hembesök. Projektet avslutades samma år.</p>")
    assert _records(body, "Nära vård i Leksand", "https://www.leksand.se/omsorg/nara-vard") == []
    from pipeline.extract.segment import _without_others_projects

    left = _without_others_projects("Vi har en plan. I fjol deltog skolan i Länsstyrelsens projekt om trygghet. "
                                    "Projektet avslutades i juni. Nu fortsätter vi.")
    assert "Projektet" not in left and "Vi har en plan." in left and "Nu fortsätter vi." in left


# -- target groups

def test_who_may_join_under_a_question_heading_and_the_reader_of_an_age():
    body = ("<p>Läsglädje är en social investering för läsning. Den pågår 2025–2027.</p><h2>Vem kan vara med?</h2>"
            "<p>Du kan inte anmäla dig på webben. Alla som går i årskurs 2 eller 3 i Leksand kan vara med.</p>")
    [record] = _records(body, "Läsglädje")
    assert record["target_group"] == "Alla som går i årskurs 2 eller 3 i Leksand kan vara med."
    target = parse_target("Du får delta om du bor i Leksand och är mellan 18 och 30 år.")
    assert (target.age_min, target.age_max) == (18, 30)
    assert parse_target("Samtalen pågår mellan 2 och 4 år.").age_min is None


def test_two_years_of_upper_secondary_school():
    target = parse_target("för elever i gymnasiets andra och tredje år")
    assert (target.grade_min, target.grade_max) == (11, 12)


# -- money

def test_a_price_beside_the_projects_money_is_no_budget():
    [record] = _page("Läsglädje", "Satsningen kostar sammanlagt 800 000 kronor.",
                     "Fikat kostar 20 kronor.")
    assert record["budget_sek"] == 800_000


def test_the_cost_the_ordinary_budget_carries_after_the_project():
    amounts = parse_amounts("Projektet fick 900 000 kronor ur fonden. Sedan januari ingår teamet i "
                            "socialnämndens ordinarie budget. Den årliga kostnaden är 450 000 kronor.")
    assert [a.sek for a in amounts] == [900_000]


def test_an_extension_by_a_length_moves_the_planned_end_only():
    period = parse_period("Mötesplatsen öppnade i september 2024 som en tvåårig satsning. I våras förlängdes den "
                          "med ett år.")
    assert period.end.date.isoformat() == "2027-08-31"
    # an end the text states is the one after the extension
    period = parse_period("Läxhjälpen fortsätter till och med juni 2026. Nämnden har beslutat att förlänga "
                          "projektet med ett år.")
    assert period.end.date.isoformat() == "2026-06-30"


def test_a_sum_of_posts_said_after_the_people_and_an_age_after_fyllt():
    assert parse_staffing("Tre fältassistenter och en samordnare på halvtid arbetar i teamet, motsvarande "
                          "3,5 tjänster.").fte == 3.5
    assert parse_target("för pensionärer som har fyllt 65, oavsett var de bor").age_min == 65
    assert parse_target("Föreningen har fyllt 50, och firar med en fest.").age_min is None


def test_a_purpose_said_of_the_work_by_its_name_in_the_genitive():
    [record] = _page("Läsglädje", "Läsglädjes mål är att alla barn ska läsa en bok i månaden.")
    assert record["purpose"] == "Läsglädjes mål är att alla barn ska läsa en bok i månaden."


def test_one_sum_from_each_of_the_payers_named_before_it():
    [amount] = parse_amounts("Arbetet finansieras gemensamt av kommunen och Länsförsäkringar, som bidrar med "
                             "150 000 kronor per år vardera.")
    assert (amount.sek, amount.basis) == (300_000, "per_year")
    [amount] = parse_amounts("Regionen, kommunen och Arvsfonden står för 100 000 kronor var.")
    assert amount.sek == 300_000
    # people paid each are no payers
    assert [a.sek for a in parse_amounts("Två coacher får 300 000 kronor var.")] == [300_000]


def test_a_count_of_a_kind_before_the_partners_names():
    [record] = _page("Läsglädje", "Läsglädje görs i samarbete med tre skolor – Ullvi skola, Tällbergs skola och "
                     "Insjöns skola – och med Leksands IF.")
    assert record["partners"] == ["Ullvi skola", "Tällbergs skola", "Insjöns skola", "Leksands IF"]


def test_second_round_wordings():
    # partners "Med oss i arbetet finns …"; the end "när vårterminen … är slut"; "2 x 50 %" after the people
    [record] = _page("Läsglädje", "Med oss i arbetet finns Leksands bibliotek och Studiefrämjandet, där föräldrar kan "
                     "låna böcker.", "Läsglädje startar i augusti 2025 och avslutas när vårterminen 2027 är slut.",
                     period="")
    assert record["partners"] == ["Leksands bibliotek", "Studiefrämjandet"]
    assert record["end_date"] == parse_period("till och med vårterminen 2027").end.date
    body = ("<p>Läsglädje är en social investering för barn.</p><ul><li>Ansvarig: Karin Berg (Kultur- och "
            "fritidsenheten)</li><li>Tidsram: 2025–2027</li><li>Budgetram: 500 000 kr per år</li>"
            "<li>Bemanning: två lässtödjare, 2 x 50 %</li></ul>")
    [record] = _records(body, "Läsglädje")
    assert record["organisations"] == ["Kultur- och fritidsenheten"]
    assert (record["budget_sek"], record["budget_basis"]) == (500_000, "per_year")
    assert record["staffing_fte"] == 1.0


def test_the_writers_we_and_a_generic_bodys_field():
    [record] = _page("Läsglädje", "Det är vi på skolbiblioteket som håller i Läsglädje.",
                     "Vi vänder oss till barn mellan 6 och 9 år.")
    assert record["organisations"] == ["skolbiblioteket"]
    assert (record["target_age_min"], record["target_age_max"]) == (6, 9)
    [record] = _page("Läsglädje", "Projektet ägs av Förvaltningen vård och omsorg.")
    assert record["organisations"] == ["Förvaltningen vård och omsorg"]
    assert orgs.split_organisations("Förvaltningen förskola och skola") == ["Förvaltningen förskola och skola"]


def test_an_earlier_project_this_one_continues():
    [record] = _records("<p>Läsglädje steg 2 är en fortsättning på projektet Läsglädje, som pågick 2022–2024 med "
                        "500 000 kronor från Länsstyrelsen Dalarna.</p><p>Steg 2 pågår 2025–2027 och har fått 800 000 "
                        "kronor ur den sociala investeringsfonden.</p>", "Läsglädje steg 2")
    assert record["title"] == "Läsglädje steg 2"
    assert record["budget_sek"] == 800_000 and record["funders"] == []
    assert parse_amounts("Region Dalarna går själv in med 200 000 kronor.")[0].funder == "Region Dalarna"
    assert parse_staffing("Två lärare med specialpedagogisk inriktning anställs på heltid.").fte == 2.0


def test_an_articles_own_footer_gives_its_fact_lines_only():
    body = ("<article><p>Läsglädje är en social investering för barn som pågår 2025–2027.</p>"
            "<footer><p><strong>Samverkansparter:</strong> Leksands bibliotek och Studiefrämjandet</p>"
            "<p>Senast uppdaterad: 3 december 2025</p><p>Dela: Facebook LinkedIn</p></footer></article>")
    [record] = _records(body, "Läsglädje")
    assert record["partners"] == ["Leksands bibliotek", "Studiefrämjandet"]
    assert "Dela" not in (record["description"] or "")


def test_partners_with_their_school_and_their_contact_person():
    [record] = _page("Läsglädje", "Vi samarbetar med elevhälsan på Ullviskolan och Studiefrämjandet.")
    assert record["partners"] == ["elevhälsan på Ullviskolan", "Studiefrämjandet"]
    [record] = _page("Läsglädje", "Biblioteket och Svenska kyrkan har varsin kontaktperson knuten till teamet.")
    assert record["partners"] == ["Biblioteket", "Svenska kyrkan"]


def test_third_round_owners_payers_and_a_decided_item():
    [record] = _page("Läsglädje", "Leksands kommun, kultur- och fritidsenheten, är insatsägare.")
    assert record["organisations"] == ["Leksands kommun, kultur- och fritidsenheten"]
    [record] = _page("Läsglädje", "Arbetet leds av socialförvaltningen i Leksands kommun och startade i januari 2026.")
    assert record["organisations"] == ["socialförvaltningen i Leksands kommun"]
    [record] = _page("Läsglädje", "Kostnaden är 600 000 kronor per år, och Rättviks kommun står själv för en tredjedel.")
    assert record["funders"] == ["Rättviks kommun"]
    # one item under a heading that says it is decided, beside a list of ongoing ones
    body = ("<h2>Pågående insatser</h2><h3>Läsglädje</h3><p>Läsglädje ger barn böcker. Insatsen pågår 2025–2026 och "
            "förbundet finansierar den med 300 000 kronor per år.</p><h2>Beslutad insats som startar hösten 2026</h2>"
            "<h3>Språkbron</h3><p>Språkbron ger nyanlända praktik. Styrelsen har beviljat 500 000 kronor, och insatsen "
            "ska pågå från den 1 oktober 2026 och ett år framåt.</p>")
    records = _records(body, "Insatser 2026", "https://www.finsamleksand.se/insatser")
    assert [r["title"] for r in records] == ["Läsglädje", "Språkbron"]


def test_a_scheme_others_apply_to_is_no_project():
    body = ("<p>Har du en idé som gör bygden bättre? Föreningar kan söka stöd för sina projekt.</p><p>Programmet "
            "pågår 2023–2027 och finansieras av EU, staten och kommunerna. Kommunen bidrar med 400 000 kronor per år."
            "</p><p>Projektet ska rikta sig till unga mellan 13 och 25 år. Ansökan görs i Jordbruksverkets e-tjänst.</p>")
    assert _records(body, "Leader Dalälven – stöd till lokala utvecklingsprojekt",
                    "https://www.leksand.se/naringsliv/leader-dalalven") == []


def test_a_price_list_and_a_standing_decision_are_no_projects():
    body = ("<p>Här ser du vad insatserna kostar.</p><table><caption>Avgifter 2026</caption><thead><tr><th>Insats</th>"
            "<th>Avgift</th></tr></thead><tbody><tr><td>Trygghetslarm</td><td>250 kronor per månad</td></tr>"
            "<tr><td>Dagverksamhet</td><td>50 kr/dag</td></tr><tr><td>Avlösning</td><td>Gratis</td></tr></tbody></table>")
    assert _records(body, "Avgifter i äldreomsorgen", "https://www.leksand.se/omsorg/avgifter") == []
    body = ("<p>Du som studerar på gymnasiet på annan ort kan få bidrag.</p><h2>Belopp</h2><p>Bidraget är 1 500 kronor "
            "per månad.</p><h2>Extra bidrag från hösten 2026</h2><p>Kommunfullmäktige beslutade om en satsning för unga "
            "som pendlar. Från och med höstterminen 2026 får de 500 kronor per månad. Satsningen beräknas kosta 150 000 "
            "kronor per år och gäller tills vidare.</p>")
    assert _records(body, "Bidrag för gymnasieelever", "https://www.leksand.se/utbildning/bidrag") == []
