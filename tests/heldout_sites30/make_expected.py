"""Build the three saved sites of heldout_sites30 and write expected.json (written blind: README, docs and earlier sets'
data and make_*.py only; the crawler was not read or run).

After writing, it checks its own output: every project and non-project page is saved and allowed by robots.txt; every
must_not_fetch URL is on the site's own host, forbidden by its robots.txt (Google's matching: longest rule wins, '*'
and '$') and linked or announced by some saved page (href, src, action, an <option> value, a data-* attribute, or
written out in a page's script JSON); every project page can be reached from the start URL by following
<a>/<area>/<frame>/<iframe> links (not rel=nofollow) that robots.txt allows and that stay on the host, or is listed in
a sitemap that robots.txt names (the depth or 'sitemap only' is printed); no site is over 2 MB (file bytes and du).
"""
import json
import os
import re
import shutil
import subprocess
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import make_site_borlange as B
import make_site_ostergotland as O
import make_site_sydnarke as S
from make_common import ROOT, _target


def u(host, p):
    return f'https://{host}{p}'


NOTES_BORLANGE = (
    "MUNICIPALITY (Borlänge kommun, 2081, about 53 000 inhabitants) on an OLD SITEVISION (3.x era, a 2013 design never "
    "rebuilt): XHTML 1.0 Transitional, sv-layout divs with inline widths, sv-text-portlet content with the site's own "
    "font classes (rubrik1, ingress, brodtext), a top menu folder /toppmeny/, folder names run together without å/ä/ö "
    "or hyphens ('Välfärd och utbildning' -> valfardochutbildning), every page <folder>/<name>.4.<23-hex node id>.html "
    "with its children under <folder>/<name>/…, root-relative links, no XML sitemap, Google Analytics _gaq. 57 HTML pages "
    "and robots.txt. THE FUND: Välfärd och utbildning › Social hållbarhet › Sociala investeringsfonden "
    "(/toppmeny/valfardochutbildning/socialhallbarhet/socialainvesteringsfonden.4.….html) with a left menu of its four "
    "visible children (Så söker du, Regler för fonden, Beviljade investeringar, Utvärdering av fonden). THE FUND PAGE AND "
    "THE LIST 'Beviljade investeringar' (a table Beslutsår | Investering | Förvaltning | Belopp | Period, eight rows) NAME "
    "THE PROJECTS WITHOUT LINKING THEM; the project pages are hidden from every menu. They are linked ONLY from (a) news "
    "items in the NEWS ARCHIVE /toppmeny/nyheterochpress/nyhetsarkiv.4.….html, which shows the current year (2025) and is "
    "FILTERED BY YEAR ON REAL PATHS: 'Visa år: 2025 | 2024 | 2023 | 2022 | 2021' links …/nyhetsarkiv/2024.4.….html etc., "
    "each year's items filed under …/nyhetsarkiv/<year>/<slug>.4.….html; beside the links the archive portlet's "
    "<select> whose <option> values are the forbidden query addresses …/nyhetsarkiv.4.….html?sv.12.<id>.route=/&ar=<year>; "
    "and (b) the A–Ö INDEX (header link 'A–Ö' on every page, /genvagar/a-o.4.….html: a row of letters, eleven of them "
    "linking a letter page /genvagar/a-o/<letter>.4.….html, Ä as 'ae'). The list page links both ('Mer om investeringarna "
    "kan du läsa i nyhetsarkivet och under A–Ö'). Projects: (B1) Familjelots Tjärna Ängar (…/socialainvesteringsfonden/"
    "familjelotstjarnaangar.4.….html; a right-column 'Fakta' box of <strong>Label:</strong> paragraphs: 1 augusti 2024 – "
    "31 juli 2027, 2 750 000 kronor, Socialförvaltningen, Barn- och bildningsförvaltningen and Region Dalarna, föräldrar "
    "med barn 0–6 år, två familjelotsar, Pågående; linked from the 2025 news item on the start page and in the archive, and "
    "from A–Ö F); (B2) Läxlyftet Kvarnsveden (/toppmeny/valfardochutbildning/grundskola/laxlyftetkvarnsveden.4.….html, "
    "an address with no fund or project word; prose sections, 'Tid och pengar': augusti 2023 – juni 2026, 1 200 000 "
    "kronor, årskurs 4–9; from the 2024 news item and A–Ö L; the Grundskola menu does not show it); (B3) Unga till arbete "
    "(/toppmeny/arbeteochnaringsliv/arbetsmarknad/ungatillarbete.4.….html, untopical address; 'Kort om projektet' list: "
    "1 januari 2025 – 31 december 2026, 3 100 000 kronor of which 2 100 000 from the fund and 1 000 000 from "
    "Samordningsförbundet Dalarna, 16–24 år; ONLY from A–Ö U: no news item, not in the Arbetsmarknad menu); (B4) "
    "Seniorlyftet Ornäs (…/socialainvesteringsfonden/seniorlyftetornas.4.….html; prose only: april 2023 – mars 2026, "
    "900 000 kronor, 70 år eller äldre; ONLY from the 2023 news item, listed only on the 2023 year page); (B5) Föräldraforum "
    "Jakobsgårdarna (…/socialainvesteringsfonden/foraldraforumjakobsgardarna.4.….html; 'Projektet är avslutat', januari "
    "2019 – december 2022, 1 800 000 kronor, results; from the 2022 news item and A–Ö F). ROUTES: / → N_B1 (1) → B1 (2); "
    "/ → A–Ö (1) → letter F/L/U (2) → B1, B5 / B2 / B3 (3); / → Nyhetsarkiv (1) → 2024/2023/2022 (2) → news item (3) → "
    "B2/B4/B5 (4). TRAPS (must_not_fetch): robots.txt (one group, 'Crawl-delay: 2', no Sitemap line) disallows "
    "/sitevision/, /sok.4., /*?sv., /toppmeny/kulturochfritid/evenemangskalender and /intern/. Listed: the search page "
    "/sok.4.….html (the header form's action) and the start page's 'Populära sökningar' ?query=bygglov|skolskjuts|"
    "lediga+jobb; the calendar …/evenemangskalender.4.….html and its day ?dag=2025-11-20 (nofollow) on Evenemang; the "
    "archive's five <option> query addresses (on all five archive pages); 'Skriv ut' <page>?sv.print=true (nofollow) on "
    "the fund page, B1, B2 and B5; the call news links the rules ONLY as a pasted editor address /sitevision/edit/4.<id>; "
    "the rules page links the preparation group's minutes /intern/socialainvesteringar/…pdf. NON-PROJECTS (9): the fund "
    "page ('Vad är en social investering?', 'Om fonden', names four ongoing investments, 'Fonden i siffror'), 'Så söker du "
    "pengar ur fonden' (questions, steps, max 3 000 000 kronor), 'Regler för sociala investeringsfonden' (numbered "
    "sections, 'Investeringen ska …', KF § 83 and § 101), 'Utvärdering av sociala investeringsfonden 2016–2024' (a table "
    "of counts and sums, Resultat, Lärdomar, a pdf), the CALL news 'Nu kan förvaltningarna söka ur sociala "
    "investeringsfonden' (3 000 000 kronor), the FUND NEWS 'Kommunfullmäktige tillför fonden fem miljoner kronor', the "
    "EVENT 'Frukostseminarium: Lönar sig förebyggande arbete?' (a table Datum, Tid, Plats, Kostnad, Sista "
    "anmälningsdag, Anmälan, Arrangör; a programme naming two projects), the JOB AD 'Familjebehandlare till familjelotsen "
    "i Tjärna Ängar' (names B1 without a link; Anställningsform, Omfattning, Tillträde, Sista ansökningsdag) and the "
    "STANDING SERVICE 'Skolnärvaroteamet' (in the Grundskola menu and A–Ö S: 'startade 2018 med pengar ur sociala "
    "investeringsfonden. Sedan januari 2022 är teamet en del av barn- och bildningsförvaltningens ordinarie verksamhet'; "
    "also on the fund's list as a 2018 row). NEITHER LIST (count either way): /, the list 'Beviljade investeringar', "
    "Social hållbarhet, Välfärd och utbildning, Grundskola, Arbete och näringsliv, Arbetsmarknad, Kultur och fritid, "
    "Evenemang, Lediga jobb, Kommun och politik, the five archive pages, the one-project news items (B1, B2, B4, B5) and "
    "'Skolnärvaroteamet blir ordinarie verksamhet', the untopical news, A–Ö and its letter pages, the furniture (Kontakta "
    "oss, Om webbplatsen, Kakor, Tillgänglighetsredogörelse). Dead links on purpose (404): Bo och miljö, Förskola, "
    "Äldreomsorg, Individ och familj, Strategi, Brottsförebyggande arbete, Skolval, Elevhälsa, Jobbcentrum, Feriejobb, "
    "Bibliotek, In English, Felanmälan, Nyheter och press, most A–Ö targets, /download/, /webdav/, /images/ files. "
    "External: browsealoud (nofollow), borlange.varbi.com, facebook. Nothing depends on query strings or HTTP redirects.")

