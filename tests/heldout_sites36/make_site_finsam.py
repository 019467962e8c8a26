"""Samordningsförbundet Norra Bohuslän (Finsam: Lysekil 1484, Munkedal 1430, Sotenäs 1427, Strömstad 1486, Tanum
1435, Västra Götalandsregionen, Försäkringskassan, Arbetsförmedlingen) on a SMALL HAND-MADE SITE made in MICROSOFT
EXPRESSION WEB 4 in 2011 and kept up by the förbund's coordinator ever since – heldout_sites36.

Expression Web markup: meta generator 'Microsoft Expression Web 4.0', every page attached to the Dynamic Web Template
/mallar/huvudmall.dwt (the '<!-- #BeginTemplate "…" -->' / '<!-- #BeginEditable "innehall" -->' comments), the CSS
layout ids of Expression Web's prebuilt layouts (#container, #masthead, #top_nav, #left_col, #page_content,
#footer), its behaviours FP_swapImg / FP_preloadImgs / FP_jumpMenu, the FrontPage-era search component (a POST form
to _vti_bin/shtml.dll/sok.html) and timestamp webbots ('<!--webbot bot="Timestamp" …-->'). Every address is a
'.html' file; ALL LINKS DOCUMENT-RELATIVE ('insatser.html', '../insatser.html'); the start page /index.html is
served as / and linked as 'index.html' / '../index.html'.

THE MAIN MENU IS AN IMAGE MAP: the banner /bilder/toppbild.jpg with usemap="#huvudmeny" and a <map> of five <area
shape="rect"> (Start, Om förbundet, Insatser, Aktuellt, Kontakt). There is no text menu. Beside it a 'Snabbval' JUMP
MENU, a <select onchange="FP_jumpMenu(…)"> whose <option value>s are the only way to some pages for a visitor
(Ansök om medel, Styrelsen, Arkiv, Verksamhetsplan, Kalender, Gästbok). The footer has text links only to the start
page, Kontakt, the guest book, the statistics and the webmail.

THE LIST OF INSATSER IS A TABLE (/insatser.html) whose LAST COLUMN 'Mer information' holds the links ('Läs mer »');
the name column is plain text, the 'Kommun' column links the member municipalities' own sites, and one row links a
PDF instead of a page. Finished insatser are in a second table on /arkiv.html.
"""
import posixpath

from make_common import write, esc

H = 'www.finsamnorrabohuslan.se'

START = '/'
START_FILE = '/index.html'
OM = '/om.html'
INS = '/insatser.html'
C1 = '/insatser/steg-for-steg.html'
C2 = '/insatser/halsolotsen.html'
C3 = '/insatser/ungdomsbron.html'
C4 = '/insatser/grona-jobb.html'
COACH = '/insatser/finsamcoacher.html'
ARK = '/arkiv.html'
C5 = '/arkiv/kompassen.html'
AKT = '/aktuellt.html'
A_CALL = '/aktuellt/utlysning-2026.html'
A_DAG = '/aktuellt/finsamdagen-2026.html'
A_JOB = '/aktuellt/vi-soker-processledare.html'
A_STEG = '/aktuellt/steg-for-steg-har-startat.html'
A_RES = '/aktuellt/sa-gick-det-2025.html'
ANSOK = '/ansok.html'
VP = '/verksamhetsplan-2026.html'
AR24 = '/arsredovisning-2024.html'
STYR = '/styrelse.html'
KONTAKT = '/kontakt.html'

PROJECTS = [C1, C2, C3, C4, C5]
NOT_PROJECTS = [ANSOK, VP, AR24, COACH, A_CALL, A_DAG, A_JOB, A_RES]

SEARCH = '/_vti_bin/shtml.dll/sok.html'
FORMMAIL = '/cgi-bin/formmail.pl'
COUNTER = '/cgi-bin/counter.pl?sida=index'
GASTBOK = '/gastbok/gastbok.php'
KAL = '/kalender/kalender.php'
KAL_APR = '/kalender/kalender.php?manad=2026-04'
STAT = '/stat/awstats.pl?config=finsamnorrabohuslan'
WEBMAIL = '/webmail/'
PRIVATE = '/_private/styrelsen.html'


def forbidden():
    return [SEARCH, FORMMAIL, COUNTER, GASTBOK, KAL, KAL_APR, STAT, WEBMAIL, PRIVATE]


