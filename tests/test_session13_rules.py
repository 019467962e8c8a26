"""Rules found in the thirteenth session (the field gaps heldout56 left, and the blind sets heldout57 onwards), each
tested in other wordings and markup than the pages that showed them."""

from __future__ import annotations

import datetime as dt

from pipeline.extract import extract_page
from pipeline.swedish.dates import parse_period
from pipeline.swedish.money import parse_amounts
from pipeline.swedish.staffing import parse_staffing


def _records(body: str, title: str, url: str = "https://www.boras.se/kommunochpolitik/x") -> list[dict]:
    html = (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Borås Stad, 501 80 Borås</p></footer>"
            "</body></html>")
    return extract_page(html.encode(), url, "text/html")


# -- staffing: extents given per person, a person's share of their own post, staff named in the definite

def test_counted_staff_then_each_ones_extent_after_a_comma():
    assert parse_staffing("Tre fältassistenter anställs, en på heltid, en på halvtid och en på 40 procent.").fte == 1.9
    assert parse_staffing("Två lärare rekryteras till satsningen, var och en på halvtid.").fte == 1.0
    assert parse_staffing("Fyra coacher är knutna till arbetet, vardera på 25 %.").fte == 1.0
    # the parts must be as many as the people counted, or nothing is read from them
    assert parse_staffing("Tre handledare anställs, en på heltid och en på 60 procent.") is None


def test_one_persons_share_of_their_own_post_given_to_the_work():
    assert parse_staffing("En kurator med 30 procent av sin tjänst i projektet träffar eleverna.").fte == 0.3
    assert parse_staffing("En specialpedagog på skolan ägnar 50 % av sin arbetstid åt insatsen.").fte == 0.5
    # the share of time spent on something else says nothing about the project's staff
    assert parse_staffing("En lärare lägger i snitt 20 procent av sin tid på dokumentation.") is None


def test_staff_counted_in_the_definite_after_de():
    assert parse_staffing("De tre fritidsledarna arbetar halvtid i satsningen.").fte == 1.5
    assert parse_staffing("De två kuratorerna jobbar på 80 procent vardera.").fte == 1.6
    assert parse_staffing("Fritidsledarna arbetar halvtid.") is None  # no count: they were counted before, or never


# -- partners and owners in prose

def test_partners_as_a_sentence_about_who_else_takes_part():
    recs = _records(
        "<p>Läxhjälp i Norrby ger elever i årskurs 4–6 stöd med skolarbetet två kvällar i veckan.</p>"
        "<p>Projektet drivs av kultur- och fritidsförvaltningen. Med i arbetet är även Studieförbundet Vuxenskolan "
        "och Norrby IF, som ordnar lokaler och ledare.</p>"
        "<p>Projektet pågår 2025–2026 och finansieras av den sociala investeringsfonden.</p>",
        "Läxhjälp i Norrby")
    assert recs[0]["partners"] == ["Studieförbundet Vuxenskolan", "Norrby IF"]


def test_partners_named_as_the_subject_of_their_clause():
    recs = _records(
        "<p>Trygg i Hässleholmen är en satsning för unga 13–17 år i stadsdelen under 2025 och 2026.</p>"
        "<p>Fritidsförvaltningen leder arbetet, och Polisen och Räddningstjänsten Södra Älvsborg deltar som "
        "samverkansparter.</p><p>Satsningen får 600 000 kronor ur den sociala investeringsfonden.</p>",
        "Trygg i Hässleholmen")
    assert recs[0]["partners"] == ["Polisen", "Räddningstjänsten Södra Älvsborg"]
    assert "Fritidsförvaltningen" not in recs[0]["partners"]


def test_a_partners_sentence_in_the_form_of_a_label():
    recs = _records(
        "<p>Familjestöd i Sjöbo ger föräldrar till barn 0–5 år stöd i hemmet under 2025–2027.</p>"
        "<p>Samarbetspartner i projektet är Region Skåne, Sjöbo församling och Barnens rätt i samhället.</p>",
        "Familjestöd i Sjöbo")
    assert recs[0]["partners"] == ["Region Skåne", "Sjöbo församling", "Barnens rätt i samhället"]


def test_a_units_running_it_with_the_owner_are_owners_a_named_body_a_partner():
    recs = _records(
        "<p>Nära skolan ska minska frånvaron i årskurs 7–9 under läsåren 2025/26 och 2026/27.</p>"
        "<p>Arbetet drivs av utbildningsförvaltningen tillsammans med individ- och familjeomsorgen, öppenvården och "
        "socialförvaltningen.</p><p>Nära skolan finansieras ur den sociala investeringsfonden.</p>",
        "Nära skolan")
    assert recs[0]["organisations"] == ["utbildningsförvaltningen", "öppenvården", "socialförvaltningen"]
    assert "socialförvaltningen" not in recs[0]["partners"]
    recs = _records(
        "<p>Rörelse efter skolan ger barn 7–12 år aktiviteter varje eftermiddag under 2025–2026.</p>"
        "<p>Satsningen drivs av fritidsförvaltningen tillsammans med Borås GIF och IK Ymer. Den får 300 000 kronor "
        "ur den sociala investeringsfonden.</p>",
        "Rörelse efter skolan")
    assert recs[0]["organisations"] == ["fritidsförvaltningen"]
    assert recs[0]["partners"] == ["Borås GIF", "IK Ymer"]


def test_bodies_that_run_something_together_are_its_owners():
    recs = _records(
        "<p>Mark kommun och Svenljunga kommun driver gemensamt en familjecentral på hjul som under 2025–2027 besöker "
        "byarna i de båda kommunerna. Den vänder sig till föräldrar med barn 0–6 år.</p>"
        "<p>Familjecentralen på hjul får 1,2 miljoner kronor från Sjuhärads sociala investeringsfond.</p>",
        "Familjecentral på hjul")
    assert recs[0]["organisations"] == ["Mark kommun", "Svenljunga kommun"]


# -- labels of partners

