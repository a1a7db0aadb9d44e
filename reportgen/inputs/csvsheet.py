"""Reading one CSV classification sheet: separator, header row, rows with line spans.

Timing exports differ in small ways: ``;`` (Swedish Excel, where ``,`` is the
decimal mark) or ``,`` or tab separators, a BOM, a title line above the header.
The header row is the first line (of the first few) that names a driver column;
columns are recognised by :mod:`.vocabulary`; unknown columns are ignored.

Each row keeps its physical line number and the character span of its line(s) in
the decoded text, so a result's evidence points at the sheet line it came from.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReportgenError
from ..textio import decode
from . import vocabulary

_HEADER_SEARCH_LINES = 10
_SEPARATORS = (";", ",", "\t")


@dataclass
class SheetRow:
    """One data row: its fields by name (``"driver"``, ``"position"``...) and where it is."""

    line: int
    start: int
    end: int
    cells: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str:
        return self.cells.get(name, "").strip()


@dataclass
class Sheet:
    """A decoded sheet: its name (for messages and evidence), text, columns and rows."""

    name: str
    text: str
    encoding: str
    columns: list[str | None]
    rows: list[SheetRow]

    def has(self, name: str) -> bool:
        return name in self.columns


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every physical line, end excluding the line break."""
    spans, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(raw)
    return spans


def sniff_separator(line: str) -> str:
    """The separator a header line uses: the most frequent of ``;`` ``,`` tab (``,`` on a tie)."""
    counts = {sep: line.count(sep) for sep in _SEPARATORS}
    best = max(counts, key=lambda s: (counts[s], s == ","))
    return best if counts[best] else ","


def read_sheet(path: Path, keys: tuple[str, ...] = ("driver",)) -> Sheet:
    """Read and split a CSV sheet (E004 unreadable, E023 no header row).

    ``keys``: fields of which the header row must name at least one.
    """
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReportgenError("E004", path=name, detail=e.strerror or str(e)) from e
    decoded = decode(data, path=name)
    return parse_sheet(decoded.text, name, decoded.encoding, keys)


def parse_sheet(text: str, name: str, encoding: str = "utf-8", keys: tuple[str, ...] = ("driver",)) -> Sheet:
    """Split decoded sheet text into header columns and data rows."""
    spans = _lines(text)
    if not any(text[s:e].strip() for s, e in spans):
        raise ReportgenError("E023", path=name, detail="the sheet is empty")
    header_idx, sep, columns = _find_header(text, spans, name, keys)
    rows: list[SheetRow] = []
    consumed: list[int] = []

    def feed() -> Iterator[str]:
        for i in range(header_idx + 1, len(spans)):
            consumed.append(i)
            s, e = spans[i]
            yield text[s:e]

    reader = csv.reader(feed(), delimiter=sep, quotechar='"', skipinitialspace=True)
    mark = 0
    for cells in reader:
        # A quoted cell may run over a line break: the row spans every line it used.
        used = consumed[mark:]
        mark = len(consumed)
        if not cells or not any(c.strip() for c in cells):
            continue
        first, last = used[0], used[-1]
        row = SheetRow(line=first + 1, start=spans[first][0], end=spans[last][1])
        for col, cell in zip(columns, cells, strict=False):
            if col is not None and col not in row.cells:
                row.cells[col] = cell
        rows.append(row)
    return Sheet(name=name, text=text, encoding=encoding, columns=columns, rows=rows)


def _find_header(text: str, spans: list[tuple[int, int]], name: str,
                 keys: tuple[str, ...]) -> tuple[int, str, list[str | None]]:
    first_nonempty: str | None = None
    for i, (s, e) in enumerate(spans[:_HEADER_SEARCH_LINES]):
        line = text[s:e]
        if not line.strip():
            continue
        if first_nonempty is None:
            first_nonempty = line
        sep = sniff_separator(line)
        cells = next(csv.reader([line], delimiter=sep, skipinitialspace=True), [])
        columns = [vocabulary.column(c) for c in cells]
        if any(k in columns for k in keys):
            # Two columns may fold to one field ("Nr" and "#"); the first one wins.
            seen: set[str] = set()
            unique: list[str | None] = []
            for c in columns:
                unique.append(c if c not in seen else None)
                if c:
                    seen.add(c)
            return i, sep, unique
    found = first_nonempty.strip() if first_nonempty else ""
    raise ReportgenError(
        "E023", path=name,
        detail=f"no {' or '.join(keys)} column (a header such as Förare, Driver or Namn) in the first "
               f"{_HEADER_SEARCH_LINES} lines; the first line is {found[:80]!r}",
    )
