"""Rules found on pages written blind in styles the other sets lacked (tests/heldout6), tested here in other
wordings: a <dl> of project names each described in sentences, labels set in italics without a colon, job
advertisements and news about the fund itself (no project records), and the fund's own process headings."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import extract_page
from pipeline.extract.document import parse_html

URL = "https://www.regionhalland.se/utveckling/sociala-investeringar/beviljade-medel/"


def _records(html: str, url: str = URL) -> list[dict]:
    return extract_page(html.encode(), url, "text/html")


def _page(body: str, title: str = "Beviljade medel 2025") -> str:
    return (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer><p>Region Halland</p></footer></body></html>")


NAME_LIST = """<p>Regionstyrelsen beslutade i mars om följande projekt.</p><dl>
<dt>Familjecentral i Hyltebruk</dt><dd><p>Hylte kommun får 800 000 kronor för att under 2025–2026 öppna en
familjecentral för familjer med barn 0–6 år.</p></dd>
<dt>Närvaroteam i Laholm</dt><dd>Laholms kommun beviljas 1,1 miljoner kronor för ett närvaroteam som 2025–2027
arbetar med elever i årskurs 4–9 som har hög frånvaro.</dd>
<div><dt>Träffpunkt för seniorer</dt><dd>Kungsbacka kommun får 450 000 kronor för mötesplatser för personer över
75 år under 2025–2026.</dd></div></dl>"""


def test_a_list_of_names_described_in_sentences_gives_one_record_each():
    recs = _records(_page(NAME_LIST))
    assert [r["title"] for r in recs] == ["Familjecentral i Hyltebruk", "Närvaroteam i Laholm",
                                          "Träffpunkt för seniorer"]
    assert [r["budget_sek"] for r in recs] == [800_000, 1_100_000, 450_000]
    assert recs[1]["target_grade_min"] == 4 and recs[1]["target_grade_max"] == 9


def test_a_fact_box_dl_stays_labels_and_values():
    html = _page("""<p>Projektet ger stöd till unga vuxna som varken arbetar eller studerar.</p><dl>
    <dt>Målgrupp</dt><dd>Unga vuxna 18–24 år</dd><dt>Projektperiod</dt><dd>2024–2026</dd>
    <dt>Samverkansparter</dt><dd>Arbetsförmedlingen och Region Halland</dd></dl>""", title="Unga vuxna i arbete")
    (rec,) = _records(html)
    assert rec["title"] == "Unga vuxna i arbete"
    assert rec["target_group"] == "Unga vuxna 18–24 år"
    assert rec["partners"] == ["Arbetsförmedlingen", "Region Halland"]


def test_a_dl_of_short_values_is_no_name_list():
    doc = parse_html(_page("<dl><dt>Öppettider</dt><dd>Måndag–fredag 8–16</dd><dt>Adress</dt><dd>Storgatan 1</dd>"
                           "</dl>").encode(), URL)
    assert not [b for b in doc.blocks if b.kind == "heading" and b.level == 5]


@pytest.mark.parametrize("tag", ["em", "i"])
def test_a_label_in_italics_without_a_colon_is_a_label(tag):
    html = _page(f"""<h2>Läxhjälp i Oskarström</h2><p><{tag}>Syfte</{tag}> Att fler elever klarar kunskapskraven.</p>
    <p><{tag}>Målgrupp</{tag}> Elever i årskurs 4–6</p><p><{tag}>Tidsperiod</{tag}> 2024–2025</p>
    <h2>Mötesplats Sannarp</h2><p><{tag}>Syfte</{tag}> Att minska ensamheten bland äldre.</p>
    <p><{tag}>Målgrupp</{tag}> Personer över 70 år</p><p><{tag}>Tidsperiod</{tag}> 2025–2026</p>""",
                 title="Sociala investeringar")
    recs = _records(html, "https://www.halmstad.se/sociala-investeringar")
    assert [r["title"] for r in recs] == ["Läxhjälp i Oskarström", "Mötesplats Sannarp"]
    assert recs[0]["purpose"] == "Att fler elever klarar kunskapskraven."
    assert recs[0]["target_group"] == "Elever i årskurs 4–6"


def test_italics_that_are_no_label_stay_text():
    doc = parse_html(_page("<p><em>Obs!</em> Ansökan stänger den 1 mars.</p>").encode(), URL)
    assert all(b.lead is None for b in doc.blocks)


JOB_AD = """<p>Halmstads kommun, Socialförvaltningen</p>
<h2>Om tjänsten</h2><p>Vi söker en processledare för kommunens sociala investeringar. Tjänsten är ett
projekt på 100 % under 2025–2026 i samverkan med Region Halland och Polisen.</p>
<h2>Dina arbetsuppgifter</h2><p>Du leder projektet Tryggare Andersberg för unga 13–20 år.</p>
<h2>Din profil</h2><p>Du har erfarenhet av att leda förändringsarbete.</p>
<p>Anställningsform: Tidsbegränsad anställning</p><p>Sista ansökningsdag: 2025-01-31</p>"""


def test_a_job_advertisement_gives_no_records():
    assert _records(_page(JOB_AD, title="Processledare sociala investeringar"),
                    "https://www.halmstad.se/jobb/lediga-jobb/processledare") == []


def test_a_project_page_that_names_tasks_is_no_job_ad():
    html = _page("""<p>Projektet Tryggare Andersberg pågår 2025–2026 och vänder sig till unga 13–20 år.</p>
    <h2>Arbetsuppgifter</h2><p>Fältassistenterna arbetar kvällstid i bostadsområdet.</p>""",
                 title="Tryggare Andersberg")
    (rec,) = _records(html, "https://www.halmstad.se/projekt/tryggare-andersberg")
    assert rec["title"] == "Tryggare Andersberg"


def test_news_of_a_new_fund_gives_no_records():
    html = _page("""<p>Regionfullmäktige har beslutat att inrätta en fond för sociala investeringar på 30 miljoner
    kronor för åren 2026–2029. Verksamheten ska ge kommunerna i länet möjlighet att pröva förebyggande insatser för
    barn och unga 0–18 år.</p><p>Arbetet med riktlinjerna görs i samverkan med kommunerna under våren 2026.</p>""",
                 title="Region Halland inrättar en social investeringsfond")
    assert _records(html, "https://www.regionhalland.se/nyheter/2025/ny-fond") == []


def test_a_fund_page_that_speaks_of_its_project_keeps_it():
    html = _page("""<p>Projektet Barnens bästa pågår 2024–2026 med 2 miljoner kronor ur fonden och vänder sig till
    familjer med barn 0–6 år i Kungsbacka.</p>""", title="Sociala investeringsfonden")
    (rec,) = _records(html, "https://www.kungsbacka.se/sociala-investeringsfonden")
    assert rec["start_date"] is not None and rec["budget_sek"] == 2_000_000


@pytest.mark.parametrize("heading", ["Så fördelas pengarna", "Fonden i siffror", "Om fonden", "Nyckeltal"])
def test_the_funds_own_process_and_figures_are_no_project(heading):
    html = _page(f"""<h2>Läxhjälp i Oskarström</h2><p>Projektet ger läxhjälp till elever i årskurs 4–6 under
    2024–2025 och kostar 300 000 kronor.</p><h2>Skolnärvaro i Hylte</h2><p>Projektet arbetar med elever i årskurs 7–9
    med hög frånvaro under 2025–2026 och kostar 900 000 kronor.</p><h2>{heading}</h2><p>Projekten beviljades
    sammanlagt 1,2 miljoner kronor 2024 och ska följas upp under 2026.</p>""", title="Sociala investeringar")
    recs = _records(html, "https://www.halmstad.se/sociala-investeringar")
    assert [r["title"] for r in recs] == ["Läxhjälp i Oskarström", "Skolnärvaro i Hylte"]


STATS = """<p>Här redovisas hur många unga 16–24 år som varken arbetar eller studerar i kommunen.</p>
<table><tr><th>År</th><th>Andel</th></tr><tr><td>2020</td><td>7,1</td></tr><tr><td>2023</td><td>6,4</td></tr></table>
<p>Andelen har minskat sedan 2020. Siffrorna används när nämnderna planerar förebyggande projekt.</p>"""


def test_a_statistics_page_reports_figures_not_a_project():
    html = _page(STATS, title="Unga som varken arbetar eller studerar")
    assert _records(html, "https://www.vara.se/kommun-och-politik/statistik/unga-utanfor.html") == []


def test_a_project_filed_under_statistics_is_still_read():
    html = _page("<p>Projektet Unga i jobb pågår 2024–2026 och vänder sig till unga 16–24 år. Det har beviljats "
                 "1,5 miljoner kronor.</p>", title="Unga i jobb")
    (rec,) = _records(html, "https://www.vara.se/kommun-och-politik/statistik/unga-i-jobb.html")
    assert rec["budget_sek"] == 1_500_000


def test_a_bold_name_before_a_nested_list_of_labels_titles_the_project():
    """heldout7 (Region JH): projects as list items, each a bold name and a sentence over a nested list of labelled
    lines, two or more under one grouping heading; the bold name titles each, not the heading."""
    html = _page("""<h2>Insatsområde: Trygg uppväxt</h2><ul>
    <li><b>Familjeveckan</b> Ett läger för familjer med barn i åldern 6–12 år.<ul><li>Målgrupp: familjer med barn
    6–12 år</li><li>Tidsperiod: 2024–2025</li><li>Budget: 300 000 kronor</li></ul></li>
    <li><b>Fritid för alla</b> Avgiftsfria aktiviteter under loven.<ul><li>Målgrupp: unga 10–15 år</li>
    <li>Tidsperiod: 2025–2026</li><li>Budget: 450 000 kronor</li></ul></li></ul>""",
                 title="Beviljade sociala investeringar")
    recs = _records(html, "https://www.regionhalland.se/sociala-investeringar/beviljade")
    assert [r["title"] for r in recs] == ["Familjeveckan", "Fritid för alla"]
    assert [r["budget_sek"] for r in recs] == [300_000, 450_000]
    assert recs[0]["description"] == "Ett läger för familjer med barn i åldern 6–12 år."


def test_the_place_beside_a_bold_name_still_places_the_project():
    html = _page("""<h2>Fokusområde: Arbete</h2><ul><li><b>Jobbspåret</b> (Hylte kommun)
    Unga vuxna får en coach och praktik.<ul><li>Målgrupp: unga vuxna 18–29 år</li><li>Tidsperiod: 2024–2026</li>
    </ul></li><li><b>Språkcafé</b> (Laholms kommun) Samtal på svenska varje vecka.<ul><li>Målgrupp: nyanlända
    vuxna</li><li>Tidsperiod: 2025–2026</li></ul></li></ul>""", title="Beviljade sociala investeringar")
    recs = _records(html, "https://www.regionhalland.se/sociala-investeringar/beviljade")
    assert [(r["title"], r["municipality_codes"], r["description"]) for r in recs] == [
        ("Jobbspåret", ["1315"], "Unga vuxna får en coach och praktik."),
        ("Språkcafé", ["1381"], "Samtal på svenska varje vecka."),
    ]


def test_two_paragraphs_naming_projects_without_quotes_are_two_records():
    """heldout7 (Södertälje): a news item with no headings over its projects, each paragraph naming one without
    quotation marks ("Satsningen X startar …", "Projektet Y ska …"); the fund's own section is no project."""
    html = _page("""<p>Socialnämnden har beviljat pengar till två nya satsningar.</p>
    <p>Satsningen Nattvandring i Nyby startar i maj 2025 och pågår i ett år. Den vänder sig till unga 13–17 år och får
    300 000 kronor.</p><p>Projektet Mammagrupper ska ge nyblivna mammor stöd. Det pågår 2025–2026 och kostar 500 000
    kronor.</p><h2>Om kommunens sociala investeringsfond</h2><p>Fonden inrättades 2018 och har sedan dess delat ut
    sammanlagt 12 miljoner kronor.</p>""", title="Två nya sociala satsningar får pengar")
    recs = _records(html, "https://www.uppsala.se/nyheter/2025/tva-nya-satsningar/")
    assert [r["title"] for r in recs] == ["Nattvandring i Nyby", "Mammagrupper"]
    assert [r["budget_sek"] for r in recs] == [300_000, 500_000]


