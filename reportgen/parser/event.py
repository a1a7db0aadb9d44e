"""Event (series, season, round, circuit, country, dates) and title.

Series, circuits and countries come from gazetteers (``series.json``, ``circuits.json``,
``countries.json``) through the lexicon hits; a sentence about the next event
("nästa deltävling på Red Bull Ring") does not set this event's circuit or dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load
from ..model import Event
from .links import core_places, core_words
from .state import ParseState
from .textutil import (
    NOT_AFTER_W,
    NOT_AFTER_WORD,
    alternation,
    finditer_at,
    fold,
    forms_regex,
    ordered_alternation,
    sentences,
    words_back,
    written_lower,
)

# "(?<![\w/.-])" written after the century digits (see textutil.NOT_AFTER_WORD)
_YEAR = re.compile(r"((?:19|20)(?<![\w/.-]..)\d{2})(?![\w/-])")
_DASH = r"\s*[-–—]\s*"
# a capitalised word right before (the match is inside a longer name)
_CAP_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\w-]* $")
# the few characters before a circuit or country name
_FROM_BEFORE = re.compile(r"\bfrån\s+$")
_AT_BEFORE = re.compile(r"\b(?:på|vid)\s+$")
_IN_BEFORE = re.compile(r"\bi\s+$")
_IN_AT_BEFORE = re.compile(r"\b(?:i|på)\s$")
# capitalised words and "i" right before a town ("Rally Dalsland i "), and where a sentence starts
_NAME_IN_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*)* i $")
_SENT_START_BEFORE = re.compile(r"(?:^|[.!?:]\s*|\n\s*)$")


@cache
def _data() -> dict[str, object]:
    lex = load("sv")
    months = {f.lower().rstrip("."): int(e.value) for e in lex.entries("months") for f in e.forms}  # type: ignore[arg-type]
    malt = alternation(months)
    date_re = re.compile(
        rf"(\d{NOT_AFTER_W}\d?)(?:\.|:e|:a)?(?:\s+({malt})\.?)?(?:{_DASH}(\d{{1,2}})(?:\.|:e|:a)?)?\s+({malt})\.?(?:\s+((?:19|20)\d{{2}}))?(?![\w])",
        re.IGNORECASE,
    )
    words = {e.concept: list(e.forms) for e in lex.entries("event_words")}
    ords = {}
    for e in lex.entries("ordinals"):
        p = e.concept.split(".")
        if len(p) == 3 and p[1].isdigit() and p[2] == "adj":
            for f in e.forms:
                ords[f.lower()] = int(p[1])
    oalt = alternation(ords)
    nouns = alternation(words["round.noun"])
    cardinals_alt = ordered_alternation("en ett två tre fyra fem sex sju åtta nio tio elva tolv".split())
    num = rf"(?:\d{{1,2}}|{oalt}|{cardinals_alt})"
    round_of = re.compile(rf"(?<![\w])({num})\s+av\s+({num})\s+(?:{nouns})", re.IGNORECASE)
    round_num = re.compile(
        rf"(?<![\w])(?:{nouns})\s+(?:nummer\s+|nr\.?\s*)?(\d{{1,2}})(?![\w:])", re.IGNORECASE
    )
    round_ord = re.compile(rf"(?<![\w])({oalt})\s+(?:{nouns})", re.IGNORECASE)
    total = re.compile(
        rf"(?<![\w])({num})\s+(?:{nouns})(?:\s+\w+)?\s+(?:totalt|under säsongen|i år|i serien)", re.IGNORECASE
    )
    cardinals = {
        "en": 1,
        "ett": 1,
        "två": 2,
        "tre": 3,
        "fyra": 4,
        "fem": 5,
        "sex": 6,
        "sju": 7,
        "åtta": 8,
        "nio": 9,
        "tio": 10,
        "elva": 11,
        "tolv": 12,
    }
    # "fjärde deltävlingen av sex": the ordinal round and the total
    ord_of = re.compile(rf"(?<![\w])({oalt})\s+(?:{nouns})\s+av\s+({num})(?![\w])", re.IGNORECASE)
    # a series named in full that series.json does not list (see _named_series)
    heads = alternation(words["series_name.head"], ignorecase=False)
    leads = alternation(words["series_name.lead"], ignorecase=False)
    cap = r"[A-ZÅÄÖ0-9][\w&'-]*"
    # (the word-start test after the first character: re then jumps to capitals in C)
    series_head = re.compile(rf"[A-ZÅÄÖ0-9]{NOT_AFTER_WORD}[\w&'-]* (?:{cap} )*(?:{heads})(?![\w-])")
    series_lead = re.compile(rf"(?<![\w-])(?:{leads})(?: \d{{1,2}})? [A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]+(?![\w-])")
    team_words = {f.lower() for e in lex.entries("vehicles") if e.concept == "team.word" for f in e.forms}
    nxt = forms_regex(words["event.next"])
    # Each round pattern holds a round noun a fixed number of words after its start, and
    # its other words are plain word characters: it can only match there, so rounds()
    # tries it only at those places (a scan for the nouns is far cheaper than running
    # the patterns at every position of the text).
    plain = re.compile(r"\w+")
    anchored = all(plain.fullmatch(w) for w in [*ords, *cardinals, "av"]) and all(
        plain.match(f) for f in words["round.noun"]
    )
    return {
        "noun_at": re.compile(alternation(words["round.noun"], word_start=r"\w"), re.IGNORECASE),
        "noun_cores": core_words(words["round.noun"]),
        "anchored": anchored,
        "months": months,
        "date_re": date_re,
        "round_of": round_of,
        "noun_of": re.compile(rf"(?<![\w])(?:{nouns})\s+({num})\s+av\s+({num})(?![\w])", re.IGNORECASE),
        "round_num": round_num,
        "round_ord": round_ord,
        "ords": ords,
        "cardinals": cardinals,
        "next": nxt,
        "total": total,
        "ord_of": ord_of,
        "past_before": re.compile(
            rf"(?<![\w-])(?:{alternation(words['season.past_before'])})\s+(?:säsongen\s+)?$", re.IGNORECASE
        ),
        # "FMK Klubbcup, deltävling 2 av 5": the name heading a notice, before its round
        "before_round": re.compile(
            rf"(?m)(?:^|[.:!]\s+)((?:[A-ZÅÄÖ][\w-]*\s+){{0,3}}[A-ZÅÄÖ][\w-]*)\s*[,–-]\s*"
            rf"(?:{alternation(words['round.noun'])})\s+\d"
        ),
        "series_tails": tuple(
            f.lower()
            for concept in ("series_compound", "series_suffix", "series_end")
            for f in lex.forms("series", concept)
        ),
        "series_head": series_head,
        "series_lead": series_lead,
        "team_words": team_words,
        # (the words one of them must hold: a text without any is not scanned)
        "series_words": (*words["series_name.head"], *words["series_name.lead"]),
    }


# words from a round pattern's start to its round noun ("3 av 7 deltävlingar": 3)
_WORDS_BEFORE_NOUN = {"round_of": 3, "noun_of": 0, "round_num": 0, "round_ord": 1, "total": 1, "ord_of": 1}


@cache
def _gazetteers() -> tuple[dict, dict]:
    """circuit and country concept -> entry (built once, not per text)."""
    lex = load("sv")
    return {e.concept: e for e in lex.entries("circuits")}, {e.concept: e for e in lex.entries("countries")}


@cache
def _venue_words() -> tuple[
    dict, re.Pattern[str], re.Pattern[str], list[str] | None, re.Pattern[str], re.Pattern[str]
]:
    """For _venue_by_noun: known place (lower case) -> circuit entry, its two noun
    patterns, pieces every venue noun holds as written (links.core_words; None when a
    noun is not all lower case), so a text holding none of them is not scanned by those
    two, and the patterns of a venue named in full and of a rally's town."""
    circuits = _gazetteers()[0]
    words: dict[str, list[str]] = {}
    for e in load("sv").entries("circuits"):
        if not e.concept.startswith("circuit."):
            words.setdefault(e.concept, []).extend(e.forms)
    places = {f.lower(): e for e in circuits.values() for f in e.forms}
    alt = alternation(words["venue_noun"], ignorecase=False)
    before_noun = re.compile(rf"([A-ZÅÄÖ]{NOT_AFTER_WORD}[\w-]+?)s?\s+(?:{alt})(?![\w])")
    compound = re.compile(rf"(?m)(?:(?<![\w-])(?:på|vid)\s+|^)([A-ZÅÄÖ][a-zåäö]+(?:{alt}))(?![\w])")
    nouns = words["venue_noun"]
    cores = core_words(nouns) if all(fold(n) == n for n in nouns) else None
    pieces = [c for c, _offsets in cores] if cores is not None else None
    # "Tierp Arena, 6–7 juli 2024", "på Tierp Arena"
    heads = alternation(words["venue_name.head"], ignorecase=False)
    named = re.compile(rf"(?m)(?:(?<![\w-])(?:på|vid|i)\s+|^)([A-ZÅÄÖ][\w-]+ (?:{heads}))(?![\w])")
    # "Midnattssolsrallyt i Hedemora", "Sydsvenska Rallyt, runt Tingsryd"
    base = alternation(words["venue_name.rally_base"], ignorecase=False)
    rally = re.compile(
        rf"(?:[A-ZÅÄÖ][a-zåäö]*rallyt|(?<![\w-])Rallyt)(?:,)?\s+(?:{base})\s+([A-ZÅÄÖ][a-zåäö]+)(?![\w-])"
    )
    return places, before_noun, compound, pieces, named, rally


