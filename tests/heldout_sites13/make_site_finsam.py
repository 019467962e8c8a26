# www.samordningvastramalardalen.se: Samordningsförbundet Västra Mälardalen on WordPress 6.6 with the Divi 4 theme (no sitemap).
from make_sites_common import write
H = 'www.samordningvastramalardalen.se'
B = 'https://www.samordningvastramalardalen.se'

MENU = [('Om förbundet', '/om-forbundet/', [('Verksamhetsplan och budget', '/om-forbundet/verksamhetsplan-och-budget/'), ('Styrelse', '/om-forbundet/styrelse/')]),
        ('Insatser', '/insatser/', [('Steget vidare', '/insatser/steget-vidare/'), ('Avslutade insatser', '/insatser/avslutade-insatser/')]),
        ('Ansök om medel', '/ansok-om-medel/', [('Riktlinjer', '/ansok-om-medel/riktlinjer/')]),
        ('Uppföljning', '/uppfoljning-och-utvardering/', []),
        ('Nyheter', '/nyheter/', []), ('Kontakt', '/kontakt/', [])]

def menu(cur):
    out = []
    for i, (t, u, sub) in enumerate(MENU):
        cls = f'menu-item menu-item-type-post_type menu-item-object-page menu-item-{200 + i}'
        if sub: cls += ' menu-item-has-children'
        if u == cur: cls += ' current-menu-item'
        s = ''
        if sub:
            s = '<ul class="sub-menu">' + ''.join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{B}{su}">{st}</a></li>' for st, su in sub) + '</ul>'
        out.append(f'<li id="menu-item-{200 + i}" class="{cls}"><a href="{B}{u}">{t}</a>{s}</li>')
    return ''.join(out)

def sec(inner, n=0, cls=''):
    return f'''<div class="et_pb_section et_pb_section_{n} et_section_regular {cls}"><div class="et_pb_row et_pb_row_{n}"><div class="et_pb_column et_pb_column_4_4 et_pb_column_{n} et_pb_css_mix_blend_mode_passthrough et-last-child">{inner}</div></div></div>'''

def text(html, n=0):
    return f'<div class="et_pb_module et_pb_text et_pb_text_{n} et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">{html}</div></div>'

