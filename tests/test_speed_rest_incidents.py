"""The incidents component's per-call lookups answer as the state's own scans do, and the
incidents it returns are still validated models."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest

from reportgen.model import Incident
from reportgen.parser import get_nlp
from reportgen.parser import incidents as inc
from reportgen.parser.incidents import _crew_second, _Lookup

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("corpus/*/release.txt"))[:12]]


def _state_before_incidents(text: str):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "reportgen_incidents":
            break
        doc = proc(doc)
    return doc._.rg


@pytest.mark.parametrize("text", TEXTS)
def test_lookup_answers_as_the_state_does(text: str) -> None:
    for variant in (text, text.upper()):
        state = _state_before_incidents(variant)
        look = _Lookup(state)
        n = len(state.text)
        for offset in range(0, n + 2, 7):
            assert look.para(offset) == state.paragraph_of(offset)
        cuts = sorted({0, n, *(o for o, _ in state.session_marks), *range(0, n, 97)})
        for a in cuts[::3]:
            for b in cuts[::5]:
                assert look.marks_in(a, b) == [(o, sid) for o, sid in state.session_marks if a <= o < b]
                assert look.session_hits(a, b) == state.hits(a, b, "session.")
                assert look.drivers_in(a, b) == [
                    m for m in state.people.between(a, b) if not _crew_second(state, m)
                ]


def test_found_incidents_are_validated_models(monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXTS[0]
    state = _state_before_incidents(text)
    found = inc.find_incidents(state)
    assert found and all(isinstance(i, Incident) for i in found)

    # a type the model does not know is still a validation error
    real = inc._hits

    def bogus(state, look):
        return [inc._Hit(h.start, h.end, "bogus", h.detail) for h in real(state, look)]

    monkeypatch.setattr(inc, "_hits", bogus)
    with pytest.raises(pydantic.ValidationError):
        inc.find_incidents(_state_before_incidents(text))


@pytest.mark.parametrize("seed", range(3))
def test_headline_end_test_is_the_pattern(seed: int) -> None:
    import random

    from reportgen.parser.incidents import _HEADLINE_END, _is_headline
    from reportgen.parser.state import ParseState

    rnd = random.Random(seed)
    parts = ["Ord", " ", ".", "!", "?", ":", "\n", "\t", "\u00a0", "\u2028", "x", ". ", ":\n", "a b c d e f"]
    for _ in range(3000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 14)))
        state = ParseState(text=text)
        s = rnd.randint(0, len(text))
        e = rnd.randint(s, len(text))
        line = text[s:e]
        assert _is_headline(state, s, e) == (not _HEADLINE_END.search(line) and len(line.split()) <= 10), line
