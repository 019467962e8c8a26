# www.halmstad.se as Progress Sitefinity 15 (MVC widgets, Bootstrap resource package, IIS rule appending '/').
from make_sites_common import write
H = 'www.halmstad.se'
ACT = ' class="active"'
B = 'https://www.halmstad.se'
FUND = '/kommun-och-politik/sociala-investeringar/'
LIST = FUND + 'beviljade-projekt/'

def page(title, crumbs, main, side='', desc='', pageid='0'):
    bc = ''.join(f'<li class="breadcrumb-item"><a href="{u}">{t}</a></li>' for t, u in crumbs[:-1])
    bc += f'<li class="breadcrumb-item active" aria-current="page">{crumbs[-1][0]}</li>' if crumbs else ''
    sidehtml = f'<div class="col-lg-4 order-lg-first"><div class="sf_colsIn" data-sf-element="Column 1" data-placeholder-label="Vänsterkolumn">{side}</div></div>' if side else ''
    maincls = 'col-lg-8' if side else 'col-lg-10'
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} - Halmstads kommun</title>
<meta name="Generator" content="Sitefinity 15.1.8325.0 DX" />
<meta name="description" content="{desc}" />
<link rel="canonical" href="{B}{crumbs[-1][1] if crumbs else '/'}" />
<link href="/ResourcePackages/Halmstad/assets/dist/css/main.min.css?package=Halmstad&amp;v=MTUuMS44MzI1LjA%3d" rel="stylesheet" type="text/css" />
<script src="/ScriptResource.axd?d=ZmF3kPq1_Jx8Rbc3yQm9VvW2&amp;t=ffffffffe6692a5e" type="text/javascript"></script>
</head>
<body class="sf-page" data-sf-page-id="{pageid}">
<a class="skip-link sr-only sr-only-focusable" href="#main-content">Till innehållet</a>
<header class="site-header">
 <div class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Sidhuvud">
  <div class="d-flex align-items-center justify-content-between">
   <a class="site-logo" href="/"><img src="/images/default-source/logotyper/halmstads-kommun-logo.svg?sfvrsn=1a2b3c_2" alt="Halmstads kommun, till startsidan" /></a>
   <ul class="tools list-inline">
    <li class="list-inline-item"><a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=5432&amp;lang=sv_se&amp;readid=main-content" rel="nofollow">Lyssna</a></li>
    <li class="list-inline-item"><a href="/other-languages/">Other languages</a></li>
    <li class="list-inline-item"><a href="/kontakta-oss/">Kontakta oss</a></li>
   </ul>
   <form class="site-search" role="search" action="/sok/" method="get">
    <label for="searchQuery" class="sr-only">Sök på webbplatsen</label>
    <input type="search" id="searchQuery" name="searchQuery" placeholder="Vad letar du efter?" />
    <input type="hidden" name="indexCatalogue" value="halmstad-webb" /><input type="hidden" name="wordsMode" value="AllWords" />
    <button type="submit">Sök</button>
   </form>
  </div>
  <nav class="nav-horizontal" aria-label="Huvudmeny">
   <ul class="nav navbar-nav sf-navigation">
    <li><a href="/forskola-och-skola/">Förskola och skola</a></li>
    <li><a href="/omsorg-och-stod/">Omsorg och stöd</a></li>
    <li><a href="/uppleva-och-gora/">Uppleva och göra</a></li>
    <li><a href="/bygga-bo-och-miljo/">Bygga, bo och miljö</a></li>
    <li><a href="/naringsliv-och-arbete/">Näringsliv och arbete</a></li>
    <li><a href="/kommun-och-politik/">Kommun och politik</a></li>
   </ul>
  </nav>
 </div>
</header>
<div class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Brödsmulor">
 <nav aria-label="Du är här"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Startsida</a></li>{bc}</ol></nav>
</div>
<main id="main-content">
 <div class="row sf_colsIn container" data-sf-element="Row">
  <div class="{maincls}"><div class="sf_colsIn" data-sf-element="Column 2" data-placeholder-label="Innehåll">
{main}
  </div></div>
  {sidehtml}
 </div>
</main>
<footer class="site-footer">
 <div class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Sidfot">
  <div class="row">
   <div class="col-md-4"><h2 class="h5">Halmstads kommun</h2><p>Rådhuset, Stora torg<br />301 81 Halmstad<br />Telefon 035-13 70 00<br /><a href="mailto:kommunen@halmstad.se">kommunen@halmstad.se</a></p></div>
   <div class="col-md-4"><h2 class="h5">Genvägar</h2><ul class="list-unstyled">
    <li><a href="/nyheter/">Nyheter</a></li><li><a href="/jobba-hos-oss/">Jobba hos oss</a></li>
    <li><a href="/press/">Press</a></li><li><a href="/kommun-och-politik/">Kommun och politik</a></li></ul></div>
   <div class="col-md-4"><h2 class="h5">Om webbplatsen</h2><ul class="list-unstyled">
    <li><a href="/om-webbplatsen/">Om webbplatsen</a></li><li><a href="/om-webbplatsen/kakor/">Kakor</a></li>
    <li><a href="/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li>
    <li><a href="/Sitefinity/" rel="nofollow">Inloggning för redaktörer</a></li></ul></div>
  </div>
  <ul class="social list-inline"><li class="list-inline-item"><a href="https://www.facebook.com/halmstadskommun">Facebook</a></li><li class="list-inline-item"><a href="https://www.instagram.com/halmstadskommun/">Instagram</a></li><li class="list-inline-item"><a href="https://www.linkedin.com/company/halmstads-kommun">Linkedin</a></li></ul>
 </div>
