"""Find person names without NER and fill ``state.people``.

A full name starts with a given name from the gazetteer (``given_names.json``) and goes on
with capitalised words that are not known non-name words (series, circuits, months,
team words...). Lines of result lists and tables add names that the gazetteer does
not know ("3. Jonas Karklys (LIT)"), and so do role nouns ("föraren Tor Ek").
Short references then resolve to those full names: first names, surnames, genitives
("Jessicas"), pronouns (hon/han), "jag" in a driver's own release, demonyms
("svenskan") and "22-åringen".
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load
from .linescan import line_gate, line_matches, paren_runs
from .state import Mention, ParseState, joined_run
from .teamcar import find_teams_and_cars
from .textutil import (
    CAP_WORD,
    CAP_WORD_BEFORE_BRACKET,
    CAP_WORD_START,
    LOWER,
    NAME_COMMA,
    NOT_AFTER_WORD,
    UPPER,
    FoldedForms,
    alternation,
    finditer_at,
    forms_regex,
)

_PARTICLE = r"(?:von der|van der|van den|von|van|de|af|av|di|da|del|der|den|la|le)"
# (the plain scan of capitalised runs; tests check _MULTI_NAME_SEQ against it)
_NAME_SEQ = re.compile(rf"({CAP_WORD_START}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{CAP_WORD}){{0,3}})")
# The runs of _NAME_SEQ.finditer that hold two words or more, the only ones
# gazetteer_names reads, found without making a match of every capitalised word (most
# are one word: sentence starts). Same runs: a run is skipped only where _NAME_SEQ's
# match is one word, and where that word starts again inside it (after "'" or "’")
# its rest is followed by the same text, so no longer run starts there either. The
# word parts are possessive ("*+"): what may follow one ("-", blanks) is no letter, so
# giving letters back never helps a match.
_CAP_REST_P = f"[{LOWER}{UPPER}'’]*+(?:-[{UPPER}{LOWER}][{LOWER}{UPPER}'’]*+)*+"
_MULTI_NAME_SEQ = re.compile(
    rf"([{UPPER}]{NOT_AFTER_WORD}{_CAP_REST_P}"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?[{UPPER}]{_CAP_REST_P}){{1,3}})"
)
_CODE = r"\(\s*([A-Z]{1,3})\s*\)"
_LIST_LINE = re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,3}}[ \t]*[.:)]|[-–•*])[ \t]*"
    rf"({CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{CAP_WORD}){{1,3}})"
)
_LIST_LINE_GATE = line_gate(r"[ \t]*+(?:\d|[-–•*])")
_BRACKET = re.compile(
    rf"({CAP_WORD_BEFORE_BRACKET}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{CAP_WORD}){{1,3}})[ \t]*{_CODE}"
)
# a capitalised pair after these is a place or an organisation, not a person
_PLACE_PREPS = frozenset({"i", "på", "från", "vid", "mot", "runt", "genom", "hos", "inom", "utanför"})
@cache
def _team_after_re() -> re.Pattern[str]:
    lex = load("sv")
    words = [f for e in lex.entries("vehicles") if e.concept == "team.word" for f in e.forms]
    return re.compile(rf"[ \t]+(?:{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})(?![\w])")

# a name right after one of these is an object, not who the sentence is about
# (a lower-case word may come between: "en knuff av dansken Oliver Kjeldsen")
_OBJ_PREP = re.compile(
    r"(?<![\w])(?:för|av|med|bakom|före|efter|mot|till|om|förbi|framför|än)\s+(?:[a-zåäö]+\s+)?$"
)
_MED_LAST = re.compile(r"(?<![\w])med\s+$")  # a gap between two names that ends in "med"


def _ends_in_med(gap: str) -> bool:
    """``_MED_LAST.search(gap)``, without a scan of the whole gap: "med", not after a
    word character, then blanks to the end (str.isspace and str.rstrip's blanks are
    re's \\s; "$" before a last "\\n" changes nothing, \\s+ takes that too)."""
    body = gap.rstrip()
    if len(body) == len(gap) or not body.endswith("med"):
        return False
    return len(body) == 3 or not _word_char(body[-4])


_DASH_LINE = re.compile(r"\s*[-–—]")  # a dash-led (quote) line
_PARTICLE_RE = re.compile(_PARTICLE)
_SENT_START_BEFORE = re.compile(r"(?:^|[.!?\n])\s*$")
_SIGNATURE_CUT = re.compile(r"\s*[,|(]")
_SENT_BREAK = re.compile(r"[.!?]\s+")
_SENT_PUNCT = re.compile(r"[.!?]")
_BLANKS = re.compile(r"\s*")
_LIST_JOIN = re.compile(r"\s*(?:,|och)\s*")
_QUOTED = re.compile(r"[”\"»“][^”\"«“]*[”\"«]")
# crews: what joins the names of one crew
# "delade <up to eight words> med": the words a shared car is named with, then "med"
_WITH_AFTER = re.compile(r"(?:\s+(?:[^\s.!?;:]|[.:](?=\w))+){1,8}?(\s+med)\s")  # ("07:an" is a word)
_SHARED_JOIN = re.compile(r"\s*(?:\([A-Z]{1,3}\))?\s*(?:,|och|&|/)\s*(?:[a-zåäö]+\s+)?")
_NEXT_CREW = re.compile(r"\s*(?:\([^)]*\)\s*)*,?\s*respektive\s+(?:[a-zåäö]+\s+)?")
_PAIR_GAP = re.compile(r"\s*(?:\([A-Z]{1,3}\))?\s*(?:(?:och|&)\s+(?:[a-zåäö]+\s+){0,3}|/\s*)")
_LIST_GAP = re.compile(r"\s*(?:\([A-Z]{1,3}\))?\s*(?:,|och|&|/)\s*")
_LAST_WORD = re.compile(r"(\S+)\s+$")  # the word before a name (with the blanks after it)
_PLAIN_NAME_WORD = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?")
# "22-åringen", "den 24-åriga linköpingsbon"
_AGE = re.compile(rf"\d{NOT_AFTER_WORD}\d-åri(?:ng(?:en)?|ga)(?![\w])", re.IGNORECASE)


def _age_starts(text: str) -> list[int]:
    """Where an _AGE match can start: two before each "-" (a scan for _AGE itself, re.I,
    tries every position; str.find jumps to the hyphens)."""
    out = []
    i = text.find("-", 2)
    while i >= 0:
        out.append(i - 2)
        i = text.find("-", i + 1)
    return out


@cache
def _vocab() -> dict[str, object]:
    lex = load("sv")
    given: dict[str, str | None] = {}
    for e in lex.entries("given_names"):
        for f in e.forms:
            given.setdefault(f, e.value if e.value in ("f", "m") else None)
    stop: set[str] = set()
    for stem in (
        "series",
        "circuits",
        "countries",
        "months",
        "sessions",
        "vehicles",
        "roles",
        "demonyms",
        "nationalities",
    ):
        if stem in lex:
            for e in lex.entries(stem):
                if e.concept.startswith("car.intro"):
                    continue
                for f in e.forms:
                    stop.update(w.lower() for w in f.split())
    pron = {e.value: e.forms for e in lex.entries("pronouns") if e.concept.startswith("person_pronoun.")}
    demonyms: dict[str, tuple[str, str]] = {}
    adjs: dict[str, str] = {}
    for e in lex.entries("demonyms"):
        parts = e.concept.split(".")
        for f in e.forms:
            if parts[0] == "demonym":
                demonyms[f.lower()] = (str(e.value), parts[2])
            else:
                adjs[f.lower()] = str(e.value)
    codes = {f: str(e.value) for e in lex.entries("nationalities") for f in e.forms}
    roles = {f.lower(): str(e.value) for e in lex.entries("roles") for f in e.forms}
    # "Midnattssolsrallyt": a capitalised compound ending in an event noun names the event
    event_endings = tuple(
        f.lower()
        for e in lex.entries("sessions")
        if e.concept.startswith("session_compound.")
        for f in e.forms
    )
    return {
        "pron_all": {f.lower() for forms in pron.values() for f in forms},
        "event_endings": event_endings,
        "given": given,
        "stop": stop,
        "pron": pron,
        "demonyms": demonyms,
        "adjs": adjs,
        "codes": codes,
        "roles": roles,
    }


@cache
def _role_re() -> re.Pattern[str]:
    roles = _vocab()["roles"]
    alt = "|".join(sorted((re.escape(r) for r in roles), key=len, reverse=True))  # type: ignore[union-attr]
    # the role word in any case, the name capitalised
    return re.compile(rf"(?<![\w-])(?i:({alt}))\s+({CAP_WORD}(?:\s+{CAP_WORD}){{1,2}})")


@cache
def _ref_res() -> dict[str, re.Pattern[str]]:
    v = _vocab()
    return {g: forms_regex(list(v["pron"].get(g, ()))) for g in ("f", "m", "self")}  # type: ignore[union-attr]


@cache
def _not_self() -> re.Pattern[str]:
    """ "mitt på SS5": the adverb, not the pronoun (pronouns.json not_pronoun.self)."""
    forms = load("sv").forms("pronouns", "not_pronoun.self")
    return forms_regex(forms) if forms else re.compile(r"(?!)")


@cache
def _self_places() -> FoldedForms:
    """Where a first-person pronoun ("jag", "min") may stand (see _find_first_person)."""
    return FoldedForms(list(_vocab()["pron"].get("self", ())))  # type: ignore[union-attr]


@cache
def _crew_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load("sv")
    roles = [f for e in lex.entries("roles") if e.concept == "role.codriver" for f in e.forms]
    seats = [f for e in lex.entries("roles") if e.concept == "crew.seat" for f in e.forms]
    role = alternation(roles)
    joiner = re.compile(
        # (also "Anders Solheim (NOR), som med kartläsaren Kristian Haugen hade legat tvåa")
        rf"\s*(?:\([A-Z]{{1,3}}\))?\s*(?:,\s*som\s+)?(?:[/&]|(?:och|med)\s+(?:sin\s+|hans\s+|hennes\s+)?(?:{role}))\s*",
        re.IGNORECASE,
    )
    seat = re.compile(rf"\s*(?:{'|'.join(map(re.escape, seats))})\b", re.IGNORECASE)
    return joiner, seat


def nationality_code(code: str) -> str | None:
    """ISO alpha-2 for a code written in brackets or a table cell (SWE, DKK...)."""
    return _vocab()["codes"].get(code.strip().upper())  # type: ignore[union-attr]


def _is_stop(word: str) -> bool:
    return word.lower() in _vocab()["stop"]  # type: ignore[operator]


@cache
def _role_endings() -> tuple[str, ...]:
    v = _vocab()
    words = list(v["roles"]) + list(v["demonyms"])  # type: ignore[arg-type]
    return tuple(sorted({w.lower() for w in words if len(w) >= 4 and " " not in w}, key=len, reverse=True))


@cache
def _status_line_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line that opens with a status word of a result list ("Bröt:", "Ej start:",
    "Diskvalificerad:"; result_phrases.json dns/dnf/dsq forms) and then names a driver;
    with its line gate (linescan)."""
    forms = [
        f for e in load("sv").entries("result_phrases")
        if e.concept in ("result.dns", "result.dnf", "result.dsq") for f in e.forms
    ]
    head = rf"[ \t]*(?:{alternation(forms)})[ \t]*:"
    return re.compile(
        rf"(?mi)^{head}[ \t]*"
        rf"(?-i:({CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{CAP_WORD}){{1,3}}))"
    ), line_gate(head, re.IGNORECASE)


def _role_like(word: str) -> bool:
    """A role noun or demonym, or a compound ending in one ("hemmaföraren")."""
    return word.lower().endswith(_role_endings())


def _trim(words: list[str], keep_first: bool = False) -> list[str]:
    """Cut a capitalised run at the first word that is not part of a name (a known
    non-name word, an all-caps code, or a given name after a surname)."""
    out: list[str] = []
    v = _vocab()
    given, stop, event_endings = v["given"], v["stop"], v["event_endings"]
    for i, w in enumerate(words):
        if keep_first and i == 0:
            out.append(w)  # a given name, even one that is also a word ("Martin" of "Aston Martin")
            continue
        # "Lucas de Vries": a lower-case particle inside a name
        if out and w.islower() and i + 1 < len(words) and _PARTICLE_RE.fullmatch(w):
            out.append(w)
            continue
        low = w.lower()
        if low in stop or (w.isupper() and len(w) > 1 and out):  # type: ignore[operator]
            break
        if out and low.endswith(event_endings):  # type: ignore[arg-type]
            if "-" in w and len(out) >= 3:
                # "Linnea Höök Höga Kusten-rallyt": a hyphen joins the event noun to a name
                # of its own words, which began before it ("Höga Kusten")
                out.pop()
            break
        if out and w in given and out[-1] not in given:  # type: ignore[operator]
            break
        out.append(w)
    while out and out[-1].islower():
        out.pop()
    return out


# a "(" and what may follow it inside a _BRACKET match: blanks (line breaks too) and capitals
_CODE_TAIL = re.compile(r"\([\sA-Z]*\)?")


def _bracket_names(text: str) -> list[re.Match[str]]:
    """``_BRACKET.finditer(text)``, run only in the runs of name characters that end at
    a "(" (linescan.paren_runs): a match starts in such a run and has that "(" as its
    bracket, so there is one match at most in each, and it ends no further than the
    blanks and capitals after the "(" (the code may go on past the line end: "(\\nSWE)")."""
    out: list[re.Match[str]] = []
    pos = 0
    for run_start, paren in paren_runs(text):
        reach = _CODE_TAIL.match(text, paren).end()  # type: ignore[union-attr]
        m = _BRACKET.search(text, max(run_start, pos), reach)
        if m is not None and m.start() < paren:
            out.append(m)
            pos = m.end()
    return out


def _word_char(ch: str) -> bool:
    """What re's ``\\w`` matches (for one character of a str)."""
    return ch.isalnum() or ch == "_"


def _find_names(text: str, names: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each match of ``(NAMES)(s)?(?![\\w-])`` scanning ``text``
    left to right, a name not after a word character or "-", the longest name first at
    one place (what a regex alternation of ``names`` finds; "s" is a genitive). Found
    with str.find: compiling that regex per text cost more than the rest of the
    parse of a short text."""
    by_first: dict[str, list[str]] = {}
    starts: set[int] = set()
    for name in names:
        by_first.setdefault(name[0], []).append(name)
        sp = name.find(" ")
        if sp > 0 and name[:sp] in names:
            continue  # "Anna Berg" is found where "Anna" is: no need to look for it
        i = text.find(name)
        while i >= 0:
            starts.add(i)
            i = text.find(name, i + 1)
    for group in by_first.values():
        group.sort(key=len, reverse=True)
    out: list[tuple[int, int, str]] = []
    pos, n = 0, len(text)
    # (c.isalnum() or c == "_" is re's \w for one character, see _word_char)
    for p in sorted(starts):
        if p < pos:
            continue
        if p:
            c = text[p - 1]
            if c.isalnum() or c == "_" or c == "-":
                continue
        for name in by_first[text[p]]:
            if not text.startswith(name, p):
                continue
            end = p + len(name)
            if end < n:
                c = text[end]
                if c == "s":
                    end += 1  # "(s)?" is greedy, and without it "s" is a word character after
                    if end < n:
                        c = text[end]
                        if c.isalnum() or c == "_" or c == "-":
                            continue
                elif c.isalnum() or c == "_" or c == "-":
                    continue
            out.append((p, end, name))
            pos = end
            break
    return out


def _name_after(text: str, at: int, names: list[str]) -> str | None:
    """The name of ``names`` (first in list order) that
    ``(?:\\s+\\w+)?\\s+(NAMES)(?![\\w])`` matches at ``at``: after blanks, or after
    blanks, one word and blanks ("svenskan Anna Berg", "norske föraren Tor Ek")."""
    n = len(text)

    def blanks_end(i: int) -> int:
        while i < n and text[i].isspace():
            i += 1
        return i

    def name_at(i: int) -> str | None:
        for name in names:
            if text.startswith(name, i):
                e = i + len(name)
                if e == n or not _word_char(text[e]):
                    return name
        return None

    i = blanks_end(at)
    if i == at:
        return None
    j = i
    while j < n and _word_char(text[j]):
        j += 1
    if j > i:
        k = blanks_end(j)
        if k > j:
            got = name_at(k)
            if got is not None:
                return got
    return name_at(i)


def _genitive_base(word: str, known: set[str]) -> str | None:
    if word in known:
        return word
    if word.endswith("s") and word[:-1] in known:
        return word[:-1]
    return None


def nearest_subject(state: ParseState, offset: int, gender: str) -> str | None:
    """Who "hon"/"han" means: the nearest person of that gender before ``offset``, unless
    that one is the object of a preposition ("höll undan för Dahl hela vägen in.
    – ..., säger hon") and the same sentence has a subject of that gender."""
    people, text = state.people, state.text
    name = people.nearest(offset, gender=gender)
    if name is None:
        return None
    last = next((m for m in reversed(people.starting(0, offset)) if m.name == name), None)
    if last is None or not _OBJ_PREP.search(text, max(0, last.start - 24), last.start):
        return name
    cut = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start))
    pron = _vocab()["pron_all"]
    subjects = [
        m
        for m in people.between(cut + 1, last.start)
        if m.name != name
        and people.gender.get(m.name) in (None, gender)
        and not _OBJ_PREP.search(text, max(0, m.start - 24), m.start)
        and m.text.lower() not in pron  # type: ignore[operator]
    ]
    return subjects[-1].name if subjects else name


_NEXT_WORD = re.compile(r"[ \t]+[\w-]+")


class _Finder:
    def __init__(self, state: ParseState):
        self.state = state
        self.text = state.text
        self.v = _vocab()
        self.full: dict[str, int] = {}  # full name -> first offset
        self.codes: dict[str, str] = {}
        self._is_first_person: bool | None = None  # _first_person(), worked out once

    def add_full(self, name: str, offset: int) -> None:
        words = name.split()
        if len(words) < 2:
            return
        name = " ".join(words)
        # "Jessica Bäckman" and a longer "Jessica Bäckman Nilsson": keep both, resolve picks
        if name not in self.full or offset < self.full[name]:
            self.full[name] = offset

    def gazetteer_names(self) -> None:
        given = self.v["given"]
        # runs read already that hold a given name: the same run again adds nothing (the
        # name it gives is kept with its first, smaller, offset)
        done: set[str] = set()
        # (one word, most runs: a sentence start, is never a full name)
        for m in _MULTI_NAME_SEQ.finditer(self.text):
            run = m.group(1)
            if run in done:
                continue
            words = run.split()
            for i, w in enumerate(words):
                if w not in given:  # type: ignore[operator]
                    continue
                done.add(run)
                rest = _trim(words[i:], keep_first=True)[1:]
                if rest:
                    start = m.start(1) + len(" ".join(words[:i])) + (1 if i else 0)
                    self.add_full(" ".join([w, *rest]), start)
                break
            else:
                self._unknown_name(m, words)

    def _unknown_name(self, m: re.Match[str], words: list[str]) -> None:
        """A name whose given name the gazetteer lacks ("Kasparas Vingilis"): two or
        three capitalised words inside a sentence, none of them a known non-name word,
        and not after a place preposition ("i", "på")."""
        event_endings, stop = self.v["event_endings"], self.v["stop"]
        while words and words[-1].lower().endswith(event_endings):  # type: ignore[arg-type]
            words = words[:-1]  # "Eva Sand Bergslagsrallyt": the event after the name
        if not 2 <= len(words) <= 3:
            return
        for w in words:
            if w.lower() in stop or w.isupper() or len(w) < 2:  # type: ignore[operator]
                return
        before = self.text[max(0, m.start(1) - 25) : m.start(1)]
        prev = _LAST_WORD.search(before)
        if not prev or not prev.group(1)[0].islower() or prev.group(1).lower() in _PLACE_PREPS:
            return
        for w in words:
            if not _PLAIN_NAME_WORD.fullmatch(w):
                return
        self.add_full(" ".join(words), m.start(1))

    def listed_names(self) -> None:
        for m in _bracket_names(self.text):
            # keep the name before the code: "Segrare Anna Berg (SWE)" -> "Anna Berg"
            words = _trim(self._tail_name(m.group(1).split()))
            if len(words) >= 2:
                name = " ".join(words)
                self.add_full(name, m.start(1))
                iso = nationality_code(m.group(2))
                if iso:
                    self.codes.setdefault(name, iso)
        for m in line_matches(_LIST_LINE, _LIST_LINE_GATE, self.text):
            words = _trim(self._tail_name(m.group(1).split()))
            if len(words) >= 2:
                self.add_full(" ".join(words), m.start(1))
        # a status line under a result list: "Bröt: Ali Rezaei, Lunds MS (kopplingen)"
        if ":" in self.text:
            for m in line_matches(*_status_line_re(), self.text):
                words = _trim(m.group(1).split())
                if len(words) >= 2:
                    self.add_full(" ".join(words), m.start(1))

    def _tail_name(self, words: list[str]) -> list[str]:
        given = self.v["given"]
        for i, w in enumerate(words):
            if w in given:  # type: ignore[operator]
                return words[i:]
        # "Hemmaföraren Joni Virtanen", "Norrmannen Eirik Solvang": a role or demonym
        # word (or a compound ending in one) before the name is not part of it
        while len(words) > 2 and _role_like(words[0]):
            words = words[1:]
        return words[-3:] if len(words) > 3 else words

    def role_names(self) -> None:
        roles = self.v["roles"]
        starts = sorted({s for s, _e, _c in self.state.family("role")})
        for m in filter(None, (_role_re().match(self.text, s) for s in starts)):
            words = _trim((m.group(2) + self._next_word(m.end(2))).split())
            if len(words) >= 2 and words[0][0].isupper():
                name = " ".join(words)
                self.add_full(name, m.start(2))
                role = roles.get(m.group(1).lower())  # type: ignore[union-attr]
                if role == "staff":
                    self.state.staff.add(name)
                elif role == "codriver" and name not in self.state.people.codrivers:
                    self.state.people.codrivers.append(name)

    def _next_word(self, end: int) -> str:
        """The word after a run read up to ``end``, with its blank (" Kusten-rallyt"), so
        that _trim sees what follows the name; "" when no word follows on the line."""
        m = _NEXT_WORD.match(self.text, end)
        return m.group(0) if m else ""

    def apposition_staff(self) -> None:
        """A staff role after the name, as an apposition: "…, konstaterar Per Haglund,
        teamchef på Haglund Motorsport." (the full names are known by now)."""
        roles = self.v["roles"]
        text, full = self.text, self.state.people.full_names
        for hs, he, _c in self.state.family("role"):
            if roles.get(text[hs:he].lower()) != "staff":  # type: ignore[union-attr]
                continue
            comma = text.rfind(",", max(0, hs - 3), hs)
            if comma < 0 or text[comma + 1 : hs].strip():
                continue
            for name in full:
                if text.endswith(name, 0, comma):
                    self.state.staff.add(name)

    def mentions(self) -> None:
        people = self.state.people
        # a genitive run ("Jessica Bäckmans") is the same person as "Jessica Bäckman"
        for n in [n for n in self.full if n.endswith("s") and n[:-1] in self.full]:
            del self.full[n]
        # "säger Holm Nielsen": a name with no known given name that ends a longer full
        # name is that person's surname ("Jesper Holm Nielsen"), not a second person
        given = self.v["given"]
        for n in [
            n for n in self.full
            if n.split()[0] not in given and any(o.endswith(" " + n) for o in self.full if o != n)  # type: ignore[operator]
        ]:
            del self.full[n]
        names = sorted(self.full, key=lambda n: self.full[n])
        people.full_names = names
        parts: dict[str, set[str]] = {}
        for n in names:
            ws = n.split()
            for w in {ws[0], ws[-1], " ".join(ws[1:])}:
                parts.setdefault(w, set()).add(n)
        alts = {x for x in list(names) + list(parts)}
        if not alts:
            return
        text = self.text
        for start, end, surface in _find_names(text, alts):
            if surface in self.full:
                people.mentions.append(Mention(start, end, text[start:end], surface))
                continue
            if (
                end == start + len(surface)  # not a genitive
                and _team_after_re().match(text, end)
                and surface not in self.v["given"]  # type: ignore[operator]
            ):
                continue  # "Brink Motorsport": a team named after a family, not Johan Brink
            cands = sorted(parts.get(surface, ()))
            if len(cands) == 1:
                name = cands[0]
            else:
                name = people.nearest(start, among=cands) or (cands[0] if cands else None)
            if name:
                people.mentions.append(Mention(start, end, text[start:end], name))

    def main_driver(self) -> None:
        """The driver the release is by or about: who "jag heter" names, else the
        signature (a line that is only a name, near the end), else the name the
        headline starts with, else the most mentioned."""
        people = self.state.people
        if not people.full_names:
            return
        text = self.text
        for _s, e, c in self.state.family("self_intro"):
            if c == "self_intro":
                after = people.starting(e, e + 3)
                if after:
                    people.main = self.state.about = after[0].name
                    return
        for s, _e, _c in self.state.family("self_intro_after"):
            # "Anders Kvarnström här." at a sentence start
            # (a mention that ends by ``s`` starts by it)
            named = [
                m for m in people.starting(0, s + 1) if m.end <= s and s - m.end <= 1 and m.text == m.name
            ]
            if named and _SENT_START_BEFORE.search(text[max(0, named[-1].start - 3) : named[-1].start]):
                people.main = self.state.about = named[-1].name
                return
        paras = self.state.paragraphs
        for ps, pe in reversed(paras[-3:]):
            # a signature: "/Elin Wadström", "Elias Norén, #27", "– Anna Berg, Berg Racing"
            line = text[ps:pe].strip(" /–-—\t")
            head = _SIGNATURE_CUT.split(line, maxsplit=1)[0].strip()
            if head in people.full_names and len(line) <= len(head) + 40:
                people.main = self.state.about = head  # (signed by that driver)
                return
        if paras:
            ps, pe = paras[0]
            first = people.starting(ps, pe)
            if first and first[0].start - ps <= 2 and first[0].name not in self.state.staff:
                people.main = first[0].name
                return
        counts = Counter(m.name for m in people.mentions if m.name not in self.state.staff)
        if counts:
            top = max(counts.values())
            people.main = next(n for n in people.full_names if counts.get(n) == top)

    def pronouns(self) -> None:
        """Resolve hon/han, demonyms, "22-åringen" and (first person) "jag"."""
        people = self.state.people
        given = self.v["given"]
        for n in people.full_names:
            g = given.get(n.split()[0])  # type: ignore[union-attr]
            if g:
                people.gender.setdefault(n, g)
        refs: list[tuple[int, int, str, str]] = []  # start, end, text, kind
        first_person = self._first_person()
        # the lexicon component already found every pronoun and demonym
        for hs, he, concept in self.state.family("person_pronoun", "demonym"):
            if concept.startswith("person_pronoun."):
                g = concept.split(".")[1]
                if g == "self" and _not_self().match(self.text, hs):
                    continue  # "mitt på SS5"
                if g in ("f", "m") or (g in ("self", "we") and first_person and people.main):
                    refs.append((hs, he, self.text[hs:he], g))
            elif concept.startswith("demonym."):
                refs.append((hs, he, self.text[hs:he], "dem"))
        dem = self.v["demonyms"]
        for m in finditer_at(_AGE, self.text, _age_starts(self.text)):
            refs.append((m.start(), m.end(), m.group(0), "age"))
        refs.sort()
        for start, end, text, kind in refs:
            name = None
            if kind in ("self", "we"):
                name = people.main
                if kind == "we":
                    people.we.add(start)
            elif kind in ("f", "m"):
                name = nearest_subject(self.state, start, kind)
                if name and len(people.full_names) and self._only_candidate(start, name, kind):
                    if people.gender.get(name) in (None, kind):
                        people.gender[name] = kind
                        people.gender_shown.add(name)
            elif kind == "dem":
                iso, g = dem[text.lower()]  # type: ignore[index]
                # "svenskan" is not the one Swede with a code if he is a man
                same = [n for n, c in self.codes.items() if c == iso and people.gender.get(n) in (None, g)]
                name = same[0] if len(same) == 1 else self._driver_near(start, g)
                if name:
                    if people.gender.get(name) in (None, g):
                        people.gender[name] = g
                        people.gender_shown.add(name)
                    self.codes.setdefault(name, iso)
            else:
                name = self._driver_near(start, None)
            if name:
                people.add_mention(Mention(start, end, text, name))

    def _driver_near(self, offset: int, gender: str | None) -> str | None:
        """Who "22-åringen" or "svensken" means: of the drivers named just before (not
        co-drivers), the text's main driver if among them, else the nearest."""
        people = self.state.people
        # the one person the sentence before (or this one, so far) is about
        # (the last sentence of the line before, and this line up to ``offset``)
        paras = self.state.paragraphs
        k = next((i for i, (ps, pe) in enumerate(paras) if ps <= offset <= pe), None)
        since = offset
        if k:
            ps, pe = paras[k - 1]
            ends = [m.end() for m in _SENT_BREAK.finditer(self.text[ps:pe])]
            since = ps + (ends[-1] if ends else 0)
        just = {
            m.name
            for m in people.between(since, offset)
            if m.name not in people.codrivers
            and people.gender.get(m.name) in (None, gender or people.gender.get(m.name))
        }
        if len(just) == 1:
            return just.pop()
        # this sentence so far names one driver: "var Hansson den som hittade greppet bäst,
        # och 18-åringen tog sin första seger"
        ss = max(self.text.rfind(". ", 0, offset), self.text.rfind("\n", 0, offset)) + 1
        own = {
            m.name
            for m in people.between(ss, offset)
            if m.name not in people.codrivers
            and m.text[:1].isupper()
            and people.gender.get(m.name) in (None, gender or people.gender.get(m.name))
        }
        if len(own) == 1:
            return own.pop()
        recent = [
            m.name
            for m in people.starting(offset - 299, offset)
            if m.name not in people.codrivers
            and people.gender.get(m.name) in (None, gender or people.gender.get(m.name))
        ]
        if people.main in recent:
            return people.main
        if recent:
            return recent[-1]
        return people.nearest(offset, gender=gender)

    def crews(self) -> None:
        """Crews that share results: "Lukas Moberg/Erik Sjödin", "Alva Wiklund och
        kartläsaren Johanna Fors", "Sander Haugen med Ola Bråten i högerstolen", and in a
        driver's own release "min kartläsare X"."""
        people = self.state.people
        joiner, seat = _crew_res()
        # name mentions only: "hans" in "X (NOR) och hans kartläsare Y" is not a crew member
        pron = self.v["pron_all"]
        full_names = set(people.full_names)
        full = [
            m
            for m in people.mentions
            if m.name in full_names
            and m.start not in people.we
            and m.text[:1].isupper()
            and m.text.lower() not in pron
        ]
        for a, b in zip(full, full[1:], strict=False):
            if a.name == b.name:
                continue
            # (the gap is text[a.end : b.start]: matched in place, cut out only when short)
            if joiner.fullmatch(self.text, a.end, b.start) or (
                # "Sander Haugen med Ola Bråten i högerstolen", also after a relative clause:
                # "Mattias Öberg (SWE), som låg trea totalt med Kim Lindqvist bredvid sig"
                b.start - a.end <= 60
                and _ends_in_med(gap := self.text[a.end : b.start])
                and seat.match(self.text, b.end)
                and not _SENT_PUNCT.search(gap)
            ):
                people.add_crew(a.name, b.name)
        self._collective_crews()
        self._shared_cars()
        if people.main and people.codrivers and self._first_person():
            mate = people.codrivers[0]
            if mate != people.main:
                people.add_crew(people.main, mate)

    def _shared_cars(self) -> None:
        """ "bilen som han delade med Niklas Berg och Kalle Wennberg" (the one named just
        before and the names after) and "Porsche 911, delad mellan A (SWE), B (NOR) och C"
        (the names after): one crew (``crew.shared`` / ``crew.shared_by``)."""
        people = self.state.people
        # (a demonym may stand before the name: "och tysken Lukas Meier")
        joined = _SHARED_JOIN
        # "delas av A och B (bil 14) respektive C och D (bil 41)": two crews
        next_crew = _NEXT_CREW
        for hs, he, concept in self.state.family("crew"):
            if concept == "crew.shared_verb":
                # "delade <a car> med A och B": as "delade med" where the car ends
                he = self._after_shared_car(he)
                if he < 0:
                    continue
                concept = "crew.shared"
            elif concept not in ("crew.shared", "crew.shared_by"):
                continue
            after = people.between(he, he + 200)
            if not after or not _BLANKS.fullmatch(self.text, he, after[0].start):
                continue
            crew = joined_run(self.text, after, joined)
            rest = after[len(crew) :]
            while (
                concept == "crew.shared_by"
                and len(crew) >= 2
                and rest
                and next_crew.fullmatch(self.text, crew[-1].end, rest[0].start)
            ):
                people.add_crew(*(c.name for c in crew))
                crew = joined_run(self.text, rest, joined)
                rest = rest[len(crew) :]
            names = [m.name for m in crew]
            if concept == "crew.shared":
                # the one named just before, in the same sentence
                before = [
                    m
                    for m in people.between(max(0, hs - 40), hs)
                    if not _SENT_PUNCT.search(self.text, m.end, hs)
                ]
                if not before:
                    continue
                names.insert(0, before[-1].name)
            if len(set(names)) >= 2:
                people.add_crew(*names)

    def _after_shared_car(self, verb_end: int) -> int:
        """Where "med" ends after "delade <car>" ("delade Valkyria Racings Lamborghini
        Huracán GT3 EVO2 med …"): a car make stands within the words between; else -1."""
        text = self.text
        m = _WITH_AFTER.match(text, verb_end)
        if m is None or not self.state.hits(verb_end, m.start(1), "car.make"):
            return -1
        return m.end()

    def _collective_crews(self) -> None:
        """ "svenska duon Alva Strand och Kim Lundin", or "Sandberg och hans lagkamrat
        Domas Kazlauskas ... kvalade duon in som 2:a": a word for a crew (``crew.collective``)
        makes the pair it names, or the pair joined by "och" last before it, one crew; the
        word itself then refers to that crew."""
        people = self.state.people
        pair_gap, list_gap = _PAIR_GAP, _LIST_GAP
        for hs, he, concept in self.state.family("crew"):
            if concept != "crew.collective":
                continue
            after = people.between(he, he + 120)
            crew: list[Mention] = []
            named_after = bool(after) and len(after) >= 2 and not self.text[he : after[0].start].strip()
            if named_after:
                # "Förartrion Emil Sjöqvist, Marcus Dahl och Andreas Kjeldsen (DEN)"
                crew = joined_run(self.text, after, list_gap)
            else:
                before = [m for m in people.between(max(0, hs - 600), hs) if m.text[:1].isupper()]
                for k in range(len(before) - 2, -1, -1):
                    a, b = before[k], before[k + 1]
                    if a.name != b.name and pair_gap.fullmatch(self.text, a.end, b.start):
                        crew = [a, b]
                        # "Johan Ekdahl, Petra Lilja och Mats Ekelund … Trion": the list's
                        # names before the pair
                        while k > 0 and NAME_COMMA.fullmatch(self.text, before[k - 1].end, crew[0].start):
                            k -= 1
                            crew.insert(0, before[k])
                        break
            if len(crew) < 2:
                continue
            people.add_crew(*(m.name for m in crew))
            if not named_after:
                people.add_mention(Mention(hs, he, self.text[hs:he], crew[0].name))

    def _only_candidate(self, offset: int, name: str, gender: str) -> bool:
        """True when ``name`` is the only person of a compatible gender named in the
        last stretch of text before ``offset`` (so "hon" shows her gender)."""
        recent = {m.name for m in self.state.people.starting(offset - 399, offset)}
        compatible = [n for n in recent if self.state.people.gender.get(n) in (None, gender)]
        return compatible == [name] or recent == {name}

    def _first_person(self) -> bool:
        """A driver's own release: "jag"/"min" in narrative lines (not quotes)."""
        if self._is_first_person is None:
            self._is_first_person = self._find_first_person()
        return self._is_first_person

    def _find_first_person(self) -> bool:
        if not any(c == "person_pronoun.self" for _, _, c in self.state.family("person_pronoun")):
            return False
        body = _QUOTED.sub(" ", self.text)
        narrative = [ln for ln in body.splitlines() if not _DASH_LINE.match(ln)]
        narration, rx = "\n".join(narrative), _ref_res()["self"]
        places = _self_places().starts(narration)
        adverb = _not_self()
        if places is None:
            return any(not adverb.match(narration, m.start()) for m in rx.finditer(narration))
        return any(rx.match(narration, p) and not adverb.match(narration, p) for p in places)

    def apposition_nationality(self) -> None:
        """ "svenskan Anna Berg", "den norske föraren Tor Ek" -> nationality (and gender)."""
        people = self.state.people
        dem, adjs = self.v["demonyms"], self.v["adjs"]
        if not people.full_names:
            return
        for hs, he, concept in self.state.family("demonym_plural", "demonym", "nationality_adj"):
            if concept.startswith("demonym_plural."):
                # "danskarna Mikkel Brun och Søren Holt"
                iso = concept.split(".")[1]
                chain = people.starting(he + 1, he + 3)
                while chain:
                    self.codes.setdefault(chain[-1].name, iso)
                    # the first mention after it with only a comma or "och" between
                    # (one that starts at its end or before has no gap: no match)
                    end = chain[-1].end
                    chain = [
                        m for m in people.starting(end + 1, len(self.text) + 1)
                        if _LIST_JOIN.fullmatch(self.text, end, m.start)
                    ][:1]
                continue
            if not concept.startswith(("demonym.", "nationality_adj.")):
                continue
            name = _name_after(self.text, he, people.full_names)
            if name is None:
                continue
            w = self.text[hs:he].lower()
            if w in dem:  # type: ignore[operator]
                iso, g = dem[w]  # type: ignore[index]
                people.gender[name] = g
                people.gender_shown.add(name)
            else:
                iso = adjs[w]  # type: ignore[index]
            self.codes.setdefault(name, iso)


@Language.factory("reportgen_names", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_names(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        state: ParseState = doc._.rg
        f = _Finder(state)
        f.gazetteer_names()
        f.listed_names()
        f.role_names()
        f.mentions()
        f.apposition_staff()
        f.main_driver()
        f.apposition_nationality()
        f.pronouns()
        if state.about is None and state.people.main and f._first_person():
            state.about = state.people.main  # a release in the first person is its driver's
        state.people.nationality.update(f.codes)
        f.crews()
        find_teams_and_cars(state)
        return doc

    return component
