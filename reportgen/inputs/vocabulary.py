"""The words of timing sheets, from data: column headers, status words, session kinds,
nationality codes.

Headers come from ``lang/<lang>/results_headers.json`` of every language that has
one (a sheet may mix ``Plac`` with ``Driver``); nationality codes from
data files with concepts ``nationality.<ISO>`` or ``country_code.<ISO>`` (forms ``SWE``,
``DEN``...), else ISO alpha-2 codes that Babel knows as territories.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon

_STRIP = re.compile(r"[\s.:]+$")


def norm(cell: str) -> str:
    """Case- and space-folded cell text, without a trailing dot or colon."""
    return " ".join(_STRIP.sub("", cell.strip()).split()).casefold()


@cache
def _concepts(prefix: str) -> dict[str, str]:
    """Normalised form -> concept suffix, over every language's results_headers file."""
    out: dict[str, str] = {}
    for lang in lexicon.languages():
        lex = lexicon.load(lang)
        if "results_headers" not in lex:
            continue
        for e in lex.entries("results_headers"):
            if e.concept.startswith(prefix + "."):
                for form in e.forms:
                    out.setdefault(norm(form), e.concept[len(prefix) + 1:])
                    # "P." folds to "p": the dotted form must stay matchable too.
                    out.setdefault(form.strip().casefold(), e.concept[len(prefix) + 1:])
    return out


def column(header: str) -> str | None:
    """The field a header names (``"Förare"`` -> ``"driver"``), or None if unknown."""
    h = header.strip().casefold()
    table = _concepts("column")
    return table.get(h) or table.get(norm(header))


def status(cell: str) -> str | None:
    """The result status a cell names (``"Bröt"`` -> ``"dnf"``), or None."""
    return _concepts("status").get(norm(cell)) if cell.strip() else None


def session_kind(word: str) -> str | None:
    """A model session kind from an English kind or a sheet word (``"kval"`` -> qualifying)."""
    from ..model import SESSION_KINDS

    w = norm(word)
    if w in SESSION_KINDS:
        return w
    return _concepts("session").get(w)


def known_headers() -> list[str]:
    """Every header form, for error messages."""
    return sorted(_concepts("column"))


@cache
def _nationalities() -> dict[str, str]:
    """Casefolded code -> ISO alpha-2, from every data file with ``nationality.<ISO>`` or
    ``country_code.<ISO>`` concepts (parser and renderer data alike)."""
    out: dict[str, str] = {}
    for lang in lexicon.languages():
        for e in lexicon.load(lang).entries():
            prefix, _, rest = e.concept.partition(".")
            if prefix not in ("nationality", "country_code") or not rest:
                continue
            iso = rest.split(".")[0].upper()
            if len(iso) != 2:
                continue
            out.setdefault(iso.casefold(), iso)
            for form in e.forms:
                out.setdefault(form.strip().casefold(), iso)
    return out


@cache
def _territories() -> frozenset[str]:
    from babel import Locale

    return frozenset(k for k in Locale("en").territories if len(k) == 2 and k.isalpha())


def nationality(cell: str) -> str | None:
    """ISO alpha-2 for a nationality cell (``SWE``/``SE``/``Sverige``...), None when empty.

    Raises KeyError when the cell is not empty but names no known country.
    """
    c = cell.strip()
    if not c:
        return None
    hit = _nationalities().get(c.casefold())
    if hit:
        return hit
    if len(c) == 2 and c.upper() in _territories():
        return c.upper()
    raise KeyError(c)