</footer>
<script src="/ResourcePackages/Halmstad/assets/dist/js/main.min.js?package=Halmstad&amp;v=MTUuMS44MzI1LjA%3d" type="text/javascript"></script>
</body>
</html>
'''

def cb(html):
    return f'<div class="sfContentBlock sf-Long-text">{html}</div>'

FUNDNAV_ITEMS = [('Så söker du medel', FUND + 'sa-soker-du-medel/'), ('Regler och villkor', FUND + 'regler-och-villkor/'),
                 ('Beviljade projekt', LIST), ('Uppföljning och utvärdering', FUND + 'uppfoljning-och-utvardering/')]
def fundnav(cur=None):
    lis = ''.join(f'<li{ACT if u == cur else ""}><a href="{u}">{t}</a></li>' for t, u in FUNDNAV_ITEMS)
    return f'<nav class="nav-vertical sf-navigation" aria-label="Undermeny"><h2 class="h5"><a href="{FUND}">Sociala investeringar</a></h2><ul class="nav flex-column">{lis}</ul></nav>'

KOP = ('Kommun och politik', '/kommun-och-politik/')
SI = ('Sociala investeringar', FUND)

NEWS = {
 'p1news': ('/nyheter/2026/05/12/halvtid-for-laxhjalpen-pa-vallas/', 'Halvtid för läxhjälpen på Vallås', '12 maj 2026'),
 'call': ('/nyheter/2026/03/04/nu-kan-forvaltningarna-soka-ur-sociala-investeringsfonden/', 'Nu kan förvaltningarna söka ur sociala investeringsfonden', '4 mars 2026'),
 'fill': ('/nyheter/2025/11/20/fullmaktige-tillfor-10-miljoner-till-sociala-investeringsfonden/', 'Fullmäktige tillför 10 miljoner till sociala investeringsfonden', '20 november 2025'),
 'cykel': ('/nyheter/2026/04/22/fler-cykelplatser-vid-resecentrum/', 'Fler cykelplatser vid resecentrum', '22 april 2026'),
 'ar': ('/nyheter/2026/04/15/arsredovisningen-for-2025-ar-klar/', 'Årsredovisningen för 2025 är klar', '15 april 2026'),
 'strand': ('/nyheter/2026/06/02/badvakter-pa-tylosand-hela-sommaren/', 'Badvakter på Tylösand hela sommaren', '2 juni 2026'),
 'kvall': ('/nyheter/2025/02/07/kvallsoppet-i-fyllinge-har-lockat-300-unga/', 'Kvällsöppet i Fyllinge har lockat 300 unga', '7 februari 2025'),
}
TAG = '/nyheter/-in-tags/tags/sociala-investeringar/'

def newsitem(key, summary, tags=False):
    u, t, d = NEWS[key]
    tg = f'<ul class="sf-tags list-inline"><li class="list-inline-item"><a href="{TAG}">Sociala investeringar</a></li></ul>' if tags else ''
    return f'<li class="list-item"><h3 class="h4"><a href="{u}">{t}</a></h3><div class="text-muted">{d}</div><div class="sf-news-item__summary">{summary}</div>{tg}</li>'

def newslist(items):
    return '<div class="sf-news-list"><ul class="list-unstyled">' + ''.join(items) + '</ul></div>'

ARCHIVE_SIDE = '''<div class="sf-archive"><h2 class="h5">Sök bland taggar</h2><ul class="list-unstyled">
<li><a href="/nyheter/-in-tags/tags/sociala-investeringar/">Sociala investeringar</a> (4)</li>
<li><a href="/nyheter/-in-tags/tags/trafik/">Trafik</a> (6)</li>
<li><a href="/nyheter/-in-tags/tags/skola/">Skola</a> (9)</li></ul>
<p>Nyhetslistan visar nyheter från de senaste tolv månaderna. <a href="/nyheter/arkiv/">Äldre nyheter finns i nyhetsarkivet</a>.</p></div>'''

def build():
    pages = {}
    # ---------- start page
    pages['/'] = page('Startsida', [], f'''
<h1 class="sr-only">Halmstads kommun</h1>
<div class="hero">{cb('<p class="lead">Välkommen till Halmstads kommun. Här hittar du information om kommunens service, e-tjänster och vad som händer i Halmstad.</p>')}</div>
<div class="shortcuts"><h2>Genvägar</h2><ul class="list-unstyled row">
<li class="col-md-4"><a class="card card-link" href="/forskola-och-skola/forskola/">Ansök om förskoleplats</a></li>
<li class="col-md-4"><a class="card card-link" href="/bygga-bo-och-miljo/bygglov/">Bygglov</a></li>
<li class="col-md-4"><a class="card card-link" href="/omsorg-och-stod/">Omsorg och stöd</a></li>
<li class="col-md-4"><a class="card card-link" href="/jobba-hos-oss/">Lediga jobb</a></li>
<li class="col-md-4"><a class="card card-link" href="/uppleva-och-gora/">Evenemang i Halmstad</a></li>
<li class="col-md-4"><a class="card card-link" href="/bygga-bo-och-miljo/avfall-och-atervinning/">Avfall och återvinning</a></li></ul></div>
<h2>Populära sökningar</h2><ul class="list-inline popular-searches">
<li class="list-inline-item"><a href="/sok/?searchQuery=bygglov&amp;indexCatalogue=halmstad-webb&amp;wordsMode=AllWords">bygglov</a></li>
<li class="list-inline-item"><a href="/sok/?searchQuery=f%C3%B6rskola&amp;indexCatalogue=halmstad-webb&amp;wordsMode=AllWords">förskola</a></li>
<li class="list-inline-item"><a href="/sok/?searchQuery=lediga+jobb&amp;indexCatalogue=halmstad-webb&amp;wordsMode=AllWords">lediga jobb</a></li></ul>
<h2>Nyheter</h2>
{newslist([newsitem('strand','Livräddare finns på plats vid Tylösand, Östra stranden och Hagön från midsommar till mitten av augusti.'),
           newsitem('p1news','Läxhjälpen och lovskolan på Vallåsskolan har nått halvvägs. Fler elever klarar nu behörigheten till gymnasiet.', True),
           newsitem('cykel','Vid resecentrum byggs 400 nya cykelplatser, varav 120 under tak.')])}
