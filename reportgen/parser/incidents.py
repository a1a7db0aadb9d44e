"""Incidents (technical, crash, safety car, penalty...) linked to session and driver."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("reportgen_incidents", assigns=['doc._.rg'], requires=["doc._.rg"])
def make_incidents(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return doc  # TODO: not implemented yet

    return component
