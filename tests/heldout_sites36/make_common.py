"""Shared helpers for writing the saved sites of heldout_sites36 (files are written only under this directory)."""
import hashlib
import html
import os

ROOT = os.path.dirname(os.path.abspath(__file__))

# every file written, per host: URL path as the site writes it -> file (the checks map files back to addresses)
WRITTEN = {}


def _target(host, path):
    """The file that holds https://host + path. The query and fragment are not part of the file name (the replay
    server ignores query strings). A path ending in '/' and an extensionless path are saved as <path>/index.html; a
    path whose last segment has a file extension (.html, .xml, .txt) is saved as that file."""
    rel = path.split('#')[0].split('?')[0].lstrip('/')
    last = rel.rsplit('/', 1)[-1]
    if rel == '' or rel.endswith('/'):
        rel = rel + 'index.html'
    elif '.' not in last:
        rel = rel + '/index.html'
    return os.path.join(ROOT, host, rel)


def write(host, path, text):
    full = _target(host, path)
    if full in WRITTEN.setdefault(host, {}).values():
        raise SystemExit(f'two addresses for one file: {host}{path}')
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    WRITTEN[host][path] = full
    return full


def hexid(seed, n=20):
    """A stable hexadecimal id (uuids, cache busters, content identifiers)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def numid(seed, lo=1000, span=8000):
    """A stable integer id."""
    return lo + int(hashlib.md5(seed.encode('utf-8')).hexdigest()[:8], 16) % span


def esc(s):
    return html.escape(s, quote=True)


def urlset(host, rows):
    """rows: (path, lastmod) pairs; lastmod may be None."""
    out = ''
    for p, d in rows:
        lm = f'\n    <lastmod>{d}</lastmod>' if d else ''
        out += f'  <url>\n    <loc>https://{host}{esc(p)}</loc>{lm}\n  </url>\n'
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + out + '</urlset>\n')


def sitemapindex(host, rows):
    """rows: (path of a child sitemap, lastmod)."""
    out = ''.join(f'  <sitemap>\n    <loc>https://{host}{esc(p)}</loc>\n    <lastmod>{d}</lastmod>\n  </sitemap>\n'
                  for p, d in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + out + '</sitemapindex>\n')
