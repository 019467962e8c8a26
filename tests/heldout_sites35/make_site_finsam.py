"""Samordningsförbundet Södra Vätterbygden (Finsam: Jönköping 0680, Habo 0643, Mullsjö 0642, Region Jönköpings län,
Försäkringskassan, Arbetsförmedlingen) on a SMALL STATIC SITE made in DREAMWEAVER (every page an instance of the
template /Templates/sida.dwt: the InstanceBegin/InstanceBeginEditable comments, a table-free layout of <div
id="sidhuvud">, <ul id="meny">, <div id="vanster">, <div id="innehall">, <div id="sidfot">; DOCUMENT-RELATIVE links
'../../insatser/index.html'; every address a '.html' file, the start page /index.html served as /) – heldout_sites35.

THE INSATSER ARE NAMED BY YEAR FOLDERS: /insatser/<start year>/<name>.html (2024, 2025, 2026), listed on
/insatser/index.html under 'Startår 2026 / 2025 / 2024'. THE YEAR FOLDERS ALSO HOLD NON-PROJECT PAGES (the call for
2026 under /insatser/2025/, the follow-up of 2024 under /insatser/2024/). FINISHED INSATSER ARE MOVED TO /arkiv/<year
ended>/<name>.html and are still project pages; /arkiv/ also holds an old annual report and an old event.

A PRINT VERSION OF EVERY PAGE: the top bar's 'Utskriftsvänlig version' links /print/<same path> (a plain <a>, no
nofollow), saved as copies without menus; robots.txt forbids /print/.
"""
import posixpath

from make_common import write, esc

H = 'www.finsamvatterbygden.se'

START = '/'
START_FILE = '/index.html'      # how the pages link the start page (the same file as /)
OM = '/om-forbundet.html'
INS = '/insatser/index.html'
F1 = '/insatser/2026/steget-in-habo.html'
F2 = '/insatser/2025/navet-raslatt.html'
F3 = '/insatser/2025/unga-vuxna-mullsjo.html'
F4 = '/insatser/2024/halsa-och-arbete.html'
CALL = '/insatser/2025/utlysning-2026.html'
UPPF = '/insatser/2024/uppfoljning-2024.html'
ARK = '/arkiv/index.html'
F5 = '/arkiv/2023/bryggan.html'
F6 = '/arkiv/2022/kliv.html'
AR22 = '/arkiv/2023/arsredovisning-2022.html'
FD22 = '/arkiv/2022/finsamdagen-2022.html'
VP = '/verksamhet/verksamhetsplan-2026.html'
SVT = '/verksamhet/samverkansteamet.html'
SOKA = '/sok-medel.html'
NYH = '/nyheter/index.html'
FD26 = '/nyheter/2026/finsamdagen-2026.html'
JOB = '/nyheter/2026/vi-soker-processledare.html'
N_STEG = '/nyheter/2026/steget-in-har-startat.html'
DOK = '/dokument.html'
KONTAKT = '/kontakt.html'
OMW = '/om-webbplatsen.html'

PROJECTS = [F1, F2, F3, F4, F5, F6]
NOT_PROJECTS = [CALL, UPPF, AR22, FD22, VP, SVT, SOKA, FD26, JOB]

SEARCH = '/sok/sok.php'
SEARCH_Q = '/sok/sok.php?q=insatser'
INTERN = '/intern/'
CAL = '/kalender/'
CAL_APR = '/kalender/index.php?manad=2026-04'

PAGES = []          # every page path, in build order (each has a print copy)


def prt(path):
    return '/print' + (START_FILE if path == START else path)


def forbidden():
    return [SEARCH, SEARCH_Q, INTERN, CAL, CAL_APR] + [prt(p) for p in PAGES]


def rel(frm, to):
    """A document-relative link from page frm to page to, as Dreamweaver writes it."""
    frm_dir = posixpath.dirname(START_FILE if frm == START else frm)
    target = START_FILE if to == START else to
    frag = ''
    if '#' in target:
        target, frag = target.split('#', 1)
        frag = '#' + frag
    r = posixpath.relpath(target, frm_dir)
    if to != START and target.endswith('/') and not r.endswith('/'):
        r += '/'
    return r + frag


MENU = [('Start', START), ('Om förbundet', OM), ('Insatser', INS), ('Sök medel', SOKA), ('Nyheter', NYH),
        ('Dokument', DOK), ('Arkiv', ARK), ('Kontakt', KONTAKT)]

SUB = {
    INS: [('Pågående insatser', INS), ('Uppföljning 2024', UPPF), ('Utlysning 2026', CALL)],
    OM: [('Om förbundet', OM), ('Verksamhetsplan 2026', VP), ('Samverkansteamet', SVT)],
    ARK: [('Arkiv', ARK), ('Avslutade insatser', ARK + '#avslutade'), ('Äldre dokument', ARK + '#dokument')],
    NYH: [('Nyheter', NYH), ('Finsamdagen 2026', FD26)],
}


