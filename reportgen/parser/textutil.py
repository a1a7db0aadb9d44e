"""Text helpers shared by the parser components: lines, sentences, clauses, and
regexes compiled from lexicon forms.

Everything here works on character offsets into the source, so evidence spans can
be cut straight from it (``source[start:end] == text``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import cache

from ..lexicon import load

UPPER = "A-ZÅÄÖÆØÜÉÈÁÀÍÓÚÑČŠŽĶĻŅŪĪĒĀĢĄĘŁŃŚŹŻ"
LOWER = "a-zåäöæøüéèáàíóúñčšžķļņūīēāģąęłńśźżß"
WORD = f"[{UPPER}{LOWER}0-9]"
_CAP_REST = f"[{LOWER}{UPPER}'’]*(?:-[{UPPER}{LOWER}][{LOWER}{UPPER}'’]*)*"
CAP_WORD = f"[{UPPER}]{_CAP_REST}"
# Put right after a pattern's first one-character item (never a line break) instead of
# "(?<![\w-])" before it: same matches, but a pattern that starts with a character class
# lets re jump to candidate characters in C; a leading lookbehind makes it try every
# position of the text in turn, which made whole-text scans slow.
NOT_AFTER_WORD = r"(?<![\w-].)"  # no word character or hyphen before the first character
NOT_AFTER_W = r"(?<!\w.)"  # no word character before the first character
# CAP_WORD that does not continue a word: "(?<![\w-])" + CAP_WORD, scan-friendly
CAP_WORD_START = f"[{UPPER}]{NOT_AFTER_WORD}{_CAP_REST}"
# CAP_WORD that starts a run of words, blanks and lower-case particles going on to a
# "(" ("Anna Berg (SWE)"): the lookahead (possessive, so it never backtracks) drops a
# capital that no such run leads from to a "(", where the pattern would try every split
# of the words that follow before failing
CAP_WORD_BEFORE_BRACKET = f"[{UPPER}](?=[\\w'’ \\t-]*+\\(){_CAP_REST}"
# between two names of a list, a code in brackets allowed: "Berg (SWE), Holm"
NAME_COMMA = re.compile(r"\s*(?:\([A-Z]{1,3}\))?\s*,\s*")


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, without the line break."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            lead = len(body) - len(body.lstrip())
            out.append((pos + lead, pos + len(body.rstrip())))
        pos += len(line)
    return out


@cache
def _abbrev_tail() -> re.Pattern[str]:
    forms = [f for e in load("sv").entries("abbreviations") for f in e.forms]
    alt = alternation(forms)
    return re.compile(rf"(?:^|[\s(])(?:{alt})$", re.IGNORECASE)


_SENT_END = re.compile(r"[.!?]+[”\"»)]?(?=\s+\S)|[.!?]+[”\"»)]?$")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` (cached per text and range)."""
    key = (id(text), start, end)
    got = _SENT_CACHE.get(key)
    if got is not None and got[0] is text:
        return got[1]
    if len(_SENT_CACHE) > 4096:
        _SENT_CACHE.clear()
    out = _sentences(text, start, end)
    _SENT_CACHE[key] = (text, out)
    return out


