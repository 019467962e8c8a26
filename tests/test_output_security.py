"""Security of outputs: no markup reaches a published text field, and nothing built from a URL (a host, a path,
a manifest entry) can reach outside the data folders."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from pipeline.archive import read_body
from pipeline.extract import extract_page
from pipeline.publish.release import publish
from pipeline.publish.sanitize import TEXT_FIELDS, clean_row, strip_markup
from pipeline.replay import SnapshotResolver
from tests.publish_helpers import NOW, make_projects

HOSTILE_PAGE = """<html lang="sv"><head><title>Sociala investeringar</title>
<script>var x = "<h2>Inte ett projekt</h2>";</script><style>h2 { color: red }</style></head>
<body><main><h1>Sociala investeringar</h1>
<h2>Tidiga insatser i skolan<script>alert('x')</script></h2>
<p><strong>Syfte:</strong> Att öka närvaron <img src=x onerror="alert(1)"> bland elever.
&lt;script&gt;alert(2)&lt;/script&gt; &lt;b onmouseover="alert(4)"&gt;fet&lt;/b&gt;
<a href="javascript:alert(3)">läs mer</a></p>
<p><strong>Målgrupp:</strong> Barn &lt; 6 år och elever i årskurs 7–9 <noscript><iframe src="http://x"></iframe></noscript></p>
<p><strong>Tidsperiod:</strong> 2022–2024</p>
</main></body></html>"""

MARKUP = ("<script", "</script", "onerror", "onmouseover", "<img", "<iframe", "<b ", "</b>", "javascript:")


def _published_text(release_dir) -> list[str]:
    texts = []
    for name in ("projects.parquet", "sources.parquet"):
        for row in pq.read_table(release_dir / name).to_pylist():
            for k, v in row.items():
                if isinstance(v, str):
                    texts.append(v)
                elif isinstance(v, list):
                    texts += [x for x in v if isinstance(x, str)]
    for name in ("projects.csv", "projects_excel.csv"):
        texts.append((release_dir / name).read_text(encoding="utf-8-sig"))
    return texts


def test_markup_on_a_page_never_reaches_published_text(tmp_path):
    records = extract_page(HOSTILE_PAGE.encode(), "https://www.kungalv.se/sociala-investeringar/a", "text/html")
    assert records, "the page still describes a project"
    projects = make_projects(1)
    rec = records[0]
    for name in ("title", "purpose", "target_group", "description", "evidence"):
        projects[0][name] = rec.get(name)
    report = publish(projects, tmp_path / "datasets", now=NOW)
    for text in _published_text(report.path):
        low = text.lower()
        for bad in MARKUP:
            assert bad not in low, (bad, text[:300])
    row = pq.read_table(report.path / "projects.parquet").to_pylist()[0]
    assert "öka närvaron" in row["purpose"] and "bland elever" in row["purpose"]  # the prose is kept
    assert "< 6 år" in row["target_group"]  # a "<" in prose is not a tag
    json.loads(row["evidence"])  # evidence stays valid JSON


@pytest.mark.parametrize("text, expected", [
    ("Syfte <script>alert(1)</script> kvar", "Syfte kvar"),
    ("a <B ONCLICK='x'>fet</B> b", "a fet b"),
    ("<!-- kommentar -->text", "text"),
    ("barn < 6 år och > 2 år", "barn < 6 år och > 2 år"),
    ("x\x00y\x1bz", "xyz"),
    ("vanlig text", "vanlig text"),
])
def test_strip_markup(text, expected):
    assert strip_markup(text) == expected


def test_clean_row_covers_every_prose_field_and_skips_identifiers():
    row = {name: "<i>x</i>" for name in TEXT_FIELDS}
    row["source_url"] = "https://a.se/<i>"
    clean_row(row)
    assert all(row[name] == "x" for name in TEXT_FIELDS if name != "evidence")
    assert row["source_url"] == "https://a.se/<i>"
    assert {"title", "purpose", "target_group", "description", "partners", "evidence"} <= set(TEXT_FIELDS)


@pytest.mark.parametrize("host, path", [
    ("www.kungalv.se", "/../../../../etc/passwd"),
    ("www.kungalv.se", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("www.kungalv.se", "/..%2f..%2f..%2fetc%2fpasswd"),
    ("..", "/sites/www.kungalv.se/index.html"),
    ("../..", "/etc/passwd"),
    ("", "/README.md"),
    ("www.kungalv.se/..", "/README.md"),
])
def test_replay_never_serves_outside_the_snapshot(tmp_path, host, path):
    root = tmp_path / "snap"
    (root / "www.kungalv.se").mkdir(parents=True)
    (root / "www.kungalv.se" / "index.html").write_text("<p>ok</p>")
    (tmp_path / "README.md").write_text("secret")
    (root / "README.md").write_text("secret")
    reply = SnapshotResolver(root)("https", host, path, {})
    assert reply.status in (400, 404, 502)
    assert b"secret" not in (reply.body or b"")


def test_a_manifest_cannot_point_outside_its_crawl(tmp_path):
    (tmp_path / "outside.warc").write_bytes(b"x")
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    for name in ("../outside.warc", "/etc/passwd", ".."):
        with pytest.raises(ValueError, match="outside the crawl folder"):
            read_body(crawl, name, 0)
