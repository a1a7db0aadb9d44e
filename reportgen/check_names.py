"""Names of the truthfulness check: mask what the input says, then find stray names.

:func:`known_strings` lists every literal the input gives (names, teams, cars,
series, circuit, championship, session labels, quote texts, next event, title, links);
:func:`mask` blanks them out of the rendered text (same length, so offsets hold), so
their digits and capitals are not checked again. :func:`name_problems` then looks at
what is left: a capitalised word that is neither sentence-initial, nor part of a known
name, nor a known non-name word is reported, and so is a run of two or more
capitalised words that is not a known name as a whole ("Linnea Sandvik" built from two
real drivers).
"""

from __future__ import annotations

import re

from .check_vocab import CheckVocab, demonym_words, nationality_codes, territory_names
from .model import FactsDocument
from .personal_names import given_names

# A capitalised word: upper-case letter first; hyphenated parts and apostrophes stay in it.
_CAP_WORD = re.compile(r"(?<![\w_])[^\W\d_a-zß-ÿ][\w'’]*(?:-[\w'’]+)*")
_SENTENCE_END = set(".!?:;–—-•*#|>(\"”»«“")


def known_strings(doc: FactsDocument) -> list[str]:
    """Every literal of the input a text may repeat verbatim, longest first."""
    out: set[str] = set()
    ev = doc.event
    out.update(x for x in (ev.series, ev.circuit, doc.title) if x)
    for p in doc.participants:
        out.update(x for x in (p.name, p.team, p.car) if x)
    for s in doc.sessions:
        if s.label:
            out.add(s.label)
        for r in s.results:
            out.update(x for x in (r.driver, r.team) if x)
    for q in doc.quotes:
        out.update(x for x in (q.text, q.text_en, q.speaker) if x)
        # Renderers may split a quote at sentence ends, and write the last sentence's stop
        # as a comma before the attribution ("… möjligt, säger X"); each part is still the
        # source's words.
        for t in (q.text, q.text_en):
            if t:
                parts = [part.strip() for part in re.split(r"(?<=[.!?])\s+", t) if len(part.strip()) > 3]
                out.update(parts)
                out.update(p.rstrip(".!?") for p in parts if len(p.rstrip(".!?")) > 3)
    for st in doc.standings:
        if st.championship:
            out.add(st.championship)
        out.update(e.name for e in st.entries)
    if doc.next_event:
        out.update(x for x in (doc.next_event.series, doc.next_event.circuit, doc.next_event.date_text) if x)
    out.update(doc.links)
    for inc in doc.incidents:
        if inc.driver:
            out.add(inc.driver)
    return sorted((s for s in out if s.strip()), key=len, reverse=True)


def mask(text: str, strings: list[str]) -> str:
    """``text`` with every occurrence of ``strings`` replaced by underscores."""
    if not strings:
        return text
    pattern = re.compile("|".join(re.escape(s) for s in strings))
    return pattern.sub(lambda m: "_" * len(m.group(0)), text)


def name_tokens(doc: FactsDocument) -> set[str]:
    """Casefolded words of every known name (first names and surnames alone are fine)."""
    words: set[str] = set()
    for s in known_strings(doc):
        if len(s) <= 80:  # names, not quote sentences
            words.update(w.casefold() for w in re.findall(r"[\w'’-]+", s))
    return words


def person_tokens(doc: FactsDocument) -> set[str]:
    """Casefolded words of the names of people (drivers, speakers, standings entries)."""
    names = {p.name for p in doc.participants}
    names.update(r.driver for s in doc.sessions for r in s.results)
    names.update(q.speaker for q in doc.quotes if q.speaker)
    names.update(e.name for st in doc.standings for e in st.entries)
    names.update(i.driver for i in doc.incidents if i.driver)
    return {w.casefold() for n in names for w in re.findall(r"[\w'’-]+", n)}


