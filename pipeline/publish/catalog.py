"""``catalog.rdf``: the release as a DCAT-AP-SE catalogue (RDF/XML) that Sveriges dataportal can harvest.

One ``dcat:Catalog`` with one ``dcat:Dataset`` and a ``dcat:Distribution`` per published data file (the list in
``files.py``: format from the EU file-type table or, where that has no entry, the IANA media type; byte size;
SHA-256 as ``spdx:checksum``; licence CC0 1.0). Every node has an absolute IRI under ``base_url`` — catalogue,
dataset, distributions, publisher, contact point, period of time, provenance and even the checksums — so the
file has no blank nodes (the portal's harvesting rules forbid them for the main classes).

The IRIs are stable across releases (``<base>catalog.rdf#dataset``, ``…#distribution-projects.parquet``), and the
download URLs are the stable paths (``<base>projects.parquet``), so the portal sees one dataset that is updated.
Linked vocabulary terms (licence, languages, theme, media types …) are typed with the class DCAT-AP 3.0.1 expects
of them, because its SHACL range shapes check the types without inference.

Validated in the tests with pySHACL against the official DCAT-AP 3.0.1 shapes in ``../shared/validators/``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from pipeline.publish.files import FILES, PublishedFile
from pipeline.publish.formats import HOMEPAGE, sha256_of
from schemas.project import LICENSE_URL, SCHEMA_VERSION

BASE_URL = "https://github.com/socinv/socinv/raw/main/datasets/"
PUBLISHER_NAME = "socinv contributors"
# The portal wants an e-mail address for the contact point. Set the project's real address here before
# registering the catalogue on admin.dataportal.se.
CONTACT_EMAIL = "socinv@example.org"
CONTACT_URL = f"{HOMEPAGE}/issues"
# dcterms:identifier: the portal deduplicates datasets across catalogues by a UUID here first.
DATASET_UUID = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{HOMEPAGE}#sociala-investeringar"))

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
EU = "http://publications.europa.eu/resource/authority/"
FILE_TYPE = EU + "file-type/"
IANA = "https://www.iana.org/assignments/media-types/"
THEME_SCHEME = URIRef(EU + "data-theme")
THEME_SOCI = URIRef(EU + "data-theme/SOCI")
SWEDEN = URIRef(EU + "country/SWE")
LANGUAGES = (URIRef(EU + "language/SWE"), URIRef(EU + "language/ENG"))
PUBLIC = URIRef(EU + "access-right/PUBLIC")
STABLE = URIRef(EU + "planned-availability/STABLE")
LICENSE = URIRef(LICENSE_URL)

TITLE = {"sv": "Sociala investeringar i Sveriges kommuner och regioner",
         "en": "Social investment projects of Swedish municipalities and regions"}
DESCRIPTION = {
    "sv": "Projekt som Sveriges kommuner och regioner finansierar som sociala investeringar (ofta ur en "
          "socialinvesteringsfond): namn, organisationer, samverkansparter, syfte, målgrupp med åldrar och "
          "årskurser, period, budget, bemanning och status. Uppgifterna hämtas automatiskt från kommunernas och "
          "regionernas webbsidor; varje värde har sidan och textutdraget det kommer från.",
    "en": "Projects that Swedish municipalities and regions fund as social investments (sociala investeringar, "
          "often from a social investment fund): name, organisations, partners, purpose, target group with ages "
          "and school years, period, budget, staffing and status. Extracted automatically from the municipalities' "
          "and regions' web pages; every value keeps the page and text snippet it came from.",
}
CATALOG_TITLE = {"sv": "socinv: öppna data om sociala investeringar", "en": "socinv: open data on social investment"}
CATALOG_DESCRIPTION = {
    "sv": "Katalog över datamängder som socinv publicerar om sociala investeringar i Sveriges kommuner och regioner.",
    "en": "Catalogue of the datasets socinv publishes on social investment in Swedish municipalities and regions.",
}
KEYWORDS = {"sv": ("sociala investeringar", "socialinvesteringsfond", "förebyggande arbete", "kommuner", "regioner"),
            "en": ("social investment", "prevention", "municipalities", "regions", "Sweden")}
PROVENANCE = {
    "sv": "Insamlat av socinv: webbsidor hämtas med en sökrobot som följer robots.txt, projekt extraheras med "
          "regler (docs/extraction-rules.md), dubbletter slås ihop, och varje release valideras innan den publiceras.",
    "en": "Collected by socinv: web pages are fetched by a crawler that obeys robots.txt, projects are extracted by "
          "rules (docs/extraction-rules.md), duplicates are merged, and each release is validated before publishing.",
}


def normalise_base_url(base_url: str) -> str:
    """An absolute http(s) URL ending in '/'."""
    if not base_url.startswith(("http://", "https://")):
        raise ValueError(f"base_url must be an absolute http(s) URL, got {base_url!r}")
    return base_url if base_url.endswith("/") else base_url + "/"


def _lang(g: Graph, s: URIRef, p: URIRef, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        g.add((s, p, Literal(text, lang=lang)))


def _datetime(value: dt.datetime) -> Literal:
    value = value.astimezone(dt.timezone.utc).replace(microsecond=0)
    return Literal(value.isoformat().replace("+00:00", "Z"), datatype=XSD.dateTime)


def _format_iri(spec: PublishedFile) -> URIRef:
    return URIRef(FILE_TYPE + spec.eu_filetype) if spec.eu_filetype else URIRef(IANA + spec.mediatype)


def catalog_graph(release_dir: Path, release: str, *, modified: dt.datetime, issued: dt.date | None = None,
                  temporal: tuple[dt.date | None, dt.date | None] = (None, None),
                  files: tuple[PublishedFile, ...] = FILES, base_url: str = BASE_URL,
                  homepage: str = HOMEPAGE, contact_email: str = CONTACT_EMAIL) -> Graph:
    """The catalogue of one release; the files in ``files`` that exist in ``release_dir`` become distributions."""
    base = normalise_base_url(base_url)
    doc = base + "catalog.rdf#"
    g = Graph()
    for prefix, ns in (("dcat", DCAT), ("dcterms", DCTERMS), ("foaf", FOAF), ("vcard", VCARD), ("spdx", SPDX),
                       ("skos", SKOS), ("dcatap", DCATAP)):
        g.bind(prefix, ns)
    catalog, dataset = URIRef(doc + "catalog"), URIRef(doc + "dataset")
    publisher, contact = URIRef(doc + "publisher"), URIRef(doc + "contact")
    home = URIRef(homepage)
    issued = issued or modified.date()

    # Linked terms, typed as DCAT-AP 3.0.1's range shapes expect (no inference is assumed).
    g.add((LICENSE, RDF.type, DCTERMS.LicenseDocument))
    for lang in LANGUAGES:
        g.add((lang, RDF.type, DCTERMS.LinguisticSystem))
    g.add((SWEDEN, RDF.type, DCTERMS.Location))
    g.add((SWEDEN, SKOS.prefLabel, Literal("Sverige", lang="sv")))
    g.add((SWEDEN, SKOS.prefLabel, Literal("Sweden", lang="en")))
    g.add((THEME_SCHEME, RDF.type, SKOS.ConceptScheme))
    g.add((THEME_SCHEME, DCTERMS.title, Literal("Data theme", lang="en")))
    g.add((THEME_SOCI, RDF.type, SKOS.Concept))
    g.add((THEME_SOCI, SKOS.inScheme, THEME_SCHEME))
    g.add((THEME_SOCI, SKOS.prefLabel, Literal("Befolkning och samhälle", lang="sv")))
    g.add((THEME_SOCI, SKOS.prefLabel, Literal("Population and society", lang="en")))
    g.add((PUBLIC, RDF.type, DCTERMS.RightsStatement))
    g.add((STABLE, RDF.type, SKOS.Concept))
    g.add((STABLE, SKOS.prefLabel, Literal("stable", lang="en")))
    g.add((home, RDF.type, FOAF.Document))

    g.add((publisher, RDF.type, FOAF.Agent))
    g.add((publisher, RDF.type, FOAF.Organization))
    g.add((publisher, FOAF.name, Literal(PUBLISHER_NAME)))
    g.add((publisher, FOAF.homepage, home))

    g.add((contact, RDF.type, VCARD.Organization))
    g.add((contact, RDF.type, VCARD.Kind))
    g.add((contact, VCARD.fn, Literal(PUBLISHER_NAME)))
    g.add((contact, VCARD.hasEmail, URIRef("mailto:" + contact_email)))
    g.add((contact, VCARD.hasURL, URIRef(CONTACT_URL)))

    g.add((catalog, RDF.type, DCAT.Catalog))
    _lang(g, catalog, DCTERMS.title, CATALOG_TITLE)
    _lang(g, catalog, DCTERMS.description, CATALOG_DESCRIPTION)
    g.add((catalog, DCTERMS.publisher, publisher))
    g.add((catalog, DCTERMS.license, LICENSE))
    g.add((catalog, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    g.add((catalog, DCTERMS.modified, _datetime(modified)))
    for lang in LANGUAGES:
        g.add((catalog, DCTERMS.language, lang))
    g.add((catalog, FOAF.homepage, home))
    g.add((catalog, DCTERMS.spatial, SWEDEN))
    g.add((catalog, DCAT.themeTaxonomy, THEME_SCHEME))
    g.add((catalog, DCAT.dataset, dataset))

    g.add((dataset, RDF.type, DCAT.Dataset))
    _lang(g, dataset, DCTERMS.title, TITLE)
    _lang(g, dataset, DCTERMS.description, DESCRIPTION)
    g.add((dataset, DCTERMS.identifier, Literal(DATASET_UUID)))
    g.add((dataset, DCTERMS.publisher, publisher))
    g.add((dataset, DCTERMS.creator, publisher))
    g.add((dataset, DCAT.contactPoint, contact))
    for lang, words in KEYWORDS.items():
        for w in words:
            g.add((dataset, DCAT.keyword, Literal(w, lang=lang)))
    g.add((dataset, DCAT.theme, THEME_SOCI))
    g.add((dataset, DCTERMS.spatial, SWEDEN))
    for lang in LANGUAGES:
        g.add((dataset, DCTERMS.language, lang))
    g.add((dataset, DCTERMS.accessRights, PUBLIC))
    g.add((dataset, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    g.add((dataset, DCTERMS.modified, _datetime(modified)))
    g.add((dataset, URIRef(str(DCAT) + "version"), Literal(release)))
    g.add((dataset, DCAT.landingPage, home))
    changelog = URIRef(base + "CHANGELOG.md")
    g.add((changelog, RDF.type, FOAF.Document))
    g.add((dataset, FOAF.page, changelog))
    schema_doc = URIRef(f"{homepage}/blob/main/schemas/project.py")
    g.add((schema_doc, RDF.type, DCTERMS.Standard))
    g.add((schema_doc, DCTERMS.title, Literal(f"socinv project schema {SCHEMA_VERSION}", lang="en")))
    g.add((dataset, DCTERMS.conformsTo, schema_doc))
    provenance = URIRef(doc + "provenance")
    g.add((provenance, RDF.type, DCTERMS.ProvenanceStatement))
    _lang(g, provenance, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), PROVENANCE)
    g.add((dataset, DCTERMS.provenance, provenance))
    start, end = temporal
    if start or end:
        period = URIRef(doc + "temporal")
        g.add((period, RDF.type, DCTERMS.PeriodOfTime))
        if start:
            g.add((period, DCAT.startDate, Literal(start, datatype=XSD.date)))
        if end:
            g.add((period, DCAT.endDate, Literal(end, datatype=XSD.date)))
        g.add((dataset, DCTERMS.temporal, period))

    for spec in files:
        path = Path(release_dir) / spec.name
        if not spec.in_catalog or not path.exists():
            continue
        dist = URIRef(f"{doc}distribution-{spec.name}")
        url = URIRef(base + spec.name)
        fmt, media = _format_iri(spec), URIRef(IANA + spec.mediatype)
        g.add((fmt, RDF.type, DCTERMS.MediaTypeOrExtent))
        g.add((media, RDF.type, DCTERMS.MediaType))
        g.add((dataset, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        _lang(g, dist, DCTERMS.title, {"sv": spec.name, "en": spec.name})
        _lang(g, dist, DCTERMS.description, {"sv": spec.sv, "en": spec.en})
        g.add((dist, DCAT.accessURL, url))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCTERMS.format, fmt))
        g.add((dist, DCAT.mediaType, media))
        g.add((dist, DCAT.byteSize, Literal(path.stat().st_size, datatype=XSD.nonNegativeInteger)))
        g.add((dist, DCTERMS.license, LICENSE))
        g.add((dist, DCTERMS.modified, _datetime(modified)))
        g.add((dist, DCATAP.availability, STABLE))
        checksum = URIRef(f"{doc}checksum-{spec.name}")
        g.add((dist, SPDX.checksum, checksum))
        g.add((checksum, RDF.type, SPDX.Checksum))
        g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
        g.add((checksum, SPDX.checksumValue, Literal(sha256_of(path), datatype=XSD.hexBinary)))
    g.add((SPDX.checksumAlgorithm_sha256, RDF.type, SPDX.ChecksumAlgorithm))
    return g


def write_catalog(path: Path, graph: Graph) -> None:
    Path(path).write_bytes(graph.serialize(format="pretty-xml", encoding="utf-8"))
