"""The results event file: what the weekend was and which sheet holds which session.

TOML (or JSON with the same keys). Paths are relative to the event file::

    series = "STCC"                 # required
    season = 2025
    round = 3
    rounds_total = 6
    circuit = "Ring Knutstorp"
    country = "SE"                  # ISO alpha-2 of the venue
    start_date = 2025-06-14         # TOML date or "YYYY-MM-DD"
    end_date = 2025-06-15
    title = "..."                   # optional headline
    language = "sv"                 # optional, language of quotes and labels (default sv)

    [[sessions]]                    # in the order they took place; at least one
    kind = "qualifying"             # practice|qualifying|race|heat|final|stage|other (or kval, lopp...)
    number = 1                      # optional
    label = "Tidskval"              # optional, as the organiser writes it
    file = "qualifying.csv"
    grid_from = "qualifying-1"      # optional: grid = position in that earlier session

    [standings]                     # optional; [[standings]] for several tables
    file = "standings.csv"
    championship = "STCC"           # default: series
    after_round = 3                 # default: round
    kind = "drivers"                # default: drivers if the sheet has a driver column

    [[quotes]]                      # optional
    speaker = "..."
    text = "..."
    text_en = "..."                 # optional English rendering, supplied by a person

    [[incidents]]                   # optional: causes the sheet cannot say
    type = "technical"
    session = "race-2"
    driver = "..."
    detail = "gearbox"

    [next_event]                    # optional
    circuit = "..."
    date_text = "..."
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..model import IncidentType


class _Spec(BaseModel):
    # A misspelt key in a hand-written event file must fail, not be silently ignored.
    model_config = ConfigDict(extra="forbid")


class SessionSpec(_Spec):
    kind: str
    number: int | None = Field(default=None, ge=1)
    label: str | None = None
    file: str
    grid_from: str | None = None


class StandingsSpec(_Spec):
    file: str
    championship: str | None = None
    after_round: int | None = Field(default=None, ge=0)
    rounds_total: int | None = Field(default=None, ge=1)
    kind: Literal["drivers", "teams"] | None = None


class QuoteSpec(_Spec):
    speaker: str | None = None
    text: str = Field(min_length=1)
    text_en: str | None = None


class IncidentSpec(_Spec):
    type: IncidentType
    session: str | None = None
    driver: str | None = None
    detail: str | None = None


class NextEventSpec(_Spec):
    series: str | None = None
    circuit: str | None = None
    date_text: str | None = None


class EventFile(_Spec):
    series: str
    season: int | None = None
    round: int | None = Field(default=None, ge=1)
    rounds_total: int | None = Field(default=None, ge=1)
    circuit: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    start_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    end_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str | None = None
    language: str = "sv"
    sessions: list[SessionSpec] = Field(min_length=1)
    standings: list[StandingsSpec] = Field(default_factory=list)
    quotes: list[QuoteSpec] = Field(default_factory=list)
    incidents: list[IncidentSpec] = Field(default_factory=list)
    next_event: NextEventSpec | None = None
    links: list[str] = Field(default_factory=list)

    @field_validator("start_date", "end_date", mode="before")
    @classmethod
    def _iso_date(cls, v: object) -> object:
        # TOML has a native date type; JSON writes the ISO string.
        return v.isoformat() if isinstance(v, dt.date) else v

    @field_validator("standings", mode="before")
    @classmethod
    def _one_or_many(cls, v: object) -> object:
        return [v] if isinstance(v, dict) else v
