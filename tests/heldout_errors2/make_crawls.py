#!/usr/bin/env python3
"""Build the damaged crawl folders of the blind error-handling set heldout_errors2.

Standard library only, deterministic (fixed dates, uuid5 record ids, gzip mtime 0, seeded random):
running it twice gives byte-identical folders.  It writes tests/heldout_errors2/crawls/<case>/ and
tests/heldout_errors2/cases.json.

Written blind: the author read only README.md, the seed texts in /work/shared/seeds/ and the manifest
lines and WARC headers of one real crawl folder (fields: kind, url, final_url, status, fetched_at,
source, depth, referer, etag, last_modified, not_modified, candidate, reason, platform, topical,
canonical, declared_canonical, sha256 (of the HTTP body), content_type, size (of the HTTP body),
warc_file (relative to the crawl folder), warc_offset (start of the record's own gzip member);
one gzip member per WARC/1.0 response record, block = application/http; msgtype=response).

Usage:  python3 tests/heldout_errors2/make_crawls.py
"""
from __future__ import annotations

import base64
import copy
import gzip
import hashlib
import io
import json
import os
import random
import shutil
import stat
import tarfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRAWLS = HERE / "crawls"
FETCHED_AT = "2026-11-30T03:12:{:02d}+00:00"
WARC_DATE = "2026-11-30T03:12:{:02d}Z"
HTTP_DATE = "Mon, 30 Nov 2026 03:12:{:02d} GMT"
LAST_MOD = "Tue, 03 Nov 2026 09:41:00 GMT"
NS = uuid.UUID("6f1c2d7e-4b1a-4c55-9a36-1f2e3d4c5b6a")

# --------------------------------------------------------------------------- page content
# Four one-project pages, texts from /work/shared/seeds/ (Kungälv, Sandviken, Enköping, VGR),
# laid out as simple municipal pages: one <h1> naming the project, labelled facts.

