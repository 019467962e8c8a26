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


# -- periods: the end verbs in the infinitive and supine, after "ska", "kommer att", "har"

def test_end_verbs_after_a_modal_or_in_the_supine():
    from pipeline.swedish.dates import parse_period

    p = parse_period("Läxhjälpen drog i gång i mars 2024 och ska hålla på till slutet av 2026.")
    assert p.end is not None and p.end.date.year == 2026
    p = parse_period("Insatsen kommer att löpa fram till och med juni 2027.")
    assert p.end is not None and str(p.end.date) == "2027-06-30"
    p = parse_period("Sommarjobben har fortsatt till och med augusti 2025.")
    assert p.end is not None and str(p.end.date) == "2025-08-31"


def test_a_start_told_as_when_the_work_began_to_take_in_people():
    from pipeline.swedish.dates import parse_period

    p = parse_period("Mottagningen började ta emot familjer i oktober 2024 och håller öppet till och med 2026.")
    assert str(p.start.date) == "2024-10-01" and p.end.date.year == 2026
    p = parse_period("Caféet startade att ta emot besökare i maj 2025.")
    assert str(p.start.date) == "2025-05-01"


# -- money: a payer's perfect tense with an adverb between ("har dessutom beviljat")

def test_a_payer_in_the_perfect_with_an_adverb_before_the_verb():
    from pipeline.swedish.money import parse_amounts

    a = parse_amounts("Region Västmanland har också bidragit med 200 000 kronor.")
    assert [(x.sek, x.funder) for x in a] == [(200_000, "Region Västmanland")]
    a = parse_amounts("Länsstyrelsen i Dalarnas län har dessutom beviljat 350 000 kronor till tolkstödet.")
    assert [(x.sek, x.funder) for x in a] == [(350_000, "Länsstyrelsen i Dalarnas län")]
    a = parse_amounts("Arvsfonden har skjutit till 90 000 kronor.")
    assert [(x.sek, x.funder) for x in a] == [(90_000, "Arvsfonden")]
    # money a council set aside is no payer's part
    assert all(x.funder is None for x in parse_amounts("Kommunfullmäktige har avsatt 5 miljoner kronor till arbetet."))


def test_two_payers_told_in_one_sentence_give_the_sum():
    recs = _records("<p>Lärcentrum Öst började ta emot deltagare i januari 2025. Ur kommunens sociala "
                    "investeringsfond har satsningen fått 800 000 kronor, och Länsstyrelsen i Västra Götalands län har "
                    "dessutom beviljat 200 000 kronor.</p>", "Lärcentrum Öst")
    assert len(recs) == 1 and recs[0]["budget_sek"] == 1_000_000
    assert recs[0]["start_date"].isoformat() == "2025-01-01"


# -- labels: the verb "Genomförs" over a period, "Övrig finansiering" over a co-payer, "Drivs av" over the owner

def test_more_label_words_of_fact_lists():
    recs = _records("<p>Läxhjälp och samtal för elever på två skolor.</p><dl><dt>Genomförs</dt><dd>augusti 2025 – juni "
                    "2027</dd><dt>Drivs av</dt><dd>Kultur- och fritidsförvaltningen</dd><dt>Beviljat ur fonden</dt>"
                    "<dd>600 000 kronor</dd><dt>Övrig finansiering</dt><dd>150 000 kronor från Samordningsförbundet "
                    "Sjuhärad</dd></dl>", "Läxhjälp i Hässleholmen")
    assert len(recs) == 1
    r = recs[0]
    assert (r["start_date"].isoformat(), r["end_date"].isoformat()) == ("2025-08-01", "2027-06-30")
    assert r["organisations"] == ["Kultur- och fritidsförvaltningen"]
    assert r["funders"] == ["Samordningsförbundet Sjuhärad"]
    assert r["budget_sek"] == 750_000


# -- a page about one project speaks of it: by "projektet", by its title's name, or by a name its prose gives

def test_a_page_that_never_speaks_of_its_subject_as_a_project_gives_none():
    body = ("<p>Kommunen styrs av de förtroendevalda. Fullmäktige beslutar om mål och budget i juni för 2026–2028. "
            "Barn 0–6 år och deras föräldrar är ett prioriterat område, och nämnderna ska arbeta förebyggande.</p>"
            "<h2>Ekonomi</h2><p>Nettokostnaderna i budget 2026 är 980 miljoner kronor. Fonden för sociala "
            "investeringar har sedan 2019 fått 5 miljoner kronor, och varje ansökan ska ha en plan för tiden efter "
            "projekttiden.</p><p>Uppföljningen sker i delårsrapporten i augusti 2026.</p>")
    assert _records(body, "Så styrs kommunen") == []
    # the same page when it is about one named piece of work: a record
    named = ("<p>Familjelotsen är en satsning för barn 0–6 år och deras föräldrar som pågår 2026–2028. Satsningen "
             "har fått 1,2 miljoner kronor ur fonden för sociala investeringar.</p>")
    assert [r["title"] for r in _records(named, "Familjelotsen")] == ["Familjelotsen"]