def test_samarbete_and_vi_samarbetar_med_are_partner_labels():
    recs = _records(
        "<p>Språkvänner i Fristad matchar nyanlända vuxna med frivilliga under 2025–2026.</p>"
        "<dl><dt>Ansvarig</dt><dd>Integrationsenheten</dd><dt>Samarbete</dt><dd>Fristad folkhögskola och "
        "Röda Korset Borås</dd><dt>Budget</dt><dd>350 000 kronor</dd></dl>",
        "Språkvänner i Fristad")
    assert recs[0]["partners"] == ["Fristad folkhögskola", "Röda Korset Borås"]
    assert recs[0]["organisations"] == ["Integrationsenheten"]
    recs = _records(
        "<p>Matgruppen ger äldre över 75 år en gemensam lunch varje vecka under 2025–2026, med medel ur den sociala "
        "investeringsfonden.</p>"
        "<div class='field'><div class='field__label'>Målgrupp</div><div class='field__item'>Du som är 75 år eller "
        "äldre och ofta äter ensam.</div></div>"
        "<div class='field'><div class='field__label'>Vi samarbetar med</div><div class='field__items'>"
        "<div class='field__item'>PRO Dalsjöfors</div><div class='field__item'>Dalsjöfors bibliotek</div>"
        "<div class='field__item'>Svenska kyrkan</div></div></div>"
        "<div class='field'><div class='field__label'>Beviljade medel</div><div class='field__item'>220 000 kronor"
        "</div></div>",
        "Matgruppen")
    assert recs[0]["partners"] == ["PRO Dalsjöfors", "Dalsjöfors bibliotek", "Svenska kyrkan"]


# -- funders, money, periods, purpose

def test_a_payer_after_its_verb_and_a_share_of_the_sum_before():
    recs = _records(
        "<p>Jobbspåret ger unga vuxna 18–29 år praktik och handledning 2025–2027.</p>"
        "<p>Kostnaden för hela projekttiden beräknas till 2,4 miljoner kronor. Av summan står Finsam Sjuhärad för "
        "800 000 kronor, och resten kommer ur kommunens sociala investeringsfond.</p>",
        "Jobbspåret")
    assert recs[0]["budget_sek"] == 2_400_000 and recs[0]["budget_basis"] == "total"
    assert recs[0]["funders"] == ["Finsam Sjuhärad"]


def test_the_total_for_the_whole_of_a_named_period():
    [a] = parse_amounts("Under hela tvåårsperioden kostar arbetet 1,6 miljoner kronor.")
    assert (a.sek, a.basis) == (1_600_000, "total")
    [a] = parse_amounts("Budgeten för hela insatsperioden är 900 000 kronor.")
    assert a.basis == "total"


