"""Referring expressions: who a sentence is about, and how to name them this time.

The rules (a press officer's, made explicit):

* the first mention of a driver is the full name;
* later mentions use the surname, when no other driver in the document shares it;
* a pronoun only when the driver's gender is known (``Participant.gender``; never
  guessed), the previous message was about the same driver, and no other driver was
  named in it: "never an ambiguous pronoun when two drivers are in play";
* a demonym ("dansken", "the Dane") now and then instead of the surname, when the
  driver is the only one of that nationality in the document (and, where the language
  inflects it, the gender is known);
* failing a demonym, the given name now and then for the press release's own driver
  (``familiar``), where the language's press style does that (a Swedish release
  writes "Jessica blev tvåa" about its driver) and no other driver shares it: without
  it, a driver of unknown gender is "Bäckman" sentence after sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..model import FactsDocument
from ..personal_names import given_names, surname


class Referrer:
    """Tracks mentions through one document and names drivers accordingly."""

    def __init__(
        self,
        doc: FactsDocument,
        pronouns: dict[str, str],
        demonym: Callable[[str | None, str | None], str | None] | None = None,
        familiar: str | None = None,
    ):
        self._gender = {p.name: p.gender for p in doc.participants}
        names = {p.name for p in doc.participants}
        for s in doc.sessions:
            names.update(r.driver for r in s.results)
        for t in doc.standings:
            names.update(e.name for e in t.entries)
        split = {n: surname(n) for n in names}
        surnames = Counter(split.values())
        self._surname = {n: sur for n, sur in split.items() if surnames[sur] == 1}
        self._pronouns = pronouns
        self._demonym: dict[str, str] = {}
        if demonym is not None:
            nat = {p.name: p.nationality for p in doc.participants}
            for t in doc.standings:
                for e in t.entries:
                    nat.setdefault(e.name, e.nationality)
            count = Counter(n for n in nat.values() if n)
            unknown = any(nat.get(n) is None for n in names)
            for name, iso in nat.items():
                if iso and count[iso] == 1 and not unknown:
                    d = demonym(iso, self._gender.get(name))
                    if d:
                        self._demonym[name] = d
        if familiar is not None and familiar not in self._demonym and familiar in names:
            self._add_given(familiar, names)
        self.forget()

    def forget(self) -> None:
        """Start over: nobody mentioned yet (the headline is not part of the prose)."""
        self._used_surname: set[str] = set()
        self._seen: set[str] = set()
        self._last: list[str] = []

    def _add_given(self, name: str, names: set[str]) -> None:
        # all before the surname: "Tor Einar Brekke" is "Tor Einar", never "Tor"
        given = given_names(name)
        if given and sum(given_names(n) == given for n in names) == 1:
            self._demonym[name] = given

    def full(self, name: str) -> str:
        """Always the full name (headlines, attributions, tables); counts as a mention."""
        self._seen.add(name)
        return name

    def subject(self, name: str, *, others: tuple[str, ...] = (), pronoun: bool = True) -> str:
        """How to name ``name`` as the subject of the next message.

        ``others`` are the other drivers the same message names; they make the next
        message's pronoun ambiguous, so they are remembered as in play."""
        if name not in self._seen:
            text = name
        elif pronoun and self._last == [name] and self._gender.get(name) in self._pronouns:
            text = self._pronouns[self._gender[name]]
        elif name in self._demonym and name in self._used_surname and not others:
            # (with a second driver in the sentence, the name itself is clearer)
            # alternate: surname, demonym, surname...
            text = self._demonym[name]
            self._used_surname.discard(name)
        else:
            text = self._surname.get(name, name)
            if text[:1].islower():
                # "de Vries" as a subject may open the sentence and be capitalised to
                # "De Vries", a form `reportgen check` does not know as the name: keep
                # the full name where a sentence may start with it.
                text = name
            self._used_surname.add(name)
        self._seen.add(name)
        self._last = [name, *others]
        return text

    def crew(self, names: tuple[str, ...]) -> list[str]:
        """Each member of a crew named as one subject: full name first, surname later.

        No pronoun and no demonym: those stand for one driver. The whole crew is in play
        afterwards, so the next message takes no pronoun for any one of them."""
        out = []
        for name in names:
            text = name if name not in self._seen else self._surname.get(name, name)
            if text[:1].islower():
                text = name  # "de Vries" may open the sentence (see subject)
            out.append(text)
            self._seen.add(name)
        self._last = list(names)
        return out

    def other(self, name: str, *, in_play: bool = False) -> str:
        """A non-subject mention (a rival, the championship leader); ``in_play``: it is
        named in the same sentence as the subject, so the next pronoun would be ambiguous."""
        text = name if name not in self._seen else self._surname.get(name, name)
        self._seen.add(name)
        if in_play and name not in self._last:
            self._last.append(name)
        return text

    def reset(self) -> None:
        """A new paragraph: a pronoun may not reach back across it."""
        self._last = []
