"""Sandvikens kommun (2181) on MODX Revolution 2.8 (friendly URLs: containers end in '/', documents in '.html',
<base href> in the template and every internal link written relative to it, as MODX's [[~id]] tags give them).
Run: python3 make_site_sandviken.py"""
from make_common import write

H = 'www.sandviken.se'
B = 'https://www.sandviken.se/'

FUND = 'kommun-och-politik/sociala-investeringar/'
S1 = FUND + 'projekt/sprakforskola-vallhov.html'
S2 = FUND + 'projekt/fritidsledare-i-skolan-storvik.html'
S3 = 'omsorg-och-stod/barn-och-familj/foraldrastod-jarbo.html'
S4 = 'arbete-och-naringsliv/arbetsmarknad/grona-jobb-arsunda.html'
S5 = 'uppleva-och-gora/motesplatser/nordanback.html'

MENU = [('Barn och utbildning', 'barn-och-utbildning/'), ('Omsorg och stöd', 'omsorg-och-stod/'), ('Uppleva och göra', 'uppleva-och-gora/'),
        ('Bo och bygga', 'bo-och-bygga/'), ('Arbete och näringsliv', 'arbete-och-naringsliv/'), ('Kommun och politik', 'kommun-och-politik/')]

SUBMENU = [('Så söker du', FUND + 'sa-soker-du.html', []), ('Riktlinjer', FUND + 'riktlinjer.html', []),
           ('Projekt', FUND + 'projekt/', [('Språkförskola i Vallhov', S1)]),
           ('Uppföljning', FUND + 'uppfoljning.html', []), ('Vanliga frågor', FUND + 'vanliga-fragor.html', [])]


def wayfinder(cur):
    out = ['<ul class="nav flex-column subnav">']
    n = len(SUBMENU)
    for i, (t, u, kids) in enumerate(SUBMENU):
        cls = ['first'] if i == 0 else (['last'] if i == n - 1 else [])
        if cur == u or (u.endswith('/') and cur.startswith(u)):
            cls.append('active')
        out.append(f'<li class="{" ".join(cls)}"><a href="{u}" title="{t}">{t}</a>')
        if kids:  # Wayfinder: the Projekt folder always shows its published menu children
            out.append('<ul class="nav flex-column">' + ''.join(f'<li class="{"active" if cur == ku else ""}"><a href="{ku}" title="{kt}">{kt}</a></li>' for kt, ku in kids) + '</ul>')
        out.append('</li>')
    out.append('</ul>')
    return (f'<nav class="sidebar-nav" aria-label="Sociala investeringar"><h2 class="h5"><a href="{FUND}">Sociala investeringar</a></h2>' + '\n'.join(out) + '</nav>')


