"""Shared state of one parse: what the pipeline components read and write.

Each ``reportgen_*`` component reads the Doc (tokens, ``doc.spans``) and the
``ParseState`` stored on ``doc._.rg``, and adds its facts to it. ``reportgen_facts``
(the last component) turns the state into a :class:`~reportgen.model.FactsDocument`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import (
    Event,
    Evidence,
    FactsDocument,
    Incident,
    NextEvent,
    Participant,
    Quote,
    Result,
    Session,
    SourceInfo,
    Standings,
)


@dataclass
class Mention:
    """A person mention in the text, resolved to a full name."""

    start: int  # character offsets into the source
    end: int
    text: str
    name: str  # the full name it refers to


def joined_run(text: str, mentions: list[Mention], gap: re.Pattern[str]) -> list[Mention]:
    """The first of ``mentions`` and those after it that ``gap`` joins to the one before
    ("A (SWE), B och C"): the crew or list a phrase names, up to the first other word.
    Two mentions of one person with only a space between are one ("italienaren Marco
    Ferrante och belgaren Thibaut Lambrecht": both stay in the run, under one name)."""
    run = mentions[:1]
    for m in mentions[1:]:
        last = run[-1]
        if not gap.fullmatch(text, last.end, m.start) and not (
            m.name == last.name and m.start > last.end and text[last.end : m.start].isspace()
        ):
            break
        run.append(m)
    return run


@dataclass
class PeopleIndex:
    """Who the text names, and how to resolve short references to full names.

    Filled by ``reportgen_names``; used by every later component through
    :meth:`resolve` and :meth:`nearest` (the most recent person before an offset).
    """

    full_names: list[str] = field(default_factory=list)  # in first-mention order
    mentions: list[Mention] = field(default_factory=list)  # in text order
    gender: dict[str, str] = field(default_factory=dict)  # full name -> "f"/"m"
    # full names whose gender the text itself shows (hon/han, svenskan): only these are
    # written to the document; ``gender`` also holds given-name guesses for pronouns.
    gender_shown: set[str] = field(default_factory=set)
    nationality: dict[str, str] = field(default_factory=dict)  # full name -> ISO alpha-2
    main: str | None = None  # the driver a first-person release is by (what "jag" means)
    codrivers: list[str] = field(default_factory=list)  # named as co-driver ("min kartläsare X")
    we: set[int] = field(default_factory=set)  # starts of "vi"/"oss" mentions (the main crew)
    # who shares a car: each crew member -> the whole crew (driver and co-driver, an
    # endurance trio); filled through add_crew
    crews: dict[str, list[str]] = field(default_factory=dict)
    _keys: list[int] = field(default_factory=list, repr=False)  # mention starts, kept in step

    def _starts(self) -> list[int]:
        if len(self._keys) != len(self.mentions):
            self._keys = [m.start for m in self.mentions]
        return self._keys

    def add_crew(self, *names: str) -> None:
        """``names`` share a car. A name already in another crew stays there (the first
        statement wins), so one loose "och" cannot chain two crews together."""
        names = tuple(dict.fromkeys(n for n in names if n))
        crew = next((self.crews[n] for n in names if n in self.crews), None)
        if crew is None:
            crew = []
        for n in names:
            if n not in self.crews:
                crew.append(n)
                self.crews[n] = crew

    def mates(self, name: str) -> list[str]:
        """The others in ``name``'s crew, in the order they were named."""
        return [n for n in self.crews.get(name, ()) if n != name]

    def add_mention(self, mention: Mention) -> None:
        """Insert a mention keeping text order."""
        i = bisect.bisect_right(self._starts(), mention.start)
        self.mentions.insert(i, mention)
        self._keys.insert(i, mention.start)

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside ``[start, end)``, in text order."""
        keys = self._keys
        if len(keys) != len(self.mentions):  # (what _starts() checks, inline: a hot path)
            keys = self._starts()
        i = bisect.bisect_left(keys, start)
        out = []
        mentions, n = self.mentions, len(self.mentions)
        while i < n:
            m = mentions[i]
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
            i += 1
        return out

    def starting(self, start: int, end: int) -> list[Mention]:
        """Mentions that start inside ``[start, end)`` (wherever they end), in text order."""
        keys = self._starts()
        return self.mentions[bisect.bisect_left(keys, start) : bisect.bisect_left(keys, end)]

    def resolve(self, mention: str, offset: int | None = None) -> str | None:
        """Full name for a mention ("Jessica", "Bäckman", "Jessica Bäckman"), else None."""
        m = mention.strip()
        if m in self.full_names:
            return m
        # (each test needs ``m`` inside the name: the substring test, in C, skips the rest)
        ends, starts = " " + m, m + " "
        hits = [
            n for n in self.full_names
            if m in n and (m in n.split() or n.endswith(ends) or n.startswith(starts))
        ]
        if len(hits) == 1:
            return hits[0]
        if hits and offset is not None:
            return self.nearest(offset, among=hits)
        return None

    def nearest(self, offset: int, among: list[str] | None = None, gender: str | None = None) -> str | None:
        """The most recently mentioned person before ``offset`` (optionally by gender)."""
        mentions = self.mentions
        # (the mentions that start before ``offset``: those before this index)
        i = bisect.bisect_left(self._starts(), offset)
        while i > 0:
            i -= 1
            m = mentions[i]
            if among is not None and m.name not in among:
                continue
            if gender is not None and self.gender.get(m.name) not in (gender, None):
                continue
            return m.name
        return None


# concept -> family ("session.race" -> "session"): the concepts are a fixed set from the
# data, and a dict lookup is cheaper than splitting the same strings in every parse
_FAMILY_OF: dict[str, str] = {}

# The concept families whose lexicon hits a component reads (family, hits, has_hit).
# The lexicon component matches only these: the other families' forms build regexes
# and word lists (next_event.json's "i" and "på", nationalities.json, given_names.json),
# and their hits, read by none, were about 40% of all ("i" alone gave one for each of
# six concepts). Asking for a family not listed is an error, not an empty answer.
HIT_FAMILIES = frozenset(
    ("car", "circuit", "count", "country", "crew", "day", "demonym", "demonym_plural", "event")
    + ("incident", "nationality_adj", "ordinal", "person_pronoun", "result", "role", "self_intro")
    + ("self_intro_after", "series", "session", "team", "town")
)
# Concepts of those families that build regexes only, as the families above do: their
# forms are function words ("i", "på", "med", "och", "en"), a third of the hits left.
# The readers of these families pick other concepts by name (car.make, team.intro,
# team.word, event.next); a hits/has_hit prefix that takes one of these in is an error.
UNMATCHED_CONCEPTS = frozenset(
    ("car.intro", "car.intro_owner", "event.country_prep", "team.join", "team.with")
)


def _check_families(names) -> None:
    for name in names:
        if name not in HIT_FAMILIES:
            raise ValueError(f"no lexicon hits of family {name!r}: add it to state.HIT_FAMILIES")


def _check_prefix(prefix: str) -> None:
    for concept in UNMATCHED_CONCEPTS:
        if concept.startswith(prefix):
            raise ValueError(f"no lexicon hits of {concept!r}: take it out of state.UNMATCHED_CONCEPTS")


@dataclass
class ParseState:
    text: str
    path: str | None = None
    encoding: str | None = None
    title: str | None = None
    event: Event = field(default_factory=Event)
    people: PeopleIndex = field(default_factory=PeopleIndex)
    participants: dict[str, Participant] = field(default_factory=dict)  # by full name
    sessions: list[Session] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    standings: list[Standings] = field(default_factory=list)
    next_event: NextEvent | None = None
    next_event_span: tuple[int, int] | None = None  # the announcement: its cue to its sentence end
    # the inputs links.find_next_event found no next event from (so it does not look twice)
    no_next_event_from: tuple | None = field(default=None, repr=False)
    links: list[str] = field(default_factory=list)
    # character ranges already explained by one component, so later ones skip them
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    table_spans: list[tuple[int, int]] = field(default_factory=list)

    # sessions: char offset where each was mentioned, with its id, for session_at()
    session_marks: list[tuple[int, str]] = field(default_factory=list)
    session_labels: dict[str, str] = field(default_factory=dict)  # id -> label as written
    # sessions a sentence about a driver names ("kände jag redan på morgonens träning")
    sessions_told: set[str] = field(default_factory=set)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    # lexicon hits (start_char, end_char, concept), in text order: doc.spans["rg_lex"] as offsets
    lex_hits: list[tuple[int, int, str]] = field(default_factory=list)
    # names that only a standings table or a staff role gives: not participants
    staff: set[str] = field(default_factory=set)
    about: str | None = None  # the driver the release is by (names.main_driver), when sure
    teams: dict[str, str] = field(default_factory=dict)  # full name -> team, as written
    cars: dict[str, str] = field(default_factory=dict)  # full name -> car, as written

    _families: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict, repr=False)
    _families_of: list | None = field(default=None, repr=False)

    def family(self, *names: str) -> list[tuple[int, int, str]]:
        """Lexicon hits whose concept family (the part before the first dot: "session",
        "demonym", "circuit") is one of ``names``, in text order; indexed once per parse
        so components do not scan every hit with startswith."""
        if self._families_of is not self.lex_hits:
            fam: dict[str, list[tuple[int, int, str]]] = {}
            family_of = _FAMILY_OF
            for h in self.lex_hits:
                f = family_of.get(h[2])
                if f is None:
                    f = family_of[h[2]] = h[2].split(".", 1)[0]
                got = fam.get(f)
                if got is None:
                    fam[f] = [h]
                else:
                    got.append(h)
            self._families, self._families_of = fam, self.lex_hits
        _check_families(names)
        if len(names) == 1:
            return self._families.get(names[0], [])
        return sorted((h for n in names for h in self._families.get(n, ())), key=lambda h: (h[0], -h[1]))

    def set_lex_hits(
        self, hits: list[tuple[int, int, str]], families: dict[str, list[tuple[int, int, str]]]
    ) -> None:
        """Set ``lex_hits`` with their index by family, as :meth:`family` would build it
        (each family's hits in ``hits`` order; no empty lists): the lexicon component
        fills both in the one pass that makes the hits."""
        self.lex_hits = hits
        self._families, self._families_of = families, hits

    _hit_starts: list[int] = field(default_factory=list, repr=False)
    _family_starts: dict[str, tuple[list, list[int]]] = field(default_factory=dict, repr=False)
    _hit_starts_of: list | None = field(default=None, repr=False)

    def hits(self, start: int, end: int, prefix: str = "") -> list[tuple[int, int, str]]:
        """Lexicon hits inside ``[start, end)`` whose concept starts with ``prefix``."""
        if "." in prefix:
            # "day.", "result.winners_line": only the family's hits can qualify; bisect
            # over those few instead of walking every hit in the range
            name = prefix.split(".", 1)[0]
            fam = self.family(name)
            _check_prefix(prefix)
            got = self._family_starts.get(name)
            if got is None or got[0] is not fam:
                got = self._family_starts[name] = (fam, [h[0] for h in fam])
            starts = got[1]
            i = bisect.bisect_left(starts, start)
            j = bisect.bisect_left(starts, end, i)
            return [h for h in fam[i:j] if h[1] <= end and h[2].startswith(prefix)]
        hits = self.lex_hits
        if self._hit_starts_of is not hits:
            # bisect over plain ints (hits are sorted by start): cheaper than tuple keys
            self._hit_starts, self._hit_starts_of = [h[0] for h in hits], hits
        starts = self._hit_starts
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        if prefix:
            return [h for h in hits[i:j] if h[1] <= end and h[2].startswith(prefix)]
        return [h for h in hits[i:j] if h[1] <= end]

    _cue_index: dict = field(default_factory=dict, repr=False)

    def has_hit(self, start: int, end: int, prefixes: tuple[str, ...]) -> bool:
        """Whether ``hits(start, end)`` holds a concept starting with one of ``prefixes``:
        a per-sentence gate, so the hits of those concepts are listed once per parse."""
        got = self._cue_index.get(prefixes)
        if got is None or got[0] is not self.lex_hits:
            # only hits of the prefixes' families ("result.win" -> "result") can qualify
            names = {p.split(".", 1)[0] for p in prefixes}
            _check_families(names)
            for p in prefixes:
                _check_prefix(p)
            one = len(names) == 1 and all("." in p for p in prefixes)
            fam = self.family(*names) if one else self.lex_hits  # (several families: a sort)
            sel = [h for h in fam if h[2].startswith(prefixes)]
            got = self._cue_index[prefixes] = (self.lex_hits, sel, [h[0] for h in sel])
        _, sel, starts = got
        i = bisect.bisect_left(starts, start)
        while i < len(sel) and sel[i][0] < end:
            if sel[i][1] <= end:
                return True
            i += 1
        return False

    # plain loops, not any(<generator>): these run for every offset results reads, and
    # the lists are short (often empty)
    def in_quote(self, offset: int) -> bool:
        for s, e in self.quote_spans:
            if s <= offset < e:
                return True
        return False

    def in_table(self, offset: int) -> bool:
        for s, e in self.table_spans:
            if s <= offset < e:
                return True
        return False

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence.of(self.text, start, end)

    def session(self, session_id: str) -> Session | None:
        for s in self.sessions:  # (a plain loop: cheaper than next(<generator>), and hot)
            if s.id == session_id:
                return s
        return None

    def get_or_add_session(self, kind: str, number: int | None, label: str | None = None) -> Session:
        """The session of that kind and number, added (with ``label``) when new."""
        sid = f"{kind}-{number}" if number is not None else kind
        found = self.session(sid)
        if found is None:
            found = Session(id=sid, kind=kind, number=number, label=label)  # type: ignore[arg-type]
            self.sessions.append(found)
        elif label and (not found.label or len(label) > len(found.label)):
            found.label = label
        return found

    def mark_session(self, offset: int, session_id: str) -> None:
        """Remember that the text at ``offset`` is about ``session_id`` (for session_at)."""
        keys = [o for o, _ in self.session_marks]
        self.session_marks.insert(bisect.bisect_right(keys, offset), (offset, session_id))

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        """The paragraph (a line of the source) that holds ``offset``."""
        for s, e in self.paragraphs:
            if s <= offset <= e:
                return s, e
        return 0, len(self.text)

    def session_at(self, offset: int) -> str | None:
        """The id of the session the text around ``offset`` is about, else None.

        The session named nearest in the same sentence wins; else the last one named
        before ``offset`` in the same paragraph; else the last one named before it in
        the previous paragraph (a heading such as "Race 2" covers the lines under it).
        """
        if not self.session_marks:
            return None
        pstart, pend = self.paragraph_of(offset)
        sent_start = max(self.text.rfind(". ", pstart, offset) + 1, pstart)
        nxt = self.text.find(". ", offset, pend)
        sent_end = pend if nxt < 0 else nxt
        in_sent = [(abs(o - offset), sid) for o, sid in self.session_marks if sent_start <= o < sent_end]
        if in_sent:
            return min(in_sent)[1]
        before = [(o, sid) for o, sid in self.session_marks if o < offset]
        if not before:
            return None
        o, sid = before[-1]
        if o >= pstart:
            return sid
        prev = [(s, e) for s, e in self.paragraphs if e < pstart]
        if prev and o >= prev[-1][0]:
            return sid
        return None

    def add_result(self, session: Session, result: Result) -> None:
        """Add a result unless the session already has one for that driver."""
        if all(r.driver != result.driver for r in session.results):
            session.results.append(result)

    def to_document(self) -> FactsDocument:
        return FactsDocument(
            title=self.title,
            event=self.event,
            participants=list(self.participants.values()),
            sessions=self.sessions,
            incidents=self.incidents,
            quotes=self.quotes,
            standings=self.standings,
            next_event=self.next_event,
            links=self.links,
            source=SourceInfo(path=self.path, encoding=self.encoding)
            if (self.path or self.encoding)
            else None,
            about=self.about if self.about in self.participants else None,
        )
