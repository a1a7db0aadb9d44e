"""Hypothesis strategies: random valid facts documents of Nordic race weekends.

Drivers come from Swedish/Nordic name pools, sessions are of the kinds a press release
reports (practice, qualifying, race, heat, final) with numbers, results have dense
positions 1..k plus drivers who did not start, retired or were disqualified, the
standings table has descending points, and quotes are plain Swedish sentences said by
a participant. Evidence spans are empty placeholders: these documents have no source.
"""

from __future__ import annotations

from hypothesis import strategies as st

from reportgen.model import (
    Event,
    Evidence,
    FactsDocument,
    Participant,
    Quote,
    Result,
    Session,
    Standings,
    StandingsEntry,
)

FIRST_NAMES = ["Anna", "Erik", "Linnea", "Oskar", "Saga", "Johan", "Maja", "Viktor", "Elin", "Gustav",
               "Frida", "Henrik", "Ida", "Magnus", "Sara", "Mikkel", "Aleksi", "Tobias", "Karin", "Emil"]
SURNAMES = ["Lindberg", "Ekholm", "Sandvik", "Lindqvist", "Berglund", "Nyström", "Åberg", "Holm",
            "Forsberg", "Karlsen", "Dahl", "Heikkinen", "Sjöberg", "Wallin", "Engström", "Björk",
            "Hedlund", "Strand", "Mattsson", "Lund"]
NATIONALITIES = ["SE", "SE", "SE", "NO", "DK", "FI"]
SERIES = ["STCC", "TCR Scandinavia", "Porsche Carrera Cup Scandinavia", "Formula Nordic"]
CIRCUITS = ["Mantorp Park", "Ring Knutstorp", "Anderstorp Raceway", "Karlskoga Motorstadion",
            "Falkenbergs Motorbana", "Gelleråsen Arena"]
QUOTE_SENTENCES = [
    "Det var en tuff helg men vi fick med oss viktiga poäng.",
    "Bilen kändes riktigt bra hela helgen.",
    "Jag är nöjd med tempot men starten kunde ha varit bättre.",
    "Teamet har gjort ett fantastiskt jobb med bilen.",
    "Nu laddar vi om inför nästa deltävling.",
    "Det var svårt att köra om på den här banan.",
    "Vi har lärt oss mycket om däcken i helgen.",
    "Jag kunde inte göra så mycket mer idag.",
]
SESSION_LABELS = {"practice": "Fri träning", "qualifying": "Kval", "race": "Race", "heat": "Heat",
                  "final": "Final"}
NO_EVIDENCE = Evidence(start=0, end=0, text="")


@st.composite
def drivers(draw, min_size: int = 2, max_size: int = 8) -> list[Participant]:
    """Distinct drivers with distinct surnames (a surname alone must name one driver)."""
    n = draw(st.integers(min_size, max_size))
    firsts = draw(st.lists(st.sampled_from(FIRST_NAMES), min_size=n, max_size=n))
    lasts = draw(st.lists(st.sampled_from(SURNAMES), min_size=n, max_size=n, unique=True))
    nats = draw(st.lists(st.sampled_from(NATIONALITIES), min_size=n, max_size=n))
    return [Participant(name=f"{f} {s}", nationality=nat)
            for f, s, nat in zip(firsts, lasts, nats, strict=True)]


@st.composite
def session_keys(draw) -> list[tuple[str, int | None]]:
    """(kind, number) pairs in weekend order: practice, qualifying, heats, races, final."""
    keys: list[tuple[str, int | None]] = []
    for kind in ("practice", "qualifying", "heat", "race", "final"):
        count = draw(st.integers(0, 2 if kind != "final" else 1))
        if count == 1 and draw(st.booleans()) and kind != "race":
            keys.append((kind, None))
        else:
            keys.extend((kind, i) for i in range(1, count + 1))
    if not keys:
        keys.append(("race", 1))
    return keys


@st.composite
def session_results(draw, names: list[str]) -> list[Result]:
    """Some of the drivers: classified in positions 1..k, the rest dns/dnf/dsq."""
    entrants = draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names), unique=True))
    n_out = draw(st.integers(0, min(2, len(entrants) - 1)))
    classified, out = entrants[: len(entrants) - n_out], entrants[len(entrants) - n_out:]
    results = [Result(driver=d, position=i, status="classified", evidence=NO_EVIDENCE)
               for i, d in enumerate(classified, 1)]
    for d in out:
        status = draw(st.sampled_from(["dns", "dnf", "dnf", "dsq"]))
        results.append(Result(driver=d, position=None, status=status, evidence=NO_EVIDENCE))
    return results


@st.composite
def standings(draw, names: list[str], series: str, round_: int, rounds_total: int) -> Standings:
    order = draw(st.permutations(names))
    points = sorted(draw(st.lists(st.integers(1, 400), min_size=len(order), max_size=len(order),
                                  unique=True)), reverse=True)
    entries = [StandingsEntry(position=i, name=n, points=p) for i, (n, p) in enumerate(zip(order, points,
                                                                                             strict=True), 1)]
    return Standings(championship=series, after_round=round_, rounds_total=rounds_total, entries=entries,
                     kind="drivers")


@st.composite
def facts_documents(draw) -> FactsDocument:
    """A random valid facts document of one race weekend."""
    people = draw(drivers())
    names = [p.name for p in people]
    series = draw(st.sampled_from(SERIES))
    rounds_total = draw(st.integers(2, 8))
    round_ = draw(st.integers(1, rounds_total))
    sessions = []
    for kind, number in draw(session_keys()):
        label = SESSION_LABELS[kind] + (f" {number}" if number is not None else "")
        sessions.append(Session(id=kind if number is None else f"{kind}-{number}", kind=kind, number=number,
                                label=label, results=draw(session_results(names))))
    used = [p for p in people if any(r.driver == p.name for s in sessions for r in s.results)]
    speakers = draw(st.lists(st.sampled_from([p.name for p in used]), max_size=2))
    quotes = [Quote(speaker=s, text=draw(st.sampled_from(QUOTE_SENTENCES)), evidence=NO_EVIDENCE)
              for s in speakers]
    table = [draw(standings(names, series, round_, rounds_total))] if draw(st.booleans()) else []
    return FactsDocument(
        event=Event(series=series, season=draw(st.integers(2019, 2025)), round=round_,
                    rounds_total=rounds_total, circuit=draw(st.sampled_from(CIRCUITS)), country="SE"),
        participants=used,
        sessions=sessions,
        quotes=quotes,
        standings=table,
    )