@cache
def _towns() -> tuple[dict[str, str], re.Pattern[str], dict[str, str]]:
    """Town (as written) -> its country (``towns.json``); the words before a town a rally
    is run from, as a pattern for the text right before a town (``circuits.json``
    venue_name.town_lead); and a word of a national championship's name -> its country
    (``series.json`` series_home.*, case-folded)."""
    lex = load("sv")
    towns = {f: str(e.value) for e in lex.entries("towns") for f in e.forms}
    leads = lex.forms("circuits", "venue_name.town_lead")
    lead_re = re.compile(rf"(?<![\w-])(?:{alternation(leads)})\s+$", re.IGNORECASE)
    home = {
        f.casefold(): str(e.value)
        for e in lex.entries("series")
        if e.concept.startswith("series_home.")
        for f in e.forms
    }
    return towns, lead_re, home


def _num(word: str) -> int | None:
    d = _data()
    w = word.lower()
    if w.isdigit():
        return int(w)
    return d["ords"].get(w) or d["cardinals"].get(w)  # type: ignore[union-attr]


_WithForms = tuple[re.Pattern[str], list[str]]


@cache
def _series_patterns() -> tuple[_WithForms | None, _WithForms | None]:
    """For a text no series form names: "den nederländska F4-serien" (the name before a
    suffix), and a capitalised compound ("Porschecupen"); compiled once, not per text.
    Each with its forms: a match holds one as written (the patterns are case-sensitive),
    so a text holding none is not scanned (both scans try every capital)."""
    entries = list(load("sv").entries("series"))
    suffixes = [f for e in entries if e.concept == "series_suffix" for f in e.forms]
    compounds = [f for e in entries if e.concept == "series_compound" for f in e.forms]
    suffix = compound = None
    if suffixes:
        alt = "|".join(re.escape(f) for f in suffixes)
        # (with the capitalised words written before it: "Formel 4-mästerskapet")
        before = r"(?:(?<![\w-])[A-ZÅÄÖ][\w]* )*"
        suffix = re.compile(rf"({before}[A-ZÅÄÖ0-9]{NOT_AFTER_WORD}[\w]*?)(?:{alt})(?![\w])"), suffixes
    if compounds:
        alt = "|".join(re.escape(f) for f in compounds)
        compound = re.compile(rf"([A-ZÅÄÖ]{NOT_AFTER_WORD}[a-zåäö]+(?:{alt}))(?![\w])"), compounds
    return suffix, compound


