"""Referring expressions: surnames with particles."""

from __future__ import annotations

import pytest

from reportgen.personal_names import surname as _surname


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Lucas de Vries", "de Vries"),
        ("Ludwig van der Berg", "van der Berg"),
        ("Carl af Ekström", "af Ekström"),
        ("Anna Svensson", "Svensson"),
        ("Jean-Éric Vergne", "Vergne"),
        ("Madonna", "Madonna"),
    ],
)
def test_refer_surname_keeps_particles(name: str, surname: str) -> None:
    assert _surname(name) == surname


from pathlib import Path  # noqa: E402

from reportgen.gold import load_gold  # noqa: E402
from reportgen.render import render  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "corpus" / "tcr-germany-oschersleben-2022" / "expected.json"


def _prose(text: str) -> str:
    """The report's running text: before the results block, without quotes."""
    body = text.split("\nResultat:")[0].split("\nResults:")[0]
    return "\n".join(p for p in body.split("\n\n")[1:] if not p.startswith(("–", "“")))


@pytest.mark.parametrize("seed", range(4))
def test_refer_swedish_own_driver_by_given_name_when_gender_unknown(seed: int) -> None:
    """The seed's driver has no known gender: no pronoun, no Swedish demonym. The
    Swedish report alternates the surname with the given name instead of writing
    "Bäckman" sentence after sentence."""
    prose = _prose(render(load_gold(SEED), lang="sv", seed=seed))
    starts = [s.split()[0] for s in prose.replace("\n", " ").split(". ") if s.strip()]
    assert "Jessica" in starts
    assert not any(a == b == "Bäckman" for a, b in zip(starts, starts[1:], strict=False)), starts


@pytest.mark.parametrize("seed", range(4))
def test_refer_english_keeps_surnames(seed: int) -> None:
    prose = _prose(render(load_gold(SEED), lang="en", seed=seed))
    assert "Jessica " not in prose.replace("Jessica Bäckman", "")


def _two_drivers(first: str, second: str):
    from reportgen.model import FactsDocument

    E = {"start": 0, "end": 0, "text": ""}
    return FactsDocument.model_validate(
        {
            "language": "sv",
            "event": {"series": "STCC"},
            "participants": [{"name": first}, {"name": second}],
            "sessions": [
                {
                    "id": "race-1",
                    "kind": "race",
                    "results": [
                        {"driver": first, "position": 1, "evidence": E},
                        {"driver": second, "position": 2, "evidence": E},
                    ],
                }
            ],
        }
    )


def test_refer_given_name_only_when_unique() -> None:
    from reportgen.render.refer import Referrer

    r = Referrer(_two_drivers("Anna Svensson", "Anna Berg"), {}, None, familiar="Anna Svensson")
    said = [r.subject("Anna Svensson") for _ in range(4)]
    assert "Anna" not in said and said[0] == "Anna Svensson"


def test_familiar_double_given_name_is_whole() -> None:
    """ "Tor Einar Brekke" goes by "Tor Einar", never by a part of his given names."""
    from reportgen.render.refer import Referrer

    r = Referrer(_two_drivers("Tor Einar Brekke", "Tor Lind"), {}, None, familiar="Tor Einar Brekke")
    said = [r.subject("Tor Einar Brekke", pronoun=False) for _ in range(6)]
    assert "Tor" not in said
    assert "Tor Einar" in said


RALLYX = Path(__file__).resolve().parent.parent / "corpus" / "i-rallyx-nordic-tierp-2025" / "expected.json"


@pytest.mark.parametrize("seed", range(4))
def test_refer_an_organisers_report_keeps_surnames(seed: int) -> None:
    """A series' news item names six drivers and is by none of them: the winner it follows
    is "Koskinen", never "Ville" as in a driver's own release."""
    prose = _prose(render(load_gold(RALLYX), lang="sv", seed=seed))
    assert "Ville " not in prose.replace("Ville Koskinen", ""), prose