_SENT_CACHE: dict[tuple[int, int, int], tuple[str, list[tuple[int, int]]]] = {}


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` (a line): split after . ! ? unless the word
    before the dot is an abbreviation from the data ("pga.", "65 p.") or a digit
    ordinal list marker ("1.")."""
    out = []
    s = start
    chunk = text[start:end]
    for m in _SENT_END.finditer(chunk):
        e = start + m.end()
        before = text[s:e]
        if _abbrev_tail().search(before.rstrip('.!?”"»)') + "."):
            continue
        # "1. Anna" at a line start is a list marker, not a sentence of its own
        if re.fullmatch(r"\s*\d{1,3}[.]", before):
            continue
        if re.search(r"\b\d{1,2}\.$", before) and e < end and text[e : e + 2].strip()[:1].isdigit():
            continue
        out.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


_CLAUSE_SPLIT = re.compile(
    r"[,;:]\s+|\s+(?:men|medan|samtidigt som|och sedan|för att sedan|innan|efter att|där|då)\s+"
)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a sentence: split at commas, semicolons and a few conjunctions that
    start a new statement (not plain "och", which joins "första och andra heatet")."""
    out = []
    s = start
    for m in _CLAUSE_SPLIT.finditer(text, start, end):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if s < end:
        out.append((s, end))
    return out


def forms_regex(forms: list[str], *, case: bool = False) -> re.Pattern[str]:
    """A word-bounded alternation of ``forms`` (longest first)."""
    flags = 0 if case else re.IGNORECASE
    alt = alternation(forms, ignorecase=not case, word_start=r"[\w-]")
    return re.compile(rf"{alt}(?![\w])", flags)


def alternation(forms, *, ignorecase: bool = True, word_start: str = "", tree: bool = True) -> str:
    """Regex source matching exactly what ``"|".join(sorted(map(re.escape, forms),
    key=len, reverse=True))`` matches, in the same preference order, written as a
    prefix tree: "deltävling(?:en|ar(?:na)?)?" instead of "deltävlingarna|deltävlingar|…".

    Why: re tries every branch of a flat alternation at every position of the text, so
    a long form list made the whole-text scans the slowest part of the parser; a tree
    fails after one character at most positions. Same matches because forms that match
    at one position are prefixes of each other, and both sources try the longest first
    (the tree tries a longer continuation before ending a form). With ``ignorecase`` the
    tree is built over lower-cased forms, which re matches the same way; a form whose
    characters would make that unsafe falls back to the flat list.

    ``word_start`` (a one-character class such as ``r"[\\w-]"``) adds "not after such a
    character", what ``f"(?<!{word_start})(?:…)"`` says, for a source that starts a
    pattern; case-sensitive, the test comes after the first character, so that the
    pattern starts with the forms' first letters and re skips ahead to those in C (see
    NOT_AFTER_WORD). ``tree=False`` (case-sensitive with ``word_start`` only) splits the
    forms by first character and lists the rest flat: cheaper to build for a pattern
    made per text (the names it mentions), where building the whole tree cost more
    than it saved.
    """
    forms = set(forms)

    def flat() -> str:
        alt = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
        return rf"(?<!{word_start})(?:{alt})" if word_start else alt

    if not forms or "" in forms or (word_start and any(f[0] == "\n" for f in forms)):
        return flat()  # ("." in the lookbehind below does not match a line break)
    if ignorecase:
        chars = {c for f in forms for c in f}
        if any(len(c.lower()) != 1 or not (c.isascii() or c.lower() in _SAFE_FOLD) for c in chars):
            return flat()
        forms = {f.lower() for f in forms}
    if word_start and not ignorecase and not tree:
        by_first: dict[str, list[str]] = {}
        for f in forms:
            by_first.setdefault(f[0], []).append(f[1:])
        kids = []
        for ch in sorted(by_first):
            rest = "|".join(sorted((re.escape(r) for r in by_first[ch]), key=len, reverse=True))
            kids.append(re.escape(ch) + rf"(?<!{word_start}.)" + (f"(?:{rest})" if rest else ""))
        return kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
    root: dict[str, dict] = {}
    for f in forms:
        node = root
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here
    if not word_start:
        return _tree_source(root)
    if ignorecase:
        # re cannot skip ahead to a case-insensitive letter: the plain form
        return rf"(?<!{word_start})(?:{_tree_source(root)})"
    after_first = rf"(?<!{word_start}.)"  # the test for the character before the first
    kids = [re.escape(ch) + after_first + _tree_source(sub) for ch, sub in sorted(root.items())]
    return kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"


def ordered_alternation(forms: list[str], *, ignorecase: bool = True) -> str:
    """``"|".join(map(re.escape, forms))`` in the given order, as a prefix tree when that
    matches the same way (see :func:`alternation`): when every form that is a prefix of
    another comes after it, as longest-first order would put it. Else the flat list."""
    flat = "|".join(re.escape(f) for f in forms)
    keys = [f.lower() if ignorecase else f for f in forms]
    for i, x in enumerate(keys):
        if any(y != x and y.startswith(x) for y in keys[i + 1 :]):
            return flat  # a shorter form tried before a longer one: order matters
    return alternation(forms, ignorecase=ignorecase)


# Lower-case letters whose re.IGNORECASE match set is just their upper and lower case
# (no extra folds such as "ſ" ~ "s" or "K" ~ "k"), so a tree over lower-cased forms
# matches what the forms match.
_SAFE_FOLD = set("åäöæøüéèáàíóúñčšžķļņūīēāģąęłńśźżãëřôêîâïç")


def _tree_source(node: dict[str, dict]) -> str:
    kids = [re.escape(ch) + _tree_source(sub) for ch, sub in sorted(node.items()) if ch]
    if not kids:
        return ""
    body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
    # "(?:…)?" is greedy: the longer form first, this one when the rest fails
    return f"(?:{body})?" if "" in node else body


def words_back(text: str, at: int, n: int) -> int | None:
    """Start of the word ``n`` words before ``at``, each word (``\\w+``) followed by
    whitespace (``\\s+``) only, else None."""
    for _ in range(n):
        q = at
        while q > 0 and text[q - 1].isspace():  # str.isspace() is re's \s
            q -= 1
        r = q
        while r > 0 and (text[r - 1].isalnum() or text[r - 1] == "_"):  # re's \w
            r -= 1
        if q == at or r == q:
            return None
        at = r
    return at


def finditer_at(rx: re.Pattern[str], text: str, starts) -> Iterator[re.Match[str]]:
    """What ``rx.finditer(text)`` yields, given every place a match can start (a
    superset is fine): ``rx`` is run at those places only. For patterns that cannot
    match the empty string; ``match(text, p)`` sees the text before ``p`` as search does."""
    end = 0
    for p in sorted(starts):
        if p >= end:
            m = rx.match(text, p)
            if m is not None:
                yield m
                end = m.end()


# re.IGNORECASE compares characters by their one-character lower case, and also takes
# "ı" for "i", "ſ" for "s" and "µ" for "μ"; str.lower() is that lower case for every
# character but "İ" (which it makes two characters long).
_FOLD_EXTRA = (("ı", "i"), ("ſ", "s"), ("µ", "μ"))


def fold(text: str) -> str | None:
    """``text`` lower-cased the way re.IGNORECASE compares characters, offset for offset,
    or None when that cannot be done ("İ" in it). For a form of :data:`FOLD_SAFE`
    characters, a case-insensitive pattern matches it only where ``fold(form)`` occurs
    in the folded text, so that is a cheap exact test of whether running such a pattern
    can find anything. (Checked against re over every code point: each character re
    matches to a FOLD_SAFE one folds to the same.)"""
    got = _FOLDED[0]
    if got is not None and got[0] is text:  # (results and sessions fold the same text)
        return got[1]
    if "İ" in text:
        low = None
    else:
        low = text.lower()
        for a, b in _FOLD_EXTRA:
            if a in low:  # (str.translate would look up every character)
                low = low.replace(a, b)
    _FOLDED[0] = (text, low)
    return low


_FOLDED: list[tuple[str, str | None] | None] = [None]  # (the last text folded, its fold)


def fold_hint(forms) -> re.Pattern[str]:
    """A case-sensitive scan for ``forms`` in a folded text (see :func:`fold`): where it
    finds none, a case-insensitive pattern that must match one of them finds nothing.
    A prefix tree of literals (see :func:`alternation`): re jumps to their first letters
    in C, and fails after a character or two at most of those."""
    folded = {fold(f) for f in forms}
    if not folded or None in folded or "" in folded:
        raise ValueError("fold_hint needs non-empty forms without 'İ'")
    if any(c not in FOLD_SAFE for f in folded for c in f):  # type: ignore[union-attr]
        return re.compile("")  # a form fold() is not checked for: hint at every place
    return re.compile(alternation(folded, ignorecase=False))


# the characters fold() is checked for (see its docstring): printable ASCII, lower-cased,
# and the letters of _SAFE_FOLD
FOLD_SAFE = frozenset(c for c in string.printable.lower() if c not in "\x0b\x0c") | _SAFE_FOLD

class FoldedForms:
    """Every place where one of ``forms`` matches case-insensitively (as a re.IGNORECASE
    pattern of them would), found by a case-sensitive scan of the folded text (:func:`fold`).

    A re.IGNORECASE scan cannot skip ahead to the letters a pattern starts with, and
    tries every position of the text; a case-sensitive prefix tree can. Callers run
    their own pattern at the places found (a superset of where it can match: these
    ignore word boundaries), so what they find does not change. ``starts`` gives None
    when the text cannot be folded or a form holds a character :func:`fold` is not
    checked for; the caller then scans as before.
    """

    def __init__(self, forms):
        folded = {fold(f) for f in forms}
        safe = bool(folded) and None not in folded and "" not in folded \
            and all(c in FOLD_SAFE for f in folded for c in f)  # type: ignore[union-attr]
        self._rx = re.compile(alternation(folded, ignorecase=False)) if safe else None

    def starts(self, text: str) -> list[int] | None:
        """Ascending offsets where a form starts (overlapping ones too), or None."""
        if self._rx is None:
            return None
        low = fold(text)
        if low is None:
            return None
        rx, out = self._rx, []
        m = rx.search(low)
        while m is not None:
            out.append(m.start())
            m = rx.search(low, m.start() + 1)
        return out


def written_lower(text: str, word: str) -> bool:
    """Whether ``text`` also writes the capitalised ``word`` in lower case: a common word
    at the start of a sentence ("I", "Vid"), not part of a name. An acronym ("KMK") or a
    word already in lower case gives False."""
    low = word.lower()
    if word[1:] != low[1:] or low == word:
        return False
    # (str.find, not a pattern compiled per word: new words miss re's cache, and a
    # compile costs more than the scan)
    return next(written_alone(text, low, "-"), None) is not None


def written_alone(text: str, word: str, not_next: str) -> Iterator[int]:
    """The starts of what ``re.finditer(rf"(?<![\\w-]){re.escape(word)}(?![\\w{not_next}])",
    text)`` finds: ``word`` not after a word character or "-", nor before a word
    character or one of ``not_next``; matches do not overlap. Found with str.find, not a
    pattern compiled for each team name (a compile costs more than the parse of a short
    text, and new names miss re's cache). ``word`` is not empty."""
    n, size = len(text), len(word)
    i = text.find(word)
    while i >= 0:
        e = i + size
        if (i == 0 or not _word_char_or(text[i - 1], "-")) and (
            e == n or not _word_char_or(text[e], not_next)
        ):
            yield i
            i = text.find(word, e)
        else:
            i = text.find(word, i + 1)


def _word_char_or(ch: str, others: str) -> bool:
    """What ``[\\w{others}]`` matches, for one character (re's \\w is str.isalnum and "_")."""
    return ch.isalnum() or ch == "_" or ch in others
