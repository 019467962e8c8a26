"""Samordningsförbundet Södra Hälsingland (Bollnäs 2183, Ovanåker 2121, Söderhamn 2182, Region Gävleborg,
Försäkringskassan, Arbetsförmedlingen) – a small hand-made site from the frames era – heldout_sites27.

The start address is a FRAMESET (index.html: topp.htm, meny.htm, start.htm, with a <noframes> list of links). Content
pages are static .htm files made in FrontPage 2003, laid out in tables (<font> tags, spacer gifs, a right column for
facts), written in pure ASCII with every å, ä and ö as an HTML entity, and linked with RELATIVE paths ('../', '../../').
The menu lives only in the menu frame (links target="huvud"); content pages link each other only in their text, their
breadcrumb line and their foot. 'Aktuellt' is split into a page per year (aktuellt/2024/index.htm …). The förbund's
projects are 'insatser', each on its own page; a finished insats is reached only from a news item in the 2023 archive.
"""
from make_common import write, urlset, ent

H = 'www.finsamsodrahalsingland.se'
NAME = 'Samordningsförbundet Södra Hälsingland'

INDEX = '/'                       # index.html, the frameset
TOPP = '/topp.htm'
MENY = '/meny.htm'
START = '/start.htm'
OM = '/om/index.htm'
FINSAM = '/om/finansiell-samordning.htm'
STYR = '/om/styrelse.htm'
VP = '/om/verksamhetsplan-2025.htm'
INS = '/insatser/index.htm'
I1 = '/insatser/ips.htm'
I2 = '/insatser/unglots.htm'
I3 = '/insatser/friskvagen.htm'
I4 = '/insatser/kvinnokraft.htm'
AVSL = '/insatser/avslutade.htm'
I5 = '/insatser/avslutade/motivationsgruppen.htm'
AKTH = '/insatser/aktivitetshuset.htm'          # a standing service that began as an insats
ANS = '/ansok/index.htm'
RIKT = '/ansok/riktlinjer.htm'
AKT = '/aktuellt/index.htm'
A24 = '/aktuellt/2024/index.htm'
A23 = '/aktuellt/2023/index.htm'
A22 = '/aktuellt/2022/index.htm'
N_CALL = '/aktuellt/2025/utlysning-hosten-2025.htm'
N_EV = '/aktuellt/2025/frukostseminarium.htm'
N_I4 = '/aktuellt/2025/kvinnokraft-startar.htm'
N_JOB = '/aktuellt/2024/processledare.htm'
N_I1 = '/aktuellt/2024/ips-har-startat.htm'
N_AR = '/aktuellt/2024/arsredovisning-2023.htm'
N_I5 = '/aktuellt/2023/motivationsgruppen-avslutas.htm'
N_LED = '/aktuellt/2023/nya-ledamoter.htm'
N_10 = '/aktuellt/2022/forbundet-10-ar.htm'
DOK = '/dokument/index.htm'
AR24 = '/dokument/arsredovisning-2024.htm'
KONTAKT = '/kontakt.htm'
KARTA = '/webbkarta.htm'

PROJECTS = [I1, I2, I3, I4, I5]

SOK = '/cgi-bin/sok.pl'
SOK_Q = ['?q=ips', '?q=ansokan']
KAL = '/cgi-bin/kalender.pl'
KAL_Q = '?manad=2025-11'
PROT = '/_private/protokoll/index.htm'
ADMIN = '/admin/login.asp'
UTSKRIFT = '/utskrift'


def forbidden():
    return ([SOK] + [SOK + q for q in SOK_Q] + [KAL, KAL + KAL_Q, PROT, ADMIN]
            + [UTSKRIFT + p for p in PROJECTS])


def rel(frm, to):
    """The relative address of `to` from the page `frm`, as the webmaster wrote it ('../insatser/ips.htm')."""
    a = frm.lstrip('/').split('/')[:-1]
    b = to.lstrip('/').split('/')
    i = 0
    while i < len(a) and i < len(b) - 1 and a[i] == b[i]:
        i += 1
    out = '../' * (len(a) - i) + '/'.join(b[i:])
    return out or 'index.html'


DOCTYPE = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
F = '<font face="Verdana, Arial, Helvetica, sans-serif" size="2">'
FS = '<font face="Verdana, Arial, Helvetica, sans-serif" size="1">'


def doc(path, title, body, crumb, right='', updated='2025-10-20', printable=False):
    """A content page: a table layout with a breadcrumb line, the text column and, when given, a right fact column."""
    r = lambda to: rel(path, to)
    trail = [f'<a href="{r(START)}">Startsida</a>'] + [f'<a href="{r(h)}">{n}</a>' for n, h in crumb[:-1]] + [crumb[-1][0]]
    right_td = f'''
    <td width="15"><img src="{r('/bilder/spacer.gif')}" width="15" height="1" alt=""></td>
    <td width="190" valign="top" bgcolor="#EEF3F7" class="hogerspalt">
{right}
    </td>''' if right else ''
    pr = f' | <a href="{r(UTSKRIFT + path)}" target="_blank">Utskriftsv&auml;nlig version</a>' if printable else ''
    html = f'''{DOCTYPE}
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>{title} - {NAME}</title>
<link rel="stylesheet" type="text/css" href="{r('/stil.css')}">
<script language="JavaScript" type="text/javascript">
<!--
// Visa sidan i ramarna om den oppnas direkt (frameset)
if (top.location == self.location) {{ top.location.href = "{r('/index.html')}?" + self.location.pathname; }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" text="#333333" link="#1B5E8C" vlink="#5A3D7A" alink="#C0392B" leftmargin="0" topmargin="10" marginwidth="0" marginheight="10">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
  <tr>
    <td width="15"><img src="{r('/bilder/spacer.gif')}" width="15" height="1" alt=""></td>
    <td valign="top">
      <table width="100%" border="0" cellpadding="3" cellspacing="0">
        <tr><td>{FS}Du &auml;r h&auml;r: {' &gt; '.join(trail)}</font></td></tr>
        <tr><td valign="top" class="innehall">
{body}
        </td></tr>
      </table>
    </td>{right_td}
    <td width="15"><img src="{r('/bilder/spacer.gif')}" width="15" height="1" alt=""></td>
  </tr>
</table>
<hr size="1" noshade color="#CCCCCC">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
  <tr><td>{FS}Senast uppdaterad: {updated}{pr} | <a href="{r(KONTAKT)}">Kontakt</a> | <a href="{r('/index.html')}" target="_top">Till startsidan</a></font></td></tr>
</table>
</body>
</html>
'''
    return ent(html)