def _years(text: str) -> Iterator[re.Match[str]]:
    """``_YEAR.finditer(text)``, run only where "19" or "20" stands (where every match
    starts): two str.find scans cost less than one regex scan stopping at every 1 and 2."""
    starts: list[int] = []
    for lit in ("19", "20"):
        i = text.find(lit)
        while i >= 0:
            starts.append(i)
            i = text.find(lit, i + 1)
    return finditer_at(_YEAR, text, starts)


class _Fields:
    """The event's fields while the component finds them: plain attributes (an unset one
    reads the class default None), validated once by one ``Event(...)`` at the end, not
    by pydantic's validate_assignment at every set. Only the fields set are passed, so
    the model's fields-set is what setting them one by one gave; every value set is
    already of its field's type (int, str or None), so no validation coerces one."""

    series = season = round = rounds_total = circuit = country = start_date = end_date = None

    def __init__(self, event: Event):
        for name in event.model_fields_set:
            setattr(self, name, getattr(event, name))

    def event(self, old: Event) -> Event:
        return Event(**vars(self)) if vars(self) else old


class _Event:
    # where the round patterns may start, by words back from a noun (for _finditer), with
    # the noun list they were found from
    _starts_back: tuple[list[int], dict[int, set[int]]] | None = None

    def __init__(self, state: ParseState):
        self.state = state
        self.ev = _Fields(state.event)  # (written to state.event by commit())
        self.text = state.text
        self.d = _data()
        self.next_spans = self._next_sentences()
        self._nouns: list[int] | None = None
        self._names: list[tuple[int, int, str]] | None = None  # (see _named_series)

    def _next_sentences(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for hs, _he, c in self.state.family("event"):
            if c != "event.next" or (out and out[-1][0] <= hs < out[-1][1]):
                continue
            ps, pe = self.state.paragraph_of(hs)
            out += [(ss, se) for ss, se in sentences(self.text, ps, pe) if ss <= hs < se]
        return out

    def _about_next(self, offset: int) -> bool:
        # a plain loop, not any(<generator>): asked for every hit, of a list mostly empty
        for s, e in self.next_spans:
            if s <= offset < e:
                return True
        return False

    def title(self) -> None:
        paras = self.state.paragraphs
        if len(paras) < 2:
            return
        s, e = paras[0]
        line = self.text[s:e].strip()
        # a headline: short, with no final period or colon
        if line and len(line) <= 160 and not line.endswith((".", ":")):
            self.state.title = line

    def series(self) -> None:
        best: tuple[int, int, str] | None = None
        concept: str | None = None
        first_listed = min(
            (
                s
                for s, _e, c in self.state.family("series")
                if c.startswith("series.") and not self._about_next(s)
            ),
            default=len(self.text),
        )
        headed = self._series_before_round()
        if headed is not None and headed[0] < first_listed:
            # "FMK Klubbcup, deltävling 2 av 5" heads a club notice whose classes
            # ("Formel Ford 1600") are listed series
            self.ev.series = headed[1]
            return
        for s, e, c in self.state.family("series"):
            if not c.startswith("series.") or self.state.in_table(s) and best:
                continue
            if self._about_next(s) or self.text[s:e].islower():
                continue  # (the next event's; "vi ses" is no SES: a series name has capitals)
            # the series named first is the event's ("…, som körde Porsche Carrera Cup
            # Scandinavia så sent som 2023" later is a driver's past)
            if concept is None:
                concept = c
            elif c != concept:
                continue
            written = self.text[s:e]
            # the fullest naming of it in the text: the longest form, extended by a
            # sponsor prefix in capitals written right before it ("ADAC TCR Germany")
            if best is None or len(written) > len(best[2]):
                best = (s, e, written)
        if best:
            # a listed name inside a longer one: "GT World Challenge Europe Sprint Cup",
            # "Nordic Clio Cup"
            s, e, written = best
            longer = [n for a, b, n in self._named_series() if a <= s and e <= b and b - a > e - s]
            self.ev.series = longer[0] if longer else written
            return
        named = self._named_series()
        if named:
            self.ev.series = named[0][2]
            return
        suffix, compound = _series_patterns()
        text = self.text
        # "den nederländska F4-serien": the name before the suffix
        if suffix is not None and any(f in text for f in suffix[1]):
            m = suffix[0].search(text)
            if m and not self._about_next(m.start()):
                self.ev.series = m.group(1)
                return
        if compound is not None and any(f in text for f in compound[1]):
            for m in compound[0].finditer(text):
                if not self._about_next(m.start()) and not self.state.in_table(m.start()):
                    self.ev.series = m.group(1)
                    break

    def _series_before_round(self) -> tuple[int, str] | None:
        """A name right before ", deltävling 2": capitalised words, one of them in capitals
        or ending in a series word ("FMK Klubbcup", "Lånkecupen"); not a circuit, a town,
        a person or a session."""
        m = self.d["before_round"].search(self.text)  # type: ignore[union-attr]
        if m is None or self._about_next(m.start(1)):
            return None
        name = m.group(1)
        words = name.split()
        tails = self.d["series_tails"]
        if not any(w.isupper() and len(w) > 1 or w.lower().endswith(tails) for w in words):  # type: ignore[arg-type]
            return None
        s, e = m.start(1), m.end(1)
        if (
            self.state.hits(s, e, "circuit.")
            or self.state.hits(s, e, "session.")
            or self.state.people.between(s, e)
        ):
            return None
        return s, name

    def _named_series(self) -> list[tuple[int, int, str]]:
        """A series that series.json does not list, named in full: capitalised words that
        end on a series head word ("Scandinavian Endurance Cup", "KMK Racing Cup"), or a
        formula word and the capitalised word after it ("F4 Danmark", "Formula Nordic").
        Those named about this event (not the next, not in a table), in text order.

        A sentence's first word is capitalised whatever it is: a leading word that the
        text also writes in lower case ("I", "Vid") is not part of the name."""
        if self._names is not None:
            return self._names
        text = self.text
        found: list[tuple[int, int, str]] = []
        if not any(w in text for w in self.d["series_words"]):  # type: ignore[union-attr]
            self._names = found
            return found
        team_words = self.d["team_words"]
        for name, least in (("series_head", 2), ("series_lead", 2)):
            for m in self.d[name].finditer(text):  # type: ignore[union-attr]
                start, words = m.start(), m.group(0).split(" ")
                lead = name == "series_lead"
                before = _CAP_BEFORE.search(text, max(0, start - 40), start) if lead else None
                if lead and (
                    words[-1].lower() in team_words
                    or before is not None
                    and not written_lower(text, before.group(0).strip())
                ):
                    continue  # "Nordic Formula Academy": a team's name, not a series
                while len(words) > least and written_lower(text, words[0]):
                    start += len(words.pop(0)) + 1
                if len(words) < least or written_lower(text, words[0]):
                    continue
                if self._about_next(start) or self.state.in_table(start):
                    continue
                found.append((start, m.end(), " ".join(words)))
        self._names = sorted(found)
        return self._names

    def season(self) -> None:
        years = []
        for m in _years(self.text):
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            if "://" in self.text[line_start : m.start()]:
                continue
            if self.d["past_before"].search(self.text, max(line_start, m.start() - 24), m.start()):  # type: ignore[union-attr]
                continue  # "sedan 2021": a past year, not this season
            years.append(int(m.group(1)))
        if years:
            # the most frequent year; ties go to the first
            self.ev.season = max(years, key=lambda y: (years.count(y), -years.index(y)))

    def _noun_starts(self) -> list[int]:
        """Where a round noun begins, every place (a noun may begin inside another: "race-helg")."""
        if self._nouns is None:
            rx, text, out = self.d["noun_at"], self.text, []
            cores = self.d["noun_cores"]
            low = fold(text) if cores is not None else None
            if low is not None:
                # every place a noun may begin (see links.core_words), where the pattern then
                # decides: a few str.find scans cost far less than a regex scan stopping
                # at every e, r and t
                places = core_places(low, cores)  # type: ignore[arg-type]
                out = [p for p in places if rx.match(text, p)]  # type: ignore[union-attr]
            else:
                m = rx.search(text)  # type: ignore[union-attr]
                while m is not None:
                    out.append(m.start())
                    m = rx.search(text, m.start() + 1)  # type: ignore[union-attr]
            self._nouns = out
        return self._nouns

    def _finditer(self, name: str) -> Iterator[re.Match[str]]:
        """``finditer`` of the round pattern ``name``, run only where it can start."""
        rx, text = self.d[name], self.text
        back = _WORDS_BEFORE_NOUN[name]
        if not self.d["anchored"]:
            yield from rx.finditer(text)  # type: ignore[union-attr]
            return
        nouns = self._noun_starts()
        got = self._starts_back
        if got is None or got[0] is not nouns:
            got = self._starts_back = (nouns, {})
        starts = got[1].get(back)
        if starts is None:  # (patterns with the noun as many words in share these)
            starts = got[1][back] = {p for n in nouns if (p := words_back(text, n, back)) is not None}
        yield from finditer_at(rx, text, starts)  # type: ignore[arg-type]

    def _search(self, name: str) -> re.Match[str] | None:
        return next(self._finditer(name), None)

    def _first_of(self, name: str) -> re.Match[str] | None:
        """The first match of the round pattern ``name`` about this event (not the next
        one, not in a standings table)."""
        for m in self._finditer(name):
            if not self._about_next(m.start()) and not self.state.in_table(m.start()):
                return m
        return None

    def rounds(self) -> None:
        ev = self.ev
        m = self._search("round_of") or self._search("noun_of") or self._first_of("ord_of")
        if m:
            ev.round, ev.rounds_total = _num(m.group(1)), _num(m.group(2))
        for pat in ("round_num", "round_ord"):
            if ev.round is not None:
                break
            for m in self._finditer(pat):
                if self._about_next(m.start()) or self.state.in_table(m.start()):
                    continue
                pre = self.text[max(0, m.start() - 12) : m.start()].lower()
                if "efter" in pre or "sista" in m.group(0).lower():
                    continue
                ev.round = _num(m.group(1))
                break
        if ev.rounds_total is None:
            m = self._search("total")
            if m:
                ev.rounds_total = _num(m.group(1))

    def venue(self) -> None:
        circuits, countries = _gazetteers()
        ev = self.ev
        # the venue: a circuit named after "på"/"i" wins over one named otherwise; a
        # hometown ("från Uddevalla") is not the venue
        found: list[tuple[int, int, str]] = []
        for s, e, c in self.state.family("circuit"):
            if not c.startswith("circuit.") or self._about_next(s) or self.state.in_quote(s):
                continue
            if not self.text[s:e][:1].isupper():
                continue
            pre = self.text[max(0, s - 6) : s].lower()
            if _FROM_BEFORE.search(pre):
                continue
            rank = 0 if _AT_BEFORE.search(pre) else 1 if _IN_BEFORE.search(pre) else 2
            found.append((rank, s, c))
        if found:
            concept = min(found)[2]
            entry = circuits[concept]
            # the name as the text writes it when that is a fuller proper name
            # ("Karlskoga Motorstadion", "Circuit Zandvoort"), else the usual name
            written = [self.text[s:e] for s, e, c in self.state.family("circuit") if c == concept]
            proper = [w for w in written if all(t[:1].isupper() for t in w.split())]
            best = max(proper, key=len, default=entry.forms[0])
            ev.circuit = best if len(best) > len(entry.forms[0]) else entry.forms[0]
            ev.country = str(entry.value)
        if ev.circuit is None:
            self._venue_by_noun(circuits)
        towns, town_lead, home = _towns()
        if ev.circuit is None:
            # "Snapphaneturen kördes runt Hässleholm", "efter service i Hedemora": the town
            # a rally is run from (a hometown is "från Hässleholm", not after these)
            for s, e, _c in self.state.family("town"):
                if (
                    self.text[s : s + 1].isupper()
                    and (town_lead.search(self.text, max(0, s - 24), s) or self._after_event_name(s))
                    and not self._about_next(s)
                    and not self.state.in_quote(s)
                ):
                    ev.circuit = self.text[s:e]
                    break
        if ev.country is None and ev.circuit:
            # "Hedemora", and a venue named after its town: "Tierp Arena"
            town = ev.circuit if ev.circuit in towns else ev.circuit.split()[0]
            ev.country = towns.get(town)
        if ev.country is None:
            for s, _e, c in self.state.family("country"):
                if c.startswith("country.") and not self._about_next(s) and self.text[s : s + 1].isupper():
                    pre = self.text[max(0, s - 3) : s]
                    if _IN_AT_BEFORE.search(pre):
                        ev.country = str(countries[c].value)
                        break
        if ev.country is None and ev.series:
            # "Rally-SM", "danska Formel 4-mästerskapet": a national championship is run at
            # home, when neither a known circuit nor the text says where
            ev.country = next((home[w] for w in re.split(r"[\W_]+", ev.series.casefold()) if w in home), None)

    def _after_event_name(self, town: int) -> bool:
        """ "vann Rally Dalsland i Åmål": "i" and a town right after an event's name (a
        capitalised word that begins no sentence and is no person's name)."""
        m = _NAME_IN_BEFORE.search(self.text, max(0, town - 40), town)
        if m is None or _SENT_START_BEFORE.search(self.text, max(0, m.start() - 3), m.start()):
            return False
        return not self.state.people.between(m.start(), town)

    def _venue_by_noun(self, circuits: dict) -> None:
        """ "på Kristianstads kartingbana" (a known place before a venue noun) or a
        capitalised compound venue ("Lånkebanan") when the gazetteer has no circuit."""
        places, venue_re, compound, pieces, named, rally = _venue_words()
        # both noun patterns hold a venue noun as written (case-sensitive): a text with
        # none of its pieces has no match there, and both scans try every position
        nouns_here = pieces is None or any(p in self.text for p in pieces)
        towns = _towns()[0]
        for m in venue_re.finditer(self.text) if nouns_here else ():
            if self._about_next(m.start()):
                continue
            entry = places.get(m.group(1).lower())
            if entry:
                self.ev.circuit, self.ev.country = entry.forms[0], str(entry.value)
                return
            if m.group(1) in towns and not self.state.in_quote(m.start()):
                # "på Vårgårda kartbana": a town's track the gazetteer does not list, as written
                self.ev.circuit, self.ev.country = m.group(0), towns[m.group(1)]
                return
        for pattern in (compound, named, rally) if nouns_here else (named, rally):
            for m in pattern.finditer(self.text):
                if not self._about_next(m.start()) and not self.state.in_quote(m.start()):
                    self.ev.circuit = m.group(1)
                    return

    def dates(self) -> None:
        ev = self.ev
        for m in self.d["date_re"].finditer(self.text):  # type: ignore[union-attr]
            if self._about_next(m.start()) or self.state.in_quote(m.start()):
                continue
            d1 = int(m.group(1))
            m1 = self.d["months"][m.group(2).lower()] if m.group(2) else None  # type: ignore[index]
            d2 = int(m.group(3)) if m.group(3) else None
            m2 = self.d["months"][m.group(4).lower()]  # type: ignore[index]
            year = int(m.group(5)) if m.group(5) else ev.season
            if year is None:
                return
            try:
                start = date(year, m1 or m2, d1)
                end = date(year, m2, d2) if d2 else (date(year, m2, d1) if m1 is None else None)
                if m1 is not None and d2 is None:
                    continue
            except ValueError:
                continue
            if end is None or end < start:
                continue
            ev.start_date, ev.end_date = start.isoformat(), end.isoformat()
            if ev.season is None:
                ev.season = year
            return

    def commit(self) -> None:
        """Set ``state.event`` to the fields found (validated here, once)."""
        self.state.event = self.ev.event(self.state.event)


@Language.factory("reportgen_event", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_event(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        ev = _Event(doc._.rg)
        ev.title()
        ev.series()
        ev.season()
        ev.rounds()
        ev.venue()
        ev.dates()
        ev.commit()
        return doc

    return component
