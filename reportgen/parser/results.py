"""Sessions and each named driver's position/status, from prose and result lists.

Work is gated on lexicon hits: only sentences with a result phrase, an ordinal or a
digit ordinal are read. In a sentence, each *expression* (a position or a status)
gets a driver (the subject: the last person named before it in its clause, else the
first after it) and sessions (the session named nearest in its clause, else in the
sentence, else the one the paragraph is about). Text inside quotes and standings
tables is skipped.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load
from ..model import Result, Session
from .links import find_next_event
from .sessions import Registry, SessionRef, day_near, find_refs, has_day
from .state import Mention, ParseState, joined_run
from .textutil import (
    CAP_WORD,
    LOWER,
    NAME_COMMA,
    alternation,
    clauses,
    finditer_at,
    fold,
    fold_hint,
    forms_regex,
    sentences,
)

_DIGIT_ORD = re.compile(
    r"(?<![\w:.,])(\d{1,2})[ \t]?:[ \t]?(?:a|e|te|dje)(?![\w])|(?<![\w-])P(\d{1,2})(?![\w])"
)
# _DIGIT_ORD's two branches as two patterns that start with a character (the lookbehind
# moved after it, see textutil.NOT_AFTER_WORD), so re skips ahead in C instead of trying
# every position of every sentence. Their matches never start at one place nor overlap
# (one starts with a digit not after a word character, the other with "P"), so together
# they find what _DIGIT_ORD finds.
_DIGIT_ORD_NUM = re.compile(r"(\d(?<![\w:.,].)\d?)[ \t]?:[ \t]?(?:a|e|te|dje)(?![\w])")
_DIGIT_ORD_P = re.compile(r"P(?<![\w-].)(\d{1,2})(?![\w])")


def _digit_ordinals(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """(start, end, place) of each _DIGIT_ORD match in ``text[s:e]``, in text order."""
    found = (
        [(m.start(), m.end(), int(m.group(1))) for m in _DIGIT_ORD_NUM.finditer(text, s, e)]
        if text.find(":", s, e) >= 0  # (every match holds one)
        else []
    )
    if text.find("P", s, e) >= 0:
        found += [(m.start(), m.end(), int(m.group(1))) for m in _DIGIT_ORD_P.finditer(text, s, e)]
        found.sort()
    return found
# "3. Anna Berg", "- 3) Anna Berg", and a qualifying list's "P3 Anna Berg"
_LIST_ITEM = re.compile(
    r"^[ \t]*(?:[-–•*][ \t]*)?(?:(\d{1,3})[ \t]*[.:)]|P(\d{1,2}))[ \t]+(?=[A-ZÅÄÖÆØÜÉ])"
)
_POINTS = re.compile(r"\d[ \t]*(?:p\.|p\b|poäng)", re.IGNORECASE)
_QUOTED = re.compile(r"[”\"»“][^”\"«“\n]{2,}[”\"«]")


_CUES = (
    "ordinal.",
    "result.win",
    "result.take",
    "result.pole",
    "result.fastest",
    "result.dn",
    "result.dsq",
    "result.winner_follows",
    "result.winners_named",
    "result.went_to",
    "result.podium_rest",
)
_OBJECT_PRE = re.compile(
    r"(?<![\w])(?:före|framför|av|bakom|med|mot|för|till|än|efter|om|över|förbi|både|slog|passerade)\s+$"
)
# "1) Sixten Ek", "2. Alice Borg" inside a line
_INLINE_ITEM = re.compile(r"(?<![\w:.,])(\d{1,2})\s*[.)]\s+(?=([A-ZÅÄÖÆØÜÉ]))")
_CONCEPTS: dict[str, tuple[str, int | None, str]] = {}


def _concept(c: str) -> tuple[str, int | None, str]:
    """("ordinal", 3, "adj") for "ordinal.3.adj" (a place and its form); ("result", None,
    "win") for "result.win" (the family and kind): split once per concept, not per hit."""
    got = _CONCEPTS.get(c)
    if got is None:
        parts = c.split(".")
        if parts[0] == "ordinal" and len(parts) == 3 and parts[1].isdigit():
            got = (parts[0], int(parts[1]), parts[2])
        else:
            got = (parts[0], None, parts[1] if len(parts) > 1 else "")
        _CONCEPTS[c] = got
    return got


_EXPR_ROLES: dict[str, int] = {}


def _expr_role(c: str) -> int:
    """What a hit of concept ``c`` is to expressions(): 0 none, 1 a hit it reads (an
    ordinal or result concept), 2 one that is also a cue (_CUES); remembered per concept."""
    role = _EXPR_ROLES[c] = (2 if c.startswith(_CUES) else 1) if c.startswith(("ordinal.", "result.")) else 0
    return role


# the result kinds the hits loop of expressions() makes expressions from
_MAKERS = frozenset(
    ("win", "win_noun", "pole", "fastest", "dns", "dnf", "dsq", "went_to", "podium_rest")
    + ("winners_named", "winner_follows")
)

_CLAUSE_CACHE: dict[tuple[int, int, int], tuple[str, list[tuple[int, int]]]] = {}


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """clauses() of a sentence, cached: several expressions ask for the same one."""
    key = (id(text), s, e)
    got = _CLAUSE_CACHE.get(key)
    if got is None or got[0] is not text:
        if len(_CLAUSE_CACHE) > 4096:
            _CLAUSE_CACHE.clear()
        got = (text, clauses(text, s, e))
        _CLAUSE_CACHE[key] = got
    return got[1]


# "Motala Racing med Sofia Engdahl vid ratten": the driver of the car, not an object
_AT_WHEEL = re.compile(r"\s+(?:vid|bakom) ratten\b")
_QUAL_VERB = re.compile(r"(?<![\w])kval(?:ade|ar|a)(?![\w])", re.IGNORECASE)
_KVAL = fold_hint(["kval"])  # what every _QUAL_VERB match starts with
_FRAN = fold_hint(["från"])  # what every _GAP_FROM match holds
_START = operator.attrgetter("start")
# "vann före A och B", "vann med drygt fem sekunder till Berggren": the runners-up follow
_RUNNERS_UP = re.compile(
    r"(?<![\w])(?:före|framför|följd av|följt av"
    r"|med\s+(?:[\w,]+\s+){1,3}?(?:sekund\w*|tiondel\w*|hundradel\w*|tusendel\w*|varv)"
    r"(?:\s+(?:marginal|försprång))?\s+(?:ner\s+|ned\s+)?till)\s+"
)
# between the names of a list or crew: "A (SWE), B och C", "A/B"
_LIST_GAP = re.compile(r"\s*(?:\([A-Z]{1,3}\))?\s*(?:,|och|/|&)\s*")
# "tredjeplatsen var säkrad": a place secured at the end is the event's
_SECURED = re.compile(r"\s+(?:var|är|blev)\s+(?:säkrad|säkrat|klar|bärgad)\b")
_IN_SOM = re.compile(r"(?<![\w])in\s+som\s+$")
_OWN_VERB_GAP = re.compile(r"[ \t]*(?:\([A-Z]{1,3}\))?[ \t]+")
# patterns the reader applies at many places, compiled once
_DASH_LED = re.compile(r"[-–—]\s*\S")
_ADJ_PLACE_END = re.compile(r"\s*(?:i|på|totalt|[.,;]|$)")
_JOINER_END = re.compile(r"(?:och|,)\s+$")
_GAP_FROM = re.compile(r"(?:tiondel|hundradel|tusendel|sekund)\w*\s+från\s+$", re.IGNORECASE)
_TAKEN_BY = re.compile(r",?\s*som\s+(?:togs\s+av\s+)?(?:[a-zåäö]+\s+)?")
# up to the last "och" (greedy: the matches of r"\boch\b" cannot overlap)
_LAST_OCH = re.compile(r".*\boch\b", re.DOTALL)
_ON_THE_WAY = re.compile(r"\s*(?:plats\w*\s+)?(?:innan|när|inför)\b")
_FINISHED = re.compile(r"\b(?:slutade|i mål)\b")
_THE_NTH = re.compile(r"[^\W\d]+(?:an|orna)")
_PREP_END = re.compile(r"(?<![\w])(?:till|om|på|bakom|efter|före|med|av|för|mot|än)\s+$")
_AV_END = re.compile(r"(?<![\w])av\s+$")
_OVERALL_AFTER = re.compile(r"\s*(?:totalt|sammanlagt|i totalen)\b")
_LIST_BREAK = re.compile(r"[,;]|\boch\b")
_COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:gången|varv|sekund|tiondel|hundradel|tusendel|minut|timm|poäng|meter|kilometer|km\b"
    r"|plac?eringar|startrutor|bilar|förare)"
)
_SOM_GAP = re.compile(r"\s*som\s+(?:\w+\s+)?")
_CHAIN_GAP = re.compile(r"\s*(?:[/&,]|och)\s*")
_OBJECT_JOIN = re.compile(r"\s*(?:,|och|&|samt)\s*")
_REL_SOM = re.compile(r"\s*(?:\([A-Z]{1,3}\))?\s*,?\s*som\s+(?:\w+\s+){0,3}")
_SIG = re.compile(r"\s*(?:\([A-Z]{1,3}\))?\s+sig\b")
_CODE_TAIL = re.compile(r"\s*(?:\([A-Z]{1,3}\))?\s*")
_REL_SOM_AND = re.compile(r"\s*(?:\([A-Z]{1,3}\))?\s*,\s*som\s+[^.;:,]{1,60}?\s+och\s+")
_AT_FINISH_AFTER = re.compile(r"\s*i\s+mål\b")
_AT_FINISH_OPENS = re.compile(r"\s*I\s+mål\b")  # ("I mål skilde 3,4 sekunder …" opens the sentence)
# a relative clause set off by commas: ", som kördes tidigt och avgjorde …,"
_REL_ASIDE = re.compile(r",\s*som\s[^,.;:]*,")
# a session after "från"/"sedan" is when something began ("ledde från SS6"), not the
# session a statement is about
_SINCE_BEFORE = re.compile(r"(?<![\w-])(?:från|sedan|efter)\s+$")
_FOR_GAP = re.compile(r"\s*(?:\w+\s+){0,2}?för\s+")
# "näst snabbast var Holm Nielsen", "tvåa blev Lisa Berg": the place, a copula, its subject
_COPULA_AFTER = re.compile(r"\s+(?:var|blev|kom)\s+")
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]|\boch|\bmen)\s*(?:\w+\s+)?$")
_JOINED_PLACE = re.compile(r"(?:,|\boch\b|\bsamt\b)\s*\x00")
_GAP_BREAK = re.compile(r",|\b(?:och|men|samt)\b")
_SESSION_JOIN = re.compile(r"\s*(?:,|och|&|samt|respektive)\s*(?:på|i)?\s*")
_POSSESSIVE_HEAD = re.compile(rf"\s*({CAP_WORD})s\s")
_STATUS_LINE = re.compile(rf"\s*([^\s:]+(?:\s+[^\s:]+)?)\s*:\s*({CAP_WORD}.*)$")
_COLON_GAP = re.compile(r"\s*:?\s*")
_LEAD_WORDS = re.compile(r"[\w ,]+?\s*")
_HEAD_REST = re.compile(r"\s*(?:\([^)]*\))?\s*(:)?\s*")
_COMMA_GAP = re.compile(r"\s*,?\s*")
_BEHIND = re.compile(r"\s*(?:\S+\s+){0,3}?(?:bakom|efter)\s+")
_LOWER_WORDS = re.compile(rf"(?:[{LOWER}]+\s+){{0,3}}")
_CODE_LEAD = re.compile(r"^\s*\([A-Z]{1,3}\)")
_SLASH_GAP = re.compile(r"\s*[/&]\s*")
_OCH_GAP = re.compile(r"\s*och\s*")
_COMMA_OCH_GAP = re.compile(r"\s*(?:,|och)\s*")
_UNSET: list = []  # (a lazily made attribute not made yet)
_DROP = "\x00drop"  # "vann två av de tre heaten": a result, but of unknown sessions
_FLOAT = "\x00float"  # a result list under a heading that names no session


@dataclass(slots=True)
class Expr:
    start: int
    end: int
    position: int | None
    status: str = "classified"
    kind_hint: str | None = None
    driver: str | None = None  # given by the phrase itself ("segern gick till X")
    grid: bool = False
    overall: bool = False  # "slutade fyra totalt": the event's overall result
    driver_at: int | None = None  # where the phrase names its driver (for a crew "A/B")


@dataclass(slots=True)
class _Pending:
    sids: list[str]
    driver: str
    position: int | None
    status: str
    start: int
    end: int
    grid: int | None = None
    kind_hint: str | None = None
    floating: bool = False  # no session found: attach later if unambiguous
    sent: int = -1  # start of the sentence it was read from
    weak: bool = False  # session taken from the paragraph, not the clause
    order: int = 0


@cache
def _data() -> dict[str, object]:
    lex = load("sv")
    ords: dict[str, tuple[int, str]] = {}
    ambiguous: set[str] = set()
    for e in lex.entries("ordinals"):
        parts = e.concept.split(".")
        if len(parts) == 3 and parts[1].isdigit():
            for f in e.forms:
                ords.setdefault(f.lower(), (int(parts[1]), parts[2]))
            if e.note and "ambiguous" in e.note:
                ambiguous.update(f.lower() for f in e.forms)
    forms = {e.concept: list(e.forms) for e in lex.entries("result_phrases")}
    verbs = alternation(forms["result.verb"])
    takes = alternation(forms["result.take"])
    verb_re = re.compile(
        # a result verb, up to three words ("slutade till slut fyra", "slutade den
        # 24-åriga svenskan fyra"); or "som"/"och"/"," and at most a name ("och Felix
        # Brandt (GER) fyra")
        rf"(?:(?<![\w])(?:{verbs})\s+(?:[\w-]+\s+){{0,3}}"
        rf"|(?:(?<![\w])(?:som|och)|,)\s+(?:[A-ZÅÄÖ(][\w()-]*\s+){{0,3}})$",
        re.IGNORECASE,
    )
    take_re = re.compile(
        rf"(?<![\w])(?:{takes})\b[^.,;]{{0,40}}$",
        re.IGNORECASE,
    )
    grid_before = re.compile(
        r"(?<![\w])(?:från|startade som|starta som|startar som)\s+(?:den\s+|en\s+)?$", re.IGNORECASE
    )
    grid_after = forms_regex(forms["result.grid"])
    place_after = forms_regex(forms["result.place_noun"])
    fastest = forms_regex(forms["result.fastest"])
    notpos = forms_regex(forms["result.not_position"])
    ahead = forms_regex(forms["result.ahead_of"])
    behind = forms_regex(forms["result.behind"])
    irrealis = forms_regex(forms["result.irrealis"])
    running = re.compile(
        rf"(?<![\w])(?:{'|'.join(map(re.escape, sorted(forms['result.running'], key=len, reverse=True)))})"
        rf"\s+(?:\S+\s+){{0,2}}$",
        re.IGNORECASE,
    )
    list_heading = forms_regex(forms["result.list_heading"])
    next_event = forms_regex(
        [f for e in lex.entries("event_words") if e.concept == "event.next" for f in e.forms]
    )
    together = forms_regex(forms["result.together"])
    nouns = alternation(forms["result.win_noun"])
    win_compound = re.compile(rf"(?<![\w-])[\w-]+?-?(?:{nouns})(?![\w])", re.IGNORECASE)
    not_subject = {
        f.lower() for e in lex.entries("pronouns") if e.concept == "pronoun_case.not_subject" for f in e.forms
    }
    they = lex.forms("pronouns", "they_pronoun")
    # "bakom", "efter", "före", "framför" (one word; "med" names a partner, not a direction)
    directions = forms["result.behind"] + [f for f in forms["result.ahead_of"] if " " not in f and f != "med"]
    return {
        "not_subject": not_subject,
        "ords": ords,
        "ambiguous": ambiguous,
        # "klättrade till sjätte plats innan den rutiga flaggan": on the way to the finish
        "until_finish": re.compile(
            rf"\s*(?:{alternation(forms['result.until_finish'])})(?!\w)", re.IGNORECASE
        ),
        # "låg tvåa hela vägen till flaggan", "låg trea hela loppet": held to the finish
        "held": re.compile(
            rf"\s*(?:(?:{alternation(forms['result.held_to_finish'])})\s+(?:{alternation(forms['result.until_finish'])})"
            rf"|(?:{alternation(forms['result.held_throughout'])})(?!\s+(?:innan|tills?|när)\b))(?!\w)",
            re.IGNORECASE,
        ),
        "finish": re.compile(
            rf"(?<![\w-])(?:{alternation(forms['result.finish_marker'])})(?![\w-])", re.IGNORECASE
        ),
        "finish_hint": fold_hint(forms["result.finish_marker"]),
        "overall_verb": re.compile(
            rf"(?<![\w-])(?:{alternation(forms['result.overall_verb'])})(?![\w-])", re.IGNORECASE
        ),
        # between two places: "andra respektive tredje"
        "respectively": re.compile(
            rf"\s*(?:,|och)?\s*(?:{alternation(forms['result.respectively'])})\s+|\s*,\s*", re.IGNORECASE
        ),
        "respectively_hint": fold_hint(forms["result.respectively"]),
        "respectively_after": re.compile(
            rf"\s+(?:{alternation(forms['result.respectively'])})\s+", re.IGNORECASE
        ),
        # session nouns a compound may end in ("publiksträcka", "kvalheatet")
        "session_nouns": tuple(
            sorted(
                {
                    f.lower()
                    for e in lex.entries("sessions")
                    if e.concept.startswith("session.")
                    for f in e.forms
                    if len(f) >= 4
                }
            )
        ),
        # "var de snabbast" (not "de två", "de båda": determiners)
        "they": re.compile(
            rf"(?<![\w-])(?:{alternation(they)})"
            rf"(?![\w-])(?!\s+(?:\d|två|tre|fyra|båda|bägge|första|andra|sista|övriga|flesta|snabbaste))",
            re.IGNORECASE,
        ),
        # ", två placeringar bakom <name>" right after a place
        "apart": re.compile(
            rf"\s*,\s*(\w+)\s+(?:{alternation(forms['result.places_apart'])})\s+"
            rf"({alternation(directions)})\s+",
            re.IGNORECASE,
        ),
        "count_words": {
            f.lower(): int(e.value)  # type: ignore[arg-type]
            for e in lex.entries("ordinals")
            if e.concept.startswith("count.") and isinstance(e.value, int)
            for f in e.forms
        },
        "behind_words": {f.lower() for f in forms["result.behind"]},
        "verb_re": verb_re,
        "take_re": take_re,
        "grid_before": grid_before,
        "grid_after": grid_after,
        "place_after": place_after,
        "fastest": fastest,
        "notpos": notpos,
        "ahead": ahead,
        "behind": behind,
        "irrealis": irrealis,
        "running": running,
        "list_heading": list_heading,
        "next_event": next_event,
        "together": together,
        "win_compound": win_compound,
        # each pattern's forms as re.IGNORECASE compares them (textutil.fold): a text
        # span with none of them cannot match, so the pattern is not run there
        "next_event_hint": fold_hint(
            f for e in lex.entries("event_words") if e.concept == "event.next" for f in e.forms
        ),
        "together_hint": fold_hint(forms["result.together"]),
        "win_noun_hint": fold_hint(forms["result.win_noun"]),
        "grid_before_hint": fold_hint(["från", "som"]),
        "running_hint": fold_hint(forms["result.running"]),
        "notpos_hint": fold_hint(forms["result.not_position"]),
        "status_lines": {
            f.lower(): c.split(".")[1] for c in ("result.dns", "result.dnf", "result.dsq") for f in forms[c]
        },
    }


class _Reader:
    def __init__(self, state: ParseState):
        self.state = state
        self.text = state.text
        self._between_cache: dict[tuple[int, int], list[Mention]] = {}
        self._objects_cache: dict[tuple[int, int], set[int]] = {}
        self._clause_starts: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self._finish_cache: dict[tuple[int, int], bool] = {}
        self._day_cache: dict[tuple[int, int], int | None] = {}
        # the pending results _add made, by ``sent`` (the only ones with a sentence start)
        self._said_at: dict[int, list[_Pending]] = {}
        self.d = _data()
        # the folded text for _may_hold ("" when it cannot be folded); fold() keeps the
        # last text's fold, so this is the fold find_refs (below) works on too
        self._folded_text = fold(self.text) or ""
        if state.next_event is None:
            state.next_event = find_next_event(state)
        # "Finalen körs på Mantorp Park den 7 oktober": a session of the next event, not this one
        nxt = state.next_event_span or (-1, -1)
        self.refs = [
            r for r in find_refs(state) if not self._skip(r.start) and not nxt[0] <= r.start < nxt[1]
        ]
        dayed: dict[tuple[int, int], bool] = {}  # paragraph -> has a day word
        for r in self.refs:
            # (a paragraph with no day word has none in the clause: day_near would say None,
            # the day find_refs gave the reference)
            para = self._paragraph_of(r.start)
            got = dayed.get(para)
            if got is None:
                got = dayed[para] = has_day(state, *para)
            if got:
                r.day = day_near(state, *self._clause_of(r.start), near=(r.start, r.end))
        kinds = {r.kind for r in self.refs}
        if kinds & {"heat", "final"} and not any(r.kind == "race" and r.numbers for r in self.refs):
            # a heats-and-final weekend: a bare "loppet"/"sitt bästa race" is whichever
            # heat or final the sentence is about, not a session of its own
            self.refs = [r for r in self.refs if not (r.kind == "race" and r.day is None and not r.every)]
        self.reg = Registry()
        for r in self.refs:
            self.reg.add(r)
        # "På lördagen kvalade jag in som 2:a ... söndagens kval": the verb names a
        # qualifying session of its day too, so two days make two sessions
        for m in self._qual_verbs():
            if not self._skip(m.start()):
                qday = day_near(state, *self._clause_of(m.start()))
                if qday is not None:
                    self.reg.add_day("qualifying", qday)
        self.reg.finish()
        self._day_refs_in_order()
        self.pending: list[_Pending] = []
        self.grids: list[tuple[str, str, int]] = []
        self.context: str | None = None
        self.order = 0

    def _day_refs_in_order(self) -> None:
        """ "Söndagens race" after the text told Race 1 and Race 2 of a three-race
        weekend: the one left, when it is the last (the story goes in order)."""
        seen: dict[str, set[int]] = {}
        for r in self.refs:
            if r.numbers:
                seen.setdefault(r.kind, set()).update(r.numbers)
                continue
            if r.day is None or r.every or r.partial:
                continue
            nums = self.reg.numbers_of(r.kind)
            if len(nums) < 2 or self.reg.resolve(r.kind, None, r.day) is not None:
                continue
            told = seen.get(r.kind, set())
            left = [n for n in nums if n not in told]
            if len(left) == 1 and told and left[0] > max(told):
                r.numbers = [left[0]]
                seen.setdefault(r.kind, set()).add(left[0])

    # -- helpers -------------------------------------------------------------
    def _between(self, start: int, end: int) -> list[Mention]:
        """``people.between(start, end)``, remembered: the reader asks for the same
        ranges (a sentence, a clause, the text after a place) again and again, and
        it adds no mentions. The lists are shared: read them, do not change them."""
        key = (start, end)
        got = self._between_cache.get(key)
        if got is None:
            starts = self._mention_starts
            if starts is _UNSET:
                # the mentions in text order, as people.between takes them to be, and their
                # starts for the bisect below (None if not in order: ask people.between)
                self._mentions = self.state.people.mentions
                starts = [m.start for m in self._mentions]
                if starts != sorted(starts):
                    starts = None
                self._mention_starts = starts
            if starts is None:
                got = self.state.people.between(start, end)
            else:
                # the mentions that start in [start, end) are one slice of the sorted list;
                # people.between keeps those of them that end by ``end``
                i = bisect.bisect_left(starts, start)
                got = [m for m in self._mentions[i : bisect.bisect_left(starts, end, i)] if m.end <= end]
            self._between_cache[key] = got
        return got

    def _qual_verbs(self) -> Iterator[re.Match[str]]:
        """``_QUAL_VERB.finditer(text)``, tried only where the folded text has "kval"."""
        if not self._may_hold(_KVAL, 0, len(self.text)):
            return iter(())
        if not self._folded_text:  # (a text that cannot be folded)
            return _QUAL_VERB.finditer(self.text)
        return finditer_at(_QUAL_VERB, self.text, [m.start() for m in _KVAL.finditer(self._folded_text)])

    def _day_of(self, s: int, e: int) -> int | None:
        """``day_near(state, s, e)``, remembered per range (each statement of a clause asks)."""
        key = (s, e)
        got = self._day_cache.get(key, _UNSET)
        if got is _UNSET:
            got = self._day_cache[key] = day_near(self.state, s, e)
        return got  # type: ignore[return-value]

    def _finishes(self, s: int, e: int) -> bool:
        """Whether ``text[s:e]`` has a finishing phrase (result.finish_marker), remembered
        per range."""
        got = self._finish_cache.get((s, e))
        if got is None:
            got = self._finish_cache[(s, e)] = bool(
                self._may_hold(self.d["finish_hint"], s, e) and self.d["finish"].search(self.text, s, e)
            )
        return got

    def _may_hold(self, hint: re.Pattern[str], s: int, e: int) -> bool:
        """Whether ``hint`` (textutil.fold_hint) finds one of its forms in the folded
        ``text[s:e]``: if not, a case-insensitive pattern that must match one of them
        finds nothing there. (True when the text cannot be folded.)"""
        low = self._folded_text
        return not low or hint.search(low, s, e) is not None

    _skip_spans: tuple[list[int], list[int]] | None = None

    def _skip(self, offset: int) -> bool:
        """Whether ``offset`` lies in a quote or a standings table (else, before the quotes
        component has run, in a dash-led paragraph or quotation marks)."""
        got = self._skip_spans
        if got is None:
            # one sorted list of the merged ranges, bisected: _skip runs for every
            # sentence, paragraph and expression
            st = self.state
            spans = [*st.quote_spans, *st.table_spans]
            if not st.quote_spans:
                spans += self._quote_ranges
            starts: list[int] = []
            ends: list[int] = []
            for a, b in sorted(spans):
                if a >= b:
                    continue  # (an empty range holds no offset)
                if ends and a <= ends[-1]:
                    ends[-1] = max(ends[-1], b)
                else:
                    starts.append(a)
                    ends.append(b)
            got = self._skip_spans = (starts, ends)
        starts, ends = got
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < ends[i]

    @property
    def _quote_ranges(self) -> list[tuple[int, int]]:
        """Quotes before the quotes component fills ``quote_spans``: dash-led
        paragraphs and text in quotation marks."""
        if not hasattr(self, "_qr"):
            qr = [(m.start(), m.end()) for m in _QUOTED.finditer(self.text)]
            for s, e in self.state.paragraphs:
                if (
                    _DASH_LED.match(self.text[s:e])
                    and not _LIST_ITEM.match(self.text[s:e])
                    and len(self.text[s:e]) > 60
                ):
                    qr.append((s, e))
            self._qr = qr
        return self._qr

    _mention_starts: list[int] | None = _UNSET  # type: ignore[assignment]
    _para_bounds: tuple[list[int], list[int]] | None = _UNSET  # type: ignore[assignment]

    def _paragraph_of(self, offset: int) -> tuple[int, int]:
        """``state.paragraph_of(offset)``, bisected: the paragraphs are in order and do
        not touch, so only the last one starting at or before ``offset`` can hold it."""
        got = self._para_bounds
        if got is _UNSET:
            # (non-blank lines, so each ends before the next starts; if not so, None: ask
            # state.paragraph_of)
            paras = self.state.paragraphs
            starts = [a for a, _ in paras]
            ends = [b for _, b in paras]
            ok = all(a <= b for a, b in paras) and all(b < a for b, a in zip(ends, starts[1:], strict=False))
            got = self._para_bounds = (starts, ends) if ok else None
        if got is None:
            return self.state.paragraph_of(offset)
        starts, ends = got
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset <= ends[i]:
            return starts[i], ends[i]
        return 0, len(self.text)

    def _clause_of(self, offset: int) -> tuple[int, int]:
        ps, pe = self._paragraph_of(offset)
        for ss, se in sentences(self.text, ps, pe):
            if ss <= offset < se:
                for cs, ce in _clauses(self.text, ss, se):
                    if cs <= offset < ce:
                        return cs, ce
                return ss, se
        return ps, pe

    # -- expressions -----------------------------------------------------------
    _ehits: list[tuple[int, int, str]] | None = None
    _ehit_starts: list[int] = []
    _cue_hits: list[tuple[int, int, str]] = []
    _cue_starts: list[int] = []
    _take_hits: list[tuple[int, int, str]] = []
    _take_starts: list[int] = []

    def _expr_hits(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """``state.hits(s, e)`` of the ordinal and result concepts only (the hits that can
        make an expression), from one list of those made once per parse."""
        if self._ehits is None:
            self._index_expr_hits()
        hits, starts = self._ehits, self._ehit_starts
        i = bisect.bisect_left(starts, s)
        j = bisect.bisect_left(starts, e, i)
        return [h for h in hits[i:j] if h[1] <= e]  # type: ignore[index]

    def _has_cue(self, s: int, e: int) -> bool:
        """Whether ``_expr_hits(s, e)`` holds a hit whose concept starts with one of _CUES:
        bisected over those hits (listed once per parse), no list made."""
        if self._ehits is None:
            self._index_expr_hits()
        cues = self._cue_hits
        i, n = bisect.bisect_left(self._cue_starts, s), len(cues)
        while i < n and cues[i][0] < e:
            if cues[i][1] <= e:
                return True
            i += 1
        return False

    def _has_take(self, s: int, e: int) -> bool:
        """Whether ``_expr_hits(s, e)`` holds a "result.take" hit (bisected, as _has_cue)."""
        takes = self._take_hits
        i, n = bisect.bisect_left(self._take_starts, s), len(takes)
        while i < n and takes[i][0] < e:
            if takes[i][1] <= e:
                return True
            i += 1
        return False

    def _index_expr_hits(self) -> None:
        """The hits _expr_hits and _has_cue bisect, listed once per parse: one pass over
        the lexicon hits, each concept's role looked up (_expr_role), in lex_hits order."""
        ehits: list[tuple[int, int, str]] = []
        cues: list[tuple[int, int, str]] = []
        roles = _EXPR_ROLES
        for h in self.state.lex_hits:
            role = roles.get(h[2])
            if role is None:
                role = _expr_role(h[2])
            if role:
                ehits.append(h)
                if role == 2:
                    cues.append(h)
        self._ehits, self._cue_hits = ehits, cues
        self._ehit_starts = [h[0] for h in ehits]
        self._cue_starts = [h[0] for h in cues]
        self._take_hits = [h for h in cues if h[2] == "result.take"]
        self._take_starts = [h[0] for h in self._take_hits]

    def expressions(self, s: int, e: int) -> list[Expr]:
        st, text, d = self.state, self.text, self.d
        # cheap gate: a sentence with no ordinal, result phrase or digit ordinal states no result
        digit_ords = _digit_ordinals(text, s, e)
        if not digit_ords and not self._has_cue(s, e):
            return []
        hits = self._expr_hits(s, e)
        out: list[Expr] = []
        used: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            for x, y in used:  # (a plain loop: all(<generator>) costs more for so few)
                if b > x and a < y:
                    return False
            return True

        for start, end, n in digit_ords:
            pm = d["place_after"].match(text, end + 1) if text[end : end + 1] == " " else None
            if pm:
                end = pm.end()
            out.append(Expr(start, end, n))
            used.append((start, end))
        concepts = _CONCEPTS
        for hs, he, c in hits:
            family, n, form = concepts.get(c) or _concept(c)
            if form == "not_qualified" and family == "result":
                # "missade finalen": no place in it, and not the DNS "missade" alone says
                used.append((hs, he))
                continue
            if n is None and (family != "result" or form not in _MAKERS):
                continue  # (a verb, a place noun ...: read around the expressions, makes none)
            if not free(hs, he):
                continue
            if n is not None:
                if form == "adj":
                    after = text[he : he + 30]
                    # the noun after the ordinal, in this order: a start position ("andra
                    # startruta"), a place ("tredje plats"), a fastest ("tredje snabbaste tid")
                    noun = grid = None
                    if after[:1] == " ":
                        noun = grid = d["grid_after"].match(after, 1)
                        if noun is None:
                            noun = d["place_after"].match(after, 1) or d["fastest"].match(after, 1)
                    if noun:
                        out.append(Expr(hs, he + noun.end(), n, grid=grid is not None))
                        used.append((hs, he + noun.end()))
                    elif d["respectively_after"].match(after):
                        # "på andra respektive tredje plats": the place noun comes once, last
                        out.append(Expr(hs, he, n))
                        used.append((hs, he))
                    elif (
                        d["verb_re"].search(text[max(s, hs - 30) : hs])
                        and _ADJ_PLACE_END.match(after)
                        and not _JOINER_END.search(text[max(s, hs - 6) : hs])
                    ):
                        out.append(Expr(hs, he, n))
                        used.append((hs, he))
                    continue
                if (
                    form == "noun"
                    and text[hs:he].lower() in d["ambiguous"]
                    and not d["verb_re"].search(text[s:hs])
                ):
                    continue
                out.append(Expr(hs, he, n))
                used.append((hs, he))
            elif family == "result":
                kind = form
                if kind == "win":
                    out.append(Expr(hs, he, 1, kind_hint="race"))
                elif kind == "win_noun":
                    if d["take_re"].search(text[max(s, hs - 60) : hs]):
                        out.append(Expr(hs, he, 1, kind_hint="race"))
                elif kind == "pole":
                    out.append(Expr(hs, he, 1, kind_hint="qualifying"))
                elif kind == "fastest":
                    if out and out[-1].end <= hs and not text[out[-1].end : hs].strip():
                        continue  # "var trea snabbast": the place before it is the place
                    out.append(Expr(hs, he, 1))
                elif kind in ("dns", "dnf", "dsq"):
                    out.append(Expr(hs, he, None, status=kind))
                elif kind == "went_to":
                    # "Segern gick till X", "Andraplatsen gick till X", "tredjeplatsen togs av X"
                    cs0 = next((a for a, b in clauses(text, s, e) if a <= hs < b), s)
                    place = None
                    for _, _, c2 in st.hits(cs0, hs):
                        p2 = c2.split(".")
                        if c2.startswith(("result.win_noun", "result.pole")):
                            place = (1, "qualifying" if c2.startswith("result.pole") else "race")
                        elif p2[0] == "ordinal" and len(p2) == 3 and p2[1].isdigit() and p2[2] != "adj":
                            place = (int(p2[1]), "race")
                    nxt = self._between(he, e)
                    if place and nxt and len(text[he : nxt[0].start].split()) > 2:
                        # "Segern gick till Team Blå och deras BMW, delad mellan A, B och C":
                        # the team's crew, named after the car
                        shared = st.hits(he, e, "crew.shared_by")
                        crew = self._between(shared[0][1], e) if shared else []
                        if crew and not text[shared[0][1] : crew[0].start].strip():
                            nxt = crew
                            he = shared[0][1]
                    if place and nxt and len(text[he : nxt[0].start].split()) <= 2:
                        out[:] = [x for x in out if not (cs0 <= x.start < hs)]
                        used.append((cs0, nxt[0].end))
                        out.append(
                            Expr(
                                cs0,
                                nxt[0].end,
                                place[0],
                                driver=nxt[0].name,
                                kind_hint=place[1],
                                driver_at=nxt[0].start,
                            )
                        )
                    continue
                elif kind == "podium_rest":
                    low = text[hs:he].lower()
                    names = self._between(he, e) if low.startswith("bakom") else self._between(s, hs)
                    with_at = text.rfind(" med ", s, hs)
                    if low.startswith("på") and with_at >= 0:
                        # "vann Sandin, med Haugen och Berglund på platserna bakom": the names
                        # after "med", not the winner before it
                        names = [p for p in self._between(with_at, hs) if p.text[:1].isupper()]
                    for k, p in enumerate(names, start=2):
                        out.append(Expr(hs, he, k, driver=p.name))
                elif kind == "winners_named":
                    # "de segrande Fredrik Hallin, Oliver Mäkinen (FIN) och Henrik Bäck"
                    nxt = self._between(he, e)
                    if nxt and len(text[he : nxt[0].start].split()) <= 1:
                        crew = self._crew(nxt[0], e, r"\s*(?:\([A-Z]{1,3}\))?\s*(?:[/&,]|och)\s*")
                        for m in crew:
                            out.append(Expr(hs, crew[-1].end, 1, driver=m.name, kind_hint="race"))
                        used.append((hs, crew[-1].end))
                    continue
                elif kind == "winner_follows":
                    nxt = [m for m in self._between(he, e)]
                    if nxt:
                        hint = "qualifying" if "pole" in text[hs:he].lower() else "race"
                        out.append(
                            Expr(
                                hs, nxt[0].end, 1, driver=nxt[0].name, kind_hint=hint, driver_at=nxt[0].start
                            )
                        )
                        used.append((hs, nxt[0].end))
                else:
                    continue
                used.append((hs, he))
        # compounds ending in a win noun: "start-till-mål-seger", "dubbelseger"
        if self._has_take(s, e):
            may = self._may_hold(d["win_noun_hint"], s, e)
            found = d["win_compound"].finditer(text, s, e) if may else ()
            for m in found:
                if free(m.start(), m.end()) and d["take_re"].search(text[max(s, m.start() - 60) : m.start()]):
                    out.append(Expr(m.start(), m.end(), 1, kind_hint="race"))
                    used.append((m.start(), m.end()))
        # kvalade in som X -> qualifying
        for x in out if self._may_hold(_KVAL, s, e) else ():
            if _QUAL_VERB.search(text, max(s, x.start - 30), x.start) or (
                # "kvalade duon i Team Vikingspeeds Mercedes-AMG GT3 in som 2:a": the particle
                # closes the verb phrase however long the subject in between
                _IN_SOM.search(text, max(s, x.start - 8), x.start) and _QUAL_VERB.search(text, s, x.start)
            ):
                x.kind_hint = "qualifying"
        out = [x for x in out if not self._not_result(x, s, e)]
        out.sort(key=_START)
        # the same place said twice ("vann ... och tog segern"): keep one per spot
        return out

    def _not_result(self, x: Expr, s: int, e: int) -> bool:
        d, text = self.d, self.text
        before = text[s : x.start]
        after = text[x.end : min(e, x.end + 45)]
        classified = x.status == "classified"
        low = self._folded_text  # (_may_hold inlined: "" when the text cannot be folded)
        # (each case-insensitive search runs only where its fold hint finds a form it needs)
        if classified and (not low or _FRAN.search(low, s, x.start)) and _GAP_FROM.search(before):
            # "två tiondelar från pole": a gap to someone else's place; the place is
            # only a result of the one a relative clause names ("som Magnus Holt tog")
            # (also "från pole, som togs av tysken Lukas Brandt")
            sm = _TAKEN_BY.match(text[x.end : e])
            who = self._between(x.end + sm.end(), e) if sm else []
            if who and who[0].start == x.end + sm.end():
                x.driver = who[0].name
                return False
            return True
        if (
            classified
            and (not low or d["grid_before_hint"].search(low, s, x.start))
            and d["grid_before"].search(before)
        ):
            # "startade från pole": a start position in the race, not a qualifying result
            x.grid, x.kind_hint = True, None
            return False
        if (
            classified
            and d["grid_after"].match(after.lstrip())
            and not (x.kind_hint == "race" and x.position == 1)
        ):
            # a place right before "från pole"/"från andra ruta" is where the driver started;
            # a win is not: "vann från pole" is the win, and "pole" the start position
            x.grid = True
            return False
        cs = self._clause_start(s, e, x.start)
        # a hope ("försökte ta första platsen") binds to the verb phrase right before the
        # position: look back over a few words, not across "och"
        near = text[max(s, cs) : x.start]
        och = _LAST_OCH.match(near)  # (what _OCH.split(near)[-1] keeps: the text after it)
        if och is not None:
            near = near[och.end() :]
        if d["irrealis"].search(" ".join(near.split()[-6:])):
            return True
        if not classified:
            return False
        # "låg tvåa in i jokervarvskurvan": a place during the race, not its result
        if (
            x.kind_hint is None
            and (not low or d["running_hint"].search(low, x.start - len(near), x.start))
            and d["running"].search(near)
            and not d["held"].match(after)
            # "fick Kettunen fem sekunders tidstillägg … medan Kettunen föll till fjärde": a
            # penalty moved the place after the finish; that place is the result
            and not self.state.hits(s, e, "incident.penalty")
        ):
            return True
        way = _ON_THE_WAY.match(after)
        if way and not _FINISHED.search(near) and not d["until_finish"].match(after, way.end()):
            # "tog sig upp till fjärde plats innan hon fick en knuff", "hade avancerat till 15:e
            # plats när han fick kontakt": a place on the way
            return True
        if _THE_NTH.fullmatch(text[x.start : x.end].lower()) and _PREP_END.search(before):
            # "avståndet till trean", "slagen av tvåan": the driver in that place, not a
            # result of the subject; with that driver named after it ("ned till tvåorna Patrik
            # Lövgren och Emma Sand"), it is theirs
            nxt = self._between(x.end, min(e, x.end + 40))
            if nxt and nxt[0].text[:1].isupper() and not text[x.end : nxt[0].start].strip():
                x.driver, x.driver_at = nxt[0].name, nxt[0].start
                return False
            return True
        if (
            before.rstrip().endswith("av")  # (what every _AV_END match ends with)
            and _AV_END.search(before)
            and any(h[0] == x.start for h in self.state.hits(x.start, x.end, "count."))
        ):
            # "tredje deltävlingen av fyra", "vann tre av fyra heat": a count
            return True
        if _SECURED.match(after):
            # "och tredjeplatsen var säkrad": the final place of the event
            x.overall = True
            return False
        if _OVERALL_AFTER.match(after):
            # an overall place: the event's result after a finishing verb, else a standing
            if d["overall_verb"].search(text[cs : x.start]):
                x.overall = True
                return False
            return True
        if (
            (_AT_FINISH_AFTER.match(after) or _AT_FINISH_OPENS.match(text, s))
            and self.reg.numbers_of("stage")
            and not any(cs <= r.start < x.end + len(after) for r in self.refs if r.kind == "stage")
        ):
            # "det räckte till en femteplats i mål" in a rally: the rally's place, not the
            # stage the sentence named before the comma
            x.overall = True
            return False
        may = not low or d["notpos_hint"].search(low, x.end, x.end + len(after))
        nm = d["notpos"].search(after) if may else None
        if nm and not _LIST_BREAK.search(after[: nm.start()]):
            return True
        if _COUNT_NOUN_AFTER.match(after):
            return True
        return False

    def _clause_start(self, s: int, e: int, at: int) -> int:
        """Start of the clause of sentence ``[s, e)`` that holds ``at``, else ``s``."""
        got = self._clause_starts.get((s, e))
        if got is None:
            cls = _clauses(self.text, s, e)
            got = self._clause_starts[(s, e)] = ([a for a, _ in cls], [b for _, b in cls])
        starts, ends = got
        # the clauses are in order and do not overlap: only the last one starting at or
        # before ``at`` can hold it
        i = bisect.bisect_right(starts, at) - 1
        return starts[i] if i >= 0 and at < ends[i] else s

    # -- drivers ---------------------------------------------------------------
    def partners(self, who: str, x: Expr, cs: int, ce: int) -> list[str]:
        """Others who share ``who``'s result: a crew named together at the start of the
        clause ("Anna Berg och Erik Ek vann", "Berg/Ek vann") or "tillsammans med X"."""
        people = self.state.people
        out: list[str] = []
        before = self._between(cs, x.start)
        # (a demonym before a name is no one more subject: "A (SWE) och britten B körde hem …")
        named = [
            m
            for k, m in enumerate(before)
            if m.text[:1].isupper() or k + 1 == len(before) or before[k + 1].name != m.name
        ]
        if len(named) >= 2 and len(self.text[cs : named[0].start].split()) <= 2:
            # "Dahl och lagkamraterna Lars Winther och Jakob Sjöberg kom tvåa": one place
            # for several named subjects is a crew's
            joiner = r"\s*(?:\([A-Z]{1,3}\))?\s*(?:[/&,]|och)\s+(?:[a-zåäö]+\s+){0,2}"
            crew = self._crew(named[0], x.start, joiner)
            if crew[-1] is named[-1] and len(crew) == len(named):
                out += [m.name for m in crew if m.name != who]
                # "Anna Berg, Per Holm och Kim Sjö kom tvåa": the comma split the list
                # into two clauses; its first names open the sentence
                out += [m.name for m in self._list_head(named[0]) if m.name != who]
        # "segrarna Oskar Lindberg och Maja Pettersson som vann rallyt"
        if before and _SOM_GAP.fullmatch(self.text[before[-1].end : x.start]):
            chain = [before[-1]]
            for m in reversed(before[:-1]):
                if _CHAIN_GAP.fullmatch(self.text[m.end : chain[0].start]):
                    chain.insert(0, m)
                else:
                    break
            out += [m.name for m in chain if m.name != who]
        # "Tvåa blev danskarna Mikkel Brun och Søren Holt": a crew after the verb
        after = self._between(x.end, ce)
        if after and after[0].name == who and len(self.text[x.end : after[0].start].split()) <= 3:
            out += [m.name for m in self._crew(after[0], ce, r"\s*(?:[/&]|och)\s*")[1:]]
        # "vi" in a driver's own release: the driver and the co-driver
        if before and before[-1].start in people.we:
            out += [n for n in people.codrivers[:1] if n != who]
        together = self.d["together"] if self._may_hold(self.d["together_hint"], cs, ce) else None
        for tm in together.finditer(self.text, cs, ce) if together else ():
            nxt = self._between(tm.end(), ce)
            if nxt and not self.text[tm.end() : nxt[0].start].strip():
                out += [m.name for m in self._crew(nxt[0], ce, r"\s*(?:[/&]|och)\s*") if m.name != who]
        return list(dict.fromkeys(out))

    def _objects(self, ss: int, se: int) -> set[int]:
        """Starts of the mentions in sentence ``[ss, se)`` that are not its subject;
        once per sentence (every expression in it asks)."""
        got = self._objects_cache.get((ss, se))
        if got is not None:
            return got
        objects: set[int] = set()
        prev: Mention | None = None
        for m in self._between(ss, se):
            pre = self.text[max(ss, m.start - 14) : m.start]
            # an object of a preposition ("slagen av Erik Ek", "förbi både Fors och Holm")
            # is not the subject, nor is a name joined to one by "och"
            if m.text.lower() in self.d["not_subject"]:
                # "Alva följde honom och gick i mål som tvåa": "honom" is not who finished
                objects.add(m.start)
            elif (
                # ("där slog Jesper Rask (SWE) sig fram": a reflexive verb's subject, no object)
                (
                    _OBJECT_PRE.search(pre)
                    and not _AT_WHEEL.match(self.text, m.end)
                    and not _SIG.match(self.text, m.end)
                )
                or (
                    prev is not None
                    and prev.start in objects
                    and _OBJECT_JOIN.fullmatch(self.text[prev.end : m.start])
                    and not self._has_own_verb(m)
                )
                # "av dansken Oscar Brix": the name after an object's demonym is that object
                or (
                    prev is not None
                    and prev.start in objects
                    and prev.name == m.name
                    and not self.text[prev.end : m.start].strip()
                )
            ):
                objects.add(m.start)
            prev = m
        self._objects_cache[(ss, se)] = objects
        return objects

    def subject(self, x: Expr, cs: int, ce: int, ss: int, se: int) -> str | None:
        if x.driver:
            return x.driver
        people = self.state.people
        objects = self._objects(ss, se)
        # "... efter Lucas de Vries som tog pole": the name before "som" is its subject
        rel = self._between(ss, x.start)
        gap = self.text[rel[-1].end : x.start] if rel else ""
        if rel and (
            _REL_SOM.fullmatch(gap)
            # "… till Martin Öberg och Sara Fält, som ledde från SS6 och vann": the one "som"
            # stands for is the subject of both its verbs
            or _REL_SOM_AND.fullmatch(gap)
        ):
            return rel[-1].name
        # "Segern gick till norrmannen Jonas Nygaard (NOR), som startade från första ruta
        # efter att ha vunnit semifinal 1": inside a relative clause, the one "som" stands for
        som = self.text.rfind(", som ", ss, x.start)
        if som >= 0 and "," not in self.text[som + 6 : x.start]:
            ante = [m for m in rel if m.end <= som and _CODE_TAIL.fullmatch(self.text, m.end, som)]
            if ante:
                return ante[-1].name
        # "… och näst snabbast var Holm Nielsen": the place opens its clause, the copula
        # and the subject follow
        nxt = self._between(x.end, ce)
        cop = _COPULA_AFTER.match(self.text, x.end) if nxt else None
        opens = cop is not None and _OPENS_CLAUSE.search(self.text, max(cs, x.start - 12), x.start)
        if cop and opens and nxt[0].start == cop.end():
            return nxt[0].name
        # "Pole position för Anna Ekholm", "Seger för X i Race 1": the name after "för"
        before = [m for m in self._between(cs, x.start) if m.start not in objects]
        if nxt and _FOR_GAP.fullmatch(self.text[x.end : nxt[0].start]) and not before:
            return nxt[0].name
        if before:
            return before[-1].name
        if self.d["they"].search(self.text, cs, x.start):
            # "på SS3 var de snabbast av alla": the crew last named before this sentence
            crew = next(
                (m.name for m in reversed(self._between(max(0, ss - 600), ss)) if people.crews.get(m.name)),
                None,
            )
            if crew is not None:
                return crew
        # "I finalen kom Holt aldrig till start": after a fronted phrase the subject
        # follows the verb, inside the phrase the pattern matched
        inside = [m for m in self._between(x.start, x.end) if m.start not in objects]
        if inside:
            return inside[0].name
        after = self._between(x.end, ce)
        if after and not self.text[x.end : after[0].start].strip() and x.driver is None:
            # "Kvalheat 1: snabbast Ronja Falk, 2:a Martin Bjørnstad": the place, then its driver
            return after[0].name
        if self.state.has_hit(cs, x.start, ("team.word",)):
            crew = self._team_crew(ss, se)
            if crew is not None:
                return crew
        before = [m for m in self._between(ss, x.start) if m.start not in objects]
        if before:
            return before[-1].name
        after = [m for m in self._between(x.end, ce) if m.start not in objects]
        if after:
            return after[0].name
        after = [m for m in self._between(x.end, se) if m.start not in objects]
        if after:
            return after[0].name
        # the person the text was just about (previous sentence), else the main driver
        ps, pe = self._paragraph_of(ss)
        before_sent = [(a, b) for a, b in sentences(self.text, ps, pe) if b <= ss]
        if before_sent:
            # its subject, not a name it ends on ("fick jag en knuff av Mikkel Sørensen …
            # så det blev en sjätteplats": mine)
            a, b = before_sent[-1]
            told = [m for m in self._between(a, b) if m.start not in self._objects(a, b)]
            if told:
                return told[-1].name
        prev = people.nearest(ss)
        near = [m for m in people.mentions if m.start < ss and m.start >= ps - 400]
        return prev if near else people.main

    def _team_crew(self, ss: int, se: int) -> str | None:
        """ "Team Baltic Speed vann Anderstorp 6 timmar. Lukas Petrauskas (LTU), Tobias Ahl
        (SE) och Mikael Wikström (SE) tog ledningen ...": a team's result belongs to the crew
        the next sentence of the paragraph opens with; they become one crew."""
        people, text = self.state.people, self.text
        # "Team Nordvind vann …, när teamets Porsche, delad av A, B och dansken C, gick i mål":
        # the crew this sentence names after "delad av"
        for _hs, he, _c in self.state.hits(ss, se, "crew.shared_by"):
            after = [m for m in self._between(he, se) if m.text[:1].isupper()]
            if after and not text[he : after[0].start].strip():
                return after[0].name
        ps, pe = self._paragraph_of(ss)
        nxt = next(((a, b) for a, b in sentences(text, ps, pe) if a >= se), None)
        if nxt is None:
            return None
        names = self._between(*nxt)
        if len(names) < 2 or names[0].start - nxt[0] > 2:
            return None
        crew = joined_run(text, names, _LIST_GAP)
        if len(crew) < 2:
            return None
        people.add_crew(*(m.name for m in crew))
        return crew[0].name

    # -- sessions --------------------------------------------------------------
    def _pick_ref(self, x: Expr, pool: list[SessionRef]) -> SessionRef | None:
        """The session a statement is about: one right after it ("vann Race 1", "slutade
        tvåa i finalen") wins; else the nearest one before it; else the nearest after."""
        inside = [r for r in pool if x.start <= r.start < x.end]
        if inside:
            return inside[0]

        after = [r for r in pool if r.start >= x.end]
        if after:
            r = min(after, key=lambda r: r.start)
            gap = self.text[x.end : r.start]
            # "tvåa och trea i de båda heaten": the other positions of the same
            # statement do not come between a position and its session
            for o in sorted(self._clause_exprs, key=lambda o: -o.start):
                # (places only: "bröt och startade inte i kvalheat 4" are two statements)
                if x.end <= o.start and o.end <= r.start and x.status == o.status == "classified":
                    a, b = o.start - x.end, o.end - x.end
                    gap = gap[:a] + "\x00" + gap[b:]
            gap = _JOINED_PLACE.sub(" ", gap)
            if len(gap.split()) <= 5 and not _GAP_BREAK.search(gap):
                return r
        before = [r for r in pool if r.start < x.start]
        if before:
            return max(before, key=lambda r: r.start)
        if self.context not in (None, _FLOAT) and x.kind_hint is None:
            # "Ek bröt och startade inte i kvalheat 4" under "Kvalheat 3:": a session named
            # after "och" belongs to the later statement; this one is the paragraph's
            return None
        return min(after, key=lambda r: r.start)

    def sessions_for(
        self, x: Expr, cs: int, ce: int, ss: int, se: int, refs: list[SessionRef], spread: int = 0
    ) -> list[str]:
        ctx = None if self.context == _FLOAT else self.context
        if x.kind_hint == "race" and x.position == 1:
            # "ledde från SS6 och vann": the win is the rally's; SS6 is when the lead began
            refs = [r for r in refs if not _SINCE_BEFORE.search(self.text, max(0, r.start - 8), r.start)]
        # a bare "sträckan"/"racet" means the one named last in this sentence
        for r in reversed([r for r in refs if ss <= r.start < x.start and r.numbers]):
            ids = self.reg.expand(r, None)
            if len(ids) == 1:
                ctx = ids[0]
                break
        if x.overall:
            self._weak = False
            return ["race"] if not self.reg.numbers_of("race") else [_DROP]
        if self.text.find("som", ss, se) >= 0:
            # "I söndagens kval, som … avgjorde startordningen till det sista racet, gick det
            # bättre och jag var fyra": a session inside a relative clause the statement is
            # not in is background
            asides = [
                (m.start(), m.end())
                for m in _REL_ASIDE.finditer(self.text, ss, se)
                if not m.start() <= x.start < m.end()
            ]
            if asides:
                refs = [r for r in refs if not any(a <= r.start < b for a, b in asides)]
        in_clause = [r for r in refs if cs <= r.start < ce]
        if not in_clause and self.text[ce : ce + 1] == ",":
            # "inledde med fjärde bästa tid på fredagskvällens publiksträcka, SS1": the
            # clause ends on a session noun the next one names
            words = self.text[cs:ce].split()
            if words and words[-1].lower().endswith(self.d["session_nouns"]):  # type: ignore[arg-type]
                in_clause = [
                    r for r in refs if ce < r.start <= ce + 2 and not self.text[ce + 1 : r.start].strip()
                ]
        # outside its clause, a session named later in the sentence belongs to the later clause
        pool = in_clause or [r for r in refs if ss <= r.start < x.start]
        if not in_clause and x.kind_hint is None and self._finishes(cs, ce):
            # "kvalade in som 2:a i kvalet men ... blev till slut sexa": the finish is the race's
            pool = [r for r in pool if r.kind not in ("qualifying", "practice")]
        if x.kind_hint == "qualifying":
            hinted = [r for r in pool if r.kind == "qualifying"]
            if hinted or pool:
                pool = hinted
        self._weak = not pool
        r = self._pick_ref(x, pool) if pool else None
        if pool and r is None:
            return [ctx] if ctx else []
        if r is not None:
            if r.end <= x.start and not r.numbers:
                # "bröt lördagens race och blev bara femma på söndagen": a day named after
                # the session, in the statement's clause, picks that day's session of the kind
                cday = day_near(self.state, max(cs, r.end), ce, near=(x.start, x.end))
                if cday is not None and cday != r.day:
                    sid = self.reg.resolve(r.kind, None, cday)
                    if sid and sid != r.kind:
                        return [sid]
            if r.partial:
                self._weak = False
                return [_DROP]
            # "på SS7 och SS8": every session of the list
            chain = [r]
            ordered = sorted([q for q in refs if ss <= q.start < se], key=lambda q: q.start)
            for q in reversed([q for q in ordered if q.start < r.start]):
                if q.kind == r.kind and _SESSION_JOIN.fullmatch(self.text[q.end : chain[0].start]):
                    chain.insert(0, q)
                else:
                    break
            for q in [q for q in ordered if q.start > r.start]:
                if q.kind == r.kind and _SESSION_JOIN.fullmatch(self.text[chain[-1].end : q.start]):
                    chain.append(q)
                else:
                    break
            if len(chain) == 1 and r.every and r.count and r.count < len(self.reg.numbers_of(r.kind)):
                # "vann både kvalheat 1 och kvalheat 2, medan B var tvåa och fyra i de båda
                # heaten": the ones this sentence just named, not every heat of the weekend
                named = list(
                    dict.fromkeys(
                        n for q in ordered if q.start < r.start and q.kind == r.kind for n in q.numbers
                    )
                )
                if len(named) == r.count:
                    return [f"{r.kind}-{n}" for n in named]
            ids: list[str] = []
            if any(q.numbers for q in chain):
                # "lördagens längsta sträcka, SS9 Vännäs": the numbered one says which
                chain = [q for q in chain if q.numbers]
            for q in chain:
                ids += [i for i in self.reg.expand(q, ctx, spread if len(chain) == 1 else 0) if i not in ids]
            if ids:
                return ids
            return []
        day = self._day_of(cs, ce) or self._day_of(ss, se)
        if x.kind_hint == "qualifying" or (day is not None and x.kind_hint in self.reg.kinds):
            sid = self.reg.resolve(x.kind_hint, None, day)  # type: ignore[arg-type]
            if sid:
                self._weak = day is None
                return [sid]
        if ctx and (
            x.kind_hint is None
            or ctx.split("-")[0] in (x.kind_hint, "final", "heat")
            or (x.kind_hint == "race" and ctx.split("-")[0] not in ("practice", "qualifying"))
        ):
            if x.kind_hint == "qualifying" and not ctx.startswith("qualifying"):
                return []
            if ctx.startswith("stage") and not self.reg.numbers_of("race"):
                # a rally names its stage with each stage result ("på SS7 var vi trea"); a
                # place in a sentence that names no stage is the rally's overall one
                return ["race"]
            return [ctx]
        if x.kind_hint == "race" and self.reg.numbers_of("stage") and not self.reg.numbers_of("race"):
            # "Segern gick till finländarna Jere Halonen och Toni Rantala" in a rally, the
            # paragraph about no stage: the rally's
            return ["race"]
        return []

    # -- the walk ----------------------------------------------------------------
    def run(self) -> None:
        st, text = self.state, self.text
        heading_driver: str | None = None
        prev_heading: str | None = None
        ref_starts = [r.start for r in self.refs]  # (in text order)
        for k, (ps, pe) in enumerate(st.paragraphs):
            line = text[ps:pe]
            line_refs = self.refs[bisect.bisect_left(ref_starts, ps) : bisect.bisect_left(ref_starts, pe)]
            if prev_heading is None:
                self.context = None
            else:
                self.context = prev_heading
            prev_heading = None
            if self._skip(ps) and self._skip(pe - 1):
                continue
            item = _LIST_ITEM.match(line)
            if st.in_table(ps) or item and _POINTS.search(line):
                continue
            block = self._driver_block(k, line_refs)
            if block:
                # "Jakob Wall (SE), Wall Racing, Audi RS 3 LMS" over "Kval: P3" / "Race 1: 2:a"
                heading_driver = block
                continue
            # a session heading line: "Race 1", "Race 1:", "Tidskval 2 (Qualifying 2):"
            head = self._heading(line, ps, line_refs)
            if head is not None:
                ids, rest_start = head
                if rest_start is None:
                    prev_heading = ids[0] if ids else None
                    continue
                if len(ids) == 1 and self._between(rest_start, pe):
                    # "Prefinal: Nyström vann före Backlund. Koskinen blev diskvalificerad."
                    self.context = ids[0]
                    before = len(self.pending)
                    rest_refs = [r for r in line_refs if r.start >= rest_start]
                    # "Heat 1: 1) Sixten Ek 2) Alice Borg 3) Noah Frid": a list on one line
                    inline = [
                        m
                        for m in _INLINE_ITEM.finditer(text, rest_start, pe)
                        if self._between(m.start(2), m.start(2) + 1)
                        or any(p.start == m.start(2) for p in self._between(m.start(2), pe))
                    ]
                    prose_from = rest_start
                    if len(inline) >= 2:
                        for m in inline:
                            who = next(p for p in self._between(m.start(2), pe))
                            self.pending.append(
                                _Pending(
                                    [ids[0]],
                                    who.name,
                                    int(m.group(1)),
                                    "classified",
                                    m.start(),
                                    who.end,
                                    order=self._next(),
                                )
                            )
                        prose_from = next(p for p in self._between(inline[-1].start(2), pe)).end
                    for ss, se in sentences(text, prose_from, pe):
                        self._sentence(ss, se, rest_refs)
                    if len(self.pending) > before:
                        prev_heading = ids[0]
                        continue
                self._line_result(ids, rest_start, pe, heading_driver)
                continue
            if self._winners_line(ps, pe, line_refs):
                continue
            if item and self.context:
                self._list_item(int(item.group(1) or item.group(2)), ps, pe, self.context)
                prev_heading = self.context
                continue
            if self._list_heading(line) and not line_refs:
                # "Resultat:" with no session named: the list is about the only session
                prev_heading = _FLOAT
                hm = _POSSESSIVE_HEAD.match(line)
                if hm:
                    heading_driver = st.people.resolve(hm.group(1), ps) or heading_driver
                continue
            sm = _STATUS_LINE.match(line) if self.context and ":" in line else None
            if sm and self.context and sm.group(1).lower() in self.d["status_lines"]:
                self._status_item(self.d["status_lines"][sm.group(1).lower()], ps, pe, self.context, sm)
                prev_heading = self.context
                continue
            # a paragraph with no session named, no result cue and no digit ordinal: each
            # sentence's expressions() would be empty and _update_context would return at
            # once (no session inside, no result said), so none is read. (A digit ordinal
            # that a sentence's window finds, the paragraph's finds too: sentences end
            # before a blank or at the paragraph's end.)
            if line_refs or self._has_cue(ps, pe) or _digit_ordinals(text, ps, pe):
                for ss, se in sentences(text, ps, pe):
                    self._sentence(ss, se, line_refs)
            if not line.rstrip().endswith((".", "!", "?")) and line_refs and len(line) < 60:
                prev_heading = self.context

    def _winners_line(self, ps: int, pe: int, refs: list[SessionRef]) -> bool:
        """ "Sträcksegrare: SS1 Lind/Berg, SS2 Karlsson/Ek": each session's winner."""
        if not refs:
            return False
        head = [h for h in self.state.hits(ps, min(pe, ps + 30), "result.winners_line") if h[0] - ps <= 2]
        if not head or ":" not in self.text[head[0][1] : head[0][1] + 3]:
            return False
        for r in refs:
            after = self._between(r.end, pe)
            if not after or not _COLON_GAP.fullmatch(self.text[r.end : after[0].start]):
                continue
            for sid in self.reg.expand(r, None):
                for m in self._crew(after[0], pe):
                    self.pending.append(
                        _Pending([sid], m.name, 1, "classified", r.start, after[0].end, order=self._next())
                    )
        return True

    def _driver_block(self, k: int, refs: list[SessionRef]) -> str | None:
        """Paragraph ``k`` is a line that is only a driver's name (with code, team, car),
        followed by a line "<session>: <result>": the head of that driver's results in a
        club notice."""
        st, text = self.state, self.text
        ps, pe = st.paragraphs[k]
        # (the cheap tests first: most paragraphs are prose)
        if refs or pe - ps > 100 or text[ps:pe].rstrip().endswith((".", "!", "?", ":")):
            return None
        first = self._between(ps, pe)
        if not first or first[0].start - ps > 1:
            return None
        # team and car follow after commas ("Maja Hult (SE), Hult Motorsport, Cupra Leon")
        comma = text.find(",", ps, pe)
        named = {m.name for m in first if comma < 0 or m.start < comma}
        if len(named) > 1 or k + 1 >= len(st.paragraphs):
            return None
        ns, ne = st.paragraphs[k + 1]
        nrefs = [r for r in self.refs if ns <= r.start < ne]
        head = self._heading(text[ns:ne], ns, nrefs)
        if head is None or head[1] is None or self._between(ns, ne):
            return None
        # (the costly test last: a line of a result of its own is no head)
        if self.expressions(ps, pe):
            return None
        return first[0].name

    def _list_heading(self, line: str) -> bool:
        """A short line that announces a result list ("Resultat:", "Jessicas resultat:")."""
        body = line.strip()
        return (
            len(body) <= 40
            and not body.endswith((".", "!", "?"))
            and bool(self.d["list_heading"].search(body))
        )

    def _heading(self, line: str, ps: int, refs: list[SessionRef]) -> tuple[list[str], int | None] | None:
        if not refs:
            return None
        lead = self.text[ps : refs[0].start]
        # "Race 1:", or a short lead such as "Resultat final:" / "Resultat, Race 2"
        if refs[0].start - ps > 2 and not (
            len(lead) <= 25 and _LEAD_WORDS.fullmatch(lead) and line.rstrip().endswith(":") and len(refs) == 1
        ):
            return None
        r = refs[0]
        if refs[0].start - ps <= 2 and line.rstrip().endswith(":") and not self._between(ps, ps + len(line)):
            # "Race 2 (söndag), kördes i regn och startades bakom säkerhetsbilen:"
            return self.reg.expand(r, None), None
        rest = self.text[r.end : ps + len(line)]
        m = _HEAD_REST.match(rest)
        tail = rest[m.end() :] if m else rest
        if not tail.strip():
            ids = self.reg.expand(r, None)
            return ids, None
        if m and m.group(1):
            ids = self.reg.expand(r, None)
            return ids, r.end + m.end()
        return None

    def _line_result(self, ids: list[str], start: int, end: int, driver: str | None) -> None:
        self._sent_start = start  # a line is a statement of its own
        exprs = self.expressions(start, end)
        if not exprs:
            return
        x = exprs[0]
        who = x.driver or self.subject(x, start, end, start, end) if self._between(start, end) else None
        who = who or driver or self.state.people.main
        if who:
            self._add(ids, who, x, start, end)

    def _list_item(self, n: int, ps: int, pe: int, sid: str) -> None:
        ms = self._between(ps, pe)
        if ms:
            sids = [] if sid == _FLOAT else [sid]
            for m in self._crew(ms[0], pe):
                self.pending.append(
                    _Pending(sids, m.name, n, "classified", ps, pe, order=self._next(), floating=not sids)
                )

    def _list_head(self, first: Mention) -> list[Mention]:
        """The names before ``first``, each followed by a comma, when they open the
        sentence: "Anna Berg, Per Holm och …" (first = Per Holm) gives [Anna Berg]."""
        ss = self._sent_start
        if ss < 0 or not ss <= first.start:
            return []
        head: list[Mention] = []
        nxt = first
        for m in reversed(self._between(ss, first.start)):
            if m.text[:1].islower() or not NAME_COMMA.fullmatch(self.text, m.end, nxt.start):
                return []
            head.insert(0, m)
            nxt = m
        if not head or len(self.text[ss : head[0].start].split()) > 1:
            return []
        return head

    def _crew(self, first: Mention, end: int, joiners: str = r"\s*[/&]\s*") -> list[Mention]:
        """``first`` and the names joined to it: "Anna Berg/Erik Ek" share a car."""
        crew = [first]
        for m in self._between(first.end, end):
            if m.text[:1].islower():
                continue  # "och hans lagkamrat Melker Dahl": a pronoun is not one more name
            if re.fullmatch(joiners, self.text[crew[-1].end : m.start]) and m.name not in {
                c.name for c in crew
            }:
                crew.append(m)
            else:
                break
        return crew

    def _status_item(self, status: str, ps: int, pe: int, sid: str, m: re.Match[str]) -> None:
        sids = [] if sid == _FLOAT else [sid]
        for p in self._between(ps, pe):
            self.pending.append(
                _Pending(sids, p.name, None, status, ps, pe, order=self._next(), floating=not sids)
            )

    def _next(self) -> int:
        self.order += 1
        return self.order

    _sent_start = -1

    def _sentence(self, ss: int, se: int, refs: list[SessionRef]) -> None:
        self._sent_start = ss
        if self._skip(ss) and self._skip(se - 1):
            self._update_context(ss, se, refs)
            return
        # (an ordinal inside a session's name is no place: "Söndagens första race, helgens andra")
        exprs = [
            x
            for x in self.expressions(ss, se)
            if not self._skip(x.start) and not any(r.start <= x.start < r.end for r in refs)
        ]
        if exprs:
            cls = self._list_clauses(_clauses(self.text, ss, se), exprs)
            by_clause: dict[tuple[int, int], list[Expr]] = {}
            for x in exprs:
                c = next(((cs, ce) for cs, ce in cls if cs <= x.start < ce), (ss, se))
                by_clause.setdefault(c, []).append(x)
            for (cs, ce), xs in by_clause.items():
                self._clause(xs, cs, ce, ss, se, refs)
        self._update_context(ss, se, refs)

    def _list_clauses(self, cls: list[tuple[int, int]], exprs: list[Expr]) -> list[tuple[int, int]]:
        """Join clauses that a comma split inside a list of places ("blev hon femma, trea och
        tvåa i de tre heaten"): a clause that opens with a place continues the one before
        when that one ends with a place."""
        text = self.text
        out: list[tuple[int, int]] = []
        for cs, ce in cls:
            first = next((x for x in exprs if cs <= x.start < ce), None)
            if out and first is not None and not text[cs : first.start].strip():
                ps, pe = out[-1]
                last = max((x for x in exprs if ps <= x.start < pe), key=lambda x: x.end, default=None)
                if (
                    last is not None
                    and _COMMA_GAP.fullmatch(text[last.end : cs])
                    and last.status == first.status
                ):
                    out[-1] = (ps, ce)
                    continue
            out.append((cs, ce))
        return out

    def _update_context(self, ss: int, se: int, refs: list[SessionRef]) -> None:
        # only a sentence about a driver sets what the paragraph is about; a sentence
        # describing the format ("ett tidskval på söndag avgör startordningen i Race 2")
        # does not
        inside = [r for r in refs if ss <= r.start < se]
        if not inside and ss not in self._said_at:
            return  # (no session named, no result read: nothing below would change)
        # a session that opens the sentence or a clause of it ("Under lunchen öste regnet
        # ner, och Race 3 startade bakom säkerhetsbilen") is what the story moves on to
        if not self._between(ss, se) and not (
            inside
            and any(
                len(self.text[cs : inside[0].start].split()) <= 3
                for cs, ce in _clauses(self.text, ss, se)
                if cs <= inside[0].start < ce
            )
        ):
            return
        # the session a result of this sentence went to is what it is about
        # unless a session named after that statement moves the story on
        said = self._said_at.get(ss, [])  # (= [p for p in self.pending if p.sent == ss])
        if said and said[-1].floating and not inside:
            # "X, som tagit pole på fredagen, fick nöja sig med femteplatsen": the
            # sentence ends on a result of no named session; a side remark's session
            # is not what the story goes on about
            return
        told = [p for p in said if len(p.sids) == 1]
        if told and not any(r.start >= told[-1].end for r in inside):
            self.context = told[-1].sids[0]
            return
        for r in inside:
            ids = self.reg.expand(r, self.context)
            if len(ids) == 1:
                self.context = ids[0]

    _clause_exprs: list[Expr] = []

    def _respectively(self, xs: list[Expr], cs: int) -> None:
        """ "med Alva Rosén och Elias Nordström närmast bakom sig på andra respektive tredje
        plats": places joined by "respektive" go to the names before them, in order."""
        places = [x for x in xs if not x.grid and not x.driver and x.position]
        if len(places) < 2 or not all(
            self.d["respectively"].fullmatch(self.text, a.end, b.start)
            for a, b in zip(places, places[1:], strict=False)
        ):
            return
        before = [m for m in self._between(cs, places[0].start) if m.text[:1].isupper()]
        names = joined_run(self.text, before[-len(places) :], _LIST_GAP) if len(before) >= len(places) else []
        if len(names) == len(places) and len({m.name for m in names}) == len(places):
            for x, m in zip(places, names, strict=True):
                x.driver = m.name

    def _clause(self, xs: list[Expr], cs: int, ce: int, ss: int, se: int, refs: list[SessionRef]) -> None:
        self._clause_exprs = xs
        if len(xs) >= 2 and self._may_hold(self.d["respectively_hint"], cs, ce):
            self._respectively(xs, cs)
        # a statement that names one position per session: "tvåa och trea i de båda heaten"
        positioned = [x for x in xs if not x.grid]
        sids_all: list[list[str]] = []
        weak_all: list[bool] = []
        for x in positioned:
            sids_all.append(self.sessions_for(x, cs, ce, ss, se, refs, len(positioned)))
            weak_all.append(self._weak)
        # positions that share one list of sessions, as many as the sessions: one each
        groups: dict[tuple[str, ...], list[int]] = {}
        for j, s in enumerate(sids_all):
            groups.setdefault(tuple(s), []).append(j)
        zipped = {
            j: k
            for key, js in groups.items()
            if len(key) > 1 and len(js) == len(key)
            for k, j in enumerate(js)
        }
        for x in xs:
            who = self.subject(x, cs, ce, ss, se)
            if not who:
                continue
            if x.grid:
                sids = self.sessions_for(x, cs, ce, ss, se, refs)
                for sid in sids:
                    if x.position:
                        self.grids.append((sid, who, x.position))
                continue
            j = positioned.index(x)
            sids = sids_all[j]
            self._weak = weak_all[j]
            if _DROP in sids:
                continue
            if j in zipped:
                sids = [sids[zipped[j]]]
            self._add(sids, who, x, cs, ce, weak=self._weak)
            if x.driver_at is not None:
                first = next((m for m in self._between(x.driver_at, ce) if m.start == x.driver_at), None)
                if first:
                    # "Segern gick till Daniel Hammar och Emma Wall", "till Wiklund och hans
                    # lagkamrat Melker Dahl": one place, one crew
                    joiner = r"\s*(?:\([A-Z]{1,3}\))?\s*(?:[/&]\s*|och\s+(?:[a-zåäö]+\s+){0,2})"
                    for mate in self._crew(first, ce, joiner)[1:]:
                        self._add(sids, mate.name, x, cs, ce, weak=self._weak)
            if not x.driver:
                for mate in self.partners(who, x, cs, ce):
                    self._add(sids, mate, x, cs, ce, weak=self._weak)
            if x.position == 1 and x.status == "classified" and x.kind_hint in ("race", "qualifying", None):
                self._runners_up(x, sids, ss, se)
            if x.position and x.status == "classified":
                self._places_apart(x, sids, se)
            if x.position == 2 and x.status == "classified" and not x.driver:
                # (over a comma: "i mål som tvåa, 1,3 sekunder bakom A och B")
                bm = _BEHIND.match(self.text[x.end : se])
                ahead = self._between(x.end + bm.end(), se) if bm else []
                # "tvåa bakom Anna Berg", "bakom de regerande mästarna A och B": lower-case
                # words only between "bakom" and the name
                if ahead and _LOWER_WORDS.fullmatch(self.text[x.end + bm.end() : ahead[0].start]):
                    # "bakom A och B" for one place: A and B are one crew
                    crew = self._crew(ahead[0], se, r"\s*(?:[/&]|och)\s*")
                    if len(crew) == 2:
                        self.state.people.add_crew(crew[0].name, crew[1].name)
                    for m in crew:
                        self.pending.append(
                            _Pending(sids, m.name, 1, "classified", cs, ce, order=self._next(), weak=True)
                        )

    def _places_apart(self, x: Expr, sids: list[str], se: int) -> None:
        """ "Jag slutade sexa, två placeringar bakom Tommaso Ricci": Ricci fourth; "en
        placering före Ahlin och Östlund": they one place behind. Weak: a place the text
        states for that driver wins."""
        # (right after the place, or after the rest of its clause: "Femma blev jag till slut,
        # en placering bakom Berger")
        m = self.d["apart"].search(self.text, x.end, min(se, x.end + 60))  # type: ignore[union-attr]
        if m is None or "," in self.text[x.end : m.start()] or "." in self.text[x.end : m.start()]:
            return
        word = m.group(1).lower()
        n = 1 if word in ("en", "ett") else self.d["count_words"].get(word)  # type: ignore[union-attr]
        if not n:
            return
        behind = m.group(2).lower() in self.d["behind_words"]  # type: ignore[operator]
        pos = x.position - n if behind else x.position + n  # type: ignore[operator]
        names = [p for p in self._between(m.end(), min(se, m.end() + 60)) if p.text[:1].isupper()]
        if pos < 1 or not names:
            return
        crew = self._crew(names[0], se, r"\s*(?:\([A-Z]{1,3}\))?\s*(?:[/&]|och)\s*")
        for who in crew:
            self.pending.append(
                _Pending(sids, who.name, pos, "classified", x.start, who.end, order=self._next(), weak=True)
            )

    def _has_own_verb(self, m: Mention) -> bool:
        """ "vann före Strand, Mads Kjær (DNK) kom fyra": a name right followed by a
        result phrase is the subject of its own clause, not one more object of "före"."""
        after = _OWN_VERB_GAP.match(self.text, m.end)
        if after is None:
            return False
        at = after.end()
        return any(h[0] == at and h[2].startswith("result.") for h in self.state.hits(at, at + 40))

    def _runners_up(self, x: Expr, sids: list[str], ss: int, se: int) -> None:
        """ "vann Race 1 före Anna Berg och Tor Ek": the names after "före" are 2nd, 3rd."""
        m = _RUNNERS_UP.search(self.text, x.end, se)
        if not m:
            return
        names = self._between(m.end(), se)
        if m.group(0).startswith("med") and not (names and names[0].start == m.end()):
            return  # "med en tiondel till godo": a margin, no runner-up named
        # groups: "A/B och C/D" are two crews, 2nd and 3rd
        groups: list[list[Mention]] = []
        for p in names:
            gap = self.text[groups[-1][-1].end : p.start] if groups else ""
            gap = _CODE_LEAD.sub("", gap)  # "Mikko Heikkilä (FIN) och Jan Vermeulen"
            if self._has_own_verb(p):
                break
            if groups and (
                _SLASH_GAP.fullmatch(gap)
                or (_OCH_GAP.fullmatch(gap) and p.name in self.state.people.mates(groups[-1][-1].name))
            ):
                # "A/B", or "A och B" who are one crew: one place
                groups[-1].append(p)
            elif not groups or _COMMA_OCH_GAP.fullmatch(gap):
                groups.append([p])
            else:
                break
        for k, group in enumerate(groups, start=2):
            for p in group:
                self.pending.append(
                    _Pending(
                        sids,
                        p.name,
                        k,
                        "classified",
                        x.start,
                        p.end,
                        order=self._next(),
                        kind_hint=x.kind_hint,
                        floating=not sids,
                    )
                )

    def _add(self, sids: list[str], who: str, x: Expr, cs: int, ce: int, weak: bool = False) -> None:
        ev_start, ev_end = self._evidence_span(x, cs, ce)
        p = _Pending(
            list(sids),
            who,
            x.position if x.status == "classified" else None,
            x.status,
            ev_start,
            ev_end,
            kind_hint=x.kind_hint,
            floating=not sids,
            order=self._next(),
            weak=weak,
            sent=self._sent_start,
        )
        self.pending.append(p)
        self._said_at.setdefault(self._sent_start, []).append(p)

    def _evidence_span(self, x: Expr, cs: int, ce: int) -> tuple[int, int]:
        s, e = cs, ce
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1] in " \t\r\n":
            e -= 1
        return s, e

    # -- output ----------------------------------------------------------------
    def commit(self) -> None:
        st = self.state
        marks = st.session_marks
        telling: dict[tuple[int, int], bool] = {}  # sentence -> about a driver, not the next event
        for r in self.refs:
            ids = self.reg.expand(r, None)
            for sid in ids:
                if not marks or marks[-1][0] <= r.start:
                    # (the refs are in text order: where st.mark_session would insert)
                    marks.append((r.start, sid))
                else:
                    st.mark_session(r.start, sid)
            if len(ids) == 1:
                self.reg.label_ref(ids[0], r)
            # (a session already told needs no second look)
            if len(ids) == 1 and not r.every and ids[0] not in st.sessions_told:
                ps, pe = self._paragraph_of(r.start)
                sent = next(((a, b) for a, b in sentences(self.text, ps, pe) if a <= r.start < b), (ps, pe))
                tells = telling.get(sent)
                if tells is None:
                    tells = telling[sent] = bool(self._between(*sent)) and not (
                        self._may_hold(self.d["next_event_hint"], *sent)
                        and self.d["next_event"].search(self.text, *sent)
                    )
                if tells:
                    st.sessions_told.add(ids[0])
        for sid in {sid for _, sid in st.session_marks}:
            label = self.reg.label(sid)
            if label:
                st.session_labels[sid] = label
        text = self.text
        # "korsade mållinjen som trea men ... hamnade på sjunde plats": within one
        # sentence, the later place for the same driver and session is the result
        # (a retirement after a climb, "klättrade upp till 5:e plats, men ... tvingades bryta",
        # is the later statement too)
        last: dict[tuple, int] = {}
        for p in self.pending:
            if p.sent >= 0 and p.sids:
                last[(tuple(p.sids), p.driver, p.sent)] = p.order
        self.pending = [
            p
            for p in self.pending
            if not (
                p.sent >= 0
                and p.status == "classified"
                and last.get((tuple(p.sids), p.driver, p.sent), p.order) != p.order
            )
        ]
        # across sentences, a finishing statement ("slutade fyra", "gick i mål som trea")
        # tells the result over a place reported on the way
        told = [p for p in self.pending if p.status == "classified" and p.sids]
        finishing = [self._finishes(p.start, p.end) for p in told]
        finished = {(tuple(p.sids), p.driver) for p, fin in zip(told, finishing, strict=True) if fin}
        if finished:
            on_the_way = {
                id(p)
                for p, fin in zip(told, finishing, strict=True)
                if not fin and (tuple(p.sids), p.driver) in finished
            }
            self.pending = [p for p in self.pending if id(p) not in on_the_way]
        # clear statements first; a session read from the paragraph, then none, last
        # (each session asked of st.get_or_add_session once: asked again with the same
        # label, which the registry keeps, it would return the same session unchanged)
        by_sid: dict[str, Session] = {}
        drivers: dict[int, dict[str, Result]] = {}  # id(session) -> its results by driver
        for p in sorted(self.pending, key=lambda p: (p.floating, p.weak, p.order)):
            if p.floating:
                sid = self._float_target(p)
                if not sid:
                    continue
                p.sids = [sid]
            for sid in p.sids:
                session = by_sid.get(sid)  # type: ignore[assignment]
                if session is None:
                    kind, _, num = sid.partition("-")
                    session = by_sid[sid] = st.get_or_add_session(
                        kind, int(num) if num.isdigit() else None, self.reg.label(sid)
                    )
                had = drivers.get(id(session))
                if had is None:
                    # its results by driver, the first of each (what a scan of the list finds)
                    had = drivers[id(session)] = {}
                    for r in session.results:
                        had.setdefault(r.driver, r)
                old = had.get(p.driver)
                if old is not None:
                    # a disqualification stands over the place first reported
                    if p.status == "dsq" and old.status == "classified":
                        old.status, old.position = "dsq", None
                        old.evidence = st.evidence(p.start, p.end)
                    continue
                # (st.add_result's test, that the session has no result of the driver, was
                # just made; validated from plain values, the evidence as Evidence.of makes
                # it: one call into pydantic instead of two models built)
                a, b = p.start, p.end
                result = had[p.driver] = Result.model_validate(
                    {
                        "driver": p.driver,
                        "position": p.position,
                        "status": p.status,
                        "evidence": {"start": a, "end": b, "text": text[a:b], "source": None},
                    }
                )
                session.results.append(result)
        # a crew shares its results ("Moberg/Sjödin", "med Ola Bråten i högerstolen")
        if st.people.crews:
            for session in st.sessions:
                have = {r.driver for r in session.results}
                for r in list(session.results):
                    if session.kind in ("qualifying", "practice") and r.evidence is not None:
                        # one driver of an endurance crew sets the car's time ("tog Lövgren
                        # pole"): the crew shares it only when the statement names the crew
                        ev = r.evidence
                        if not st.has_hit(ev.start, ev.end, ("crew.collective",)) and not any(
                            m.start in st.people.we for m in self._between(ev.start, ev.end)
                        ):
                            continue
                    for mate in st.people.mates(r.driver):
                        if mate not in have:
                            session.results.append(r.model_copy(update={"driver": mate}))
                            have.add(mate)
        self._stage_retirements()
        for sid, who, n in self.grids:
            s = st.session(sid)
            if s:
                for r in s.results:
                    if r.driver == who and r.grid is None:
                        r.grid = n

    def _stage_retirements(self) -> None:
        """A rally crew that retired on a stage ("bröt på SS5") is out of the rally: its
        overall result is dnf too, unless the text gives one."""
        st = self.state
        overall = st.session("race")
        if overall is None or not any(s.kind == "stage" for s in st.sessions):
            return
        have = {r.driver for r in overall.results}
        for session in st.sessions:
            if session.kind != "stage":
                continue
            for r in session.results:
                if r.status == "dnf" and r.driver not in have:
                    overall.results.append(r.model_copy())
                    have.add(r.driver)

    def _float_target(self, p: _Pending) -> str | None:
        """A result with no session named: the only session of its kind, if any; a
        text that names no session at all reports one race (a rally's overall result)."""
        kind = p.kind_hint or "race"
        if not self.reg.kinds and kind == "race":
            return "race"
        if kind == "race" and "race" not in self.reg.kinds and "final" in self.reg.kinds:
            # a weekend of heats and a final: the final is the race
            finals = self.reg.numbers_of("final")
            return "final" if not finals else None
        nums = self.reg.numbers_of(kind)
        if len(nums) == 1:
            return f"{kind}-{nums[0]}"
        if not nums and self.reg.kinds.get(kind) and (p.kind_hint or kind == "race"):
            return kind
        if kind == "race" and not nums and not {"heat", "final", "other"} & set(self.reg.kinds):
            # a one-race event that names only its qualifying or practice
            return "race"
        return None


@Language.factory("reportgen_results", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_results(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        reader = _Reader(doc._.rg)
        reader.run()
        reader.commit()
        return doc

    return component
