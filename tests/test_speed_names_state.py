"""PeopleIndex.between gives the mentions a plain scan gives (generated mentions, filled
as names fills them; fixed seeds)."""

from __future__ import annotations

import random

import pytest

from reportgen.parser.state import Mention, PeopleIndex


@pytest.mark.parametrize("seed", range(4))
def test_between_is_the_scan(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(300):
        people = PeopleIndex()
        starts = [rnd.randint(0, 60) for _ in range(rnd.randint(0, 12))]
        spans = sorted((s, s + rnd.randint(1, 6)) for s in starts)
        for k, (s, e) in enumerate(spans):
            if rnd.random() < 0.5:
                people.mentions.append(Mention(s, e, "x", f"n{k}"))  # as names.mentions() fills it
            else:
                people.add_mention(Mention(s, e, "x", f"n{k}"))
        for start in range(-2, 70, 3):
            for end in range(start, 72, 5):
                want = [m for m in people.mentions if start <= m.start < end and m.end <= end]
                assert people.between(start, end) == want
