"""The truthfulness check: every number and name in a rendered text comes from the input.

``reportgen check INPUT RENDERED`` and the tests call this. A template that writes a
number or a name the input does not give is a failure, whatever the wording.

What the check does, in order:

1. **Mask the input's own words.** Every literal the input gives (driver, team, car,
   series, circuit, championship and session label strings, quote texts and their
   English renderings, next event, title, links) is blanked out of the text. Quoted
   words are the source's own and are exempt; digits inside a team or car name
   ("Lynk & Co 03") are not numbers the text states.
2. **Numbers.** Every digit number, grouped number ("1 722", "1,722"), decimal, ISO
   date, digit ordinal ("2:a", "5:e", "3rd", "P3"), ordinal word ("tvåa", "tredje",
   "femteplats", "third") and cardinal word ("två", "three") must be one of the
   input's numbers (season, round, rounds_total, date parts, session numbers,
   positions, grid positions, laps, points, car numbers, standings positions and
   points, after_round) or one of these derivations:

   ======================  =================================================
   derivation              value
   ======================  =================================================
   rounds remaining        rounds_total - round (event and each standings table)
   gap to the leader       leader points - entry points, each standings table
   gap to the entry above  points[i-1] - points[i], each standings table
   places gained / lost    abs(grid - position), each result with both
   gained from the back    field size - position, and last grid - position
   field size              results per session; classified and not classified
   session counts          sessions in all, and per kind
   participants            number of participants
   wins / podiums          per driver: positions == 1 / <= 3 over the sessions
   weekend points          per driver: sum of result points
   ======================  =================================================

   A month name must be the month of the event's start or end date.
   Lap times and gaps ("1:30,012", "+1.223") must equal a time, gap or best lap
   of the input (decimal comma or point alike).
   An ordinal in a sentence that names exactly one driver must be that driver's
   position, grid position or standings position, or a round or session number.
3. **Names.** A capitalised word must be a word of a known name ("Ekholm" alone is
   fine), a month or day name (Babel), a nationality code or country of the input,
   a known non-name word (``lang/<lang>/check_words.json``) or the first word of a
   sentence. A run of capitalised words that puts two name words together without
   being a known name ("Linnea Sandvik") is a problem too.

Known limits: a single invented word at the start of a sentence passes; a number
that happens to equal some other input number passes (the check is set-based except
for the one-driver ordinal rule).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from .check_names import known_strings, mask, name_problems
from .check_numbers import Mention, allowed_numbers, is_allowed, number_mentions
from .check_vocab import vocab
from .model import FactsDocument

_TAGS = re.compile(r"<[^>]+>")
_SENTENCES = re.compile(r"[^.!?\n]+")


def check_text(facts: FactsDocument, text: str, lang: str) -> list[str]:
    """Problems of ``text`` against ``facts``: readable strings, empty when all is supported."""
    v = vocab(lang)
    masked = mask(text, known_strings(facts))
    allowed = allowed_numbers(facts)
    problems: list[str] = []
    mentions = number_mentions(masked, lang, v)
    for m in mentions:
        if not is_allowed(m, allowed):
            what = "time" if m.kind == "time" else "number"
            problems.append(f"{what} {m.text} is not in the input")
    problems.extend(_ordinal_problems(text, facts, mentions, allowed, _references(lang)))
    problems.extend(_month_problems(masked, facts, lang))
    problems.extend(name_problems(masked, facts, lang, v))
    return _unique(problems)


def _month_problems(masked: str, facts: FactsDocument, lang: str) -> list[str]:
    """A month named in the text must be the month of the event's start or end date."""
    from .check_vocab import wide_month_names

    months = {int(d.split("-")[1]) for d in (facts.event.start_date, facts.event.end_date) if d}
    names = wide_month_names(lang)
    if not names:
        return []
    # Case as CLDR writes it ("juni", "June"): English "may" the verb stays out.
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return [f"month {m.group(1)} is not in the input" for m in pattern.finditer(masked)
            if names[m.group(1)] not in months]


def _references(lang: str) -> re.Pattern[str]:
    """Pronouns and demonyms (data): words that bring another driver into a sentence."""
    from . import lexicon
    from .check_vocab import demonym_words

    words = set(demonym_words(lang))
    words.update(f.casefold() for e in lexicon.load(lang).entries() if e.concept.startswith("pronoun.")
                 for f in e.forms)
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words))) + r")(?!\w)", re.IGNORECASE)


def _ordinal_problems(text: str, facts: FactsDocument, mentions: list[Mention], allowed,
                      references: re.Pattern[str]) -> list[str]:
    """An ordinal in a sentence naming exactly one driver must be one of that driver's places.

    A sentence with a pronoun or demonym ("the Swede") may speak of a second driver, so
    the rule does not apply there.
    """
    drivers = {name: _name_pattern(name, facts) for name in allowed.ordinals_by_driver}
    out = []
    ordinals = [m for m in mentions if m.kind == "ordinal"]
    if not ordinals:
        return out
    for sent in _SENTENCES.finditer(text):
        inside = [m for m in ordinals if sent.start() <= m.start < sent.end()]
        if not inside:
            continue
        named = [n for n, pat in drivers.items() if pat.search(sent.group(0))]
        if len(named) != 1 or references.search(sent.group(0)):
            continue
        ok = allowed.ordinals_by_driver[named[0]] | allowed.common_ordinals
        out.extend(f"ordinal {m.text} is not a place of {named[0]} in the input"
                   for m in inside if m.value not in ok)
    return out


def _name_pattern(name: str, facts: FactsDocument) -> re.Pattern[str]:
    """The full name, or its last or first word when no other driver shares it (a
    Swedish report calls its own driver by the given name: "Maya blev tia")."""
    surname, given = name.split()[-1], name.split()[0]
    others = [n for n in {r.driver for s in facts.sessions for r in s.results} if n != name]
    forms = [re.escape(name)]
    if len(name.split()) > 1 and not any(n.split()[-1] == surname for n in others):
        forms.append(re.escape(surname))
    if len(name.split()) > 1 and not any(n.split()[0] == given for n in others):
        forms.append(re.escape(given))
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def guess_language(text: str) -> str:
    """"sv" or "en": whose marker words (``check_words.json``) the text uses more."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    scores = {lang: sum(w in vocab(lang).markers for w in words) for lang in ("sv", "en")}
    return max(scores, key=lambda k: (scores[k], k == "sv"))


def plain_text(text: str) -> str:
    """HTML renders checked as their text: tags dropped, entities unescaped."""
    if "<" in text and _TAGS.search(text):
        return html.unescape(_TAGS.sub(" ", text))
    return text


def check_file(input_path: str | Path, rendered_path: str | Path, lang: str | None = None) -> list[str]:
    """Check a rendered file against the input it was rendered from (any input adapter)."""
    from .errors import ReportgenError
    from .inputs import load_input
    from .render.lenient import load_json
    from .textio import read_text

    try:
        facts = load_input(input_path)
    except ReportgenError as e:
        # what renders must be checkable: hand-written facts without evidence spans too
        lenient = load_json(str(input_path)) if e.code == "E020" else None
        if lenient is None:
            raise
        facts = lenient
    text = plain_text(read_text(str(rendered_path)).text)
    return check_text(facts, text, lang or guess_language(text))
