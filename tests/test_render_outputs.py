"""Rendering: every language x kind x format, on the seed's gold facts and a multi-driver
document; HTML escaping, English purity, quotes, the round-trip blocks, overrides."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reportgen.errors import ReportgenError
from reportgen.gold import load_gold
from reportgen.model import FactsDocument
from reportgen.render import FORMATS, KINDS, LANGS, render, render_file

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "tcr-germany-oschersleben-2022" / "expected.json"
E = {"start": 0, "end": 0, "text": ""}


def seed_doc() -> FactsDocument:
    return load_gold(SEED)


def multi_doc() -> dict:
    """Three drivers, grid slots, a DNF with a cause, a red flag, one translated quote."""
    return {
        "language": "sv",
        "event": {
            "series": "STCC",
            "season": 2023,
            "round": 3,
            "rounds_total": 6,
            "circuit": "Ring Knutstorp",
            "country": "SE",
            "start_date": "2023-06-10",
            "end_date": "2023-06-11",
        },
        "participants": [
            {"name": "Anna Svensson", "nationality": "SE", "gender": "f", "team": "Team A"},
            {"name": "Erik Berg", "nationality": "NO", "gender": "m"},
            {"name": "Lars <Lund> & Co", "nationality": "DK"},
        ],
        "sessions": [
            {
                "id": "qualifying-1",
                "kind": "qualifying",
                "number": 1,
                "label": "Kval",
                "results": [
                    {"driver": "Anna Svensson", "position": 1, "evidence": E},
                    {"driver": "Erik Berg", "position": 3, "evidence": E},
                ],
            },
            {
                "id": "race-1",
                "kind": "race",
                "number": 1,
                "label": "Race 1",
                "results": [
                    {"driver": "Erik Berg", "position": 1, "evidence": E, "grid": 3},
                    {"driver": "Anna Svensson", "position": 2, "evidence": E, "grid": 1},
                    {"driver": "Lars <Lund> & Co", "position": 6, "evidence": E, "grid": 12},
                ],
            },
            {
                "id": "race-2",
                "kind": "race",
                "number": 2,
                "label": "Race 2",
                "results": [
                    {"driver": "Anna Svensson", "position": None, "status": "dnf", "evidence": E},
                    {"driver": "Erik Berg", "position": 4, "evidence": E},
                ],
            },
        ],
        "incidents": [
            {"type": "crash", "session": "race-2", "driver": "Anna Svensson", "evidence": E},
            {"type": "red_flag", "session": "race-2", "driver": None, "evidence": E},
        ],
        "quotes": [
            {
                "speaker": "Erik Berg",
                "text": "Det var en fantastisk dag!",
                "text_en": "It was a fantastic day!",
                "evidence": E,
            },
            {"speaker": "Anna Svensson", "text": "Tråkigt med avåkningen.", "evidence": E},
        ],
        "standings": [
            {
                "championship": "STCC",
                "after_round": 3,
                "rounds_total": 6,
                "kind": "drivers",
                "entries": [
                    {"position": 1, "name": "Anna Svensson", "nationality": "SE", "points": 1722},
                    {"position": 2, "name": "Erik Berg", "nationality": "NO", "points": 1700},
                ],
            }
        ],
        "next_event": {"series": "STCC", "circuit": "Mantorp Park", "date_text": "i augusti"},
    }


DOCS = {"seed": seed_doc, "multi": multi_doc}

# Swedish words an English text must not contain (outside the marked original-language
# quotes and proper names).
SWEDISH_STOP = {
    "och",
    "i",
    "på",
    "med",
    "av",
    "efter",
    "vann",
    "slutade",
    "blev",
    "kom",
    "säger",
    "tvåa",
    "trea",
    "etta",
    "femma",
    "plats",
    "träning",
    "träningspassen",
    "kval",
    "tidskval",
    "deltävling",
    "deltävlingar",
    "poäng",
    "bröt",
    "startade",
    "inte",
    "mästerskapet",
    "säsongspremiären",
    "segern",
    "gick",
    "till",
    "före",
    "bakom",
    "tekniska",
    "säkerhetsbilen",
    "härnäst",
    "väntar",
    "resultat",
    "mästerskapsställning",
    "augusti",
    "fri",
    "om",
    "drygt",
    "en",
    "månadstid",
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", sorted(DOCS))
def test_render_matrix_states_the_facts(which: str, lang: str, kind: str, fmt: str) -> None:
    doc = DOCS[which]()
    text = render(doc, lang=lang, kind=kind, fmt=fmt)
    assert text.endswith("\n") and "\n\n\n" not in text
    model = doc if isinstance(doc, FactsDocument) else FactsDocument.model_validate(doc)
    for s in model.sessions:
        for r in s.results:
            assert (
                r.driver.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in text
                if fmt == "html"
                else r.driver in text
            )
    for t in model.standings:
        for e in t.entries:
            assert (e.name in text) or (fmt == "html")
    if fmt == "html":
        assert "<h1>" in text and "<script" not in text
    if fmt == "markdown":
        assert text.startswith("# ")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("which", sorted(DOCS))
def test_render_english_has_no_swedish_words(which: str, kind: str, fmt: str) -> None:
    doc = DOCS[which]()
    model = doc if isinstance(doc, FactsDocument) else FactsDocument.model_validate(doc)
    text = render(doc, lang="en", kind=kind, fmt=fmt)
    text = text.split("Quotes in the original")[0]
    names = [p.name for p in model.participants] + [e.name for t in model.standings for e in t.entries]
    names += [
        model.event.series or "",
        model.event.circuit or "",
        "ROJA Motorsport",
        "Hyundai Veloster N TCR",
        (model.next_event.circuit if model.next_event else "") or "",
    ]
    names += [n.split()[-1] for n in names if n]  # surnames as later references
    for n in sorted(filter(None, names), key=len, reverse=True):
        text = text.replace(n, " ")
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    assert not words & SWEDISH_STOP, words & SWEDISH_STOP
    assert not re.search(r"[åäöÅÄÖ]", text)


@pytest.mark.parametrize(
    ("lang", "expected"), [("sv", "Lars &lt;Lund&gt; &amp; Co"), ("en", "Lars &lt;Lund&gt; &amp; Co")]
)
def test_render_html_is_autoescaped(lang: str, expected: str) -> None:
    html = render(multi_doc(), lang=lang, kind="report", fmt="html")
    assert expected in html and "<Lund>" not in html
    text = render(multi_doc(), lang=lang, kind="report", fmt="text")
    assert "Lars <Lund> & Co" in text  # text is never escaped


def test_render_swedish_report_ends_with_parsable_blocks() -> None:
    text = render(seed_doc(), lang="sv", kind="report")
    results = text.split("\nResultat:\n", 1)[1].split("\n\n")[0].splitlines()
    assert results == [
        "Fri träning 1: 2:a plats",
        "Fri träning 2: 2:a plats",
        "Tidskval 1: 2:a plats",
        "Race 1: 1:a plats",
        "Tidskval 2: Startade inte (tekniska problem" + results[4].split("tekniska problem", 1)[1],
        "Race 2: 5:e plats",
    ]
    table = text.split("\nMästerskapsställning:\n", 1)[1].splitlines()
    assert table[:4] == [
        "ADAC TCR Germany (efter 1 av 7 deltävlingar)",
        "1: Martin Andersen (DEN), 65 p.",
        "2: Jonas Karklys (LTU), 55 p.",
        "3: Jessica Bäckman (SWE), 44 p.",
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_render_multi_driver_results_per_session(lang: str) -> None:
    text = render(multi_doc(), lang=lang, kind="summary")
    assert "1. Erik Berg (NOR)\n2. Anna Svensson (SWE)\n6. Lars <Lund> & Co (DEN)" in text
    assert ("Bröt: Anna Svensson (SWE)" if lang == "sv" else "Retired: Anna Svensson (SWE)") in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "sv",
            "– Otroligt härlig känsla att äntligen ta denna efterlängtade seger, och känns dessutom extra "
            "speciellt att vinna på just premiärtävlingen i TCR Germany, ",
        ),
        ("en", "Quotes in the original Swedish"),
    ],
)
def test_render_quotes_style(lang: str, expected: str) -> None:
    text = render(seed_doc(), lang=lang, kind="report")
    assert expected in text
    if lang == "sv":
        assert len(re.findall(r"^– .*, (säger|berättar|konstaterar) Jessica Bäckman\b", text, re.M)) >= 1
        assert text.count("\n– ") == 3


@pytest.mark.parametrize(
    ("lang", "fragment"), [("en", "“It was a fantastic day!” "), ("sv", "– Det var en fantastisk dag! ")]
)
def test_render_quote_with_english_text_is_used(lang: str, fragment: str) -> None:
    text = render(multi_doc(), lang=lang, kind="report")
    assert fragment in text
    if lang == "en":
        prose, original = text.split("Quotes in the original Swedish")
        assert "Tråkigt med avåkningen" in original and "Tråkigt" not in prose


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("sv", "21 poäng bakom ledaren Martin Andersen"), ("en", "21 points behind leader Martin Andersen")],
)
def test_render_championship_gap_is_computed(lang: str, expected: str) -> None:
    texts = {render(seed_doc(), lang=lang, kind="report", seed=s) for s in range(6)}
    assert any(expected in t for t in texts)
    assert all("21" in t for t in texts)


@pytest.mark.parametrize(
    ("lang", "expected"), [("sv", "båda träningspassen"), ("en", "both practice sessions")]
)
def test_render_aggregates_same_place_in_a_run(lang: str, expected: str) -> None:
    text = render(seed_doc(), lang=lang, kind="report")
    assert expected in text
    assert "Fri träning 1" not in text.split("Resultat:")[0]


@pytest.mark.parametrize(("lang", "label"), [("sv", "Tidskval 2"), ("en", "Qualifying 2")])
def test_render_session_labels(lang: str, label: str) -> None:
    text = render(seed_doc(), lang=lang, kind="summary")
    assert label in text
    if lang == "en":
        assert "Free Practice 1: 2nd" in text and "Race 1: 1st" in text


@pytest.mark.parametrize("lang", LANGS)
def test_render_accepts_dict_and_model(lang: str) -> None:
    doc = seed_doc()
    assert render(doc, lang=lang) == render(doc.to_dict(), lang=lang)


@pytest.mark.parametrize(
    ("kwargs", "code"), [({"lang": "de"}, "E030"), ({"kind": "essay"}, "E031"), ({"fmt": "pdf"}, "E032")]
)
def test_render_rejects_unknown_options(kwargs: dict, code: str) -> None:
    with pytest.raises(ReportgenError) as e:
        render(seed_doc(), **kwargs)
    assert e.value.code == code


@pytest.mark.parametrize("lang", LANGS)
def test_render_templates_override(tmp_path: Path, lang: str) -> None:
    (tmp_path / lang).mkdir()
    (tmp_path / lang / "summary.j2").write_text(
        "CUSTOM {{ event.series }} {{ 1722|number }}\n", encoding="utf-8"
    )
    custom = render(seed_doc(), lang=lang, kind="summary", templates=str(tmp_path))
    assert custom.startswith("CUSTOM ADAC TCR Germany 1")
    # templates not overridden still come from the built-in set
    assert render(seed_doc(), lang=lang, kind="report", templates=str(tmp_path)) == render(
        seed_doc(), lang=lang
    )


@pytest.mark.parametrize("lang", LANGS)
def test_render_template_errors_are_reported(tmp_path: Path, lang: str) -> None:
    (tmp_path / lang).mkdir()
    (tmp_path / lang / "summary.j2").write_text("{{ no_such_thing }}\n", encoding="utf-8")
    with pytest.raises(ReportgenError) as e:
        render(seed_doc(), lang=lang, kind="summary", templates=str(tmp_path))
    assert e.value.code == "E033" and "no_such_thing" in str(e.value)


@pytest.mark.parametrize("lang", LANGS)
def test_render_file_reads_facts_json(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(multi_doc(), ensure_ascii=False), encoding="utf-8")
    assert render_file(str(path), lang=lang) == render(multi_doc(), lang=lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_render_file_results_event(lang: str, kind: str) -> None:
    event = ROOT / "corpus" / "results" / "event.toml"
    if not event.exists():
        pytest.skip("no results example yet")
    text = render_file(str(event), lang=lang, kind=kind)
    assert len(text.splitlines()) > 5


@pytest.mark.parametrize("lang", LANGS)
def test_render_empty_document(lang: str) -> None:
    text = render(FactsDocument(), lang=lang, kind="report")
    assert text.strip()
    assert render(FactsDocument(), lang=lang, kind="summary").strip()


@pytest.mark.parametrize("lang", LANGS)
def test_render_public_api_callable_after_submodule_import(lang: str) -> None:
    import importlib

    import reportgen

    importlib.import_module("reportgen.render.plan")  # a submodule import must not rebind the name
    from reportgen.render import render as package_render

    doc = seed_doc()
    assert callable(reportgen.render) and not isinstance(reportgen.render, type(importlib))
    assert reportgen.render(doc, lang=lang) == package_render(doc, lang=lang)
    assert reportgen.render(doc.to_dict(), lang=lang, kind="summary").strip()


def test_render_builtin_templates_found() -> None:
    from reportgen.render.environment import builtin_templates_dir

    root = builtin_templates_dir()
    for lang in LANGS:
        for name in ("report.j2", "summary.j2", "phrases.j2", "blocks.j2"):
            assert (root / lang / name).is_file()
    assert (root / "_shared" / "markup.j2").is_file()
