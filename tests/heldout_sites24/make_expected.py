"""Build the three saved sites of heldout_sites24 and write expected.json (written blind: README, docs and earlier sets'
data and make_*.py only; the crawler was not read or run)."""
import json
import os
import shutil

import make_site_fyrbodal as F
import make_site_norsjo as N
import make_site_sigtuna as S
from make_common import ROOT


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (S.H, F.H, N.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    S.build()
    F.build()
    N.build()
    exp = {}

    # ------------------------------------------------------------------ Sigtuna (municipality, Ibexa DXP 4.6)
    h = S.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (S.S1, S.S2, S.S3, S.S4, S.S5)],
        'not_projects': [u(h, p) for p in (S.PROG, S.FUND, S.SOK, S.REGLER, S.UPP, S.N2, S.EV, S.JOB, S.LOTS)],
        'must_not_fetch': [u(h, p) for p in (
            [S.SEARCH, S.SEARCH + '?SearchText=forskola', S.SEARCH + '?SearchText=bygglov', S.SEARCH + '?SearchText=lediga+jobb',
             S.API, S.API + '?sprak=swe-SE']
            + [S.LIST + q for _, q in S.CHIPS]
            + [S.KAL, S.KAL + '?datum=2025-11-20', S.KAL + '?datum=2025-11-29', S.LOGIN])],
        'notes': (
            "MID-SIZE municipality (Sigtuna kommun, 0191, about 52 000 inhabitants; Märsta, Valsta, Sigtuna stad, Steninge, "
            "Rosersberg) on IBEXA DXP 4.6 (the former eZ Platform; Twig): content views <article class='content-view-full "
            "content-type-<identifier>' data-content-id data-location-id>, rich text in 'ezrichtext-field' divs, Page Builder "
            "landing pages (start page, section pages, the list) in 'landing-page__zone' > 'landing-page__block block_<type>' "
            "with data-ibexa-block-id, an 'ezmatrix-field' table, an 'ezembed related-content' box, images under "
            "/var/site/storage/images/…, downloads /content/download/<id>/…, Webpack Encore assets /assets/build/… (none saved). "
            "URL aliases lower case and transliterated; every content address written with a TRAILING SLASH (saved as "
            "index.html). Header on every page: logo, Lättläst and Other languages (dead), Lyssna (a button), Kontakta oss, the "
            "search form GET /sok/ (SearchText=), and a MEGA MENU whose level-2 items are in the HTML (hidden panels): Barn och "
            "utbildning and Omsorg och stöd (section pages; their subs dead), Arbete och vuxenutbildning (› Ungdomslotsen; others dead), "
            "Uppleva och göra (› Evenemang; others dead), Bygga bo och miljö (section page; subs dead), Demokrati och påverkan (› Social hållbarhet; "
            "Politik och beslut, Medborgardialog, Kommunens ekonomi, Statistik dead). A left sub-navigation (section root and open "
            "branch) in Demokrati och påverkan, Arbete och vuxenutbildning and Uppleva och göra. 'Skriv ut' is a window.print() "
            "button (no address). Footer: Aktuellt, Evenemang, Jobba hos oss, E-tjänster (dead), Kakor, "
            "Tillgänglighetsredogörelse, Behandling av personuppgifter (dead), 'Logga in' /login (nofollow). THE TREE: Demokrati "
            "och påverkan › Social hållbarhet (/demokrati-och-paverkan/social-hallbarhet/) with Program för social hållbarhet, "
            "Social investeringsfond (› Så ansöker ni, Regler för fonden, Uppföljning 2024) and Våra satsningar "
            "(…/vara-satsningar/); the efforts ('satsningar') are content of the type 'satsning' under …/vara-satsningar/<Swedish "
            "slug>/ (brobyggare-i-marsta, motesplats-rosersberg, lasa-for-livet, narvaroteam-sigtuna-stad, stod-till-unga-anhoriga). "
            "THE LIST 'Våra satsningar' is a FILTERABLE CARD GRID: a Stimulus controller (data-controller='satsningsfilter') fills "
            "an EMPTY card grid from data-satsningsfilter-endpoint-value='/api/satsningar.json?sprak=swe-SE' (also '/api/satsningar.json' "
            "in an inline <script type=application/json> config) – /api/ is forbidden –, a GET filter form (checkboxes and radios, "
            "no links) and QUERY-ONLY RELATIVE filter chips href='?omrade=skola|fritid|familj|arbete' and '?status=pagaende|avslutad' "
            "(forbidden by /*?omrade= and /*?status=); below it an HTML FALLBACK LIST 'Alla satsningar' that the script hides: "
            "under 'Pågående satsningar' project 1 with an absolute link and project 2 with a RELATIVE link "
            "('motesplats-rosersberg/'), project 3 (relative) inside a CLOSED <details> 'Visa fler pågående satsningar (1)', and "
            "under 'Avslutade satsningar' project 4 (relative). Sitemap: /sitemap.xml (declared) is an index of "
            "/sitemap-sv-1.xml (generated 2 June 2025: /, the sections, the tree, projects 1–4, Ungdomslotsen, events, jobs, furniture) and "
            "/sitemap-sv-nyheter.xml (Aktuellt and three news of September–October; NOT the news of 14 October). 36 files: 32 "
            "pages, robots.txt and three sitemap files. HOW EACH PROJECT IS REACHABLE: (1) Brobyggare i Märsta: ORDINARY: the "
            "fallback list (absolute link) and sitemap. Facts in an <aside class='satsning__facts'> <dl> 'Fakta' beside the text "
            "(Period augusti 2024 – juni 2027; Budget 2 850 000 kronor ur kommunens sociala investeringsfond; Ansvarig "
            "Utbildningsförvaltningen; Samverkan; Målgrupp 1–16 år; Bemanning Tre brobyggare på heltid; Status Pågående); "
            "'Satsningen Brobyggare i Märsta startade i augusti 2024'. (2) Mötesplats Rosersberg: the fallback list's RELATIVE "
            "link and sitemap. An ezmatrix th/td table with a caption 'Kort om satsningen' (Period januari 2025 – december 2026; "
            "Kostnad 2 300 000 kronor, varav 1 900 000 ur fonden och 400 000 från Sigtunahem; Ansvarig Kultur- och "
            "fritidsförvaltningen; Målgrupp 13–19 år). (3) Läsa för livet (Steningehöjdens skola): the relative link INSIDE THE "
            "CLOSED <details>, and sitemap. '<strong>Label:</strong>' lines split by <br> (Period läsåren 2023/24–2025/26; "
            "Beviljat belopp 2 400 000 kronor; Projektägare; Målgrupp förskoleklass till årskurs 3; Bemanning Två speciallärare på "
            "heltid); 'Läsa för livet är ett projekt på Steningehöjdens skola'. (4) Närvaroteam Sigtuna stad (FINISHED 2021–2024, "
            "made ordinary): the fallback list's relative link under 'Avslutade satsningar', and sitemap. A banner 'Satsningen har "
            "avslutats.', 'var en social investering som pågick från augusti 2021 till juni 2024', 1 650 000 kronor, 'Resultat', "
            "'Efter satsningen'. (5) Stöd till unga anhöriga (published 13 October 2025; NOT IN THE FALLBACK LIST – only the "
            "forbidden JSON would have it – and NOT IN THE SITEMAP): ONLY FROM A NEWS ITEM: the 'Relaterat innehåll' box "
            "(ezembed) of 'Nytt stöd för unga som tar hand om en närstående' (/aktuellt/2025/…, an untopical URL; on the start "
            "page's three newest and on Aktuellt; in no sitemap). Facts as label/value <span>s without colons in "
            "<ul class='facts-list'> (Period september 2025 – augusti 2027; Budget 1 500 000 kronor, varav 1 200 000 ur fonden "
            "och 300 000 från Region Stockholm; Ansvarig; Samverkan; Målgrupp 8–20 år). ROUTES: / → mega menu Social hållbarhet "
            "(1 hop) → Våra satsningar (2) → projects 1–4 (3); / → the news (1) → project 5 (2). TRAPS (must_not_fetch): "
            "robots.txt (one group) disallows /admin/, /login, /api/, /sok/, /_fragment, /uppleva-och-gora/evenemang/kalender/, "
            "/*?omrade=, /*?status=, /*&status=, with the Sitemap line. Links: the search form and the start page's 'Populära "
            "sökningar' /sok/?SearchText=forskola|bygglov|lediga+jobb; the list's data endpoint and JSON config (/api/…); the six "
            "filter chips (listed as resolved on the list page); on Evenemang 'Visa kalendern' /uppleva-och-gora/evenemang/kalender/ "
            "and two days ?datum=2025-11-20|2025-11-29 (nofollow; not saved); the footer's /login (nofollow). NON-PROJECTS: "
            "'Program för social hållbarhet 2023–2030' (a policy: four målområden), the fund page 'Social investeringsfond' (2020, "
            "15 Mkr; 'Fonden i siffror' key figures, 'Om fonden'), 'Så ansöker ni om medel …' (who, steps, 1 March / 1 November, "
            "a made-up 'Räkneexempel', .docx/.xlsx dead), 'Regler för den sociala investeringsfonden' (three years, 3 Mkr, half "
            "the savings back), 'Uppföljning av sociala investeringar 2024' (an unlinked table of four satsningar with period, sum "
            "and status, 'De viktigaste resultaten', 'Lärdomar', 'Fonden i siffror 2024'), the call news 'Nu kan förvaltningarna "
            "söka medel ur den sociala investeringsfonden', the event 'Frukostseminarium: Vad lönar sig?' (Datum, Tid, Plats, "
            "Kostnad, Anmälan, Arrangör), the job ad 'Utvecklingsledare social hållbarhet' (names projects 1 and 3 without links; "
            "Anställningsform, Omfattning, Tillträde, Sista ansökningsdag) and the STANDING SERVICE 'Ungdomslotsen' (drop-in hours, "
            "'startade 2019 som en av de första satsningarna med pengar ur kommunens sociala investeringsfond. Sedan januari 2022 "
            "är Ungdomslotsen en del av arbetsmarknadsenhetens ordinarie verksamhet'). NEITHER LIST (count either way): 'Våra "
            "satsningar' (the list), 'Social hållbarhet', 'Demokrati och påverkan', the one-project news about project 5, /, "
            "Aktuellt, the untopical news (höstlovet, gång- och cykelbro), Barn och utbildning, Omsorg och stöd, Bygga bo och miljö, Arbete och vuxenutbildning, Uppleva och göra, "
            "Evenemang, Jobba hos oss and the furniture (Kontakta oss, Kakor with a cookie table, Tillgänglighetsredogörelse). "
            "Dead links on purpose (404): the menus' other items, /lattlast/, /other-languages/, /e-tjanster/, "
            "/om-webbplatsen/behandling-av-personuppgifter/, /aktuellt/rss/, /content/download/… files, /var/site/storage/… "
            "images and /assets/build/… assets. External: sigtuna.varbi.com, www.1177.se, social media. Nothing depends on "
            "query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Fyrbodals kommunalförbund (October CMS 3)
    h = F.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (F.F1, F.F2, F.F3, F.F4, F.F5)],
        'not_projects': [u(h, p) for p in (F.X1, F.X2, F.N1, F.REGLER, F.LAGE, F.CALL, F.A2, F.EV, F.JOB)],
        'must_not_fetch': [u(h, p) for p in (
            F.BACKEND, F.SEARCH, F.SEARCH + '?q=utlysning', F.SEARCH + '?q=delregionala+utvecklingsmedel',
            F.PBSEARCH, F.PBSEARCH + '?q=motesplats', F.PBSEARCH + '?q=familjecentral',
            F.PB + '?omrade=social-hallbarhet', F.PB + '?status=avslutat', F.PB2 + '?omrade=infrastruktur',
            F.PB3 + '?status=pagaende', F.F1 + F.PRINT, F.F2 + F.PRINT, F.SOC + F.PRINT, F.CALL + F.PRINT,
            F.KAL, F.KAL + '?manad=2025-12', F.KAL + '?manad=2026-01')],
        'notes': (
            "KOMMUNALFÖRBUND (Fyrbodals kommunalförbund: Bengtsfors 1460, Dals-Ed 1438, Färgelanda 1439, Lysekil 1484, Mellerud "
            "1461, Munkedal 1430, Orust 1421, Sotenäs 1427, Strömstad 1486, Tanum 1435, Trollhättan 1488, Uddevalla 1485, "
            "Vänersborg 1487, Åmål 1492; probably not in the registry, crawled from its start URL) on OCTOBER CMS 3 (Laravel): "
            "theme 'fyrbodal' (/themes/fyrbodal/assets/…), combined assets /combine/<hash>-<ts>.css|js, the AJAX framework "
            "/modules/system/assets/js/framework.combined-min.js, a csrf-token meta, data-request attributes, media "
            "/storage/app/media/… (not saved); Bootstrap-style markup (navbar with dropdowns, breadcrumb, badges, pagination, "
            "row/col-lg-8 + col-lg-4 sidebar). Every page address ends in '/' (saved as index.html); links root-relative except "
            "the filter links. Menu on every page: Om oss (› Om förbundet, Medlemskommuner and Direktion dead, Lediga jobb), "
            "Verksamhetsområden (› Social hållbarhet; three others dead), Projektbank, Utlysningar, Aktuellt (› Nyheter, "
            "Evenemang), Kontakt; the search form GET /sok/ (q=). Footer: Projektbank, Utlysningar, Lediga jobb, Kontakt, Kakor, "
            "Tillgänglighet, 'Logga in' /backend/ (nofollow). Page tools 'Skriv ut' <page>?utskrift=1 (nofollow) on most content "
            "pages (not on the list pages, the old project pages, the placeholders or the news list). THE PROJEKTBANK (plugin "
            "'Fyrbodal.Projektbank'): all the förbund's projects – social sustainability but also infrastructure, skills, "
            "business and digitalisation – with NUMERIC IDS in the address /projektbank/<id>-<slug>/, newest id first, SIX A "
            "PAGE on /projektbank/, /projektbank/sida/2/ and /projektbank/sida/3/ (16 items), linked by numbered pager links, "
            "Föregående/Nästa, <link rel=prev/next> and a 'Visa fler projekt' button (data-request='projektLista::onLoadMore', "
            "data-request-data='sida: 2', no address). Each item: 'Projekt-id N', name (a link where there is a page), status "
            "badge, område, kommuner, years, and 'Läs mer', 'Projektets webbplats' (external) or 'Ingen projektsida'. A sidebar "
            "'Filtrera projekt' on each list page: a GET form (selects, no links) and QUERY-ONLY RELATIVE filter links "
            "href='?omrade=<slug>' (five) and '?status=pagaende|avslutat' (forbidden), which resolve against the current list "
            "page, and 'Sök i projektbanken' /projektbank/sok/ (nofollow, forbidden). Sitemap: /sitemap.xml (declared; "
            "RainLab.Sitemap) lists the static pages and the three list pages, NO project item. 33 files: 31 pages, robots.txt, "
            "sitemap.xml. THE LIST'S PAGES: page 1: 1312 project 1, 1309 Laddinfrastruktur i Dalsland (a non-social project "
            "page), 1306 (external), 1301 project 2, 1297 and 1290 (no page); page 2: 1284 project 3, 1276 (external), 1263 "
            "PLACEHOLDER, 1251 project 4 (old page), 1240, 1232 (no page); page 3: 1198 project 5 (old page), 1187 PLACEHOLDER, "
            "1174 (no page), 1166 (external). HOW EACH PROJECT IS REACHABLE: (1) Unga vuxna på väg – Orust (/projektbank/1312-…/): "
            "list page 1 and the body link of the news 'Direktionen beviljade medel till tre nya projekt' (start page, Aktuellt, "
            "sitemap). Text in main, facts ONLY IN THE SIDEBAR card 'Projektfakta' <dl> (Projektägare Orust kommun, "
            "arbetsmarknadsenheten; Samverkanspartner; Projektperiod 1 mars 2025 – 28 februari 2027; Budget 2 800 000 kronor, "
            "varav 2 100 000 från Fyrbodals kommunalförbund och 700 000 från Orust kommun; Målgrupp 18–29 år; Bemanning Två "
            "coacher på heltid; Status Pågående). (2) Föräldraskap i Dalsland (/projektbank/1301-…/): list page 1. '<strong>Label:"
            "</strong>' lines with <br> (Projektperiod september 2024 – augusti 2027; Beviljade medel 3 200 000 kronor; "
            "Projektägare Åmåls kommun tillsammans med Bengtsfors, Dals-Ed, Färgelanda och Melleruds kommuner; Målgrupp 0–12 "
            "år). (3) Skolnärvaro norra Bohuslän (/projektbank/1284-…/): ONLY ON LIST PAGE 2. Prose 'pågår från januari 2024 till "
            "december 2026 och har beviljats 2 600 000 kronor …', 'Målgrupp' heading. (4) Seniorkraft Sotenäs (/projektbank/1251-…/; "
            "FINISHED 2021–2023): ONLY ON LIST PAGE 2. An OLD PAGE that now says 'Projektet har avslutats.' in a bold alert, then "
            "one paragraph (2021–2023, äldre över 65 år, 1 400 000 kronor, projektägare Sotenäs kommun) and a dead 'Slutrapport "
            "(pdf)'. (5) Fritidsledare i skolan – Munkedal (/projektbank/1198-…/; FINISHED 2019–2022): ONLY ON LIST PAGE 3 "
            "(page 2's 'Nästa' or the '3' on every list page). The same old layout: 'Projektet har avslutats.' and one paragraph "
            "('pågick från augusti 2019 till juni 2022', årskurs 6–9, 1 100 000 kronor). ROUTES: / → menu Projektbank (1 hop) → "
            "projects 1, 2 (2); → '2' (2) → projects 3, 4 (3); → '3' (2 or 3) → project 5. TRAPS (must_not_fetch): robots.txt "
            "(one group) disallows /backend/, /sok/, /projektbank/sok/, /kalender/, /storage/app/uploads/protected/, /*?omrade=, "
            "/*?status=, /*?kommun=, /*?utskrift=, with the Sitemap line. Links: the footer's /backend/; the search form and the "
            "start page's 'Vanliga sökningar' /sok/?q=utlysning|delregionala+utvecklingsmedel; 'Sök i projektbanken' on the list "
            "pages and the placeholders' /projektbank/sok/?q=motesplats|familjecentral; the filter links on the three list pages "
            "(four listed as examples: /projektbank/?omrade=social-hallbarhet, /projektbank/?status=avslutat, "
            "/projektbank/sida/2/?omrade=infrastruktur, /projektbank/sida/3/?status=pagaende) and on 'Social hållbarhet' "
            "/projektbank/?omrade=social-hallbarhet; 'Skriv ut' ?utskrift=1 (four listed: projects 1 and 2, Social hållbarhet, the "
            "call); on Evenemang 'Kalender' /kalender/ and ?manad=2025-12|2026-01 (nofollow; not saved). NON-PROJECTS: the two "
            "PLACEHOLDERS under project-bank addresses, titled 'Sidan finns inte längre' (HTTP 200, noindex; 1263 'Projektet "
            "finns kvar i projektbankens register, men projektsidan publiceras inte längre', 1187 'Informationen om projektet har "
            "flyttats till kommunens webbplats'; the list still shows their names, years and 'Avslutat'), the NON-SOCIAL project "
            "page 1309 'Laddinfrastruktur i Dalsland' (charging points, period, 3 400 000 kronor, owner; speaks of no people), "
            "'Regler för medel till social hållbarhet' (numbered rules: 1 200 000 a year, three years, 25 % own share), "
            "'Lägesrapport social hållbarhet 2024' (a table of the medel per year, counts, 'Lärdomar'), the call 'Utlysning: "
            "Medel för social hållbarhet 2026' (4 Mkr a year, dates), the call news 'Nu öppnar utlysningen av medel för social "
            "hållbarhet 2026', the event 'Nätverksträff social hållbarhet 4 december' (<dl> Datum, Tid, Plats, Kostnad, Sista "
            "anmälningsdag, Arrangör) and the job ad 'Processledare social hållbarhet' (names projects 2 and 3 without links; "
            "Anställningsform, Omfattning, Tillträde, Sista ansökningsdag). NEITHER LIST (count either way): the three list "
            "pages, the news 'Direktionen beviljade medel till tre nya projekt' (three grants, one linked), 'Social hållbarhet', "
            "'Så söker ni medel' (steps and a short FAQ), Utlysningar, /, Om förbundet, Verksamhetsområden, Aktuellt, the "
            "untopical news (kompetensförsörjning), Evenemang, Lediga jobb and the furniture (Kontakt, Kakor, Tillgänglighet). "
            "Dead links on purpose (404): menu items (Medlemskommuner, Direktion och beredningar, three verksamhetsområden), "
            "/storage/app/media/… documents, /themes/… and /combine/… assets. External: trollhattan.se, amal.se, uddevalla.se, "
            "fargelanda.se, linkedin.com. Nothing depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Norsjö (small municipality, Grav 1.7)
    h = N.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (N.P1, N.P2, N.P3, N.P4, N.P5)],
        'not_projects': [u(h, p) for p in (N.AR24, N.AR23, N.FUND, N.RIKT, N.NN3, N.EV, N.JOB, N.KRAFT)],
        'must_not_fetch': [u(h, p) for p in (
            N.SEARCH, N.SEARCH + '/query:forskola', N.SEARCH + '/query:sophamtning', N.SEARCH + '/query:bygglov', N.ADMIN,
            N.printurl(N.AR24), N.printurl(N.EK), N.printurl(N.FUND), N.printurl(N.P1), N.printurl(N.P3), N.printurl(N.NN1))],
        'notes': (
            "SMALL municipality (Norsjö kommun, 2417, about 4 000 inhabitants; Norsjö, Bastuträsk, Kusfors, Bjurträsk) on GRAV "
            "1.7 (flat-file PHP) with a Quark-derived theme 'norsjo' (Spectre.css: container grid-lg, columns, navbar, a dropmenu "
            "<ul class='navigation'> with level-2 <ul>s, the mobile overlay menu <ul class='tree'> repeating it, the breadcrumbs "
            "plugin with schema.org BreadcrumbList, 'notices blue' boxes, meta generator 'GravCMS'; assets under "
            "/user/themes/norsjo/…, /user/plugins/…, /system/assets/…, documents under /user/pages/…, none saved) with "
            "append_url_extension '.html': EVERY PAGE IS /<route>.html, a parent (/kommun-och-politik.html) beside a folder of "
            "its children (/kommun-och-politik/ekonomi.html). Header: logo, the dropmenu (Barn och utbildning, Omsorg och stöd › "
            "Barn och familj, Äldreomsorg; Arbete och näringsliv; Uppleva och göra › Kraftstationen, Evenemang; Bo och miljö "
            "(dead); Kommun och politik › Ekonomi, Lediga jobb; the other level-2 items dead), a search form GET /sok "
            "(query=). Page tools on content pages: 'Skriv ut' /utskrift/<route>.html (nofollow) and 'Lyssna' (href '#'). Footer: "
            "Nyheter, Lediga jobb, Kontakta oss, Kakor, Tillgänglighetsredogörelse, 'Redaktörsinloggning' /admin (nofollow). "
            "THE PROJECT PAGES ARE HIDDEN PAGES (visible: false – in no menu, not linked by their parent pages – and 'sitemap: "
            "ignore'), scattered under untopical sections, with no topic word in their addresses: they are linked ONLY from the "
            "HTML versions of the annual reports and from news items. Sitemap: /sitemap.xml (declared; with an xml-stylesheet, "
            "404) lists 31 pages: every page except the five projects. robots.txt: Grav's default (Disallow /backup/, /bin/, "
            "/cache/, /grav/, /logs/, /system/, /vendor/, /user/; Allow /user/pages/, /user/themes/, /user/images/, /, *.css$, "
            "*.js$, /system/*.js$) with the site's additions first: 'Crawl-delay: 3', Disallow /admin, /sok (THE SEARCH) and "
            "/utskrift/ (THE PRINT FOLDER), and the Sitemap line. 38 files: 36 pages, robots.txt, sitemap.xml. HOW EACH PROJECT "
            "IS REACHABLE: (1) Fritid i byarna (/uppleva-och-gora/fritid-i-byarna.html): ONLY FROM 'ÅRSREDOVISNING 2024' "
            "(/kommun-och-politik/ekonomi/arsredovisning-2024.html: menu Kommun och politik › Ekonomi → 'Årsredovisning 2024 "
            "(webbversion)'; also linked from the fund page; in the sitemap), the table 'Satsningar med sociala "
            "investeringsmedel 2024' in its section 'Sociala investeringsmedel' (the eighth of a table of contents of #anchors). "
            "A 'Fakta' box of '<strong>Label:</strong>' list items (Period januari 2024 – juni 2026; Budget 780 000 kronor ur "
            "kommunens sociala investeringsmedel; Ansvarig; Samverkan; Målgrupp 7–16 år), 'en fritidsledare på 75 procent'. (2) "
            "BUS-teamet – tidigt stöd till barn och unga (/omsorg-och-stod/barn-och-familj/bus-teamet.html; its parent 'Barn och "
            "familj' does not link it): the same ÅR 2024 table AND the news 'BUS-teamet har träffat 40 familjer' (start page, "
            "Nyheter, sitemap). A th/td table (Projektperiod augusti 2024 – juni 2027; Finansiering 1 350 000 kronor; "
            "Projektägare Individ- och familjeomsorgen; Målgrupp 0–18 år), 'BUS-teamet är en social investering', 'alla på "
            "heltid'. (3) Arbetsträning på Återbruket (/arbete-och-naringsliv/arbetstraning-pa-aterbruket.html; started after the "
            "ÅR 2024): ONLY FROM A NEWS ITEM: 'Läs mer om Arbetsträning på Återbruket' in 'Unga vuxna får arbetsträning på "
            "Återbruket' (start page's four newest, Nyheter, sitemap; the job ad names the project without a link). 'Kort om "
            "projektet' box (Projektperiod april 2025 – mars 2027; Budget 1 100 000 kronor, varav 700 000 ur kommunens sociala "
            "investeringsmedel och 400 000 från Samordningsförbundet Skellefteå; Projektägare Arbetsmarknadsenheten; Målgrupp "
            "18–29 år; Antal platser 8). (4) Läsglädje i Bastuträsk (/barn-och-utbildning/lasgladje-i-bastutrask.html; FINISHED "
            "August 2021 – June 2023): ONLY FROM 'ÅRSREDOVISNING 2023' (Ekonomi's 'Tidigare årsredovisningar' and the 2024 "
            "archived news 'Årsredovisningen för 2023 är klar'), a list item in its section 'Sociala investeringsmedel'; ÅR 2024 "
            "only names it. '<strong>Projektet är avslutat.</strong>', 'pågick från augusti 2021 till juni 2023 och finansierades "
            "med 540 000 kronor', 'Resultat'. (5) Hälsolots 75+ (/omsorg-och-stod/aldreomsorg/halsolots-75-plus.html): ONLY FROM "
            "AN ARCHIVED NEWS ITEM: 'Hälsolotsar besöker äldre i byarna' (May 2024) is listed only on 'Nyhetsarkiv 2024' "
            "(/nyheter/arkiv-2024.html, the news sidebar's '2024'; both in the sitemap); the ÅR 2024 table has the name WITHOUT a "
            "link. Prose: 'Hälsolots 75+ är en satsning …', 'pågår från mars 2024 till februari 2026 och har fått 600 000 kronor "
            "ur kommunens sociala investeringsmedel', 'Två hälsolotsar … på halvtid vardera'. ROUTES: / → Kommun och politik › "
            "Ekonomi (1) → ÅR 2024 (2) → projects 1, 2 (3); Ekonomi → ÅR 2023 (2) → project 4 (3); / → the news (1) → projects 2, "
            "3 (2); / → Nyheter (1) → Nyhetsarkiv 2024 (2) → the news (3) → project 5 (4). TRAPS (must_not_fetch): the search "
            "form /sok and the start page's 'Snabbsök' /sok/query:forskola|sophamtning|bygglov (Grav's param syntax); the "
            "footer's /admin; 'Skriv ut' /utskrift/<route>.html on every content page (six listed: ÅR 2024, Ekonomi, the fund "
            "page, projects 1 and 3, the Återbruket news). The Crawl-delay of 3 s makes the site slow: about 40 allowed addresses. "
            "NON-PROJECTS: 'Årsredovisning 2024' and 'Årsredovisning 2023' (annual reports: key-figure table, standard sections, "
            "a section with the satsningar's table or list, a resultaträkning), the fund page 'Sociala investeringsmedel' "
            "(2019 and 2023, 5 Mkr, 'Medlen i siffror', who can apply, 31 October), 'Riktlinjer för sociala investeringsmedel' "
            "(numbered sections), the call news 'Nu kan förvaltningarna söka sociala investeringsmedel för 2026', the event "
            "'Temakväll: Att vara förälder till en tonåring' (Datum, Tid, Plats, Kostnad, Anmälan, Arrangör), the job ad "
            "'Arbetsmarknadscoach, visstidsanställning' (for project 3, named without a link; Anställningsform, Omfattning, "
            "Tillträde, Sista ansökningsdag) and the STANDING SERVICE 'Ungdomens hus Kraftstationen' (opening hours; 'startade "
            "som ett projekt med sociala investeringsmedel hösten 2019. Sedan januari 2022 är Kraftstationen en del av kultur och "
            "fritids ordinarie verksamhet'). NEITHER LIST (count either way): the one-project news about projects 2, 3 and 5, "
            "the news of the ÅR 2023, Ekonomi, Nyheter, Nyhetsarkiv 2024, /, the section pages (Barn och utbildning, Omsorg och "
            "stöd, Barn och familj, Äldreomsorg, Arbete och näringsliv, Uppleva och göra, Kommun och politik), Evenemang, Lediga "
            "jobb, the untopical news (snöröjning, konstgräs, EU-valet) and the furniture (Kontakta oss, Kakor, "
            "Tillgänglighetsredogörelse). Dead links on purpose (404): the menus' other items, /uppleva-och-gora/bibliotek.html, "
            "/uppleva-och-gora/skidbacken.html, the PDFs under /user/pages/…, theme and plugin assets. External: "
            "norsjo.varbi.com. Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    for h, v in exp.items():
        print(h, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'forbidden')


if __name__ == '__main__':
    main()