def page(path, title, content, crumbs=(), side='', pid=1, longtitle='', printable=True, editedon='2025-04-02'):
    menu = '\n'.join(f'<li class="nav-item{" first" if i == 0 else ""}{" last" if i == len(MENU) - 1 else ""}{" active" if path.startswith(u) else ""}"><a class="nav-link" href="{u}" title="{t}">{t}</a></li>'
                     for i, (t, u) in enumerate(MENU))
    bc = '<li class="breadcrumb-item"><a href="./">Startsida</a></li>' + ''.join(
        f'<li class="breadcrumb-item"><a href="{u}">{t}</a></li>' for t, u in crumbs[:-1])
    if crumbs:
        bc += f'<li class="breadcrumb-item active" aria-current="page">{crumbs[-1][0]}</li>'
    pr = f'<a href="{path}?print=1" class="print-link" rel="nofollow">Skriv ut</a>' if printable else ''
    if side:
        body = f'<div class="row"><aside class="col-lg-3 order-2 order-lg-1">{side}</aside><div class="col-lg-9 order-1 order-lg-2"><article class="content">{content}</article></div></div>'
    else:
        body = f'<div class="row"><div class="col-lg-10"><article class="content">{content}</article></div></div>'
    return f'''<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<base href="{B}">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{longtitle or title} | Sandvikens kommun</title>
<meta name="description" content="{title}">
<link rel="canonical" href="{B}{path}">
<link rel="stylesheet" href="assets/templates/sandviken/css/bootstrap.min.css">
<link rel="stylesheet" href="assets/templates/sandviken/css/site.css?v=2024.2">
<script src="assets/templates/sandviken/js/jquery-3.6.0.min.js"></script>
</head>
<body class="template-{3 if side else 2} resource-{pid}">
<a class="sr-only sr-only-focusable" href="{path}#innehall">Hoppa till innehållet</a>
<div class="topbar bg-dark"><div class="container d-flex justify-content-end">
<ul class="list-inline mb-0"><li class="list-inline-item"><a href="https://www.readspeaker.com/" rel="nofollow" onclick="readpage(this.href, 'xp1'); return false;">Lyssna</a></li>
<li class="list-inline-item"><a href="other-languages.html">Other languages</a></li>
<li class="list-inline-item"><a href="a-o.html">A–Ö</a></li>
<li class="list-inline-item"><a href="kontakt.html">Kontakt</a></li></ul></div></div>
<header class="site-header"><div class="container">
<nav class="navbar navbar-expand-lg navbar-light px-0">
<a class="navbar-brand" href="./"><img src="assets/templates/sandviken/img/sandviken-logo.svg" alt="Sandvikens kommun" width="210" height="56"></a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainnav" aria-controls="mainnav" aria-expanded="false" aria-label="Meny"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainnav"><ul class="navbar-nav ml-auto">
{menu}
</ul></div></nav>
<form class="sisea-search-form form-inline" action="sok.html" method="get"><label for="search" class="sr-only">Sök</label>
<input class="form-control" type="text" name="search" id="search" placeholder="Sök på sandviken.se"><input type="hidden" name="id" value="52"><button class="btn btn-primary" type="submit">Sök</button></form>
</div></header>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">{bc}</ol></nav></div>
<main class="container" id="innehall">
{body}
<p class="small text-muted page-meta">Sidan uppdaterades {editedon}. {pr}</p>
</main>
<footer class="site-footer bg-dark text-light mt-5"><div class="container py-4"><div class="row">
<div class="col-md-4"><h2 class="h6">Sandvikens kommun</h2><p>811 80 Sandviken<br>Besöksadress: Stadshuset, Köpmangatan 9<br>Telefon: 026-24 00 00<br><a href="mailto:kommun@sandviken.se">kommun@sandviken.se</a></p></div>
<div class="col-md-4"><h2 class="h6">Genvägar</h2><ul class="list-unstyled"><li><a href="nyheter/">Nyheter</a></li><li><a href="jobb/">Lediga jobb</a></li><li><a href="a-o.html">Sandviken A–Ö</a></li><li><a href="om-webbplatsen.html">Om webbplatsen</a></li><li><a href="kakor.html">Kakor</a></li></ul></div>
<div class="col-md-4"><h2 class="h6">Medarbetare</h2><ul class="list-unstyled"><li><a href="intranat/">Intranät</a></li><li><a href="manager/" rel="nofollow">Logga in</a></li><li><a href="https://www.facebook.com/sandvikenskommun">Facebook</a></li></ul></div>
</div></div></footer>
<script src="assets/templates/sandviken/js/bootstrap.bundle.min.js"></script>
</body>
</html>
'''


def h1(title, intro=''):
    return f'<h1>{title}</h1>' + (f'<p class="lead">{intro}</p>' if intro else '')