<p><a href="/nyheter/" class="btn btn-secondary">Fler nyheter</a></p>''', pageid='start')

    # ---------- Kommun och politik
    pages['/kommun-och-politik/'] = page('Kommun och politik', [KOP], '''
<h1>Kommun och politik</h1>
<div class="sfContentBlock sf-Long-text"><p class="lead">Här finns information om hur kommunen styrs, om ekonomi och budget och om hur du kan påverka.</p></div>
<div class="card-list row">
<div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h4"><a href="/kommun-och-politik/politik-och-demokrati/">Politik och demokrati</a></h2><p>Kommunfullmäktige, nämnder och hur du kan påverka.</p></div></div></div>
<div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h4"><a href="/kommun-och-politik/ekonomi/">Ekonomi</a></h2><p>Budget, årsredovisning och skattesats.</p></div></div></div>
<div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h4"><a href="/kommun-och-politik/sociala-investeringar/">Sociala investeringar</a></h2><p>Kommunens fond för förebyggande arbete som ska ge effekt på lång sikt.</p></div></div></div>
<div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h4"><a href="/kommun-och-politik/kommunens-organisation/">Kommunens organisation</a></h2><p>Förvaltningar och bolag.</p></div></div></div>
</div>''')

    # ---------- fund page
    pages[FUND] = page('Sociala investeringar', [KOP, SI], f'''
<h1>Sociala investeringar</h1>
{cb(f"""<p class="lead">Halmstads kommun har sedan 2018 en fond för sociala investeringar. Pengarna används till förebyggande insatser som ska minska utanförskap och ge bättre livsvillkor för barn, unga och vuxna i Halmstad.</p>
<p>Tanken med en social investering är att satsa pengar tidigt, innan problemen växer sig stora. En insats som gör att fler unga klarar skolan eller att fler äldre kan bo kvar hemma ger vinster både för den enskilda människan och för kommunen på lång sikt.</p>
<h2>Så fungerar fonden</h2>
<p>Kommunfullmäktige avsatte 20 miljoner kronor till fonden 2018 och tillförde ytterligare 10 miljoner kronor i november 2025. Förvaltningarna kan söka medel för att pröva nya arbetssätt under högst tre år. Kommunstyrelsens arbetsutskott beslutar om medel efter beredning i en tjänstemannagrupp.</p>
<p>Hittills har fonden finansierat elva projekt. Vid årsskiftet fanns 14,2 miljoner kronor kvar att söka.</p>
<ul><li><a href="{FUND}sa-soker-du-medel/">Så söker du medel ur fonden</a></li>
<li><a href="{FUND}regler-och-villkor/">Regler och villkor</a></li>
<li><a href="{LIST}">Se alla beviljade projekt</a></li></ul>""")}
<h2>Aktuella projekt</h2>
<div class="row card-list">
<div class="col-md-6"><div class="card"><div class="card-body"><h3 class="h5"><a href="{LIST}laxhjalp-och-lovskola-vallas/">Läxhjälp och lovskola på Vallås</a></h3><p>Fler elever på Vallåsskolan ska bli behöriga till gymnasiet.</p></div></div></div>
<div class="col-md-6"><div class="card"><div class="card-body"><h3 class="h5"><a href="{LIST}mattecoach-sannarp/">Mattecoach Sannarp</a></h3><p>Matematikstöd för elever i årskurs 4–6.</p></div></div></div>
</div>
<div class="sfContentBlock sf-Long-text"><h2>För medarbetare</h2><p><a href="/docs/default-source/internt/beredningsgruppen-anteckningar-2026-02.pdf?sfvrsn=3c2a1f_1" rel="nofollow">Beredningsgruppens anteckningar februari 2026 (internt)</a></p>
<p>Kontakt: Sofia Bengtsson, utvecklingsstrateg, kommunledningsförvaltningen, telefon 035-13 70 00.</p></div>''', side=fundnav(), desc='Halmstads kommuns fond för sociala investeringar')

    pages[FUND + 'sa-soker-du-medel/'] = page('Så söker du medel', [KOP, SI, ('Så söker du medel', FUND + 'sa-soker-du-medel/')], cb('''
<h1>Så söker du medel ur sociala investeringsfonden</h1>
<p class="lead">Alla kommunens förvaltningar och bolag kan söka medel ur fonden. Gärna tillsammans med en annan förvaltning, Region Halland eller en förening.</p>
<h2>Steg för steg</h2>
<ol><li>Kontakta utvecklingsstrategen för sociala investeringar och berätta om er idé.</li>
<li>Gör en behovsanalys och beskriv målgruppen. Använd gärna statistik från Kolada och elevhälsan.</li>
<li>Fyll i ansökningsmallen med syfte, mål, tidsplan, budget och en plan för uppföljning.</li>
<li>Förvaltningschefen skriver under ansökan.</li>
<li>Skicka ansökan senast den 15 april eller den 15 oktober.</li></ol>
<h2>Vad händer sedan?</h2>
<p>Beredningsgruppen går igenom ansökan och kan ställa kompletterande frågor. Kommunstyrelsens arbetsutskott fattar beslut i juni respektive december. Ett beviljat projekt får ett startmöte och stöd i att ta fram en effektlogik.</p>
<p><a href="/docs/default-source/kommun-och-politik/ansokningsmall-sociala-investeringar.docx?sfvrsn=2b1c_4">Ansökningsmall (Word)</a></p>'''), side=fundnav(FUND + 'sa-soker-du-medel/'))

    pages[FUND + 'regler-och-villkor/'] = page('Regler och villkor', [KOP, SI, ('Regler och villkor', FUND + 'regler-och-villkor/')], cb('''
