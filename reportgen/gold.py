"""Gold facts files (``corpus/<id>/expected.json``): load and validate.

A gold file is a facts document without evidence spans (evidence is where the parser
read a fact; the gold says only what the facts are). It is validated with the same
model as parser output, plus the corpus conventions of ``corpus/README.md``.

    python -m reportgen.gold corpus/*/expected.json      # exit 1 on any problem
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import ReportgenError
from .model import FactsDocument

_PLACEHOLDER = {"start": 0, "end": 0, "text": ""}


def _with_placeholder_evidence(data: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    for s in data.get("sessions", []):
        for r in s.get("results", []):
            r.setdefault("evidence", dict(_PLACEHOLDER))
    for key in ("incidents", "quotes"):
        for item in data.get(key, []):
            item.setdefault("evidence", dict(_PLACEHOLDER))
    return data


def convention_problems(doc: FactsDocument) -> list[str]:
    """Corpus conventions the model alone does not check."""
    problems = []
    ids = [s.id for s in doc.sessions]
    for s in doc.sessions:
        want = s.kind if s.number is None else f"{s.kind}-{s.number}"
        if s.id != want and not (s.kind == "other" and s.id.startswith(s.id.split("-")[0])):
            problems.append(f"session {s.id!r}: id should be {want!r}")
        drivers = [r.driver for r in s.results]
        if len(drivers) != len(set(drivers)):
            problems.append(f"session {s.id!r}: a driver has two results")
        for r in s.results:
            if r.status in ("dns", "dnf", "dsq") and r.position is not None:
                problems.append(f"session {s.id!r}: {r.driver} is {r.status} but has position {r.position}")
            if r.status == "classified" and r.position is None:
                problems.append(f"session {s.id!r}: {r.driver} is classified without a position")
    if len(ids) != len(set(ids)):
        problems.append("duplicate session ids")
    for i, inc in enumerate(doc.incidents):
        if inc.session is not None and inc.session not in ids:
            problems.append(f"incidents[{i}]: session {inc.session!r} is not a session of this document")
    names = {p.name for p in doc.participants}
    for s in doc.sessions:
        for r in s.results:
            if r.driver not in names:
                problems.append(f"session {s.id!r}: driver {r.driver!r} is not in participants")
    return problems


def load_gold(path: str | Path) -> FactsDocument:
    """Load a gold file; raises ReportgenError naming the file and what is wrong."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ReportgenError("E021", path=str(path), line=e.lineno, col=e.colno, detail=e.msg) from e
    try:
        doc = FactsDocument.model_validate(_with_placeholder_evidence(data))
    except ValidationError as e:
        raise ReportgenError("E020", path=str(path), detail=str(e)) from e
    problems = convention_problems(doc)
    if problems:
        raise ReportgenError("E023", path=str(path), detail="; ".join(problems))
    return doc


def main(argv: list[str]) -> int:
    bad = 0
    for p in argv:
        try:
            load_gold(p)
        except ReportgenError as e:
            print(e)
            bad += 1
    print(f"{len(argv) - bad} valid, {bad} invalid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
