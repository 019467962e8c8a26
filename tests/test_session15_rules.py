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


# -- second round (heldout73–75): partners and owners in more wordings, sections' fact lines, events, pilots

def test_partners_in_a_steering_group_a_dialog_a_collaboration_and_from_the_start():
    cases = {
        "Arbetsförmedlingen, Försäkringskassan och Hälsocentralen i Hammarstrand deltar i projektets styrgrupp.":
            ["Arbetsförmedlingen", "Försäkringskassan", "Hälsocentralen i Hammarstrand"],
        "Insatsen genomförs i nära dialog med PRO Åre och Åre församling, vars besöksvänner följer med.":
            ["PRO Åre", "Åre församling"],
        "I samarbetet ingår också Socialförvaltningen och Ållebergsgymnasiet.": ["Socialförvaltningen",
                                                                                 "Ållebergsgymnasiet"],
        "Boxholms skola och ABF Östergötland ingick i samarbetet kring läxhjälpen.": ["Boxholms skola",
                                                                                    "ABF Östergötland"],
        "Näsums IF och Svenska kyrkan i Näsum har varit samarbetspartner.": ["Näsums IF", "Svenska kyrkan i Näsum"],
        "Företagarna Gullspång och Vuxenutbildningen i Gullspång är med från början.": ["Företagarna Gullspång",
                                                                                       "Vuxenutbildningen i Gullspång"],
        "Två parter utanför kommunen är med: Närhälsan Noltorp vårdcentral, som har BVC i huset, och AB Alingsåshem, "
        "som lånar ut lokalen.": ["Närhälsan Noltorp vårdcentral", "AB Alingsåshem"],
        # the owner's clause first, then the partners': only the partners
        "Köpings kommun var insatsägare och Region Västmanland och Försäkringskassan deltog i styrgruppen.":
            ["Region Västmanland", "Försäkringskassan"],
        # people and counts of them are no partners
        "Rektorerna för de två skolorna ingår i styrgruppen. Ett tiotal arbetsgivare är med från början.": [],
        "Insatsen genomförs i dialog med vårdnadshavarna.": [],
    }
    for sentence, partners in cases.items():
        [record] = _page("Grön väg", sentence)
        assert record["partners"] == partners, sentence


def test_owners_by_where_the_work_belongs_and_who_was_given_it():
    cases = {
        "Organisatoriskt tillhör insatsen Vård- och omsorgsförvaltningen.": ["Vård- och omsorgsförvaltningen"],
        "Projektet var förlagt till Bildningsförvaltningen.": ["Bildningsförvaltningen"],
        "Projektet leddes från Kultur- och fritidsenheten.": ["Kultur- och fritidsenheten"],
        "Uppdraget att genomföra projektet har Barn- och utbildningsförvaltningen fått av kommunstyrelsen.":
            ["Barn- och utbildningsförvaltningen"],
        "Det blir Arbetsmarknadsenheten som tar hand om projektet.": ["Arbetsmarknadsenheten"],
    }
    for sentence, owners in cases.items():
        [record] = _page("Grön väg", sentence)
        assert record["organisations"] == owners, sentence


def test_a_sections_fact_lines_are_its_projects():
    body = ("<p>Regionen har beviljat medel till tre insatser.</p>"
            "<h2>Egen väg</h2><p>Insatsen ger unga som lämnar ett familjehem stöd av en vägledare, 2025–2027.</p>"
            "<p>Huvudman: Ludvika kommun, socialförvaltningen<br>Beviljat: 640 000 kronor</p>"
            "<h2>Vägen in</h2><p>Insatsen hjälper nyanlända barn in i föreningslivet, 2024–2025.</p>"
            "<p>Huvudman: Mora kommun<br>Status: avslutad</p>")
    records = _records(body, "Beviljade sociala investeringar 2025", url="https://www.regiondalarna.se/x")
    assert {r["title"]: r["organisations"] for r in records} == {
        "Egen väg": ["Ludvika kommun, socialförvaltningen"], "Vägen in": ["Mora kommun"]}


