"""core_words/core_places find every place a case-insensitive pattern of the forms can
match, so the patterns run only there find what a full scan finds."""

from __future__ import annotations

import random

import pytest

from reportgen.lexicon import load
from reportgen.parser.links import _URL, _URL_TAIL, _res, core_places, core_words, find_links
from reportgen.parser.textutil import fold


def _all_starts(rx, text: str) -> list[int]:
    out, m = [], rx.search(text)
    while m is not None:
        out.append(m.start())
        m = rx.search(text, m.start() + 1)
    return out


def _texts(rnd: random.Random, words: list[str], n: int) -> list[str]:
    glue = [" ", "", "\n", "-", "x", "Ä", ".", "İ", "ſ", "K"]
    out = []
    for _ in range(n):
        text = "".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 8)))
        out += [text, text.upper(), text.swapcase(), text.title()]
    return out


def test_cores_cover_every_form() -> None:
    forms = ["nästa deltävling", "härnäst", "nu väntar", "står på tur", "finalhelgen", "ab", "b"]
    cores = core_words(forms, min_len=5)
    assert cores is not None
    for f in forms:
        low = fold(f)
        assert any(low.find(c) >= 0 for c, _offsets in cores), f
        assert 0 in core_places(low, cores)
    assert core_words([]) is None and core_words(["", "a"]) is None and core_words(["İs"]) is None


@pytest.mark.parametrize("seed", range(4))
def test_cue_places_hold_every_cue_start(seed: int) -> None:
    r = _res()
    words = {e.concept: list(e.forms) for e in load("sv").entries("next_event")}
    forms = words["next.cue"] + words["next.cue_dated"]
    rnd = random.Random(seed)
    for text in _texts(rnd, forms + ["på", "tur", "vi", "sista", "final", "nä"], 400):
        low = fold(text)
        if low is None:
            continue
        places = set(core_places(low, r["cue_cores"]))
        assert set(_all_starts(r["cue"], text)) <= places, text


@pytest.mark.parametrize("seed", range(4))
def test_find_links_finds_what_the_full_scan_finds(seed: int) -> None:
    rnd = random.Random(seed)
    parts = ["https://", "http://", "HTTP://", "www.", "WwW.", "x.se", "/a", " ", ")", ".", ",", "\n", "ahttp://",
             "İ", "ſ", "hTtPs://b", "w", "ww.", "www"]
    for _ in range(2000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 10)))
        want: list[str] = []
        for m in _URL.finditer(text):
            url = m.group(0).rstrip(_URL_TAIL)
            if url not in want:
                want.append(url)
        assert find_links(text) == want, text


@pytest.mark.parametrize("seed", range(3))
def test_first_cue_is_the_cue_search(seed: int) -> None:
    from reportgen.parser.links import _first_cue

    r = _res()
    words = {e.concept: list(e.forms) for e in load("sv").entries("next_event")}
    rnd = random.Random(seed)
    for text in _texts(rnd, words["next.cue"] + words["next.cue_dated"] + ["på", "tur", "x"], 300):
        low = fold(text)
        if low is None:
            continue
        places = core_places(low, r["cue_cores"])
        for _ in range(5):
            s = rnd.randint(0, len(text))
            e = rnd.randint(s, len(text))
            got, want = _first_cue(text, s, e, places), r["cue"].search(text, s, e)
            assert (got and got.span()) == (want and want.span()), (text, s, e)
