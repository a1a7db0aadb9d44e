"""Shared state of one parse: what the pipeline components read and write.

Each ``reportgen_*`` component reads the Doc (tokens, ``doc.spans``) and the
``ParseState`` stored on ``doc._.rg``, and adds its facts to it. ``reportgen_facts``
(the last component) turns the state into a :class:`~reportgen.model.FactsDocument`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import (
    Evidence, Event, FactsDocument, Incident, NextEvent, Participant, Quote, Result,
    Session, SourceInfo, Standings,
)


@dataclass
class Mention:
    """A person mention in the text, resolved to a full name."""

    start: int          # character offsets into the source
    end: int
    text: str
    name: str           # the full name it refers to


@dataclass
class PeopleIndex:
    """Who the text names, and how to resolve short references to full names.

    Filled by ``reportgen_names``; used by every later component through
    :meth:`resolve` and :meth:`nearest` (the most recent person before an offset).
    """

    full_names: list[str] = field(default_factory=list)       # in first-mention order
    mentions: list[Mention] = field(default_factory=list)     # in text order
    gender: dict[str, str] = field(default_factory=dict)      # full name -> "f"/"m"

    def resolve(self, mention: str, offset: int | None = None) -> str | None:
        """Full name for a mention ("Jessica", "Bäckman", "Jessica Bäckman"), else None."""
        m = mention.strip()
        if m in self.full_names:
            return m
        hits = [n for n in self.full_names if m in n.split() or n.endswith(" " + m) or n.startswith(m + " ")]
        if len(hits) == 1:
            return hits[0]
        if hits and offset is not None:
            return self.nearest(offset, among=hits)
        return None

    def nearest(self, offset: int, among: list[str] | None = None, gender: str | None = None) -> str | None:
        """The most recently mentioned person before ``offset`` (optionally by gender)."""
        for m in reversed(self.mentions):
            if m.start >= offset:
                continue
            if among is not None and m.name not in among:
                continue
            if gender is not None and self.gender.get(m.name) not in (gender, None):
                continue
            return m.name
        return None


@dataclass
class ParseState:
    text: str
    path: str | None = None
    encoding: str | None = None
    title: str | None = None
    event: Event = field(default_factory=Event)
    people: PeopleIndex = field(default_factory=PeopleIndex)
    participants: dict[str, Participant] = field(default_factory=dict)   # by full name
    sessions: list[Session] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    standings: list[Standings] = field(default_factory=list)
    next_event: NextEvent | None = None
    links: list[str] = field(default_factory=list)
    # character ranges already explained by one component, so later ones skip them
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    table_spans: list[tuple[int, int]] = field(default_factory=list)

    def in_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quote_spans)

    def in_table(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.table_spans)

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence.of(self.text, start, end)

    def session(self, session_id: str) -> Session | None:
        return next((s for s in self.sessions if s.id == session_id), None)

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
            source=SourceInfo(path=self.path, encoding=self.encoding) if (self.path or self.encoding) else None,
        )