NOTES_SYDNARKE = (
    "SAMORDNINGSFÖRBUND (Samordningsförbundet Sydnärke: Askersund 1882, Hallsberg 1861, Kumla 1881, Laxå 1860, Lekeberg "
    "1814, Region Örebro län, Försäkringskassan, Arbetsförmedlingen; probably not in the registry: crawl from its start "
    "URL) on TEXTPATTERN CMS 4.8 (meta generator 'Textpattern CMS', a theme derived from four-point-eight: site-header, "
    "site-navigation, article/itemprop markup, article-meta, complementary-content aside), permalink mode section/title: "
    "a section front page is /<section>/ WITH a slash, an article /<section>/<url-title> WITHOUT one. EVERY INTERNAL LINK "
    "IS AN ABSOLUTE https URL. Every head announces /rss/ and /atom/ (not saved: 404). 30 files: 27 HTML pages, one "
    "'/index.php' (see below), robots.txt, sitemap.xml. A PAGE PER MEMBER KOMMUN: the section 'medlemmar' (/medlemmar/, "
    "menu 'Medlemmar') holds one article per kommun (/medlemmar/askersund, /hallsberg, /kumla, /laxa, /lekeberg), each "
    "with 'Insatser i <kommun>': a list of that kommun's insatser; every page of the sections insatser and medlemmar has "
    "an aside 'Insatser per kommun' linking the five. THE SECTION PAGE /insatser/ lists only the three ONGOING insatser "
    "that are not local to one small kommun (F1, F2, F3) and says 'Alla insatser, även avslutade, finns under respektive "
    "medlemskommun'. THE SAME PROJECT UNDER TWO ADDRESSES: the joint insats of Laxå and Askersund (F2) is linked from "
    "/insatser/ and the Laxå page as /insatser/uva-unga-vuxna-i-arbete, and from the Askersund page as Textpattern's "
    "MESSY ADDRESS /index.php?id=14 (an editor pasted it): saved as the file /index.php, the same article with "
    "rel=canonical to the clean address. That messy URL is in NEITHER LIST (it is F2 itself, not another project and "
    "not a non-project; a crawler that counts both addresses counts F2 twice). Projects (insats articles, the theme's "
    "<dl class='insats-fakta'> of <div><dt>/<dd></div> rows Huvudman, Samverkansparter, Målgrupp, Period, Beviljat, "
    "Bemanning, Status): (F1) Jobbkraft Kumla (/insatser/jobbkraft-kumla; bold name opening the text, 'är en insats', "
    "1 januari 2024 – 31 december 2026, 2 400 000 kronor från samordningsförbundet, 20–64 år, 3 heltidstjänster; from "
    "/insatser/, the Kumla page and a news item), (F2) UVA – Unga vuxna i arbete (/insatser/uva-unga-vuxna-i-arbete; "
    "Huvudman Laxå kommun, Askersunds kommun a partner, september 2024 – augusti 2027, 3 000 000 kronor, 18–29 år), (F3) "
    "Hälsosteget Hallsberg (/insatser/halsosteget-hallsberg; prose with the facts repeated in the dl: mars 2025 – "
    "februari 2027, 1 650 000 kronor, 25–64 år, 1,5 tjänster; from /insatser/ and the Hallsberg page), (F4) Föräldrar i "
    "fokus Lekeberg (/insatser/foraldrar-i-fokus-lekeberg; 'Insatsen är avslutad', januari 2021 – december 2023, "
    "1 100 000 kronor, results, a final report link /file_download/27/… (404); ONLY from the Lekeberg page), (F5) Vägen "
    "in Askersund (/insatser/vagen-in-askersund; augusti 2025 – juli 2027, 1 900 000 kronor, nyanlända 20–55 år; ONLY "
    "from the Askersund page). The sitemap (rah_sitemap, named in robots.txt) leaves out the articles of the sections "
    "insatser and medlemmar (their front pages are in it). ROUTES: / → /insatser/ (1) → F1, F2, F3 (2); / → /medlemmar/ "
    "(1) → kommun page (2) → F4, F5 (3); insats pages' aside → kommun pages. TRAPS (must_not_fetch): robots.txt (one "
    "group, 'Crawl-delay: 3', Sitemap line) disallows /textpattern/, /kalender/, /*?q=, /*?c= and /*?print=. Listed: the "
    "footer's 'Logga in' /textpattern/ (nofollow, every page); the call news links the guidelines ONLY as a pasted admin "
    "address /textpattern/index.php?event=article&step=edit&ID=22; the start page's 'Vanliga sökningar' /?q=budget, "
    "/?q=styrelse, /?q=ansokan (the header's search form is GET / with q on every page); the menu's 'Kalender' /kalender/ "
    "(every page) and Aktuellt's /kalender/?manad=2026-04; /insatser/'s category filters /insatser/?c=unga-vuxna|"
    "arbete-och-halsa|foraldrar-och-familj (nofollow); 'Skriv ut' <insats>?print=1 (nofollow) on F1–F5. NON-PROJECTS "
    "(8): 'Så fungerar finansiell samordning' (members' shares in a table, a made-up worked example), 'Ansök om medel' "
    "(questions as headings, numbered steps), 'Riktlinjer för insatser' (numbered 'Insatsen ska …'), the CALL news 'Nu "
    "kan ni ansöka om medel för 2026' (1 500 000 kronor), the BUDGET NEWS 'Budget för 2026 är fastställd' (9 600 000 "
    "kronor, split into insatser/kansli/utbildning), the EVENT 'Finsamdagen 2026' (a list Datum, Tid, Plats, Kostnad, "
    "Sista anmälningsdag, Anmälan, Arrangör; names F1 and F2 in its programme), the JOB AD 'Vi söker en processledare' "
    "(Anställningsform, Omfattning, Tillträde, Sista ansökningsdag) and the STANDING SERVICE 'Aktivitetscentret i Kumla' "
    "— AN ARTICLE OF THE SECTION insatser itself, /insatser/aktivitetscentret-kumla, with a badge 'Ordinarie verksamhet', "
    "linked from the Kumla page beside F1 ('startade 2017 som en insats finansierad av samordningsförbundet. Sedan januari "
    "2022 drivs det av Kumla kommun inom Arbetsmarknadsenhetens ordinarie verksamhet och finansieras av kommunen tills "
    "vidare'). NEITHER LIST (count either way): /, /insatser/, /medlemmar/ and the five kommun pages, /aktuellt/, "
    "/om-forbundet/, Styrelse, Kontakt, the one-project news 'Jobbkraft har hjälpt 40 kumlabor till arbete', the "
    "Christmas closing news, /index.php (= F2). Dead links on purpose (404): /category/…/, /rss/, /atom/, "
    "/file_download/…, /images/…, /themes/…, /om-forbundet/personuppgifter and …/tillganglighet. External: "
    "textpattern.com, mailto. Nothing depends on query strings or HTTP redirects (the replay answers /index.php?id=14 "
    "with the saved /index.php).")