<h1>Regler och villkor för sociala investeringsfonden</h1>
<p>Kommunfullmäktige har beslutat om riktlinjer för fonden. Här är de viktigaste reglerna.</p>
<ul><li>Ett projekt kan pågå i högst tre år och få högst 3 500 000 kronor.</li>
<li>Förvaltningen ska stå för minst 20 procent av kostnaden med egna medel eller personal.</li>
<li>Projektet ska vara förebyggande, pröva ett nytt arbetssätt och kunna följas upp med mätbara mål.</li>
<li>Om projektet leder till minskade kostnader ska förvaltningen återbetala hälften av den beräknade besparingen till fonden, dock högst det beviljade beloppet.</li>
<li>Det ska finnas en plan för hur arbetssättet tas över av den ordinarie verksamheten när projektet är slut.</li></ul>
<h2>Vad fonden inte betalar</h2>
<p>Fonden betalar inte ordinarie verksamhet, lokaler, investeringar i byggnader eller insatser som redan finansieras på annat sätt.</p>'''), side=fundnav(FUND + 'regler-och-villkor/'))

    pages[FUND + 'uppfoljning-och-utvardering/'] = page('Uppföljning och utvärdering', [KOP, SI, ('Uppföljning och utvärdering', FUND + 'uppfoljning-och-utvardering/')], cb('''
<h1>Uppföljning och utvärdering</h1>
<p class="lead">Alla projekt som får pengar ur fonden följs upp två gånger om året. Högskolan i Halmstad utvärderar fonden som helhet.</p>
<p>Projekten rapporterar hur många de har nått, hur målen utvecklas och hur mycket pengar som har använts. Uppföljningen redovisas för kommunstyrelsens arbetsutskott i mars och september.</p>
<h2>Fonden i siffror</h2>
<table class="table"><caption>Sociala investeringsfonden 2022–2025</caption>
<thead><tr><th scope="col">År</th><th scope="col">Nya projekt</th><th scope="col">Beviljat, mnkr</th><th scope="col">Återbetalt, mnkr</th></tr></thead>
<tbody><tr><td>2022</td><td>2</td><td>3,1</td><td>0</td></tr><tr><td>2023</td><td>1</td><td>1,4</td><td>0,3</td></tr>
<tr><td>2024</td><td>3</td><td>6,6</td><td>0,5</td></tr><tr><td>2025</td><td>2</td><td>4,8</td><td>0,2</td></tr></tbody></table>
<h2>Utvärdering 2025</h2>
<p>Högskolan i Halmstad konstaterar att projekten i regel når sina målgrupper men att det är svårt att visa ekonomiska effekter efter så kort tid. Forskarna rekommenderar längre uppföljning och gemensamma indikatorer för alla projekt.</p>'''), side=fundnav(FUND + 'uppfoljning-och-utvardering/'))

    # ---------- list page, paginated by path (Sitefinity /page/N)
    def listpage(n, items, pager):
        return page('Beviljade projekt' + ('' if n == 1 else f' - sida {n}'), [KOP, SI, ('Beviljade projekt', LIST)], f'''
<h1>Beviljade projekt</h1>
{cb('<p>Här är de projekt som har fått medel ur sociala investeringsfonden och som pågår just nu. Avslutade projekt redovisas i kommunens årsredovisning.</p>')}
<div class="sf-content-list"><ul class="list-unstyled">{items}</ul></div>
<nav aria-label="Sidnumrering"><ul class="pagination">{pager}</ul></nav>''', side=fundnav(LIST))
    li = lambda u, t, s, per: f'<li class="list-item"><h2 class="h4"><a href="{u}">{t}</a></h2><p class="text-muted">{per}</p><p>{s}</p></li>'
    pager1 = '<li class="page-item active"><a class="page-link" href="/kommun-och-politik/sociala-investeringar/beviljade-projekt/">1</a></li><li class="page-item"><a class="page-link" href="/kommun-och-politik/sociala-investeringar/beviljade-projekt/page/2/">2</a></li><li class="page-item"><a class="page-link" href="/kommun-och-politik/sociala-investeringar/beviljade-projekt/page/2/" aria-label="Nästa">»</a></li>'
    pager2 = '<li class="page-item"><a class="page-link" href="/kommun-och-politik/sociala-investeringar/beviljade-projekt/" aria-label="Föregående">«</a></li><li class="page-item"><a class="page-link" href="/kommun-och-politik/sociala-investeringar/beviljade-projekt/">1</a></li><li class="page-item active"><a class="page-link" href="/kommun-och-politik/sociala-investeringar/beviljade-projekt/page/2/">2</a></li>'
    pages[LIST] = listpage(1, li(LIST + 'laxhjalp-och-lovskola-vallas/', 'Läxhjälp och lovskola på Vallås', 'Studiestöd efter skoltid och lovskola för elever i årskurs 7–9.', 'Augusti 2024 – juni 2027')
        + li(LIST + 'mattecoach-sannarp/', 'Mattecoach Sannarp', 'Matematikstöd för elever i årskurs 4–6.', 'Januari 2025 – december 2026'), pager1)
    pages[LIST + 'page/2/'] = listpage(2, li(LIST + 'trygga-unga-andersberg/', 'Trygga unga i Andersberg', 'Fältarbete, föreningsliv och föräldrar tillsammans för en tryggare fritid.', 'Januari 2025 – december 2027'), pager2)

    fact = lambda rows: '<div class="fact-box card"><div class="card-body"><h2 class="h5">Fakta om projektet</h2><ul class="list-unstyled">' + ''.join(f'<li><strong>{k}</strong> {v}</li>' for k, v in rows) + '</ul></div></div>'
    BP = ('Beviljade projekt', LIST)
    pages[LIST + 'laxhjalp-och-lovskola-vallas/'] = page('Läxhjälp och lovskola på Vallås', [KOP, SI, BP, ('Läxhjälp och lovskola på Vallås', LIST + 'laxhjalp-och-lovskola-vallas/')], cb('''
