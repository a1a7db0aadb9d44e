"""The facts-document adapter: JSON as ``reportgen parse`` writes it.

Errors point at the problem: bad JSON gives the line and column (E021), a schema
problem gives the field path, e.g. ``facts.json: sessions[0].results[1].position:
Input should be greater than or equal to 1`` (E020).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import ReportgenError
from ..model import FactsDocument
from ..textio import decode


def field_path(loc: tuple[Any, ...]) -> str:
    """pydantic's ``('sessions', 0, 'results', 1, 'position')`` -> ``sessions[0].results[1].position``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(document)"


def validation_detail(err: ValidationError, limit: int = 5) -> str:
    """The first ``limit`` problems of a validation error, each with its field path."""
    errors = err.errors(include_url=False)
    lines = [f"{field_path(tuple(e['loc']))}: {e['msg']}" for e in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"... and {len(errors) - limit} more")
    return "; ".join(lines)


def json_object(data: bytes, name: str) -> Any:
    """Decode and parse JSON bytes; E021 with line/column when it is not JSON."""
    text = decode(data, path=name).text
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ReportgenError("E021", path=name, line=e.lineno, col=e.colno, detail=e.msg) from e


def facts_from_object(obj: Any, name: str) -> FactsDocument:
    """Validate a parsed JSON value as a facts document (E020 with field paths)."""
    if not isinstance(obj, dict):
        raise ReportgenError("E020", path=name, detail=f"expected a JSON object, found {type(obj).__name__}")
    try:
        return FactsDocument.model_validate(obj)
    except ValidationError as e:
        # One line per field keeps the message short; the first problem is usually the cause.
        raise ReportgenError("E020", path=name, detail=validation_detail(e)) from None


class FactsJsonAdapter:
    """Reads ``*.json`` facts documents (any JSON file not claimed by an earlier adapter)."""

    name = "facts"

    def claims(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")

    def load(self, path: Path) -> FactsDocument:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ReportgenError("E004", path=path.name, detail=e.strerror or str(e)) from e
        return facts_from_object(json_object(data, path.name), path.name)
