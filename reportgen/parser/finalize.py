"""Merge and clean the state: participants from all facts, dedupe, session order."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("reportgen_finalize", assigns=['doc._.rg'], requires=["doc._.rg"])
def make_finalize(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return doc  # TODO: not implemented yet

    return component
