"""The protagonist (the driver the release is about) leads the report, winner or not."""

from __future__ import annotations

import pytest

from reportgen import render
from reportgen.gold import load_gold
from reportgen.model import Evidence, FactsDocument, Participant, Quote, Result, Session
from tests.conftest import CORPUS

EV = Evidence(start=0, end=0, text="")


def _headline_and_lead(text: str) -> tuple[str, str]:
    parts = text.lstrip("# ").split("\n\n")
    return parts[0], parts[1]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("doc_id", "me", "winner"), [
    # four participants (the old rule took the winner), the quoted driver finished third
    ("d-stcc-mantorp-2024-fransson", "Viktor Fransson", "Erik Solberg"),
    ("a-f4-jyllandsringen-2023-lindgren", "Hugo Lindgren", "Mikkel Lund"),
    # the team's driver is in every session, the quoted team boss is no driver
    ("a-tcr-europe-spa-2023-nyman", "Oliver Nyman", "Tom Vermeulen"),
])
def test_render_corpus_release_leads_with_its_driver(doc_id, me, winner, lang, seed) -> None:
    text = render(load_gold(CORPUS / doc_id / "expected.json"), lang=lang, kind="report", seed=seed)
    head, lead = _headline_and_lead(text)
    assert me in head and winner not in head, text
    assert lead.startswith(me), text


def _field(quoted: str | None, sessions_of: dict[str, int], participants: int) -> FactsDocument:
    names = list(sessions_of)
    sessions = []
    for n in range(1, max(sessions_of.values()) + 1):
        drivers = [d for d in names if sessions_of[d] >= n]
        sessions.append(Session(id=f"race-{n}", kind="race", number=n,
                                results=[Result(driver=d, position=i + 1, evidence=EV)
                                         for i, d in enumerate(drivers)]))
    quotes = [Quote(speaker=quoted, text="Det var en bra helg för oss.", evidence=EV)] if quoted else []
    return FactsDocument(participants=[Participant(name=n) for n in names[:participants]],
                         sessions=sessions, quotes=quotes)


@pytest.mark.parametrize(("quoted", "sessions_of", "participants", "lead_name"), [
    # quoted, as many sessions as the winner: the quoted driver leads
    ("Cecilia Lind", {"Anna Svensson": 2, "Bo Ek": 2, "Cecilia Lind": 2, "David Holm": 2}, 4, "Cecilia Lind"),
    # in two more sessions than anyone: that driver leads even unquoted
    (None, {"Anna Svensson": 1, "Bo Ek": 1, "Cecilia Lind": 3, "David Holm": 1}, 4, "Cecilia Lind"),
    # a timing sheet: everyone everywhere, nobody quoted: the winner leads
    (None, {"Anna Svensson": 2, "Bo Ek": 2, "Cecilia Lind": 2, "David Holm": 2}, 4, "Anna Svensson"),
    # no sign either way, few participants: the first named (the fallback)
    (None, {"Bo Ek": 2, "Anna Svensson": 2}, 2, "Bo Ek"),
])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_render_protagonist_from_quotes_and_sessions(quoted, sessions_of, participants, lead_name, lang) -> None:
    text = render(_field(quoted, sessions_of, participants), lang=lang, kind="report")
    head, lead = _headline_and_lead(text)
    assert head.startswith(lead_name) or lead_name in head, text