# -- owners and partners in more prose wordings

def test_owners_and_partners_in_other_prose_wordings():
    r = _records("<p>Läslyftet är ett projekt för barn 6–9 år som pågår 2025–2027 med 800 000 kronor ur fonden.</p>"
                 "<p>Projektet är placerat under Kultur och fritid. I projektets referensgrupp sitter representanter "
                 "för elevhälsan, Biblioteket Borås och ABF Sjuhärad.</p>", "Läslyftet")[0]
    assert r["organisations"] == ["Kultur och fritid"]
    assert r["partners"] == ["elevhälsan", "Biblioteket Borås", "ABF Sjuhärad"]
    r = _records("<p>Gå-gruppen är ett projekt för äldre över 70 år 2025–2026 med 300 000 kronor ur fonden.</p>"
                 "<p>Ansvarig förvaltning är vård- och omsorgsförvaltningen. Vi samarbetade med PRO Borås, som "
                 "ordnade promenaderna, med Korpen Borås och med Röda Korset.</p>", "Gå-gruppen")[0]
    assert r["organisations"] == ["vård- och omsorgsförvaltningen"]
    assert r["partners"] == ["PRO Borås", "Korpen Borås", "Röda Korset"]
    r = _records("<p>Familjefika är en satsning för föräldrar till barn 0–3 år under 2026 med 200 000 kronor ur "
                 "fonden. Socialnämnden står bakom satsningen. I arbetet deltar också Svenska kyrkan i Borås.</p>",
                 "Familjefika")[0]
    assert r["organisations"] == ["Socialnämnden"]
    assert r["partners"] == ["Svenska kyrkan i Borås"]
    # a sentence about it, not an owner: "Det är … som håller i arbetet" names the unit, not "Det"
    r = _records("<p>Läxkollen är ett projekt för elever i årskurs 7–9 2025–2026 med 400 000 kronor ur fonden. Det "
                 "är fritidsgården Kvarnen som håller i arbetet.</p>", "Läxkollen")[0]
    assert "Det" not in r["organisations"]


def test_co_applicants_are_partners():
    r = _records("<p>Lässtart för familjer med barn 0–5 år, 2026–2027.</p><dl><dt>Sökande</dt><dd>Ronneby kommun</dd>"
                 "<dt>Medsökande</dt><dd>Studieförbundet Vuxenskolan Blekinge</dd><dt>Beviljat</dt>"
                 "<dd>500 000 kronor</dd></dl>", "Lässtart", url="https://www.regionblekinge.se/x")[0]
    assert r["organisations"] == ["Ronneby kommun"]
    assert r["partners"] == ["Studieförbundet Vuxenskolan Blekinge"]


# -- staffing: "är anställda på N procent var", "är med på halvtid", the people named one by one, "-atör"

def test_staff_employed_or_taking_part_at_an_extent():
    from pipeline.swedish.staffing import parse_staffing

    assert parse_staffing("Tre fritidsledare är anställda på 50 procent var.").fte == 1.5
    assert parse_staffing("En socionom är med på halvtid i arbetet.").fte == 0.5
    assert parse_staffing("Två lotsar, en kurator och en fritidsledare, arbetade i projektet på heltid.").fte == 2.0
    assert parse_staffing("Två motivatörer och en moderatör arbetar på heltid.") is not None
    # a member of a board or a family "är med" in no extent
    assert parse_staffing("En förälder är med i styrgruppen.") is None


# -- a project named in apposition after its grant ("Den andra investeringen, Vuxenlotsen, går till …")

def test_two_grants_in_one_news_item_named_in_apposition_and_in_quotes():
    body = ("<p>Nämnden har beviljat sammanlagt 2 miljoner kronor till två nya sociala investeringar.</p>"
            "<p>I Mellerud går 1,2 miljoner kronor till ”Läxhjälp i byn”, som ska ge elever i årskurs 4–9 stöd "
            "efter skolan under 2026 och 2027.</p><p>Den andra investeringen, Jobbsteget, går till Bengtsfors kommun, "
            "som får 800 000 kronor för att hjälpa unga vuxna 18–24 år till arbete. Arbetet startar i maj 2026.</p>")
    titles = [r["title"] for r in _records(body, "Två nya sociala investeringar i Dalsland",
                                           url="https://www.vgregion.se/nyheter/2026/tva-nya/")]
    assert titles == ["Läxhjälp i byn", "Jobbsteget"]