NOTES_OSTERGOTLAND = (
    "REGION (Region Östergötland, länskod 05), its site for regional development utveckling.regionostergotland.se (a host of "
    "its own; the region's main site www.regionostergotland.se is in heldout_sites10), as an ANGULAR 18 SSR front end over the "
    "headless CMS CONTENTSTACK: <base href='/'>, <app-root ng-version='18.2.8' ng-server-context='ssr'>, components with "
    "_nghost-/_ngcontent- attributes and ngh hydration indexes, relative hashed bundles (main-*.js, polyfills-*.js, "
    "styles-*.css: 404), a TransferState <script id='ng-state' type='application/json'> on every page holding the HTTP "
    "transfer cache of the page's Contentstack entry (value 'b' the entry, 'u' its API address "
    "https://…/api/content/entry?url=<path>&locale=sv-se, forbidden), the menu also preloaded from /api/navigation "
    "(<link rel=preload as=fetch>, forbidden). Addresses lower case WITHOUT a trailing slash (saved as <path>/index.html), "
    "root-relative links, images on images.contentstack.io (external). 190 files: 185 HTML pages, robots.txt and four "
    "sitemap files. THE PROJECT PAGES ARE IN NO MENU AND ON NO LIST WITH LINKS: 'Beviljade projekt' "
    "(/social-hallbarhet/sociala-investeringsmedel/beviljade-projekt) is a table of seven names, municipalities, amounts "
    "and periods WITHOUT LINKS ('Läs om projekten under Teman'); the folder …/sociala-investeringsmedel/projekt has no "
    "page (404, never linked). They are reached only through (a) THE SITEMAP INDEX /sitemap.xml (robots.txt's Sitemap "
    "line) with THREE CHILD SITEMAPS: /sitemaps/sidor.xml, 301 URLs: 300 UNRELATED (five section pages and 290 pages of "
    "culture, transport, business, environment and regional planning, five old news items), of which 154 are saved and "
    "146 answer 404 (entries the sitemap service still lists after they were unpublished or moved), plus ONE PROJECT "
    "PAGE R5 under an untopical address; /sitemaps/social-hallbarhet.xml (the fund's pages, the topic pages, the "
    "standing service and R1, R2, R3); /sitemaps/aktuellt.xml (start, news, events, jobs, furniture); and (b) the "
    "'RELATERAT' BLOCKS (<ro-related-content>) of the topic pages under Teman (menu 'Teman' → /teman → four cards). The "
    "'Psykisk hälsa' page renders its Relaterat block inside an Angular @defer (on viewport): the server HTML has only a "
    "placeholder 'Laddar relaterat innehåll …', and the related entries (R2 and the event) are ONLY in that page's "
    "ng-state JSON ('related':[{'title','url','type'}], root-relative url strings). Projects (a fact box "
    "<ro-fact-box><dl> 'Fakta om projektet' in an aside on each): (R1) Tidiga insatser i förskolan – Finspång "
    "(/social-hallbarhet/sociala-investeringsmedel/projekt/tidiga-insatser-i-forskolan-finspang; januari 2025 – "
    "december 2027, 1 800 000 kronor ur regionens sociala investeringsmedel, Finspångs kommun, barnhälsovården, barn "
    "1–5 år; social-hallbarhet.xml and the Relaterat block of Barn och unga), (R2) Ung psykhälsa Motala (…/projekt/"
    "ung-psykhalsa-motala; augusti 2024 – juni 2027, 2 200 000 kronor, unga 13–21 år; social-hallbarhet.xml and the "
    "DEFERRED block of Psykisk hälsa, i.e. ng-state only), (R3) Trygg skolgång Valdemarsvik (…/projekt/"
    "trygg-skolgang-valdemarsvik; 'Projektet är avslutat', augusti 2021 – juni 2024, 950 000 kronor, årskurs 7–9, "
    "results; ONLY in social-hallbarhet.xml: no page links it, the list names it), (R4) Jobbspåret Kinda och Ydre "
    "(/arbete-och-kompetens/jobbsparet-kinda-och-ydre, an untopical address whose parent is 404; mars 2025 – februari "
    "2027, 2 000 000 kronor of which 1 400 000 sociala investeringsmedel, 19–29 år; ONLY in the server-rendered "
    "Relaterat block of Arbete och kompetens: in no sitemap), (R5) Seniorhälsa Ödeshög (/halsa/aldre/"
    "seniorhalsa-odeshog, untopical address, parent 404; september 2024 – augusti 2026, 780 000 kronor, 75 år och äldre; "
    "the Relaterat block of Äldres hälsa and sidor.xml among the 300). ROUTES: / → Teman (1) → topic page (2) → R1, R4, "
    "R5 (3); R2 via ng-state of /teman/psykisk-halsa (3) or the sitemap; R3 via the sitemap only. TRAPS "
    "(must_not_fetch): robots.txt (one group, 'Crawl-delay: 1', Sitemap line) disallows /api/, /sok, /kalender and "
    "/*?live_preview=. Listed: /api/navigation?locale=sv-se (preload on every page); the ng-state API address of "
    "/teman/psykisk-halsa (every page has one for itself; this one holds R2); the search form's /sok and the start page's "
    "'Vanliga sökningar' /sok?q=kollektivtrafik|regional+utvecklingsstrategi|lediga+jobb; the footer's /kalender and the "
    "event's 'Fler evenemang samma dag' /kalender?datum=2026-03-12 (nofollow); the call news links 'så söker ni' ONLY as "
    "a pasted Contentstack LIVE-PREVIEW address …/sa-soker-ni?live_preview=…&content_type_uid=sida&entry_uid=blt…; 'Ladda "
    "ner som pdf' /api/pdf?path=<page> (nofollow) on the fund page, R1, R2 and R3. NON-PROJECTS (9): the fund page "
    "'Sociala investeringsmedel' ('Vad är …', 'Så fungerar medlen', 'Medlen i siffror'), 'Så söker ni sociala "
    "investeringsmedel', 'Kriterier och villkor' ('Projektet ska …' conditions), 'Utvärdering av sociala "
    "investeringsmedel 2019–2024' (a table of counts, Resultat, Lärdomar), the FUND NEWS 'Regionen avsätter 12 miljoner "
    "till sociala investeringar 2026', the CALL 'Utlysning: sociala investeringsmedel 2026', the EVENT 'Nätverksträff: "
    "Sociala investeringar i Östergötland' (a dl Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Arrangör), the JOB AD "
    "'Utvecklingsledare social hållbarhet' (in the Relaterat block of Arbete och kompetens beside R4) and the STANDING "
    "SERVICE 'Föräldrastöd online' (/teman/barn-och-unga/foraldrastod-online, in the Relaterat block of Barn och unga "
    "beside R1: 'startade 2020 som ett projekt med regionens sociala investeringsmedel. Sedan januari 2023 är det en del "
    "av Region Östergötlands ordinarie verksamhet'; also a 2020 row of the list). NEITHER LIST (count either way): /, "
    "/social-hallbarhet, the list 'Beviljade projekt', /teman and the four topic pages, /aktuellt, Evenemang, the two "
    "untopical news, Om oss, Lediga jobb, Kontakt, Om webbplatsen, Kakor, the 154 saved unrelated pages. Dead links on "
    "purpose (404): /regional-utveckling/kompetensplattform-ostergotland, /halsa/aldre/fallprevention, "
    "/social-hallbarhet/folkhalsostrategi, /aktuellt/arkiv, /aktuellt/evenemang/kulturkonferens-2026, the 146 unsaved "
    "sitemap entries, the bundles. External: images.contentstack.io, e-tjanster."
    "regionostergotland.se, regionostergotland.varbi.com, linkedin. Nothing depends on query strings or HTTP redirects.")


