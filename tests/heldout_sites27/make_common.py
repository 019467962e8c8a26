"""Shared helpers for writing the saved sites of heldout_sites27 (files are written only under this directory)."""
import hashlib
import html
import os

ROOT = os.path.dirname(os.path.abspath(__file__))


def _target(host, path):
    """The file that holds https://host + path. The query and fragment are not part of the file name (the replay
    server ignores query strings). A path ending in '/' and an extensionless path (Sitevision writes its addresses
    without a trailing slash, and a page may have children) are saved as <path>/index.html; a path whose last segment
    has a file extension (.xml, .txt, .htm, .html) is saved as that file."""
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


def hexid(seed, n=20):
    """A stable hexadecimal id (Sitevision node ids, cache busters)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def numid(seed, lo=1000, span=8000):
    """A stable integer id (WordPress post ids)."""
    return lo + int(hashlib.md5(seed.encode('utf-8')).hexdigest()[:8], 16) % span


def esc(s):
    return html.escape(s, quote=True)


def ent(s):
    """Write every non-ASCII letter as a named or numeric HTML entity, as FrontPage and Dreamweaver did: the file is
    pure ASCII, so it reads the same whatever charset a server or a browser assumes."""
    names = {'å': 'aring', 'ä': 'auml', 'ö': 'ouml', 'Å': 'Aring', 'Ä': 'Auml', 'Ö': 'Ouml', 'é': 'eacute',
             'ü': 'uuml', '–': 'ndash', '—': 'mdash', '”': 'rdquo', '“': 'ldquo', '’': 'rsquo', '©': 'copy',
             '»': 'raquo', '«': 'laquo', '\u00a0': 'nbsp', '•': 'bull', '§': 'sect', '½': 'frac12'}
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ch in names:
            out.append('&%s;' % names[ch])
        else:
            out.append('&#%d;' % ord(ch))
    return ''.join(out)


def urlset(host, rows, extra_ns='', stylesheet=None, scheme='https'):
    """rows: (path, lastmod) pairs; lastmod may be None."""
    out = ''
    for p, d in rows:
        lm = f'\n    <lastmod>{d}</lastmod>' if d else ''
        out += f'  <url>\n    <loc>{scheme}://{host}{p}</loc>{lm}\n  </url>\n'
    xsl = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>\n' if stylesheet else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xsl +
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{extra_ns}>\n' + out + '</urlset>\n')


def sitemap_index(host, rows, stylesheet=None):
    """rows: (path, lastmod) pairs; lastmod may be None."""
    out = ''
    for p, d in rows:
        lm = f'<lastmod>{d}</lastmod>' if d else ''
        out += f'<sitemap><loc>https://{host}{p}</loc>{lm}</sitemap>'
    xsl = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>\n' if stylesheet else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xsl +
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + out + '</sitemapindex>\n')
