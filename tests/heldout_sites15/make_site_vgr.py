"""Västra Götalandsregionen (region 14) on SvelteKit 2 (Svelte 5, adapter-node, trailingSlash 'always') with a
headless CMS; Vårdgivarwebben on vardgivare.vgregion.se. Run: python3 make_site_vgr.py"""
import json
from make_common import write

H = 'www.vgregion.se'
B = 'https://www.vgregion.se'
V = 'vardgivare.vgregion.se'
S = 'svelte-1h9x2bq'
AC = ' aria-current="page"'
AT = ' aria-current="true"'

FUND = '/regional-utveckling/social-hallbarhet/sociala-investeringar/'
LIST = FUND + 'pagaende-investeringar/'
P1 = LIST + 'foraldraskap-i-nytt-land-lidkoping/'
P2 = LIST + 'unga-till-arbete-alingsas/'
P3 = LIST + 'barnhalsoteam-angered/'
P4 = LIST + 'seniorhalsa-hisingen/'
P5 = 'https://vardgivare.vgregion.se/halsa-och-vard/tandvard/halsopromotorer-i-tandvarden/'

MENU = [('Hälsa och vård', '/halsa-och-vard/'), ('Regional utveckling', '/regional-utveckling/'), ('Kultur', '/kultur/'),
        ('Kollektivtrafik', '/kollektivtrafik/'), ('Politik', '/politik/'), ('Om VGR', '/om-vgr/'), ('Jobba hos oss', '/jobba-hos-oss/')]

SUB = [('Sociala investeringar', FUND), ('Sök medel', FUND + 'sok-medel/'), ('Kriterier och villkor', FUND + 'kriterier-och-villkor/'),
       ('Pågående investeringar', LIST), ('Beslut', FUND + 'beslut/'), ('Utvärdering och lärande', FUND + 'utvardering-och-larande/')]


def subnav(cur):
    li = ''.join(f'<li class="{S}"><a href="{u}" class="{S}"{AC if u == cur else ""}>{t}</a></li>' for t, u in SUB)
    return f'<nav class="subnav {S}" aria-label="I denna del"><h2 class="subnav__title {S}">Sociala investeringar</h2><ul class="{S}">{li}</ul></nav>'


def page(path, title, content, trail=(), sub=False, node=7, data=None, lead=''):
    crumbs = ''.join(f'<li class="{S}"><a href="{u}" class="{S}">{t}</a></li>' for t, u in [('Start', '/')] + list(trail)[:-1])
    if trail:
        crumbs += f'<li class="{S}" aria-current="page">{trail[-1][0]}</li>'
    nav = ''.join(f'<li class="{S}"><a href="{u}" class="main-nav__link {S}"{AT if path.startswith(u) else ""}>{t}</a></li>' for t, u in MENU)
    kit_data = [None, {"type": "data", "data": data or {"title": title, "path": path}, "uses": {"url": 1}}]
    aside = subnav(path) if sub else ''
    lead_html = f'<p class="lead {S}">{lead}</p>' if lead else ''
    return f'''<!doctype html>
<html lang="sv">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		
		<link href="/_app/immutable/assets/0.C3hd9aK2.css" rel="stylesheet">
		<link href="/_app/immutable/assets/7.Dq0w1Lr5.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.D8fK2a1Q.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.Bq7xT0pL.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.Ck3bP9sE.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.C2mN8vR4.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.Bw5s0kYd.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/{node}.Ae4r7QmT.js"><!--1u3x9k--><title>{title} - Västra Götalandsregionen</title><meta name="description" content="{title}"/><link rel="canonical" href="{B}{path}"/><meta property="og:title" content="{title}"/><meta property="og:site_name" content="Västra Götalandsregionen"/><!---->
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents"><!--[--><!--[--><!----><a href="#main" class="skip-link {S}">Hoppa till innehållet</a> <header class="site-header {S}"><div class="site-header__top {S}"><a href="/" class="logo {S}"><img src="/images/vgr-logo.svg" alt="Västra Götalandsregionen, till startsidan" width="200" height="48" class="{S}"/></a> <form action="/sok/" method="get" role="search" class="search {S}"><label for="q" class="visually-hidden {S}">Sök</label><input id="q" name="q" type="search" placeholder="Sök på vgregion.se" class="{S}"/> <button type="submit" class="{S}">Sök</button></form> <ul class="tools {S}"><li class="{S}"><a href="/mina-sidor/" class="{S}">Mina sidor</a></li> <li class="{S}"><a href="/other-languages/" class="{S}">Other languages</a></li> <li class="{S}"><a href="/lattlast/" class="{S}">Lättläst</a></li></ul></div> <nav aria-label="Huvudmeny" class="{S}"><ul class="main-nav {S}"><!--[-->{nav}<!--]--></ul></nav></header><!----> <main id="main" class="{S}"><nav aria-label="Brödsmulor" class="breadcrumbs {S}"><ol class="{S}"><!--[-->{crumbs}<!--]--></ol></nav> <div class="layout {'layout--sidebar' if sub else ''} {S}"><!--[-->{aside}<!--]--><article class="content {S}"><h1 class="{S}">{title}</h1> {lead_html}<div class="rich-text {S}">{content}</div></article></div></main> <footer class="site-footer {S}"><div class="site-footer__cols {S}"><section class="{S}"><h2 class="{S}">Västra Götalandsregionen</h2> <p class="{S}">Regionens hus, 462 80 Vänersborg<br/>Telefon: 010-441 00 00<br/><a href="mailto:post@vgregion.se" class="{S}">post@vgregion.se</a></p></section> <section class="{S}"><h2 class="{S}">Genvägar</h2> <ul class="{S}"><li class="{S}"><a href="/aktuellt/" class="{S}">Aktuellt</a></li> <li class="{S}"><a href="/jobba-hos-oss/" class="{S}">Jobba hos oss</a></li> <li class="{S}"><a href="/om-vgr/kontakta-oss/" class="{S}">Kontakta oss</a></li> <li class="{S}"><a href="https://vardgivare.vgregion.se/" class="{S}">För vårdgivare</a></li></ul></section> <section class="{S}"><h2 class="{S}">Om webbplatsen</h2> <ul class="{S}"><li class="{S}"><a href="/om-webbplatsen/tillganglighet/" class="{S}">Tillgänglighetsredogörelse</a></li> <li class="{S}"><a href="/om-webbplatsen/kakor/" class="{S}">Kakor</a></li> <li class="{S}"><a href="/preview/" rel="nofollow" class="{S}">Redaktörsinloggning</a></li> <li class="{S}"><a href="https://intra.vgregion.se/" class="{S}">Intranätet</a></li></ul></section></div></footer><!----><!--]--><!--]-->
			
			<script>
				{{
					__sveltekit_1n8xq2z = {{
						base: new URL(".", location).pathname.slice(0, -1),
						env: {{"PUBLIC_CMS_DATASET":"production"}}
					}};

					const element = document.currentScript.parentElement;

					const data = {json.dumps(kit_data, ensure_ascii=False)};

					Promise.all([
						import("/_app/immutable/entry/start.D8fK2a1Q.js"),
						import("/_app/immutable/entry/app.C2mN8vR4.js")
					]).then(([kit, app]) => {{
						kit.start(app, element, {{
							node_ids: [0, {node}],
							data,
							form: null,
							error: null
						}});
					}});
				}}
			</script>
		</div>
	</body>
</html>
'''