def test_a_longer_form_of_a_name_is_the_same_project():
    html = _page("""<p>Nämnden får 600 000 kronor för projektet Språkstart i Araby och Dalbo. Projektet Språkstart pågår
    2025–2026 och vänder sig till barn 3–5 år.</p><p>Satsningen Lovskola i Teleborg startar i juni 2025 och får 200 000
    kronor. Den vänder sig till elever i årskurs 6–9.</p>""", title="Pengar till två satsningar")
    recs = _records(html, "https://www.vaxjo.se/nyheter/2025/pengar/")
    assert [r["title"] for r in recs] == ["Språkstart", "Lovskola i Teleborg"]


def test_a_table_rows_name_is_no_description():
    table = ("<table><tr><th>Insats</th><th>Period</th><th>Beviljat belopp</th></tr>"
             "<tr><td>Läxhjälp för unga</td><td>2024–2025</td><td>400 000 kr</td></tr>"
             "<tr><td>Föräldragrupper</td><td>2025–2026</td><td>250 000 kr</td></tr></table>")
    recs = _records(_page("<p>Beviljade insatser för barn och unga.</p>" + table, title="Beviljade insatser 2024"))
    assert [(r["title"], r["description"]) for r in recs] == [("Läxhjälp för unga", None), ("Föräldragrupper", None)]


