"""Accuracy against the gold corpus: precision, recall and F1 per fact type.

Each fact type is compared as a multiset of keys (evidence spans are not scored):

=============  ==============================================================
type           key
=============  ==============================================================
results        (session id, driver, position, status)
standings      (position, name, nationality, points)
quotes         (speaker, text normalised: case, spaces and punctuation folded)
incidents      (type, session id, driver, detail)
event          (field, value) for each non-null event field, and the title
participants   (name, field, value) for the name and each non-null attribute
sessions       (id, kind, number)
next_event     (field, value) for each non-null field
links          url
=============  ==============================================================

Scores are micro-averaged over the corpus: true positives, false positives and false
negatives are summed over documents before P/R/F1 are computed.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReportgenError
from .gold import load_gold
from .model import FactsDocument

FACT_TYPES = ("results", "standings", "quotes", "incidents", "event",
              "participants", "sessions", "next_event", "links")

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise_quote(text: str) -> str:
    """Fold case, punctuation and whitespace, so "A, B." and "a b" compare equal."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.lower())).strip()


def _points(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def _keys_results(doc: FactsDocument) -> Iterable[tuple]:
    for s in doc.sessions:
        for r in s.results:
            yield (s.id, r.driver, r.position, r.status)


def _keys_standings(doc: FactsDocument) -> Iterable[tuple]:
    for t in doc.standings:
        for e in t.entries:
            yield (e.position, e.name, e.nationality, _points(e.points))


def _keys_quotes(doc: FactsDocument) -> Iterable[tuple]:
    for q in doc.quotes:
        yield (q.speaker, normalise_quote(q.text))


def _keys_incidents(doc: FactsDocument) -> Iterable[tuple]:
    for i in doc.incidents:
        yield (i.type, i.session, i.driver, i.detail)


def _keys_event(doc: FactsDocument) -> Iterable[tuple]:
    for k, v in doc.event.model_dump().items():
        if v is not None:
            yield (k, v)
    if doc.title:
        yield ("title", doc.title.strip())


def _keys_participants(doc: FactsDocument) -> Iterable[tuple]:
    for p in doc.participants:
        yield (p.name, "name", p.name)
        for k in ("nationality", "team", "car"):
            v = getattr(p, k)
            if v is not None:
                yield (p.name, k, v)


def _keys_sessions(doc: FactsDocument) -> Iterable[tuple]:
    for s in doc.sessions:
        yield (s.id, s.kind, s.number)


def _keys_next_event(doc: FactsDocument) -> Iterable[tuple]:
    if doc.next_event:
        for k in ("series", "circuit", "date_text"):
            v = getattr(doc.next_event, k)
            if v is not None:
                yield (k, v)


def _keys_links(doc: FactsDocument) -> Iterable[tuple]:
    for url in doc.links:
        yield (url,)


KEYS: dict[str, Callable[[FactsDocument], Iterable[tuple]]] = {
    "results": _keys_results, "standings": _keys_standings, "quotes": _keys_quotes,
    "incidents": _keys_incidents, "event": _keys_event, "participants": _keys_participants,
    "sessions": _keys_sessions, "next_event": _keys_next_event, "links": _keys_links,
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class DocumentScore:
    id: str
    scores: dict[str, Score]
    missed: dict[str, list[tuple]]      # gold keys the parser did not produce
    spurious: dict[str, list[tuple]]    # parser keys not in the gold


@dataclass
class EvaluationReport:
    documents: list[DocumentScore] = field(default_factory=list)
    seconds: float = 0.0

    def total(self, fact_type: str) -> Score:
        s = Score()
        for d in self.documents:
            s.add(d.scores[fact_type])
        return s

    def to_dict(self) -> dict:
        return {
            "documents": len(self.documents),
            "scores": {t: self.total(t).to_dict() for t in FACT_TYPES},
            "per_document": {d.id: {t: d.scores[t].to_dict() for t in FACT_TYPES} for d in self.documents},
        }


def compare(predicted: FactsDocument, gold: FactsDocument, doc_id: str = "") -> DocumentScore:
    """Score one parsed document against its gold facts."""
    scores, missed, spurious = {}, {}, {}
    for t, keys in KEYS.items():
        pred, want = Counter(keys(predicted)), Counter(keys(gold))
        tp = sum((pred & want).values())
        scores[t] = Score(tp=tp, fp=sum(pred.values()) - tp, fn=sum(want.values()) - tp)
        missed[t] = sorted((want - pred).elements(), key=repr)
        spurious[t] = sorted((pred - want).elements(), key=repr)
    return DocumentScore(doc_id, scores, missed, spurious)


def corpus_documents(corpus: str | Path) -> list[Path]:
    """The folders under ``corpus`` that hold both release.txt and expected.json."""
    root = Path(corpus)
    found = sorted(p.parent for p in root.glob("*/release.txt") if (p.parent / "expected.json").exists())
    if not found:
        raise ReportgenError("E040", path=str(root))
    return found


def evaluate_corpus(corpus: str | Path, progress: bool = False) -> EvaluationReport:
    """Parse every corpus text and score it against its gold file."""
    from . import parse_file

    report = EvaluationReport()
    folders = corpus_documents(corpus)
    t0 = time.perf_counter()
    for i, folder in enumerate(folders, 1):
        gold = load_gold(folder / "expected.json")
        predicted = parse_file(str(folder / "release.txt"))
        report.documents.append(compare(predicted, gold, folder.name))
        if progress:
            print(f"[{i}/{len(folders)}] {folder.name}", file=sys.stderr)
    report.seconds = time.perf_counter() - t0
    return report


def format_report(report: EvaluationReport, per_document: bool = False) -> str:
    lines = []
    if per_document:
        for d in report.documents:
            misses = [(t, "missed", k) for t in FACT_TYPES for k in d.missed[t]]
            misses += [(t, "spurious", k) for t in FACT_TYPES for k in d.spurious[t]]
            if not misses:
                continue
            lines.append(f"== {d.id}")
            lines += [f"  {t:<12} {kind:<8} {k}" for t, kind, k in misses]
        lines.append("")
    lines.append(f"{len(report.documents)} documents, {report.seconds:.2f} s")
    lines.append(f"{'fact type':<13}{'gold':>6}{'found':>7}{'tp':>6}{'precision':>11}{'recall':>8}{'F1':>8}")
    for t in FACT_TYPES:
        s = report.total(t)
        lines.append(f"{t:<13}{s.tp + s.fn:>6}{s.tp + s.fp:>7}{s.tp:>6}"
                     f"{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    return "\n".join(lines)
