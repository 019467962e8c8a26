"""Shared helpers for writing the saved sites of heldout_sites34 (files are written only under this directory)."""
import hashlib
import html
import os
import random

ROOT = os.path.dirname(os.path.abspath(__file__))

# every file written, per host: URL path as the site writes it -> file (the checks map files back to addresses)
WRITTEN = {}


def _target(host, path):
    """The file that holds https://host + path. The query and fragment are not part of the file name (the replay
    server ignores query strings). A path ending in '/' and an extensionless path are saved as <path>/index.html; a
    path whose last segment has a file extension (.html, .xml, .txt, .pdf, .geojson) is saved as that file."""
    rel = path.split('#')[0].split('?')[0].lstrip('/')
    last = rel.rsplit('/', 1)[-1]
    if rel == '' or rel.endswith('/'):
        rel = rel + 'index.html'
    elif '.' not in last:
        rel = rel + '/index.html'
    return os.path.join(ROOT, host, rel)


def write(host, path, text, encoding='utf-8'):
    full = _target(host, path)
    if full in WRITTEN.setdefault(host, {}).values():
        raise SystemExit(f'two addresses for one file: {host}{path}')
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if isinstance(text, bytes):
        with open(full, 'wb') as f:
            f.write(text)
    else:
        with open(full, 'w', encoding=encoding, newline='\n') as f:
            f.write(text)
    WRITTEN[host][path] = full
    return full


def hexid(seed, n=20):
    """A stable hexadecimal id (uuids, cache busters, record ids)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def numid(seed, lo=1000, span=8000):
    """A stable integer id (post ids, media ids)."""
    return lo + int(hashlib.md5(seed.encode('utf-8')).hexdigest()[:8], 16) % span


def esc(s):
    return html.escape(s, quote=True)


def urlset(host, rows, scheme='https', alternates=None):
    """rows: (path, lastmod, changefreq, priority) tuples; any of the last three may be None. alternates: path ->
    [(hreflang, path)] written as xhtml:link elements (a multilingual sitemap)."""
    alternates = alternates or {}
    out = ''
    for p, d, cf, pr in rows:
        lm = f'\n    <lastmod>{d}</lastmod>' if d else ''
        c = f'\n    <changefreq>{cf}</changefreq>' if cf else ''
        q = f'\n    <priority>{pr}</priority>' if pr else ''
        alt = ''.join(f'\n    <xhtml:link rel="alternate" hreflang="{lang}" href="{scheme}://{host}{esc(ap)}"/>'
                      for lang, ap in alternates.get(p, []))
        out += f'  <url>\n    <loc>{scheme}://{host}{esc(p)}</loc>{lm}{c}{q}{alt}\n  </url>\n'
    ns = ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' if alternates else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>\n' + out + '</urlset>\n')


def _pdf_text(s):
    """A PDF literal string in WinAnsiEncoding (å, ä, ö and the en dash as their cp1252 bytes)."""
    b = s.encode('cp1252')
    out = b''
    for c in b:
        ch = bytes([c])
        if ch in b'()\\':
            out += b'\\' + ch
        elif c > 126:
            out += b'\\%03o' % c
        else:
            out += ch
    return b'(' + out + b')'


def pdf(lines, seed, title, author, image_bytes=0, created='D:20250315093000+01\'00\'',
        producer='Microsoft\u00ae Word f\u00f6r Microsoft 365'):
    """A valid one-page PDF 1.4: the first line as a 16 pt heading, the others as 10 pt lines 14 pt apart on an A4
    page (at most about 50 lines), optionally one uncompressed RGB image of pseudo-random bytes (a scanned logo or
    photo, as large as asked), an Info dictionary and a correct xref table."""
    rng = random.Random(seed)
    w = 400
    h = max(1, image_bytes // (w * 3)) if image_bytes else 0
    content = b''
    if h:
        content += b'q 200 0 0 ' + str(max(1, int(200 * h / w))).encode() + b' 340 760 cm /Im1 Do Q\n'
    content += b'BT /F1 16 Tf 56 780 Td 18 TL '
    first = True
    for line in lines:
        if first:
            content += _pdf_text(line) + b" Tj /F1 10 Tf 14 TL T* T* "
            first = False
        else:
            content += _pdf_text(line) + b" ' "
    content += b'ET\n'
    res = b'/Font << /F1 4 0 R >>' + (b' /XObject << /Im1 6 0 R >>' if h else b'')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << ' + res + b' >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'\nendstream',
    ]
    if h:
        img = bytes(rng.getrandbits(8) for _ in range(w * h * 3))
        objs.append(b'<< /Type /XObject /Subtype /Image /Width ' + str(w).encode() + b' /Height ' + str(h).encode() +
                    b' /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length ' + str(len(img)).encode() +
                    b' >>\nstream\n' + img + b'\nendstream')
    else:
        objs.append(b'<< >>')
    objs.append(b'<< /Title ' + _pdf_text(title) + b' /Author ' + _pdf_text(author) +
                b' /Producer ' + _pdf_text(producer) + b' /CreationDate (' + created.encode() + b') >>')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b' 0 obj\n' + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 ' + str(len(objs) + 1).encode() + b'\n0000000000 65535 f \n'
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += (b'trailer\n<< /Size ' + str(len(objs) + 1).encode() + b' /Root 1 0 R /Info 7 0 R >>\nstartxref\n' +
            str(xref).encode() + b'\n%%EOF\n')
    return out
