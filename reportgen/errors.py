"""Error messages in one place, with codes (after spaCy's ``errors.py``).

Raise ``ReportgenError("E001", path=...)``; the message says what is wrong and where.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # input text
    "E001": "{path}: the text is empty (or only whitespace); nothing to parse",
    "E002": "{path}: this looks like binary data, not text ({detail})",
    "E003": "{path}: cannot decode the text: {detail}",
    "E004": "{path}: cannot read: {detail}",
    # lexical data
    "E010": "no data file {name!r} for language {lang!r}",
    "E011": "invalid language data in {file}: {detail}",
    "E012": "no language data for {lang!r}",
    # facts documents and results files
    "E020": "{path}: not a valid facts document: {detail}",
    "E021": "{path}: not valid JSON (line {line}, column {col}): {detail}",
    "E022": "{path}, line {line}: {detail}",
    "E023": "{path}: {detail}",
    # rendering
    "E030": "unknown language {lang!r}; choose one of {choices}",
    "E031": "unknown kind {kind!r}; choose one of {choices}",
    "E032": "unknown format {fmt!r}; choose one of {choices}",
    "E033": "template error in {name}: {detail}",
    # evaluation
    "E040": "{path}: no corpus documents found (expected <id>/release.txt with <id>/expected.json)",
}


class ReportgenError(Exception):
    """An error a user can act on: a code and a message naming what and where."""

    def __init__(self, code: str, **fields: object):
        self.code = code
        self.fields = fields
        super().__init__(f"[{code}] " + MESSAGES[code].format(**fields))
