"""reportgen: Swedish motorsport press releases -> facts -> Swedish/English reports.

Public API::

    import reportgen
    doc = reportgen.parse(text)                       # FactsDocument
    text = reportgen.render(doc, lang="en", kind="report")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .model import FactsDocument

__all__ = ["parse", "parse_file", "render", "FactsDocument", "__version__"]


def parse(text: str, *, path: str | None = None, encoding: str | None = None) -> FactsDocument:
    """Parse a Swedish press text into a facts document (see :mod:`reportgen.parser`)."""
    from .parser import parse as _parse

    return _parse(text, path=path, encoding=encoding)


def parse_file(path: str) -> FactsDocument:
    """Read (decoding UTF-8/BOM/cp1252/Latin-1) and parse one file; '-' is stdin."""
    from .textio import read_text

    decoded = read_text(path)
    return parse(decoded.text, path=None if path == "-" else path, encoding=decoded.encoding)


def render(facts, *, lang: str = "sv", kind: str = "report", fmt: str = "text",
           seed: int = 0, templates: str | None = None) -> str:
    """Render a facts document (model or dict) as a report or results summary."""
    from .render import render as _render

    return _render(facts, lang=lang, kind=kind, fmt=fmt, seed=seed, templates=templates)


def __getattr__(name: str):
    if name == "FactsDocument":
        from .model import FactsDocument

        return FactsDocument
    raise AttributeError(name)
