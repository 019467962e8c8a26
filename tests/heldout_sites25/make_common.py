"""Shared helpers for writing the saved sites of heldout_sites25 (files are written only under this directory)."""
import gzip
import hashlib
import html
import os

ROOT = os.path.dirname(os.path.abspath(__file__))


def _target(host, path):
    """The file that holds https://host + path. The query and fragment are not part of the file name (the replay
    server ignores query strings). A path ending in '/' and an extensionless path (Plone, Statamic and Kirby write
    their addresses without a trailing slash, and a page may have children) are saved as <path>/index.html; a path
    whose last segment has a file extension (.xml, .gz, .txt, .json, .html) is saved as that file."""
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


def write_gzip(host, path, text):
    """Real gzip bytes (a Plone sitemap.xml.gz), with a fixed mtime so that the file is the same on every run."""
    full = os.path.join(ROOT, host, path.lstrip('/'))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as raw:
        with gzip.GzipFile(filename='sitemap.xml', mode='wb', fileobj=raw, mtime=1762761600) as f:
            f.write(text.encode('utf-8'))
    return full


def hexid(seed, n=32):
    """A stable hexadecimal id (Plone UIDs, cache busters)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def numid(seed, lo=1000, span=8000):
    return lo + int(hashlib.md5(seed.encode('utf-8')).hexdigest()[:8], 16) % span


def esc(s):
    return html.escape(s, quote=True)


def urlset(host, rows, extra_ns=''):
    """rows: (path, lastmod) pairs."""
    out = ''.join(
        f'  <url>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{d}</lastmod>\n  </url>\n' for p, d in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{extra_ns}>\n' + out + '</urlset>\n')


def sitemap_index(host, paths, lastmod='2025-11-10'):
    rows = ''.join(
        f'  <sitemap>\n    <loc>https://{host}{p}</loc>\n    <lastmod>{lastmod}T06:00:00+01:00</lastmod>\n  </sitemap>\n'
        for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + '</sitemapindex>\n')
