"""The standings component's cheap tests before its costly patterns skip only lines
and ranges where those patterns find nothing."""

from __future__ import annotations

import random

import pytest

from reportgen.parser.standings import _ENTRY, _entry_match, _vocab
from reportgen.parser.textutil import fold, lines

_PARTS = [
    "1", "2.", "=3", "12:", "4)", "1234", " ", "  ", "\t", "\u00a0", "\u202f", ",", ":", "–", "-", "+", ".",
    "Anna", "Berg", "Ek", "MA:GP", "(SWE)", "SWE", "FIN", "Mk2", "Volvo 240", "45", "1 234", "12,5", "7.5",
    "p", "p.", "poäng", "pts", "pts.", "points", "pt", "po.", "/", "\r", "x", "İ", "²", "٣",
]


@pytest.mark.parametrize("seed", range(6))
def test_entry_match_is_entry_match(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(3000):
        text = "".join(rnd.choice(_PARTS) for _ in range(rnd.randint(1, 12)))
        s = rnd.randint(0, len(text))
        e = rnd.randint(s, len(text))
        got, want = _entry_match(text, s, e), _ENTRY.match(text, s, e)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (text, s, e)


def _table_line(rnd: random.Random) -> str:
    """A line built the way table entries are written, with now and then a part swapped
    for a random one."""
    parts = [
        rnd.choice(["", "=", " "]) + rnd.choice(["1", "12", "123", "1234", "0"]),
        rnd.choice([".", ":", ")", " ", ". ", "", "  "]),
        rnd.choice(["Anna Berg", "Per Ek", "MA:GP Team", "anna", "Öhman/Öhman", "A2"]),
        rnd.choice(["", " (SWE)", " FIN", ", FIN", " (sw)"]),
        rnd.choice(["", ", Volvo", " – Motala Racing", ", Mk2", " - x"]),
        rnd.choice([",", ":", "–", " ", ", +", ""]),
        rnd.choice(["45", "1 234", "12,5", "7.5", "1 23", "٣"]),
        rnd.choice(["", " p", " p.", "poäng", " pts.", " points", "pt", " po", " px", "."]),
        rnd.choice(["", " ", ".", " ."]),
    ]
    for _ in range(rnd.randint(0, 2)):
        parts[rnd.randrange(len(parts))] = rnd.choice(_PARTS)
    return "".join(parts)


@pytest.mark.parametrize("seed", range(6))
def test_entry_match_is_entry_match_on_table_like_lines(seed: int) -> None:
    rnd = random.Random(seed)
    matched = 0
    for _ in range(3000):
        text = _table_line(rnd)
        got, want = _entry_match(text, 0, len(text)), _ENTRY.match(text, 0, len(text))
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), text
        matched += want is not None
    assert matched > 300  # (the lines do exercise matches)


def test_entry_match_on_table_lines() -> None:
    for line in ["1. Aapo Salminen, FIN, 187 p", "1: Martin Andersen (DKK), 65 p.",
                 "=2 Tommy Rustad 72 poäng",
                 "3. Team X – Motala Racing, 1 204,5 pts",
                 "2. Jimmy Karlsson/Sanna Ek, Mitsubishi Lancer Evo X, +12,4"]:
        got, want = _entry_match(line, 0, len(line)), _ENTRY.match(line, 0, len(line))
        assert (got and got.groups()) == (want and want.groups()), line


@pytest.mark.parametrize("seed", range(3))
def test_header_hint_finds_every_line_the_header_pattern_finds(seed: int) -> None:
    v = _vocab()
    rnd = random.Random(seed)
    words = ["Ställning", "STÄLLNINGEN", "tabell", "Topp 3", "TOPP  3", "topp\t3", "cupen", "ſtandings",
             "mästerskapet", "Lagtävlingen:", "x", "1.", "\n", "\r", "\u2028", " ", "İ", "K"]
    for _ in range(2000):
        text = "".join(rnd.choice(words) + rnd.choice([" ", "", "\n"]) for _ in range(rnd.randint(1, 10)))
        for variant in (text, text.upper(), text.swapcase()):
            low = fold(variant)
            for s, e in lines(variant):
                if low is not None and not v["header_hint"].search(low, s, e):
                    assert not v["header"].search(variant, s, e), (variant[s:e],)
