"""Team and car of a driver: "tävlade för ett nytt team ROJA Motorsport",
"kör för Lestrup Racing Team", "ny bilmodell Hyundai Veloster N TCR", "i sin Audi R8".

The words are data (``vehicles.json``); a team is the capitalised run after a team
phrase, a car is a make from the data plus the model words after it.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import load
from .state import ParseState
from .textutil import CAP_WORD, CAP_WORD_BEFORE_BRACKET, LOWER, UPPER, alternation

# model words: capitalised, all-caps or with digits ("Veloster", "N", "TCR", "R8", "911", "GT3")
# A full stop only inside a word ("2.0"): "Audi RS 3 LMS. Oscar Lindahl" ends at the stop.
_MODEL_CHARS = r"(?:[\w\-+]|\.(?=\w))*"
_MODEL_WORD = rf"(?:[{UPPER}0-9]{_MODEL_CHARS}|[{LOWER}]*\d{_MODEL_CHARS})"


_LIST_TEAM = re.compile(
    rf"(?m)^[ \t]*\d{{1,3}}[ \t]*[.):][ \t]+({CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,2}})"
    rf"(?:[ \t]*\([A-Z]{{1,3}}\))?"
    rf"[ \t]*[,–—][ \t]*([{UPPER}0-9][^,\n(]*?)[ \t]*(?=$|,|\(|[ \t]+\d)"
)


_CODE_ONLY = re.compile(r"[A-Z]{1,3}")  # a nationality code, not a team
_CREW_GAP = re.compile(r"\s*(?:,|och|/)\s*")

_BRACKET_TEAM = re.compile(
    rf"({CAP_WORD_BEFORE_BRACKET}(?:[ \t]+{CAP_WORD}){{1,2}})[ \t]*\(([^()\n]{{3,40}})\)"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load("sv")
    forms = {e.concept: list(e.forms) for e in lex.entries("vehicles")}
    intro = alternation(forms["team.intro"])  # inside (?i:…)
    team_word = alternation(forms["team.word"], ignorecase=False)
    name_run = rf"(?:{CAP_WORD}|[{UPPER}0-9&][{UPPER}0-9&\-]*)"
    team = re.compile(
        rf"(?<![\w])(?i:{intro})\s+(?P<team>{name_run}(?:\s+(?:{name_run}|&|by))*?(?:\s+(?:{team_word}))*)"
        rf"(?=$|[,.;:!?)\n]|\s+[{LOWER}0-9(]|\s*$)"
    )
    makes = alternation(forms["car.make"], ignorecase=False)
    # (lower-case model words from the data: "Audi R8 LMS GT3 evo II")
    model = rf"(?:{_MODEL_WORD}|(?:{alternation(forms['car.model_word'], ignorecase=False)})(?![\w-]))"
    car = re.compile(rf"(?<![\w-])(?P<car>(?:{makes})(?:[ \t]+{model}){{0,5}})")
    return team, car


@cache
def _team_words() -> frozenset[str]:
    """Team words (lower case), read once: _looks_like_team runs for every candidate."""
    lex = load("sv")
    return frozenset(f.lower() for e in lex.entries("vehicles") if e.concept == "team.word" for f in e.forms)


def _looks_like_team(name: str) -> bool:
    words = _team_words()
    ws = name.split()
    return any(w.lower() in words for w in ws) or any(w.isupper() and w.isalpha() and len(w) > 2 for w in ws)


def find_teams_and_cars(state: ParseState) -> None:
    """Fill ``state.participants``-to-be (kept on ``state.teams``/``state.cars``)."""
    team_re, car_re = _patterns()
    people = state.people
    text = state.text
    # match only where the lexicon component found a team phrase or a car make
    starts = sorted(
        {s for fam in ("team", "car") for s, _e, c in state.family(fam) if c in ("team.intro", "car.make")}
    )
    for m in filter(None, (team_re.match(text, s) for s in starts)):
        name = m.group("team").strip()
        if not name[:1].isupper() or not _looks_like_team(name):
            continue
        if name in people.full_names:
            continue
        for who in _owners(state, m.start()):
            state.teams.setdefault(who, name)
    # result and entry lists, "1. Viktor Lind, Lestrup Racing Team", then a team in brackets
    # after a name, "1. Alva Nyström (Göteborgs MK)"; a nationality code in its own cell
    # ("1. Aapo Salminen, FIN, 187 p") or in brackets is no team
    for m in (*_LIST_TEAM.finditer(text), *_bracket_teams(text)):
        who = people.resolve(m.group(1), m.start(1))
        team = m.group(2).strip()
        if (
            who
            and who not in state.teams
            and _looks_like_team(team)
            and team not in people.full_names
            and not _CODE_ONLY.fullmatch(team)
        ):
            state.teams[who] = team
    for m in filter(None, (car_re.match(text, s) for s in starts)):
        car = m.group("car").strip().rstrip(".")
        if len(car.split()) < 2 or _in_series(state, m.start()):
            continue
        for who in _owners(state, m.start()):
            state.cars.setdefault(who, car)
    _crew_shares(state)


def _crew_shares(state: ParseState) -> None:
    """A crew shares one car, and so one team: a crew member the text gives no team or
    car to has the crew's ("delad mellan A, B och C", a rally driver and co-driver).
    The first member named with one gives it (crews keep the order they were named)."""
    for crew in {id(c): c for c in state.people.crews.values()}.values():
        for found in (state.teams, state.cars):
            given = next((found[n] for n in crew if n in found), None)
            if given is None:
                continue
            for n in crew:
                found.setdefault(n, given)


def _bracket_teams(text: str) -> list[re.Match[str]]:
    """``_BRACKET_TEAM.finditer(text)``, run on the lines that hold a "(" only: a match
    lies inside one line (no part of the pattern matches "\\n")."""
    out: list[re.Match[str]] = []
    start = 0
    while (paren := text.find("(", start)) >= 0:
        line_start = text.rfind("\n", 0, paren) + 1
        line_end = text.find("\n", paren)
        if line_end < 0:
            line_end = len(text)
        out += _BRACKET_TEAM.finditer(text, line_start, line_end)
        start = line_end + 1
    return out


def _in_series(state: ParseState, offset: int) -> bool:
    """A make inside a series name ("Porsche Carrera Cup") is not a car."""
    return any(s <= offset < e for s, e, c in state.hits(max(0, offset - 40), offset + 80, "series."))


def _owners(state: ParseState, offset: int) -> list[str]:
    """The people a team/car phrase belongs to: the last one named in the sentence
    before it (the driver of an "A/B" crew, every name of "A, B och C vann"), else the
    main driver of the text."""
    text = state.text
    line_start = text.rfind("\n", 0, offset) + 1
    sent_start = max(text.rfind(". ", line_start, offset) + 1, line_start)
    inside = [m for m in state.people.mentions if sent_start <= m.start < offset]
    if not inside:
        return [state.people.main] if state.people.main else []
    k = len(inside) - 1
    group = [inside[k]]
    # "Patrik Lind/Maria Berg, Volvo 940", "A, B och C vann ... i en BMW": the crew's car
    while k > 0 and _CREW_GAP.fullmatch(text, inside[k - 1].end, inside[k].start):
        k -= 1
        group.insert(0, inside[k])
    if len(group) > 1 and len(text[sent_start : group[0].start].split()) > 2:
        group = group[-1:]
    return list(dict.fromkeys(m.name for m in group))
