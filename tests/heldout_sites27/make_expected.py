"""Build the three saved sites of heldout_sites27 and write expected.json (written blind: README, docs and earlier sets'
data and make_*.py only; the crawler was not read or run).

After writing, it checks its own output: every project and non-project page is saved and allowed by robots.txt; every
must_not_fetch URL on the site's own host is forbidden by its robots.txt (Google's matching: longest rule wins, '*'
and '$') and is linked or announced by some saved page; every off-site must_not_fetch URL is on another organisation's
host, linked from a saved page and not saved; and every project page can be reached from the start URL by following
<a>/<frame>/<area> links that robots.txt allows and that stay on the host (the depth is printed)."""
import json
import os
import re
import shutil
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import make_site_finsam as F
import make_site_hoganas as G
import make_site_regionstockholm as R
from make_common import ROOT, _target


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (G.H, F.H, R.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    G.build()
    F.build()
    R.build()
    exp = {}

    # ------------------------------------------------------------------ Höganäs (WordPress 6.8, Municipio 5)
    h = G.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in G.PROJECTS],
        'not_projects': [u(h, p) for p in (G.SOKA, G.RIKT, G.UPPF, G.STRAT, G.N_CALL, G.N_FUND, G.EV, G.JOB, G.SERVICE)]
                        + [u(h, p) for p in G.PRINTS],
        'must_not_fetch': [u(h, p) for p in G.forbidden()],
        'notes': (
            "MID-SIZE municipality (Höganäs kommun, 1284, about 27 000 inhabitants; Höganäs, Viken, Jonstorp, Nyhamnsläge, "
            "Lerberget, Arild, Mölle) on WORDPRESS 6.8.3 with the MUNICIPIO 5 theme (Helsingborg stad's open-source municipal theme, "
            "child theme hoganas-municipio) and the MODULARITY plugin: c-header c-header--business, c-brand, c-nav--horizontal main "
            "and help menus, a search form GET / (s=), c-breadcrumb with schema.org BreadcrumbList, sidebar-left-sidebar with "
            "c-nav--vertical c-nav--sidebar (Social hållbarhet › Sociala investeringar and its three children), c-article "
            "s-article, Modularity modules (modularity-mod-posts card grids of whole-<a> c-card c-card--link, mod-manualinput, "
            "mod-index, mod-fileslist, mod-contacts), c-collection lists, wp-block-table, c-footer. EVERY internal link is an "
            "ABSOLUTE https URL. Every head announces /wp-json/ (rel=https://api.w.org/), a JSON alternate, /xmlrpc.php?rsd, a "
            "shortlink /?p=<id> (allowed; the replay answers the start page), WPML's hreflang alternates sv / en (= <page>?lang=en) "
            "/ x-default, and rel=canonical. Pages, posts and project posts end in '/' (saved as index.html). SITEMAPS: WordPress "
            "CORE sitemaps: robots.txt names /wp-sitemap.xml (an index with an xml-stylesheet) → /wp-sitemap-posts-post-1.xml (5 "
            "posts), /wp-sitemap-posts-page-1.xml (16 pages), /wp-sitemap-posts-investering-1.xml (THE FIVE PROJECT POSTS) and "
            "/wp-sitemap-taxonomies-category-1.xml (two category URLs, not saved: 404). 43 files: 37 HTML pages (incl. 6 print "
            "copies), robots.txt, 5 sitemap files. THE PROJECTS are posts of a CUSTOM POST TYPE 'investering' with permalinks "
            "/investering/<slug>/ (the archive /investering/ lists all five); the HUB is the page 'Sociala investeringar' "
            "(/kommun-och-politik/social-hallbarhet/sociala-investeringar/; menu Kommun och politik › card Social hållbarhet › card "
            "Sociala investeringar, and the left side menu of every fund page), whose Modularity posts module 'Pågående sociala "
            "investeringar' shows P1–P4 as c-cards (whole-<a> cards with image, tag, h3 and teaser) and a second posts module "
            "'Avslutade sociala investeringar' shows P5, with a button to the archive. Projects: (P1) Familjeresursen – tidigt stöd "
            "till småbarnsfamiljer (/investering/familjeresursen/; fact card 'Fakta om projektet' in the RIGHT sidebar of "
            "<li><strong>Label:</strong> items: januari 2025 – december 2027, 2 400 000 kronor ur den sociala investeringsfonden, "
            "Socialförvaltningen, Region Skåne, familjer med barn 0–6 år, två familjebehandlare på heltid, Pågår; also linked by the "
            "job ad), (P2) Tillsammans för närvaro (/investering/tillsammans-for-narvaro/; 'är ett projekt'; a wp-block-table th/td "
            "with <caption> 'Projektet i korthet': augusti 2024 – juni 2027, 3 100 000 kronor, årskurs 4–9, 2,5 tjänster), (P3) "
            "Jobbspåret – unga vuxna i arbete (/investering/jobbsparet/; label/value <span>s without colons in div.c-fields: 1 "
            "september 2024 – 31 augusti 2026, 1 800 000 kronor varav 1 400 000 ur fonden och 400 000 från Samordningsförbundet "
            "Nordvästra Skåne, 18–29 år), (P4) Aktiva seniorer i Kullabygden (/investering/aktiva-seniorer-i-kullabygden/; prose "
            "only: 'är en satsning', 'Satsningen har fått 950 000 kronor … pågår från mars 2025 till februari 2027', 75 år och "
            "äldre, en aktivitetssamordnare på 75 procent), (P5) Fritid för alla (/investering/fritid-for-alla/; 'Projektet är "
            "avslutat', augusti 2021 – juni 2024, 1 200 000 kronor, 7–15 år, <strong>Label:</strong> lines split by <br>, results). "
            "THE TRAP: EVERY PROJECT PAGE HAS TWO MORE ADDRESSES THAT ARE THE SAME PAGE. (a) A SECOND PATH: the WP-Print endpoint "
            "<post>/print/ ('Skriv ut' on every project page; the same text and facts in WP-Print's bare layout, <link "
            "rel=canonical> to the post, <meta name=robots content='noindex, follow'>, 'URL till artikeln: <post URL>'); NOT "
            "forbidden by robots.txt. The one-project news 'Fler elever tillbaka i skolan i Nyhamnsläge' links P2 ONLY through its "
            "print path (/investering/tillsammans-for-narvaro/print/), as an editor pasted it from the print view. The print "
            "copies of the five projects and of the fund's rules (…/riktlinjer-for-fonden/print/, 'Skriv ut' on the rules page) "
            "are in NOT_PROJECTS: a crawler that takes a print copy for a project counts that project twice (each project counts "
            "once, at its canonical /investering/<slug>/ address). (b) A QUERY VARIANT: WPML's language switcher 'In English' in "
            "the header of EVERY page links <page>?lang=en (hreflang=en); nothing is translated, so WPML serves the Swedish page (the "
            "replay, which ignores query strings, does the same). The ?lang=en addresses are in NEITHER LIST, because a scorer "
            "that compares URLs without their query would see them as the project pages themselves; a crawler should count them "
            "as the same page, not as a second project. ROUTE: / → Kommun och politik (1) → Social hållbarhet (2) → Sociala "
            "investeringar (3) → P1–P5 (4); also /investering/ (from the hub's button), the CPT sitemap and the job ad (P1). TRAPS "
            "(must_not_fetch): robots.txt (one group, 'Crawl-delay: 1', Sitemap line) disallows /wp-admin/ (Allow "
            "admin-ajax.php), /wp-login.php, /wp-json/, /xmlrpc.php, /?s=, /*?s=, /evenemang/kalender/, /*?pdf= and /*?ical=. Listed: "
            "the start page's 'Populära sökningar' /?s=bygglov|skolval|sociala+investeringar; the footer's 'Logga in' "
            "/wp-login.php (nofollow) on every page; the call news cached with an editor's 'Redigera' link /wp-admin/post.php?"
            "post=<id>&action=edit; /wp-json/ and the JSON alternates of P1 and of the hub (every page announces its own); "
            "'Visa kalendern' /evenemang/kalender/ and the month /evenemang/kalender/?manad=2025-12 (nofollow) on Evenemang; "
            "'Spara som PDF' <post>?pdf=1 (nofollow) on the five project pages; 'Lägg till i kalender' ?ical=1 on the event. "
            "NON-PROJECTS (9 + 6 print copies): 'Så söker du medel ur den sociala investeringsfonden' (questions as headings, "
            "steps, max 3 000 000 kronor), 'Riktlinjer för den sociala investeringsfonden' (numbered conditions 'Insatsen ska …', KF "
            "§ 112 and § 28), 'Uppföljning och resultat 2024' (a table of the fund's yearly counts, 'De viktigaste resultaten', "
            "'Lärdomar'), the policy page 'Strategi för social hållbarhet 2024–2030' (four fokusområden), the call news 'Nu kan "
            "förvaltningarna söka ur sociala investeringsfonden' (7 miljoner kronor to apply for), the FUND NEWS 'Kommunfullmäktige "
            "tillför fonden fem miljoner kronor', the EVENT 'Temadag: Tidiga insatser lönar sig' (Datum, Tid, Plats, Kostnad, Sista "
            "anmälningsdag, Anmälan, Arrangör; names P1 and P2), the JOB AD 'Familjebehandlare till Familjeresursen' (links P1; "
            "Anställningsform 'Visstidsanställning till och med 2027-12-31', Omfattning, Tillträde, Sista ansökningsdag) and the "
            "STANDING SERVICE 'Ungdomslotsarna' (under Omsorg och stöd › Barn och familj: 'startade 2019 som ett projekt med pengar "
            "ur den sociala investeringsfonden. Sedan januari 2022 är ungdomslotsarna en del av utbildningsförvaltningens "
            "ordinarie verksamhet'), plus the six WP-Print copies (P1–P5 and the rules). NEITHER LIST (count either way): the hub "
            "'Sociala investeringar' (cards), the archive /investering/, the one-project news about P2, every ?lang=en address, /, "
            "Kommun och politik, Social hållbarhet, Nyheter and the untopical news (lekplats, vattenläcka), Evenemang, Lediga jobb, "
            "Omsorg och stöd, Barn och familj and the furniture (Kontakta oss, Om webbplatsen, Kakor, Tillgänglighetsredogörelse). "
            "Dead links on purpose (404): other menu sections (/utbildning-och-forskola/, /kultur-och-fritid/, /bygga-bo-och-miljo/, "
            "/naringsliv-och-arbete/), sub-pages (politik-och-beslut, ekonomi, organisation, folkhalsa, brottsforebyggande-arbete, "
            "aldreomsorg, ekonomiskt-bistand, familjecentralen, orosanmalan, /jobba-hos-oss/), the event 'Julmarknad i Mölle', "
            "the category URLs of the taxonomy sitemap, /wp-content/… files and assets, /wp-sitemap*.xsl. External: "
            "app-eu.readspeaker.com (nofollow), e-tjanster.hoganas.se, hoganas.varbi.com, facebook (sharer, nofollow), instagram, "
            "linkedin. Nothing depends on HTTP redirects."),
    }

    # ------------------------------------------------------------------ Samordningsförbundet Södra Hälsingland (hand-made, frames)
    h = F.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in F.PROJECTS],
        'not_projects': [u(h, p) for p in (F.FINSAM, F.VP, F.ANS, F.RIKT, F.N_CALL, F.N_EV, F.N_JOB, F.AR24, F.AKTH)],
        'must_not_fetch': [u(h, p) for p in F.forbidden()],
        'notes': (
            "SAMORDNINGSFÖRBUND (Samordningsförbundet Södra Hälsingland: Bollnäs 2183, Ovanåker 2121, Söderhamn 2182, Region "
            "Gävleborg, Försäkringskassan, Arbetsförmedlingen; a Finsam association, probably not in the registry, crawled from its "
            "start URL) on a HAND-MADE STATIC SITE FROM THE FRAMES ERA (FrontPage 2003: meta GENERATOR 'Microsoft FrontPage 6.0', "
            "HTML 4.01 Transitional, <font face='Verdana…'> everywhere, layout tables with spacer gifs, bgcolor cells, a right "
            "column td.hogerspalt for facts, <hr noshade>, a FrontPage form handler /_vti_bin/shtml.exe on the contact form). THE "
            "START ADDRESS IS A FRAMESET: / (index.html) = <frameset rows> with <frame name='topp' src='topp.htm'> (logo and a search "
            "form GET cgi-bin/sok.pl), and a nested <frameset cols> with <frame name='meny' src='meny.htm'> (the ONLY menu of the "
            "site; links target='huvud', a <base target='huvud'>) and <frame name='huvud' src='start.htm'>; its <noframes><body> "
            "lists seven links (start, Om förbundet, Insatser, Ansöka om medel, Aktuellt, Dokument, Kontakt, Webbkarta), so the "
            "site is reachable with or without reading frames. Content pages carry NO MENU (it lives in the menu frame): they link "
            "each other only in their text, their 'Du är här:' line and their foot ('Senast uppdaterad', 'Utskriftsvänlig "
            "version', 'Kontakt', 'Till startsidan' target=_top), and a script that reloads the frameset when a page is opened "
            "alone (ignored by a crawler). ALL LINKS ARE RELATIVE, written by the webmaster ('../insatser/ips.htm', "
            "'../../insatser/avslutade/motivationsgruppen.htm', 'ips.htm'). FILES ARE PURE ASCII: every å/ä/ö/–/” is an HTML "
            "entity (&aring; &auml; &ouml; &ndash;), under <meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>, "
            "so the text reads the same whatever charset is assumed. Addresses are .htm files (folders om/, insatser/, "
            "insatser/avslutade/, ansok/, aktuellt/<year>/, dokument/). 38 files: 35 HTML pages, stil.css, robots.txt, sitemap.xml "
            "(a STALE generator file of May 2023 with http:// addresses, 14 URLs: it lists Motivationsgruppen at its OLD address "
            "/insatser/motivationsgruppen.htm, now 404, and none of I1–I5). The förbund calls its projects 'insatser' and never "
            "says 'sociala investeringar'. 'AKTUELLT' IS SPLIT BY YEAR: /aktuellt/index.htm shows 2025 and the line 'Arkiv: 2025 | "
            "2024 | 2023 | 2022' linking /aktuellt/2024/index.htm, /aktuellt/2023/index.htm, /aktuellt/2022/index.htm; each year "
            "page lists its items (/aktuellt/<year>/<slug>.htm). HOW EACH INSATS IS REACHABLE: the list 'Insatser' "
            "(/insatser/index.htm; menu frame, noframes, start page 'Läs om våra insatser') links I1–I4 in a two-by-two layout "
            "table: (I1) IPS Södra Hälsingland (/insatser/ips.htm; 'är en insats'; a fact table in the RIGHT COLUMN 'Fakta om "
            "insatsen' of <b>Label:</b> lines: 1 januari 2024 – 31 december 2026, 2 850 000 kronor från samordningsförbundet, "
            "Insatsägare Region Gävleborg, 18–64 år, tre IPS-coacher, 45 platser; also the 2024 news and the job ad), (I2) UngLots "
            "Söderhamn (/insatser/unglots.htm; a bordered two-column table 'Insatsen i korthet': augusti 2024 – juli 2026, 1 600 000 "
            "kronor, 16–29 år, två lotsar), (I3) Friskvägen Ovanåker (/insatser/friskvagen.htm; PROSE ONLY: 'pågår från mars 2025 "
            "till februari 2027 och finansieras med 980 000 kronor från samordningsförbundet', 25–64 år, Försäkringskassan "
            "insatsägare), (I4) Kvinnokraft Bollnäs (/insatser/kvinnokraft.htm; <b>Label</b><br>value paragraphs without colons: "
            "Syfte, Målgrupp 20–64 år, Period september 2025 – augusti 2027, Budget 1 200 000 kronor, Insatsägare, Samverkan, "
            "Bemanning; also the 2025 news). (I5) Motivationsgruppen Bollnäs (/insatser/avslutade/motivationsgruppen.htm; FINISHED: "
            "'Insatsen är avslutad', oktober 2021 – december 2023, 1 100 000 kronor, 20–64 år, results): THE TRAP: NOT on the list "
            "'Insatser'; the page 'Avslutade insatser' names it as PLAIN TEXT without a link; the sitemap has only its old, dead "
            "address; it is linked ONLY from the 2023 news 'Motivationsgruppen avslutas – så gick det' "
            "(/aktuellt/2023/motivationsgruppen-avslutas.htm), which is listed ONLY on the 2023 YEAR PAGE. ROUTES: / → (frame or "
            "noframes) start.htm/meny.htm (1) → insatser/index.htm (2) → I1–I4 (3); / → aktuellt/index.htm (1) → aktuellt/2023/ "
            "index.htm (2) → the news (3) → I5 (4). TRAPS (must_not_fetch): robots.txt (one group, 'Crawl-delay: 2', a Sitemap "
            "line with http://) disallows /cgi-bin/, /_private/, /_vti_bin/, /_vti_cnf/, /admin/ and /utskrift/. Listed: the "
            "search form (topp.htm) /cgi-bin/sok.pl and the start page's 'Snabbsök' /cgi-bin/sok.pl?q=ips|ansokan; the menu "
            "frame's 'Kalender' /cgi-bin/kalender.pl and Aktuellt's 'Se alla träffar i kalendern' /cgi-bin/kalender.pl?manad=2025-11; "
            "the board page's 'Protokoll (inloggning för ledamöter)' /_private/protokoll/index.htm; the menu frame's 'Redaktör' "
            "/admin/login.asp; 'Utskriftsvänlig version' /utskrift/<path of the page> on the five insats pages (relative "
            "'../utskrift/insatser/ips.htm', '../../utskrift/insatser/avslutade/motivationsgruppen.htm'). The contact form POSTs to "
            "/_vti_bin/shtml.exe/kontakt.htm (a form, not listed). NON-PROJECTS (9): 'Finansiell samordning' (how Finsam works, "
            "the members' shares in a table with a Summa row, a made-up worked example 'Exemplet är påhittat'), 'Verksamhetsplan och "
            "budget 2025' (goals and a BUDGET TABLE naming IPS, UngLots and Friskvägen with 2025 amounts and a Summa row), 'Ansöka om "
            "medel' (questions as headings, steps, a förstudie up to 100 000 kronor), 'Riktlinjer för insatser' (numbered "
            "conditions 'Insatsen ska …'), the call 'Utlysning: sök medel för insatser 2026' (1 500 000 kronor), the event "
            "'Frukostseminarium: Samverkan som fungerar' (Datum, Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; names "
            "I1 and I2), the job ad 'Förbundet söker processledare' (links I1; Anställningsform, Omfattning 50 procent, Tillträde, "
            "Sista ansökningsdag), the annual report 'Årsredovisning 2024' as a web page (Förvaltningsberättelse, a table 'Insatser "
            "under 2024' with participants and costs and a Totalt row, Ekonomi, Förväntad utveckling) and the STANDING SERVICE "
            "'Aktivitetshuset Söderhamn' (/insatser/aktivitetshuset.htm, under 'Insatser som blivit ordinarie verksamhet': "
            "'startade 2017 som en insats med medel från samordningsförbundet. Sedan januari 2020 drivs Aktivitetshuset av "
            "Söderhamns kommun som en del av arbetsmarknadsenhetens ordinarie verksamhet'; opening hours). NEITHER LIST (count "
            "either way): /, topp.htm, meny.htm, start.htm, 'Om förbundet', 'Styrelse', the lists 'Insatser' and 'Avslutade "
            "insatser', Aktuellt and its three year pages, the one-project news (Kvinnokraft har startat, IPS har startat, "
            "Motivationsgruppen avslutas), the untopical news (årsredovisning 2023, nya ledamöter, tio år), 'Dokument', "
            "'Kontakt', 'Webbkarta'. Dead links on purpose (404): /insatser/avslutade/jobbkompis.htm, the old sitemap address "
            "/insatser/motivationsgruppen.htm, the pdfs under /dokument/, the webbkarta's '/Dokument/Arsredovisning_2022.pdf' "
            "(upper-case folder, as on the old IIS server), /bilder/… images. Nothing depends on query strings or HTTP redirects."),
    }

    # ------------------------------------------------------------------ Region Stockholm (Sitevision 2025)
    h = R.H
    exp[h] = {
        'start_url': f'https://{h}/',
        'project_pages': [u(h, p) for p in (R.R1, R.R2)],
        'not_projects': [u(h, p) for p in (R.FUND, R.SOKA, R.VILL, R.UTV, R.NATV, R.N_CALL, R.EV, R.JOB, R.SERVICE)],
        'must_not_fetch': [u(h, p) for p in R.forbidden_local()] + R.offsite(),
        'notes': (
            "REGION (Region Stockholm, länskod 01; municipalities named: Södertälje 0181, Haninge 0136, Norrtälje 0188, Upplands "
            "Väsby 0114, Nynäshamn 0192, Tyresö 0138, Värmdö 0120, Österåker 0117, Huddinge 0126) on SITEVISION 2025 with SHORT "
            "ADDRESSES (no extension, no trailing slash, children under the parent's address; saved as <path>/index.html); links "
            "root-relative; news in an archive with YEAR AND MONTH FOLDERS (/nyheter/2025/06/<slug>). Markup: html class "
            "'sv-no-js sv-template-<tpl>', sv.PageContext, sv-layout (svid10_) and portlets (svid12_), sv-text-portlet with "
            "Rubrik/Ingress/Innehall anchors, h1.heading, h2.subheading, p.normal, a sv-menu-portlet main menu and a left "
            "sub-menu (Folkhälsa och social hållbarhet › Sociala investeringsmedel and its six children), sv-breadcrumbs-portlet, "
            "sv-decoration-content boxes ('Fakta om projektet', 'Kontakt'), Envision env-card lists, a hidden cookie banner, a "
            "page-tools bar. 30 files: 28 pages, robots.txt, sitemap.xml (25 pages; R1 is in it, R2 is not). The fund is "
            "Regional utveckling › Folkhälsa och social hållbarhet › Sociala investeringsmedel "
            "(/regional-utveckling/folkhalsa-och-social-hallbarhet/sociala-investeringsmedel; cards on both parents). THE TRAP: "
            "THE REGION'S LISTS OF GRANTED INSATSER LINK THE MUNICIPALITIES' INSATSER TO PAGES ON THE MUNICIPALITIES' OWN HOSTS. "
            "'Beviljade insatser 2025' (…/beviljade-insatser-2025; fund card, sub-menu, the decision news) and 'Beviljade insatser "
            "2024' (…/beviljade-insatser-2024; fund card, sub-menu) each hold four env-cards (name, municipality, 'Beviljat: N "
            "kronor', one sentence, a link): three per year go OFF-SITE, 'Läs mer på <kommun>s webbplats (extern länk)' with class "
            "env-link--external, to https://www.sodertalje.se/…/fritidsledare-i-skolan-hovsjo/, https://haninge.se/…/brobyggare-"
            "i-brandbergen/ (no www), https://www.norrtalje.se/…/ung-framtid-rimbo/ (2025) and https://www.upplandsvasby.se/…/"
            "lasframjande-vilunda.html, https://www.nynashamn.se/…/trygga-vuxna-pa-stan.html, https://www.tyreso.se/…/"
            "seniorkraft-tyreso (2024); the decision news 'Fyra nya insatser får sociala investeringsmedel' links the three 2025 "
            "ones again. WHETHER THEY ARE FOLLOWED: the docs say the crawler 'stays on the organisation's hosts' (README, "
            "Crawling: 'and stays on the organisation's hosts'; docs/operations.md: sources whose hosts are the same or one a "
            "subdomain of another form one group, and 'the spider stays on its organisation's hosts'); a municipality's host "
            "(sodertalje.se, haninge.se …) is neither the region's host nor a subdomain of it, and each municipality is a source "
            "of its own in the registry. So THE OFF-SITE LINKS ARE NOT FOLLOWED: their six URLs are in must_not_fetch (the only "
            "off-host entries; nothing is saved for those hosts, and the municipal insatser are NOT counted as this host's project "
            "pages — a national crawl finds them from the municipalities' own start pages). The fourth card of each year is an "
            "insats THE REGION RUNS ITSELF, with its page ON THE REGION'S HOST, the two project pages: (R1) Ungdomsmottagning på "
            "distans i skärgården (…/sociala-investeringsmedel/ungdomsmottagning-pa-distans-i-skargarden; 'är ett projekt'; a "
            "sv-decoration box 'Fakta om projektet' of <li><strong>Label:</strong> items: 1 mars 2025 – 28 februari 2027, 2 300 000 "
            "kronor ur regionens sociala investeringsmedel, Projektägare Region Stockholm, Hälso- och sjukvårdsförvaltningen, "
            "Samverkan Värmdö, Norrtälje, Österåker, 13–25 år, Pågår; linked from the 2025 list, the decision news and the sitemap; "
            "not in the sub-menu) and (R2) Tidigt tillsammans – föräldrastöd i mödrahälsovården (/halsa-och-vard/graviditet-och-"
            "forlossning/tidigt-tillsammans; FILED UNDER HÄLSA OCH VÅRD, no topical word in its address or title; its parent "
            "'Graviditet och förlossning' is NOT saved (404); 'är ett projekt'; a th/td table with <caption> 'Projektet i "
            "korthet': 1 september 2024 – 31 augusti 2027, 3 600 000 kronor varav 2 400 000 ur de sociala investeringsmedlen och "
            "1 200 000 från Huddinge, Haninge och Nynäshamns kommuner, Kvinnohälsovården Södra, blivande föräldrar, 2,5 tjänster; "
            "linked ONLY from the 2024 list and the one-project news 'Tidigt tillsammans har mött 200 blivande föräldrar' "
            "(/nyheter/2024/11/…, on /nyheter); NOT in the sitemap). ROUTES: / → Regional utveckling (1) → Folkhälsa och social "
            "hållbarhet (2) → Sociala investeringsmedel (3) → Beviljade insatser 2025 / 2024 (4) → R1 / R2 (5); / → Nyheter (1) → "
            "the R2 news (2) → R2 (3). TRAPS (must_not_fetch): robots.txt (one group, 'Crawl-delay: 1', Sitemap line) disallows "
            "/sitevision/, /edit, /edit-offline, /appresource/, /rest-api/, /sok, /intern/, /evenemang/kalender and /*?sv.print=. "
            "Listed: the search form GET /sok (query=) and the start page's 'Vanliga sökningar' /sok?query=ungdomsmottagning|"
            "vaccination; the call news links the conditions ONLY as a pasted Sitevision EDIT URL /edit/4.<node id>; Nyheter's "
            "'Visa fler nyheter' is an <a> to the archive portlet's /appresource/4.…/12.…/nyheter?start=6&antal=6; the fund page's "
            "'Beredningsgruppens arbetsrum (inloggning)' /intern/beredningsgrupp-sociala-investeringsmedel (nofollow); Evenemang's "
            "'Visa kalendern' /evenemang/kalender and the day ?datum=2026-03-10 (nofollow); 'Skriv ut' <page>?sv.print=true "
            "(nofollow) on the fund page, the 2025 list, R1 and R2; PLUS the six off-site municipal URLs above. Assets under "
            "/sitevision/ are forbidden too but not listed. NON-PROJECTS (9): the fund page 'Sociala investeringsmedel' ('Vad är "
            "…', 'Så fungerar medlen', 'Medlen i siffror': 12 000 000 per year, 51 400 000 kronor 2021–2025, 31 insatser), 'Så "
            "ansöker ni' (questions as headings, steps, max 2 500 000 kronor, 50 procent), 'Villkor och bedömningskriterier' "
            "(numbered conditions 'Insatsen ska …'), 'Utvärdering av sociala investeringsmedel 2021–2024' (CES; a table of the "
            "yearly counts and sums, 'De viktigaste resultaten', 'Rekommendationer', a dead pdf), 'Nätverk för sociala "
            "investeringar' ('Träffar 2026' with dates, membership), the call news 'Utlysning: nu kan kommunerna söka sociala "
            "investeringsmedel för 2026', the EVENT 'Konferens: Sociala investeringar i Stockholms län 2026' (a th/td table Datum, "
            "Tid, Plats, Kostnad, Sista anmälningsdag, Anmälan, Arrangör; names R1 and a municipal insats), the JOB AD 'Utredare med "
            "inriktning sociala investeringar' (Anställningsform, Omfattning, Tillträde, Placering, Sista ansökningsdag) and the "
            "STANDING SERVICE 'Hälsosamtal för nyanlända' (under Hälsa och vård: 'startade 2019 som ett projekt med sociala "
            "investeringsmedel i fyra kommuner. Sedan 2023 är hälsosamtalen en del av vårdcentralernas ordinarie uppdrag'). NEITHER "
            "LIST (count either way): the two lists 'Beviljade insatser 2025/2024', the decision news (four linked names, one "
            "sentence), the one-project news about R2, /, Regional utveckling, Folkhälsa och social hållbarhet, Hälsa och vård, "
            "Nyheter and the untopical news (influensa, cykelplan), Evenemang, Lediga jobb and the furniture (Kontakta oss, Om "
            "webbplatsen, Kakor, Tillgänglighetsredogörelse). Dead links on purpose (404): the other menu sections (/kollektivtrafik, "
            "/kultur, /politik, /jobba-hos-oss, /lattlast, /other-languages), /regional-utveckling/regionplanering, "
            "…/kompetensforsorjning, …/folkhalsopolitisk-plan, …/jamlik-halsa, /halsa-och-vard/graviditet-och-forlossning, "
            "/halsa-och-vard/vaccinationer, /evenemang/kulturnatt-2026, /download/… and /images/… files. External (not listed, "
            "not project pages): www.1177.se, sl.se, readspeaker (nofollow), linkedin (nofollow), regionstockholm.varbi.com. "
            "Nothing depends on query strings or HTTP redirects."),
    }

    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    check(exp)
    for host, v in exp.items():
        print(host, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'must not fetch')


