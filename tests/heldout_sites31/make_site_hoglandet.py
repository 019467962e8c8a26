"""Samordningsförbundet Höglandet (Aneby 0604, Eksjö 0686, Nässjö 0682, Sävsjö 0684, Tranås 0687, Vetlanda 0685, Region
Jönköpings län, Försäkringskassan, Arbetsförmedlingen) on WORDPRESS 6.8 with the ONE-PAGE theme ONEPRESS – heldout_sites31.

The whole site is ONE PAGE: the start page holds every section (#hero, #om, #insatser, #avslutade, #nyheter, #kontakt),
and the menu's items are custom links to those ANCHORS (absolute, 'https://www.finsamhoglandet.se/#insatser'). Every
internal link is an absolute https URL, as WordPress writes them. Besides the start page there are only a few WordPress
pages (Sök medel, Källan i Vetlanda, the privacy and accessibility pages) and the news posts (permalinks /%postname%/).

THE INSATSER HAVE NO WORDPRESS PAGES: each is described in a document the office exports from its PDF and uploads to
the media library AS AN HTML FILE under /wp-content/uploads/<year>/<month>/<name>.html, linked from the #insatser and
#avslutade sections: pdf2htmlEX output (absolutely positioned <div class="t …"> lines, an empty <title>), poppler's
pdftohtml output (-c: positioned <p> lines with &#160; for every blank; -s: <b> and <br/> lines, a <title> from the PDF's
metadata) and a Word document saved as 'Webbsida, filtrerad' (MsoNormal paragraphs, a fact table, the generic title
'Insatsbeskrivning'). The office's rules and its plan and budget are uploaded the same way. The theme's service cards
are linked by an empty overlay <a class="service-link"> whose only text is a screen-reader <span>.

The #nyheter section shows the three newest posts; the child theme hides archives, post navigation and category links,
and WordPress's own sitemaps are switched off (no Sitemap line; /wp-sitemap.xml and /sitemap.xml are 404). OLDER
POSTS ARE LISTED ONLY IN THE RSS FEED /feed/ (announced in every head and linked as 'Prenumerera via RSS'), among them
a new insats described in full in a post.
"""
from make_common import write, esc, numid, hexid

H = 'www.finsamhoglandet.se'
U = f'https://{H}'

UP = '/wp-content/uploads'
F1 = UP + '/2024/02/Insatsbeskrivning-Aktivt-vardagsliv-Eksjo.html'              # pdf2htmlEX
F2 = UP + '/2024/08/Unga-in-Nassjo-insatsbeskrivning.html'                        # pdftohtml -c
F3 = UP + '/2025/01/Insatsbeskrivning_Familjekraft_Tranas.html'                   # Word, filtered
F4 = UP + '/2024/12/Vagen-tillbaka-Aneby-insatsbeskrivning-och-resultat.html'     # pdftohtml -s (finished)
F5 = '/ny-insats-steg-for-steg-i-savsjo/'                                        # a post, only in the RSS feed
PROJECTS = [F1, F2, F3, F4, F5]
RIKT = UP + '/2025/01/Riktlinjer-for-insatser-2025.html'                         # pdf2htmlEX
VP = UP + '/2025/12/Verksamhetsplan-och-budget-2026.html'                         # pdftohtml -s
SOKA = '/sok-medel/'
KALLAN = '/kallan-i-vetlanda/'                                                   # a standing service that began as an insats
P_EV = '/inbjudan-finsamdag-pa-hoglandet-19-mars/'
P_CALL = '/nu-kan-ni-soka-medel-for-2026/'
P_JOB = '/vi-soker-en-forbundschef/'
P_BUDGET = '/styrelsen-har-beslutat-om-verksamhetsplan-och-budget-for-2026/'
P_KALLAN = '/kallan-i-vetlanda-blir-ordinarie-verksamhet/'
P_FLYTT = '/kansliet-flyttar-till-eksjo/'
P_F1 = '/aktivt-vardagsliv-har-hjalpt-30-personer-vidare/'
NOT_PROJECTS = [RIKT, VP, SOKA, KALLAN, P_EV, P_CALL, P_JOB, P_BUDGET]
FEED = '/feed/'
INTEG = '/integritetspolicy/'
TILLG = '/tillganglighetsredogorelse/'

LOGIN = '/wp-login.php'
WPJSON = '/wp-json/'
RSD = '/xmlrpc.php?rsd'
SEARCHES = ['/?s=ansokan', '/?s=sus', '/?s=styrelsen']
ICAL = P_EV + '?ical=1'
PRINT = '?print=print'


def pid(path):
    return numid('hoglandet' + path, 40, 700)


EDIT = f'/wp-admin/post.php?post={pid(RIKT)}&action=edit'
POSTS = [P_EV, P_CALL, P_JOB, P_BUDGET, P_KALLAN, F5, P_FLYTT, P_F1]


def json_alt(path, kind):
    return f'/wp-json/wp/v2/{kind}/{pid(path)}'


def forbidden():
    return ([LOGIN, EDIT, WPJSON, json_alt('/', 'pages'), json_alt(F5, 'posts'), RSD] + SEARCHES + [ICAL] +
            [p + PRINT for p in POSTS])


def a(path):
    return U + path


MENU = [('Start', '/#hero'), ('Om oss', '/#om'), ('Insatser', '/#insatser'), ('Nyheter', '/#nyheter'),
        ('Sök medel', SOKA), ('Kontakt', '/#kontakt')]


def head(path, title, kind='pages', desc=''):
    return f'''<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="description" content="{esc(desc or title)}">
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Samordningsförbundet Höglandet &raquo; Webbflöde" href="{a(FEED)}" />
<link rel="alternate" type="application/rss+xml" title="Samordningsförbundet Höglandet &raquo; Kommentarsflöde" href="{a('/comments/feed/')}" />
<link rel='stylesheet' id='onepress-fonts-css' href='https://fonts.googleapis.com/css?family=Raleway%3A400%2C500%2C600%2C700%2C300%2C100%2C800%2C900%7COpen+Sans%3A400%2C300%2C300italic%2C400italic%2C600%2C600italic%2C700%2C700italic&#038;subset=latin%2Clatin-ext&#038;display=swap&#038;ver=2.3.12' type='text/css' media='all' />
<link rel='stylesheet' id='onepress-style-css' href='{a('/wp-content/themes/onepress/style.css?ver=2.3.12')}' type='text/css' media='all' />
<link rel='stylesheet' id='onepress-child-css' href='{a('/wp-content/themes/onepress-hoglandet/style.css?ver=1.4.0')}' type='text/css' media='all' />
<script src="{a('/wp-includes/js/jquery/jquery.min.js?ver=3.7.1')}" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{a(WPJSON)}" /><link rel="alternate" title="JSON" type="application/json" href="{a(json_alt(path, kind))}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{a(RSD)}" />
<meta name="generator" content="WordPress 6.8.3" />
<link rel="canonical" href="{a(path)}" />
<link rel='shortlink' href='{a('/?p=' + str(pid(path)))}' />
</head>'''


