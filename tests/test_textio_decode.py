"""Decoding of press texts: encodings recorded, binary and empty input refused."""

from __future__ import annotations

import codecs

import pytest

from reportgen.errors import ReportgenError
from reportgen.textio import decode

SAMPLE = "Jessica Bäckman kvalade in som 2:a på lördagen – ”härligt”, säger hon.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("cp1252"), "cp1252"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16"),
    ],
)
def test_textio_decodes_and_records_encoding(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == SAMPLE
    assert decoded.encoding == encoding


def test_textio_latin1_bytes_undefined_in_cp1252() -> None:
    # 0x81 is undefined in cp1252; Latin-1 maps every byte, so the text still decodes.
    data = "Bäckman".encode("latin-1") + b"\x81"
    decoded = decode(data)
    assert decoded.encoding == "latin-1"
    assert decoded.text.startswith("Bäckman")


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00" * 20, bytes(range(0, 32)) * 30])
def test_textio_refuses_binary(data: bytes) -> None:
    with pytest.raises(ReportgenError) as e:
        decode(data, path="photo.jpg")
    assert e.value.code == "E002"
    assert "photo.jpg" in str(e.value)