<h1>Läxhjälp och lovskola på Vallås</h1>
<p class="lead">På Vallåsskolan får elever i årskurs 7–9 läxhjälp fyra eftermiddagar i veckan och lovskola under sport-, påsk- och sommarlov. Målet är att fler ska bli behöriga till gymnasiet.</p>
<h2>Bakgrund</h2>
<p>Andelen elever på Vallåsskolan som blev behöriga till gymnasiets yrkesprogram var 68 procent läsåret 2022/23, jämfört med 86 procent i hela kommunen. Många elever saknar någon hemma som kan hjälpa till med skolarbetet.</p>
<h2>Syfte och mål</h2>
<p>Syftet är att ge eleverna det stöd de inte får hemma. Målet är att andelen behöriga elever ska öka till minst 80 procent till våren 2027 och att frånvaron ska minska.</p>
<h2>Så arbetar vi</h2>
<p>Två lärare och studentmentorer från Högskolan i Halmstad leder läxhjälpen i skolbiblioteket. Lovskolan hålls i samarbete med stadsbiblioteket. Föräldrar bjuds in till träffar om hur skolan fungerar.</p>''')
        + fact([('Projektägare', 'Barn- och ungdomsförvaltningen'), ('Samverkan', 'Högskolan i Halmstad och Halmstads stadsbibliotek'), ('Målgrupp', 'Elever i årskurs 7–9 på Vallåsskolan'),
                ('Projektperiod', 'augusti 2024 – juni 2027'), ('Beviljat ur sociala investeringsfonden', '2 400 000 kronor')]),
        side=fundnav(LIST))

    pages[LIST + 'trygga-unga-andersberg/'] = page('Trygga unga i Andersberg', [KOP, SI, BP, ('Trygga unga i Andersberg', LIST + 'trygga-unga-andersberg/')], cb('''
<h1>Trygga unga i Andersberg</h1>
<p class="lead">Fältsekreterare, fritidsgården, idrottsföreningar och föräldrar arbetar tillsammans för att unga i Andersberg ska ha en trygg och meningsfull fritid.</p>
<h2>Varför behövs projektet?</h2>
<p>I Andersberg har allt fler unga mellan 12 och 17 år uppgett att de känner sig otrygga på kvällarna, och polisen ser att kriminella nätverk försöker rekrytera allt yngre barn. Samtidigt deltar färre unga i föreningslivet än i andra delar av Halmstad.</p>
<h2>Vad ska göras?</h2>
<p>Två fältsekreterare arbetar kvällstid och fredagsnätter i området. Fritidsgården har öppet längre och föreningarna erbjuder gratis prova-på-aktiviteter. Föräldrar erbjuds nätverksträffar och utbildning i föräldraskap.</p>
<h2>Tid och pengar</h2>
<p>Projektet pågår från januari 2025 till december 2027. Kommunstyrelsens arbetsutskott har beviljat 3 150 000 kronor ur sociala investeringsfonden. Socialförvaltningen och kultur- och fritidsförvaltningen står tillsammans för projektet och bidrar med egen personal motsvarande 800 000 kronor.</p>
<h2>Uppföljning</h2>
<p>Projektet följs upp med Polisens trygghetsmätning, elevenkäten Liv och hälsa ung och antalet unga som deltar i föreningsaktiviteter.</p>'''), side=fundnav(LIST))

    # ---------- Omsorg och stöd › Barn och familj › P3
    OS = ('Omsorg och stöd', '/omsorg-och-stod/')
    BF = ('Barn och familj', '/omsorg-och-stod/barn-och-familj/')
    def bfnav(cur):
        items = [('Familjecentraler', '/omsorg-och-stod/barn-och-familj/familjecentraler/'), ('Föräldrastöd i tonåren', '/omsorg-och-stod/barn-och-familj/foraldrastod-i-tonaren/'),
                 ('Familjerådgivning', '/omsorg-och-stod/barn-och-familj/familjeradgivning/'), ('Orosanmälan', '/omsorg-och-stod/barn-och-familj/orosanmalan/')]
        lis = ''.join(f'<li{ACT if u == cur else ""}><a href="{u}">{t}</a></li>' for t, u in items)
        return f'<nav class="nav-vertical sf-navigation" aria-label="Undermeny"><h2 class="h5"><a href="/omsorg-och-stod/barn-och-familj/">Barn och familj</a></h2><ul class="nav flex-column">{lis}</ul></nav>'
    pages['/omsorg-och-stod/'] = page('Omsorg och stöd', [OS], '''
<h1>Omsorg och stöd</h1>
<div class="sfContentBlock sf-Long-text"><p class="lead">Stöd till barn, familjer, äldre och personer med funktionsnedsättning.</p></div>
<div class="row card-list">
<div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h4"><a href="/omsorg-och-stod/barn-och-familj/">Barn och familj</a></h2><p>Familjecentraler, föräldrastöd och stöd när det är svårt hemma.</p></div></div></div>
<div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h4"><a href="/omsorg-och-stod/aldre/">Äldre</a></h2><p>Hemtjänst, särskilt boende och träffpunkter.</p></div></div></div>
<div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h4"><a href="/omsorg-och-stod/funktionsnedsattning/">Funktionsnedsättning</a></h2><p>LSS och stöd i vardagen.</p></div></div></div>
<div class="col-md-6"><div class="card"><div class="card-body"><h2 class="h4"><a href="/omsorg-och-stod/ekonomiskt-bistand/">Ekonomiskt bistånd</a></h2><p>När pengarna inte räcker.</p></div></div></div>
</div>''')
    pages['/omsorg-och-stod/barn-och-familj/'] = page('Barn och familj', [OS, BF], cb('''
<h1>Barn och familj</h1>
<p class="lead">Alla föräldrar behöver stöd ibland. Här hittar du kommunens stöd till barn och familjer.</p>
<p>Du kan vända dig till en familjecentral med små barn, och till föräldrastödet om du har tonåringar. Om du är orolig för ett barn kan du göra en orosanmälan till socialtjänsten.</p>'''), side=bfnav(None))
    pages['/omsorg-och-stod/barn-och-familj/foraldrastod-i-tonaren/'] = page('Föräldrastöd i tonåren', [OS, BF, ('Föräldrastöd i tonåren', '/omsorg-och-stod/barn-och-familj/foraldrastod-i-tonaren/')], cb('''