def main():
    for h in (B.H, S.H, O.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    B.build()
    S.build()
    O.build()
    exp = {}
    h = B.H
    exp[h] = {'start_url': f'https://{h}/', 'project_pages': [u(h, p) for p in B.PROJECTS],
              'not_projects': [u(h, p) for p in B.NOT_PROJECTS], 'must_not_fetch': [u(h, p) for p in B.forbidden()],
              'notes': NOTES_BORLANGE}
    h = S.H
    exp[h] = {'start_url': f'https://{h}/', 'project_pages': [u(h, p) for p in S.PROJECTS],
              'not_projects': [u(h, p) for p in S.NOT_PROJECTS], 'must_not_fetch': [u(h, p) for p in S.forbidden()],
              'notes': NOTES_SYDNARKE}
    h = O.H
    exp[h] = {'start_url': f'https://{h}/', 'project_pages': [u(h, p) for p in O.PROJECTS],
              'not_projects': [u(h, p) for p in O.NOT_PROJECTS], 'must_not_fetch': [u(h, p) for p in O.forbidden()],
              'notes': NOTES_OSTERGOTLAND}
    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    check(exp)
    for host, v in exp.items():
        print(host, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'must not fetch')


# ---------------------------------------------------------------------------------------------------------- checks
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


class Links(HTMLParser):
    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base, self.links, self.follow = base, set(), set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'base' and a.get('href'):
            self.base = urljoin(self.base, a['href'])
            return
        for key, v in attrs:
            if not v:
                continue
            if key in ('href', 'src', 'action') or (tag == 'option' and key == 'value') or \
                    (key.startswith('data-') and (v.startswith('/') or v.startswith('http'))):
                if v.startswith(('mailto:', 'javascript:', '#', 'tel:')):
                    continue
                full = urljoin(self.base, v).split('#')[0]
                self.links.add(full)
                if (tag, key) in (('a', 'href'), ('frame', 'src'), ('area', 'href'), ('iframe', 'src')) \
                        and 'nofollow' not in (a.get('rel') or ''):
                    self.follow.add(full)


def page_url(host, rel):
    rel = rel.replace(os.sep, '/')
    if rel == 'index.html':
        return f'https://{host}/'
    if host == B.H or rel.endswith('.php'):
        return f'https://{host}/' + rel
    d = rel[:-len('/index.html')]
    if host == S.H and '/' not in d:          # Textpattern section front pages keep their slash
        return f'https://{host}/{d}/'
    return f'https://{host}/{d}'


def parse_site(host):
    pages, texts = {}, {}
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            if not (f.endswith('.html') or f.endswith('.php')):
                continue
            rel = os.path.relpath(os.path.join(d, f), os.path.join(ROOT, host))
            url = page_url(host, rel)
            text = open(os.path.join(d, f), encoding='utf-8').read()
            p = Links(url)
            p.feed(text)
            pages[url] = p
            texts[url] = text
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
            out |= {l.replace('&amp;', '&') for l in locs}
    return out


def site_size(host):
    total = 0
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            total += os.path.getsize(os.path.join(d, f))
    du = subprocess.run(['du', '-sk', os.path.join(ROOT, host)], capture_output=True, text=True).stdout.split()[0]
    return total, int(du) * 1024


def check(exp):
    problems = []
    for host, v in exp.items():
        rules, maps = robots(host)
        pages, texts = parse_site(host)
        linked = set()
        for p in pages.values():
            linked |= p.links
        alltext = '\n'.join(texts.values())
        for url in v['project_pages'] + v['not_projects'] + [v['start_url']]:
            p = urlsplit(url)
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
        print(f'{host}: {size / 1024:.0f} kB in files, {du / 1024:.0f} kB by du')
        if size > 2 * 1024 * 1024 or du > 2 * 1024 * 1024:
            problems.append(f'{host} is over 2 MB')
        start = v['start_url']
        depth, q = {start: 0}, deque([start])
        while q:
            cur = q.popleft()
            pg = pages.get(cur) or pages.get(cur.split('?')[0])
            if pg is None:
                continue
            for nxt in sorted(pg.follow):
                s = urlsplit(nxt)
                if s.hostname != host:
                    continue
                pq = s.path + ('?' + s.query if s.query else '')
                if not allowed(rules, pq):
                    continue
                if nxt not in depth:
                    depth[nxt] = depth[cur] + 1
                    q.append(nxt)
        in_maps = sitemap_urls(host, maps)
        for url in v['project_pages']:
            in_json = any(f'"{urlsplit(url).path}"' in texts.get(p, '') for p in depth)
            routes = []
            if url in depth:
                routes.append(f'depth {depth[url]} by links')
            if url in in_maps:
                routes.append('a sitemap')
            if in_json and url not in depth:
                routes.append("a reachable page's script JSON")
            if routes:
                print(f'  {", ".join(routes)}: {url}')
            else:
                problems.append(f'project page unreachable: {url}')
    if problems:
        raise SystemExit('\n'.join(problems))
    print('checks passed')


if __name__ == '__main__':
    main()
