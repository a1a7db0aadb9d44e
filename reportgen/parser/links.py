"""URLs and the next event.

Links: every URL in the text (``https://…``, ``www.…``), trailing punctuation dropped.

Next event: a sentence with a cue from ``lang/sv/next_event.json`` ("Nästa deltävling
körs på …", "Härnäst väntar …", "nu väntar Assen") gives the venue (a circuit from the
gazetteer, written as its usual name, else the capitalised words after "på"/"i"/":")
and the date as written ("om drygt en månadstid", "den 22–23 juli"). Of several such
sentences the one that says the most wins; the narrative beats a quote, which beats
the title. A cue that may also tell of a past round ("sista deltävlingen") counts only
in a sentence that gives a date.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load
from ..model import NextEvent
from .state import ParseState
from .textutil import CAP_WORD, FOLD_SAFE, alternation, finditer_at, fold, sentences

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"”»)\]]+", re.I)
_URL_TAIL = ".,;:!?'’"


# a URL holds "://" or "www." (re.I matches "w" as w or W only): half the texts have
# neither, and these scans skip ahead in C where the re.I pattern tries every position
_WWW = re.compile(r"[wW]{3}\.")


def core_words(forms, min_len: int = 4) -> list[tuple[str, tuple[int, ...]]] | None:
    """For finding every place where one of ``forms`` may begin in a folded text
    (textutil.fold) with a few ``str.find`` scans instead of one regex scan: a few "core"
    pieces (at least ``min_len`` characters, or a whole shorter form) such that every
    folded form holds one, each with the offsets where it stands in the forms that hold
    it. Where a form begins at ``p`` in the folded text, one of its cores stands at
    ``p + offset``: see :func:`core_places`. Chosen greedily, the piece held by the most
    forms not yet covered first (then the longer, then by spelling: the same every run).

    None when fold() is not checked for the forms' characters (see textutil.FoldedForms,
    whose test this is): the caller then scans with its pattern as before.
    """
    got = [fold(f) for f in forms]
    folded = {f for f in got if f}
    if not folded or len(folded) < len(set(got)) or any(c not in FOLD_SAFE for f in folded for c in f):
        return None  # (no forms, an empty one, one with "İ", or a character fold() is not checked for)
    left = set(folded)
    cores: list[str] = []
    while left:
        counts: dict[str, int] = {}
        for f in left:
            n = min(min_len, len(f))
            for piece in {f[i:j] for i in range(len(f)) for j in range(i + n, len(f) + 1)}:
                counts[piece] = counts.get(piece, 0) + 1
        core = max(counts, key=lambda piece: (counts[piece], len(piece), piece))
        cores.append(core)
        left = {f for f in left if core not in f}
    out = []
    for core in sorted(cores):
        offsets = set()
        for f in folded:
            k = f.find(core)
            while k >= 0:
                offsets.add(k)
                k = f.find(core, k + 1)
        out.append((core, tuple(sorted(offsets))))
    return out


def core_places(low: str, cores: list[tuple[str, tuple[int, ...]]]) -> list[int]:
    """Ascending offsets of ``low`` (a folded text) where a form of :func:`core_words`
    may begin: every place one does, and a few more (the caller's pattern decides)."""
    places: set[int] = set()
    for core, offsets in cores:
        i = low.find(core)
        if offsets == (0,):  # (most cores: where one stands, a form may begin)
            while i >= 0:
                places.add(i)
                i = low.find(core, i + 1)
            continue
        while i >= 0:
            places.update(i - k for k in offsets if i >= k)
            i = low.find(core, i + 1)
    return sorted(places)


# what every _URL match begins with, folded (its re.I letters are ASCII: see core_words)
_URL_CORES = core_words(["http", "www."])


def find_links(text: str) -> list[str]:
    out: list[str] = []
    if "://" not in text and not _WWW.search(text):
        return out
    # _URL is re.I with a leading \b: re tries it at every position; run only where
    # "http" or "www." stands in the folded text, it finds the same (finditer_at)
    low = fold(text)
    if low is None or _URL_CORES is None:
        found = _URL.finditer(text)
    else:
        found = finditer_at(_URL, text, core_places(low, _URL_CORES))
    for m in found:
        url = m.group(0).rstrip(_URL_TAIL)
        if url not in out:
            out.append(url)
    return out


def _alt(forms) -> str:
    return alternation(forms)  # every regex built from these is re.I


@cache
def _res() -> dict:
    lex = load("sv")
    words = {e.concept: list(e.forms) for e in lex.entries("next_event")}
    months = [f for e in lex.entries("months") for f in e.forms if len(f.rstrip(".")) >= 3]
    countries = {f for e in lex.entries("countries") for f in e.forms}
    day = rf"(?:(?:{_alt(words['next.weekday'])})\s+)?(?:den\s+)?"
    # "22–23 juli", "31 augusti–1 september", "om drygt tre veckor", "i slutet av juli"
    date = re.compile(
        rf"(?:\bden\s+)?{day}\d{{1,2}}(?:\s+(?:{_alt(months)}))?(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{_alt(months)})\b"
        rf"|\bom\s+(?:(?:{_alt(words['next.approx'])})\s+)?(?:\w+\s+)?(?:{_alt(words['next.unit'])})\b"
        rf"|(?<!\w)(?:{_alt(words['next.in_month'])})\s+(?:{_alt(months)})\b",
        re.I,
    )
    event_words = {e.concept: list(e.forms) for e in lex.entries("event_words")}
    venue = {
        e.concept: list(e.forms) for e in lex.entries("circuits") if not e.concept.startswith("circuit.")
    }
    # "Circuit de Spa-Francorchamps", "Ljungbyheds kartbana": particles inside, a venue noun after
    particle = alternation(venue["venue_name.particle"], ignorecase=False)
    noun = alternation(venue["venue_noun"], ignorecase=False)
    return {
        "cue": re.compile(
            alternation(words["next.cue"] + words["next.cue_dated"], word_start=r"\w") + r"(?!\w)", re.I
        ),
        "cue_cores": core_words(words["next.cue"] + words["next.cue_dated"], min_len=5),
        "dated": {f.lower() for f in words["next.cue_dated"]},
        "date": date,
        # the venue follows a preposition or the cue verb (data), or a colon in a notice
        "place": re.compile(
            rf"(?:(?<!\w)(?:{alternation(words['next.place_lead'], ignorecase=False)})(?!\w)|:)"
            rf"\s+(?P<p>{CAP_WORD}(?:\s+(?:(?:{particle})\s+)?{CAP_WORD})*(?:\s+(?:{noun})(?![\w-]))?)"
        ),
        "not_venue": set(words["next.not_venue"]) | countries,
        # a capitalised run ending so names a series, not a venue ("i Endurance Cup")
        "series_heads": set(event_words["series_name.head"]),
        # "Deltävling 3 körs i Nyköping" in the report of round 2: a later round is the next
        "round": re.compile(
            rf"(?<!\w)(?:{alternation(event_words['round.noun'])})\s+(\d{{1,2}})(?![\w:])", re.I
        ),
        "round_cores": core_words(event_words["round.noun"]),  # (a match starts with its noun)
    }


def _venue(state: ParseState, start: int, end: int, series: list[str] | None = None) -> str | None:
    """The venue named in ``[start, end)``: gazetteer name, else capitalised words. A
    series named where a venue could be ("Nästa deltävling i Endurance Cup körs på
    Nürburgring") is no venue: it goes to ``series``."""
    r = _res()
    text = state.text
    for m in r["place"].finditer(text, start, end):
        words = m.group("p").split()
        if words[0] in r["not_venue"]:
            continue
        if words[-1] in r["series_heads"] or state.hits(m.start("p"), m.end("p"), "series."):
            if series is not None:
                series.append(m.group("p"))
            continue
        ps, pe = m.start("p"), m.end("p")
        hits = state.hits(ps, pe, "circuit.")
        if hits:
            hs, he, concept = max(hits, key=lambda h: h[1] - h[0])
            usual = _circuit_name(concept)
            # "Holjes" is "Höljes" typed without diacritics; other forms stay as written
            if hs == ps and he == pe and usual and _fold(usual) == _fold(text[hs:he]):
                return usual
        return m.group("p")
    return None


@lru_cache(maxsize=4096)
def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@cache
def _circuit_names() -> dict[str, str]:
    return {e.concept: e.forms[0] for e in load("sv").entries("circuits") if e.forms}


def _circuit_name(concept: str) -> str | None:
    return _circuit_names().get(concept)


def find_next_event(state: ParseState) -> NextEvent | None:
    # results asks first; links asks again when there was none. A "none" found from the
    # same inputs (text, paragraphs, lexicon hits, quote and table spans) stands.
    inputs = (
        state.text,
        list(state.paragraphs),
        state.lex_hits,
        len(state.lex_hits),
        list(state.quote_spans),
        list(state.table_spans),
    )
    seen = state.no_next_event_from
    if seen is not None and seen[0] is inputs[0] and seen[2] is inputs[2] and seen == inputs:
        return None
    found = _find_next_event(state)
    if found is None:
        state.no_next_event_from = inputs
    return found


def _first_cue(text: str, start: int, end: int, places: list[int] | None) -> re.Match[str] | None:
    """``cue.search(text, start, end)``, tried only at ``places`` (every place a cue may
    start, see core_words) when given: the first that matches is where search, which
    tries every position in turn, would have stopped."""
    cue = _res()["cue"]
    if places is None:
        return cue.search(text, start, end)
    i = bisect.bisect_left(places, start)
    while i < len(places) and places[i] < end:
        m = cue.match(text, places[i], end)
        if m is not None:
            return m
        i += 1
    return None


def _find_next_event(state: ParseState) -> NextEvent | None:
    """The next event the text announces (best-scored cue sentence), else None; also
    sets ``state.next_event_span`` to the announcement (cue to sentence end)."""
    r = _res()
    text = state.text
    best: tuple[tuple, NextEvent, tuple[int, int]] | None = None
    title = state.paragraphs[0] if state.paragraphs else (0, 0)
    # the lines where a cue matches, from the places one may start (see core_words): each
    # place is in one line at most, and the cue is matched there within its line
    paras = state.paragraphs
    cores = r["cue_cores"]
    low = fold(text) if cores is not None else None
    cued: set[int] | None = None  # (None: test each line)
    places: list[int] = []
    if low is not None:
        cued = set()
        starts = [s for s, _e in paras]
        places = core_places(low, cores)  # type: ignore[arg-type]
        for p in places:
            k = bisect.bisect_right(starts, p) - 1
            if k >= 0 and k not in cued and p < paras[k][1] and r["cue"].match(text, p, paras[k][1]):
                cued.add(k)
    this_round = state.event.round
    later: list[re.Match[str]] | None = None  # (the later rounds named, listed when first asked)

    def later_round(s: int, e: int) -> re.Match[str] | None:
        """ "Deltävling 3 körs i Nyköping" in round 2's report: a later round is the next.

        The first match of ``r["round"].finditer(text, s, e)`` naming a later round, for a
        line or a sentence of one, from one scan of the text (it was one per line): no
        match holds a line break but in its blanks before the number, and none ends at a
        sentence end inside a line, so those in ``[s, e)`` are the same either way."""
        nonlocal later
        if this_round is None:
            return None
        if later is None:
            rx, round_cores = r["round"], r["round_cores"]
            found = (
                finditer_at(rx, text, core_places(low, round_cores))
                if low is not None and round_cores is not None
                else rx.finditer(text)
            )
            later = [m for m in found if int(m.group(1)) > this_round]
        for m in later:
            if m.start() >= s and m.end() <= e:
                return m
        return None

    for k, (ps, pe) in enumerate(paras):
        if cued is not None:
            if k not in cued and not later_round(ps, pe):
                continue
        elif not r["cue"].search(text, ps, pe) and not later_round(ps, pe):
            continue
        for s, e in sentences(text, ps, pe):
            cue = _first_cue(text, s, e, places if cued is not None else None) or later_round(s, e)
            if cue is None or state.in_table(s):
                continue
            series: list[str] = []
            venue = _venue(state, cue.start(), e, series)
            date = r["date"].search(text, cue.start(), e)
            if venue is None and date is None:
                continue
            if date is None and cue.group(0).lower() in r["dated"]:
                continue  # "vann sista deltävlingen på Mantorp": a past round
            where = 0 if (ps, pe) == title and len(state.paragraphs) > 1 else (1 if state.in_quote(s) else 2)
            score = ((venue is not None) + (date is not None), where, -s)
            found = NextEvent(
                series=series[0] if series else None,
                circuit=venue,
                date_text=date.group(0) if date else None,
                evidence=state.evidence(s, e),
            )
            if best is None or score > best[0]:
                best = (score, found, (cue.start(), e))
    if best is None:
        return None
    state.next_event_span = best[2]
    return best[1]


@Language.factory("reportgen_links", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_links(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        state: ParseState | None = doc._.rg
        if state is None:
            return doc
        for url in find_links(state.text):
            if url not in state.links:
                state.links.append(url)
        if state.next_event is None:
            state.next_event = find_next_event(state)
        return doc

    return component
