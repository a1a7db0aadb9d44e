"""Find every lexicon surface form in the Doc: ``ParseState.lex_hits`` (char offsets and
concept ID; :func:`lex_spans` gives them as spaCy spans).

One PhraseMatcher (``attr="LOWER"``) holds the forms of the parser data files whose
hits some component reads (``state.HIT_FAMILIES``), so a single pass over the tokens
finds all of them; a token Matcher adds the entries whose ``patterns`` say what a
literal cannot. Later components read these spans (and gate on them) instead of
scanning tokens in Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.attrs import IDS, IDX, LENGTH, LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..lexicon import LexEntry, load
from .state import HIT_FAMILIES, UNMATCHED_CONCEPTS

# Files the renderer and checker own: their words are not parse cues.
_SKIP_PREFIXES = ("render_", "check_", "results_headers")
SPAN_KEY = "rg_lex"


def parser_stems(lang: str = "sv") -> list[str]:
    """The data files whose forms the lexicon component matches."""
    return [s for s in load(lang).files if not s.startswith(_SKIP_PREFIXES)]


def matched_entries(lang: str = "sv") -> Iterator[LexEntry]:
    """The entries the lexicon component matches: those of the parser's data files whose
    concept family some component reads (state.HIT_FAMILIES), but for the concepts of
    those families that none reads (state.UNMATCHED_CONCEPTS)."""
    lex = load(lang)
    for stem in parser_stems(lang):
        for entry in lex.entries(stem):
            if entry.concept.split(".", 1)[0] in HIT_FAMILIES and entry.concept not in UNMATCHED_CONCEPTS:
                yield entry


def pattern_triggers(lang: str = "sv") -> tuple[set[str], int]:
    """Lower-case first words of the token patterns, and the longest pattern: the
    Matcher only runs near a trigger word (most texts have few), not over every token."""
    triggers: set[str] = set()
    longest = 1
    for entry in matched_entries(lang):
        for pat in entry.patterns:
            first = pat[0].get("LOWER")
            if isinstance(first, str):
                triggers.add(first)
            elif isinstance(first, dict) and "IN" in first:
                triggers.update(first["IN"])
            else:
                return set(), 0  # a pattern without a literal start: match everywhere
            longest = max(longest, len(pat))
    return triggers, longest


def pattern_needs(nlp: Language, lang: str = "sv") -> dict[int, list[list[frozenset[int]]]]:
    """Trigger word (LOWER id) -> for each token pattern starting with it, the word sets
    its later mandatory tokens (no "OP") must come from ({"LOWER": "bryta"}, {"LOWER":
    {"IN": [...]}}; other tokens add nothing). A window holding none of one set's words
    cannot match that pattern: the Matcher call is skipped when no pattern is left."""
    strings = nlp.vocab.strings
    needs: dict[int, list[list[frozenset[int]]]] = {}
    for entry in matched_entries(lang):
        for pat in entry.patterns:
            first = pat[0].get("LOWER")
            firsts = [first] if isinstance(first, str) else list(first["IN"])
            required: list[frozenset[int]] = []
            for tok in pat[1:]:
                low = tok.get("LOWER")
                if "OP" in tok or low is None:
                    continue
                if isinstance(low, str):
                    required.append(frozenset({strings.add(low)}))
                elif isinstance(low, dict) and set(low) == {"IN"}:
                    required.append(frozenset(strings.add(v) for v in low["IN"]))
            for f in firsts:
                needs.setdefault(strings.add(f), []).append(required)
    return needs


def build_matchers(nlp: Language, lang: str = "sv") -> tuple[PhraseMatcher, Matcher]:
    """One PhraseMatcher over all matched forms, one Matcher over their token patterns."""
    phrase = PhraseMatcher(nlp.vocab, attr="LOWER")
    tokens = Matcher(nlp.vocab)
    for entry in matched_entries(lang):
        if entry.forms:
            # make_doc only tokenizes: far cheaper than running the pipeline per form
            phrase.add(entry.concept, [nlp.make_doc(f) for f in entry.forms])
        if entry.patterns:
            tokens.add(entry.concept, [list(p) for p in entry.patterns])
    return phrase, tokens


def matched_attrs(lang: str = "sv") -> frozenset[int]:
    """The lexical attributes the lexicon matchers read: the PhraseMatcher's LOWER and
    those the token patterns test ("IS_ALPHA", "LIKE_NUM"...; ORTH is no computed one)."""
    names = {"LOWER"}
    for entry in matched_entries(lang):
        for pat in entry.patterns:
            for tok in pat:
                names.update(k.upper() for k in tok if k != "OP")
    return frozenset(IDS[n] for n in names if n in IDS)


def keep_matched_attrs(nlp: Language, lang: str = "sv") -> None:
    """Give the words the vocabulary has not seen only the lexical attributes the
    matchers read (see matched_attrs). spaCy computes every attribute of its language
    for each new word (shape, prefix, suffix, norm, like_url, is_stop...: some 5 µs a
    word), most of a new text's tokenization; the parser reads none of the others, and
    the tokens (text, offsets, blanks) do not change."""
    keep = matched_attrs(lang)
    getters = nlp.vocab.lex_attr_getters or {}
    nlp.vocab.lex_attr_getters = {attr: get for attr, get in getters.items() if attr in keep}


def add_tokenizer_exceptions(nlp: Language, lang: str = "sv") -> None:
    """Keep abbreviations from the data as one token ("pga.", "bl.a."); and give the
    tokenizer affix and URL searches that find what spaCy's regexes find, faster
    (SuffixSearch, prefix_regex, InfixFinditer, UrlMatch).

    spaCy's special cases for one blank character ("\n", "\t", " ") go: each gives the
    one token that character is anyway, but using a special case stops spaCy caching
    how it split the chunks after it in that Doc, so every text's chunks after its first
    line break were split again (prefix, suffix and infix regexes) in every parse."""
    from spacy.symbols import ORTH

    rules = nlp.tokenizer.rules or {}
    plain = {k: v for k, v in rules.items() if not (len(k) == 1 and k.isspace() and v == [{ORTH: k}])}
    if len(plain) < len(rules):
        nlp.tokenizer.rules = plain
    lex = load(lang)
    if "abbreviations" not in lex:
        return
    suffixes = [
        re.escape(f) for e in lex.entries("abbreviations") if e.concept.startswith("suffix.") for f in e.forms
    ]
    if suffixes:
        nlp.tokenizer.suffix_search = SuffixSearch(list(nlp.Defaults.suffixes or []) + suffixes).search
    if nlp.Defaults.prefixes:
        nlp.tokenizer.prefix_search = prefix_regex(list(nlp.Defaults.prefixes)).search
    if nlp.Defaults.infixes:
        nlp.tokenizer.infix_finditer = InfixFinditer(list(nlp.Defaults.infixes)).finditer
    url_match = nlp.tokenizer.url_match
    if url_match is not None and getattr(url_match, "__self__", None) is not None:
        if UrlMatch.takes(url_match.__self__):
            nlp.tokenizer.url_match = UrlMatch(url_match.__self__).match
    for entry in lex.entries("abbreviations"):
        if entry.concept.startswith("suffix."):
            continue
        for form in entry.forms:
            for variant in {form, form.capitalize(), form.upper()}:
                nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


class SuffixSearch:
    """What ``spacy.util.compile_suffix_regex(pieces).search`` finds, found faster: the
    tokenizer's ``suffix_search``. spaCy calls it for every chunk (and what is left of
    it) that its cache does not hold, so on a text never seen before it was a quarter of
    tokenizing: re tries the ~80 pieces of "piece1$|piece2$|…" one by one at every
    position of the string.

    On a string without a line break "$" matches at its end only, so every piece that
    matches ends there, and what search returns depends only on the first position where
    some piece matches, not on which piece. Hence, for such strings (all but blank chunks):

    * the pieces that are one literal character go into one character class, which re
      tests at once (the other pieces follow, in their order);
    * the search starts ``width`` characters before the end, ``width`` being the most
      characters a piece matches (re's lookbehinds still see the characters before);
      where a piece without such a bound (r"\\.\\.+") matches earlier, it starts there.

    Strings with a line break, and pieces this cannot read, go to the plain regex.
    ``pattern`` is the plain regex's, so that spaCy can serialize the tokenizer (it reads
    ``suffix_search.__self__.pattern``; a tokenizer loaded back uses the plain regex).
    """

    def __init__(self, pieces: list[str]):
        from spacy.util import compile_suffix_regex

        self.regex = compile_suffix_regex(pieces)
        self.pattern = self.regex.pattern
        self._plain = self.regex.search
        self._fast = None  # (merged search, width, search of the unbounded pieces or None)
        try:
            from re import _parser  # re's own parser: what a piece is, how wide it is

            used = [p for p in pieces if p.strip()]  # (the pieces compile_suffix_regex joins)
            chars: list[str] = []
            others: list[str] = []
            width, unbounded = 0, []
            for p in used:
                tree = _parser.parse(p)
                if _parser.parse(p + "$")[-1] != (_parser.AT, _parser.AT_END):
                    return  # not one whole piece before its "$" ("a|b" would be "a|b$")
                if len(tree) == 1 and tree[0][0] is _parser.LITERAL:
                    chars.append(chr(tree[0][1]))
                else:
                    others.append(p)
                most = tree.getwidth()[1]
                if most >= _parser.MAXREPEAT:
                    unbounded.append(p)
                else:
                    width = max(width, most)
            alts = [f"[{''.join(re.escape(c) for c in sorted(set(chars)))}]"] if chars else []
            merged = re.compile("|".join(a + "$" for a in alts + others))
            unb = re.compile("|".join(p + "$" for p in unbounded)).search if unbounded else None
            self._fast = (merged.search, width, unb)
        except Exception:  # noqa: BLE001 - an re this does not know: the plain search
            self._fast = None

    def search(self, string: str):
        fast = self._fast
        if fast is None or "\n" in string:
            return self._plain(string)
        search, width, unbounded = fast
        start = len(string) - width
        if start <= 0:
            return search(string)
        if unbounded is not None:
            early = unbounded(string)
            if early is not None and early.start() < start:
                start = early.start()
        return search(string, start)


def prefix_regex(pieces: list[str]):
    """A regex whose ``search`` finds what ``spacy.util.compile_prefix_regex(pieces)``'s
    does (the tokenizer's default ``prefix_search``), with fewer tries. That regex is
    "^piece1|^piece2|…": re tries the pieces in order at the start and the first that
    matches wins. A run of pieces in a row that are each one literal character matches
    what one character class of them matches (that one character), so each such run
    becomes a class, everything else keeping its order, all under one "^" (the ~120
    pieces became 12 alternatives). Being a plain regex, it serializes as spaCy expects.
    Pieces this cannot read give the plain regex."""
    from spacy.util import compile_prefix_regex

    plain = compile_prefix_regex(pieces)
    try:
        from re import _parser  # re's own parser: which pieces are one literal character

        alts: list[str] = []
        run: list[str] = []
        for p in (p for p in pieces if p.strip()):  # (the pieces compile_prefix_regex joins)
            tree = _parser.parse(p)
            # each piece whole after its "^" (no bare "a|b", which would be "^a|b")
            if _parser.parse("^" + p)[0] != (_parser.AT, _parser.AT_BEGINNING):
                return plain
            if len(tree) == 1 and tree[0][0] is _parser.LITERAL:
                run.append(chr(tree[0][1]))
                continue
            if run:
                alts.append(f"[{''.join(re.escape(c) for c in run)}]")
                run = []
            alts.append(f"(?:{p})")
        if run:
            alts.append(f"[{''.join(re.escape(c) for c in run)}]")
        return re.compile("^(?:" + "|".join(alts) + ")") if alts else plain
    except Exception:  # noqa: BLE001 - an re this does not know: the plain regex
        return plain


class InfixFinditer:
    """What ``spacy.util.compile_infix_regex(pieces).finditer`` yields (the tokenizer's
    default ``infix_finditer``), without scanning the strings that cannot hold one.

    Every piece begins with lookarounds at most and then takes a character from a known
    set (".", "…", ",", ":", quotes, brackets, symbols...): a match starts on such a
    character. Most strings the tokenizer asks about are words without any: one scan for
    those characters answers "none" (re jumps to a class in C; the regex instead tried
    its pieces and their lookbehinds at every position). Else the regex's own finditer
    runs from the first such character (lookbehinds still see what is before it).
    Pieces whose first character this cannot tell leave the plain finditer in use;
    ``pattern`` is the regex's, for spaCy's serialization (as in :class:`SuffixSearch`).
    """

    def __init__(self, pieces: list[str]):
        from spacy.util import compile_infix_regex

        self.regex = compile_infix_regex(pieces)
        self.pattern = self.regex.pattern
        self._plain = self.regex.finditer
        self._first = None  # the search for a character a match can start on
        try:
            from re import _parser

            if self.regex.flags & (re.IGNORECASE | re.VERBOSE):
                return
            classes = [_first_chars(_parser.parse(p), _parser) for p in pieces if p.strip()]
            if classes and all(classes):
                self._first = re.compile("[" + "".join(classes) + "]").search
        except Exception:  # noqa: BLE001 - an re this does not know: the plain finditer
            self._first = None

    def finditer(self, string: str):
        first = self._first
        if first is None:
            return self._plain(string)
        at = first(string)
        if at is None:
            return iter(())
        return self._plain(string, at.start())


class UrlMatch:
    """spaCy's ``URL_MATCH`` (the tokenizer's ``url_match``), not run on strings without
    a ".": every URL it matches has one, in the host (a dotted IP address, or a name
    with at least one "label." before the top-level domain). The tokenizer asks about
    every new word; few have a dot. ``pattern`` is the regex's, for serialization."""

    def __init__(self, regex):
        self.regex = regex
        self.pattern = regex.pattern
        self._match = regex.match

    @staticmethod
    def takes(regex) -> bool:
        """Only spaCy's own URL regex, the one read for the above."""
        from spacy.lang.tokenizer_exceptions import URL_MATCH

        return getattr(regex, "pattern", None) == URL_MATCH.__self__.pattern

    def match(self, string: str):
        if "." not in string:
            return None
        return self._match(string)


