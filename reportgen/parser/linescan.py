"""Scans for patterns anchored at a line start (``(?m)^``), run at the lines that can
hold a match only.

A ``(?m)^`` pattern makes re try every position of the text (each fails at once, but
there are as many as characters); the lines of a release that start a list entry or
hold a signature are few. A *gate* is the pattern's head after a line break: re
jumps from "\\n" to "\\n" in C, and the full pattern then runs at the starts of the
lines the gate passes (and at the text's start, which no "\\n" precedes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .textutil import finditer_at


def line_gate(head: str, flags: int = 0) -> re.Pattern[str]:
    """The gate for a pattern ``(?m)^{head}…``: a line break with ``head`` after it.
    ``head`` must match wherever the pattern does (a prefix of it, or looser); it is a
    lookahead, so that no gate match takes in the next line's break."""
    return re.compile(rf"\n(?={head})", flags)


def line_matches(rx: re.Pattern[str], gate: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What ``rx.finditer(text)`` yields, for a ``(?m)^`` pattern ``rx`` whose matches
    start at a line start, run only at the text's start and after the line breaks
    ``gate`` (see :func:`line_gate`) matches at."""
    starts = [0]
    starts += [m.start() + 1 for m in gate.finditer(text)]
    return finditer_at(rx, text, starts)


def paren_blocks(text: str) -> list[tuple[int, int, int]]:
    """The runs of consecutive lines that hold a "(": (start of the first line, end of
    the last one, start of the last one). A bracket scan runs once over each run (a
    result table is one), not once per line."""
    out: list[tuple[int, int, int]] = []
    start, n = 0, len(text)
    while (paren := text.find("(", start)) >= 0:
        line_start = text.rfind("\n", 0, paren) + 1
        line_end = text.find("\n", paren)
        if line_end < 0:
            line_end = n
        if out and out[-1][1] + 1 == line_start:
            out[-1] = (out[-1][0], line_end, line_start)
        else:
            out.append((line_start, line_end, line_start))
        start = line_end + 1
    return out
