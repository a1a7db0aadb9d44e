"""Build the parsing pipeline: blank Swedish + tokenizer exceptions + reportgen_* components."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .state import ParseState

if not Doc.has_extension("rg"):
    Doc.set_extension("rg", default=None)

COMPONENTS: list[str] = ["reportgen_state"]


@Language.factory("reportgen_state", assigns=["doc._.rg"])
def make_state(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.rg = ParseState(text=doc.text)
        return doc

    return component


def build_nlp() -> Language:
    nlp = spacy.blank("sv")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