def _first_chars(tree, _parser) -> str:
    """Regex class text (without brackets) of the characters a match of ``tree`` (re's
    parse of a pattern) can take first, or "" when this cannot tell (lookarounds and
    anchors before it take none)."""
    for op, av in tree:
        if op in (_parser.ASSERT, _parser.ASSERT_NOT, _parser.AT):
            continue  # zero width
        if op is _parser.LITERAL:
            return re.escape(chr(av))
        if op is _parser.IN:
            out = []
            for iop, iav in av:
                if iop is _parser.LITERAL:
                    out.append(re.escape(chr(iav)))
                elif iop is _parser.RANGE:
                    out.append(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
                else:
                    return ""  # (a negated set, a category: not worth reading)
            return "".join(out)
        if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and av[0] >= 1:
            return _first_chars(av[2], _parser)
        if op is _parser.SUBPATTERN and not av[1] and not av[2]:
            return _first_chars(av[3], _parser)  # a group without flags
        return ""
    return ""


@Language.factory("reportgen_lexicon", assigns=["doc._.rg"], requires=["doc._.rg"])
def make_lexmatch(nlp: Language, name: str):
    phrase, tokens = build_matchers(nlp)
    triggers, longest = pattern_triggers()
    trigger_ids = numpy.array(sorted(nlp.vocab.strings.add(t) for t in triggers), dtype=numpy.uint64)
    # a set, not numpy.isin: for a few hundred tokens isin's fixed cost was most of the lookup
    trigger_set = set(trigger_ids.tolist())
    # match id -> (concept, family): every id the matchers can give, so no StringStore
    # lookup or split per hit ("session.race" -> "session", see ParseState.family)
    labels: dict[int, tuple[str, str]] = {}
    for entry in matched_entries():
        labels[nlp.vocab.strings.add(entry.concept)] = (entry.concept, entry.concept.split(".", 1)[0])
    needs = pattern_needs(nlp) if len(trigger_ids) else {}

    def component(doc: Doc) -> Doc:
        matches = list(phrase(doc))
        if len(tokens) and not len(trigger_ids):
            matches += tokens(doc)
        elif len(tokens):
            lowers = doc.to_array(LOWER).tolist()
            for i in [k for k, low in enumerate(lowers) if low in trigger_set]:
                later = set(lowers[i + 1 : i + longest])
                if not any(all(words & later for words in req) for req in needs.get(lowers[i], [[]])):
                    continue  # no pattern from this word has its later words in reach
                window = doc[i : i + longest]
                matches += [(mid, i + s, i + e) for mid, s, e in tokens(window) if s == 0]
        # offsets from two arrays: Span objects (and their start_char) cost a
        # token lookup each, which was most of this component's time
        hits: list[tuple[int, int, str, int, int]] = []
        lex_hits: list[tuple[int, int, str]] = []
        families: dict[str, list[tuple[int, int, str]]] = {}  # what ParseState.family indexes
        if matches:
            idx, length = doc.to_array(IDX).tolist(), doc.to_array(LENGTH).tolist()
            # text order, the longer of two hits at one start first; the index k keeps
            # equal keys in match order (a stable sort), and plain tuples sort in C
            keyed = sorted(
                [(idx[s], -(idx[e - 1] + length[e - 1]), k) for k, (_, s, e) in enumerate(matches)]
            )
            for start, neg_end, k in keyed:
                mid, s, e = matches[k]
                label, fam = labels[mid]
                end = -neg_end
                hit = (start, end, label)
                lex_hits.append(hit)
                hits.append((start, end, label, s, e))
                got = families.get(fam)
                if got is None:
                    families[fam] = [hit]
                else:
                    got.append(hit)
        doc.user_data[SPAN_KEY] = hits
        if doc._.rg is not None:
            doc._.rg.set_lex_hits(lex_hits, families)
        return doc

    return component


def lex_spans(doc: Doc) -> list[Span]:
    """The lexicon hits of a parsed Doc as spans, label = concept (built on demand:
    the components read ``ParseState.lex_hits``, plain offsets)."""
    return [Span(doc, s, e, label=c) for _, _, c, s, e in doc.user_data.get(SPAN_KEY, [])]
