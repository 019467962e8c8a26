"""Build the saved sites of heldout_sites34 and write expected.json (written blind: README, docs and earlier sets' data
and make_*.py only; the crawler was not read or run).

After writing, it checks its own output: every project and non-project page is saved and allowed by its host's
robots.txt; every must_not_fetch URL is on its own host, forbidden by that robots.txt (Google's matching: longest rule
wins, '*' and '$') and linked or named by some saved page (href, src, action, data-* attributes, <link> elements,
written-out text); every project page can be reached from the start URL, and the route is printed: plain <a> links that
robots.txt allows and that are not rel=nofollow (with the depth), or only through other edges (hreflang or amphtml
<link>s, <option> values, data-* addresses, a GeoJSON file's popups), or a sitemap that robots.txt names; no site is
over 2 MB (file bytes and du).
"""
import html
import json
import os
import re
import shutil
import subprocess
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import make_site_borasregionen as K
import make_site_lund as L
import make_site_varmland as R
from make_common import ROOT, WRITTEN, _target
from notes import NOTES_BORASREGIONEN, NOTES_LUND, NOTES_VARMLAND


def u(host, p):
    return f'https://{host}{p}'


SITES = [(L, NOTES_LUND), (R, NOTES_VARMLAND), (K, NOTES_BORASREGIONEN)]


def main():
    for mod, _ in SITES:
        shutil.rmtree(os.path.join(ROOT, mod.H), ignore_errors=True)
    for mod, _ in SITES:
        mod.build()
    exp = {}
    for mod, notes in SITES:
        h = mod.H
        exp[h] = {'start_url': f'https://{h}/', 'project_pages': [u(h, p) for p in mod.PROJECTS],
                  'not_projects': [u(h, p) for p in mod.NOT_PROJECTS],
                  'must_not_fetch': [u(h, p) for p in mod.forbidden()], 'notes': notes}
    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    check(exp)
    for host, v in exp.items():
        print(host, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'must not fetch')


# ---------------------------------------------------------------------------------------------------------- checks
def robots(host):
    rules, maps, on, last_ua = [], [], False, False
    for line in open(os.path.join(ROOT, host, 'robots.txt'), encoding='utf-8'):
        line = line.split('#')[0].strip()
        if ':' not in line:
            continue
        k, v = [x.strip() for x in line.split(':', 1)]
        k = k.lower()
        if k == 'user-agent':
            on = (on and last_ua) or v == '*'
            last_ua = True
            continue
        last_ua = False
        if k == 'sitemap':
            maps.append(v)
        elif on and k in ('allow', 'disallow') and v:
            rules.append((k, v))
    return rules, maps


def allowed(rules, path_q):
    best = None
    for kind, pat in rules:
        rx = '^' + re.escape(pat).replace(r'\*', '.*')
        if rx.endswith(r'\$'):
            rx = rx[:-2] + '$'
        if re.match(rx, path_q):
            if best is None or len(pat) > len(best[1]) or (len(pat) == len(best[1]) and kind == 'allow'):
                best = (kind, pat)
    return best is None or best[0] == 'allow'


def json_urls(obj):
    out = []
    if isinstance(obj, dict):
        for v in obj.values():
            out += json_urls(v)
    elif isinstance(obj, list):
        for v in obj:
            out += json_urls(v)
    elif isinstance(obj, str):
        if obj.startswith('/') or obj.startswith('http'):
            out.append(obj)
        out += [html.unescape(m) for m in re.findall(r'href="([^"]+)"', obj)]
    return out


class Links(HTMLParser):
    """Every address a page names (links) and the edges a crawler could follow, by kind: 'a' (<a>/<area>/<iframe>,
    not nofollow), 'hreflang' and 'amphtml' (<link> alternates), 'option' (an <option value> address), 'data' (an
    address in a data-* attribute, or JSON there)."""

    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base, self.links, self.edges = base, set(), set()

    def add(self, v, kind):
        full = urljoin(self.base, v).split('#')[0]
        if full.startswith('http://') and urlsplit(full).hostname == urlsplit(self.base).hostname:
            full = 'https://' + full[len('http://'):]
        self.links.add(full)
        if kind:
            self.edges.add((full, kind))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'base' and a.get('href'):
            self.base = urljoin(self.base, a['href'])
            return
        rel = (a.get('rel') or '').lower()
        for key, v in attrs:
            if not v:
                continue
            if key.startswith('data-') and v.lstrip().startswith(('[', '{')):
                try:
                    for x in json_urls(json.loads(v)):
                        self.add(x, 'data')
                except ValueError:
                    pass
                continue
            if tag == 'option' and key == 'value' and (v.startswith('/') or v.startswith('http')):
                self.add(v, 'option')
                continue
            if key in ('href', 'src', 'action') or (key.startswith('data-') and v.startswith(('/', 'http'))):
                if v.startswith(('mailto:', 'javascript:', '#', 'tel:', 'data:')):
                    continue
                kind = None
                if key.startswith('data-'):
                    kind = 'data'
                elif (tag, key) in (('a', 'href'), ('area', 'href'), ('iframe', 'src')) and 'nofollow' not in rel:
                    kind = 'a'
                elif tag == 'link' and key == 'href' and 'alternate' in rel and a.get('hreflang'):
                    kind = 'hreflang'
                elif tag == 'link' and key == 'href' and 'amphtml' in rel:
                    kind = 'amphtml'
                self.add(v, kind)


class GeoLinks:
    def __init__(self, url, text):
        self.links, self.edges = set(), set()
        for x in json_urls(json.loads(text)):
            full = urljoin(url, x)
            self.links.add(full)
            self.edges.add((full, 'json'))


