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


# -- third round (heldout76–78)

def test_an_accordion_buttons_icon_ligature_is_no_part_of_the_name():
    body = ("<p>Kommunen har beviljat medel till två sociala investeringar.</p>"
            "<div class='c-accordion'><h3><button aria-expanded='false' aria-controls='p1'><span>Läsvänner</span>"
            "<i class='c-icon c-accordion__icon' aria-hidden='true'>expand_more</i></button></h3>"
            "<div id='p1' class='c-accordion__content' role='region' hidden><p>Insatsen ger barn i årskurs 1–3 en "
            "läsvän varje vecka.</p><p><strong>Ansvarig:</strong> Utbildningsförvaltningen "
            "<span aria-hidden='true'>·</span> <strong>Period:</strong> september 2024 – augusti 2027 "
            "<span aria-hidden='true'>·</span> <strong>Beviljat:</strong> 2 100 000 kronor</p></div>"
            "<h3><button aria-expanded='false' aria-controls='p2'><span>Kvällsöppet</span>"
            "<i class='c-icon c-accordion__icon' aria-hidden='true'>expand_more</i></button></h3>"
            "<div id='p2' class='c-accordion__content' role='region' hidden><p>Fritidsgården har öppet två kvällar "
            "till för unga 13–17 år.</p><p><strong>Ansvarig:</strong> Kultur- och fritidsförvaltningen "
            "<span aria-hidden='true'>·</span> <strong>Period:</strong> 2025–2026 <span aria-hidden='true'>·</span> "
            "<strong>Beviljat:</strong> 950 000 kronor</p></div></div>")
    records = _records(body, "Pågående sociala investeringar", url="https://www.varberg.se/x")
    got = {r["title"]: (r["organisations"], r["budget_sek"], r["start_date"] and r["start_date"].isoformat())
           for r in records}
    assert got == {"Läsvänner": (["Utbildningsförvaltningen"], 2_100_000, "2024-09-01"),
                   "Kvällsöppet": (["Kultur- och fritidsförvaltningen"], 950_000, "2025-01-01")}


def test_a_title_of_a_name_and_what_it_is_keeps_the_name_the_text_uses():
    body = ("<p>YAM är en social investering där unga 14–16 år pratar om psykisk hälsa i klassen.</p>"
            "<p>Projektet pågår 2025–2027 och fick 1,2 miljoner kronor ur fonden. I YAM leder två instruktörer "
            "samtalen.</p>")
    [record] = _records(body, "YAM – unga pratar om psykisk hälsa")
    assert record["title"] == "YAM"
    # a text that never uses the name alone keeps the heading as it is
    body = body.replace("I YAM leder", "Där leder")
    body = body.replace("<p>YAM är en", "<p>Det är en")
    [record] = _records(body, "YAM – unga pratar om psykisk hälsa")
    assert record["title"] == "YAM – unga pratar om psykisk hälsa"


def test_a_standing_way_of_working_is_no_project():
    body = ("<p>Trappan är kommunens gemensamma arbetsgång för att tidigt upptäcka och möta frånvaro i skolan.</p>"
            "<h2>Trappans steg</h2><p>Vid 10 procents frånvaro kontaktar mentorn hemmet. Elevhälsan tar över vid 20 "
            "procent.</p><h2>Närvaroteamet</h2><p>När skolans egna insatser inte räcker kan rektor begära stöd från "
            "kommunens närvaroteam. Teamet har tre heltidstjänster och stöttar skolorna sedan läsåret 2023/24 för "
            "elever i årskurs 1–9.</p><h2>Så togs trappan fram</h2><p>Trappan arbetades fram under läsåret 2022/23 "
            "av rektorer och elevhälsa, och den följs upp varje år.</p>")
    assert _records(body, "Trappan") == []
    from pipeline.extract.document import Block
    from pipeline.extract.segment import _way_of_working

    for lead, title in (("Trappan är kommunens gemensamma arbetsgång för att tidigt upptäcka frånvaro.", "Trappan"),
                        ("BBIC är det arbetssätt som socialtjänsten använder när vi utreder.", "BBIC – Barns behov i centrum")):
        assert _way_of_working(title, [Block("p", lead)], lead)
    lead = "Trappan är en metod som prövas i tre skolor."
    assert not _way_of_working("Trappan", [Block("p", lead)], lead)
    lead = "Trappan är kommunens nya arbetsgång, som har fått 900 000 kronor ur den sociala investeringsfonden."
    assert not _way_of_working("Trappan", [Block("p", lead)], lead)
    lead = "Trappan är en arbetsmodell för skolorna. Projektet pågår 2025–2027."
    assert not _way_of_working("Trappan", [Block("p", lead)], lead)
    # a method being tried out with money from the fund is one
    tried = body.replace("är kommunens gemensamma arbetsgång", "är en metod som prövas").replace(
        "<h2>Trappans steg</h2>", "<p>Projektet har fått 900 000 kronor ur den sociala investeringsfonden för "
        "2025–2027.</p><h2>Trappans steg</h2>")
    assert len(_records(tried, "Trappan")) == 1


