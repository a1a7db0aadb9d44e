"""The pipeline's tokenizer tokenizes each new chunk on its own first, so that spaCy
caches it (see pipeline.KeepText): the tokens must be exactly those of the same
tokenizer without that step, whatever the cache holds (corpus texts, then generated
texts full of special cases, abbreviations and line breaks; a fixed seed)."""

from __future__ import annotations

import random
from pathlib import Path

import spacy

from reportgen.parser.lexmatch import add_tokenizer_exceptions
from reportgen.parser.pipeline import KeepText

ROOT = Path(__file__).resolve().parent.parent


def _signature(doc) -> list[tuple]:
    return [(t.text, t.idx, t.whitespace_, t.norm_, t.lower_, t.is_space, t.is_punct, t.like_num)
            for t in doc]


def _plain_tokenizer():
    nlp = spacy.blank("sv")
    add_tokenizer_exceptions(nlp)
    return nlp.tokenizer


def test_cached_chunks_give_the_same_tokens() -> None:
    plain = _plain_tokenizer()
    taught = KeepText(_plain_tokenizer())
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpus/*/release.txt"))]
    rnd = random.Random(7)
    pieces = [*list(plain.rules)[:120], "pga.", "bl.a.", "Berg.", "(SWE)", "1:30", "8)", ":3", "t.ex.",
              "24-åringen.", "\n", "\n\n", " ", "  ", "\t", "Anna", "'", "''", "–", "-", "(", ")", ".",
              ",", "65 p.", "kl.", "nr.", "#27", "https://x.se/a.b", "Deltävling", "1.", "2:a"]
    blanks = ["", " ", " ", "\n", "  "]
    texts += ["".join(rnd.choice(pieces) + rnd.choice(blanks) for _ in range(rnd.randint(1, 25)))
              for _ in range(400)]
    for _round in range(2):  # the second time every chunk is taught already
        for text in texts:
            doc = taught(text)
            assert _signature(doc) == _signature(plain(text)), text[:80]
            assert doc.user_data["reportgen_text"] == text
