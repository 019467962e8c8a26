"""Generate the hostile input files of heldout_errors1 (standard library only).

Run from anywhere: python3 tests/heldout_errors1/make_files.py
Regenerating is needed after a git checkout: git keeps neither mode 000 (noperm.html)
nor, reliably, the exact bytes of every hostile file. The output is deterministic.
"""
import gzip
import io
import json
import os
import random
import stat
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
GOOD = os.path.join(FILES, "good")
rng = random.Random(20240607)


def write(name, data):
    path = os.path.join(FILES, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.lexists(path):
        os.chmod(path, 0o644) if not os.path.islink(path) else None
        os.remove(path)
    with open(path, "wb") as f:
        f.write(data)
    return path


# ---------------------------------------------------------------------------
# Good content: one project per page, all text taken from /work/shared/seeds.
# ---------------------------------------------------------------------------

def page(title, canonical, lead, body_paras, facts, charset_meta='<meta charset="utf-8">', head_extra=""):
    facts_html = "".join(f"<li><strong>{k}:</strong> {v}</li>" for k, v in facts)
    paras = "".join(f"<p>{p}</p>" for p in body_paras)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
{charset_meta}
<title>{title} - Sociala investeringar</title>
<link rel="canonical" href="{canonical}">
{head_extra}</head>
<body>
<header><a href="#main">Gå direkt till huvudinnehållet</a>
<nav><ul><li><a href="/">Startsida</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li><li><a href="/sociala-investeringar">Sociala investeringar</a></li></ul></nav></header>
<main id="main">
<h1>{title}</h1>
<p class="lead">{lead}</p>
{paras}
<h2>Fakta om projektet</h2>
<ul class="facts">{facts_html}</ul>
<p class="updated">Senast uppdaterad: 2023-06-28 08:44</p>
</main>
<footer><p>Kontakt</p><p>Telefon: 0171-62 50 00</p><p>När du besöker denna webbplats sparas viss information om ditt besök.</p></footer>
</body>
</html>
"""


def labelled_page(title, canonical, lead, labels, charset_meta='<meta charset="utf-8">', head_extra="", doctype="<!DOCTYPE html>\n<html lang=\"sv\">"):
    blocks = "".join(f"<p><strong>{k}:</strong> {v}</p>\n" for k, v in labels)
    return f"""{doctype}
<head>
{charset_meta}
<title>{title} - Västra Götalandsregionen</title>
<link rel="canonical" href="{canonical}"/>
{head_extra}</head>
<body>
<header><p>Webbplatsen använder teknik som troligen inte stöds av din webbläsare som exempelvis Internet Explorer 11.</p>
<a href="#main">Gå direkt till huvudinnehållet</a></header>
<main id="main">
<h1>{title}</h1>
<p class="lead">{lead}</p>
{blocks}<p>Senast uppdaterad: 2023-06-28 08:44</p>
</main>
<footer><p>Västra Götalandsregionen</p></footer>
</body>
</html>
"""


ENK = "https://enkoping.se/kommun-och-politik/sociala-investeringar/"
VGR = "https://www.vgregion.se/halsa-och-vard/vardgivarwebben/sociala-investeringar/pagaende/"

MER_ENERGI = dict(
    title="Mer energi i Hummelsta",
    canonical=ENK + "mer-energi-i-hummelsta",
    lead="Ett projekt som finansieras av Enköpings kommuns sociala investeringsfond.",
    body_paras=[
        "Ett stort antal elever i årskurs 1–6 på Hummelstaskolan mår inte bra av sin sociala situation. Genom daglig stimulerande och inte tävlingsinriktad fysisk aktivitet vill det här projektet utöka antalet idrottstimmar på schemat.",
        "Skolan har också värdegrundsprojekt, trygghetsteam och elevhälsa, entreprenöriellt lärande och samverkan med det lokala föreningslivet via Skol-IF. Projektet ska bidra till att eleverna känner tillit till sin inre förmåga, blir mer motiverade, får en bättre kunskapsutveckling och mår psykiskt och fysiskt bra.",
    ],
    facts=[("Projektägare", "Enköpings kommun"), ("Målgrupp", "Elever i årskurs 1–6 på Hummelstaskolan"),
           ("Period", "2014–2018"), ("Finansiering", "Enköpings kommuns sociala investeringsfond")],
)

ELEVCOACH = dict(
    title="Elevcoach mellanstadiet",
    canonical=ENK + "elevcoach-mellanstadiet",
    lead="Bergvretenskolan vill satsa på en elevcoach på mellanstadiet.",
    body_paras=[
        "I dag finns en elevcoach på högstadiet – och resultatet är mycket positivt. Hela högstadiet mår bättre och är mer motiverade. Eleverna på mellanstadiet har behov av trygghet och vägledning.",
        "Elevcoachen ska öka tryggheten och trivseln och motverka utanförskap och frånvaro i skolan. Coachen kan också ha tät kontakt med elevernas hem. Det ska skapa en trygg lärmiljö där alla elever kan utvecklas utifrån sina förutsättningar. Elever som inte deltar i undervisningen ska kunna fångas upp tidigare än i dag.",
    ],
    facts=[("Projektägare", "Enköpings kommun, Bergvretenskolan"), ("Målgrupp", "Elever på mellanstadiet"),
           ("Period", "2014–2016"), ("Finansiering", "Enköpings kommuns sociala investeringsfond")],
)

CHATTA = dict(
    title="Chatta med soc!",
    canonical=ENK + "chatta-med-soc",
    lead="Att chatta med soc blir ett komplement till den traditionella socialtjänsten.",
    body_paras=[
        "Det är ett sätt att öka ungas möjlighet att få råd och stöd. En chatt kan göra det lättare att ta den första kontakten. Unga kan känna sig mer bekväma och mindre rädda att höra av sig.",
        "Chatten vänder sig främst till ungdomar upp till 18 år, men i andra hand också till vuxna och de ungas vuxna närstående.",
    ],
    facts=[("Projektägare", "Enköpings kommun, socialförvaltningen"), ("Målgrupp", "Ungdomar upp till 18 år"),
           ("Period", "2014–2016"), ("Finansiering", "Enköpings kommuns sociala investeringsfond")],
)

VAGLEDANDE = dict(
    title="Vägledande samspel, vägledarutbildning",
    canonical=ENK + "vagledande-samspel",
    lead="Enköpings kommun har två öppna förskolor: Kråkans och Flisans familjecentrum.",
    body_paras=[
        "De har olika föräldrastödsprogram, men ingen utbildning till småbarnsföräldrar med barn som är 1–3 år. Det här projektet går ut på att utbilda småbarnsföräldrarna. Utbildningen kallas för Vägledande samtal.",
        "Det är ett hälsofrämjande samspelsprogram som grundar sig på barns växande och lärande. Programmet bygger på modern småbarnsforskning och FN:s barnkonvention. Projektet pågår 2014–2016 och är ett samarbete mellan Enköpings kommun och Landstinget i Uppsala län.",
    ],
    facts=[("Samverkanspart", "Landstinget i Uppsala län"), ("Målgrupp", "Småbarnsföräldrar med barn som är 1–3 år"),
           ("Period", "2014–2016")],
)

TEKNIKSTOD = dict(
    title="Teknikstöd i skolan",
    canonical="https://www.kungalv.se/kommun-och-politik/sociala-investeringar/teknikstod-i-skolan",
    lead="”Teknikstöd i skolan” är ett fyraårigt projekt som startade i början av 2015.",
    body_paras=[
        "I detta är en specialpedagog och en IT-pedagog anställda på halvtid för att arbeta med anpassningar och särskilt stöd genom teknikanvändande för ungdomar och personal.",
        "Projektet följs upp vid återkommande tillfällen för att få veta vilka effekter som kan ses, och hur erfarenheterna kan föras in i kommunens ordinarie verksamhet. Ett av villkoren är att projekten drivs i samverkan mellan flera verksamheter, just nu skola och socialtjänst.",
    ],
    facts=[("Projektägare", "Kungälvs kommun"), ("Bemanning", "En specialpedagog och en IT-pedagog på halvtid"),
           ("Period", "2015–2018"), ("Målgrupp", "Ungdomar och personal i skolan")],
)

SKOVDE = dict(
    title="Anpassat föräldraskapsstöd på familjecentraler",
    canonical=VGR + "anpassat-foraldraskapsstod-skovde",
    lead="En social investering i Skövde kommun.",
    labels=[
        ("Samverkansparter", "Närhälsan Södra Ryd och Närhälsan Billingen"),
        ("Syfte", "Genom att utveckla och tillgängliggöra föräldrastöd, SFI-kurser för föräldralediga och samverkan med det civila samhället ge utrikesfödda föräldrar en ökad möjlighet att stödja sina barns kunskapsutveckling i skolan."),
        ("Målgrupp", "Utrikesfödda föräldrar boende i Skövde kommun, i första hand föräldralediga och föräldrar till barn 0-12 år."),
        ("Tidsperiod", "2021-01-15 till och med 2024-01-15"),
        ("Innehåll", "Anpassade föräldragrupper utvecklas och genomförs av personal från familjecentraler, barnmorskor och barnsjuksköterskor. Träffarna anpassas efter målgruppens behov och behandlar teman som rör barnets första tid i livet, vanliga barnsjukdomar, sömn och amning."),
    ],
)

SPADBARN = dict(
    title="Spädbarnverksamheten i Biskopsgården",
    canonical=VGR + "spadbarnverksamheten",
    lead="En social investering i Göteborgs Stad.",
    labels=[
        ("Samverkansparter", "Närhälsan Biskopsgården och Förskoleförvaltningen, Göteborgs Stad"),
        ("Syfte", "Genom ett nytt arbetssätt, Spädbarnverksamheten, stärka anknytningen mellan barn och förälder samt stärka det sociala nätverket runt familjen och på så sätt minska social isolering."),
        ("Målgrupp", "Föräldrar som bedöms ha svårighet med anknytning till sina barn och som behöver mer stöd och hjälp än vad personalen inom det familjecentrerade arbetet i stadsdelen kan erbjuda. Målgruppen är drygt 60 barn med föräldrar."),
        ("Tidsperiod", "2021-01-01 till och med 2023-12-31"),
        ("Innehåll", "Verksamheten kommer ha två grupper i veckan för gruppträffar med cirka sex familjer per grupp."),
    ],
)

TANKE = dict(
    title="Tanke & Hälsa – uppskalning i Fyrbodal",
    canonical=VGR + "tanke-och-halsa",
    lead="En fortsättning på en treårig social investering, programmet Tanke & Hälsa.",
    labels=[
        ("Samverkanspart", "Elevhälsan i kommunerna Tjörn, Orust, Lysekil, Stenungssund och Uddevalla samt Närhälsan Tjörn, Lysekil, Stenungssund och Dalaberg (Uddevalla)"),
        ("Syfte", "Övergripande mål för projektet är att förhindra insjuknande i en första depression hos ungdomar under högstadiet, så att fler klarar grundskolan med fullständiga betyg."),
        ("Målgrupp", "Ungdomar i årskurs 8 (13–16 år) i de medverkande kommunerna."),
        ("Tidsperiod", "2022-09-01 – 2024-08-31"),
        ("Innehåll", "De centrala delarna av programmet är att erbjuda ungdomarna en kartläggning och återkoppling av deras psykiska hälsa inom ramen för elevhälsans uppdrag."),
    ],
)

HALSOPROMOTORER = dict(
    title="Hälsopromotörer i tandvården",
    canonical=VGR + "halsopromotorer-i-tandvarden",
    lead="En social investering inom Folktandvården.",
    labels=[
        ("Samverkansparter", "Borås Kommun, Trollhättans Kommun, Uddevalla Kommun, Göteborgs Stad och Sjukhusen i Väster-VGR"),
        ("Syfte", "Med hjälp av en ny profession i tandvården, Hälsopromotörer, samverka med andra aktörer och stödja utveckling mot mer hälsosamma levnadsvanor för familjer i socioekonomiskt resurssvaga områden."),
        ("Målgrupp", "Barn och föräldrar i upptagningsområden för de kliniker med sämst tandhälsa bland 6-åringar i regionen."),
        ("Tidsperiod", "2021-01-01 till och med 2023-12-31"),
        ("Innehåll", "Aktiviteter på förskolor och familjecentraler som bygger på ”Tandboxen”, ett pedagogiskt material, samt delta på föräldramöten/föräldrastöd."),
    ],
)

INSATSKOORDINATOR = dict(
    title="Insatskoordinator i förskolan",
    canonical=VGR + "insatskoordinator-i-forskolan-vanersborg",
    lead="En social investering i Vänersborgs kommun.",
    labels=[
        ("Samverkanspart", "Andra kommunala förvaltningar inom Vänersborgs kommun"),
        ("Syfte", "Att utveckla en närvarokultur i förskolan hos vårdnadshavare och pedagoger. Målet är att öka närvaron för de barn som är i förskolan."),
        ("Målgrupp", "Familjer med barn i åldern 1–5 år i den kommunala förskolan"),
        ("Tidsperiod", "2022-12-01 – 2025-11-30"),
        ("Innehåll", "Den huvudsakliga aktiviteten i projektet är att en insatskoordinator anställs i förskolan. Insatskoordinatorn är tänkt att vara länken mellan förskolan, barnhälsan och familjecentralen."),
    ],
)

MUNKEDAL = dict(
    title="Språkscreening på modersmål i Munkedal",
    canonical=VGR + "sprakscreening-munkedal",
    lead="Projektet består av tre centrala delar; att utveckla språkscreening på modersmål på BVC, att utveckla föräldrastöd generellt i kommun till flerspråkiga föräldrar samt att förstärka det förebyggande arbetet kring språk på förskolan.",
    labels=[
        ("Samverkansparter", "Munkedals kommun och Närhälsan Munkedal vårdcentral"),
        ("Syfte", "Att tidigt fånga upp barn med ökad risk att inte klara grundskolan med särskilt fokus på språkstörningar."),
        ("Målgrupp", "2,5-åringar som är listade vid Närhälsan Munkedal. Cirka 100 barn per årskull."),
        ("Tidsperiod", "2022-01-01 till och med 2024-12-31"),
    ],
)

DALSED = dict(
    title="Fysioterapeut i elevhälsoteamet",
    canonical=VGR + "fysioterapeut-i-elevhalsoteamet-dals-ed",
    lead="Projektet ska testa effekterna av att en fysioterapeut ingår i elevhälsoteamet.",
    labels=[
        ("Samverkansparter", "Dals-Ed kommun och Närhälsan Dals-Ed Rehabmottagning"),
        ("Syfte", "Att testa en metod för skolan att arbeta främjande och förebyggande med tidiga insatser för att motverka stillasittande, sömnbrist och i förlängningen psykisk och fysisk ohälsa."),
        ("Målgrupp", "Elever i Förskoleklass samt årskurs 1-9. Totalt cirka 500 elever."),
        ("Tidsperiod", "2022-01-01 till och med 2024-12-31"),
    ],
)

OCKERO = dict(
    title="Gemensam plattform för skolnärvaro i Öckerö",
    canonical=VGR + "skolnarvaro-ockero",
    lead="En social investering i Öckerö kommun.",
    labels=[
        ("Samverkansparter", "Barn- och utvecklingsförvaltningen och socialtjänsten i Öckerö kommun samt Närhälsan och Barnmedicin, VGR"),
        ("Syfte", "Investeringen syftar till att skapa hållbara rutiner, en samsyn och en gemensam plattform för att hantera problematisk skolfrånvaro."),
        ("Målgrupp", "Elever i grundskolan med problematisk skolfrånvaro som har, eller riskerar att utveckla, psykisk ohälsa."),
        ("Tidsperiod", "2020-03-01 - 2022-12-31"),
        ("Innehåll", "Projektet syftar till att skapa gemensamma rutiner och tidiga insatser för barn som har eller riskerar att få problematisk skolfrånvaro."),
    ],
)

BENGTSFORS = dict(
    title="Språkstödjare och tidiga insatser i Bengtsfors",
    canonical=VGR + "sprakstodjare-bengtsfors",
    lead="Tillsammans med Närhälsans psykosociala team, BUP och IFO planeras generella insatser i form av kompetensutveckling till skolpersonal och utbildning av vårdnadshavare, samt riktade insatser till eleverna med hjälp av språkstödjare.",
    labels=[
        ("Samverkansparter", "Bengtsfors kommun och Närhälsan Bengtsfors vårdcentral"),
        ("Syfte", "Att fånga upp vårdnadshavare och tillsammans med dem förebygga de risker som problematisk frånvaro, språk- och kulturklyftor skapar."),
        ("Målgrupp", "Elever 7-11 år, med risk för eller med psykisk ohälsa och/eller utländsk bakgrund och/eller med oroväckande frånvaro."),
        ("Tidsperiod", "2022-01-01 – 2024-12-31"),
    ],
)

AMAL_LABELS = [
    ("Samverkanspart", "Det lokala näringslivet i Åmål och andra kommunala verksamheter"),
    ("Syfte", "Att öka elevers motivation till studier genom ökad förståelse för arbetsliv, vikten av egen försörjning, individens bidrag till samhällets utveckling och entreprenörskap. Projektets mål är främst att alla unga ska nå gymnasiebehörighet."),
    ("Målgrupp", "Elever i årskurs 6-9 i Åmåls kommun"),
    ("Tidsperiod", "2023-01-01 – 2025-12-31"),
    ("Innehåll", "Investeringen möjliggör en utökning av studie- och yrkesvägledningen för att förstärka, utveckla och bredda arbetet med arbetslivsdagar och prao."),
]


def text_page(url_line, d):
    lines = []
    if url_line is not None:
        lines.append("URL: " + url_line)
        lines.append("")
    lines.append(d["title"])
    lines.append("")
    lines.append(d["lead"])
    lines.append("")
    for p in d["body_paras"]:
        lines.append(p)
        lines.append("")
    for k, v in d["facts"]:
        lines.append(f"{k}: {v}")
    lines.append("")
    lines.append("Senast uppdaterad: 2023-06-28 08:44")
    return "\n".join(lines) + "\n"


def main():
    os.makedirs(GOOD, exist_ok=True)

    # --- good pages (used in the mixed cases) -----------------------------------------
    write("good/mer-energi-i-hummelsta.html", page(**MER_ENERGI).encode("utf-8"))
    write("good/elevcoach-mellanstadiet.html", page(**ELEVCOACH).encode("utf-8"))
    write("good/anpassat-foraldraskapsstod.html", labelled_page(**SKOVDE).encode("utf-8"))
    write("good/spadbarnverksamheten.html", labelled_page(**SPADBARN).encode("utf-8"))
    write("good/vagledande-samspel.txt", text_page(VAGLEDANDE["canonical"], VAGLEDANDE).encode("utf-8"))

    # --- truncations ----------------------------------------------------------------------
    # Mid multi-byte character: the page (one project, all facts given) is cut inside the
    # two-byte "ö" of "besök" in the footer, i.e. after </main>.
    full = page(**MER_ENERGI).encode("utf-8")
    cut = full.index("sparas viss information om ditt besök".encode("utf-8")) + len("sparas viss information om ditt bes".encode("utf-8")) + 1
    assert full[cut - 1] == 0xC3
    write("trunc_mid_utf8_char.html", full[:cut])

    # Mid tag: cut inside "<p class=\"upd" right after the fact list.
    full = page(**ELEVCOACH).encode("utf-8")
    cut = full.index(b'<p class="updated">') + len(b'<p cla')
    write("trunc_mid_tag.html", full[:cut])

    # --- lying encodings ---------------------------------------------------------------------
    write("cp1252_declared_utf8.html", page(**CHATTA).encode("cp1252"))
    write("utf8_declared_cp1252.html",
          page(**VAGLEDANDE, charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').encode("utf-8"))
    write("utf16le_bom.html", b"\xff\xfe" + labelled_page(**SKOVDE, charset_meta='<meta charset="utf-16">').encode("utf-16-le"))
    write("utf16be_nobom.txt", text_page(SPADBARN["canonical"], dict(
        title=SPADBARN["title"], lead=SPADBARN["lead"], body_paras=[], facts=SPADBARN["labels"])).encode("utf-16-be"))
    write("bogus_meta_charset.html",
          labelled_page(**TANKE, charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=svenska-8">').encode("utf-8"))
    xhtml_doctype = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                     '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
                     '<html xmlns="http://www.w3.org/1999/xhtml" lang="sv" xml:lang="sv">')
    write("xhtml_xml_declaration.html",
          labelled_page(**HALSOPROMOTORER, doctype=xhtml_doctype,
                        charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />').encode("utf-8"))

    # --- compressed -----------------------------------------------------------------------------
    write("gzip_saved_as.html", gzip.compress(labelled_page(**INSATSKOORDINATOR).encode("utf-8"), mtime=0))
    # gzip bomb: about 1 GiB of spaces inside a <p>, compressed to about 1 MB.
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sociala investeringar</title></head><body><p>")
        chunk = b" " * (1 << 20)
        for _ in range(1024):
            gz.write(chunk)
        gz.write(b"</p></body></html>")
    write("gzip_bomb.html", buf.getvalue())

    # --- empty and near-empty ---------------------------------------------------------------------
    write("empty.html", b"")
    write("whitespace_only.html", b"  \n\n\t \r\n      \n" * 50)
    write("bom_only.txt", b"\xef\xbb\xbf")
    os.makedirs(os.path.join(FILES, "empty_folder"), exist_ok=True)
    write("empty_folder/.keep", b"")

    link = os.path.join(FILES, "dangling_link.html")
    if os.path.lexists(link):
        os.remove(link)
    os.symlink("no_such_folder/removed-page.html", link)

    # --- no read permission (root may still read it) ------------------------------------------------
    p = write("noperm.html", labelled_page(**MUNKEDAL).encode("utf-8"))
    os.chmod(p, 0)

    # --- binary files --------------------------------------------------------------------------------
    write("diagram.png", make_png(320, 200))
    write("bilaga-budget.xlsx", make_xlsx())
    write("slutrapport.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.getrandbits(8) for _ in range(40000)))
    write("protokoll-krypterat.pdf", make_encrypted_pdf())

    # --- size and structure ----------------------------------------------------------------------
    inner = labelled_page(**DALSED)
    start = inner.index("<h1>")
    end = inner.index("</main>")
    deep = inner[:start] + "<div>" * 20000 + inner[start:end] + "</div>" * 20000 + inner[end:]
    write("deep_nesting.html", deep.encode("utf-8"))

    one = page(**TEKNIKSTOD).replace("\n", " ")
    b64 = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(5 * 1024 * 1024))
    one = one.replace("<h2>Fakta om projektet</h2>",
                      f'<p><img alt="Elever i klassrummet" src="data:image/png;base64,{b64}"></p><h2>Fakta om projektet</h2>')
    assert "\n" not in one and "\r" not in one
    write("huge_single_line.html", one.encode("utf-8"))

    nul = labelled_page(**OCKERO).encode("utf-8")
    nul = nul.replace(b"</p>\n<p>", b"</p>\x00\x00\x00\x00\n<p>")
    nul = nul.replace(b"<strong>Syfte:</strong>", b"<strong>Syfte:</strong>\x00")
    nul = b"\x00" * 4096 + nul + b"\x00" * 65536
    write("nul_bytes.html", nul)

    tbl = labelled_page(**BENGTSFORS)
    rows = []
    for r in range(20000):
        cells = "".join(f"<td>{(r * 7 + c * 13) % 97}</td>" for c in range(10))
        rows.append(f"<tr>{cells}</tr>")
    table = ('<h2>Statistik: besök per dag och enhet</h2><table class="stats"><thead><tr>'
             + "".join(f"<th>E{c}</th>" for c in range(10)) + "</tr></thead><tbody>"
             + "\n".join(rows) + "</tbody></table>")
    tbl = tbl.replace("<p>Senast uppdaterad", table + "\n<p>Senast uppdaterad")
    write("table_200k_cells.html", tbl.encode("utf-8"))

    # --- not pages ---------------------------------------------------------------------------
    api = {"status": "ok", "total": 1, "page": 1, "items": [{
        "id": "b7e9c1", "type": "project", "title": ELEVCOACH["title"],
        "url": ELEVCOACH["canonical"], "organisation": "Enköpings kommun",
        "period": {"start": "2014", "end": "2016"},
        "summary": ELEVCOACH["lead"] + " " + ELEVCOACH["body_paras"][1]}],
        "links": {"self": "/rest-api/sociala-investeringar?page=1", "next": None}}
    write("api_answer.html", json.dumps(api, ensure_ascii=False).encode("utf-8"))

    urls = [ENK + s for s in ["", "mer-energi-i-hummelsta", "vagledande-samspel", "elevcoach-mellanstadiet",
                              "chatta-med-soc", "el-sistema"]] + ["https://enkoping.se/", "https://enkoping.se/kontakt"]
    sm = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + "".join(f"  <url><loc>{u}</loc><lastmod>2023-06-28</lastmod><changefreq>monthly</changefreq></url>\n" for u in urls)
          + "</urlset>\n")
    write("sitemap_as.html", sm.encode("utf-8"))

    # --- odd Unicode inside the project text ---------------------------------------------------
    def oddify(s):
        import unicodedata
        s = unicodedata.normalize("NFD", s)          # å -> a + U+030A, ö -> o + U+0308
        s = s.replace(" år", "\u00a0år").replace(" – ", "\u00a0–\u00a0")
        s = s.replace("Syfte", "Syf\u200bte").replace("Ma\u030algrupp", "Ma\u030alg\u00adrupp")
        return s
    amal = dict(title="\u200fArbetslivsdagar och prao i Åmål\u200e",
                canonical=VGR + "arbetslivsdagar-och-prao-amal",
                lead="En social investering i Åmåls kommun\u2028som ska öka elevers motivation till studier.",
                labels=[(oddify(k), oddify(v)) for k, v in AMAL_LABELS])
    odd = labelled_page(**amal)
    odd = odd.replace("<h1>", "<h1>\ufeff").replace("Tidsperiod", "Tids\u200dperiod")
    write("odd_unicode.html", odd.encode("utf-8"))

    # --- URL: lines ---------------------------------------------------------------------------
    write("url_no_scheme.txt", text_page("www.enkoping.se/kommun-och-politik/sociala-investeringar/elevcoach-mellanstadiet", ELEVCOACH).encode("utf-8"))
    write("url_javascript.txt", text_page("javascript:alert(document.cookie)", CHATTA).encode("utf-8"))
    q = "&".join(f"utm_p{i}={'x' * 20}" for i in range(80))
    long_url = ENK + "mer-energi-i-hummelsta?" + q
    long_url = long_url[:2000]
    assert len(long_url) == 2000
    write("url_2000_chars.txt", text_page(long_url, MER_ENERGI).encode("utf-8"))
    return long_url


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def make_png(w, h):
    raw = b"".join(b"\x00" + bytes(v for x in range(w) for v in (x * 255 // w, y * 255 // h, 128)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + png_chunk(b"tEXt", b"Title\x00Sociala investeringar 2014-2018")
            + png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))


def make_xlsx():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Bilaga 1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Konto</t></is></c><c r="B1" t="inlineStr"><is><t>Belopp tkr</t></is></c></row>']
        for i in range(2, 40):
            rows.append(f'<row r="{i}"><c r="A{i}"><v>{4000 + i}</v></c><c r="B{i}"><v>{(i * 37) % 500}</v></c></row>')
        z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                   + "".join(rows) + "</sheetData></worksheet>")
    return buf.getvalue()


def make_encrypted_pdf():
    """A structurally valid PDF whose trailer names a Standard security handler (RC4 128-bit)
    with O/U values no password opens, and a content stream of ciphertext-like bytes."""
    def hexs(n):
        return "".join(f"{rng.getrandbits(8):02x}" for _ in range(n))
    stream = bytes(rng.getrandbits(8) for _ in range(1200))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1852 /O <%s> /U <%s> >>" % (hexs(32), hexs(32))).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title <" + hexs(40).encode() + b"> /Producer <" + hexs(24).encode() + b"> >>",
    ]
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    fid = hexs(16).encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /Encrypt 5 0 R /ID [<" % (len(objs) + 1)) + fid + b"><" + fid + b">] >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


if __name__ == "__main__":
    print(main())