def test_a_pilot_named_before_a_dash_on_a_standing_services_page():
    body = ("<p>Kupolen är kommunens mötesplats för dig som är 13–19 år och har funnits sedan 2009.</p>"
            "<h2>Öppettider</h2><p>Måndag till torsdag 15–21.</p>"
            "<h2>Bryggan – pilot för årskurs 4–6</h2>"
            "<p>Under 2026 och 2027 prövar Kupolen något nytt. Bryggan är en social investering där barn i "
            "mellanstadiet får en egen kväll i veckan.</p>"
            "<p>Piloten pågår från januari 2026 till och med december 2027. Kommunstyrelsen har beviljat 840 000 "
            "kronor ur den sociala investeringsfonden.</p>"
            "<h2>Hitta hit</h2><p>Kupolen ligger på Kyrkogatan 8.</p>")
    [record] = _records(body, "Ungdomens hus Kupolen")
    assert record["title"] == "Bryggan" and record["budget_sek"] == 840_000


def test_the_project_part_of_an_events_page():
    facts = "".join(f"<li>{k}: {v}</li>" for k, v in (
        ("Datum", "21 april 2026"), ("Tid", "08.00–10.00"), ("Plats", "Folkets hus"), ("Kostnad", "Gratis"),
        ("Antal platser", "80"), ("Sista anmälningsdag", "14 april 2026"), ("Arrangör", "Kiruna kommun")))
    body = (f"<ul>{facts}</ul><h2>Program</h2><p>08.00 Frukost. 08.30 Föreläsning om tidiga insatser.</p>"
            "<h2>Om projektet Barnsteget</h2><p>Barnsteget är en social investering för barn 1–5 år i förskolan. "
            "Projektet pågår från augusti 2024 till juni 2027 och har fått 2,6 miljoner kronor ur fonden.</p>")
    [record] = _records(body, "Frukostseminarium: Tidiga insatser i förskolan", url="https://www.kiruna.se/x")
    assert record["title"] == "Barnsteget" and record["budget_sek"] == 2_600_000
    assert _records(body.split("<h2>Om projektet")[0], "Frukostseminarium: Tidiga insatser i förskolan",
                    url="https://www.kiruna.se/x") == []


def test_bonds_a_commission_a_policy_programme_and_an_account_of_use_hold_no_project():
    body = ("<p>Projektet Nya vårdplatser är en del av regionens satsning för barn och unga 2024–2027.</p>"
            "<table><tr><th>Kategori</th><th>Fördelat, mnkr</th><th>Exempel</th></tr>"
            "<tr><td>Vårdlokaler för barn och unga</td><td>1 250</td><td>Ny BUP-mottagning, ombyggnad 2024–2026</td></tr>"
            "<tr><td>Tillgänglighet</td><td>600</td><td>Hissar och ramper vid 22 stationer, 2025–2027</td></tr></table>")
    for title in ("Sociala obligationer", "Kommissionens slutrapport: Jämlika livschanser", "Gröna obligationer 2025"):
        assert _records(body, title, url="https://www.regionstockholm.se/x") == [], title
    program = ("<p>Programmet pekar ut riktningen för folkhälsoarbetet 2025–2030, och kommunens sociala "
               "investeringsfond är ett av verktygen.</p><h2>Mål för barn 0–5 år</h2><p>Fler barn ska gå i förskola, 2025–2030, för 2 miljoner "
               "kronor om året.</p>")
    assert _records(program, "Folkhälsopolitiskt program 2025–2030") == []