<h1>Föräldrastöd i tonåren</h1>
<p class="lead">Är du förälder till en tonåring i Linehed eller Nyhem? Då kan du gå en kostnadsfri föräldragrupp och få enskilda samtal med en familjebehandlare.</p>
<p>Tonåren kan vara en tuff tid för hela familjen. Föräldrastödet vänder sig till föräldrar med barn mellan 12 och 17 år och träffarna hålls på fritidsgården i Linehed och på Nyhems bibliotek, på svenska, arabiska och somaliska.</p>
<h2>Ett projekt för att pröva nya arbetssätt</h2>
<p>Föräldrastödet startade i september 2024 som ett projekt i socialförvaltningen. Syftet är att nå föräldrar tidigt, innan problemen hunnit växa, och att minska antalet orosanmälningar för barn i åldern 12–17 år i de två stadsdelarna. Projektet finansieras med 1 200 000 kronor ur Halmstads kommuns sociala investeringsfond och pågår till och med augusti 2026. Därefter är tanken att arbetssättet ska ingå i den ordinarie verksamheten.</p>
<p>Hittills har 64 föräldrar gått i föräldragrupp. Projektet samarbetar med skolornas elevhälsa och med Region Hallands ungdomsmottagning.</p>
<h2>Kontakt</h2>
<p>Föräldrastödet, socialförvaltningen, telefon 035-13 70 00.</p>'''), side=bfnav('/omsorg-och-stod/barn-och-familj/foraldrastod-i-tonaren/'))

    # ---------- Ekonomi › Årsredovisning (only way to P4)
    EK = ('Ekonomi', '/kommun-och-politik/ekonomi/')
    pages['/kommun-och-politik/ekonomi/'] = page('Ekonomi', [KOP, EK], cb('''
<h1>Ekonomi</h1>
<p class="lead">Kommunens budget, årsredovisning och delårsrapporter.</p>
<ul><li><a href="/kommun-och-politik/ekonomi/budget-2026/">Budget 2026</a></li>
<li><a href="/kommun-och-politik/ekonomi/arsredovisning-2025/">Årsredovisning 2025</a></li>
<li><a href="/kommun-och-politik/ekonomi/skattesats/">Skattesats</a></li></ul>'''))
    pages['/kommun-och-politik/ekonomi/arsredovisning-2025/'] = page('Årsredovisning 2025', [KOP, EK, ('Årsredovisning 2025', '/kommun-och-politik/ekonomi/arsredovisning-2025/')], cb('''
<h1>Årsredovisning 2025</h1>
<p class="lead">Halmstads kommun redovisar ett överskott på 182 miljoner kronor för 2025. Här är en sammanfattning av året. Hela årsredovisningen finns som pdf.</p>
<h2>Året i korthet</h2>
<ul><li>Befolkningen ökade med 1 140 personer till 106 900 invånare.</li>
<li>Tre nya förskolor invigdes, i Fyllinge, Kärleken och Oskarström.</li>
<li>Skattesatsen var oförändrad, 21,04 kronor.</li></ul>
<h2>Sociala investeringar under året</h2>
<p>Fonden för sociala investeringar fylldes på med 10 miljoner kronor. Under året avslutades ett projekt och två nya beviljades.</p>
<table class="table"><caption>Projekt som beviljades 2025</caption>
<thead><tr><th scope="col">Projekt</th><th scope="col">Förvaltning</th><th scope="col">Beviljat</th></tr></thead>
<tbody><tr><td><a href="/omsorg-och-stod/aldre/seniorkraft-oskarstrom/">Seniorkraft Oskarström</a></td><td>Vård- och omsorgsförvaltningen</td><td>1 850 000 kr</td></tr>
<tr><td>Trygga unga i Andersberg</td><td>Socialförvaltningen</td><td>3 150 000 kr</td></tr></tbody></table>
<h2>Ekonomiskt resultat</h2>
<p>Nämnderna redovisade sammantaget ett underskott på 34 miljoner kronor, främst inom vård och omsorg. Investeringarna uppgick till 1,1 miljarder kronor.</p>
<p><a href="/docs/default-source/kommun-och-politik/ekonomi/arsredovisning-2025.pdf?sfvrsn=7e1d2c_3">Årsredovisning 2025 (pdf, 6 MB)</a></p>'''))
    pages['/omsorg-och-stod/aldre/seniorkraft-oskarstrom/'] = page('Seniorkraft Oskarström', [OS, ('Äldre', '/omsorg-och-stod/aldre/'), ('Seniorkraft Oskarström', '/omsorg-och-stod/aldre/seniorkraft-oskarstrom/')], cb('''
<h1>Seniorkraft Oskarström</h1>
<p class="lead">Seniorkraft är träning i grupp, samtal och gemenskap för dig som är över 70 år och bor i Oskarström med omnejd.</p>
<p>Många äldre i Oskarström bor ensamma och långt från kommunens träffpunkter. Fallolyckor och ensamhet gör att fler behöver hemtjänst eller vård tidigare än nödvändigt.</p>
<h2>Kort om projektet</h2>
<ul><li>Syfte: att förebygga fallolyckor och ofrivillig ensamhet bland äldre så att fler kan leva ett aktivt liv hemma längre.</li>
<li>Tid: mars 2025 – februari 2028.</li>
<li>Kostnad: 1 850 000 kronor ur kommunens sociala investeringsfond.</li>
<li>Ansvarig: vård- och omsorgsförvaltningen.</li>
<li>Samarbete: PRO Oskarström, Svenska kyrkan och Region Hallands vårdcentral i Oskarström.</li></ul>
<h2>Så går det till</h2>
<p>En fysioterapeut och en aktivitetssamordnare leder balansträning två gånger i veckan i Folkets hus. Efter träningen bjuds det på fika och samtal. Den som inte kan ta sig dit själv får skjuts med frivilliga förare.</p>'''))

    # ---------- P5 only via the tag page's news item
    pages['/uppleva-och-gora/fritidsgardar/kvallsoppet-fyllinge/'] = page('Kvällsöppet i Fyllinge', [('Uppleva och göra', '/uppleva-och-gora/'), ('Fritidsgårdar', '/uppleva-och-gora/fritidsgardar/'), ('Kvällsöppet i Fyllinge', '/uppleva-och-gora/fritidsgardar/kvallsoppet-fyllinge/')], cb('''