NEWS = [
    # path (year/month/alias.html), title, date, intro, body
    ('nyheter/2025/03/nu-kan-du-soka-ur-sociala-investeringsfonden.html', 'Nu kan du söka ur sociala investeringsfonden', '2025-03-10',
     'Förvaltningarna kan söka pengar ur den sociala investeringsfonden till och med den 30 april.',
     f'''<p>Den sociala investeringsfonden öppnar för ansökningar. I år finns drygt 3 miljoner kronor att söka för förebyggande insatser som riktar sig till barn, unga och vuxna som riskerar att hamna i utanförskap.</p>
<p>Ansökan görs av förvaltningen, gärna tillsammans med en annan förvaltning, Region Gävleborg eller en förening. Kommunstyrelsens arbetsutskott beslutar i juni.</p>
<p><a href="{FUND}sa-soker-du.html">Så söker du</a></p>'''),
    ('nyheter/2025/02/kommunstyrelsen-beviljade-tre-nya-sociala-investeringar.html', 'Kommunstyrelsen beviljade tre nya sociala investeringar', '2025-02-12',
     'Tre nya projekt får sammanlagt drygt 4 miljoner kronor ur den sociala investeringsfonden.',
     '''<p>Kommunstyrelsen beslutade den 10 februari att bevilja pengar till tre nya projekt:</p>
<ul><li>Fritidsledare i skolan – Storvik, 980 000 kronor</li><li>Gröna jobb i Årsunda, 2 300 000 kronor</li><li>Läxhjälp på biblioteket i Järbo, 850 000 kronor</li></ul>
<p>– Projekten ska ge fler barn och vuxna en bättre chans, och vi kommer att följa dem noga, säger kommunstyrelsens ordförande.</p>'''),
    ('nyheter/2025/01/isbanan-pa-jernvallen-har-oppnat.html', 'Isbanan på Jernvallen har öppnat', '2025-01-08',
     'Nu kan du åka skridskor på Jernvallen.',
     '<p>Isbanan är öppen varje dag klockan 9–21 så länge vädret tillåter. Det är gratis att åka.</p>'),
    ('nyheter/2024/10/foraldrar-i-jarbo-far-nytt-stod.html', 'Föräldrar i Järbo får nytt stöd', '2024-10-14',
     'I höst startar föräldragrupper och hembesök för småbarnsföräldrar i Järbo.',
     f'''<p>Socialtjänsten och barnavårdscentralen i Järbo startar ett nytt föräldrastöd. Alla föräldrar med barn upp till tolv år erbjuds att gå i en föräldragrupp, och familjer med små barn kan få hembesök.</p>
<p>– Det är långt till stödet inne i stan, och många föräldrar har berättat att de saknar någon att prata med. Nu kommer vi till dem, säger familjebehandlaren Sara Nyström.</p>
<p>Läs mer om <a href="{S3}">Föräldrastöd i Järbo</a>.</p>'''),
    ('nyheter/2024/06/valkommen-till-seminarium-om-sociala-investeringar.html', 'Välkommen till seminarium om sociala investeringar', '2024-06-03',
     'Den 12 september bjuder kommunen in till ett seminarium om sociala investeringar.',
     '''<p>Under seminariet berättar forskare från Högskolan i Gävle om hur man kan räkna på förebyggande arbete, och projektledare från Sandviken och Gävle delar med sig av sina erfarenheter.</p>
<p><strong>När:</strong> 12 september 2024 klockan 9–12<br><strong>Var:</strong> Göransson Arena, konferens<br><strong>Anmälan:</strong> senast 1 september</p>'''),
    ('nyheter/2024/04/nya-papperskorgar-i-centrum.html', 'Nya papperskorgar i centrum', '2024-04-22',
     'Kommunen byter ut papperskorgarna längs Köpmangatan.',
     '<p>De nya papperskorgarna har plats för sopsortering och töms automatiskt när de är fulla.</p>'),
]


