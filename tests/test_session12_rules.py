"""Rules found in the twelfth session (what heldout46 and heldout47 left, and the blind sets heldout48 onwards), each
tested in other wordings and markup than the pages that showed them."""

from __future__ import annotations

import datetime as dt

from pipeline.extract import extract_page
from pipeline.swedish.dates import parse_period
from pipeline.swedish.money import parse_amounts
from pipeline.swedish.staffing import parse_staffing


def _records(body: str, title: str, url: str = "https://www.regionvasterbotten.se/nyheter/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Region Västerbotten, 901 89 Umeå</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


def test_a_news_lead_with_one_paragraph_per_grant_gives_one_record_each():
    # No subheadings: each paragraph names its project after "projektet" and says what it gets.
    recs = _records(
        "<p>Regionen fördelar 3,2 miljoner kronor till tre nya satsningar i länet.</p>"
        "<p>Lycksele kommun får 900 000 kronor för projektet Hemmasittare i fokus, som vänder sig till elever i "
        "årskurs 7–9 med hög frånvaro.</p>"
        "<p>Till projektet Seniorträff i byarna går 400 000 kronor. Vilhelmina kommun driver det tillsammans med "
        "PRO Vilhelmina från januari 2026 till december 2027.</p>"
        "<p>Projektet Unga i jobb i Skellefteå kommun får 1 900 000 kronor för att fortsätta till och med juni 2028.</p>"
        "<h2>Om regionens medel</h2><p>Regionen avsätter varje år pengar till sociala investeringar. 25 projekt har "
        "fått medel sedan 2019.</p>"
        "<h2>Fler nyheter</h2><ul><li>3 mars 2026 Ny tandvårdstaxa för unga 20–23 år</li>"
        "<li>1 mars 2026 1,1 miljoner kronor till kulturföreningar</li></ul>",
        "Tre nya sociala investeringar")
    assert [r["title"] for r in recs] == ["Hemmasittare i fokus", "Seniorträff i byarna", "Unga i jobb"]
    assert [r["budget_sek"] for r in recs] == [900_000, 400_000, 1_900_000]
    assert (recs[0]["target_grade_min"], recs[0]["target_grade_max"]) == (7, 9)
    assert recs[2]["end_date"] == dt.date(2028, 6, 30)


def test_one_project_named_twice_in_a_lead_is_no_list():
    # The same name in two paragraphs is one project (the page's), not two.
    (rec,) = _records(
        "<p>Projektet Hemmasittare i fokus har fått 900 000 kronor ur regionens sociala investeringsmedel.</p>"
        "<p>Projektet Hemmasittare i fokus startar i augusti 2026 och pågår i två år.</p>",
        "Hemmasittare i fokus", url="https://www.lycksele.se/skola/hemmasittare-i-fokus")
    assert rec["title"] == "Hemmasittare i fokus" and rec["budget_sek"] == 900_000


def test_a_grant_and_a_co_payers_share_are_summed():
    text = ("Satsningen beviljas 600 000 kronor. Samordningsförbundet Umeå medfinansierar satsningen med "
            "150 000 kronor.")
    recs = _records(f"<p>Projektet Steg framåt för unga 16–24 år startar i januari 2026.</p><p>{text}</p>", "Steg framåt",
                    url="https://www.umea.se/arbete/steg-framat")
    assert recs[0]["budget_sek"] == 750_000 and recs[0]["funders"] == ["Samordningsförbundet Umeå"]


def test_a_total_beside_a_co_payers_share_is_not_summed():
    # "kostar totalt" is the whole: the share is in it.
    (rec,) = _records(
        "<p>Projektet Steg framåt för unga 16–24 år startar i januari 2026 och kostar totalt 900 000 kronor. Samordningsförbundet Umeå "
        "medfinansierar projektet med 150 000 kronor.</p>", "Steg framåt", url="https://www.umea.se/arbete/steg-framat")
    assert rec["budget_sek"] == 900_000


def test_a_payers_name_with_an_ampersand_is_one_name():
    amounts = parse_amounts("Fonden står för 700 000 kronor och Stiftelsen Sparbanken Syd & Co för 50 000 kronor.")
    assert [(a.sek, a.funder) for a in amounts][1] == (50_000, "Stiftelsen Sparbanken Syd & Co")


def test_staff_said_to_work_with_the_model_or_all_of_them_at_an_extent():
    assert parse_staffing("Tre lärare arbetar med piloten på 20 procent vardera.").fte == 0.6
    assert parse_staffing("I verksamheten finns en kurator och en fritidsledare, båda på halvtid.").fte == 1.0
    assert parse_staffing("Här arbetar en samordnare, en psykolog och en socionom, alla tre på halvtid.").fte == 1.5
    # (an extent of everyone in a survey, not of staff)
    assert parse_staffing("Alla tre skolorna deltar på heltid i mätningen.") is None


def test_a_library_school_or_clinic_as_the_subject_that_drives_the_project():
    (rec,) = _records(
        "<p>Läsglädje är ett projekt för barn 6–9 år. Ånge bibliotek driver projektet i samverkan med "
        "barnavårdscentralen i Ånge och Fränsta skola. Projektet pågår 2025–2027.</p>",
        "Läsglädje", url="https://www.ange.se/bibliotek/lasglädje")
    assert rec["organisations"] == ["Ånge bibliotek"]
    assert rec["partners"] == ["barnavårdscentralen i Ånge", "Fränsta skola"]


def test_a_project_stopped_early_ends_when_it_stopped():
    p = parse_period("Projektet startade i september 2023 och skulle ha löpt till och med augusti 2026. "
                     "Det lades ner i juni 2025 när pengarna tog slut.")
    assert (p.start.date, p.end.date) == (dt.date(2023, 9, 1), dt.date(2025, 6, 30))
    p = parse_period("Satsningen pågick 2021–2024 men avbröts i förtid i mars 2023.")
    assert (p.start.date, p.end.date) == (dt.date(2021, 1, 1), dt.date(2023, 3, 31))
    # the stop first, the start after it
    p = parse_period("Projektet avbröts vid årsskiftet 2024/2025. Det startade i augusti 2023.")
    assert (p.start.date, p.end.date) == (dt.date(2023, 8, 1), dt.date(2024, 12, 31))


def test_a_stop_does_not_move_a_labelled_period_nor_an_earlier_end():
    # a fact box's period stands as the page gives it
    p = parse_period("Planerad projekttid: augusti 2023–juni 2026\nProjektet avbröts i förtid i mars 2025.")
    assert p.end.date == dt.date(2026, 6, 30)
    # another thing stopped after the project had ended
    p = parse_period("Projektet pågick 2020–2022. Bussen till fritidsgården lades ner i juni 2024.")
    assert p.end.date == dt.date(2022, 12, 31)


def test_a_lead_mixing_a_quoted_name_and_names_after_their_nouns():
    # One quoted name, two after "satsningen"/"projektet", and a refusal after the last: three grants, no more.
    recs = _records(
        "<p>Regionen har fördelat 2,4 miljoner kronor till tre satsningar.</p>"
        "<p>Piteå kommun får 700 000 kronor för satsningen Lovkul i Hortlax, för barn 7–12 år, under 2026.</p>"
        "<p>”Bokbussen” heter Arvidsjaurs nya satsning för barn 3–6 år. Den pågår från januari 2026 till december 2027. "
        "Regionen bidrar med 500 000 kronor.</p>"
        "<p>Bodens kommun tilldelas 1 200 000 kronor för projektet Stegvis, som vänder sig till unga 16–20 år.</p>"
        "<p>En ansökan fick avslag eftersom den gällde ordinarie verksamhet.</p>",
        "Tre satsningar får pengar")
    assert [r["title"] for r in recs] == ["Lovkul i Hortlax", "Bokbussen", "Stegvis"]
    assert recs[2]["budget_sek"] == 1_200_000 and "avslag" not in (recs[2]["description"] or "")


def test_a_length_then_a_start_after_a_comma():
    p = parse_period("Under tre år, från våren 2026, ska fältarbetarna finnas i Gottsunda.")
    assert (p.start.date, p.end.date) == (dt.date(2026, 3, 1), dt.date(2029, 2, 28))


def test_a_total_with_the_publishers_part_and_the_rest_from_another():
    amounts = parse_amounts("Kostnaden är totalt 2 miljoner kronor, varav kommunen betalar 1,2 miljoner kronor och "
                            "Region Jämtland Härjedalen för resten.")
    assert [a.part for a in amounts] == [False, True]
    (rec,) = _records(
        "<p>Projektet Mötesplats Brunflo för äldre över 70 år pågår 2026–2027. Kostnaden är totalt 2 miljoner kronor, "
        "varav kommunen betalar 1,2 miljoner kronor och Region Jämtland Härjedalen för resten.</p>",
        "Mötesplats Brunflo", url="https://www.ostersund.se/aldre/motesplats-brunflo")
    assert rec["budget_sek"] == 2_000_000 and rec["funders"] == ["Region Jämtland Härjedalen"]


def test_the_publisher_by_its_kind_is_no_funder_on_its_own_page():
    body = ("<p>Projektet Trygg i Tierp för unga 13–17 år pågår 2026–2027. Kommunen bidrar med 300 000 kronor och "
            "Region Uppsala med 200 000 kronor.</p>")
    (rec,) = _records(body, "Trygg i Tierp", url="https://www.tierp.se/trygghet/trygg-i-tierp")
    assert rec["funders"] == ["Region Uppsala"] and rec["budget_sek"] == 500_000
    # on a region's page "kommunen" is another payer
    body = ("<p>Projektet Trygg i Tierp för unga 13–17 år pågår 2026–2027. Regionen bidrar med 300 000 kronor ur sina "
            "sociala investeringsmedel och Tierps kommun med 200 000 kronor.</p>")
    (rec,) = _records(body, "Trygg i Tierp", url="https://www.regionuppsala.se/utveckling/trygg-i-tierp")
    assert rec["funders"] == ["Tierps kommun"] and rec["budget_sek"] == 500_000


def test_partners_named_by_a_kind_and_a_name_with_a_lower_case_word():
    (rec,) = _records(
        "<p>Kvällsöppet för unga 13–17 år pågår 2026–2027 och är ett samarbete mellan fältgruppen, "
        "fritidsgården Ungdomens hus och vuxenutbildningen. Projektet kostar 400 000 kronor.</p>",
        "Kvällsöppet", url="https://www.ljungby.se/fritid/kvallsoppet")
    assert rec["partners"] == ["fältgruppen", "fritidsgården Ungdomens hus", "vuxenutbildningen"]


def test_a_schools_calendar_is_no_list_of_projects():
    assert _records(
        "<p>Välkomna tillbaka efter sommaren! Skolan börjar i årskurs 1–9 den 19 augusti.</p>"
        "<h2>Läsåret i korthet</h2><ul><li>Höstlov: vecka 44</li><li>Jullov: 20 december 2025–7 januari 2026</li>"
        "<li>Vårterminen: 8 januari–11 juni 2026</li><li>Lovdagar: 30 januari, 13 mars och 14 maj</li></ul>"
        "<h2>Läxhjälp</h2><p>Läxhjälpen, som startade med pengar ur den sociala investeringsfonden, fortsätter.</p>",
        "Nytt läsår på Västerskolan", url="https://www.mora.se/skolor/vasterskolan/nyheter/nytt-lasar") == []


def test_building_work_is_no_social_project_unless_its_sentences_speak_of_people():
    assert _records(
        "<p>Nu startar ombyggnaden av Björkängens skola. Projektet pågår 2026–2028 och kostar 120 miljoner kronor.</p>"
        "<p>Under tiden går eleverna i årskurs 4–6 i paviljonger.</p>",
        "Ombyggnad av Björkängens skola", url="https://www.lerum.se/nyheter/ombyggnad-bjorkangen") == []
    (rec,) = _records(
        "<p>Projektet ska göra renoveringen till en väg in i arbete för unga vuxna 18–24 år i området, med lön och "
        "handledning. Det pågår 2026–2027 och har fått 900 000 kronor ur den sociala investeringsfonden.</p>",
        "Renovering som arbetsträning", url="https://www.lerum.se/arbete/renovering-som-arbetstraning")
    assert rec["budget_sek"] == 900_000


def test_an_events_free_entry_and_a_summers_dates_make_no_project():
    assert _records(
        "<p>Läs fem böcker i sommar och få en bok i present. För dig som är 6–12 år. Sommarläsningen pågår från den "
        "10 juni till den 20 augusti 2026. Den startade 2019 som ett projekt och är nu en del av bibliotekets "
        "ordinarie verksamhet.</p><dl><dt>Datum</dt><dd>10 juni–20 augusti 2026</dd><dt>Kostnad</dt><dd>Gratis</dd>"
        "<dt>Plats</dt><dd>Biblioteket</dd></dl>",
        "Sommarläsning 2026", url="https://www.gnesta.se/bibliotek/sommarlasning") == []


def test_an_a_to_o_index_of_services_is_no_list_of_projects():
    assert _records(
        "<p>Här hittar du stöd för dig som är 13–25 år.</p>"
        "<h2>F</h2><ul><li>Fritidsgården Oasen – Öppet för dig i årskurs 7–9, fredagar 18–23. Gratis.</li>"
        "<li>Fältgruppen – Två fältsekreterare på heltid möter unga 13–18 år på kvällar.</li></ul>"
        "<h2>K</h2><ul><li>Kulturskolan – Kurser för dig upp till 19 år, 500 kronor per termin.</li>"
        "<li>Kuratorn – Samtal för elever i årskurs 7–9, sedan 2019.</li></ul>",
        "Ungdomsguiden A–Ö", url="https://www.hjo.se/ung/ungdomsguiden") == []


def test_a_protocols_application_items_are_read_with_their_names():
    recs = _records(
        "<h2>§ 12 Ansökan om medel ur sociala investeringsfonden – Läslust</h2><h3>Ärendebeskrivning</h3>"
        "<p>Barn- och utbildningsnämnden begär 800 000 kronor ur fonden för Läslust, läsfrämjande för elever i "
        "årskurs 1–3 under läsåren 2026/27 och 2027/28.</p><h3>Kommunstyrelsens beslut</h3>"
        "<p>Kommunstyrelsen beviljar 800 000 kronor ur den sociala investeringsfonden.</p>"
        "<h2>§ 13 Ansökan om medel ur sociala investeringsfonden från socialnämnden</h2><h3>Ärendebeskrivning</h3>"
        "<p>Socialnämnden ansöker om 1 100 000 kronor för projektet Nya steg, för unga vuxna 18–25 år, 2026–2027.</p>"
        "<h3>Kommunstyrelsens beslut</h3><p>Kommunstyrelsen beviljar 1 100 000 kronor ur fonden.</p>"
        "<h2>§ 14 Årsredovisning 2025</h2><p>Under 2026 kan nämnderna söka totalt 3 miljoner kronor ur fonden.</p>",
        "Protokoll kommunstyrelsen 9 februari 2026", url="https://www.nora.se/politik/protokoll/ks-2026-02-09")
    assert [r["title"] for r in recs] == ["Läslust", "Nya steg"]
    assert [r["budget_sek"] for r in recs] == [800_000, 1_100_000]


def test_staff_hired_then_all_of_them_at_an_extent():
    assert parse_staffing("Tre coacher och en samordnare rekryteras, samtliga på halvtid.").fte == 2.0


def test_a_page_in_the_funds_section_is_not_a_project_by_its_address():
    assert _records(
        "<p>En utvärdering av regionens sociala investeringsmedel 2020–2025. Utvärderingen bygger på 12 projekt och "
        "intervjuer med projektledare för barn och unga 0–18 år.</p><h2>Resultat</h2>"
        "<ul><li>Åtta av tolv projekt lever kvar.</li><li>Kostnaderna följs sällan upp.</li></ul>",
        "Utvärdering 2020–2025",
        url="https://www.regionsormland.se/utveckling/sociala-investeringsmedel/utvardering-2020-2025") == []


def test_small_childrens_ages_in_months():
    from pipeline.swedish.targets import parse_target
    t = parse_target("Stödet vänder sig till föräldrar med spädbarn 0–9 månader.")
    assert (t.age_min, t.age_max) == (0.0, 0.75)
    assert parse_target("Insatsen pågår i 6–18 månader per familj.").age_min is None  # a duration, no age


def test_owners_behind_the_work_and_the_one_who_leads_it():
    (rec,) = _records(
        "<p>Föräldrakraft är en insats för föräldrar till barn 2–5 år. Bakom insatsen står familjecentralen och "
        "Svenska kyrkan i Alingsås, som delar på kostnaden. Insatsen pågår 2026–2027 och har fått 500 000 kronor ur "
        "den sociala investeringsfonden.</p>", "Föräldrakraft", url="https://www.alingsas.se/familj/foraldrakraft")
    assert rec["organisations"] == ["familjecentralen", "Svenska kyrkan i Alingsås"]
    (rec,) = _records(
        "<p>Kulturcentrum leder arbetet i samverkan med skolorna. Satsningen Kultur efter skolan för barn 7–12 år "
        "pågår 2026–2027 och kostar 300 000 kronor.</p>", "Kultur efter skolan",
        url="https://www.alingsas.se/kultur/kultur-efter-skolan")
    assert rec["organisations"] == ["Kulturcentrum"]


def test_payers_in_other_words():
    body = ("<p>Projektet Seniorvän för äldre över 75 år pågår 2026–2027. Det kostar totalt 800 000 kronor. Pengarna "
            "kommer ur kommunens sociala investeringsfond och från Sparbanksstiftelsen Norrland, som står för 200 000 "
            "kronor. Räddningstjänsten Höga Kusten bekostar brandvarnarna.</p>")
    (rec,) = _records(body, "Seniorvän", url="https://www.harnosand.se/aldre/seniorvan")
    assert rec["budget_sek"] == 800_000
    assert rec["funders"] == ["Sparbanksstiftelsen Norrland", "Räddningstjänsten Höga Kusten"]
    (rec,) = _records(
        "<p>Projektet Seniorvän för äldre över 75 år pågår 2026–2027. Kommunen betalar 600 000 kronor ur fonden och "
        "resten kommer från Sparbanksstiftelsen Norrland.</p>", "Seniorvän",
        url="https://www.harnosand.se/aldre/seniorvan")
    assert rec["funders"] == ["Sparbanksstiftelsen Norrland"]
    # (people in "resten av" are no payer)
    (rec,) = _records(
        "<p>Projektet Seniorvän för äldre över 75 år i Härnösand, där fler är ensamma än i resten av länet, pågår "
        "2026–2027 och kostar 600 000 kronor.</p>", "Seniorvän", url="https://www.harnosand.se/aldre/seniorvan")
    assert rec["funders"] == []


def test_a_funding_labels_sum_is_no_part_of_the_payers_name():
    (rec,) = _records(
        "<ul><li>Målgrupp: unga 16–20 år</li><li>Period: 2026–2027</li><li>Beviljat belopp: 900 000 kronor</li>"
        "<li>Medfinansiering: 200 000 kronor från Samordningsförbundet Skaraborg</li></ul>", "Ung framtid",
        url="https://www.skovde.se/arbete/ung-framtid")
    assert rec["funders"] == ["Samordningsförbundet Skaraborg"]


def test_a_pause_in_other_words_gives_no_status():
    (rec,) = _records(
        "<p>Tillfälligt uppehåll: Mentorskap står still sedan den 1 november 2025.</p><p>Projektet Mentorskap för "
        "elever i årskurs 8–9 startade i januari 2025 och har medel till och med december 2026, sammanlagt "
        "700 000 kronor ur den sociala investeringsfonden.</p>", "Mentorskap",
        url="https://www.surahammar.se/skola/mentorskap")
    assert rec["status"] is None and rec["end_date"] == dt.date(2026, 12, 31)


def test_an_extension_under_its_own_label():
    (rec,) = _records(
        "<p>Projektet Hemmaplan för unga 12–17 år har fått 1,9 miljoner kronor ur fonden.</p>"
        "<ul><li>Period: 1 januari 2024 – 31 december 2025</li><li>Förlängning: beviljad till och med 30 juni 2027</li>"
        "<li>Total kostnad: 2,9 miljoner kronor</li></ul>", "Hemmaplan", url="https://www.mora.se/stod/hemmaplan")
    assert rec["end_date"] == dt.date(2027, 6, 30)


def test_staff_with_an_adjective_or_an_aside_and_the_work_by_any_noun():
    assert parse_staffing("Två skolsociala handledare på heltid följer eleverna.").fte == 2.0
    assert parse_staffing("Tre fältassistenter, en i varje kommundel, arbetar i projektet på 50 procent vardera.").fte == 1.5
    assert parse_staffing("Två sjuksköterskor arbetar med hembesöken på halvtid vardera.").fte == 1.0


def test_a_municipality_said_again_by_its_bare_name_is_one_owner():
    (rec,) = _records(
        "<p>Projektet Seniorlänken för äldre över 65 år drivs gemensamt av Ånge kommun och Bräcke kommun, och Ånge är "
        "projektägare. Det pågår 2026–2027 och kostar 1,2 miljoner kronor.</p>", "Seniorlänken",
        url="https://www.ange.se/aldre/seniorlanken")
    assert rec["organisations"] == ["Ånge kommun", "Bräcke kommun"]


def test_a_headline_that_opens_with_a_one_word_name_the_prose_gives_after_its_kind():
    (rec,) = _records(
        "<p>Läxhjälpen Läsro på Björkskolan får fortsätta ett år till.</p><p>Läsro startade i augusti 2024 "
        "och vänder sig till elever i årskurs 7–9. Projektet har fått 400 000 kronor ur fonden.</p>",
        "Läsro förlängs efter goda resultat", url="https://www.boden.se/nyheter/2026/lasro-forlangs")
    assert rec["title"] == "Läsro"


def test_people_beginning_to_do_something_is_no_planned_start():
    p = parse_period("Syftet är att färre unga ska börja röka.\n📅 augusti 2024 – juli 2026")
    assert p.status_hint is None
    assert parse_period("Projektet ska börja i augusti 2026 och pågår till juni 2027.").status_hint == "planned"


def test_a_total_beside_the_funds_part_and_the_rest_from_another():
    (rec,) = _records(
        "<p>Projektet Byavärdar för äldre över 70 år startade hösten 2025 och pågår till och med sommaren 2027. Det "
        "kostar totalt 2,2 miljoner kronor. Kommunen finansierar 1,5 miljoner kronor ur den sociala "
        "investeringsfonden, och resten kommer från Region Västerbotten.</p>", "Byavärdar",
        url="https://www.sorsele.se/aldre/byavardar")
    assert rec["budget_sek"] == 2_200_000 and rec["funders"] == ["Region Västerbotten"]
    # a payer named before ", som står för"
    amounts = parse_amounts("Pengarna kommer från fonden och från Region Gävleborg, som står för 500 000 kronor.")
    assert amounts[0].funder == "Region Gävleborg"


def test_the_states_programme_and_money_once_for_work_now_ordinary_make_no_project():
    assert _records(
        "<p>Här hittar du alla kurser för dig som är över 20 år.</p>"
        "<h2>Lärlingsvux</h2><p>Lärlingsvux ges i samverkan med företag i Köping. Statens satsning på lärlingsvux ger "
        "kommunen statsbidrag: för 2026 har kommunen beviljats 3,2 miljoner kronor.</p>"
        "<h2>Studiestöd för nyanlända</h2><p>Studiecoacherna finansierades tidigare med medel ur kommunens sociala "
        "investeringsfond. Sedan 2025 ingår de i vuxenutbildningens ordinarie verksamhet för dig över 20 år.</p>",
        "Vuxenutbildning", url="https://www.koping.se/utbildning/vuxenutbildning") == []


def test_many_works_funded_from_the_fund_are_not_the_pages_project():
    assert _records(
        "<p>Som medarbetare hos oss får du friskvårdsbidrag på 2 500 kronor per år och heltid som norm sedan 2022. "
        "Flera av våra medarbetare arbetar i utvecklingsarbeten som finansieras ur fonden för sociala investeringar, "
        "ofta för barn och unga 0–18 år.</p>",
        "Jobba hos oss", url="https://www.kungsbacka.se/jobb/jobba-hos-oss") == []


def test_money_that_comes_from_the_fund_speaks_of_one_project():
    (rec,) = _records(
        "<p>Under hösten 2026 bjuder biblioteket in familjer med barn 0–3 år till sångstunder. Arbetet leds av en "
        "bibliotekarie på halvtid.</p><h2>Finansiering</h2><p>Arbetet beräknas kosta 420 000 kronor. Pengarna kommer "
        "ur kommunens sociala investeringsfond.</p>", "Sjung med oss", url="https://www.bjurholm.se/bibliotek/sjung")
    assert rec["budget_sek"] == 420_000


def test_the_funds_payout_and_reporting_page_holds_no_project():
    assert _records(
        "<p>När kommunstyrelsen har beviljat medel ur den sociala investeringsfonden gäller följande.</p>"
        "<h2>Så betalas medlen ut</h2><p>Medlen betalas ut en gång per år. När investeringen är avslutad betalas det "
        "som är kvar tillbaka.</p><h2>Räkneexempel</h2><p>En investering på 600 000 kronor för 2026–2027 för barn "
        "6–12 år betalas ut med 300 000 kronor per år.</p><h2>Rapportering</h2><p>Lämna en lägesrapport senast "
        "den 31 januari varje år.</p><h2>Mall för slutrapport</h2><p>1. Syfte 2. Målgrupp 3. Resultat</p>",
        "Utbetalning och rapportering", url="https://www.horby.se/kommun/sociala-investeringar/utbetalning") == []


def test_sums_of_the_ordinary_budget_and_differences_are_no_budget():
    (rec,) = _records(
        "<p>Projektet Familjeombud för barn 1–5 år pågick från augusti 2023 till och med december 2025 och "
        "permanentas nu. Två familjeombud arbetade på heltid.</p><p>Kostnaden, 900 000 kronor per år, ingår från 2026 i "
        "barn- och utbildningsnämndens budget. Placeringskostnaderna blev 300 000 kronor lägre per år.</p>"
        "<p>Projektet kostade sammanlagt 1,9 miljoner kronor.</p>", "Familjeombud",
        url="https://www.robertsfors.se/nyheter/familjeombud-permanentas")
    assert (rec["budget_sek"], rec["budget_basis"]) == (1_900_000, "total")
    assert rec["staffing_fte"] == 2.0


def test_partners_written_as_units_in_lower_case():
    (rec,) = _records(
        "<p>Projektet Kliv in för unga 16–25 år pågår 2026–2027 och kostar 800 000 kronor. Det drivs i samverkan med "
        "socialtjänstens öppenvård, anpassade gymnasieskolan, sfi Arvika och Röda Korset.</p>", "Kliv in",
        url="https://www.arvika.se/arbete/kliv-in")
    assert rec["partners"] == ["socialtjänstens öppenvård", "anpassade gymnasieskolan", "sfi Arvika", "Röda Korset"]


def test_standing_services_with_aims_and_target_groups_are_no_projects():
    # "Syfte" and "Målgrupp" over a standing benefit, a trial made standing "tills vidare"
    assert _records(
        "<h2>Syfte</h2><p>Syftet med hyresgarantin är att fler unga ska få ett eget kontrakt.</p>"
        "<h2>Målgrupp</h2><p>Hyresgarantin riktar sig till dig som är 18–25 år.</p>"
        "<h2>Bakgrund</h2><p>Hyresgarantin infördes 2021 som ett försök på två år och gäller sedan 2023 tills vidare. "
        "Kommunen har avsatt 500 000 kronor per år.</p>", "Hyresgaranti",
        url="https://www.bengtsfors.se/bo/hyresgaranti") == []
    # a service said to be "en satsning som gäller tills vidare"
    assert _records(
        "<p>Bussen är gratis för dig som är 75 år eller äldre. Det är en satsning som fullmäktige beslutade om 2024 och "
        "som gäller tills vidare. Den kostar 300 000 kronor per år.</p>", "Gratis buss för seniorer",
        url="https://www.tanum.se/trafik/gratis-buss") == []


def test_a_budget_proposal_and_another_bodys_project_are_no_projects():
    assert _records(
        "<p>Kommunstyrelsen föreslår en budget på 2,1 miljarder kronor för 2027. Den största investeringen är en ny "
        "förskola för barn 1–5 år, som beräknas kosta 60 miljoner kronor och stå klar 2028. Fyra nya fältassistenter "
        "anställs på heltid.</p>", "Kommunstyrelsen föreslår budget för 2027",
        url="https://www.taby.se/nyheter/budget-2027") == []
    assert _records(
        "<p>Rådgivningen är till för dig som är över 18 år.</p><h2>Samverkan med grannkommunen</h2><p>Sedan 2020 har vi "
        "en gemensam rådgivning med Boden. Två rådgivare på heltid. Avtalet gäller 2024–2027 och kostar 350 000 "
        "kronor per år. Rådgivningen har deltagit i ett av Länsstyrelsens projekt om ekonomiskt våld.</p>",
        "Budget- och skuldrådgivning", url="https://www.kalix.se/stod/budget-och-skuldradgivning") == []


def test_an_easy_to_read_page_is_one_project_with_its_facts_in_short_sentences():
    (rec,) = _records(
        "<p>Läsvänner är en satsning i Bjurholms kommun.</p><p>Satsningen är till för barn som är 6–9 år.</p>"
        "<h2>Från september 2025</h2><p>Satsningen började i september 2025.</p><p>Den håller på i två år.</p>"
        "<h2>Pengarna</h2><p>Satsningen kostar 800 000 kronor totalt.</p><p>Region Västerbotten betalar 200 000 "
        "kronor.</p>", "Läsvänner", url="https://www.bjurholm.se/lattlast/lasvanner")
    assert rec["end_date"] == dt.date(2027, 8, 31)
    assert rec["budget_sek"] == 800_000 and rec["funders"] == ["Region Västerbotten"]


def test_a_partners_list_ends_where_a_payers_clause_begins():
    (rec,) = _records(
        "<p>Projektet Skärgårdsvän för äldre över 70 år pågår 2026–2027 och får 600 000 kronor ur fonden. "
        "Omsorgsförvaltningen driver det i samverkan med stadsbiblioteket och PRO Öregrund, och Region Uppsala bidrar "
        "med ytterligare 200 000 kronor.</p>", "Skärgårdsvän", url="https://www.osthammar.se/aldre/skargardsvan")
    assert rec["partners"] == ["stadsbiblioteket", "PRO Öregrund"] and rec["funders"] == ["Region Uppsala"]


def test_a_grant_paragraph_that_names_its_project_only_bare():
    recs = _records(
        "<p>Regionen fördelar 1,5 miljoner kronor till två satsningar.</p>"
        "<p>Kalix kommun får 700 000 kronor för satsningen Läsglädje i Töre, för barn 6–9 år, 2026–2027.</p>"
        "<p>Haparanda kommun tilldelas 800 000 kronor för att fortsätta med Brobyggarna, som startade 2024 och nu "
        "förlängs till och med juni 2027. I Brobyggarna får unga 16–20 år stöd av mentorer.</p>",
        "Två satsningar får pengar")
    assert [r["title"] for r in recs] == ["Läsglädje i Töre", "Brobyggarna"]
    assert recs[1]["budget_sek"] == 800_000 and recs[1]["end_date"] == dt.date(2027, 6, 30)


def test_a_co_funding_labels_sum_is_added_to_the_grant():
    (rec,) = _records(
        "<ul><li>Målgrupp: unga 16–20 år</li><li>Period: 2026–2027</li><li>Beviljat belopp: 900 000 kronor</li>"
        "<li>Medfinansiering: 200 000 kronor från Samordningsförbundet Skaraborg</li></ul>", "Ung framtid",
        url="https://www.skovde.se/arbete/ung-framtid")
    assert rec["budget_sek"] == 1_100_000


def test_a_role_from_another_unit_before_its_extent():
    assert parse_staffing("Träffarna leds av en socionom på heltid och en barnmorska från mödravården på 20 procent.").fte \
        == 1.2


def test_a_projects_phases_are_one_project_dated_by_the_funded_phase():
    (rec,) = _records(
        "<p>Trygg hemma ska hjälpa fler äldre över 75 år att bo kvar hemma.</p><h2>Projektets faser</h2>"
        "<h3>Fas 1: förstudie 2023</h3><p>Förstudien kartlade behoven och bekostades av Region Gävleborg med 150 000 "
        "kronor.</p><h3>Fas 2: genomförande 2024–2026</h3><p>I fas 2 arbetar två undersköterskor på heltid. "
        "Omsorgsnämnden har fått sammanlagt 1,9 miljoner kronor ur den sociala investeringsfonden för fas 2.</p>",
        "Trygg hemma", url="https://www.hofors.se/aldre/trygg-hemma")
    assert (rec["start_date"], rec["end_date"]) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    assert rec["budget_sek"] == 1_900_000 and rec["funders"] == []


def test_a_statutory_services_news_list_and_participants_own_projects_make_no_project():
    assert _records(
        "<p>Daglig verksamhet är en insats enligt LSS för dig som är 18–67 år. Deltagarna gör egna projekt i "
        "snickeriet och får habiliteringsersättning på 60 kronor per dag.</p>"
        "<h2>Nyheter</h2><ul><li>Omsorgsnämndens budget 2027 – 220 miljoner kronor</li>"
        "<li>Sommaraktiviteter – för unga 13–20 år, gratis under juli 2026</li></ul>",
        "Daglig verksamhet", url="https://www.herrljunga.se/omsorg/daglig-verksamhet") == []


def test_shares_listed_by_payer_are_no_projects_and_owners_in_a_relative_clause():
    (rec,) = _records(
        "<p>Familjeteam Väst är ett projekt som Tidaholms kommun, Hjo kommun och Töreboda kommun driver tillsammans, "
        "för familjer med barn 6–12 år. Projektet pågår 2025–2027.</p><h2>Finansiering</h2><p>Kommunerna delar på "
        "kostnaden:</p><ul><li><strong>Tidaholms kommun:</strong> 40 procent, 800 000 kronor</li>"
        "<li><strong>Hjo kommun:</strong> 30 procent, 600 000 kronor</li><li><strong>Töreboda kommun:</strong> "
        "30 procent, 600 000 kronor</li></ul>", "Familjeteam Väst",
        url="https://www.skaraborg.se/utveckling/familjeteam-vast")
    assert rec["organisations"] == ["Tidaholms kommun", "Hjo kommun", "Töreboda kommun"]


def test_an_archives_document_links_are_no_projects_and_aspect_headings_are_no_sections():
    assert _records(
        "<p>Här kan du läsa kommunens tidning.</p><h2>Arkiv</h2><ul>"
        "<li>Nr 2 2025 (juni) – Sommarlovsaktiviteter för unga 13–18 år (pdf, 4,1 MB)</li>"
        "<li>Nr 1 2025 (mars) – Budget 2025: 310 miljoner kronor (pdf, 3,9 MB)</li></ul>",
        "Kommuntidningen", url="https://www.dorotea.se/kommun/kommuntidningen") == []
    (rec,) = _records(
        "<p>Familjestart är ett projekt för blivande föräldrar i Åkarp.</p><h2>Därför behövs Familjestart</h2>"
        "<p>Projektet vänder sig till föräldrar med barn 0–1 år.</p><h2>Pengar och tid</h2><p>Projektet löper "
        "2025–2027 och kostar 1,2 miljoner kronor.</p>", "Familjestart", url="https://www.burlov.se/familj/familjestart")
    assert rec["title"] == "Familjestart" and rec["budget_sek"] == 1_200_000


def test_a_measurements_school_year_yields_to_the_projects_own_dates():
    p = parse_period("Under läsåret 2024/25 hade var sjätte elev en frånvaro på mer än 15 procent. Närvarolyftet "
                     "startade i augusti 2025 och är tänkt att hålla på i två år, alltså till och med juni 2027.")
    assert (p.start.date, p.end.date) == (dt.date(2025, 8, 1), dt.date(2027, 6, 30))


def test_more_ways_to_say_the_start_the_owner_and_the_staff():
    p = parse_period("Teamet började arbeta den 3 mars 2025, och insatsen pågår i 12 månader.")
    assert (p.start.date, p.end.date) == (dt.date(2025, 3, 3), dt.date(2026, 3, 2))
    assert parse_staffing("Teamet består av en kurator och en psykolog som båda arbetar 50 procent.").fte == 1.0
    assert parse_staffing("Satsningen innebär tre nya heltidstjänster: två coacher och en samordnare.").fte == 3.0
    (rec,) = _records(
        "<p>Skolspåret för elever i årskurs 7–9 pågår 2025–2026 och kostar 900 000 kronor. Det är "
        "barn- och utbildningsförvaltningen som håller i arbetet, i samverkan med elevhälsan och socialtjänstens "
        "öppenvård.</p>", "Skolspåret", url="https://www.mellerud.se/skola/skolsparet")
    assert rec["organisations"] == ["barn- och utbildningsförvaltningen"]
    assert rec["partners"] == ["elevhälsan", "socialtjänstens öppenvård"]


def test_a_funds_capital_and_a_saving_over_years_are_no_budget():
    (rec,) = _records(
        "<p>Kommunstyrelsen beviljade 2,1 miljoner kronor ur den sociala investeringsfonden till satsningen Trygg "
        "skolväg för barn 6–12 år, 2026–2028. Region Stockholm bidrar med ytterligare 400 000 kronor. Satsningen kan "
        "minska kostnaderna för placeringar och andra insatser med omkring fem miljoner kronor på tio år. Fonden "
        "inrättades 2018 med 15 miljoner kronor.</p>", "Nytt stöd till skolbarn",
        url="https://www.nacka.se/nyheter/2026/nytt-stod")
    assert rec["budget_sek"] == 2_500_000


def test_an_aside_in_a_staff_list_and_a_pdfs_hyphenated_lines():
    assert parse_staffing("Två fältassistenter, en i varje kommundel, anställs på halvtid.").fte == 1.0
    (rec,) = _records(
        "<pre>PROJEKTPLAN\nSyftet är att ge fler elever en menings-\nfull fritid efter skol-\ndagen.\n\n"
        "Projektet Eftermiddag för barn- och\nungdomar 10–15 år pågår 2025–2027 och kostar 900 000 kronor.</pre>",
        "Eftermiddag", url="https://www.sorsele.se/skola/eftermiddag")
    assert rec["purpose"] == "Syftet är att ge fler elever en meningsfull fritid efter skoldagen."


def test_a_press_room_a_template_and_a_dated_headline_list_hold_no_project():
    assert _records(
        "<h2>Presskontakter</h2><p>Presstjänsten svarar vardagar 8–17.</p><h2>Senaste pressmeddelanden</h2><ul>"
        "<li>2026-02-18 Familjelots får 1,4 miljoner kronor ur fonden – för familjer med barn 0–6 år</li>"
        "<li>2025-12-10 Projektet Ung i Bjuv avslutas efter tre år – 16–20 år</li></ul>",
        "Press och media", url="https://www.bjuv.se/press-och-media") == []
    assert _records(
        "<p>Använd mallen när du skriver om er sociala investering på webben.</p><h2>Mall för webbsida</h2><ul>"
        "<li>Period: [månad år] – [månad år]</li><li>Målgrupp: [vilka, ålder]</li><li>Budget: [belopp] kronor</li>"
        "<li>Projektägare: [förvaltning]</li></ul>", "Kommunicera om din sociala investering",
        url="https://www.osby.se/kommun/sociala-investeringar/kommunicera") == []


def test_owners_as_huvudman_or_projektagare_and_a_payers_verb_ends_its_name():
    (rec,) = _records(
        "<p>Vardagsstöd för föräldrar 20–55 år pågår 2026–2027 och kostar 700 000 kronor. Huvudman är "
        "socialförvaltningen. Folkhälsomedel från Region Kalmar län täckte en tredjedel av kostnaden.</p>",
        "Vardagsstöd", url="https://www.emmaboda.se/stod/vardagsstod")
    assert rec["organisations"] == ["socialförvaltningen"] and rec["funders"] == ["Region Kalmar län"]
    (rec,) = _records(
        "<p>Projektet Vardagskraft för föräldrar 20–55 år pågår 2026–2027 och får 600 000 kronor per år. Mönsterås "
        "kommun är projektägare.</p>", "Vardagskraft", url="https://www.monsteras.se/stod/vardagskraft")
    assert rec["organisations"] == ["Mönsterås kommun"]


def test_an_owner_by_any_name_that_owns_the_work_or_has_the_main_responsibility():
    (rec,) = _records(
        "<p>Projektet Lärlingsspåret för unga 18–24 år pågår 2026–2028 och kostar 2,1 miljoner kronor. Kultur och "
        "arbete äger projektet. Tillsammans med Företagarna Bengtsfors och Arbetsförmedlingen tar projektet fram "
        "lärlingsplatser.</p>", "Lärlingsspåret", url="https://www.bengtsfors.se/arbete/larlingssparet")
    assert rec["organisations"] == ["Kultur och arbete"]
    assert rec["partners"] == ["Företagarna Bengtsfors", "Arbetsförmedlingen"]
    (rec,) = _records(
        "<p>Projektet Hela dagen för elever i årskurs 7–9 pågår 2025–2026 och kostar 900 000 kronor. "
        "Socialförvaltningen har huvudansvaret, och skolan är med som samarbetspart.</p>", "Hela dagen",
        url="https://www.kinda.se/skola/hela-dagen")
    assert rec["organisations"] == ["Socialförvaltningen"]