def header(on_front):
    lis = ''.join(f'<li id="menu-item-{20 + i}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{20 + i}"><a href="{a(h)}">{t}</a></li>'
                  for i, (t, h) in enumerate(MENU))
    return f'''<div id="page" class="hfeed site">
	<a class="skip-link screen-reader-text" href="#content">Hoppa till innehåll</a>
	<div id="header-section" class="h-on-top no-transparent">
	<header id="masthead" class="site-header header-contained is-sticky no-scroll no-t h-on-top" role="banner">
		<div class="container">
			<div class="site-branding">
				<div class="site-brand-inner has-logo-img no-desc"><div class="site-logo-div"><a href="{a('/')}" class="custom-logo-link no-t-logo" rel="home"{' aria-current="page"' if on_front else ''}><img width="260" height="60" src="{a('/wp-content/uploads/2023/05/finsam-hoglandet-logo.png')}" class="custom-logo" alt="Samordningsförbundet Höglandet" /></a></div></div>
			</div>
			<div class="header-right-wrapper">
				<a href="#0" id="nav-toggle">Meny<span></span></a>
				<nav id="site-navigation" class="main-navigation" role="navigation">
					<ul class="onepress-menu">{lis}</ul>
				</nav>
			</div>
		</div>
	</header>
	</div>'''


FOOTER = f'''	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="footer-widgets section-padding ">
			<div class="container">
				<div class="row">
					<div id="footer-1" class="col-md-4 col-sm-12 footer-column widget-area sidebar" role="complementary"><aside id="text-2" class="widget widget_text"><h2 class="widget-title">Samordningsförbundet Höglandet</h2><div class="textwidget"><p>Storgatan 31, 575 31 Eksjö<br />Telefon 0381-360 10<br /><a href="mailto:kansli@finsamhoglandet.se">kansli@finsamhoglandet.se</a></p></div></aside></div>
					<div id="footer-2" class="col-md-4 col-sm-12 footer-column widget-area sidebar" role="complementary"><aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{a('/')}"><label><span class="screen-reader-text">Sök efter:</span><input type="search" class="search-field" placeholder="Sök &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Sök" /></form></aside><aside id="text-3" class="widget widget_text"><div class="textwidget"><p>Vanliga sökord: <a href="{a(SEARCHES[0])}">ansökan</a>, <a href="{a(SEARCHES[1])}">SUS</a>, <a href="{a(SEARCHES[2])}">styrelsen</a></p></div></aside></div>
					<div id="footer-3" class="col-md-4 col-sm-12 footer-column widget-area sidebar" role="complementary"><aside id="nav_menu-2" class="widget widget_nav_menu"><div class="menu-sidfot-container"><ul id="menu-sidfot" class="menu"><li class="menu-item"><a href="{a(INTEG)}">Integritetspolicy</a></li><li class="menu-item"><a href="{a(TILLG)}">Tillgänglighetsredogörelse</a></li><li class="menu-item"><a rel="nofollow" href="{a(LOGIN)}">Logga in</a></li></ul></div></aside></div>
				</div>
			</div>
		</div>
		<div class="site-info">
			<div class="container">
				Upphovsrätt &copy; 2025 Samordningsförbundet Höglandet <span class="sep"> &ndash; </span> OnePress tema av FameThemes
			</div>
		</div>
	</footer>
</div>
<script src="{a('/wp-content/themes/onepress/assets/js/theme-all.min.js?ver=2.3.12')}" id="onepress-theme-js"></script>
</body>
</html>
'''


# ------------------------------------------------------------------------------------------------------- documents
HYPHENS = ['Försäkrings-kassan', 'Arbets-förmedlingen', 'arbets-förmedlingen', 'Samordnings-förbundet',
           'samordnings-förbundet', 'arbets-träning', 'arbets-marknaden', 'sjuk-skrivna', 'sjuk-skrivning',
           'aktivitets-ersättning', 'försörjnings-stöd', 'ersätt-ning', 'vård-centralerna', 'vård-centralen',
           'ytter-ligare', 'finan-sieras', 'finan-sierade', 'del-tagarna', 'del-tagare', 'hand-läggare', 'hand-läggarna',
           'funktions-nedsättning', 'rehabiliterings-koordinator', 'rehabiliterings-insatser', 'arbets-terapeut',
           'arbetsmarknads-sekreterare', 'aktivitets-handledare', 'gymnasie-skolan', 'uppföljnings-systemet',
           'verksamhets-plan', 'kompetens-utveckling', 'samverkans-parter', 'Samverkans-parter', 'neuropsykiatrisk',
           'arbets-platsen', 'arbets-förmåga', 'arbets-förmågan', 'huvud-mannen', 'styrel-sen', 'insat-sen', 'insat-ser',
           'med-lemmarna', 'sammanlagt']
HYPH = {h.replace('-', ''): h.index('-') for h in HYPHENS if '-' in h}


def hyphen_points(word):
    """Where a typesetter with Swedish patterns breaks a word: at a compound's joint or between syllables, from a
    small list (a word not in it is not broken)."""
    core = word.rstrip('.,;:')
    return [HYPH[core]] if core in HYPH else []


