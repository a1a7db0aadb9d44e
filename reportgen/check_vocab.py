"""Word lists the truthfulness check reads: all data, from the lexicon and Babel.

* ``lang/<lang>/check_words.json``: words that are capitalised without naming anyone
  (``not_a_name``), number words that are not read as numbers
  (``number_word.ambiguous``), ordinal compound suffixes, language markers;
* number words: every lexicon entry of the language whose concept is
  ``ordinal.<n>...``, ``ordinal_word.<n>...`` or ``cardinal.<n>`` (parser and renderer data);
* month and day names from Babel (CLDR), in every width and context;
* nationality codes: concepts ``nationality.<ISO>`` and ``country_code.<ISO>`` of any
  language's data files;
* demonyms: forms of ``demonym.<ISO>...`` concepts ("the Dane", "dansken") stand for
  their country, which must be in the input;
* session names: forms of every ``session.*`` / ``session_name.*`` concept are not names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import lexicon

_NUMBER_CONCEPT = re.compile(r"^(ordinal|ordinal_word|cardinal)\.(\d+)(?:\.(\w+))?$")


@dataclass(frozen=True)
class CheckVocab:
    language: str
    not_a_name: frozenset[str]         # casefolded words and phrases
    ambiguous_numbers: frozenset[str]  # casefolded number words not read as numbers
    ordinal_words: dict[str, int]      # casefolded form -> value (ordinal nouns/adjectives)
    cardinal_words: dict[str, int]
    ordinal_suffixes: tuple[str, ...]
    markers: frozenset[str]
    calendar_words: frozenset[str]     # casefolded month and day names


def _forms(lang: str, stem: str, concept: str) -> list[str]:
    lex = lexicon.load(lang)
    if stem not in lex:
        return []
    return [f for e in lex.entries(stem) if e.concept == concept for f in e.forms]


@cache
def vocab(lang: str) -> CheckVocab:
    """The check's vocabulary for ``lang`` (cached)."""
    lex = lexicon.load(lang)
    ordinals: dict[str, int] = {}
    cardinals: dict[str, int] = {}
    for e in lex.entries():
        m = _NUMBER_CONCEPT.match(e.concept)
        if not m:
            continue
        target = cardinals if m.group(1) == "cardinal" else ordinals
        for form in e.forms:
            target.setdefault(form.casefold(), int(m.group(2)))
    return CheckVocab(
        language=lang,
        not_a_name=_not_a_name(lang),
        ambiguous_numbers=frozenset(f.casefold()
                                    for f in _forms(lang, "check_words", "number_word.ambiguous")),
        ordinal_words=ordinals,
        cardinal_words=cardinals,
        ordinal_suffixes=tuple(sorted((f.casefold() for f in _forms(lang, "check_words", "ordinal_suffix")),
                                      key=len, reverse=True)),
        markers=frozenset(f.casefold() for f in _forms(lang, "check_words", "marker")),
        calendar_words=_calendar(lang),
    )


@cache
def _calendar(lang: str) -> frozenset[str]:
    from babel import Locale

    loc = Locale.parse(lang)
    words: set[str] = set()
    for table in (loc.months, loc.days):
        for context in table.values():
            for width in context.values():
                words.update(str(v).casefold().rstrip(".") for v in width.values())
    return frozenset(words)


@cache
def month_numbers(lang: str) -> dict[str, int]:
    """Casefolded month names (wide and abbreviated) -> month number."""
    from babel import Locale

    loc = Locale.parse(lang)
    out: dict[str, int] = {}
    for context in loc.months.values():
        for width in context.values():
            for n, name in width.items():
                out.setdefault(str(name).casefold().rstrip("."), int(n))
    return out


def nationality_codes() -> dict[str, str]:
    """Casefolded code form -> ISO alpha-2 (the input adapters' nationality data)."""
    from .inputs.vocabulary import _nationalities

    return _nationalities()


@cache
def territory_names(lang: str) -> dict[str, str]:
    """Casefolded country name in ``lang`` -> ISO alpha-2 (Babel territories)."""
    from babel import Locale

    return {str(name).casefold(): code for code, name in Locale.parse(lang).territories.items()
            if len(code) == 2 and code.isalpha()}


def _not_a_name(lang: str) -> frozenset[str]:
    """Casefolded words (multi-word entries split) that are capitalised without naming anyone."""
    phrases = list(_forms(lang, "check_words", "not_a_name"))
    for e in lexicon.load(lang).entries():
        if e.concept.split(".")[0] in ("session", "session_name"):
            phrases.extend(e.forms)
    return frozenset(w.casefold() for p in phrases for w in p.split())


@cache
def demonym_words(lang: str) -> dict[str, frozenset[str]]:
    """Casefolded demonym word ("dane", "dansken") -> the ISO codes it can stand for."""
    out: dict[str, set[str]] = {}
    for e in lexicon.load(lang).entries():
        parts = e.concept.split(".")
        if parts[0] != "demonym" or len(parts) < 2 or len(parts[1]) != 2:
            continue
        for form in e.forms:
            # "the Dane": the article is a plain word; the last word carries the country.
            out.setdefault(form.split()[-1].casefold(), set()).add(parts[1].upper())
    return {w: frozenset(c) for w, c in out.items()}


@cache
def wide_month_names(lang: str) -> dict[str, int]:
    """Full month names as written in running text ("juni", "June") -> month number."""
    from babel import Locale

    loc = Locale.parse(lang)
    return {str(name): int(n) for n, name in loc.months["format"]["wide"].items()}