CARDS = """<h2>Pågående projekt</h2><div class="grid">
<a class="c-card" href="/projekt/a/"><div class="c-card__body"><h3>Läxhjälp på biblioteket</h3>
<p>Studiestöd för elever på mellanstadiet två kvällar i veckan.</p></div><span class="arrow">Läs mer</span></a>
<a class="c-card" href="/projekt/b/"><div class="c-card__body"><h3>Fältassistenter i centrum</h3>
<p>Vuxna som rör sig där unga finns på helgkvällar.</p></div></a>
<a class="c-card" href="/projekt/c/"><div class="c-card__body"><h3>Mammagrupper</h3></div></a></div>
<h2>Nyheter om projekten</h2><div class="news">
<a class="c-card" href="/nyheter/x/"><div class="c-card__body"><h3>Läxhjälpen får fler besökare</h3>
<p>Under våren kom dubbelt så många elever som förra året.</p></div></a></div>"""


def test_cards_that_are_whole_links_under_a_list_heading():
    """heldout7 (Helsingborg): each card is one <a> holding a heading and a teaser. A card with a describing sentence
    is a project (one sentence is enough under "Pågående projekt", as for list items); a name-only card is a mention;
    a news teaser's headline is no project."""
    recs = _records(_page(CARDS, title="Sociala investeringar"), "https://www.bjuv.se/sociala-investeringar/")
    assert [(r["title"], r["status"]) for r in recs] == [("Läxhjälp på biblioteket", "ongoing"),
                                                         ("Fältassistenter i centrum", "ongoing")]