def page(path, title, body, section):
    PAGES.append(path)
    r = lambda to: rel(path, to)  # noqa: E731
    akt = ' class="aktiv"'
    menu = ''.join(f'\n      <li><a href="{r(p)}"{akt if p == section else ""}>{t}</a></li>' for t, p in MENU)
    sub = ''
    if section in SUB:
        sub = '\n      <ul class="undermeny">' + ''.join(f'\n        <li><a href="{r(p)}">{esc(t)}</a></li>'
                                                     for t, p in SUB[section]) + '\n      </ul>'
    return f'''<!DOCTYPE html>
<html lang="sv"><!-- InstanceBegin template="/Templates/sida.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- InstanceBeginEditable name="doctitle" -->
<title>{esc(title)} – Samordningsförbundet Södra Vätterbygden</title>
<!-- InstanceEndEditable -->
<link href="{r('/css/stil.css')}" rel="stylesheet" type="text/css">
<!-- InstanceBeginEditable name="head" --><!-- InstanceEndEditable -->
</head>
<body>
<div id="wrapper">
  <div id="sidhuvud">
    <a href="{r(START)}"><img src="{r('/bilder/logga.png')}" alt="Samordningsförbundet Södra Vätterbygden" width="320" height="70"></a>
    <div id="verktyg">
      <a href="{r(prt(path))}">Utskriftsvänlig version</a> |
      <a href="{r(CAL)}">Kalender</a> |
      <form action="{r(SEARCH)}" method="get" class="sok"><input type="text" name="q" size="14" title="Sök"><input type="submit" value="Sök"></form>
    </div>
  </div>
  <ul id="meny">{menu}
  </ul>
  <div id="vanster">{sub}
    <p class="adress"><strong>Samordningsförbundet<br>Södra Vätterbygden</strong><br>Box 1002<br>551 11 Jönköping<br>036-10 55 80</p>
  </div>
  <div id="innehall">
<!-- InstanceBeginEditable name="innehall" -->
{body}
<!-- InstanceEndEditable -->
  </div>
  <div id="sidfot">
    <p>Samordningsförbundet Södra Vätterbygden – Jönköpings kommun, Habo kommun, Mullsjö kommun, Region Jönköpings län, Försäkringskassan och Arbetsförmedlingen i samverkan.
    | <a href="{r(OMW)}">Om webbplatsen</a> | <a href="{r(INTERN)}" rel="nofollow">Styrelsen (inloggning)</a></p>
    <p>Sidan uppdaterad {UPDATED.get(path, '2025-12-01')}</p>
  </div>
</div>
</body>
<!-- InstanceEnd --></html>
'''


def print_copy(path, html_text):
    """The print version: the same content without menus, a print style and a link back."""
    start = html_text.index('<!-- InstanceBeginEditable name="innehall" -->')
    end = html_text.index('<!-- InstanceEndEditable -->', start)
    content = html_text[start + len('<!-- InstanceBeginEditable name="innehall" -->'):end]
    # links inside the content are relative to the page's own folder: rewrite them for the /print/ folder
    import re
    pdir = posixpath.dirname(START_FILE if path == START else path)
    qdir = posixpath.dirname(prt(path))

    def fix(m):
        href = m.group(2)
        if href.startswith(('http', 'mailto:', '#')):
            return m.group(0)
        absolute = posixpath.normpath(posixpath.join(pdir, href.split('#')[0]))
        frag = '#' + href.split('#', 1)[1] if '#' in href else ''
        return f'{m.group(1)}"{posixpath.relpath(absolute, qdir)}{frag}"'
    content = re.sub(r'(href|src)="([^"]+)"', fix, content)
    title = re.search(r'<title>(.*?)</title>', html_text).group(1)
    back = posixpath.relpath(START_FILE if path == START else path, qdir)
    return f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link href="{posixpath.relpath('/css/utskrift.css', qdir)}" rel="stylesheet" type="text/css" media="all">
</head>
<body class="utskrift">
<p class="utskrift-verktyg"><a href="javascript:window.print()">Skriv ut</a> | <a href="{back}">Till webbversionen</a></p>
<p><strong>Samordningsförbundet Södra Vätterbygden</strong></p>
{content}
<p class="utskrift-fot">Utskrivet från https://{H}{START_FILE if path == START else path}</p>
</body>
</html>
'''


UPDATED = {}


def facts(rows):
    tr = ''.join(f'\n  <tr>\n    <td class="etikett"><strong>{esc(k)}</strong></td>\n    <td>{v}</td>\n  </tr>' for k, v in rows)
    return f'''<table class="fakta" summary="Fakta om insatsen">{tr}
