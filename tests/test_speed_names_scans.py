"""Scans the names and team/car finders run in a cheaper way give exactly what the plain
regex scans gave (generated texts, fixed seeds; see the comments at each scan)."""

from __future__ import annotations

import random

import pytest

from reportgen.parser import names
from reportgen.parser.textutil import finditer_at

PIECES = ["Anna", "Berg", "O'Neil", "D’Arc", "de", "van der", "von", "den", "Lind-Ek", "-", "Ann-",
          "ÅSA", "Öst", "é", "x", "abc", "i", "1.", "12.", "3)", "4:", "•", "*", "–", "(SWE)", "(",
          ")", ",", ".", "Team", "Racing", "Lestrup Racing Team", "22-åringen", "24-ÅRIGA", "-åring",
          "9", "99", "x1", "_", "'", "’", "\n", "\r\n", "\r", "\u2028", "\x0c", " ", "  ", "\t", ""]


def _texts(seed: int, n: int):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(PIECES) + rnd.choice(["", " ", " ", "\t", "\n"])
                      for _ in range(rnd.randint(0, 24)))


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("seed", range(4))
def test_multi_word_runs_are_the_name_runs_of_two_words_or_more(seed: int) -> None:
    for text in _texts(seed, 1500):
        want = [(m.span(), m.groups()) for m in names._NAME_SEQ.finditer(text)
                if " " in m.group(1) or "\t" in m.group(1)]
        assert _spans(names._MULTI_NAME_SEQ.finditer(text)) == want, text


@pytest.mark.parametrize("seed", range(4))
def test_age_scan_at_hyphens_is_the_whole_text_scan(seed: int) -> None:
    for text in _texts(seed, 1500):
        got = finditer_at(names._AGE, text, names._age_starts(text))
        assert _spans(got) == _spans(names._AGE.finditer(text)), text


@pytest.mark.parametrize("seed", range(4))
def test_ends_in_med_is_the_regex(seed: int) -> None:
    rnd = random.Random(seed)
    pieces = ["med", "Med", "smed", "_med", "-med", "1med", "x", " ", "\n", "\t", "\u00a0", "\u2028",
              "\x1c", "é", "och", ""]
    for _ in range(3000):
        gap = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        assert names._ends_in_med(gap) == bool(names._MED_LAST.search(gap)), repr(gap)


LINE_PIECES = PIECES + ["Bröt:", "bröt :", "Ej start:", "Utgick:", "Segrare Abc:", "#27", "#", "/", ", #1",
                        "Vortex Racing Team", "FIN", "187 p", "10.", " 7 ", "Ab cd:",
                        "1. Anna Berg, Lestrup Racing", "Utgick: Roger Sten, Varbergs MK", "Anna Berg (SWE)",
                        "2) Lind Ek –", "3: Åsa Öst, FIN,", "Team X", "(", "99"]


def _line_texts(seed: int, n: int):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(LINE_PIECES) + rnd.choice(["", " ", " ", "\t", "\n", "\n"])
                      for _ in range(rnd.randint(0, 24)))


@pytest.mark.parametrize("seed", range(4))
def test_line_gated_scans_are_the_whole_text_scans(seed: int) -> None:
    from reportgen.parser import teamcar
    from reportgen.parser.linescan import line_matches

    status, status_gate = names._status_line_re()
    scans = [
        (names._LIST_LINE, names._LIST_LINE_GATE),
        (status, status_gate),
        (teamcar._LIST_TEAM, teamcar._LIST_TEAM_GATE),
    ]
    for text in _line_texts(seed, 1500):
        for rx, gate in scans:
            assert _spans(line_matches(rx, gate, text)) == _spans(rx.finditer(text)), (rx.pattern[:40], text)


@pytest.mark.parametrize("seed", range(4))
def test_written_alone_is_the_word_bounded_search(seed: int) -> None:
    import re

    from reportgen.parser.textutil import written_alone as _written_alone

    rnd = random.Random(seed)
    pieces = ["Team", "Nordlys", "s", "Team Nordlys", "Nordlys Nordlys", ":s", ":", "-", "_", "1", "é", " ",
              "\n", "a", "A A", "A", "AA"]
    words = ["Team Nordlys", "Team Nordly", "A A", "AA", "A", "s", "Nordlys"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        word = rnd.choice(words)
        for not_next in ("-", ":-"):
            want = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w{not_next}])", text)]
            assert list(_written_alone(text, word, not_next)) == want, (text, word, not_next)


@pytest.mark.parametrize("seed", range(4))
def test_bracket_scans_in_name_runs_are_the_whole_text_scans(seed: int) -> None:
    """linescan.paren_runs: the bracket scans run only in the runs of name characters
    that end at a "(" (codes past the line end, long team brackets, "'" and digits too)."""
    from reportgen.parser.teamcar import _BRACKET_TEAM, _bracket_teams

    rnd = random.Random(seed)
    pieces = ["Anna", "Berg", "de", "von der", "Team X", "(", ")", "(SWE)", "( SWE )", "(\nNOR\n)", "(\n",
              "SWE", ")\n", "\n", "\r", " ", "\t", "-", "Öst", "abc", "x", "\u2028", "MK", "((",
              "(Göteborgs MK)", "Anna Berg (SWE)\n", "\n(", "1", "_", "'", "’", ",", ".", "Ö'Neil",
              "(Lestrup Racing Team)", "(" + "x" * 39 + ")", "(" + "x" * 40 + ")", "(" + "x" * 41 + ")"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", "\n", "\t"])
                       for _ in range(rnd.randint(0, 30)))
        assert _spans(names._bracket_names(text)) == _spans(names._BRACKET.finditer(text)), text
        assert _spans(_bracket_teams(text)) == _spans(_BRACKET_TEAM.finditer(text)), text
