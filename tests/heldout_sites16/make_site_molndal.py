"""www.molndal.se: Mölndals stad on EPiServer CMS 7.5 (classic ASP.NET WebForms templates)."""
from make_common import write, sitemap

H = "www.molndal.se"
FUND = "/kommun-och-politik/social-hallbarhet/sociala-investeringsfonden/"
P1 = FUND + "pagaende-projekt/familjecentral-balltorp/"
P2 = FUND + "avslutade-projekt/sommarjobb-plus/"
P3 = "/utbildning-och-barnomsorg/grundskola/lasfrojd-i-lindome/"
P4 = "/omsorg-och-hjalp/stod-till-familjer/foraldraskapsstod-i-kallered/"
P5 = "/kultur-och-fritid/fritidsgardar/mobil-fritidsgard/"

MENU = [("/utbildning-och-barnomsorg/", "Utbildning och barnomsorg"),
        ("/omsorg-och-hjalp/", "Omsorg och hjälp"),
        ("/kultur-och-fritid/", "Kultur och fritid"),
        ("/bygga-bo-och-miljo/", "Bygga, bo och miljö"),
        ("/trafik-och-infrastruktur/", "Trafik och infrastruktur"),
        ("/kommun-och-politik/", "Kommun och politik")]

VS = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDxYCHgRUZXh0BQ5Nw7ZsbmRhbHMgc3RhZGRkAgMPZBYCZg9kFgICAQ8WAh4LXyFJdGVtQ291bnQCBmRk"


def tree(items, current, depth=0):
    """items: list of (href, text, children)"""
    out = ['<ul class="subnav level-%d">' % (depth + 1)]
    for href, text, kids in items:
        cls = []
        if href == current:
            cls.append("selected")
        if kids:
            cls.append("expanded" if current.startswith(href) else "collapsed")
        c = f' class="{" ".join(cls)}"' if cls else ""
        out.append(f'<li{c}><a href="{href}">{text}</a>')
        if kids and current.startswith(href):
            out.append(tree(kids, current, depth + 1))
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


SOCIAL_TREE = [("/kommun-och-politik/social-hallbarhet/", "Social hållbarhet", [
    ("/kommun-och-politik/social-hallbarhet/folkhalsoradet/", "Folkhälsorådet", []),
    (FUND, "Sociala investeringsfonden", [
        (FUND + "sa-soker-ni-medel/", "Så söker ni medel", []),
        (FUND + "regler-for-fonden/", "Regler för fonden", []),
        (FUND + "pagaende-projekt/", "Pågående projekt", [
            (P1, "Familjecentral Balltorp", []),
            (FUND + "pagaende-projekt/trygg-i-skolan-krokslatt/", "Trygg i skolan Krokslätt", []),
        ]),
        (FUND + "avslutade-projekt/", "Avslutade projekt", [
            (P2, "Sommarjobb plus", []),
        ]),
        (FUND + "utvardering/", "Utvärdering", []),
    ]),
])]