# -- a plan of activities is one project's steps; an assignment to look into something is no project yet

def test_a_table_of_goals_and_activities_is_one_projects_plan():
    body = ("<p>Läsglädje är ett projekt för elever i årskurs 1–3 som pågår 2025–2027 med 900 000 kronor ur "
            "fonden.</p><table><tr><th>Mål</th><th>Aktivitet</th><th>Ansvarig</th><th>Tid</th></tr>"
            "<tr><td>Fler läser</td><td>Högläsning varje dag i alla klasser</td><td>Rektor</td><td>Ht 2025</td></tr>"
            "<tr><td>Fler läser</td><td>Bokcirklar med föräldrar på biblioteket</td><td>Bibliotekarie</td>"
            "<td>Vt 2026</td></tr><tr><td>Uppföljning</td><td>Läsmätning och slutrapport</td><td>Projektledare</td>"
            "<td>Vt 2027</td></tr></table>")
    assert [r["title"] for r in _records(body, "Läsglädje")] == ["Läsglädje"]


def test_an_assignment_to_look_into_a_team_is_no_project():
    body = ("<h2>§ 21 Uppdrag att utreda ett mobilt team för unga 13–17 år</h2><p>Nämnden ger förvaltningen i uppdrag "
            "att utreda ett mobilt team för unga 13–17 år, som skulle kunna finansieras ur den sociala "
            "investeringsfonden med 1,5 miljoner kronor per år 2027–2028. Utredningen redovisas i juni 2026.</p>"
            "<h2>§ 22 Val av justerare</h2><p>Anna Berg (S) utses att justera protokollet.</p>")
    assert _records(body, "Protokoll socialnämnden 12 mars 2026") == []


# -- an event's label block beside a news text; how-to and about-sections of the page's own subject

def test_an_information_meetings_labels_give_no_project():
    from pipeline.extract import _is_event_block
    from pipeline.extract.segment import Segment

    seg = Segment("label-block", title="Informationsträff")
    for field, label, value in (("period", "Datum", "tisdag 10 februari 2026"), ("period", "Tid", "09.00–11.00"),
                                ("municipalities", "Plats", "digitalt via Teams"),
                                ("partners", "Medverkande", "handläggare från förbundets kansli"),
                                ("budget", "Kostnad", "kostnadsfritt\nAnmälan: senast 6 februari")):
        seg.add(field, label, value)
    assert _is_event_block(seg)
    # a project's fact box with a period, a place and its partners is no event
    project = Segment("label-block", title="Läxhjälp i Kinna")
    for field, label, value in (("period", "Tid", "2025–2027"), ("municipalities", "Plats", "Kinnaskolan"),
                                ("partners", "Samverkanspart", "ABF Sjuhärad"), ("budget", "Budget", "600 000 kronor")):
        project.add(field, label, value)
    assert not _is_event_block(project)


def test_how_to_and_about_sections_are_no_projects():
    from pipeline.extract.segment import _is_generic_heading

    for heading in ("Så kan förbundet bidra", "Om överenskommelsen", "Kommunal medfinansiering", "Så får ni stöd"):
        assert _is_generic_heading(heading), heading
    for heading in ("Läslyftet i Kinna", "Om Läsresan", "Familjekraft"):
        assert not _is_generic_heading(heading), heading


# -- payers: a money kind after the payer in a payer table, a clause taken for a name

def test_payer_tables_and_prose_give_the_payers_names_only():
    body = ("<p>Träffpunkten är en satsning för personer över 65 år som pågår 2025–2027.</p><table><caption>Finansiering, "
            "kronor</caption><tr><th>Finansiär</th><th>Belopp</th></tr><tr><td>Ale kommun, sociala investeringsfonden</td>"
            "<td>400 000</td></tr><tr><td>Region Västra Götaland, folkhälsomedel</td><td>200 000</td></tr>"
            "<tr><td>Totalt</td><td>600 000</td></tr></table>")
    r = _records(body, "Träffpunkten", url="https://www.ale.se/omsorg/traffpunkten")[0]
    assert r["funders"] == ["Region Västra Götaland"]
    r = _records("<p>Steget är ett projekt för unga 16–24 år 2026–2028. Steget delfinansieras av Allmänna arvsfonden, "
                 "som har beviljat 1,2 miljoner kronor.</p>", "Steget")[0]
    assert r["funders"] == ["Allmänna arvsfonden"]


