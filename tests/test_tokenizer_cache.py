"""The pipeline's tokenizer has no special cases for one blank character ("\\n", "\\t",
" "), so that spaCy keeps caching chunks after a line break (see
lexmatch.add_tokenizer_exceptions): the tokens must be exactly those of the same
tokenizer with them, whatever the cache holds (corpus texts, then generated texts full
of special cases, abbreviations and line breaks; a fixed seed)."""

from __future__ import annotations

import random
from pathlib import Path

import spacy
from spacy.symbols import ORTH

from reportgen.parser.lexmatch import add_tokenizer_exceptions
from reportgen.parser.pipeline import build_nlp

ROOT = Path(__file__).resolve().parent.parent


def _signature(doc) -> list[tuple]:
    # the tokens, and the lexical attributes the parser computes (lexmatch.matched_attrs)
    return [(t.text, t.idx, t.whitespace_, t.lower_, t.is_alpha, t.is_punct, t.like_num) for t in doc]


def _with_blank_cases():
    nlp = spacy.blank("sv")
    blank = {k: v for k, v in nlp.tokenizer.rules.items() if len(k) == 1 and k.isspace()}
    add_tokenizer_exceptions(nlp)
    for k, v in blank.items():
        nlp.tokenizer.add_special_case(k, v)
    return nlp.tokenizer


def test_the_blank_character_cases_are_gone() -> None:
    rules = build_nlp().tokenizer.rules
    assert not any(len(k) == 1 and k.isspace() and v == [{ORTH: k}] for k, v in rules.items())
    assert {"\n", "\t", " "} <= set(_with_blank_cases().rules)


def test_new_words_get_the_attributes_the_matchers_read() -> None:
    from spacy.attrs import IS_ALPHA, IS_PUNCT, LIKE_NUM, LOWER

    from reportgen.parser.lexmatch import matched_attrs

    assert {LOWER, IS_ALPHA, IS_PUNCT, LIKE_NUM} <= matched_attrs()
    assert set(build_nlp().vocab.lex_attr_getters) == matched_attrs()
    assert len(spacy.blank("sv").vocab.lex_attr_getters) > len(matched_attrs())  # (its own copy)


def test_cached_chunks_give_the_same_tokens() -> None:
    plain = _with_blank_cases()
    ours = build_nlp().tokenizer
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpus/*/release.txt"))]
    rnd = random.Random(7)
    pieces = [*list(plain.rules)[:120], "pga.", "bl.a.", "Berg.", "(SWE)", "1:30", "8)", ":3", "t.ex.",
              "24-åringen.", "\n", "\n\n", " ", "  ", "\t", "\xa0", "\r\n", "Anna", "'", "''", "–", "-", "(",
              ")", ".", ",", "65 p.", "kl.", "nr.", "#27", "https://x.se/a.b", "Deltävling", "1.", "2:a"]
    blanks = ["", " ", " ", "\n", "  ", "\t", " \n "]
    texts += ["".join(rnd.choice(pieces) + rnd.choice(blanks) for _ in range(rnd.randint(1, 25)))
              for _ in range(400)]
    for _round in range(2):  # the second time every chunk is cached already
        for text in texts:
            doc = ours(text)
            assert _signature(doc) == _signature(plain(text)), text[:80]
            assert doc.user_data["reportgen_text"] == text