</table>'''


def insats(path, title, lead, rows, sections, contact, *, finished=False, updated='2025-12-01'):
    UPDATED[path] = updated
    secs = ''.join(f'\n<h2>{esc(h)}</h2>' + ''.join(f'\n<p>{p}</p>' for p in ps) for h, ps in sections)
    notice = '\n<p class="avslutad"><strong>Insatsen är avslutad.</strong></p>' if finished else ''
    back = (f'<a href="{rel(path, ARK)}">Tillbaka till arkivet</a>' if finished
            else f'<a href="{rel(path, INS)}">Tillbaka till pågående insatser</a>')
    body = f'''<h1>{esc(title)}</h1>{notice}
<p class="ingress">{lead}</p>
<h2>Fakta om insatsen</h2>
{facts(rows)}{secs}
<h2>Kontakt</h2>
<p>{contact}</p>
<p>{back}</p>'''
    return page(path, title, body, ARK if finished else INS)


def f1():
    rows = [('Insatsägare', 'Habo kommun, socialförvaltningen'),
            ('Samverkansparter', 'Försäkringskassan, Arbetsförmedlingen och vårdcentralen i Habo'),
            ('Period', '1 januari 2026 – 31 december 2027'),
            ('Beviljade medel', '1 100 000 kronor från samordningsförbundet'),
            ('Målgrupp', 'Unga vuxna 19–30 år med aktivitetsersättning eller försörjningsstöd'),
            ('Bemanning', 'En arbetsterapeut och en arbetskonsulent, båda på heltid'),
            ('Status', 'Pågår')]
    lead = 'Steget in är en insats i Habo för unga vuxna som står långt från arbetsmarknaden, ofta på grund av psykisk ohälsa eller en funktionsnedsättning. Deltagarna får stöd i små steg mot praktik, studier eller arbete.'
    sections = [('Bakgrund', ['I Habo har antalet unga med aktivitetsersättning ökat, och många av dem har inte haft någon aktivitet på flera år. Ingen myndighet har ensam ansvar för att de ska komma vidare.']),
                ('Så arbetar vi', ['Deltagarna börjar med en kartläggning hos arbetsterapeuten. Därefter får de en plan med aktiviteter några timmar i veckan som ökar i takt med förmågan: arbetsträning i kommunens verksamheter, praktik hos företag i Habo och stöd i kontakten med Försäkringskassan.']),
                ('Mål', ['30 unga vuxna ska ha deltagit under insatsens två år, och minst en tredjedel av dem ska ha gått vidare till arbete, studier eller Arbetsförmedlingens insatser.'])]
    return insats(F1, 'Steget in – Habo', lead, rows, sections,
                  'Arbetskonsulent, Habo kommun, <a href="mailto:stegetin@habokommun.se">stegetin@habokommun.se</a>', updated='2026-01-15')


def f2():
    rows = [('Insatsägare', 'Jönköpings kommun, arbetsmarknadsenheten'),
            ('Samverkansparter', 'Försäkringskassan, Arbetsförmedlingen och Råslätts vårdcentral (Region Jönköpings län)'),
            ('Period', '1 mars 2025 – 28 februari 2027'),
            ('Beviljade medel', '2 400 000 kronor från samordningsförbundet'),
            ('Målgrupp', 'Personer 20–64 år på Råslätt och Öxnehaga som har varit sjukskrivna eller utan arbete i mer än två år'),
            ('Bemanning', 'Tre handledare, varav en med arabisk och en med somalisk språkkompetens'),
            ('Status', 'Pågår')]
    lead = 'Navet är en samverkansinsats på Råslätt där handledare från kommunen, Försäkringskassan och Arbetsförmedlingen finns på samma ställe och arbetar tillsammans med deltagaren mot arbete eller studier.'
    sections = [('Bakgrund', ['På Råslätt och Öxnehaga är andelen invånare med långvarig sjukskrivning eller försörjningsstöd högre än i resten av Jönköping. Många har kontakt med flera myndigheter samtidigt utan att någon håller ihop stödet.']),
                ('Så arbetar vi', ['Deltagarna träffar sin handledare på Navets lokal i Råslätts centrum. Handledaren samordnar kontakterna med myndigheterna och vårdcentralen, och deltagaren kan delta i hälsogrupper, språkträning och arbetsträning.']),
                ('Mål', ['100 deltagare under insatstiden. Hälften av deltagarna ska ha närmat sig arbetsmarknaden när de avslutar, och var femte ska ha börjat arbeta eller studera.'])]
    return insats(F2, 'Navet Råslätt', lead, rows, sections,
                  'Samordnare Navet, Jönköpings kommun, <a href="mailto:navet@jonkoping.se">navet@jonkoping.se</a>', updated='2025-10-02')


def f3():
    rows = [('Insatsägare', 'Mullsjö kommun, arbetsmarknadsenheten'),
            ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan och ungdomsmottagningen i Mullsjö'),
            ('Period', 'augusti 2025 – juni 2027'),
            ('Beviljade medel', '980 000 kronor från samordningsförbundet'),
            ('Målgrupp', 'Unga 16–29 år i Mullsjö som varken arbetar eller studerar'),
            ('Bemanning', 'En coach på heltid och en studie- och yrkesvägledare på 20 procent'),
            ('Status', 'Pågår')]
    lead = 'Unga vuxna i arbete är en insats i Mullsjö för unga som har hoppat av gymnasiet eller inte har kommit i gång med arbete eller studier efter skolan.'
    sections = [('Så arbetar vi', ['Coachen söker upp unga i kommunens aktivitetsansvar och träffar dem där de vill: hemma, på biblioteket eller på ungdomsmottagningen. Varje deltagare får en plan med praktik, studiebesök och vägledning inför studier.']),
                ('Mål', ['40 unga ska ha deltagit, och minst hälften ska ha börjat arbeta eller studera sex månader efter avslutad insats.'])]
    return insats(F3, 'Unga vuxna i arbete – Mullsjö', lead, rows, sections,
                  'Coach, Mullsjö kommun, <a href="mailto:ungavuxna@mullsjo.se">ungavuxna@mullsjo.se</a>', updated='2025-09-01')


def f4():
    rows = [('Insatsägare', 'Region Jönköpings län, primärvården'),
            ('Samverkansparter', 'Jönköpings, Habo och Mullsjö kommuner, Försäkringskassan och Arbetsförmedlingen'),
            ('Period', '1 september 2024 – 31 augusti 2026'),
            ('Beviljade medel', '1 750 000 kronor från samordningsförbundet'),
            ('Målgrupp', 'Sjukskrivna 18–64 år med lätt eller medelsvår psykisk ohälsa som är listade på vårdcentralerna i förbundets kommuner'),
            ('Bemanning', 'Två rehabkoordinatorer på heltid'),
            ('Status', 'Pågår')]
    lead = 'Hälsa och arbete är en insats där rehabkoordinatorer på vårdcentralerna hjälper sjukskrivna med psykisk ohälsa tillbaka till arbete genom tidig samordning mellan vården, arbetsgivaren och myndigheterna.'
    sections = [('Bakgrund', ['Psykisk ohälsa är den vanligaste orsaken till sjukskrivning i länet. Ju längre sjukskrivningen pågår, desto svårare blir det att komma tillbaka till arbetet.']),
                ('Så arbetar vi', ['Rehabkoordinatorn kontaktar patienten inom två veckor från sjukskrivningen, ordnar avstämningsmöten med arbetsgivaren och Försäkringskassan och hjälper den som saknar arbete att få kontakt med Arbetsförmedlingen och kommunen.']),
                ('Uppföljning', ['Insatsen utvärderas av Jönköping University. Halvtidsrapporten visar att sjukskrivningarna i insatsen är i genomsnitt 40 dagar kortare än i jämförelsegruppen.'])]
    return insats(F4, 'Hälsa och arbete', lead, rows, sections,
                  'Rehabkoordinator, Region Jönköpings län, <a href="mailto:halsaocharbete@rjl.se">halsaocharbete@rjl.se</a>', updated='2025-11-20')


def f5():
    rows = [('Insatsägare', 'Jönköpings kommun, socialförvaltningen'),
            ('Samverkansparter', 'Psykiatrin i Region Jönköpings län, Försäkringskassan och Arbetsförmedlingen'),
            ('Period', 'januari 2021 – juni 2023'),
            ('Beviljade medel', '2 100 000 kronor från samordningsförbundet'),
            ('Målgrupp', 'Unga vuxna 18–29 år med psykisk ohälsa och försörjningsstöd'),
            ('Status', 'Avslutad juni 2023')]
    lead = 'Bryggan var en insats i Jönköping för unga vuxna med psykisk ohälsa, där en socialsekreterare och en arbetsterapeut från psykiatrin arbetade i team kring varje deltagare.'
    sections = [('Så arbetade insatsen', ['Deltagarna fick en gemensam plan från socialtjänsten och psykiatrin i stället för två separata. Teamet följde med till möten med Försäkringskassan och Arbetsförmedlingen och ordnade arbetsträning i kommunens verksamheter.']),
                ('Resultat', ['86 unga vuxna deltog. 31 av dem gick vidare till arbete eller studier, och 22 fick en varaktig planering hos Arbetsförmedlingen. Slutrapporten visar att försörjningsstödet i gruppen minskade med en tredjedel under insatstiden.']),
                ('Efter insatsen', ['Insatsen avslutades i juni 2023 enligt plan. Socialförvaltningen har tagit med arbetssättet med gemensamma planer i sin ordinarie samverkan med psykiatrin.'])]
    return insats(F5, 'Bryggan', lead, rows, sections,
                  'Samordningsförbundets kansli, <a href="mailto:kansli@finsamvatterbygden.se">kansli@finsamvatterbygden.se</a>',
                  finished=True, updated='2023-09-14')


def f6():
    rows = [('Insatsägare', 'Habo kommun och Mullsjö kommun gemensamt'),
            ('Samverkansparter', 'Arbetsförmedlingen och Försäkringskassan'),
            ('Period', 'mars 2020 – december 2022'),
            ('Beviljade medel', '1 600 000 kronor från samordningsförbundet'),
            ('Målgrupp', 'Personer 25–64 år i Habo och Mullsjö med långvarigt försörjningsstöd'),
            ('Status', 'Avslutad')]
    lead = 'Kliv var en gemensam insats för Habo och Mullsjö som gav personer med långvarigt försörjningsstöd individuellt stöd mot arbete.'
    sections = [('Så arbetade insatsen', ['Två arbetskonsulenter delade sin tid mellan kommunerna. Deltagarna fick stöd med cv, praktik och matchning mot lokala arbetsgivare, och kommunernas ekonomiska bistånd samordnades med Arbetsförmedlingens program.']),
                ('Resultat', ['Under insatstiden deltog 64 personer. 23 fick en anställning, varav 14 utan subvention. Insatsen avslutades i december 2022.'])]
    return insats(F6, 'Kliv', lead, rows, sections,
                  'Samordningsförbundets kansli, <a href="mailto:kansli@finsamvatterbygden.se">kansli@finsamvatterbygden.se</a>',
                  finished=True, updated='2023-02-20')


def simple(path, title, body, section, updated='2025-12-01'):
    UPDATED[path] = updated
    return page(path, title, f'<h1>{esc(title)}</h1>\n{body}', section)


def start():
    r = lambda to: rel(START, to)  # noqa: E731
    body = f'''<h1>Välkommen till Samordningsförbundet Södra Vätterbygden</h1>