# ---------------------------------------------------------------------------------------------------------- checks
def robots_rules(host):
    rules, on = [], False
    for line in open(os.path.join(ROOT, host, 'robots.txt'), encoding='utf-8'):
        line = line.split('#')[0].strip()
        if ':' not in line:
            continue
        k, v = [x.strip() for x in line.split(':', 1)]
        k = k.lower()
        if k == 'user-agent':
            on = v == '*'
        elif on and k in ('allow', 'disallow') and v:
            rules.append((k, v))
    return rules


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
        for key in ('href', 'src', 'action'):
            v = a.get(key)
            if v and not v.startswith(('mailto:', 'javascript:', '#', 'tel:')):
                full = urljoin(self.base, v).split('#')[0]
                self.links.add(full)
                if (tag, key) in (('a', 'href'), ('frame', 'src'), ('area', 'href'), ('iframe', 'src')) \
                        and 'nofollow' not in (a.get('rel') or ''):
                    self.follow.add(full)


def page_url(host, rel):
    rel = rel.replace(os.sep, '/')
    if rel == 'index.html':
        return f'https://{host}/'
    if rel.endswith('/index.html') and host != F.H:
        return f'https://{host}/' + rel[:-len('index.html')] if host == G.H else f'https://{host}/' + rel[:-len('/index.html')]
    return f'https://{host}/' + rel