def rel(frm, to):
    """A document-relative link from page frm to page to, as Expression Web writes it."""
    frm_dir = posixpath.dirname(START_FILE if frm == START else frm)
    target = START_FILE if to == START else to
    q = ''
    if '?' in target:
        target, q = target.split('?', 1)
        q = '?' + q
    r = posixpath.relpath(target, frm_dir)
    if target.endswith('/') and not r.endswith('/'):
        r += '/'
    return r + q


AREAS = [('Start', START, '0,120,110,160'), ('Om förbundet', OM, '110,120,260,160'),
         ('Insatser', INS, '260,120,380,160'), ('Aktuellt', AKT, '380,120,500,160'),
         ('Kontakt', KONTAKT, '500,120,610,160')]
JUMP = [('Ansök om medel', ANSOK), ('Styrelsen', STYR), ('Arkiv', ARK), ('Verksamhetsplan 2026', VP),
        ('Kalender', KAL), ('Gästbok', GASTBOK)]

UPDATED = {}


def page(path, title, content, *, updated='2026-02-20', left_extra=''):
    r = lambda to: rel(path, to)
    areas = ''.join(f'\n    <area shape="rect" coords="{c}" href="{r(p)}" alt="{t}" title="{t}" />' for t, p, c in AREAS)
    opts = ''.join(f'\n      <option value="{r(p)}">{t}</option>' for t, p in JUMP)
    counter = ''
    if path == START:
        counter = f'\n  <p class="raknare">Du är besökare nummer <img src="{r(COUNTER)}" alt="räknare" width="88" height="18"></p>'
    head_title = 'Samordningsförbundet Norra Bohuslän' if path == START else f'{title} - Samordningsförbundet Norra Bohuslän'
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv"><!-- #BeginTemplate "{r('/mallar/huvudmall.dwt')}" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="Content-Language" content="sv" />
<meta name="GENERATOR" content="Microsoft Expression Web 4.0" />
<!-- #BeginEditable "doctitle" -->
<title>{esc(head_title)}</title>
<!-- #EndEditable -->
<link href="{r('/css/stil.css')}" rel="stylesheet" type="text/css" />
<script type="text/javascript">
<!--
function FP_swapImg() {{//v1.0
 var doc=document,args=arguments,elm,n; doc.$imgSwaps=new Array(); for(n=2; n<args.length;
 n+=2) {{ elm=FP_getObjectByID(args[n]); if(elm) {{ doc.$imgSwaps[doc.$imgSwaps.length]=elm;
 elm.$src=elm.src; elm.src=args[n+1]; }} }}
}}
function FP_jumpMenu(el,frm,sel) {{//v1.0
 var href=el.options[el.selectedIndex].value; if(sel) el.selectedIndex=0;
 if('_new'==frm) open(href); else eval(frm+".location='"+href+"'");
}}
// -->
</script>
</head>
<body>
<div id="container">
<div id="masthead">
  <img src="{r('/bilder/toppbild.jpg')}" width="900" height="160" usemap="#huvudmeny" alt="Samordningsförbundet Norra Bohuslän – Start, Om förbundet, Insatser, Aktuellt, Kontakt" style="border:0" />
  <map name="huvudmeny" id="huvudmeny">{areas}
  </map>
</div>
<div id="top_nav">
  <form name="snabbval" action="">
    <label for="snabbmeny">Snabbval:</label>
    <select name="snabbmeny" id="snabbmeny" onchange="FP_jumpMenu(this,'window',false)">
      <option value="" selected="selected">Välj sida ...</option>{opts}
    </select>
  </form>
</div>
<div id="left_col">
  <form method="post" action="{r(SEARCH)}" webbot-action="--WEBBOT-SELF--">
    <!--webbot bot="SaveResults" u-file="_private/form_results.csv" s-format="TEXT/CSV" s-label-fields="TRUE" -->
    <p><label for="sok">Sök på webbplatsen</label><br />
    <input type="text" name="SearchString" id="sok" size="16" /><input type="submit" value="Sök" /></p>
  </form>
  <p class="adress"><strong>Samordningsförbundet<br />Norra Bohuslän</strong><br />c/o Munkedals kommun<br />455 80 Munkedal<br />Tel 0524-180 00</p>{left_extra}
</div>
<div id="page_content">
<!-- #BeginEditable "innehall" -->
{content}
<!-- #EndEditable -->
</div>
<div id="footer">
  <p><a href="{r(START)}">Startsidan</a> | <a href="{r(KONTAKT)}">Kontakt</a> | <a href="{r(GASTBOK)}">Skriv i gästboken</a> | <a href="{r(STAT)}">Besöksstatistik</a> | <a href="{r(WEBMAIL)}">Webbmail</a></p>
  <p>Senast uppdaterad <!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%Y-%m-%d" startspan -->{updated}<!--webbot bot="Timestamp" endspan i-checksum="{sum(map(ord, path)) % 60000}" --></p>{counter}