def test_a_page_on_how_the_fund_computes_its_effects_is_no_project():
    from pathlib import Path

    page = (Path(__file__).parent / "heldout_sites26" / "www.motala.se" / "kommun-och-politik" / "ekonomi"
            / "sociala-investeringar" / "sa-beraknar-vi-effekterna" / "index.html")
    url = "https://www.motala.se/kommun-och-politik/ekonomi/sociala-investeringar/sa-beraknar-vi-effekterna"
    assert extract_page(page.read_bytes(), url, "text/html") == []
    from pipeline.extract.segment import is_generic_page_title

    assert is_generic_page_title("Så räknar vi på sociala investeringar")
    assert not is_generic_page_title("Sågverket i Mora – unga i arbete")


def test_a_title_about_a_project_gives_the_projects_name():
    body = ("<p>I filmen möter du Läxkompisarna. Läxkompisarna är ett projekt där studenter hjälper elever i årskurs 4–6 "
            "med läxorna 2025–2027, med 600 000 kronor ur den sociala investeringsfonden.</p>")
    assert [r["title"] for r in _records(body, "Se filmen om Läxkompisarna")] == ["Läxkompisarna"]


def test_an_organisations_own_abbreviation_is_dropped_and_an_owner_holds_the_named_work():
    assert split_organisations("Arbetsförmedlingen (AF), Försäkringskassan (FK) och Region Kalmar län (RK)") == [
        "Arbetsförmedlingen", "Försäkringskassan", "Region Kalmar län"]
    assert split_organisations("Närhälsan Dalaberg (Uddevalla)") == ["Närhälsan Dalaberg (Uddevalla)"]
    r = _records("<p>Räkna med mig är ett projekt för barnfamiljer med skulder 2026–2027 med 500 000 kronor ur fonden. "
                 "Socialtjänstens familjeenhet håller i Räkna med mig.</p>", "Räkna med mig")[0]
    assert r["organisations"] == ["Socialtjänstens familjeenhet"]


# -- payers named after their verb, or paying a share of the cost

def test_payers_after_their_verb_or_paying_a_share():
    from pipeline.swedish.money import parse_amounts

    a = parse_amounts("Budgeten är 900 000 kronor. Av den betalar Region Jämtland Härjedalen 200 000 kronor.")
    assert [(x.sek, x.funder) for x in a][1] == (200_000, "Region Jämtland Härjedalen")
    r = _records("<p>Jobbvägen är ett projekt för unga 18–25 år 2026–2027. Totalt kostar den 1,5 miljoner kronor, och "
                 "Samordningsförbundet Östra Södertörn betalar en tredjedel av kostnaden.</p>", "Jobbvägen")[0]
    assert r["funders"] == ["Samordningsförbundet Östra Södertörn"]


def test_more_owner_and_partner_wordings_and_a_report_after_the_name():
    r = _records("<p>Lotsen är ett projekt för barnfamiljer 2025–2027 med 700 000 kronor ur fonden. Projektet samordnas "
                 "av kultur- och fritidsenheten. Samverkan skedde framför allt med Ale bibliotek och Rädda Barnen.</p>",
                 "Lotsen – slutrapport i sammandrag")[0]
    assert r["title"] == "Lotsen" and r["organisations"] == ["kultur- och fritidsenheten"]
    assert r["partners"] == ["Ale bibliotek", "Rädda Barnen"]
    r = _records("<p>Första tiden ger hembesök till nyblivna föräldrar 2026–2027 med 400 000 kronor ur fonden. Socialförvaltningen "
                 "genomför hembesöken tillsammans med barnhälsovården.</p>", "Första tiden")[0]
    assert r["organisations"] == ["Socialförvaltningen"]
    r = _records("<p>Jobbspåret är ett projekt för unga 18–29 år 2025–2026 med 1 miljon kronor ur fonden. "
                 "Arbetsförmedlingen och Komvux Kinna är projektets externa parter.</p>", "Jobbspåret")[0]
    assert r["partners"] == ["Arbetsförmedlingen", "Komvux Kinna"]


# -- statistics per year, a budget chapter's sections, a savings plan

def test_counts_per_year_are_statistics_not_projects():
    body = ("<p>Räddningstjänsten arbetar förebyggande med barn och unga i skolan.</p><table><tr><th>Typ av insats</th>"
            "<th>2024</th><th>2025</th></tr><tr><td>Brand i byggnad</td><td>19</td><td>16</td></tr><tr><td>Trafikolycka"
            "</td><td>41</td><td>38</td></tr><tr><td>Drunkning</td><td>2</td><td>1</td></tr></table>")
    assert _records(body, "Räddningstjänstens förebyggande arbete") == []


