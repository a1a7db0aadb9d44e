"""Sessions and each named driver's position/status, from prose and result lists."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("reportgen_results", assigns=['doc._.rg'], requires=["doc._.rg"])
def make_results(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return doc  # TODO: not implemented yet

    return component
