"""textutil.FoldedForms finds every place a re.IGNORECASE pattern of the forms can match
(a case-sensitive scan of the text folded as re.IGNORECASE compares, textutil.fold), or
gives None where the text cannot be folded ("İ"): generated texts, a fixed seed, against
the plain re.IGNORECASE scan."""

from __future__ import annotations

import random
import re

import pytest

from reportgen.parser.textutil import FoldedForms, alternation

FORMS = ["nästa", "i nästa", "helg", "deltävling", "Jag", "min", "ås", "kIs", "event", "nu väntar"]
ALPHABET = [*FORMS, "NÄSTA", "Helg", "HELGEN", "ſ", "ı", "İ", "K", "Å", "Σ", "σ", "ς", "µ", "ß", "ẞ",
            " ", "\n", "-", "x", "I", "S", "s", "i", "å", "Ä", "JAG", "Min", "EVENT", "é"]


def _every_start(rx: re.Pattern[str], text: str) -> list[int]:
    return [p for p in range(len(text) + 1) if rx.match(text, p)]


@pytest.mark.parametrize("seed", range(6))
def test_folded_places_hold_every_ignorecase_match(seed: int) -> None:
    rnd = random.Random(seed)
    forms = rnd.sample(FORMS, rnd.randint(1, len(FORMS)))
    rx = re.compile(alternation(forms, word_start=r"\w") + r"(?!\w)", re.IGNORECASE)
    folded = FoldedForms(forms)
    fallbacks = 0
    for _ in range(400):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 14)))
        want = _every_start(rx, text)
        places = folded.starts(text)
        if places is None:
            fallbacks += 1
            continue
        assert places == sorted(set(places))
        assert set(want) <= set(places), (text, forms)
        assert [p for p in places if rx.match(text, p)] == want
    assert fallbacks < 400


def test_extra_case_equivalences_fold_and_dotted_i_falls_back() -> None:
    folded = FoldedForms(["is"])
    rx = re.compile("is", re.IGNORECASE)
    assert folded.starts("Is ıs") == [0, 3] == _every_start(rx, "Is ıs")  # "ı" matches "i" under re.I
    assert folded.starts("iſ") == [0] == _every_start(rx, "iſ")
    assert folded.starts("İs") is None  # lower-cases to two characters: offsets would shift
    assert folded.starts("IS is") == [0, 3]
