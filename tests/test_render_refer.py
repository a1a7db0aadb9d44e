"""Referring expressions: surnames with particles."""

from __future__ import annotations

import pytest

from reportgen.render.refer import _surname


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
