"""Render input without evidence: hand-written facts (corpus gold files) are renderable.

The facts contract requires an evidence span on every result, incident and quote:
the parser must show where it read each fact. Rendering never looks at evidence, and a
person writing facts by hand has no source text to point into. So the render input
adapter - and only it - accepts a document whose evidence is missing. It fills nothing
in (no placeholder spans are invented: a missing span stays ``None``) and checks
everything else exactly as the contract does, through subclasses of the contract's
own models that differ only in ``evidence`` being optional. ``reportgen.model`` and the
parse contract are unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from ..model import Evidence, FactsDocument, Incident, Quote, Result, Session


class _Result(Result):
    evidence: Evidence | None = None  # type: ignore[assignment]


class _Session(Session):
    results: list[_Result] = Field(default_factory=list)  # type: ignore[assignment]


class _Incident(Incident):
    evidence: Evidence | None = None  # type: ignore[assignment]


class _Quote(Quote):
    evidence: Evidence | None = None  # type: ignore[assignment]


class RenderFacts(FactsDocument):
    """A facts document whose evidence spans may be missing (render input only)."""

    sessions: list[_Session] = Field(default_factory=list)  # type: ignore[assignment]
    incidents: list[_Incident] = Field(default_factory=list)  # type: ignore[assignment]
    quotes: list[_Quote] = Field(default_factory=list)  # type: ignore[assignment]


def validate(data: Any) -> FactsDocument:
    """``data`` as a facts document: the contract's model first, then without evidence.

    Raises the contract model's ValidationError when the lenient model fails too, so a
    document wrong in any other way gets the same errors as before."""
    try:
        return FactsDocument.model_validate(data)
    except ValidationError as strict:
        try:
            return RenderFacts.model_validate(data)
        except ValidationError:
            raise strict from None


def load_json(path: str) -> FactsDocument | None:
    """A facts JSON file read leniently, or None when it is no such document."""
    try:
        data = json.loads(Path(path).read_bytes())
    except (OSError, ValueError):
        return None
    try:
        return RenderFacts.model_validate(data)
    except ValidationError:
        return None
