"""Browsers' one-file saves of a page, read by ``socinv extract`` (pipeline/extract/input.py): MHTML with its HTML
part base64-encoded or quoted-printable in any charset, the address from Content-Location or Snapshot-Content-Location,
and Safari's webarchive with or without its encoding name. Written independently of tests/heldout_saved1."""

from __future__ import annotations

import base64
import plistlib

import pytest

from pipeline.extract.input import read_saved_page

PAGE = ("<html><head><title>Läxhjälp</title></head><body><main><h1>Läxhjälp på biblioteket</h1>"
        "<p>Läxhjälpen vänder sig till elever i årskurs 4–9.</p></main></body></html>")


def _mhtml(part_headers: str, payload: bytes, top: str = "") -> bytes:
    return (f"From: <Saved by Blink>\r\n{top}MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n"
            "------MultipartBoundary--abc\r\n").encode() + part_headers.encode() + b"\r\n\r\n" + payload + (
        b"\r\n------MultipartBoundary--abc\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"iVBORw0KGgo=\r\n------MultipartBoundary--abc--\r\n")


def test_mhtml_with_a_base64_part_in_windows_1252(tmp_path):
    payload = base64.encodebytes(PAGE.encode("cp1252"))
    path = tmp_path / "sida.mht"
    path.write_bytes(_mhtml("Content-Type: text/html; charset=\"windows-1252\"\r\nContent-Transfer-Encoding: base64\r\n"
                            "Content-Location: https://www.ockelbo.se/laxhjalp", payload))
    body, url, ctype = read_saved_page(path)
    assert "Läxhjälp på biblioteket" in body.decode("utf-8") and "4–9" in body.decode("utf-8")
    assert url == "https://www.ockelbo.se/laxhjalp" and ctype.startswith("text/html")


def test_mhtml_with_the_address_only_in_the_header_and_the_url_option_winning(tmp_path):
    import quopri

    payload = quopri.encodestring(PAGE.encode("utf-8"))
    path = tmp_path / "sida.mhtml"
    path.write_bytes(_mhtml("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable", payload,
                            top="Snapshot-Content-Location: https://www.ockelbo.se/a\r\n"))
    body, url, _ = read_saved_page(path)
    assert "årskurs" in body.decode("utf-8") and "=C3" not in body.decode("utf-8")
    assert url == "https://www.ockelbo.se/a"
    assert read_saved_page(path, "https://x.se/b")[1] == "https://x.se/b"


@pytest.mark.parametrize("encoding, name", [("utf-8", None), ("cp1252", "ISO-8859-1"), ("utf-16", "UTF-16")])
def test_a_webarchive_in_any_encoding(tmp_path, encoding, name):
    main = {"WebResourceData": PAGE.encode(encoding), "WebResourceMIMEType": "text/html",
            "WebResourceURL": "https://www.ockelbo.se/laxhjalp"}
    if name:
        main["WebResourceTextEncodingName"] = name
    path = tmp_path / "sida.webarchive"
    path.write_bytes(plistlib.dumps({"WebMainResource": main}, fmt=plistlib.FMT_BINARY))
    body, url, _ = read_saved_page(path)
    assert "Läxhjälp på biblioteket" in body.decode("utf-8") and url == "https://www.ockelbo.se/laxhjalp"


def test_a_webarchive_without_a_page_is_refused_as_binary(tmp_path):
    path = tmp_path / "tom.webarchive"
    path.write_bytes(plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY))
    with pytest.raises(ValueError):
        read_saved_page(path)