def card(t, u, meta, txt):
    return (f'<li class="card {S}"><a href="{u}" class="card__link {S}"><h3 class="card__title {S}">{t}</h3></a>'
            f'<p class="card__meta {S}">{meta}</p><p class="card__text {S}">{txt}</p></li>')


NEWS = [
    ('/aktuellt/nyheter/2025/nu-oppnar-ansokan-om-sociala-investeringsmedel-2026/', 'Nu öppnar ansökan om sociala investeringsmedel 2026', '2025-09-15',
     'Kommuner i Västra Götaland kan tillsammans med regionens verksamheter söka sociala investeringsmedel fram till den 15 november.',
     f'''<p>Regionutvecklingsnämnden avsätter 15 miljoner kronor per år till sociala investeringar. Nu är det möjligt att söka medel för insatser som startar under 2026.</p>
<p>Ansökan ska göras gemensamt av minst en kommun och en verksamhet inom Västra Götalandsregionen, till exempel Närhälsan, Folktandvården eller ett sjukhus. Insatsen ska vara förebyggande och rikta sig till grupper där skillnaderna i hälsa och livsvillkor är stora.</p>
<p>Sista dag att skicka in ansökan är den 15 november 2025. Beslut fattas i mars 2026.</p>
<p><a href="{FUND}sok-medel/">Så söker du sociala investeringsmedel</a></p>'''),
    ('/aktuellt/nyheter/2025/ny-tandvardstaxa-2026/', 'Ny tandvårdstaxa från 1 januari 2026', '2025-09-02',
     'Regionfullmäktige har beslutat om nya priser i Folktandvården.',
     '<p>De flesta priser höjs med i genomsnitt 3,1 procent. Barn och unga upp till 23 år har fortfarande fri tandvård.</p>'),
    ('/aktuellt/nyheter/2025/konferens-sociala-investeringar-i-vastra-gotaland/', 'Konferens: Sociala investeringar i Västra Götaland 2025', '2025-08-20',
     'Välkommen till den årliga konferensen om sociala investeringar den 9 oktober i Skövde.',
     '''<p>Konferensen samlar kommuner, regionens verksamheter och forskare som arbetar med sociala investeringar. Under dagen presenteras resultat från avslutade investeringar och vi diskuterar hur förebyggande arbete kan bli en del av den ordinarie verksamheten.</p>
<p><strong>Datum:</strong> 9 oktober 2025<br/><strong>Plats:</strong> Skövde Kulturhus<br/><strong>Kostnad:</strong> Konferensen är kostnadsfri, lunch ingår.</p>
<p>Anmälan öppnar i september.</p>'''),
    ('/aktuellt/nyheter/2025/nya-busslinjer-i-skaraborg/', 'Nya busslinjer i Skaraborg från december', '2025-08-12',
     'Västtrafik inför tre nya regionbusslinjer i Skaraborg vid tidtabellsskiftet.',
     '<p>De nya linjerna knyter ihop Skövde, Tibro och Karlsborg och gör det lättare att pendla till arbete och studier.</p>'),
    ('/aktuellt/nyheter/2025/regionutvecklingsnamnden-beviljade-14-miljoner-till-sociala-investeringar/', 'Regionutvecklingsnämnden beviljade 14 miljoner till sociala investeringar', '2025-06-18',
     'Fyra nya sociala investeringar får sammanlagt 14 miljoner kronor från Västra Götalandsregionen.',
     f'''<p>Regionutvecklingsnämnden beslutade den 17 juni att bevilja sociala investeringsmedel till fyra nya insatser. Sammanlagt handlar det om 14 miljoner kronor under tre år.</p>
<ul>
<li>Föräldraskap i nytt land, Lidköpings kommun och Närhälsan – 2,85 miljoner kronor</li>
<li>Barnhälsoteam i Angered, Göteborgs Stad och Barnhälsovården – 4,2 miljoner kronor</li>
<li>Seniorhälsa på Hisingen, Göteborgs Stad och Närhälsan – 1,95 miljoner kronor</li>
<li>Unga vuxna med psykisk ohälsa, Skövde kommun och Skaraborgs sjukhus – 5 miljoner kronor</li>
</ul>
<p>– Vi ser att insatserna når de grupper där behoven är störst. Nu är det viktigt att vi följer upp och lär oss av resultaten, säger nämndens ordförande.</p>
<p><a href="{FUND}beslut/2025/">Se alla beslut 2025</a></p>'''),
    ('/aktuellt/nyheter/2025/barnhalsoteam-ska-na-fler-familjer-i-angered/', 'Barnhälsoteam ska nå fler familjer i Angered', '2025-06-02',
     'Ett nytt barnhälsoteam i Angered ska ge fler barn en bra start i livet.',
     f'''<p>I Angered går färre barn på de hälsobesök som barnhälsovården erbjuder, och tandhälsan bland sexåringar är sämre än i resten av regionen. Nu startar Göteborgs Stad och Västra Götalandsregionen ett gemensamt barnhälsoteam.</p>
<p>Teamet består av en barnsjuksköterska, en tandhygienist och en familjebehandlare som gör hembesök och träffar familjer på öppna förskolan.</p>
<p>– Vi vill möta familjerna där de är, i stället för att vänta på att de ska hitta till oss, säger verksamhetschef Leyla Yilmaz.</p>
<p>Läs mer om <a href="{P3}">Barnhälsoteam i Angered</a>.</p>'''),
    ('/aktuellt/nyheter/2025/badplatser-provtas/', 'Sommarens badplatser provtas', '2025-05-27',
     'Kommunerna tar vattenprover på badplatserna under hela sommaren.',
     '<p>Resultaten publiceras på Havs- och vattenmyndighetens webbplats Badplatsen.</p>'),
    ('/aktuellt/nyheter/2025/folkhalsopriset-2025/', 'Västra Götalandsregionens folkhälsopris 2025', '2025-04-10',
     'Nu kan du nominera kandidater till årets folkhälsopris.',
     '<p>Priset delas ut till en person, förening eller organisation som gjort en betydande insats för en bättre och mer jämlik hälsa i Västra Götaland.</p>'),
]


