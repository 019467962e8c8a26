"""Build the saved sites of heldout_sites31 and write expected.json (written blind: README, docs and earlier sets' data
and make_*.py only; the crawler was not read or run).

After writing, it checks its own output: every project and non-project page is saved and allowed by its host's
robots.txt; every must_not_fetch URL is on its own host, forbidden by that robots.txt (Google's matching: longest rule
wins, '*' and '$') and linked or announced by some saved page (href, src, action, data-* attributes, an RSS <link>);
every project page can be reached from the start URL over the organisation's hosts, and the route is printed: plain
<a>/<area>/<iframe> links that robots.txt allows and that are not rel=nofollow (with the depth), a link only inside a
<template>, a URL only in a data-* attribute's JSON, an item of an RSS feed, or a sitemap that robots.txt names; no
site is over 2 MB (file bytes and du).
"""
import html
import json
import os
import re
import shutil
import subprocess
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import make_site_hoglandet as F
import make_site_lerum as L
import make_site_rvn as R
from make_common import ROOT, _target


def u(host, p):
    return f'https://{host}{p}'


NOTES_LERUM = (
    "MUNICIPALITY (Lerums kommun, 1441, about 43 000 inhabitants; Lerum, Gråbo, Floda, Stenkullen, Tollered, Sjövik, "
    "Aspedalen) on OPTIMIZELY CMS 12 (ASP.NET Core, a custom BEM front end: body class 'page page--<type>' with "
    "data-content-id and data-content-type, content areas of blocks <div class='block …' data-block-type='…'> — "
    "TeaserBlock whole-<a> teasers, FactBlock <dl>, ContactBlock, ProjectListingBlock, NewsListBlock, EventFactsBlock —, "
    "a Cookiebot script, /dist/ bundles and /globalassets/ media, none saved). Friendly URLs END IN '/' (saved as "
    "<path>/index.html), root-relative links. 33 HTML pages and robots.txt; NO SITEMAP (no Sitemap line, /sitemap.xml "
    "is 404). The header's MEGA MENU is a row of <button aria-controls> whose HIDDEN panels hold the level-2 links (plain "
    "<a> in the HTML); the Omsorg och stöd section has a side menu that opens the fund's five children on fund pages; "
    "project pages are in no menu. THE FUND: Omsorg och stöd › Sociala investeringar (/omsorg-och-stod/sociala-"
    "investeringar/, also in the mega menu) with two LIST PAGES, 'Pågående investeringar' (…/pagaende-investeringar/) "
    "and 'Avslutade investeringar' (…/avslutade-investeringar/); THE PROJECT PAGES ARE CHILDREN OF THE LISTS, three "
    "levels under Omsorg och stöd. Each list is a ProjectListingBlock of CARDS WHOSE WHOLE CARD IS THE LINK (<a "
    "class='card card--link'> wraps an <img> and an <h3>, no teaser text) and a 'VISA FLER' <button hidden> that ONLY "
    "WORKS WITH JAVASCRIPT (data-endpoint /api/listing/<id>?skip=…, forbidden): on 'Pågående' three cards are in the "
    "grid and THE FOURTH IS ONLY IN A <template> the script clones; on 'Avslutade' two cards are in the grid (L5 and the "
    "standing service) and THE THIRD IS ONLY IN THE BLOCK'S data-more-items ATTRIBUTE (JSON with quotes written as "
    "&quot;: contentLink, name, url, image). Projects (a FactBlock 'Fakta om investeringen': Period, Budget, Ansvarig, "
    "Samverkan, Målgrupp, Bemanning, Status): (L1) Barnens bästa i Gråbo (…/pagaende-investeringar/barnens-basta-i-"
    "grabo/; augusti 2024 – juni 2027, 2 400 000 kronor, Sektor lärande, barn 1–5 år; a card and the start page's news "
    "item), (L2) Trygg fritid Stenkullen (1 januari 2025 – 31 december 2026, 1 100 000 kronor, 10–15 år; a card), (L3) "
    "Hälsolyftet för unga vuxna (…/halsolyftet-unga-vuxna/; september 2024 – augusti 2026, 1 800 000 kronor, 18–24 "
    "år; a card), (L4) Läsfamiljer i Floda (…/lasfamiljer-i-floda/; januari 2025 – december 2026, 650 000 kronor, "
    "familjer med barn 0–6 år; ONLY in the <template>), (L5) Skolnärvaro i Aspedalen (…/avslutade-investeringar/"
    "skolnarvaro-i-aspedalen/; 'Investeringen är avslutad', januari 2020 – december 2023, 1 500 000 kronor, årskurs "
    "4–9, results; a card), (L6) Äldre i rörelse – Tollered (…/avslutade-investeringar/aldre-i-rorelse-tollered/; "
    "avslutad, mars 2021 – februari 2024, 420 000 kronor, 75 år och äldre; ONLY in the data-more-items JSON). ROUTES: / "
    "→ fund (1, mega menu) → list (2) → L1–L3, L5 (3); L4 only through the list's <template> (3); L6 only through the "
    "list's data-attribute JSON (3). TRAPS (must_not_fetch): robots.txt (one group, 'Crawl-delay: 2', no Sitemap line) "
    "disallows /EPiServer/, /episerver/, /Util/, /api/, /sok/, /evenemang/kalender/, /mina-sidor/ and /*?print=. "
    "Listed: the header's search form /sok/ and the start page's 'Populära sökningar' /sok/?q=forskola|bygglov|"
    "lediga+jobb; the two 'Visa fler' data-endpoint addresses /api/listing/<id>?skip=…&take=6; the fund news links the "
    "rules ONLY as a pasted editor address /EPiServer/CMS/?language=sv#context=epi.cms.contentdata:///<id>; the footer's "
    "'Logga in' /Util/Login?ReturnUrl=%2F (nofollow) and the header's 'Mina sidor' /mina-sidor/logga-in/ (nofollow); the "
    "events page's calendar /evenemang/kalender/ and the seminar's 'Fler evenemang samma dag' /evenemang/kalender/"
    "?datum=2026-02-12 (nofollow); 'Skriv ut' <page>?print=true (nofollow) on the fund page and all six project pages. "
    "NON-PROJECTS (8): the fund page 'Sociala investeringar' ('Vad är en social investering?', 'Om fonden', 'Fonden i "
    "siffror' key figures, teasers), 'Så söker du medel ur fonden' (question headings, numbered steps, högst 3 000 000 "
    "kronor), 'Regler för sociala investeringsfonden' (numbered sections, KF § 87 and § 201, 'Investeringen ska …'), "
    "'Uppföljning och utvärdering' (the 2024 annual report: a table of counts and sums per year, Resultat, Lärdomar), "
    "the FUND NEWS 'Kommunfullmäktige tillför fonden fem miljoner kronor', the EVENT 'Frukostseminarium: Lönar sig "
    "sociala investeringar?' (a dl Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; its programme "
    "names L1 and L5), the JOB AD 'Familjebehandlare till Barnens bästa i Gråbo' (names L1; Anställningsform "
    "visstid till 30 juni 2027, Omfattning, Tillträde, Sista ansökningsdag) and the STANDING SERVICE 'Familjecentralen "
    "i Gråbo' (Barn och familj, and a CARD OF THE 'Avslutade investeringar' LIST: 'startade 2019 som en social "
    "investering … Sedan januari 2023 är familjecentralen en del av ordinarie verksamhet'). NEITHER LIST (count either "
    "way): /, Omsorg och stöd, Barn och familj, the two list pages, Förskola och skola, Kultur och fritid, Kommun och "
    "politik, Nyheter, the one-project news 'Nytt team ger tidigt stöd i Gråbos förskolor' (L1), the untopical news "
    "(snöröjning, bibliotek), Evenemang, the Christmas market, Lediga jobb, Kontakta oss, Om webbplatsen, Kakor, "
    "Tillgänglighetsredogörelse. Dead links on purpose (404): the mega menu's other level-2 pages (Förskola, "
    "Grundskola, Äldreomsorg, Ekonomiskt bistånd, Bygglov …), /bygga-bo-och-miljo/, Barn och familj's Föräldrastöd, "
    "Familjebehandling, Orolig för ett barn, /lattlast/, /other-languages/, /globalassets/ files, /dist/ bundles. "
    "External: readspeaker, cookiebot, e-tjanster.lerum.se, lerum.varbi.com, social media. Nothing depends on query "
    "strings or HTTP redirects.")