def build():
    files = []
    w = lambda p, t: files.append(write(H, p, t))
    n = lambda p: p  # paths relative to <base>
    # start page
    latest = ''.join(f'<div class="col-md-4"><div class="card news-card"><div class="card-body"><p class="small text-muted">{d}</p><h3 class="h5 card-title"><a href="{p}">{t}</a></h3><p class="card-text">{i}</p></div></div></div>'
                     for p, t, d, i, _ in NEWS[:3])
    w('/', page('', 'Startsida', f'''<h1 class="sr-only">Sandvikens kommun</h1>
<div class="popular"><h2 class="h5">Vanliga sökningar</h2><a href="sok.html?search=bygglov&amp;id=52" class="badge badge-light">Bygglov</a> <a href="sok.html?search=skolskjuts&amp;id=52" class="badge badge-light">Skolskjuts</a> <a href="sok.html?search=avfall&amp;id=52" class="badge badge-light">Avfall</a></div>
<h2>Nyheter</h2><div class="row">{latest}</div><p><a href="nyheter/">Fler nyheter</a></p>''', printable=False))

    # kommun och politik
    w('/kommun-och-politik/', page('kommun-och-politik/', 'Kommun och politik', h1('Kommun och politik', 'Politik, ekonomi, styrdokument och kommunens organisation.') + f'''
<ul class="list-group list-group-flush"><li class="list-group-item"><a href="kommun-och-politik/politik-och-demokrati/">Politik och demokrati</a></li>
<li class="list-group-item"><a href="{FUND}">Sociala investeringar</a></li><li class="list-group-item"><a href="kommun-och-politik/ekonomi/">Ekonomi</a></li>
<li class="list-group-item"><a href="jobb/">Jobba hos oss</a></li></ul>''', [('Kommun och politik', 'kommun-och-politik/')], pid=8))

    cf = [('Kommun och politik', 'kommun-och-politik/'), ('Sociala investeringar', FUND)]
    w('/' + FUND, page(FUND, 'Sociala investeringar', h1('Sociala investeringar', 'Sandvikens kommun har en social investeringsfond för förebyggande insatser som ska minska utanförskap och skapa inkludering.') + '''
<p>Kommunfullmäktige beslutade 2022 att avsätta tio miljoner kronor till en social investeringsfond. Pengarna ska användas till insatser som förebygger utanförskap tidigt, till exempel genom att fler barn klarar skolan, fler unga och vuxna kommer i arbete och fler känner sig delaktiga.</p>
<p>En social investering kostar pengar i dag men förväntas ge vinster senare, både för de människor som får stöd och för kommunens ekonomi. Därför ska varje projekt följas upp och utvärderas.</p>
<h2>Vem beslutar?</h2>
<p>Kommunstyrelsen beslutar om vilka projekt som får pengar, efter beredning av en arbetsgrupp med representanter från alla förvaltningar. Folkhälsosamordnaren på kommunledningsförvaltningen samordnar arbetet.</p>
<div class="alert alert-info"><strong>Kontakt:</strong> Elin Westberg, folkhälsosamordnare, 026-24 12 87</div>''', cf, wayfinder(FUND), pid=31))

    w('/' + FUND + 'sa-soker-du.html', page(FUND + 'sa-soker-du.html', 'Så söker du', h1('Så söker du', 'Ansökan till den sociala investeringsfonden görs av förvaltningarna en gång per år.') + '''
<h2>Steg för steg</h2>
<ol><li>Diskutera idén med folkhälsosamordnaren.</li><li>Beskriv problemet, målgruppen och vad ni vill göra i ansökningsblanketten.</li>
<li>Gör en kalkyl över projektets kostnader och de kostnader ni räknar med att undvika.</li><li>Förvaltningschefen godkänner ansökan.</li><li>Skicka in ansökan senast 30 april.</li></ol>
<p>Blanketten finns på intranätet.</p>''', cf + [('Så söker du', FUND + 'sa-soker-du.html')], wayfinder(FUND + 'sa-soker-du.html'), pid=32))

    w('/' + FUND + 'riktlinjer.html', page(FUND + 'riktlinjer.html', 'Riktlinjer', h1('Riktlinjer för sociala investeringsfonden', 'Kommunfullmäktige har antagit riktlinjer för fonden.') + '''
<ul><li>Projektet ska vara förebyggande och rikta sig till barn, unga eller vuxna i riskzonen för utanförskap.</li>
<li>Projektet ska pågå i högst tre år och får kosta högst 3 miljoner kronor ur fonden.</li>
<li>Pengarna ska betalas tillbaka till fonden om projektet leder till minskade kostnader, enligt en plan som beslutas i förväg.</li>
<li>Projektet ska följas upp varje halvår och utvärderas av någon utanför projektet.</li></ul>
<p>Riktlinjerna antogs av kommunfullmäktige den 28 november 2022, § 156.</p>''', cf + [('Riktlinjer', FUND + 'riktlinjer.html')], wayfinder(FUND + 'riktlinjer.html'), pid=33, longtitle='Riktlinjer för sociala investeringsfonden'))

    # uppföljning: holds the editor's '../' link to S4 (resolves against <base>)
    w('/' + FUND + 'uppfoljning.html', page(FUND + 'uppfoljning.html', 'Uppföljning', h1('Uppföljning', 'Projekten som får pengar ur fonden redovisar hur det går två gånger per år.') + '''
<p>Uppföljningen visar hur många som har deltagit, vilka resultat som har nåtts och hur mycket pengar som har använts. Kommunstyrelsen får en samlad redovisning i samband med årsredovisningen.</p>
<h2>Projekt som följs upp 2025</h2>
<p>Språkförskola i Vallhov, Fritidsledare i skolan – Storvik, Föräldrastöd i Järbo, Mötesplats Nordanbäck och <a href="../arbete-och-naringsliv/arbetsmarknad/grona-jobb-arsunda.html">Gröna jobb i Årsunda</a>.</p>
<h2>Utvärdering</h2>
<p>Högskolan i Gävle utvärderar fonden som helhet. En första rapport kommer hösten 2026.</p>''', cf + [('Uppföljning', FUND + 'uppfoljning.html')], wayfinder(FUND + 'uppfoljning.html'), pid=35))

    w('/' + FUND + 'vanliga-fragor.html', page(FUND + 'vanliga-fragor.html', 'Vanliga frågor', h1('Vanliga frågor om sociala investeringar') + '''
<h2>Kan en förening söka pengar ur fonden?</h2><p>Nej, men en förening kan vara med i ett projekt som en förvaltning söker pengar till.</p>
<h2>Hur mycket pengar finns kvar i fonden?</h2><p>I mars 2025 fanns cirka 3,2 miljoner kronor som inte är beviljade.</p>
<h2>Måste pengarna betalas tillbaka?</h2><p>Om projektet leder till lägre kostnader för den förvaltning som har fått pengarna ska en del betalas tillbaka till fonden, så att nya projekt kan få pengar.</p>
<h2>Vad händer när projektet är slut?</h2><p>Om projektet har gett resultat ska förvaltningen ta ställning till om arbetssättet ska bli en del av den ordinarie verksamheten.</p>''',
        cf + [('Vanliga frågor', FUND + 'vanliga-fragor.html')], wayfinder(FUND + 'vanliga-fragor.html'), pid=36))

    # project list (table)
    w('/' + FUND + 'projekt/', page(FUND + 'projekt/', 'Projekt', h1('Projekt', 'De här projekten får pengar ur den sociala investeringsfonden.') + f'''
<div class="table-responsive"><table class="table table-striped">
<thead><tr><th scope="col">Projekt</th><th scope="col">Ansvarig</th><th scope="col">Period</th><th scope="col">Belopp</th></tr></thead>
<tbody>
<tr><td><a href="{S2}">Fritidsledare i skolan – Storvik</a></td><td>Kultur- och fritidsförvaltningen</td><td>2025–2026</td><td>980 000 kr</td></tr>
<tr><td>Gröna jobb i Årsunda</td><td>Arbetsmarknadsenheten</td><td>2025–2028</td><td>2 300 000 kr</td></tr>
<tr><td>Läxhjälp på biblioteket i Järbo</td><td>Kultur- och fritidsförvaltningen</td><td>2025–2026</td><td>850 000 kr</td></tr>
<tr><td>Språkförskola i Vallhov</td><td>Kunskapsförvaltningen</td><td>2024–2027</td><td>1 750 000 kr</td></tr>
<tr><td>Föräldrastöd i Järbo</td><td>Individ- och familjeomsorgen</td><td>2024–2026</td><td>720 000 kr</td></tr>
<tr><td>Mötesplats Nordanbäck</td><td>Omsorgsförvaltningen</td><td>2024–2026</td><td>640 000 kr</td></tr>
</tbody></table></div>''', cf + [('Projekt', FUND + 'projekt/')], wayfinder(FUND + 'projekt/'), pid=34))

    cp = cf + [('Projekt', FUND + 'projekt/')]
    w('/' + S1, page(S1, 'Språkförskola i Vallhov', h1('Språkförskola i Vallhov', 'På förskolan i Vallhov får barn med annat modersmål extra stöd i svenska under tre år.') + '''
<p>Många barn i Vallhov och Nordanbäck börjar förskoleklass med ett litet ordförråd på svenska. Språkförskolan ska ge barnen en bättre start i skolan genom att förskolan arbetar med språket i hela dagen, med stöd av en språkpedagog och biblioteket.</p>
<h2>Fakta om projektet</h2>
<ul><li><strong>Syfte:</strong> att fler barn ska ha ett åldersadekvat svenskt språk när de börjar förskoleklass</li>
<li><strong>Målgrupp:</strong> barn 3–5 år på Vallhovs förskola och deras föräldrar</li>
<li><strong>Period:</strong> augusti 2024 – juni 2027</li>
<li><strong>Beviljat:</strong> 1 750 000 kronor ur den sociala investeringsfonden</li>
<li><strong>Ansvarig:</strong> Kunskapsförvaltningen</li>
<li><strong>Samarbete:</strong> Sandvikens bibliotek och den öppna förskolan i Vallhov</li></ul>
<p>Barnens språkutveckling följs upp med samma material varje termin.</p>''', cp + [('Språkförskola i Vallhov', S1)], wayfinder(S1), pid=41))

    w('/' + S2, page(S2, 'Fritidsledare i skolan – Storvik', h1('Fritidsledare i skolan – Storvik', 'På Storviks skola finns fritidsledare med under skoldagen.') + '''
<p>Fritidsledarna finns i korridorer, matsal och på rasterna och ordnar aktiviteter på lunchrasten och efter skolan. Syftet är att eleverna ska känna sig tryggare i skolan, att konflikter ska minska och att fler elever ska hitta en meningsfull fritid. Kultur- och fritidsförvaltningen ansvarar för projektet tillsammans med Kunskapsförvaltningen.</p>
<p>Projektet startade i januari 2025 och pågår till och med december 2026. Det har fått 980 000 kronor ur kommunens sociala investeringsfond. Målgruppen är elever i årskurs 4–9 på Storviks skola.</p>''',
        cp + [('Fritidsledare i skolan – Storvik', S2)], wayfinder(S2), pid=42))

    # omsorg
    w('/omsorg-och-stod/', page('omsorg-och-stod/', 'Omsorg och stöd', h1('Omsorg och stöd') + '''
<ul><li><a href="omsorg-och-stod/barn-och-familj/">Barn och familj</a></li><li><a href="omsorg-och-stod/aldreomsorg/">Äldreomsorg</a></li><li><a href="omsorg-och-stod/funktionsnedsattning/">Funktionsnedsättning</a></li><li><a href="omsorg-och-stod/ekonomiskt-bistand/">Ekonomiskt bistånd</a></li></ul>''',
        [('Omsorg och stöd', 'omsorg-och-stod/')], pid=12))
    w('/omsorg-och-stod/barn-och-familj/', page('omsorg-och-stod/barn-och-familj/', 'Barn och familj', h1('Barn och familj', 'Stöd till dig som är förälder eller till dig som är barn eller ung.') + '''
<p>Familjeenheten erbjuder samtal, föräldrastöd och familjebehandling. Du kan själv kontakta oss, det kostar ingenting.</p>
<ul><li><a href="omsorg-och-stod/barn-och-familj/familjeratt.html">Familjerätt</a></li><li><a href="omsorg-och-stod/barn-och-familj/oro-for-ett-barn.html">Orolig för ett barn?</a></li></ul>''',
        [('Omsorg och stöd', 'omsorg-och-stod/'), ('Barn och familj', 'omsorg-och-stod/barn-och-familj/')], pid=13))
    w('/' + S3, page(S3, 'Föräldrastöd i Järbo', h1('Föräldrastöd i Järbo', 'Föräldragrupper och hembesök för föräldrar i Järbo.') + '''
<p>Föräldrastöd i Järbo är ett projekt där socialtjänsten och barnavårdscentralen tillsammans erbjuder stöd till föräldrar på orten. Alla föräldrar med barn 0–12 år kan gå i en ABC-grupp, och familjer med barn under ett år får två extra hembesök.</p>
<p>Syftet är att stärka relationen mellan föräldrar och barn och att familjer som behöver mer stöd ska få det tidigt.</p>
<table class="table table-sm"><tbody>
<tr><th scope="row">Tid</th><td>oktober 2024 – september 2026</td></tr>
<tr><th scope="row">Budget</th><td>720 000 kronor från den sociala investeringsfonden</td></tr>
<tr><th scope="row">Ansvarig</th><td>Individ- och familjeomsorgen</td></tr>
<tr><th scope="row">Samarbetspartner</th><td>Region Gävleborg, barnavårdscentralen i Järbo</td></tr></tbody></table>''',
        [('Omsorg och stöd', 'omsorg-och-stod/'), ('Barn och familj', 'omsorg-och-stod/barn-och-familj/'), ('Föräldrastöd i Järbo', S3)], pid=61))

    # arbete
    w('/arbete-och-naringsliv/', page('arbete-och-naringsliv/', 'Arbete och näringsliv', h1('Arbete och näringsliv') + '''
<ul><li><a href="arbete-och-naringsliv/arbetsmarknad/">Arbetsmarknad</a></li><li><a href="arbete-och-naringsliv/foretagare/">Företagare</a></li></ul>''',
        [('Arbete och näringsliv', 'arbete-och-naringsliv/')], pid=15))
    w('/arbete-och-naringsliv/arbetsmarknad/', page('arbete-och-naringsliv/arbetsmarknad/', 'Arbetsmarknad', h1('Arbetsmarknad', 'Arbetsmarknadsenheten hjälper dig som står utan arbete att komma närmare ett jobb.') + '''
<p>Vi erbjuder vägledning, arbetsträning och stöd att söka jobb. Du kan bli anvisad av Arbetsförmedlingen eller socialtjänsten.</p>
<ul><li><a href="arbete-och-naringsliv/arbetsmarknad/feriearbete.html">Feriearbete för ungdomar</a></li><li><a href="arbete-och-naringsliv/arbetsmarknad/extratjanster.html">Extratjänster</a></li></ul>''',
        [('Arbete och näringsliv', 'arbete-och-naringsliv/'), ('Arbetsmarknad', 'arbete-och-naringsliv/arbetsmarknad/')], pid=16))
    w('/' + S4, page(S4, 'Gröna jobb i Årsunda', h1('Gröna jobb i Årsunda', 'Arbetsträning i odling, skogsvård och naturvård för dig som har varit utan arbete länge.') + '''
<p>På Årsunda naturbruksgård får deltagarna arbeta i en grupp med odling, röjning av stigar och skötsel av naturreservat. Arbetet leds av arbetshandledare, och varje deltagare får en egen plan för vägen vidare mot arbete eller studier.</p>
<p>Projektet startade i mars 2025 och pågår till februari 2028. Kommunstyrelsen har beviljat 2 300 000 kronor ur den sociala investeringsfonden. Arbetsmarknadsenheten ansvarar i samverkan med Arbetsförmedlingen och Samordningsförbundet Gävleborg.</p>
<p>Syftet är att personer som har varit utan arbete i mer än två år ska komma närmare arbetsmarknaden och att färre ska vara beroende av ekonomiskt bistånd.</p>''',
        [('Arbete och näringsliv', 'arbete-och-naringsliv/'), ('Arbetsmarknad', 'arbete-och-naringsliv/arbetsmarknad/'), ('Gröna jobb i Årsunda', S4)], pid=71))

    # uppleva och göra
    w('/uppleva-och-gora/', page('uppleva-och-gora/', 'Uppleva och göra', h1('Uppleva och göra') + '''
<ul><li><a href="uppleva-och-gora/bibliotek/">Bibliotek</a></li><li><a href="uppleva-och-gora/idrott/">Idrott och motion</a></li><li><a href="uppleva-och-gora/kultur/">Kultur</a></li></ul>''',
        [('Uppleva och göra', 'uppleva-och-gora/')], pid=14))
    w('/' + S5, page(S5, 'Mötesplats Nordanbäck', h1('Mötesplats Nordanbäck', 'En öppen mötesplats för äldre och nyanlända i Nordanbäck.') + '''
<p>Mötesplats Nordanbäck har öppet tisdagar och torsdagar i lokalen på Nordanbäcksgatan 4. Här kan du fika, prata svenska, delta i promenadgrupper och få hjälp med digitala tjänster.</p>
<p>Mötesplatsen är ett projekt som drivs av Omsorgsförvaltningen tillsammans med Sandvikenhus och Studieförbundet Vuxenskolan. Syftet är att minska ensamheten bland äldre och ge nyanlända fler tillfällen att träffa andra och prata svenska.</p>
<p><strong>Period:</strong> september 2024 – augusti 2026<br><strong>Finansiering:</strong> 640 000 kronor ur kommunens sociala investeringsfond</p>''',
        [('Uppleva och göra', 'uppleva-och-gora/'), ('Mötesplats Nordanbäck', S5)], pid=81))

    # A–Ö
    ao = {
        'A': [('Arbetsmarknad', 'arbete-och-naringsliv/arbetsmarknad/'), ('Avfall och återvinning', 'bo-och-bygga/avfall/')],
        'B': [('Barn och familj', 'omsorg-och-stod/barn-och-familj/'), ('Bibliotek', 'uppleva-och-gora/bibliotek/'), ('Bygglov', 'bo-och-bygga/bygglov/')],
        'E': [('Ekonomiskt bistånd', 'omsorg-och-stod/ekonomiskt-bistand/')],
        'L': [('Lediga jobb', 'jobb/')],
        'M': [('Mötesplats Nordanbäck', S5)],
        'N': [('Nyheter', 'nyheter/')],
        'S': [('Skolskjuts', 'barn-och-utbildning/skolskjuts/'), ('Sociala investeringar', FUND)],
        'Ä': [('Äldreomsorg', 'omsorg-och-stod/aldreomsorg/')],
    }
    ao_html = ''.join(f'<h2 id="bokstav-{k}">{k}</h2><ul class="list-unstyled">' + ''.join(f'<li><a href="{u}">{t}</a></li>' for t, u in v) + '</ul>' for k, v in ao.items())
    w('/a-o.html', page('a-o.html', 'Sandviken A–Ö', h1('Sandviken A–Ö', 'Alla tjänster och verksamheter i bokstavsordning.') + ao_html, [('Sandviken A–Ö', 'a-o.html')], pid=5))

    # news
    w('/nyheter/', page('nyheter/', 'Nyheter', h1('Nyheter') + ''.join(
        f'<div class="media news-item"><div class="media-body"><p class="small text-muted mb-0">{d}</p><h2 class="h5"><a href="{p}">{t}</a></h2><p>{i}</p></div></div>'
        for p, t, d, i, _ in NEWS if d.startswith('2025')) + '<aside class="archive"><h2 class="h6">Arkiv</h2><ul><li><a href="nyheter/2025/">2025</a></li><li><a href="nyheter/2024/">2024</a></li><li><a href="nyheter/2023/">2023</a></li></ul></aside>',
        [('Nyheter', 'nyheter/')], pid=20, printable=False))
    for y in ('2025', '2024'):
        w(f'/nyheter/{y}/', page(f'nyheter/{y}/', f'Nyheter {y}', h1(f'Nyheter {y}') + '<ul class="list-unstyled">' + ''.join(
            f'<li><span class="text-muted">{d}</span> <a href="{p}">{t}</a></li>' for p, t, d, i, _ in NEWS if d.startswith(y)) + '</ul>',
            [('Nyheter', 'nyheter/'), (y, f'nyheter/{y}/')], pid=20, printable=False))
    for p, t, d, i, body in NEWS:
        w('/' + p, page(p, t, f'<p class="small text-muted">Publicerad {d}</p>' + h1(t, i) + body, [('Nyheter', 'nyheter/'), (t, p)], pid=100, editedon=d))

    # jobs
    jp = 'jobb/projektledare-sociala-investeringar.html'
    w('/jobb/', page('jobb/', 'Lediga jobb', h1('Lediga jobb', 'Sandvikens kommun är en av de största arbetsgivarna i kommunen med cirka 3 300 medarbetare.') + f'''
<ul><li><a href="{jp}">Projektledare, sociala investeringar</a></li><li><a href="https://sandviken.varbi.com/">Alla lediga jobb på Varbi</a></li></ul>''', [('Lediga jobb', 'jobb/')], pid=22))
    w('/' + jp, page(jp, 'Projektledare, sociala investeringar', h1('Projektledare, sociala investeringar', 'Kommunledningsförvaltningen söker en projektledare som vill utveckla arbetet med sociala investeringar.') + '''
<h2>Arbetsuppgifter</h2><p>Du stödjer förvaltningarna när de planerar och genomför projekt som får pengar ur den sociala investeringsfonden, bland annat Gröna jobb i Årsunda och Språkförskola i Vallhov. Du ansvarar för uppföljningen och för att resultaten redovisas till kommunstyrelsen.</p>
<h2>Kvalifikationer</h2><ul><li>Högskoleutbildning inom folkhälsa, samhällsvetenskap eller ekonomi</li><li>Erfarenhet av projektledning</li></ul>
<p><strong>Anställningsform:</strong> visstid till och med 2027-12-31, heltid<br><strong>Sista ansökningsdag:</strong> 2025-04-20</p>''',
        [('Lediga jobb', 'jobb/'), ('Projektledare, sociala investeringar', jp)], pid=23))

    w('/robots.txt', '''User-agent: *
Disallow: /manager/
Disallow: /connectors/
Disallow: /core/
Disallow: /sok.html
Disallow: /intranat/
Disallow: /*?print=1

Sitemap: https://www.sandviken.se/sitemap.xml
''')
    urls = ['', 'kommun-och-politik/', FUND, FUND + 'sa-soker-du.html', FUND + 'riktlinjer.html', FUND + 'uppfoljning.html', FUND + 'vanliga-fragor.html',
            FUND + 'projekt/', S1, S2, 'omsorg-och-stod/', 'omsorg-och-stod/barn-och-familj/', S3, 'arbete-och-naringsliv/', 'arbete-och-naringsliv/arbetsmarknad/', S4,
            'uppleva-och-gora/', S5, 'a-o.html', 'nyheter/', 'nyheter/2025/', 'nyheter/2024/'] + [x[0] for x in NEWS] + ['jobb/', jp]
    sm = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    sm += [f'<url><loc>{B}{u}</loc><lastmod>2025-04-02</lastmod><priority>0.5</priority></url>' for u in urls]
    sm.append('</urlset>')
    w('/sitemap.xml', '\n'.join(sm) + '\n')
    return files


if __name__ == '__main__':
    print(len(build()), 'files for', H)
