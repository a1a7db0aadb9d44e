"""The tokenizer's affix searches (lexmatch.SuffixSearch, prefix_regex, InfixFinditer) find
what the plain regexes spaCy compiles from the same pieces find, and so tokenize exactly as
they do (corpus chunks and every head and tail of them, generated strings full
of affix characters; fixed seeds)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import spacy
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from reportgen.parser.lexmatch import InfixFinditer, SuffixSearch, add_tokenizer_exceptions, prefix_regex

ROOT = Path(__file__).resolve().parent.parent
PIECES = [".", "..", "...", "…", "……", "a", "Å", "s", "S", "x", "'", "’", "”", "\"", ")", "(", "]", ",", ":",
          ":s", ";", "!", "?", "%", "5", "12", "km", "km/h", "kmh", "mph", "kg", "m²", "°C", "°", "$",
          "US$", "€", "kr", "+", "-", "—", "–", "_", "#", "*", "&", "\n", " ", "\t", "é", "ß", "SWE",
          "©", "®", "°F", "A", "AB", "Ø", "z", "x'", "s'", "。", "»", "«", "〉", "⟧", "٪", "\r", "§", "=",
          "+5", "C$", "A$", "£", "¿", "¡", "(“", "''", "``", "‚", "„", "「", "【", "「x」"]


def _sv_pieces() -> list[str]:
    return list(spacy.blank("sv").Defaults.suffixes) + [re.escape(":s")]


def _strings(seed: int):
    rnd = random.Random(seed)
    for _ in range(4000):
        yield "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 12)))
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpus/*/release.txt"))]
    for chunk in sorted({c for t in texts for c in t.split()})[seed::4]:
        for i in range(len(chunk)):
            yield chunk[i:]
            yield chunk[:len(chunk) - i]
            yield chunk[i:len(chunk) - i]


def _span(m):
    return None if m is None else (m.span(), m.group(0))


@pytest.mark.parametrize("seed", range(4))
def test_suffix_search_is_the_regex_search(seed: int) -> None:
    pieces = _sv_pieces()
    fast, plain = SuffixSearch(pieces), compile_suffix_regex(pieces)
    assert fast._fast is not None  # (the fast path is taken)
    for s in _strings(seed):
        assert _span(fast.search(s)) == _span(plain.search(s)), repr(s)


@pytest.mark.parametrize("seed", range(4))
def test_prefix_regex_is_the_regex_search(seed: int) -> None:
    pieces = list(spacy.blank("sv").Defaults.prefixes)
    fast, plain = prefix_regex(pieces), compile_prefix_regex(pieces)
    assert fast.pattern != plain.pattern  # (the merged regex is taken)
    for s in _strings(seed):
        assert _span(fast.search(s)) == _span(plain.search(s)), repr(s)
    assert prefix_regex(["a|b", "c"]).pattern == compile_prefix_regex(["a|b", "c"]).pattern


@pytest.mark.parametrize("seed", range(4))
def test_infix_finditer_is_the_regex_finditer(seed: int) -> None:
    pieces = list(spacy.blank("sv").Defaults.infixes)
    fast, plain = InfixFinditer(pieces), compile_infix_regex(pieces)
    assert fast._first is not None  # (the gate is used)
    for s in _strings(seed):
        for t in (s, s.replace(" ", ""), "Ab" + s + "cD"):
            assert [_span(m) for m in fast.finditer(t)] == [_span(m) for m in plain.finditer(t)], repr(t)
    for odd in (["[^a]", "b"], ["(?i:x)y"], ["a*", "b"]):
        assert InfixFinditer(odd)._first is None
        assert [m.span() for m in InfixFinditer(odd).finditer("xab-y")] == \
            [m.span() for m in compile_infix_regex(odd).finditer("xab-y")]


def test_suffix_search_falls_back_on_pieces_it_cannot_bound() -> None:
    fast = SuffixSearch(["a|b", "c"])
    assert fast._fast is None
    for s in ["xa", "ab", "ac", "b", "bx", ""]:
        assert _span(fast.search(s)) == _span(compile_suffix_regex(["a|b", "c"]).search(s))


def test_tokenizer_with_it_tokenizes_as_with_the_plain_regex() -> None:
    fast = spacy.blank("sv")
    add_tokenizer_exceptions(fast)
    plain = spacy.blank("sv")
    add_tokenizer_exceptions(plain)
    plain.tokenizer.suffix_search = compile_suffix_regex(_sv_pieces()).search
    plain.tokenizer.prefix_search = compile_prefix_regex(spacy.blank("sv").Defaults.prefixes).search
    plain.tokenizer.infix_finditer = compile_infix_regex(spacy.blank("sv").Defaults.infixes).finditer
    plain.tokenizer.url_match = spacy.blank("sv").tokenizer.url_match
    assert plain.tokenizer.suffix_search.__self__.pattern == fast.tokenizer.suffix_search.__self__.pattern
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpus/*/release.txt"))]
    rnd = random.Random(11)
    texts += ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(2000)]
    for text in texts:
        assert [(t.text, t.idx) for t in fast(text)] == [(t.text, t.idx) for t in plain(text)], text[:80]
    assert fast.tokenizer.to_bytes()  # (spaCy reads the pattern back from the bound method)


@pytest.mark.parametrize("seed", range(4))
def test_url_match_is_spacys(seed: int) -> None:
    from spacy.lang.tokenizer_exceptions import URL_MATCH

    from reportgen.parser.lexmatch import UrlMatch

    assert UrlMatch.takes(URL_MATCH.__self__)
    fast = UrlMatch(URL_MATCH.__self__).match
    rnd = random.Random(seed)
    bits = ["http://", "https://", "ftp://", "www", ".", "se", "com", "x", "ab-c", "192", "168", "10", "1",
            "255", "user", "@", ":", "8080", "/", "?", "#", "a=b", "localhost", "Å", "ö", "é", "_", "-", "9"]
    strings = list(_strings(seed))
    strings += ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, 9))) for _ in range(20000)]
    for _ in range(5000):  # URL-shaped: scheme, user, host labels, top-level domain, port, path
        labels = ["x", "ab-c", "www", "192", "168", "1", "Å", "é9"]
        host = ".".join(rnd.choice(labels) for _ in range(rnd.randint(1, 4)))
        strings.append(rnd.choice(["", "http://", "a+b://"]) + rnd.choice(["", "u@", "u:p@"]) + host
                       + rnd.choice(["", ".se", ".com", ".S", "."]) + rnd.choice(["", ":80", ":8080"])
                       + rnd.choice(["", "/", "/a?b#c", "?"]))
    for s in strings:
        assert _span(fast(s)) == _span(URL_MATCH(s)), repr(s)
