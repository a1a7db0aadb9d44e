"""The results adapter: an event file plus one CSV classification sheet per session.

See :mod:`.event_file` for the event file and :mod:`.csvsheet` for the sheets. Every
result and standings entry carries evidence: the span of its line in the sheet's
decoded text, with ``Evidence.source`` the sheet's file name. Errors name the file,
the line and what is wrong (``race1.csv, line 7: position 'x' is not a number``).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from ..errors import ReportgenError
from ..model import (
    SESSION_KINDS,
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
    StandingsEntry,
)
from ..textio import decode
from . import vocabulary
from .csvsheet import Sheet, SheetRow, read_sheet
from .event_file import EventFile, SessionSpec, StandingsSpec
from .facts_json import json_object, validation_detail

_JSON_FILE_KEY = re.compile(rb'(?<!\\)"file"\s*:')
_THOUSANDS = re.compile(r"^\d{1,3}([ ,]\d{3})+$")


class ResultsEventAdapter:
    """Reads a results event file (``.toml``, or ``.json`` whose entries name CSV files)."""

    name = "results"

    def claims(self, path: Path, head: bytes) -> bool:
        suffix = path.suffix.lower()
        if suffix == ".toml":
            return True
        return suffix == ".json" and bool(_JSON_FILE_KEY.search(head)) and b'"sessions"' in head

    def load(self, path: Path) -> FactsDocument:
        return load_event(path)


# -- event file ------------------------------------------------------------------

def read_event_file(path: Path) -> tuple[EventFile, str]:
    """The validated event file and its decoded text."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReportgenError("E004", path=name, detail=e.strerror or str(e)) from e
    text = decode(data, path=name).text
    if path.suffix.lower() == ".toml":
        try:
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise ReportgenError("E023", path=name, detail=f"not valid TOML: {e}") from e
    else:
        raw = json_object(data, name)
        if not isinstance(raw, dict):
            raise ReportgenError("E023", path=name, detail="an event file is a JSON object")
    try:
        return EventFile.model_validate(raw), text
    except ValidationError as e:
        raise ReportgenError("E023", path=name, detail=validation_detail(e)) from None


def load_event(path: Path) -> FactsDocument:
    """Build the facts document of a results event file and its sheets."""
    spec, event_text = read_event_file(path)
    base, name = path.parent, path.name
    builder = _Builder()
    sessions: list[Session] = []
    for i, s in enumerate(spec.sessions):
        session = _session(s, i, name, base, builder)
        if any(other.id == session.id for other in sessions):
            raise ReportgenError("E023", path=name,
                                 detail=f"sessions[{i}]: a second session with id {session.id!r} "
                                        "(give the sessions distinct numbers)")
        sessions.append(session)
    _grid_from(spec.sessions, sessions, name)
    standings = [_standings(st, i, spec, name, base) for i, st in enumerate(spec.standings)]
    ids = {s.id for s in sessions}
    incidents = []
    for i, inc in enumerate(spec.incidents):
        if inc.session is not None and inc.session not in ids:
            raise ReportgenError("E023", path=name,
                                 detail=f"incidents[{i}].session: {inc.session!r} "
                                        f"is not one of {sorted(ids)}")
        incidents.append(Incident(type=inc.type, session=inc.session, driver=inc.driver, detail=inc.detail,
                                  evidence=_find(event_text, inc.detail or inc.type, name)))
    quotes = [Quote(speaker=q.speaker, text=q.text, text_en=q.text_en,
                    evidence=_find(event_text, q.text, name)) for q in spec.quotes]
    nxt = spec.next_event
    try:
        return FactsDocument(
            language=spec.language,
            title=spec.title,
            event=Event(series=spec.series, season=spec.season, round=spec.round,
                        rounds_total=spec.rounds_total, circuit=spec.circuit, country=spec.country,
                        start_date=spec.start_date, end_date=spec.end_date),
            participants=builder.participants(),
            sessions=sessions,
            incidents=incidents,
            quotes=quotes,
            standings=standings,
            next_event=NextEvent(**nxt.model_dump()) if nxt else None,
            links=spec.links,
            source=SourceInfo(path=str(path), encoding=None),
        )
    except ValidationError as e:
        raise ReportgenError("E023", path=name, detail=validation_detail(e)) from None