PAGES = [
    {
        "slug": "multikompetent-team-i-forskolan",
        "url": "https://www.kungalv.se/kommun-och-politik/sociala-investeringar/multikompetent-team-i-forskolan/",
        "source": "1482",
        "site": "Kungälvs kommun",
        "platform": "sitevision",
        "title": "Multikompetent team i förskolan",
        "lead": "Multikompetent team i förskolan är ett av Kungälvs kommuns projekt inom sociala investeringar. "
                "Projektet startar under 2016 och är tänkt att pågå under åtta år.",
        "facts": [
            ("Syfte", "Att tidigt stödja barn och föräldrar i nära samverkan med förskolans personal, stödja "
                      "friskfaktorer och så långt som möjligt undanröja riskfaktorer under uppväxttiden."),
            ("Målgrupp", "Barn i förskolan och deras föräldrar."),
            ("Samverkansparter", "Förskolan och socialtjänsten i Kungälvs kommun."),
            ("Tidsperiod", "2016–2023"),
            ("Bemanning", "En psykolog, en socionom och en specialpedagog på heltid."),
        ],
        "body": [
            "För detta arbete anställs en psykolog, en socionom och en specialpedagog på heltid för att "
            "tillsammans stödja barn och föräldrar i nära samverkan med förskolans personal.",
            "Projektet drivs i samverkan mellan flera verksamheter, just nu skola och socialtjänst, och nya "
            "arbetssätt och arbetsmetoder ska prövas. Det följs upp vid återkommande tillfällen för att få veta "
            "vilka effekter som kan ses, och hur erfarenheterna kan föras in i kommunens ordinarie verksamhet.",
        ],
    },
    {
        "slug": "tidiga-samordnade-insatser-i-skolan",
        "url": "https://sandviken.se/kommun-och-politik/sociala-investeringar/tidiga-samordnade-insatser-i-skolan.html",
        "source": "2181",
        "site": "Sandvikens kommun",
        "platform": "sitevision",
        "title": "Tidiga samordnade insatser i skolan",
        "lead": "Under 2019 påbörjades ett samarbete mellan Kunskapsförvaltningen, Individ- och "
                "familjeomsorgsförvaltningen och Region Gävleborg för att skolelever som riskerar att få hög "
                "problematisk skolfrånvaro ska upptäckas i tid.",
        "facts": [
            ("Syfte", "Att förbättra förutsättningarna för att alla barn ska klara kunskapskraven i grundskolan, "
                      "genom att bland annat tidigare upptäcka tecken på problematisk skolfrånvaro."),
            ("Målgrupp", "Elever i grundskolan med problematisk skolfrånvaro eller tecken på det, och deras föräldrar."),
            ("Samverkansparter", "Kunskapsförvaltningen, Individ- och familjeomsorgsförvaltningen och Region Gävleborg."),
            ("Start", "2019"),
            ("Budget", "1 400 tkr"),
        ],
        "body": [
            "Skolprojektet har testats på en grundskola i kommunen med ett lyckat resultat. Nu handlar det om att "
            "fortsätta arbetet inom kommunen och erbjuda fler skolor att implementera arbetssättet.",
            "Målet är att ta fram nya och kommunövergripande samarbetsformer mellan skola, socialtjänst och Region "
            "Gävleborg för att tidigare kunna uppmärksamma och ge rätt stöd till elever med problematisk skolfrånvaro.",
        ],
    },
    {
        "slug": "elevcoach-mellanstadiet",
        "url": "https://enkoping.se/kommun-och-politik/sociala-investeringar/elevcoach-mellanstadiet.html",
        "source": "0381",
        "site": "Enköpings kommun",
        "platform": "episerver",
        "title": "Elevcoach mellanstadiet",
        "lead": "Bergvretenskolan vill satsa på en elevcoach på mellanstadiet. I dag finns en elevcoach på "
                "högstadiet – och resultatet är mycket positivt.",
        "facts": [
            ("Syfte", "Elevcoachen ska öka tryggheten och trivseln och motverka utanförskap och frånvaro i skolan."),
            ("Målgrupp", "Elever på mellanstadiet, årskurs 4–6, på Bergvretenskolan."),
            ("Tidsperiod", "Projektet pågår 2014–2016."),
        ],
        "body": [
            "Eleverna på mellanstadiet har behov av trygghet och vägledning. Coachen kan också ha tät kontakt med "
            "elevernas hem. Det ska skapa en trygg lärmiljö där alla elever kan utvecklas utifrån sina förutsättningar.",
            "Elever som inte deltar i undervisningen ska kunna fångas upp tidigare än i dag.",
        ],
    },
    {
        "slug": "spadbarnsverksamheten-biskopsgarden",
        "url": "https://www.vgregion.se/regional-utveckling/verksamhetsomraden/social-hallbarhet/sociala-investeringar/spadbarnsverksamheten-biskopsgarden/",
        "source": "region-14",
        "site": "Västra Götalandsregionen",
        "platform": "episerver",
        "title": "Spädbarnsverksamheten i Biskopsgården",
        "lead": "En social investering av Västra Götalandsregionen.",
        "facts": [
            ("Samverkansparter", "Närhälsan Biskopsgården och Förskoleförvaltningen, Göteborgs Stad"),
            ("Syfte", "Genom ett nytt arbetssätt, Spädbarnverksamheten, stärka anknytningen mellan barn och förälder "
                      "samt stärka det sociala nätverket runt familjen och på så sätt minska social isolering."),
            ("Målgrupp", "Föräldrar som bedöms ha svårighet med anknytning till sina barn och som behöver mer stöd "
                         "och hjälp än vad personalen inom det familjecentrerade arbetet i stadsdelen kan erbjuda. "
                         "Målgruppen är drygt 60 barn med föräldrar."),
            ("Tidsperiod", "2021-01-01 till och med 2023-12-31"),
        ],
        "body": [
            "Verksamheten kommer ha två grupper i veckan för gruppträffar med cirka sex familjer per grupp. "
            "Ytterligare ett syfte är att ta fram ett evidensbaserat observationsverktyg för att på ett systematiskt "
            "sätt kunna mäta effekterna av verksamheten.",
            "Familjerna fångas upp av personalen på familjecentralen i södra Biskopsgården, samt personal inom det "
            "familjecentralsliknande arbetet i norra Biskopsgården och i Torslanda.",
        ],
    },
]
SLUGS = [p["slug"] for p in PAGES]


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page_html(p: dict, filler: str = "") -> bytes:
    facts = "\n".join(f"      <p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in p["facts"])
    body = "\n".join(f"      <p>{esc(t)}</p>" for t in p["body"])
    html = f"""<!DOCTYPE html>
<html lang="sv">
  <head>
    <meta charset="utf-8">
    <title>{esc(p['title'])} - {esc(p['site'])}</title>
    <link rel="canonical" href="{p['url']}">
  </head>
  <body>
    <header><a href="/">{esc(p['site'])}</a>
      <nav><a href="/kommun-och-politik/">Kommun och politik</a> <a href="/kontakt/">Kontakt</a></nav>
    </header>
    <main>
      <nav class="breadcrumb"><a href="/">Start</a> / <a href="/kommun-och-politik/sociala-investeringar/">Sociala investeringar</a></nav>
      <h1>{esc(p['title'])}</h1>
      <p class="lead">{esc(p['lead'])}</p>
{facts}
{body}
    </main>
{filler}    <footer><p>{esc(p['site'])}</p></footer>
  </body>
</html>
"""
    return html.encode("utf-8")


ROBOTS_URL = "https://www.kungalv.se/robots.txt"
ROBOTS_BODY = b"User-agent: *\nDisallow: /sok/\nSitemap: https://www.kungalv.se/sitemap.xml\n"

# --------------------------------------------------------------------------- WARC writing


def b32sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def http_block(headers: list[tuple[str, str]], body: bytes, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("latin-1") + body


def warc_record(url: str, block: bytes, n: int, payload: bytes, content_length: int | None = None) -> bytes:
    cl = len(block) if content_length is None else content_length
    head = (
        "WARC/1.0\r\n"
        f"WARC-Date: {WARC_DATE.format(n)}\r\n"
        "WARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(NS, url + '#' + str(n))}>\r\n"
        f"WARC-Target-URI: {url}\r\n"
        f"WARC-Payload-Digest: {b32sha1(payload)}\r\n"
        f"WARC-Block-Digest: {b32sha1(block)}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {cl}\r\n"
        "\r\n"
    )
    return head.encode("ascii") + block + b"\r\n\r\n"


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=6, filename="") as f:
        f.write(data)
    return buf.getvalue()


def brotli_uncompressed(data: bytes) -> bytes:
    """A valid brotli stream (RFC 7932) made of uncompressed meta-blocks: no library needed.

    Stream header WBITS=16 (one 0 bit); per meta-block ISLAST=0, MNIBBLES=4 (bits 00), MLEN-1 in 16 bits,
    ISUNCOMPRESSED=1, zero bits to the byte boundary, then MLEN raw bytes; last an empty meta-block
    (ISLAST=1, ISLASTEMPTY=1)."""
    out = bytearray()
    first = True
    for i in range(0, len(data), 65536):
        chunk = data[i:i + 65536]
        bits: list[int] = []
        if first:
            bits.append(0)  # WBITS = 16
            first = False
        bits.append(0)  # ISLAST
        bits += [0, 0]  # MNIBBLES = 4
        m = len(chunk) - 1
        bits += [(m >> k) & 1 for k in range(16)]
        bits.append(1)  # ISUNCOMPRESSED
        while len(bits) % 8:
            bits.append(0)
        for j in range(0, len(bits), 8):
            out.append(sum(b << k for k, b in enumerate(bits[j:j + 8])))
        out += chunk
    if first:  # empty input
        return bytes([0b110])
    out.append(0b11)  # ISLAST=1, ISLASTEMPTY=1
    return bytes(out)


def page_headers(n: int, body_len: int, etag: str, extra: list[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    return [
        ("Server", "Apache"),
        ("Date", HTTP_DATE.format(n)),
        ("Content-Type", "text/html; charset=utf-8"),
        *extra,
        ("Etag", f'"{etag}"'),
        ("Last-Modified", LAST_MOD),
        ("Content-Length", str(body_len)),
    ]


class Item:
    """One fetched response: its manifest line and the WARC record (uncompressed) that holds it."""

    def __init__(self, kind: str, url: str, body: bytes, n: int, source: str, platform: str = "",
                 headers: list | None = None, payload: bytes | None = None, record: bytes | None = None,
                 content_type: str = "text/html; charset=utf-8", warc_file: str = "warc/crawl-00000.warc.gz"):
        self.kind, self.url, self.n = kind, url, n
        self.payload = body if payload is None else payload  # bytes stored as the HTTP body
        etag = hashlib.sha256(self.payload).hexdigest()[:16]
        if headers is None:
            headers = page_headers(n, len(self.payload), etag)
            if kind == "robots":
                headers = [(k, "text/plain; charset=utf-8" if k == "Content-Type" else v) for k, v in headers]
        self.record = record if record is not None else warc_record(url, http_block(headers, self.payload), n, self.payload)
        self.member: bytes | None = None  # set to override the gzip member bytes
        self.warc_file = warc_file
        line = {
            "kind": kind, "url": url, "final_url": url, "status": 200, "fetched_at": FETCHED_AT.format(n),
            "source": source, "depth": 0 if kind == "robots" else 2,
            "referer": "" if kind == "robots" else url.split("/", 3)[0] + "//" + url.split("/", 3)[2] + "/kommun-och-politik/sociala-investeringar/",
            "etag": f'"{etag}"', "last_modified": LAST_MOD, "not_modified": False,
        }
        if kind == "page":
            line.update({
                "candidate": True, "reason": "theme + project fields (partners, period, purpose, target)",
                "platform": platform, "topical": True, "canonical": url, "declared_canonical": url,
            })
        line.update({
            "sha256": hashlib.sha256(self.payload).hexdigest(), "content_type": content_type,
            "size": len(self.payload),
        })
        self.line = line

    def gz_member(self) -> bytes:
        return self.member if self.member is not None else gz(self.record)


def robots_item() -> Item:
    return Item("robots", ROBOTS_URL, ROBOTS_BODY, 1, "1482", content_type="text/plain; charset=utf-8")


def page_item(i: int, n: int | None = None, **kw) -> Item:
    p = PAGES[i]
    return Item("page", p["url"], kw.pop("body", None) or page_html(p), n or (i + 2), p["source"], p["platform"], **kw)


def standard_items() -> list[Item]:
    return [robots_item()] + [page_item(i) for i in range(4)]


def write_crawl(name: str, items: list[Item], lines: list | None = None, *, raw_manifest: bytes | None = None,
                tail: dict | None = None) -> list[dict]:
    """Write items into their WARC files (in order), compute offsets, write manifest.jsonl.

    Returns the manifest dicts (with warc_file/warc_offset) so callers can damage them; if `lines` is a
    function it is applied to them before writing; `raw_manifest` replaces the manifest bytes entirely;
    `tail` maps a warc file to bytes appended after the last member."""
    d = CRAWLS / name
    (d / "warc").mkdir(parents=True, exist_ok=True)
    files: dict[str, bytearray] = {}
    out = []
    for it in items:
        buf = files.setdefault(it.warc_file, bytearray())
        line = dict(it.line)
        line["warc_file"] = it.warc_file
        line["warc_offset"] = len(buf)
        buf += it.gz_member()
        out.append(line)
    for wf, data in files.items():
        (d / wf).write_bytes(bytes(data) + (tail or {}).get(wf, b""))
    if callable(lines):
        out = lines(out)
    if raw_manifest is not None:
        (d / "manifest.jsonl").write_bytes(raw_manifest)
    else:
        (d / "manifest.jsonl").write_bytes(jsonl(out))
    return out


def jsonl(lines: list) -> bytes:
    return b"".join(json.dumps(l).encode("ascii") + b"\n" for l in lines)


# --------------------------------------------------------------------------- cases

CASES: list[dict] = []


def case(name, args, exit, rmin, rmax, mentions, why, max_seconds=60):
    CASES.append({
        "name": name, "args": args,
        "expect": {"exit": exit, "records_min": rmin, "records_max": rmax, "stderr_mentions": mentions,
                   "no_traceback": True, "max_seconds": max_seconds},
        "why": why,
    })


def crawl_arg(name):
    return ["--from-warc", f"crawls/{name}"]


def build_all():
    # 1. good --------------------------------------------------------------------------
    write_crawl("good", standard_items())
    case("good", crawl_arg("good"), "zero", 4, 4, [],
         "Baseline, undamaged: a robots.txt record and four one-project pages (Kungälv 'Multikompetent team i "
         "förskolan', Sandviken 'Tidiga samordnade insatser i skolan', Enköping 'Elevcoach mellanstadiet', VGR "
         "'Spädbarnsverksamheten i Biskopsgården'; seed texts, one <h1> and labelled facts each), one gzip member "
         "per WARC response record, manifest lines in the real field layout. Every other case is a damaged copy "
         "of this one; if this one does not give 4, calibrate the others against its count.")

    # 2. WARC truncated mid-record: the last page is lost --------------------------------
    items = standard_items()
    lines = write_crawl("warc_truncated_last", items)
    wf = CRAWLS / "warc_truncated_last" / "warc/crawl-00000.warc.gz"
    data = wf.read_bytes()
    start = lines[-1]["warc_offset"]
    cut = start + (len(data) - start) * 2 // 5
    wf.write_bytes(data[:cut])
    case("warc_truncated_last", crawl_arg("warc_truncated_last"), "any", 3, 3, [SLUGS[3]],
         f"A crash while writing the WARC: the file ends {cut - start} bytes into the gzip member of the last "
         f"page ({PAGES[3]['url']}), of {len(data) - start}; its manifest line was written. The three pages "
         "before it are whole and must come out (3 records); the last page is lost and the message must name it "
         "(its URL). A careful tool does not publish the partial page as a record.")

    # 3. manifest offset past the end of the WARC ----------------------------------------
    def past_end(ls):
        ls[3]["warc_offset"] = 10_000_000
        return ls
    write_crawl("offset_past_end", standard_items(), past_end)
    case("offset_past_end", crawl_arg("offset_past_end"), "any", 3, 4, [SLUGS[2]],
         "The manifest line of the third page (Elevcoach mellanstadiet) says warc_offset 10 000 000; the WARC "
         "is about 5 kB. The other three pages are fine: at least 3 records. A tool that finds the record by "
         "scanning the WARC may give 4, but the bad offset is a damaged manifest and must be reported with the "
         "page's URL. No seek error traceback.")

    # 4. offset into the middle of a member ----------------------------------------------
    def into_member(ls):
        ls[2]["warc_offset"] += 37
        return ls
    write_crawl("offset_into_member", standard_items(), into_member)
    case("offset_into_member", crawl_arg("offset_into_member"), "any", 3, 4, [SLUGS[1]],
         "The second page's (Sandviken) warc_offset is 37 bytes too large: it points inside its own gzip "
         "member, so reading there gives no gzip header (or garbage). 3 records at least; 4 only if the tool "
         "re-finds the record by scanning. The page's URL must be named either way; pages after it (read from "
         "their own, correct offsets) must not be lost.")

    # 5. manifest warc_file leaving the folder -------------------------------------------
    items = standard_items()
    items.pop(3)  # this folder's WARC does not hold page 3 at all
    def escape(ls):
        # page 3's line points at the same record in the sibling 'good' folder, which does exist
        good_lines = [json.loads(l) for l in (CRAWLS / "good" / "manifest.jsonl").read_text().splitlines()]
        l3 = dict(good_lines[3])
        l3["warc_file"] = "../good/warc/crawl-00000.warc.gz"
        ls.insert(3, l3)
        return ls
    write_crawl("warc_file_escape", items, escape)
    case("warc_file_escape", crawl_arg("warc_file_escape"), "any", 3, 3, [SLUGS[2]],
         "The third page's manifest line says warc_file '../good/warc/crawl-00000.warc.gz': a real file at the "
         "right offset, but outside the crawl folder (the README: no path built from a manifest can leave its "
         "folder). This folder's own WARC holds only the other three pages. A careful tool refuses the path and "
         "names the page: 3 records. 4 means it read outside the folder.")

    # 6. broken JSON line between good ones ----------------------------------------------
    lines = write_crawl("manifest_broken_line", standard_items())
    raw = jsonl(lines[:3])
    cut_line = json.dumps(lines[1]).encode()[:97]
    raw += cut_line + b"\n" + b'{"kind": "page", "url": "https://sandviken.se/", "status": 200,, }\n' + jsonl(lines[3:])
    (CRAWLS / "manifest_broken_line" / "manifest.jsonl").write_bytes(raw)
    case("manifest_broken_line", crawl_arg("manifest_broken_line"), "any", 4, 4, ["manifest"],
         "manifest.jsonl has two extra lines that are not JSON between the good ones (line 4: the first 97 "
         "bytes of a page's line, as left by an interrupted write before a resume; line 5: a line with ',,'). "
         "All five good lines remain, so all 4 pages come out; the bad lines are skipped with a warning naming "
         "the manifest (ideally with line numbers).")

    # 7. last manifest line cut off (crash while writing the manifest) --------------------
    lines = write_crawl("manifest_last_line_cut", standard_items())
    raw = jsonl(lines[:4]) + json.dumps(lines[4]).encode()[:180]
    (CRAWLS / "manifest_last_line_cut" / "manifest.jsonl").write_bytes(raw)
    case("manifest_last_line_cut", crawl_arg("manifest_last_line_cut"), "any", 3, 4, ["manifest"],
         "A crash while appending to manifest.jsonl: the last line (the VGR page) is cut after 180 bytes, no "
         "newline; the WARC is whole. 3 records from the intact lines; a tool that recovers records from the "
         "WARC that the manifest lost may give 4. The unreadable last line must be reported (naming the "
         "manifest), not a JSONDecodeError traceback.")

    # 8. manifest in Windows-1252 -------------------------------------------------------
    lines = write_crawl("manifest_cp1252", standard_items())
    lines[2]["reason"] = "tema + projektfält (målgrupp, syfte, samverkansparter, tidsperiod)"
    lines[4]["reason"] = "tema + projektfält (målgrupp, syfte, samverkansparter)"
    lines[4]["platform"] = "episerver – äldre mall"
    raw = b"".join(json.dumps(l, ensure_ascii=False).encode("cp1252") + b"\r\n" for l in lines)
    (CRAWLS / "manifest_cp1252" / "manifest.jsonl").write_bytes(raw)
    case("manifest_cp1252", crawl_arg("manifest_cp1252"), "any", 4, 4, [],
         "manifest.jsonl re-saved on Windows: CRLF line ends, non-ASCII written raw in Windows-1252 (0xE5 for "
         "'å', 0x96 for '–') in the 'reason' and 'platform' fields of two page lines, which makes those lines "
         "invalid UTF-8. URLs, offsets and file names are ASCII and intact, so nothing needed is lost: a careful "
         "tool (decoding with replacement or a fallback) gives all 4 records. Skipping the two lines as binary "
         "would lose 2 readable pages.")

    # 9. manifest in UTF-16 with BOM -----------------------------------------------------
    lines = write_crawl("manifest_utf16", standard_items())
    raw = "".join(json.dumps(l) + "\n" for l in lines).encode("utf-16")  # BOM + UTF-16-LE
    (CRAWLS / "manifest_utf16" / "manifest.jsonl").write_bytes(raw)
    case("manifest_utf16", crawl_arg("manifest_utf16"), "any", 0, 4, [],
         "The whole manifest.jsonl converted to UTF-16 with a byte-order mark (as PowerShell's '>' does). The "
         "BOM says the encoding, so a careful tool can read it and give 4; refusing is acceptable only with a "
         "clear message naming manifest.jsonl and its encoding and a nonzero exit when 0 records come out (not "
         "expressible in this format: check by hand). Never a traceback, never 0 records with exit 0 and "
         "silence.")

    # 10. NUL block in the manifest -----------------------------------------------------
    lines = write_crawl("manifest_nul_block", standard_items())
    raw = jsonl(lines[:3]) + b"\x00" * 4096 + b"\n" + jsonl(lines[3:])
    (CRAWLS / "manifest_nul_block" / "manifest.jsonl").write_bytes(raw)
    case("manifest_nul_block", crawl_arg("manifest_nul_block"), "any", 4, 4, ["manifest"],
         "After a power loss the file system left a 4096-byte block of NUL bytes in manifest.jsonl (its own "
         "line, after line 3); a resumed crawl then appended the last two lines. All five real lines are whole: "
         "4 records. The NUL line is skipped with a warning naming the manifest.")

    # 11. one of two WARC files missing --------------------------------------------------
    items = standard_items()
    for it in items[3:]:
        it.warc_file = "warc/crawl-00001.warc.gz"
    write_crawl("warc_missing_one_of_two", items)
    (CRAWLS / "warc_missing_one_of_two" / "warc/crawl-00001.warc.gz").unlink()
    case("warc_missing_one_of_two", crawl_arg("warc_missing_one_of_two"), "any", 2, 2, ["crawl-00001.warc.gz"],
         "The crawl rolled over to a second WARC file (robots + pages 1–2 in crawl-00000.warc.gz, pages 3–4 in "
         "crawl-00001.warc.gz) and crawl-00001.warc.gz is missing (lost in a copy). The 2 pages in the present "
         "file must come out; the message names the missing file (and ideally the 2 pages).")

    # 12. empty WARC --------------------------------------------------------------------
    write_crawl("warc_empty", standard_items())
    (CRAWLS / "warc_empty" / "warc/crawl-00000.warc.gz").write_bytes(b"")
    case("warc_empty", crawl_arg("warc_empty"), "nonzero", 0, 0, ["crawl-00000.warc.gz"],
         "crawl-00000.warc.gz is 0 bytes (crash before the first flush, or a failed copy), the manifest lists "
         "five records in it. Nothing can be read: 0 records, a message naming the WARC file, and a nonzero "
         "exit because every listed page failed (exit 0 would say 'nothing to extract' when everything was "
         "lost).")

    # 13. a member that is not gzip (disk corruption) -------------------------------------
    items = standard_items()
    rnd = random.Random(13)
    items[2].member = bytes(rnd.randrange(256) for _ in range(len(gz(items[2].record))))
    write_crawl("member_not_gzip", items)
    case("member_not_gzip", crawl_arg("member_not_gzip"), "any", 3, 3, [SLUGS[1]],
         "The second page's gzip member (Sandviken) was overwritten with random bytes of the same length "
         "(seed 13; no gzip magic), so every other offset is still right. 3 records; the message names the "
         "damaged page. The pages after it must not be lost (a reader that walks the file member by member "
         "and stops at the first bad one would lose them).")

    # 14. a gzip member whose payload is not a WARC record --------------------------------
    items = standard_items()
    items[2].member = gz(
        b"2026-11-30 03:12:03 [scrapy.core.engine] DEBUG: Crawled (200) <GET " + PAGES[1]["url"].encode()
        + b"> (referer: https://sandviken.se/kommun-och-politik/sociala-investeringar/)\n"
        + b"2026-11-30 03:12:03 [discovery] INFO: candidate page, 5 fields\n" * 40)
    write_crawl("member_not_warc", items)
    case("member_not_warc", crawl_arg("member_not_warc"), "any", 3, 3, [SLUGS[1]],
         "The second page's member is valid gzip, but decompresses to Scrapy log lines, not 'WARC/1.0' and "
         "headers (a writer bug). 3 records from the other pages; the message names the page whose record is "
         "not a WARC record. Log text must not be extracted as a page.")

    # 15. HTTP body gzip-encoded as the server sent it -------------------------------------
    items = standard_items()
    html = page_html(PAGES[2])
    zbody = gz(html)
    hdrs = page_headers(4, len(zbody), hashlib.sha256(zbody).hexdigest()[:16],
                        [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")])
    items[3] = Item("page", PAGES[2]["url"], html, 4, PAGES[2]["source"], PAGES[2]["platform"],
                    headers=hdrs, payload=zbody)
    write_crawl("body_gzip_encoded", items)
    case("body_gzip_encoded", crawl_arg("body_gzip_encoded"), "any", 4, 4, [],
         "The third page's (Enköping) HTTP response is stored as the server sent it: headers 'Content-Type: "
         "text/html; charset=utf-8', 'Content-Encoding: gzip', 'Vary: Accept-Encoding', 'Content-Length' = the "
         "compressed length; the body is the gzip of the page. The manifest's size and sha256 are those of the "
         "stored (compressed) body, like the WARC-Payload-Digest. The headers say how to decode it, so a careful "
         "tool decodes it and gives all 4 records; reading the gzip bytes as HTML would silently lose the "
         "project.")

    # 16. HTTP body brotli-encoded ------------------------------------------------------
    items = standard_items()
    html = page_html(PAGES[0])
    bbody = brotli_uncompressed(html)
    hdrs = page_headers(2, len(bbody), hashlib.sha256(bbody).hexdigest()[:16],
                        [("Content-Encoding", "br"), ("Vary", "Accept-Encoding")])
    items[1] = Item("page", PAGES[0]["url"], html, 2, PAGES[0]["source"], PAGES[0]["platform"],
                    headers=hdrs, payload=bbody)
    write_crawl("body_brotli_encoded", items)
    case("body_brotli_encoded", crawl_arg("body_brotli_encoded"), "any", 3, 4, [],
         "The first page's (Kungälv) body is stored brotli-encoded: headers 'Content-Type: text/html; "
         "charset=utf-8', 'Content-Encoding: br', 'Content-Length' = the encoded length; the body is a valid "
         "RFC 7932 stream of uncompressed meta-blocks (written by hand, so the HTML is visible inside it after "
         "a 3-byte header). With a brotli decoder (Scrapy's 'br' support) a careful tool gives 4; without one "
         "it gives 3 and must say it cannot decode 'br' for that page (not checkable here: check by hand). "
         "Extracting the raw bytes as if they were HTML is wrong even though the text shows through.")

    # 17. lying WARC Content-Length ----------------------------------------------------
    items = standard_items()
    it = items[2]
    block = http_block(page_headers(3, len(it.payload), hashlib.sha256(it.payload).hexdigest()[:16]), it.payload)
    it.record = warc_record(it.url, block, 3, it.payload, content_length=len(block) + 100_000)
    write_crawl("warc_content_length_lies", items)
    case("warc_content_length_lies", crawl_arg("warc_content_length_lies"), "any", 3, 4, [],
         "The second page's WARC header says 'Content-Length: <block + 100000>' but its gzip member ends after "
         "the real block and the '\\r\\n\\r\\n'. The block is whole (its WARC-Block-Digest matches), so a "
         "lenient tool may give 4; a strict one drops that page with a message (3). Either way the following "
         "pages, read from their own offsets, must come out and the reader must not hang or read 100 kB into the "
         "next members.")

    # 18. lying HTTP Content-Length ----------------------------------------------------
    items = standard_items()
    it = items[4]
    hdrs = page_headers(5, 999_999, hashlib.sha256(it.payload).hexdigest()[:16])
    it.record = warc_record(it.url, http_block(hdrs, it.payload), 5, it.payload)
    write_crawl("http_content_length_lies", items)
    case("http_content_length_lies", crawl_arg("http_content_length_lies"), "any", 4, 4, [],
         "The last page's HTTP header says 'Content-Length: 999999' (a server lie) but the body is about 2 kB; "
         "the WARC Content-Length is right and the manifest size and sha256 match the body. The WARC framing "
         "holds the whole body, so all 4 records must come out.")

    # 19. a 30 MB page ----------------------------------------------------------------
    items = standard_items()
    lis = []
    total = 0
    k = 0
    while total < 30 * 1024 * 1024:
        s = (f'<li><a href="/nyheter/arkiv/{2009 + k % 17}/{k:06d}.html">Nyhet {k}: '
             f'Kommunstyrelsens sammanträde, protokoll och handlingar, vecka {k % 52 + 1}</a></li>\n')
        lis.append(s)
        total += len(s)
        k += 1
    filler = '    <aside class="archive"><h2>Nyhetsarkiv</h2><ul>\n' + "".join(lis) + "    </ul></aside>\n"
    big = page_html(PAGES[1], filler)
    items[2] = page_item(1, body=big)
    write_crawl("huge_record_30mb", items)
    case("huge_record_30mb", crawl_arg("huge_record_30mb"), "any", 3, 4, [],
         f"The second page (Sandviken) is {len(big) / 2**20:.1f} MiB: its project facts come first, then an "
         f"<aside> news archive of {k} links (no project content). Its gzip member is small, the decompressed "
         "record is 30 MB. A careful tool either extracts it (4 records, no extra ones from the archive links) "
         "or skips it as too large with a message naming it (3); the pages after it must come out, within the "
         "time limit and without running out of memory.", max_seconds=180)

    # 20. 50 000 manifest lines pointing at the 5 records ----------------------------------
    lines = write_crawl("manifest_50k_lines", standard_items())
    many = [copy.deepcopy(lines[i % 5]) for i in range(50_000)]
    (CRAWLS / "manifest_50k_lines" / "manifest.jsonl").write_bytes(jsonl(many))
    case("manifest_50k_lines", crawl_arg("manifest_50k_lines"), "any", 4, 4, [],
         "manifest.jsonl has 50 000 lines: the same five lines (robots + 4 pages) repeated 10 000 times each, as "
         "a crawl loop might log them; the WARC holds 5 records. A careful tool extracts each archived page once: "
         "4 records, quickly. 40 000 records, or minutes of re-extracting the same four records, fail.")

    # 21. duplicate manifest lines ------------------------------------------------------
    lines = write_crawl("manifest_duplicate_lines", standard_items())
    again = copy.deepcopy(lines[2])
    again["fetched_at"] = "2026-11-30T03:20:41+00:00"
    dup = lines[:3] + [copy.deepcopy(lines[2])] + lines[3:] + [copy.deepcopy(lines[1]), again, copy.deepcopy(lines[4])]
    (CRAWLS / "manifest_duplicate_lines" / "manifest.jsonl").write_bytes(jsonl(dup))
    case("manifest_duplicate_lines", crawl_arg("manifest_duplicate_lines"), "any", 4, 4, [],
         "A resumed crawl re-appended manifest lines: page 2 listed three times (twice identical, once with a "
         "later fetched_at but the same record and offset), pages 1 and 4 twice. Same URL, same record, same "
         "sha256: 4 records, not 8.")

    # 22. folder with no manifest ------------------------------------------------------
    write_crawl("no_manifest", standard_items())
    (CRAWLS / "no_manifest" / "manifest.jsonl").unlink()
    case("no_manifest", crawl_arg("no_manifest"), "any", 0, 4, ["manifest"],
         "A crawl folder with warc/crawl-00000.warc.gz (whole, 5 records) but no manifest.jsonl. Either a clear "
         "error naming the missing manifest.jsonl (0 records, nonzero exit), or, better, the records read "
         "straight from the WARC (up to 4) with a warning that the manifest is missing. Not silence with 0 "
         "records.")

    # 23. a file given instead of a folder ------------------------------------------------
    tpath = CRAWLS / "file_not_folder.tar"
    with tarfile.open(tpath, "w", format=tarfile.USTAR_FORMAT) as tf:
        for p in sorted((CRAWLS / "good").rglob("*")):
            ti = tf.gettarinfo(str(p), arcname="good/" + str(p.relative_to(CRAWLS / "good")))
            ti.mtime, ti.uid, ti.gid, ti.uname, ti.gname = 1_796_000_000, 0, 0, "", ""
            ti.mode = 0o755 if p.is_dir() else 0o644
            if p.is_file():
                with open(p, "rb") as fh:
                    tf.addfile(ti, fh)
            else:
                tf.addfile(ti)
    case("file_not_folder", ["--from-warc", "crawls/file_not_folder.tar"], "nonzero", 0, 0,
         ["file_not_folder.tar"],
         "The user passes the crawl as a downloaded tar file (of the good folder) instead of the unpacked "
         "folder. A clear error naming the path and saying a crawl folder is expected; exit nonzero; no "
         "NotADirectoryError traceback.")

    # 24. a folder that does not exist --------------------------------------------------
    case("no_such_folder", ["--from-warc", "crawls/does_not_exist"], "nonzero", 0, 0, ["does_not_exist"],
         "A crawl folder that does not exist (typo). A clear error naming the path, exit nonzero (the README "
         "promises exit 2 for a missing crawl folder).")

    # 25. read-only folder -------------------------------------------------------------
    write_crawl("readonly_folder", standard_items())
    case("readonly_folder", crawl_arg("readonly_folder"), "zero", 4, 4, [],
         "The good crawl with the folder and its warc/ at mode 0555 and files at 0444 (an archived crawl on a "
         "read-only mount). Re-extraction only reads, so all 4 records must come out and any cache or output goes "
         "elsewhere (or a clear message if it truly needs to write there). Note: root ignores these modes, so "
         "when the test runs as root this case checks nothing beyond 'good'; git does not keep the modes, so "
         "re-run make_crawls.py (or chmod) before running it.")
    ro = CRAWLS / "readonly_folder"
    for p in ro.rglob("*"):
        if p.is_file():
            p.chmod(0o444)
    (ro / "warc").chmod(0o555)
    ro.chmod(0o555)


def clean():
    if not CRAWLS.exists():
        return
    for root, dirs, files in os.walk(CRAWLS):
        os.chmod(root, 0o755)
        for x in dirs:
            os.chmod(os.path.join(root, x), 0o755)
    shutil.rmtree(CRAWLS)


def main():
    clean()
    CRAWLS.mkdir(parents=True)
    build_all()
    (HERE / "cases.json").write_text(json.dumps(CASES, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases written to {HERE / 'cases.json'}")


if __name__ == "__main__":
    main()
