"""The facts' ``about`` (extension): the driver a release is by, where the text shows it,
and the report follows that driver even when a rival won more."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen import parse, render

FIRST_PERSON = (
    "Tvåa och tolva på Padborg\n\n"
    "I kvalet blev jag 2:a bakom Rasmus Kjeldsen (DEN), som tog pole. I första racet fick jag nöja "
    "mig med andraplatsen bakom Kjeldsen. I andra racet vann Kjeldsen igen, medan jag slutade tolva "
    "efter problem med turbon. Jonas Falk (SWE) blev trea i första racet och Espen Lund (NOR) "
    "tvåa i det andra.\n\n"
    "Viktor Almgren, #12 Haglund Motorsport\n"
)
ORGANISER = (
    "Kjeldsen dubbelvinnare på Padborg\n\n"
    "Rasmus Kjeldsen (DEN) vann båda racen på Padborg Park. Viktor Almgren (SWE) blev tvåa i "
    "första racet och tolva i det andra.\n"
)


def test_about_is_the_first_person_driver() -> None:
    assert parse(FIRST_PERSON).about == "Viktor Almgren"


def test_about_is_unset_for_a_release_about_a_series() -> None:
    assert parse(ORGANISER).about is None


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_report_follows_the_driver_the_release_is_about(lang: str) -> None:
    doc = parse(FIRST_PERSON)
    headline = render(doc, lang=lang, kind="report").splitlines()[0]
    assert headline.startswith("Viktor Almgren"), headline
    doc.about = None  # without it the story would go to the winner
    assert not render(doc, lang=lang, kind="report").splitlines()[0].startswith("Viktor Almgren")


def test_about_passes_the_contract_checker(tmp_path: Path) -> None:
    checker = Path(__file__).resolve().parents[2] / "shared" / "contract" / "check_facts.py"
    if not checker.exists():
        pytest.skip("../shared/contract/check_facts.py is not beside the repository")
    src = tmp_path / "release.txt"
    src.write_text(FIRST_PERSON, encoding="utf-8")
    out = tmp_path / "facts.json"
    out.write_text(json.dumps(parse(FIRST_PERSON).to_dict(), ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(checker), str(out), "--source", str(src)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