TABS = """<p>Här är satsningarna som får pengar ur fonden.</p><div class="tabs">
<ul role="tablist"><li role="presentation"><button role="tab" id="t1" aria-controls="p1">Språklek i förskolan</button></li>
<li role="presentation"><button role="tab" id="t2" aria-controls="p2">Seniorträffar</button></li></ul>
<div role="tabpanel" id="p1" aria-labelledby="t1"><p>Pedagoger leker med språket med barn 3–5 år.</p>
<p><strong>Tidsperiod:</strong> 2024–2026</p><p><strong>Målgrupp:</strong> Barn 3–5 år</p></div>
<div role="tabpanel" id="p2" hidden><p>Träffar för personer över 70 år som bor ensamma.</p>
<p><strong>Tidsperiod:</strong> 2025–2026</p><p><strong>Målgrupp:</strong> Personer över 70 år</p></div></div>"""


def test_tab_panels_are_named_by_their_tabs():
    """heldout7 (Ystad): the tab list is the panels' names; each panel (also a hidden one) carries its tab's name,
    found by aria-labelledby or, failing that, by the tab's aria-controls."""
    recs = _records(_page(TABS, title="Sociala investeringar"), "https://www.ystad.se/sociala-investeringar/")
    assert [r["title"] for r in recs] == ["Språklek i förskolan", "Seniorträffar"]
    assert all("Språklek i förskolan\\n" not in (r["description"] or "") for r in recs)


