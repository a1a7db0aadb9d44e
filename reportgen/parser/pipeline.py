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
from .lexmatch import add_tokenizer_exceptions
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
        doc._.rg = ParseState(text=doc.text, paragraphs=lines(doc.text))
        return doc

    return component


def build_nlp() -> Language:
    nlp = spacy.blank("sv")
    add_tokenizer_exceptions(nlp)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