def parse_site(host):
    pages = {}
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            if not f.endswith(('.html', '.htm')):
                continue
            rel = os.path.relpath(os.path.join(d, f), os.path.join(ROOT, host))
            url = page_url(host, rel)
            p = Links(url)
            p.feed(open(os.path.join(d, f), encoding='utf-8').read())
            pages[url] = p
    return pages


def check(exp):
    problems = []
    for host, v in exp.items():
        rules = robots_rules(host)
        pages = parse_site(host)
        linked = set()
        for p in pages.values():
            linked |= p.links
        for url in v['project_pages'] + v['not_projects'] + [v['start_url']]:
            p = urlsplit(url)
            if not os.path.exists(_target(host, p.path)):
                problems.append(f'missing page {url}')
            if not allowed(rules, p.path):
                problems.append(f'page forbidden by robots {url}')
        for url in v['must_not_fetch']:
            p = urlsplit(url)
            if p.hostname != host:
                if p.hostname.endswith(host.split('.', 1)[1]):
                    problems.append(f'off-site entry on the organisation\'s own domain: {url}')
                if os.path.isdir(os.path.join(ROOT, p.hostname)):
                    problems.append(f'off-site host saved: {url}')
            else:
                pq = p.path + ('?' + p.query if p.query else '')
                if allowed(rules, pq):
                    problems.append(f'not forbidden by robots: {url}')
            if url not in linked:
                problems.append(f'never linked: {url}')
        if len(set(v['must_not_fetch'])) != len(v['must_not_fetch']):
            problems.append(f'duplicates in must_not_fetch of {host}')
        if set(v['project_pages']) & set(v['not_projects']):
            problems.append(f'page in both lists on {host}')
        # reachability: BFS over followable links that stay on the host and that robots.txt allows
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
        for url in v['project_pages']:
            if url not in depth:
                problems.append(f'project page unreachable by links: {url}')
            else:
                print(f'  depth {depth[url]}: {url}')
    if problems:
        raise SystemExit('\n'.join(problems))
    print('checks passed')


if __name__ == '__main__':
    main()