def test_a_motion_proposes_no_project():
    html = _page("""<p>Vänsterpartiet föreslår att kommunen startar ett projekt med läxhjälp för elever i årskurs 4–9
    under 2026–2027 till en kostnad av 2 miljoner kronor.</p><h2>Yrkande</h2><p>Att kommunen inrättar läxhjälpen.</p>""",
                 title="Motion om läxhjälp för alla")
    assert _records(html, "https://www.lund.se/kommun-och-politik/motioner/motion-om-laxhjalp") == []


def test_a_news_story_about_one_project_with_subheadings_is_one_record():
    """heldout8 (Norrköping): the introduction names the project; the subheadings are the story's."""
    html = _page("""<p>Projektet Mötesplats Gottsunda avslutades i juni 2025. Nu visar utvärderingen att fler unga
    deltar i föreningslivet.</p><p>Mötesplatsen öppnade i augusti 2023 för unga 13–19 år.</p>
    <h2>Fler unga i föreningar</h2><p>Under projekttiden deltog 310 unga, och 40 procent gick vidare till en förening.</p>
    <h2>Blir en del av fritidsgården</h2><p>Arbetssättet har permanentats och ingår nu i fritidsgårdens verksamhet.
    Projektet kostade 1,8 miljoner kronor.</p>""", title="Fler unga hittar en fritid efter satsning i Gottsunda")
    (rec,) = _records(html, "https://www.uppsala.se/nyheter/2025/fler-unga-hittar-fritid/")
    assert rec["title"] == "Mötesplats Gottsunda" and rec["status"] == "finished"


def test_a_place_in_bold_then_the_quoted_name():
    """heldout8 (Region Skåne): "<b>Hörby kommun</b>, ”Språkstart”. …": the bold says where, the quotes name it."""
    html = _page("""<h2>Beviljade 2025</h2><ul><li><strong>Bjuvs kommun</strong>, ”Lovfritids”. Aktiviteter för barn
    6–12 år under alla skollov. 300 000 kronor, 2025–2026.</li><li><strong>Åstorps kommun och Klippans kommun</strong>,
    ”Unga vuxna i arbete”. Coacher för unga 18–24 år. 900 000 kronor, 2025–2027.</li></ul>""",
                 title="Sociala investeringsmedel")
    recs = _records(html, "https://www.skane.se/organisation-och-politik/sociala-investeringsmedel/")
    assert [(r["title"], r["municipality_codes"]) for r in recs] == [("Lovfritids", ["1260"]),
                                                                     ("Unga vuxna i arbete", ["1277", "1276"])]