<p class="ingress">Samordningsförbundet finansierar insatser där kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen arbetar tillsammans för att personer i behov av samordnad rehabilitering ska komma närmare arbete eller studier.</p>
<h2>Aktuellt</h2>
<ul class="nyhetslista">
  <li>2026-03-03 <a href="{r(CALL)}">Utlysning: medel för insatser 2026</a></li>
  <li>2026-02-18 <a href="{r(FD26)}">Finsamdagen 2026 – anmälan öppen</a></li>
  <li>2026-02-05 <a href="{r(JOB)}">Vi söker en processledare</a></li>
  <li>2026-01-15 <a href="{r(N_STEG)}">Steget in har startat i Habo</a></li>
</ul>
<h2>Genvägar</h2>
<ul>
  <li><a href="{r(INS)}">Pågående insatser</a></li>
  <li><a href="{r(SOKA)}">Så söker du medel</a></li>
  <li><a href="{r(ARK)}">Arkiv och avslutade insatser</a></li>
  <li>Populärt: <a href="{r(SEARCH_Q)}">sök efter insatser</a></li>
</ul>'''
    UPDATED[START] = '2026-03-03'
    return page(START, 'Start', body, START)


def insatser():
    r = lambda to: rel(INS, to)  # noqa: E731
    body = f'''<h1>Pågående insatser</h1>