</div>
</div>
</body>
<!-- #EndTemplate -->
</html>
'''


def insats(path, title, lead, facts, sections, contact, *, updated, back=INS, back_text='Tillbaka till insatserna'):
    r = lambda to: rel(path, to)
    fl = '<br />\n'.join(f'<b>{k}:</b> {v}' for k, v in facts)
    sx = ''
    for h, ps in sections:
        sx += f'\n<h2>{h}</h2>' + ''.join(f'\n<p>{p}</p>' for p in ps)
    content = f'''<h1>{esc(title)}</h1>
<p class="ingress">{lead}</p>
<p class="kortfakta">
{fl}
</p>{sx}
<h2>Kontakt</h2>
<p>{contact}</p>
<p><a href="{r(back)}">&laquo; {back_text}</a></p>'''
    return page(path, title, content, updated=updated)


def c1():
    return insats(C1, 'Steg för steg – Strömstad',
        'Steg för steg är en insats för personer i Strömstad som har varit sjukskrivna eller arbetslösa länge och som behöver stöd från flera myndigheter samtidigt.',
        [('Insatsägare', 'Strömstads kommun, arbetsmarknadsenheten'),
         ('Samverkansparter', 'Försäkringskassan, Arbetsförmedlingen och Strömstads vårdcentral (Västra Götalandsregionen)'),
         ('Period', '1 september 2025 – 31 augusti 2027'),
         ('Beviljade medel', '1 650 000 kronor från samordningsförbundet'),
         ('Målgrupp', 'Personer 20–64 år som har varit utan arbete eller sjukskrivna i mer än ett år'),
         ('Bemanning', 'Två handledare och en arbetsterapeut på halvtid'),
         ('Status', 'Pågår')],
        [('Bakgrund', ['I Strömstad har många som står långt från arbetsmarknaden kontakt med både kommunen, Försäkringskassan, Arbetsförmedlingen och vården, men ingen som håller ihop stödet.']),
         ('Så arbetar vi', ['Deltagaren får en handledare som följer hela vägen. Varje månad träffas deltagaren, handledaren och handläggarna från myndigheterna för att stämma av planen. Arbetsterapeuten gör en kartläggning av arbetsförmågan och deltagaren kan prova arbetsträning i kommunens verksamheter.'])],
        'Samordnare Steg för steg, Strömstads kommun, tel 0526-190 00', updated='2025-09-15')


def c2():
    return insats(C2, 'Hälsolotsen Lysekil',
        'Hälsolotsen är en insats på vårdcentralerna i Lysekil för sjukskrivna med lätt och medelsvår psykisk ohälsa. Målet är att deltagarna ska komma tillbaka till arbete tidigare.',
        [('Insatsägare', 'Västra Götalandsregionen, Närhälsan Lysekil vårdcentral'),
         ('Samverkansparter', 'Försäkringskassan, Arbetsförmedlingen och Lysekils kommun'),
         ('Period', '1 januari 2025 – 31 december 2026'),
         ('Beviljade medel', '1 200 000 kronor'),
         ('Målgrupp', 'Sjukskrivna 18–64 år med lätt eller medelsvår psykisk ohälsa'),
         ('Bemanning', 'En rehabkoordinator på heltid'),
         ('Status', 'Pågår')],
        [('Bakgrund', ['Sjukskrivningar för psykisk ohälsa är den vanligaste orsaken till långa sjukskrivningar i Lysekil. Kontakten med arbetsgivaren bryts ofta tidigt.']),
         ('Så arbetar vi', ['Hälsolotsen kontaktar den sjukskrivne inom två veckor, tar reda på vad som behövs och håller kontakten med arbetsgivaren, Försäkringskassan och vården. Deltagarna kan gå i en stressgrupp på vårdcentralen.'])],
        'Rehabkoordinator, Närhälsan Lysekil vårdcentral, tel 0523-66 70 00', updated='2025-03-02')


def c3():
    return insats(C3, 'Ungdomsbron Sotenäs och Tanum',
        'Ungdomsbron hjälper unga i Sotenäs och Tanum som varken arbetar eller studerar att hitta en väg till jobb eller utbildning.',
        [('Insatsägare', 'Sotenäs kommun, för Sotenäs och Tanum tillsammans'),
         ('Samverkansparter', 'Tanums kommun, Arbetsförmedlingen och ungdomsmottagningen i Hamburgsund'),
         ('Period', 'augusti 2025 – juni 2027'),
         ('Beviljade medel', '1 450 000 kronor från samordningsförbundet'),
         ('Målgrupp', 'Unga 16–29 år som varken arbetar eller studerar'),
         ('Bemanning', 'En coach i varje kommun'),
         ('Status', 'Pågår')],
        [('Varför behövs insatsen?', ['I de två kommunerna finns omkring 150 unga som varken arbetar eller studerar. Många bor långt från Arbetsförmedlingens kontor och har inte kontakt med någon myndighet.']),
         ('Så arbetar vi', ['Coacherna möter de unga där de är, på fritidsgården, biblioteket eller hemma. Tillsammans gör de en plan som kan innehålla praktik, studier på komvux eller kontakt med ungdomsmottagningen.'])],
        'Coach Ungdomsbron, Sotenäs kommun, tel 0523-66 40 00', updated='2025-08-25')


def c4():
    return insats(C4, 'Gröna jobb Munkedal',
        'Gröna jobb är en insats i Munkedal där deltagarna får arbetsträning i naturvård, odling och skötsel av kommunens friluftsområden.',
        [('Insatsägare', 'Munkedals kommun, arbetsmarknadsenheten'),
         ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan och Naturskyddsföreningen i Munkedal'),
         ('Period', '1 mars 2026 – 28 februari 2028'),
         ('Beviljade medel', '980 000 kronor från samordningsförbundet'),
         ('Målgrupp', 'Personer 25–64 år med försörjningsstöd eller aktivitetsersättning'),
         ('Bemanning', 'En arbetsledare och en handledare'),
         ('Status', 'Startar i mars 2026')],
        [('Bakgrund', ['Många som har försörjningsstöd i Munkedal har svårt att klara ett arbete inomhus eller i högt tempo. Arbete utomhus i grupp har i andra kommuner visat sig vara ett bra första steg.']),
         ('Så arbetar vi', ['Deltagarna arbetar tre till fem dagar i veckan i ett arbetslag. Handledaren har samtal med varje deltagare varannan vecka och hjälper till med nästa steg: praktik, studier eller anställning.'])],
        'Arbetsmarknadsenheten, Munkedals kommun, tel 0524-180 00', updated='2026-02-10')


def c5():
    return insats(C5, 'Kompassen',
        'Kompassen var en insats för unga vuxna med neuropsykiatriska funktionsnedsättningar i Lysekil och Munkedal. Insatsen är avslutad.',
        [('Insatsägare', 'Lysekils kommun'),
         ('Samverkansparter', 'Munkedals kommun, Försäkringskassan, Arbetsförmedlingen och vuxenpsykiatrin i Uddevalla'),
         ('Period', 'januari 2020 – december 2023'),
         ('Beviljade medel', '2 300 000 kronor'),
         ('Målgrupp', 'Unga vuxna 18–30 år med neuropsykiatriska funktionsnedsättningar'),
         ('Bemanning', 'Två coacher och en arbetsterapeut'),
         ('Status', 'Avslutad')],
        [('Resultat', ['Under insatsen deltog 61 personer. 26 av dem gick vidare till arbete eller studier. Slutrapporten visar att deltagarna med stöd av en coach i genomsnitt behövde fyra månader kortare tid till sin första praktikplats.',
                       'Insatsen är avslutad. Lysekils kommun har tagit över arbetssättet i sin arbetsmarknadsenhet.'])],
        'Samordningsförbundets kansli, tel 0524-180 00', updated='2024-03-12', back=ARK, back_text='Tillbaka till arkivet')


def coach():
    content = f'''<h1>Finsam-coacherna</h1>
