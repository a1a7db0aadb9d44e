"""Swedish press text -> facts document.

The parser is ``spacy.blank("sv")`` with this package's tokenizer exceptions and its
registered ``reportgen_*`` components (see :mod:`reportgen.parser.pipeline`).
"""

from __future__ import annotations

from functools import cache

from ..errors import ReportgenError
from ..model import FactsDocument


@cache
def get_nlp():
    """The parsing pipeline (built once per process)."""
    from .pipeline import build_nlp

    return build_nlp()


def parse(text: str, *, path: str | None = None, encoding: str | None = None) -> FactsDocument:
    """Parse one Swedish press text into a :class:`FactsDocument`.

    Raises ReportgenError E001 for empty or whitespace-only text. A text with no
    racing content gives a valid document with empty lists.
    """
    if not text or not text.strip():
        raise ReportgenError("E001", path=path or "<text>")
    nlp = get_nlp()
    # The blank pipeline keeps no per-token model state, so spaCy's max_length guard
    # (which protects parser/NER memory) is lifted for long texts instead of chunking,
    # which would split quotes and tables across chunk borders.
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    doc = nlp(text)
    state = doc._.rg
    state.path, state.encoding = path, encoding
    return state.to_document()
