"""Shared helpers for writing the saved sites of heldout_sites28 (files are written only under this directory)."""
import hashlib
import html
import os

ROOT = os.path.dirname(os.path.abspath(__file__))


def _target(host, path):
    """The file that holds https://host + path. The query and fragment are not part of the file name (the replay
    server ignores query strings). A path ending in '/' and an extensionless path (Drupal and Enonic write their
    addresses without a trailing slash, and a page may have children) are saved as <path>/index.html; a path whose
    last segment has a file extension (.xml, .txt, .html) is saved as that file."""
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
    """A stable hexadecimal id (cache busters, content ids)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def numid(seed, lo=1000, span=8000):
    """A stable integer id (node ids, page ids)."""
    return lo + int(hashlib.md5(seed.encode('utf-8')).hexdigest()[:8], 16) % span


def guid(seed):
    h = hashlib.md5(seed.encode('utf-8')).hexdigest()
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'


def esc(s):
    return html.escape(s, quote=True)


def urlset(host, rows, extra_ns='', stylesheet=None, scheme='https', freq=False):
    """rows: (path, lastmod) or (path, lastmod, changefreq, priority); lastmod may be None."""
    out = []
    for r in rows:
        p, d = r[0], r[1]
        lm = f'\n    <lastmod>{d}</lastmod>' if d else ''
        cf = f'\n    <changefreq>{r[2]}</changefreq>' if len(r) > 2 and r[2] else ''
        pr = f'\n    <priority>{r[3]}</priority>' if len(r) > 3 and r[3] else ''
        out.append(f'  <url>\n    <loc>{scheme}://{host}{p}</loc>{lm}{cf}{pr}\n  </url>\n')
    xsl = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>\n' if stylesheet else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xsl +
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{extra_ns}>\n' + ''.join(out) + '</urlset>\n')


def sitemap_index(host, rows, stylesheet=None):
    """rows: (path, lastmod) pairs; lastmod may be None."""
    out = ''
    for p, d in rows:
        lm = f'<lastmod>{d}</lastmod>' if d else ''
        out += f'\n  <sitemap><loc>https://{host}{p}</loc>{lm}</sitemap>'
    xsl = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>\n' if stylesheet else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xsl +
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + out + '\n</sitemapindex>\n')
