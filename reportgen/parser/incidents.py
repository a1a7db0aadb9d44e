"""Incidents (technical, crash, contact, safety car, penalty...) linked to session and driver.

The vocabulary is data (``lang/sv/incidents.json``): concept ``incident.<type>`` or
``incident.<type>.<detail>`` whose value is the English detail. The lexicon component
has already marked every form in the text, so this component only walks those hits:

- a named part ("motorn", "drivaxeln") is an incident only when its sentence also holds
  a failure cue (``incident.cue.failure``: "gick sönder", "problem", "bröt"...), or the
  form itself ends in one ("motorproblem");
- "bröts"/"stoppades" (``incident.cue.stopped``) is a red flag only right after a session
  word ("Finalen bröts");
- quotes, standings tables and headlines are skipped (the narrative states the facts and
  a headline repeats the body);
- the session is the one named right after the cue in the same sentence ("tidstillägg
  ... i kvalheat 3"), else ``state.session_at``;
- the driver is none for field-wide types; else a person named "av/för X" right after a
  crash/spin word, else the subject before the cue in the sentence (objects after
  "av/med/bakom/före" are skipped), else the first person after it; a results-list line
  without a name falls back to the person last named;
- one incident per (type, session, driver): a repeat merges, keeping the more specific
  detail; a repeat with no session merges into the same (type, driver) with one;
- "tvingades bryta"/"bröt" is a dnf result; it is also a ``retirement`` incident only
  when no technical problem, crash or contact of that driver explains it (corpus/README.md);
  a disqualification is a result status, never a penalty incident by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load
from ..model import Incident
from .state import Mention, ParseState
from .textutil import sentences

FIELD_WIDE = {"safety_car", "red_flag", "weather"}
# a driver named right after these types' cue ("avåkning för Eide") is the one it hit
_AFTER_NAME_TYPES = {"crash", "spin", "technical"}
_AFTER_NAME = re.compile(r"\s*(?:för|av)\s+(?:\w+\s+)?$")
_OBJECT_BEFORE = re.compile(r"(?:\b(?:av|med|bakom|före|framför|om|förbi)\s+(?:\w+\s+)?)$", re.I)
_HEADLINE_END = re.compile(r"[.!?:]\s*$")


@dataclass
class _Hit:
    start: int
    end: int
    type: str
    detail: str | None


@cache
def _vocab() -> tuple[dict[str, str | None], tuple[str, ...]]:
    """concept -> English detail, and the failure cue words (lower case)."""
    details: dict[str, str | None] = {}
    cues: list[str] = []
    for e in load("sv").entries("incidents"):
        if e.concept == "incident.cue.failure":
            cues.extend(f.lower() for f in e.forms)
        elif not e.concept.startswith("incident.cue."):
            details[e.concept] = None if e.value is None else str(e.value)
    return details, tuple(sorted(set(cues), key=len, reverse=True))


def _is_headline(state: ParseState, start: int, end: int) -> bool:
    """A short line with no sentence punctuation: a title or a section heading."""
    line = state.text[start:end]
    return not _HEADLINE_END.search(line) and len(line.split()) <= 10


def _hits(state: ParseState) -> list[_Hit]:
    details, cues = _vocab()
    text = state.text
    raw = [h for h in state.lex_hits if h[2].startswith("incident.")]
    # keep the longest of overlapping hits ("tekniska problem med" over "tekniska problem")
    kept: list[tuple[int, int, str]] = []
    for h in sorted(raw, key=lambda h: (h[0], -(h[1] - h[0]))):
        if kept and h[0] < kept[-1][1]:
            continue
        kept.append(h)
    # cues from every hit: a cue form may also be another concept's form ("bröt")
    cue_starts = [h for h in raw if h[2] in ("incident.cue.failure", "incident.technical")]
    out: list[_Hit] = []
    for s, e, concept in kept:
        if state.in_quote(s) or state.in_table(s):
            continue
        if concept == "incident.cue.stopped":
            if _session_word_before(state, s):
                out.append(_Hit(s, e, "red_flag", None))
            continue
        if concept.startswith("incident.cue."):
            continue
        parts = concept.split(".")
        kind = parts[1]
        detail = details.get(concept)
        if kind == "technical" and len(parts) > 2 and detail != "puncture":
            form = text[s:e].lower()
            if not form.endswith(cues):
                ss, se = _sentence(state, s)
                near = any(ss <= c[0] < se and c[0] != s for c in cue_starts)
                if not near:
                    continue
        out.append(_Hit(s, e, kind, detail))
    return out


def _sentence(state: ParseState, offset: int) -> tuple[int, int]:
    ps, pe = state.paragraph_of(offset)
    for s, e in sentences(state.text, ps, pe):
        if s <= offset < e:
            return s, e
    return ps, pe


def _session_word_before(state: ParseState, offset: int) -> bool:
    """A session word ends at most two words before ``offset`` ("Den andra semifinalen stoppades")."""
    ps, _ = state.paragraph_of(offset)
    for s, e, _c in state.hits(max(ps, offset - 40), offset, "session."):
        if len(state.text[e:offset].split()) <= 1:
            return True
    return False


def _block_start(state: ParseState, offset: int) -> int:
    """Start of the block of lines (no blank line between) that holds ``offset``."""
    gap = state.text.rfind("\n\n", 0, offset)
    return 0 if gap < 0 else gap + 2


def _is_heading_line(state: ParseState, offset: int) -> bool:
    s, e = state.paragraph_of(offset)
    line = state.text[s:e].rstrip()
    return line.endswith(":") or len(line.split()) <= 4


def _session(state: ParseState, hit: _Hit, sent: tuple[int, int]) -> str | None:
    """The session of an incident, from its sentence outwards.

    A session named just after the cue in its sentence ("tidstillägg ... i kvalheat
    3") wins; then the nearest one in the sentence, the last one earlier in the
    paragraph, and a session heading above the line in the same block ("Kvalheat 3:").
    """
    marks = state.session_marks
    window = min(sent[1], hit.end + 60)
    after = [sid for o, sid in marks if hit.end <= o < window]
    if after:
        return after[0]
    for s, _e, concept in state.hits(hit.end, window, "session."):
        kind = concept.split(".")[1]
        if kind in ("practice", "qualifying", "race", "final", "other") and "_" not in concept:
            return state.get_or_add_session(kind, None).id if not any(
                sid.startswith(kind + "-") for _o, sid in marks) else None
    in_sent = [(abs(o - hit.start), sid) for o, sid in marks if sent[0] <= o < sent[1]]
    if in_sent:
        return min(in_sent)[1]
    ps, _pe = state.paragraph_of(hit.start)
    before = [(o, sid) for o, sid in marks if ps <= o < hit.start]
    if before:
        return before[-1][1]
    block = _block_start(state, hit.start)
    heads = [(o, sid) for o, sid in marks if block <= o < ps and _is_heading_line(state, o)]
    if heads:
        return heads[-1][1]
    # an endurance race or a one-race meeting: the race is all there is to be about
    kinds = {sess.kind for sess in state.sessions}
    races = [sess for sess in state.sessions if sess.kind == "race"]
    if len(races) == 1 and not kinds & {"heat", "stage", "final"}:
        return races[0].id
    return None


def _crew_second(state: ParseState, m: Mention) -> bool:
    """A co-driver: named as one, or second of a crew written "Driver/Co-driver"."""
    if m.name in state.people.codrivers:
        return True
    return m.start > 0 and state.text[m.start - 1] == "/"


def _subject(state: ParseState, mentions: list[Mention], offset: int) -> Mention | None:
    """The last person named before ``offset`` that is not an object ("av X")."""
    text = state.text
    for m in reversed(mentions):
        if m.start >= offset:
            continue
        if _OBJECT_BEFORE.search(text[max(0, m.start - 30):m.start]):
            continue
        return m
    return None


def _driver(state: ParseState, hit: _Hit, sent: tuple[int, int], listline: bool) -> str | None:
    if hit.type in FIELD_WIDE:
        return None
    text = state.text
    # incidents go to the driver, never to the co-driver of a crew
    mentions = [m for m in state.people.between(sent[0], sent[1]) if not _crew_second(state, m)]
    if hit.type in _AFTER_NAME_TYPES:
        for m in mentions:
            if m.start >= hit.end and _AFTER_NAME.fullmatch(text[hit.end:m.start]):
                return m.name
    subj = _subject(state, mentions, hit.start)
    if subj:
        return subj.name
    comma = text.find(",", hit.end, sent[1])
    clause_end = sent[1] if comma < 0 else comma
    later = [
        m for m in mentions
        if hit.start < m.start < clause_end and not _OBJECT_BEFORE.search(text[max(0, m.start - 30):m.start])
    ]
    if later:
        return later[0].name
    if listline:
        return state.people.nearest(hit.start) or state.people.main
    if hit.type == "technical":
        return state.people.main  # a first-person release: the car that broke is the writer's
    return None


def _merge(found: list[Incident]) -> list[Incident]:
    """One incident per (type, session, driver); session-less repeats join a sessioned one."""
    by_key: dict[tuple, Incident] = {}
    for inc in found:
        key = (inc.type, inc.session, inc.driver)
        old = by_key.get(key)
        if old is None:
            by_key[key] = inc
        elif old.detail is None and inc.detail is not None:
            old.detail = inc.detail
    out: list[Incident] = []
    for inc in by_key.values():
        if inc.session is None:
            twin = next(
                (o for o in by_key.values() if o is not inc and o.session and o.type == inc.type
                 and o.driver == inc.driver and (inc.detail is None or o.detail in (None, inc.detail))),
                None,
            )
            if twin is not None:
                if twin.detail is None:
                    twin.detail = inc.detail
                continue
            if inc.type == "weather":
                continue  # rain somewhere in the day is not tied to the racing
        out.append(inc)
    # a retirement only stands when nothing else explains it
    causes = {"technical", "crash", "contact"}
    return [
        i for i in out
        if i.type != "retirement"
        or (i.driver is not None and not any(o.type in causes and o.driver == i.driver for o in out))
    ]


def _ensure(state: ParseState, sid: str | None) -> str | None:
    """Make sure a session id named by a mark exists in the document."""
    if sid is None or state.session(sid) is not None:
        return sid
    kind, _, num = sid.partition("-")
    if kind not in ("practice", "qualifying", "race", "heat", "final", "stage", "other"):
        return None
    return state.get_or_add_session(kind, int(num) if num.isdigit() else None).id


def find_incidents(state: ParseState) -> list[Incident]:
    found: list[Incident] = []
    for hit in _hits(state):
        ls, le = state.paragraph_of(hit.start)
        line = state.text[ls:le]
        title = ls == state.paragraphs[0][0] and len(state.paragraphs) > 1 and not line.rstrip().endswith((".", "!", "?"))
        if title or (
            _is_headline(state, ls, le) and ":" not in line
        ):
            continue  # the title and section headings repeat the body
        sent = _sentence(state, hit.start)
        listline = ":" in line[:40] and len(line.split()) <= 14
        session = _ensure(state, _session(state, hit, sent))
        driver = _driver(state, hit, sent, listline)
        found.append(Incident(type=hit.type, session=session, driver=driver, detail=hit.detail,
                              evidence=state.evidence(*sent)))
    return _merge(found)


@Language.factory("reportgen_incidents", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_incidents(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        state: ParseState | None = doc._.rg
        if state is None:
            return doc
        if any(h[2].startswith("incident.") for h in state.lex_hits):
            state.incidents.extend(find_incidents(state))
        return doc

    return component
