"""The same text gives the same facts in every process: nothing may depend on set order,
which Python's hash seed changes from run to run (upper-cased texts produced ties in the
participant order before)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = """
import glob, hashlib, json
from reportgen import parse
h = hashlib.sha256()
for p in sorted(glob.glob('corpus/*/release.txt'))[:20]:
    t = open(p, encoding='utf-8').read()
    for v in (t, t.upper(), t.swapcase()):
        h.update(json.dumps(parse(v).model_dump(mode='json'), sort_keys=True).encode())
print(h.hexdigest())
"""


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_parse_does_not_depend_on_the_hash_seed() -> None:
    assert len({_digest(seed) for seed in ("1", "2", "3")}) == 1
