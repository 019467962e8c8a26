"""Build the saved sites of heldout_sites35 and write expected.json (written blind: README, docs and earlier sets' data
and make_*.py only; the crawler was not read or run).

After writing, it checks its own output: every project and non-project page is saved and allowed by its host's
robots.txt (the '*' group: Google's matching, longest rule wins, '*' and '$'); every must_not_fetch URL is on its own
host, forbidden by that host's robots.txt and linked or named by some saved page (href, src, action, or written out);
every project page can be reached from its organisation's start URL over plain <a> links that the robots.txt of the
link's own host allows and that are not rel=nofollow, across the organisation's hosts (the route and depth are
printed), or is listed in a sitemap that robots.txt names (sitemap indexes followed); no site is over 2 MB (file
bytes and du).
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
import make_site_gavleborg as G
import make_site_karlstad as K
from make_common import ROOT, _target
from notes import NOTES_FINSAM, NOTES_GAVLEBORG, NOTES_KARLSTAD_PROJEKT, NOTES_KARLSTAD_WWW


def u(host, p):
    return f'https://{host}{p}'


def main():
    for h in (K.HW, K.HP, G.H, F.H):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
    K.build()
    G.build()
    F.build()
    exp = {
        K.HW: {'start_url': f'https://{K.HW}/', 'project_pages': [u(K.HW, p) for p in K.W_PROJECTS],
               'not_projects': [u(K.HW, p) for p in K.W_NOT_PROJECTS],
               'must_not_fetch': [u(K.HW, p) for p in K.w_forbidden()], 'notes': NOTES_KARLSTAD_WWW},
        K.HP: {'start_url': '', 'project_pages': [u(K.HP, p) for p in K.P_PROJECTS],
               'not_projects': [u(K.HP, p) for p in K.P_NOT_PROJECTS],
               'must_not_fetch': [u(K.HP, p) for p in K.p_forbidden()], 'notes': NOTES_KARLSTAD_PROJEKT},
        G.H: {'start_url': f'https://{G.H}/', 'project_pages': [u(G.H, p) for p in G.PROJECTS],
              'not_projects': [u(G.H, p) for p in G.NOT_PROJECTS],
              'must_not_fetch': [u(G.H, p) for p in G.forbidden()], 'notes': NOTES_GAVLEBORG},
        F.H: {'start_url': f'https://{F.H}/', 'project_pages': [u(F.H, p) for p in F.PROJECTS],
              'not_projects': [u(F.H, p) for p in F.NOT_PROJECTS],
              'must_not_fetch': [u(F.H, p) for p in F.forbidden()], 'notes': NOTES_FINSAM},
    }
    with open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write('\n')
    check(exp)
    for host, v in exp.items():
        print(host, len(v['project_pages']), 'projects,', len(v['not_projects']), 'not projects,',
              len(v['must_not_fetch']), 'must not fetch')


# ---------------------------------------------------------------------------------------------------------- checks
ORG = {K.HW: [K.HW, K.HP], K.HP: [K.HW, K.HP], G.H: [G.H], F.H: [F.H]}


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
        self.base, self.links, self.edges = base, set(), set()

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


def bfs(start, hosts, rules_of):
    depth, q = {start: 0}, deque([start])
    while q:
        cur = q.popleft()
        pg = parse(cur)
        if pg is None:
            continue
        for nxt in sorted(pg.edges):
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
    # the cross-host robots trap on Karlstad: www's rules would shut out every project of the subdomain
    for url in exp[K.HP]['project_pages']:
        if allowed(rules_of[K.HW], urlsplit(url).path):
            problems.append(f'(trap) www robots should forbid the path of {url}')
    if problems:
        raise SystemExit('\n'.join(problems))
    print('checks passed')


if __name__ == '__main__':
    main()
