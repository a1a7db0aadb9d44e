"""The ``reportgen`` command line: thin subcommands over the library.

    reportgen parse FILE...            facts documents as JSON
    reportgen render INPUT             Swedish/English report or results summary
    reportgen check INPUT RENDERED     truthfulness check of a rendered text
    reportgen evaluate corpus/         precision/recall/F1 per fact type
    reportgen schema                   JSON Schema of the facts document

Exit status: 0 all went well, 1 some input failed (the others are still done), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .errors import ReportgenError

EPILOG_PARSE = """\
examples:
  reportgen parse release.txt                 one facts document to stdout
  reportgen parse corpus/*/release.txt -o out one DIR/<stem>.json per input
  cat release.txt | reportgen parse -         read standard input
  reportgen parse a.txt b.txt --jsonl         one JSON document per line

Inputs may be UTF-8 (with or without BOM), cp1252 or Latin-1; the encoding found
is recorded under "source". Empty and binary inputs are reported and skipped.
"""

EPILOG_RENDER = """\
INPUT is a facts document (.json, as `reportgen parse` writes it) or a results
event file (.toml/.json naming session CSVs; see README "Results files").

examples:
  reportgen render facts.json --lang en --kind report
  reportgen render corpus/results/event.toml --lang sv --kind summary --format markdown
  reportgen render facts.json --lang sv --templates my_templates/ --seed 3 -o report.txt
"""


def _stem_name(path: str, used: dict[str, int]) -> str:
    """Output file name for an input: its stem, or its parent folder's name when the
    stem is generic (corpus/<id>/release.txt -> <id>.json); made unique in a batch."""
    p = Path(path)
    stem = "stdin" if path == "-" else p.stem
    if stem in {"release", "text", "input", "index"} and p.parent.name:
        stem = p.parent.name
    n = used.get(stem, 0)
    used[stem] = n + 1
    return f"{stem}.json" if n == 0 else f"{stem}-{n + 1}.json"


def cmd_parse(args: argparse.Namespace) -> int:
    from . import parse_file

    if args.output and args.jsonl:
        raise SystemExit("reportgen parse: use either -o DIR or --jsonl, not both")
    if args.inputs.count("-") > 1:
        raise SystemExit("reportgen parse: '-' (standard input) may be given once")
    if len(args.inputs) > 1 and not (args.output or args.jsonl):
        print("reportgen parse: several inputs: writing one JSON document per line (use -o DIR for files)",
              file=sys.stderr)
        args.jsonl = True
    out_dir = Path(args.output) if args.output else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    failed, used = 0, {}
    total = len(args.inputs)
    progress = total > 1 and not args.quiet
    for i, path in enumerate(args.inputs, 1):
        try:
            doc = parse_file(path)
        except ReportgenError as e:
            failed += 1
            print(f"reportgen parse: {e}", file=sys.stderr)
            continue
        if out_dir:
            target = out_dir / _stem_name(path, used)
            target.write_text(doc.to_json() + "\n", encoding="utf-8")
            if progress:
                print(f"[{i}/{total}] {path} -> {target}", file=sys.stderr)
        elif args.jsonl:
            sys.stdout.write(doc.to_json(indent=None) + "\n")
            sys.stdout.flush()
        else:
            sys.stdout.write(doc.to_json() + "\n")
    if failed and total > 1:
        print(f"reportgen parse: {failed} of {total} inputs failed", file=sys.stderr)
    return 1 if failed else 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .model import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from .render import render_file

    try:
        text = render_file(args.input, lang=args.lang, kind=args.kind, fmt=args.format,
                           seed=args.seed, templates=args.templates)
    except ReportgenError as e:
        print(f"reportgen render: {e}", file=sys.stderr)
        return 1
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .check import check_file

    try:
        problems = check_file(args.input, args.rendered, lang=args.lang)
    except ReportgenError as e:
        print(f"reportgen check: {e}", file=sys.stderr)
        return 1
    for p in problems:
        print(f"{args.rendered}: {p}")
    print(f"{len(problems)} unsupported statement(s)")
    return 1 if problems else 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_corpus, format_report

    try:
        report = evaluate_corpus(args.corpus, progress=not args.quiet)
    except ReportgenError as e:
        print(f"reportgen evaluate: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, per_document=args.per_document))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="reportgen",
        description="Read Swedish motorsport press releases into facts (JSON) and write "
                    "Swedish/English race reports and results summaries from facts.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run 'reportgen COMMAND --help' for the options of each command.",
    )
    from . import __version__

    ap.add_argument("--version", action="version", version=f"reportgen {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="press text(s) -> facts document(s) as JSON",
                       description="Parse Swedish press texts into facts documents.",
                       epilog=EPILOG_PARSE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="FILE", help="text file(s); '-' reads standard input")
    p.add_argument("-o", "--output", metavar="DIR", help="write DIR/<stem>.json for each input")
    p.add_argument("--jsonl", action="store_true", help="stream one compact JSON document per line")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    p.set_defaults(func=cmd_parse)

    r = sub.add_parser("render", help="facts document or results files -> report/summary",
                       description="Render a Swedish or English report or results summary.",
                       epilog=EPILOG_RENDER, formatter_class=argparse.RawDescriptionHelpFormatter)
    r.add_argument("input", metavar="INPUT", help="facts .json, or results event .toml/.json")
    r.add_argument("--lang", choices=["sv", "en"], default="sv", help="output language (default: sv)")
    r.add_argument("--kind", choices=["report", "summary"], default="report",
                   help="report: prose race report; summary: results per session + standings "
                        "(default: report)")
    r.add_argument("--format", choices=["text", "markdown", "html"], default="text",
                   help="output format; html is autoescaped (default: text)")
    r.add_argument("--seed", type=int, default=0,
                   help="choose among equivalent phrasings deterministically (default: 0)")
    r.add_argument("--templates", metavar="DIR",
                   help="folder with <lang>/<name>.j2 templates that override the built-in ones")
    r.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    r.set_defaults(func=cmd_render)

    c = sub.add_parser("check", help="verify a rendered text states only facts from its input",
                       description="Check that every number and name in RENDERED comes from INPUT "
                                   "(or a documented derivation such as a points gap).")
    c.add_argument(
        "input", metavar="INPUT", help="the facts .json or results event file it was rendered from"
    )
    c.add_argument("rendered", metavar="RENDERED", help="the rendered text file")
    c.add_argument("--lang", choices=["sv", "en"], default=None, help="language of RENDERED (default: guess)")
    c.set_defaults(func=cmd_check)

    e = sub.add_parser("evaluate", help="precision/recall/F1 per fact type over a gold corpus",
                       description="Parse every <id>/release.txt under CORPUS and compare with "
                                   "<id>/expected.json.")
    e.add_argument("corpus", metavar="CORPUS", help="corpus folder (e.g. corpus/)")
    e.add_argument("--per-document", action="store_true", help="also print the misses of each document")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    e.set_defaults(func=cmd_evaluate)

    s = sub.add_parser("schema", help="print the JSON Schema of the facts document")
    s.set_defaults(func=cmd_schema)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `reportgen parse ... | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except SystemExit as e:
        if isinstance(e.code, str):
            print(e.code, file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
