"""Merge and clean the state: participants from all facts, dedupe, session order.

Participants are the people the narrative names as competing: drivers with a
result or an incident, and quoted speakers who are not staff (a team boss), in
first-mention order. Names that only a standings table gives are not participants,
but a participant's nationality may come from that table.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Participant
from .sessions import KIND_RANK, session_sort_key
from .state import ParseState


def _participants(state: ParseState) -> None:
    people = state.people
    competing: set[str] = set()
    for s in state.sessions:
        competing.update(r.driver for r in s.results)
    competing.update(i.driver for i in state.incidents if i.driver)
    competing.update(q.speaker for q in state.quotes if q.speaker and q.speaker not in state.staff)
    competing.update(n for n in list(state.teams) + list(state.cars) if n not in state.staff)
    competing.discard(None)  # type: ignore[arg-type]
    table_nat = {e.name: e.nationality for t in state.standings for e in t.entries if e.nationality}
    first = {n: i for i, n in enumerate(people.full_names)}
    for m in people.mentions:
        first.setdefault(m.name, len(first) + m.start)
    # each name's earliest mention, in one pass (not one pass over the mentions per name)
    earliest: dict[str, int] = {}
    for m in people.mentions:
        if m.name not in earliest or m.start < earliest[m.name]:
            earliest[m.name] = m.start
    # ties (names never mentioned as a person: a speaker or a team's driver read off a
    # list) go by where the text has them, then by name: never by set order, which
    # changes with the hash seed from one run to the next
    def where(n: str) -> int:
        at = state.text.find(n)
        return at if at >= 0 else 10**9

    order = sorted(competing, key=lambda n: (earliest.get(n, 10**9), first.get(n, 10**9), where(n), n))
    out: dict[str, Participant] = {}
    for name in order:
        prev = state.participants.get(name)
        out[name] = Participant(
            name=name,
            nationality=(prev.nationality if prev and prev.nationality else None)
            or people.nationality.get(name)
            or table_nat.get(name),
            team=(prev.team if prev else None) or state.teams.get(name),
            car=(prev.car if prev else None) or state.cars.get(name),
            gender=people.gender.get(name) if name in people.gender_shown else None,  # type: ignore[arg-type]
        )
    for name, p in state.participants.items():
        out.setdefault(name, p)
    state.participants = out


def _sessions(state: ParseState) -> None:
    referenced = {i.session for i in state.incidents if i.session} | state.sessions_told
    # a session named only by an incident ("punktering på SS3") is still a session
    for sid in sorted(referenced):
        kind, _, num = sid.partition("-")
        if state.session(sid) is None and kind in KIND_RANK:
            state.get_or_add_session(kind, int(num) if num.isdigit() else None, state.session_labels.get(sid))
    kept = [s for s in state.sessions if s.results or s.id in referenced]
    kinds = [s.kind for s in kept]
    interleave = kinds.count("qualifying") > 1 and kinds.count("qualifying") == kinds.count("race")
    kept.sort(key=lambda s: session_sort_key(s.kind, s.number, interleave))
    # ids must be unique: "<kind>-<number>" or "<kind>"
    seen: set[str] = set()
    unique = []
    for s in kept:
        if s.id in seen:
            continue
        seen.add(s.id)
        unique.append(s)
    state.sessions = unique


@Language.factory("reportgen_finalize", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_finalize(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        state: ParseState = doc._.rg
        _sessions(state)
        _participants(state)
        return doc

    return component