NOTES_RVN_WWW = (
    "REGION (Region Västernorrland, länskod 22; its short domain rvn.se was used in heldout_sites16, this set uses the "
    "long form regionvasternorrland.se, a host no set used, with content of its own) WHOSE PROJECTS ARE ON A SEPARATE "
    "SUBDOMAIN: the main site www.regionvasternorrland.se on SITEVISION 2025 with SHORT ADDRESSES (no extension, no "
    "trailing slash, children under the parent's address; saved as <path>/index.html; html class 'sv-no-js "
    "sv-template-<tpl>', sv.PageContext, sv-layout/svid10_ and sv-text-portlet/svid12_ markup, root-relative links) "
    "describes the fund, and the project database is the portal utveckling.regionvasternorrland.se (its own entry "
    "below, start_url empty: THE CRAWL STARTS HERE AND MUST CROSS). 18 HTML pages, robots.txt, sitemap.xml (every www "
    "page). THE FUND: Regional utveckling › Social hållbarhet › Sociala investeringsmedel (/regional-utveckling/"
    "social-hallbarhet/sociala-investeringsmedel) says 'Projekten … presenteras i projektdatabasen på "
    "Utvecklingsportalen' with a button to https://utveckling.regionvasternorrland.se/projekt?kategori=social-"
    "hallbarhet (an allowed filter address; the replay answers /projekt). www LINKS TO THE PORTAL: the footer's 'Våra "
    "webbplatser' on every page (https://utveckling…/), the fund page's button, the Avslutade projekt page, the "
    "Regional utveckling page as a PROTOCOL-RELATIVE link //utveckling…/projekt, the start page's calendar item (the "
    "portal's event page) and the news item 'Nu startar Ung kraft i Örnsköldsvik' straight to R2's page on the portal. "
    "ONE PROJECT PAGE ON www: (R6) Skolfam Sundsvall (…/sociala-investeringsmedel/avslutade-projekt/skolfam-sundsvall; "
    "a finished project from before the portal, 2019–2022, 1 400 000 kronor, familjehemsplacerade barn 6–12 år, "
    "results; a 'Fakta' box of <strong>Label:</strong> paragraphs; from the list 'Avslutade projekt', which names two "
    "more finished projects without links, and from the portal's Sundsvall page). ROUTES: / → Regional utveckling (1) "
    "→ fund (2) → Avslutade projekt (3) → R6 (4); / → portal / (1) → Sundsvall (2) → R6 (3); the sitemap. TRAPS "
    "(must_not_fetch): robots.txt (one group, 'Crawl-delay: 2', Sitemap line) disallows /sok, /kalender, /edit/, "
    "/sitevision/ and /*?print=. Listed: the header's search form /sok and the start page's 'Populära sökningar' "
    "/sok?query=vardcentral|tandvard|lediga+jobb; the header's Kalender /kalender and the start page's 'Mer den dagen' "
    "/kalender?datum=2026-03-18 (nofollow); the fund news links 'hur ni söker medel' ONLY as a pasted editor address "
    "/edit/4.<id>; the footer's 'Logga in' /sitevision/login?redirect=%2F (nofollow); 'Skriv ut' <page>?print=1 "
    "(nofollow) on the fund page, Så söker ni medel and R6. NON-PROJECTS on www (4): the fund page ('Vad är sociala "
    "investeringsmedel?', 'Medlen i siffror'), 'Så söker ni medel' (question headings, numbered steps), the FUND NEWS "
    "'Regionen avsätter tio miljoner till sociala investeringar' and the JOB AD 'Utvecklingsledare social hållbarhet'. "
    "NEITHER LIST: /, Regional utveckling, Social hållbarhet, Avslutade projekt, Vård och hälsa, Om regionen, Nyheter, "
    "the news about R2 and the untopical news, Jobba hos oss, Kontakta oss, Om webbplatsen, Kakor. Dead links on purpose "
    "(404): /kollektivtrafik, /kultur, /other-languages, Folkhälsa, Mänskliga rättigheter, Näringsliv, Infrastruktur, "
    "Kompetensförsörjning, Politik, the images and system resources. External: 1177.se, readspeaker, varbi, "
    "e-tjanster. Nothing depends on query strings or HTTP redirects.")