def page(title, path, body, kind='page', pid=100, bodycls=''):
    return f'''<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="{B}/xmlrpc.php" />
<title>{title} - Samordningsförbundet Västra Mälardalen</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="{B}{path}" />
<meta property="og:locale" content="sv_SE" />
<meta property="og:site_name" content="Samordningsförbundet Västra Mälardalen" />
<link rel="alternate" type="application/rss+xml" title="Samordningsförbundet Västra Mälardalen &raquo; Webbflöde" href="{B}/feed/" />
<link rel='stylesheet' id='divi-style-parent-css' href='{B}/wp-content/themes/Divi/style-static.min.css?ver=4.27.1' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-css' href='{B}/wp-content/themes/samordning-child/style.css?ver=4.27.1' type='text/css' media='all' />
<link rel="https://api.w.org/" href="{B}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{B}/wp-json/wp/v2/{'pages' if kind == 'page' else 'posts'}/{pid}" />
<link rel='shortlink' href='{B}/?p={pid}' />
<meta name="generator" content="WordPress 6.6.2" />
<meta name="generator" content="Divi v.4.27.1" />
</head>
<body class="{kind}-template-default {kind} {'page-id' if kind == 'page' else 'postid'}-{pid} et_pb_button_helper_class et_fullwidth_nav et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns3 et_right_sidebar et_divi_theme et-db {bodycls}">
<div id="page-container">
<header id="main-header" data-height-onload="66">
 <div class="container clearfix et_menu_container">
  <div class="logo_container"><span class="logo_helper"></span><a href="{B}/"><img src="{B}/wp-content/uploads/2021/03/logo-samordningsforbundet-vm.png" width="300" height="80" alt="Samordningsförbundet Västra Mälardalen" id="logo" data-height-percentage="54" /></a></div>
  <div id="et-top-navigation" data-height="66" data-fixed-height="40">
   <nav id="top-menu-nav"><ul id="top-menu" class="nav">{menu(path)}</ul></nav>
   <div id="et_top_search"><span id="et_search_icon"></span></div>
  </div>
 </div>
 <div class="et_search_outer"><div class="container et_search_form_container">
  <form role="search" method="get" class="et-search-form" action="{B}/"><input type="search" class="et-search-field" placeholder="Sök &hellip;" value="" name="s" title="Sök efter:" /></form>
 </div></div>
</header>
<div id="et-main-area">
<div id="main-content">
{body}
</div>
<footer id="main-footer">
 <div class="container"><div id="footer-widgets" class="clearfix">
  <div class="footer-widget"><div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">Kontakt</h4><div class="textwidget"><p>Samordningsförbundet Västra Mälardalen<br />Box 214, 731 24 Köping<br />Förbundschef Maria Lindqvist<br />070-123 45 67</p></div></div></div>
  <div class="footer-widget"><div id="block-4" class="fwidget et_pb_widget widget_block"><h4 class="title">Arkiv</h4><ul class="wp-block-archives-list wp-block-archives">
   <li><a href="{B}/2026/">2026</a></li><li><a href="{B}/2025/">2025</a></li><li><a href="{B}/2024/">2024</a></li><li><a href="{B}/2023/">2023</a></li></ul></div></div>
  <div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Om webbplatsen</h4><div class="menu-sidfot-container"><ul id="menu-sidfot" class="menu">
   <li class="menu-item"><a href="{B}/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
   <li class="menu-item"><a href="{B}/personuppgifter/">Behandling av personuppgifter</a></li>
   <li class="menu-item"><a href="{B}/wp-login.php" rel="nofollow">Logga in</a></li></ul></div></div></div>
 </div></div>
 <div id="footer-bottom"><div class="container clearfix"><p id="footer-info">Medlemmar: Köpings, Arboga och Kungsörs kommuner, Region Västmanland, Försäkringskassan och Arbetsförmedlingen.</p></div></div>
</footer>
</div>
</div>
<script type="text/javascript" src="{B}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{B}/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.1" id="divi-custom-script-js"></script>
</body>
</html>
'''

def article_page(title, path, date, cats, body, pid):
    cat = ', '.join(f'<a href="{B}/category/{c.lower()}/" rel="category tag">{c}</a>' for c in cats)
    inner = f'''<div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-{pid}" class="et_pb_post post-{pid} post type-post status-publish format-standard hentry">
<div class="et_post_meta_wrapper"><h1 class="entry-title">{title}</h1><p class="post-meta"><span class="published">{date}</span></p></div>
<div class="entry-content">{body}</div>
</article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="{B}/"><label class="screen-reader-text" for="s">Sök efter:</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="Sök" /></form></div></div>
</div></div>'''
    return page(title, path, inner, kind='single', pid=pid, bodycls='single-post')

POSTS = {
 'frukost': ('/valkommen-pa-frukostseminarium-om-psykisk-halsa/', 'Välkommen på frukostseminarium om psykisk hälsa', '1 okt 2026', ['Nyheter'], 611),
 'call': ('/utlysning-ansok-om-medel-for-2027/', 'Utlysning: ansök om medel för 2027', '15 sep 2026', ['Nyheter'], 604),
 'job': ('/vi-soker-en-processledare/', 'Vi söker en processledare', '20 aug 2026', ['Nyheter'], 598),
 'sprak': ('/sprak-och-arbete-har-startat-i-kungsor/', 'Språk och arbete har startat i Kungsör', '9 apr 2026', ['Nyheter', 'Insatser'], 571),
 'vp': ('/styrelsen-har-antagit-verksamhetsplan-for-2026/', 'Styrelsen har antagit verksamhetsplan för 2026', '12 dec 2025', ['Nyheter'], 552),
 'steget': ('/steget-vidare-har-hjalpt-40-deltagare/', 'Steget vidare har hjälpt 40 deltagare', '18 jun 2024', ['Nyheter', 'Insatser'], 433),
 'arsmote': ('/forbundsstamma-i-arboga/', 'Förbundsstämma i Arboga', '23 apr 2024', ['Nyheter'], 421),
 'halsolots': ('/halsolotsen-avslutas-sa-gick-det/', 'Hälsolotsen avslutas – så gick det', '14 dec 2023', ['Insatser'], 377),
 'webb': ('/var-nya-webbplats-ar-pa-plats/', 'Vår nya webbplats är på plats', '2 mar 2023', ['Okategoriserat'], 312),
}

