"""`reportgen parse`: outputs, exit codes and bad input, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.cli import main

from .conftest import CORPUS, SEED_ID

SEED = CORPUS / SEED_ID / "release.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reportgen.cli", *args], input=stdin,
                          capture_output=True, timeout=300)


def test_cli_parse_one_file_prints_document(capsys) -> None:
    assert main(["parse", str(SEED)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema_version"] == "1"
    assert doc["source"]["encoding"] == "utf-8"


def test_cli_parse_output_dir_names_after_corpus_folder(tmp_path: Path) -> None:
    assert main(["parse", str(SEED), "-o", str(tmp_path), "-q"]) == 0
    assert (tmp_path / f"{SEED_ID}.json").exists()


def test_cli_parse_partial_failure_writes_the_rest(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\t\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00\rIHDR" * 50)
    out = tmp_path / "out"
    code = main(["parse", str(SEED), str(empty), str(binary), "-o", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == [f"{SEED_ID}.json"]
    assert "empty.txt" in err and "E001" in err
    assert "photo.txt" in err and "E002" in err
    assert "2 of 3 inputs failed" in err


def test_cli_parse_jsonl_streams_one_document_per_line(capsys) -> None:
    assert main(["parse", str(SEED), str(SEED), "--jsonl", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["schema_version"] == "1" for line in lines)


@pytest.mark.parametrize(
    ("prefix", "codec", "encoding"),
    [(b"", "utf-8", "utf-8"), (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"), (b"", "cp1252", "cp1252")],
)
def test_cli_parse_stdin_records_encoding(prefix: bytes, codec: str, encoding: str) -> None:
    payload = prefix + "Anna Svensson vann racet på Mantorp Park.\n".encode(codec)
    proc = run("parse", "-", stdin=payload)
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["source"]["encoding"] == encoding


def test_cli_parse_empty_stdin_fails_cleanly() -> None:
    proc = run("parse", "-", stdin=b"  \n")
    assert proc.returncode == 1
    assert b"E001" in proc.stderr and b"Traceback" not in proc.stderr
    assert proc.stdout == b""


@pytest.mark.parametrize("args", [[], ["parse"], ["parse", "a.txt", "-o", "x", "--jsonl"], ["nosuch"]])
def test_cli_usage_errors_exit_2(args: list[str]) -> None:
    assert run(*args).returncode == 2


def test_cli_parse_missing_file_names_it(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["parse", str(missing)]) == 1
    assert "nope.txt" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["Kaffet var gott i dag och vädret fint.\n", "Hej!"])
def test_cli_parse_non_racing_text_gives_empty_document(text: str, tmp_path: Path, capsys) -> None:
    f = tmp_path / "other.txt"
    f.write_text(text, encoding="utf-8")
    assert main(["parse", str(f)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["sessions"] == [] and doc["quotes"] == [] and doc["standings"] == []


def test_cli_parse_text_longer_than_spacy_max_length(tmp_path: Path) -> None:
    from reportgen import parse
    from reportgen.parser import get_nlp

    seed = SEED.read_text(encoding="utf-8")
    limit = get_nlp().max_length
    long_text = seed + ("Publiken jublade längs banan hela dagen. " * (limit // 40 + 10))
    assert len(long_text) > limit
    doc = parse(long_text)
    assert doc.schema_version == "1"
