"""Quotes: dash-led paragraphs and quotation marks, attribution by speech verbs; fills state.quotes and state.quote_spans."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("reportgen_quotes", assigns=['doc._.rg'], requires=["doc._.rg"])
def make_quotes(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return doc  # TODO: not implemented yet

    return component
