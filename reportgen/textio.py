"""Reading press texts: decoding bytes, recording the encoding, refusing binary data.

Press texts arrive as UTF-8 (with or without BOM) or as Windows-1252/Latin-1 exports
from older desktop tools. The decoded text is the one evidence offsets point into.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import ReportgenError

# Control characters that never occur in text files; NUL alone is a strong binary hint.
_BINARY_BYTES = set(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | set(range(0x10, 0x1A)) | set(range(0x1C, 0x20))


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def decode(data: bytes, path: str = "<input>") -> DecodedText:
    """Decode ``data``: UTF-8 (BOM stripped), else cp1252, else Latin-1.

    Raises ReportgenError E002 for binary data. A UTF-16 BOM is honoured too.
    """
    if data.startswith(codecs.BOM_UTF8):
        return DecodedText(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return DecodedText(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as e:
            raise ReportgenError("E003", path=path, detail=str(e)) from e
    sample = data[:8192]
    if b"\x00" in sample:
        raise ReportgenError("E002", path=path, detail="it contains NUL bytes")
    if sample:
        controls = sum(b in _BINARY_BYTES for b in sample)
        if controls / len(sample) > 0.05:
            raise ReportgenError(
                "E002", path=path, detail=f"{controls} control bytes in the first {len(sample)}"
            )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        return DecodedText(text, "cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte.
        return DecodedText(data.decode("latin-1"), "latin-1")


def read_text(path: str) -> DecodedText:
    """Read and decode a file ('-' reads standard input)."""
    import sys

    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
    except OSError as e:
        raise ReportgenError("E004", path=path, detail=e.strerror or str(e)) from e
    return decode(data, path="<stdin>" if path == "-" else path)
