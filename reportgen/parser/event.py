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
from .state import ParseState
from .textutil import (
    NOT_AFTER_W,
    NOT_AFTER_WORD,
    FoldedForms,
    alternation,
    finditer_at,
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
    series_head = re.compile(rf"(?<![\w-])(?:{cap} )+(?:{heads})(?![\w-])")
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
        "noun_places": FoldedForms(words["round.noun"]),
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
def _venue_words() -> tuple[dict, re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """For _venue_by_noun: known place (lower case) -> circuit entry, and its patterns."""
    circuits = _gazetteers()[0]
    words: dict[str, list[str]] = {}
    for e in load("sv").entries("circuits"):
        if not e.concept.startswith("circuit."):
            words.setdefault(e.concept, []).extend(e.forms)
    places = {f.lower(): e for e in circuits.values() for f in e.forms}
    alt = alternation(words["venue_noun"], ignorecase=False)
    before_noun = re.compile(rf"([A-ZÅÄÖ]{NOT_AFTER_WORD}[\w-]+?)s?\s+(?:{alt})(?![\w])")
    compound = re.compile(rf"(?m)(?:(?<![\w-])(?:på|vid)\s+|^)([A-ZÅÄÖ][a-zåäö]+(?:{alt}))(?![\w])")
    # "Tierp Arena, 6–7 juli 2024", "på Tierp Arena"
    heads = alternation(words["venue_name.head"], ignorecase=False)
    named = re.compile(rf"(?m)(?:(?<![\w-])(?:på|vid|i)\s+|^)([A-ZÅÄÖ][\w-]+ (?:{heads}))(?![\w])")
    # "Midnattssolsrallyt i Hedemora", "Sydsvenska Rallyt, runt Tingsryd"
    base = alternation(words["venue_name.rally_base"], ignorecase=False)
    rally = re.compile(
        rf"(?:[A-ZÅÄÖ][a-zåäö]*rallyt|(?<![\w-])Rallyt)(?:,)?\s+(?:{base})\s+([A-ZÅÄÖ][a-zåäö]+)(?![\w-])"
    )
    return places, before_noun, compound, named, rally


def _num(word: str) -> int | None:
    d = _data()
    w = word.lower()
    if w.isdigit():
        return int(w)
    return d["ords"].get(w) or d["cardinals"].get(w)  # type: ignore[union-attr]


class _Event:
    def __init__(self, state: ParseState):
        self.state = state
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
        return any(s <= offset < e for s, e in self.next_spans)

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
            self.state.event.series = longer[0] if longer else written
            return
        named = self._named_series()
        if named:
            self.state.event.series = named[0][2]
            return
        # "den nederländska F4-serien": the name before the suffix
        suffixes = [f for e in load("sv").entries("series") if e.concept == "series_suffix" for f in e.forms]
        if suffixes:
            alt = "|".join(re.escape(f) for f in suffixes)
            # (with the capitalised words written before it: "Formel 4-mästerskapet")
            before = r"(?:(?<![\w-])[A-ZÅÄÖ][\w]* )*"
            m = re.search(rf"({before}[A-ZÅÄÖ0-9]{NOT_AFTER_WORD}[\w]*?)(?:{alt})(?![\w])", self.text)
            if m and not self._about_next(m.start()):
                self.state.event.series = m.group(1)
                return
        compounds = [
            f for e in load("sv").entries("series") if e.concept == "series_compound" for f in e.forms
        ]
        if compounds:
            alt = "|".join(re.escape(f) for f in compounds)
            for m in re.finditer(rf"([A-ZÅÄÖ]{NOT_AFTER_WORD}[a-zåäö]+(?:{alt}))(?![\w])", self.text):
                if not self._about_next(m.start()) and not self.state.in_table(m.start()):
                    self.state.event.series = m.group(1)
                    break

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
                    or before is not None and not written_lower(text, before.group(0).strip())
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
        for m in _YEAR.finditer(self.text):
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            if "://" in self.text[line_start : m.start()]:
                continue
            years.append(int(m.group(1)))
        if years:
            # the most frequent year; ties go to the first
            self.state.event.season = max(years, key=lambda y: (years.count(y), -years.index(y)))

    def _noun_starts(self) -> list[int]:
        """Where a round noun begins, every place (a noun may begin inside another: "race-helg")."""
        if self._nouns is None:
            rx, text, out = self.d["noun_at"], self.text, []
            places = self.d["noun_places"].starts(text)  # type: ignore[union-attr]
            if places is not None:
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
        starts = {p for n in self._noun_starts() if (p := words_back(text, n, back)) is not None}
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
        ev = self.state.event
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
        ev = self.state.event
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
        if ev.country is None:
            for s, _e, c in self.state.family("country"):
                if c.startswith("country.") and not self._about_next(s) and self.text[s : s + 1].isupper():
                    pre = self.text[max(0, s - 3) : s]
                    if _IN_AT_BEFORE.search(pre):
                        ev.country = str(countries[c].value)
                        break

    def _venue_by_noun(self, circuits: dict) -> None:
        """ "på Kristianstads kartingbana" (a known place before a venue noun) or a
        capitalised compound venue ("Lånkebanan") when the gazetteer has no circuit."""
        places, venue_re = _venue_words()[:2]
        for m in venue_re.finditer(self.text):
            entry = places.get(m.group(1).lower())
            if entry and not self._about_next(m.start()):
                self.state.event.circuit, self.state.event.country = entry.forms[0], str(entry.value)
                return
        for pattern in _venue_words()[2:]:
            for m in pattern.finditer(self.text):
                if not self._about_next(m.start()) and not self.state.in_quote(m.start()):
                    self.state.event.circuit = m.group(1)
                    return

    def dates(self) -> None:
        ev = self.state.event
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
        return doc

    return component