def wrap(text, width=88):
    """Break a paragraph into the lines a PDF has, hyphenating a long word now and then as a typesetter does.
    Thousands groups of an amount ('2 100 000') stay on one line."""
    import re as _re
    text = _re.sub(r'(\d) (?=\d{3}\b)', '\\1\u00a0', text)
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        if not cur:
            cur = w
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += ' ' + w
            continue
        room = width - len(cur) - 2
        cuts = [j for j in hyphen_points(w) if j <= room]
        if len(w) > 9 and cuts:
            j = cuts[-1]
            lines.append(cur + ' ' + w[:j] + '-')
            cur = w[j:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [ln.replace('\u00a0', ' ') for ln in lines]


def pdf2htmlex(blocks, meta_title=''):
    """pdf2htmlEX 0.18: every text line an absolutely placed <div class="t …">, pages <div class="pf">; <title> empty."""
    pages, cur, y = [], [], 0
    for kind, text in blocks:
        lines = [text] if kind in ('h1', 'h2') else wrap(text)
        need = len(lines) + (2 if kind != 'p' else 1)
        if y + need > 46:
            pages.append(cur)
            cur, y = [], 0
        fs, ff, hh = {'h1': ('fs2', 'ff2', 'h4'), 'h2': ('fs1', 'ff2', 'h3')}.get(kind, ('fs0', 'ff1', 'h2'))
        if kind != 'p':
            y += 1
        for i, ln in enumerate(lines):
            t = esc(ln)
            if kind == 'p' and i % 3 == 1 and ' ' in t:
                t = t.replace(' ', '<span class="_ _0"> </span>', 1)
            cur.append(f'<div class="t m0 x1 {hh} y{len(cur) + 1:x} {ff} {fs} fc0 sc0 ls0 ws0">{t}</div>')
            y += 1
        y += 1
    if cur:
        pages.append(cur)
    body = ''
    for n, lines in enumerate(pages, 1):
        body += (f'<div id="pf{n:x}" class="pf w0 h0" data-page-no="{n:x}"><div class="pc pc{n:x} w0 h0">'
                 f'<img class="bi x0 y0 w1 h1" alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="/>'
                 + ''.join(lines) +
                 f'</div><div class="pi" data-data=\'{{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}}\'></div></div>\n')
    return f'''<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">
/*! 
 * Base CSS for pdf2htmlEX
 * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com> 
 * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE
 */#sidebar{{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}}#page-container{{position:absolute;top:0;left:0;margin:0;padding:0;border:0}}@media screen{{#sidebar.opened+#page-container{{left:250px}}#page-container{{bottom:0;right:0;overflow:auto}}.loading-indicator{{display:none}}}}.pf{{position:relative;background-color:white;overflow:hidden;margin:0;border:0}}.pc{{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0}}.t{{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;unicode-bidi:bidi-override;font-feature-settings:"liga" 0}}._{{display:inline-block;color:transparent;z-index:-1}}.pi{{display:none}}
</style>
<style type="text/css">
.ff0{{font-family:sans-serif;visibility:hidden;}}
.ff1{{font-family:ff1;line-height:0.938477;font-style:normal;font-weight:normal;visibility:visible;}}
.ff2{{font-family:ff2;line-height:0.938477;font-style:normal;font-weight:bold;visibility:visible;}}
.m0{{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}}
.fs0{{font-size:44.000000px;}}.fs1{{font-size:56.000000px;}}.fs2{{font-size:80.000000px;}}
._0{{width:11.200000px;}}
.x0{{left:0.000000px;}}.x1{{left:85.039000px;}}
.w0{{width:595.276000px;}}.h0{{height:841.890000px;}}.w1{{width:595.500000px;}}.h1{{height:842.000000px;}}
</style>
<script>
try{{pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({{}});}}catch(e){{}}
</script>
<title>{esc(meta_title)}</title>
</head>
<body>
<div id="sidebar">
<div id="outline">
</div>
</div>
<div id="page-container">
{body}</div>
<div class="loading-indicator">
</div>
</body>
</html>
'''


def pdftohtml_c(title, author, date, blocks):
    """poppler pdftohtml -c -s -i: every line an absolutely placed <p>, blanks written as &#160;."""
    pages, cur, top = [], [], 90
    for kind, text in blocks:
        lines = [text] if kind in ('h1', 'h2') else wrap(text, 92)
        if top + 22 * len(lines) > 1150:
            pages.append(cur)
            cur, top = [], 90
        cls = {'h1': 'ft10', 'h2': 'ft11'}.get(kind, 'ft12')
        if kind != 'p':
            top += 14
        for ln in lines:
            t = esc(ln).replace(' ', '&#160;')
            if kind != 'p':
                t = f'<b>{t}</b>'
            cur.append(f'<p style="position:absolute;top:{top}px;left:107px;white-space:nowrap" class="{cls}">{t}</p>')
            top += 22 if kind == 'p' else 30
        top += 12
    if cur:
        pages.append(cur)
    out = ''
    for n, lines in enumerate(pages, 1):
        out += f'''<!-- Page {n} -->
<a name="{n}"></a>
<div id="page{n}-div" style="position:relative;width:892px;height:1263px;">
<img width="892" height="1263" src="{hexid(title, 12)}{n:03d}.png" alt="background image"/>
''' + '\n'.join(lines) + '\n</div>\n'
    return f'''<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">
<head>
<title>{esc(title)}</title>

<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
 <meta name="generator" content="pdftohtml 0.86.1"/>
 <meta name="author" content="{esc(author)}"/>
 <meta name="date" content="{date}"/>
<style type="text/css">
<!--
	p {{margin: 0; padding: 0;}}	.ft10{{font-size:24px;font-family:Calibri;color:#1f3864;}}
	.ft11{{font-size:17px;font-family:Calibri;color:#1f3864;}}
	.ft12{{font-size:15px;font-family:Calibri;color:#000000;}}
-->
</style>
</head>
<body bgcolor="#A0A0A0" vlink="blue" link="blue">
{out}</body>
</html>
'''


def pdftohtml_s(title, author, date, blocks):
    """poppler pdftohtml -s -i -noframes (not complex): lines ended by <br/>, headings in <b>, pages as <a name=N>."""
    out, n, count = '<a name=1></a>', 1, 0
    for kind, text in blocks:
        lines = [text] if kind in ('h1', 'h2') else wrap(text, 95)
        if count + len(lines) > 44:
            n += 1
            out += f'<hr/>\n<a name={n}></a>'
            count = 0
        for ln in lines:
            t = esc(ln)
            out += (f'<b>{t}</b><br/>\n' if kind != 'p' else f'{t}<br/>\n')
            count += 1
        if kind == 'p':
            out += '&#160;<br/>\n'
    return f'''<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="generator" content="pdftohtml 0.86.1"/>
<meta name="author" content="{esc(author)}"/>
<meta name="date" content="{date}"/>
</head>
<body bgcolor="#A0A0A0" vlink="blue" link="blue">
{out}<hr/>
</body>
</html>
'''


def word_filtered(paras, table, tail):
    rows = ''.join(f''' <tr>
  <td width=189 valign=top style='width:5.0cm;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b>{esc(k)}</b></p>
  </td>
  <td width=416 valign=top style='width:11.0cm;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>{esc(v)}</p>
  </td>
 </tr>
''' for k, v in table)

    def para(kind, text):
        if kind == 'title':
            return f"<p class=MsoTitle>{esc(text)}</p>\n\n"
        if kind == 'h1':
            return f"<h1>{esc(text)}</h1>\n\n"
        return f"<p class=MsoNormal>{esc(text)}</p>\n\n"
    body = ''.join(para(k, t) for k, t in paras)
    body += f'''<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none'>
{rows}</table>

<p class=MsoNormal>&nbsp;</p>

''' + ''.join(para(k, t) for k, t in tail)
    return f'''<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Insatsbeskrivning</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
h1
	{{mso-style-link:"Rubrik 1 Char";
	margin-top:12.0pt;
	margin-bottom:0cm;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{{mso-style-link:"Rubrik Char";
	margin:0cm;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}}
.MsoChpDefault
	{{font-family:"Calibri",sans-serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>

</head>

<body lang=SV link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>

<div class=WordSection1>

{body}</div>

</body>

</html>
'''


def f1():
    blocks = [
        ('h1', 'Insatsbeskrivning'),
        ('h2', 'Aktivt vardagsliv – Eksjö'),
        ('p', 'Samordningsförbundet Höglandet, beslut i styrelsen den 8 december 2023, § 41'),
        ('h2', 'Bakgrund'),
        ('p', 'I Eksjö kommun har omkring 150 personer i arbetsför ålder varit sjukskrivna i mer än ett år eller har aktivitetsersättning. Många av dem har varken kontakt med arbetsmarknaden eller någon meningsfull sysselsättning, och stödet från kommunen, regionen och Försäkringskassan är inte samordnat.'),
        ('h2', 'Syfte och mål'),
        ('p', 'Insatsen Aktivt vardagsliv ska ge deltagarna en aktiv vardag och stärka deras förmåga att på sikt arbeta eller studera. Minst 40 procent av deltagarna ska ha gått vidare till arbetsträning, praktik, studier eller arbete när de avslutar insatsen.'),
        ('h2', 'Målgrupp'),
        ('p', 'Personer 20–64 år i Eksjö kommun som är sjukskrivna, har aktivitetsersättning eller försörjningsstöd och som behöver samordnat stöd för att närma sig arbetsmarknaden.'),
        ('h2', 'Genomförande'),
        ('p', 'Två aktivitetshandledare och en arbetsterapeut på halvtid erbjuder gruppverksamhet och individuellt stöd i lokaler i Eksjö centrum. Deltagarna gör en egen plan tillsammans med handledaren och sin handläggare. Varje deltagare kan vara med i upp till tolv månader.'),
        ('h2', 'Huvudman och samverkansparter'),
        ('p', 'Eksjö kommun, arbetsmarknadsenheten, är huvudman. Samverkansparter är Försäkringskassan, Arbetsförmedlingen och Region Jönköpings län genom vårdcentralerna i Eksjö och psykiatrin på Höglandet.'),
        ('h2', 'Tid och budget'),
        ('p', 'Insatsen pågår från den 1 mars 2024 till och med den 31 december 2026. Samordningsförbundet finansierar insatsen med 2 100 000 kronor för hela perioden, 700 000 kronor per år.'),
        ('h2', 'Uppföljning'),
        ('p', 'Insatsen följs upp i SUS, det nationella uppföljningssystemet för finansiell samordning, och redovisas till styrelsen två gånger per år.'),
    ]
    return pdf2htmlex(blocks)


def riktlinjer():
    blocks = [
        ('h1', 'Riktlinjer för insatser 2025'),
        ('p', 'Fastställda av styrelsen för Samordningsförbundet Höglandet den 13 december 2024, § 52. Riktlinjerna gäller för ansökningar om medel som beviljas från och med den 1 januari 2025.'),
        ('h2', '1. Vem kan ansöka'),
        ('p', 'Förbundets medlemmar kan ansöka, ensamma eller tillsammans. En insats ska alltid beröra minst två av medlemmarna.'),
        ('h2', '2. Krav på insatsen'),
        ('p', 'Insatsen ska rikta sig till personer i arbetsför ålder, 16–64 år, som behöver samordnat stöd för att kunna arbeta eller studera. Insatsen ska vara tidsbegränsad, högst tre år. Insatsen ska ha mätbara mål och registreras i SUS. Huvudmannen ska redovisa hur ett framgångsrikt arbetssätt kan föras över till ordinarie verksamhet.'),
        ('h2', '3. Vad förbundet inte finansierar'),
        ('p', 'Förbundet finansierar inte verksamhet som någon av medlemmarna redan har ansvar för enligt lag, och inte investeringar i lokaler eller utrustning.'),
        ('h2', '4. Ansökan och beslut'),
        ('p', 'Ansökan görs på förbundets blankett och lämnas till kansliet. Beredningsgruppen yttrar sig innan styrelsen beslutar. Styrelsen sammanträder fem gånger per år.'),
        ('h2', '5. Rapportering'),
        ('p', 'Huvudmannen lämnar en lägesrapport efter varje halvår och en slutrapport senast tre månader efter att insatsen har avslutats.'),
    ]
    return pdf2htmlex(blocks)


def f2():
    blocks = [
        ('h1', 'Unga in – Nässjö'),
        ('h2', 'Insatsbeskrivning'),
        ('p', 'Unga in är en insats för unga vuxna i Nässjö kommun som varken arbetar eller studerar och som har en psykisk ohälsa eller en neuropsykiatrisk funktionsnedsättning. Insatsen finansieras av Samordningsförbundet Höglandet.'),
        ('h2', 'Varför behövs insatsen'),
        ('p', 'Antalet unga vuxna med aktivitetsersättning och försörjningsstöd har ökat i Nässjö de senaste fem åren. Många har avbrutit gymnasiet och har kontakt med flera myndigheter men ingen som håller ihop stödet.'),
        ('h2', 'Målgrupp'),
        ('p', 'Unga vuxna 16–29 år i Nässjö kommun som varken arbetar eller studerar.'),
        ('h2', 'Arbetssätt'),
        ('p', 'Tre coacher arbetar enligt metoden Individual Placement and Support, IPS, och stödjer deltagarna ut i arbete eller studier med stöd på arbetsplatsen. Coacherna har täta kontakter med deltagarnas handläggare och med vuxenpsykiatrin.'),
        ('h2', 'Organisation'),
        ('p', 'Huvudman är Nässjö kommun genom arbetsmarknads- och integrationsenheten. Arbetsförmedlingen, Försäkringskassan och Region Jönköpings län, vuxenpsykiatrin Höglandet, är samverkansparter och finns med i insatsens styrgrupp.'),
        ('h2', 'Period och finansiering'),
        ('p', 'Insatsen pågår från september 2024 till augusti 2027. Styrelsen har beviljat 2 850 000 kronor för hela perioden.'),
    ]
    return pdftohtml_c('Unga in Nässjö – insatsbeskrivning', 'Kansliet Finsam Höglandet', '2024-08-19T10:12:44+02:00', blocks)


def f3():
    paras = [
        ('title', 'Familjekraft Tranås'),
        ('p', 'Insatsbeskrivning, beviljad av styrelsen för Samordningsförbundet Höglandet den 6 december 2024.'),
        ('h1', 'Bakgrund'),
        ('p', 'I Tranås växer många barn upp i familjer där ingen av föräldrarna har arbete. Föräldrarna har ofta kontakt med både socialtjänsten, Arbetsförmedlingen och vården, men stödet ges var för sig och utan att familjens situation tas med.'),
        ('h1', 'Syfte'),
        ('p', 'Familjekraft ska hjälpa föräldrar som står långt från arbetsmarknaden att komma i arbete eller studier, och samtidigt stärka familjen så att barnen får bättre förutsättningar.'),
        ('h1', 'Så arbetar insatsen'),
        ('p', 'En familjecoach från socialtjänsten och en arbetsmarknadskonsulent arbetar tillsammans med hela familjen. Föräldrarna får stöd mot arbete, och familjen får hjälp med vardag, ekonomi och kontakter med förskola och skola.'),
    ]
    table = [('Huvudman', 'Tranås kommun, socialtjänsten'),
             ('Samverkansparter', 'Arbetsförmedlingen, Försäkringskassan, Region Jönköpings län (barnhälsovården)'),
             ('Målgrupp', 'Föräldrar 20–50 år med försörjningsstöd som har barn under 18 år'),
             ('Period', 'februari 2025 – januari 2027'),
             ('Beviljat belopp', '1 400 000 kronor'),
             ('Bemanning', 'En familjecoach och en arbetsmarknadskonsulent')]
    tail = [('h1', 'Uppföljning'),
            ('p', 'Insatsen följs upp i SUS och genom intervjuer med familjerna efter ett och två år.')]
    return word_filtered(paras, table, tail)


def f4():
    blocks = [
        ('h1', 'Vägen tillbaka – Aneby'),
        ('h2', 'Insatsbeskrivning och resultat'),
        ('p', 'Insatsen är avslutad. Vägen tillbaka pågick från januari 2021 till december 2024 och vände sig till personer 25–64 år i Aneby kommun som hade varit sjukskrivna länge eller stod utan ersättning efter en lång sjukskrivning.'),
        ('h2', 'Genomförande'),
        ('p', 'En rehabiliteringskoordinator och en arbetsmarknadssekreterare gav individuellt stöd, arbetsträning i kommunens verksamheter och hjälp med kontakterna med Försäkringskassan och vårdcentralen. Aneby kommun var huvudman och Försäkringskassan och Vårdcentralen Aneby var samverkansparter.'),
        ('h2', 'Finansiering'),
        ('p', 'Samordningsförbundet finansierade insatsen med sammanlagt 1 250 000 kronor under fyra år.'),
        ('h2', 'Resultat'),
        ('p', '58 personer deltog. 24 av dem hade arbete eller studerade när de avslutade insatsen, och ytterligare 11 hade fått en ersättning som motsvarade deras arbetsförmåga. Arbetssättet med en rehabiliteringskoordinator finns sedan januari 2025 kvar i Aneby kommuns ordinarie verksamhet.'),
    ]
    return pdftohtml_s('Vägen tillbaka Aneby – insatsbeskrivning och resultat', 'Kansliet Finsam Höglandet', '2024-12-09T13:41:00+01:00', blocks)


def verksamhetsplan():
    blocks = [
        ('h1', 'Verksamhetsplan och budget 2026'),
        ('p', 'Samordningsförbundet Höglandet. Fastställd av styrelsen den 26 september 2025 efter samråd med medlemmarna.'),
        ('h2', 'Förbundets uppdrag'),
        ('p', 'Förbundet ska stödja samverkan mellan medlemmarna så att personer som behöver samordnat stöd kan arbeta eller studera. Förbundet finansierar insatser och samverkan, och följer upp dem.'),
        ('h2', 'Prioriteringar 2026'),
        ('p', 'Unga vuxna med psykisk ohälsa, föräldrar med försörjningsstöd och personer som har varit sjukskrivna länge.'),
        ('h2', 'Budget 2026'),
        ('p', 'Medlemmarnas bidrag: 8 400 000 kronor. Försäkringskassan och Arbetsförmedlingen 4 200 000 kronor, Region Jönköpings län 2 100 000 kronor och kommunerna 2 100 000 kronor.'),
        ('p', 'Insatser: 6 300 000 kronor, varav Aktivt vardagsliv 700 000 kronor, Unga in 950 000 kronor, Familjekraft 700 000 kronor, Steg för steg 800 000 kronor och nya insatser 3 150 000 kronor. Samverkan och kompetensutveckling: 600 000 kronor. Kansli: 1 500 000 kronor.'),
        ('h2', 'Uppföljning'),
        ('p', 'Alla insatser följs upp i SUS. Styrelsen får en rapport om varje insats två gånger per år.'),
    ]
    return pdftohtml_s('Verksamhetsplan och budget 2026', 'Kansliet Finsam Höglandet', '2025-09-29T09:02:11+02:00', blocks)


# ------------------------------------------------------------------------------------------------------- posts
POST_DATA = {
    P_EV: ('Inbjudan: Finsamdag på Höglandet 19 mars', '2025-12-04T09:00:00+01:00', f'''<p>Välkommen till Finsamdagen, en dag för alla som arbetar med rehabilitering och stöd till arbete på Höglandet. Deltagare och personal från förbundets insatser berättar om sitt arbete.</p>
<ul>
<li>Datum: Torsdag 19 mars 2026</li>
<li>Tid: 09.00–15.30</li>
<li>Plats: Eksjö stadshotell</li>
<li>Kostnad: Kostnadsfritt, lunch ingår</li>
<li>Sista anmälningsdag: 2 mars 2026</li>
<li>Anmälan: Till kansli@finsamhoglandet.se</li>
<li>Arrangör: Samordningsförbundet Höglandet</li>
</ul>
<h2>Program</h2>
<p>09.00 Välkommen. 09.30 Föreläsning om IPS och psykisk ohälsa. 11.00 Unga in och Familjekraft berättar. 13.00 Workshoppar per kommun. 15.00 Avslutning.</p>
<p><a rel="nofollow" href="{a(ICAL)}">Lägg till i din kalender (.ics)</a></p>''', 'Finsamdagen 2026 hålls i Eksjö den 19 mars.'),
    P_CALL: ('Nu kan ni söka medel för 2026', '2025-11-20T10:00:00+01:00', f'''<p>Förbundet har 3 150 000 kronor att fördela till nya insatser som startar under 2026. Styrelsen vill särskilt se ansökningar som gäller unga vuxna med psykisk ohälsa.</p>
<p>Läs <a href="{a(EDIT)}">riktlinjerna för insatser</a> och <a href="{a(SOKA)}">hur ni söker</a>. Sista dag att lämna ansökan inför styrelsens möte i februari är den 16 januari 2026.</p>''', 'Förbundet har 3 150 000 kronor att fördela till nya insatser.'),
    P_JOB: ('Vi söker en förbundschef', '2025-10-28T08:30:00+01:00', '''<p>Samordningsförbundet Höglandet söker en förbundschef som vill leda och utveckla samverkan mellan kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen på Höglandet.</p>
<h2>Arbetsuppgifter</h2>
<p>Du leder kansliet, bereder ärenden till styrelsen och stöttar medlemmarna när de tar fram och följer upp insatser.</p>
<ul>
<li>Anställningsform: Tillsvidareanställning</li>
<li>Omfattning: Heltid</li>
<li>Tillträde: 1 mars 2026</li>
<li>Sista ansökningsdag: 30 november 2025</li>
</ul>
<p>Ansökan skickas till ordforande@finsamhoglandet.se.</p>''', 'Vill du leda samverkan för fler i arbete på Höglandet?'),
    P_BUDGET: ('Styrelsen har beslutat om verksamhetsplan och budget för 2026', '2025-10-02T14:00:00+02:00', f'''<p>Styrelsen har fastställt förbundets verksamhetsplan och budget för 2026. Medlemmarnas bidrag blir 8 400 000 kronor, lika mycket som 2025.</p>
<p>Av budgeten går 6 300 000 kronor till insatser, 600 000 kronor till samverkan och kompetensutveckling och 1 500 000 kronor till kansliet.</p>
<p><a href="{a(VP)}">Verksamhetsplan och budget 2026</a></p>''', 'Medlemmarnas bidrag för 2026 blir 8 400 000 kronor.'),
    P_KALLAN: ('Källan i Vetlanda blir ordinarie verksamhet', '2025-08-25T09:00:00+02:00', f'''<p>Arbetsträningen Källan i Vetlanda, som startade som en insats finansierad av förbundet, drivs från hösten vidare av Vetlanda kommun.</p>
<p><a href="{a(KALLAN)}">Läs mer om Källan</a></p>''', 'Vetlanda kommun tar över Källan.'),
    F5: ('Ny insats: Steg för steg i Sävsjö', '2025-06-10T11:00:00+02:00', '''<p>Styrelsen har beviljat 1 600 000 kronor till insatsen Steg för steg i Sävsjö. Insatsen vänder sig till personer 20–64 år i Sävsjö kommun som har haft försörjningsstöd i mer än två år och som har en ohälsa som gör det svårt att ta ett arbete.</p>
<h2>Så ska insatsen arbeta</h2>
<p>Två arbetsmarknadskonsulenter möter deltagarna i små steg: först hälsa och vardag, sedan arbetsträning i kommunens verksamheter och hos arbetsgivare i Sävsjö, och till sist arbete eller studier. Vårdcentralen Sävsjö bidrar med en fysioterapeut en dag i veckan.</p>
<h2>Fakta om insatsen</h2>
<ul>
<li>Huvudman: Sävsjö kommun, arbetsmarknadsenheten</li>
<li>Samverkansparter: Arbetsförmedlingen, Försäkringskassan, Region Jönköpings län (Vårdcentralen Sävsjö)</li>
<li>Målgrupp: Personer 20–64 år med långvarigt försörjningsstöd</li>
<li>Period: augusti 2025 – juli 2027</li>
<li>Beviljat: 1 600 000 kronor från samordningsförbundet</li>
<li>Bemanning: Två arbetsmarknadskonsulenter</li>
</ul>''', 'Styrelsen har beviljat 1 600 000 kronor till Steg för steg i Sävsjö.'),
    P_FLYTT: ('Kansliet flyttar till Eksjö', '2025-04-02T09:00:00+02:00', '''<p>Från den 1 maj finns kansliet på Storgatan 31 i Eksjö. Telefonnumret är detsamma.</p>''', 'Nytt kontor från den 1 maj.'),
    P_F1: ('Aktivt vardagsliv har hjälpt 30 personer vidare', '2025-02-14T10:00:00+01:00', f'''<p>Efter snart ett år har 30 deltagare i Aktivt vardagsliv i Eksjö gått vidare till arbetsträning, studier eller arbete. Insatsen fortsätter till och med 2026.</p>
<p><a href="{a(F1)}">Läs insatsbeskrivningen</a></p>''', '30 deltagare har gått vidare till arbetsträning, studier eller arbete.'),
}


def post(path):
    title, date, content, excerpt = POST_DATA[path]
    d = date[:10]
    main = f'''		<div id="content" class="site-content">
			<div class="page-header">
				<div class="container">
					<h1 class="entry-title">{title}</h1>
				</div>
			</div>
			<div id="content-inside" class="container no-sidebar">
				<div id="primary" class="content-area">
					<main id="main" class="site-main" role="main">
<article id="post-{pid(path)}" class="post-{pid(path)} post type-post status-publish format-standard hentry category-nyheter">
	<header class="entry-header">
		<div class="entry-meta">
			<span class="posted-on">Publicerat <time class="entry-date published" datetime="{date}">{d}</time></span><span class="byline"> av <span class="author vcard">Kansliet</span></span>
		</div>
	</header>
	<div class="entry-content">
{content}
<div class="printfriendly pf-button pf-alignleft"><a rel="nofollow" href="{a(path)}{PRINT}" class="pf-button-link">Skriv ut</a></div>
	</div>
</article>
					</main>
				</div>
			</div>
		</div>'''
    return head(path, f'{title} – Samordningsförbundet Höglandet', 'posts', excerpt) + f'''
<body class="post-template-default single single-post postid-{pid(path)} single-format-standard">
{header(False)}
{main}
{FOOTER}'''


def wp_page(path, title, content):
    main = f'''		<div id="content" class="site-content">
			<div class="page-header">
				<div class="container">
					<h1 class="entry-title">{title}</h1>
				</div>
			</div>
			<div id="content-inside" class="container no-sidebar">
				<div id="primary" class="content-area">
					<main id="main" class="site-main" role="main">
<article id="post-{pid(path)}" class="post-{pid(path)} page type-page status-publish hentry">
	<div class="entry-content">
{content}
	</div>
</article>
					</main>
				</div>
			</div>
		</div>'''
    return head(path, f'{title} – Samordningsförbundet Höglandet') + f'''
<body class="page-template-default page page-id-{pid(path)}">
{header(False)}
{main}
{FOOTER}'''


def soka():
    return wp_page(SOKA, 'Sök medel', f'''<p>Förbundets medlemmar kan söka medel för insatser som hjälper personer som behöver samordnat stöd att arbeta eller studera.</p>
<h2>Vem kan söka?</h2>
<p>Kommunerna, Region Jönköpings län, Försäkringskassan och Arbetsförmedlingen, gärna tillsammans. En insats ska alltid beröra minst två medlemmar.</p>
<h2>Hur går det till?</h2>
<ol>
<li>Kontakta kansliet och berätta om er idé.</li>
<li>Fyll i ansökningsblanketten med mål, budget och plan för uppföljning.</li>
<li>Beredningsgruppen yttrar sig och styrelsen beslutar.</li>
</ol>
<h2>Hur mycket kan man söka?</h2>
<p>Det finns ingen övre gräns, men en insats beviljas för högst tre år.</p>
<p>Läs <a href="{a(RIKT)}">Riktlinjer för insatser 2025</a>. <a href="{a('/wp-content/uploads/2025/01/Ansokningsblankett-insats.docx')}">Ansökningsblankett (Word)</a></p>''')


def kallan():
    return wp_page(KALLAN, 'Källan i Vetlanda', f'''<p>Källan är en arbetsträning i Vetlanda för vuxna som behöver komma igång efter en lång tid utan arbete. Här finns arbetsträning i kafé, tvätteri och trädgård, och stöd av arbetshandledare.</p>
<h2>Från insats till ordinarie verksamhet</h2>
<p>Källan startade 2019 som en insats finansierad av samordningsförbundet. Sedan september 2025 drivs Källan av Vetlanda kommun inom arbetsmarknadsenhetens ordinarie verksamhet och finansieras av kommunen tills vidare.</p>
<h2>Kontakt</h2>
<p>Källan, Kyrkogatan 12, Vetlanda. Telefon 0383-970 00. Öppet måndag–fredag 8–16.</p>''')


def furniture(path, title, text):
    return wp_page(path, title, f'<p>{text}</p>')


def service_item(href, title, text, img):
    return f'''						<div class="col-sm-6 col-lg-4">
							<div class="service-item wow slideInUp">
								<a class="service-link" href="{a(href)}"><span class="screen-reader-text">{title}</span></a>
								<div class="service-thumbnail"><img width="480" height="300" src="{a('/wp-content/uploads/' + img)}" class="attachment-onepress-medium size-onepress-medium" alt="" /></div>
								<div class="service-content">
									<h4 class="service-title">{title}</h4>
									<p>{text}</p>
								</div>
							</div>
						</div>'''


def news_item(path):
    title, date, _, excerpt = POST_DATA[path]
    return f'''						<article id="post-{pid(path)}" class="list-article clearfix post-{pid(path)} post type-post status-publish">
							<div class="list-article-content">
								<header class="entry-header">
									<h2 class="entry-title"><a href="{a(path)}" rel="bookmark">{title}</a></h2>
								</header>
								<div class="entry-excerpt"><p>{excerpt}</p><p class="entry-date"><time datetime="{date}">{date[:10]}</time></p></div>
							</div>
						</article>'''


def front():
    main = f'''		<main id="main" class="site-main" role="main">
			<section id="hero" data-images="[&quot;{a('/wp-content/uploads/2023/05/hoglandet-hero.jpg')}&quot;]" class="hero-slideshow-wrapper hero-slideshow-normal">
				<div class="container">
					<div class="hero__content hero-content-style1">
						<h2 class="hero-large-text">Tillsammans för fler i arbete</h2>
						<div class="hero-small-text"><p>Samordningsförbundet Höglandet finansierar insatser där kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen arbetar tillsammans.</p></div>
						<a href="{a('/#insatser')}" class="btn btn-theme-primary btn-lg">Våra insatser</a>
					</div>
				</div>
			</section>
			<section id="om" class="onepage-section section-about section-padding section-meta">
				<div class="container">
					<div class="section-title-area">
						<h5 class="section-subtitle">Om oss</h5>
						<h2 class="section-title">Finansiell samordning på Höglandet</h2>
					</div>
					<div class="row">
						<div class="col-lg-6"><p>Samordningsförbundet Höglandet bildades 2008 enligt lagen om finansiell samordning av rehabiliteringsinsatser. Medlemmar är Aneby, Eksjö, Nässjö, Sävsjö, Tranås och Vetlanda kommuner, Region Jönköpings län, Försäkringskassan och Arbetsförmedlingen.</p>
						<p>Förbundet leds av en styrelse med en ledamot från varje medlem. Kansliet finns i Eksjö.</p></div>
						<div class="col-lg-6"><ul>
							<li><a href="{a(RIKT)}">Riktlinjer för insatser 2025</a></li>
							<li><a href="{a(VP)}">Verksamhetsplan och budget 2026</a></li>
							<li><a href="{a(SOKA)}">Så söker ni medel</a></li>
						</ul></div>
					</div>
				</div>
			</section>
			<section id="insatser" class="onepage-section section-services section-padding section-meta">
				<div class="container">
					<div class="section-title-area">
						<h5 class="section-subtitle">Insatser</h5>
						<h2 class="section-title">Pågående insatser</h2>
						<div class="section-desc"><p>Förbundet finansierar just nu de här insatserna. Klicka på en insats för att läsa insatsbeskrivningen.</p></div>
					</div>
					<div class="row">
{service_item(F1, 'Aktivt vardagsliv – Eksjö', 'Aktivitet och stöd för vuxna som har varit sjukskrivna länge.', '2024/02/aktivt-vardagsliv-480x300.jpg')}
{service_item(F2, 'Unga in – Nässjö', 'Coacher enligt IPS för unga vuxna som varken arbetar eller studerar.', '2024/08/unga-in-480x300.jpg')}
{service_item(F3, 'Familjekraft – Tranås', 'Stöd till arbete för föräldrar, med hela familjen i fokus.', '2025/01/familjekraft-480x300.jpg')}
					</div>
				</div>
			</section>
			<section id="avslutade" class="onepage-section section-features section-padding section-meta">
				<div class="container">
					<div class="section-title-area">
						<h5 class="section-subtitle">Avslutade insatser</h5>
						<h2 class="section-title">Det här har vi gjort</h2>
					</div>
					<div class="row">
						<div class="feature-item col-lg-6 wow slideInUp">
							<div class="feature-media"><span class="icon-image"><img src="{a('/wp-content/uploads/2023/05/ikon-pil.png')}" alt="" /></span></div>
							<h4>Vägen tillbaka – Aneby</h4>
							<div class="feature-item-content"><p>2021–2024. <a href="{a(F4)}">Insatsbeskrivning och resultat</a></p></div>
						</div>
						<div class="feature-item col-lg-6 wow slideInUp">
							<div class="feature-media"><span class="icon-image"><img src="{a('/wp-content/uploads/2023/05/ikon-kalla.png')}" alt="" /></span></div>
							<h4>Källan i Vetlanda</h4>
							<div class="feature-item-content"><p>Nu ordinarie verksamhet i Vetlanda kommun. <a href="{a(KALLAN)}">Läs mer</a></p></div>
						</div>
					</div>
				</div>
			</section>
			<section id="nyheter" class="onepage-section section-news section-padding">
				<div class="container">
					<div class="section-title-area">
						<h5 class="section-subtitle">Nyheter</h5>
						<h2 class="section-title">Senaste nytt</h2>
					</div>
					<div class="section-content">
						<div class="blog-entry wow slideInUp">
{news_item(P_EV)}
{news_item(P_CALL)}
{news_item(P_JOB)}
						</div>
						<p class="news-rss"><a href="{a(FEED)}">Prenumerera på våra nyheter via RSS</a></p>
					</div>
				</div>
			</section>
			<section id="kontakt" class="onepage-section section-contact section-padding section-meta">
				<div class="container">
					<div class="section-title-area">
						<h5 class="section-subtitle">Kontakt</h5>
						<h2 class="section-title">Kontakta oss</h2>
					</div>
					<div class="row">
						<div class="col-sm-6"><p>Förbundschef Anna Wikström, 0381-360 11<br />Ekonom Peter Lund, 0381-360 12</p></div>
						<div class="col-sm-6"><address class="contact-details">Storgatan 31, 575 31 Eksjö<br /><a href="mailto:kansli@finsamhoglandet.se">kansli@finsamhoglandet.se</a></address></div>
					</div>
				</div>
			</section>
		</main>'''
    return head('/', 'Samordningsförbundet Höglandet – Tillsammans för fler i arbete',
                desc='Samordningsförbundet Höglandet finansierar samverkan för fler i arbete.') + f'''
<body class="home page-template page-template-template-frontpage page-template-template-frontpage-php page page-id-{pid('/')}">
{header(True)}
		<div id="content" class="site-content">
{main}
		</div>
{FOOTER}'''


def rfc822(iso):
    import datetime
    dt = datetime.datetime.fromisoformat(iso)
    return dt.astimezone(datetime.timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')


def feed():
    items = ''
    for p in POSTS:
        title, date, content, excerpt = POST_DATA[p]
        items += f'''	<item>
		<title>{esc(title)}</title>
		<link>{a(p)}</link>
		<comments>{a(p)}#respond</comments>
		<dc:creator><![CDATA[Kansliet]]></dc:creator>
		<pubDate>{rfc822(date)}</pubDate>
		<category><![CDATA[Nyheter]]></category>
		<guid isPermaLink="false">{a('/?p=' + str(pid(p)))}</guid>
		<description><![CDATA[{excerpt} [&#8230;]]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<wfw:commentRss>{a(p)}feed/</wfw:commentRss>
		<slash:comments>0</slash:comments>
	</item>
'''
    return f'''<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>Samordningsförbundet Höglandet</title>
	<atom:link href="{a(FEED)}" rel="self" type="application/rss+xml" />
	<link>{U}</link>
	<description>Tillsammans för fler i arbete</description>
	<lastBuildDate>{rfc822(POST_DATA[POSTS[0]][1])}</lastBuildDate>
	<language>sv-SE</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>
{items}	</channel>
</rss>
'''


def build():
    pages = {'/': front(), SOKA: soka(), KALLAN: kallan(),
             INTEG: furniture(INTEG, 'Integritetspolicy', 'Så behandlar Samordningsförbundet Höglandet dina personuppgifter.'),
             TILLG: furniture(TILLG, 'Tillgänglighetsredogörelse', 'Samordningsförbundet Höglandet står bakom den här webbplatsen.')}
    for p in POSTS:
        pages[p] = post(p)
    pages[F1] = f1()
    pages[F2] = f2()
    pages[F3] = f3()
    pages[F4] = f4()
    pages[RIKT] = riktlinjer()
    pages[VP] = verksamhetsplan()
    for p, h in pages.items():
        write(H, p, h)
    write(H, FEED, feed())
    write(H, '/robots.txt', '''User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /xmlrpc.php
Disallow: /wp-json/
Disallow: /?s=
Disallow: /*?s=
Disallow: /*?ical=
Disallow: /*?print=
Crawl-delay: 2
''')
    return pages


if __name__ == '__main__':
    build()
