"""Session references in the text and the weekend's session registry.

A reference is a session noun from ``sessions.json`` with what makes it specific: a
number after it ("Race 2", "kval 1"), ordinal adjectives before it ("första och andra
träningen"), "båda"/"alla" ("de båda heaten"), a short code ("Q2", "SS3"), and a
day word in the same clause ("kvalet på lördagen"). The registry resolves a
reference to session ids: numbers win; a day picks among numbered sessions; a bare
noun picks the only session of its kind.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from ..lexicon import load
from .state import ParseState
from .textutil import NOT_AFTER_WORD, alternation, finditer_at, fold, fold_hint, words_back

KIND_RANK = {"practice": 0, "qualifying": 1, "heat": 2, "stage": 3, "other": 4, "final": 5, "race": 6}
_UNIT_AFTER = re.compile(r"\s*(?:p\b|poäng|varv|min|sek|km|st\b|%)")
_UNIT_WORDS = r"kilometer|km|meter|sekunder|minuter|varv|mil\b"
_SOME_OF = re.compile(r"\bav\s+(?:de\s+|dom\s+)?\w+\s+$")  # "två av de tre heaten"
_NUM_AFTER = re.compile(r"[ \t]*(?:nr\.?[ \t]*|nummer[ \t]+)?(\d{1,2})(?![\d:,.]\d)(?!:[ae]\b)(?![\w])")
# more numbers after the first: "kvalomgång 1, 2 och 3", "heat 2 och 3" (a list ends on "och N")
_ONE_MORE = r"\d{1,2}(?![\d:,.]\d)(?!:[ae]\b)(?![\w%])"
_MORE_NUMS = re.compile(rf"((?:[ \t]*,[ \t]*{_ONE_MORE})*)[ \t]+(?:och|&)[ \t]+({_ONE_MORE})")


@dataclass(slots=True)
class SessionRef:
    start: int
    end: int
    kind: str
    numbers: list[int] = field(default_factory=list)
    label: str = ""
    day: int | None = None
    every: bool = False  # "båda racen", "alla heaten"
    count: int | None = None  # "de båda" = 2, "alla tre" = 3
    tail: bool = False  # with every and count: the last ones ("de båda avslutande racen")
    following: int = 0  # "de två följande sträckorna": as many after the last one named
    of_day: int = 0  # "söndagens första race": the first of that day, not of the weekend
    partial: bool = False  # "två av de tre heaten": some of them, not which
    bracketed: bool = False  # inside (...): a translation such as "(Qualifying 2)"
    ids: list[str] = field(default_factory=list)  # resolved


@cache
def _data() -> dict[str, object]:
    lex = load("sv")
    adj: dict[str, int] = {}
    for e in lex.entries("ordinals"):
        if e.concept.endswith(".adj") and isinstance(e.value, int) and e.value > 0:
            for f in e.forms:
                adj[f.lower()] = e.value
    alt = alternation(adj)
    last = lex.forms("ordinals", "ordinal.last.adj")  # "sista", "avslutande"
    # "det tredje och avslutande racet": a last word joined to the ordinal adds no number
    last_words = alternation(last)
    before = re.compile(
        rf"(?<![\w])((?:{alt})(?:\s*,\s*(?:{alt}))*(?:\s+(?:och|&|samt)\s+(?:{alt}|{last_words}))?)\s+(?:\w+\s+)?$",
        re.IGNORECASE,
    )
    every_forms = [f for e in lex.entries("sessions") if e.concept == "session_mod.both" for f in e.forms]
    every = re.compile(
        rf"(?<![\w])(?:{'|'.join(re.escape(f) for f in every_forms)})(?:\s+(?:två|tre|fyra))?\s+$",
        re.IGNORECASE,
    )
    codes = {
        f: str(e.value)
        for e in lex.entries("sessions")
        if e.concept.startswith("session_code.")
        for f in e.forms
    }
    if codes and all(c.isalnum() for c in codes):
        # "(?<![\w-])" written after each code's first letter (see textutil.NOT_AFTER_WORD):
        # the same test at the same place, so the same matches, found by a C-level scan
        code_alt = "|".join(c[0] + NOT_AFTER_WORD + c[1:] for c in codes)
        code_re = re.compile(rf"({code_alt})(\d{{1,2}})(?![\w])")
    else:
        code_re = re.compile(rf"(?<![\w-])({'|'.join(codes)})(\d{{1,2}})(?![\w])")
    days = {}
    for e in lex.entries("sessions"):
        if e.concept.startswith("day."):
            for f in e.forms:
                days[f.lower()] = int(e.value)  # type: ignore[arg-type]
    # (also after a one-word win verb: "Fyra kvalheat kördes. Sandin vann det första, före …")
    win_words = [f for f in lex.forms("result_phrases", "result.win") if " " not in f]
    lead = alternation(["i", *win_words])
    fold_lead = alternation([fold(w) or w.lower() for w in ["i", *win_words]])  # (for the folded text)
    # (and before a result verb: "I det andra blev Holm trea")
    verbs = alternation(
        [
            f
            for e in lex.entries("result_phrases")
            if e.concept in ("result.verb", "result.win")
            for f in e.forms
            if " " not in f
        ]
    )
    elliptic = re.compile(
        rf"(?<![\w])(?:{lead})\s+(?:det|den)\s+({alt})(?=\s*[.,;!]|\s+(?:och|men|{verbs})(?![\w-]))",
        re.IGNORECASE,
    )
    elliptic_opening = re.compile(rf"(?:Det|Den)\s+({alt})(?=\s+(?:{verbs})(?![\w-]))")
    # where "det"/"den" follows whitespace: the elliptic pattern can start only one word
    # before such a place, and this scan (it starts with \s) runs in C
    elliptic_at = re.compile(r"\s(?=(?:det|den)\s)", re.IGNORECASE)
    counts = [f for e in lex.entries("ordinals") if e.concept.startswith("count.") for f in e.forms]
    # "tre race", "två olika träningspass"; not "fyra i rallyt" (a position before a preposition)
    counted = re.compile(
        # on one line: "Audi RS 3 LMS" ending a line is no count of the session below it
        # (the count words as a prefix tree: each must be a whole word here, followed by a
        # blank, so at most one of them can match at a place and their order is moot)
        rf"(?<![\w])(?:\d+|{alternation(counts)})[ \t]+"
        rf"(?:(?!(?:i|på|av|till|från|efter|med|för|under)\b)\w+[ \t]+)?$",
        re.IGNORECASE,
    )
    one_of = re.compile(
        rf"(?<![\w])({alt})\s+av\s+(?:\w+\s+)?(?:\d+|{'|'.join(counts)})\s+(?:\w+\s+)?$", re.IGNORECASE
    )
    compounds = {
        f.lower(): str(e.value)
        for e in lex.entries("sessions")
        if e.concept.startswith("session_compound.")
        for f in e.forms
    }
    count_values = {
        f.lower(): int(e.value)  # type: ignore[arg-type]
        for e in lex.entries("ordinals")
        if e.concept.startswith("count.")
        for f in e.forms
    }
    for e in lex.entries("sessions"):
        if e.concept == "session_mod.pair":  # ("de båda första heaten")
            count_values.update({f.lower(): int(e.value) for f in e.forms})  # type: ignore[arg-type]
    day_forms = [f for e in lex.entries("sessions") if e.concept.startswith("day.") for f in e.forms]
    weekend = lex.forms("sessions", "session_mod.weekend_lead")
    following = lex.forms("sessions", "session_mod.following")
    count_after = lex.forms("sessions", "session_mod.count_after")
    first_word = "|".join(f for e in lex.entries("ordinals") if e.concept == "ordinal.1.adj" for f in e.forms)
    return {
        "last": re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, last))})\s+$", re.IGNORECASE),
        "counts": count_values,
        # "på sträcka fem": a stage numbered in words (not "en"/"ett", the articles)
        "num_word_after": re.compile(
            rf"[ \t]+({alternation([w for w, v in count_values.items() if v > 1])})(?![\w-])"
            rf"(?!\s+(?:{_UNIT_WORDS}))",
            re.IGNORECASE,
        ),
        "count_after": re.compile(rf"\s+(?:{alternation(count_after)})(?![\w-])", re.IGNORECASE),
        "next_n": re.compile(
            rf"(?<![\w])({'|'.join(count_values)})\s+(?:{alternation(following)})\s+$", re.IGNORECASE
        ),
        "hint_following": fold_hint(following),
        "weekend_ordinal": re.compile(
            rf"\s*,\s*(?:{alternation(weekend)})\s+({alt})(?![\w-])", re.IGNORECASE
        ),
        "day_values": {
            e.concept: int(e.value) for e in lex.entries("sessions") if e.concept.startswith("day.")
        },  # type: ignore[arg-type]
        # a day's genitive right before an ordinal: "söndagens första race"
        "day_genitive": re.compile(
            rf"(?<![\w-])(?:{alternation([f for f in day_forms if f.lower().endswith('s')])})\s+$",
            re.IGNORECASE,
        ),
        # "de båda avslutande racen", "de tre sista sträckorna": the last ones of the kind
        "last_n": re.compile(
            rf"(?<![\w])({'|'.join(count_values)})\s+(?:{'|'.join(map(re.escape, last))})\s+$", re.IGNORECASE
        ),
        "first_n": re.compile(rf"(?<![\w])({'|'.join(count_values)})\s+(?:{first_word})\s+$", re.IGNORECASE),
        "compounds": compounds,
        "compound_re": re.compile(
            rf"([A-ZÅÄÖ]{NOT_AFTER_WORD}[a-zåäö]+?)({'|'.join(map(re.escape, compounds)) or 'x^'})(?![\w])"
        ),
        "adj": adj,
        "plural": {
            f.lower(): str(e.value)
            for e in lex.entries("sessions")
            if e.concept.startswith("session_plural.")
            for f in e.forms
        },
        "before": before,
        "elliptic": elliptic,
        "elliptic_at": elliptic_at,
        "elliptic_opening": elliptic_opening,
        "counted": counted,
        "one_of": one_of,
        "every": every,
        "codes": codes,
        "code_re": code_re,
        "days": days,
        # what each case-insensitive window pattern must hold, as a case-sensitive scan
        # over the folded text (textutil.fold): where it finds nothing, neither would
        # the pattern, which tries every position of the window
        "hint_adj": fold_hint(adj),  # "before", "one_of"
        "hint_first": fold_hint(first_word.split("|")),  # "first_n"
        "hint_last": fold_hint(last),
        "hint_every": fold_hint(every_forms),
        # "i det/den <ordinal>", "vann det <ordinal>" (where the pattern starts: a word before)
        "hint_elliptic": re.compile(rf"(?:(?<![\w])(?:{fold_lead})\s+)(?=de[nt]\s)"),
    }


def find_refs(state: ParseState) -> list[SessionRef]:
    """Every session reference in the text, in text order."""
    d = _data()
    text = state.text
    hits = state.family("session")
    # keep the longest of overlapping hits ("Fri träning" over "träning")
    kept: list[tuple[int, int, str]] = []
    for h in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if kept and h[0] < kept[-1][1]:
            continue
        kept.append(h)
    refs: list[SessionRef] = []
    totals: dict[str, int] = {}  # "sex specialsträckor": how many of a kind the event had
    counted_at: list[tuple[int, str]] = []  # (end, kind) of each such count, for "vann det första"
    last: list[SessionRef] = []
    low = fold(text)

    def may(hint: re.Pattern[str], a: int, b: int) -> bool:
        """Whether ``hint`` finds anything in the folded ``text[a:b]``: if not, the
        pattern it hints at cannot match there (True when the text cannot be folded)."""
        return low is None or hint.search(low, a, b) is not None

    # the patterns the loop below applies to every hit, looked up once
    counted, every, first_n, before = d["counted"], d["every"], d["first_n"], d["before"]
    last_re, hint_every, hint_first = d["last"], d["hint_every"], d["hint_first"]
    hint_adj, hint_last = d["hint_adj"], d["hint_last"]

    for s, e, concept in kept:
        kind = concept.split(".")[1]
        ref = SessionRef(s, e, kind, label=text[s:e])
        m = _NUM_AFTER.match(text, e)
        a30, a60 = max(0, s - 30), max(0, s - 60)
        w30 = text[a30:s]
        if m is None and kind == "stage" and (w := d["num_word_after"].match(text, e)) is not None:
            # "sträcka fem" as "sträcka 5"
            ref.numbers = [d["counts"][w.group(1).lower()]]  # type: ignore[index]
            ref.end = w.end()
            ref.label = text[s : w.end()]
        elif m and not _UNIT_AFTER.match(text[m.end() : m.end() + 8]):
            ref.numbers = [int(m.group(1))]
            ref.end = m.end()
            ref.label = text[s : m.end()]
            more = _MORE_NUMS.match(text, m.end())
            if more and not _UNIT_AFTER.match(text[more.end() : more.end() + 8]):
                ref.numbers += [int(n) for n in re.findall(r"\d+", more.group(1))] + [int(more.group(2))]
                ref.end = more.end()
        elif (
            (cm := counted.search(w30))  # type: ignore[union-attr]
            # "de tre heaten" are all three; "två av de tre heaten" are some of them
            and (
                not (may(hint_every, a30, s) and every.search(w30))  # type: ignore[union-attr]
                or _SOME_OF.search(w30)
            )
            and not (may(hint_first, a30, s) and first_n.search(w30))  # type: ignore[union-attr]
            and not (may(hint_last, a30, s) and d["last_n"].search(w30))  # type: ignore[union-attr]
            and not (may(d["hint_following"], a30, s) and d["next_n"].search(w30))  # type: ignore[arg-type, union-attr]
        ):
            # "två träningspass", "tolv specialsträckor": a count, not a session; but
            # "det första av helgens tre race" is the first one
            om = d["one_of"].search(text[a60:s]) if may(hint_adj, a60, s) else None  # type: ignore[union-attr]
            word = cm.group(0).split()[0].lower()
            total = int(word) if word.isdigit() else d["counts"].get(word)  # type: ignore[union-attr]
            if total and 2 <= total <= 30:
                # ("ett moget race": an article, no count of the weekend's races)
                totals[kind] = max(total, totals.get(kind, 0))
                counted_at.append((e, kind))
            if not om:
                if _SOME_OF.search(w30):
                    ref.partial = True
                    refs.append(ref)
                continue
            ref.numbers = [d["adj"][om.group(1).lower()]]  # type: ignore[index]
            ref.start = a60 + om.start(1)
            ref.label = text[ref.start : e]
        else:
            window = text[a60:s]
            fm = first_n.search(window) if may(hint_first, a60, s) else None  # type: ignore[union-attr]
            bm = None if fm or not may(hint_adj, a60, s) else before.search(window)  # type: ignore[union-attr]
            if fm:
                # "de två första heaten": heats 1 and 2
                ref.numbers = list(range(1, d["counts"][fm.group(1).lower()] + 1))  # type: ignore[index]
                ref.start = s - len(window) + fm.start()
                ref.label = text[ref.start : e]
            if bm:
                words = re.findall(r"\w+", bm.group(1).lower())
                nums = [d["adj"][w] for w in words if w in d["adj"]]  # type: ignore[index]
                if nums and d["count_after"].match(text, e):  # type: ignore[union-attr]
                    # "sin första final i serien", "tredje tävlingen i rad": no session number
                    nums = []
                if len(nums) == 1 and d["day_genitive"].search(window, 0, bm.start(1)):  # type: ignore[union-attr]
                    # "Söndagens första race": the first of Sunday's, numbered once every
                    # reference is known
                    ref.of_day, nums = nums[0], []
                    ref.start = s - len(window) + bm.start(1)
                    ref.label = text[ref.start : e]
                if nums:
                    ref.numbers = nums
                    ref.start = s - len(window) + bm.start(1)
                    ref.label = text[ref.start : e]
            elif may(d["hint_following"], a60, s) and (nn := d["next_n"].search(window)):  # type: ignore[arg-type, union-attr]
                # "på de två följande sträckorna": numbered once every reference is known
                ref.following = d["counts"][nn.group(1).lower()]  # type: ignore[index]
                ref.start = s - len(window) + nn.start()
                ref.label = text[ref.start : e]
            elif may(hint_last, a60, s) and (ln := d["last_n"].search(window)):  # type: ignore[union-attr]
                # "de båda avslutande racen": numbered once the text's sessions are known
                ref.every, ref.tail = True, True
                ref.count = d["counts"][ln.group(1).lower()]  # type: ignore[index]
                ref.start = s - len(window) + ln.start()
                ref.label = text[ref.start : e]
            elif may(hint_last, a60, s) and last_re.search(window):  # type: ignore[union-attr]
                last.append(ref)  # "den avslutande sträckan": numbered once the count is known
            else:
                em = every.search(window) if may(hint_every, a60, s) else None  # type: ignore[union-attr]
                if em:
                    ref.every = True
                    w = em.group(0).lower()
                    ref.count = (
                        3
                        if "tre" in w
                        else 4
                        if "fyra" in w
                        else 2
                        if re.search(r"båda|bägge|två", w)
                        else None
                    )
        if not ref.numbers and not ref.every and concept_plural(text[s:e]) == kind:
            ref.every = True
        refs.append(ref)
    for ref in last:
        if ref.kind in totals and not ref.numbers:
            ref.numbers = [totals[ref.kind]]
        elif not ref.numbers:
            # "det avslutande racet" of a text that numbers its races: the highest one named
            named = [n for r in refs if r.kind == ref.kind for n in r.numbers]
            if len(set(named)) >= 2:
                ref.numbers = [max(named)]
    # "vann det första heatet och blev tvåa i det andra": the noun left out
    if low is not None:
        # every match starts where the hint does ("i" of "i det"/"i den")
        det = {m.start() for m in d["hint_elliptic"].finditer(low)}  # type: ignore[union-attr]
    else:
        det = {p for a in d["elliptic_at"].finditer(text) if (p := words_back(text, a.end(), 1)) is not None}  # type: ignore[union-attr]
    # "Den andra tog Järvinen hem": the left-out session opening a sentence, a verb after it
    openings = [
        m
        for at in _sentence_openings(text)
        if (m := d["elliptic_opening"].match(text, at)) is not None  # type: ignore[union-attr]
    ]
    for m in [*finditer_at(d["elliptic"], text, det), *openings]:  # type: ignore[arg-type]
        prev = [(r.end, r.kind) for r in refs if r.end <= m.start() and m.start() - r.end < 200]
        # (or a count: "Fyra kvalheat kördes. Sandin vann det första")
        prev = sorted(prev + [(pe, k) for pe, k in counted_at if pe <= m.start() and m.start() - pe < 200])
        if prev and not any(r.start <= m.start(1) < r.end for r in refs):
            n = d["adj"][m.group(1).lower()]  # type: ignore[index]
            refs.append(SessionRef(m.start(1), m.end(1), prev[-1][1], [n], m.group(1)))
    compounds = any(c in text for c in d["compounds"])  # type: ignore[union-attr]
    for m in d["compound_re"].finditer(text) if compounds else ():  # type: ignore[union-attr]
        if not any(r.start <= m.start() < r.end for r in refs):
            refs.append(SessionRef(m.start(), m.end(), d["compounds"][m.group(2).lower()], [], m.group(0)))  # type: ignore[index]
    for m in d["code_re"].finditer(text):  # type: ignore[union-attr]
        refs.append(SessionRef(m.start(), m.end(), d["codes"][m.group(1)], [int(m.group(2))], m.group(0)))  # type: ignore[index]
    refs.sort(key=lambda r: r.start)
    last_ids = {id(r) for r in last}
    for k, r in enumerate(refs[:-1]):
        nxt = refs[k + 1]
        if (
            id(r) in last_ids
            and nxt.kind == r.kind
            and nxt.numbers
            and _APPOSITION.fullmatch(text, r.end, nxt.start)
        ):
            r.numbers = list(nxt.numbers)  # "Lördagens sista sträcka, SS9,": the one it names
    weekend = d["weekend_ordinal"]
    for r in refs:
        # "Söndagens första race, helgens andra,": the weekend's number, said outright
        wm = weekend.match(text, r.end) if r.of_day or not r.numbers else None  # type: ignore[union-attr]
        if wm:
            r.numbers, r.of_day = [d["adj"][wm.group(1).lower()]], 0  # type: ignore[index]
            r.end = wm.end()  # (the ordinal is the session's, not a place)
    for k, r in enumerate(refs):
        if r.of_day and not r.numbers:
            # "Söndagens första race" of a text that tells Race 1 and Race 3 and an earlier
            # day: the one left; else the ordinal as written
            named = {n for q in refs if q.kind == r.kind for n in q.numbers}
            left = [n for n in range(1, max(named, default=0) + 1) if n not in named]
            # (a rally's stages are numbered through the event, and texts say "lördagens
            # femte sträcka" of SS5 loosely: a stage keeps the ordinal)
            if len(left) == 1 and r.kind != "stage" and _later_day(state, r.start):
                r.numbers = left
            else:
                r.numbers = [r.of_day]
        if r.following:
            told = [n for q in refs[:k] if q.kind == r.kind for n in q.numbers]
            if told:
                r.numbers = list(range(max(told) + 1, max(told) + 1 + r.following))
    for r in refs:
        line_start = text.rfind("\n", 0, r.start) + 1
        r.bracketed = text.count("(", line_start, r.start) > text.count(")", line_start, r.start)
    return refs


def _later_day(state: ParseState, at: int) -> bool:
    """Whether the day word right before ``at`` names a later day than the first one the
    text names ("söndagens" in a text that told of Saturday's qualifying)."""
    mine = _day_hits(state, max(0, at - 20), at)
    days = _data()["day_values"]
    if not mine:
        return False
    own = days.get(mine[-1][2], 0)  # type: ignore[union-attr]
    first = min((v for h in _day_hits(state, 0, len(state.text)) if (v := days.get(h[2], 0))), default=own)  # type: ignore[union-attr]
    return own > first


_APPOSITION = re.compile(r"\s*,\s*")


def _sentence_openings(text: str) -> list[int]:
    """Where "Den "/"Det " opens a sentence (after ". " or a line break), by str.find."""
    out: list[int] = []
    for word in ("Den ", "Det "):
        i = text.find(word)
        while i >= 0:
            if i == 0 or text[i - 1] == "\n" or (i >= 2 and text[i - 1] == " " and text[i - 2] in ".!?"):
                out.append(i)
            i = text.find(word, i + 1)
    return out


def concept_plural(word: str) -> str | None:
    """The session kind a plural noun names ("träningarna" -> practice), else None."""
    return _data()["plural"].get(word.lower())  # type: ignore[union-attr]


# the day hits of the last parse asked: (its lex_hits, the "day." hits, their starts),
# one tuple read and written whole
_DAYS_OF: list[tuple | None] = [None]


def _day_hits(state: ParseState, start: int, end: int) -> list[tuple[int, int, str]]:
    """``state.hits(start, end, "day.")``, bisecting a list of the day hits kept for the
    parse (day_near runs for every reference and statement)."""
    got = _DAYS_OF[0]
    if got is None or got[0] is not state.lex_hits:
        sel = [h for h in state.family("day") if h[2].startswith("day.")]
        got = _DAYS_OF[0] = (state.lex_hits, sel, [h[0] for h in sel])
    _, sel, starts = got
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end, i)
    return [h for h in sel[i:j] if h[1] <= end]


