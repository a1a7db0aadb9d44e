"""Locale filters: CLDR ordinals and plurals, dates, numbers, lists, countries, demonyms."""

from __future__ import annotations

import pytest

from reportgen.render.filters import locale_format

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("sv", 1, "1:a"),
        ("sv", 2, "2:a"),
        ("sv", 3, "3:e"),
        ("sv", 11, "11:e"),
        ("sv", 12, "12:e"),
        ("sv", 21, "21:a"),
        ("sv", 22, "22:a"),
        ("sv", 101, "101:a"),
        ("sv", 111, "111:e"),
        ("en", 1, "1st"),
        ("en", 2, "2nd"),
        ("en", 3, "3rd"),
        ("en", 4, "4th"),
        ("en", 11, "11th"),
        ("en", 12, "12th"),
        ("en", 13, "13th"),
        ("en", 21, "21st"),
        ("en", 22, "22nd"),
        ("en", 23, "23rd"),
        ("en", 111, "111th"),
    ],
)
def test_locale_ordinal_digits(lang: str, n: int, expected: str) -> None:
    assert locale_format(lang).ordinal(n) == expected


@pytest.mark.parametrize(
    ("lang", "n", "form", "expected"),
    [
        ("sv", 1, "noun", "etta"),
        ("sv", 2, "noun", "tvåa"),
        ("sv", 3, "noun", "trea"),
        ("sv", 5, "noun", "femma"),
        ("sv", 10, "noun", "tia"),
        ("sv", 2, "adj", "andra"),
        ("sv", 5, "adj", "femte"),
        ("en", 1, "noun", "first"),
        ("en", 2, "noun", "second"),
        ("en", 5, "noun", "fifth"),
        # no word in the data: the digit ordinal stands in
        ("sv", 40, "noun", "40:e"),
        ("en", 40, "noun", "40th"),
    ],
)
def test_locale_ordinal_words(lang: str, n: int, form: str, expected: str) -> None:
    assert locale_format(lang).ordinal_word(n, form) == expected


@pytest.mark.parametrize(
    ("lang", "n", "unit", "expected"),
    [
        ("sv", 1, "point", "1 poäng"),
        ("sv", 2, "point", "2 poäng"),
        ("sv", 1, "lap", "1 varv"),
        ("sv", 7, "lap", "7 varv"),
        ("sv", 1, "round", "1 deltävling"),
        ("sv", 3, "round", "3 deltävlingar"),
        ("en", 1, "point", "1 point"),
        ("en", 2, "point", "2 points"),
        ("en", 0, "point", "0 points"),
        ("en", 1, "lap", "1 lap"),
        ("en", 12, "lap", "12 laps"),
        ("en", 1.5, "point", "1.5 points"),
        ("sv", 1.5, "point", "1,5 poäng"),
    ],
)
def test_locale_plural(lang: str, n: float, unit: str, expected: str) -> None:
    assert locale_format(lang).plural(n, unit) == expected


@pytest.mark.parametrize(
    ("lang", "start", "end", "expected"),
    [
        ("sv", "2022-04-22", "2022-04-24", "22–24 april 2022"),
        ("en", "2022-04-22", "2022-04-24", "22–24 April 2022"),
        ("sv", "2022-04-29", "2022-05-01", "29 april–1 maj 2022"),
        ("en", "2022-04-29", "2022-05-01", "29 April–1 May 2022"),
        ("sv", "2022-12-31", "2023-01-01", "31 december 2022–1 januari 2023"),
        ("sv", "2022-04-22", None, "22 april 2022"),
        ("en", None, "2022-04-24", "24 April 2022"),
        ("en", "2022-04-24", "2022-04-24", "24 April 2022"),
        ("sv", None, None, ""),
    ],
)
def test_locale_date_range(lang: str, start: str | None, end: str | None, expected: str) -> None:
    assert locale_format(lang).date_range(start, end) == expected


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [
        # Swedish groups with CLDR's no-break space (U+00A0), kept on purpose: no line break inside.
        ("sv", 1722, f"1{NBSP}722"),
        ("en", 1722, "1,722"),
        ("sv", 65, "65"),
        ("en", 65.0, "65"),
        ("sv", 44.5, "44,5"),
        ("en", 44.5, "44.5"),
        ("sv", 1234567, f"1{NBSP}234{NBSP}567"),
    ],
)
def test_locale_number(lang: str, value: float, expected: str) -> None:
    assert locale_format(lang).number(value) == expected


@pytest.mark.parametrize(
    ("lang", "items", "expected"),
    [
        ("sv", ["A", "B", "C"], "A, B och C"),
        ("en", ["A", "B", "C"], "A, B and C"),
        ("sv", ["A", "B"], "A och B"),
        ("en", ["A", "B"], "A and B"),
        ("sv", ["A"], "A"),
        ("en", [], ""),
    ],
)
def test_locale_list(lang: str, items: list[str], expected: str) -> None:
    assert locale_format(lang).join(items) == expected


@pytest.mark.parametrize(
    ("lang", "iso", "expected"),
    [
        ("sv", "DK", "Danmark"),
        ("en", "DK", "Denmark"),
        ("sv", "DE", "Tyskland"),
        ("en", "LT", "Lithuania"),
        ("en", "NL", "the Netherlands"),  # the sentence form, from data
        ("sv", "NL", "Nederländerna"),
        ("sv", None, ""),
    ],
)
def test_locale_country(lang: str, iso: str | None, expected: str) -> None:
    assert locale_format(lang).country(iso) == expected


@pytest.mark.parametrize(
    ("lang", "iso", "expected"),
    [
        ("sv", "SE", "SWE"),
        ("en", "DK", "DEN"),
        ("sv", "LT", "LTU"),
        ("en", "DE", "GER"),
        ("sv", "XX", "XX"),
    ],
)
def test_locale_country_code(lang: str, iso: str, expected: str) -> None:
    assert locale_format(lang).code(iso) == expected


@pytest.mark.parametrize(
    ("lang", "iso", "gender", "expected"),
    [
        ("en", "DK", "m", "the Dane"),
        ("en", "SE", "f", "the Swede"),
        ("en", "DK", None, "the Dane"),
        # Swedish demonyms are gendered: none without a known gender, never a guess.
        ("sv", "DK", None, None),
    ],
)
def test_locale_demonym(lang: str, iso: str, gender: str | None, expected: str | None) -> None:
    assert locale_format(lang).demonym(iso, gender) == expected


@pytest.mark.parametrize(
    ("iso", "gender", "expected"), [("DK", "m", "dansken"), ("DK", "f", "danskan"), ("SE", "f", "svenskan")]
)
def test_locale_demonym_swedish_from_parser_data(iso: str, gender: str, expected: str) -> None:
    f = locale_format("sv")
    if f.vocab.form(f"demonym.{iso}.{gender}") is None:
        pytest.skip("the parser's demonyms.json is not there yet")
    assert f.demonym(iso, gender) == expected