def build():
    files = []
    w = lambda h, p, t: files.append(write(h, p, t))
    ordered = sorted(NEWS, key=lambda n: n[2], reverse=True)

    # start
    cards = ''.join(card(t, p, d, tx) for p, t, d, tx, _ in ordered[:3])
    w(H, '/', page('/', 'Västra Götalandsregionen', f'''<p>Västra Götalandsregionen ansvarar för hälso- och sjukvård, kollektivtrafik, kultur och regional utveckling.</p>
<section class="{S}"><h2 class="{S}">Aktuellt</h2><ul class="cards {S}">{cards}</ul><a href="/aktuellt/nyheter/" class="{S}">Alla nyheter</a></section>
<section class="{S}"><h2 class="{S}">Vanliga sökningar</h2><ul class="{S}"><li class="{S}"><a href="/sok/?q=1177" class="{S}">1177</a></li><li class="{S}"><a href="/sok/?q=lediga+jobb" class="{S}">Lediga jobb</a></li><li class="{S}"><a href="/sok/?q=kulturstod" class="{S}">Kulturstöd</a></li></ul></section>''', node=2))

    w(H, '/regional-utveckling/', page('/regional-utveckling/', 'Regional utveckling', f'''<p>Västra Götalandsregionen arbetar för ett hållbart Västra Götaland, tillsammans med kommuner, näringsliv, akademi och civilsamhälle.</p>
<ul class="cards {S}">{card('Social hållbarhet', '/regional-utveckling/social-hallbarhet/', '', 'Folkhälsa, mänskliga rättigheter och sociala investeringar.')}
{card('Näringsliv och innovation', '/regional-utveckling/naringsliv/', '', 'Stöd till företag och innovation.')}
{card('Kompetensförsörjning', '/regional-utveckling/kompetensforsorjning/', '', 'Utbildning och arbetsmarknad.')}</ul>''', [('Regional utveckling', '/regional-utveckling/')]))

    w(H, '/regional-utveckling/social-hallbarhet/', page('/regional-utveckling/social-hallbarhet/', 'Social hållbarhet', f'''<p>Ett socialt hållbart samhälle är ett samhälle där alla har goda förutsättningar för en god hälsa och ett gott liv.</p>
<ul class="cards {S}">{card('Folkhälsa', '/regional-utveckling/social-hallbarhet/folkhalsa/', '', 'Regionens folkhälsopolitiska arbete.')}
{card('Sociala investeringar', FUND, '', 'Medel för förebyggande insatser tillsammans med kommunerna.')}
{card('Mänskliga rättigheter', '/regional-utveckling/social-hallbarhet/manskliga-rattigheter/', '', 'Arbetet med jämlikhet och icke-diskriminering.')}</ul>''',
        [('Regional utveckling', '/regional-utveckling/'), ('Social hållbarhet', '/regional-utveckling/social-hallbarhet/')]))

    tf = [('Regional utveckling', '/regional-utveckling/'), ('Social hållbarhet', '/regional-utveckling/social-hallbarhet/'), ('Sociala investeringar', FUND)]
    w(H, FUND, page(FUND, 'Sociala investeringar', f'''<p>Sociala investeringar är förebyggande insatser som ska ge bättre hälsa och livsvillkor på lång sikt och minska kostnaderna för samhället. Västra Götalandsregionen avsätter varje år 15 miljoner kronor i sociala investeringsmedel som kommunerna kan söka tillsammans med regionens verksamheter.</p>
<h2 class="{S}">Så fungerar det</h2>
<p>Medlen går till insatser där en kommun och en regional verksamhet gör något tillsammans som ingen av dem skulle klara ensam. Insatsen ska pröva ett nytt arbetssätt, pågå i högst tre år och utvärderas. Regionutvecklingsnämnden beslutar om medlen en gång per år.</p>
<ul class="cards {S}">{card('Sök medel', FUND + 'sok-medel/', '', 'Ansökan, tidplan och mallar.')}
{card('Pågående investeringar', LIST, '', 'Insatser som får sociala investeringsmedel just nu.')}
{card('Beslut', FUND + 'beslut/', '', 'Beviljade investeringar per år.')}
{card('Utvärdering och lärande', FUND + 'utvardering-och-larande/', '', 'Hur vi följer upp och lär av investeringarna.')}</ul>
<aside class="contact {S}"><h2 class="{S}">Kontakt</h2><p>Johan Ek, samordnare sociala investeringar, koncernkontoret<br/>010-441 23 45</p></aside>''', tf, sub=True,
        lead='Sociala investeringsmedel för förebyggande insatser tillsammans med kommunerna.'))

    p = FUND + 'sok-medel/'
    w(H, p, page(p, 'Sök medel', f'''<h2 class="{S}">Tidplan</h2>
<table class="{S}"><thead><tr><th>Vad</th><th>När</th></tr></thead><tbody>
<tr><td>Ansökan öppnar</td><td>15 september</td></tr><tr><td>Sista dag för ansökan</td><td>15 november</td></tr>
<tr><td>Beredning och dialog</td><td>december–februari</td></tr><tr><td>Beslut i regionutvecklingsnämnden</td><td>mars</td></tr></tbody></table>
<h2 class="{S}">Så går det till</h2>
<ol><li>Ta kontakt med samordnaren för sociala investeringar och berätta om er idé.</li>
<li>Gör en gemensam problembeskrivning med kommunen och den regionala verksamheten.</li>
<li>Fyll i ansökningsmallen med budget, tidplan och plan för utvärdering.</li>
<li>Skicka ansökan med underskrifter från båda parter.</li></ol>
<p>Läs också <a href="{FUND}kriterier-och-villkor/">kriterier och villkor</a>.</p>''', tf + [('Sök medel', p)], sub=True,
        lead='Kommuner och regionens verksamheter kan söka sociala investeringsmedel en gång per år.'))

    p = FUND + 'kriterier-och-villkor/'
    w(H, p, page(p, 'Kriterier och villkor', '''<ul>
<li>Insatsen ska vara förebyggande och rikta sig till en grupp där skillnaderna i hälsa eller livsvillkor är stora.</li>
<li>Minst en kommun och en verksamhet i Västra Götalandsregionen ska stå bakom ansökan.</li>
<li>Medlen får användas i högst tre år. Sökande ska bidra med egna resurser, minst 30 procent av den totala kostnaden.</li>
<li>Insatsen ska ha en plan för utvärdering och för hur arbetssättet kan leva vidare när medlen tar slut.</li>
<li>Medlen får inte användas till ordinarie verksamhet, lokaler eller investeringar i utrustning.</li>
</ul>
<p>Beviljade medel betalas ut i förskott en gång per år, efter att en lägesrapport har lämnats in.</p>''', tf + [('Kriterier och villkor', p)], sub=True,
        lead='Det här gäller för insatser som får sociala investeringsmedel.'))

    p = FUND + 'utvardering-och-larande/'
    w(H, p, page(p, 'Utvärdering och lärande', f'''<p>Alla insatser som får sociala investeringsmedel ska utvärderas. Regionen erbjuder stöd i att ta fram en utvärderingsplan och samarbetar med Göteborgs universitet och Högskolan Väst.</p>
<h2 class="{S}">Lärdomar hittills</h2>
<p>Utvärderingarna visar att insatser som har en tydlig mottagare i den ordinarie verksamheten oftare lever vidare. Samverkan tar tid att bygga, och de första månaderna behövs för att hitta gemensamma arbetssätt.</p>
<h2 class="{S}">Exempel från Vårdgivarwebben</h2>
<p>Folktandvården har skrivit om sitt arbete med hälsopromotörer, som får sociala investeringsmedel tillsammans med tre kommuner: <a href="{P5}" class="{S}">Hälsopromotörer i tandvården</a>.</p>
<h2 class="{S}">Rapporter</h2>
<p>Slutrapporterna från avslutade investeringar kan beställas från koncernkontoret.</p>''', tf + [('Utvärdering och lärande', p)], sub=True,
        lead='Hur vi följer upp och lär av de sociala investeringarna.'))

    # list page with cards + filter links + "Visa fler" endpoint
    api = '/api/sociala-investeringar/pagaende.json'
    cards = (card('Föräldraskap i nytt land – Lidköping', P1, 'Lidköping · 2025–2027', 'Föräldrastöd och språkträning för utrikesfödda föräldrar.')
             + card('Hälsosamma skolmåltider – Mariestad', LIST + 'halsosamma-skolmaltider-mariestad/', 'Mariestad · 2024–2026', 'Skolmåltiden som en del av elevhälsan.'))
    data = {"title": "Pågående investeringar", "path": LIST, "items": [
        {"titel": "Föräldraskap i nytt land – Lidköping", "slug": "foraldraskap-i-nytt-land-lidkoping", "kommun": "Lidköping"},
        {"titel": "Hälsosamma skolmåltider – Mariestad", "slug": "halsosamma-skolmaltider-mariestad", "kommun": "Mariestad"}],
        "total": 5, "pageSize": 2}
    w(H, LIST, page(LIST, 'Pågående investeringar', f'''<div class="filter {S}" role="group" aria-label="Filtrera"><span class="{S}">Visa för kommun:</span>
<a href="?kommun=alingsas" class="chip {S}">Alingsås</a> <a href="?kommun=goteborg" class="chip {S}">Göteborg</a> <a href="?kommun=lidkoping" class="chip {S}">Lidköping</a> <a href="?kommun=mariestad" class="chip {S}">Mariestad</a></div>
<p class="count {S}">Visar 2 av 5 investeringar</p>
<ul class="cards {S}"><!--[-->{cards}<!--]--></ul>
<button type="button" class="btn-more {S}" data-endpoint="{api}" data-page-size="2">Visa fler investeringar</button>''', tf + [('Pågående investeringar', LIST)], sub=True, node=9, data=data,
        lead='Här är de insatser som just nu får sociala investeringsmedel från Västra Götalandsregionen.'))

    w(H, api, json.dumps({"total": 5, "items": [
        {"titel": "Föräldraskap i nytt land – Lidköping", "url": P1, "kommun": "Lidköping", "period": "2025–2027", "belopp": 2850000},
        {"titel": "Hälsosamma skolmåltider – Mariestad", "url": LIST + "halsosamma-skolmaltider-mariestad/", "kommun": "Mariestad", "period": "2024–2026", "belopp": 1200000},
        {"titel": "Seniorhälsa på Hisingen", "url": P4, "kommun": "Göteborg", "period": "2025–2027", "belopp": 1950000},
        {"titel": "Unga till arbete i Alingsås", "url": P2, "kommun": "Alingsås", "period": "2024–2027", "belopp": 3400000},
        {"titel": "Unga vuxna med psykisk ohälsa – Skövde", "url": None, "kommun": "Skövde", "period": "2025–2028", "belopp": 5000000}]},
        ensure_ascii=False, indent=1) + '\n')

    # decisions
    p = FUND + 'beslut/'
    w(H, p, page(p, 'Beslut', f'''<p>Regionutvecklingsnämnden beslutar om sociala investeringsmedel en gång per år. Här finns besluten per år.</p>
<ul class="{S}"><li class="{S}"><a href="{FUND}beslut/2025/" class="{S}">Beslut 2025</a></li><li class="{S}"><a href="{FUND}beslut/2024/" class="{S}">Beslut 2024</a></li><li class="{S}"><a href="{FUND}beslut/2023/" class="{S}">Beslut 2023</a></li></ul>''',
        tf + [('Beslut', p)], sub=True))
    p = FUND + 'beslut/2024/'
    w(H, p, page(p, 'Beslut 2024', f'''<p>Regionutvecklingsnämnden beslutade den 12 mars 2024 att bevilja sociala investeringsmedel till följande insatser.</p>
<table class="{S}"><thead><tr><th>Insats</th><th>Sökande</th><th>Period</th><th>Beviljat</th></tr></thead><tbody>
<tr><td><a href="{P2}" class="{S}">Unga till arbete i Alingsås</a></td><td>Alingsås kommun, Närhälsan Alingsås</td><td>2024–2027</td><td>3 400 000 kr</td></tr>
<tr><td>Hälsosamma skolmåltider – Mariestad</td><td>Mariestads kommun, Skaraborgs sjukhus</td><td>2024–2026</td><td>1 200 000 kr</td></tr>
<tr><td>Hälsopromotörer i tandvården</td><td>Folktandvården, Borås, Trollhättan och Uddevalla</td><td>2024–2026</td><td>5 600 000 kr</td></tr>
</tbody></table>''', tf + [('Beslut', FUND + 'beslut/'), ('Beslut 2024', p)], sub=True))
    p = FUND + 'beslut/2025/'
    w(H, p, page(p, 'Beslut 2025', f'''<p>Regionutvecklingsnämnden beslutade den 17 juni 2025 att bevilja sociala investeringsmedel till följande insatser.</p>
<table class="{S}"><thead><tr><th>Insats</th><th>Sökande</th><th>Period</th><th>Beviljat</th></tr></thead><tbody>
<tr><td><a href="{P1}" class="{S}">Föräldraskap i nytt land – Lidköping</a></td><td>Lidköpings kommun, Närhälsan</td><td>2025–2027</td><td>2 850 000 kr</td></tr>
<tr><td>Barnhälsoteam i Angered</td><td>Göteborgs Stad, Barnhälsovården</td><td>2025–2028</td><td>4 200 000 kr</td></tr>
<tr><td>Seniorhälsa på Hisingen</td><td>Göteborgs Stad, Närhälsan</td><td>2025–2027</td><td>1 950 000 kr</td></tr>
<tr><td>Unga vuxna med psykisk ohälsa – Skövde</td><td>Skövde kommun, Skaraborgs sjukhus</td><td>2025–2028</td><td>5 000 000 kr</td></tr>
</tbody></table>''', tf + [('Beslut', FUND + 'beslut/'), ('Beslut 2025', p)], sub=True))

    # projects
    tl = tf + [('Pågående investeringar', LIST)]

    def proj(path, title, lead, rows, more):
        dl = ''.join(f'<p class="{S}"><strong class="{S}">{k}:</strong> {v}</p>' for k, v in rows)
        w(H, path, page(path, title, dl + more, tl + [(title, path)], sub=True, node=11, lead=lead))

    proj(P1, 'Föräldraskap i nytt land – Lidköping', 'Föräldrastöd, språk och samhällsinformation för föräldrar som är nya i Sverige.', [
        ('Samverkansparter', 'Lidköpings kommun och Närhälsan Lidköping familjecentral'),
        ('Syfte', 'Att ge utrikesfödda föräldrar bättre möjligheter att stödja sina barns hälsa och skolgång, genom anpassade föräldragrupper och svenska för föräldralediga.'),
        ('Målgrupp', 'Utrikesfödda föräldrar i Lidköpings kommun med barn 0–12 år.'),
        ('Tidsperiod', '2025-01-01 till och med 2027-12-31'),
        ('Beviljade medel', '2 850 000 kronor')],
        '<h2>Innehåll</h2><p>Familjecentralens personal, barnmorskor och barnsjuksköterskor leder föräldragrupper med tolk. Träffarna tar upp barnets första tid, sömn, mat och hur skolan fungerar. Kommunens vuxenutbildning erbjuder svenskundervisning på familjecentralen för föräldralediga.</p>')
    proj(P2, 'Unga till arbete i Alingsås', 'Samordnat stöd för unga vuxna som varken arbetar eller studerar.', [
        ('Samverkansparter', 'Alingsås kommun (arbetsmarknadsenheten), Närhälsan Alingsås vårdcentral och Arbetsförmedlingen'),
        ('Syfte', 'Att fler unga mellan 16 och 24 år kommer i arbete eller studier genom att hälsa, stöd och arbetsträning samordnas.'),
        ('Målgrupp', 'Unga 16–24 år i Alingsås som varken arbetar eller studerar.'),
        ('Tidsperiod', '2024-03-01 till och med 2027-02-28'),
        ('Beviljade medel', '3 400 000 kronor')],
        '<h2>Innehåll</h2><p>En arbetsmarknadscoach och en psykosocial resurs från vårdcentralen arbetar i samma team. Deltagarna får en gemensam plan, och hälsoproblem som hindrar arbete tas om hand tidigt.</p>')
    proj(P3, 'Barnhälsoteam i Angered', 'Hembesök och uppsökande hälsoarbete för småbarnsfamiljer i Angered.', [
        ('Samverkansparter', 'Göteborgs Stad, stadsområde Nordost, Barnhälsovården och Folktandvården'),
        ('Syfte', 'Att fler barn i Angered ska delta i barnhälsovårdens program och få en god munhälsa, och att familjer som behöver stöd får det tidigt.'),
        ('Målgrupp', 'Familjer med barn 0–6 år i Angered.'),
        ('Tidsperiod', '2025-08-01 till och med 2028-07-31'),
        ('Beviljade medel', '4 200 000 kronor')],
        '<h2>Innehåll</h2><p>Teamet gör utökade hembesök, har öppna mottagningar på öppna förskolan och samarbetar med socialtjänstens familjebehandlare.</p>')
    proj(P4, 'Seniorhälsa på Hisingen', 'Förebyggande hembesök och mötesplatser för äldre som bor ensamma.', [
        ('Samverkansparter', 'Göteborgs Stad, stadsområde Hisingen, och Närhälsan Lundby vårdcentral'),
        ('Syfte', 'Att minska ofrivillig ensamhet och fallskador bland äldre och skjuta upp behovet av hemtjänst och särskilt boende.'),
        ('Målgrupp', 'Personer över 75 år på Hisingen som bor ensamma och inte har hemtjänst.'),
        ('Tidsperiod', '2025-04-01 till och med 2027-03-31'),
        ('Beviljade medel', '1 950 000 kronor')],
        '<h2>Innehåll</h2><p>En distriktssköterska och en träffpunktssamordnare gör förebyggande hembesök och bjuder in till balansträning och gemensamma luncher på träffpunkterna.</p>')

    # news
    w(H, '/aktuellt/', page('/aktuellt/', 'Aktuellt', f'''<ul class="{S}"><li class="{S}"><a href="/aktuellt/nyheter/" class="{S}">Nyheter</a></li><li class="{S}"><a href="/aktuellt/pressmeddelanden/" class="{S}">Pressmeddelanden</a></li><li class="{S}"><a href="/aktuellt/kalender/" class="{S}">Kalender</a></li></ul>''',
        [('Aktuellt', '/aktuellt/')]))
    for pg, chunk, path in ((1, ordered[:5], '/aktuellt/nyheter/'), (2, ordered[5:], '/aktuellt/nyheter/sida/2/')):
        cards = ''.join(card(t, p, d, tx) for p, t, d, tx, _ in chunk)
        pager = (f'<nav class="pagination {S}" aria-label="Sidnumrering"><a href="/aktuellt/nyheter/sida/2/" class="{S}" rel="next">Nästa sida</a></nav>' if pg == 1 else
                 f'<nav class="pagination {S}" aria-label="Sidnumrering"><a href="/aktuellt/nyheter/" class="{S}" rel="prev">Föregående sida</a></nav>')
        w(H, path, page(path, 'Nyheter' if pg == 1 else 'Nyheter – sida 2', f'<ul class="cards {S}">{cards}</ul>{pager}',
                        [('Aktuellt', '/aktuellt/'), ('Nyheter', '/aktuellt/nyheter/')], node=5))
    for p, t, d, tx, content in NEWS:
        w(H, p, page(p, t, f'<p class="date {S}"><time datetime="{d}">{d}</time></p>{content}', [('Aktuellt', '/aktuellt/'), ('Nyheter', '/aktuellt/nyheter/'), (t, p)], node=6, lead=tx))

    # jobs
    jp = '/jobba-hos-oss/lediga-jobb/samordnare-sociala-investeringar/'
    w(H, '/jobba-hos-oss/', page('/jobba-hos-oss/', 'Jobba hos oss', f'''<p>Västra Götalandsregionen har över 55 000 medarbetare inom vård, kultur, kollektivtrafik och regional utveckling.</p>
<h2 class="{S}">Utvalda jobb</h2><ul class="{S}"><li class="{S}"><a href="{jp}" class="{S}">Samordnare sociala investeringar, koncernkontoret</a></li></ul>
<p><a href="https://www.vgregion.se/jobba-hos-oss/lediga-jobb/" class="{S}">Alla lediga jobb</a></p>''', [('Jobba hos oss', '/jobba-hos-oss/')]))
    w(H, jp, page(jp, 'Samordnare sociala investeringar', '''<h2>Om jobbet</h2>
<p>Som samordnare ansvarar du för ansökningsomgångarna för de sociala investeringsmedlen, stöttar kommuner och regionens verksamheter i deras ansökningar och följer upp pågående insatser som Unga till arbete i Alingsås och Barnhälsoteam i Angered.</p>
<h2>Kvalifikationer</h2><ul><li>Akademisk examen inom folkhälsovetenskap, samhällsvetenskap eller motsvarande</li><li>Erfarenhet av samverkan mellan kommun och region</li><li>God förmåga att uttrycka dig i tal och skrift</li></ul>
<p><strong>Omfattning:</strong> Tillsvidare, heltid<br/><strong>Ort:</strong> Göteborg<br/><strong>Sista ansökningsdag:</strong> 2025-10-05</p>''',
        [('Jobba hos oss', '/jobba-hos-oss/'), ('Samordnare sociala investeringar', jp)], lead='Koncernkontoret söker en samordnare till arbetet med sociala investeringar.'))

    w(H, '/robots.txt', '''User-agent: *
Disallow: /sok/
Disallow: /mina-sidor/
Disallow: /preview/
Disallow: /api/internal/
Disallow: /*?kommun=
Disallow: /*?tema=

Sitemap: https://www.vgregion.se/sitemap.xml
''')
    urls = ['/', '/regional-utveckling/', '/regional-utveckling/social-hallbarhet/', FUND, FUND + 'sok-medel/', FUND + 'kriterier-and-villkor/'.replace('-and-', '-och-'),
            FUND + 'utvardering-och-larande/', LIST, FUND + 'beslut/', FUND + 'beslut/2024/', FUND + 'beslut/2025/', '/aktuellt/', '/aktuellt/nyheter/', '/jobba-hos-oss/']
    sm = ['<?xml version="1.0" encoding="UTF-8" ?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    sm += [f'\t<url><loc>{B}{u}</loc><changefreq>weekly</changefreq></url>' for u in urls]
    sm.append('</urlset>')
    w(H, '/sitemap.xml', '\n'.join(sm) + '\n')

    # Vårdgivarwebben
    def vpage(path, title, body, crumbs):
        cr = ' / '.join(f'<a href="{u}">{t}</a>' for t, u in crumbs)
        return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Vårdgivarwebben</title>
<link rel="canonical" href="https://{V}{path}">
<link rel="stylesheet" href="/static/css/vgw.css?v=4.2">
</head>
<body class="vgw">
<header class="vgw-header"><a href="/" class="vgw-logo"><img src="/static/img/vgr-logo.svg" alt="Västra Götalandsregionen – Vårdgivarwebben"></a>
<nav class="vgw-nav" aria-label="Huvudmeny"><ul><li><a href="/halsa-och-vard/">Hälsa och vård</a></li><li><a href="/kunskapsstod/">Kunskapsstöd</a></li><li><a href="/it/">IT</a></li><li><a href="/uppdrag-och-avtal/">Uppdrag och avtal</a></li></ul></nav>
<form action="/sok/" method="get" role="search"><input type="search" name="q" aria-label="Sök"><button>Sök</button></form></header>
<div class="vgw-breadcrumb">{cr}</div>
<main id="content" class="vgw-main"><h1>{title}</h1>
{body}
</main>
<footer class="vgw-footer"><p>Vårdgivarwebben är Västra Götalandsregionens webbplats för vårdgivare. <a href="https://www.vgregion.se/">vgregion.se</a></p></footer>
</body>
</html>
'''
    w(V, '/', vpage('/', 'Vårdgivarwebben', '<p>Information för dig som arbetar i vården i Västra Götaland.</p><ul><li><a href="/halsa-och-vard/">Hälsa och vård</a></li><li><a href="/kunskapsstod/">Kunskapsstöd</a></li></ul>', [('Start', '/')]))
    w(V, '/halsa-och-vard/tandvard/halsopromotorer-i-tandvarden/', vpage('/halsa-och-vard/tandvard/halsopromotorer-i-tandvarden/', 'Hälsopromotörer i tandvården', '''
<p class="ingress">Folktandvården har anställt hälsopromotörer som arbetar med familjer i områden där barnens tandhälsa är sämst.</p>
<p>Hälsopromotörerna samverkar med förskolor, öppna förskolor och familjecentraler i Borås, Trollhättan och Uddevalla. Syftet är att stödja hälsosamma levnadsvanor i familjer med barn 0–6 år och minska skillnaderna i tandhälsa mellan olika områden.</p>
<p>Arbetet finansieras med sociala investeringsmedel från Västra Götalandsregionen och pågår från den 1 januari 2024 till den 31 december 2026. Beviljat belopp är 5 600 000 kronor.</p>
<h2>Vad gör en hälsopromotör?</h2>
<p>Hälsopromotören håller i tandborstningsträffar på förskolan, ger hälsosamtal till familjer som behöver stöd och utbildar personal i förskolan om kost och munhälsa.</p>
<h2>Samverkansparter</h2><p>Folktandvården Västra Götaland, Borås Stad, Trollhättans Stad, Uddevalla kommun och Sjukhusen i väster.</p>
<p><strong>Kontakt:</strong> Folktandvårdens enhet för hälsofrämjande arbete</p>''',
        [('Start', '/'), ('Hälsa och vård', '/halsa-och-vard/'), ('Tandvård', '/halsa-och-vard/tandvard/')]))
    w(V, '/robots.txt', 'User-agent: *\nDisallow: /sok/\nDisallow: /admin/\n')
    return files


if __name__ == '__main__':
    fs = build()
    print(len(fs), 'files')
