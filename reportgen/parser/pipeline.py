"""Build the parsing pipeline: blank Swedish + tokenizer exceptions + reportgen_* components.

Component order matters: quotes and standings run before results so that results
prose inside quotes and standings tables is not misread as session results.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the modules registers their factories with spaCy.
from . import event, finalize, incidents, lexmatch, links, names, quotes, results, standings  # noqa: F401
from .lexmatch import add_tokenizer_exceptions
from .state import ParseState
from .textutil import alternation, lines

if not Doc.has_extension("rg"):
    Doc.set_extension("rg", default=None)

COMPONENTS: list[str] = [
    "reportgen_state",
    "reportgen_lexicon",
    "reportgen_names",
    "reportgen_quotes",
    "reportgen_standings",
    "reportgen_event",
    "reportgen_results",
    "reportgen_incidents",
    "reportgen_links",
    "reportgen_finalize",
]


@Language.factory("reportgen_state", assigns=["doc._.rg"])
def make_state(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        # the source text as given: Doc.text rebuilds it token by token, which costs
        # as much as tokenizing
        text = doc.user_data.get(TEXT_KEY)
        if text is None or (len(doc) and len(text) != doc[-1].idx + len(doc[-1].text_with_ws)):
            text = doc.text
        doc._.rg = ParseState(text=text, paragraphs=lines(text))
        return doc

    return component


TEXT_KEY = "reportgen_text"


class KeepText:
    """Tokenizer wrapper that keeps the input string on the Doc (``user_data``), and
    fills spaCy's tokenization cache with the text's words first.

    spaCy caches how each whitespace-separated chunk splits into tokens, but stops
    caching for the rest of a Doc once a special case has been used in it, and the
    whitespace special cases ("\\n") are used at the first line break: so almost every
    chunk was split again (prefix, suffix and infix regexes) in every text. Each chunk
    seen for the first time is therefore tokenized on its own first (those of them that
    hold no special-case string in one call, the others one by one), which caches it
    the way spaCy caches any chunk of a Doc without special cases: the tokens are the
    same, the cache only saves the splitting.
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self._taught: set[str] = set()  # chunks already tokenized on their own
        self._special: re.Pattern[str] | None = None

    def __call__(self, text: str) -> Doc:
        self._teach(text)
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def add_special_case(self, string, substrings) -> None:
        self.tokenizer.add_special_case(string, substrings)  # (this empties spaCy's cache)
        self._taught.clear()
        self._special = None

    def _teach(self, text: str) -> None:
        chunks = text.split()
        if self._taught.issuperset(chunks) or len(self._taught) >= self.tokenizer.max_cache_size:
            return  # (spaCy's cache takes no more chunks than that either)
        new = set(chunks).difference(self._taught)
        self._taught.update(new)
        if self._special is None:
            # special-case strings a chunk may hold (chunks hold no whitespace)
            keys = [k for k in (self.tokenizer.rules or {}) if k and not any(c.isspace() for c in k)]
            self._special = re.compile(alternation(keys, ignorecase=False) if keys else r"(?!)")
        special = self._special
        plain = sorted(c for c in new if not special.search(c))
        if plain:
            self.tokenizer(" ".join(plain))  # no special case in it: every chunk is cached
        for chunk in sorted(new.difference(plain)):
            self.tokenizer(chunk)  # cached unless tokenizing it uses a special case

    def __getattr__(self, name: str):
        # add_special_case, suffix_search, pipe... go to the wrapped tokenizer
        return getattr(self.tokenizer, name)


def build_nlp() -> Language:
    nlp = spacy.blank("sv")
    add_tokenizer_exceptions(nlp)
    nlp.tokenizer = KeepText(nlp.tokenizer)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