def _find(text: str, needle: str, file: str) -> Evidence:
    """Evidence for a value written in the event file: where it stands, else an empty span."""
    i = text.find(needle)
    if i < 0:
        return Evidence(start=0, end=0, text="", source=file)
    return Evidence.of(text, i, i + len(needle), file=file)


def _sheet(base: Path, file: str, where: str, event_name: str, keys: tuple[str, ...]) -> Sheet:
    target = base / file
    if not target.is_file():
        raise ReportgenError("E023", path=event_name, detail=f"{where}.file: no such file {file!r}")
    return read_sheet(target, keys)


# -- sessions ----------------------------------------------------------------------

class _Builder:
    """Participants in order of first appearance, details merged over the sheets."""

    def __init__(self) -> None:
        self._people: dict[str, dict[str, str | None]] = {}

    def add(self, name: str, nationality: str | None, team: str | None, car: str | None) -> None:
        p = self._people.setdefault(name, {"nationality": None, "team": None, "car": None})
        for key, value in (("nationality", nationality), ("team", team), ("car", car)):
            if value and not p[key]:
                p[key] = value

    def participants(self) -> list[Participant]:
        return [Participant(name=n, **d) for n, d in self._people.items()]


def _session(spec: SessionSpec, index: int, event_name: str, base: Path, builder: _Builder) -> Session:
    kind = vocabulary.session_kind(spec.kind)
    if kind is None:
        raise ReportgenError("E023", path=event_name,
                             detail=f"sessions[{index}].kind: unknown session kind {spec.kind!r}; "
                                    f"choose one of {', '.join(SESSION_KINDS)}")
    sid = kind if spec.number is None else f"{kind}-{spec.number}"
    sheet = _sheet(base, spec.file, f"sessions[{index}]", event_name, ("driver",))
    results: list[Result] = []
    seen_driver: dict[str, int] = {}
    seen_pos: dict[int, int] = {}
    implicit = 0  # practice sheets sometimes list the order without a position column
    for row in sheet.rows:
        r = _result(row, sheet)
        if r.driver in seen_driver:
            _row_error(sheet, row, f"{r.driver} is listed twice (also line {seen_driver[r.driver]})")
        seen_driver[r.driver] = row.line
        if not sheet.has("position") and r.status == "classified":
            implicit += 1
            r.position = implicit
        if r.position is not None:
            if r.position in seen_pos:
                _row_error(sheet, row,
                           f"position {r.position} is given twice (also line {seen_pos[r.position]})")
            seen_pos[r.position] = row.line
        builder.add(r.driver, _nationality(row, sheet), row.get("team") or None, row.get("car") or None)
        results.append(r)
    if not results:
        raise ReportgenError("E023", path=sheet.name, detail="the sheet has a header but no result rows")
    return Session(id=sid, kind=kind, number=spec.number, label=spec.label, results=results)


def _row_error(sheet: Sheet, row: SheetRow, detail: str) -> None:
    raise ReportgenError("E022", path=sheet.name, line=row.line, detail=detail)


def _int(row: SheetRow, sheet: Sheet, field: str, label: str) -> int | None:
    cell = row.get(field).rstrip(".")
    if not cell:
        return None
    if not cell.isdigit() or int(cell) < 1 and field != "laps":
        _row_error(sheet, row, f"{label} {row.get(field)!r} is not a number")
    return int(cell)


def _nationality(row: SheetRow, sheet: Sheet) -> str | None:
    try:
        return vocabulary.nationality(row.get("nationality"))
    except KeyError:
        _row_error(sheet, row, f"nationality {row.get('nationality')!r} is not a known country code")
    return None


def parse_points(cell: str) -> float | int | None:
    """``"65"`` -> 65, ``"1 722"``/``"1,722"`` -> 1722, ``"7,5"``/``"7.5"`` -> 7.5; ValueError otherwise."""
    c = cell.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not c:
        return None
    if _THOUSANDS.match(c):
        return int(c.replace(" ", "").replace(",", ""))
    value = float(c.replace(" ", "").replace(",", "."))
    return int(value) if value.is_integer() else value


