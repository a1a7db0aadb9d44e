#!/usr/bin/env python3
"""Developer tasks with nothing but Python 3.11+ and pip (the README's quick start).

    python3 tasks.py demo     set up .venv, parse the bundled corpus, evaluate it, render reports into out/
    python3 tasks.py test     set up .venv, run the test suite
    python3 tasks.py bench    set up .venv, run the parse and render benchmarks
    python3 tasks.py lint     set up .venv, run ruff

Set-up creates .venv beside this file and installs the package (editable) with its
test extras; it is redone when pyproject.toml changes. Extra arguments after
`test` go to pytest (e.g. `python3 tasks.py test -k corpus`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
MARKER = VENV / ".reportgen-installed"
OUT = ROOT / "out"
SEED = "tcr-germany-oschersleben-2022"


def sh(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True)


def setup() -> None:
    if not PY.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pyproject = ROOT / "pyproject.toml"
    if not MARKER.exists() or MARKER.stat().st_mtime < pyproject.stat().st_mtime:
        sh(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", ".[test]")
        MARKER.touch()


def demo() -> None:
    rg = BIN / "reportgen"
    releases = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "corpus").glob("*/release.txt"))
    sh(rg, "parse", *releases, "-o", OUT / "facts", "-q")
    sh(rg, "evaluate", "corpus", "-q")
    facts = OUT / "facts" / f"{SEED}.json"
    for lang in ("sv", "en"):
        for kind in ("report", "summary"):
            sh(rg, "render", facts, "--lang", lang, "--kind", kind, "-o", OUT / f"{SEED}.{kind}.{lang}.txt")
            sh(rg, "render", "corpus/results/event.toml", "--lang", lang, "--kind", kind,
               "-o", OUT / f"results.{kind}.{lang}.txt")
    sh(rg, "check", facts, OUT / f"{SEED}.report.en.txt", "--lang", "en")
    print(f"\nfacts: {OUT / 'facts'}/*.json\nreports: {OUT}/*.txt\n")
    print((OUT / f"{SEED}.report.sv.txt").read_text(encoding="utf-8"))


def test(args: list[str]) -> int:
    return subprocess.run([str(PY), "-m", "pytest", "-q", *args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__.strip())
        return 0 if argv else 2
    task, rest = argv[0], argv[1:]
    if task not in ("demo", "test", "bench", "lint", "setup"):
        print(f"unknown task {task!r}\n\n{__doc__.strip()}", file=sys.stderr)
        return 2
    try:
        setup()
        if task == "demo":
            demo()
        elif task == "test":
            return test(rest)
        elif task == "bench":
            sh(PY, "bench/parse_bench.py")
            sh(PY, "bench/render_bench.py")
        elif task == "lint":
            sh(BIN / "ruff", "check", "reportgen", "tests", "bench", "tasks.py")
    except subprocess.CalledProcessError as e:
        return e.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
