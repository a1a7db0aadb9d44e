"""Input adapters: every kind of input file becomes one :class:`FactsDocument`.

The generator only ever sees facts documents. Each input format is an *adapter*
registered here; :func:`load_input` asks the adapters in order which one claims a
file (by extension and a peek at its content) and lets that one read it. A new
source (Jolpica/Ergast F1 JSON, Al Kamel CSV...) is one new module with a
``claims``/``load`` pair and one :func:`register` call; nothing downstream changes.

Built in, in the order they are asked:

============  ==========================================================
results       event file (``.toml``, or ``.json`` whose sessions name CSV
              files) + one CSV classification sheet per session
facts         a facts document as ``reportgen parse`` writes it (``.json``)
============  ==========================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import ReportgenError
from ..model import FactsDocument


class Adapter(Protocol):
    """What an input adapter provides."""

    name: str

    def claims(self, path: Path, head: bytes) -> bool:
        """True when this adapter reads ``path`` (``head``: its first bytes)."""
        ...

    def load(self, path: Path) -> FactsDocument:
        """Read ``path`` into a validated facts document, or raise ReportgenError."""
        ...


@dataclass(frozen=True)
class _Registered:
    name: str
    adapter: Adapter


_ADAPTERS: list[_Registered] = []
_HEAD_BYTES = 4096


def register(adapter: Adapter, *, first: bool = False) -> None:
    """Add an adapter; ``first=True`` lets it claim files before the built-in ones."""
    entry = _Registered(adapter.name, adapter)
    global _ADAPTERS
    _ADAPTERS = [a for a in _ADAPTERS if a.name != adapter.name]
    if first:
        _ADAPTERS.insert(0, entry)
    else:
        _ADAPTERS.append(entry)


def adapters() -> list[str]:
    """Names of the registered adapters, in the order they are asked."""
    return [a.name for a in _ADAPTERS]


def adapter_for(path: str | Path) -> Adapter:
    """The adapter that claims ``path`` (E004 when unreadable, E023 when none does)."""
    p = Path(path)
    try:
        with p.open("rb") as f:
            head = f.read(_HEAD_BYTES)
    except OSError as e:
        raise ReportgenError("E004", path=str(path), detail=e.strerror or str(e)) from e
    for entry in _ADAPTERS:
        if entry.adapter.claims(p, head):
            return entry.adapter
    raise ReportgenError(
        "E023", path=p.name,
        detail="not a known input: expected a facts document (.json) or a results event file "
               "(.toml, or .json with sessions naming CSV files)",
    )


def load_input(path: str | Path) -> FactsDocument:
    """Read any supported input file into a facts document."""
    return adapter_for(path).load(Path(path))


def _register_builtins() -> None:
    from .facts_json import FactsJsonAdapter
    from .results import ResultsEventAdapter

    register(ResultsEventAdapter())
    register(FactsJsonAdapter())


_register_builtins()

__all__ = ["Adapter", "adapter_for", "adapters", "load_input", "register"]
