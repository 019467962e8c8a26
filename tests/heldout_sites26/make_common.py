"""Shared helpers for writing the saved sites of heldout_sites26 (files are written only under this directory)."""
import hashlib
import html
import os

ROOT = os.path.dirname(os.path.abspath(__file__))


def _target(host, path):
    """The file that holds https://host + path. The query and fragment are not part of the file name (the replay
    server ignores query strings). A path ending in '/' and an extensionless path (Sitevision writes its addresses
    without a trailing slash, and a page may have children) are saved as <path>/index.html; a path whose last segment
    has a file extension (.xml, .txt, .html) is saved as that file."""
    rel = path.split('#')[0].split('?')[0].lstrip('/')
    last = rel.rsplit('/', 1)[-1]
    if rel == '' or rel.endswith('/'):
        rel = rel + 'index.html'
    elif '.' not in last:
        rel = rel + '/index.html'
    return os.path.join(ROOT, host, rel)


def write(host, path, text):
    full = _target(host, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(text)
    return full


def hexid(seed, n=20):
    """A stable hexadecimal id (Sitevision node ids, Episerver GUIDs, cache busters)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def guid(seed):
    h = hashlib.md5(seed.encode('utf-8')).hexdigest()
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'


def numid(seed, lo=1000, span=8000):
    """A stable integer id (WordPress post ids, Episerver content ids)."""
    return lo + int(hashlib.md5(seed.encode('utf-8')).hexdigest()[:8], 16) % span


def esc(s):
    return html.escape(s, quote=True)


def urlset(host, rows, extra_ns='', stylesheet=None):
    """rows: (path, lastmod) pairs."""
    out = ''.join(
        f'  <url>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{d}</lastmod>\n  </url>\n' for p, d in rows)
    xsl = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>\n' if stylesheet else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xsl +
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{extra_ns}>\n' + out + '</urlset>\n')


def sitemap_index(host, rows, stylesheet=None):
    """rows: (path, lastmod) pairs."""
    out = ''.join(
        f'  <sitemap>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{d}</lastmod>\n  </sitemap>\n'
        for p, d in rows)
    xsl = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>\n' if stylesheet else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xsl +
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + out + '</sitemapindex>\n')