def test_a_summary_title_beside_its_badges():
    html = _page("""<details><summary><span class="acc__title">Läsfrämjande i Råby</span>
    <span class="acc__badge">2024–2026</span></summary><p>Projektet ger barn 3–9 år högläsning varje vecka.</p>
    </details><details><summary><span class="acc__title">Seniorträffar</span> <span class="tag">Avslutat</span>
    </summary><p>Projektet gav personer över 70 år träffar varje vecka och kostade 200 000 kronor.</p></details>""",
                 title="Sociala investeringar")
    recs = _records(html, "https://www.vasteras.se/sociala-investeringar")
    assert [(r["title"], r["end_date"] and r["end_date"].year, r["status"]) for r in recs] == [
        ("Läsfrämjande i Råby", 2026, None),  # no page date to hold 2024–2026 against
        ("Seniorträffar", None, "finished")]


PROTOCOL = """<h2>§ 12 Val av protokollsjusterare</h2><p>Anna Ek (S) utses att justera protokollet den 3 mars 2025.</p>
<h2>§ 13 Delårsrapport augusti 2024</h2><p>Den sociala investeringsfonden hade vid delåret 8 miljoner kronor kvar.
Projekten i fonden följs upp varje år.</p>
<h2>§ 14 Förlängning av projektet Fritid för alla</h2><h3>Ärendebeskrivning</h3><p>Projektet Fritid för alla
har pågått 2023–2024 för unga 12–16 år. Kultur- och fritidsnämnden begär att projektet förlängs.</p>
<h3>Kommunstyrelsens beslut</h3><p>Kommunstyrelsen beslutar att förlänga projektet till och med den 30 juni 2026
och anvisar 400 000 kronor ur den sociala investeringsfonden.</p>"""


def test_a_protocol_item_named_in_its_heading_and_extended():
    """heldout8 (Hudiksvall): "§ 43 Förlängning av projektet Ung i jobb" names the project; the other § items
    (annual or interim report, elections) and "Kommunfullmäktiges beslut" are no projects; the extension moves the
    end."""
    recs = _records(_page(PROTOCOL, title="Protokoll kommunstyrelsen 24 februari 2025"),
                    "https://www.bollnas.se/kommun-och-politik/protokoll/ks-2025-02-24.html")
    assert [(r["title"], r["end_date"]) for r in recs] == [("Fritid för alla", dt.date(2026, 6, 30))]


def test_a_funds_guidance_page_ending_in_repayment_gives_no_record():
    """The blind crawl sites' "Så söker du medel": criteria, a time plan and "Återbetalning" ("om projektet är
    avslutat …") are the fund's rules, not a project."""
    html = _page("""<p>Alla nämnder kan söka medel ur den sociala investeringsfonden en gång per år.</p>
    <h2>Kriterier</h2><ul><li>vara förebyggande</li><li>ha mätbara mål</li></ul>
    <h2>Tidsplan</h2><p>Ansökningsperioden är 1 maj–15 september 2025.</p>
    <h2>Återbetalning</h2><p>Den som beviljas medel betalar tillbaka 50 procent till fonden när projektet är avslutat,
    senast tre år efter 2026.</p>""", title="Så söker du medel")
    assert _records(html, "https://www.gavle.se/kommun-och-politik/sociala-investeringar/sa-soker-du-medel/") == []


@pytest.mark.parametrize("title", ["Handlingsplan mot segregation 2025–2028", "Strategi för social hållbarhet",
                                   "Social hållbarhet"])
def test_a_policy_programme_is_no_project(title):
    html = f"""<html><body><main><h1>{title}</h1>
    <p>Kommunfullmäktige antog i mars 2025 planen, som gäller 2025–2028. Programmet pekar ut tre fokusområden som
    alla nämnder ska arbeta med.</p>
    <h2>Trygga uppväxtvillkor</h2><p>Andelen barn 0–5 år i förskola ska öka. Staden ska tillsammans med
    Arbetsförmedlingen göra det lättare för unga vuxna 20–24 år att få sitt första jobb.</p>
    <h2>Arbete och egen försörjning</h2><p>Andelen hushåll med långvarigt ekonomiskt bistånd ska minska.</p>
    </main></body></html>"""
    assert extract_page(html.encode(), "https://www.sundbyberg.se/kommun-och-politik/social-hallbarhet.html",
                        "text/html") == []


