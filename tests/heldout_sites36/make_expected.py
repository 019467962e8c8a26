"""Build the saved sites of heldout_sites36 and write expected.json (written blind: README, docs and earlier sets' data
and make_*.py only; the crawler was not read or run, nor eval-crawl on this set).

After writing, it checks its own output: every project and non-project page is saved and allowed by its host's
robots.txt (the '*' group: Google's matching, longest rule wins, '*' and '$'); every must_not_fetch URL is on its own
host, forbidden by that host's robots.txt and linked or named by some saved page (href, src, action, or written out);
every project page can be reached from its start URL over plain <a>/<area> links that robots.txt allows and that are
not rel=nofollow (the route and depth are printed), or is listed in a sitemap that robots.txt names; no site is over
2 MB (file bytes and du). Then the traps of this set: on Ludvika no project is reachable once the three list pages
are taken away; on Norra Bohuslän no project is reachable without the image map's <area> links; on the
region's site the theme filters are allowed and every other filter forbidden, and no article is in the sitemap.
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

import make_site_finsam as F
import make_site_ludvika as L
import make_site_rjl as R
from make_common import ROOT, _target
from notes import NOTES_FINSAM, NOTES_LUDVIKA, NOTES_RJL


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (L.H, R.H, F.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    L.build()
    R.build()
    F.build()
    exp = {}
    for M, notes in ((L, NOTES_LUDVIKA), (R, NOTES_RJL), (F, NOTES_FINSAM)):
        exp[M.H] = {'start_url': f'https://{M.H}/', 'project_pages': [u(M.H, p) for p in M.PROJECTS],
                    'not_projects': [u(M.H, p) for p in M.NOT_PROJECTS],
                    'must_not_fetch': [u(M.H, p) for p in M.forbidden()], 'notes': notes}
    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    check(exp)
    for host, v in exp.items():
        print(host, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'must not fetch')


# ---------------------------------------------------------------------------------------------------------- checks
ORG = {L.H: [L.H], R.H: [R.H], F.H: [F.H]}


def robots(host):
    rules, maps, on, last_ua, delays = [], [], False, False, []
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
        elif on and k == 'crawl-delay':
            delays.append(v)
    return rules, maps, delays


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


class Links(HTMLParser):
    """Every address a page names (links) and the plain links a crawler follows (edges)."""

    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base, self.links, self.edges, self.plain_edges = base, set(), set(), set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key, v in attrs:
            if not v or key not in ('href', 'src', 'action'):
                continue
            if v.startswith(('mailto:', 'javascript:', '#', 'tel:', 'data:')):
                continue
            full = urljoin(self.base, v).split('#')[0]
            self.links.add(full)
            if (tag, key) in (('a', 'href'), ('area', 'href'), ('iframe', 'src')) and \
                    'nofollow' not in (a.get('rel') or ''):
                self.edges.add(full)
                if tag != 'area':
                    self.plain_edges.add(full)


_CACHE = {}


def parse(url):
    """The saved page a URL fetches (the replay ignores the query), parsed with the URL as its base."""
    if url in _CACHE:
        return _CACHE[url]
    s = urlsplit(url)
    path = _target(s.hostname, s.path)
    p = None
    if os.path.exists(path) and path.endswith('.html'):
        p = Links(url)
        p.feed(open(path, encoding='utf-8').read())
    _CACHE[url] = p
    return p


def saved_pages(host):
    out = []
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            if f.endswith('.html'):
                out.append(os.path.join(d, f))
    return out


def sitemap_urls(host, maps):
    out, todo = set(), list(maps)
    while todo:
        m = todo.pop()
        path = os.path.join(ROOT, host, urlsplit(m).path.lstrip('/'))
        if not os.path.exists(path):
            print(f'  (sitemap not saved: {m})')
            continue
        xml = open(path, encoding='utf-8').read()
        locs = [html.unescape(x) for x in re.findall(r'<loc>([^<]+)</loc>', xml)]
        if '<sitemapindex' in xml:
            todo += locs
        else:
            out |= set(locs)
    return out


def site_size(host):
    total = 0
    for d, _, fs in os.walk(os.path.join(ROOT, host)):
        for f in fs:
            total += os.path.getsize(os.path.join(d, f))
    du = subprocess.run(['du', '-sk', os.path.join(ROOT, host)], capture_output=True, text=True).stdout.split()[0]
    return total, int(du) * 1024


def bfs(start, hosts, rules_of, skip=(), no_area=False):
    depth, q = {start: 0}, deque([start])
    while q:
        cur = q.popleft()
        pg = parse(cur)
        if pg is None:
            continue
        for nxt in sorted(pg.plain_edges if no_area else pg.edges):
            if nxt in skip:
                continue
            s = urlsplit(nxt)
            if s.hostname not in hosts:
                continue
            if not allowed(rules_of[s.hostname], s.path + ('?' + s.query if s.query else '')):
                continue
            if nxt not in depth:
                depth[nxt] = depth[cur] + 1
                q.append(nxt)
    return depth


def check(exp):
    problems = []
    rules_of, maps_of = {}, {}
    linked, alltext = set(), ''
    for host in exp:
        rules_of[host], maps_of[host], delays = robots(host)
        if len(delays) != 1:
            problems.append(f'{host}: robots.txt should have one Crawl-delay in its * group, has {delays}')
        for f in saved_pages(host):
            text = open(f, encoding='utf-8').read()
            alltext += html.unescape(text) + '\n'
            rel = os.path.relpath(f, os.path.join(ROOT, host)).replace(os.sep, '/')
            p = Links(f'https://{host}/{rel}')
            p.feed(text)
            linked |= p.links
    for host, v in exp.items():
        rules = rules_of[host]
        for url in v['project_pages'] + v['not_projects'] + ([v['start_url']] if v['start_url'] else []):
            p = urlsplit(url)
            if p.hostname != host:
                problems.append(f'page on another host {url}')
            if not os.path.exists(_target(host, p.path)):
                problems.append(f'missing page {url}')
            if not allowed(rules, p.path + ('?' + p.query if p.query else '')):
                problems.append(f'page forbidden by robots {url}')
        for k in ('project_pages', 'not_projects', 'must_not_fetch'):
            if len(set(v[k])) != len(v[k]):
                problems.append(f'duplicates in {k} of {host}')
        if set(v['project_pages']) & set(v['not_projects']):
            problems.append(f'page in both lists on {host}')
        size, du = site_size(host)
        print(f'{host}: {size / 1024:.0f} kB in files, {du / 1024:.0f} kB by du, {len(saved_pages(host))} HTML files, '
              f'robots: {len(rules)} rules, sitemaps {maps_of[host]}')
        if size > 2 * 1024 * 1024 or du > 2 * 1024 * 1024:
            problems.append(f'{host} is over 2 MB')
    # reachability per organisation, and the links every page names when fetched at its real address
    reach = {}
    for host, v in exp.items():
        org = ORG[host]
        start = next(exp[h]['start_url'] for h in org if exp[h]['start_url'])
        depth = bfs(start, set(org), rules_of)
        reach[host] = depth
        for url in depth:
            pg = parse(url)
            if pg:
                linked |= pg.links
        in_maps = set()
        for h in org:
            in_maps |= sitemap_urls(h, maps_of[h])
        for url in v['project_pages']:
            routes = []
            if url in depth:
                routes.append(f'depth {depth[url]} by plain links')
            if url in in_maps:
                routes.append('a sitemap')
            if routes:
                print(f'  project, {", ".join(routes)}: {url}')
            else:
                problems.append(f'project page unreachable: {url}')
        for url in v['not_projects']:
            r = f'depth {depth[url]}' if url in depth else 'sitemap only' if url in in_maps else None
            if r is None:
                problems.append(f'non-project page unreachable: {url}')
            else:
                print(f'  not project, {r}: {url}')
        dead = sorted({x for x in depth if urlsplit(x).hostname == host and
                       not os.path.exists(_target(host, urlsplit(x).path))})
        print(f'  dead internal links followed ({len(dead)}): ' + ', '.join(urlsplit(x).path for x in dead))
    for host, v in exp.items():
        rules = rules_of[host]
        for url in v['must_not_fetch']:
            p = urlsplit(url)
            if p.hostname != host:
                problems.append(f'off-site must_not_fetch {url}')
            if allowed(rules, p.path + ('?' + p.query if p.query else '')):
                problems.append(f'not forbidden by robots: {url}')
            if url not in linked and url not in alltext:
                problems.append(f'never linked: {url}')
    # ---- the traps of this set
    # Ludvika: the projects are reached only through the paginated list
    lists = {u(L.H, p) for p in L.LIST_PAGES}
    d = bfs(exp[L.H]['start_url'], {L.H}, rules_of, skip=lists)
    for url in exp[L.H]['project_pages']:
        if url in d:
            problems.append(f'(trap) Ludvika project reachable without the list pages: {url}')
    for i, p in enumerate(L.LIST_PAGES):
        if u(L.H, p) not in reach[L.H]:
            problems.append(f'(trap) list page {p} unreachable')
    for i in range(len(L.LIST_PAGES)):
        for p in L.LIST_ORDER[i * L.PER_PAGE:(i + 1) * L.PER_PAGE]:
            pg = parse(u(L.H, L.LIST_PAGES[i]))
            if u(L.H, p) not in pg.edges:
                problems.append(f'(trap) {p} not on list page {i + 1}')
    # Norra Bohuslän: the image map is the only plain-link way to the list of insatser
    d = bfs(exp[F.H]['start_url'], {F.H}, rules_of, no_area=True)
    blocked = [x for x in exp[F.H]['project_pages'] if x not in d]
    print(f'  Norra Bohuslän without <area> links: {len(blocked)} projects unreachable')
    if len(blocked) != 5 or u(F.H, F.INS) in d:
        problems.append('(trap) the image map should be the only way to /insatser.html')
    # the region: theme filters allowed (neither list), the rest forbidden; the sitemap names no article
    for p in R.THEME_LINKS:
        if not allowed(rules_of[R.H], p):
            problems.append(f'(trap) theme filter should be allowed: {p}')
    arts = {u(R.H, p) for p in R.ORDER}
    if sitemap_urls(R.H, maps_of[R.H]) & arts:
        problems.append('(trap) the region sitemap should list no article')
    if problems:
        raise SystemExit('\n'.join(problems))
    print('checks passed')


if __name__ == '__main__':
    main()
