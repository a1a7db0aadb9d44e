"""Find every lexicon surface form in the Doc: ``ParseState.lex_hits`` (char offsets and
concept ID; :func:`lex_spans` gives them as spaCy spans).

One PhraseMatcher (``attr="LOWER"``) holds the forms of every parser data file, so a
single pass over the tokens finds all of them; a token Matcher adds the entries whose
``patterns`` say what a literal cannot. Later components read these spans (and gate on
them) instead of scanning tokens in Python.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, LENGTH, LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..lexicon import load

# Files the renderer and checker own: their words are not parse cues.
_SKIP_PREFIXES = ("render_", "check_", "results_headers")
SPAN_KEY = "rg_lex"


def parser_stems(lang: str = "sv") -> list[str]:
    """The data files whose forms the lexicon component matches."""
    return [s for s in load(lang).files if not s.startswith(_SKIP_PREFIXES)]


def pattern_triggers(lang: str = "sv") -> tuple[set[str], int]:
    """Lower-case first words of the token patterns, and the longest pattern: the
    Matcher only runs near a trigger word (most texts have few), not over every token."""
    triggers: set[str] = set()
    longest = 1
    for stem in parser_stems(lang):
        for entry in load(lang).entries(stem):
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
    for stem in parser_stems(lang):
        for entry in load(lang).entries(stem):
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
    """One PhraseMatcher over all forms, one Matcher over all token patterns."""
    lex = load(lang)
    phrase = PhraseMatcher(nlp.vocab, attr="LOWER")
    tokens = Matcher(nlp.vocab)
    for stem in parser_stems(lang):
        for entry in lex.entries(stem):
            if entry.forms:
                # make_doc only tokenizes: far cheaper than running the pipeline per form
                phrase.add(entry.concept, [nlp.make_doc(f) for f in entry.forms])
            if entry.patterns:
                tokens.add(entry.concept, [list(p) for p in entry.patterns])
    return phrase, tokens


def add_tokenizer_exceptions(nlp: Language, lang: str = "sv") -> None:
    """Keep abbreviations from the data as one token ("pga.", "bl.a.")."""
    import re

    from spacy.symbols import ORTH
    from spacy.util import compile_suffix_regex

    lex = load(lang)
    if "abbreviations" not in lex:
        return
    suffixes = [
        re.escape(f) for e in lex.entries("abbreviations") if e.concept.startswith("suffix.") for f in e.forms
    ]
    if suffixes:
        nlp.tokenizer.suffix_search = compile_suffix_regex(
            list(nlp.Defaults.suffixes or []) + suffixes
        ).search
    for entry in lex.entries("abbreviations"):
        if entry.concept.startswith("suffix."):
            continue
        for form in entry.forms:
            for variant in {form, form.capitalize(), form.upper()}:
                nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


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
    for stem in parser_stems():
        for entry in load("sv").entries(stem):
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