NOTES_RVN_PORTAL = (
    "SUBDOMAIN of Region Västernorrland (same organisation, registry-wise the region), 'Utvecklingsportalen', the "
    "region's project database for ALL regional development, on WEBFLOW (the 'created in Webflow' comment, <html "
    "data-wf-domain data-wf-page data-wf-site>, meta generator 'Webflow', w-nav navbar, w-dyn-list/w-dyn-items/"
    "w-dyn-item collection lists, w-inline-block whole-card links, w-richtext, w-layout-grid, a w-condition-invisible "
    "'Slutrapport' link, assets on cdn.prod.website-files.com and jQuery on cloudfront: external). Addresses WITHOUT a "
    "trailing slash (saved as <path>/index.html), root-relative links. 23 HTML pages, robots.txt, sitemap.xml. Reached "
    "ONLY from www (no start_url of its own). CMS collections: Projekt (/projekt/<slug>, a fact card of div label/value "
    "rows: Projektägare, Samverkan, Projektperiod, Beviljade medel, Finansiering, Målgrupp, Bemanning, Status; a "
    "'Fler projekt' list of two related items), Kommuner (/kommuner/<slug>: a page per kommun listing its projects, and "
    "'Hela länet'), Aktuellt (/aktuellt/<slug>). THE LIST /projekt shows six of eight items, newest start first, and "
    "PAGINATES BY WEBFLOW'S QUERY PARAMETER ('Nästa' → ?a7c3e91f_page=2, FORBIDDEN: the portal's robots.txt has "
    "'Disallow: /*_page='; the replay would answer page 1 anyway): page 2 holds R5 and the standing service. Projects "
    "(social investments funded by 'regionens sociala investeringsmedel'): (R1) Tidigt stöd i förskolan – Kramfors "
    "(/projekt/tidigt-stod-i-forskolan-kramfors; augusti 2024 – juli 2027, 1 650 000 kronor, barn 1–5 år; the home "
    "page's 'Utvalda projekt', /projekt, the Kramfors page), (R2) Ung kraft Örnsköldsvik (juni 2024 – maj 2027, "
    "2 300 000 kronor, 16–24 år; /projekt, its kommun page, the www news item), (R3) Trygga hem Timrå (mars 2025 – "
    "februari 2028, 1 900 000 kronor, föräldrar med barn 0–12 år; home, /projekt, Timrå), (R4) Seniorkraft Sollefteå "
    "('Projektet är avslutat', september 2023 – augusti 2025, 880 000 kronor, 70 år och äldre, results; /projekt, "
    "Sollefteå), (R5) Läslust Härnösand (/projekt/laslust-harnosand; augusti 2023 – juni 2026, 1 200 000 kronor, "
    "årskurs 1–3; ONLY on the Härnösand kommun page and in the sitemap: page 2 of the list is forbidden). ROUTES: www / "
    "→ portal / (1, footer) → R1, R3 (2) / → /kommuner/<kommun> (2) → R1–R5 (3); www / → news (1) → R2 (2). TRAPS "
    "(must_not_fetch): robots.txt (one group, 'Crawl-delay: 1', Sitemap line) disallows /search, /log-in, /*_page= and "
    "/*?edit. Listed: the navbar's search form /search (every page) and the list's 'Snabbsök' /search?query=barn+och+"
    "unga|aldre|arbete; the pager /projekt?a7c3e91f_page=2; the footer's 'Logga in för projektledare' /log-in "
    "(nofollow); 'Om portalen' writes out the Webflow editor address /?edit. NON-PROJECTS (5): the STANDING SERVICE "
    "'UMO online' (/projekt/umo-online, an item of the project database with status 'Ordinarie verksamhet': 'startade "
    "2020 som ett projekt med regionens sociala investeringsmedel. Sedan januari 2023 är det en del av Region "
    "Västernorrlands ordinarie verksamhet'; page 2 of the list, Hela länet, related lists), two REGIONAL PROJECTS WITH NO "
    "SOCIAL AIM in the same database and template ('Snabbladdning längs E14', ERUF, 9 600 000 kronor, 2025–2027; "
    "'Godsstråk Mittkorridoren', a freight-rail study, 2 800 000 kronor, 2024–2026), the EVENT 'Lärandeträff: Sociala "
    "investeringar i Västernorrland' (a list Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; names "
    "R1 and R3) and the REPORT 'Utvärdering av sociala investeringsmedel 2019–2024' (a table of applications, grants and "
    "sums per year, Resultat, Lärdomar). NEITHER LIST: /, /projekt, /aktuellt, /om-portalen, the eight kommun pages "
    "(Ånge: 'Inga projekt just nu'; Sundsvall links R6 on www), the news 'Ny webbplats för regionens utvecklingsprojekt'. "
    "Dead links on purpose: none on this host but the '#' of the invisible report link. External: cdn.prod.website-files."
    "com (images, css, js, R4's report pdf), cloudfront, e-tjanster. Nothing depends on query strings or HTTP redirects.")