def test_facts_in_an_old_layouts_side_column():
    html = ("<html><head><title>Steget</title></head><body><table width='100%'><tr>"
            "<td width='180' class='vansterspalt'><a href='/'>Start</a><br><a href='/insatser'>Insatser</a></td>"
            "<td width='540' valign='top'><h1>Steget</h1><p>Steget är en insats som ger unga vuxna med psykisk "
            "ohälsa stöd att få ett arbete.</p><p>Insatsen följs upp en gång om året.</p></td>"
            "<td width='190' class='hogerspalt'><table><tr><td><b>Fakta om insatsen</b></td></tr><tr><td>"
            "<b>Period:</b> 1 januari 2024 – 31 december 2026<br><b>Finansiering:</b> 1 200 000 kronor från "
            "samordningsförbundet<br><b>Insatsägare:</b> Bollnäs kommun<br><b>Målgrupp:</b> Personer 18–29 år"
            "</td></tr></table><table><tr><td><b>Kontakt</b><br>Malin Gustafsson, enhetschef</td></tr></table>"
            "</td></tr></table></body></html>")
    [record] = extract_page(html.encode(), "https://www.finsamhalsingland.se/insatser/steget.htm", "text/html")
    assert (record["start_date"].isoformat(), record["end_date"].isoformat()) == ("2024-01-01", "2026-12-31")
    assert record["budget_sek"] == 1_200_000 and record["target_age_min"] == 18
    assert "Malin" not in (record["description"] or "")


def test_an_account_of_how_support_was_used_is_no_project():
    body = ("<p>Regionen erbjuder kommunerna processtöd, beräkningar och utvärdering, kostnadsfritt och utan "
            "tidsgräns.</p><h2>Så har stödet använts</h2><p>Under 2025 fick elva kommuner stöd, bland dem Arvika och "
            "Torsby, i insatser för barn 0–12 år och unga 16–24 år för sammanlagt 3 miljoner kronor.</p>")
    assert _records(body, "Stöd i arbetet med sociala investeringar", url="https://www.regionvarmland.se/x") == []


def test_a_list_tables_facts_join_the_sections_that_tell_its_projects():
    body = ("<p>Här är de insatser som fått medel.</p><table><tr><th>Kommun</th><th>Insats</th><th>Belopp (kr)</th>"
            "<th>Period</th></tr><tr><td>Krokom</td><td>Läsfrämjandet</td><td>450 000</td><td>2025–2026</td></tr>"
            "<tr><td>Strömsund</td><td>Ungdomsbussen</td><td>300 000</td><td>2026</td></tr></table>"
            "<h3>Läsfrämjandet</h3><p>Insatsen ger barn i förskoleklass läsande förebilder varje vecka.</p>"
            "<h3>Ungdomsbussen</h3><p>Bussen kör unga 13–18 år till kvällsaktiviteter. Den totala kostnaden är "
            "500 000 kronor, varav kommunen själv står för 200 000 kronor.</p>")
    records = _records(body, "Beviljade sociala investeringar 2025", url="https://www.regionjh.se/x")
    got = {r["title"]: (r["budget_sek"], r["start_date"] and r["start_date"].year, r["municipality_codes"])
           for r in records}
    # the row's amount where the section says none; the section's own total where it does
    assert got == {"Läsfrämjandet": (450_000, 2025, ["2309"]), "Ungdomsbussen": (500_000, 2026, ["2313"])}


def test_what_the_page_tells_of_the_project_is_not_its_name():
    lead = ("<p>{n} är en social investering för unga 16–20 år som behöver stöd för att klara skolan.</p>"
            "<p>Projektet pågick från augusti 2022 till juni 2024 och fick 1,2 miljoner kronor ur den sociala "
            "investeringsfonden. Här berättar vi vad {n} gav.</p>")
    for title, name in (("Stallgänget i korthet", "Stallgänget"), ("Vårdstegen – lärdomar och resultat", "Vårdstegen"),
                        ("Läsro – så gick det", "Läsro"), ("Familjeteamet kort och gott", "Familjeteamet"),
                        ("Jobbspåret – erfarenheter", "Jobbspåret")):
        [record] = _records(lead.format(n=name), title)
        assert record["title"] == name, title