<p class="ingress">Finsam-coacherna hjälper dig som har stöd från flera myndigheter och behöver någon som håller ihop kontakterna.</p>
<h2>Vem kan få stöd?</h2>
<p>Du som är mellan 18 och 64 år, bor i någon av förbundets fem kommuner och har kontakt med minst två av kommunen, Försäkringskassan, Arbetsförmedlingen och vården.</p>
<h2>Hur får jag kontakt?</h2>
<p>Din handläggare kan anmäla dig, eller så ringer du själv. Coacherna finns i Lysekil, Munkedal och Strömstad och träffar dig också i Sotenäs och Tanum.</p>
<h2>Bakgrund</h2>
<p>Finsam-coacherna började 2018 som en tidsbegränsad insats. Sedan 2023 är coacherna en del av förbundets ordinarie verksamhet och finns kvar tills vidare.</p>
<p><a href="{rel(COACH, INS)}">&laquo; Tillbaka till insatserna</a></p>'''
    return page(COACH, 'Finsam-coacherna', content, updated='2025-11-03')


def insatser():
    p = INS
    r = lambda to: rel(p, to)
    rows = [('Steg för steg', ('Strömstad', 'https://www.stromstad.se/'), '2025–2027', 'Långtidssjukskrivna och arbetslösa 20–64 år', r(C1), 'Läs mer &raquo;'),
            ('Hälsolotsen', ('Lysekil', 'https://www.lysekil.se/'), '2025–2026', 'Sjukskrivna med psykisk ohälsa', r(C2), 'Läs mer &raquo;'),
            ('Ungdomsbron', ('Sotenäs och Tanum', 'https://www.sotenas.se/'), '2025–2027', 'Unga 16–29 år', r(C3), 'Läs mer &raquo;'),
            ('Gröna jobb', ('Munkedal', 'https://www.munkedal.se/'), '2026–2028', 'Personer med försörjningsstöd', r(C4), 'Läs mer &raquo;'),
            ('Finsam-coacherna (ordinarie verksamhet)', ('Alla', None), 'Sedan 2018', 'Personer 18–64 år', r(COACH), 'Läs mer &raquo;'),
            ('Förstudie: hälsa och arbete i Tanum', ('Tanum', 'https://www.tanum.se/'), 'Våren 2026', '–', r('/dokument/forstudie-tanum.pdf'), 'Projektplan (pdf)')]
    tr = ''
    for name, (kn, ku), per, mg, href, lt in rows:
        kcell = f'<a href="{ku}">{kn}</a>' if ku else kn
        tr += f'''
  <tr>
    <td>{name}</td>
    <td>{kcell}</td>
    <td>{per}</td>
    <td>{mg}</td>
    <td><a href="{href}">{lt}</a></td>
  </tr>'''
    content = f'''<h1>Insatser</h1>