def _person_word(word: str, people: set[str]) -> bool:
    f = word.casefold()
    return f in people or (f.endswith("s") and f[:-1].rstrip("'’") in people)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _SENTENCE_END or (text[i] == "_" and _masked_start(text, i))


def _masked_start(text: str, i: int) -> bool:
    # Skip back over a masked span: "<quote>_____ säger" - what stood before the mask decides.
    while i >= 0 and text[i] == "_":
        i -= 1
    return _sentence_initial(text, i + 1)


def name_problems(masked: str, doc: FactsDocument, lang: str, vocab: CheckVocab) -> list[str]:
    """Capitalised words and word runs in ``masked`` that name nothing in the input."""
    known = name_tokens(doc)
    people = person_tokens(doc)
    countries = {c for c in [doc.event.country, *(p.nationality for p in doc.participants),
                             *(e.nationality for st in doc.standings for e in st.entries)] if c}
    codes = nationality_codes()
    territories = territory_names(lang)
    demonyms = demonym_words(lang)
    # a person's given names alone ("Tor Einar" of "Tor Einar Brekke"), as the renderer may
    # call its own driver
    given = {g for p in doc.participants if " " in (g := given_names(p.name))}
    problems: list[str] = []
    words = list(_CAP_WORD.finditer(masked))
    runs: list[list[re.Match[str]]] = []
    for m in words:
        if runs and masked[runs[-1][-1].end():m.start()] == " ":
            runs[-1].append(m)
        else:
            runs.append([m])

    def ok_word(m: re.Match[str], initial: bool) -> bool:
        w = m.group(0)
        f = w.casefold().rstrip("'’")
        if f.endswith(("s", "'s", "’s")) and f.rstrip("s").rstrip("'’") in known:
            f = f.rstrip("s").rstrip("'’")  # genitive: "Ekholms", "Ekholm's"
        if f in known or f in vocab.not_a_name or f in vocab.calendar_words:
            return True
        if w.isupper() and len(w) >= 2 and f in codes:  # not "I": a vehicle code, but also a word
            return codes[f] in countries
        if w.isupper() and len(w) == 2:
            return w in countries
        if f in territories:
            return territories[f] in countries
        if f in demonyms and (demonyms[f] & countries or not initial):
            # A sentence-initial "Pole" may be the English noun: only mid-sentence it must be a country's.
            return bool(demonyms[f] & countries)
        return initial

    for run in runs:
        initial = _sentence_initial(masked, run[0].start())
        bad = [m.group(0) for i, m in enumerate(run) if not ok_word(m, initial and i == 0)]
        # "The German": a sentence-initial non-name word is not part of the name.
        lead = 1 if initial and len(run) > 1 and run[0].group(0).casefold() in vocab.not_a_name else 0
        phrase = masked[run[lead].start():run[-1].end()]
        if (
            not bad
            and initial
            and len(run) >= 2
            and not ok_word(run[0], False)
            and _person_word(run[1].group(0), people)
        ):
            # A sentence may start with any capitalised word, but not with an unknown
            # given name before a known surname: "Kalle Andersson" when the input has
            # only "Martin Andersson".
            bad = [run[0].group(0)]
        if bad:
            problems.append(f"name {phrase!r} is not in the input")
            continue
        if len(run) >= 2 and not _run_is_known(run, known, vocab, initial) and phrase not in given:
            problems.append(f"name {phrase!r} is not in the input")
    return problems


def _run_is_known(run: list[re.Match[str]], known: set[str], vocab: CheckVocab, initial: bool) -> bool:
    """A run of capitalised words, each known, that the input never writes together.

    Surviving the mask means the run as a whole is no known string; it is still fine when
    at most one of its words is a name word (the others being non-name words).
    """
    words = [m.group(0).casefold() for m in run]
    if initial and words[0] in vocab.not_a_name | vocab.calendar_words:
        words = words[1:]
    plain = vocab.not_a_name | vocab.calendar_words
    name_words = [w for w in words if w in known and w not in plain]
    return len(name_words) <= 1