<h1>Kvällsöppet i Fyllinge</h1>
<p class="lead">Fyllinge fritidsgård har öppet till midnatt på fredagar och lördagar för dig som är 13–18 år.</p>
<p>Kvällsöppet startade i januari 2024 efter att föräldrar och skolor larmat om att unga saknade en trygg plats att vara på under helgkvällarna. På fritidsgården finns alltid fyra vuxna, och fältsekreterarna kommer förbi varje kväll. Det finns musikstudio, gym, spel och ett kafé som drivs av ungdomarna själva.</p>
<p>Satsningen är en social investering: kommunstyrelsens arbetsutskott har beviljat 980 000 kronor ur sociala investeringsfonden för perioden januari 2024 – december 2026. Syftet är att minska skadegörelse och otrygghet i Fyllinge centrum och att fler unga ska ha en meningsfull fritid. Kultur- och fritidsförvaltningen driver projektet tillsammans med socialförvaltningens fältgrupp.</p>
<h2>Öppettider</h2>
<p>Fredag och lördag 19.00–24.00. Måndag–torsdag 15.00–21.00.</p>
<p>Adress: Fyllinge centrum, Bäckagårdsvägen 2.</p>'''))

    # ---------- news
    def newspage(key, body, tags=True):
        u, t, d = NEWS[key]
        tg = f'<ul class="sf-tags list-inline"><li class="list-inline-item">Taggar:</li><li class="list-inline-item"><a href="{TAG}">Sociala investeringar</a></li></ul>' if tags else ''
        return page(t, [('Nyheter', '/nyheter/'), (t, u)], f'''<article class="sf-news-item"><h1>{t}</h1><p class="text-muted">Publicerad {d}</p>{cb(body)}{tg}</article>''', side=ARCHIVE_SIDE)
    pages[NEWS['p1news'][0]] = newspage('p1news', f'''<p class="lead">Läxhjälpen och lovskolan på Vallåsskolan har nu pågått i halva projekttiden. Andelen elever som blev behöriga till gymnasiet ökade från 68 till 76 procent.</p>
<p>– Eleverna säger att de vågar fråga mer när det är lugnt i biblioteket på eftermiddagen, säger rektor Amir Haddad.</p>
<p>Projektet får 2 400 000 kronor ur kommunens sociala investeringsfond och pågår till juni 2027.</p>
<p><a href="{LIST}laxhjalp-och-lovskola-vallas/">Läs mer om Läxhjälp och lovskola på Vallås</a></p>''')
    pages[NEWS['call'][0]] = newspage('call', f'''<p class="lead">Nu är det dags att söka pengar ur kommunens sociala investeringsfond. Sista dag att skicka in en ansökan är den 15 april.</p>
<p>I år finns 6 miljoner kronor att fördela. Kommunstyrelsen vill särskilt se ansökningar som rör barns psykiska hälsa och unga vuxna som varken arbetar eller studerar.</p>
<p>Läs om fonden på <a href="/kommun-och-politik/sociala-investeringar/Action/Edit">sidan om sociala investeringar</a> och om ansökan under <a href="{FUND}sa-soker-du-medel/">Så söker du medel</a>.</p>''')
    pages[NEWS['fill'][0]] = newspage('fill', f'''<p class="lead">Kommunfullmäktige beslutade på tisdagen att tillföra 10 miljoner kronor till sociala investeringsfonden. Pengarna kommer från 2024 års överskott.</p>
<p>Sedan starten 2018 har fonden finansierat elva projekt. Tre av dem har blivit ordinarie verksamhet efter projekttiden.</p>
<p>– Fonden gör att vi vågar pröva nytt. Nu kan vi fortsätta i minst fem år till, säger kommunstyrelsens ordförande.</p>
<p><a href="{FUND}">Läs mer om sociala investeringar</a></p>''')
    pages[NEWS['kvall'][0]] = newspage('kvall', f'''<p class="lead">Sedan Fyllinge fritidsgård började hålla öppet till midnatt på helgerna har över 300 olika ungdomar besökt gården. Skadegörelsen i centrum har minskat.</p>
