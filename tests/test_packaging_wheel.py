"""The installed wheel carries its data: lexicon files and templates (not only the source tree)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import CORPUS, ROOT, SEED_ID


@pytest.fixture(scope="module")
def wheel_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    wheel = next((tmp / "dist").glob("reportgen-*.whl"))
    site = tmp / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    with zipfile.ZipFile(wheel) as z:
        (site / "WHEEL_FILES.txt").write_text("\n".join(z.namelist()), encoding="utf-8")
    return site


@pytest.mark.parametrize("prefix", ["reportgen/lang/sv/", "reportgen/lang/en/", "reportgen/templates/sv/",
                                    "reportgen/templates/en/"])
def test_packaging_wheel_ships_data(wheel_site: Path, prefix: str) -> None:
    names = (wheel_site / "WHEEL_FILES.txt").read_text(encoding="utf-8").split()
    assert any(n.startswith(prefix) for n in names), f"no {prefix}* in the wheel"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_packaging_wheel_parses_and_renders(wheel_site: Path, lang: str, tmp_path: Path) -> None:
    code = (
        "import sys, reportgen\n"
        f"assert reportgen.__file__.startswith({str(wheel_site)!r}), reportgen.__file__\n"
        "doc = reportgen.parse_file(sys.argv[1])\n"
        "assert doc.sessions, 'no sessions parsed from the seed'\n"
        f"print(reportgen.render(doc, lang={lang!r}, kind='report'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(wheel_site)}
    proc = subprocess.run([sys.executable, "-c", code, str(CORPUS / SEED_ID / "release.txt")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Bäckman" in proc.stdout
