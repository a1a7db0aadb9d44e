"""The truthfulness check passes on honest renders and fails on tampered ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportgen.check import check_file, check_text, guess_language, plain_text
from reportgen.check_names import known_strings, mask
from reportgen.check_numbers import allowed_numbers, number_mentions
from reportgen.check_vocab import vocab
from reportgen.gold import load_gold
from reportgen.inputs import load_input
from reportgen.render import render

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted(ROOT.glob("corpus/*/expected.json"))
EVENT = ROOT / "corpus" / "results" / "event.toml"
INPUTS = [pytest.param(p, id=p.parent.name) for p in GOLD] + [pytest.param(EVENT, id="results-event")]


def _load(path: Path):
    return load_input(path) if path.suffix == ".toml" else load_gold(path)


@pytest.mark.parametrize("path", INPUTS)
@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("kind", ["report", "summary"])
def test_check_passes_on_honest_renders(path, lang, kind):
    doc = _load(path)
    for seed in (0, 1, 2):
        text = render(doc, lang=lang, kind=kind, seed=seed)
        assert check_text(doc, text, lang) == [], text


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_check_file_formats_and_language_guess(tmp_path, fmt, lang):
    out = tmp_path / f"report.{fmt}"
    out.write_text(render(load_input(EVENT), lang=lang, kind="report", fmt=fmt), encoding="utf-8")
    assert guess_language(plain_text(out.read_text(encoding="utf-8"))) == lang
    assert check_file(EVENT, out) == []


def _fresh_number(allowed, start: int = 11) -> int:
    n = start
    while any(v == n for v in allowed.numbers):
        n += 1
    return n


def _tamper_position(doc, text: str, lang: str) -> str:
    """Replace the first stated ordinal with one the input does not have."""
    masked = mask(text, known_strings(doc))
    ordinals = [m for m in number_mentions(masked, lang, vocab(lang)) if m.kind == "ordinal"]
    if not ordinals:
        return None
    m = ordinals[0]
    n = _fresh_number(allowed_numbers(doc))
    new = f"{n}:e" if lang == "sv" else f"{n}th"
    return text[:m.start] + new + text[m.start + len(m.text):]


def _tamper_points(doc, text: str, lang: str) -> str:
    """Change the first number written before the points unit."""
    unit = r"(?:poäng|p\.)" if lang == "sv" else r"(?:points?|pts\.?)"
    m = re.search(rf"(\d[\d \u00a0,]*)\s+{unit}", text)
    if not m:
        return None
    n = _fresh_number(allowed_numbers(doc), 1000)
    return text[:m.start(1)] + str(n) + text[m.end(1):]


STRANGERS = ["Greta Lindqvist", "Viktor Strand", "Elsa Hjort", "Arvid Sjöberg"]


def _insert_name(doc, text: str, lang: str) -> str:
    """A person the input does not know (no word of the name occurs in input or text)."""
    known = doc.model_dump_json() + text
    name = next(n for n in STRANGERS if not any(w in known for w in n.split()))
    extra = f" {name} körde också." if lang == "sv" else f" {name} also drove."
    return text.rstrip() + extra + "\n"


def _mix_names(doc, text: str, lang: str) -> str:
    """A driver's first name with another person's surname: two known words, no known name."""
    names = [p.name for p in doc.participants] + [e.name for st in doc.standings for e in st.entries]
    if not names or first_in(names[0], text) is None:
        return None
    first = names[0]
    other = next((n for n in names if n.split()[-1] != first.split()[-1]), None)
    if other is None:
        return None
    fake = f"{first.split()[0]} {other.split()[-1]}"
    return text.replace(first, fake, 1)


def _change_circuit(doc, text: str, lang: str) -> str:
    if not (doc.event.circuit and doc.event.circuit in text):
        return None
    known = doc.model_dump_json()
    other = next(c for c in ("Falkenbergs Motorbana", "Ring Knutstorp", "Gotland Ring", "Sturup Raceway")
                 if c not in known)
    return text.replace(doc.event.circuit, other, 1)


def first_in(name: str, text: str) -> int | None:
    i = text.find(name)
    return None if i < 0 else i


TAMPERS = {"position": _tamper_position, "points": _tamper_points, "insert-name": _insert_name,
           "mixed-name": _mix_names, "circuit": _change_circuit}


@pytest.mark.parametrize("path", INPUTS)
@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_check_fails_on_tampered_renders(path, lang, tamper):
    doc = _load(path)
    kind = "summary" if tamper == "points" else "report"
    text = render(doc, lang=lang, kind=kind)
    tampered = TAMPERS[tamper](doc, text, lang)
    if tampered is None:
        pytest.skip(f"{tamper}: the render of this document states nothing of that kind")
    assert tampered != text
    assert check_text(doc, tampered, lang), tampered


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("tamper", list(TAMPERS))
def test_check_tampers_apply_to_reference_inputs(lang, tamper):
    """Every tamper really runs on the seed and the results event (no silent skips there)."""
    seed = ROOT / "corpus" / "tcr-germany-oschersleben-2022" / "expected.json"
    for path in (seed, EVENT):
        doc = _load(path)
        kind = "summary" if tamper == "points" else "report"
        assert TAMPERS[tamper](doc, render(doc, lang=lang, kind=kind), lang) is not None, path


@pytest.mark.parametrize(
    ("lang", "sentence", "problem"),
    [
        ("sv", "Linnea Ekholm blev 9:e i kvalet.", "ordinal 9:e is not a place of Linnea Ekholm"),
        ("en", "Linnea Ekholm finished 9th in qualifying.", "ordinal 9th is not a place of Linnea Ekholm"),
        ("sv", "Ekholm körde 1:29,001 i kvalet.", "time 1:29,001 is not in the input"),
        ("sv", "Sandvik leder med 131 poäng, 23 poäng före Ekholm.", "number 23 is not in the input"),
        ("en", "Sandvik leads with 131 points, ahead of Lisa Nord.", "name 'Lisa Nord' is not in the input"),
        ("sv", "Loppet kördes i Tyskland.", "name 'Tyskland' is not in the input"),
        ("sv", "Helgen 14–15 juli körde Ekholm bra.", "month juli is not in the input"),
        ("en", "On 14 July Ekholm won.", "month July is not in the input"),
        ("en", "Oskar Sandvik (GER) won.", "name 'GER' is not in the input"),
        ("en", "The German won.", "name 'German' is not in the input"),
    ],
)
def test_check_problem_messages(lang, sentence, problem):
    problems = check_text(load_input(EVENT), sentence, lang)
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("sv", "Sandvik leder med 131 poäng, 7 poäng före Ekholm och 13 före Mikkel Dahl."),
        ("sv", "Henrik Lund gick från sista startrutan till femteplatsen, sju placeringar framåt."),
        ("en", "Henrik Lund climbed seven places from 12th on the grid to 5th."),
        ("sv", "Tre deltävlingar återstår. Ekholm körde 1:30,012 och var 1,223 sekunder före."),
        ("en", "Oskar Sandvik (SWE) won in Sweden on 15 June 2025; Mikkel Dahl (DEN) was fourth."),
        ("en", "The Dane Mikkel Dahl was fourth. The Finn was seventh."),
        ("en", "Pole position for Mikkel Dahl."),
        ("sv", "I Race 2 blev Mikkel Dahl fyra. I kvalet var Dahl etta."),
        ("en", "Dahl may have won in June; next round 5–6 juli, Mantorp Park."),
        ("sv", "– Vi tog oss fram steg för steg i andra racet och nu leder vi mästerskapet inför "
               "Mantorp Park, säger Oskar Sandvik."),
    ],
)
def test_check_accepts_derivations_and_quotes(lang, sentence):
    assert check_text(load_input(EVENT), sentence, lang) == []