def page(path, title, body, crumbs, pid, ptype="StandardPage", left="", right="", intro="", updated="2025-11-03"):
    menu = "\n".join(
        '<li%s><a href="%s">%s</a></li>' % (' class="active"' if path.startswith(h) else "", h, t) for h, t in MENU)
    bc = ['<a href="/">Startsida</a>']
    for h, t in crumbs:
        bc.append(f'<a href="{h}">{t}</a>')
    bc.append(f"<span>{title}</span>")
    intro_html = f'<p class="introduction">{intro}</p>\n' if intro else ""
    leftcol = f'<div id="leftcol" class="col-3"><nav class="subnavigation" aria-label="Undermeny">\n{left}\n</nav></div>' if left else ""
    rightcol = f'<div id="rightcol" class="col-3">\n{right}\n</div>' if right else ""
    return f"""<!DOCTYPE html>
<html lang="sv">
<head id="ctl00_Head1"><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><title>
	{title} - Mölndals stad
</title><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="EPi.ID" content="{pid}" />
<meta name="EPi.Published" content="{updated}T08:12:00" />
<link rel="canonical" href="https://www.molndal.se{path}" />
<link href="/Static/css/molndal.min.css?v=20231114" rel="stylesheet" type="text/css" />
<link href="/Static/css/print.css" rel="stylesheet" type="text/css" media="print" />
<script src="/Static/js/modernizr-2.6.2.min.js" type="text/javascript"></script>
<link rel="shortcut icon" href="/Static/gfx/favicon.ico" /></head>
<body class="{ptype.lower()}">
    <form method="post" action="{path}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VS}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZH2w7m2p4Rj&amp;t=638285901964787378" type="text/javascript"></script>

<div id="wrapper">
  <a href="#content" class="skiplink">Till innehållet</a>
  <div id="header">
    <div id="logo"><a id="ctl00_LogoLink" href="/"><img src="/Global/Bilder/Logotyp/molndals-stad-logo.png" alt="Mölndals stad, till startsidan" /></a></div>
    <ul id="toolbar">
      <li><a href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=7023&amp;lang=sv_se&amp;url=https%3a%2f%2fwww.molndal.se{path}" rel="nofollow" class="rs_href">Lyssna</a></li>
      <li><a href="/en/">In English</a></li>
      <li><a href="/kontakta-oss/">Kontakta oss</a></li>
    </ul>
    <div id="ctl00_SearchBox_pnlSearch" class="searchbox" onkeypress="javascript:return WebForm_FireDefaultButton(event, &#39;ctl00_SearchBox_btnSearch&#39;)">
      <label for="ctl00_SearchBox_txtSearch" class="hidden">Sök på webbplatsen</label>
      <input name="ctl00$SearchBox$txtSearch" type="text" id="ctl00_SearchBox_txtSearch" class="searchfield" placeholder="Vad letar du efter?" />
      <input type="submit" name="ctl00$SearchBox$btnSearch" value="Sök" id="ctl00_SearchBox_btnSearch" class="searchbutton" />
      <noscript><a href="/sok/">Till sökningen</a></noscript>
    </div>
  </div>
  <div id="mainmenu">
    <ul class="clearfix">
{menu}
    </ul>
  </div>
  {'' if path == '/' else '<div id="breadcrumbs">Du är här: ' + ' <span class="sep">/</span> '.join(bc) + '</div>'}
  <div id="contentwrapper" class="clearfix">
    {leftcol}
    <div id="content" class="col-{6 if left and right else (9 if (left or right) else 12)}">
      <h1>{title}</h1>
      {intro_html}<div class="mainbody">
{body}
      </div>
      <p class="pageinfo">Sidan uppdaterades {updated}<br /><a href="javascript:window.print()">Skriv ut</a> | <a href="mailto:?subject={title}&amp;body=https://www.molndal.se{path}">Tipsa om sidan</a></p>
    </div>
    {rightcol}
  </div>
  <div id="footer">
    <div class="footercol">
      <h2>Mölndals stad</h2>
      <p>Göteborgsvägen 11-17<br />431 82 Mölndal<br />Telefon: 031-315 10 00<br /><a href="mailto:kontaktcenter@molndal.se">kontaktcenter@molndal.se</a></p>
    </div>
    <div class="footercol">
      <ul>
        <li><a href="/nyheter/">Nyheter</a></li>
        <li><a href="/jobba-hos-oss/lediga-jobb/">Lediga jobb</a></li>
        <li><a href="/om-webbplatsen/">Om webbplatsen</a></li>
        <li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
        <li><a href="/om-webbplatsen/behandling-av-personuppgifter/">Personuppgifter</a></li>
      </ul>
    </div>
    <div class="footercol">
      <ul>
        <li><a href="https://www.facebook.com/molndalsstad" rel="external">Facebook</a></li>
        <li><a href="https://www.instagram.com/molndalsstad/" rel="external">Instagram</a></li>
        <li><a href="/util/login.aspx?ReturnUrl=%2f" rel="nofollow">Logga in</a></li>
      </ul>
    </div>
  </div>
</div>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvmjeR1A&amp;t=ffffffffe8f46b29" type="text/javascript"></script>
<script src="/Static/js/molndal.min.js?v=20231114" type="text/javascript"></script>
</form>
</body>
</html>
"""


def social_left(path):
    return tree(SOCIAL_TREE, path)


KOP = [("/kommun-och-politik/", "Kommun och politik")]
SOC = KOP + [("/kommun-och-politik/social-hallbarhet/", "Social hållbarhet")]
FC = SOC + [(FUND, "Sociala investeringsfonden")]

CONTACT = """<div class="puff contact"><h2>Kontakt</h2><p>Karin Ekstrand<br />Utvecklingsledare social hållbarhet<br />Stadsledningsförvaltningen<br />Telefon: 031-315 12 47<br /><a href="mailto:karin.ekstrand@molndal.se">karin.ekstrand@molndal.se</a></p></div>"""

NEWS = [
    ("/nyheter/lasfrojd-i-lindome-ger-fler-barn-lust-att-lasa/", "Läsfröjd i Lindome ger fler barn lust att läsa", "2025-10-14",
     "Sedan i januari har eleverna i årskurs 1–3 på Lindome skola fått mer tid med böcker, högläsning och skolbibliotekarie."),
    ("/nyheter/vattenavstangning-i-toltorp/", "Vattenavstängning i Toltorp", "2025-10-09",
     "På grund av ledningsarbete stängs vattnet av på Toltorpsgatan onsdag den 15 oktober."),
    ("/nyheter/nu-kan-forvaltningarna-soka-ur-sociala-investeringsfonden/", "Nu kan förvaltningarna söka ur sociala investeringsfonden", "2025-09-01",
     "Fram till den 31 oktober kan stadens förvaltningar söka medel för förebyggande insatser."),
    ("/nyheter/kommunfullmaktige-tillfor-fonden-10-miljoner-kronor/", "Kommunfullmäktige tillför fonden 10 miljoner kronor", "2025-06-19",
     "Sociala investeringsfonden får ett tillskott ur 2024 års överskott."),
    ("/nyheter/nya-cykelbanor-langs-kallered-centrum/", "Nya cykelbanor längs Kållered centrum", "2025-05-27",
     "Under sommaren bygger staden nya cykelbanor mellan pendeltågsstationen och Kållered centrum."),
]


def news_list_html(items):
    out = ['<ul class="newslist">']
    for href, t, d, lead in items:
        out.append(f'<li><span class="date">{d}</span><h2><a href="{href}">{t}</a></h2><p>{lead}</p></li>')
    out.append("</ul>")
    return "\n".join(out)