<p class="ingress">Här är de insatser som samordningsförbundet finansierar just nu, ordnade efter det år de startade. Avslutade insatser finns i <a href="{r(ARK)}">arkivet</a>.</p>
<h2>Startår 2026</h2>
<ul>
  <li><a href="{r(F1)}">Steget in – Habo</a><br>Stöd i små steg för unga vuxna med aktivitetsersättning eller försörjningsstöd.</li>
</ul>
<h2>Startår 2025</h2>
<ul>
  <li><a href="{r(F2)}">Navet Råslätt</a><br>Kommunen, Försäkringskassan och Arbetsförmedlingen på samma ställe på Råslätt.</li>
  <li><a href="{r(F3)}">Unga vuxna i arbete – Mullsjö</a><br>Coachning för unga som varken arbetar eller studerar.</li>
</ul>
<h2>Startår 2024</h2>
<ul>
  <li><a href="{r(F4)}">Hälsa och arbete</a><br>Rehabkoordinatorer på vårdcentralerna för sjukskrivna med psykisk ohälsa.</li>
</ul>
<p>Läs också <a href="{r(UPPF)}">uppföljningen av insatserna 2024</a>.</p>'''
    UPDATED[INS] = '2026-01-15'
    return page(INS, 'Pågående insatser', body, INS)


def arkiv():
    r = lambda to: rel(ARK, to)  # noqa: E731
    body = f'''<h1>Arkiv</h1>
<p class="ingress">Här finns avslutade insatser och äldre nyheter och dokument.</p>
<h2 id="avslutade">Avslutade insatser</h2>
<ul>
  <li><a href="{r(F5)}">Bryggan</a> (Jönköping, 2021–2023)</li>
  <li><a href="{r(F6)}">Kliv</a> (Habo och Mullsjö, 2020–2022)</li>
  <li>Aktiv rehabilitering i Jönköping (2017–2019) – ingen webbsida</li>