<p class="ingress">Samordningsförbundet finansierar insatser där kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen arbetar tillsammans för att fler ska kunna arbeta eller studera.</p>
<table class="insatstabell" border="1" cellpadding="4" cellspacing="0" summary="Pågående insatser">
  <caption>Pågående insatser 2026</caption>
  <tr>
    <th>Insats</th>
    <th>Kommun</th>
    <th>Period</th>
    <th>Målgrupp</th>
    <th>Mer information</th>
  </tr>{tr}
</table>
<p>Avslutade insatser och deras resultat finns i <a href="{r(ARK)}">arkivet</a>.</p>'''
    return page(p, 'Insatser', content, updated='2026-02-20')


def arkiv():
    p = ARK
    r = lambda to: rel(p, to)
    content = f'''<h1>Arkiv</h1>
<p class="ingress">Här finns insatser som är avslutade och äldre dokument.</p>
<table class="insatstabell" border="1" cellpadding="4" cellspacing="0" summary="Avslutade insatser">
  <caption>Avslutade insatser</caption>
  <tr>
    <th>Insats</th>
    <th>Kommun</th>
    <th>Period</th>
    <th>Mer information</th>
  </tr>
  <tr>
    <td>Kompassen</td>
    <td>Lysekil och Munkedal</td>
    <td>2020–2023</td>
    <td><a href="{r(C5)}">Läs mer &raquo;</a></td>
  </tr>
  <tr>
    <td>Motivationslyftet</td>
    <td>Strömstad</td>
    <td>2016–2018</td>
    <td><a href="{r('/dokument/slutrapport-motivationslyftet.pdf')}">Slutrapport (pdf)</a></td>
  </tr>
</table>
<h2>Äldre dokument</h2>
<ul>
  <li><a href="{r(AR24)}">Årsredovisning 2024 i korthet</a></li>
  <li><a href="{r('/dokument/verksamhetsplan-2025.pdf')}">Verksamhetsplan 2025 (pdf)</a></li>
</ul>'''
    return page(p, 'Arkiv', content, updated='2025-04-02')


def om():
    p = OM
    r = lambda to: rel(p, to)
    content = f'''<h1>Om förbundet</h1>