def build():
    # ---------------- start page
    body = f"""<div class="startpuffs clearfix">
<div class="puff"><a href="/utbildning-och-barnomsorg/"><img src="/Global/Bilder/Puffar/forskola.jpg" alt="" /><span>Förskola och skola</span></a></div>
<div class="puff"><a href="/omsorg-och-hjalp/"><img src="/Global/Bilder/Puffar/omsorg.jpg" alt="" /><span>Omsorg och hjälp</span></a></div>
<div class="puff"><a href="/kultur-och-fritid/"><img src="/Global/Bilder/Puffar/fritid.jpg" alt="" /><span>Kultur och fritid</span></a></div>
<div class="puff"><a href="/jobba-hos-oss/lediga-jobb/"><img src="/Global/Bilder/Puffar/jobb.jpg" alt="" /><span>Lediga jobb</span></a></div>
</div>
<div class="popular"><h2>Populära sökord</h2>
<ul class="inline"><li><a href="/sok/?q=bygglov">bygglov</a></li><li><a href="/sok/?q=f%c3%b6rskola">förskola</a></li><li><a href="/sok/?q=sopor">sopor</a></li><li><a href="/sok/?q=parkering">parkering</a></li></ul></div>
<h2>Nyheter</h2>
{news_list_html(NEWS[:4])}
<p><a href="/nyheter/" class="more">Fler nyheter</a></p>"""
    write(H, "/", page("/", "Välkommen till Mölndals stad", body, [], 3, "StartPage").replace(
        "<h1>Välkommen till Mölndals stad</h1>", '<h1 class="hidden">Välkommen till Mölndals stad</h1>'))

    # ---------------- Kommun och politik
    body = """<ul class="linklist">
<li><a href="/kommun-och-politik/kommunfullmaktige/">Kommunfullmäktige</a></li>
<li><a href="/kommun-och-politik/budget-och-ekonomi/">Budget och ekonomi</a></li>
<li><a href="/kommun-och-politik/social-hallbarhet/">Social hållbarhet</a> – folkhälsa, trygghet och sociala investeringar</li>
<li><a href="/kommun-och-politik/overklaga-beslut/">Överklaga beslut</a></li>
</ul>"""
    write(H, "/kommun-och-politik/", page("/kommun-och-politik/", "Kommun och politik", body, [], 21,
          intro="Här hittar du information om hur Mölndals stad styrs, om ekonomi och om stadens arbete för social hållbarhet."))

    body = f"""<p>Mölndal ska vara en stad där alla har goda förutsättningar att må bra, oavsett var i staden man bor. Arbetet med social hållbarhet samordnas av stadsledningsförvaltningen tillsammans med förvaltningarna och Västra Götalandsregionen.</p>
<h2>Folkhälsorådet</h2>
<p>I folkhälsorådet möts politiker från staden och regionen. Rådet fördelar varje år folkhälsomedel till lokala aktiviteter.</p>
<h2>Sociala investeringsfonden</h2>
<p>Sedan 2019 har Mölndals stad en social investeringsfond. Fonden finansierar tidiga och förebyggande insatser som ska leda till bättre livsvillkor för barn, unga och vuxna och på sikt minska stadens kostnader. <a href="{FUND}">Läs mer om sociala investeringsfonden</a>.</p>"""
    write(H, "/kommun-och-politik/social-hallbarhet/", page("/kommun-och-politik/social-hallbarhet/", "Social hållbarhet", body, KOP, 1140,
          left=social_left("/kommun-och-politik/social-hallbarhet/"), intro="Social hållbarhet handlar om att skapa ett samhälle där alla kan leva ett gott liv."))

    # ---------------- fund page
    body = f"""<p>Den sociala investeringsfonden inrättades av kommunfullmäktige 2019 med 25 miljoner kronor. Syftet är att pröva nya arbetssätt som förebygger utanförskap, psykisk ohälsa och skolmisslyckanden. Insatserna ska bygga på samverkan mellan minst två förvaltningar eller mellan staden och en extern part.</p>
<p>Kommunstyrelsen beslutar om vilka insatser som får medel. En beredningsgrupp med representanter från alla förvaltningar bedömer ansökningarna.</p>
<h2>Vad är en social investering?</h2>
<p>En social investering är en insats som görs tidigt för att förebygga problem som annars skulle bli både mänskligt och ekonomiskt kostsamma senare. Den förvaltning som får medel ska, om insatsen ger avsedda effekter, betala tillbaka hälften av de beräknade besparingarna till fonden.</p>
<h2>Insatser som har fått medel</h2>
<p>Hittills har elva insatser fått medel ur fonden, bland annat Familjecentral Balltorp, Läsfröjd i Lindome, Föräldraskapsstöd i Kållered och Mobil fritidsgård. Se alla <a href="{FUND}pagaende-projekt/">pågående projekt</a> och <a href="{FUND}avslutade-projekt/">avslutade projekt</a>.</p>
<h2>Dokument</h2>
<ul class="documentlist">
<li><a href="/PageFiles/1152/riktlinjer-sociala-investeringsfonden-2023.pdf">Riktlinjer för sociala investeringsfonden (pdf, 412 kB)</a></li>
<li><a href="/PageFiles/1152/ansokningsmall-sociala-investeringar.docx">Ansökningsmall (Word, 58 kB)</a></li>
</ul>"""
    right = CONTACT + """\n<div class="puff"><h2>Ekonomi</h2><p>Fondens kapital vid årsskiftet 2024/2025: 18,4 miljoner kronor.</p></div>"""
    write(H, FUND, page(FUND, "Sociala investeringsfonden", body, SOC, 1152, "FundPage", left=social_left(FUND), right=right,
          intro="Genom sociala investeringsfonden kan stadens förvaltningar få pengar för att pröva nya förebyggande arbetssätt."))

    body = f"""<p>Alla förvaltningar i Mölndals stad kan söka medel ur fonden. Ansökan görs gemensamt av de förvaltningar som ska samverka i insatsen.</p>
<h2>Så går det till</h2>
<ol>
<li>Kontakta utvecklingsledaren för social hållbarhet och berätta om er idé.</li>
<li>Fyll i ansökningsmallen. Beskriv målgrupp, mål, aktiviteter, budget och hur insatsen ska följas upp.</li>
<li>Gör en förenklad socioekonomisk kalkyl. Stadsledningsförvaltningen hjälper till.</li>
<li>Skicka ansökan till kommunstyrelsen senast den 31 oktober.</li>
<li>Beredningsgruppen bedömer ansökan och kommunstyrelsen fattar beslut i februari.</li>
</ol>
<p>Läs <a href="{FUND}regler-for-fonden/">reglerna för fonden</a> innan ni skriver ansökan.</p>"""
    write(H, FUND + "sa-soker-ni-medel/", page(FUND + "sa-soker-ni-medel/", "Så söker ni medel", body, FC, 1153,
          left=social_left(FUND + "sa-soker-ni-medel/"), right=CONTACT, intro="Ansökningsomgången för 2026 är öppen till och med den 31 oktober 2025."))

    body = """<ul>
<li>En insats kan få medel i högst fyra år.</li>
<li>Insatsen ska vara förebyggande och rikta sig till en tydligt avgränsad målgrupp.</li>
<li>Minst två förvaltningar, eller staden och en extern part, ska samverka.</li>
<li>Förvaltningarna ska bidra med minst 20 procent egen finansiering, i pengar eller arbetstid.</li>
<li>Insatsen ska följas upp med mätbara mål och utvärderas externt.</li>
<li>Om insatsen ger effekt ska den förvaltning som gör besparingen betala tillbaka hälften av den till fonden.</li>
<li>Fonden betalar inte för ordinarie verksamhet, lokaler eller investeringar i inventarier.</li>
</ul>
<p>Reglerna beslutades av kommunfullmäktige den 13 december 2023, § 187.</p>"""
    write(H, FUND + "regler-for-fonden/", page(FUND + "regler-for-fonden/", "Regler för fonden", body, FC, 1154,
          left=social_left(FUND + "regler-for-fonden/"), intro="Här är de viktigaste reglerna för sociala investeringsfonden."))

    body = """<p>Varje insats följs upp två gånger per år och utvärderas när den är avslutad. Sedan 2022 har staden ett avtal med FoU i Väst/GR om externa utvärderingar.</p>
<h2>Resultat hittills</h2>
<table class="datatable"><caption>Insatser och beviljade medel per år</caption>
<thead><tr><th>År</th><th>Nya insatser</th><th>Beviljat (kronor)</th><th>Återbetalt till fonden</th></tr></thead>
<tbody>
<tr><td>2021</td><td>3</td><td>4 100 000</td><td>0</td></tr>
<tr><td>2022</td><td>2</td><td>2 650 000</td><td>0</td></tr>
<tr><td>2023</td><td>1</td><td>1 200 000</td><td>310 000</td></tr>
<tr><td>2024</td><td>2</td><td>4 350 000</td><td>420 000</td></tr>
<tr><td>2025</td><td>3</td><td>4 580 000</td><td>0</td></tr>
</tbody></table>
<p>Utvärderingen av de första fem årens insatser visar att fyra av sex avslutade insatser har blivit ordinarie verksamhet.</p>
<ul class="documentlist"><li><a href="/PageFiles/1159/utvardering-sociala-investeringsfonden-2019-2024.pdf">Utvärdering av sociala investeringsfonden 2019–2024 (pdf)</a></li></ul>"""
    write(H, FUND + "utvardering/", page(FUND + "utvardering/", "Utvärdering", body, FC, 1159,
          left=social_left(FUND + "utvardering/"), intro="Så följer vi upp och utvärderar insatserna som får medel ur fonden."))

    body = f"""<p>Här är de insatser som just nu får medel ur sociala investeringsfonden.</p>
<ul class="projectlist">
<li><a href="{P1}">Familjecentral Balltorp</a> – samlat stöd för blivande föräldrar och familjer med barn 0–6 år.</li>
<li><a href="{FUND}pagaende-projekt/trygg-i-skolan-krokslatt/">Trygg i skolan Krokslätt</a> – förebyggande arbete mot skolfrånvaro.</li>
<li>Läsfröjd i Lindome – mer läsning i årskurs 1–3 (grundskoleförvaltningen).</li>
<li>Föräldraskapsstöd i Kållered – föräldragrupper för föräldrar till tonåringar (social resursförvaltning).</li>
<li>Mobil fritidsgård – fritidsledare som möter unga där de finns (kultur- och fritidsförvaltningen).</li>
</ul>"""
    write(H, FUND + "pagaende-projekt/", page(FUND + "pagaende-projekt/", "Pågående projekt", body, FC, 1155, "ListPage",
          left=social_left(FUND + "pagaende-projekt/"), right=CONTACT))

    body = f"""<p>Dessa insatser har avslutats. Flera av dem har blivit en del av förvaltningarnas ordinarie arbete.</p>
<table class="datatable"><thead><tr><th>Insats</th><th>Period</th><th>Resultat</th></tr></thead><tbody>
<tr><td><a href="{P2}">Sommarjobb plus</a></td><td>2021–2023</td><td>Ordinarie verksamhet från 2024</td></tr>
<tr><td>Samordnare för barn i familjer med missbruk</td><td>2019–2022</td><td>Avslutad</td></tr>
<tr><td>Hälsofrämjande äldreträffar i Fässberg</td><td>2020–2023</td><td>Ordinarie verksamhet från 2024</td></tr>
</tbody></table>"""
    write(H, FUND + "avslutade-projekt/", page(FUND + "avslutade-projekt/", "Avslutade projekt", body, FC, 1156, "ListPage",
          left=social_left(FUND + "avslutade-projekt/")))

    # ---------------- P1
    body = """<p>Familjecentralen i Balltorp samlar mödrahälsovård, barnhälsovård, öppen förskola och socialtjänstens förebyggande stöd under samma tak. Målet är att fler familjer ska få stöd tidigt, innan små problem hinner växa.</p>
<h2>Bakgrund</h2>
<p>I Balltorp och Bifrost bor många barnfamiljer som i dag har långt till stöd. Andelen barn som går i förskola är lägre än i resten av staden och färre föräldrar deltar i föräldrautbildning.</p>
<h2>Vad gör vi?</h2>
<ul>
<li>Öppen förskola fyra dagar i veckan.</li>
<li>Föräldragrupper och hembesök tillsammans med barnavårdscentralen.</li>
<li>En socialsekreterare med förebyggande uppdrag finns på plats varje dag.</li>
</ul>
<h2>Fakta</h2>
<p><strong>Projektperiod:</strong> augusti 2024 – juli 2027<br />
<strong>Beviljade medel:</strong> 3 200 000 kronor ur sociala investeringsfonden<br />
<strong>Ansvarig:</strong> Social resursförvaltning<br />
<strong>Samverkan:</strong> Förskoleförvaltningen och Västra Götalandsregionen (barnhälsovård och mödrahälsovård)<br />
<strong>Målgrupp:</strong> Blivande föräldrar och familjer med barn 0–6 år i Balltorp och Bifrost</p>"""
    write(H, P1, page(P1, "Familjecentral Balltorp", body, FC + [(FUND + "pagaende-projekt/", "Pågående projekt")], 1161, "ProjectPage",
          left=social_left(P1), right=CONTACT, intro="En familjecentral i Balltorp ska ge föräldrar och små barn stöd tidigt och på ett och samma ställe.", updated="2025-08-22"))

    # ---------------- P2
    body = """<p>Sommarjobb plus var en insats för ungdomar 16–19 år som inte hade kommit in på ett vanligt feriearbete och som hade hög frånvaro i skolan. Ungdomarna fick ett sommarjobb med en handledare, och under hösten fortsatte kontakten med en coach som stöttade dem i skolan.</p>
<p>Syftet var att minska antalet unga som hoppar av gymnasiet och att fler ska gå vidare till arbete eller studier.</p>
<h2>Resultat</h2>
<p>Under de tre somrarna deltog 146 ungdomar. Av dem var 87 procent kvar i studier ett år senare. Utvärderingen visade att frånvaron minskade i genomsnitt med en tredjedel.</p>
<p>Sommarjobb plus pågick från juni 2021 till december 2023 och fick totalt 1 450 000 kronor ur sociala investeringsfonden. Projektet drevs av arbetsmarknadsenheten tillsammans med gymnasieskolan Krokslätts fabriker. Sedan 2024 är sommarjobb med coachning en del av arbetsmarknadsenhetens ordinarie verksamhet.</p>"""
    write(H, P2, page(P2, "Sommarjobb plus", body, FC + [(FUND + "avslutade-projekt/", "Avslutade projekt")], 1170, "ProjectPage",
          left=social_left(P2), intro="Ett sommarjobb med handledare och en coach under hösten – för unga som riskerar att inte fullfölja gymnasiet.", updated="2024-02-12"))

    # ---------------- Utbildning
    body = """<ul class="linklist">
<li><a href="/utbildning-och-barnomsorg/forskola/">Förskola</a></li>
<li><a href="/utbildning-och-barnomsorg/grundskola/">Grundskola</a></li>
<li><a href="/utbildning-och-barnomsorg/gymnasieskola/">Gymnasieskola</a></li>
<li><a href="/utbildning-och-barnomsorg/vuxenutbildning/">Vuxenutbildning</a></li>
</ul>"""
    write(H, "/utbildning-och-barnomsorg/", page("/utbildning-och-barnomsorg/", "Utbildning och barnomsorg", body, [], 31))
    body = """<p>I Mölndal finns 24 kommunala grundskolor och flera fristående skolor. Här kan du läsa om skolval, skolskjuts, fritidshem och elevhälsa.</p>
<ul class="linklist">
<li><a href="/utbildning-och-barnomsorg/grundskola/skolval/">Skolval</a></li>
<li><a href="/utbildning-och-barnomsorg/grundskola/skolskjuts/">Skolskjuts</a></li>
<li><a href="/utbildning-och-barnomsorg/grundskola/fritidshem/">Fritidshem</a></li>
<li><a href="/utbildning-och-barnomsorg/grundskola/elevhalsa/">Elevhälsa</a></li>
</ul>"""
    write(H, "/utbildning-och-barnomsorg/grundskola/", page("/utbildning-och-barnomsorg/grundskola/", "Grundskola", body,
          [("/utbildning-och-barnomsorg/", "Utbildning och barnomsorg")], 310))

    body = """<p>Läsfröjd i Lindome ska ge alla elever i årskurs 1–3 på Lindome skola och Almåsskolan en god läsförmåga. Elever som inte läser på förväntad nivå i slutet av årskurs 1 löper större risk att inte nå målen senare i skolan.</p>
<p>I projektet har varje klass högläsning varje dag, eleverna får lästräning i små grupper med en speciallärare, och skolbibliotekarien samarbetar med Lindome bibliotek om lånekort och bokprat. Föräldrar bjuds in till lästräffar på flera språk.</p>
<p>Läsfröjd i Lindome startade i januari 2025 och pågår till och med juni 2027. Grundskoleförvaltningen har fått 980 000 kronor ur stadens sociala investeringsfond för projektet, och kultur- och fritidsförvaltningen deltar med bibliotekets personal.</p>
<p>Målgruppen är cirka 260 elever i årskurs 1–3 och deras vårdnadshavare.</p>
<h2>Kontakt</h2>
<p>Johan Lindqvist, rektor Lindome skola, 031-315 38 20</p>"""
    write(H, P3, page(P3, "Läsfröjd i Lindome", body, [("/utbildning-och-barnomsorg/", "Utbildning och barnomsorg"),
          ("/utbildning-och-barnomsorg/grundskola/", "Grundskola")], 3188, intro="Mer högläsning, lästräning i små grupper och samarbete med biblioteket för elever i årskurs 1–3.", updated="2025-03-04"))

    # ---------------- Omsorg
    body = """<ul class="linklist">
<li><a href="/omsorg-och-hjalp/aldreomsorg/">Äldreomsorg</a></li>
<li><a href="/omsorg-och-hjalp/funktionsnedsattning/">Funktionsnedsättning</a></li>
<li><a href="/omsorg-och-hjalp/stod-till-familjer/">Stöd till familjer</a></li>
<li><a href="/omsorg-och-hjalp/ekonomiskt-bistand/">Ekonomiskt bistånd</a></li>
</ul>"""
    write(H, "/omsorg-och-hjalp/", page("/omsorg-och-hjalp/", "Omsorg och hjälp", body, [], 41))
    right = f"""<div class="puff related"><h2>Relaterade sidor</h2>
<ul>
<li><a href="{P4}">Föräldraskapsstöd i Kållered</a></li>
<li><a href="/omsorg-och-hjalp/stod-till-familjer/familjeradgivning/">Familjerådgivning</a></li>
<li><a href="https://www.1177.se/Vastra-Gotaland/barn--gravid/">1177 – Barn och gravid</a></li>
</ul></div>"""
    body = """<p>Som förälder kan du ibland behöva råd och stöd. Mölndals stad erbjuder föräldrautbildning, samtal och familjebehandling. Stödet är gratis och du kan ofta få det utan att ansöka.</p>
<h2>Föräldrautbildning</h2>
<p>Vi erbjuder föräldragrupper enligt ABC (Alla Barn i Centrum) för föräldrar till barn 3–12 år och Cope för föräldrar till barn 3–12 år.</p>
<h2>Familjebehandling</h2>
<p>Om ni behöver mer stöd kan ni få träffa en familjebehandlare. Kontakta mottagningsgruppen på telefon 031-315 19 30.</p>"""
    write(H, "/omsorg-och-hjalp/stod-till-familjer/", page("/omsorg-och-hjalp/stod-till-familjer/", "Stöd till familjer", body,
          [("/omsorg-och-hjalp/", "Omsorg och hjälp")], 420, right=right))

    body = """<p>Att vara förälder till en tonåring kan vara svårt. I Kållered erbjuder vi föräldragrupper och enskilda samtal för föräldrar med barn 12–17 år, både på kvällstid i Kållereds skola och digitalt.</p>
<h2>Varför gör vi det här?</h2>
<p>Antalet orosanmälningar som gäller ungdomar i Kållered har ökat de senaste åren. Forskning visar att ett tryggt föräldraskap skyddar mot normbrytande beteende, alkohol och droger. Insatsen ska minska behovet av mer ingripande stöd från socialtjänsten.</p>
<h2>Kort om insatsen</h2>
<ul>
<li>Tid: september 2024 – augusti 2026</li>
<li>Budget: 1 150 000 kronor från sociala investeringsfonden</li>
<li>Ansvarig: Social resursförvaltning, enheten för förebyggande arbete</li>
<li>Samarbete: Grundskoleförvaltningen (Kållereds skola) och fältgruppen</li>
<li>Målgrupp: föräldrar till barn 12–17 år i Kållered</li>
</ul>
<p>Vill du vara med? Ring föräldraskapsstödet på 031-315 19 45.</p>"""
    write(H, P4, page(P4, "Föräldraskapsstöd i Kållered", body, [("/omsorg-och-hjalp/", "Omsorg och hjälp"),
          ("/omsorg-och-hjalp/stod-till-familjer/", "Stöd till familjer")], 4233, intro="Föräldragrupper och samtal för föräldrar till tonåringar i Kållered.", updated="2024-11-18"))

    # ---------------- Kultur och fritid (image puff to P5)
    body = """<p>Mölndal har ett rikt kultur- och fritidsliv med bibliotek, museum, idrottsanläggningar och fritidsgårdar.</p>
<ul class="linklist">
<li><a href="/kultur-och-fritid/bibliotek/">Bibliotek</a></li>
<li><a href="/kultur-och-fritid/fritidsgardar/">Fritidsgårdar</a></li>
<li><a href="/kultur-och-fritid/idrott-och-motion/">Idrott och motion</a></li>
<li><a href="/kultur-och-fritid/molndals-museum/">Mölndals museum</a></li>
</ul>"""
    right = f"""<div class="puff imagepuff"><a href="{P5}"><img src="/Global/Bilder/Puffar/fritid-buss-puff.jpg" alt="" width="270" height="180" /></a></div>
<div class="puff imagepuff"><a href="/kultur-och-fritid/molndals-museum/"><img src="/Global/Bilder/Puffar/museum-puff.jpg" alt="" width="270" height="180" /></a></div>"""
    write(H, "/kultur-och-fritid/", page("/kultur-och-fritid/", "Kultur och fritid", body, [], 51, right=right))
    body = """<p>Mölndals fritidsgårdar är öppna för dig som går i årskurs 6 till och med 18 år. På fritidsgården kan du träffa kompisar, spela spel, laga mat och vara med och bestämma vad som ska hända.</p>
<table class="datatable"><thead><tr><th>Fritidsgård</th><th>Öppettider</th></tr></thead><tbody>
<tr><td>Balltorp</td><td>Mån–tor 15–21, fre 15–23</td></tr>
<tr><td>Kållered</td><td>Tis–fre 15–21</td></tr>
<tr><td>Lindome</td><td>Mån, ons, fre 15–22</td></tr>
</tbody></table>"""
    write(H, "/kultur-och-fritid/fritidsgardar/", page("/kultur-och-fritid/fritidsgardar/", "Fritidsgårdar", body,
          [("/kultur-och-fritid/", "Kultur och fritid")], 520))
    body = """<p>Den mobila fritidsgården är en ombyggd buss som kör ut till de delar av Mölndal där det inte finns någon fritidsgård, till exempel Åby, Eklanda och Tulebo. Tre fritidsledare möter unga på kvällar och helger, ordnar aktiviteter och fångar upp unga som riskerar att hamna snett.</p>
<p>Syftet är att fler unga 12–17 år ska ha en meningsfull fritid och kontakt med trygga vuxna, och att oron och skadegörelsen i områdena ska minska.</p>
<p>Mobil fritidsgård är en social investering. Arbetet startade i mars 2025 och finansieras till och med februari 2028 med 2 400 000 kronor ur sociala investeringsfonden. Kultur- och fritidsförvaltningen driver verksamheten i samverkan med social resursförvaltningens fältgrupp och polisen i Mölndal.</p>
<p>Följ bussen på Instagram: @mobilfritidmolndal</p>"""
    write(H, P5, page(P5, "Mobil fritidsgård", body, [("/kultur-och-fritid/", "Kultur och fritid"),
          ("/kultur-och-fritid/fritidsgardar/", "Fritidsgårdar")], 5290, intro="En fritidsgård på hjul som kommer dit där unga finns.", updated="2025-04-02"))

    # ---------------- news
    write(H, "/nyheter/", page("/nyheter/", "Nyheter", news_list_html(NEWS) + '\n<p><a href="/nyheter/arkiv/">Nyhetsarkiv</a></p>', [], 60, "NewsListPage"))
    nb = [("/nyheter/", "Nyheter")]
    body = f"""<p>– Vi ser redan att fler barn lånar böcker och att eleverna läser längre stunder, säger Johan Lindqvist, rektor på Lindome skola.</p>
<p>Läsfröjd i Lindome är en av de insatser som får pengar ur stadens sociala investeringsfond. Varje klass har högläsning varje dag och elever som behöver får lästräning i små grupper. I höst startar lästräffar för föräldrar på arabiska, somaliska och dari.</p>
<p><a href="{P3}">Läs mer om Läsfröjd i Lindome</a></p>"""
    write(H, NEWS[0][0], page(NEWS[0][0], NEWS[0][1], body, nb, 6101, "NewsPage", intro=NEWS[0][3], updated=NEWS[0][2]))
    body = """<p>Vattnet stängs av mellan klockan 09.00 och 15.00. Berörda fastigheter har fått information i brevlådan. En vattentank ställs upp vid korsningen Toltorpsgatan/Ekevägen.</p>"""
    write(H, NEWS[1][0], page(NEWS[1][0], NEWS[1][1], body, nb, 6102, "NewsPage", intro=NEWS[1][3], updated=NEWS[1][2]))
    body = f"""<p>Nu är ansökningsomgången för 2026 öppen. Det finns 5 miljoner kronor att fördela. Insatser som riktar sig till barn och unga i områden med sämre levnadsvillkor prioriteras.</p>
<p>En ansökan ska göras av minst två förvaltningar tillsammans. Kommunstyrelsen fattar beslut i februari 2026.</p>
<p>Läs mer under <a href="{FUND}sa-soker-ni-medel/">Så söker ni medel</a>.</p>"""
    write(H, NEWS[2][0], page(NEWS[2][0], NEWS[2][1], body, nb, 6103, "NewsPage", intro=NEWS[2][3], updated=NEWS[2][2]))
    body = """<p>Kommunfullmäktige beslutade den 18 juni att föra över 10 miljoner kronor av 2024 års överskott till den sociala investeringsfonden. Fonden har därmed cirka 28 miljoner kronor att fördela de kommande åren.</p>
<p>– Det är ett tydligt besked att vi vill satsa på förebyggande arbete, säger kommunstyrelsens ordförande.</p>
<p>Läs mer om <a href="/Templates/Public/Pages/FundPage.aspx?id=1152&amp;epslanguage=sv">sociala investeringsfonden</a>.</p>"""
    write(H, NEWS[3][0], page(NEWS[3][0], NEWS[3][1], body, nb, 6104, "NewsPage", intro=NEWS[3][3], updated=NEWS[3][2]))
    body = """<p>Arbetet pågår från juni till och med september. Under tiden leds gång- och cykeltrafiken om via Gamla Riksvägen.</p>"""
    write(H, NEWS[4][0], page(NEWS[4][0], NEWS[4][1], body, nb, 6105, "NewsPage", intro=NEWS[4][3], updated=NEWS[4][2]))

    # ---------------- jobs
    JOB = "/jobba-hos-oss/lediga-jobb/utvecklingsledare-sociala-investeringar/"
    body = f"""<p>Här är några av de tjänster vi söker just nu. Alla lediga jobb finns på <a href="https://molndal.varbi.com/">molndal.varbi.com</a>.</p>
<ul class="joblist">
<li><a href="{JOB}">Utvecklingsledare med inriktning sociala investeringar</a> – Stadsledningsförvaltningen, sista ansökningsdag 2025-11-16</li>
<li><a href="/jobba-hos-oss/lediga-jobb/forskollarare-balltorp/">Förskollärare till Balltorps förskola</a> – sista ansökningsdag 2025-11-02</li>
</ul>"""
    write(H, "/jobba-hos-oss/lediga-jobb/", page("/jobba-hos-oss/lediga-jobb/", "Lediga jobb", body, [("/jobba-hos-oss/", "Jobba hos oss")], 70))
    body = f"""<h2>Om tjänsten</h2>
<p>Som utvecklingsledare samordnar du stadens arbete med den sociala investeringsfonden. Du stöttar förvaltningarna när de tar fram ansökningar och socioekonomiska kalkyler, leder beredningsgruppen och följer upp pågående insatser som Familjecentral Balltorp, Mobil fritidsgård och Läsfröjd i Lindome.</p>
<h2>Vi söker dig som</h2>
<ul><li>har akademisk examen inom samhällsvetenskap, folkhälsa eller ekonomi</li><li>har erfarenhet av projektledning och uppföljning</li><li>har god förmåga att uttrycka dig i tal och skrift</li></ul>
<h2>Anställningsvillkor</h2>
<p>Tillsvidareanställning, heltid. Tillträde enligt överenskommelse.</p>
<p>Sista ansökningsdag: 16 november 2025. <a href="https://molndal.varbi.com/what:job/jobID:812344/">Ansök via Varbi</a></p>
<p>Kontakt: Anders Berg, avdelningschef, 031-315 10 22</p>"""
    write(H, JOB, page(JOB, "Utvecklingsledare med inriktning sociala investeringar", body,
          [("/jobba-hos-oss/", "Jobba hos oss"), ("/jobba-hos-oss/lediga-jobb/", "Lediga jobb")], 7012, "JobPage",
          intro="Stadsledningsförvaltningen söker en utvecklingsledare som vill driva stadens arbete med sociala investeringar framåt."))

    # ---------------- robots + sitemap
    write(H, "/robots.txt", """User-agent: *
Disallow: /util/
Disallow: /episerver/
Disallow: /EPiServer/
Disallow: /Templates/
Disallow: /sok/
Disallow: /PageFiles/Internt/

Sitemap: https://www.molndal.se/sitemap.xml
""")
    pages = [p for p in __import__("make_common").WRITTEN[H] if p.endswith("/")]
    write(H, "/sitemap.xml", sitemap(H, pages))
    return dict(P=[P1, P2, P3, P4, P5], JOB=JOB, FUND=FUND)


if __name__ == "__main__":
    build()