def parse_site(host):
    pages, texts = {}, {}
    for path, full in WRITTEN[host].items():
        url = f'https://{host}{path}'
        if full.endswith('.html'):
            text = open(full, encoding='utf-8').read()
            texts[url] = text
            p = Links(url)
            p.feed(text)
            pages[url] = p
        elif full.endswith('.geojson'):
            pages[url] = GeoLinks(url, open(full, encoding='utf-8').read())
    return pages, texts


def sitemap_urls(host, maps):
    out, todo = set(), list(maps)
    while todo:
        m = todo.pop()
        path = os.path.join(ROOT, host, urlsplit(m).path.lstrip('/'))
        if not os.path.exists(path):
            continue
        xml = open(path, encoding='utf-8').read()
        locs = re.findall(r'<loc>([^<]+)</loc>', xml)
        if '<sitemapindex' in xml:
            todo += locs
        else:
            out |= {html.unescape(x) for x in locs}
    return out


def site_size(host):
    total = 0
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            total += os.path.getsize(os.path.join(d, f))
    du = subprocess.run(['du', '-sk', os.path.join(ROOT, host)], capture_output=True, text=True).stdout.split()[0]
    return total, int(du) * 1024


def lookup(allpages, url):
    return allpages.get(url) or allpages.get(url.split('?')[0])


def bfs(start, host, allpages, rules, kinds):
    depth, via, q = {start: 0}, {start: set()}, deque([start])
    while q:
        cur = q.popleft()
        pg = lookup(allpages, cur)
        if pg is None:
            continue
        for nxt, kind in sorted(pg.edges):
            if kind not in kinds:
                continue
            s = urlsplit(nxt)
            if s.hostname != host:
                continue
            if not allowed(rules, s.path + ('?' + s.query if s.query else '')):
                continue
            if nxt not in depth:
                depth[nxt] = depth[cur] + 1
                via[nxt] = via[cur] | ({kind} if kind != 'a' else set())
                q.append(nxt)
    return depth, via


ALL_KINDS = {'a', 'hreflang', 'amphtml', 'option', 'data', 'json'}


def check(exp):
    problems = []
    for host, v in exp.items():
        rules, maps = robots(host)
        pages, texts = parse_site(host)
        linked = set()
        for p in pages.values():
            linked |= p.links
        alltext = html.unescape('\n'.join(texts.values()))
        for url in v['project_pages'] + v['not_projects'] + [v['start_url']]:
            p = urlsplit(url)
            if p.hostname != host:
                problems.append(f'page on another host {url}')
            if not os.path.exists(_target(host, p.path)):
                problems.append(f'missing page {url}')
            if not allowed(rules, p.path + ('?' + p.query if p.query else '')):
                problems.append(f'page forbidden by robots {url}')
        for url in v['must_not_fetch']:
            p = urlsplit(url)
            if p.hostname != host:
                problems.append(f'off-site must_not_fetch {url}')
            if allowed(rules, p.path + ('?' + p.query if p.query else '')):
                problems.append(f'not forbidden by robots: {url}')
            if url not in linked and url not in alltext:
                problems.append(f'never linked: {url}')
        for k in ('project_pages', 'not_projects', 'must_not_fetch'):
            if len(set(v[k])) != len(v[k]):
                problems.append(f'duplicates in {k} of {host}')
        if set(v['project_pages']) & set(v['not_projects']):
            problems.append(f'page in both lists on {host}')
        size, du = site_size(host)
        print(f'{host}: {size / 1024:.0f} kB in files, {du / 1024:.0f} kB by du, {len(texts)} HTML files, '
              f'{len(WRITTEN[host])} files, robots: {len(rules)} rules, sitemaps {maps}')
        if size > 2 * 1024 * 1024 or du > 2 * 1024 * 1024:
            problems.append(f'{host} is over 2 MB')
        plain, _ = bfs(v['start_url'], host, pages, rules, {'a'})
        every, via = bfs(v['start_url'], host, pages, rules, ALL_KINDS)
        in_maps = sitemap_urls(host, maps)
        for url in v['project_pages']:
            routes = []
            if url in plain:
                routes.append(f'depth {plain[url]} by plain links')
            elif url in every:
                routes.append(f'depth {every[url]} only via {"+".join(sorted(via[url]))}')
            if url in in_maps:
                routes.append('the sitemap')
            if routes:
                print(f'  project, {", ".join(routes)}: {url}')
            else:
                problems.append(f'project page unreachable: {url}')
        for url in v['not_projects']:
            r = (f'depth {plain[url]}' if url in plain else f'depth {every[url]} via {"+".join(sorted(via[url]))}'
                 if url in every else 'sitemap only' if url in in_maps else None)
            if r is None:
                problems.append(f'non-project page unreachable: {url}')
            else:
                print(f'  not project, {r}: {url}')
        for path in WRITTEN[host]:
            url = f'https://{host}{path}'
            if path in ('/robots.txt', '/sitemap.xml'):
                continue
            if url not in every and url.split('?')[0] not in {x.split('?')[0] for x in every} and url not in in_maps:
                print(f'  (orphan file: {url})')
        dead = sorted({x for p in pages.values() for x, k in p.edges if urlsplit(x).hostname == host
                       and not os.path.exists(_target(host, urlsplit(x).path))})
        print(f'  dead internal links ({len(dead)}): ' + ', '.join(urlsplit(x).path for x in dead))
    if problems:
        raise SystemExit('\n'.join(problems))
    print('checks passed')


if __name__ == '__main__':
    main()
