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


# The subpackage reportgen.render and the function reportgen.render share a name. Importing
# the subpackage here, before the function is bound, means the name ends up as the function:
# a later first import of the subpackage would otherwise rebind it to the module.
from .render import render  # noqa: E402


def __getattr__(name: str):
    if name == "FactsDocument":
        from .model import FactsDocument

        return FactsDocument
    raise AttributeError(name)
