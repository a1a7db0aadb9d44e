"""Event (series, season, round, circuit, country, dates) and title."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("reportgen_event", assigns=['doc._.rg'], requires=["doc._.rg"])
def make_event(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return doc  # TODO: not implemented yet

    return component
