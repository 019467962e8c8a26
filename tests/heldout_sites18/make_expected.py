import json, os
import make_site_linkoping as L
import make_site_kristianstad as K
import make_site_ragunda as R
from make_common import ROOT


def u(host, p):
    return f'https://{host}{p}'


def main():
    L.build(); K.build(); R.build()
    exp = {}

    h = L.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (L.P1, L.P2, L.P3, L.P4, L.P5)],
        'not_projects': [u(h, p) for p in (
            L.FUND, L.FUND + 'ansok-om-medel/', L.FUND + 'regler-for-fonden/', L.FUND + 'utvardering/',
            L.NEWS['call'], L.NEWS['kf'], L.NEWS['dag'], L.JOB)],
        'must_not_fetch': [u(h, p) for p in (
            '/sok/', '/sok/?q=bygglov', '/sok/?q=skolval', '/sok/?q=sophamtning', '/sok/?q=lediga+jobb',
            '/util/login.aspx?ReturnUrl=%2f', L.P1 + '?print=true',
            '/globalassets/interna-dokument/sociala-investeringsfonden/beredning-ansokningar-2025.pdf')],
        'notes': (
            "LARGE municipality (Linköpings kommun, 0580) on EPISERVER CMS 11 (ASP.NET MVC, an Alloy-derived front end): "
            "body class page-<pagetype> with data-page-id, content areas rendered as <div class='content-area row'> of BLOCKS "
            "('block teaserblock displaymode-one-third' whole-<a> teasers with image, 'block pagelistblock', 'block linklistblock', "
            "'block tableblock', 'block factblock' with a <dl>, 'block contactblock', 'block filelistblock'), an 'editorial' XHTML "
            "property, media under /globalassets/…, theme under /Static/… (not saved, 404), the Episerver login /util/login.aspx in "
            "the footer. Every page URL ends in '/' (saved as index.html); links root-relative. 32 files: 30 pages, robots.txt and "
            "sitemap.xml (declared in robots.txt; lists 26 pages: every page EXCEPT project 5, its news item, the 2024 news archive "
            "and the julmarknad news). Header on every page: logo, Lyssna (readspeaker, external), Other languages and Kontakta oss "
            "(dead), search form GET /sok/?q=, main menu Utbildning och barnomsorg, Omsorg och stöd (dead), Fritid och kultur, "
            "Bygga bo och miljö (dead), Trafik och resor (dead), Kommun och politik. Breadcrumbs 'Startsida / …' (nav.breadcrumbs). "
            "Footer: Nyheter, Lediga jobb, Press (dead), Om webbplatsen/Tillgänglighetsredogörelse/Personuppgifter/Kakor (dead), "
            "'Logga in' /util/login.aspx?ReturnUrl=%2f (nofollow, forbidden). Fund-section pages have a left SUB-NAVIGATION "
            "(nav.sub-navigation: Sociala investeringsfonden, Ansök om medel, Regler för fonden, Projekt, Avslutade projekt, "
            "Beviljade ansökningar 2025, Utvärdering). The fund page is /kommun-och-politik/ekonomi-och-budget/sociala-investeringsfonden/ "
            "(Kommun och politik › teaser Ekonomi och budget › teaser Sociala investeringsfonden; also linked from two news items). "
            "The fund is 'sociala investeringsfonden'. HOW EACH PROJECT IS REACHABLE: "
            "(1) Familjelots i Skäggetorp (…/sociala-investeringsfonden/projekt/familjelots-skaggetorp/): ORDINARY TEASER BLOCKS: a "
            "teaserblock under 'Pågående projekt' on the fund page and the first item of the pagelistblock on the list page 'Projekt' "
            "(…/projekt/, sub-nav and the fund page's 'Alla projekt' teaser); sitemap. Fact block <dl> 'Fakta om projektet' "
            "(Projektperiod augusti 2024 – juli 2027; Beviljat belopp 3 200 000 kronor ur sociala investeringsfonden; Projektägare "
            "Socialförvaltningen; Samarbetspartner; Målgrupp). Has a forbidden 'Skriv ut' link ?print=true (nofollow). "
            "(2) Fritidsledare i skolan – Lambohov (…/projekt/avslutade-projekt/fritidsledare-i-skolan-lambohov/): ORDINARY "
            "'PÅGÅENDE/AVSLUTADE' SPLIT: ONLY the linklistblock on 'Avslutade projekt' (…/projekt/avslutade-projekt/, sub-nav on every "
            "fund page and a body link on 'Projekt'); sitemap. FINISHED, prose: 'pågick från augusti 2021 till juni 2024 och "
            "finansierades med 2 400 000 kronor ur sociala investeringsfonden', results. "
            "(3) Närvaroteamet (/utbildning-och-barnomsorg/grundskola/elevhalsa/narvaroteamet/; no topic word in URL or title): "
            "ORDINARY SERVICE-AREA PAGE LINKED FROM THE FUND PAGE: a body link in the fund page's 'Exempel på vad fonden har gått "
            "till' paragraph, and the 'Läs mer' linklistblock on the service page Elevhälsa (main menu Utbildning och barnomsorg › "
            "Grundskola › Elevhälsa); sitemap; the job ad names it without a link. Prose under 'Ett projekt inom sociala "
            "investeringsfonden': 'startade som ett projekt i januari 2025 och finansieras fram till december 2027 med 4 100 000 kronor'. "
            "(4) Språkvänner i Berga (…/projekt/sprakvanner-berga/): ORDINARY TABLE OF A YEAR'S DECISIONS: ONLY the link in the "
            "first cell of the tableblock on 'Beviljade ansökningar 2025' (…/sociala-investeringsfonden/beviljade-ansokningar-2025/, "
            "sub-nav on every fund page); NOT on the 'Projekt' list page (not updated); sitemap (topical URL). Prose 'startade i "
            "september 2025 och pågår till och med augusti 2027 … 1 150 000 kronor'. "
            "(5) Lovgänget i Ryd (/fritid-och-kultur/lovaktiviteter/lovganget-ryd/; no topic word in URL or title): HARDER (an "
            "ordinary year archive, but every page on the way is untopical): ONLY the body link 'Läs mer om Lovgänget i Ryd' in the "
            "news 'Fullt upp för Lovgänget i Ryd' (/nyheter/2024/fullt-upp-for-lovganget-i-ryd/, its body mentions 'sociala "
            "investeringsfond'), which is listed only on the year archive 'Nyheter 2024' (/nyheter/arkiv/2024/, linked from the "
            "'Nyhetsarkiv' box on /nyheter/); the service page 'Lovaktiviteter' does NOT link it; NOT in the sitemap. Prose under "
            "'Tid och pengar': 'startade på sommarlovet 2024 och pågår till och med augusti 2026 … 980 000 kronor från sociala "
            "investeringsfonden'. "
            "TRAPS (must_not_fetch): robots.txt (one group, Sitemap line) disallows /sok/, /util/, /episerver/, /EPiServer/, "
            "/globalassets/interna-dokument/, /*?print= and /find/. Links: the search form on every page; the start page's 'Andra "
            "söker efter' /sok/?q=bygglov, ?q=skolval, ?q=sophamtning, ?q=lediga+jobb; 'Logga in' /util/login.aspx?ReturnUrl=%2f in "
            "every footer; project 1's 'Skriv ut' …/familjelots-skaggetorp/?print=true; the decisions page links an internal PDF "
            "/globalassets/interna-dokument/sociala-investeringsfonden/beredning-ansokningar-2025.pdf. NON-PROJECTS: the fund page "
            "(since 2019, 60 Mkr, one project named in prose, teaser cards), 'Ansök om medel' (numbered steps, 15 December, document "
            "links, dead), 'Regler för fonden' (max 5 Mkr, four years, repayment), 'Utvärdering' (a table of applications, grants and "
            "kronor per year 2021–2025), the news 'Nu kan förvaltningarna söka ur sociala investeringsfonden' (call, 12 Mkr), "
            "'Fullmäktige tillför tio miljoner till sociala investeringsfonden' and 'Välkommen till inspirationsdag om sociala "
            "investeringar' (event: Tid/Plats/Kostnad), and the job ad 'Utvecklingsstrateg med inriktning sociala investeringar' (names "
            "two projects without links). NEITHER LIST (count either way): the list pages 'Projekt' (two items, one dead) and "
            "'Avslutade projekt' (three, only one linked), 'Beviljade ansökningar 2025' (a table of three with amounts, one linked), "
            "the one-project news about Lovgänget, /, /kommun-och-politik/, …/ekonomi-och-budget/, /utbildning-och-barnomsorg/, "
            "…/grundskola/, …/elevhalsa/, /fritid-och-kultur/, …/lovaktiviteter/, /nyheter/, /nyheter/arkiv/2024/, the untopical news "
            "(simhall, julmarknad), /jobb/lediga-jobb/. Dead links on purpose (404): the topical teaser and list item "
            "…/projekt/jobbsprint-vallastaden/ (a removed project), /nyheter/arkiv/2023/ and /2022/, two news items, menu sections, "
            "service sub-pages, /globalassets/… documents, /Static/… assets, /om-webbplatsen/…. External: app-eu.readspeaker.com, "
            "offentligajobb.se. Nothing depends on query strings or HTTP redirects."),
    }

    h = K.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (K.P1, K.P2, K.P3, K.P4, K.P5)],
        'not_projects': [u(h, p) for p in (
            K.FUND, K.FUND + 'sa-ansoker-du/', K.FUND + 'kriterier-och-villkor/', K.FUND + 'uppfoljning/',
            '/nyheter/nu-kan-du-soka-medel-for-sociala-investeringar-2026/',
            '/nyheter/kommunstyrelsen-beviljade-tre-nya-sociala-investeringar/',
            '/nyheter/valkommen-pa-frukostseminarium-om-sociala-investeringar/',
            '/nyheter/fonden-for-sociala-investeringar-fylls-pa/',
            '/nyheter/fyra-fragor-om-sociala-investeringar/',
            '/jobb/lediga-jobb/projektledare-sociala-investeringar/')],
        'must_not_fetch': [u(h, p) for p in (
            '/sok/', '/sok/?q=bygglov', '/sok/?q=skolskjuts', '/sok/?q=avfallsh%C3%A4mtning',
            K.P1 + '?altTemplate=utskrift', K.P2 + '?altTemplate=utskrift',
            '/media/interna/q1w2e3r4/beredningsgruppen-protokoll-2025.pdf')],
        'notes': (
            "MIDDLE-SIZED municipality (Kristianstads kommun, 1290) on UMBRACO 13 with the BLOCK GRID editor: <div class='umb-block-grid' "
            "data-grid-columns='12'> > umb-block-grid__layout-container > umb-block-grid__layout-item with data-content-element-type-alias "
            "(richTextBlock with div.rte, cardBlock with article.card and the link on the h3, tableBlock, factBlock, linkListBlock, "
            "contactBlock, newsListBlock), data-element-udi='umb://element/…', data-col-span and CSS custom properties; media under "
            "/media/<8 chars>/… with ImageSharp query strings, /css/ and /scripts/ assets (not saved), body class doctype-<alias>. Every "
            "URL ends in '/' (Umbraco's trailing slash; saved as index.html); links root-relative (the readspeaker link protocol-relative). "
            "37 files: 35 pages, robots.txt and sitemap.xml (declared; lists all 35 pages, every project page included; project 4 and 5 "
            "under URLs without a topic word). Header: logo, Lättläst/Other languages (dead), Lyssna (external), search form GET /sok/?q=, "
            "main menu Barn och utbildning (dead), Omsorg och stöd, Kultur och fritid, Bygga och bo (dead), Näringsliv och arbete (dead), "
            "Kommun och politik. Breadcrumbs 'Hem / …' (nav.breadcrumb). Footer: Nyheter, Lediga jobb, 'Våra orter', Om webbplatsen/Kakor/"
            "Tillgänglighetsredogörelse (dead). Fund-section pages have a side nav (nav.sidenav: Sociala investeringar, Så ansöker du, "
            "Kriterier och villkor, Uppföljning, Avslutade projekt, Projekt A–Ö). The fund page is "
            "/kommun-och-politik/social-hallbarhet/sociala-investeringar/ (Kommun och politik › card Social hållbarhet › card Sociala "
            "investeringar; news links). The fund is 'fonden för sociala investeringar'. News items have tag chips ('Ämnen:') linking "
            "/nyheter/amne/<tag>/; only the tag page /nyheter/amne/sociala-investeringar/ is saved, with a numbered PATH pager "
            "(…/sida/2/); the news list /nyheter/ has the same pager (/nyheter/sida/2/). HOW EACH PROJECT IS REACHABLE: "
            "(1) Föräldraskap i fokus (…/sociala-investeringar/projekt/foraldraskap-i-fokus/): ORDINARY CARDS: a cardBlock under "
            "'Pågående projekt' on the fund page, plus the A–Ö page (letter F); sitemap. factBlock 'Fakta' of <li><span>Label:</span> "
            "value (Period september 2024 – juni 2027; Budget 2 600 000 kronor från fonden för sociala investeringar; Ansvarig; "
            "Samverkan; Målgrupp). A forbidden 'Skriv ut sidan' link ?altTemplate=utskrift. "
            "(2) Sommarskola i Näsby (…/projekt/sommarskola-nasby/): ORDINARY A–Ö INDEX: ONLY the letter group S on 'Projekt A–Ö' "
            "(…/sociala-investeringar/projekt-a-o/; side nav and a body link on the fund page); the job ad names it without a link; "
            "sitemap. Prose: 'somrarna 2025 och 2026 … beviljats 720 000 kronor ur fonden för sociala investeringar, fördelat på två "
            "somrar'. Forbidden print link ?altTemplate=utskrift. "
            "(3) Mattecoacher i Vä (…/projekt/mattecoacher-va/): ORDINARY 'AVSLUTADE' TABLE: the first cell of the tableBlock on "
            "'Avslutade projekt' (side nav and fund-page body link), the A–Ö page (letter M) and the one-project results news 'Så gick "
            "det för Mattecoacherna i Vä' (news list page 2 and tag page 1); sitemap. FINISHED: 'pågick från augusti 2021 till juni "
            "2024 … 1 650 000 kronor', results. "
            "(4) Seniorkompis i Tollarp (/omsorg-och-stod/aldreomsorg/seniorkompis-tollarp/; no topic word in URL or title; the "
            "service page Äldreomsorg does NOT link it): ORDINARY PAGINATED NEWS + TAG PAGE: ONLY the body link 'Läs mer om Seniorkompis "
            "i Tollarp' in the one-project news 'Seniorkompis bryter ensamheten i Tollarp' (/nyheter/seniorkompis-bryter-ensamheten-i-"
            "tollarp/), which is listed only on PAGE 2 of /nyheter/ (/nyheter/sida/2/) and PAGE 2 of the tag page "
            "(/nyheter/amne/sociala-investeringar/sida/2/), both linked by visible '2'/'Nästa' pager links; the tag page is linked "
            "from the 'Ämnen: Sociala investeringar' chip on every fund news item; sitemap (untopical URL). Labelled <strong>Projekttid:"
            "</strong> 1 mars 2024 – 28 februari 2026<br><strong>Finansiering:</strong> 540 000 kronor ur fonden … under <h3>Fakta</h3>. "
            "(5) Bokstart Degeberga (/kultur-och-fritid/bibliotek/bokstart-degeberga/; no topic word in URL or title; the Bibliotek "
            "page does NOT link it): HARDER (nothing topical links it): ONLY the linkListBlock 'Aktuellt i Degeberga' on the locality "
            "page Degeberga (/kommun-och-politik/orter/degeberga/), which is linked from 'Våra orter' (/kommun-och-politik/orter/: "
            "footer 'Våra orter' on every page and a card on Kommun och politik); sitemap (untopical URL). Prose 'pågår från januari 2025 "
            "till december 2026 … 480 000 kronor ur kommunens fond för sociala investeringar'. "
            "TRAPS (must_not_fetch): robots.txt (Sitemap line) disallows /umbraco/, /App_Plugins/, /sok/, /*?altTemplate= and "
            "/media/interna/. Links: search form on every page; the start page's 'Populära sökningar' /sok/?q=bygglov, ?q=skolskjuts, "
            "?q=avfallsh%C3%A4mtning; 'Skriv ut sidan' ?altTemplate=utskrift on projects 1 and 2 (nofollow); the Uppföljning page's "
            "'Beredningsgruppens protokoll 2025' /media/interna/q1w2e3r4/beredningsgruppen-protokoll-2025.pdf. NON-PROJECTS: the fund "
            "page (since 2020, 25 Mkr, ten projects; two cards), 'Så ansöker du' (steps, 28 November, a .docx, dead), 'Kriterier och "
            "villkor' (three years, 3 Mkr, 20 %), 'Uppföljning' (a table per year 2020–2025 in tkr), the news 'Nu kan du söka medel för "
            "sociala investeringar 2026' (call, 4,5 Mkr), 'Kommunstyrelsen beviljade tre nya sociala investeringar' (a bulleted list of "
            "three with bold names and amounts, no links), 'Välkommen på frukostseminarium om sociala investeringar' (event), 'Fonden "
            "för sociala investeringar fylls på med 5 miljoner', 'Fyra frågor om kommunens sociala investeringar' (Q&A), and the job ad "
            "'Projektledare för sociala investeringar' (names two projects without links). NEITHER LIST (count either way): 'Avslutade "
            "projekt' (a table of three, one linked), 'Projekt A–Ö', the one-project news about Mattecoacherna and Seniorkompis, the "
            "tag page and its page 2, /nyheter/ and /nyheter/sida/2/, /, /kommun-och-politik/, …/social-hallbarhet/, …/orter/, "
            "…/orter/degeberga/, /omsorg-och-stod/, …/aldreomsorg/, /kultur-och-fritid/, …/bibliotek/, /jobb/lediga-jobb/, the two "
            "untopical news (vägarbete, höstlov). Dead links on purpose (404): the topical card and A–Ö item "
            "…/projekt/trygga-strak-charlottesund/ (granted, page never published), …/sociala-investeringar/projekt/ itself (no page), "
            "the other tag pages, the other orter, menu sections, service sub-pages, /media/… documents, /css/ and /scripts/ assets. "
            "External: app-eu.readspeaker.com, kristianstad.varbi.com. Nothing depends on query strings or HTTP redirects."),
    }

    h = R.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (R.P1, R.P2, R.P3, R.P4, R.P5)],
        'not_projects': [u(h, p) for p in (
            R.FUND, R.FUND + 'sa-soker-du/', R.FUND + 'regler/', R.FUND + 'uppfoljning/', '/omsorg-och-halsa/folkhalsa/',
            '/nyheter/2025-10-06-sok-sociala-investeringsmedel-for-2026.html',
            '/nyheter/2025-08-26-kommunstyrelsen-fordelade-sociala-investeringsmedel.html',
            '/nyheter/2024-11-28-rapport-om-de-sociala-investeringsmedlen.html',
            '/jobb/folkhalsosamordnare/')],
        'must_not_fetch': [u(h, p) for p in (
            '/sok/', '/admin/', '/utskrift/', '/utskrift/kommun-och-politik/sociala-investeringsmedel/',
            '/utskrift/kommun-och-politik/sociala-investeringsmedel/fritidsbussen/',
            '/utskrift/omsorg-och-halsa/anhorigstod/anhorigcafe-hammarstrand/',
            '/utskrift/a-o/', '/intern/beredning-sociala-investeringar/')],
        'notes': (
            "SMALL RURAL municipality (Ragunda kommun, 2303, about 5 300 inhabitants; Hammarstrand, Bispgården, Stugun, Döviken) on a "
            "HAND-MADE PHP SITE (one include-based template: div#wrapper, #top with logo and #toppmeny, ul#huvudmeny, div#sokvag 'Du är "
            "här: Startsida > …' with &gt; separators, three columns #vanster (ul.vanstermeny, the section's links) / #innehall / #hoger "
            "(div.ruta boxes), #sidfot with the address, 'Senast uppdaterad', an HTML comment 'sidan skapad av sida.php', jQuery 1.12, "
            "tables with class tabell and no thead). Section and content pages are folders ending in '/' (saved as index.html); news "
            "items are dated .html files /nyheter/YYYY-MM-DD-<slug>.html; links root-relative. NO sitemap (robots.txt has no Sitemap "
            "line; /sitemap.xml is 404). 33 files: 32 pages and robots.txt. Top bar on every page: Kontakta oss, Lättläst, Teckenspråk "
            "(dead), 'A–Ö' (/a-o/), search form GET /sok/?q=. Main menu: Barn och utbildning, Omsorg och hälsa, Fritid och kultur (dead), "
            "Bygga och bo (dead), Arbete och näringsliv, Kommun och politik. Footer on every page: A–Ö, Om webbplatsen/Personuppgifter/"
            "Tillgänglighet (dead), 'Skriv ut sidan' /utskrift<path of the page> (nofollow, forbidden) and 'Redaktörsinloggning' "
            "/admin/ (nofollow, forbidden). Left menu under Kommun och politik: Kommunfullmäktige, Kommunstyrelsen (dead), Sociala "
            "investeringsmedel, » Så söker du, » Regler, » Uppföljning, » Beviljat 2024, » Beviljat 2023, Budget och ekonomi (dead). "
            "The fund page is /kommun-och-politik/sociala-investeringsmedel/ (Kommun och politik › left menu; A–Ö; news bodies). The "
            "municipality calls it 'sociala investeringsmedel' and the projects 'insatser'. HOW EACH PROJECT IS REACHABLE: "
            "(1) Fritidsbussen – fritid i hela kommunen (…/sociala-investeringsmedel/fritidsbussen/): ORDINARY FUND-PAGE LIST: the "
            "bulleted 'Projekt som fått medel 2025' on the fund page, plus the start page's puff 'Fritidsbussen kör igen'. Prose under "
            "'Period och pengar': 'startade i januari 2025 och ska köra till och med december 2026 … sammanlagt 760 000 kronor i sociala "
            "investeringsmedel, 380 000 kronor per år'. "
            "(2) Sommarjobb i byarna (…/sociala-investeringsmedel/sommarjobb-i-byarna/): ORDINARY YEAR ARCHIVE: ONLY the first cell "
            "of the table on 'Beviljat 2023' (…/beviljat-2023/: left menu and the fund page's 'Tidigare år: Beviljat 2024 | Beviljat "
            "2023'). FINISHED: 'pågick somrarna 2023 och 2024 … 510 000 kronor', results. "
            "(3) Anhörigcafé i Hammarstrand (/omsorg-och-halsa/anhorigstod/anhorigcafe-hammarstrand/; no topic word in URL; the "
            "Anhörigstöd page does NOT link it; the 2023 table names it WITHOUT a link): ORDINARY RELATED-LINKS BOX: ONLY the right-"
            "column box 'Läs också' (div.ruta in #hoger) on the fund page and on 'Uppföljning'. Prose under 'Om insatsen': "
            "'450 000 kronor för perioden april 2023 – mars 2026'. "
            "(4) Läxhjälp i Bispgården (/barn-och-utbildning/grundskola/laxhjalp-bispgarden/; no topic word in URL or title; the "
            "Grundskola page does NOT link it; the 2024 page names it WITHOUT a link): ORDINARY PAGINATED NEWS: ONLY the body link 'Läs "
            "mer om läxhjälpen i Bispgården' in the one-project news 'Läxhjälpen i Bispgården växer' "
            "(/nyheter/2025-02-12-laxhjalpen-i-bispgarden-vaxer.html), listed only on the news list's page 2 (/nyheter/sida-2/, linked "
            "by 'Äldre nyheter »' on /nyheter/). Unlabelled-colon lines under <h2>Fakta</h2>: 'Period: augusti 2024 – juni 2027<br>"
            "Finansiering: 600 000 kronor i sociala investeringsmedel'. "
            "(5) Ungdomscoach (/arbete-och-naringsliv/ungdomscoach/; no topic word in URL or title; the section page Arbete och "
            "näringsliv and its left menu do NOT link it): HARDER: ONLY the site's A–Ö index (/a-o/, linked from the top bar and "
            "the footer of every page: a 20-link untopical list, 'Ungdomscoach' under U); 'Beviljat 2024', the fund page's 2025 list "
            "and the decision news name it WITHOUT a link. Prose under 'Om satsningen': '640 000 kronor i sociala investeringsmedel "
            "för 2024–2025 … förlängning med 250 000 kronor för 2026'. "
            "TRAPS (must_not_fetch): robots.txt (one group, no Sitemap) disallows /admin/, /sok/, /utskrift/, /intern/ and "
            "/dokument/internt/. Links: 'Skriv ut sidan' /utskrift/<path> in the footer of EVERY page (listed: a sample); "
            "'Redaktörsinloggning' /admin/ on every page; the search form; 'Regler' links the intranet's /intern/beredning-sociala-"
            "investeringar/. NON-PROJECTS: the fund page (1 → 1,5 Mkr a year since 2021; a list of two), 'Så söker du' (steps, 15 "
            "November, a .doc, dead), 'Regler' (three years, KF § 48), 'Uppföljning' (a table of applications and kronor per year "
            "2021–2024), 'Folkhälsa' (folkhälsorådet, its members, 300 000 kr a year, mentions the medel), the news 'Sök sociala "
            "investeringsmedel för 2026' (call, 1,5 Mkr), 'Kommunstyrelsen fördelade sociala investeringsmedel' (decision: two grants "
            "with amounts and a refusal, no links), 'Ny rapport om de sociala investeringsmedlen' (follow-up), and the job ad "
            "'Folkhälsosamordnare' (/jobb/folkhalsosamordnare/). NEITHER LIST (count either way): 'Beviljat 2024' (two names with "
            "amounts, no links, one dead link), 'Beviljat 2023' (a table of two, one linked), the one-project news about Läxhjälpen, "
            "/a-o/, /, /kommun-och-politik/, /omsorg-och-halsa/, …/anhorigstod/, /barn-och-utbildning/, …/grundskola/, "
            "/arbete-och-naringsliv/, /nyheter/, /nyheter/sida-2/, /jobb/, the untopical news (bibliotek, badplatser, förskola, the "
            "one-line job news). Dead links on purpose (404): the topical link …/sociala-investeringsmedel/naturskola-doviken/ "
            "(a withdrawn application) on 'Beviljat 2024', /dokument/ansokan-sociala-investeringsmedel.doc, menu sections, A–Ö "
            "targets, /css/ and /js/ assets, /sitemap.xml. Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