</ul>
<h2 id="dokument">Äldre nyheter och dokument</h2>
<ul>
  <li>2023-03-28: <a href="{r(AR22)}">Årsredovisning 2022 i korthet</a></li>
  <li>2022-09-15: <a href="{r(FD22)}">Finsamdagen 2022</a></li>
</ul>'''
    UPDATED[ARK] = '2023-09-14'
    return page(ARK, 'Arkiv', body, ARK)


def call():
    r = lambda to: rel(CALL, to)  # noqa: E731
    body = f'''<p class="ingress">Samordningsförbundet utlyser medel för nya insatser som kan starta under hösten 2026. Sista dag att lämna in en ansökan är den 30 april 2026.</p>
<h2>Vem kan söka?</h2>
<p>Förbundets medlemmar – Jönköpings, Habo och Mullsjö kommuner, Region Jönköpings län, Försäkringskassan och Arbetsförmedlingen – tillsammans. Minst två medlemmar ska stå bakom ansökan.</p>
<h2>Hur mycket finns att söka?</h2>
<p>Styrelsen har avsatt 2 000 000 kronor per år för nya insatser 2026–2027.</p>
<h2>Vad ska ansökan innehålla?</h2>
<ul>
  <li>målgrupp och hur många deltagare insatsen ska nå</li>
  <li>vilka parter som deltar och hur de bidrar</li>
  <li>mål och hur insatsen ska följas upp</li>
  <li>budget och tidplan</li>
</ul>
<p>Läs mer under <a href="{r(SOKA)}">Sök medel</a>. Beslut fattas av styrelsen den 4 juni 2026.</p>'''
    return simple(CALL, 'Utlysning: medel för insatser 2026', body, INS, '2026-03-03')


def uppf():
    body = '''<p class="ingress">Varje år följer samordningsförbundet upp de insatser som förbundet finansierar. Uppgifterna kommer från det nationella uppföljningssystemet SUS.</p>
<table class="tabell" summary="Deltagare per insats 2024">
  <tr><th>Insats</th><th>Deltagare 2024</th><th>Avslutade till arbete eller studier</th></tr>
  <tr><td>Hälsa och arbete</td><td>38</td><td>12</td></tr>
  <tr><td>Insatser som startade före 2024</td><td>71</td><td>19</td></tr>
  <tr><td>Totalt</td><td>109</td><td>31</td></tr>
</table>
<h2>Kommentar</h2>
<p>Andelen deltagare som gick vidare till arbete eller studier var 28 procent, något högre än året innan. Kvinnor och män deltog i ungefär lika stor utsträckning.</p>
<h2>Lärdomar</h2>
<p>Insatser där handledarna från olika myndigheter sitter tillsammans når bättre resultat än insatser där samverkan sker på möten.</p>'''
    return simple(UPPF, 'Uppföljning av insatserna 2024', body, INS, '2025-03-20')


def ar22():
    body = '''<p class="ingress">Styrelsen har lämnat årsredovisningen för 2022. Här är en sammanfattning.</p>
<h2>Ekonomi</h2>
<p>Förbundets intäkter var 7 200 000 kronor, varav hälften från staten och resten från kommunerna och regionen. Årets resultat blev ett överskott på 310 000 kronor.</p>
<h2>Verksamhet</h2>
<p>Under året finansierade förbundet fem insatser med sammanlagt 214 deltagare. Styrelsen sammanträdde sex gånger.</p>
<h2>Revisorernas bedömning</h2>
<p>Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet för 2022.</p>'''
    return simple(AR22, 'Årsredovisning 2022 i korthet', body, ARK, '2023-03-28')


def fd22():
    body = '''<p class="ingress">Välkommen till Finsamdagen 2022 för alla som arbetar i förbundets insatser och hos medlemmarna.</p>
<ul>
  <li><strong>Datum:</strong> 20 oktober 2022</li>
  <li><strong>Tid:</strong> 8.30–16.00</li>
  <li><strong>Plats:</strong> Elmia, Jönköping</li>
  <li><strong>Kostnad:</strong> Kostnadsfritt</li>
  <li><strong>Sista anmälningsdag:</strong> 30 september 2022</li>
  <li><strong>Arrangör:</strong> Samordningsförbundet Södra Vätterbygden</li>
</ul>
<p>Föreläsningar om samverkan kring psykisk ohälsa och presentationer av insatserna Bryggan och Kliv.</p>'''
    return simple(FD22, 'Finsamdagen 2022', body, ARK, '2022-09-15')


def vp():
    body = f'''<p class="ingress">Styrelsen beslutade om verksamhetsplan och budget för 2026 den 27 november 2025.</p>
