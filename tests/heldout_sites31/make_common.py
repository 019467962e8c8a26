"""Shared helpers for writing the saved sites of heldout_sites31 (files are written only under this directory)."""
import hashlib
import html
import json
import os
import re

ROOT = os.path.dirname(os.path.abspath(__file__))


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


def write(host, path, text, encoding='utf-8'):
    full = _target(host, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding=encoding, newline='\n') as f:
        f.write(text)
    return full


def hexid(seed, n=20):
    """A stable hexadecimal id (node ids, Webflow ids, cache busters)."""
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def numid(seed, lo=1000, span=8000):
    """A stable integer id (Optimizely content ids, WordPress post ids)."""
    return lo + int(hashlib.md5(seed.encode('utf-8')).hexdigest()[:8], 16) % span


def guid(seed):
    h = hashlib.md5(seed.encode('utf-8')).hexdigest()
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'


def esc(s):
    return html.escape(s, quote=True)


def attr_json(obj):
    """JSON for an HTML attribute as an ASP.NET Core view writes it: System.Text.Json (compact, non-ASCII and &+'<> as
    \\uXXXX escapes), then HTML-encoded by Razor (quotes as &quot;)."""
    s = json.dumps(obj, ensure_ascii=True, separators=(',', ':'))
    # System.Text.Json's default encoder also escapes these (and every non-ASCII letter, as ensure_ascii does)
    for ch, rep in (('&', '\\u0026'), ('+', '\\u002B'), ("'", '\\u0027'), ('<', '\\u003C'), ('>', '\\u003E')):
        s = s.replace(ch, rep)
    s = re.sub(r'\\u([0-9a-f]{4})', lambda m: '\\u' + m.group(1).upper(), s)
    return html.escape(s, quote=True)


def urlset(host, rows, scheme='https'):
    """rows: (path, lastmod) pairs; lastmod may be None."""
    out = ''
    for p, d in rows:
        lm = f'\n    <lastmod>{d}</lastmod>' if d else ''
        out += f'  <url>\n    <loc>{scheme}://{host}{esc(p)}</loc>{lm}\n  </url>\n'
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + out + '</urlset>\n')