def test_launch_and_wrap_up_verbs_start_and_end_a_period():
    p = parse_period("Satsningen lanserades vid terminsstarten i januari 2025 och avrundas i december 2026.")
    assert (p.start.date, p.end.date) == (dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    p = parse_period("Insatsen sjösattes i mars 2024.")
    assert p.start.date == dt.date(2024, 3, 1) and p.end is None


def test_the_idea_of_the_project_by_name_is_its_purpose_an_idea_alone_is_not():
    recs = _records(
        "<p>Mötesplats Sandared är en träffpunkt för nyblivna föräldrar under 2025–2026.</p>"
        "<p>Avsikten med Mötesplats Sandared är att föräldrar ska hitta varandra och få stöd tidigt.</p>"
        "<p>Projektet finansieras ur den sociala investeringsfonden.</p>",
        "Mötesplats Sandared")
    assert recs[0]["purpose"].startswith("Avsikten med Mötesplats Sandared är att")
    recs = _records(
        "<p>Mötesplats Sandared är en träffpunkt för nyblivna föräldrar under 2025–2026.</p>"
        "<p>Tanken är att föräldrar ska hitta varandra.</p><p>Projektet finansieras ur den sociala "
        "investeringsfonden.</p>",
        "Mötesplats Sandared")
    assert recs[0]["purpose"] is None


# -- heldout55's field gaps: a pasted document in <pre>, a first-person post, a region's page naming "kommunen"

def test_a_preformatted_documents_paragraphs_are_joined_each_on_its_own():
    # A label's value, then the printed page's running footer, then a heading and the period: the value must not run
    # on into them, and the hyphenated words are joined before the lines are.
    pre = ("HÄLSOSPÅRET                                   Dnr SN 2025/77\n\n"
           "SYFTE\nSyftet är att fler äldre ska röra sig varje dag och att ensam-\nheten ska minska i byarna runt "
           "Malung.\n\n"
           "ORGANISATION\nProjektägare:      Socialnämnden\nSamverkansparter:  Malungs IF, PRO Malung och Svenska\n"
           "                   kyrkan i Malung-Sälen\nBemanning:         Träningsledare 50 %, samordnare 20 %\n\n\n"
           "Malung-Sälens kommun – Projektplan Hälsospåret                 Sida 1 (2)\n"
           "TIDSPLAN\nProjektet pågår under två år, från januari 2026 till december 2027. Träningsledaren\n"
           "rekryteras under hösten 2025.\n\n"
           "BUDGET\nDen totala kostnaden är 1 400 000 kronor, som tas ur den sociala investeringsfonden.\n")
    recs = _records(f"<p>Socialnämnden beviljades medel till Hälsospåret.</p><pre>{pre}</pre>", "Hälsospåret",
                    "https://www.malung-salen.se/kommun-och-politik/hälsospåret")
    [r] = recs
    assert (r["start_date"], r["end_date"]) == (dt.date(2026, 1, 1), dt.date(2027, 12, 31))
    assert r["partners"] == ["Malungs IF", "PRO Malung", "Svenska kyrkan i Malung-Sälen"]
    assert r["purpose"] == ("Syftet är att fler äldre ska röra sig varje dag och att ensamheten ska minska i byarna "
                            "runt Malung.")
    assert r["staffing_fte"] == 0.7


def test_a_first_person_project_post():
    assert parse_staffing("Vi är tre coacher i teamet, och själv är jag samordnare på 40 procent.").fte == 0.4
    assert parse_staffing("Jag arbetar som kurator i satsningen på halvtid.").fte == 0.5
    assert parse_staffing("– Jag är lärare på heltid och har sett behovet länge, säger Eva.") is None


def test_kommunen_on_a_regions_page_is_the_one_municipality_the_text_names():
    recs = _records(
        "<h2>Föräldrastöd på nätet</h2><p>Vingåkers kommun beviljas 600 000 kronor för att under 2026 och 2027 "
        "erbjuda föräldrastöd via video till föräldrar med barn 0–12 år. Kommunen bidrar själv med 200 000 kronor. "
        "Arbetet sker i samverkan med barnhälsovården i Region Sörmland.</p>"
        "<h2>Läxhjälp i Flen</h2><p>Flens kommun beviljas 400 000 kronor för läxhjälp för elever i årskurs 4–6 under "
        "2026.</p>",
        "Två nya sociala investeringar", "https://regionsormland.se/nyheter/tva-nya-sociala-investeringar")
    assert recs[0]["funders"] == ["Vingåkers kommun"]
    assert recs[0]["partners"] == ["barnhälsovården i Region Sörmland"]


# -- heldout57, heldout58 and heldout_sites23 at first contact: which pages and sections hold a project

def _page(main: str, title: str, url: str, head: str = "") -> list[dict]:
    html = (f"<html><head><title>{title}</title>{head}</head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"{main}<footer><p>Kommunen, 123 45 Orten</p></footer></body></html>")
    return extract_page(html.encode(), url, "text/html")


def test_a_page_that_says_its_subject_is_no_project_gives_none():
    facts = ("<p>Parter</p><p>Borås Stad och Föreningen Grannstöd</p><p>Avtalstid</p><p>1 januari 2025 – 31 december "
             "2027</p><p>Ersättning</p><p>300 000 kronor per år</p><p>Ansvarig nämnd</p><p>Socialnämnden</p>")
    recs = _records(
        "<p>Sedan 2020 har kommunen ett idéburet offentligt partnerskap med Föreningen Grannstöd om läxhjälp för barn "
        f"7–12 år.</p><h2>Kort om partnerskapet</h2>{facts}"
        "<p>Partnerskapet är inte ett projekt utan ett långsiktigt samarbete.</p>",
        "Partnerskap med Föreningen Grannstöd")
    assert recs == []
    # the same facts without the denial: a project (so the denial decides)
    recs = _records(
        "<p>Sedan 2020 har kommunen ett idéburet offentligt partnerskap med Föreningen Grannstöd om läxhjälp för barn "
        f"7–12 år.</p><h2>Kort om partnerskapet</h2>{facts}", "Partnerskap med Föreningen Grannstöd")
    assert len(recs) == 1


def test_a_reports_sections_by_board_and_on_capital_investment_are_no_projects():
    recs = _records(
        "<p>Kommunen redovisar ett överskott på 12 miljoner kronor för perioden.</p>"
        "<h2>Socialnämnden</h2><p>Nämnden räknar med ett överskott. Under hösten startade en satsning på "
        "familjebehandling i hemmet för barn 0–12 år, som i dag når 30 familjer.</p>"
        "<h2>Kultur- och fritidsnämnden</h2><p>Lovaktiviteterna för unga 13–17 år samlade 800 deltagare. En ny "
        "satsning på simskola startade i juni 2025.</p>"
        "<h2>Investeringar</h2><p>Investeringarna uppgick till 80 miljoner kronor. Det största projektet är en ny "
        "skola med en budget på 60 miljoner kronor som blir klar 2026.</p>",
        "Delårsrapport januari–juni 2025")
    assert recs == []


def test_a_projects_blog_of_dated_posts_is_the_one_project():
    posts = "".join(
        f"<h2>{head}</h2><p>{date}</p><p>{text}</p>" for head, date, text in (
            ("Vi förlänger till 2027", "3 mars 2026",
             "Projektet förlängs till och med juni 2027 inom den budget vi redan har."),
            ("Första gruppen klar", "14 november 2025",
             "Tolv deltagare har gått klart och fem har fått jobb."),
            ("Nu börjar vi", "1 september 2025",
             "Projektet Verkstaden startar i dag och pågår till och med december 2026. Det vänder sig till unga "
             "vuxna 18–24 år och finansieras med 1,2 miljoner kronor ur den sociala investeringsfonden.")))
    recs = _records(f"<p>Verkstaden är ett projekt där unga vuxna renoverar cyklar.</p>{posts}",
                    "Verkstaden – bloggen")
    assert [r["title"] for r in recs] == ["Verkstaden"]
    assert recs[0]["end_date"] == dt.date(2027, 6, 30) and recs[0]["budget_sek"] == 1_200_000


def test_a_report_that_tells_each_project_in_its_section_and_then_sums_them_in_a_table():
    recs = _records(
        "<p>Här redovisas fondens investeringar för året.</p>"
        "<h2>3.1 Läslyftet</h2><p>Läslyftet startade i januari 2024 och pågår till och med december 2026. Det riktar "
        "sig till elever i årskurs 1–3. Barn- och utbildningsförvaltningen driver arbetet.</p>"
        "<h2>3.2 Seniorkraft</h2><p>Seniorkraft pågick från mars 2023 till februari 2025 och vände sig till "
        "personer över 75 år. Den totala budgeten var 900 000 kronor.</p>"
        "<h2>3.3 Investeringarna i siffror</h2><table><tr><th>Investering</th><th>Beviljat ur fonden</th>"
        "<th>Utfall</th></tr><tr><td>Läslyftet</td><td>1 500 000</td><td>600 000</td></tr><tr><td>Seniorkraft</td>"
        "<td>900 000</td><td>880 000</td></tr></table>",
        "Sociala investeringar")
    assert [r["title"] for r in recs] == ["Läslyftet", "Seniorkraft"]
    assert recs[0]["target_grade_min"] == 1 and recs[0]["organisations"] == ["Barn- och utbildningsförvaltningen"]
    assert recs[1]["start_date"] == dt.date(2023, 3, 1)


def test_an_empty_skip_link_target_is_not_the_pages_content():
    main = ("<div id='main'><a id='main-content' tabindex='-1'></a><div id='content'><h1>Läsfrämjande i Alvesta</h1>"
            "<p>Läsfrämjande i Alvesta är ett projekt för barn 3–5 år som pågår 2025–2026 med 400 000 kronor ur den "
            "sociala investeringsfonden.</p></div></div>")
    recs = _page(main, "Läsfrämjande i Alvesta", "https://www.alvesta.se/social-investering/lasframjande")
    assert [r["title"] for r in recs] == ["Läsfrämjande i Alvesta"]


def test_every_page_of_the_twenty_third_site_set_extracts_as_its_expected_json_says():
    # tests/heldout_sites23 (written blind): each project page one record, each page near them none. At first contact
    # four of Region Kronoberg's project pages gave none (Drupal's empty <a id="main-content"> was taken for the
    # content) and Finsam's annual report gave one ("Insatser under 2024", a year's list of seven insatser).
    import json
    from pathlib import Path
    from urllib.parse import urlsplit

    root = Path(__file__).parent / "heldout_sites23"
    wrong = []
    for host, site in json.loads((root / "expected.json").read_text(encoding="utf-8")).items():
        for kind in ("project_pages", "not_projects"):
            for url in site[kind]:
                path = urlsplit(url).path
                file = root / host / path.lstrip("/")
                if path.endswith("/") or "." not in path.rsplit("/", 1)[-1]:
                    file = file / "index.html"
                got = len(extract_page(file.read_bytes(), url, "text/html"))
                if got != (1 if kind == "project_pages" else 0):
                    wrong.append((url, got))
    assert wrong == []


def test_a_service_paid_from_the_fund_once_and_ordinary_since_is_no_project():
    recs = _records(
        "<p>Familjestödet är ett stöd för föräldrar med barn 0–12 år som behöver råd i vardagen.</p>"
        "<h2>Vad kan vi hjälpa till med?</h2><p>Vi erbjuder samtal och föräldragrupper.</p>"
        "<h2>Om oss</h2><p>I familjestödet arbetar två familjebehandlare på heltid.</p>"
        "<p>Familjestödet startade våren 2019 som en social investering. De tre första åren finansierades arbetet med "
        "2,1 miljoner kronor ur kommunens sociala investeringsfond.</p>"
        "<p>Sedan januari 2022 ingår familjestödet i socialtjänstens ordinarie verksamhet.</p>", "Familjestödet")
    assert recs == []


def test_a_final_report_titled_by_its_project_after_a_colon():
    recs = _records(
        "<p>Läsglädje var ett projekt för barn i förskoleklass.</p><h2>Bakgrund</h2><p>Många barn läser lite hemma.</p>"
        "<h2>Genomförande</h2><p>Projektet pågick från augusti 2023 till och med juni 2025. En bibliotekarie på halvtid "
        "besökte skolorna varje vecka.</p><h2>Ekonomi</h2><p>Projektet beviljades 800 000 kronor ur den sociala "
        "investeringsfonden.</p><h2>Resultat</h2><p>Barnen lånade dubbelt så många böcker.</p>",
        "Slutrapport: Läsglädje")
    assert [r["title"] for r in recs] == ["Läsglädje"]
    assert recs[0]["end_date"] == dt.date(2025, 6, 30) and recs[0]["budget_sek"] == 800_000


# -- heldout57, heldout59 and heldout60: owners, partners, payers, staff and periods in other words

def test_owners_in_other_words():
    cases = (
        ("Satsningen drivs i regi av Kulturskolan.", ["Kulturskolan"]),
        ("Huvudansvarig är Socialförvaltningen, som har anställt två coacher.", ["Socialförvaltningen"]),
        ("Ansvaret för genomförandet ligger hos Fritidsenheten.", ["Fritidsenheten"]),
        ("Projektledningen ligger hos Elevhälsan.", ["Elevhälsan"]),
        ("Det är Öppenvården som håller i trådarna.", ["Öppenvården"]),
        ("Arbetsmarknadsenheten har fått uppdraget att driva projektet.", ["Arbetsmarknadsenheten"]),
    )
    for sentence, owners in cases:
        recs = _records(f"<p>Vägen ut är ett projekt för unga 16–24 år som pågår 2025–2027 med medel ur den sociala "
                        f"investeringsfonden.</p><p>{sentence}</p>", "Vägen ut")
        assert recs[0]["organisations"] == owners, sentence


def test_sentences_under_an_organisation_heading_are_read_as_prose():
    recs = _records(
        "<p>Familjestart är ett projekt för föräldrar till barn 0–3 år som pågår 2025–2027 och finansieras ur den "
        "sociala investeringsfonden.</p><h2>Organisation</h2><p>Det är Familjeenheten som håller i trådarna. Två "
        "familjebehandlare delar på 150 % och arbetar med hembesöken.</p>"
        "<h2>Parter som deltar</h2><ul><li>Barnavårdscentralen i Borås</li><li>Öppna förskolan Solrosen</li></ul>",
        "Familjestart")
    assert recs[0]["organisations"] == ["Familjeenheten"]
    assert recs[0]["partners"] == ["Barnavårdscentralen i Borås", "Öppna förskolan Solrosen"]
    assert recs[0]["staffing_fte"] == 1.5


def test_partners_and_payers_in_other_words():
    recs = _records(
        "<p>Unga på väg ger unga 16–20 år stöd till studier och pågår 2025–2026.</p>"
        "<p>Satsningen görs i partnerskap med Polisen och Sandgärdskolan. Projektet involverar också Borås "
        "Stadsmission, som ordnar praktik.</p><p>Kostnaden delas mellan kommunens sociala investeringsfond och "
        "Länsstyrelsen i Västra Götalands län. Region Västra Götaland bidrar dessutom med 200 000 kronor.</p>",
        "Unga på väg")
    assert recs[0]["partners"] == ["Polisen", "Sandgärdskolan", "Borås Stadsmission"]
    assert sorted(recs[0]["funders"]) == ["Länsstyrelsen i Västra Götalands län", "Region Västra Götaland"]


def test_staff_sharing_posts_and_each_ones_share_and_a_definite_role():
    assert parse_staffing("Tre socionomer delar på 250 % och arbetar med grupperna.").fte == 2.5
    assert parse_staffing("Två coacher delar på en heltid.").fte == 1.0
    assert parse_staffing("Två fritidsledare arbetar vardera 40 procent i satsningen.").fte == 0.8
    assert parse_staffing("Samordnaren anställs på 75 procent.").fte == 0.75
    # a definite role beside a counted one refers back, or is another: only the counted one is read
    assert parse_staffing("En kurator anställs på 50 procent. Kuratorn arbetar på halvtid.").fte == 0.5


def test_periods_in_other_words():
    def span(text):
        p = parse_period(text)
        return (p.start.date if p and p.start else None, p.end.date if p and p.end else None)

    assert span("Satsningen drar i gång i februari 2026 och håller på till utgången av 2027.") == \
        (dt.date(2026, 2, 1), dt.date(2027, 12, 31))
    assert span("Projekttiden är arton månader räknat från den 1 april 2025.") == (dt.date(2025, 4, 1),
                                                                                  dt.date(2026, 9, 30))
    assert span("Mötesplatsen öppnade i september 2024 och finns kvar till och med augusti 2026.") == \
        (dt.date(2024, 9, 1), dt.date(2026, 8, 31))
    assert span("Kursen tog emot sina första deltagare den 3 mars 2025 och avslutas den 30 juni 2026.") == \
        (dt.date(2025, 3, 3), dt.date(2026, 6, 30))
    # the end before an extension is not the end
    assert span("Läxhjälpen startade i augusti 2024. I stället för att avslutas i juni 2026 håller den nu öppet till "
                "och med juni 2027.") == (dt.date(2024, 8, 1), dt.date(2027, 6, 30))


def test_more_owner_partner_and_payer_wordings():
    recs = _records(
        "<p>Kliv fram är en satsning för unga 12–17 år som pågår 2025–2027.</p>"
        "<p>Bakom Kliv fram står socialförvaltningen och utbildningsförvaltningen, som driver arbetet gemensamt. "
        "Polisen i Borås och fritidsgården Norrby är viktiga samarbetsparter.</p>"
        "<p>Satsningen får 3 miljoner kronor ur den sociala investeringsfonden. Dessutom har Länsstyrelsen i Västra "
        "Götalands län gett 200 000 kronor till utbildning av personalen.</p>", "Kliv fram")
    assert recs[0]["organisations"] == ["socialförvaltningen", "utbildningsförvaltningen"]
    assert recs[0]["partners"] == ["Polisen i Borås", "fritidsgården Norrby"]
    assert recs[0]["funders"] == ["Länsstyrelsen i Västra Götalands län"]
    recs = _records(
        "<p>Studiecoacher ger elever i gymnasiets första år stöd 2025–2027.</p><p>Det ägs gemensamt av socialnämnden "
        "och gymnasienämnden. I det dagliga arbetet samverkar projektet med Region Västra Götaland och "
        "Arbetsförmedlingen.</p><p>Därutöver betalar Samordningsförbundet Sjuhärad lönen för en av coacherna.</p>"
        "<p>Projektet finansieras ur den sociala investeringsfonden.</p>", "Studiecoacher")
    assert recs[0]["organisations"] == ["socialnämnden", "gymnasienämnden"]
    assert recs[0]["partners"] == ["Region Västra Götaland", "Arbetsförmedlingen"]
    assert recs[0]["funders"] == ["Samordningsförbundet Sjuhärad"]


def test_the_one_and_the_other_post_after_a_comma():
    assert parse_staffing("Två rådgivare har anställts för projektet, den ena på heltid och den andra på 75 procent."
                          ).fte == 1.75
    assert parse_staffing("Fem rastledare, en på varje skola, har anställts på 50 procent vardera.").fte == 2.5
    assert parse_staffing("En ekonomisk rådgivare anställs på 75 procent.").fte == 0.75


# -- heldout61 (written after every rule above) at first contact: a network's page, a service by law, a grant scheme

def test_a_networks_own_sections_are_no_projects():
    recs = _records(
        "<p>Nätverket samlar kommunerna i länet kring sociala investeringar.</p>"
        "<h2>Träffar 2026</h2><table><tr><th>Datum</th><th>Plats</th><th>Tema</th></tr><tr><td>4 mars 2026</td>"
        "<td>Borås</td><td>Att mäta effekter</td></tr><tr><td>9 juni 2026</td><td>Ulricehamn</td><td>Ekonomi</td></tr>"
        "</table><h2>Så finansieras nätverket</h2><p>Regionen avsätter 250 000 kronor per år för processledning, och "
        "en processledare arbetar på 40 procent.</p><h2>Nätverkets historia</h2><p>Nätverket startade 2019 som ett "
        "projekt mellan två kommuner och är sedan 2022 permanent.</p>",
        "Nätverk för sociala investeringar", "https://www.vgregion.se/regional-utveckling/natverk")
    assert recs == []


def test_a_service_by_law_beside_the_states_programme_and_a_building_teaser():
    recs = _records(
        "<p>Har du beviljats hemtjänst kan du välja utförare. Hemtjänst är en insats enligt socialtjänstlagen.</p>"
        "<h2>Utförare 2026</h2><h3>Omsorg i Sjuhärad AB</h3><p>Utför hemtjänst i Borås sedan 2015.</p>"
        "<p>Under 2025 och 2026 kan personalen utbilda sig med stöd av Äldreomsorgslyftet, den statliga satsningen på "
        "kompetens i äldreomsorgen.</p><ul><li>Upprustningen av badhuset – projektet kostar 40 miljoner kronor och "
        "pågår till 2027</li></ul>",
        "Utförare av hemtjänst")
    assert recs == []


def test_a_column_of_dates_is_no_column_of_projects_and_a_grant_schemes_page_no_project():
    recs = _records(
        "<p>Föreningar kan söka projektbidrag för tidsbegränsade projekt för barn 6–19 år.</p><h2>Det här gäller</h2>"
        "<ul><li>Projektet ska vara öppet för alla.</li><li>Bidraget är högst 50 000 kronor per projekt.</li></ul>"
        "<h2>Ansökningstider</h2><table><tr><th>Omgång</th><th>Sista dag</th><th>Projektet får starta tidigast</th>"
        "</tr><tr><td>Vår</td><td>15 februari 2026</td><td>1 april 2026</td></tr><tr><td>Höst</td><td>15 augusti "
        "2026</td><td>1 oktober 2026</td></tr></table>",
        "Projektbidrag för fritidsföreningar")
    assert recs == []


def test_a_kommunalforbunds_name_for_its_fund_makes_a_page_topical():
    # Fyrbodal grants "medel för social hållbarhet": a project page that names no other topic word is on topic.
    from crawlers.relevance import assess_page

    text = ("Projektet pågick från augusti 2019 till juni 2022. Två fritidsledare arbetade på Kungsmarksskolan under "
            "skoldagen och på fritidsgården på kvällarna, för att elever i årskurs 6–9 skulle få en trygg skoldag och "
            "en meningsfull fritid. Munkedals kommun fick 1 100 000 kronor i medel för social hållbarhet.")
    ok, why = assess_page("https://www.fyrbodal.se/projektbank/1198-fritidsledare-i-skolan", "Fritidsledare i skolan",
                          text)
    assert ok, why
    ok, why = assess_page("https://www.fyrbodal.se/projektbank/1198-fritidsledare-i-skolan", "Fritidsledare i skolan",
                          text.replace("i medel för social hållbarhet", "från kommunen"))
    assert not ok


# -- heldout64 (written after every rule above) at first contact

def test_a_news_list_under_its_heading_does_not_make_a_page_a_projects():
    recs = _records(
        "<p>Under 2025 fick socialförvaltningen 150 synpunkter. De flesta gällde handläggningstider.</p>"
        "<table><tr><th>Verksamhet</th><th>Klagomål</th></tr><tr><td>Äldreomsorg</td><td>40</td></tr></table>"
        "<p>Tio synpunkter kom från barn och unga under 18 år.</p>"
        "<h2>Nyheter</h2><ul><li>Ny förskola i Sandared – projektet kostar 90 miljoner kronor och pågår till "
        "2027</li><li>Sportlovsaktiviteter för barn 6–15 år</li></ul>",
        "Synpunkter på socialtjänsten 2025")
    assert recs == []


def test_work_on_something_else_and_a_building_project_speak_of_no_project():
    recs = _records(
        "<p>Borås 2035 är kommunens vision: en stad där alla barn växer upp tryggt.</p><h2>Tre målområden</h2>"
        "<p>Fler unga 16–24 år ska arbeta eller studera. Kommunens sociala investeringsfond är ett av verktygen.</p>"
        "<h2>Så tog vi fram visionen</h2><p>Arbetet med visionen pågick från hösten 2022 till våren 2023, och 900 "
        "invånare svarade på en enkät.</p>",
        "Vision 2035")
    assert recs == []
    recs = _records(
        "<p>Kommunen redovisar ett överskott på 20 miljoner kronor för 2025.</p>"
        "<p>Den största investeringen var ombyggnaden av Sjöboskolan. Projektet har en total budget på 50 miljoner "
        "kronor och blir klart till höstterminen 2026.</p><p>Fonden för sociala investeringar fick 3 miljoner kronor, "
        "och två ansökningar behandlas under våren 2026.</p>",
        "Bokslutskommuniké 2025: Överskott på 20 miljoner kronor")
    assert recs == []


def test_work_that_began_and_is_now_part_of_something_standing():
    recs = _records(
        "<p>Socionomstudenter kan göra sin praktik hos oss under termin 5.</p><h2>Studentmedarbetare</h2>"
        "<p>Efter praktiken kan du söka en anställning som studentmedarbetare på 25 procent.</p>"
        "<p>Satsningen på studentmedarbetare startade 2023 i samverkan med högskolan och är i dag en del av "
        "socialförvaltningens plan för kompetensförsörjning.</p>",
        "Praktik för socionomstudenter")
    assert recs == []


def test_a_granted_projects_page_titled_by_its_kind_and_its_name():
    recs = _records(
        "<p>Steg för steg · Ockelbo kommun · 2026–2027 · 1 200 000 kronor</p>"
        "<p>Projektet ska hjälpa unga vuxna 18–25 år som varken arbetar eller studerar att hitta ett arbete. Ockelbo "
        "kommun driver projektet, och regionen har beviljat 1 200 000 kronor ur regionens sociala "
        "investeringsmedel.</p>",
        "Beviljad social investering: Steg för steg", "https://www.regiongavleborg.se/regional-utveckling/steg")
    assert [r["title"] for r in recs] == ["Steg för steg"]


# -- heldout63 (written after every rule above) at first contact

def test_a_projects_phases_listed_under_a_phases_heading_are_the_one_project():
    recs = _records(
        "<p>Hemmaplan är ett projekt där socialtjänsten bygger ett eget team för ungdomar 13–17 år.</p>"
        "<h2>Arbetet i tre faser</h2><p>Kostnaden för varje fas står inom parentes.</p><ol>"
        "<li>Start (januari–maj 2026, 300 000 kronor). Teamet rekryteras.</li>"
        "<li>Uppbyggnad (juni–december 2026, 600 000 kronor). De första familjerna får stöd.</li>"
        "<li>Drift (2027, 1 000 000 kronor). Teamet arbetar fullt ut.</li></ol>"
        "<h2>Budget, bemanning och organisation</h2><p>Projektet finansieras med 1,9 miljoner kronor ur den sociala "
        "investeringsfonden. Projektet ägs av Socialförvaltningen och genomförs tillsammans med Region Västra "
        "Götaland.</p>",
        "Hemmaplan")
    assert [r["title"] for r in recs] == ["Hemmaplan"]
    assert recs[0]["organisations"] == ["Socialförvaltningen"]


def test_a_withdrawn_grant_in_a_table_is_no_project():
    recs = _records(
        "<p>Regionen har beviljat medel till tre projekt.</p><table><tr><th>Projekt</th><th>Projektägare</th>"
        "<th>Beviljat belopp (kr)</th><th>Status</th></tr><tr><td>Läsvänner</td><td>Marks kommun</td><td>400 000</td>"
        "<td>Pågår</td></tr><tr><td>Ung kraft</td><td>Bollebygds kommun</td><td>300 000</td><td>Återkallat</td></tr>"
        "<tr><td>Seniorträffen</td><td>Tranemo kommun</td><td>250 000</td><td>Planerad</td></tr></table>",
        "Beviljade sociala investeringar 2025", "https://www.vgregion.se/regional-utveckling/beviljade-2025")
    assert [r["title"] for r in recs] == ["Läsvänner", "Seniorträffen"]


def test_agreements_statutes_and_a_project_named_in_passing_give_no_record():
    recs = _records(
        "<p>Här finns kommunens gällande avtal inom individ- och familjeomsorgen.</p><table><tr><th>Avtalsområde</th>"
        "<th>Leverantör</th><th>Avtalsperiod</th><th>Uppskattat värde</th></tr><tr><td>Familjebehandling</td>"
        "<td>Familjestöd AB</td><td>2025-01-01 – 2026-12-31</td><td>4 000 000</td></tr></table>"
        "<p>Utvärderingar av de projekt som finansieras ur kommunens sociala investeringsfond avropas av den "
        "förvaltning som äger projektet.</p>",
        "Avtal inom individ- och familjeomsorgen")
    assert recs == []
    sections = "".join(f"<p>{n} § {t}</p>" for n, t in ((1, "Föreskrifterna gäller från och med den 1 juli 2025."),
                                                        (2, "Alkohol får inte förtäras på allmän plats."),
                                                        (3, "Arbetet ska bedrivas så att det stör så lite som möjligt.")))
    recs = _records("<p>Föreskrifterna är en del av trygghetsarbetet, där bland annat projektet Trygg i centrum "
                    f"ingår.</p>{sections}", "Lokala ordningsföreskrifter")
    assert recs == []


def test_more_owner_payer_and_start_wordings():
    recs = _records(
        "<p>Lunchvänner är ett projekt för äldre över 75 år som äter ensamma.</p><p>Omsorgsförvaltningen står som "
        "ägare till projektet. Projektet kör i gång i april 2026 och pågår till och med mars 2028.</p>"
        "<p>Två miljoner kronor kommer ur kommunens sociala investeringsfond, och Region Västra Götaland svarade för "
        "resten.</p>", "Lunchvänner")
    assert recs[0]["organisations"] == ["Omsorgsförvaltningen"]
    assert recs[0]["funders"] == ["Region Västra Götaland"]
    assert recs[0]["start_date"] == dt.date(2026, 4, 1)


def test_a_comparisons_time_a_decisions_day_and_a_date_in_brackets():
    p = parse_period("Från vårterminen 2025 och två år framåt får eleverna rastledare. Skolorna räknar incidenterna och "
                     "jämför med läsåret 2023/24.")
    assert p.start.date == dt.date(2025, 1, 1)
    p = parse_period("Projektet pågår i tre år från beslutet den 20 november 2024.")
    assert (p.start.date, p.end.date) == (dt.date(2024, 11, 20), dt.date(2027, 11, 19))
    p = parse_period("Projekttid\n3 år från beslut (2024-11-20)")
    assert (p.start.date, p.end.date) == (dt.date(2024, 11, 20), dt.date(2027, 11, 19))


def test_a_payers_sum_after_the_money_is_said_to_be_shared_is_a_part():
    amounts = parse_amounts("Budgeten på 1 200 000 kronor delas mellan kommunens sociala investeringsfond och Region "
                            "Halland, som står för 400 000 kronor.")
    assert [(a.sek, a.part) for a in amounts] == [(1_200_000, False), (400_000, True)]
    # without the sharing, the payer's sum is no part of anything
    amounts = parse_amounts("Budgeten är 1 200 000 kronor. Region Halland, som står för 400 000 kronor, är partner.")
    assert [a.part for a in amounts] == [False, False]


# -- heldout65 (written after every rule above) at first contact: 0.091 / 1.000 on 6533c52, 0.095 / 1.000 on d6d6966

def test_more_page_kinds_that_describe_no_project():
    premises = ("<table><tr><th>Objekt</th><th>Åtgärd</th><th>Tidplan</th><th>Mnkr</th></tr><tr><td>Inhyrning, "
                "Storgatan 3</td><td>Ny lokal för familjecentralen</td><td>2026</td><td>1,2</td></tr><tr><td>Avveckling"
                "</td><td>Paviljong</td><td>2027</td><td>0,4</td></tr></table>")
    for title, body in (
            ("Lokalförsörjningsplan 2026–2030", f"<p>Planen beskriver kommunens behov av lokaler för barn 0–5 år.</p>"
                                                f"{premises}<p>Familjecentralen startade 2019 som en social investering."
                                                f"</p>"),
            ("Sponsring 2026", "<p>Bostadsbolaget sponsrar aktiviteter för barn 7–12 år i våra områden.</p><table><tr>"
                               "<th>Aktivitet</th><th>Period</th><th>Belopp</th></tr><tr><td>Fotbollsskola för barn "
                               "7–12 år</td><td>2026</td><td>40 000</td></tr><tr><td>Läxhjälp efter skolan</td><td>"
                               "2026</td><td>25 000</td></tr></table><p>Kommunen har också en social "
                               "investeringsfond.</p>"),
            ("Övning Snöstorm 2025 – utvärdering", "<p>Övningen genomfördes den 4 december 2025 med 40 deltagare och "
                                                   "finansierades med 120 000 kronor från MSB.</p><table><tr><th>Åtgärd"
                                                   "</th><th>Ansvarig</th><th>Klart</th></tr><tr><td>Utbilda tio "
                                                   "medarbetare i krisledning</td><td>Kommunledningen</td><td>2026</td>"
                                                   "</tr></table><p>Äldre över 80 år fick information.</p>"),
    ):
        assert _records(body, title) == [], title


def test_people_and_years_are_no_projects_names():
    recs = _records(
        "<p>Beredningen arbetar med trygghet för barn och unga 10–18 år och har 90 000 kronor per år.</p>"
        "<table><tr><th>Namn</th><th>Parti</th><th>Roll</th></tr><tr><td>Henrik Ek</td><td>S</td><td>Ordförande</td>"
        "</tr><tr><td>Anna Lind</td><td>M</td><td>Vice ordförande</td></tr><tr><td>Karin Berg</td><td>C</td><td>"
        "Ledamot</td></tr></table>"
        "<h2>Tidigare uppdrag</h2><ul><li>2023–2024: Kartläggning av fritidsvanor bland unga 13–18 år, med 50 000 "
        "kronor ur den sociala investeringsfonden.</li><li>2021–2022: Ett förslag om nattvandring i centrum.</li></ul>",
        "Beredningen för trygghet")
    assert recs == []


def test_a_made_up_example_and_work_paid_once_and_ordinary_since():
    recs = _records(
        "<p>Fonden följer upp varje investering med indikatorer.</p><h2>Räkneexempel: det påhittade projektet "
        "Skolsteget</h2><p>Skolsteget riktar sig till elever i årskurs 7–9, pågår 2026–2028 och får 1,8 miljoner "
        "kronor ur den sociala investeringsfonden. Två socialpedagoger arbetar på heltid.</p>",
        "Så mäter vi effekter")
    assert recs == []
    recs = _records(
        "<p>Familjeteamet i Ulricehamn får årets folkhälsopris.</p><p>Teamet började 2019 som en social investering, "
        "där kommunen under tre år satsade 3 miljoner kronor ur sin sociala investeringsfond. Sedan januari 2022 ingår "
        "familjeteamet i socialtjänstens ordinarie verksamhet.</p>",
        "Folkhälsopriset 2025 till Familjeteamet i Ulricehamn")
    assert recs == []


def test_an_episode_titled_by_the_project():
    recs = _records(
        "<p>I avsnittet berättar projektledaren om Jobbnyckeln.</p><p>Jobbnyckeln är ett projekt för unga vuxna "
        "18–29 år som har försörjningsstöd. Projektet pågår från januari 2025 till december 2027 och finansieras med "
        "2 miljoner kronor ur kommunens sociala investeringsfond. Två coacher arbetar på heltid.</p>",
        "Avsnitt 12: Jobbnyckeln – från bidrag till eget jobb")
    assert [r["title"] for r in recs] == ["Jobbnyckeln"]


# -- heldout66 (written after every rule above) at first contact: 0.857 / 0.923 on 6533c52 and on 3abbfa8

def test_a_decision_still_to_come_about_ordinary_work_is_not_standing_work():
    recs = _records(
        "<p>Ett år efter starten visar projektet Läsrum sina första resultat.</p><p>Läsrum startade i september 2024 "
        "på tre förskolor och ska pågå i tre år. Barn mellan tre och fem år deltar.</p><h2>Kostnader</h2><p>Läsrum "
        "kostar totalt 1,8 miljoner kronor. Det mesta kommer ur kommunens sociala investeringsfond.</p>"
        "<h2>Nästa steg</h2><p>När projektet avslutas ska nämnden ta ställning till om arbetssättet ska bli en del av "
        "den ordinarie verksamheten.</p>",
        "Ett år med Läsrum: fler barn läser")
    assert [r["title"] for r in recs] == ["Läsrum"]


def test_a_page_about_other_municipalities_funds_gives_no_record():
    recs = _records(
        "<p>Kommunen utreder om en social investeringsfond kan bli ett sätt att arbeta mer förebyggande.</p>"
        "<h2>Så har andra gjort</h2><p>De flesta kommuner som har en fond har avsatt mellan 5 och 100 miljoner kronor, "
        "ofta för barn och unga 0–20 år.</p><h2>Nätverk och kunskapsstöd</h2><p>SKR samordnar ett nätverk för "
        "kommuner och regioner som arbetar med sociala investeringar sedan 2016.</p>",
        "Sociala investeringar i andra kommuner och regioner")
    assert recs == []


def test_heldout66s_owner_partner_and_payer_wordings():
    recs = _records(
        "<p>Närvaro i fokus är en satsning för elever i årskurs 4–9 som pågår 2025–2027.</p>"
        "<p>Det är Elevhälsoenheten som bär ansvaret för Närvaro i fokus. Till arbetsgruppen hör också representanter "
        "för socialtjänsten och för Barn- och ungdomspsykiatrin i Region Halland.</p>"
        "<p>Tre fjärdedelar av pengarna kommer ur kommunens sociala investeringsfond, och Region Halland täcker den "
        "sista fjärdedelen.</p>", "Närvaro i fokus")
    assert recs[0]["organisations"] == ["Elevhälsoenheten"]
    assert recs[0]["partners"] == ["socialtjänsten", "Barn- och ungdomspsykiatrin i Region Halland"]
    assert recs[0]["funders"] == ["Region Halland"]
    recs = _records(
        "<p>Vårdsteget ger nyanlända vuxna 20–64 år en väg till vårdyrken 2025–2026.</p>"
        "<p>Vårdsteget hör organisatoriskt till Arbetsmarknadsenheten. Vuxenutbildningen och Arbetsförmedlingen är med "
        "och formar upplägget.</p><p>Vårdsteget har fått 900 000 kronor ur den sociala investeringsfonden, och "
        "Länsstyrelsen i Hallands län har dessutom beviljat 300 000 kronor.</p>", "Vårdsteget")
    assert recs[0]["organisations"] == ["Arbetsmarknadsenheten"]
    assert recs[0]["partners"] == ["Vuxenutbildningen", "Arbetsförmedlingen"]
    assert recs[0]["funders"] == ["Länsstyrelsen i Hallands län"]


def test_staff_with_an_extent_each_posts_of_an_extent_and_a_fraction_of_ones_time():
    assert parse_staffing("Här arbetar en kurator och en specialpedagog med 60 procent var, samt en fritidsledare med "
                          "40 procent.").fte == 1.6
    assert parse_staffing("I teamet finns tre behandlare med en tjänstgöringsgrad på 50 procent var.").fte == 1.5
    assert parse_staffing("Två coacher, en i varje kommun, har tjänster om 75 procent.").fte == 1.5
    assert parse_staffing("En samordnare lägger en fjärdedel av sin tid på projektet.").fte == 0.25
    # a share of something else is no staff
    assert parse_staffing("En lärare med 20 procent av eleverna.") is None
    assert parse_staffing("Projektet får en fjärdedel av pengarna från regionen.") is None
