"""Parse throughput benchmark (not a test).

Prints words/s and docs/s for ``reportgen.parse`` over the corpus texts, and their ratio
to bare ``spacy.blank("sv")`` tokenization of the same texts, measured in the same
process, interleaved round by round so that machine noise hits both alike.

    python bench/parse_bench.py [--corpus corpus] [--rounds 7] [--components] [--json]

Words are whitespace-separated words of the source (the same count for both sides).
The issue's target is a ratio >= 0.5; accuracy comes first.

Two ratios are printed, because spaCy's tokenizer caches how it split every chunk it
has seen:

* **warm**: the corpus passed many times through one pipeline (here about 1.1M words/s
  for bare tokenization, which caches a text's chunks only up to its first line break:
  a special case, "\n" among them, stops spaCy caching for the rest of a Doc; the
  parsing pipeline has no such case for a blank, see lexmatch.add_tokenizer_exceptions);
* **first sight**: each round builds a new ``spacy.blank("sv")`` and a new parsing
  pipeline (not timed), then times one pass over texts neither has seen, as when a
  press officer parses a new release (here about 0.3M words/s for bare tokenization).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportgen.parser import get_nlp, parse  # noqa: E402
from reportgen.textio import read_text  # noqa: E402


def load_texts(corpus: Path) -> list[str]:
    texts = [read_text(str(p)).text for p in sorted(corpus.glob("*/release.txt"))]
    if not texts:
        raise SystemExit(f"no */release.txt under {corpus}")
    return texts


def time_once(fn, texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def first_sight(texts: list[str], rounds: int) -> tuple[float, float]:
    """Median seconds for one pass over ``texts`` by a new bare tokenizer and by a new
    parsing pipeline (building them is not timed), over ``rounds`` rounds."""
    base, ours = [], []
    for _ in range(rounds):
        blank = spacy.blank("sv")
        base.append(time_once(blank.tokenizer, texts))
        get_nlp.cache_clear()
        get_nlp()  # (parse() uses this new pipeline)
        ours.append(time_once(parse, texts))
    return statistics.median(base), statistics.median(ours)


def component_times(texts: list[str], rounds: int) -> dict[str, float]:
    """Seconds per pipeline component, summed over ``rounds`` passes of the texts."""
    nlp = get_nlp()
    totals = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for _ in range(rounds):
        for text in texts:
            t0 = time.perf_counter()
            doc = nlp.make_doc(text)
            totals["tokenizer"] += time.perf_counter() - t0
            for name, proc in nlp.pipeline:
                t0 = time.perf_counter()
                doc = proc(doc)
                totals[name] += time.perf_counter() - t0
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(ROOT / "corpus"), help="folder with */release.txt")
    ap.add_argument("--rounds", type=int, default=7, help="timed rounds per side (median is reported)")
    ap.add_argument("--copies", type=int, default=3, help="pass over the corpus this many times per round")
    ap.add_argument("--components", action="store_true", help="also print time per pipeline component")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args(argv)

    texts = load_texts(Path(args.corpus)) * args.copies
    words = sum(len(t.split()) for t in texts)
    blank = spacy.blank("sv")

    def bare(text: str) -> None:
        blank.tokenizer(text)

    # Warm up both sides (lexicon loading, pattern compilation, vocab growth).
    time_once(parse, texts)
    time_once(bare, texts)

    base, ours = [], []
    for _ in range(args.rounds):
        base.append(time_once(bare, texts))
        ours.append(time_once(parse, texts))
    base_s, ours_s = statistics.median(base), statistics.median(ours)
    unique = load_texts(Path(args.corpus))
    unique_words = sum(len(t.split()) for t in unique)
    fbase_s, fours_s = first_sight(unique, args.rounds)
    result = {
        "documents": len(texts),
        "words": words,
        "baseline_words_per_s": words / base_s,
        "parse_words_per_s": words / ours_s,
        "parse_docs_per_s": len(texts) / ours_s,
        "ratio_to_bare_tokenization": base_s / ours_s,
        "first_sight": {
            "documents": len(unique),
            "words": unique_words,
            "baseline_words_per_s": unique_words / fbase_s,
            "parse_words_per_s": unique_words / fours_s,
            "parse_docs_per_s": len(unique) / fours_s,
            "ratio_to_bare_tokenization": fbase_s / fours_s,
        },
    }
    if args.components:
        comp = component_times(texts, max(1, args.rounds // 2))
        total = sum(comp.values())
        result["component_share"] = {k: round(v / total, 4) for k, v in comp.items()}

    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for title, r in (
        (f"warm: {args.copies} copies of the corpus per round, one pipeline", result),
        ("first sight: one pass per round, new pipelines", result["first_sight"]),
    ):
        print(f"{title}; texts: {r['documents']}, words: {r['words']}")
        print(f"  bare spacy.blank('sv') tokenization: {r['baseline_words_per_s']:>12,.0f} words/s")
        print(f"  reportgen.parse:                     {r['parse_words_per_s']:>12,.0f} words/s"
              f"  {r['parse_docs_per_s']:,.1f} docs/s")
        ratio = r["ratio_to_bare_tokenization"]
        print(f"  ratio parse / bare tokenization:     {ratio:.3f}  (target >= 0.5)")
    if args.components:
        for k, v in sorted(result["component_share"].items(), key=lambda kv: -kv[1]):
            print(f"  {k:<22} {v:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
