"""Build the three saved sites of heldout_sites23 and write expected.json (written blind: README, docs and earlier
sets' data and make_*.py only; the crawler was not read or run)."""
import json
import os
import shutil

import make_site_finsam as F
import make_site_hassleholm as HL
import make_site_kronoberg as K
from make_common import ROOT


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (HL.H, F.H, K.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    HL.build()
    F.build()
    K.build()
    exp = {}

    # ------------------------------------------------------------------ Hässleholm (municipality, Pimcore 11)
    h = HL.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (HL.H1, HL.H2, HL.H3, HL.H4, HL.H5)],
        'not_projects': [u(h, p) for p in (HL.FUND, HL.SOK, HL.RIKT, HL.UPP, HL.N2, HL.EV, HL.JOB, HL.FC, HL.FS)],
        'must_not_fetch': [u(h, p) for p in (
            HL.SEARCH, HL.SEARCH + '?q=forskola', HL.SEARCH + '?q=bygglov', HL.SEARCH + '?q=hemtjanst',
            HL.FUND + HL.PRINT, HL.LIST + HL.PRINT, HL.H1 + HL.PRINT, HL.H2 + HL.PRINT,
            HL.RIKT + HL.EDITMODE, '/admin/', HL.CAL, HL.CAL + '?datum=2025-11-26', HL.CAL + '?datum=2025-12-03')],
        'notes': (
            "MID-SIZE municipality (Hässleholms kommun, 1293, about 53 000 inhabitants; Tyringe, Vinslöv, Bjärnum, Hästveda, "
            "Sösdala) on PIMCORE 11 (Twig templates; area bricks in 'pimcore_area_<brick> pimcore_area_content' wrappers: wysiwyg, "
            "teaser-list, fact-box (<dl>), table, related-links, contact, news-list; body data-document-id; assets under "
            "/cache-buster-1730792214/static/, thumbnails /Bilder/…/image-thumb__<id>__content/…, documents /Dokument/…, none "
            "saved). The site writes every document link with a TRAILING SLASH (saved as index.html); links root-relative. Header "
            "on every page: logo, Lyssna (readspeaker, nofollow), Lättläst and Other languages (dead), Kontakta oss, the search form "
            "GET /sok/ (q=; data-suggest /api/sok/forslag, forbidden, not listed), and a MEGA MENU whose level-2 items are in the "
            "HTML (hidden <ul>): Barn och utbildning (› Förskola dead, Grundskola, Gymnasium dead, Vuxenutbildning dead), Omsorg och "
            "stöd (› Barn och familj, Äldreomsorg/Funktionsnedsättning/Ekonomiskt bistånd dead), Kultur och fritid (› Fritidsgårdar, "
            "Bibliotek dead, Evenemang), Bygga bo och miljö (dead), Näringsliv och arbete (dead), Kommun och politik (› Politik, "
            "Ekonomi dead; Jobba hos oss). A left sub-navigation (Pimcore navigation: the section root and the open branch) in the "
            "sections Omsorg och stöd, Barn och utbildning, Kultur och fritid, Kommun och politik. Page tools 'Skriv ut' "
            "<page>?print=1 (nofollow) and 'Dela' on every page but the start page; footer with Nyheter, Evenemang, Lediga jobb, "
            "E-tjänster (dead), Kakor, Tillgänglighetsredogörelse, Personuppgifter (dead) and 'Logga in (redaktörer)' /admin/ "
            "(nofollow). THE FUND SECTION IS THREE LEVELS DOWN: Omsorg och stöd › Barn och familj › Förebyggande arbete › "
            "Framtidsfonden (/omsorg-och-stod/barn-och-familj/forebyggande-arbete/framtidsfonden/: the fund is called "
            "'Framtidsfonden', 'kommunens sociala investeringsfond' in the text); its children Så söker ni medel, Riktlinjer, "
            "Beviljade insatser (the list), Uppföljning 2024. NO PROJECT URL HOLDS 'projekt' OR 'social investering'; the "
            "'Förebyggande arbete' section mixes project pages with STANDING SERVICES under the same breadcrumb (Familjecentralen "
            "Ljungdala, Föräldraskapsstöd, Fältgruppen). 40 files: 36 pages, robots.txt and three sitemap files: /sitemap.xml, a "
            "SITEMAP INDEX (presta/sitemap-bundle) declared in robots.txt -> /sitemap.default.xml (28 pages: /, the sections, "
            "Förebyggande arbete and its three services, the fund page and its four children, projects 1, 5 and 2 – every one "
            "under an untopical URL –, Elevhälsa, Fritidsgårdar, Evenemang and the event, Jobba hos oss and the job ad, "
            "furniture; NOT projects 3 and 4, which are excluded from the navigation) and /sitemap.nyheter.xml (Nyheter and its "
            "five items). HOW EACH PROJECT IS REACHABLE: (1) Familjeteam i förskolan "
            "(…/framtidsfonden/beviljade-insatser/familjeteam-i-forskolan/, six levels deep): ORDINARY: a linked teaser under "
            "'Pågående insatser' on 'Beviljade insatser' (fund teaser and sub-navigation) and the sub-navigation of the fund "
            "branch, the report's table, sitemap. Fact-box <dl> 'Fakta' (Period augusti 2024 – juli 2027; Beviljat belopp 3 600 000 "
            "kronor ur Framtidsfonden; Ansvarig; Samverkan; Målgrupp barn 1–5 år); 'en specialpedagog, en socionom och en logoped, "
            "alla på heltid'. (2) Varje dag räknas (/barn-och-utbildning/grundskola/elevhalsa/varje-dag-raknas/; no topic word in "
            "URL or title; the Elevhälsa page does not link it; 'Beviljade insatser' has it as a teaser WITHOUT a link): ONLY FROM "
            "A NEWS ITEM: the body link of the news 'Fler elever i Bjärnum och Hästveda kommer till skolan' (/nyheter/2025/…, "
            "untopical URL, on the start page's four newest and on Nyheter); plus the sitemap (untopical URL). <strong>Label:</strong> "
            "lines split by <br> (Projekttid augusti 2025 – juni 2027; Finansiering 1 950 000 kronor ur Framtidsfonden, kommunens "
            "fond för sociala investeringar; Projektägare; Samverkan; Målgrupp årskurs 7–9). (3) Utökade hembesök "
            "(/omsorg-och-stod/barn-och-familj/forebyggande-arbete/utokade-hembesok/; a sibling of the services, EXCLUDED FROM THE "
            "NAVIGATION and the sitemap; 'Beviljade insatser' has it as a teaser without a link): ONLY FROM A 'RELATERAT' BOX "
            "(related-links brick) on the STANDING SERVICE page 'Familjecentralen Ljungdala' (Förebyggande arbete's teaser and "
            "sub-navigation). 'Utökade hembesök är en social investering som finansieras av Framtidsfonden och Region Skåne' and a "
            "th/td table 'Kort om insatsen' (Period mars 2025 – februari 2028; Budget 2 700 000 kronor, varav 1 800 000 ur "
            "Framtidsfonden och 900 000 från Region Skåne; …; Målgrupp förstagångsföräldrar med barn 0–15 månader). (4) Fritid för "
            "alla i Tyringe (FINISHED 2021–2024; /kultur-och-fritid/fritidsgardar/fritid-for-alla-i-tyringe/, another section, no "
            "topic word in URL or title, excluded from the navigation and the sitemap; the Fritidsgårdar page does not link it; "
            "'Beviljade insatser' lists only ongoing efforts): ONLY FROM THE FUND'S REPORT: a link in the table 'Insatser under "
            "2024' on 'Uppföljning av Framtidsfonden 2024' (a non-project page; fund teaser and sub-navigation; 'Beviljade "
            "insatser' points to it for finished efforts). 'Projektet är avslutat' in bold, 'pågick från augusti 2021 till juni 2024 "
            "och fick 1 200 000 kronor ur Framtidsfonden', 'Resultat'. (5) Ung och trygg i Vinslöv "
            "(…/framtidsfonden/beviljade-insatser/ung-och-trygg-i-vinslov/): ORDINARY like (1) ('Ung och trygg i Vinslöv är en "
            "satsning …', fact-box 'Kort om satsningen': Period januari 2025 – december 2027; Beviljat belopp 2 100 000 kronor ur "
            "Framtidsfonden; …; 'Två fältassistenter arbetar i Vinslöv på heltid'). ROUTES: from / the mega menu reaches Barn och "
            "familj (1 hop), then Förebyggande arbete (2), Framtidsfonden (3), Beviljade insatser (4), projects 1 and 5 (5); the "
            "start page's fund news (call) links Så söker ni medel, whose sub-navigation shows the fund branch. TRAPS "
            "(must_not_fetch): robots.txt has a 'User-agent: GPTBot / Disallow: /' group first, then 'User-agent: *' disallowing "
            "/admin/, /install/, /api/, /sok/, /kalender/, /Dokument/Internt/, /*?print=, /*pimcore_editmode= and "
            "/*pimcore_preview=, with the Sitemap line. Links: the search form; the start page's 'Vanliga sökningar' "
            "/sok/?q=forskola|bygglov|hemtjanst; 'Skriv ut' <page>?print=1 on every page but / (four listed: the fund page, "
            "Beviljade insatser, projects 1 and 2); the call news links the Riktlinjer page ONLY as a pasted Pimcore EDIT-MODE URL "
            "https://www.hassleholm.se/…/framtidsfonden/riktlinjer/?pimcore_editmode=true (Riktlinjer is also linked normally from "
            "the fund page, its sub-navigation and Så söker ni medel); the footer's /admin/; on Evenemang 'Se alla evenemang i "
            "kalendern' /kalender/ and the days ?datum=2025-11-26|2025-12-03 (nofollow; not saved). NON-PROJECTS: the fund page "
            "'Framtidsfonden – kommunens sociala investeringar' (2019, 20 Mkr; key figures 'Avsatt sedan 2019', 'Beviljat hittills', "
            "'Kvar att söka'; 'Om fonden'), 'Så söker ni medel ur Framtidsfonden' (steps, 15 January, .docx/.xlsx dead), "
            "'Riktlinjer för Framtidsfonden' (three years, 3 Mkr, half the savings returned), 'Uppföljning av Framtidsfonden 2024' "
            "(a table of four efforts with period, sum and status, 'De viktigaste resultaten', 'Lärdomar', 'Fonden i siffror'), the "
            "call news 'Nu kan förvaltningarna söka pengar ur Framtidsfonden', the event 'Föreläsning: Tidiga insatser lönar sig' "
            "(fact-box 'Praktisk information': Datum, Tid, Plats, Kostnad, Anmälan, Arrangör), the job ad 'Samordnare för sociala "
            "investeringar' (names projects 1 and 2 without links; Anställningsform, Omfattning, Tillträde, Sista ansökningsdag), "
            "the STANDING SERVICE 'Familjecentralen Ljungdala' (opening hours, address; 'startade 2017 som en av de första "
            "insatserna med pengar ur Framtidsfonden. Sedan januari 2020 är familjecentralen en del av … ordinarie verksamhet') and "
            "'Föräldraskapsstöd' (standing parenting courses with a table of course starts; no fund). NEITHER LIST (count either "
            "way): 'Beviljade insatser' (four teasers, two linked, with period and sum), 'Förebyggande arbete', 'Fältgruppen' (a "
            "standing service that does not mention the fund), the one-project news about Varje dag räknas, /, Nyheter, the "
            "section and service pages (Omsorg och stöd, Barn och familj, Barn och utbildning, Grundskola, Elevhälsa, Kultur och "
            "fritid, Fritidsgårdar, Evenemang, Kommun och politik, Jobba hos oss), the untopical news (belysning, skolskjutskort, "
            "julmarknad) and the furniture (Kontakta oss, Kakor with a cookie table, Tillgänglighetsredogörelse). Dead links on "
            "purpose (404): menu items and service sub-pages (Förskola, Äldreomsorg, Familjerådgivning, Bibliotek, …), /lattlast/, "
            "/other-languages/, /e-tjanster/, /om-webbplatsen/personuppgifter/, /nyheter/rss/, /Dokument/… files, /Bilder/… and "
            "/cache-buster-…/ assets. External: app-eu.readspeaker.com, hassleholm.varbi.com, www.1177.se, plausible.io, social "
            "media. Nothing depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Samordningsförbundet Norra Kalmar län (ProcessWire)
    h = F.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (F.F1, F.F2, F.F3, F.F4, F.F5)],
        'not_projects': [u(h, p) for p in (F.FINS, F.SOKA, F.VP, F.AR, F.N_CALL, F.EV, F.N_JOB, F.LOTS, F.KOMP)],
        'must_not_fetch': [u(h, p) for p in (
            F.ADMIN, F.EDIT, F.SEARCH, F.SEARCH + '?q=ips', F.SEARCH + '?q=lotsen', F.SEARCH + '?q=ansokan',
            F.INS + '?kategori=unga-vuxna', F.INS + '?kategori=arbete-och-studier', F.INS + '?kategori=psykisk-halsa',
            F.INS + '?kategori=strukturovergripande', F.INS2 + '?kategori=unga-vuxna', F.INS2 + '?kategori=psykisk-halsa',
            F.INS3 + '?kategori=arbete-och-studier', F.INS + '?ar=2024&kategori=unga-vuxna',
            F.KAL + '?manad=2025-12', F.KAL + '?manad=2026-01')],
        'notes': (
            "SAMORDNINGSFÖRBUND (Samordningsförbundet Norra Kalmar län: Västervik 0883, Vimmerby 0884, Hultsfred 0860, Region "
            "Kalmar län, Försäkringskassan, Arbetsförmedlingen; a Finsam association, probably not in the registry, crawled from "
            "its start URL) on a SMALL CMS: PROCESSWIRE 3 with a UIkit 3 site profile (uk-navbar with a dropdown under 'Om oss', "
            "uk-card, uk-description-list, uk-pagination, uk-breadcrumb, an offcanvas menu; body class template-<name> page-<id>; "
            "assets under /site/templates/, files /site/assets/files/<id>/…, not saved; footer 'Webbplatsen drivs med "
            "ProcessWire'). Every URL ends in '/' (saved as index.html); links root-relative except the filter links (below). The "
            "förbund calls its projects 'insatser' and never says 'sociala investeringar'. Menu on every page: Om oss (› Om "
            "förbundet, Finansiell samordning, Styrelse, Verksamhetsplan och budget, Årsredovisning 2024), Insatser, Söka medel, "
            "Aktuellt, Kontakt; a search form GET /sok/ (q=). Footer: address, the six members (external), "
            "Tillgänglighetsredogörelse, Personuppgifter och kakor, 'Logga in' /processwire/ (nofollow). THE LIST OF INSATSER IS "
            "PAGINATED AND FILTERED: /insatser/ shows items 1–4 of 10 (a repeater: name, status badge, kategori, period, text; only "
            "some items link to a page), page 2 /insatser/sida2/ and page 3 /insatser/sida3/ (ProcessWire page numbers with the "
            "prefix 'sida'), linked by MarkupPagerNav 'uk-pagination' links (1 2 3, Föregående, Nästa) and <link rel=prev/next>; "
            "a sidebar 'Filtrera insatser' on each of the three list pages with QUERY-ONLY RELATIVE hrefs: Kategori "
            "href='?kategori=<slug>' (Unga vuxna, Arbete och studier, Psykisk hälsa, Strukturövergripande; no nofollow) and "
            "'Pågick under år' href='?ar=2025|2024|2023' (allowed, not listed: the replay returns the page itself), which resolve "
            "against the current list page (/insatser/sida2/?kategori=… on page 2). Sitemap: /sitemap.xml declared in robots.txt, "
            "a STALE hand-written file of March 2024 (13 URLs: /, Om oss, Finansiell samordning, Styrelse, "
            "/om-oss/arsredovisning-2023/ (404), /insatser/, /insatser/sida2/, project 3, Lotsen, /insatser/motivationsgruppen/ "
            "(404), Söka medel, Aktuellt, Kontakt; none of projects 1, 2, 4, 5). 30 files: 28 pages, robots.txt and sitemap.xml. "
            "HOW EACH INSATS IS REACHABLE: (1) Språnget (/insatser/spranget/): ORDINARY: item 1 on list page 1 (heading link and "
            "'Läs mer'). A uk-description-list 'Fakta om insatsen' (Insatsägare Västerviks kommun, arbetsmarknadsenheten; "
            "Samverkanspartner; Period 1 mars 2024 – 31 december 2026; Finansiering 2 700 000 kronor från Samordningsförbundet "
            "Norra Kalmar län; Målgrupp 18–29 år; Antal deltagare); 'Två coacher och en studie- och yrkesvägledare arbetar i "
            "Språnget på heltid'. (2) Balans i vardagen – Vimmerby (/insatser/balans-i-vardagen-vimmerby/): ONLY ON LIST PAGE 2 "
            "(item 5). A th/td table with a caption 'Fakta om insatsen' (Period januari 2025 – december 2027; Finansiering 2 250 000 "
            "kronor från samordningsförbundet, 750 000 kronor per år; Målgrupp 20–64 år). (3) Jobbnav Hultsfred (FINISHED "
            "September 2021 – August 2024; /insatser/jobbnav-hultsfred/): ONLY ON LIST PAGE 3 (item 9, reached by page 2's 'Nästa' "
            "or the '3' link on every list page), plus the stale sitemap. 'Insatsen är avslutad' in a uk-alert, 'pågick från "
            "september 2021 till augusti 2024 … sammanlagt 1 980 000 kronor', 'Resultat'. (4) Startpunkten Hultsfred "
            "(/insatser/startpunkten-hultsfred/; NOT IN THE LIST, which was last updated before the grant): ONLY FROM A NEWS ITEM: "
            "the body link of 'Startpunkten ska hjälpa unga i Hultsfred att hitta rätt' (/aktuellt/…, on the start page's three "
            "newest and on Aktuellt). 'Insatsen startar i november 2025 och pågår till och med oktober 2027. Samordningsförbundet "
            "har beviljat 1 600 000 kronor för hela perioden' and bold-label items. (5) IPS – arbete med stöd "
            "(/insatser/ips-arbete-med-stod/; a HIDDEN page, excluded from the list): ONLY FROM A 'RELATERAT' BOX in the sidebar of "
            "the standing service page 'Lotsen' (list page 1, item 2; stale sitemap). 'Insatsen pågår från april 2025 till mars "
            "2027 och finansieras med 2 400 000 kronor från samordningsförbundet. Region Kalmar län bidrar dessutom med en IPS-coach "
            "på halvtid' and a fact list. TRAPS (must_not_fetch): robots.txt (one group) disallows /processwire/, "
            "/site/assets/cache/, /sok/, /*kategori= and /*?manad=, with the Sitemap line. Links: 'Logga in' /processwire/ on every "
            "page; the news 'Ny styrelse för 2025' links a pasted ADMIN EDIT URL /processwire/page/edit/?id=1187; the search form "
            "and the start page's 'Snabbsök' /sok/?q=ips|lotsen|ansokan; the KATEGORI FILTERS on the three list pages (the listed "
            "ones are examples: /insatser/?kategori=…, /insatser/sida2/?kategori=…, /insatser/sida3/?kategori=…) and, on "
            "'Årsredovisning 2024', a combined filter link /insatser/?ar=2024&kategori=unga-vuxna (nofollow); on Kalender the "
            "month links href='?manad=2025-12|2026-01' (nofollow; query-only relative). NON-PROJECTS: 'Finansiell samordning' (the "
            "law, how Finsam works, a made-up 'räkneexempel'), 'Söka medel' (who, steps, 1 December, requirements, .docx dead), "
            "'Verksamhetsplan och budget 2026' (priorities and a budget table), 'Årsredovisning 2024' (figures of the year, names "
            "three insatser without links), the call news 'Nu kan ni söka medel för 2026', the event 'Finsamdagen 2025' (Datum, "
            "Tid, Plats, Kostnad, Sista anmälningsdag, Arrangör), the job ad 'Vi söker en processledare' (names projects 1 and 2 "
            "without links; Anställningsform, Omfattning, Tillträde, Sista ansökningsdag), the STANDING SERVICE 'Lotsen' ('startade "
            "2019 med pengar från samordningsförbundet. Sedan januari 2023 ingår Lotsen i kommunernas och Arbetsförmedlingens "
            "ordinarie verksamhet', places and opening hours) and 'Kompetensutveckling för medlemmarnas personal' (a standing offer "
            "of courses: a table Datum | Utbildning | Plats | Anmälan). NEITHER LIST (count either way): the three list pages, "
            "the one-insats news about Startpunkten, /, Om förbundet (members and fees), Styrelse, Aktuellt, Kalender, the news "
            "'Ny styrelse för 2025' and 'Förbundet har flyttat', and the furniture (Kontakt, Tillgänglighetsredogörelse, "
            "Personuppgifter och kakor). Dead links on purpose (404): the list item /insatser/digitalt-stod-for-sjukskrivna/ (a "
            "stopped insats whose page was removed), the stale sitemap's two entries, /site/assets/files/… documents, "
            "/site/templates/… assets. External: the members' sites, www.finsam.se. Nothing depends on query strings or HTTP "
            "redirects."),
    }

    # ------------------------------------------------------------------ Region Kronoberg (Drupal 10 + a static archive)
    h = K.H
    exp[h] = {
        'start_url': u(h, '/'),
        'project_pages': [u(h, p) for p in (K.R1, K.R2, K.R3, K.R4, K.A1, K.A2)],
        'not_projects': [u(h, p) for p in (K.FUND, K.SOK, K.UPP, K.N_CALL, K.JOB, K.EV, K.HI, K.A_RIKT)],
        'must_not_fetch': [u(h, p) for p in (
            K.SEARCH, K.SEARCH + '?keys=1177', K.SEARCH + '?keys=tandv%C3%A5rd', K.SEARCH + '?keys=lediga+jobb',
            '/user/login/?destination=/', f'/user/login/?destination={K.FUND}', f'/user/login/?destination={K.LONG}',
            f'/node/{K.nid(K.SOK)}/edit/?destination=/admin/content',
            f'/entity-print/pdf/node/{K.nid(K.FUND)}/', f'/entity-print/pdf/node/{K.nid(K.LONG)}/',
            f'/entity-print/pdf/node/{K.nid(K.R1)}/',
            K.CAL, K.CAL + '?manad=2026-01', K.CAL + '?manad=2026-02', K.A_SOK + '?query=')],
        'notes': (
            "REGION (Region Kronoberg, länskod 07; Alvesta, Lessebo, Ljungby, Markaryd, Tingsryd, Uppvidinge, Växjö, Älmhult) on "
            "DRUPAL 10 with an Olivero-derived theme 'kronoberg' (meta Generator 'Drupal 10', dialog-off-canvas-main-canvas, "
            "primary-nav with level-2 sub-menus in the HTML, region--breadcrumb, article data-history-node-id with field--name-… "
            "fields, <link rel=shortlink> /node/<nid> (no page: 404), drupal-settings-json, aggregated CSS/JS under "
            "/sites/default/files/{css,js}/ and /core/, not saved) with Pathauto and the TRAILING SLASH module: every internal "
            "link ends in '/' (saved as index.html); links root-relative. Header on every page: logo, the search form GET "
            "/search/node/ (keys=), main menu Vård och hälsa (› Ungdomsmottagningar, Hälsoinformatörer, 1177), Regional utveckling "
            "(› Social hållbarhet, Kompetensförsörjning and Näringsliv dead), Kultur (dead; › dead and external), Kollektivtrafik "
            "(external), Om oss (› Nyheter, Jobba hos oss, Evenemang, Kontakta oss); 1177, Lyssna (nofollow), In English (/en/, "
            "dead). Footer on every page: Nyheter, Evenemang, Lediga jobb, Kontakta oss, Kakor, Tillgänglighet, 'Arkiv: tidigare "
            "webbplats' (/arkiv/) and 'Logga in' /user/login/?destination=<path> (nofollow). Node tools 'Skriv ut som PDF' "
            "/entity-print/pdf/node/<nid>/ (nofollow) on every node page but / and the news list. THE LIST OF GRANTED "
            "INVESTMENTS IS ONE LONG PAGE WITH ANCHORS: 'Beviljade sociala investeringar' "
            "(/regional-utveckling/social-hallbarhet/sociala-investeringsmedel/beviljade-sociala-investeringar/; fund teaser) with "
            "a table of contents of #fragment links (one written as the page's own URL + '#laxhjalp-lessebo'), sections per year "
            "(2025, 2024, 2023), a <section id=…> per investment (name, 'Kommun · years · kronor', one sentence, 'Läs mer om X' "
            "where it has a page, 'Till sidans början' #main-content) and 'Avslutade sociala investeringar', which links the "
            "ARCHIVE. Project pages are nodes of the type 'Social investering' under /sociala-investeringar/<title>/ (a topical "
            "URL), and that type is NOT ENABLED IN THE SITEMAP (simple_sitemap): /sitemap.xml (declared; with an xml-stylesheet, "
            "404) lists 23 pages and none of the six projects. THE ARCHIVE /arkiv/ is a STATIC COPY of the former Sitevision "
            "site: /arkiv/ (index.html) and pages <name>.html with RELATIVE links ('avslutade-projekt/familjecoacher-i-lessebo.html', "
            "'../avslutade-projekt.html', '../../index.html', old menu links to pages that were not kept: 404), a yellow banner "
            "'Det här är en arkiverad sida …', old sv-* markup, the index and both list pages with <meta name=robots "
            "content='noindex, follow'> (the project pages without it). 36 files: 27 Drupal pages, 7 archive pages, robots.txt, "
            "sitemap.xml. HOW EACH PROJECT IS REACHABLE: (1) Språkglädje i förskolan (/sociala-investeringar/sprakgladje-i-forskolan/): "
            "ORDINARY: 'Läs mer' on the long page. Fields above their values (Kommun; Projektperiod 1 januari 2025 – 31 december "
            "2027; Beviljade medel 1 800 000 kronor ur Region Kronobergs sociala investeringsmedel; Projektägare; Samverkan; "
            "Målgrupp barn 1–5 år; Status Pågående), body, a 'Relaterat' field. (2) Hälsolots för nyanlända "
            "(/sociala-investeringar/halsolots-for-nyanlanda/): ORDINARY: 'Läs mer' on the long page, also '…/#resultat' beside it, "
            "and the Relaterat field of (1). Fields (Projektperiod augusti 2024 – juli 2026; Beviljade medel 2 400 000 kronor; "
            "Projektägare Växjö kommun; …), 'Hälsolots för nyanlända är en social investering …', 'Två hälsolotsar … på heltid'. "
            "(3) Fritidsguider i Markaryd (/sociala-investeringar/fritidsguider-i-markaryd/): THE LONG PAGE'S 'Läs mer' IS DEAD (the "
            "old alias /sociala-investeringar/fritidsguide-markaryd/, 404): ONLY FROM A NEWS ITEM: the body link of 'Fler unga i "
            "Markaryd har hittat en fritidsaktivitet' (/om-oss/nyheter/…, untopical URL; the start page's three newest, Nyheter, "
            "sitemap). Fields (Projektperiod januari 2024 – december 2025; Beviljade medel 950 000 kronor …; Status Pågående), 'Två "
            "fritidsguider … båda på halvtid'. (4) Första linjen för unga i Uppvidinge "
            "(/sociala-investeringar/forsta-linjen-for-unga-i-uppvidinge/; the long page names it with 'Mer information publiceras "
            "senare', no link): ONLY FROM A 'RELATERAT' FIELD on the untopical service page 'Ungdomsmottagningar' "
            "(/vard-och-halsa/ungdomsmottagningar/: menu Vård och hälsa › Ungdomsmottagningar on every page, Vård och hälsa's "
            "teaser, sitemap). Prose 'Satsningen pågår från mars 2025 till februari 2027. Den finansieras med 1 400 000 kronor ur "
            "Region Kronobergs sociala investeringsmedel och 600 000 kronor från Uppvidinge kommun', then fields. (5) "
            "Familjecoacher i Lessebo (FINISHED 2020–2023; "
            "/arkiv/regional-utveckling/sociala-investeringar/avslutade-projekt/familjecoacher-i-lessebo.html): ONLY IN THE "
            "ARCHIVE: the relative link on the archived list 'Avslutade projekt' "
            "(/arkiv/regional-utveckling/sociala-investeringar/avslutade-projekt.html, noindex,follow; linked from the long page, "
            "from /arkiv/ and from the archived fund page). 'Projektet är avslutat' in bold, 'pågick från september 2020 till "
            "augusti 2023 … 1 650 000 kronor ur Region Kronobergs sociala investeringsmedel och lika mycket från Lessebo kommun', "
            "'Projektägare:' lines, 'Resultat'. (6) Närvaroteam Tingsryd (FINISHED 2019–2022, made ordinary; "
            "…/avslutade-projekt/narvaroteam-tingsryd.html): HARDER, TWO RELATIVE HOPS INTO THE ARCHIVE: only on "
            "'Projekt som avslutades 2022 och tidigare' (…/avslutade-projekt/tidigare-ar.html, noindex,follow), linked only from "
            "the archived 'Avslutade projekt' list. 'pågick från augusti 2019 till juni 2022 och fick 1 200 000 kronor ur Region "
            "Kronobergs sociala investeringsmedel', 'Efter projektet'. TRAPS (must_not_fetch): robots.txt is Drupal 10's default "
            "(/core/, /profiles/, README files, /admin/, /comment/reply/, /filter/tips, /node/add/, /search/, /user/register, "
            "/user/password, /user/login, /user/logout, /media/oembed, the /index.php/… twins, with Allow lines for /core/ assets) "
            "plus '# Region Kronoberg': /node/*/edit, /entity-print/, /evenemang/kalender/ and /arkiv/sok/, and the Sitemap line. "
            "Links: the search form and the start page's 'Vanliga sökningar' /search/node/?keys=1177|tandv%C3%A5rd|lediga+jobb; "
            "'Logga in' /user/login/?destination=<path> on every page (three listed); the call news links the application page "
            "ONLY as a pasted EDIT URL /node/<nid>/edit/?destination=/admin/content (the page is also a "
            "teaser on the fund page); 'Skriv ut som PDF' /entity-print/pdf/node/<nid>/ (three listed: the fund page, the long page, project 1); on "
            "Evenemang 'Visa kalendern' /evenemang/kalender/ and ?manad=2026-01|2026-02 (nofollow; not saved); every archive page's "
            "'Sök i arkivet' /arkiv/sok/?query=. NON-PROJECTS: the fund page 'Sociala investeringsmedel' (6 Mkr a year, three "
            "years, a third from the municipality, key figures), 'Så söker ni medel' (who, steps, 31 January, conditions), "
            "'Uppföljning av sociala investeringsmedel 2024' (a table of applications and grants per year, 'De viktigaste "
            "resultaten', 'Rekommendationer'), the call news 'Nu kan kommunerna söka sociala investeringsmedel för 2026', the job "
            "ad 'Utvecklingsledare social hållbarhet' (names projects 1 and 2 without links; Anställningsform, Omfattning, "
            "Tillträde, Sista ansökningsdag as <br> lines), the conference 'Konferens: Sociala investeringar i Kronoberg 2026' "
            "(programme; inline fields Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Arrangör; names projects 1 and 2), the "
            "STANDING SERVICE 'Hälsoinformatörer' ('började 2018 som en social investering … Sedan 2021 … ordinarie "
            "folkhälsoarbete') and the archived 'Riktlinjer för sociala investeringsmedel 2019–2023'. NEITHER LIST (count either "
            "way): the long page 'Beviljade sociala investeringar' (eight investments, five without a page), 'Social hållbarhet' "
            "(policy), the one-project news about Fritidsguider, the archive's index, old fund page and two list pages, /, "
            "Vård och hälsa, Ungdomsmottagningar, Regional utveckling, Om oss, Nyheter, Jobba hos oss, Evenemang, the untopical "
            "news (tandvårdsklinik, vintertidtabell) and the furniture (Kontakta oss, Kakor, Tillgänglighet). Dead links on "
            "purpose (404): the old alias of project 3, /node/<nid> shortlinks, /en/, /kultur/ and other menu items, "
            "/sites/default/files/… documents, /rss.xml, the archive's old menu (/arkiv/vard-och-halsa.html, …) and "
            "'pagaende-projekt.html', /arkiv/regional-utveckling/folkhalsa.html, old assets. External: www.1177.se, www.umo.se, "
            "app-eu.readspeaker.com, www.lanstrafikenkron.se, kulturparkensmaland.se, regionkronoberg.varbi.com, LinkedIn's "
            "sharer. Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