<p>Kvällsöppet är en av kommunens sociala investeringar och pågår till och med 2026.</p>
<p><a href="/uppleva-och-gora/fritidsgardar/kvallsoppet-fyllinge/">Läs mer om Kvällsöppet i Fyllinge</a></p>''')
    pages[NEWS['cykel'][0]] = newspage('cykel', '<p class="lead">Vid resecentrum byggs 400 nya cykelplatser, varav 120 under tak. Arbetet pågår under maj och juni.</p><p>Under byggtiden hänvisas cyklister till den tillfälliga parkeringen vid Laxbutiken.</p>', tags=False)
    pages[NEWS['strand'][0]] = newspage('strand', '<p class="lead">Från midsommar till den 16 augusti finns badvakter på Tylösand, Östra stranden och Hagön.</p><p>Badvakterna finns på plats klockan 10–18 varje dag.</p>', tags=False)
    pages[NEWS['ar'][0]] = newspage('ar', '<p class="lead">Halmstads kommun redovisar ett överskott på 182 miljoner kronor för 2025.</p><p><a href="/kommun-och-politik/ekonomi/arsredovisning-2025/">Läs sammanfattningen av årsredovisningen</a></p>', tags=False)

    pages['/nyheter/'] = page('Nyheter', [('Nyheter', '/nyheter/')], '<h1>Nyheter</h1>' + newslist([
        newsitem('strand', 'Livräddare finns på plats vid tre stränder från midsommar.'),
        newsitem('p1news', 'Andelen behöriga elever har ökat från 68 till 76 procent.', True),
        newsitem('cykel', '400 nya cykelplatser byggs vid resecentrum.'),
        newsitem('ar', 'Överskott på 182 miljoner kronor.')]) +
        '<nav aria-label="Sidnumrering"><ul class="pagination"><li class="page-item active"><a class="page-link" href="/nyheter/">1</a></li><li class="page-item"><a class="page-link" href="/nyheter/page/2/">2</a></li><li class="page-item"><a class="page-link" href="/nyheter/page/2/">Nästa</a></li></ul></nav>', side=ARCHIVE_SIDE)
    pages['/nyheter/page/2/'] = page('Nyheter - sida 2', [('Nyheter', '/nyheter/')], '<h1>Nyheter</h1>' + newslist([
        newsitem('call', 'Sista dag att söka är den 15 april. 6 miljoner kronor att fördela.', True),
        newsitem('fill', 'Pengarna kommer från 2024 års överskott.', True)]) +
        '<nav aria-label="Sidnumrering"><ul class="pagination"><li class="page-item"><a class="page-link" href="/nyheter/">1</a></li><li class="page-item active"><a class="page-link" href="/nyheter/page/2/">2</a></li></ul></nav>', side=ARCHIVE_SIDE)
    pages[TAG] = page('Nyheter: Sociala investeringar', [('Nyheter', '/nyheter/'), ('Sociala investeringar', TAG)], '<h1>Nyheter taggade med Sociala investeringar</h1>' + newslist([
        newsitem('p1news', 'Andelen behöriga elever har ökat från 68 till 76 procent.', True),
        newsitem('call', 'Sista dag att söka är den 15 april.', True),
        newsitem('fill', 'Pengarna kommer från 2024 års överskott.', True),
        newsitem('kvall', 'Över 300 ungdomar har besökt fritidsgården på helgkvällarna.', True)]), side=ARCHIVE_SIDE)

    # ---------- jobs
    pages['/jobba-hos-oss/'] = page('Jobba hos oss', [('Jobba hos oss', '/jobba-hos-oss/')], cb('''
<h1>Jobba hos oss</h1><p class="lead">Halmstads kommun har 8 000 medarbetare i över 200 yrken.</p>
<h2>Lediga jobb i urval</h2><ul>
<li><a href="/jobba-hos-oss/lediga-jobb/processledare-sociala-investeringar/">Processledare för sociala investeringar</a></li>
<li><a href="/jobba-hos-oss/lediga-jobb/underskoterska-hemtjansten-vallas/">Undersköterska till hemtjänsten Vallås</a></li>
<li><a href="https://halmstad.varbi.com/">Alla lediga jobb hos Varbi</a></li></ul>'''))
    pages['/jobba-hos-oss/lediga-jobb/processledare-sociala-investeringar/'] = page('Processledare för sociala investeringar', [('Jobba hos oss', '/jobba-hos-oss/'), ('Processledare för sociala investeringar', '/jobba-hos-oss/lediga-jobb/processledare-sociala-investeringar/')], cb('''
<h1>Processledare för sociala investeringar</h1>
<p class="lead">Kommunledningsförvaltningen söker en processledare som vill driva arbetet med kommunens sociala investeringsfond.</p>
<h2>Om tjänsten</h2>
<p>Du stöttar förvaltningarna när de tar fram ansökningar, leder beredningsgruppen och ansvarar för uppföljningen av projekten, till exempel Läxhjälp och lovskola på Vallås och Trygga unga i Andersberg. Du samarbetar med Högskolan i Halmstad kring utvärdering.</p>
<h2>Vi söker dig som</h2>
<ul><li>har en akademisk utbildning inom samhällsvetenskap, ekonomi eller folkhälsa</li><li>har erfarenhet av projektledning och uppföljning</li></ul>
<p>Anställningsform: tillsvidare, heltid. Tillträde enligt överenskommelse. Sista ansökningsdag 31 maj 2026.</p>
<p><a href="https://halmstad.varbi.com/what:job/jobID:812345/">Ansök via Varbi</a></p>'''))

    # ---------- robots and sitemaps
    pages['/robots.txt'] = '''User-agent: *
Disallow: /Sitefinity/
Disallow: /sok/
Disallow: /*/Action/
Disallow: /docs/default-source/internt/
Disallow: /RestApi/

Sitemap: https://www.halmstad.se/sitemap/sitemap.xml
'''
    smurls = ['/', '/kommun-och-politik/', FUND, FUND + 'sa-soker-du-medel/', FUND + 'regler-och-villkor/', FUND + 'uppfoljning-och-utvardering/', LIST,
              LIST + 'laxhjalp-och-lovskola-vallas/', LIST + 'trygga-unga-andersberg/', '/omsorg-och-stod/', '/omsorg-och-stod/barn-och-familj/',
              '/omsorg-och-stod/barn-och-familj/foraldrastod-i-tonaren/', '/kommun-och-politik/ekonomi/', '/kommun-och-politik/ekonomi/arsredovisning-2025/',
              '/omsorg-och-stod/aldre/seniorkraft-oskarstrom/', '/uppleva-och-gora/fritidsgardar/kvallsoppet-fyllinge/', '/nyheter/', '/jobba-hos-oss/']
    pages['/sitemap/sitemap.xml'] = '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n <sitemap><loc>https://www.halmstad.se/sitemap/sitemap_0.xml</loc><lastmod>2026-06-02T08:14:00+02:00</lastmod></sitemap>\n</sitemapindex>\n'
    pages['/sitemap/sitemap_0.xml'] = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + ''.join(f' <url><loc>{B}{u}</loc><changefreq>weekly</changefreq></url>\n' for u in smurls) + '</urlset>\n'
    for u, t in pages.items():
        write(H, u, t)
    return pages
