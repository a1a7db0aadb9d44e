"""The words the renderer writes, per language, read once from ``reportgen/lang/<lang>/``.

The renderer never spells a word itself. Swedish display forms come first from the
parser's data (``ordinals.json``, ``sessions.json``, ``demonyms.json``,
``incidents.json``: the first form of a concept is its display form), then from the
render-only file ``render_words.json`` for what the parser has no use for (plural
forms of counted nouns, definite plural session nouns). English has its own files.

A missing word is not an error: callers get ``None`` and fall back to a plainer
form (a digit ordinal instead of "tvåa", the bare name instead of "dansken"), so a
language data file that is still being written never breaks a render.
"""

from __future__ import annotations

from functools import cache

from ..errors import ReportgenError
from ..lexicon import LexEntry, load


class Vocab:
    """Concept -> display forms for one language, merged from its data files."""

    def __init__(self, lang: str):
        self.lang = lang
        try:
            lex = load(lang)
        except ReportgenError:
            lex = None
        self._forms: dict[str, tuple[str, ...]] = {}
        self._details: dict[str, str] = {}
        if lex is None:
            return
        # Later files must not override the parser's own display forms, so read the
        # render-only files first and let the shared files win.
        stems = sorted(lex.files, key=lambda s: (not s.startswith("render_"), s))
        for stem in stems:
            for e in lex.entries(stem):
                if e.forms:
                    self._forms[e.concept] = e.forms
                if stem == "incidents":
                    self._add_detail(e)

    def _add_detail(self, e: LexEntry) -> None:
        # incidents.json: value is the English detail ("fuel pump"), first form the
        # Swedish noun phrase ("bränslepumpen").
        if isinstance(e.value, str) and e.forms and e.value not in self._details:
            self._details[e.value] = e.forms[0]

    def form(self, concept: str, index: int = 0) -> str | None:
        """The ``index``-th form of ``concept``, or None when the data lacks it."""
        forms = self._forms.get(concept)
        if not forms or index >= len(forms):
            return None
        return forms[index]

    def forms(self, concept: str) -> tuple[str, ...]:
        """All forms of ``concept`` (empty when the data lacks it)."""
        return self._forms.get(concept, ())

    def first(self, *concepts: str, index: int = 0) -> str | None:
        """The form of the first concept the data has."""
        for c in concepts:
            f = self.form(c, index)
            if f is not None:
                return f
        return None

    def detail(self, english: str | None) -> str | None:
        """The display form of an incident detail: English as is, else from incidents.json."""
        if english is None:
            return None
        if self.lang == "en":
            return english
        return self._details.get(english)


@cache
def vocab(lang: str) -> Vocab:
    """The cached vocabulary of ``lang``."""
    return Vocab(lang)