def test_a_budget_chapter_gives_only_its_social_investment():
    body = ("<h2>4.1 Nämndens uppdrag</h2><p>Nämnden ansvarar för förskola och skola för barn 1–16 år och har 230 "
            "årsarbetare. Budgeten är 310 miljoner kronor 2026.</p><h2>4.4 Förändringar jämfört med 2025</h2><p>Lovskola "
            "för elever i årskurs 8 och 9, 300 tkr per år från 2026. Satsningen gäller tills vidare.</p>"
            "<h2>4.5 Skolbron – social investering 2026–2028</h2><p>Kommunstyrelsen beviljade 1,8 miljoner kronor ur "
            "den sociala investeringsfonden till projektet Skolbron för elever i årskurs 7–9 med hög frånvaro. "
            "Projektet pågår 2026–2028.</p>")
    titles = [r["title"] for r in _records(body, "Mål och budget 2026–2028: Barn- och utbildningsnämnden")]
    assert titles == ["Skolbron"]


def test_a_savings_plan_is_no_project():
    body = ("<p>Kommunen behöver minska kostnaderna med 24 miljoner kronor under 2026–2027. Öppenvård på hemmaplan "
            "för unga 13–20 år byggs ut med två socionomer på heltid, 1,3 miljoner kronor per år.</p>")
    assert _records(body, "Åtgärdsplan för en ekonomi i balans 2026–2027") == []


# -- the owner by the grammar of a sentence about the work, when no owner wording the rules know is there

def test_the_owner_by_a_passive_a_relative_clause_or_any_verb_of_running():
    from pipeline.extract.fields import _owner_by_grammar
    from pipeline.swedish._scan import fold

    def owner(text: str, title: str = "X"):
        found = _owner_by_grammar(text, fold(text), title)
        return found[0] if found else None

    assert owner("Projektet administreras av Kultur- och fritidsenheten och pågår till 2027.") == [
        "Kultur- och fritidsenheten"]
    assert owner("Personalen var anställd av Arbetsmarknadsavdelningen, som ägde projektet.") == [
        "Arbetsmarknadsavdelningen"]
    assert owner("Kultur- och fritidsförvaltningen sköter Sommarkväll varje fredag.", "Sommarkväll") == [
        "Kultur- och fritidsförvaltningen"]
    # not who pays, studies, receives or decides, nor a bare "Kommunen"
    assert owner("Projektet utvärderas av Mittuniversitetet.") is None
    assert owner("Socialnämnden får en halv miljon kronor för projektet.") is None
    assert owner("Kommunen driver projektet.") is None


def test_a_sentence_that_lists_the_partners_whatever_its_verb():
    r = _records("<p>Läsvänner är ett projekt för barn 6–9 år 2025–2027 med 500 000 kronor ur fonden. Läsvänner har tre "
                 "partner: Borås stadsbibliotek, som lånar ut lokaler, PRO Borås och Sjöboskolan, vars elever deltar.</p>",
                 "Läsvänner")[0]
    assert r["partners"] == ["Borås stadsbibliotek", "PRO Borås", "Sjöboskolan"]
    r = _records("<p>Jobbstart är ett projekt för unga 18–24 år 2026–2027 med 900 000 kronor ur fonden. Bland "
                 "samarbetsparterna finns Arbetsförmedlingen, Komvux Borås, som ordnar kurserna, och Borås Bygg AB.</p>",
                 "Jobbstart")[0]
    assert r["partners"] == ["Arbetsförmedlingen", "Komvux Borås", "Borås Bygg AB"]


def test_payers_by_share_sponsorship_or_promise():
    for sentence, payer in (
            ("Region Jämtland Härjedalen tar den sista fjärdedelen.", "Region Jämtland Härjedalen"),
            ("Samordningsförbundet Sörmland står för halva kostnaden, och resten tas ur fonden.",
             "Samordningsförbundet Sörmland"),
            ("Samordningsförbundet Västra Mälardalen betalade 40 procent, och kommunen tog resten.",
             "Samordningsförbundet Västra Mälardalen"),
            ("Sparbanksstiftelsen Rekarne sponsrar lägren med 150 000 kronor.", "Sparbanksstiftelsen Rekarne"),
            ("Länsstyrelsen i Västmanlands län har dessutom lovat 90 000 kronor.", "Länsstyrelsen i Västmanlands län")):
        r = _records(f"<p>Kvällsöppet är ett projekt för unga 13–17 år 2026–2027. Det kostar 400 000 kronor per år. "
                     f"{sentence}</p>", "Kvällsöppet")[0]
        assert r["funders"] == [payer], sentence
