"""Championship tables: ``1: Martin Andersen (DKK), 65 p.``, ``1. Tommy Rustad 72 poäng``.

A table is a run of entry lines (position, name, optional nationality code and team,
points) under header lines that name the championship ("Mästerskapsställning:",
"ADAC TCR Germany 2022 (efter 1 av 7 tävlingshelger)"). A run of entries under a
session heading ("Race 1:") with no standings word is a results list, not a table,
and is left to ``reportgen_results``. Vocabulary: ``lang/sv/standings.json`` and the
nationality codes of ``lang/sv/nationalities.json``.

Fills ``state.standings`` and ``state.table_spans``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load
from ..model import Evidence, Standings, StandingsEntry
from .state import ParseState
from .textutil import alternation, fold, fold_hint

_SPACE = "[ \u00a0\u202f]"
_POINTS = rf"\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# a colon only inside a word ("MA:GP"): "Race 1: ..." and "Anna Berg: 45" stay out
_NCHAR = r"(?:[^\d\n(),;:]|(?<=[A-ZÅÄÖ]):(?=[A-ZÅÄÖ]))"
_NAME = rf"{_NCHAR}*?[A-ZÅÄÖÆØÜÉ]{_NCHAR}*?"
_ENTRY = re.compile(
    rf"""^\s*(?P<pos>=?\d{{1,3}})\s*(?:[:.)]\s*|\s+)
    (?P<name>{_NAME})
    \s*(?:\((?P<nat>[A-ZÅÄÖ]{{2,3}})\)|\s(?P<nat2>[A-Z]{{3}})(?=[\s,])|,\s*(?P<nat3>[A-Z]{{3}})(?=\s*,))?
    (?:\s*[,–-]\s*(?P<team>[^\d\n]*?[A-ZÅÄÖ][^\d\n]*?))?
    \s*[,:–-]?\s*(?<![+\d])(?P<pts>{_POINTS})\s*(?P<unit>p\b\.?|poäng|pts\.?|points|pt\.?|po\.?)?\s*\.?\s*$""",
    re.X | re.M,
)
# What an _ENTRY match must hold, tested before _ENTRY (which backtracks long on a line it
# does not match, "2. A/B, Mitsubishi Lancer Evo X, +12,4"): no digit stands between the
# position and the points (name, code, team and separators hold none), so the points
# start at the first digit after the leading number, and from there _ENTRY's own tail
# (the same pattern) runs to the line end.
_LEAD_NUMBER = re.compile(r"\s*=?\d+")
_DIGIT = re.compile(r"\d")
_ENTRY_TAIL = re.compile(
    rf"(?<![+\d])(?:{_POINTS})\s*(?:p\b\.?|poäng|pts\.?|points|pt\.?|po\.?)?\s*\.?\s*$", re.M
)


def _entry_match(text: str, s: int, e: int) -> re.Match[str] | None:
    """``_ENTRY.match(text, s, e)``, skipped where the cheap tests above show it fails."""
    lead = _LEAD_NUMBER.match(text, s, e)
    if lead is None:
        return None
    pts = _DIGIT.search(text, lead.end(), e)
    if pts is None or _ENTRY_TAIL.match(text, pts.start(), e) is None:
        return None
    return _ENTRY.match(text, s, e)


_INLINE = re.compile(
    rf"(?P<pos>\d{{1,3}})[.:)]\s+(?P<name>{_NAME})\s*(?:\((?P<nat>[A-ZÅÄÖ]{{2,3}})\))?\s*[,:–-]?\s*"
    rf"(?P<pts>{_POINTS})\s*(?P<unit>p\b\.?|poäng|pts|points)?(?=\s*(?:[,;.]|och\b|$))"
)
_INLINE_CUE = re.compile(r"\d[.:)]\s+\w")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PAREN = re.compile(r"\([^)]*\)")
_SPACES = re.compile(_SPACE)
_NAME_CUT = re.compile(r"\s[–-]\s|,")  # where a header's championship name ends


@cache
def _vocab() -> dict:
    lex = load("sv")
    words = {e.concept: [f.lower() for f in e.forms] for e in lex.entries("standings")}
    numbers = {f.lower(): int(e.value) for e in lex.entries("standings") if e.concept.startswith("number.")
               for f in e.forms}
    nats = {}
    for e in lex.entries("nationalities"):
        if e.concept.startswith("nationality."):
            for f in e.forms:
                if len(f) >= 2:
                    nats[f.upper()] = str(e.value)
    num = r"\d+|" + alternation(numbers)
    after = re.compile(
        rf"\befter\s+(?:deltävling\s+|omgång\s+|runda\s+)?(?P<a>{num})(?:\s+(?:av|of)\s+(?P<b>{num}))?", re.I)
    head_words = words["standings.header"] + [w for w in words["standings.teams"] if len(w) > 5]
    # no leading \b, so compounds count: "Teamställning", "Juniortabellen"
    header = re.compile(r"(?:" + alternation(head_words)
                        + r")\b", re.I)
    teams = re.compile(r"\b(?:" + "|".join(map(re.escape, words["standings.teams"])) + r")", re.I)
    rounds = [f for e in lex.entries("event_words") if e.concept == "round.noun" for f in e.forms]
    round_alt = alternation(rounds)
    after_full = re.compile(rf"{after.pattern}(?:\s+(?:{round_alt})\b)?", re.I)
    not_name = tuple(words.get("standings.not_name", []))
    return {"numbers": numbers, "nats": nats, "after": after, "header": header, "teams": teams,
            "after_full": after_full, "not_name": not_name, "header_hint": fold_hint(head_words)}


def _points(raw: str) -> float | int:
    value = float(_SPACES.sub("", raw).replace(",", "."))
    return int(value) if value.is_integer() else value


def _number(raw: str | None) -> int | None:
    if raw is None:
        return None
    return int(raw) if raw.isdigit() else _vocab()["numbers"].get(raw.lower())


def _entry(state: ParseState, m: re.Match[str], start: int, end: int, prev: StandingsEntry | None):
    name = m.group("name").strip(" –-")
    if not name or len(name.split()) > 6:
        return None
    # "(FIN)", " FIN", or a cell of its own: "Aapo Salminen, FIN, 187 p"
    groups = m.groupdict()  # (an _INLINE match has no "nat2"/"nat3")
    nat_code = groups.get("nat") or groups.get("nat2") or groups.get("nat3")
    nat = _vocab()["nats"].get(nat_code.upper()) if nat_code else None
    pos_raw = m.group("pos")
    position = prev.position if pos_raw.startswith("=") and prev else int(pos_raw.lstrip("="))
    if position < 1:
        return None
    return StandingsEntry(position=position, name=name, nationality=nat, points=_points(m.group("pts")),
                          evidence=Evidence.of(state.text, start, end))


def _championship(state: ParseState, header: list[tuple[int, int]], teams: bool = False) -> str | None:
    """The championship a table's header names, as written ("Rallycross-SM Supercar").

    The capitalised words of the lowest header line that has some, once the round
    count, year, brackets and header words ("Ställning", "Lagställning") are gone.
    A bare abbreviation ("Placering i SM") is the series it abbreviates when the text
    names one ("Karting-SM"); a drivers' table with no name is the text's series.
    """
    v = _vocab()
    for s, e in reversed(header):
        line = _PAREN.sub(" ", state.text[s:e])
        line = v["after_full"].sub(" ", _YEAR.sub(" ", line))
        line = _NAME_CUT.split(line)[0]
        keep: list[str] = []
        for raw in line.split():
            word = raw.strip(":.;")
            if not word:
                continue
            if word.lower().endswith(v["not_name"]):
                if keep:
                    break
                continue
            if word[0].isupper() or any(c.isdigit() for c in word):
                keep.append(word)
            elif keep:
                break
        name = " ".join(keep)
        if name:
            if len(name) <= 3 and name.isupper():
                longer = [state.text[a:b] for a, b, _c in state.hits(0, len(state.text), "series.")
                          if name in state.text[a:b] and b - a > len(name)]
                if longer:
                    return longer[0]
            return name
    if not teams:
        hits = state.hits(0, len(state.text), "series.")
        if hits:
            a, b, _c = max(hits, key=lambda h: (h[1] - h[0], -h[0]))
            return state.text[a:b]
    return None


def _header_lines(state: ParseState, index: int) -> list[tuple[int, int]]:
    """Up to three non-entry lines right above line ``index`` (top to bottom)."""
    out = []
    for j in range(index - 1, max(index - 4, -1), -1):
        s, e = state.paragraphs[j]
        line = state.text[s:e]
        if _ENTRY.match(line) or state.in_quote(s) or len(line) > 120:
            break
        out.insert(0, (s, e))
        if line.rstrip().endswith(":"):
            break  # a heading line introduces the block; what is above it is prose
    return out


def _table(state: ParseState, header: list[tuple[int, int]], entries: list[StandingsEntry],
           span: tuple[int, int]) -> None:
    v = _vocab()
    head_text = " ".join(state.text[s:e] for s, e in header)
    after = v["after"].search(head_text)
    state.standings.append(Standings(
        championship=_championship(state, header, teams=bool(v["teams"].search(head_text))),
        after_round=_number(after.group("a")) if after else None,
        rounds_total=_number(after.group("b")) if after else None,
        entries=entries,
        kind="teams" if v["teams"].search(head_text) else "drivers",
    ))
    state.table_spans.append(span)


def _is_standings(state: ParseState, header: list[tuple[int, int]], matches: list[re.Match[str]]) -> bool:
    v = _vocab()
    head_text = " ".join(state.text[s:e] for s, e in header)
    if v["header"].search(head_text) or v["after"].search(head_text):
        return True
    if header and state.hits(header[-1][0], header[-1][1], "session."):
        return False  # a results list under a session heading
    with_unit = sum(1 for m in matches if m.group("unit"))
    return len(matches) >= 2 and with_unit == len(matches)


def extract_standings(state: ParseState) -> None:
    text, paras = state.text, state.paragraphs
    i = 0
    while i < len(paras):
        s, e = paras[i]
        # an entry line starts with its position: a cheap test before the regex
        starts_entry = text[s].isdigit() or text[s] == "="
        m = _entry_match(text, s, e) if starts_entry and not state.in_quote(s) else None
        if m is None:
            _inline(state, s, e)
            i += 1
            continue
        run = [(m, s, e)]
        j = i + 1
        while j < len(paras):
            s2, e2 = paras[j]
            m2 = _entry_match(text, s2, e2) if text[s2].isdigit() or text[s2] == "=" else None
            if m2 is None:
                break
            run.append((m2, s2, e2))
            j += 1
        header = _header_lines(state, i)
        if _is_standings(state, header, [r[0] for r in run]):
            entries: list[StandingsEntry] = []
            for mm, a, b in run:
                entry = _entry(state, mm, a, b, entries[-1] if entries else None)
                if entry is not None:
                    entries.append(entry)
            if entries:
                _table(state, header, entries, (header[0][0] if header else run[0][1], run[-1][2]))
        i = j


def _inline(state: ParseState, s: int, e: int) -> None:
    """A table written on one line: 'Ställning: 1. A 65 p, 2. B 60 p, 3. C 44 p.'"""
    text = state.text
    if not _INLINE_CUE.search(text, s, e):  # cheap gate: no "1. Name" in the line
        return
    v = _vocab()
    # a second one: where a case-sensitive scan of the folded line finds no header word,
    # the case-insensitive header pattern (which re tries at every position) finds none
    # either (see textutil.fold_hint; fold() keeps the last text's fold)
    low = fold(text)
    if low is not None and not v["header_hint"].search(low, s, e):
        return
    heads = list(v["header"].finditer(text, s, e))
    if not heads:
        return
    found = list(_INLINE.finditer(text, s, e))
    if len(found) < 2 or not found[0].group("unit"):
        return
    # the table is the sentence that holds the header word, not the whole paragraph
    before = [h for h in heads if h.start() < found[0].start()]
    if not before:
        return
    head = before[-1].start()
    dot = max(text.rfind(". ", s, head), text.rfind("! ", s, head), text.rfind("? ", s, head))
    start = s if dot < 0 else dot + 2
    entries: list[StandingsEntry] = []
    for m in found:
        entry = _entry(state, m, m.start(), m.end(), entries[-1] if entries else None)
        if entry is not None:
            entries.append(entry)
    stop = found[-1].end()
    if stop < e and text[stop] == ".":
        stop += 1
    _table(state, [(start, found[0].start())], entries, (start, stop))


@Language.factory("reportgen_standings", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_standings(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        state = doc._.rg
        text = state.text
        # (an ASCII digit answers at C speed; other digits are rare)
        if any(d in text for d in "0123456789") or any(c.isdigit() for c in text):
            extract_standings(state)
        return doc

    return component
