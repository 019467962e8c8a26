import os, json

ROOT = os.path.dirname(os.path.abspath(__file__))


def write(host, path, text):
    """path is the URL path; '/' endings become index.html."""
    rel = path.lstrip('/')
    if rel == '' or rel.endswith('/'):
        rel = rel + 'index.html'
    full = os.path.join(ROOT, host, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(text)


def sitemap(urls, lastmod='2025-03-20'):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for u in urls:
        if isinstance(u, tuple):
            u, lm = u
        else:
            lm = lastmod
        out.append(f'  <url><loc>{u}</loc><lastmod>{lm}</lastmod></url>')
    out.append('</urlset>')
    return '\n'.join(out) + '\n'
