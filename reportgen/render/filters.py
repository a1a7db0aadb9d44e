"""Locale-bound formatting filters for the templates, backed by Babel and language data.

One :class:`LocaleFormat` per output language. Its methods become Jinja filters
(``{{ 2|ordinal }}`` -> "2:a" / "2nd"). Everything that depends on the language goes
through CLDR (ordinal and plural categories, number symbols, month names, list
patterns, territory names) or through the language's data files (ordinal words,
counted nouns, demonyms); nothing here spells a Swedish or English word.

Numbers: Babel writes the Swedish group separator as U+00A0 (no-break space). We keep
it: it is what CLDR says, it stops "1 722" breaking across lines, and the parser reads
digits around any space-like separator.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal

from .vocab import Vocab, vocab

# Babel locale per output language. en_GB: day-month-year dates ("22–24 April 2022")
# and lists without the serial comma ("A, B and C"), as British/European motorsport
# press writes them.
BABEL_LOCALES: dict[str, str] = {"sv": "sv_SE", "en": "en_GB"}

# Digit-ordinal suffix per CLDR ordinal category. Swedish: ":a" for one/two (1:a, 2:a,
# 21:a, 22:a, 101:a), ":e" for the rest (3:e, 11:e, 111:e). These are orthography, not
# vocabulary, so they live beside the CLDR category they depend on.
ORDINAL_SUFFIX: dict[str, dict[str, str]] = {
    "sv": {"one": ":a", "two": ":a", "other": ":e"},
    "en": {"one": "st", "two": "nd", "few": "rd", "other": "th"},
}

# CLDR plural category -> index into a counted noun's forms ("one", "other").
_PLURAL_INDEX = {"one": 0}


class LocaleFormat:
    """Formatting for one language; every public method is a template filter."""

    def __init__(self, lang: str):
        self.lang = lang
        self.locale = Locale.parse(BABEL_LOCALES.get(lang, lang))
        self.vocab: Vocab = vocab(lang)
        self._suffix = ORDINAL_SUFFIX[lang]
        # Memo tables: a report formats the same few small numbers, codes and dates
        # over and over, and Babel's formatting is the costliest step of planning.
        self._numbers: dict[float | int, str] = {}
        self._ordinals: dict[int, str] = {}
        self._words: dict[tuple[int, str], str] = {}
        self._codes: dict[str, str] = {}
        self._ranges: dict[tuple[str | None, str | None], str] = {}

    # -- numbers --------------------------------------------------------------
    def number(self, value: float | int | None) -> str:
        """1722 -> "1 722" (sv, U+00A0) / "1,722" (en); 44.5 -> "44,5" / "44.5"."""
        if value is None:
            return ""
        text = self._numbers.get(value)
        if text is None:
            shown = int(value) if isinstance(value, float) and value.is_integer() else value
            text = self._numbers[value] = format_decimal(shown, locale=self.locale)
        return text

    def ordinal(self, n: int) -> str:
        """Digit ordinal by CLDR ordinal category: sv 1:a 3:e 21:a, en 1st 2nd 3rd 11th."""
        text = self._ordinals.get(n)
        if text is None:
            cat = self.locale.ordinal_form(n)
            text = self._ordinals[n] = f"{n}{self._suffix.get(cat, self._suffix['other'])}"
        return text

    def ordinal_word(self, n: int, form: str = "noun") -> str:
        """Ordinal word from data: sv noun "tvåa", adj "andra"; en "second".

        Falls back to the digit ordinal when the data has no word for ``n``."""
        text = self._words.get((n, form))
        if text is None:
            text = self._words[(n, form)] = self._ordinal_word(n, form)
        return text

    def _ordinal_word(self, n: int, form: str) -> str:
        v = self.vocab
        if self.lang == "en":
            word = v.form(f"ordinal.{n}.adj")
        else:
            word = v.first(f"ordinal.{n}.{form}", f"ordinal_word.{n}.{form}")
        return word if word is not None else self.ordinal(n)

    def cardinal_word(self, n: int) -> str:
        """Small counts as words ("sju"/"seven"), larger ones as digits."""
        word = self.vocab.form(f"cardinal.{n}")
        return word if word is not None else self.number(n)

    def plural(self, n: float | int, unit: str, with_number: bool = True) -> str:
        """CLDR plural: sv "1 poäng"/"2 poäng", en "1 point"/"2 points"."""
        cat = self.locale.plural_form(n)
        word = self.vocab.form(f"unit.{unit}", _PLURAL_INDEX.get(cat, 1)) or unit
        return f"{self.number(n)} {word}" if with_number else word

    # -- dates ----------------------------------------------------------------
    def date(self, iso: str | None) -> str:
        """ "2022-04-22" -> "22 april 2022" / "22 April 2022"."""
        if not iso:
            return ""
        return format_date(_dt.date.fromisoformat(iso), "d MMMM y", locale=self.locale)

    def date_range(self, start: str | None, end: str | None) -> str:
        """A date or a range with an en dash: "22–24 april 2022", "29 april–1 maj 2022".

        Built from Babel's month names: Babel's own ``format_interval`` abbreviates
        months in both locales, which a press text does not."""
        text = self._ranges.get((start, end))
        if text is None:
            text = self._ranges[(start, end)] = self._date_range(start, end)
        return text

    def _date_range(self, start: str | None, end: str | None) -> str:
        if not start and not end:
            return ""
        if not start or not end or start == end:
            return self.date(start or end)
        a, b = _dt.date.fromisoformat(start), _dt.date.fromisoformat(end)
        if (a.year, a.month) == (b.year, b.month):
            head = str(a.day)
        elif a.year == b.year:
            head = format_date(a, "d MMMM", locale=self.locale)
        else:
            head = self.date(start)
        return f"{head}–{self.date(end)}"

    # -- lists and names --------------------------------------------------------
    def join(self, items: Iterable[str]) -> str:
        """CLDR list: sv "A, B och C", en "A, B and C"."""
        items = [str(i) for i in items]
        return format_list(items, locale=self.locale) if items else ""

    def country(self, iso: str | None) -> str:
        """ISO alpha-2 -> the country's name in this language (Babel territories)."""
        if not iso:
            return ""
        iso = iso.upper()
        # the language's own sentence form first ("the Netherlands"), else CLDR's name
        return self.vocab.form(f"country_name.{iso}") or self.locale.territories.get(iso, iso)

    def code(self, iso: str | None) -> str:
        """ISO alpha-2 -> the three-letter sports code written in lists ("SWE")."""
        if not iso:
            return ""
        text = self._codes.get(iso)
        if text is None:
            text = self._codes[iso] = self.vocab.first(f"country_code.{iso}") or iso
        return text

    def demonym(self, iso: str | None, gender: str | None = None) -> str | None:
        """ "the Dane" / "dansken", "danskan"; None when the data (or gender) is lacking.

        Swedish demonyms are gendered, so without a known gender there is none."""
        if not iso:
            return None
        if gender is None:
            return self.vocab.form(f"demonym.{iso}.m") if self.lang == "en" else None
        return self.vocab.form(f"demonym.{iso}.{gender}")

    def object_case(self, who: str) -> str:
        """A pronoun in object position: "gick till honom", "went to her"; names as they are.

        The second form of ``pronoun.<gender>`` in the language data is the object form."""
        for gender in ("f", "m"):
            if who == self.vocab.form(f"pronoun.{gender}"):
                return self.vocab.form(f"pronoun.{gender}", 1) or who
        return who

    def filters(self) -> dict[str, object]:
        """The Jinja filter table."""
        return {
            "number": self.number,
            "ordinal": self.ordinal,
            "ordinal_word": self.ordinal_word,
            "cardinal_word": self.cardinal_word,
            "plural": self.plural,
            "date": self.date,
            "date_range": self.date_range,
            "and_list": self.join,
            "country": self.country,
            "code": self.code,
            "demonym": self.demonym,
            "cap": capfirst,
            "object": self.object_case,
        }


def capfirst(text: str) -> str:
    """Upper-case the first letter only ("hon" -> "Hon"; "de Vries" at sentence start)."""
    return text[:1].upper() + text[1:] if text else text


@cache
def locale_format(lang: str) -> LocaleFormat:
    """The cached formatter of ``lang``."""
    return LocaleFormat(lang)