<p class="ingress">Samordningsförbundet Norra Bohuslän bildades 2010. Medlemmar är Lysekils, Munkedals, Sotenäs, Strömstads och Tanums kommuner, Västra Götalandsregionen, Försäkringskassan och Arbetsförmedlingen.</p>
<p>Förbundet arbetar med finansiell samordning enligt lagen om finansiell samordning av rehabiliteringsinsatser. Medlemmarna betalar tillsammans in 5,2 miljoner kronor per år.</p>
<h2>Styrning</h2>
<p>Förbundet leds av en <a href="{r(STYR)}">styrelse</a> med en ledamot från varje medlem. Det som ska göras varje år står i <a href="{r(VP)}">verksamhetsplanen</a>, och resultatet redovisas i <a href="{r(AR24)}">årsredovisningen</a>.</p>
<h2>Söka medel</h2>
<p>Medlemmarna kan söka medel till nya insatser. Läs mer under <a href="{r(ANSOK)}">Ansök om medel</a>.</p>
<p>Avslutade insatser finns i vårt <a href="{r(ARK)}">arkiv</a>.</p>
<p class="intern"><a href="{r(PRIVATE)}" rel="nofollow">Styrelsens sidor (lösenord)</a></p>'''
    return page(p, 'Om förbundet', content, updated='2025-06-11')


def styrelse():
    content = '''<h1>Styrelsen</h1>
<table border="0" cellpadding="3">
  <tr><td><b>Ordförande</b></td><td>Ledamot från Munkedals kommun</td></tr>
  <tr><td><b>Vice ordförande</b></td><td>Ledamot från Försäkringskassan</td></tr>
  <tr><td><b>Ledamöter</b></td><td>En ledamot var från Lysekil, Sotenäs, Strömstad, Tanum, Västra Götalandsregionen och Arbetsförmedlingen</td></tr>
</table>
<p>Styrelsen sammanträder sex gånger per år. Protokollen finns hos kansliet.</p>'''
    return page(STYR, 'Styrelsen', content, updated='2025-01-20')


def ansok():
    p = ANSOK
    r = lambda to: rel(p, to)
    content = f'''<h1>Ansök om medel</h1>
<p class="ingress">Här beskriver vi hur förbundets medlemmar ansöker om medel till en ny insats.</p>
<h2>Vem kan söka?</h2>
<p>Kommunerna, Västra Götalandsregionen, Försäkringskassan och Arbetsförmedlingen. Minst två medlemmar ska vara med i insatsen.</p>
<h2>Vad kan vi söka till?</h2>
<p>Insatser som hjälper personer som behöver samordnat stöd att komma närmare arbete eller studier. Insatsen ska vara tidsbegränsad, högst tre år.</p>
<h2>Hur går det till?</h2>
<ol>
  <li>Kontakta förbundschefen och diskutera idén.</li>
  <li>Fyll i ansökningsblanketten (<a href="{r('/dokument/ansokan.doc')}">Word</a>).</li>
  <li>Skicka ansökan till kansliet senast den 15 april.</li>
  <li>Styrelsen beslutar i juni.</li>
</ol>
<h2>Vad händer sedan?</h2>
<p>Beviljade insatser rapporterar deltagare i SUS och lämnar en lägesrapport varje halvår.</p>'''
    return page(p, 'Ansök om medel', content, updated='2025-11-20')


def vp():
    rows = [('Steg för steg', '825 000'), ('Hälsolotsen', '600 000'), ('Ungdomsbron', '725 000'), ('Gröna jobb', '410 000'),
            ('Finsam-coacherna', '1 450 000'), ('Kansli och styrelse', '900 000'), ('Nya insatser och förstudier', '290 000')]
    tr = ''.join(f'\n  <tr><td>{a}</td><td align="right">{b}</td></tr>' for a, b in rows)
    content = f'''<h1>Verksamhetsplan och budget 2026</h1>
<p class="ingress">Styrelsen fastställde verksamhetsplanen och budgeten för 2026 den 27 november 2025.</p>
<h2>Mål för 2026</h2>
<ul>
  <li>Minst 40 procent av deltagarna i insatserna ska gå vidare till arbete eller studier.</li>
  <li>Förbundet ska ordna två kompetensdagar för medlemmarnas personal.</li>
  <li>Samverkan med företagen i norra Bohuslän ska öka.</li>
</ul>
<h2>Budget 2026 (kronor)</h2>
<table border="1" cellpadding="3" cellspacing="0" summary="Budget 2026">
  <tr><th>Post</th><th>Budget</th></tr>{tr}
  <tr><td><b>Summa</b></td><td align="right"><b>5 200 000</b></td></tr>
</table>'''
    return page(VP, 'Verksamhetsplan och budget 2026', content, updated='2025-12-01')


def ar24():
    p = AR24
    content = f'''<h1>Årsredovisning 2024 i korthet</h1>
<p class="ingress">Under 2024 hade förbundet fem pågående insatser och 212 deltagare.</p>
<h2>Året i siffror</h2>
<table border="1" cellpadding="3" cellspacing="0" summary="Nyckeltal 2024">
  <tr><td>Deltagare</td><td>212</td></tr>
  <tr><td>Varav kvinnor</td><td>118</td></tr>
  <tr><td>Till arbete eller studier</td><td>71</td></tr>
  <tr><td>Intäkter</td><td>5 000 000 kronor</td></tr>
  <tr><td>Årets resultat</td><td>-184 000 kronor</td></tr>
