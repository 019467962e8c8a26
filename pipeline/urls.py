"""URL canonicalisation shared by the crawler (duplicate filtering) and dedup (same-source duplicates).

One page is often reachable under several URLs: ``?lang=sv``, ``?print=1``, a trailing slash, upper-case
letters in the path, tracking parameters, a fragment. They are one page; the canonical form is what we key on.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that never change what a municipal CMS page says.
_NOISE_PARAMS = frozenset({
    "lang", "print", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid",
    "sv.url", "readspeaker", "rs", "share", "ref", "sessionid", "jsessionid", "_ga",
    # more tracking, and WordPress's reply link (the same post with a comment form opened)
    "utm_id", "mc_cid", "mc_eid", "msclkid", "_hsenc", "_hsmi", "replytocom",
    # session ids (a new one on every page: one page under as many URLs as it is linked from)
    "phpsessid", "sid", "aspsessionid", "zenid", "oscsid", "cfid", "cftoken",
})
# A session id in the path (Java servers): "/sida.html;jsessionid=0A1B2C".
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.I)


def canonical_url(url: str) -> str:
    """Lower-case scheme/host/path, drop default ports, fragments, noise params and trailing slashes.

    The path is lower-cased because Swedish municipal CMSs (Sitevision, Episerver) serve paths
    case-insensitively; two URLs differing only in case are the same page.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    scheme = (parts.scheme or "https").lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.port and not ((scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    path = parts.path.lower() or "/"
    if ";" in path:
        path = _PATH_SESSION.sub("", path) or "/"
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    if len(path) > 1:
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _NOISE_PARAMS]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def page_address(url: str) -> str:
    """A page's address as it is published (``source_url``): the scheme and host in lower case and a port that is the
    scheme's own (``:443`` for https, ``:80`` for http) dropped, since ``https://WWW.Ydre.se:443/x`` (a canonical link a
    CMS built from the request behind a proxy) is ``https://www.ydre.se/x``; the path, query and fragment are kept as
    written. An address that cannot be parsed is returned as given."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    if not parts.hostname or parts.scheme.lower() not in ("http", "https"):
        return url
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()  # (urlsplit lower-cases it already; str.lower for a Unicode host too)
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal keeps its brackets
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    return urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment))


def same_site(host: str, domain: str) -> bool:
    """True when ``host`` is ``domain`` or one of its subdomains (``www.kungalv.se`` on ``kungalv.se``)."""
    host, domain = host.lower().rstrip("."), domain.lower().rstrip(".")
    if domain.startswith("www."):
        domain = domain[4:]
    return host == domain or host.endswith("." + domain)


def clean_url(url: str) -> str:
    """The URL to request: fragment and noise parameters (``?lang=sv``, ``?print=1``, tracking) dropped, the
    rest (case, trailing slash, other parameters and their order) kept, since a server may care about them."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    path = _PATH_SESSION.sub("", parts.path) if ";" in parts.path else parts.path
    if not parts.query:
        return urlunsplit((parts.scheme, parts.netloc, path or "/", "", ""))
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _NOISE_PARAMS]
    return urlunsplit((parts.scheme, parts.netloc, path or "/", urlencode(kept), ""))


def site_key(host: str) -> str:
    """One key per web server of an organisation: ``www.kungalv.se`` and ``kungalv.se`` share ``kungalv.se``."""
    host = (host or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def ip_literal(host: str):
    """The IP address a URL's host is written as, or None for a name. IPv4 in every form a browser (the WHATWG URL
    standard) and ``inet_aton`` read: dotted quads, but also one 32-bit number (``2130706433``), hexadecimal
    (``0x7f000001``, ``0x7f.0.0.1``), octal (``0177.0.0.1``, ``017700000001``) and short forms (``127.1``), each of
    which is 127.0.0.1: a guard that reads only dotted quads lets the resolver connect to what it waved through as a
    name. IPv6 with or without its brackets."""
    import ipaddress

    host = (host or "").lower().strip().strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    parts = host.split(".")
    if not host or len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        try:
            if part[:2] == "0x":
                numbers.append(int(part[2:] or "0", 16))
            elif len(part) > 1 and part[0] == "0":
                numbers.append(int(part[1:], 8))
            else:
                numbers.append(int(part, 10) if part.isascii() and part.isdigit() else -1)
        except ValueError:
            return None
        if numbers[-1] < 0:
            return None
    *front, last = numbers
    if any(n > 255 for n in front) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for i, n in enumerate(front):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def is_private_host(host: str) -> bool:
    """Loopback, private, link-local or unspecified addresses, in any form an address is written (``ip_literal``),
    and ``localhost`` (literal names only)."""
    host = (host or "").lower().strip("[]").rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    ip = ip_literal(host)
    if ip is None:
        return False
    if getattr(ip, "ipv4_mapped", None):
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_unspecified


def is_loopback_host(host: str) -> bool:
    """``localhost`` or a loopback address in any form it is written (``ip_literal``)."""
    host = (host or "").lower().strip("[]").rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    ip = ip_literal(host)
    if ip is not None and getattr(ip, "ipv4_mapped", None):
        ip = ip.ipv4_mapped
    return ip is not None and ip.is_loopback


_SCHEME = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.-]*://")


def is_address(text: str) -> bool:
    """``text`` is a web (or other scheme's) address, ``https://…``, ``file:///…``, not a path on this machine: given
    where a folder is wanted, Path() would read it as the relative folders ``https:/…``."""
    return bool(_SCHEME.match(str(text)))


def folder_as_meant(text: str) -> str:
    """A folder option's value as the user meant it, where no program between them did the shell's work: a leading
    '~' (``--datasets ~/ds`` from a quoted shell word, a systemd unit, a YAML file or a scheduler's parameter) is the
    home folder, and line breaks or blanks around the value (a YAML block scalar keeps its final newline; a path read
    from a file keeps its CR) are no part of it. A path that exists as given is taken as given: a folder really named
    '~', or one whose name ends in a blank, stays that folder."""
    import os

    text = str(text)
    if os.path.lexists(text):
        return text
    meant = text.strip()
    if meant.startswith("~") and not os.path.lexists(meant):
        meant = os.path.expanduser(meant)
    return meant