def test_a_project_on_a_policy_page_is_still_read():
    html = """<html><body><main><h1>Handlingsplan mot segregation</h1>
    <p>Som en del av handlingsplanen startade kommunen 2024 projektet Jobbstegen. Projektet ger unga vuxna 20–24 år
    stöd att hitta arbete och har beviljats 1,2 miljoner kronor ur fonden för sociala investeringar för 2024–2026.
    </p></main></body></html>"""
    (rec,) = extract_page(html.encode(), "https://www.sundbyberg.se/handlingsplan.html", "text/html")
    assert rec["title"] == "Jobbstegen" and rec["budget_sek"] == 1_200_000


def test_grants_listed_clause_by_clause_in_one_paragraph():
    html = """<html><body><main><h1>Fonden fördelar pengar till tre satsningar</h1>
    <p>Socialnämnden har fördelat 3,1 miljoner kronor. Av dem gick 1 200 000 kronor till ”Familjestöd i Kramfors”, som
    under 2025–2026 erbjuder föräldrar till barn 0–6 år hembesök; 700 000 kronor till ”Sommarjobb för unga”, där
    ungdomar 16–19 år får sommarjobb 2025; och 1 200 000 kronor till ”Seniorcaféet”, en mötesplats för personer över
    70 år.</p></main></body></html>"""
    recs = extract_page(html.encode(), "https://www.kramfors.se/nyheter/fonden-fordelar.html", "text/html")
    assert [(r["title"], r["budget_sek"]) for r in recs] == [
        ("Familjestöd i Kramfors", 1_200_000), ("Sommarjobb för unga", 700_000), ("Seniorcaféet", 1_200_000)]
    assert (recs[0]["target_age_min"], recs[0]["target_age_max"], recs[1]["target_age_min"]) == (0, 6, 16)


@pytest.mark.parametrize("title", ["Inbjudan: seminarium om sociala investeringar",
                                   "Konferens om sociala investeringar i Norrbotten"])
def test_an_event_about_social_investments_is_no_project(title):
    html = f"""<html><body><main><h1>{title}</h1>
    <p>Välkommen till en dag om hur kommuner kan arbeta med sociala investeringsfonder. Arbetet med fonderna har
    pågått sedan 2020.</p>
    <p><strong>Datum:</strong> 12 mars 2026<br><strong>Plats:</strong> Kulturens hus, Luleå<br>
    <strong>Kostnad:</strong> 950 kronor</p>
    <p>Dagen vänder sig till chefer och politiker i länets kommuner.</p></main></body></html>"""
    assert extract_page(html.encode(), "https://www.norrbotten.se/kalender/seminarium.html", "text/html") == []


def test_lessons_learned_and_a_status_line_in_an_accordion():
    html = """<html><body><main><h1>Avslutade sociala investeringar</h1>
    <details><summary>Språkstöd från start</summary><p>Status: Avslutat</p>
    <p>Nybro kommun fick 900 000 kronor för att stärka språket hos barn 1–5 år i förskolan 2021–2023.</p>
    <h3>Lärdomar</h3><ul><li>Tidig kontakt med vårdnadshavare är viktig.</li></ul></details>
    <details><summary>Vägen tillbaka</summary><p>Status: Avslutat</p>
    <p>Västerviks kommun fick 1 100 000 kronor för unga vuxna 18–25 år 2022–2024.</p>
    <h3>Lärdomar</h3><ul><li>Samverkan med Arbetsförmedlingen tar tid att bygga.</li></ul></details>
    </main></body></html>"""
    recs = extract_page(html.encode(), "https://regionkalmar.se/sociala-investeringar/avslutade/", "text/html")
    assert [r["title"] for r in recs] == ["Språkstöd från start", "Vägen tillbaka"]
    assert all(r["status"] == "finished" and not r["description"].startswith("Status") for r in recs)