<h2>Inriktning</h2>
<p>Förbundet ska 2026 prioritera unga vuxna som varken arbetar eller studerar och personer med långvarig sjukskrivning på grund av psykisk ohälsa.</p>
<h2>Budget 2026</h2>
<table class="tabell" summary="Budget 2026">
  <tr><th>Post</th><th>Kronor</th></tr>
  <tr><td>Medlemsavgifter och statligt bidrag</td><td>7 600 000</td></tr>
  <tr><td>Pågående insatser</td><td>5 300 000</td></tr>
  <tr><td>Nya insatser</td><td>1 000 000</td></tr>
  <tr><td>Kansli och styrelse</td><td>1 100 000</td></tr>
  <tr><td>Utbildning och utvärdering</td><td>200 000</td></tr>
</table>
<p>Förbundets pågående insatser finns under <a href="{rel(VP, INS)}">Insatser</a>.</p>'''
    return simple(VP, 'Verksamhetsplan och budget 2026', body, OM, '2025-12-01')


def svt():
    body = '''<p class="ingress">Samverkansteamet i Jönköping är en väg in för dig som behöver stöd från flera myndigheter för att komma tillbaka till arbete eller studier.</p>
<h2>Vem kan få stöd?</h2>
<p>Du som är 18–64 år, bor i Jönköpings kommun och har kontakt med minst två av socialtjänsten, vården, Försäkringskassan och Arbetsförmedlingen.</p>
<h2>Hur kommer jag i kontakt med teamet?</h2>
<p>Du kan ringa teamet själv på 036-10 56 00, vardagar 9–12, eller be din handläggare att kontakta teamet.</p>
<h2>Historik</h2>
<p>Samverkansteamet startade 2018 som en insats finansierad av samordningsförbundet. Sedan januari 2022 drivs teamet av Jönköpings kommun som en del av den ordinarie verksamheten, tills vidare.</p>'''
    return simple(SVT, 'Samverkansteamet i Jönköping', body, OM, '2025-06-10')


def soka():
    body = f'''<p class="ingress">Förbundets medlemmar kan tillsammans söka medel för insatser inom samordnad rehabilitering.</p>
<h2>Vem kan söka?</h2>
<p>Minst två av förbundets medlemmar tillsammans. Idéburna organisationer kan vara med som utförare.</p>
<h2>När kan man söka?</h2>
<p>Förbundet utlyser medel en gång per år. Årets utlysning finns under <a href="{rel(SOKA, CALL)}">Utlysning 2026</a>.</p>
<h2>Hur går det till?</h2>
<ol>
  <li>Kontakta förbundschefen och beskriv er idé.</li>
  <li>Fyll i ansökningsblanketten och skicka den till kansliet.</li>
  <li>Beredningsgruppen bedömer ansökan, och styrelsen beslutar.</li>
</ol>
<h2>Vad kan inte finansieras?</h2>
<p>Ordinarie verksamhet, lokaler och insatser som bara en av medlemmarna ansvarar för.</p>'''
    return simple(SOKA, 'Sök medel', body, SOKA, '2025-11-05')


def fd26():
    body = f'''<p class="ingress">Välkommen till Finsamdagen 2026 – en dag om samverkan för dig som arbetar i förbundets insatser eller hos någon av medlemmarna.</p>
<ul>
  <li><strong>Datum:</strong> 23 april 2026</li>
  <li><strong>Tid:</strong> 9.00–15.30</li>
  <li><strong>Plats:</strong> Spira, Jönköping</li>
  <li><strong>Kostnad:</strong> Kostnadsfritt, lunch ingår</li>
  <li><strong>Antal platser:</strong> 150</li>
  <li><strong>Sista anmälningsdag:</strong> 2 april 2026</li>
  <li><strong>Anmälan:</strong> till <a href="mailto:kansli@finsamvatterbygden.se">kansli@finsamvatterbygden.se</a></li>
  <li><strong>Arrangör:</strong> Samordningsförbundet Södra Vätterbygden</li>
</ul>
<h2>Program</h2>
<p>Förmiddagen handlar om unga vuxna och psykisk hälsa. På eftermiddagen berättar Navet Råslätt och Hälsa och arbete om sitt första år.</p>
<p><a href="{rel(FD26, CAL_APR)}">Fler evenemang i april finns i kalendern</a></p>'''
    return simple(FD26, 'Finsamdagen 2026', body, NYH, '2026-02-18')


def job():
    body = '''<p class="ingress">Samordningsförbundet Södra Vätterbygden söker en processledare som ska stödja insatserna och driva förbundets arbete med uppföljning.</p>