def _result(row: SheetRow, sheet: Sheet) -> Result:
    driver = " ".join(row.get("driver").split())
    if not driver:
        _row_error(sheet, row, "no driver name")
    status: str | None = None
    if row.get("status"):
        status = vocabulary.status(row.get("status"))
        if status is None:
            _row_error(sheet, row, f"status {row.get('status')!r} is not a known status "
                                   "(DNF, DNS, DSQ, Bröt, Ej start, Utgick, Klassad...)")
    position: int | None = None
    pos_cell = row.get("position").rstrip(".")
    if pos_cell:
        if pos_cell.isdigit() and int(pos_cell) >= 1:
            position = int(pos_cell)
        elif vocabulary.status(pos_cell):
            status = status if status not in (None, "classified") else vocabulary.status(pos_cell)
        else:
            _row_error(sheet, row, f"position {row.get('position')!r} is not a number")
    if status is None:
        status = "classified" if position is not None or not sheet.has("position") else "unknown"
    if status != "classified":
        # The contract: position is null for drivers who did not start or were not classified.
        position = None
    points = None
    if row.get("points"):
        try:
            points = parse_points(row.get("points"))
        except ValueError:
            _row_error(sheet, row, f"points {row.get('points')!r} is not a number")
    return Result(
        driver=driver, position=position, status=status,
        evidence=Evidence.of(sheet.text, row.start, row.end, file=sheet.name),
        grid=_grid(row, sheet), car_number=row.get("number") or None, team=row.get("team") or None,
        laps=_int(row, sheet, "laps", "laps"), time=row.get("time") or None, gap=row.get("gap") or None,
        best_lap=row.get("best_lap") or None, points=points,
    )


def _grid(row: SheetRow, sheet: Sheet) -> int | None:
    cell = row.get("grid").rstrip(".")
    if not cell or not cell[0].isdigit():
        # "Depå"/"Pit lane" starts and blanks carry no grid number.
        return None
    return _int(row, sheet, "grid", "grid position")


def _grid_from(specs: list[SessionSpec], sessions: list[Session], event_name: str) -> None:
    for i, (spec, session) in enumerate(zip(specs, sessions, strict=True)):
        if spec.grid_from is None:
            continue
        earlier = {s.id: s for s in sessions[:i]}
        source = earlier.get(spec.grid_from)
        if source is None:
            raise ReportgenError("E023", path=event_name,
                                 detail=f"sessions[{i}].grid_from: {spec.grid_from!r} is not an earlier "
                                        f"session (one of {sorted(earlier) or 'none'})")
        order = {r.driver: r.position for r in source.results}
        for r in session.results:
            if r.grid is None and order.get(r.driver) is not None:
                r.grid = order[r.driver]


# -- standings ---------------------------------------------------------------------

def _standings(spec: StandingsSpec, index: int, event: EventFile, event_name: str, base: Path) -> Standings:
    sheet = _sheet(base, spec.file, f"standings[{index}]", event_name, ("driver", "team"))
    name_col = "driver" if sheet.has("driver") else "team"
    entries: list[StandingsEntry] = []
    for row in sheet.rows:
        name = " ".join(row.get(name_col).split())
        if not name:
            _row_error(sheet, row, f"no {name_col} name")
        pos_cell = row.get("position").rstrip(".").lstrip("=")
        if pos_cell:
            if not pos_cell.isdigit() or int(pos_cell) < 1:
                _row_error(sheet, row, f"position {row.get('position')!r} is not a number")
            position = int(pos_cell)
        elif entries:
            position = entries[-1].position  # a blank or "=" position: tied with the line above
        else:
            position = 1
        try:
            points = parse_points(row.get("points"))
        except ValueError:
            _row_error(sheet, row, f"points {row.get('points')!r} is not a number")
        entries.append(StandingsEntry(position=position, name=name, nationality=_nationality(row, sheet),
                                      points=points,
                                      evidence=Evidence.of(sheet.text, row.start, row.end, file=sheet.name)))
    if not entries:
        raise ReportgenError("E023", path=sheet.name, detail="the standings sheet has no rows")
    return Standings(championship=spec.championship or event.series,
                     after_round=spec.after_round if spec.after_round is not None else event.round,
                     rounds_total=spec.rounds_total or event.rounds_total,
                     entries=entries,
                     kind=spec.kind or ("drivers" if name_col == "driver" else "teams"))


__all__ = ["ResultsEventAdapter", "load_event", "parse_points", "read_event_file"]
