"""Team and car of a driver: "tävlade för ett nytt team ROJA Motorsport",
"kör för Lestrup Racing Team", "ny bilmodell Hyundai Veloster N TCR", "i sin Audi R8".

The words are data (``vehicles.json``); a team is the capitalised run after a team
phrase, a car is a make from the data plus the model words after it.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import NamedTuple

from ..lexicon import load
from .linescan import line_gate, line_matches, paren_runs
from .state import ParseState, joined_run
from .textutil import (
    CAP_WORD,
    CAP_WORD_BEFORE_BRACKET,
    LOWER,
    UPPER,
    alternation,
    written_alone,
    written_lower,
)

# model words: capitalised, all-caps or with digits ("Veloster", "N", "TCR", "R8", "911", "GT3")
# A full stop only inside a word ("2.0"): "Audi RS 3 LMS. Oscar Lindahl" ends at the stop.
_MODEL_CHARS = r"(?:[\w\-+]|\.(?=\w))*"
_MODEL_WORD = rf"(?:[{UPPER}0-9]{_MODEL_CHARS}|[{LOWER}]*\d{_MODEL_CHARS})"


_LIST_TEAM = re.compile(
    # (a place, or a status label: "Utgick: Roger Sten, Varbergs MK")
    rf"(?m)^[ \t]*(?:\d{{1,3}}[ \t]*[.):]|[{UPPER}][{LOWER} ]{{1,24}}:)"
    rf"[ \t]+({CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,2}})"
    # "Anna Berg, Team X", "Anna Berg (SWE), Team X", "Anna Berg (SWE) Team X"
    rf"(?:[ \t]*\([A-Z]{{1,3}}\)[ \t]*(?:[,–—][ \t]*)?|[ \t]*[,–—][ \t]*)"
    rf"([{UPPER}0-9][^,\n(]*?)[ \t]*(?=$|,|\(|[ \t]+\d)"
)
_LIST_TEAM_GATE = line_gate(rf"[ \t]*+(?:\d|[{UPPER}][{LOWER} ]{{1,24}}:)")


_CREW_GAP = re.compile(r"\s*(?:,|och|/)\s*")

_BRACKET_TEAM = re.compile(
    rf"({CAP_WORD_BEFORE_BRACKET}(?:[ \t]+{CAP_WORD}){{1,2}})[ \t]*\(([^()\n]{{3,40}})\)"
)


class _Patterns(NamedTuple):
    team: re.Pattern[str]  # after a team phrase: "kör för Lestrup Racing Team"
    car: re.Pattern[str]  # a make and its model words: "Hyundai Veloster N TCR"
    joined: re.Pattern[str]  # right after a name: " och Brink Motorsport"
    in_car: re.Pattern[str]  # right after a name: " i Axelsson GT:s Porsche 718 Cayman GT4"
    signed: re.Pattern[str]  # a signature line: "Oliver Nyman, #27 Vortex Racing Team"
    word: re.Pattern[str]  # one word of a team's name
    team_car: re.Pattern[str]  # after a team's name: " och deras Porsche 911 GT3 Cup"
    team_with: re.Pattern[str]  # after a team's name: " med " (its driver follows)
    collective: re.Pattern[str]  # a crew's word after a team's genitive: "trio "


@cache
def _patterns() -> _Patterns:
    lex = load("sv")
    forms = {e.concept: list(e.forms) for e in lex.entries("vehicles")}
    intro = alternation(forms["team.intro"])  # inside (?i:…)
    team_word = alternation(forms["team.word"], ignorecase=False)
    name_run = rf"(?:{CAP_WORD}|[{UPPER}0-9&][{UPPER}0-9&\-]*)"
    team_name = rf"{name_run}(?:\s+(?:{name_run}|&|by))*?(?:\s+(?:{team_word}))*"
    team_end = rf"(?=$|[,.;:!?)\n]|\s+[{LOWER}0-9(]|\s*$)"
    team = re.compile(rf"(?<![\w])(?i:{intro})\s+(?P<team>{team_name}){team_end}")
    makes = alternation(forms["car.make"], ignorecase=False)
    # (lower-case model words from the data: "Audi R8 LMS GT3 evo II")
    model = rf"(?:{_MODEL_WORD}|(?:{alternation(forms['car.model_word'], ignorecase=False)})(?![\w-]))"
    car_name = rf"(?:{makes})(?:[ \t]+{model}){{0,5}}"
    car = re.compile(rf"(?<![\w-])(?P<car>{car_name})")
    # "Elin Holmberg och Brink Motorsport fick ...": matched right after a name
    joined = re.compile(rf"[ \t]+(?:{alternation(forms['team.join'])})[ \t]+(?P<team>{team_name}){team_end}")
    # "... och Noah Lindgren i Axelsson GT:s Porsche 718 Cayman GT4": matched right after a name
    owner = alternation(forms["car.intro_owner"])
    in_car = re.compile(
        rf"[ \t]+(?:{owner})[ \t]+(?P<team>{name_run}(?:[ \t]+{name_run})*?)(?::s|s)[ \t]+(?P<car>{car_name})"
    )
    # a release's signature line: "Oliver Nyman, #27 Vortex Racing Team", "/Ida Westberg, #18 Ekholm Racing"
    signed = re.compile(
        rf"(?m)^[ \t]*/?[ \t]*(?P<who>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,2}})[ \t]*,[ \t]*#\d{{1,3}}[ \t]+"
        rf"(?P<team>[{UPPER}][^,\n]*?)[ \t]*$"
    )
    word = re.compile(rf"{name_run}(?![\w-])")
    # after a team's name: "Team Vättern GT och deras Porsche 911 GT3 Cup"
    team_car = re.compile(rf"[ \t]+(?:{alternation(forms['car.intro_team'])})[ \t]+(?P<car>{car_name})")
    # "Motala Racing med Sofia Engdahl vid ratten"
    team_with = re.compile(rf"[ \t]+(?:{alternation(forms['team.with'])})[ \t]+")
    # a crew's word after a team's genitive: "Team Nordlys trio Karin Westberg, …"
    crew_words = lex.forms("roles", "crew.collective")
    collective = re.compile(rf"(?:{alternation(crew_words, ignorecase=False)})[ \t]+")
    return _Patterns(team, car, joined, in_car, signed, word, team_car, team_with, collective)


@cache
def _codes() -> frozenset[str]:
    """Nationality codes ("FIN", "SWE"): a code in its own cell is no team ("EKK" is one)."""
    return frozenset(f for e in load("sv").entries("nationalities") for f in e.forms)


@cache
def _team_words() -> frozenset[str]:
    """Team words (lower case), read once: _looks_like_team runs for every candidate."""
    lex = load("sv")
    return frozenset(f.lower() for e in lex.entries("vehicles") if e.concept == "team.word" for f in e.forms)


def _looks_like_team(name: str) -> bool:
    """A team word in ``name``, or an all-caps word of three letters or more ("ROJA")."""
    words = _team_words()
    ws = name.split()
    for w in ws:  # (plain loops: any(<generator>) cost more, and this runs per candidate)
        if w.lower() in words:
            return True
    for w in ws:
        if w.isupper() and w.isalpha() and len(w) > 2:
            return True
    return False


def find_teams_and_cars(state: ParseState) -> None:
    """Fill ``state.participants``-to-be (kept on ``state.teams``/``state.cars``)."""
    p = _patterns()
    team_re, car_re = p.team, p.car
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
    for m in (*line_matches(_LIST_TEAM, _LIST_TEAM_GATE, text), *_bracket_teams(text)):
        who = people.resolve(m.group(1), m.start(1))
        team = m.group(2).strip()
        if (
            who
            and who not in state.teams
            and _looks_like_team(team)
            and team not in people.full_names
            and team not in _codes()
        ):
            state.teams[who] = team
    for m in filter(None, (car_re.match(text, s) for s in starts)):
        car = m.group("car").strip().rstrip(".")
        if len(car.split()) < 2 or _in_series(state, m.start()):
            continue
        for who in _owners(state, m.start()):
            state.cars.setdefault(who, car)
    _joined_teams(state)
    _named_by_team(state)
    _crew_shares(state)
    _teammates(state)


def _joined_teams(state: ParseState) -> None:
    """Teams and cars told beside a name rather than after a team phrase: "Elin Holmberg
    och Brink Motorsport" (one subject), "A och B i Axelsson GT:s Porsche 718 Cayman GT4"
    (the crew in the team's car; a make alone is the car here: "Svärd Motorsports
    Porsche"), and a signature line "Oliver Nyman, #27 Vortex Racing Team"."""
    p = _patterns()
    joined, in_car, signed = p.joined, p.in_car, p.signed
    people, text = state.people, state.text
    mentions = people.mentions
    for k, m in enumerate(mentions):
        blank = text[m.end : m.end + 1]
        if blank != " " and blank != "\t":
            continue  # (both patterns start with blanks)
        if (j := joined.match(text, m.end)) is not None:
            name = j.group("team").strip()
            if _looks_like_team(name) and name not in people.full_names:
                state.teams.setdefault(m.name, name)
        if (c := in_car.match(text, m.end)) is not None:
            name = c.group("team")
            # "i Lisa Eks BMW": a person's car, not a team's
            team_owned = name not in people.full_names and not people.resolve(name, c.start("team"))
            crew, i = [m], k
            while i > 0 and _CREW_GAP.fullmatch(text, mentions[i - 1].end, crew[0].start):
                i -= 1
                crew.insert(0, mentions[i])
            car = c.group("car").strip().rstrip(".")
            for who in dict.fromkeys(x.name for x in crew):
                if team_owned and (_looks_like_team(name) or name.split()[-1].isupper()):
                    state.teams.setdefault(who, name)
                state.cars.setdefault(who, car)
    # (a signature holds "#": most texts hold none, and the scan tries every position)
    for g in signed.finditer(text) if "#" in text else ():
        who = people.resolve(g.group("who"), g.start("who"))
        team = g.group("team")
        if who and _looks_like_team(team) and team not in people.full_names:
            state.teams.setdefault(who, team)


def _team_runs(state: ParseState) -> list[tuple[int, int]]:
    """Team names written as such: the capitalised words around a team word ("Team
    Nordviks", "Motala Racing", "Team Vättern GT"), up to a person's name. A sentence's
    first word is capitalised whatever it is: a leading word the text also writes in
    lower case ("I", "För") is no part of the name."""
    text, people = state.text, state.people
    car, word = _patterns().car, _patterns().word
    mentions = people.mentions
    starts: set[int] = set()
    order: list[int] = []
    runs: list[tuple[int, int]] = []

    def in_name(k: int) -> bool:
        """Whether ``k`` lies in a person's name ("Engdahl" in "Sofia Engdahl Racing")."""
        i = bisect.bisect_right(order, k) - 1
        return i >= 0 and k < mentions[i].end

    for hs, he, concept in state.family("team"):
        if concept != "team.word" or not text[hs : hs + 1].isupper() or (runs and hs < runs[-1][1]):
            continue
        if not starts and mentions:
            starts = {m.start for m in mentions}
            order = [m.start for m in mentions]
        # back over the capitalised words before the team word, on the same line
        words = [(hs, he)]
        while True:
            a = words[0][0]
            if a < 2 or text[a - 1] not in " \t":
                break
            b = a - 1
            # the word's start: after the last blank or line break before it (the tab and
            # the line break are looked for after the last space only, not back to the
            # text's start)
            k = text.rfind(" ", 0, b)
            k = max(k, text.rfind("\t", k + 1, b), text.rfind("\n", k + 1, b)) + 1
            if in_name(k) or not word.fullmatch(text, k, b):
                break  # (a person's name, or no capitalised word)
            words.insert(0, (k, b))
        while len(words) > 1 and written_lower(text, text[words[0][0] : words[0][1]]):
            words.pop(0)
        # on over the capitalised words after it, up to a person's name or a car
        end = he
        while (
            text[end : end + 1] == " "
            and end + 1 not in starts
            and (m := word.match(text, end + 1)) is not None
            and car.match(text, end + 1) is None
        ):
            end = m.end()
        runs.append((words[0][0], end))
    return runs


def _named_by_team(state: ParseState) -> None:
    """People and cars a team's name is written with: "Team Nordviks Mats Ek och Lina
    Berg" (the team's drivers), "Motala Racing med Sofia Engdahl vid ratten", "Team
    Vättern GT och deras Porsche 911 GT3 Cup" (who drives that car is in the team)."""
    text, people = state.text, state.people
    p = _patterns()
    mentions = people.mentions
    at = {m.start: k for k, m in enumerate(mentions)}
    for s, e in _team_runs(state):
        name = text[s:e]
        genitive = name.endswith((":s", "s")) and text[e : e + 1] == " "
        team = _genitive_base(text, name, s) if genitive else name
        if genitive and (c := p.car.match(text, e + 1)) is not None:
            # "Valkyria Racings Lamborghini Huracán GT3 EVO2": who drives it is in the team
            if _looks_like_team(team) and team not in people.full_names:
                _team_of_car(state, c.group("car"), team)
            continue
        named_at = e + 1
        if genitive and (cw := p.collective.match(text, named_at)) is not None:
            named_at = cw.end()  # "Team Nordlys trio Karin Westberg, Jonas Åkesson och …"
        if genitive and named_at in at:
            # "Team Nordviks Mats Ek och Lina Berg": the run of names after
            k = at[named_at]
            crew = [mentions[k]]
            while k + 1 < len(mentions) and _CREW_GAP.fullmatch(text, crew[-1].end, mentions[k + 1].start):
                k += 1
                crew.append(mentions[k])
            if _looks_like_team(team) and team not in people.full_names:
                for m in crew:
                    state.teams.setdefault(m.name, team)
            continue
        if not _looks_like_team(name) or name in people.full_names:
            continue
        w = p.team_with.match(text, e)
        if w is not None and w.end() in at:
            state.teams.setdefault(mentions[at[w.end()]].name, name)
            continue
        c = p.team_car.match(text, e)
        if c is not None:
            _team_of_car(state, c.group("car"), name)
            continue
        _crew_after_team(state, s, e, name, at)


# a sentence's end: its stop, and the space before the next one
_SENT_END = re.compile(r"[.!?](?:\s+|$)")


def _crew_after_team(state: ParseState, s: int, e: int, team: str, at: dict[int, int]) -> None:
    """ "Team Baltic Speed vann Anderstorp 6 timmar. Lukas Petrauskas, Tobias Ahl och
    Mikael Wikström tog ledningen …": a sentence about a team that names no one, and the
    next one opening with a run of names (or "Förartrion" and the names): the team's crew."""
    text, people = state.text, state.people
    line_start = text.rfind("\n", 0, s) + 1
    if s != line_start and not _SENT_END.fullmatch(text, max(line_start, s - 2), s):
        return  # (not where a sentence starts: not the subject)
    stop = _SENT_END.search(text, e)
    line_end = text.find("\n", e)
    if stop is None or (0 <= line_end < stop.start()) or people.between(e, stop.start()):
        return
    nxt = stop.end()
    cw = _patterns().collective.match(text[nxt : nxt + 1].lower() + text[nxt + 1 : nxt + 40])
    if cw is not None:
        nxt += cw.end()
    if nxt not in at:
        return
    mentions = people.mentions
    crew = joined_run(text, mentions[at[nxt] :], _MATES_JOIN)
    if len({m.name for m in crew}) >= 2:
        for m in crew:
            state.teams.setdefault(m.name, team)


def _genitive_base(text: str, name: str, start: int) -> str:
    """The team a genitive names: "Vinga Racings" is Vinga Racing's, "Axelsson GT:s" is
    Axelsson GT's; but a name that ends in s has no ending of its own ("Team Nordlys
    trio"): when the text writes the name with its s elsewhere and never without it, the
    s is the name's."""
    if name.endswith(":s"):
        return name[:-2]
    base = name[:-1]
    if next(written_alone(text, base, "-"), None) is not None:
        return base
    for at in written_alone(text, name, ":-"):
        if at != start:
            return name
    return base


def _team_of_car(state: ParseState, car: str, team: str) -> None:
    """Whoever drives ``car`` (as a car match wrote it) is in ``team``."""
    car = car.strip().rstrip(".")
    for who, got in state.cars.items():
        if got == car:
            state.teams.setdefault(who, team)


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


# from a teammate's name to the word "lagkamrat": "Dahl och lagkamraterna", "Dahls
# lagkamrat", "Ek (SWE) och hans nya stallkamrat"
_MATE_GAP = re.compile(
    r"(?::?s)?\s*(?:\([A-Z]{2,3}\))?\s*(?:(?:och|med)\s+(?:(?:hans|hennes|sin|sina|deras)\s+)?"
    r"(?:[a-zåäö]+\s+)?|(?<=s)\s+)"
)
_MATES_JOIN = re.compile(r"\s*(?:\([A-Z]{2,3}\))?\s*(?:,|och)\s*")


def _teammates(state: ParseState) -> None:
    """Teammates are in one team: "Dahl och lagkamraterna Lars Winther och Jakob
    Sjöberg" (``team.mate``) gives the mates the team one of them has. Only the team: a
    teammate may drive another car of the team (a crew shares the car)."""
    people, text = state.people, state.text
    for hs, he, concept in state.family("team"):
        if concept != "team.mate":
            continue
        before = people.between(max(0, hs - 60), hs)
        if not before or not _MATE_GAP.fullmatch(text, before[-1].end, hs):
            continue
        after = people.between(he, he + 160)
        if not after or text[he : after[0].start].strip():
            continue
        mates = [before[-1].name, *(m.name for m in joined_run(text, after, _MATES_JOIN))]
        team = next((state.teams[n] for n in mates if n in state.teams), None)
        if team is not None:
            for n in mates:
                state.teams.setdefault(n, team)
        for crew in {id(c): c for c in (people.crews.get(n) for n in mates) if c}.values():
            for n in crew:  # (a mate's crew shares the team it was just given)
                if team is not None:
                    state.teams.setdefault(n, team)


def _bracket_teams(text: str) -> list[re.Match[str]]:
    """``_BRACKET_TEAM.finditer(text)``, run only in the runs of name characters that
    end at a "(" (linescan.paren_runs): a match starts in such a run and has that "(" as
    its bracket, so there is one match at most in each, within the line and no more than
    42 characters from the "(" ("(", 3 to 40 characters, ")")."""
    out: list[re.Match[str]] = []
    pos, n = 0, len(text)
    for run_start, paren in paren_runs(text):
        line_end = text.find("\n", paren, paren + 42)
        m = _BRACKET_TEAM.search(text, max(run_start, pos), line_end if line_end >= 0 else min(n, paren + 42))
        if m is not None and m.start() < paren:
            out.append(m)
            pos = m.end()
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
    inside = state.people.starting(sent_start, offset)
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