<h2>Om tjänsten</h2>
<p>Du stöttar insatsernas styrgrupper, sammanställer uppföljningen i SUS och håller i förbundets utbildningar.</p>
<h2>Kvalifikationer</h2>
<p>Högskoleutbildning inom beteendevetenskap, socialt arbete eller liknande och erfarenhet av samverkan mellan myndigheter.</p>
<p><strong>Anställningsform:</strong> Visstidsanställning i två år<br>
<strong>Omfattning:</strong> 100 procent<br>
<strong>Tillträde:</strong> 1 juni 2026 eller enligt överenskommelse<br>
<strong>Sista ansökningsdag:</strong> 15 mars 2026</p>
<p>Skicka din ansökan till <a href="mailto:kansli@finsamvatterbygden.se">kansli@finsamvatterbygden.se</a>.</p>'''
    return simple(JOB, 'Vi söker en processledare', body, NYH, '2026-02-05')


def n_steg():
    body = f'''<p class="ingress">I januari startade Steget in, förbundets nya insats för unga vuxna i Habo.</p>
<p>De första sex deltagarna har börjat, och arbetsterapeuten har redan ordnat två arbetsträningsplatser i kommunens verksamheter. <a href="{rel(N_STEG, F1)}">Läs mer om Steget in</a>.</p>'''
    return simple(N_STEG, 'Steget in har startat i Habo', body, NYH, '2026-01-15')


def nyheter():
    r = lambda to: rel(NYH, to)  # noqa: E731
    body = f'''<ul class="nyhetslista">
  <li>2026-03-03 <a href="{r(CALL)}">Utlysning: medel för insatser 2026</a></li>
  <li>2026-02-18 <a href="{r(FD26)}">Finsamdagen 2026 – anmälan öppen</a></li>
  <li>2026-02-05 <a href="{r(JOB)}">Vi söker en processledare</a></li>
  <li>2026-01-15 <a href="{r(N_STEG)}">Steget in har startat i Habo</a></li>
</ul>
<p>Äldre nyheter finns i <a href="{r(ARK)}#dokument">arkivet</a>.</p>'''
    return simple(NYH, 'Nyheter', body, NYH, '2026-03-03')


def om():
    body = f'''<p class="ingress">Samordningsförbundet Södra Vätterbygden bildades 2009 och är ett av sex samordningsförbund i Jönköpings län.</p>
<h2>Medlemmar</h2>
<p>Jönköpings kommun, Habo kommun, Mullsjö kommun, Region Jönköpings län, Försäkringskassan och Arbetsförmedlingen.</p>
<h2>Styrelse</h2>
<p>Styrelsen har en ledamot och en ersättare från varje medlem. Ordförande är kommunalrådet i Habo.</p>
<p>Läs <a href="{rel(OM, VP)}">verksamhetsplan och budget 2026</a>.</p>'''
    return simple(OM, 'Om förbundet', body, OM, '2025-06-10')


def dokument():
    r = lambda to: rel(DOK, to)  # noqa: E731
    body = f'''<ul>
  <li><a href="{r('/dokument/forbundsordning.pdf')}">Förbundsordning (pdf)</a></li>
  <li><a href="{r('/dokument/arsredovisning-2024.pdf')}">Årsredovisning 2024 (pdf)</a></li>
  <li><a href="{r(VP)}">Verksamhetsplan och budget 2026</a></li>
  <li><a href="{r(UPPF)}">Uppföljning av insatserna 2024</a></li>
  <li><a href="{r('/dokument/ansokningsblankett.doc')}">Ansökningsblankett (Word)</a></li>
</ul>'''
    return simple(DOK, 'Dokument', body, DOK, '2025-12-01')


def kontakt():
    body = '''<p>Förbundschef: 036-10 55 80, <a href="mailto:kansli@finsamvatterbygden.se">kansli@finsamvatterbygden.se</a><br>
Postadress: Box 1002, 551 11 Jönköping<br>Besöksadress: Västra Storgatan 18, Jönköping</p>'''
    return simple(KONTAKT, 'Kontakt', body, KONTAKT, '2025-06-10')


def omw():
    body = '''<p>Webbplatsen sätter inga kakor. Vi strävar efter att den ska vara tillgänglig för alla; kontakta kansliet om något inte fungerar.</p>'''
    return simple(OMW, 'Om webbplatsen', body, '', '2024-05-02')


def robots():
    return '''User-agent: *
Disallow: /print/
Disallow: /sok/
Disallow: /intern/
Disallow: /kalender/
Disallow: /Templates/
Crawl-delay: 2
'''


def build():
    PAGES.clear()
    write(H, '/robots.txt', robots())
    built = []
    for path, fn in [(START, start), (OM, om), (INS, insatser), (F1, f1), (F2, f2), (F3, f3), (F4, f4), (CALL, call),
                     (UPPF, uppf), (ARK, arkiv), (F5, f5), (F6, f6), (AR22, ar22), (FD22, fd22), (VP, vp), (SVT, svt),
                     (SOKA, soka), (NYH, nyheter), (FD26, fd26), (JOB, job), (N_STEG, n_steg), (DOK, dokument),
                     (KONTAKT, kontakt), (OMW, omw)]:
        text = fn()
        write(H, path, text)
        built.append((path, text))
    for path, text in built:
        write(H, prt(path), print_copy(path, text))
