"""Parts of a person's name as written: the surname with its particles, and the given
names before it. The renderer refers to people by these parts, and the check accepts them."""

from __future__ import annotations


def given_names(name: str) -> str:
    """The given name(s): the words before the surname ("Tor Einar" of "Tor Einar
    Brekke"; "" for a one-word name)."""
    return name[: len(name) - len(surname(name))].strip()


def surname(name: str) -> str:
    """The family name, with its lower-case particles: "Lucas de Vries" -> "de Vries".

    A lower-case word before the last one is a particle of the surname (de, van der,
    von, af), never a given name, so no list of particles is needed."""
    parts = name.split()
    if len(parts) < 2:
        return name
    i = len(parts) - 1
    while i > 1 and parts[i - 1][:1].islower():
        i -= 1
    return " ".join(parts[i:])