def test_owners_within_under_and_by_responsibility_and_staff_of_their_own():
    cases = {
        "Grön väg drivs inom vård- och omsorgsförvaltningen och har sin bas hos hemtjänsten.":
            ["vård- och omsorgsförvaltningen"],
        "Investeringen låg under arbetsmarknadsenheten.": ["arbetsmarknadsenheten"],
        "Ansvaret för Grön väg har barn- och utbildningsförvaltningen.": ["barn- och utbildningsförvaltningen"],
        "Det är Kultur och fritid i kommunen som har hand om Grön väg.": ["Kultur och fritid"],
    }
    for sentence, owners in cases.items():
        [record] = _page("Grön väg", sentence)
        assert record["organisations"] == owners, sentence
    [record] = _page("Grön väg", "Grön väg har en egen lärare på 60 procent och en fritidspedagog på 40 procent.")
    assert record["staffing_fte"] == 1.0


def test_press_clippings_and_reading_tips_hold_no_project():
    items = ("<ul><li><a href='https://mitti.se/a'>Ungdomslyftet får 2,1 miljoner – pågår till 2027</a>"
             "<span>Mitt i, 5 december 2023</span></li><li><a href='https://svt.se/b'>Skolsköterskor och socialtjänst "
             "i nytt samarbete för barn 6–12 år</a><span>SVT, 2 maj 2024</span></li></ul>"
             "<h2>För journalister</h2><p>Har du frågor om kommunens sociala investeringar? Kontakta presstjänsten.</p>")
    assert _records("<p>Här samlar vi artiklar om våra sociala investeringar.</p>" + items,
                    "Sociala investeringar i media") == []
    tips = ("<p>Här har bibliotekarierna samlat böcker för dig som är 12–16 år.</p><ul><li>Vinterljus – Maja Edfelt "
            "(2023)<br>Elsa har slutat gå till skolan.</li></ul><h2>Om listan</h2><p>Boktipsen togs fram 2022 inom "
            "satsningen Läsande familj, som fick 640 000 kronor ur den sociala investeringsfonden 2022–2024.</p>")
    assert _records(tips, "Boktips: känslor, vänskap och psykisk hälsa") == []


def test_partners_knit_to_the_work_after_a_colon():
    [record] = _page("Grön väg", "Tre parter utanför kommunen är knutna till satsningen: Hälsocentralen Bollnäs och "
                     "Hälsocentralen Kilafors, vars sköterskor tipsar om deltagare, och SPF Seniorerna Bollnäs, som "
                     "ordnar träffar.")
    assert record["partners"] == ["Hälsocentralen Bollnäs", "Hälsocentralen Kilafors", "SPF Seniorerna Bollnäs"]


