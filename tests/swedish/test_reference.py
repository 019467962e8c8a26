"""Reference data: the repo copies of the SCB municipality/region tables and reference.py."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from pipeline.swedish import reference as ref

REPO = Path(__file__).resolve().parents[2]
LOCAL = REPO / "schemas" / "reference"
SHARED = REPO.parent / "shared" / "reference"
FILES = ["municipalities.csv", "regions.csv"]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", FILES)
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/reference not present")
def test_copies_are_byte_identical(name: str) -> None:
    assert (LOCAL / name).read_bytes() == (SHARED / name).read_bytes()


@pytest.mark.parametrize("name", FILES)
def test_encoding_and_line_endings(name: str) -> None:
    data = (LOCAL / name).read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in data
    data.decode("utf-8")


def test_municipality_file_shape() -> None:
    rows = _rows(LOCAL / "municipalities.csv")
    assert list(rows[0]) == ["kommunkod", "kommun", "lanskod", "lan", "website"]
    assert len(rows) == 290
    assert len({r["kommunkod"] for r in rows}) == 290
    assert len({r["kommun"] for r in rows}) == 290
    for r in rows:
        assert re.fullmatch(r"\d{4}", r["kommunkod"]), r
        assert re.fullmatch(r"\d{2}", r["lanskod"]), r
        assert r["kommunkod"].startswith(r["lanskod"]), r
        assert r["lan"].endswith(" län"), r
        assert re.fullmatch(r"[a-z0-9.-]+", r["website"]), r


def test_region_file_shape() -> None:
    rows = _rows(LOCAL / "regions.csv")
    assert list(rows[0]) == ["lanskod", "region", "website"]
    assert len(rows) == 21
    codes = {r["lanskod"] for r in rows}
    assert len(codes) == 21
    for r in rows:
        assert re.fullmatch(r"\d{2}", r["lanskod"]), r
        assert re.fullmatch(r"[a-z0-9.-]+", r["website"]), r
    municipal_counties = {r["lanskod"] for r in _rows(LOCAL / "municipalities.csv")}
    assert codes == municipal_counties


@pytest.mark.parametrize(
    ("lanskod", "count"),
    [("01", 26), ("03", 8), ("09", 1), ("12", 33), ("14", 49), ("25", 14)],
)
def test_counts_per_county(lanskod: str, count: int) -> None:
    assert sum(1 for m in ref.municipalities() if m.lanskod == lanskod) == count


def test_loaders() -> None:
    ms, rs = ref.municipalities(), ref.regions()
    assert len(ms) == 290 and len(rs) == 21
    assert ref.municipalities() is ms  # cached
    assert all(m.kind == "kommun" and len(m.code) == 4 for m in ms)
    assert all(r.kind == "region" and len(r.code) == 2 and r.code == r.lanskod for r in rs)
    assert all(m.code.startswith(m.lanskod) for m in ms)
    assert len({m.website for m in ms}) == 290


@pytest.mark.parametrize(
    ("code", "name", "kind"),
    [
        ("1482", "Kungälv", "kommun"),
        ("0482", "Flen", "kommun"),
        ("0180", "Stockholm", "kommun"),
        ("1480", "Göteborg", "kommun"),
        ("0643", "Habo", "kommun"),
        ("0305", "Håbo", "kommun"),
        ("0980", "Gotland", "kommun"),
        ("2181", "Sandviken", "kommun"),
        ("0114", "Upplands Väsby", "kommun"),
        ("14", "Västra Götalandsregionen", "region"),
        ("09", "Region Gotland", "region"),
        ("12", "Region Skåne", "region"),
        (" 1482 ", "Kungälv", "kommun"),
    ],
)
def test_by_code(code: str, name: str, kind: str) -> None:
    org = ref.by_code(code)
    assert org is not None
    assert (org.name, org.kind) == (name, kind)


@pytest.mark.parametrize("code", ["", "0000", "1482x", "482", "0014", "99", "02", None, 1482])
def test_by_code_unknown(code) -> None:
    assert ref.by_code(code) is None


@pytest.mark.parametrize(
    ("host", "code"),
    [
        ("www.kungalv.se", "1482"),
        ("kungalv.se", "1482"),
        ("KUNGALV.SE.", "1482"),
        ("  www.Kungalv.se  ", "1482"),
        ("www.vgregion.se", "14"),
        ("start.stockholm", "0180"),
        ("stockholm.se", "0180"),  # host alias (e-mail / former web domain)
        ("utveckling.skane.se", "12"),
        ("kommun.varnamo.se", "0683"),
        ("www.kommun.varnamo.se", "0683"),
        ("kommun.falkenberg.se", "1382"),
        ("gotland.se", "0980"),  # Region Gotland is both; the municipality wins
        ("www.gotland.se", "0980"),
        ("habo.se", "0305"),  # habo.se is Håbo
        ("habokommun.se", "0643"),  # Habo
        ("www.regionjh.se", "23"),
        ("rvn.se", "22"),
        ("https://www.goteborg.se/wps/portal/start?x=1", "1480"),
        ("http://www.sandviken.se:8080/", "2181"),
        ("dalsed.se", "1438"),
        ("falun.se", "2080"),
        ("sll.se", "01"),
    ],
)
def test_organisation_for_host(host: str, code: str) -> None:
    org = ref.organisation_for_host(host)
    assert org is not None, host
    assert org.code == code


@pytest.mark.parametrize(
    "host",
    ["", "example.com", "se", ".se", "notkungalv.se", "kungalv.se.example.com", "skane.com",
     "vgregion.se.evil.org", "http://", "x:y:z", "http://[::1]/", None, 42],
)
def test_organisation_for_host_unknown(host) -> None:
    assert ref.organisation_for_host(host) is None


def test_every_registered_host_maps_to_its_owner() -> None:
    for m in ref.municipalities():
        assert ref.organisation_for_host("www." + m.website) == m
    for r in ref.regions():
        org = ref.organisation_for_host(r.website)
        assert org is not None
        if r.code == "09":
            assert org.code == "0980"
        else:
            assert org == r


def test_county_names() -> None:
    names = ref.county_names()
    assert names["14"] == "Västra Götalands län"
    assert names["01"] == "Stockholms län"
    assert len(names) == 21
