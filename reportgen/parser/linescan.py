"""Scans run only where a match can be: patterns anchored at a line start (``(?m)^``)
at the lines that can start one, bracket patterns in the runs that end at a "(".

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


# the characters a name written before a bracket is made of, up to the "(" ("Anna Berg
# (SWE)", "Alva Nyström (Göteborgs MK)"): textutil.CAP_WORD_BEFORE_BRACKET's lookahead
_NAME_CHARS_BACK = re.compile(r"[\w'’ \t-]*+")
_PAREN_RUNS: list = [None]  # (the last text, its runs): names and teams read the same text


def paren_runs(text: str) -> list[tuple[int, int]]:
    """For each "(" of ``text``, in order: (start, offset of the "(") of the run of name
    characters (word characters, "'", "’", blanks, "-") that ends at it.

    A bracket pattern whose name part starts with CAP_WORD_BEFORE_BRACKET (its lookahead
    asks for only those characters up to a "(") can match only inside such a run, with
    that "(" as its bracket: scanning the runs, not whole lines, skips the prose of a
    line that holds a "(" somewhere (a third of the corpus text), where the lookahead
    ran on from each capital to the clause's end. The run is found backwards, by one
    match on the reversed text."""
    got = _PAREN_RUNS[0]
    if got is not None and got[0] is text:
        return got[1]
    out: list[tuple[int, int]] = []
    q = text.find("(")
    if q >= 0:
        n = len(text)
        back = text[::-1]  # (offset i of the text is offset n - 1 - i of this)
        while q >= 0:
            # the run back from text[q - 1] ends, reversed, at offset e: at text offset n - e
            out.append((n - _NAME_CHARS_BACK.match(back, n - q).end(), q))  # type: ignore[union-attr]
            q = text.find("(", q + 1)
    _PAREN_RUNS[0] = (text, out)
    return out
