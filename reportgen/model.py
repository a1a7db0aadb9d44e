"""The facts document: the single source of the schema.

Implements the core contract (``shared/contract/facts-contract.md``) as pydantic v2
models. Every core key is present, with ``None``/``[]`` for unknown values. Keys that
this project adds on top of the contract are marked *extension* below; the contract
allows additions but never renames, drops or re-means a core key.

``reportgen schema`` prints :func:`json_schema`.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

SessionKind = Literal["practice", "qualifying", "race", "heat", "final", "stage", "other"]
ResultStatus = Literal["classified", "dns", "dnf", "dsq", "unknown"]
IncidentType = Literal[
    "technical", "crash", "contact", "spin", "safety_car", "red_flag",
    "penalty", "retirement", "weather", "other",
]

SESSION_KINDS: tuple[str, ...] = SessionKind.__args__  # type: ignore[attr-defined]
RESULT_STATUSES: tuple[str, ...] = ResultStatus.__args__  # type: ignore[attr-defined]
INCIDENT_TYPES: tuple[str, ...] = IncidentType.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    # Reject unknown keys: a typo in a hand-written facts file is an error, not a silent drop.
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Evidence(_Model):
    """Where a fact was read: ``source[start:end] == text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    # extension: the file the span points into, when it is not the document's own
    # source text (results CSVs: one file per session).
    source: str | None = None

    @classmethod
    def of(cls, source: str, start: int, end: int, file: str | None = None) -> Evidence:
        """The span ``source[start:end]``, with its text taken from the source."""
        return cls(start=start, end=end, text=source[start:end], source=file)


class Event(_Model):
    series: str | None = None
    season: int | None = None
    round: int | None = None
    rounds_total: int | None = None
    circuit: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    start_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    end_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")


class Participant(_Model):
    name: str
    nationality: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    team: str | None = None
    car: str | None = None
    # extension: "f" / "m" when the text shows it (hon/han, svenskan/svensken);
    # the renderer uses it for pronouns and never guesses it.
    gender: Literal["f", "m"] | None = None


class Result(_Model):
    driver: str
    position: int | None = Field(default=None, ge=1)
    status: ResultStatus = "classified"
    evidence: Evidence
    # extensions, filled from timing sheets or prose ("startade från andra ruta")
    grid: int | None = Field(default=None, ge=1)
    car_number: str | None = None
    team: str | None = None
    laps: int | None = None
    time: str | None = None
    gap: str | None = None
    best_lap: str | None = None
    points: float | None = None


class Session(_Model):
    id: str
    kind: SessionKind
    number: int | None = None
    label: str | None = None
    results: list[Result] = Field(default_factory=list)


class Incident(_Model):
    type: IncidentType
    session: str | None = None
    driver: str | None = None
    detail: str | None = None
    evidence: Evidence


class Quote(_Model):
    speaker: str | None = None
    text: str
    evidence: Evidence
    # extension: an English rendering supplied by a person; never machine-invented.
    text_en: str | None = None


class StandingsEntry(_Model):
    position: int
    name: str
    nationality: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    points: float | int | None = None
    evidence: Evidence | None = None  # extension


class Standings(_Model):
    championship: str | None = None
    after_round: int | None = None
    rounds_total: int | None = None
    entries: list[StandingsEntry] = Field(default_factory=list)
    kind: Literal["drivers", "teams"] | None = None  # extension


class NextEvent(_Model):
    series: str | None = None
    circuit: str | None = None
    date_text: str | None = None
    evidence: Evidence | None = None  # extension


class SourceInfo(_Model):
    """extension: how the source was read (file name, detected encoding)."""

    path: str | None = None
    encoding: str | None = None


class FactsDocument(_Model):
    schema_version: str = SCHEMA_VERSION
    language: str = "sv"
    title: str | None = None
    event: Event = Field(default_factory=Event)
    participants: list[Participant] = Field(default_factory=list)
    sessions: list[Session] = Field(default_factory=list)
    incidents: list[Incident] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    standings: list[Standings] = Field(default_factory=list)
    next_event: NextEvent | None = None
    links: list[str] = Field(default_factory=list)
    source: SourceInfo | None = None  # extension
    # extension: the driver the release is by or about, where the text shows it (written
    # in the first person, signed, "jag heter …"); a report follows that driver
    about: str | None = None

    # -- constructors and views -------------------------------------------------
    @classmethod
    def from_json(cls, text: str | bytes) -> FactsDocument:
        """Validate a JSON facts document (raises ``pydantic.ValidationError``)."""
        return cls.model_validate_json(text)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def session(self, session_id: str) -> Session | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def participant(self, name: str) -> Participant | None:
        return next((p for p in self.participants if p.name == name), None)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`FactsDocument` (what ``reportgen schema`` prints)."""
    schema = FactsDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "reportgen facts document"
    return schema
