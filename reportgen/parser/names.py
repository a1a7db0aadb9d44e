"""Find person names, fill state.people (mentions, full names, gender) and participants."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("reportgen_names", assigns=['doc._.rg'], requires=["doc._.rg"])
def make_names(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return doc  # TODO: not implemented yet

    return component
