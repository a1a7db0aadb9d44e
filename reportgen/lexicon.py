"""Per-language lexical data, loaded and validated from ``reportgen/lang/<lang>/*.json``.

Language knowledge is data: every Swedish (or English) word the engine reacts to lives
in these files, keyed by a canonical *concept* ID, with its surface forms listed under
it (spaCy ``lang/`` folders, dateparser locale files, medspaCy rule records)::

    {"language": "sv", "description": "...",
     "entries": [{"concept": "ordinal.3", "value": 3, "forms": ["trea", "tredje"]}]}

``forms`` are matched case-insensitively by a PhraseMatcher; ``patterns`` (optional)
are spaCy token-Matcher patterns for what a literal cannot say. ``value`` is the
normalised meaning (an int, an ISO code, an English word...). Unknown keys are
rejected when a file loads, so a typo in a data file fails loudly in the data test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .errors import ReportgenError


class LexEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    concept: str = Field(pattern=r"^[a-z_]+(\.[A-Za-z0-9_\-]+)*$")
    value: str | int | float | bool | None = None
    forms: tuple[str, ...] = ()
    patterns: tuple[tuple[dict[str, Any], ...], ...] = ()
    note: str | None = None

    @field_validator("forms")
    @classmethod
    def _forms_clean(cls, forms: tuple[str, ...]) -> tuple[str, ...]:
        for f in forms:
            if not f.strip() or f != f.strip():
                raise ValueError(f"form {f!r} is empty or has surrounding spaces")
        return forms


class LexFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str
    description: str
    entries: tuple[LexEntry, ...]


class Lexicon:
    """All data files of one language, by file stem (``lex["ordinals"]``)."""

    def __init__(self, language: str, files: dict[str, LexFile]):
        self.language = language
        self.files = files

    def __getitem__(self, stem: str) -> LexFile:
        try:
            return self.files[stem]
        except KeyError:
            raise ReportgenError("E010", lang=self.language, name=stem) from None

    def __contains__(self, stem: str) -> bool:
        return stem in self.files

    def entries(self, stem: str | None = None) -> Iterator[LexEntry]:
        """Entries of one file, or of every file when ``stem`` is None."""
        files = [self[stem]] if stem else list(self.files.values())
        for f in files:
            yield from f.entries

    def form_map(self, stem: str) -> dict[str, LexEntry]:
        """Lower-cased surface form -> entry, for one file."""
        return {form.lower(): e for e in self.entries(stem) for form in e.forms}

    def by_concept(self, stem: str) -> dict[str, LexEntry]:
        return {e.concept: e for e in self.entries(stem)}

    def forms(self, stem: str, concept: str) -> list[str]:
        """The forms of ``concept`` in one file, as written ([] when the file has none)."""
        return [f for e in self.entries(stem) if e.concept == concept for f in e.forms]


def _read(language: str, name: str, raw: str) -> LexFile:
    try:
        data = LexFile.model_validate_json(raw)
    except ValueError as e:
        raise ReportgenError("E011", file=f"lang/{language}/{name}", detail=str(e)) from e
    if data.language != language:
        raise ReportgenError("E011", file=f"lang/{language}/{name}",
                             detail=f"says language {data.language!r}")
    return data


@cache
def load(language: str = "sv") -> Lexicon:
    """Load and validate every data file of ``language`` (cached)."""
    root = resources.files("reportgen") / "lang" / language
    if not root.is_dir():
        raise ReportgenError("E012", lang=language)
    files = {}
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".json"):
            files[item.name[:-5]] = _read(language, item.name, item.read_text(encoding="utf-8"))
    return Lexicon(language, files)


def languages() -> list[str]:
    root = resources.files("reportgen") / "lang"
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


def dump(data: LexFile) -> str:
    return json.dumps(data.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False, indent=2)