NOTES_HOGLANDET = (
    "SAMORDNINGSFÖRBUND (Samordningsförbundet Höglandet: Aneby 0604, Eksjö 0686, Nässjö 0682, Sävsjö 0684, Tranås 0687, "
    "Vetlanda 0685, Region Jönköpings län, Försäkringskassan, Arbetsförmedlingen; probably not in the registry: crawl "
    "from its start URL) on WORDPRESS 6.8.3 with the ONE-PAGE THEME ONEPRESS (FameThemes; a child theme onepress-"
    "hoglandet): #page.hfeed, #masthead.site-header, ul.onepress-menu, sections <section id=… class='onepage-section "
    "section-…'> with section-title-area, service-item cards, feature-item boxes, list-article news. EVERY INTERNAL LINK "
    "IS AN ABSOLUTE https URL; the MENU ITEMS ARE CUSTOM LINKS TO ANCHORS OF THE START PAGE (https://www.finsamhoglandet.se"
    "/#om, /#insatser, /#nyheter, /#kontakt; only 'Sök medel' is a page). 21 files: 13 WordPress pages and posts, 6 "
    "uploaded HTML documents, the RSS feed /feed/ (saved as feed/index.html, an RSS 2.0 document starting '<?xml'), "
    "robots.txt. NO SITEMAP (WordPress core sitemaps switched off; no Sitemap line; /wp-sitemap.xml and /sitemap.xml "
    "404). THE INSATSER HAVE NO WORDPRESS PAGES: each is a DOCUMENT UPLOADED TO THE MEDIA LIBRARY AS HTML under "
    "/wp-content/uploads/<yyyy>/<mm>/<name>.html, with no site chrome and no links back, made by the office's PDF "
    "tools: (F1) Aktivt vardagsliv – Eksjö (…/2024/02/Insatsbeskrivning-Aktivt-vardagsliv-Eksjo.html; PDF2HTMLEX: an "
    "EMPTY <title>, every line an absolutely placed <div class='t m0 x1 h2 y… ff1 fs0 …'>, long words hyphenated at line "
    "ends, some blanks as <span class='_ _0'> </span>; 1 mars 2024 – 31 december 2026, 2 100 000 kronor, 700 000 per "
    "år, 20–64 år, Eksjö kommun huvudman), (F2) Unga in – Nässjö (…/2024/08/Unga-in-Nassjo-insatsbeskrivning.html; "
    "POPPLER PDFTOHTML -c: positioned <p> lines with &#160; FOR EVERY BLANK, headings in <b>, a background <img>; "
    "september 2024 – augusti 2027, 2 850 000 kronor, 16–29 år, three IPS coaches), (F3) Familjekraft – Tranås "
    "(…/2025/01/Insatsbeskrivning_Familjekraft_Tranas.html; WORD 'Webbsida, filtrerad': Generator 'Microsoft Word 15 "
    "(filtered)', the generic <title>Insatsbeskrivning</title>, MsoTitle/MsoNormal paragraphs, a MsoTableGrid fact "
    "table Huvudman, Samverkansparter, Målgrupp, Period februari 2025 – januari 2027, Beviljat belopp 1 400 000 "
    "kronor, Bemanning), (F4) Vägen tillbaka – Aneby (…/2024/12/Vagen-tillbaka-Aneby-insatsbeskrivning-och-"
    "resultat.html; POPPLER PDFTOHTML -s: lines ended by <br/>, <b> headings, <a name=N> pages; 'Insatsen är "
    "avslutad', januari 2021 – december 2024, 1 250 000 kronor, 25–64 år, results). These four are linked from the "
    "start page: F1–F3 from the #insatser section's OnePress service cards, whose link is an EMPTY OVERLAY <a "
    "class='service-link'> holding only <span class='screen-reader-text'>Name</span> (the visible <h4> is not linked); "
    "F4 from the #avslutade section ('Insatsbeskrivning och resultat'); F1 also from an older post. (F5) Steg för steg i "
    "Sävsjö is a NEWS POST (/ny-insats-steg-for-steg-i-savsjo/, 'Ny insats: Steg för steg i Sävsjö': "
    "the whole insats with a fact list: augusti 2025 – juli 2027, 1 600 000 kronor, 20–64 år, Sävsjö kommun) that is "
    "ONLY IN THE RSS FEED: the #nyheter section shows the three newest posts, the child theme hides archives, category "
    "links and post navigation, so the sixth-newest post is linked only by the feed's <item><link> (and its "
    "content:encoded); the feed is announced by <link rel='alternate' type='application/rss+xml'> in every head and "
    "linked as 'Prenumerera på våra nyheter via RSS'. ROUTES: / → F1, F2, F3, F4 (1); / → /feed/ (1) → F5 (2). TRAPS "
    "(must_not_fetch): robots.txt (one group, 'Crawl-delay: 2', no Sitemap line) disallows /wp-admin/ (Allow "
    "admin-ajax.php), /wp-login.php, /xmlrpc.php, /wp-json/, /?s=, /*?s=, /*?ical= and /*?print=. Listed: the footer's "
    "'Logga in' /wp-login.php (nofollow, every page); the call post links the rules ONLY as a pasted editor address "
    "/wp-admin/post.php?post=<id>&action=edit; every head's /wp-json/ (rel https://api.w.org/) and its JSON alternate "
    "(the start page's /wp-json/wp/v2/pages/<id>, F5's /wp-json/wp/v2/posts/<id>) and EditURI /xmlrpc.php?rsd; the "
    "footer's 'Vanliga sökord' /?s=ansokan|sus|styrelsen (the footer search form is GET / with s=); the event post's "
    "'Lägg till i din kalender (.ics)' <post>?ical=1 (nofollow); the PDF & Print plugin's 'Skriv ut' <post>?print=print "
    "(nofollow) on all eight posts. NON-PROJECTS (8): the uploaded 'Riktlinjer för insatser 2025' (pdf2htmlEX, numbered "
    "rules 'Insatsen ska …') and 'Verksamhetsplan och budget 2026' (pdftohtml -s; names four insatser with their 2026 "
    "amounts), the page 'Sök medel' (question headings, numbered steps), the STANDING SERVICE page 'Källan i Vetlanda' "
    "('startade 2019 som en insats finansierad av samordningsförbundet. Sedan september 2025 drivs Källan av Vetlanda "
    "kommun … tills vidare'; from the #avslutade section and a post), the EVENT post 'Inbjudan: Finsamdag på Höglandet "
    "19 mars' (a list Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; names F2 and F3), the CALL "
    "post 'Nu kan ni söka medel för 2026' (3 150 000 kronor), the JOB AD post 'Vi söker en förbundschef' and the BUDGET "
    "NEWS post 'Styrelsen har beslutat om verksamhetsplan och budget för 2026' (8 400 000 kronor; only in the feed). "
    "NEITHER LIST (count either way): /, /feed/ (it carries every post's full text), the posts 'Källan i Vetlanda blir "
    "ordinarie verksamhet', 'Kansliet flyttar till Eksjö' and the one-project news 'Aktivt vardagsliv har hjälpt 30 "
    "personer vidare' (F1), Integritetspolicy, Tillgänglighetsredogörelse, the RSS guids /?p=<id> and head shortlinks "
    "(the replay answers the start page). Dead links on purpose (404): /comments/feed/ and each post's <post>/feed/, the "
    "theme's css/js, /wp-content/uploads images and the Word application form, the pdftohtml background images. "
    "External: fonts.googleapis.com, gmpg.org, mailto. Nothing depends on query strings or HTTP redirects.")


