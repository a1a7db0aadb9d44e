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

import bisect
import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load
from ..model import Incident
from .sessions import day_near
from .state import Mention, ParseState
from .textutil import alternation, sentences

FIELD_WIDE = {"safety_car", "red_flag", "weather"}
# a driver named right after these types' cue ("avåkning för Eide") is the one it hit
_AFTER_NAME_TYPES = {"crash", "spin", "technical", "penalty"}
# (a few lower-case words may stand between: "ett tidstillägg på fem sekunder för Ekelund")
_AFTER_NAME = re.compile(r"\s*(?:[a-zåäö0-9]+\s+){0,3}(?:för|av)\s+(?:\w+\s+)?$")
# lower-case "för/mot" only: a sentence opening "För Per Ek tog det slut" names its subject
_OBJECT_BEFORE = re.compile(r"(?:\b(?:(?i:av|med|bakom|före|framför|om|förbi)|för|mot)\s+(?:\w+\s+)?)$")
# after the cue "för X" is the one it hit ("växellådan gick sönder för Per Ek")
_OBJECT_LATER = re.compile(r"(?:\b(?:av|med|bakom|före|framför|om|förbi)\s+(?:\w+\s+)?)$", re.I)
# a session word after these is one the text does not number ("den näst sista sträckan")
_UNKNOWN_SESSION = re.compile(r"\b(?:sista|avslutande|inledande|nästa|föregående|tidigare|senare)\s+$", re.I)
# "Motala Racing med Sofia Engdahl vid ratten": the person after "med" is the one driving
_AT_WHEEL = re.compile(r"\s+(?:vid|bakom) ratten\b")
_JOINED = re.compile(r"\s*(?:\([A-Z]{2,3}\)\s*)?(?:och|,)\s+")
_CODE = re.compile(r"\([A-Z]{2,3}\)")
# the prepositions that name the other car of a contact: "kontakt med X", "knuff av X"
_OTHER_PREP = re.compile(r"\b(?:med|av)\s+(?:\w+\s+)?$", re.I)
# penalties a driver serves in a race, never in qualifying or practice
_RACE_PENALTIES = {"time penalty", "drive-through", "stop-go"}
_RELATIVE_SOM = re.compile(r"\s*(?:\([A-Z]{2,3}\)\s*)?,\s*som\b")
_DAY_KINDS = ("race", "heat", "final")
_HEADLINE_END = re.compile(r"[.!?:]\s*$")


@dataclass
class _Hit:
    start: int
    end: int
    type: str
    detail: str | None
    repair: bool = False  # a part named only beside a repair cue ("bytte växellåda")


class _Found:
    """An incident as found, before merging: the Incident models are built only for the
    ones the merge keeps (each value is already of its field's type, str or None, and a
    dropped one's type is that of one kept, or "weather"/"retirement": building the
    dropped ones could raise no validation error the kept ones do not)."""

    __slots__ = ("type", "session", "driver", "detail", "sent")

    def __init__(self, type: str, session: str | None, driver: str | None, detail: str | None,
                 sent: tuple[int, int]):
        self.type, self.session, self.driver, self.detail, self.sent = type, session, driver, detail, sent