def has_day(state: ParseState, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds a day word (where day_near would look)."""
    return bool(_day_hits(state, start, end))


def day_near(state: ParseState, start: int, end: int, near: tuple[int, int] | None = None) -> int | None:
    """The day a clause names ("på lördagen", "söndagens"), else None; with ``near``
    (a session reference), the day word closest to it."""
    days = _data()["days"]
    hits = _day_hits(state, start, end)
    if not hits:
        return None
    if near is not None:
        hits = sorted(hits, key=lambda h: min(abs(h[1] - near[0]), abs(h[0] - near[1])))
    s, e, _ = hits[0]
    day = days.get(state.text[s:e].lower())  # type: ignore[union-attr]
    if day == 0:
        # "eftermiddagens race": the day the text named last before it
        earlier = [
            h for h in _day_hits(state, max(0, s - 600), s) if days.get(state.text[h[0] : h[1]].lower())
        ]
        day = days.get(state.text[earlier[-1][0] : earlier[-1][1]].lower()) if earlier else None  # type: ignore[union-attr]
    return day


def _label_score(label: str, bracketed: bool) -> tuple[bool, bool, int]:
    """How full a session label is (Registry._label keeps the highest)."""
    return (any(map(str.isdigit, label)), not bracketed, len(label))


class Registry:
    """The sessions of the weekend as the text names them."""

    def __init__(self) -> None:
        self.numbered: dict[tuple[str, int], int | None] = {}  # (kind, n) -> day
        self.unnumbered_days: dict[str, list[int]] = {}
        # "båda heaten på lördagen" / "de två på söndagen": how many of a kind each day
        self.day_counts: dict[str, dict[int, int]] = {}  # kind -> days named
        self.kinds: dict[str, int] = {}  # kind -> count of refs
        self.labels: dict[str, tuple[str, bool]] = {}
        self._label_scores: dict[str, tuple[bool, bool, int]] = {}
        self._nums: dict[str, list[int]] = {}
        self._nums_size = 0

    def add(self, ref: SessionRef) -> None:
        self.kinds[ref.kind] = self.kinds.get(ref.kind, 0) + 1
        for n in ref.numbers:
            key = (ref.kind, n)
            if self.numbered.get(key) is None:
                self.numbered[key] = ref.day
            if len(ref.numbers) == 1:
                self._label(f"{ref.kind}-{n}", ref)
        if ref.every and ref.count and ref.day is not None:
            self.day_counts.setdefault(ref.kind, {})[ref.day] = ref.count
        if not ref.numbers and ref.day is not None and not ref.every:
            days = self.unnumbered_days.setdefault(ref.kind, [])
            if ref.day not in days:
                days.append(ref.day)

    def add_day(self, kind: str, day: int) -> None:
        """A session of ``kind`` on ``day`` named without a session noun ("kvalade på lördagen")."""
        days = self.unnumbered_days.setdefault(kind, [])
        if day not in days:
            days.append(day)

    def _label(self, sid: str, ref: SessionRef) -> None:
        """Keep the fullest label as written: a digit-numbered one ("Tidskval 2") over
        "andra kvalet", one outside brackets over a translation in brackets."""

        new = _label_score(ref.label, ref.bracketed)
        old = self._label_scores.get(sid)  # (the score of self.labels[sid], kept with it)
        if old is None or new > old:
            self.labels[sid] = (ref.label, ref.bracketed)
            self._label_scores[sid] = new

    def label_ref(self, sid: str, ref: SessionRef) -> None:
        """Label a session by a reference that resolved to it."""
        self._label(sid, ref)

    def label(self, sid: str) -> str | None:
        got = self.labels.get(sid)
        return got[0] if got else None

    def finish(self) -> None:
        """Number day-split sessions: "kvalet på lördagen" / "söndagens kval"; and
        "lördagens race" beside "andra racet": the day's session takes the number left."""
        for kind, days in self.unnumbered_days.items():
            nums = self.numbers_of(kind)
            if len(days) >= 2 and not nums:
                for i, day in enumerate(sorted(days), start=1):
                    self.numbered[(kind, i)] = day
            elif nums and all(self.numbered[(kind, n)] is None for n in nums):
                missing = [n for n in range(1, max(nums)) if n not in nums]
                if len(missing) == len(days):
                    for n, day in zip(missing, sorted(days), strict=True):
                        self.numbered[(kind, n)] = day

    def numbers_of(self, kind: str) -> list[int]:
        """The numbers of ``kind`` named, in order (a shared list: do not change it)."""
        # remembered per kind while no number is added (none is ever removed)
        if self._nums_size != len(self.numbered):
            self._nums.clear()
            self._nums_size = len(self.numbered)
        got = self._nums.get(kind)
        if got is None:
            got = self._nums[kind] = sorted(n for k, n in self.numbered if k == kind)
        return got

    def resolve(self, kind: str, number: int | None, day: int | None) -> str | None:
        """A session id for a reference, or None when the text leaves it open."""
        if number is not None:
            return f"{kind}-{number}"
        nums = self.numbers_of(kind)
        if day is not None and nums:
            same = [n for n in nums if self.numbered[(kind, n)] == day]
            if len(same) == 1:
                return f"{kind}-{same[0]}"
            known = {n: self.numbered[(kind, n)] for n in nums if self.numbered[(kind, n)] is not None}
            free = [n for n in nums if n not in known]
            if known and all(d > day for d in known.values() if d is not None):
                if free:
                    return f"{kind}-{free[0]}"
                if min(nums) > 1:
                    return f"{kind}-{min(nums) - 1}"
            if known and all(d < day for d in known.values() if d is not None):
                return f"{kind}-{free[-1]}" if free else f"{kind}-{max(nums) + 1}"
            return None
        if not nums:
            return kind
        if len(nums) == 1:
            return f"{kind}-{nums[0]}"
        return None

    def expand(self, ref: SessionRef, context: str | None, spread: int = 0) -> list[str]:
        """Session ids a reference stands for (several for "båda racen"); ``spread``:
        how many positions the statement gives, for a plural with no count
        ("nia och tolva på träningarna")."""
        if ref.partial:
            return []
        if len(ref.numbers) > 1:
            return [f"{ref.kind}-{n}" for n in ref.numbers]
        if ref.every:
            per_day = self.day_counts.get(ref.kind, {})
            if ref.day in per_day and len(per_day) >= 2:
                # the heats of the weekend numbered day by day
                first = 1 + sum(c for d, c in per_day.items() if d < ref.day)  # type: ignore[operator]
                return [f"{ref.kind}-{n}" for n in range(first, first + per_day[ref.day])]  # type: ignore[index]
            nums = self.numbers_of(ref.kind)
            if ref.tail and ref.count and len(nums) >= ref.count:
                return [f"{ref.kind}-{n}" for n in sorted(nums)[-ref.count :]]
            if nums and ref.count and ref.count > len(nums) and sorted(nums) == list(range(1, len(nums) + 1)):
                # "alla tre heaten" where the text has told heats 1 and 2: all three
                return [f"{ref.kind}-{n}" for n in range(1, ref.count + 1)]
            if nums:
                return [f"{ref.kind}-{n}" for n in nums]
            count = ref.count or (spread if spread > 1 else 0)
            return [f"{ref.kind}-{n}" for n in range(1, count + 1)] if count else [ref.kind]
        sid = self.resolve(ref.kind, ref.numbers[0] if ref.numbers else None, ref.day)
        if sid is None and context and context.split("-")[0] == ref.kind:
            sid = context
        return [sid] if sid else []


def session_sort_key(kind: str, number: int | None, interleave: bool) -> tuple[int, int, int]:
    """Order of sessions in a weekend: practice first; qualifying and race alternate
    by number when the weekend has as many of each (Q1, R1, Q2, R2); else by kind."""
    n = number if number is not None else 0
    if kind == "practice":
        return (0, 0, n)
    if interleave and kind in ("qualifying", "race"):
        return (1, n, KIND_RANK[kind])
    return (2, KIND_RANK.get(kind, 4), n)
