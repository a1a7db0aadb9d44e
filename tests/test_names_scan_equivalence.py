"""names finds mentions with str.find instead of a regex compiled per text: the finders
give exactly what those regexes gave (generated texts, a fixed seed)."""

from __future__ import annotations

import random
import re

import pytest

from reportgen.parser.names import _find_names, _name_after
from reportgen.parser.textutil import alternation

ALPHABET = ["a", "s", "A", "B", "-", " ", "_", "é", "\n", "1", "Å", "An", "Anna", "Berg", "Bergs",
            "Anna Berg", "s ", "-s", "\t"]
LETTERS = ["A", "a", "B", "s", "é", "Å", "n", "-"]


def _cases(seed: int, n: int = 400):
    rnd = random.Random(seed)
    for _ in range(n):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 20)))
        names = set()
        for _ in range(rnd.randint(1, 4)):
            words = ("".join(rnd.choice(LETTERS) for _ in range(rnd.randint(1, 3)))
                     for _ in range(rnd.randint(1, 2)))
            names.add(" ".join(words))
        yield text, sorted(names)


@pytest.mark.parametrize("seed", range(5))
def test_find_names_is_the_alternation_search(seed):
    for text, names in _cases(seed):
        alt = alternation(names, ignorecase=False, word_start=r"[\w-]", tree=False)
        pat = re.compile(rf"({alt})(s)?(?![\w-])")
        want, pos = [], 0
        while (m := pat.search(text, pos)) is not None:
            want.append((m.start(), m.end(), m.group(1)))
            pos = m.end()
        assert _find_names(text, set(names)) == want, (text, names)


@pytest.mark.parametrize("seed", range(5))
def test_name_after_is_the_apposition_match(seed):
    for text, names in _cases(seed):
        after = re.compile(rf"(?:\s+\w+)?\s+({'|'.join(re.escape(n) for n in names)})(?![\w])")
        for at in range(len(text) + 1):
            m = after.match(text, at)
            assert _name_after(text, at, names) == (m.group(1) if m else None), (text, at, names)


@pytest.mark.parametrize("seed", range(3))
def test_bracket_teams_on_bracket_lines_is_the_whole_text_scan(seed):
    from reportgen.parser.teamcar import _BRACKET_TEAM, _bracket_teams

    rnd = random.Random(seed)
    pieces = ["Anna", "Berg", "Team X", "(", ")", "(Göteborgs MK)", "\n", "\r", " ", "\t", "-", "Öst",
              "abc", "(SWE)", "x", "\u2028", "MK", "((", "Lestrup Racing"]
    for _ in range(500):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " "]) for _ in range(rnd.randint(0, 14)))
        want = [(m.span(), m.groups()) for m in _BRACKET_TEAM.finditer(text)]
        assert [(m.span(), m.groups()) for m in _bracket_teams(text)] == want, text


@pytest.mark.parametrize("seed", range(3))
def test_bracket_names_on_bracket_lines_is_the_whole_text_scan(seed):
    from reportgen.parser.names import _BRACKET, _bracket_names

    rnd = random.Random(seed)
    pieces = ["Anna", "Berg", "de", "Team X", "(", ")", "(SWE)", "( SWE )", "(\nNOR\n)", "(\n", "SWE",
              ")\n", "\n", "\r", " ", "\t", "-", "Öst", "abc", "x", "\u2028", "MK", "((", "Lestrup"]
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " "]) for _ in range(rnd.randint(0, 14)))
        want = [(m.span(), m.groups()) for m in _BRACKET.finditer(text)]
        assert [(m.span(), m.groups()) for m in _bracket_names(text)] == want, text