class _Lookup:
    """What ``find_incidents`` asks again and again about one text, answered once.

    Nothing here changes while incidents are found: the paragraphs, the session marks
    (this component adds sessions but never marks) and the people index are filled by
    earlier components.
    """

    def __init__(self, state: ParseState):
        self.state = state
        self._para_starts = [s for s, _e in state.paragraphs]
        self.marks = state.session_marks
        self.mark_keys = [o for o, _sid in self.marks]  # sorted: marks are kept in offset order
        self.marked = set(self.mark_keys)
        self._drivers: dict[tuple[int, int], list[Mention]] = {}
        # state.hits(start, end, "session.") by bisection over the session hits alone
        self._sess = [h for h in state.family("session") if h[2].startswith("session.")]
        self._sess_starts = [h[0] for h in self._sess]
        self._object: dict[int, bool] = {}

    def para(self, offset: int) -> tuple[int, int]:
        """``state.paragraph_of(offset)`` by bisection: paragraphs are lines in text order,
        apart by at least a line break, so only the last one starting at or before
        ``offset`` can hold it."""
        i = bisect.bisect_right(self._para_starts, offset) - 1
        if i >= 0:
            s, e = self.state.paragraphs[i]
            if offset <= e:
                return s, e
        return 0, len(self.state.text)

    def marks_in(self, start: int, end: int) -> list[tuple[int, str]]:
        """The session marks at ``start <= offset < end``, in text order."""
        keys = self.mark_keys
        return self.marks[bisect.bisect_left(keys, start):bisect.bisect_left(keys, end)]

    def session_hits(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """``state.hits(start, end, "session.")``: the session hits inside ``[start, end)``."""
        keys = self._sess_starts
        i = bisect.bisect_left(keys, start)
        j = bisect.bisect_left(keys, end, i)
        return [h for h in self._sess[i:j] if h[1] <= end]

    def object_before(self, offset: int) -> bool:
        """Whether the words before ``offset`` make the person there an object ("av X")."""
        got = self._object.get(offset)
        if got is None:
            before = self.state.text[max(0, offset - 30):offset]
            got = self._object[offset] = bool(_OBJECT_BEFORE.search(before))
        return got

    def drivers_in(self, start: int, end: int) -> list[Mention]:
        """``people.between(start, end)`` less co-drivers (incidents go to the driver)."""
        got = self._drivers.get((start, end))
        if got is None:
            state = self.state
            got = self._drivers[(start, end)] = [
                m for m in state.people.between(start, end) if not _crew_second(state, m)
            ]
        return got


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


def _between_the_two(
    state: ParseState, look: _Lookup, hit: _Hit, sent: tuple[int, int]
) -> tuple[str | None, str | None]:
    """The two drivers a sentence names before "kontakt mellan bilarna", else (None, None)."""
    if not _between_re().search(state.text, max(0, hit.end - 30), hit.end + 30):
        return None, None
    names = list(dict.fromkeys(m.name for m in look.drivers_in(sent[0], hit.start)))
    return (names[0], names[1]) if len(names) == 2 else (None, None)


@cache
def _between_re() -> re.Pattern[str]:
    forms = load("sv").forms("incidents", "contact_between.after")
    return re.compile(rf"(?<![\w-])(?:{alternation(forms)})(?![\w-])", re.IGNORECASE)


# "efter en avåkning": the incident is the cause of what the clause says before it
_CAUSE_BEFORE = re.compile(r"(?<![\w-])efter\s+(?:en\s+|ett\s+|\w+s\s+)?$", re.IGNORECASE)


@cache
def _destination() -> re.Pattern[str]:
    forms = load("sv").forms("incidents", "session_destination.before")
    return re.compile(rf"(?<![\w-])(?:{alternation(forms)})\s+(?:\w+\s+)?$", re.IGNORECASE)


def _is_headline(state: ParseState, start: int, end: int) -> bool:
    """A short line with no sentence punctuation: a title or a section heading."""
    line = state.text[start:end]
    # (_HEADLINE_END.search(line), without a scan of the whole line: a line holds no
    # line break, so its "$" is its end, and "\s" is what str.rstrip strips)
    return not line.rstrip().endswith((".", "!", "?", ":")) and len(line.split()) <= 10


def _hits(state: ParseState, look: _Lookup) -> list[_Hit]:
    details, cues = _vocab()
    text = state.text
    raw = [h for h in state.family("incident") if h[2].startswith("incident.")]
    # keep the longest of overlapping hits ("tekniska problem med" over "tekniska problem")
    kept: list[tuple[int, int, str]] = []
    for h in sorted(raw, key=lambda h: (h[0], -(h[1] - h[0]))):
        if kept and h[0] < kept[-1][1]:
            continue
        kept.append(h)
    # cues from every hit: a cue form may also be another concept's form ("bröt")
    cue_starts = [h for h in raw if h[2] in ("incident.cue.failure", "incident.technical")]
    repair_starts = [h for h in raw if h[2] == "incident.cue.repair"]
    out: list[_Hit] = []
    for s, e, concept in kept:
        if state.in_quote(s) or state.in_table(s):
            continue
        if concept == "incident.cue.stopped":
            if _session_word_before(state, look, s):
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
                ss, se = _sentence(state, s, look.para(s))
                near = any(ss <= c[0] < se and c[0] != s for c in cue_starts)
                if not near:
                    if any(ss <= c[0] < se for c in repair_starts):
                        out.append(_Hit(s, e, kind, detail, repair=True))
                    continue
        out.append(_Hit(s, e, kind, detail))
    return out


def _sentence(state: ParseState, offset: int, para: tuple[int, int]) -> tuple[int, int]:
    """The sentence of paragraph ``para`` that holds ``offset``."""
    ps, pe = para
    for s, e in sentences(state.text, ps, pe):
        if s <= offset < e:
            return s, e
    return ps, pe


def _session_word_before(state: ParseState, look: _Lookup, offset: int) -> bool:
    """A session word ends at most two words before ``offset`` ("Den andra semifinalen stoppades")."""
    ps, _ = look.para(offset)
    for _s, e, _c in state.hits(max(ps, offset - 40), offset, "session."):
        if len(state.text[e:offset].split()) <= 1:
            return True
    return False


def _block_start(state: ParseState, offset: int) -> int:
    """Start of the block of lines (no blank line between) that holds ``offset``."""
    gap = state.text.rfind("\n\n", 0, offset)
    return 0 if gap < 0 else gap + 2


def _is_heading_line(state: ParseState, look: _Lookup, offset: int) -> bool:
    s, e = look.para(offset)
    line = state.text[s:e].rstrip()
    return line.endswith(":") or len(line.split()) <= 4


def _clause(state: ParseState, hit: _Hit, sent: tuple[int, int]) -> tuple[int, int]:
    """The comma-delimited clause of the sentence that holds the hit."""
    text = state.text
    ss, se = sent
    cs = max(text.rfind(",", ss, hit.start), text.rfind(";", ss, hit.start), text.rfind("(", ss, hit.start))
    ce = se  # the first of "," ";" ")" after the hit, else the sentence end
    for ch in ",;)":
        i = text.find(ch, hit.end, se)
        if 0 <= i < ce:
            ce = i
    return (ss if cs < 0 else cs + 1), ce


def _served_in(look: _Lookup, hit: _Hit, para_start: int, sid: str) -> str:
    """The race a race-only penalty went to when the session named before it is a qualifying.

    "Öhman hade kvalat in som 2:a i kvalet men fick ett tidstillägg": the qualifying is
    background; a time penalty or drive-through is served in the race the paragraph is about.
    """
    if (
        hit.type != "penalty"
        or hit.detail not in _RACE_PENALTIES
        or not sid.startswith(("qualifying", "practice"))
    ):
        return sid
    races = [r for _o, r in look.marks_in(para_start, hit.start) if r.startswith(("race", "heat", "final"))]
    return races[-1] if races else sid


def _session(
    state: ParseState, look: _Lookup, hit: _Hit, sent: tuple[int, int], para: tuple[int, int]
) -> tuple[str | None, bool]:
    """The session of an incident, from its clause outwards, and whether the text names it there.

    A session named in the incident's own clause ("tidstillägg ... i kvalheat 3", "I
    kvalheat 1 fick Ella en knuff") wins; a session word there that no mark resolves
    ("på den näst sista sträckan") means an unknown session, so none. Then the last
    session named earlier in the sentence, earlier in the paragraph, a session heading
    above the line in the same block ("Kvalheat 3:"), and last one named later in the
    sentence (after a comma it is mostly about something else: "..., men tog sig till
    finalen").
    """
    marks = look.marks
    cs, ce = _clause(state, hit, sent)
    ps = para[0]
    in_clause = [
        (abs(o - hit.start), o, sid)
        for o, sid in look.marks_in(cs, ce)
        # "… men tog sig ändå till finalen": where the driver went next, not where it happened
        if not (o > hit.end and _destination().search(state.text, max(cs, o - 16), o))
    ]
    if in_clause and _CAUSE_BEFORE.search(state.text, max(cs, hit.start - 16), hit.start):
        # "kom aldrig till start i rallyt efter en avåkning under onsdagens shakedown": the
        # cause happened in the session named after it, the start was missed in the other
        after = [t for t in in_clause if t[1] > hit.end]
        if after:
            in_clause = after
    if in_clause:
        _d, o, sid = min(in_clause)
        return (_served_in(look, hit, ps, sid) if o < hit.start else sid), True
    marked = look.marked
    refers_back = False  # "bröts racet", "på samma sträcka": the session the text is about
    for s, _e, concept in look.session_hits(cs, ce):
        if s in marked:
            continue
        if _UNKNOWN_SESSION.search(state.text[max(cs, s - 20) : s]):
            return None, True  # "på den näst sista sträckan": a session the text does not number
        kind = concept.split(".")[1]
        if (
            s >= hit.end
            and kind in ("practice", "qualifying", "race", "final", "other")
            and "_" not in concept
        ):
            # "en avåkning under shakedownen": a session of its own kind when the text has no numbered one
            if not any(sid.startswith(kind + "-") for _o, sid in marks):
                return state.get_or_add_session(kind, None).id, True
        refers_back = True
    before = look.marks_in(sent[0], hit.start)
    if before:
        # "båda racen" marks both races at one offset: the first of them
        return _served_in(look, hit, ps, next(sid for o, sid in before if o == before[-1][0])), True
    before = look.marks_in(ps, hit.start)
    if before:
        return before[-1][1], refers_back
    block = _block_start(state, hit.start)
    heads = [(o, sid) for o, sid in look.marks_in(block, ps) if _is_heading_line(state, look, o)]
    if heads:
        return heads[-1][1], False
    after = [sid for _o, sid in look.marks_in(hit.end, sent[1])]
    if after:
        return after[0], True
    by_day = _day_session(state, ps, hit.start)
    if by_day:
        return by_day, False
    # an endurance race or a one-race meeting: the race is all there is to be about
    kinds = {sess.kind for sess in state.sessions}
    races = [sess for sess in state.sessions if sess.kind == "race"]
    if len(races) == 1 and not kinds & {"heat", "stage", "final"}:
        return races[0].id, False
    return None, False


def _day_session(state: ParseState, para_start: int, offset: int) -> str | None:
    """The race of the day the paragraph names before ``offset`` ("Söndagen bjöd på ...").

    The text ties a day to a session elsewhere ("i söndagens race"); when every race, heat
    or final named beside that day word is the same one, that is the session.
    """
    day = day_near(state, para_start, offset)
    if day is None:
        return None
    found = {
        sid
        for o, sid in state.session_marks
        if sid.startswith(_DAY_KINDS) and day_near(state, max(0, o - 20), o + 25) == day
    }
    return found.pop() if len(found) == 1 else None


def _crew_second(state: ParseState, m: Mention) -> bool:
    """A co-driver: named as one, or second of a crew written "Driver/Co-driver"."""
    if m.name in state.people.codrivers:
        return True
    return m.start > 0 and state.text[m.start - 1] == "/"


def _as_driver(state: ParseState, m: Mention) -> str:
    """The crew's driver a surname before "/" means ("Öhman/Öhman": the first Öhman of a crew).

    Two crew members may share a surname; the name index then resolves both to the one
    named last, but the first of "X/Y" is the driver, the person written first in a crew.
    """
    text = state.text
    if " " in m.text or not text.startswith("/", m.end):
        return m.name
    firsts = {
        o.name
        for o in state.people.mentions
        if " " in o.text and o.name.endswith(" " + m.text) and text.startswith("/", o.end)
    }
    return next(iter(firsts)) if len(firsts) == 1 else m.name


def _subject(state: ParseState, look: _Lookup, mentions: list[Mention], offset: int) -> Mention | None:
    """The last person named before ``offset`` that is not an object ("av X")."""
    text = state.text
    for m in reversed(mentions):
        if m.start >= offset:
            continue
        if _RELATIVE_SOM.match(text, m.end):
            return m  # "en duell med Virtanen, som tvingades bryta": the relative clause's subject
        if look.object_before(m.start) and not _AT_WHEEL.match(text, m.end):
            continue
        return m
    return None


def _co_subject(
    state: ParseState, look: _Lookup, hit: _Hit, sent: tuple[int, int], driver: str | None
) -> str | None:
    """The other person of a joined subject ("Ek och Anton Ryd kolliderade"), else None.

    Only for contact and crash, where both named drivers were in it, and only when the
    pair is the subject right before the cue (the verb follows at most two words later).
    """
    if driver is None or hit.type not in ("contact", "crash"):
        return None
    text = state.text
    # people.between(sent[0], hit.start) less co-drivers: the sentence's drivers that lie
    # before the hit (hit.start <= sent[1], so none is lost)
    hs = hit.start
    drivers = look.drivers_in(*sent)
    mentions = [m for m in drivers if m.start < hs and m.end <= hs]
    for a, b in zip(mentions, mentions[1:], strict=False):
        if driver not in (a.name, b.name) or a.name == b.name:
            continue
        # (a code in brackets is no word between: "Sandvik och Lukas Hellström (SWE) kom i kontakt")
        between = _CODE.sub("", text[b.end : hit.start])
        if (
            _JOINED.fullmatch(text[a.end : b.start])
            and len(between.split()) <= 2
            and not look.object_before(a.start)
        ):
            return a.name if b.name == driver else b.name
    # the pair after the verb ("På andra varvet kolliderade Mathias Krogh och Jonas Eriksen")
    after = [m for m in drivers if m.start >= hit.end]
    if hit.type == "contact" and len(after) >= 2 and not text[hit.end : after[0].start].strip():
        a, b = after[0], after[1]
        if driver in (a.name, b.name) and a.name != b.name and _JOINED.fullmatch(text[a.end : b.start]):
            return a.name if b.name == driver else b.name
    return None


def _other_party(state: ParseState, hit: _Hit, sent: tuple[int, int], driver: str | None) -> str | None:
    """The driver on the other side of a contact ("kontakt med X", "en knuff bakifrån av X").

    Two cars colliding is a contact for each named driver (corpus/README.md); the other one
    is the first person after the cue in its clause when at most three words stand between,
    the last of them "med/av" or one word after it ("fick en knuff bakifrån av dansken X").
    """
    if hit.type != "contact":
        return None
    text = state.text
    _cs, ce = _clause(state, hit, sent)
    for m in state.people.between(hit.end, ce):
        if _crew_second(state, m):
            continue
        gap = text[hit.start : m.start]
        if len(text[hit.end : m.start].split()) <= 3 and _OTHER_PREP.search(gap) and m.name != driver:
            return _as_driver(state, m)
        break
    return None


def _driver(state: ParseState, look: _Lookup, hit: _Hit, sent: tuple[int, int], listline: bool) -> str | None:
    if hit.type in FIELD_WIDE:
        return None
    text = state.text
    # incidents go to the driver, never to the co-driver of a crew (a shared list: read only)
    mentions = look.drivers_in(*sent)
    if hit.type in _AFTER_NAME_TYPES:
        for m in mentions:
            if m.start >= hit.end and _AFTER_NAME.fullmatch(text[hit.end : m.start]):
                return _as_driver(state, m)
    subj = _subject(state, look, mentions, hit.start)
    if subj:
        return _as_driver(state, subj)
    comma = text.find(",", hit.end, sent[1])
    clause_end = sent[1] if comma < 0 else comma
    later = [
        m
        for m in mentions
        if hit.start < m.start < clause_end and not _OBJECT_LATER.search(text[max(0, m.start - 30) : m.start])
    ]
    if later:
        return later[0].name
    if listline:
        return state.people.nearest(hit.start) or state.people.main
    out = _out_in(state, sent) if hit.type in _CAUSES else None
    if out:
        # "Turbon på deras Škoda gav upp … och de tvingades bryta": the crew the results
        # read out of the race in this sentence
        return out
    if hit.type == "technical":
        return state.people.main  # a first-person release: the car that broke is the writer's
    return None


def _out_in(state: ParseState, sent: tuple[int, int]) -> str | None:
    """The one driver (a crew's first member) whose DNF or DNS the results read from
    sentence ``sent``, else None."""
    who: set[str] = set()
    for sess in state.sessions:
        for r in sess.results:
            if (
                r.status in ("dnf", "dns")
                and r.evidence is not None
                and sent[0] <= r.evidence.start < sent[1]
            ):
                crew = state.people.crews.get(r.driver)
                who.add(crew[0] if crew else r.driver)
    return next(iter(who)) if len(who) == 1 else None


def _merge(found: list[_Found], weak: set[int] = frozenset()) -> list[_Found]:
    """One incident per (type, session, driver); session-less repeats join a sessioned one.

    A driver's incident whose session was only inferred from the paragraph repeats one
    whose session the text names ("kom aldrig till start efter lördagens krasch").
    """
    named = {(i.type, i.driver) for i in found if id(i) not in weak and i.driver is not None and i.session}
    found = [i for i in found if id(i) not in weak or (i.type, i.driver) not in named]
    by_key: dict[tuple, _Found] = {}
    for inc in found:
        key = (inc.type, inc.session, inc.driver)
        old = by_key.get(key)
        if old is None:
            by_key[key] = inc
        elif old.detail is None and inc.detail is not None:
            old.detail = inc.detail
    out: list[_Found] = []
    for inc in by_key.values():
        if inc.session is None:
            twin = next(
                (
                    o
                    for o in by_key.values()
                    if o is not inc
                    and o.session
                    and o.type == inc.type
                    and o.driver == inc.driver
                    and (inc.detail is None or o.detail in (None, inc.detail))
                ),
                None,
            )
            if twin is not None:
                if twin.detail is None:
                    twin.detail = inc.detail
                continue
            if inc.type == "weather":
                continue  # rain somewhere in the day is not tied to the racing
        if (
            inc.driver is None
            and inc.type in _DRIVER_TOLD
            and any(
                o.driver is not None and o.type == inc.type and o.session == inc.session
                for o in by_key.values()
            )
        ):
            # "Trots en kollision och en drive-through körde teamet hem en fjärdeplats":
            # the summary of what the text tells with the driver later
            continue
        out.append(inc)
    # a retirement only stands when nothing else explains it
    causes = {"technical", "crash", "contact"}
    return [
        i
        for i in out
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
    found: list[_Found] = []
    weak: set[int] = set()  # incidents whose session was only inferred from the paragraph
    look = _Lookup(state)
    ensured: dict[str | None, str | None] = {}
    for hit in _hits(state, look):
        ls, le = para = look.para(hit.start)
        line = state.text[ls:le]
        title = (
            ls == state.paragraphs[0][0]
            and len(state.paragraphs) > 1
            and not line.rstrip().endswith((".", "!", "?"))
        )
        if title or (_is_headline(state, ls, le) and ":" not in line):
            continue  # the title and section headings repeat the body
        sent = _sentence(state, hit.start, para)
        listline = ":" in line[:40] and len(line.split()) <= 14
        sid, named = _session(state, look, hit, sent, para)
        # (once a session is made sure of, asking again gives the same id and adds nothing)
        session = ensured[sid] if sid in ensured else ensured.setdefault(sid, _ensure(state, sid))
        driver = _driver(state, look, hit, sent, listline)
        if hit.repair and any(
            i.type == hit.type and i.driver == driver and i.detail == hit.detail for i in found
        ):
            continue  # the repair of a failure the text already told
        co = _co_subject(state, look, hit, sent, driver) or _other_party(state, hit, sent, driver)
        if hit.type == "contact":
            # "kom han ikapp dansken Kasper Ravn, och … blev det kontakt mellan bilarna":
            # the two the sentence named are the sides
            a, b = _between_the_two(state, look, hit, sent)
            if a is not None:
                driver, co = a, b
        for who in [driver] if co is None else [driver, co]:
            found.append(_Found(hit.type, session, who, hit.detail, sent))
            if not named:
                weak.add(id(found[-1]))
    # a cause told where no session is named ("Ej start: Peter Wall (motorhaveri)" under
    # a heading the results read, "Bröt: Stefan Ek") explains the one session its driver
    # did not start or finish
    out_of: dict[str, list[str]] | None = None
    for f in found:
        if f.session is None and f.driver and f.type in _CAUSES:
            if out_of is None:
                out_of = {}
                for sess in state.sessions:
                    for r in sess.results:
                        if r.status in ("dnf", "dns"):
                            out_of.setdefault(r.driver, []).append(sess.id)
            ids = out_of.get(f.driver, [])
            if len(ids) == 1:
                f.session = ids[0]
    return [
        Incident(
            type=f.type, session=f.session, driver=f.driver, detail=f.detail, evidence=state.evidence(*f.sent)
        )
        for f in _merge(found, weak)
    ]


# a driverless mention of these repeats the same incident told of a driver in that
# session (not so a crash: another car may have gone off)
_DRIVER_TOLD = frozenset({"penalty", "contact", "technical", "spin", "retirement"})
# incidents that end or explain a driver's session (a DNF's or DNS's cause)
_CAUSES = frozenset({"technical", "retirement", "crash", "contact", "spin"})


@Language.factory("reportgen_incidents", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_incidents(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        state: ParseState | None = doc._.rg
        if state is None:
            return doc
        if any(h[2].startswith("incident.") for h in state.family("incident")):
            state.incidents.extend(find_incidents(state))
        return doc

    return component