def bloglist(keys, pager=''):
    arts = []
    for i, k in enumerate(keys):
        u, t, d, cats, pid = POSTS[k]
        cat = ', '.join(f'<a href="{B}/category/{c.lower()}/" rel="tag">{c}</a>' for c in cats)
        arts.append(f'''<article id="post-{pid}" class="et_pb_post clearfix et_pb_blog_item_0_{i} post-{pid} post type-post status-publish format-standard hentry">
<h2 class="entry-title"><a href="{B}{u}">{t}</a></h2><p class="post-meta"><span class="published">{d}</span></p>
<div class="post-content"><div class="post-content-inner"><p>{EXCERPT[k]}</p></div><a href="{B}{u}" class="more-link">läs mer</a></div></article>''')
    return f'<div class="et_pb_module et_pb_blog_0 et_pb_posts et_pb_bg_layout_light"><div class="et_pb_ajax_pagination_container">{"".join(arts)}{pager}</div></div>'

EXCERPT = {
 'frukost': 'Den 5 november bjuder vi in till frukostseminarium om psykisk ohälsa och arbete på Köpings bibliotek.',
 'call': 'Nu kan förbundets medlemmar och deras verksamheter ansöka om medel för nya insatser 2027. Sista dag är 30 oktober.',
 'job': 'Vi söker en processledare på 50 procent som ska stödja insatserna och utveckla uppföljningen.',
 'sprak': 'En ny insats kombinerar sfi med praktik på arbetsplatser i Kungsör.',
 'vp': 'Styrelsen har antagit verksamhetsplan och budget för 2026. Förbundet fördelar 11,8 miljoner kronor.',
 'steget': 'Sedan starten i januari har 40 deltagare fått stöd, och 14 av dem har börjat arbeta eller studera.',
 'arsmote': 'Förbundsstämman hölls i Arboga stadshus och beviljade styrelsen ansvarsfrihet.',
 'halsolots': 'Efter drygt två år avslutas insatsen Hälsolotsen. Här är resultaten.',
 'webb': 'Nu har förbundet en egen webbplats med information om våra insatser.',
}

def pager(prev=None, nxt=None):
    l = f'<div class="alignleft"><a href="{B}{nxt}" >&laquo; Äldre inlägg</a></div>' if nxt else ''
    r = f'<div class="alignright"><a href="{B}{prev}" >Nyare inlägg &raquo;</a></div>' if prev else ''
    return f'<div class="pagination clearfix">{l}{r}</div>'

