"""Numbers of the truthfulness check: what the input allows, and what a text states.

:func:`allowed_numbers` collects every number of a facts document plus the documented
derivations (see :mod:`reportgen.check`); :func:`number_mentions` finds the numbers a
rendered text states: digits, thousands-grouped points, decimals, digit ordinals
(``2:a``, ``5:e``, ``3rd``, ``P3``), lap times and gaps, ordinal and cardinal words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .check_vocab import CheckVocab
from .model import FactsDocument


@dataclass(frozen=True)
class Mention:
    """A number stated in the text: its value, how it is written, where, and what kind."""

    value: Decimal
    text: str
    start: int
    kind: str  # number | ordinal | time


def _d(x: float | int | str) -> Decimal:
    return Decimal(str(x)).normalize()


def _time_key(s: str) -> str:
    """Lap times and gaps compared without sign, with '.' as the decimal mark."""
    return s.strip().lstrip("+-").replace(",", ".")


@dataclass
class Allowed:
    numbers: set[Decimal]
    times: set[str]
    ordinals_by_driver: dict[str, set[Decimal]]
    common_ordinals: set[Decimal]


def allowed_numbers(doc: FactsDocument) -> Allowed:
    """Every number the input states or a documented derivation gives."""
    nums: set[Decimal] = set()
    times: set[str] = set()
    per_driver: dict[str, set[Decimal]] = {}
    ev = doc.event
    for v in (ev.season, ev.round, ev.rounds_total):
        if v is not None:
            nums.add(_d(v))
    if ev.round is not None and ev.rounds_total is not None:
        nums.add(_d(ev.rounds_total - ev.round))          # rounds remaining
    for date in (ev.start_date, ev.end_date):
        if date:
            y, m, d = (int(x) for x in date.split("-"))
            nums.update({_d(y), _d(m), _d(d)})
    common = {_d(v) for v in (ev.round, ev.rounds_total) if v is not None}
    kinds = Counter(s.kind for s in doc.sessions)
    nums.update(_d(n) for n in kinds.values())
    nums.add(_d(len(doc.sessions)))
    nums.add(_d(len(doc.participants)))
    wins: Counter[str] = Counter()
    podiums: Counter[str] = Counter()
    weekend_points: dict[str, float] = {}
    for s in doc.sessions:
        if s.number is not None:
            nums.add(_d(s.number))
            common.add(_d(s.number))
        field = len(s.results)
        classified = sum(r.status == "classified" for r in s.results)
        nums.update({_d(field), _d(classified), _d(field - classified)})
        grids = [r.grid for r in s.results if r.grid is not None]
        last_grid = max(grids) if grids else None
        for r in s.results:
            mine = per_driver.setdefault(r.driver, set())
            for v in (r.position, r.grid, r.laps, r.points):
                if v is not None:
                    nums.add(_d(v))
            for v in (r.position, r.grid):
                if v is not None:
                    mine.add(_d(v))
            if r.car_number and r.car_number.isdigit():
                nums.add(_d(r.car_number))
            for t in (r.time, r.gap, r.best_lap):
                if t:
                    times.add(_time_key(t))
            if r.position is not None:
                if r.grid is not None:
                    nums.add(_d(abs(r.grid - r.position)))   # places gained (or lost)
                for back in {field, last_grid} - {None}:
                    if back >= r.position:
                        nums.add(_d(back - r.position))     # places gained from the back
                wins[r.driver] += r.position == 1
                podiums[r.driver] += r.position <= 3
            if r.points is not None:
                weekend_points[r.driver] = weekend_points.get(r.driver, 0) + r.points
    nums.update(_d(n) for n in wins.values())
    nums.update(_d(n) for n in podiums.values())
    nums.update(_d(p) for p in weekend_points.values())
    for st in doc.standings:
        for v in (st.after_round, st.rounds_total):
            if v is not None:
                nums.add(_d(v))
                common.add(_d(v))
        if st.after_round is not None and st.rounds_total is not None:
            nums.add(_d(st.rounds_total - st.after_round))
        nums.add(_d(len(st.entries)))
        leader = st.entries[0].points if st.entries else None
        prev = None
        for e in st.entries:
            nums.add(_d(e.position))
            per_driver.setdefault(e.name, set()).add(_d(e.position))
            if e.points is not None:
                nums.add(_d(e.points))
                if leader is not None:
                    nums.add(_d(abs(leader - e.points)))   # gap to the leader
                if prev is not None:
                    nums.add(_d(abs(prev - e.points)))     # gap to the entry above
                prev = e.points
    return Allowed(numbers=nums, times=times, ordinals_by_driver=per_driver, common_ordinals=common)


# -- mentions in a text --------------------------------------------------------------

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PATTERNS = {
    "sv": re.compile(
        r"(?P<time>[+-]?\d+(?::\d{2})+(?:[.,]\d+)?|[+-]\d+[.,]\d+)"
        r"|(?P<ord>\b\d+:[ae]\b|\bP\d+\b)"
        r"|(?P<group>\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]))"
        r"|(?P<dec>\b\d+,\d+\b)"
        r"|(?P<int>\b\d+\b)"
    ),
    "en": re.compile(
        r"(?P<time>[+-]?\d+(?::\d{2})+(?:[.,]\d+)?|[+-]\d+[.,]\d+)"
        r"|(?P<ord>\b\d+(?:st|nd|rd|th)\b|\bP\d+\b)"
        r"|(?P<group>\b\d{1,3}(?:,\d{3})+(?!\d))"
        r"|(?P<dec>\b\d+\.\d+\b)"
        r"|(?P<int>\b\d+\b)"
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def number_mentions(text: str, lang: str, vocab: CheckVocab) -> list[Mention]:
    """Numbers stated in ``text`` (already masked where quotes and names stand)."""
    out: list[Mention] = []
    for m in _ISO_DATE.finditer(text):
        for g in (1, 2, 3):
            out.append(Mention(_d(int(m.group(g))), m.group(0), m.start(), "number"))
    text = _ISO_DATE.sub(lambda m: "_" * len(m.group(0)), text)
    for m in _PATTERNS.get(lang, _PATTERNS["en"]).finditer(text):
        kind = m.lastgroup
        raw = m.group(0)
        if kind == "time":
            out.append(Mention(Decimal(0), raw, m.start(), "time"))
            continue
        digits = re.sub(r"\D", "", raw) if kind in ("ord", "group") else raw.replace(",", ".")
        try:
            value = _d(digits)
        except InvalidOperation:
            continue
        out.append(Mention(value, raw, m.start(), "ordinal" if kind == "ord" else "number"))
    for m in _WORD.finditer(text):
        word = m.group(0).casefold()
        if word in vocab.ambiguous_numbers:
            continue
        # "fyra", "åtta", "elva" are cardinals and ordinal nouns alike: read as plain numbers.
        value = vocab.ordinal_words.get(word) if word not in vocab.cardinal_words else None
        if value is None and word not in vocab.cardinal_words:
            for suffix in vocab.ordinal_suffixes:
                stem = word[: -len(suffix)] if word.endswith(suffix) else None
                if stem and stem in vocab.ordinal_words:
                    value = vocab.ordinal_words[stem]
                    break
        if value is not None:
            out.append(Mention(_d(value), m.group(0), m.start(), "ordinal"))
            continue
        if word in vocab.cardinal_words:
            out.append(Mention(_d(vocab.cardinal_words[word]), m.group(0), m.start(), "number"))
    return sorted(out, key=lambda x: x.start)


def is_allowed(mention: Mention, allowed: Allowed) -> bool:
    if mention.kind == "time":
        return _time_key(mention.text) in allowed.times
    # A bare decimal may be a gap written without its sign ("1,223 sekunder").
    return mention.value in allowed.numbers or _time_key(mention.text) in allowed.times
