"""Render throughput benchmark (not a test).

Prints reports/s of ``reportgen.render`` on the seed's facts and on the results event
(``corpus/results/event.toml``), for each language and kind, single process, and the
ratio to bare Jinja2 rendering of the same templates with a precomputed context (the
planner's output, built once), measured in the same process, interleaved round by round
so that machine noise hits both alike.

    python bench/render_bench.py [--rounds 5] [--seconds 0.4] [--json]

The issue's target: >= 1,000 reports/s single core for ``reportgen.render``.
The ratio says what planning and post-processing cost on top of the template itself.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportgen.gold import load_gold  # noqa: E402
from reportgen.inputs import load_input  # noqa: E402
from reportgen.render import prepare, render  # noqa: E402

INPUTS = {
    "seed": lambda: load_gold(ROOT / "corpus" / "tcr-germany-oschersleben-2022" / "expected.json"),
    "results-event": lambda: load_input(ROOT / "corpus" / "results" / "event.toml"),
}


def rate(fn: Callable[[], object], seconds: float) -> float:
    """Calls per second of ``fn`` over at least ``seconds`` of wall time."""
    n, t0 = 0, time.perf_counter()
    batch = 16
    while True:
        for _ in range(batch):
            fn()
        n += batch
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            return n / elapsed


def bare_jinja(doc, lang: str, kind: str, seed: int) -> Callable[[], str]:
    """Render the same template with the planner's context computed once beforehand
    (``reportgen.render.prepare``: the render core's build-context step)."""
    template, ctx = prepare(doc, lang=lang, kind=kind, seed=seed)
    return lambda: template.render(ctx)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=0.4, help="time per measurement")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    rows = []
    for name, load in INPUTS.items():
        doc = load()
        for lang in ("sv", "en"):
            for kind in ("report", "summary"):
                full = lambda d=doc, lg=lang, k=kind: render(d, lang=lg, kind=k, seed=0)  # noqa: E731
                bare = bare_jinja(doc, lang, kind, 0)
                full(), bare()  # warm caches: environment, templates, Babel data
                fulls, bares = [], []
                for _ in range(args.rounds):
                    fulls.append(rate(full, args.seconds))
                    bares.append(rate(bare, args.seconds))
                f, b = statistics.median(fulls), statistics.median(bares)
                rows.append({"input": name, "lang": lang, "kind": kind, "reports_per_s": round(f, 1),
                             "bare_jinja_per_s": round(b, 1), "ratio": round(f / b, 3)})
    overall = statistics.median(r["reports_per_s"] for r in rows)
    if args.json:
        print(json.dumps({"rows": rows, "median_reports_per_s": overall}, indent=2))
        return 0
    print(f"{'input':<14} {'lang':<4} {'kind':<8} {'reports/s':>10} {'bare jinja/s':>13} {'ratio':>6}")
    for r in rows:
        print(f"{r['input']:<14} {r['lang']:<4} {r['kind']:<8} {r['reports_per_s']:>10,.0f} "
              f"{r['bare_jinja_per_s']:>13,.0f} {r['ratio']:>6.2f}")
    verdict = "meets" if min(r["reports_per_s"] for r in rows) >= 1000 else "misses"
    print(f"median {overall:,.0f} reports/s; slowest {min(r['reports_per_s'] for r in rows):,.0f} "
          f"({verdict} the 1,000 reports/s target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
