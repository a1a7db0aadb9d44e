"""The scan-friendly regex helpers match exactly what the plain patterns they replace match.

The parser's speed-ups rewrite patterns (prefix trees, the word-start test after the first
character, anchored scans); parse output must not change, so each rewrite is compared with
the plain pattern on generated texts (a fixed seed keeps the cases the same every run).
"""

from __future__ import annotations

import random
import re

import pytest

from reportgen.parser.event import _WORDS_BEFORE_NOUN, _data, _Event
from reportgen.parser.results import _DIGIT_ORD, _digit_ordinals
from reportgen.parser.textutil import (
    CAP_WORD,
    CAP_WORD_BEFORE_BRACKET,
    alternation,
    finditer_at,
    ordered_alternation,
    words_back,
)

FORMS = [
    "deltävling", "deltävlingen", "Deltävlingar", "helg", "race-helg", "i", "is", "K", "k",
    "kval", "Åsa", "åka", "ö", "24h", "nästa deltävling", "nu väntar", "s", "Anna", "Anna Berg",
]
ALPHABET = list("aAdDeEhHiIkKsSåÅöÖnN24 -\n.,") + FORMS


def _texts(seed: int, n: int = 150) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 16))) for _ in range(n)]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("ignorecase", [True, False])
@pytest.mark.parametrize("word_start", ["", r"[\w-]", r"\w"])
def test_alternation_matches_the_flat_longest_first_list(
    seed: int, ignorecase: bool, word_start: str
) -> None:
    forms = random.Random(seed).sample(FORMS, 1 + seed % 7)
    flat = "|".join(sorted((re.escape(f) for f in set(forms)), key=len, reverse=True))
    flags = re.IGNORECASE if ignorecase else 0
    lead = f"(?<!{word_start})" if word_start else ""
    plain = re.compile(rf"{lead}(?:{flat})(?!\w)", flags)
    variants = [alternation(forms, ignorecase=ignorecase, word_start=word_start)]
    if word_start and not ignorecase:
        variants.append(alternation(forms, ignorecase=False, word_start=word_start, tree=False))
    for source in variants:
        fast = re.compile(source + r"(?!\w)", flags)
        for text in _texts(seed):
            assert _spans(fast, text) == _spans(plain, text), (forms, text, source)


@pytest.mark.parametrize(
    "forms",
    [["en", "ett", "tre", "tretton"], ["tretton", "tre", "fem"], ["a", "ab", "abc"], ["abc", "ab", "a"]],
)
def test_ordered_alternation_keeps_the_given_order(forms: list[str]) -> None:
    plain = re.compile(rf"(?:{'|'.join(map(re.escape, forms))})(?:\s|t)", re.IGNORECASE)
    fast = re.compile(rf"(?:{ordered_alternation(forms)})(?:\s|t)", re.IGNORECASE)
    for text in ["tretton ", "tre ", "trettont", "abc ", "ab t", "a ", "ENT", "ett "]:
        assert _spans(fast, text) == _spans(plain, text), text


@pytest.mark.parametrize("seed", range(6))
def test_bracket_name_lookahead_changes_no_match(seed: int) -> None:
    rest = rf"(?:[ \t]+(?:von der[ \t]+)?{CAP_WORD}){{1,3}})[ \t]*\(\s*([A-Z]{{1,3}})\s*\)"
    plain = re.compile(rf"({CAP_WORD}{rest}")
    fast = re.compile(rf"({CAP_WORD_BEFORE_BRACKET}{rest}")
    rnd = random.Random(seed)
    words = ["Anna", "Berg", "von der", "(SWE)", "( FIN )", "(", ")", "\n", "O'Neil", "Lars-Erik", ",", "x"]
    for _ in range(300):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 9)))
        assert _spans(fast, text) == _spans(plain, text), text


@pytest.mark.parametrize("seed", range(6))
def test_digit_ordinals_find_what_the_single_pattern_finds(seed: int) -> None:
    rnd = random.Random(seed)
    alphabet = list("0123456789P:, .\t\naetdjx-") + ["3:e", "12:a", "P3", "P12", "xP3", "3 : e"]
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        s = rnd.randint(0, len(text))
        e = rnd.randint(s, len(text))
        plain = [(m.start(), m.end(), int(m.group(1) or m.group(2))) for m in _DIGIT_ORD.finditer(text, s, e)]
        assert _digit_ordinals(text, s, e) == plain, (text, s, e)


@pytest.mark.parametrize("seed", range(6))
def test_round_patterns_anchored_on_nouns_find_what_a_full_scan_finds(seed: int) -> None:
    d = _data()
    rnd = random.Random(seed)
    words = ["3", "12", "av", "tredje", "Tre", "sju", "deltävlingen", "Deltävlingar", "race-helg", "helg",
             "nummer", "nr.", "totalt", "i år", "x", ",", ".", "\n", "-"]
    for _ in range(300):
        text = "".join(rnd.choice(words) + rnd.choice([" ", "", "\n"]) for _ in range(rnd.randint(1, 10)))
        ev = object.__new__(_Event)
        ev.d, ev.text, ev._nouns = d, text, None
        for name in _WORDS_BEFORE_NOUN:
            assert _spans_list(ev._finditer(name)) == _spans(d[name], text), (name, text)


def _spans_list(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


def test_finditer_at_and_words_back() -> None:
    rx = re.compile(r"\w+ \w+")
    text = "ab cd ef gh"
    assert [m.group(0) for m in finditer_at(rx, text, {0, 3, 6, 9})] == ["ab cd", "ef gh"]
    assert words_back("tre av sju deltävlingar", 11, 3) == 0
    assert words_back("tre, av sju", 8, 2) is None


@pytest.mark.parametrize("seed", range(4))
def test_lexicon_window_check_keeps_every_token_pattern_match(seed: int) -> None:
    from spacy.attrs import LOWER

    from reportgen.parser import get_nlp
    from reportgen.parser.lexmatch import SPAN_KEY, build_matchers, pattern_triggers

    nlp = get_nlp()
    _, tokens = build_matchers(nlp)
    triggers, longest = pattern_triggers()
    trigger_ids = {nlp.vocab.strings.add(t) for t in triggers}
    vocab = ("tvingades fick tvingas måste bryta inget inga varv startade inte aldrig kom till start "
             "bil nummer nr nr. 14 #7 delar delade delat med och x , . Anna").split()
    rnd = random.Random(seed)
    for _ in range(150):
        doc = nlp(" ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 20))))
        got = {(c, s, e) for _, _, c, s, e in doc.user_data[SPAN_KEY]}
        lowers = doc.to_array(LOWER).tolist()
        every_window = {
            (nlp.vocab.strings[mid], i + s, i + e)
            for i, low in enumerate(lowers)
            if low in trigger_ids
            for mid, s, e in tokens(doc[i : i + longest])
            if s == 0
        }
        assert every_window <= got, doc.text