</table>
<h2>Viktiga händelser</h2>
<p>Styrelsen beslutade att Finsam-coacherna ska bli ordinarie verksamhet. Slutrapporten för Kompassen visade goda resultat, se <a href="{rel(p, ARK)}">arkivet</a>.</p>
<p>Hela årsredovisningen finns som <a href="{rel(p, '/dokument/arsredovisning-2024.pdf')}">pdf</a>.</p>'''
    return page(p, 'Årsredovisning 2024 i korthet', content, updated='2025-04-02')


NEWS = [(A_CALL, 'Utlysning: medel för nya insatser 2026', '2026-02-16'),
        (A_DAG, 'Finsamdagen 2026', '2026-02-02'),
        (A_JOB, 'Vi söker en processledare', '2026-01-19'),
        (A_RES, 'Så gick det för insatserna 2025', '2026-01-12'),
        (A_STEG, 'Steg för steg har startat i Strömstad', '2025-09-15')]


def news(path, title, date, body):
    content = f'''<p class="datum">{date}</p>
<h1>{esc(title)}</h1>
{body}
<p><a href="{rel(path, AKT)}">&laquo; Alla nyheter</a></p>'''
    return page(path, title, content, updated=date)


def a_call():
    p = A_CALL
    return news(p, 'Utlysning: medel för nya insatser 2026', '2026-02-16', f'''<p class="ingress">Förbundet utlyser 600 000 kronor för nya insatser som kan starta hösten 2026.</p>
<p>Styrelsen prioriterar insatser för unga vuxna och för personer med psykisk ohälsa. Sista dag att skicka in en ansökan är den 15 april 2026.</p>
<p>Läs mer om hur ni ansöker på sidan <a href="{rel(p, ANSOK)}">Ansök om medel</a>.</p>''')


def a_dag():
    p = A_DAG
    return news(p, 'Finsamdagen 2026', '2026-02-02', f'''<p class="ingress">Välkommen till Finsamdagen, en dag för alla som arbetar med rehabilitering i norra Bohuslän.</p>
<p>Temat i år är unga vuxna och psykisk hälsa. Ungdomsbron och Hälsolotsen berättar om sitt första år.</p>
<table border="0" cellpadding="3" summary="Praktisk information">
  <tr><td><b>Datum</b></td><td>Torsdag 23 april 2026</td></tr>
  <tr><td><b>Tid</b></td><td>9.00–15.30</td></tr>
  <tr><td><b>Plats</b></td><td>Kulturhuset Oceanen, Lysekil</td></tr>
  <tr><td><b>Kostnad</b></td><td>Kostnadsfritt, lunch ingår</td></tr>
  <tr><td><b>Antal platser</b></td><td>120</td></tr>
  <tr><td><b>Sista anmälningsdag</b></td><td>9 april 2026</td></tr>
  <tr><td><b>Anmälan</b></td><td>Till kansliet, <a href="mailto:kansli@finsamnorrabohuslan.se">kansli@finsamnorrabohuslan.se</a></td></tr>
  <tr><td><b>Arrangör</b></td><td>Samordningsförbundet Norra Bohuslän</td></tr>
</table>
<p><a href="{rel(p, KAL_APR)}">Fler aktiviteter i april finns i kalendern</a></p>''')


def a_job():
    return news(A_JOB, 'Vi söker en processledare', '2026-01-19', '''<p class="ingress">Samordningsförbundet Norra Bohuslän söker en processledare som ska stödja insatserna och driva förbundets uppföljning.</p>
<p>Du stöttar insatsernas styrgrupper, sammanställer uppföljningen i SUS och håller i förbundets kompetensdagar.</p>
<table border="0" cellpadding="3" summary="Om tjänsten">
  <tr><td><b>Anställningsform</b></td><td>Visstidsanställning i två år</td></tr>
  <tr><td><b>Omfattning</b></td><td>Heltid</td></tr>
  <tr><td><b>Tillträde</b></td><td>1 april 2026</td></tr>
  <tr><td><b>Sista ansökningsdag</b></td><td>15 februari 2026</td></tr>
</table>
<p>Skicka din ansökan till förbundschefen, <a href="mailto:kansli@finsamnorrabohuslan.se">kansli@finsamnorrabohuslan.se</a>.</p>''')


def a_res():
    return news(A_RES, 'Så gick det för insatserna 2025', '2026-01-12', '''<p class="ingress">Under 2025 deltog 236 personer i förbundets insatser. 84 av dem gick vidare till arbete eller studier.</p>
