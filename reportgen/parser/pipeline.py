"""Build the parsing pipeline: blank Swedish + tokenizer exceptions + reportgen_* components.

Component order matters: quotes and standings run before results so that results
prose inside quotes and standings tables is not misread as session results.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the modules registers their factories with spaCy.
from . import event, finalize, incidents, lexmatch, links, names, quotes, results, standings  # noqa: F401
from .lexmatch import add_tokenizer_exceptions, keep_matched_attrs
from .state import ParseState
from .textutil import lines

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
    """Tokenizer wrapper that keeps the input string on the Doc (``user_data``).

    (spaCy caches how it split each whitespace-separated chunk, for the rest of a Doc
    until a special case is used in it: see lexmatch.add_tokenizer_exceptions for why
    the blank-character ones are gone.)
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def __getattr__(self, name: str):
        # add_special_case, suffix_search, pipe... go to the wrapped tokenizer
        return getattr(self.tokenizer, name)


def build_nlp() -> Language:
    nlp = spacy.blank("sv")
    keep_matched_attrs(nlp)
    add_tokenizer_exceptions(nlp)
    nlp.tokenizer = KeepText(nlp.tokenizer)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
