"""Shared helpers for writing the saved sites of heldout_sites29 (files are written only under this directory)."""
import hashlib
import html
import os
import zlib

ROOT = os.path.dirname(os.path.abspath(__file__))


def _target(host, path):
    """The file that holds https://host + path. The query and fragment are not part of the file name (the replay
    server ignores query strings). A path ending in '/' and an extensionless path (Squiz Matrix writes its addresses
    without a trailing slash, and a page may have children) are saved as <path>/index.html; a path whose last segment
    has a file extension (.xml, .txt, .html, .json, .pdf) is saved as that file."""
    rel = path.split('#')[0].split('?')[0].lstrip('/')
    last = rel.rsplit('/', 1)[-1]
    if rel == '' or rel.endswith('/'):
        rel = rel + 'index.html'
    elif '.' not in last:
        rel = rel + '/index.html'
    return os.path.join(ROOT, host, rel)


def write(host, path, text, encoding='utf-8'):
    full = _target(host, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding=encoding, newline='\n') as f:
        f.write(text)
    return full


def write_bytes(host, path, data):
    full = _target(host, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(data)
    return full


def hexid(seed, n=20):
    """A stable hexadecimal id (Sitevision node ids, cache busters)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def numid(seed, lo=1000, span=8000):
    """A stable integer id (WordPress post ids, Squiz Matrix asset ids)."""
    return lo + int(hashlib.md5(seed.encode('utf-8')).hexdigest()[:8], 16) % span


def esc(s):
    return html.escape(s, quote=True)


def urlset(host, rows, extra_ns='', stylesheet=None, scheme='https', alternates=None):
    """rows: (path, lastmod) pairs; lastmod may be None. alternates: {path: [(hreflang, full url), …]}."""
    out = ''
    for p, d in rows:
        lm = f'\n    <lastmod>{d}</lastmod>' if d else ''
        alt = ''
        for lang, href in (alternates or {}).get(p, []):
            alt += f'\n    <xhtml:link rel="alternate" hreflang="{lang}" href="{href}"/>'
        out += f'  <url>\n    <loc>{scheme}://{host}{p}</loc>{lm}{alt}\n  </url>\n'
    xsl = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>\n' if stylesheet else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xsl +
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{extra_ns}>\n' + out + '</urlset>\n')


def sitemap_index(host, rows, stylesheet=None):
    """rows: (path, lastmod) pairs; lastmod may be None."""
    out = ''
    for p, d in rows:
        lm = f'\n\t\t<lastmod>{d}</lastmod>' if d else ''
        out += f'\t<sitemap>\n\t\t<loc>https://{host}{p}</loc>{lm}\n\t</sitemap>\n'
    xsl = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>\n' if stylesheet else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>' + xsl +
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + out + '</sitemapindex>\n')


# ------------------------------------------------------------------------------------------------------------ PDF
def _pdf_str(s):
    """A PDF literal string in WinAnsiEncoding (cp1252): å ä ö, en dash and the like as octal escapes."""
    out = []
    for b in s.encode('cp1252'):
        ch = chr(b)
        if ch in '()\\':
            out.append('\\' + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append('\\%03o' % b)
    return '(' + ''.join(out) + ')'


def _wrap(text, width):
    words, lines, cur = text.split(), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def make_pdf(title, author, blocks, producer='Microsoft® Word för Microsoft 365', created='D:20250214093000+01\'00\''):
    """A small text PDF (PDF 1.7, A4, Helvetica and Helvetica-Bold in WinAnsiEncoding, Flate-compressed content
    streams), written like Word's 'Spara som PDF'. blocks: ('h1'|'h2'|'p'|'li'|'foot', text). Lines are wrapped to
    the page; a new page starts when one is full; every page gets the running footer and a page number."""
    pages, cur, y = [], [], 780
    foot = None
    for kind, text in blocks:
        if kind == 'foot':
            foot = text
            continue
        size, font, width, gap = {'h1': (18, 'F2', 48, 10), 'h2': (13, 'F2', 66, 6),
                                  'p': (10.5, 'F1', 92, 6), 'li': (10.5, 'F1', 88, 2)}[kind]
        lines = _wrap(('\u2022 ' if kind == 'li' else '') + text, width)
        need = len(lines) * (size + 3) + gap + (8 if kind in ('h1', 'h2') else 0)
        if y - need < 80:
            pages.append(cur)
            cur, y = [], 780
        if kind in ('h1', 'h2') and cur:
            y -= 8
        for ln in lines:
            cur.append((font, size, 56 if kind != 'li' else 68, y, ln))
            y -= size + 3
        y -= gap
    pages.append(cur)
    n = len(pages)
    objs = {}
    objs[1] = '<< /Type /Catalog /Pages 2 0 R /Lang (sv-SE) >>'
    kids = ' '.join(f'{5 + 2 * i} 0 R' for i in range(n))
    objs[2] = f'<< /Type /Pages /Kids [{kids}] /Count {n} >>'
    objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    streams = {}
    for i, lines in enumerate(pages):
        ops = []
        for font, size, x, yy, ln in lines:
            ops.append(f'BT /{font} {size} Tf {x} {yy} Td {_pdf_str(ln)} Tj ET')
        if foot:
            ops.append(f'BT /F1 8 Tf 56 40 Td {_pdf_str(foot)} Tj ET')
        ops.append(f'BT /F1 8 Tf 520 40 Td {_pdf_str("Sida %d (%d)" % (i + 1, n))} Tj ET')
        data = zlib.compress('\n'.join(ops).encode('latin-1'))
        pobj, cobj = 5 + 2 * i, 6 + 2 * i
        objs[pobj] = (f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.32 841.92] /Contents {cobj} 0 R '
                      f'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>')
        streams[cobj] = data
    info = 5 + 2 * n

    def u16(s):
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'
    objs[info] = (f'<< /Title {u16(title)} /Author {u16(author)} /Creator {u16(producer)} '
                  f'/Producer {u16(producer)} /CreationDate ({created}) /ModDate ({created}) >>')
    out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for k in sorted(set(objs) | set(streams)):
        offsets[k] = len(out)
        if k in streams:
            d = streams[k]
            out += f'{k} 0 obj\n<< /Filter /FlateDecode /Length {len(d)} >>\nstream\n'.encode('latin-1') + d + b'\nendstream\nendobj\n'
        else:
            out += f'{k} 0 obj\n{objs[k]}\nendobj\n'.encode('latin-1')
    size = max(offsets) + 1
    xref = len(out)
    out += f'xref\n0 {size}\n0000000000 65535 f \n'.encode('latin-1')
    for k in range(1, size):
        out += f'{offsets[k]:010d} 00000 n \n'.encode('latin-1')
    doc_id = hashlib.md5(title.encode('utf-8')).hexdigest()
    out += (f'trailer\n<< /Size {size} /Root 1 0 R /Info {info} 0 R /ID [<{doc_id}> <{doc_id}>] >>\n'
            f'startxref\n{xref}\n%%EOF\n').encode('latin-1')
    return bytes(out)
