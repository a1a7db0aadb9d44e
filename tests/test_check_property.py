"""The check on random weekends: honest renders pass, a stray name or number fails."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.check import check_text
from reportgen.check_numbers import allowed_numbers
from reportgen.render import render
from tests.strategies import facts_documents

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("lang", ["sv", "en"])
@SETTINGS
@given(doc=facts_documents(), seed=st.integers(0, 50))
def test_check_property_stray_name_fails(lang, doc, seed):
    text = render(doc, lang=lang, kind="report", seed=seed)
    extra = "Även Rasmus Kvist körde." if lang == "sv" else "Rasmus Kvist drove too."
    problems = check_text(doc, text.rstrip() + "\n\n" + extra + "\n", lang)
    # At a sentence start the word before the name may be reported with it ("Även Rasmus Kvist").
    assert any(p.startswith("name '") and "Rasmus Kvist'" in p for p in problems), problems


@pytest.mark.parametrize("lang", ["sv", "en"])
@SETTINGS
@given(doc=facts_documents(), seed=st.integers(0, 50))
def test_check_property_stray_number_fails(lang, doc, seed):
    allowed = allowed_numbers(doc).numbers
    n = next(n for n in range(500, 1000) if n not in allowed)
    text = render(doc, lang=lang, kind="summary", seed=seed)
    unit = "poäng" if lang == "sv" else "points"
    problems = check_text(doc, f"{text.rstrip()}\n\n{n} {unit}\n", lang)
    assert f"number {n} is not in the input" in problems
