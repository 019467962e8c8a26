"""An HTTP(S) forward proxy on 127.0.0.1 that answers from saved sites instead of the internet.

The spiders are pointed at it only through the standard ``http_proxy``/``https_proxy`` environment
variables, so they crawl ``https://www.kungalv.se/…`` exactly as they would live and never know
they are offline. HTTPS is answered by terminating the CONNECT tunnel with a throw-away self-signed
certificate (Scrapy does not verify certificates by default, as browsers would).

What is served comes from a *resolver*: a callable ``(scheme, host, path_with_query, headers) -> Reply``.
``SnapshotResolver`` serves a folder tree ``<root>/<host>/<path>``; tests and the simulated national
web plug in their own resolvers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import mimetypes
import re
import socket
import socketserver
import ssl
import tempfile
import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Callable, Mapping
from urllib.parse import unquote, urlsplit


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Resolver = Callable[[str, str, str, Mapping[str, str]], Reply]

_HIDDEN_SUFFIXES = (".expected.json",)


_HOSTNAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*")


class SnapshotResolver:
    """Serves ``<root>/<host>/<path>``; ``/dir/`` is ``dir/index.html``.

    A bare host that is not in the snapshot but whose ``www.`` form is, redirects there with a 301,
    as most Swedish municipal sites do. Unknown hosts answer 502 (what a proxy says for a dead site).
    """

    def __init__(self, root: Path):
        self.root = Path(root)

    def hosts(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir())

    def file_for(self, host: str, path: str) -> Path | None:
        rel = unquote(urlsplit(path).path).lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        site = (self.root / host).resolve()
        target = (site / rel).resolve()
        if site not in target.parents or target.name.startswith(".") or target.name.endswith(_HIDDEN_SUFFIXES):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def __call__(self, scheme: str, host: str, path: str, headers: Mapping[str, str]) -> Reply:
        host = host.lower().rstrip(".")
        if not _HOSTNAME.fullmatch(host):  # a host is a folder name: "..", "a/b" or "" must never become a path
            return Reply(400, b"bad host", {"Content-Type": "text/plain"})
        if not (self.root / host).is_dir():
            if (self.root / f"www.{host}").is_dir():
                return Reply(301, headers={"Location": f"{scheme}://www.{host}{path}"})
            return Reply(502, b"host not in snapshot", {"Content-Type": "text/plain"})
        target = self.file_for(host, path)
        if target is None:
            body = b"<html lang='sv'><body><h1>Sidan kunde inte hittas</h1></body></html>"
            return Reply(404, body, {"Content-Type": "text/html; charset=utf-8"})
        body = target.read_bytes()
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/xml",):
            ctype += "; charset=utf-8"
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        mtime = formatdate(target.stat().st_mtime, usegmt=True)
        if headers.get("If-None-Match") == etag:
            return Reply(304, headers={"ETag": etag})
        return Reply(200, body, {"Content-Type": ctype, "ETag": etag, "Last-Modified": mtime})


class WarcResolver:
    """Serves a crawl's archive (WARC + manifest) again: every archived response under the URL it was fetched
    from, a redirect from the URL first asked for to the one that answered, 404 for anything else.

    So any crawl, including one of the bundled snapshot, can be replayed from the same format it was
    archived in. ``If-None-Match`` with the archived ETag is answered 304, as a server would.
    """

    def __init__(self, *crawl_dirs: Path):
        from pipeline.archive import iter_manifest

        self.entries: dict[tuple[str, str], tuple[Path, dict]] = {}
        self.redirects: dict[tuple[str, str], str] = {}
        for crawl_dir in crawl_dirs:
            for e in iter_manifest(Path(crawl_dir)):
                if "warc_file" not in e:
                    continue
                final = urlsplit(e["final_url"])
                self.entries[(final.hostname or "", _target(final))] = (Path(crawl_dir), e)
                first = urlsplit(e["url"])
                if e["url"] != e["final_url"]:
                    self.redirects[(first.hostname or "", _target(first))] = e["final_url"]

    def __call__(self, scheme: str, host: str, path: str, headers: Mapping[str, str]) -> Reply:
        from warcio.archiveiterator import ArchiveIterator

        key = (host.lower().rstrip("."), path or "/")
        if key in self.redirects and key not in self.entries:
            return Reply(301, headers={"Location": self.redirects[key]})
        found = self.entries.get(key)
        if found is None:
            return Reply(404, b"<html><body><h1>Not in the archive</h1></body></html>",
                         {"Content-Type": "text/html; charset=utf-8"})
        crawl_dir, e = found
        with open(crawl_dir / e["warc_file"], "rb") as fh:
            fh.seek(e["warc_offset"])
            record = next(iter(ArchiveIterator(fh)))
            body = record.content_stream().read()
            http = record.http_headers
        out = {k: v for k, v in (http.headers if http else []) if k.lower() not in ("content-length", "set-cookie")}
        etag = out.get("ETag") or out.get("Etag")
        if etag and headers.get("If-None-Match") == etag:
            return Reply(304, headers={"ETag": etag})
        return Reply(e.get("status") or 200, body, out)


def _target(parts) -> str:
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class _CertAuthority:
    """Makes a self-signed certificate per host name on demand (chosen by SNI), so TLS clients see a
    certificate for the name they asked for. Nothing here leaves the process."""

    def __init__(self):
        from cryptography.hazmat.primitives.asymmetric import ec

        self._key = ec.generate_private_key(ec.SECP256R1())
        self._contexts: dict[str, ssl.SSLContext] = {}
        self._lock = threading.Lock()
        self.default = self.context_for("socinv-replay")
        self.default.sni_callback = self._sni

    def _sni(self, sock: ssl.SSLObject, server_name: str | None, _ctx: ssl.SSLContext) -> None:
        if server_name:
            sock.context = self.context_for(server_name)

    def context_for(self, host: str) -> ssl.SSLContext:
        with self._lock:
            ctx = self._contexts.get(host)
            if ctx is None:
                ctx = self._contexts[host] = self._make(host)
            return ctx

    def _make(self, host: str) -> ssl.SSLContext:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.x509.oid import NameOID

        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host[:64])])
        now = dt.datetime.now(dt.timezone.utc)
        cert = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(self._key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .sign(self._key, hashes.SHA256())
        )
        with tempfile.TemporaryDirectory() as tmp:
            cert_path, key_path = Path(tmp, "c.pem"), Path(tmp, "k.pem")
            cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
            key_path.write_bytes(self._key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(cert_path, key_path)
        return ctx


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # noqa: A002 - quiet; the server keeps its own request log
        pass

    def do_CONNECT(self):
        host = self.path.rsplit(":", 1)[0]
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        try:
            conn = self.server.tls.default.wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError):
            self.close_connection = True
            return
        self.connection = conn
        self.rfile = conn.makefile("rb", -1)
        self.wfile = socketserver._SocketWriter(conn)  # type: ignore[attr-defined]
        self._tunnel = ("https", host)
        self.close_connection = False

    def _serve(self, send_body: bool = True):
        tunnel = getattr(self, "_tunnel", None)
        if tunnel:
            scheme, host = tunnel
            target = self.path
        else:
            parts = urlsplit(self.path)
            scheme, host = parts.scheme or "http", parts.hostname or self.headers.get("Host", "")
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        host = (self.headers.get("Host") or host).split(":")[0] if tunnel else host
        target = target or "/"
        try:
            reply = self.server.resolver(scheme, host, target, self.headers)
        except Exception as exc:  # a resolver bug must not kill the server
            reply = Reply(500, f"resolver error: {exc}".encode(), {"Content-Type": "text/plain"})
        self.server.record(scheme, host, target, reply.status, self.headers.get("User-Agent", ""),
                           reply.headers.get("Retry-After"))
        if reply.status < 0:  # resolver asks to drop the connection
            self.close_connection = True
            return
        self.send_response(reply.status)
        for k, v in reply.headers.items():
            self.send_header(k, v)
        if "Content-Length" not in reply.headers:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if send_body and reply.body:
            self.wfile.write(reply.body)

    def do_GET(self):
        self._serve()

    def do_HEAD(self):
        self._serve(send_body=False)


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, resolver: Resolver):
        super().__init__(addr, _Handler)
        self.resolver = resolver
        self.tls = _CertAuthority()
        self.log: list[dict] = []
        self._lock = threading.Lock()

    def record(self, scheme, host, path, status, agent, retry_after=None):
        entry = {"scheme": scheme, "host": host, "path": path, "status": status, "user_agent": agent,
                 "t": dt.datetime.now(dt.timezone.utc).timestamp()}
        if retry_after is not None:
            entry["retry_after"] = retry_after
        with self._lock:
            self.log.append(entry)


class ReplayProxy:
    """Start with ``with ReplayProxy(resolver) as proxy:``; ``proxy.env`` are the variables for a crawler."""

    def __init__(self, resolver: Resolver, host: str = "127.0.0.1", port: int = 0):
        self._server = _Server((host, port), resolver)
        self._thread = threading.Thread(target=self._server.serve_forever, name="replay-proxy", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def env(self) -> dict[str, str]:
        return {"http_proxy": self.url, "https_proxy": self.url, "HTTP_PROXY": self.url, "HTTPS_PROXY": self.url,
                "no_proxy": "", "NO_PROXY": ""}

    @property
    def requests(self) -> list[dict]:
        return list(self._server.log)

    def start(self) -> "ReplayProxy":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "ReplayProxy":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