def h1(t):
    return f'<h1><font face="Verdana, Arial, Helvetica, sans-serif" color="#1B5E8C">{t}</font></h1>'


def h2(t):
    return f'<h2><font face="Verdana, Arial, Helvetica, sans-serif" color="#1B5E8C" size="3">{t}</font></h2>'


def p(t):
    return f'<p>{F}{t}</font></p>'


def factbox(title, lines):
    rows = '<br>\n'.join(f'<b>{k}:</b> {v}' for k, v in lines)
    return f'''      <table width="100%" border="0" cellpadding="6" cellspacing="0">
        <tr><td bgcolor="#1B5E8C">{FS}<font color="#FFFFFF"><b>{title}</b></font></font></td></tr>
        <tr><td>{FS}{rows}</font></td></tr>
      </table>'''


# ---------------------------------------------------------------------------------------------------- frames and start
def frameset():
    links = [(START, 'Startsida'), (OM, 'Om förbundet'), (INS, 'Insatser'), (ANS, 'Ansöka om medel'),
             (AKT, 'Aktuellt'), (DOK, 'Dokument'), (KONTAKT, 'Kontakt'), (KARTA, 'Webbkarta')]
    lis = '\n'.join(f'<li><a href="{h.lstrip("/")}">{n}</a></li>' for h, n in links)
    return ent(f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>{NAME}</title>
<meta name="description" content="{NAME} - finansiell samordning av rehabilitering i Bollnäs, Ovanåker och Söderhamn.">
<meta name="keywords" content="samordningsförbund, finsam, finansiell samordning, rehabilitering, Bollnäs, Ovanåker, Söderhamn, Hälsingland">
</head>
<frameset rows="118,*" frameborder="0" border="0" framespacing="0">
  <frame name="topp" src="topp.htm" scrolling="no" noresize marginwidth="0" marginheight="0">
  <frameset cols="200,*" frameborder="0" border="0" framespacing="0">
    <frame name="meny" src="meny.htm" scrolling="auto" noresize marginwidth="0" marginheight="0">
    <frame name="huvud" src="start.htm" scrolling="auto" marginwidth="0" marginheight="0">
  </frameset>
  <noframes>
  <body bgcolor="#FFFFFF">
  <p><font face="Verdana" size="2">Den här webbplatsen använder ramar (frames), men din webbläsare visar inte ramar. Du kan ändå läsa sidorna här:</font></p>
  <ul>
{lis}
  </ul>
  <p><font face="Verdana" size="1">{NAME}, Box 154, 821 22 Bollnäs</font></p>
  </body>
  </noframes>
</frameset>
</html>
''')


def topp():
    return ent(f'''{DOCTYPE}
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{NAME}</title>
<link rel="stylesheet" type="text/css" href="stil.css">
</head>
<body bgcolor="#1B5E8C" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" height="118" border="0" cellpadding="0" cellspacing="0" background="bilder/topp_bakgrund.jpg">
  <tr>
    <td width="20"><img src="bilder/spacer.gif" width="20" height="1" alt=""></td>
    <td valign="middle"><a href="index.html" target="_top"><img src="bilder/logga.gif" width="330" height="70" border="0" alt="{NAME}"></a></td>
    <td valign="bottom" align="right">
      <form method="get" action="cgi-bin/sok.pl" target="huvud">
        <font face="Verdana" size="1" color="#FFFFFF">Sök på webbplatsen:</font>
        <input type="text" name="q" size="16"> <input type="submit" value="Sök">
      </form>
    </td>
    <td width="20"><img src="bilder/spacer.gif" width="20" height="1" alt=""></td>
  </tr>
</table>
</body>
</html>
''')


def meny():
    items = [(START, 'Startsida'), (OM, 'Om förbundet'), (FINSAM, '» Finansiell samordning'), (STYR, '» Styrelse'),
             (VP, '» Verksamhetsplan 2025'), (INS, 'Insatser'), (AVSL, '» Avslutade insatser'), (ANS, 'Ansöka om medel'),
             (RIKT, '» Riktlinjer'), (AKT, 'Aktuellt'), (KAL, 'Kalender'), (DOK, 'Dokument'), (KONTAKT, 'Kontakt'),
             (KARTA, 'Webbkarta')]
    rows = '\n'.join(f'''  <tr><td class="meny" height="22">{FS}<a href="{h.lstrip('/')}" target="huvud">{n}</a></font></td></tr>''' for h, n in items)
    return ent(f'''{DOCTYPE}
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Meny</title>
<link rel="stylesheet" type="text/css" href="stil.css">
<base target="huvud">
</head>
<body bgcolor="#EEF3F7" leftmargin="10" topmargin="15" marginwidth="10" marginheight="15">
<table width="170" border="0" cellpadding="2" cellspacing="0">
{rows}
  <tr><td height="30">&nbsp;</td></tr>
  <tr><td>{FS}<a href="admin/login.asp" target="_top">Redaktör</a></font></td></tr>
</table>
</body>
</html>
''')


def start():
    body = f'''{h1('Välkommen till Samordningsförbundet Södra Hälsingland')}
{p('Samordningsförbundet Södra Hälsingland är ett samarbete mellan Bollnäs, Ovanåkers och Söderhamns kommuner, Region Gävleborg, Försäkringskassan och Arbetsförmedlingen. Förbundet finansierar insatser som hjälper personer som behöver stöd från flera myndigheter samtidigt att komma närmare arbete eller studier.')}
{h2('Senaste nytt')}
<table width="100%" border="0" cellpadding="3" cellspacing="0">
  <tr><td width="90" valign="top">{FS}2025-10-15</font></td><td>{F}<a href="aktuellt/2025/frukostseminarium.htm">Frukostseminarium: Samverkan som fungerar</a></font></td></tr>
  <tr><td valign="top">{FS}2025-09-20</font></td><td>{F}<a href="aktuellt/2025/utlysning-hosten-2025.htm">Utlysning: sök medel för insatser 2026</a></font></td></tr>
  <tr><td valign="top">{FS}2025-09-02</font></td><td>{F}<a href="aktuellt/2025/kvinnokraft-startar.htm">Kvinnokraft Bollnäs har startat</a></font></td></tr>
</table>
{p('<a href="aktuellt/index.htm">Fler nyheter</a>')}
{h2('Våra insatser')}
{p('Just nu finansierar förbundet fyra insatser i de tre kommunerna. <a href="insatser/index.htm">Läs om våra insatser</a>.')}
{p('Snabbsök: <a href="cgi-bin/sok.pl?q=ips">IPS</a> | <a href="cgi-bin/sok.pl?q=ansokan">Ansökan</a>')}'''
    return doc(START, 'Startsida', body, [('Startsida', START)], updated='2025-10-15').replace(
        'Du &auml;r h&auml;r: <a href="start.htm">Startsida</a> &gt; Startsida', 'Du &auml;r h&auml;r: Startsida')


# ------------------------------------------------------------------------------------------------------------ om
def om():
    body = f'''{h1('Om förbundet')}
{p('Samordningsförbundet Södra Hälsingland bildades 2012. Förbundet är ett eget kommunalförbund enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser.')}
{h2('Medlemmar')}
<ul>
<li>{F}Bollnäs kommun</font></li>
<li>{F}Ovanåkers kommun</font></li>
<li>{F}Söderhamns kommun</font></li>
<li>{F}Region Gävleborg</font></li>
<li>{F}Försäkringskassan</font></li>
<li>{F}Arbetsförmedlingen</font></li>
</ul>
{p('Läs mer om <a href="finansiell-samordning.htm">hur finansiell samordning fungerar</a>, om <a href="styrelse.htm">styrelsen</a> och i <a href="verksamhetsplan-2025.htm">verksamhetsplanen för 2025</a>.')}'''
    return doc(OM, 'Om förbundet', body, [('Om förbundet', OM)], updated='2024-02-12')


def finsam():
    body = f'''{h1('Finansiell samordning')}
{p('Finansiell samordning betyder att myndigheterna lägger sina pengar i en gemensam budget och tillsammans bestämmer hur de ska användas. Staten, genom Försäkringskassan och Arbetsförmedlingen, står för hälften. Region Gävleborg står för en fjärdedel och de tre kommunerna delar på en fjärdedel efter antal invånare.')}
{h2('Vad gör förbundet?')}
{p('Förbundet finansierar insatser som ingen av myndigheterna kan göra ensam, och arbetar för att myndigheterna ska samverka bättre. Förbundet har ingen egen personal som träffar deltagare; insatserna drivs av medlemmarna.')}
{h2('Ett exempel')}
{p('<i>Exemplet är påhittat.</i> Anna är 34 år och har varit sjukskriven i två år för depression. Hon har kontakt med psykiatrin, Försäkringskassan och socialtjänsten, men ingen av dem har hela bilden. Genom en insats som förbundet finansierar får Anna en coach som samordnar kontakterna och stöttar henne i en arbetsträning. Efter ett år arbetar Anna halvtid.')}
{h2('Medlemmarnas bidrag 2025')}
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">
  <tr bgcolor="#EEF3F7"><th>{FS}Medlem</font></th><th>{FS}Andel</font></th><th>{FS}Kronor</font></th></tr>
  <tr><td>{FS}Försäkringskassan och Arbetsförmedlingen</font></td><td>{FS}50 %</font></td><td align="right">{FS}2 000 000</font></td></tr>
  <tr><td>{FS}Region Gävleborg</font></td><td>{FS}25 %</font></td><td align="right">{FS}1 000 000</font></td></tr>
  <tr><td>{FS}Bollnäs kommun</font></td><td>{FS}10,6 %</font></td><td align="right">{FS}424 000</font></td></tr>
  <tr><td>{FS}Söderhamns kommun</font></td><td>{FS}10,0 %</font></td><td align="right">{FS}400 000</font></td></tr>
  <tr><td>{FS}Ovanåkers kommun</font></td><td>{FS}4,4 %</font></td><td align="right">{FS}176 000</font></td></tr>
  <tr><td>{FS}<b>Summa</b></font></td><td>{FS}100 %</font></td><td align="right">{FS}<b>4 000 000</b></font></td></tr>
</table>'''
    return doc(FINSAM, 'Finansiell samordning', body, [('Om förbundet', OM), ('Finansiell samordning', FINSAM)], updated='2025-01-20')


def styrelse():
    body = f'''{h1('Styrelse')}
{p('Styrelsen har en ledamot och en ersättare från varje medlem. Styrelsen sammanträder sex gånger om året.')}
<table border="0" cellpadding="3" cellspacing="0">
  <tr><td>{F}Ordförande</font></td><td>{F}Karin Ståhl, Region Gävleborg</font></td></tr>
  <tr><td>{F}Vice ordförande</font></td><td>{F}Lars Höglund, Söderhamns kommun</font></td></tr>
  <tr><td>{F}Ledamot</font></td><td>{F}Eva Bergström, Bollnäs kommun</font></td></tr>
  <tr><td>{F}Ledamot</font></td><td>{F}Ove Mattsson, Ovanåkers kommun</font></td></tr>
  <tr><td>{F}Ledamot</font></td><td>{F}Helena Ek, Försäkringskassan</font></td></tr>
  <tr><td>{F}Ledamot</font></td><td>{F}Jonas Nyberg, Arbetsförmedlingen</font></td></tr>
</table>
{p('<a href="../_private/protokoll/index.htm">Protokoll (inloggning för ledamöter)</a>')}'''
    return doc(STYR, 'Styrelse', body, [('Om förbundet', OM), ('Styrelse', STYR)], updated='2025-01-08')


def verksamhetsplan():
    body = f'''{h1('Verksamhetsplan och budget 2025')}
{p('Styrelsen fastställde verksamhetsplanen och budgeten för 2025 den 22 november 2024. Planen gäller för 2025 med en plan för 2026–2027.')}
{h2('Mål för 2025')}
<ol>
<li>{F}Fler deltagare i förbundets insatser ska gå vidare till arbete eller studier.</font></li>
<li>{F}Medlemmarnas medarbetare ska känna till förbundet och dess insatser.</font></li>
<li>{F}Minst en ny insats för unga vuxna ska starta.</font></li>
</ol>
{h2('Budget 2025')}
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">
  <tr bgcolor="#EEF3F7"><th>{FS}Post</font></th><th>{FS}Budget 2025, kr</font></th></tr>
  <tr><td>{FS}IPS Södra Hälsingland</font></td><td align="right">{FS}950 000</font></td></tr>
  <tr><td>{FS}UngLots Söderhamn</font></td><td align="right">{FS}800 000</font></td></tr>
  <tr><td>{FS}Friskvägen Ovanåker</font></td><td align="right">{FS}400 000</font></td></tr>
  <tr><td>{FS}Nya insatser (ej fördelat)</font></td><td align="right">{FS}600 000</font></td></tr>
  <tr><td>{FS}Strukturövergripande arbete och utbildning</font></td><td align="right">{FS}250 000</font></td></tr>
  <tr><td>{FS}Kansli och styrelse</font></td><td align="right">{FS}1 050 000</font></td></tr>
  <tr><td>{FS}<b>Summa</b></font></td><td align="right">{FS}<b>4 050 000</b></font></td></tr>
</table>
{p('Underskottet på 50 000 kronor täcks av förbundets eget kapital.')}'''
    return doc(VP, 'Verksamhetsplan och budget 2025', body, [('Om förbundet', OM), ('Verksamhetsplan 2025', VP)], updated='2024-11-28')


# --------------------------------------------------------------------------------------------------------- insatser
def insatser():
    body = f'''{h1('Insatser')}
{p('Förbundet finansierar insatser som drivs av en eller flera av medlemmarna. Varje insats är tidsbegränsad och följs upp i det nationella uppföljningssystemet SUS.')}
{h2('Pågående insatser')}
<table width="100%" border="0" cellpadding="5" cellspacing="0">
  <tr>
    <td width="50%" valign="top" bgcolor="#F7F9FB">{F}<b><a href="ips.htm">IPS Södra Hälsingland</a></b><br>Stöd till arbete för personer med psykisk ohälsa. Alla tre kommunerna, 2024–2026.</font></td>
    <td width="50%" valign="top" bgcolor="#F7F9FB">{F}<b><a href="unglots.htm">UngLots Söderhamn</a></b><br>Lotsar för unga som varken arbetar eller studerar. 2024–2026.</font></td>
  </tr>
  <tr>
    <td valign="top" bgcolor="#F7F9FB">{F}<b><a href="friskvagen.htm">Friskvägen Ovanåker</a></b><br>Hälsa och arbetsträning efter lång sjukskrivning. 2025–2027.</font></td>
    <td valign="top" bgcolor="#F7F9FB">{F}<b><a href="kvinnokraft.htm">Kvinnokraft Bollnäs</a></b><br>Språk och arbete för utrikes födda kvinnor. 2025–2027.</font></td>
  </tr>
</table>
{p('<a href="avslutade.htm">Avslutade insatser</a>')}'''
    return doc(INS, 'Insatser', body, [('Insatser', INS)], updated='2025-09-02')


def avslutade():
    body = f'''{h1('Avslutade insatser')}
{p('Här är några av de insatser som förbundet har finansierat tidigare. Slutrapporterna finns under <a href="../dokument/index.htm">Dokument</a>.')}
<ul>
<li>{F}Motivationsgruppen Bollnäs (2021–2023)</font></li>
<li>{F}<a href="avslutade/jobbkompis.htm">Jobbkompis Söderhamn</a> (2020–2022)</font></li>
<li>{F}Aktivitetsbanken Ovanåker (2019–2021)</font></li>
</ul>
{h2('Insatser som blivit ordinarie verksamhet')}
<ul>
<li>{F}<a href="aktivitetshuset.htm">Aktivitetshuset Söderhamn</a></font></li>
</ul>'''
    return doc(AVSL, 'Avslutade insatser', body, [('Insatser', INS), ('Avslutade insatser', AVSL)], updated='2024-02-05')


def i1():
    body = f'''{h1('IPS Södra Hälsingland')}
{p('<b>IPS Södra Hälsingland är en insats som ger personer med psykisk ohälsa stöd att få och behålla ett arbete på den öppna arbetsmarknaden.</b>')}
{p('IPS står för Individual Placement and Support och är en metod med starkt vetenskapligt stöd. Deltagaren får en IPS-coach som hjälper till att hitta ett arbete utifrån deltagarens egna önskemål, och som sedan finns kvar som stöd både för deltagaren och arbetsgivaren. Coachen samarbetar med deltagarens behandlare i psykiatrin.')}
{h2('Syfte')}
{p('Att fler personer med psykisk ohälsa i Bollnäs, Ovanåker och Söderhamn ska få ett arbete och bli mindre beroende av sjukpenning och försörjningsstöd.')}
{h2('Så här går det till')}
<ol>
<li>{F}Behandlaren i psykiatrin berättar om IPS och frågar om deltagaren vill vara med.</font></li>
<li>{F}Deltagaren och coachen gör en karriärprofil tillsammans.</font></li>
<li>{F}Coachen kontaktar arbetsgivare och stöttar under anställningen.</font></li>
</ol>
{p('Insatsen följs upp med metodens trohetsskala en gång om året.')}'''
    right = factbox('Fakta om insatsen', [
        ('Period', '1 januari 2024 – 31 december 2026'),
        ('Finansiering', '2 850 000 kronor från samordningsförbundet för hela perioden'),
        ('Insatsägare', 'Region Gävleborg, psykiatrisk öppenvård Bollnäs'),
        ('Samverkan', 'Arbetsmarknadsenheterna i Bollnäs, Ovanåker och Söderhamn, Arbetsförmedlingen, Försäkringskassan'),
        ('Målgrupp', 'Personer 18–64 år med psykisk ohälsa som vill arbeta'),
        ('Bemanning', 'tre IPS-coacher på heltid'),
        ('Antal platser', '45 per år')]) + f'''
      <br>
      <table width="100%" border="0" cellpadding="6" cellspacing="0">
        <tr><td>{FS}<b>Kontakt</b><br>Malin Gustafsson, enhetschef<br>0278-62 41 10</font></td></tr>
      </table>'''
    return doc(I1, 'IPS Södra Hälsingland', body, [('Insatser', INS), ('IPS Södra Hälsingland', I1)], right, updated='2025-03-14', printable=True)


def i2():
    body = f'''{h1('UngLots Söderhamn')}
{p('UngLots är en insats för unga i Söderhamn som varken arbetar eller studerar. Två lotsar söker upp de unga, bygger en relation och följer med till de myndigheter och verksamheter som kan hjälpa dem vidare.')}
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC" width="100%">
  <tr bgcolor="#EEF3F7"><td colspan="2">{F}<b>Insatsen i korthet</b></font></td></tr>
  <tr><td width="35%">{F}Period</font></td><td>{F}augusti 2024 – juli 2026</font></td></tr>
  <tr><td>{F}Budget</font></td><td>{F}1 600 000 kronor från samordningsförbundet</font></td></tr>
  <tr><td>{F}Insatsägare</font></td><td>{F}Söderhamns kommun, arbetsmarknadsenheten</font></td></tr>
  <tr><td>{F}Samverkanspartner</font></td><td>{F}Arbetsförmedlingen, Försäkringskassan, Region Gävleborg (ungdomsmottagningen)</font></td></tr>
  <tr><td>{F}Målgrupp</font></td><td>{F}Unga 16–29 år som varken arbetar eller studerar</font></td></tr>
  <tr><td>{F}Personal</font></td><td>{F}två lotsar på heltid</font></td></tr>
</table>
{h2('Varför behövs UngLots?')}
{p('I Söderhamn finns omkring 300 unga som varken arbetar eller studerar och som inte har kontakt med någon myndighet. Ju längre tid det går, desto svårare blir det att komma tillbaka. Insatsen ska visa att ett tidigt, uppsökande stöd gör att fler unga går vidare till arbete eller studier.')}
{h2('Resultat hittills')}
{p('Under det första året har lotsarna haft kontakt med 64 unga. 22 av dem har börjat studera eller fått ett arbete.')}'''
    return doc(I2, 'UngLots Söderhamn', body, [('Insatser', INS), ('UngLots Söderhamn', I2)], updated='2025-08-21', printable=True)


def i3():
    body = f'''{h1('Friskvägen Ovanåker')}
{p('Friskvägen är en insats i Ovanåkers kommun för personer som har varit sjukskrivna länge och som behöver stöd för att orka börja arbeta igen.')}
{p('Insatsen pågår från mars 2025 till februari 2027 och finansieras med 980 000 kronor från samordningsförbundet. Deltagarna är 25–64 år och har varit sjukskrivna i mer än 180 dagar.')}
{p('Under tolv veckor träffas deltagarna i grupp två dagar i veckan på Hälsocentralen i Edsbyn. De får fysisk aktivitet, samtal om stress och sömn och stöd av en arbetsterapeut att planera en arbetsträning. Efter gruppen följer en arbetsträning hos en arbetsgivare i kommunen.')}
{p('Försäkringskassan är insatsägare och samarbetar med Hälsocentralen Edsbyn inom Region Gävleborg och med Ovanåkers kommuns arbetsmarknadsenhet. En fysioterapeut och en arbetsterapeut arbetar i insatsen, båda på halvtid.')}
{h2('Vem kan delta?')}
{p('Du kan inte anmäla dig själv. Din handläggare på Försäkringskassan eller din läkare på hälsocentralen kan föreslå att du deltar.')}'''
    return doc(I3, 'Friskvägen Ovanåker', body, [('Insatser', INS), ('Friskvägen Ovanåker', I3)], updated='2025-03-03', printable=True)


def i4():
    body = f'''{h1('Kvinnokraft Bollnäs')}
{p('Kvinnokraft Bollnäs är en ny insats för utrikes födda kvinnor som står långt från arbetsmarknaden. Insatsen kombinerar svenska med praktik och studiebesök hos arbetsgivare.')}
<p>{F}<b>Syfte</b><br>
Att fler utrikes födda kvinnor i Bollnäs ska komma närmare arbete eller studier och kunna försörja sig själva.</font></p>
<p>{F}<b>Målgrupp</b><br>
Utrikes födda kvinnor 20–64 år som har försörjningsstöd eller är inskrivna hos Arbetsförmedlingen</font></p>
<p>{F}<b>Period</b><br>
september 2025 – augusti 2027</font></p>
<p>{F}<b>Budget</b><br>
1 200 000 kronor från samordningsförbundet</font></p>
<p>{F}<b>Insatsägare</b><br>
Bollnäs kommun, vuxenutbildning och arbetsmarknad</font></p>
<p>{F}<b>Samverkan</b><br>
Arbetsförmedlingen, Studieförbundet Vuxenskolan</font></p>
<p>{F}<b>Bemanning</b><br>
en språkcoach och en arbetskonsulent</font></p>
{h2('Så arbetar vi')}
{p('Deltagarna träffas i grupper om tolv tre dagar i veckan. En dag i veckan ägnas åt praktik. Barnomsorg ordnas för dem som behöver det.')}'''
    return doc(I4, 'Kvinnokraft Bollnäs', body, [('Insatser', INS), ('Kvinnokraft Bollnäs', I4)], updated='2025-09-02', printable=True)


def i5():
    body = f'''{h1('Motivationsgruppen Bollnäs')}
{p('<b>Insatsen är avslutad.</b>')}
{p('Motivationsgruppen var en insats för personer med försörjningsstöd i Bollnäs som hade varit utan arbete länge. Insatsen pågick från oktober 2021 till december 2023 och fick 1 100 000 kronor från samordningsförbundet.')}
{p('<b>Insatsägare:</b> Bollnäs kommun, socialtjänsten (ekonomiskt bistånd)<br><b>Samverkan:</b> Arbetsförmedlingen, Hälsocentralen Bollnäs<br><b>Målgrupp:</b> Personer 20–64 år med försörjningsstöd i mer än ett år<br><b>Status:</b> Avslutad')}
{h2('Resultat')}
{p('78 personer deltog. 29 av dem gick vidare till arbete, studier eller en arbetsmarknadsinsats, och 11 fick en samordnad rehabiliteringsplan med Region Gävleborg.')}
{h2('Lärdomar')}
{p('Gruppen fungerade bäst för deltagare som också hade en egen handläggare som följde dem. Slutrapporten finns under <a href="../../dokument/index.htm">Dokument</a>.')}'''
    return doc(I5, 'Motivationsgruppen Bollnäs', body, [('Insatser', INS), ('Avslutade insatser', AVSL), ('Motivationsgruppen Bollnäs', I5)],
               updated='2024-01-10', printable=True)


def aktivitetshuset():
    body = f'''{h1('Aktivitetshuset Söderhamn')}
{p('Aktivitetshuset är en mötesplats för dig som är arbetslös eller sjukskriven och vill ha en meningsfull sysselsättning, träffa andra och ta ett första steg mot arbete.')}
{p('Aktivitetshuset startade 2017 som en insats med medel från samordningsförbundet. Sedan januari 2020 drivs Aktivitetshuset av Söderhamns kommun som en del av arbetsmarknadsenhetens ordinarie verksamhet, och förbundet finansierar inte längre verksamheten.')}
{h2('Öppettider')}
{p('Måndag–torsdag 9.00–15.00<br>Fredag 9.00–12.00<br>Adress: Köpmangatan 8, Söderhamn')}'''
    return doc(AKTH, 'Aktivitetshuset Söderhamn', body, [('Insatser', INS), ('Avslutade insatser', AVSL), ('Aktivitetshuset Söderhamn', AKTH)],
               updated='2023-04-17')


# ----------------------------------------------------------------------------------------------------------- ansök
def ansok():
    body = f'''{h1('Ansöka om medel')}
{p('Förbundets medlemmar kan söka medel för insatser som gäller personer i behov av samordnad rehabilitering.')}
{h2('Vem kan söka?')}
{p('En eller flera av förbundets medlemmar. Föreningar och företag kan vara med som samarbetspartner men kan inte söka själva.')}
{h2('När kan man söka?')}
{p('Ansökan lämnas senast den 15 mars eller den 15 oktober. Styrelsen beslutar på nästa sammanträde.')}
{h2('Hur går det till?')}
<ol>
<li>{F}Kontakta förbundschefen och berätta om er idé.</font></li>
<li>{F}Gör en förstudie om det behövs. Förbundet kan finansiera en förstudie med högst 100 000 kronor.</font></li>
<li>{F}Skriv ansökan tillsammans med de andra medlemmarna som berörs.</font></li>
<li>{F}Skicka ansökan till förbundets kansli.</font></li>
</ol>
{p('Läs <a href="riktlinjer.htm">riktlinjerna</a> innan ni skriver ansökan.')}'''
    return doc(ANS, 'Ansöka om medel', body, [('Ansöka om medel', ANS)], updated='2025-02-03')


def riktlinjer():
    body = f'''{h1('Riktlinjer för insatser')}
{p('Riktlinjerna fastställdes av styrelsen den 14 juni 2023.')}
<ol>
<li>{F}Insatsen ska rikta sig till personer 16–64 år som behöver samordnat stöd från minst två av medlemmarna.</font></li>
<li>{F}Minst två av förbundets medlemmar ska delta aktivt i insatsen.</font></li>
<li>{F}Insatsen ska vara tidsbegränsad, normalt högst tre år.</font></li>
<li>{F}Insatsen ska ha mål som går att följa upp och registrera deltagarna i SUS.</font></li>
<li>{F}Insatsägaren ska redovisa hur arbetssättet kan tas över av medlemmarna när finansieringen från förbundet upphör.</font></li>
<li>{F}Förbundet finansierar inte ordinarie verksamhet eller lokaler.</font></li>
</ol>
{h2('Redovisning')}
{p('Insatsägaren lämnar en lägesrapport i juni och december och en slutrapport senast tre månader efter att insatsen har avslutats.')}'''
    return doc(RIKT, 'Riktlinjer för insatser', body, [('Ansöka om medel', ANS), ('Riktlinjer', RIKT)], updated='2023-06-20')


# --------------------------------------------------------------------------------------------------------- aktuellt
def aktuellt_list(path, year, items, note=''):
    rows = '\n'.join(f'''  <tr><td width="90" valign="top">{FS}{d}</font></td><td>{F}<a href="{rel(path, h)}">{t}</a></font><br>{FS}{s}</font></td></tr>'''
                     for d, h, t, s in items)
    years = [('2025', AKT), ('2024', A24), ('2023', A23), ('2022', A22)]
    arkiv = ' | '.join((f'<b>{y}</b>' if y == year else f'<a href="{rel(path, h)}">{y}</a>') for y, h in years)
    body = f'''{h1('Aktuellt' if year == '2025' else f'Aktuellt {year}')}
{p(note) if note else ''}
<table width="100%" border="0" cellpadding="4" cellspacing="0">
{rows}
</table>
{p('Arkiv: ' + arkiv)}'''
    crumb = [('Aktuellt', AKT)] if year == '2025' else [('Aktuellt', AKT), (year, path)]
    return doc(path, 'Aktuellt' if year == '2025' else f'Aktuellt {year}', body, crumb, updated=f'{year}-12-20' if year != '2025' else '2025-10-15')


def aktuellt():
    html = aktuellt_list(AKT, '2025', [
        ('2025-10-15', N_EV, 'Frukostseminarium: Samverkan som fungerar', 'Välkommen till ett frukostseminarium den 13 november.'),
        ('2025-09-20', N_CALL, 'Utlysning: sök medel för insatser 2026', 'Sista dag att söka är den 15 oktober.'),
        ('2025-09-02', N_I4, 'Kvinnokraft Bollnäs har startat', 'Den första gruppen har börjat.')],
        note='Här hittar du nyheter från förbundet. Äldre nyheter finns i arkivet för varje år.')
    return html.replace(ent('<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">Arkiv:'),
                        ent(f'<p>{F}<a href="../cgi-bin/kalender.pl?manad=2025-11">Se alla träffar i kalendern</a></font></p>\n<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">Arkiv:'))


def a24():
    return aktuellt_list(A24, '2024', [
        ('2024-11-04', N_JOB, 'Förbundet söker processledare', 'Vi söker en processledare på 50 procent.'),
        ('2024-03-18', N_AR, 'Årsredovisningen för 2023 är klar', 'Styrelsen har godkänt årsredovisningen.'),
        ('2024-02-06', N_I1, 'IPS Södra Hälsingland har startat', 'De första deltagarna har träffat sina coacher.')])


def a23():
    return aktuellt_list(A23, '2023', [
        ('2023-12-18', N_I5, 'Motivationsgruppen avslutas – så gick det', 'Efter drygt två år avslutas Motivationsgruppen i Bollnäs.'),
        ('2023-03-09', N_LED, 'Nya ledamöter i styrelsen', 'Styrelsen har fått tre nya ledamöter.')])


def a22():
    return aktuellt_list(A22, '2022', [
        ('2022-05-30', N_10, 'Förbundet fyller tio år', 'I år är det tio år sedan förbundet bildades.')])


def news(path, title, date, paras, crumb_year):
    body = f'''{h1(title)}
{p('<i>' + date + '</i>')}
''' + '\n'.join(p(x) for x in paras)
    ylist = {'2025': AKT, '2024': A24, '2023': A23, '2022': A22}[crumb_year]
    crumb = [('Aktuellt', AKT), (title, path)] if crumb_year == '2025' else [('Aktuellt', AKT), (crumb_year, ylist), (title, path)]
    return doc(path, title, body, crumb, updated=date)


def n_call():
    return news(N_CALL, 'Utlysning: sök medel för insatser 2026', '2025-09-20', [
        'Nu kan förbundets medlemmar söka medel för nya insatser som ska starta under 2026. Sista dag att lämna ansökan är den 15 oktober 2025.',
        'Styrelsen har avsatt 1 500 000 kronor för nya insatser 2026. Den här gången prioriteras insatser för unga vuxna 18–29 år med psykisk ohälsa och insatser som gäller alla tre kommunerna.',
        'Läs mer under <a href="../../ansok/index.htm">Ansöka om medel</a> och i <a href="../../ansok/riktlinjer.htm">riktlinjerna</a>. Har du frågor? Kontakta förbundschefen Anders Wikström.'], '2025')


def n_ev():
    body = f'''{h1('Frukostseminarium: Samverkan som fungerar')}
{p('<i>2025-10-15</i>')}
{p('Välkommen till ett frukostseminarium om samverkan mellan myndigheter. Medarbetare från IPS Södra Hälsingland och UngLots Söderhamn berättar om sitt arbete.')}
<table border="0" cellpadding="3" cellspacing="0">
  <tr><td>{F}<b>Datum:</b></font></td><td>{F}13 november 2025</font></td></tr>
  <tr><td>{F}<b>Tid:</b></font></td><td>{F}08.00–10.00, frukost från 07.30</font></td></tr>
  <tr><td>{F}<b>Plats:</b></font></td><td>{F}Kulturhuset, Bollnäs</font></td></tr>
  <tr><td>{F}<b>Kostnad:</b></font></td><td>{F}Kostnadsfritt</font></td></tr>
  <tr><td>{F}<b>Sista anmälningsdag:</b></font></td><td>{F}6 november 2025</font></td></tr>
  <tr><td>{F}<b>Anmälan:</b></font></td><td>{F}till <a href="mailto:info@finsamsodrahalsingland.se">info@finsamsodrahalsingland.se</a></font></td></tr>
  <tr><td>{F}<b>Arrangör:</b></font></td><td>{F}{NAME}</font></td></tr>
</table>
{p('Seminariet vänder sig till medarbetare hos förbundets medlemmar.')}'''
    return doc(N_EV, 'Frukostseminarium: Samverkan som fungerar', body,
               [('Aktuellt', AKT), ('Frukostseminarium: Samverkan som fungerar', N_EV)], updated='2025-10-15')


def n_i4():
    return news(N_I4, 'Kvinnokraft Bollnäs har startat', '2025-09-02', [
        'I början av september började den första gruppen i Kvinnokraft Bollnäs. Tolv kvinnor ska under hösten läsa svenska, göra studiebesök och praktisera hos arbetsgivare i Bollnäs.',
        '– Många av kvinnorna har lång erfarenhet av arbete från sina hemländer, men har aldrig fått visa det här, säger språkcoachen Fatima Yusuf.',
        '<a href="../../insatser/kvinnokraft.htm">Läs mer om Kvinnokraft Bollnäs</a>'], '2025')


def n_job():
    body = f'''{h1('Förbundet söker processledare')}
{p('<i>2024-11-04</i>')}
{p('Samordningsförbundet Södra Hälsingland söker en processledare som ska stödja våra insatser, bland annat <a href="../../insatser/ips.htm">IPS Södra Hälsingland</a>, och utveckla samverkan mellan medlemmarna.')}
{h2('Om tjänsten')}
{p('Du håller ihop förbundets utvecklingsarbete, stöttar insatsägarna med uppföljning i SUS och planerar utbildningar för medlemmarnas medarbetare.')}
{h2('Kvalifikationer')}
{p('Högskoleexamen inom beteendevetenskap, socialt arbete eller liknande. Erfarenhet av processledning och samverkan mellan myndigheter.')}
{p('<b>Anställningsform:</b> Tillsvidareanställning<br><b>Omfattning:</b> 50 procent<br><b>Tillträde:</b> 1 februari 2025<br><b>Sista ansökningsdag:</b> 1 december 2024')}
{p('Skicka din ansökan till förbundschefen Anders Wikström.')}'''
    return doc(N_JOB, 'Förbundet söker processledare', body, [('Aktuellt', AKT), ('2024', A24), ('Förbundet söker processledare', N_JOB)],
               updated='2024-11-04')


def n_i1():
    return news(N_I1, 'IPS Södra Hälsingland har startat', '2024-02-06', [
        'I januari startade IPS Södra Hälsingland. De tre IPS-coacherna har nu träffat de första deltagarna, som har remitterats från psykiatrin i Bollnäs och Söderhamn.',
        '<a href="../../insatser/ips.htm">Läs mer om IPS Södra Hälsingland</a>'], '2024')


def n_ar():
    return news(N_AR, 'Årsredovisningen för 2023 är klar', '2024-03-18', [
        'Styrelsen har godkänt årsredovisningen för 2023. Den skickas nu till medlemmarna för beslut om ansvarsfrihet.',
        'Årsredovisningarna finns under <a href="../../dokument/index.htm">Dokument</a>.'], '2024')


def n_i5():
    return news(N_I5, 'Motivationsgruppen avslutas – så gick det', '2023-12-18', [
        'Vid årsskiftet avslutas Motivationsgruppen i Bollnäs, som har drivits av socialtjänsten sedan oktober 2021 med pengar från förbundet. 78 personer har deltagit, och 29 av dem har gått vidare till arbete, studier eller en arbetsmarknadsinsats.',
        'Socialtjänsten tar med sig arbetssättet in i sitt ordinarie arbete med ekonomiskt bistånd, men gruppverksamheten läggs ner.',
        '<a href="../../insatser/avslutade/motivationsgruppen.htm">Läs mer om insatsen och resultaten</a>'], '2023')


def n_led():
    return news(N_LED, 'Nya ledamöter i styrelsen', '2023-03-09', [
        'Efter valet har styrelsen fått tre nya ledamöter från Bollnäs, Ovanåker och Region Gävleborg. Läs mer om <a href="../../om/styrelse.htm">styrelsen</a>.'], '2023')


def n_10():
    return news(N_10, 'Förbundet fyller tio år', '2022-05-30', [
        'Den 1 juni 2012 bildades Samordningsförbundet Södra Hälsingland. Sedan dess har förbundet finansierat ett tjugotal insatser och drygt 1 500 personer har deltagit.'], '2022')


# --------------------------------------------------------------------------------------------------------- dokument
def dokument():
    body = f'''{h1('Dokument')}
{h2('Årsredovisningar')}
<ul>
<li>{F}<a href="arsredovisning-2024.htm">Årsredovisning 2024</a> (webbsida)</font></li>
<li>{F}<a href="Arsredovisning_2023.pdf">Årsredovisning 2023</a> (pdf)</font></li>
</ul>
{h2('Slutrapporter')}
<ul>
<li>{F}<a href="slutrapport_motivationsgruppen.pdf">Slutrapport Motivationsgruppen Bollnäs</a> (pdf)</font></li>
<li>{F}<a href="slutrapport_jobbkompis.pdf">Slutrapport Jobbkompis Söderhamn</a> (pdf)</font></li>
</ul>
{h2('Styrdokument')}
<ul>
<li>{F}<a href="forbundsordning.pdf">Förbundsordning</a> (pdf)</font></li>
<li>{F}<a href="../om/verksamhetsplan-2025.htm">Verksamhetsplan och budget 2025</a></font></li>
</ul>'''
    return doc(DOK, 'Dokument', body, [('Dokument', DOK)], updated='2025-03-20')


def arsredovisning():
    body = f'''{h1('Årsredovisning 2024')}
{p('Styrelsen för Samordningsförbundet Södra Hälsingland lämnar härmed årsredovisning för 2024.')}
{h2('Förvaltningsberättelse')}
{p('Förbundet hade 2024 intäkter på 4 000 000 kronor från medlemmarna. Tre insatser var igång under året och 184 personer deltog. Av dem som avslutade en insats gick 38 procent vidare till arbete eller studier.')}
{h2('Insatser under 2024')}
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">
  <tr bgcolor="#EEF3F7"><th>{FS}Insats</font></th><th>{FS}Deltagare 2024</font></th><th>{FS}Kostnad 2024, kr</font></th></tr>
  <tr><td>{FS}IPS Södra Hälsingland</font></td><td align="right">{FS}52</font></td><td align="right">{FS}912 000</font></td></tr>
  <tr><td>{FS}UngLots Söderhamn</font></td><td align="right">{FS}41</font></td><td align="right">{FS}318 000</font></td></tr>
  <tr><td>{FS}Strukturövergripande insatser</font></td><td align="right">{FS}91</font></td><td align="right">{FS}204 000</font></td></tr>
  <tr><td>{FS}<b>Totalt</b></font></td><td align="right">{FS}<b>184</b></font></td><td align="right">{FS}<b>1 434 000</b></font></td></tr>
</table>
{h2('Ekonomi')}
{p('Årets resultat blev 412 000 kronor. Det egna kapitalet var vid årets slut 1 850 000 kronor, vilket är inom den nivå som Nationella rådet rekommenderar.')}
{h2('Förväntad utveckling')}
{p('Under 2025 startar två nya insatser, i Ovanåker och i Bollnäs. Medlemmarnas bidrag är oförändrat.')}'''
    return doc(AR24, 'Årsredovisning 2024', body, [('Dokument', DOK), ('Årsredovisning 2024', AR24)], updated='2025-03-20')


def kontakt():
    body = f'''{h1('Kontakt')}
{p(f'{NAME}<br>Box 154<br>821 22 Bollnäs')}
{p('Förbundschef: Anders Wikström, 0278-62 40 00<br>E-post: <a href="mailto:info@finsamsodrahalsingland.se">info@finsamsodrahalsingland.se</a>')}
<form method="post" action="_vti_bin/shtml.exe/kontakt.htm">
<input type="hidden" name="VTI-GROUP" value="0">
{p('Skriv ditt meddelande:')}
<textarea name="Meddelande" rows="6" cols="40"></textarea><br>
<input type="submit" value="Skicka">
</form>'''
    return doc(KONTAKT, 'Kontakt', body, [('Kontakt', KONTAKT)], updated='2025-01-08')


def webbkarta():
    items = [(START, 'Startsida'), (OM, 'Om förbundet'), (FINSAM, 'Finansiell samordning'), (STYR, 'Styrelse'),
             (INS, 'Insatser'), (AVSL, 'Avslutade insatser'), (ANS, 'Ansöka om medel'), (RIKT, 'Riktlinjer'),
             (AKT, 'Aktuellt'), (DOK, 'Dokument'), (KONTAKT, 'Kontakt')]
    lis = '\n'.join(f'<li>{F}<a href="{h.lstrip("/")}">{n}</a></font></li>' for h, n in items)
    body = f'''{h1('Webbkarta')}
<ul>
{lis}
<li>{F}<a href="Dokument/Arsredovisning_2022.pdf">Årsredovisning 2022</a></font></li>
</ul>'''
    return doc(KARTA, 'Webbkarta', body, [('Webbkarta', KARTA)], updated='2022-06-01')


# ------------------------------------------------------------------------------------------------------------ build
def build():
    w = lambda pth, t: write(H, pth, t, encoding='ascii')
    w('/index.html', frameset())
    w(TOPP, topp())
    w(MENY, meny())
    w(START, start())
    w(OM, om())
    w(FINSAM, finsam())
    w(STYR, styrelse())
    w(VP, verksamhetsplan())
    w(INS, insatser())
    w(AVSL, avslutade())
    w(I1, i1())
    w(I2, i2())
    w(I3, i3())
    w(I4, i4())
    w(I5, i5())
    w(AKTH, aktivitetshuset())
    w(ANS, ansok())
    w(RIKT, riktlinjer())
    w(AKT, aktuellt())
    w(A24, a24())
    w(A23, a23())
    w(A22, a22())
    w(N_CALL, n_call())
    w(N_EV, n_ev())
    w(N_I4, n_i4())
    w(N_JOB, n_job())
    w(N_I1, n_i1())
    w(N_AR, n_ar())
    w(N_I5, n_i5())
    w(N_LED, n_led())
    w(N_10, n_10())
    w(DOK, dokument())
    w(AR24, arsredovisning())
    w(KONTAKT, kontakt())
    w(KARTA, webbkarta())
    w('/stil.css', 'body { font-family: Verdana, Arial, Helvetica, sans-serif; }\n'
                   'a:hover { color: #C0392B; }\n.meny a { text-decoration: none; }\n')
    w('/robots.txt', '''# robots.txt - www.finsamsodrahalsingland.se
User-agent: *
Disallow: /cgi-bin/
Disallow: /_private/
Disallow: /_vti_bin/
Disallow: /_vti_cnf/
Disallow: /admin/
Disallow: /utskrift/
Crawl-delay: 2

Sitemap: http://www.finsamsodrahalsingland.se/sitemap.xml
''')
    # A sitemap made with an online generator in May 2023 and never updated: it lists the insats pages of the time
    # (Motivationsgruppen still at its old address, now 404) and none of the insatser started since.
    rows = [('/', '2023-05-11'), ('/start.htm', '2023-05-11'), ('/om/index.htm', '2023-02-01'),
            ('/om/finansiell-samordning.htm', '2023-02-01'), ('/om/styrelse.htm', '2023-03-09'),
            ('/insatser/index.htm', '2023-05-02'), ('/insatser/motivationsgruppen.htm', '2022-09-14'),
            ('/insatser/avslutade.htm', '2023-05-02'), ('/insatser/aktivitetshuset.htm', '2023-04-17'),
            ('/ansok/index.htm', '2023-01-10'), ('/aktuellt/index.htm', '2023-05-11'), ('/dokument/index.htm', '2023-03-20'),
            ('/kontakt.htm', '2022-06-01'), ('/webbkarta.htm', '2022-06-01')]
    xml = urlset(H, rows, scheme='http')
    xml = xml.replace('<urlset', '<!-- created with Free Online Sitemap Generator www.xml-sitemaps.com -->\n<urlset', 1)
    w('/sitemap.xml', xml)


if __name__ == '__main__':
    build()
