"""datapackage.json and catalog.rdf, checked by other people's validators: Frictionless, and pySHACL with the
official DCAT-AP 3.0.1 shapes (../shared/validators/)."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns

from pipeline.publish import catalog
from pipeline.publish.coverage import coverage_rows
from pipeline.publish.files import FILES
from pipeline.publish.release import publish
from publish_helpers import NOW, make_projects, registry_dicts, source_rows_for

ROOT = Path(__file__).resolve().parents[1]
VALIDATORS = ROOT.parent / "shared" / "validators"
SHAPES = ("dcat-ap-3.0.1-SHACL.ttl", "dcat-ap-3.0.1-ranges.ttl")
# ranges.ttl (as published upstream) lists five property shapes that neither file defines; pySHACL refuses a
# shapes graph with such dangling references, so they are dropped (they constrain nothing as they stand).
DANGLING = {"dcat:DatasetShape/4918ff7a6c1c4b0eea6403dca4b992b87ee1f4ab",
            "dcat:DatasetShape/95c69c99a1e3ade043911b51b942f206dea0e68d",
            "dcat:DistributionShape/653804840386e33525b3d39d205c174780be414b",
            "dcat:DistributionShape/a07d6e7a0a1790b89a1ce7ff602cbbd9ea835282",
            "dcat:RelationshipShape/b7aa98e1befa5130659568aa62e7f38575dc17c1"}
SPDX = catalog.SPDX
VCARD = catalog.VCARD
BASE = "https://data.example.se/socinv/"


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    datasets = tmp_path_factory.mktemp("catalog") / "datasets"
    projects = make_projects(12)
    projects[0]["description"] = "=1+1"
    crawl = {"0381": {"page": 2, "candidates": 1}, "1482": {"page": 1, "candidates": 1}}
    publish(projects, datasets, now=NOW, sources=source_rows_for(projects),
            coverage=coverage_rows(registry_dicts(), crawl, projects, NOW), base_url=BASE)
    return datasets


@pytest.fixture(scope="module")
def shapes():
    missing = [n for n in SHAPES if not (VALIDATORS / n).exists()]
    if missing:
        pytest.skip(f"the official DCAT-AP shapes are not in {VALIDATORS} ({', '.join(missing)}); "
                    "they come with the shared folder next to the repository")
    g = Graph()
    for name in SHAPES:
        g.parse(VALIDATORS / name, format="turtle")
    dangling = [(s, o) for s, o in g.subject_objects(ns.SH.property) if (o, ns.SH.path, None) not in g]
    assert {str(o).split("#", 1)[1] for _, o in dangling} == DANGLING
    for s, o in dangling:
        g.remove((s, ns.SH.property, o))
    return g


def _graph(datasets: Path) -> Graph:
    return Graph().parse(datasets / "catalog.rdf", format="xml")


def _conforms(data: Graph, shapes: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    conforms, _, text = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    return conforms, text


# -- datapackage.json ------------------------------------------------------------------------------------------------

def test_datapackage_is_valid_for_frictionless(release):
    from frictionless import validate

    report = validate(str(release / "latest" / "datapackage.json"))
    assert report.valid, report.to_summary()
    dp = json.loads((release / "datapackage.json").read_text())
    assert dp["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    by_path = {r["path"]: r for r in dp["resources"]}
    assert set(by_path) == {f.name for f in FILES if f.in_datapackage}
    for path, res in by_path.items():
        data = (release / path).read_bytes()
        assert res["bytes"] == len(data) and res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert res["mediatype"]
    for name in ("projects.csv", "projects_excel.csv"):
        res = by_path[name]
        assert res["type"] == "table"
        enc = "utf-8-sig" if name.endswith("_excel.csv") else "utf-8"
        with open(release / name, encoding=enc, newline="") as fh:
            header = next(csv.reader(fh, delimiter=res["dialect"]["delimiter"]))
        assert [f["name"] for f in res["schema"]["fields"]] == header
    assert by_path["projects.parquet"]["mediatype"] == "application/vnd.apache.parquet"
    assert by_path["projects.sqlite"]["type"] == "file"


def test_frictionless_catches_a_bad_row(release, tmp_path):
    """The validation above has teeth: a value outside the schema's enum makes the package invalid."""
    from frictionless import validate

    copy = tmp_path / "dp"
    shutil.copytree(release / "latest", copy)
    text = (copy / "projects.csv").read_text(encoding="utf-8")
    (copy / "projects.csv").write_text(text.replace(",kommun,", ",county,", 1), encoding="utf-8")
    dp = json.loads((copy / "datapackage.json").read_text())
    for r in dp["resources"]:  # keep size and hash right, so only the row is wrong
        if r["path"] == "projects.csv":
            data = (copy / "projects.csv").read_bytes()
            r["bytes"], r["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    (copy / "datapackage.json").write_text(json.dumps(dp))
    report = validate(str(copy / "datapackage.json"))
    assert not report.valid
    assert "constraint-error" in {e.type for t in report.tasks for e in t.errors}


# -- catalog.rdf -----------------------------------------------------------------------------------------------------

def test_catalog_conforms_to_dcat_ap_shapes(release, shapes):
    conforms, text = _conforms(_graph(release), shapes)
    assert conforms, text


def test_the_shapes_have_teeth(release, shapes):
    """A distribution without accessURL, or a licence not typed as a LicenseDocument, does not conform."""
    g = _graph(release)
    dist = next(g.subjects(ns.RDF.type, ns.DCAT.Distribution))
    g.remove((dist, ns.DCAT.accessURL, None))
    assert not _conforms(g, shapes)[0]
    g = _graph(release)
    g.remove((URIRef(catalog.LICENSE_URL), ns.RDF.type, ns.DCTERMS.LicenseDocument))
    assert not _conforms(g, shapes)[0]


def test_catalog_has_iris_everywhere_and_describes_every_file(release):
    g = _graph(release)
    assert not [t for t in g if any(isinstance(x, BNode) for x in t)]  # no blank nodes at all
    for cls in (ns.DCAT.Catalog, ns.DCAT.Dataset, ns.DCAT.Distribution, ns.FOAF.Agent, VCARD.Organization,
                SPDX.Checksum):
        nodes = list(g.subjects(ns.RDF.type, cls))
        assert nodes and all(isinstance(n, URIRef) and str(n).startswith(("http://", "https://")) for n in nodes)
    for s, p, o in g:
        for x in (s, p, o):
            if isinstance(x, URIRef):
                assert str(x).split(":", 1)[0] in ("http", "https", "mailto"), x
    cat = next(g.subjects(ns.RDF.type, ns.DCAT.Catalog))
    ds = next(g.subjects(ns.RDF.type, ns.DCAT.Dataset))
    assert str(cat) == BASE + "catalog.rdf#catalog" and str(ds) == BASE + "catalog.rdf#dataset"
    lic = URIRef("http://creativecommons.org/publicdomain/zero/1.0/")
    assert (cat, ns.DCTERMS.license, lic) in g
    assert {o.language for o in g.objects(cat, ns.DCTERMS.title)} == {"sv", "en"}
    assert {o.language for o in g.objects(ds, ns.DCTERMS.description)} == {"sv", "en"}
    assert (ds, ns.DCAT.theme, URIRef("http://publications.europa.eu/resource/authority/data-theme/SOCI")) in g
    assert (ds, ns.DCTERMS.spatial, URIRef("http://publications.europa.eu/resource/authority/country/SWE")) in g
    assert (ds, ns.DCTERMS.identifier, Literal(catalog.DATASET_UUID)) in g
    contact = g.value(ds, ns.DCAT.contactPoint)
    assert g.value(contact, VCARD.fn) and str(g.value(contact, VCARD.hasEmail)).startswith("mailto:")
    assert g.value(g.value(ds, ns.DCTERMS.publisher), ns.FOAF.name)
    period = g.value(ds, ns.DCTERMS.temporal)
    assert g.value(period, ns.DCAT.startDate) == Literal("2024-01-01", datatype=ns.XSD.date)
    dists = {str(g.value(d, ns.DCAT.downloadURL)).removeprefix(BASE): d for d in g.objects(ds, ns.DCAT.distribution)}
    assert set(dists) == {f.name for f in FILES if f.in_catalog}
    for name, d in dists.items():
        data = (release / "latest" / name).read_bytes()
        assert g.value(d, ns.DCAT.accessURL) == URIRef(BASE + name)
        assert int(g.value(d, ns.DCAT.byteSize)) == len(data)
        assert (d, ns.DCTERMS.license, lic) in g and g.value(d, ns.DCTERMS.format) and g.value(d, ns.DCAT.mediaType)
        checksum = g.value(d, SPDX.checksum)
        assert isinstance(checksum, URIRef)
        assert g.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        assert str(g.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest()
    assert g.value(dists["projects.parquet"], ns.DCTERMS.format) == \
        URIRef("http://publications.europa.eu/resource/authority/file-type/PARQUET")
    assert g.value(dists["projects.csv"], ns.DCAT.mediaType) == \
        URIRef("https://www.iana.org/assignments/media-types/text/csv")


def test_base_url_must_be_absolute(tmp_path):
    with pytest.raises(ValueError, match="absolute"):
        publish(make_projects(1), tmp_path / "d", now=NOW, base_url="datasets/")
    assert catalog.normalise_base_url("https://x.se/data") == "https://x.se/data/"
    assert catalog.BASE_URL == "https://github.com/socinv/socinv/raw/main/datasets/"