<table border="1" cellpadding="3" cellspacing="0" summary="Deltagare 2025">
  <tr><th>Insats</th><th>Deltagare</th><th>Till arbete eller studier</th></tr>
  <tr><td>Hälsolotsen</td><td>58</td><td>31</td></tr>
  <tr><td>Steg för steg</td><td>22</td><td>4</td></tr>
  <tr><td>Ungdomsbron</td><td>35</td><td>12</td></tr>
  <tr><td>Finsam-coacherna</td><td>121</td><td>37</td></tr>
  <tr><td><b>Totalt</b></td><td><b>236</b></td><td><b>84</b></td></tr>
</table>
<p>Förbundschefen kommenterar: – Resultaten är bättre än förra året, särskilt för Hälsolotsen. Steg för steg startade först i september och har ännu få avslut.</p>''')


def a_steg():
    p = A_STEG
    return news(p, 'Steg för steg har startat i Strömstad', '2025-09-15', f'''<p class="ingress">Nu har den nya insatsen Steg för steg startat i Strömstad. Läs mer om den under Insatser i menyn.</p>
<p>De två handledarna har flyttat in i lokaler på Karlsgatan och tar emot de första deltagarna i oktober.</p>''')


def aktuellt():
    p = AKT
    li = ''.join(f'\n  <li>{d}: <a href="{rel(p, u)}">{esc(t)}</a></li>' for u, t, d in NEWS)
    content = f'''<h1>Aktuellt</h1>
<ul class="nyheter">{li}
</ul>
<p><a href="{rel(p, KAL)}">Se alla aktiviteter i kalendern</a></p>'''
    return page(p, 'Aktuellt', content, updated='2026-02-16')


def start():
    p = START
    li = ''.join(f'\n  <li>{d}: <a href="{rel(p, u)}">{esc(t)}</a></li>' for u, t, d in NEWS[:2])
    content = f'''<h1>Välkommen till Samordningsförbundet Norra Bohuslän</h1>
<p class="ingress">Vi finansierar samverkan mellan kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen för personer som behöver stöd för att kunna arbeta eller studera.</p>
<p>Förbundet har fem medlemskommuner: Lysekil, Munkedal, Sotenäs, Strömstad och Tanum.</p>
<h2>Senaste nytt</h2>
<ul class="nyheter">{li}
</ul>
<p><a href="{rel(p, AKT)}">Alla nyheter &raquo;</a></p>'''
    return page(p, 'Välkommen', content, updated='2026-02-16')


def kontakt():
    p = KONTAKT
    content = f'''<h1>Kontakt</h1>
<p>Förbundschef: telefon 0524-180 00, <a href="mailto:kansli@finsamnorrabohuslan.se">kansli@finsamnorrabohuslan.se</a></p>
<h2>Skicka ett meddelande</h2>
<form method="post" action="{rel(p, FORMMAIL)}">
  <input type="hidden" name="recipient" value="kansli@finsamnorrabohuslan.se" />
  <input type="hidden" name="subject" value="Meddelande från webbplatsen" />
  <p><label for="namn">Namn</label><br /><input type="text" name="namn" id="namn" size="30" /></p>
  <p><label for="meddelande">Meddelande</label><br /><textarea name="meddelande" id="meddelande" rows="6" cols="40"></textarea></p>
  <p><input type="submit" value="Skicka" /></p>
</form>'''
    return page(p, 'Kontakt', content, updated='2024-11-05')


def robots():
    return '''User-agent: *
Disallow: /_vti_bin/
Disallow: /_private/
Disallow: /_borders/
Disallow: /cgi-bin/
Disallow: /gastbok/
Disallow: /kalender/
Disallow: /stat/
Disallow: /webmail/
Disallow: /mallar/
Crawl-delay: 5
'''


def build():
    write(H, '/robots.txt', robots())
    for path, fn in [(START, start), (OM, om), (INS, insatser), (C1, c1), (C2, c2), (C3, c3), (C4, c4), (COACH, coach),
                     (ARK, arkiv), (C5, c5), (AKT, aktuellt), (A_CALL, a_call), (A_DAG, a_dag), (A_JOB, a_job),
                     (A_RES, a_res), (A_STEG, a_steg), (ANSOK, ansok), (VP, vp), (AR24, ar24), (STYR, styrelse),
                     (KONTAKT, kontakt)]:
        write(H, path, fn())
