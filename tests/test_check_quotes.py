"""The check: a quote's words are the source's, however the render ends the quote."""

from __future__ import annotations

import pytest

from reportgen.check import check_text
from reportgen.model import Evidence, FactsDocument, Participant, Quote

EV = Evidence(start=0, end=0, text="")


def _doc() -> FactsDocument:
    return FactsDocument(
        participants=[Participant(name="Bo Lind")],
        quotes=[Quote(speaker="Bo Lind", text="Det var tufft. Tack till våra 160 funktionärer.", evidence=EV)],
    )


@pytest.mark.parametrize("sentence", [
    # the last sentence's stop written as a comma before the attribution
    "– Det var tufft. Tack till våra 160 funktionärer, säger Bo Lind.",
    "– Det var tufft. Tack till våra 160 funktionärer.",
    "”Tack till våra 160 funktionärer”, säger Bo Lind.",
])
def test_check_accepts_numbers_inside_quoted_words(sentence: str) -> None:
    assert check_text(_doc(), sentence, "sv") == []


def test_check_still_rejects_a_number_outside_the_quote() -> None:
    problems = check_text(_doc(), "– Det var tufft, säger Bo Lind inför 170 funktionärer.", "sv")
    assert any("170" in p for p in problems), problems
