"""Quotes: dash-led paragraphs and quotation marks, attributed by speech verbs.

Swedish press style sets a quote as its own paragraph behind a dash ("– Text, säger
Jessica Bäckman.") or inside quotation marks (”…”, "…", »…«, “…”). The attribution is
a speech verb (data: ``lang/sv/speech_verbs.json``) followed by a name, a short name,
a pronoun or a role and a name; it may stand after the words, in the middle ("– A,
säger X. B") or before them ("Bäckman berättar: ”…”", a line ending "…sa hon:").
Consecutive dash paragraphs under one attribution are one quote (corpus/README.md).

The component fills ``state.quotes`` and ``state.quote_spans`` (whole quoted
paragraphs, attribution included) so that later components skip quoted words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load
from ..model import Evidence, Quote
from .names import nearest_subject
from .state import ParseState
from .textutil import CAP_WORD, alternation

DASHES = "-–—"
# opening mark -> closing mark
MARKS = {"”": "”", "“": "”", "„": "“", "»": "«", '"': '"'}
_SENT_END = re.compile(r"[.!?;:](?=\s|$)|,(?=\s)|$", re.M)
_FULL_STOP = re.compile(r"[.!?](?=\s|$)|$", re.M)
_PRONOUN_GENDER = {"hon": "f", "han": "m"}
# the first person ("jag", "vi", "min" …; pronouns.json): the writer of a driver's own release
_SELF = frozenset(
    f.lower()
    for e in load("sv").entries("pronouns")
    if e.concept in ("person_pronoun.self", "person_pronoun.we")
    for f in e.forms
)


@cache
def _verb_alt() -> str:
    forms = {f.lower() for e in load("sv").entries("speech_verbs") for f in e.forms}
    return alternation(forms)  # used in re.I patterns only


@cache
def _after_re() -> re.Pattern[str]:
    """An attribution after quoted words: ', säger', '! sa', '” berättar'."""
    return re.compile(rf"(?P<sep>[,!?…]|[”\"«»“])\s*[”\"«»“]?\s*(?P<verb>\b(?:{_verb_alt()}))\s+", re.I)


@cache
def _verb_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_verb_alt()})\b", re.I)


@cache
def _verb_after_re() -> re.Pattern[str]:
    """A speech verb right after a closing mark (", säger")."""
    return re.compile(rf"\s*,?\s*(?:{_verb_alt()})\s+", re.I)


@cache
def _marked_re(opening: str, closing: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(opening)}([^{re.escape(closing)}\n]{{3,}}?){re.escape(closing)}")


_NAME_RE = re.compile(rf"{CAP_WORD}(?:\s+(?:af|von|van|de|da|der)?\s*{CAP_WORD})*")
_WORD = re.compile(r"\w+")
_BULLET_RE = re.compile(r"^\s*[\w .()/-]{1,40}:\s")


@dataclass
class _Part:
    start: int            # offsets of the quoted words in the source
    end: int
    text: str
    para: tuple[int, int]  # the paragraph it stands in
    # what the quote occupies, for other components to skip: the marks of a quote inside
    # a prose paragraph ("... i mål. ”Det här ...”, säger X. Nästa ..."), else the paragraph
    span: tuple[int, int] | None = None


@dataclass
class _Draft:
    parts: list[_Part] = field(default_factory=list)
    speaker: str | None = None
    attributed: bool = False
    listed: bool = False  # under a heading such as "Noteringar:" (see _list_heading)

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


def _is_pronoun(m) -> bool:
    return m.text.lower() in _PRONOUN_GENDER or m.text.lower() in _SELF


def _third_person(state: ParseState, offset: int, gender: str) -> str | None:
    """Who "han"/"hon" means before ``offset``. "Han" is never the "jag"/"vi" of a
    driver's own release: when one of those is the last person before, the nearest
    person named otherwise ("Min ingenjör Paolo Conti var positiv när vi gick igenom
    datan. ”…”, säger han")."""
    people = state.people
    recent = people.between(max(0, offset - 600), offset)
    if not recent or recent[-1].text.lower() not in _SELF:
        return nearest_subject(state, offset, gender)
    for m in reversed(recent):
        named = m.text.lower() not in _SELF and m.text[:1].isupper()
        if named and people.gender.get(m.name) in (None, gender):
            return m.name
    return nearest_subject(state, offset, gender)


def _speaker(
    state: ParseState, start: int, end: int, quote_start: int | None = None
) -> tuple[str | None, bool]:
    """The person named in ``text[start:end]`` (an attribution's tail): (name, found).

    A pronoun ("säger hon") refers to the nearest person of that gender *before the
    quote*: people named inside the quoted words are not who is speaking.
    """
    tail = state.text[start:end]
    if len(tail.split()) > 8:
        return None, False
    names = [m for m in state.people.between(start, end) if not _is_pronoun(m)]
    if names:
        return names[0].name, True
    words = _WORD.findall(tail.lower())[:3]
    for word in words:
        if word in _PRONOUN_GENDER:
            before = start if quote_start is None else quote_start
            return _third_person(state, before, _PRONOUN_GENDER[word]), True
    m = _NAME_RE.search(tail)
    if m:
        name = m.group(0)
        return state.people.resolve(name, start) or name, True
    if words and words[0] in _SELF:
        return state.people.main, True
    return None, False


def _clause_speaker(state: ParseState, start: int, end: int) -> tuple[str | None, bool]:
    """Speaker of an attribution before the quote ("Min mekaniker Roger Falk sammanfattade: ”…”"):
    the person named closest before the speech verb, else the first one after it."""
    verb = _verb_re().search(state.text, start, end)
    if verb is None:
        return None, False
    mentions = state.people.between(start, end)
    names = [m for m in mentions if not _is_pronoun(m)]
    before = [m for m in names if m.end <= verb.start()]
    if before:
        return before[-1].name, True
    after = [m for m in names if m.start >= verb.end()]
    if after:
        return after[0].name, True
    for m in mentions:
        if m.text.lower() in _PRONOUN_GENDER:
            return _third_person(state, start, _PRONOUN_GENDER[m.text.lower()]), True
    m = _NAME_RE.search(state.text, start, verb.start())
    if m and m.start() > start:  # not the sentence-initial capital
        return state.people.resolve(m.group(0), start) or m.group(0), True
    if any(m.text.lower() in _SELF for m in mentions):
        return state.people.main, True
    return None, False


def _attribution(state: ParseState, start: int, end: int, quote_start: int | None = None):
    """First speech-verb attribution inside ``[start, end)``.

    Returns (words_end, speaker, tail_start) where the quoted words before it end at
    ``words_end`` and any words after the attribution sentence start at ``tail_start``
    (== end when there are none); None when the span has no attribution.
    """
    text = state.text
    for m in _after_re().finditer(text, start, end):
        verb_end = m.end("verb")
        stop = _SENT_END.search(text, verb_end, end)
        stop_at = stop.start() if stop else end
        name, found = _speaker(state, verb_end, stop_at, start if quote_start is None else quote_start)
        if not found:
            continue
        if stop_at < end and text[stop_at] == ",":
            # "…, konstaterar Per Haglund, teamchef på Haglund Motorsport.": a role after the
            # name tells who the speaker is; the quoted words do not go on there
            after = stop_at + 1
            while after < end and text[after].isspace():
                after += 1
            if any(h[0] == after for h in state.hits(after, min(end, after + 40), "role.")):
                full = _FULL_STOP.search(text, after, end)
                stop_at = full.start() if full else end
        sep = m.group("sep")
        words_end = m.start("sep") + (1 if sep in "!?…" else 0)
        tail = stop_at + 1 if stop_at < end else end
        while tail < end and text[tail].isspace():
            tail += 1
        return words_end, name, tail
    return None


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces, dashes and quotation marks at both ends."""
    while start < end and (text[start].isspace() or text[start] in DASHES or text[start] in MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ',”"«»“'):
        end -= 1
    return start, end


# a long dash after a sentence's end, opening a quote inside a paragraph (the dash is
# the match's last character)
_INLINE_DASH = re.compile(r"(?<=[.!?])[ \t]+[–—]")


def _is_dash_quote(state: ParseState, s: int, e: int) -> bool:
    text = state.text
    if text[s] not in DASHES:
        return False
    body = text[s + 1 : e].lstrip()
    if not body or body[0].isdigit() or (text[s] == "-" and text[s + 1 : s + 2] == "-"):
        return False
    # a list bullet ("- Race 1: 2:a plats") or a line of a word or three is not a quote,
    # unless it holds a speech verb; every other dash line is (the costly verb scan, which
    # re tries at every position, is needed only for those)
    if not (_BULLET_RE.match(body) or len(body.split(None, 3)) < 4):
        return True
    return bool(_verb_re().search(body))


def _intro_speaker(state: ParseState, para_index: int) -> str | None:
    """Speaker announced by the line before a quote: '… sa Bäckman:' / 'Bäckman berättar:'."""
    if para_index == 0:
        return None
    s, e = state.paragraphs[para_index - 1]
    line = state.text[s:e]
    if not line.rstrip().endswith(":"):
        return None
    cut = max(line.rfind(". ", 0, len(line) - 1), line.rfind("! "), line.rfind("? "))
    speaker, found = _clause_speaker(state, s + cut + 1, e)
    if found:
        return speaker
    # "Tävlingsledaren Bo Lindmark var nöjd med helgen:" (no speech verb): the one person
    # the line names
    named = {m.name for m in state.people.between(s + cut + 1, e) if not _is_pronoun(m)}
    return named.pop() if len(named) == 1 else None


def _list_heading(state: ParseState, para_index: int) -> bool:
    """The line before is a short heading ("Noteringar:", "Övrigt:") that names nobody and
    has no speech verb: the dash paragraphs under it are a list, not a quote, unless one
    of them has an attribution of its own."""
    if para_index == 0:
        return False
    s, e = state.paragraphs[para_index - 1]
    line = state.text[s:e].strip()
    return (
        line.endswith(":")
        and len(line.split()) <= 3
        and not state.people.between(s, e)
        and _verb_re().search(line) is None
    )


def dash_quotes(state: ParseState) -> list[_Draft]:
    text, paras = state.text, state.paragraphs
    drafts: list[_Draft] = []
    current: _Draft | None = None
    prev_index = -2
    for i, (s, e) in enumerate(paras):
        inline = False
        if not _is_dash_quote(state, s, e):
            # "… i ytterligare tjugo minuter. – Vi hade farten för pallen, säger Johan
            # Ekdahl": a dash quote run into the paragraph, told by its attribution
            m = _INLINE_DASH.search(text, s, e) if "–" in text[s:e] or "—" in text[s:e] else None
            if (
                m is None
                or not _is_dash_quote(state, m.end() - 1, e)
                or _attribution(state, m.end() - 1, e) is None
            ):
                continue
            s, inline = m.end() - 1, True
        if i != prev_index + 1 and current is not None:
            drafts.append(current)
            current = None
        prev_index = i
        found = _attribution(state, s, e)
        if found is None:
            ws, we = _strip_marks(text, s, e)
            part_list = [_Part(ws, we, text[ws:we], (s, e))]
            speaker, attributed = None, False
        else:
            words_end, speaker, tail = found
            if inline:
                e = tail  # (the quote and its attribution; the story goes on after them)
            ws, we = _strip_marks(text, s, words_end)
            part_list = [_Part(ws, we, text[ws:we], (s, e))]
            if tail < e and not inline:  # (after an inline quote's attribution the story goes on)
                ts, te = _strip_marks(text, tail, e)
                if te > ts:
                    part_list.append(_Part(ts, te, text[ts:te], (s, e)))
            attributed = True
        if current is None:
            current = _Draft(speaker=_intro_speaker(state, i), listed=_list_heading(state, i))
        elif attributed and current.attributed:
            drafts.append(current)
            current = _Draft()
        current.parts.extend(part_list)
        if attributed:
            current.speaker, current.attributed = speaker, True
    if current is not None:
        drafts.append(current)
    return [d for d in drafts if d.attributed or not d.listed]


def _only_attribution_between(text: str, start: int, end: int) -> bool:
    """True when text[start:end] holds nothing but closing marks and one attribution."""
    gap = text[start:end]
    return len(gap) < 80 and bool(_verb_re().search(gap)) and "\n" not in gap


def mark_quotes(state: ParseState, taken: list[tuple[int, int]]) -> list[_Draft]:
    """Quotes in quotation marks with a speech verb right after or right before them."""
    text = state.text
    drafts = []
    for opening, closing in MARKS.items():
        if opening not in text:
            continue
        for m in _marked_re(opening, closing).finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            inner_s, inner_e = _strip_marks(text, m.start(1), m.end(1))
            words = text[inner_s:inner_e]
            if len(words.split()) < 3:
                continue
            para = state.paragraph_of(m.start())
            speaker, ok = None, False
            after = _verb_after_re().match(text[m.end() : para[1]])
            if after:
                stop = _SENT_END.search(text, m.end() + after.end(), para[1])
                # a pronoun ("sa han") looks back from the opening mark: a name inside
                # the quoted words is who is spoken about, not the speaker
                speaker, ok = _speaker(
                    state, m.end() + after.end(), stop.start() if stop else para[1], m.start()
                )
            if not ok:
                lead = text[para[0] : m.start()]
                cut = max(lead.rfind(". "), lead.rfind("! "), lead.rfind("? "))
                clause_start = para[0] + cut + 1
                if text[clause_start : m.start()].rstrip().endswith((":", ",")):
                    speaker, ok = _clause_speaker(state, clause_start, m.start())
            if (
                not ok
                and drafts
                and drafts[-1].parts[-1].para == para
                and _only_attribution_between(text, drafts[-1].parts[-1].end, m.start())
            ):
                # »A«, säger X. »B.« — the second half continues the first quote
                words = words.rstrip(",")
                part = _Part(inner_s, inner_s + len(words), words, para, (m.start(), m.end()))
                drafts[-1].parts.append(part)
                continue
            if not ok:
                continue
            words = words.rstrip(",")
            part = _Part(inner_s, inner_s + len(words), words, para, (m.start(), m.end()))
            drafts.append(_Draft([part], speaker, True))
    return drafts


def _join(parts: list[_Part]) -> str:
    """One quote from its parts: "A, säger X. B" -> "A. B"; paragraphs joined by a space."""
    pieces = []
    for k, p in enumerate(parts):
        t = p.text.rstrip(",")
        if k < len(parts) - 1 and not t.endswith((".", "!", "?", "…")):
            t += "."
        pieces.append(t)
    return " ".join(pieces)


def extract_quotes(state: ParseState) -> None:
    drafts = dash_quotes(state)
    taken = sorted({p.para for d in drafts for p in d.parts})
    drafts += mark_quotes(state, taken)
    drafts.sort(key=lambda d: d.start)
    for d in drafts:
        speaker = d.speaker
        if speaker is None:
            # an unattributed quote in a driver's own release is the driver's
            speaker = state.people.main or state.people.nearest(d.start)
        evidence = Evidence.of(state.text, d.start, d.end)
        state.quotes.append(Quote(speaker=speaker, text=_join(d.parts), evidence=evidence))
        spans = {p.span or p.para for p in d.parts}
        state.quote_spans.extend(spans)
    state.quote_spans.sort()


@Language.factory("reportgen_quotes", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_quotes(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        state = doc._.rg
        if any(c in state.text for c in DASHES) or any(c in state.text for c in MARKS):
            extract_quotes(state)
        return doc

    return component
