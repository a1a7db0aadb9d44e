"""Mark every lexicon surface form in the Doc (PhraseMatcher) as doc.spans['rg_lex'], label = concept ID."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("reportgen_lexicon", assigns=['doc.spans'], requires=["doc._.rg"])
def make_lexmatch(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return doc  # TODO: not implemented yet

    return component
