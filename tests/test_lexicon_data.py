"""Every language data file loads and validates (unknown keys, empty forms fail)."""

from __future__ import annotations

from importlib import resources

import pytest

from reportgen import lexicon


def _files() -> list[tuple[str, str]]:
    out = []
    for lang in lexicon.languages():
        root = resources.files("reportgen") / "lang" / lang
        out += [(lang, p.name[:-5]) for p in root.iterdir() if p.name.endswith(".json")]
    return sorted(out)


@pytest.mark.parametrize(("lang", "stem"), _files())
def test_lexicon_data_file_validates(lang: str, stem: str) -> None:
    lex = lexicon.load(lang)
    data = lex[stem]
    assert data.language == lang
    assert data.entries
    for e in data.entries:
        assert e.forms or e.patterns, e.concept


@pytest.mark.parametrize("stem", ["ordinals"])
def test_lexicon_data_ordinals_cover_one_to_twenty(stem: str) -> None:
    concepts = lexicon.load("sv").by_concept(stem)
    for n in range(1, 21):
        for form in ("adj", "place"):
            assert concepts[f"ordinal.{n}.{form}"].value == n
    assert concepts["ordinal.2.noun"].forms[0] == "tvåa"
    assert concepts["ordinal.2.adj"].forms[0] == "andra"


@pytest.mark.parametrize(
    ("kind", "display"),
    [
        ("practice", "Fri träning"),
        ("qualifying", "Kval"),
        ("race", "Race"),
        ("heat", "Heat"),
        ("final", "Final"),
        ("stage", "Sträcka"),
    ],
)
def test_lexicon_data_session_display_forms(kind: str, display: str) -> None:
    entry = lexicon.load("sv").by_concept("sessions")[f"session.{kind}"]
    assert (entry.value, entry.forms[0]) == (kind, display)


@pytest.mark.parametrize(
    ("code", "iso"), [("SWE", "SE"), ("DKK", "DK"), ("LIT", "LT"), ("GER", "DE"), ("NOR", "NO")]
)
def test_lexicon_data_nationality_codes(code: str, iso: str) -> None:
    assert lexicon.load("sv").form_map("nationalities")[code.lower()].value == iso


@pytest.mark.parametrize(("stem", "forms"), [("sessions", "forms"), ("result_phrases", "forms")])
def test_lexicon_data_no_duplicate_concepts(stem: str, forms: str) -> None:
    concepts = [e.concept for e in lexicon.load("sv").entries(stem)]
    assert len(concepts) == len(set(concepts))


def test_lexicon_forms_of_one_concept() -> None:
    lex = lexicon.load("sv")
    entry = lex.by_concept("ordinals")["ordinal.last.adj"]
    assert lex.forms("ordinals", "ordinal.last.adj") == list(entry.forms)
    assert lex.forms("ordinals", "no.such.concept") == []
