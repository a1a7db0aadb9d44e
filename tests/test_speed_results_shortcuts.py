"""The results reader's shortcuts give what the calls they stand for give, over the corpus
texts read up to the results component: _between (a slice of the sorted mentions) is
people.between, _paragraph_of (bisected) is state.paragraph_of, _has_cue is the cue test
over _expr_hits, and a paragraph the run loop skips has no expression in any sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.parser import get_nlp
from reportgen.parser.results import _CUES, _digit_ordinals, _Reader
from reportgen.parser.textutil import sentences
from reportgen.textio import read_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
RELEASES = sorted(CORPUS.glob("*/release.txt"))


def _reader(path: Path) -> _Reader:
    nlp = get_nlp()
    doc = nlp.make_doc(read_text(str(path)).text)
    for name, proc in nlp.pipeline:
        if name == "reportgen_results":
            break
        doc = proc(doc)
    return _Reader(doc._.rg)


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.parent.name)
def test_results_shortcuts(path):
    r = _reader(path)
    st, text = r.state, r.text
    people = st.people
    ends = sorted({0, len(text), *(o for p in st.paragraphs for o in p), *(m.start for m in people.mentions),
                   *(m.end for m in people.mentions)})
    for a in ends[::3]:
        for b in ends[::5]:
            if a <= b:
                assert r._between(a, b) == people.between(a, b), (a, b)
    for offset in range(0, len(text) + 1, 7):
        assert r._paragraph_of(offset) == st.paragraph_of(offset), offset
    for ps, pe in st.paragraphs:
        for s, e in [(ps, pe), *sentences(text, ps, pe)]:
            assert r._has_cue(s, e) == any(c.startswith(_CUES) for _, _, c in r._expr_hits(s, e))
        if not r._has_cue(ps, pe) and not _digit_ordinals(text, ps, pe):
            for ss, se in sentences(text, ps, pe):
                assert not r.expressions(ss, se), (ss, se)
