"""The source registry and its metadata files are data, validated by `socinv sources check` (sources.check())."""

from __future__ import annotations

import pytest

from pipeline import sources


def test_registry_is_valid_and_complete():
    assert sources.check() == []
    reg = sources.registry()
    assert len(reg) == 313  # 290 municipalities, 20 regions (Gotland's is 0980's site), 3 other publishers
    assert sum(s.kind == "kommun" for s in reg.values()) == 290
    for s in reg.values():
        spider = s.to_spider()
        assert spider["start_urls"] and all(u.startswith("https://") for u in spider["start_urls"])


def test_metadata_files_are_checked(tmp_path, monkeypatch):
    (tmp_path / "1482.toml").write_text(
        'start_urls = ["https://www.kungalv.se/"]\n'
        'extra_paths = ["/kommun-och-politik/sociala-investeringar/", "relative/path"]\n'
        'pages = ["https://www.example.com/x.html"]\n'
        'expected_min_projects = true\nparser = "Bad Name"\nextra_domains = ["not a host"]\ncolour = "red"\n',
        encoding="utf-8")
    (tmp_path / "9999.toml").write_text("enabled = false\n", encoding="utf-8")
    (tmp_path / "0180.toml").write_text("enabled = [\n", encoding="utf-8")
    monkeypatch.setattr(sources, "META_DIR", tmp_path)
    problems = "\n".join(sources.check())
    assert "no source with id '9999'" in problems
    assert "0180.toml: not valid TOML" in problems
    assert "unknown key 'colour'" in problems
    assert "expected_min_projects must be int" in problems
    assert "extra_paths must be paths starting with '/'" in problems
    assert "parser must be a dotted lower-case name" in problems
    assert "not a host name in extra_domains" in problems
    assert "https://www.example.com/x.html is not on the source's hosts" in problems


def test_metadata_is_applied(tmp_path, monkeypatch):
    (tmp_path / "1482.toml").write_text(
        'extra_paths = ["/kommun-och-politik/sociala-investeringar/"]\nexpected_min_projects = 3\n'
        'enabled = false\nparser = "sitevision_table"\n', encoding="utf-8")
    monkeypatch.setattr(sources, "META_DIR", tmp_path)
    assert sources.check() == []
    src = sources.registry()["1482"]
    assert src.expected_min_projects == 3 and src.parser == "sitevision_table" and not src.enabled
    assert src.to_spider()["start_urls"] == ["https://kungalv.se/",
                                             "https://kungalv.se/kommun-och-politik/sociala-investeringar/"]
    assert "1482" not in {s.id for s in sources.select("all")}


def test_a_selection_that_names_no_source_says_so():
    from pipeline.sources import SourceConfigError, select

    with pytest.raises(SourceConfigError, match="no source in county '99'"):
        select("lan:99")
    with pytest.raises(SourceConfigError, match="unknown source '9999'"):
        select("9999")


def test_a_broken_source_file_is_named(tmp_path, monkeypatch):
    from pipeline import sources

    (tmp_path / "1482.toml").write_text('start_urls = ["https://www.kungalv.se/"\n', encoding="utf-8")
    monkeypatch.setattr(sources, "META_DIR", tmp_path)
    with pytest.raises(sources.SourceConfigError, match=r"crawlers/sources/1482.toml: not valid TOML"):
        sources.registry()
    assert any("1482.toml: not valid TOML" in p for p in sources.check())


def test_a_broken_row_of_the_other_publishers_is_named_before_any_crawl(tmp_path, monkeypatch):
    from pipeline import flows

    broken = tmp_path / "other_publishers.csv"
    broken.write_text("host,name,type,note\nvardsamverkanfyrbodal.se,Vårdsamverkan Fyrbodal,other,x\n"
                      "vardsamverkanfyrbodal.se,,other,\n", encoding="utf-8")
    monkeypatch.setattr(sources, "OTHERS", broken)
    problems = sources.check()
    assert any(":3: the name is empty" in p for p in problems)
    assert any(":3: host vardsamverkanfyrbodal.se is listed twice" in p for p in problems)
    with pytest.raises(sources.SourceConfigError, match="other_publishers.csv:3"):
        flows.select_sources(False, "all", None)