def test_owners_and_partners_in_the_third_rounds_wordings():
    owners = {
        "Familjeenheten har projektledarskapet.": ["Familjeenheten"],
        # (the unit, not the larger body it sits in)
        "Grön väg utgick från Ungdomsenheten inom individ- och familjeomsorgen.": ["Ungdomsenheten"],
        "Vadstena bibliotek är värd för Grön väg.": ["Vadstena bibliotek"],
        "Arbetet sker under ledning av Elevhälsan i Töreboda.": ["Elevhälsan i Töreboda"],
        "Öppenvården är ansvarig utförare av Grön väg.": ["Öppenvården"],
    }
    for sentence, want in owners.items():
        [record] = _page("Grön väg", sentence)
        assert record["organisations"] == want, sentence
    partners = {
        "Satsningen görs i ett gemensamt arbete med Kils AIK och Kils församling, som båda står för ledare.":
            ["Kils AIK", "Kils församling"],
        "Mönsterås bibliotek och Mönsterås BK är fortsatt med i samarbetet.": ["Mönsterås bibliotek", "Mönsterås BK"],
        "I nätverket kring projektet fanns Karlstads kommun, som driver gymnasieskolorna, och Region Värmland, vars "
        "mottagningar tog emot ungdomarna.": ["Karlstads kommun", "Region Värmland"],
        "Karlsborgs församling och Junis Karlsborg är engagerade i lovaktiviteterna.": ["Karlsborgs församling",
                                                                                        "Junis Karlsborg"],
        "Arbetsförmedlingen och Campus Laholm har undertecknat en avsiktsförklaring om Grön väg.":
            ["Arbetsförmedlingen", "Campus Laholm"],
        "Med på tåget finns också Studieförbundet Vuxenskolan och Vadstena folkhögskola.":
            ["Studieförbundet Vuxenskolan", "Vadstena folkhögskola"],
        "Töreboda bibliotek och BVC i Töreboda är också kopplade till satsningen.": ["Töreboda bibliotek",
                                                                                    "BVC i Töreboda"],
        "Arbetsförmedlingen och Vårdcentralen Valdemarsvik har varsin kontaktperson i projektet.":
            ["Arbetsförmedlingen", "Vårdcentralen Valdemarsvik"],
        # a count of parties is no party
        "Tre parter är knutna till satsningen: Hälsocentralen Bollnäs och SPF Seniorerna Bollnäs.":
            ["Hälsocentralen Bollnäs", "SPF Seniorerna Bollnäs"],
    }
    for sentence, want in partners.items():
        [record] = _page("Grön väg", sentence)
        assert record["partners"] == want, sentence


def test_payers_in_the_perfect_after_an_adverbial_laying_answering_and_in_a_relative_clause():
    from pipeline.swedish.money import parse_amounts

    cases = {
        "Utöver fondens pengar har RF-SISU Värmland gått in med 60 000 kronor till lekbodarna.": "RF-SISU Värmland",
        "Dessutom har Sparbanksstiftelsen Kronan bidragit med 40 000 kronor.": "Sparbanksstiftelsen Kronan",
        "Region Kalmar län lägger 100 000 kronor per år ur sina folkhälsomedel.": "Region Kalmar län",
        "Region Värmland svarade för 300 000 kronor av kostnaden.": "Region Värmland",
        "I summan ingår 100 000 kronor som Länsstyrelsen i Kalmar län har bidragit med.": "Länsstyrelsen i Kalmar län",
    }
    for sentence, payer in cases.items():
        assert [a.funder for a in parse_amounts(sentence)] == [payer], sentence


def test_the_work_given_its_name_in_a_sentence_of_its_own():
    from pipeline.extract.segment import unquoted_names

    assert [n for n, _ in unquoted_names("Piloten har fått namnet Fredagsljus och startar i mars.")] == ["Fredagsljus"]
    assert [n for n, _ in unquoted_names("Arbetet heter Kompisbryggan.")] == ["Kompisbryggan"]
    assert [n for n, _ in unquoted_names("Satsningen kallas Steget, och den pågår i två år.")] == ["Steget"]
    assert unquoted_names("Hon heter Anna Svensson och är projektledare.") == []


def test_a_tag_or_topic_page_and_a_self_paced_course_hold_no_project():
    teasers = ("<h2>Fältgruppen finns på plats under sportlovet</h2><p>Projektet Sportlovskväll pågår 2025–2027 med "
               "900 000 kronor ur den sociala investeringsfonden för unga 13–17 år.</p>")
    assert _records(teasers, "Förebyggande arbete", url="https://www.stromsund.se/amne/forebyggande-arbete") == []
    assert len(_records(teasers, "Förebyggande arbete",
                        url="https://www.stromsund.se/omsorg/forebyggande-arbete")) == 1
    course = ("<p>Kursen är kostnadsfri för anställda i länets kommuner och tar ungefär tre timmar.</p><h2>Modul 1</h2>"
              "<p>Exempel: satsningen Steget för 30 elever i årskurs 7–9 kostar 1,5 miljoner kronor över tre år, "
              "2025–2027, ur den sociala investeringsfonden.</p>")
    assert _records(course, "Webbutbildning om sociala investeringar", url="https://www.rvn.se/x") == []