def main():
    for h in (L.H, R.HW, R.HU, F.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    L.build()
    R.build()
    F.build()
    exp = {
        L.H: {'start_url': f'https://{L.H}/', 'project_pages': [u(L.H, p) for p in L.PROJECTS],
              'not_projects': [u(L.H, p) for p in L.NOT_PROJECTS], 'must_not_fetch': [u(L.H, p) for p in L.forbidden()],
              'notes': NOTES_LERUM},
        R.HW: {'start_url': f'https://{R.HW}/', 'project_pages': [u(R.HW, p) for p in R.W_PROJECTS],
               'not_projects': [u(R.HW, p) for p in R.W_NOT_PROJECTS],
               'must_not_fetch': [u(R.HW, p) for p in R.w_forbidden()], 'notes': NOTES_RVN_WWW},
        R.HU: {'start_url': '', 'project_pages': [u(R.HU, p) for p in R.U_PROJECTS],
               'not_projects': [u(R.HU, p) for p in R.U_NOT_PROJECTS],
               'must_not_fetch': [u(R.HU, p) for p in R.u_forbidden()], 'notes': NOTES_RVN_PORTAL},
        F.H: {'start_url': f'https://{F.H}/', 'project_pages': [u(F.H, p) for p in F.PROJECTS],
              'not_projects': [u(F.H, p) for p in F.NOT_PROJECTS], 'must_not_fetch': [u(F.H, p) for p in F.forbidden()],
              'notes': NOTES_HOGLANDET},
    }
    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    check(exp)
    for host, v in exp.items():
        print(host, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'must not fetch')


# ---------------------------------------------------------------------------------------------------------- checks
SLASH = {L.H: True, R.HW: False, R.HU: False, F.H: True}
ORG = {L.H: [L.H], R.HW: [R.HW, R.HU], R.HU: [R.HW, R.HU], F.H: [F.H]}


def robots(host):
    rules, maps, on = [], [], False
    for line in open(os.path.join(ROOT, host, 'robots.txt'), encoding='utf-8'):
        line = line.split('#')[0].strip()
        if ':' not in line:
            continue
        k, v = [x.strip() for x in line.split(':', 1)]
        k = k.lower()
        if k == 'user-agent':
            on = v == '*'
        elif k == 'sitemap':
            maps.append(v)
        elif on and k in ('allow', 'disallow') and v:
            rules.append((k, v))
    return rules, maps


def allowed(rules, path_q):
    best = None
    for kind, pat in rules:
        rx = '^' + re.escape(pat).replace(r'\*', '.*')
        if rx.endswith(r'\$'):
            rx = rx[:-2] + '$'
        if re.match(rx, path_q):
            if best is None or len(pat) > len(best[1]) or (len(pat) == len(best[1]) and kind == 'allow'):
                best = (kind, pat)
    return best is None or best[0] == 'allow'


def json_urls(obj):
    out = []
    if isinstance(obj, dict):
        for v in obj.values():
            out += json_urls(v)
    elif isinstance(obj, list):
        for v in obj:
            out += json_urls(v)
    elif isinstance(obj, str) and (obj.startswith('/') or obj.startswith('http')):
        out.append(obj)
    return out


class Links(HTMLParser):
    """Every address a page names (links) and the edges a crawler could follow, by kind: 'a' (<a>/<area>/<iframe>/
    <frame>, not nofollow), 'template' (the same inside a <template>), 'json' (a URL in a data-* attribute's JSON)."""

    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base, self.links, self.edges, self.tpl = base, set(), set(), 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'template':
            self.tpl += 1
        if tag == 'base' and a.get('href'):
            self.base = urljoin(self.base, a['href'])
            return
        for key, v in attrs:
            if not v:
                continue
            if key.startswith('data-') and v.lstrip().startswith(('[', '{')):
                try:
                    for x in json_urls(json.loads(v)):
                        full = urljoin(self.base, x).split('#')[0]
                        self.links.add(full)
                        self.edges.add((full, 'json'))
                except ValueError:
                    pass
                continue
            if key in ('href', 'src', 'action') or (key.startswith('data-') and v.startswith(('/', 'http'))):
                if v.startswith(('mailto:', 'javascript:', '#', 'tel:', 'data:')):
                    continue
                full = urljoin(self.base, v).split('#')[0]
                self.links.add(full)
                if (tag, key) in (('a', 'href'), ('frame', 'src'), ('area', 'href'), ('iframe', 'src')) \
                        and 'nofollow' not in (a.get('rel') or ''):
                    self.edges.add((full, 'template' if self.tpl else 'a'))

    def handle_endtag(self, tag):
        if tag == 'template' and self.tpl:
            self.tpl -= 1


def page_url(host, rel):
    rel = rel.replace(os.sep, '/')
    if rel == 'index.html':
        return f'https://{host}/'
    if rel.endswith('/index.html'):
        d = rel[:-len('/index.html')]
        return f'https://{host}/{d}/' if SLASH[host] else f'https://{host}/{d}'
    return f'https://{host}/{rel}'


def parse_site(host):
    pages, texts = {}, {}
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            if not f.endswith('.html'):
                continue
            rel = os.path.relpath(os.path.join(d, f), os.path.join(ROOT, host))
            url = page_url(host, rel)
            text = open(os.path.join(d, f), encoding='utf-8').read()
            texts[url] = text
            if text.lstrip().startswith('<?xml') and '<rss' in text[:400]:
                p = Links(url)                    # an RSS feed: its items' <link>s
                for link in re.findall(r'<link>([^<]+)</link>', text):
                    full = html.unescape(link).split('#')[0]
                    p.links.add(full)
                    p.edges.add((full, 'feed'))
            else:
                p = Links(url)
                p.feed(text)
            pages[url] = p
    return pages, texts


def sitemap_urls(host, maps):
    out, todo = set(), list(maps)
    while todo:
        m = todo.pop()
        path = os.path.join(ROOT, host, urlsplit(m).path.lstrip('/'))
        if not os.path.exists(path):
            continue
        xml = open(path, encoding='utf-8').read()
        locs = re.findall(r'<loc>([^<]+)</loc>', xml)
        if '<sitemapindex' in xml:
            todo += locs
        else:
            out |= {html.unescape(x) for x in locs}
    return out


def site_size(host):
    total = 0
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            total += os.path.getsize(os.path.join(d, f))
    du = subprocess.run(['du', '-sk', os.path.join(ROOT, host)], capture_output=True, text=True).stdout.split()[0]
    return total, int(du) * 1024


def bfs(start, hosts, allpages, rules_of, kinds):
    """Depth of every URL reachable from start over edges of the given kinds on the given hosts, robots allowed."""
    depth, via, q = {start: 0}, {start: set()}, deque([start])
    while q:
        cur = q.popleft()
        pg = allpages.get(cur) or allpages.get(cur.split('?')[0])
        if pg is None:
            continue
        for nxt, kind in sorted(pg.edges):
            if kind not in kinds:
                continue
            s = urlsplit(nxt)
            if s.hostname not in hosts:
                continue
            if not allowed(rules_of[s.hostname], s.path + ('?' + s.query if s.query else '')):
                continue
            key = nxt
            if key not in depth:
                depth[key] = depth[cur] + 1
                via[key] = via[cur] | ({kind} if kind != 'a' else set())
                q.append(key)
    return depth, via


def check(exp):
    problems = []
    allpages, alltexts, rules_of, maps_of = {}, {}, {}, {}
    for host in exp:
        rules_of[host], maps_of[host] = robots(host)
        pages, texts = parse_site(host)
        allpages.update(pages)
        alltexts.update(texts)
    linked = set()
    for p in allpages.values():
        linked |= p.links
    alltext = html.unescape('\n'.join(alltexts.values()))
    starts = {h: v['start_url'] for h, v in exp.items() if v['start_url']}
    for host, v in exp.items():
        rules = rules_of[host]
        for url in v['project_pages'] + v['not_projects'] + ([v['start_url']] if v['start_url'] else []):
            p = urlsplit(url)
            if p.hostname != host:
                problems.append(f'page on another host {url}')
            if not os.path.exists(_target(host, p.path)):
                problems.append(f'missing page {url}')
            if not allowed(rules, p.path):
                problems.append(f'page forbidden by robots {url}')
        for url in v['must_not_fetch']:
            p = urlsplit(url)
            if p.hostname != host:
                problems.append(f'off-site must_not_fetch {url}')
            pq = p.path + ('?' + p.query if p.query else '')
            if allowed(rules, pq):
                problems.append(f'not forbidden by robots: {url}')
            if url not in linked and url not in alltext:
                problems.append(f'never linked: {url}')
        for k in ('project_pages', 'not_projects', 'must_not_fetch'):
            if len(set(v[k])) != len(v[k]):
                problems.append(f'duplicates in {k} of {host}')
        if set(v['project_pages']) & set(v['not_projects']):
            problems.append(f'page in both lists on {host}')
        size, du = site_size(host)
        print(f'{host}: {size / 1024:.0f} kB in files, {du / 1024:.0f} kB by du, '
              f'{sum(1 for x in allpages if urlsplit(x).hostname == host)} HTML files')
        if size > 2 * 1024 * 1024 or du > 2 * 1024 * 1024:
            problems.append(f'{host} is over 2 MB')
    # reachability, per organisation, from its start URL
    for host, v in exp.items():
        org = ORG[host]
        start = next(starts[h] for h in org if h in starts)
        plain, _ = bfs(start, set(org), allpages, rules_of, {'a'})
        every, via = bfs(start, set(org), allpages, rules_of, {'a', 'template', 'json', 'feed'})
        in_maps = set()
        for h in org:
            in_maps |= sitemap_urls(h, maps_of[h])
        for url in v['project_pages']:
            routes = []
            if url in plain:
                routes.append(f'depth {plain[url]} by plain links')
            elif url in every:
                routes.append(f'depth {every[url]} only via {"+".join(sorted(via[url]))}')
            if url in in_maps:
                routes.append('a sitemap')
            if routes:
                print(f'  {", ".join(routes)}: {url}')
            else:
                problems.append(f'project page unreachable: {url}')
        for url in v['not_projects']:
            if url not in every and url not in in_maps:
                problems.append(f'non-project page unreachable: {url}')
    if problems:
        raise SystemExit('\n'.join(problems))
    print('checks passed')


if __name__ == '__main__':
    main()