def build():
    P = {}
    P['/'] = page('Startsida', '/', sec(text('''<h1>Tillsammans för fler i arbete</h1>
<p>Samordningsförbundet Västra Mälardalen är en samverkan mellan Köpings, Arboga och Kungsörs kommuner, Region Västmanland, Försäkringskassan och Arbetsförmedlingen. Vi finansierar insatser för personer som behöver stöd från flera myndigheter för att komma närmare arbete eller studier.</p>'''), 0, 'et_pb_with_background')
      + sec(f'''<div class="et_pb_module et_pb_blurb et_pb_blurb_0"><div class="et_pb_blurb_content"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><a href="{B}/insatser/">Våra insatser</a></h4><div class="et_pb_blurb_description">Läs om de insatser förbundet finansierar just nu.</div></div></div></div>
<div class="et_pb_module et_pb_blurb et_pb_blurb_1"><div class="et_pb_blurb_content"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><a href="{B}/ansok-om-medel/">Ansök om medel</a></h4><div class="et_pb_blurb_description">Så söker ni pengar för en ny insats.</div></div></div></div>
<div class="et_pb_module et_pb_blurb et_pb_blurb_2"><div class="et_pb_blurb_content"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><a href="{B}/om-forbundet/">Om förbundet</a></h4><div class="et_pb_blurb_description">Finsam, medlemmar och styrelse.</div></div></div></div>''', 1)
      + sec('<h2>Senaste nytt</h2>' + bloglist(['frukost', 'call', 'job']), 2), pid=2, bodycls='home')

    P['/om-forbundet/'] = page('Om förbundet', '/om-forbundet/', sec(text(f'''<h1>Om förbundet</h1>
<p>Samordningsförbundet Västra Mälardalen bildades 2008 enligt lagen om finansiell samordning av rehabiliteringsinsatser (Finsam). Förbundet är en egen juridisk person med en styrelse där varje medlem har en ledamot.</p>
<p>Försäkringskassan och Arbetsförmedlingen står tillsammans för hälften av förbundets medel, Region Västmanland för en fjärdedel och de tre kommunerna för en fjärdedel. För 2026 är budgeten 11,8 miljoner kronor.</p>
<h2>Vad gör förbundet?</h2>
<p>Vi finansierar insatser som medlemmarna driver tillsammans, och vi ordnar utbildningar och nätverk för medarbetare. Förbundet har två anställda: en förbundschef och en processledare.</p>
<ul><li><a href="{B}/om-forbundet/verksamhetsplan-och-budget/">Verksamhetsplan och budget</a></li><li><a href="{B}/om-forbundet/styrelse/">Styrelse</a></li></ul>''')), pid=10)

    P['/om-forbundet/verksamhetsplan-och-budget/'] = page('Verksamhetsplan och budget', '/om-forbundet/verksamhetsplan-och-budget/', sec(text(f'''<h1>Verksamhetsplan och budget 2026</h1>
<p>Styrelsen antog verksamhetsplanen för 2026 den 11 december 2025. Planen beskriver förbundets mål, vilka insatser som finansieras och hur de ska följas upp.</p>
<h2>Mål för 2026</h2>
<ul><li>Minst 60 procent av deltagarna i förbundets insatser ska ha kommit närmare arbete eller studier när de avslutar insatsen.</li><li>Alla insatser ska följas upp i SUS, det nationella uppföljningssystemet.</li></ul>''')
      + f'''<div class="et_pb_module et_pb_toggle et_pb_toggle_0 et_pb_toggle_item et_pb_toggle_close"><h5 class="et_pb_toggle_title">Budget 2026 per insats</h5><div class="et_pb_toggle_content clearfix">
<p>Förbundets budget för 2026 är 11,8 miljoner kronor. Så här fördelas pengarna:</p>
<ul><li>Steget vidare, Köping: 2 100 000 kronor</li>
<li>Unga in, Arboga: 820 000 kronor</li>
<li><a href="{B}/ips/">IPS – individanpassat stöd till arbete</a>, alla tre kommunerna: 1 000 000 kronor</li>
<li>Språk och arbete, Kungsör: 950 000 kronor</li>
<li>Kompetensutveckling och nätverk: 600 000 kronor</li>
<li>Förbundets kansli: 1 900 000 kronor</li>
<li>Ej fördelat, för nya insatser 2027: 4 430 000 kronor</li></ul></div></div>
<div class="et_pb_module et_pb_toggle et_pb_toggle_1 et_pb_toggle_item et_pb_toggle_close"><h5 class="et_pb_toggle_title">Medlemmarnas bidrag</h5><div class="et_pb_toggle_content clearfix">
<p>Staten (Försäkringskassan och Arbetsförmedlingen) 5 900 000 kronor, Region Västmanland 2 950 000 kronor, Köpings kommun 1 520 000 kronor, Arboga kommun 830 000 kronor och Kungsörs kommun 600 000 kronor.</p></div></div>''', 0), pid=12)

    P['/om-forbundet/styrelse/'] = page('Styrelse', '/om-forbundet/styrelse/', sec(text(f'''<h1>Styrelse</h1>
<p>Styrelsen består av en ledamot och en ersättare från varje medlem. Ordförande 2025–2026 är Eva Karlsson (Köpings kommun).</p>
<p>Styrelsen sammanträder sex gånger om året. Protokoll lämnas ut på begäran. Ledamöter hittar handlingarna på <a href="{B}/intern/styrelsehandlingar/">styrelsens interna sida</a>.</p>''')), pid=14)

    def card(t, u, d):
        return f'<div class="et_pb_module et_pb_blurb"><div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><a href="{B}{u}"><span class="et_pb_image_wrap"><img src="{B}/wp-content/uploads/2024/01/insats-{u.strip("/").split("/")[-1]}.jpg" alt="" /></span></a></div><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><a href="{B}{u}">{t}</a></h4><div class="et_pb_blurb_description"><p>{d}</p></div></div></div></div>'
    P['/insatser/'] = page('Insatser', '/insatser/', sec(text('''<h1>Insatser</h1>
<p>Förbundet finansierar insatser som medlemmarna driver tillsammans. En insats riktar sig till personer mellan 16 och 64 år som behöver samordnat stöd för att kunna arbeta eller studera.</p>''')) +
      sec('<h2>Pågående insatser</h2>' + card('Steget vidare', '/insatser/steget-vidare/', 'Arbetsinriktad rehabilitering i Köping för dig som har varit borta från arbetslivet länge.')
          + card('Unga in – Arboga', '/insatser/unga-in-arboga/', 'Stöd till unga vuxna som varken arbetar eller studerar.')
          + card('Aktivitetshuset', '/insatser/aktivitetshuset/', 'Daglig struktur och aktiviteter för deltagare långt från arbetsmarknaden.'), 1)
      + sec(text(f'<p>Insatser som har avslutats hittar du under <a href="{B}/insatser/avslutade-insatser/">Avslutade insatser</a>.</p>'), 2), pid=20)

    fact = lambda rows: '<table class="faktatabell"><tbody>' + ''.join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows) + '</tbody></table>'
    P['/insatser/steget-vidare/'] = page('Steget vidare', '/insatser/steget-vidare/', sec(text('''<h1>Steget vidare</h1>
<p><strong>Steget vidare är en arbetsinriktad rehabilitering i Köping för personer som har varit sjukskrivna eller haft försörjningsstöd länge och som behöver stöd från flera myndigheter samtidigt.</strong></p>
<h2>Syfte</h2>
<p>Syftet är att deltagarna ska komma närmare arbete eller studier genom ett samordnat stöd där de inte behöver berätta sin historia för flera handläggare. Målet är att minst hälften av deltagarna ska börja arbeta, studera eller söka arbete när de avslutar insatsen.</p>
<h2>Så fungerar det</h2>
<p>Ett team med arbetskonsulent, arbetsterapeut och socialsekreterare träffar deltagaren varje vecka. Deltagaren får kartläggning, arbetsträning på en arbetsplats och hjälp att hantera sin hälsa. Försäkringskassan och Arbetsförmedlingen deltar i månatliga avstämningar.</p>''') + text(fact([
        ('Insatsägare', 'Köpings kommun, arbetsmarknadsenheten'), ('Samverkanspartner', 'Försäkringskassan, Arbetsförmedlingen och Region Västmanlands vårdcentraler i Köping'),
        ('Målgrupp', 'Personer 20–64 år som varit borta från arbetslivet i mer än ett år'), ('Period', '1 januari 2024 – 31 december 2026'),
        ('Finansiering', '6 300 000 kronor från Samordningsförbundet Västra Mälardalen, 2 100 000 kronor per år'), ('Antal platser', '25')]), 1)), pid=22)

    P['/insatser/unga-in-arboga/'] = page('Unga in – Arboga', '/insatser/unga-in-arboga/', sec(text('''<h1>Unga in – Arboga</h1>
<p>Unga in är en insats för unga vuxna mellan 16 och 29 år i Arboga som varken arbetar eller studerar. Många har avbrutit gymnasiet och en del har psykisk ohälsa.</p>
<p>Insatsen startade i augusti 2025 och pågår till juli 2027. Syftet är att fler unga ska börja studera eller få ett arbete och att ingen ska falla mellan stolarna när de fyller 20 år och kommunens aktivitetsansvar upphör. Två coacher söker upp de unga, ofta hemma eller på stan, och följer dem tills de har en stabil sysselsättning.</p>
<p>Samordningsförbundet finansierar Unga in med 1 640 000 kronor för hela perioden. Arboga kommun är insatsägare och samarbetar med Arbetsförmedlingen, ungdomsmottagningen och Arboga vuxenutbildning.</p>
<h2>Kontakt</h2><p>Coacherna nås via Arboga kommuns växel, 0589-870 00.</p>''')), pid=24)

    P['/insatser/avslutade-insatser/'] = page('Avslutade insatser', '/insatser/avslutade-insatser/', sec(text('''<h1>Avslutade insatser</h1>
<p>Här är insatser som förbundet har finansierat tidigare. Slutrapporter kan beställas från förbundschefen.</p>
<ul><li>Hälsolotsen, Köping och Kungsör, 2021–2023</li><li>Samverkansteam Arboga, 2018–2021</li><li>Arbetsträning i Kungsör, 2017–2020</li></ul>''')), pid=26)

    P['/insatser/avslutade-insatser/halsolotsen/'] = page('Hälsolotsen', '/insatser/avslutade-insatser/halsolotsen/', sec(text('''<h1>Hälsolotsen</h1>
<p><strong>Hälsolotsen var en insats för personer med försörjningsstöd i Köping och Kungsör som hade ohälsa men som inte hade fått vård eller sjukskrivning.</strong></p>
<p>Insatsen pågick från september 2021 till december 2023. Två hälsolotsar med bakgrund inom sjukvården hjälpte deltagarna att få kontakt med vården, förstå sina diagnoser och planera för rehabilitering. Syftet var att deltagarna skulle få rätt stöd och ersättning och på sikt kunna arbeta.</p>
<p>Samordningsförbundet finansierade Hälsolotsen med 2 450 000 kronor. Köpings kommun var insatsägare och Region Västmanland och Försäkringskassan deltog i styrgruppen.</p>
<h2>Resultat</h2>
<p>Totalt deltog 112 personer. 38 av dem fick en fastställd diagnos och rätt ersättning, och 21 gick vidare till Steget vidare eller annan arbetslivsinriktad rehabilitering. Arbetssättet lever kvar i Köpings kommuns försörjningsstödsenhet.</p>''')), pid=28)

    P['/insatser/sprak-och-arbete-kungsor/'] = page('Språk och arbete – Kungsör', '/insatser/sprak-och-arbete-kungsor/', sec(text('''<h1>Språk och arbete – Kungsör</h1>
<p>Språk och arbete kombinerar undervisning i svenska med praktik på arbetsplatser i Kungsör. Insatsen vänder sig till utrikes födda kvinnor och män som har varit inskrivna på Arbetsförmedlingen i mer än två år.</p>
<h2>Bakgrund och syfte</h2>
<p>Många deltagare har läst sfi länge men har svårt att använda svenskan i ett arbete. Syftet är att lära sig yrkessvenska på plats och att fler ska få en anställning inom vård, omsorg, lokalvård och handel.</p>
<h2>Tid och pengar</h2>
<ul><li><strong>Period:</strong> mars 2026 – februari 2028</li>
<li><strong>Budget:</strong> 1 900 000 kronor från samordningsförbundet. Kungsörs kommun bidrar dessutom med 400 000 kronor ur kommunens sociala investeringsfond.</li>
<li><strong>Insatsägare:</strong> Kungsörs kommun, vuxenutbildningen</li>
<li><strong>Samverkan:</strong> Arbetsförmedlingen och lokala arbetsgivare</li></ul>''')), pid=30)

    P['/ips/'] = page('IPS – individanpassat stöd till arbete', '/ips/', sec(text('''<h1>IPS – individanpassat stöd till arbete</h1>
<p>IPS är en evidensbaserad metod där personer med psykisk ohälsa får stöd att hitta och behålla ett arbete på den vanliga arbetsmarknaden. Arbetet börjar direkt, utan lång förberedande träning.</p>
<p>I Västra Mälardalen arbetar tre IPS-coacher tillsammans med Region Västmanlands psykiatriska öppenvård i Köping och kommunernas socialpsykiatri. Samordningsförbundet finansierar arbetet med 3 000 000 kronor under perioden januari 2025 – december 2027, alltså 1 000 000 kronor per år. Målet är att 40 procent av deltagarna ska ha ett arbete eller studera efter ett år.</p>
<p>Den som vill delta kan prata med sin kontakt inom psykiatrin eller socialpsykiatrin.</p>''')), pid=32)

    P['/ansok-om-medel/'] = page('Ansök om medel', '/ansok-om-medel/', sec(text(f'''<h1>Ansök om medel</h1>
<p>Förbundets medlemmar kan söka medel för insatser som de driver tillsammans. En ansökan ska alltid ha minst två medlemmar bakom sig.</p>
<h2>Så går det till</h2>
<ol><li>Diskutera idén med förbundschefen och i den lokala beredningsgruppen.</li>
<li>Skriv ansökan i förbundets mall: behov, målgrupp, mål, aktiviteter, budget och hur insatsen ska följas upp i SUS.</li>
<li>Skicka ansökan senast den 30 oktober för insatser som ska starta nästa år.</li>
<li>Styrelsen beslutar i december.</li></ol>
<p>Läs också förbundets <a href="{B}/ansok-om-medel/riktlinjer/">riktlinjer för finansiering</a>.</p>''')), pid=40)
    P['/ansok-om-medel/riktlinjer/'] = page('Riktlinjer', '/ansok-om-medel/riktlinjer/', sec(text('''<h1>Riktlinjer för finansiering av insatser</h1>
<ul><li>En insats finansieras i högst tre år åt gången.</li>
<li>Insatsen ska rikta sig till personer i åldern 16–64 år som behöver samordnade rehabiliteringsinsatser.</li>
<li>Medlemmarna ska bidra med egen tid, till exempel handläggare som deltar i teamet.</li>
<li>Insatsen ska ha en plan för hur arbetssättet kan bli en del av medlemmarnas ordinarie verksamhet.</li>
<li>Pengar som inte används betalas tillbaka till förbundet vid årets slut.</li></ul>''')), pid=42)
    P['/uppfoljning-och-utvardering/'] = page('Uppföljning och utvärdering', '/uppfoljning-och-utvardering/', sec(text('''<h1>Uppföljning och utvärdering</h1>
<p>Alla insatser registrerar deltagare i SUS, Sektorsövergripande system för uppföljning av samordningsförbund. Insatsägarna lämnar en rapport till styrelsen två gånger om året.</p>
<table><caption>Deltagare och resultat 2023–2025</caption><thead><tr><th>År</th><th>Deltagare</th><th>Till arbete eller studier</th></tr></thead>
<tbody><tr><td>2023</td><td>148</td><td>41 %</td></tr><tr><td>2024</td><td>171</td><td>44 %</td></tr><tr><td>2025</td><td>186</td><td>47 %</td></tr></tbody></table>
<p>Under 2025 gjorde Mälardalens universitet en utvärdering av förbundets arbete. Den visar att samverkan mellan myndigheterna har blivit bättre men att deltagarna ofta får vänta länge på vård.</p>''')), pid=44)
    P['/kontakt/'] = page('Kontakt', '/kontakt/', sec(text('<h1>Kontakt</h1><p>Förbundschef Maria Lindqvist, 070-123 45 67, maria.lindqvist@samordningvastramalardalen.se</p><p>Processledare: vakant</p><p>Postadress: Box 214, 731 24 Köping</p>')), pid=50)

    # posts
    body = {
     'frukost': '<p>Välkommen till ett frukostseminarium om psykisk ohälsa och arbete den 5 november klockan 8.00–10.00 på Köpings bibliotek. Forskaren Lena Åberg berättar om vad arbetsgivare kan göra.</p><p>Anmäl dig till förbundschefen senast den 28 oktober.</p>',
     'call': f'<p>Nu kan förbundets medlemmar ansöka om medel för nya insatser som ska starta 2027. Styrelsen har 4,4 miljoner kronor att fördela.</p><p>Styrelsen prioriterar insatser för unga vuxna och för personer med psykisk ohälsa. Sista dag att ansöka är den 30 oktober.</p><p>Läs mer på sidan <a href="{B}/ansok-om-medel/">Ansök om medel</a>.</p>',
     'job': '<p>Samordningsförbundet Västra Mälardalen söker en processledare på 50 procent. Du stöttar insatserna, till exempel Steget vidare och Unga in, ansvarar för uppföljningen i SUS och ordnar nätverksträffar.</p><p>Anställningen är ett vikariat till och med december 2027. Sista ansökningsdag är 15 september. Skicka din ansökan till förbundschefen.</p>',
     'sprak': f'<p>Den 2 mars startade insatsen Språk och arbete i Kungsör. Tolv deltagare har börjat och läser svenska tre dagar i veckan och har praktik två dagar.</p><p>– Det är på arbetsplatsen man lär sig orden man behöver, säger Samira Osman, som har praktik på ett äldreboende.</p><p><a href="{B}/insatser/sprak-och-arbete-kungsor/">Läs mer om Språk och arbete</a></p>',
     'vp': f'<p>Styrelsen har antagit verksamhetsplan och budget för 2026. Förbundet fördelar 11,8 miljoner kronor, varav 4,4 miljoner kronor är reserverade för nya insatser 2027.</p><p>Läs mer under <a href="{B}/om-forbundet/verksamhetsplan-och-budget/">Verksamhetsplan och budget</a>.</p>',
     'steget': f'<p>Steget vidare startade i januari. Sedan dess har 40 deltagare fått stöd, och 14 av dem har börjat arbeta eller studera.</p><p>– Jag har fått hjälp att förstå vad jag klarar av, säger en av deltagarna.</p><p><a href="{B}/insatser/steget-vidare/">Läs mer om Steget vidare</a></p>',
     'arsmote': '<p>Förbundsstämman hölls den 22 april i Arboga stadshus. Stämman beviljade styrelsen ansvarsfrihet för 2023.</p>',
     'halsolots': f'<p>Efter drygt två år avslutas insatsen Hälsolotsen vid årsskiftet. 112 personer har deltagit, och 38 av dem har fått en fastställd diagnos och rätt ersättning.</p><p>Arbetssättet tas nu över av Köpings kommuns försörjningsstödsenhet.</p><p><a href="{B}/insatser/avslutade-insatser/halsolotsen/">Läs mer om Hälsolotsen och resultaten</a></p>',
     'webb': '<p>Nu har samordningsförbundet en egen webbplats. Här hittar du information om förbundet, våra insatser och hur man ansöker om medel.</p>',
    }
    for k, (u, t, d, cats, pid) in POSTS.items():
        P[u] = article_page(t, u, d, cats, body[k], pid)

    P['/nyheter/'] = page('Nyheter', '/nyheter/', sec('<h1>Nyheter</h1>' + bloglist(['frukost', 'call', 'job', 'sprak', 'vp'], pager(nxt='/nyheter/page/2/'))), pid=60)
    P['/nyheter/page/2/'] = page('Nyheter', '/nyheter/page/2/', sec('<h1>Nyheter</h1>' + bloglist(['steget', 'arsmote'], pager(prev='/nyheter/'))), pid=60)
    def yeararch(y, keys):
        return page(f'{y}', f'/{y}/', f'<div class="container"><div id="content-area" class="clearfix"><div id="left-area"><h1 class="page-title">År: {y}</h1>{bloglist(keys)}</div></div></div>', kind='archive', pid=0, bodycls='archive date')
    P['/2024/'] = yeararch(2024, ['steget', 'arsmote'])
    P['/2023/'] = yeararch(2023, ['halsolots', 'webb'])

    P['/robots.txt'] = '''User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /wp-json/
Disallow: /?s=
Disallow: /search/
Disallow: /intern/
Disallow: /*?p=
'''
    for u, t in P.items():
        write(H, u, t)
    return P
