"""Microplanning: from facts to an ordered list of *messages* the templates put into words.

A message is a small dict: ``kind`` (which macro of ``phrases.j2`` words it),
``variant`` (which of that kind's phrasings) and the facts it states. The planner
decides *what* is said and in what order; the templates decide *how*.

Narrative rules, all computed from the facts (never from wording):

* win / pole / podium / finishing place per session, with the grid slot when known
  (``Result.grid``) and the places gained from it;
* a race after a qualifying the driver did not complete (dns/dnf/dsq in the
  qualifying with the same number just before it) is told as a recovery;
* aggregation: the same place in every session of a run of same-kind sessions
  ("tvåa i båda träningspassen");
* DNS/DNF with its cause, taken from an incident of the same driver and session;
  a technical problem in a session the driver still finished is told with the result;
* safety car and other field-wide incidents per session;
* championship: leader and gap to the runner-up, or position and gap to the leader,
  computed from the standings table (the gap is the one derived number we write).

Variation: every kind has several phrasings (macros ``<kind>_0``, ``<kind>_1``...).
The first use of a kind in a document starts at a variant chosen from the seed, and
each later use takes the next one, so no phrasing repeats within a report until all
of that kind's phrasings are used.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..errors import ReportgenError
from ..model import FactsDocument, Result, Session, Standings
from .filters import LocaleFormat
from .refer import Referrer

Message = dict[str, Any]

RACE_KINDS = frozenset({"race", "heat", "final", "stage"})
# The event's overall result (a rally's classification, the final after the heats) and
# the parts of it (stages, heats): a part's win is minor news beside the overall result.
OVERALL_KINDS = frozenset({"race", "final"})
PART_KINDS = frozenset({"stage", "heat"})
# Incidents that explain a DNS/DNF when they share its driver and session.
CAUSE_TYPES = ("technical", "crash", "contact", "spin", "penalty", "retirement", "other")


class Chooser:
    """Deterministic, non-repeating choice of phrasing variants."""

    def __init__(self, seed: int, count: Callable[[str], int]):
        self.seed = seed
        self._count = count
        self._used: dict[str, int] = {}

    def pick(self, kind: str) -> int:
        n = self._count(kind)
        if n == 0:
            raise ReportgenError(
                "E033", name="phrases.j2", detail=f"no macro {kind}_0 for message kind {kind!r}"
            )
        k = self._used.get(kind, 0)
        self._used[kind] = k + 1
        return (_start(self.seed, kind) + k) % n


@lru_cache(maxsize=4096)
def _start(seed: int, kind: str) -> int:
    """The seed's first variant index of ``kind`` (before the modulo), hashed once."""
    # blake2b, not crc32: crc32 of "0/win", "1/win"... barely varies in its low bits,
    # so neighbouring seeds would pick the same phrasing.
    digest = hashlib.blake2b(f"{seed}/{kind}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big")


class Planner:
    """Plans one document in one language."""

    def __init__(self, doc: FactsDocument, fmt: LocaleFormat, count: Callable[[str], int], seed: int):
        self.doc = doc
        self.f = fmt
        self.lang = fmt.lang
        self.choose = Chooser(seed, count)
        v = fmt.vocab
        self.gender = {p.name: p.gender for p in doc.participants}
        self.nationality = {p.name: p.nationality for p in doc.participants}
        for t in doc.standings:
            for e in t.entries:
                self.nationality.setdefault(e.name, e.nationality)
        self.drivers = _drivers(doc)
        self.multi = len(self.drivers) > 1
        self.crew_of = _crews(doc)
        # The story's own driver: the one the release is about (see _protagonist);
        # failing clear signs, a release that names one to three drivers follows the
        # first named; a timing sheet lists a whole field and follows no one.
        about = doc.about if doc.about in self.drivers else None
        self.protagonist = about or _protagonist(doc, self.drivers, self.crew_of) or (
            self.drivers[0] if self.drivers and len(doc.participants) <= 3 else None
        )
        # Swedish press releases call their own driver by the given name now and then
        # ("Jessica blev tvåa"); English reports keep to surnames.
        # Only a release's own driver: one the text is by (about), or the one driver of a
        # release that names no more than three; not the pick of an organiser's report
        # ("Segern i Kvalheat 2 gick till Ville" read oddly in a series news item).
        own = about or (self.protagonist if len(doc.participants) <= 3 else None)
        familiar = own if v.form("style.given_name_for_own_driver") == "yes" else None
        self.refer = Referrer(
            doc, {g: p for g in ("f", "m") if (p := v.form(f"pronoun.{g}"))}, fmt.demonym, familiar
        )
        # a rally's "circuit" is its base town or region: "i Liepāja", not "på Liepāja"
        self.rally = any(s.kind == "stage" for s in doc.sessions)
        self._headings = {s.id: self.label(s) for s in doc.sessions}
        self._labels = {s.id: self.prose_label(s, self._headings[s.id]) for s in doc.sessions}
        self.in_lead: set[tuple[str, str]] = set()  # (session id, driver) the lead states
        self.lead_driver: str | None = None  # the driver the report leads with
        # Incidents by (session, driver), and each session's full-field grid: looked up
        # for every result, so indexed once rather than scanned each time.
        self._incidents: dict[tuple[str | None, str | None], list] = {}
        for inc in doc.incidents:
            self._incidents.setdefault((inc.session, inc.driver), []).append(inc)
        self._causes: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._told_causes: set[int] = set()  # id() of incidents told as a cause
        # (session, driver): a contact told from the other driver's side ("kontakt med X")
        self._told_with: set[tuple[str, str]] = set()
        self._last_grid: dict[str, int | None] = {}

    # -- helpers ----------------------------------------------------------------
    def msg(self, kind: str, **fields: Any) -> Message:
        fields["kind"] = kind
        fields.setdefault("many", False)  # a crew as subject: English "were", not "was"
        fields["variant"] = self.choose.pick(kind)
        return fields

    def crew(self, s: Session, driver: str) -> tuple[str, ...]:
        """``driver`` and the crew-mates who share their place in ``s``."""
        return self.crew_of.get((s.id, driver), (driver,))

    def who(self, crew: tuple[str, ...], others: tuple[str, ...] = ()) -> str:
        """The subject for one driver or a whole crew ("A, B och C")."""
        if len(crew) == 1:
            return self.refer.subject(crew[0], others=others)
        return self.f.join(self.refer.crew(crew))

    def label(self, s: Session) -> str:
        """The session's name in the output language.

        A Swedish source label ("Tidskval 2") is kept in Swedish output; English output
        always builds the name from kind and number, so no Swedish label leaks into it."""
        if s.label and self.lang == self.doc.language:
            own = self._own_label(s)
            if own:
                return own
        v = self.f.vocab
        if self.lang == "en" and self.rally and s.kind == "race" and s.number is None:
            # a rally's overall result: "Rally", "sixth in the rally"
            rally = v.form("session_name.rally_overall")
            if rally:
                return rally
        name = v.first(f"session.{s.kind}", f"session_name.{s.kind}") or s.kind
        name = name[:1].upper() + name[1:]
        # "Qualifying 1" only when there is a second one; the Swedish side keeps the
        # number it built ("Kval 1"), which the round trip reads back as the session's.
        alone = self.lang == "en" and sum(x.kind == s.kind for x in self.doc.sessions) == 1
        return f"{name} {s.number}" if s.number is not None and not alone else name

    def prose_label(self, s: Session, heading: str) -> str:
        """The session's name inside a sentence: English says "in the race", "in
        qualifying" (data ``session_prose.<kind>``) where the heading says "Race" or
        "Qualifying" (a bare kind name, no number); other names are as headed."""
        v = self.f.vocab
        if self.lang == self.doc.language and self.lang != "en":
            # the source's own name inside a sentence: a bare heading noun ("Final",
            # "Prefinal" over a result list) in its definite form ("i finalen"), and a
            # name that only opened its sentence in lower case ("i den andra semifinalen")
            data = v.forms(f"session.{s.kind}")
            if data and heading == data[0] and " " not in heading and len(data) > 1:
                return data[1]
            return self._mid_sentence(heading)
        if self.lang != "en" or any(c.isdigit() for c in heading):
            return heading
        if self.rally and s.kind == "race" and heading == v.form("session_name.rally_overall"):
            return v.form("session_prose.rally_overall") or heading
        if heading != v.form(f"session.{s.kind}"):
            return heading
        return v.form(f"session_prose.{s.kind}") or heading

    def _own_label(self, s: Session) -> str | None:
        """The source's label as a name to write mid-sentence, or None to build one.

        A name ("Tidskval 2", "SS3", "första racet", "Midnattssolsrallyt") is kept. A bare
        session noun from the data is not a name: it is written as the data spells its
        definite form ("Finalen" opened a sentence: "i finalen"; "race" is "racet"), and
        when the weekend has more sessions of that kind the name is built with the number
        ("race" of two races is "Race 2").
        """
        label = s.label or ""
        data = self.f.vocab.forms(f"session.{s.kind}")
        forms = {f.lower(): f for f in data}
        low = label.lower()
        noun, _, number = low.rpartition(" ")
        if number.isdigit() and noun in forms:
            return label[:1].upper() + label[1:]  # "kvalheat 4" is a heading's name: "Kvalheat 4"
        if low not in forms or label == data[0]:
            return label  # a name, or the data's own display name ("Fri träning", "Final")
        if s.number is not None and sum(x.kind == s.kind for x in self.doc.sessions) > 1:
            return None
        suffixes = ("et", "en", "t", "n")  # the definite singular the data lists beside the bare noun
        definite = next((forms[low + x] for x in suffixes if low + x in forms), None)
        return definite or forms[low]

    def _mid_sentence(self, label: str) -> str:
        """``label`` as written inside a sentence: "Den andra semifinalen" opened the
        source's sentence and is "den andra semifinalen" here (data ``label.lower_lead``
        and the ordinal words); a name ("Race 1", "Midnattssolsrallyt") is kept."""
        first, _, rest = label.partition(" ")
        if not rest or not first[:1].isupper() or not first[1:].islower():
            return label
        v = self.f.vocab
        low = first.lower()
        lead = set(v.forms("label.lower_lead"))
        if low in lead or any(low in v.forms(f"ordinal_word.{n}.adj") for n in range(1, 16)):
            return low + label[len(first) :]
        return label

    def session_noun(self, kind: str, plural: bool) -> str:
        v = self.f.vocab
        idx = 2 if plural else 1
        return v.first(f"session_name.{kind}", f"session.{kind}", index=idx) or kind

    def incidents(self, session_id: str | None, driver: str | None = None) -> list:
        return self._incidents.get((session_id, driver), [])

    def cause(self, session_id: str, driver: str) -> dict[str, Any] | None:
        key = (session_id, driver)
        if key in self._causes:
            return self._causes[key]
        found = None
        for inc in self.incidents(session_id, driver) or self._ending_incidents(session_id, driver):
            if inc.type == "retirement":
                # the retirement is the dnf itself, not its cause ("bröt loppet", never
                # "bröt loppet på grund av problem")
                self._told_causes.add(id(inc))
                continue
            if inc.type in CAUSE_TYPES:
                found = self.incident_fields(inc)
                self._told_causes.add(id(inc))
                break
        self._causes[key] = found
        return found

    def incident_fields(self, inc) -> dict[str, Any]:
        """What the templates' cause_np needs to tell an incident: its type, detail in the
        output language, the detail's key, a penalty's noun phrase and a contact's other side."""
        return {"type": inc.type, "detail": self.f.vocab.detail(inc.detail), "key": inc.detail,
                "np": self.penalty_np(inc), "with": self.contact_partner(inc)}

    def penalty_np(self, inc) -> str | None:
        """A penalty as the language says it ("ett tidstillägg", "a drive-through penalty")."""
        if inc.type != "penalty" or not inc.detail:
            return None
        return self.f.vocab.form("penalty_np." + inc.detail.replace(" ", "_"))

    def contact_partner(self, inc) -> str | None:
        """How to name the other driver of a contact, when the facts name exactly one.

        Two cars colliding is a contact for each named driver, so a contact in the same
        session of one other driver is the other side: "en kontakt med Mads Kjær" instead
        of "en kontakt med en annan bil". That driver's own contact is then told.
        """
        if inc.type != "contact" or inc.session is None or inc.driver is None:
            return None
        others = {i.driver for i in self.doc.incidents
                  if i.type == "contact" and i.session == inc.session and i.driver not in (None, inc.driver)}
        if len(others) != 1:
            return None
        partner = others.pop()
        self._told_with.add((inc.session, partner))
        return self.refer.other(partner, in_play=True)

    def _ending_incidents(self, session_id: str, driver: str) -> list:
        """For a retirement from the overall result (a rally): the driver's incidents in
        the stages or heats where they have no result - where their event ended - last first."""
        s = self.doc.session(session_id)
        if s is None or s.kind not in OVERALL_KINDS:
            return []
        if not any(r.driver == driver and r.status in ("dns", "dnf") for r in s.results):
            return []  # a finisher's trouble is told where it happened
        out = []
        for part in self.doc.sessions:
            if part.kind in PART_KINDS and not any(r.driver == driver for r in part.results):
                out.extend(self.incidents(part.id, driver))
        return out[::-1]

    # -- the document ---------------------------------------------------------------
    def plan_report(self) -> dict[str, Any]:
        ctx = self.base()
        key = self.key_result()
        self.lead_driver = key[1].driver if key else self.protagonist
        ctx["headline"] = self.headline(key)
        self.refer.forget()  # the headline is not prose: the lead names everyone afresh
        ctx["lead"] = self.lead(key)
        self.refer.reset()
        ctx["weekend"] = self.weekend()
        ctx["incidents"] = self.loose_incidents()
        quotes, ctx["original_quotes"] = self.quotes()
        self.refer.reset()
        ctx["championship"] = self.championship()
        ctx["next_event"] = self.next_event()
        ctx["body"] = self.arrange(ctx["lead"], ctx["weekend"], ctx["incidents"], quotes)
        return ctx

    @staticmethod
    def arrange(
        lead: list[Message], weekend: list[list[Message]], incidents: list[Message], quotes: list[Message]
    ) -> list[dict[str, Any]]:
        """Paragraphs and quotes in reading order.

        The first quote follows the lead (the reaction to the key result); the others
        follow the last weekend paragraphs, one each, in order, as a press release
        closes each part of the weekend with the driver's words."""
        blocks: list[dict[str, Any]] = [{"type": "para", "messages": lead}] if lead else []
        quotes = list(quotes)
        if quotes and lead:
            blocks.append({"type": "quote", "message": quotes.pop(0)})
        paras: list[list[Message]] = []
        for para in [*weekend, *([incidents] if incidents else [])]:
            # A one-sentence paragraph reads as a fragment: fold it into the next one.
            if paras and len(paras[-1]) == 1:
                paras[-1] = [*paras[-1], *para]
            else:
                paras.append(list(para))
        first_with_quote = max(len(paras) - len(quotes), 0)
        for i, para in enumerate(paras):
            blocks.append({"type": "para", "messages": para})
            if i >= first_with_quote and quotes:
                blocks.append({"type": "quote", "message": quotes.pop(0)})
        blocks.extend({"type": "quote", "message": q} for q in quotes)
        return blocks

    def plan_summary(self) -> dict[str, Any]:
        return self.base()

    def base(self) -> dict[str, Any]:
        ev = self.doc.event
        return {
            "doc": self.doc,
            "lang": self.lang,
            "source_language": self.f.locale.languages.get(self.doc.language, self.doc.language),
            "event": {
                "series": ev.series,
                "circuit": ev.circuit,
                "country": self.f.country(ev.country),
                "dates": self.f.date_range(ev.start_date, ev.end_date),
                "season": ev.season,
                "round": ev.round,
                "rounds_total": ev.rounds_total,
            },
            "results": self.results_block(),
            "single": self.drivers[0] if len(self.drivers) == 1 else None,
            "standings": [self.table(t) for t in self.doc.standings if t.entries],
        }

    # -- key result, headline, lead ---------------------------------------------------
    def key_result(self) -> tuple[str, Result, Session] | None:
        """The result the story leads with: best race finish, then pole, then any.

        A press release about its own driver leads with that driver's best result, not
        a rival's better one; only when the driver has nothing to lead with (no race
        finish, no pole) does the best result of the field lead.

        Where the event has an overall result beside stages or heats, that result is the
        story - a retirement from the rally before a stage win - as long as the driver
        has one."""
        if self.protagonist is not None:
            own = self._overall_result(self.protagonist) or self._key_result(self.protagonist)
            if own is not None:
                return own
        return self._overall_result(None) or self._key_result(None)

    def _overall_result(self, only: str | None) -> tuple[str, Result, Session] | None:
        """``only``'s result in the event's overall session (the winner's when None)."""
        if not any(s.kind in PART_KINDS for s in self.doc.sessions):
            return None
        overall = [s for s in self.doc.sessions if s.kind in OVERALL_KINDS]
        if not overall:
            return None
        s = overall[-1]  # the final after the heats; a rally has one
        r = next((x for x in s.results if (x.driver == only if only else x.position == 1)), None)
        if r is None:
            return None
        if r.status in ("dns", "dnf", "dsq"):
            return ("out", r, s)
        if r.position is None:
            return None
        tag = "win" if r.position == 1 else "podium" if r.position <= 3 else "finish"
        return (tag, r, s)

    def _key_result(self, only: str | None) -> tuple[str, Result, Session] | None:
        best: tuple[tuple[int, int], str, Result, Session] | None = None
        for s in self.doc.sessions:
            for r in s.results:
                if r.position is None or (only is not None and r.driver != only):
                    continue
                race = s.kind in RACE_KINDS
                if race and r.position == 1:
                    tag = "win"
                elif race and r.position <= 3:
                    tag = "podium"
                elif s.kind == "qualifying" and r.position == 1:
                    tag = "pole"
                elif race:
                    tag = "finish"
                else:
                    continue
                rank = ({"win": 0, "podium": 1, "pole": 2, "finish": 3}[tag], r.position)
                # Among equals the story's own driver (first participant) leads.
                if (
                    best is None
                    or rank < best[0]
                    or (
                        rank == best[0]
                        and r.driver == self.protagonist
                        and best[2].driver != self.protagonist
                    )
                ):
                    best = (rank, tag, r, s)
        return None if best is None else (best[1], best[2], best[3])

    def headline(self, key) -> Message:
        ev = self.doc.event
        if key is None:
            return self.msg("headline_event", series=ev.series, circuit=ev.circuit, town=self.rally)
        tag, r, s = key
        crew = self.crew(s, r.driver)
        label = self._labels[s.id]
        return self.msg(
            f"headline_{tag}",
            who=self.f.join(self.refer.full(d) for d in crew),
            many=len(crew) > 1,
            session=label,
            pos=r.position,
            status=r.status,
            cause=self.crew_cause(s, crew) if r.status in ("dns", "dnf") else None,
            series=ev.series,
            circuit=self._venue_unless_in(label),
            town=self.rally,
        )

    def _venue_unless_in(self, label: str) -> str | None:
        """The circuit, unless the session's name already says it ("tretimmarsloppet på
        Monza" is not followed by "på Monza" again)."""
        circuit = self.doc.event.circuit
        return None if circuit and circuit in label else circuit

    def lead(self, key) -> list[Message]:
        ev = self.doc.event
        out: list[Message] = []
        context = dict(
            series=ev.series,
            circuit=ev.circuit,
            town=self.rally,
            country=self.f.country(ev.country),
            dates=self.f.date_range(ev.start_date, ev.end_date),
            round=ev.round,
            rounds_total=ev.rounds_total,
            season=ev.season,
        )
        if key is None:
            out.append(self.msg("lead_event", **context))
        else:
            tag, r, s = key
            crew = self.crew(s, r.driver)
            self.in_lead = {(s.id, d) for d in crew}
            label = self._labels[s.id]
            context["circuit"] = self._venue_unless_in(label)
            out.append(
                self.msg(
                    f"lead_{tag}",
                    who=self.who(crew),
                    many=len(crew) > 1,
                    session=label,
                    pos=r.position,
                    status=r.status,
                    cause=self.crew_cause(s, crew) if r.status in ("dns", "dnf") else None,
                    **context,
                )
            )
            # The team and car, when the whole crew shares them (one car, one team).
            members = [self.doc.participant(d) for d in crew]
            p = members[0]
            if p and (p.team or p.car) and all(
                m is not None and (m.team, m.car) == (p.team, p.car) for m in members
            ):
                out.append(
                    self.msg("team_car", who=self.who(crew), many=len(crew) > 1, team=p.team, car=p.car)
                )
        return out

    # -- the weekend, session by session ---------------------------------------------
    def weekend(self) -> list[list[Message]]:
        paragraphs: list[list[Message]] = []
        current: list[Message] = []
        sessions = self.doc.sessions
        i = 0
        while i < len(sessions):
            s = sessions[i]
            prev = sessions[i - 1].kind if i else None
            if current and (
                s.kind == "qualifying"
                or (s.kind in RACE_KINDS and prev not in RACE_KINDS and prev != "qualifying")
                or (s.kind in RACE_KINDS and prev in RACE_KINDS and self.multi)
            ):
                paragraphs.append(current)
                current = []
                self.refer.reset()
            # a run of same-kind sessions (practice 1, practice 2) may aggregate
            j = i
            while j + 1 < len(sessions) and sessions[j + 1].kind == s.kind and s.kind not in RACE_KINDS:
                j += 1
            run = sessions[i : j + 1]
            done: set[tuple[str, str]] = set()
            if len(run) > 1:
                current.extend(self.aggregate(run, done))
            for x in run:
                current.extend(self.session_messages(x, done))
            i = j + 1
        if current:
            paragraphs.append(current)
        return [p for p in paragraphs if p]

    def aggregate(self, run: list[Session], done: set[tuple[str, str]]) -> list[Message]:
        # Drivers with one place throughout, grouped by it: those sharing it are a crew.
        by_pos: dict[int, list[str]] = {}
        for d in self.drivers:
            res = [next((r for r in s.results if r.driver == d), None) for s in run]
            if any(r is None or r.position is None for r in res):
                continue
            positions = {r.position for r in res}
            if len(positions) != 1:
                continue
            if any(self.incidents(s.id, d) for s in run):
                continue  # an incident deserves its own sentence
            by_pos.setdefault(positions.pop(), []).append(d)
        out = []
        for pos, crew in by_pos.items():
            # a crew-mate with an incident stays out of the group: the group is then
            # smaller than the crew, and must not be told as though it were all of it
            if any(len(self.crew(s, crew[0])) != len(crew) for s in run):
                continue
            # first in every qualifying is pole each time, not "etta"
            kind = "aggregate_pole" if pos == 1 and run[0].kind == "qualifying" else "aggregate"
            out.append(
                self.msg(
                    kind,
                    who=self.who(tuple(crew)),
                    many=len(crew) > 1,
                    pos=pos,
                    count=len(run),
                    noun=self.session_noun(run[0].kind, plural=True),
                    sessions=[self._labels[s.id] for s in run],
                    session_kind=run[0].kind,
                )
            )
            done.update((s.id, d) for s in run for d in crew)
        return out

    def _podium_runners(self, s: Session, units: list[tuple[Result, tuple[str, ...]]]) -> list[str]:
        """Who finished 2nd (and 3rd), for "X vann före A och B" / "Bakom segraren kom A".

        Only a single driver in 2nd, then optionally a single driver in 3rd: the phrasings
        say or imply those exact places, so a gap (nobody 2nd) or a shared place (a crew:
        "före A och B" would read as 2nd and 3rd) leaves the runners to be told one by
        one. A runner-up with a grid story (a climb) gets a sentence of their own.
        """
        by_pos: dict[int, list[str]] = {}
        for r, crew in units:
            if r.position in (2, 3) and not self.climbed(s, r):
                by_pos.setdefault(r.position, []).extend(crew)
        if len(by_pos.get(2, [])) != 1:
            return []
        return by_pos[2] + (by_pos[3] if len(by_pos.get(3, [])) == 1 else [])

    def session_messages(self, s: Session, done: set[tuple[str, str]]) -> list[Message]:
        out: list[Message] = []
        label = self._labels[s.id]
        results = [r for r in s.results if (s.id, r.driver) not in done]
        results.sort(key=lambda r: (r.position is None, r.position or 0))
        # One unit per crew (a lone driver is a crew of one), told by its first member's result.
        units: list[tuple[Result, tuple[str, ...]]] = []
        seen: set[str] = set()
        for r in results:
            if r.driver in seen:
                continue
            crew = tuple(d for d in self.crew(s, r.driver) if (s.id, d) not in done)
            seen.update(crew)
            units.append((r, crew))
        race = s.kind in RACE_KINDS
        told: set[str] = set()
        if self.multi and race:
            winner = next(((r, c) for r, c in units if r.position == 1), None)
            if winner is not None:
                wr, wcrew = winner
                runners = self._podium_runners(s, units)
                if (s.id, wr.driver) in self.in_lead and runners:
                    # the lead told the win: the body adds who completed the podium
                    out.append(
                        self.msg("podium_rest", session=label, runners=[self.refer.other(n) for n in runners])
                    )
                elif (s.id, wr.driver) not in self.in_lead:
                    out.append(
                        self.msg(
                            "win_ahead" if runners else "win",
                            who=self.who(wcrew, others=tuple(runners)),
                            many=len(wcrew) > 1,
                            session=label,
                            runners=[self.refer.other(n) for n in runners],
                            grid=wr.grid,
                        )
                    )
                told.update([*wcrew, *runners])
        narrate = (
            units
            if (not self.multi or len(units) <= 6)
            else [
                (r, c)
                for r, c in units
                if r.status != "classified"
                or self.protagonist in c
                or self.climbed(s, r)
                or (not race and r.position == 1)
            ]
        )
        for a, b in self._collided_out(s, narrate, told):
            # "A och B kolliderade och tvingades båda bryta racet": one sentence, not each
            # side's retirement told with the other as its cause (_collided_out asked for
            # both causes, which marks them told: no loose incident repeats them)
            out.append(self.msg("collided_out", who=self.f.join(self.refer.crew((a, b))), session=label,
                                many=True))
            told.update((a, b))
        for r, crew in narrate:
            # The lead already states the key result; the body does not repeat it bare.
            if r.driver in told or ((s.id, r.driver) in self.in_lead and not r.grid):
                continue
            out.append(self.result_message(s, r, label, crew))
        sc = [i for i in self.incidents(s.id) if i.type in ("safety_car", "red_flag", "weather")]
        if len(sc) >= 2:
            # "I tolvtimmarsloppet gick den röda flaggan upp, vädret spelade in och
            # säkerhetsbilen kom ut": one sentence, the session named once
            out.append(self.msg("field_events", session=label, events=[i.type for i in sc]))
        for inc in sc if len(sc) < 2 else ():
            out.append(self.msg(f"incident_{inc.type}", session=label, race=race))
        # incidents of a driver that finished (no cause already told) and not attached
        return out

    def _collided_out(
        self, s: Session, units: list[tuple[Result, tuple[str, ...]]], told: set[str]
    ) -> list[tuple[str, str]]:
        """Pairs of lone drivers who both retired from ``s`` with their contact with each
        other as the cause (the session's only two contacts), neither told yet."""
        out: list[tuple[str, str]] = []
        out_drivers = [
            c[0] for r, c in units
            if r.status == "dnf" and len(c) == 1 and c[0] not in told and (s.id, c[0]) not in self.in_lead
        ]
        contacts = [i for i in self.doc.incidents if i.session == s.id and i.type == "contact" and i.driver]
        pair = {i.driver for i in contacts}
        if len(contacts) == 2 and len(pair) == 2 and pair <= set(out_drivers):
            a, b = sorted(pair, key=out_drivers.index)
            first = {d: self.cause(s.id, d) for d in (a, b)}
            if all(c is not None and c["type"] == "contact" for c in first.values()):
                out.append((a, b))
        return out

    def crew_cause(self, s: Session, crew: tuple[str, ...]) -> dict[str, Any] | None:
        """The cause told for a crew's result: the first member's with one."""
        return next((c for d in crew if (c := self.cause(s.id, d)) is not None), None)

    def result_message(
        self, s: Session, r: Result, label: str, crew: tuple[str, ...] | None = None
    ) -> Message:
        race = s.kind in RACE_KINDS
        crew = crew or (r.driver,)
        base = dict(session=label, pos=r.position, session_kind=s.kind, many=len(crew) > 1)
        if r.status in ("dns", "dnf", "dsq"):
            cause = self.crew_cause(s, crew) if r.status != "dsq" else None
            return self.msg(r.status, who=self.who(crew), cause=cause, race=race, **base)
        if r.position is None:
            return self.msg("unknown", who=self.who(crew), **base)
        trouble = self.crew_cause(s, crew)
        if race:
            missed = self.missed_qualifying(s, r.driver)
            gained = (r.grid - r.position) if r.grid and r.grid > r.position else None
            if r.position == 1:
                kind = "win_grid" if r.grid and r.grid > 1 else "win"
            elif missed and not r.grid:
                kind = "recovery"
            elif self.climbed(s, r):
                kind = "climb"
            elif r.position <= 3:
                kind = "podium"
            else:
                kind = "finish"
            return self.msg(
                kind,
                who=self.who(crew),
                grid=r.grid,
                gained=gained,
                from_back=self.from_back(s, r),
                qualifying=missed,
                trouble=trouble,
                runners=[],
                **base,
            )
        if s.kind == "qualifying":
            kind = "pole" if r.position == 1 else "qualified"
        elif s.kind == "practice":
            kind = "practice"
        else:
            kind = "placed"
        return self.msg(kind, who=self.who(crew), trouble=trouble, **base)

    def missed_qualifying(self, race: Session, driver: str) -> str | None:
        """The label of the qualifying just before ``race`` that ``driver`` did not complete."""
        # by position, not list.index: that compares pydantic models field by field
        idx = next(i for i, x in enumerate(self.doc.sessions) if x is race)
        for s in reversed(self.doc.sessions[:idx]):
            if s.kind == "qualifying":
                r = next((x for x in s.results if x.driver == driver), None)
                if (
                    r is not None
                    and r.status in ("dns", "dnf", "dsq")
                    and (race.number is None or s.number in (None, race.number))
                ):
                    return self._labels[s.id]
                return None
            if s.kind in RACE_KINDS:
                return None
        return None

    def climbed(self, s: Session, r: Result) -> bool:
        """Worth a sentence of its own: three places or more gained, or any gain from the back."""
        if not (r.grid and r.position and r.grid > r.position):
            return False
        return r.grid - r.position >= 3 or self.from_back(s, r)

    def from_back(self, s: Session, r: Result) -> bool:
        if not r.grid:
            return False
        if s.id not in self._last_grid:
            # "Last on the grid" only when the grid slots known form the whole field 1..n.
            grids = sorted(x.grid for x in s.results if x.grid)
            whole = len(grids) >= 3 and grids == list(range(1, len(grids) + 1))
            self._last_grid[s.id] = grids[-1] if whole else None
        return r.grid == self._last_grid[s.id]

    def loose_incidents(self) -> list[Message]:
        """Driver incidents not already told as a cause, and incidents without a session."""
        # a result tells one cause ("trots en kontakt med X"); the driver's other
        # incidents of that session (the penalty after it) are told here
        told = {(i.session, i.driver, i.type) for i in self.doc.incidents if id(i) in self._told_causes}
        out = []
        for inc in self.doc.incidents:
            if inc.type in ("safety_car", "red_flag", "weather") and inc.session is not None:
                continue
            if inc.driver is not None and (inc.session, inc.driver, inc.type) in told:
                continue
            if inc.type == "contact" and (inc.session, inc.driver) in self._told_with:
                continue  # told from the other side: "trots en kontakt med <this driver>"
            s = self.doc.session(inc.session) if inc.session else None
            if inc.driver is not None:
                kind = "driver_incident"
            elif inc.type in ("safety_car", "red_flag", "weather"):
                kind = f"incident_{inc.type}"
            else:
                kind = "field_incident"
            out.append(
                self.msg(
                    kind,
                    who=self.refer.subject(inc.driver) if inc.driver else None,
                    **self.incident_fields(inc),
                    session=self._labels[s.id] if s else None,
                    race=bool(s and s.kind in RACE_KINDS),
                )
            )
        return out

    # -- quotes ---------------------------------------------------------------------
    def quotes(self) -> tuple[list[Message], list[dict[str, Any]]]:
        prose, original = [], []
        attributed: set[str] = set()
        for q in self.doc.quotes:
            text = q.text if self.lang == self.doc.language else q.text_en
            if text is None:
                original.append({"speaker": q.speaker, "text": q.text})
                continue
            text = text.strip()
            body, mark = text, ""
            if body[-1:] in "?!":
                mark = "asks" if body.endswith("?") else "exclaims"
            else:
                body = body.rstrip(".").rstrip(",")
            if q.speaker is None:
                prose.append(self.msg("quote_anonymous", text=text))
                continue
            who = q.speaker if q.speaker not in attributed else self.refer.other(q.speaker)
            attributed.add(q.speaker)
            self.refer.full(q.speaker)
            prose.append(self.msg("quote", body=body, punct=mark, who=who))
        return prose, original

    # -- championship and next event ----------------------------------------------------
    def championship(self) -> list[Message]:
        table = next((t for t in self.doc.standings if t.entries and t.kind != "teams"), None)
        if table is None:
            return []
        entries = table.entries
        leader = entries[0]
        ctx = dict(
            championship=table.championship or self.doc.event.series,
            after_round=table.after_round,
            rounds_total=table.rounds_total,
        )
        names = {e.name for e in entries}
        # The sentence is about the driver the report leads with (the key result's
        # driver, else the press release's own driver): where they stand and how far
        # the leader is away. Only a report that leads with nobody gives the bare table.
        focus = next((d for d in (self.lead_driver, self.protagonist) if d in names), None)
        if focus is None or focus == leader.name:
            second = entries[1] if len(entries) > 1 else None
            gap = _gap(leader.points, second.points if second else None)
            who = self.refer.subject(leader.name, others=(second.name,) if second else ())
            kind = "standing_leader" if focus else "standing_table"
            return [
                self.msg(
                    kind,
                    who=who,
                    points=leader.points,
                    gap=gap,
                    second=self.refer.other(second.name) if second else None,
                    **ctx,
                )
            ]
        me = next(e for e in entries if e.name == focus)
        gap = _gap(leader.points, me.points)
        who = self.refer.subject(focus, others=(leader.name,))
        return [
            self.msg(
                "standing_chaser",
                who=who,
                pos=me.position,
                points=me.points,
                gap=gap,
                leader=self.refer.other(leader.name),
                leader_points=leader.points,
                **ctx,
            )
        ]

    def next_event(self) -> Message | None:
        n = self.doc.next_event
        if n is None or not (n.circuit or n.series):
            return None
        # date_text is as written in the source language: only the same language may show it.
        date_text = n.date_text if self.lang == self.doc.language else None
        return self.msg("next_event", circuit=n.circuit, series=n.series, date_text=date_text,
                        town=self.rally or _is_town(n.circuit))

    # -- tables -----------------------------------------------------------------------
    def results_block(self) -> list[dict[str, Any]]:
        out = []
        for s in self.doc.sessions:
            rows = []
            for r in sorted(s.results, key=lambda r: (r.position is None, r.position or 0)):
                rows.append(
                    {
                        "driver": r.driver,
                        "code": self.f.code(self.nationality.get(r.driver)),
                        "position": r.position,
                        "status": r.status,
                        "points": r.points,
                        "cause": self.cause(s.id, r.driver) if r.status in ("dns", "dnf") else None,
                    }
                )
            if rows:  # a session nobody has a result in has nothing to list
                out.append({"id": s.id, "label": self._headings[s.id], "kind": s.kind, "rows": rows})
        return out

    def table(self, t: Standings) -> dict[str, Any]:
        return {
            "championship": t.championship,
            "after_round": t.after_round,
            "rounds_total": t.rounds_total,
            "kind": t.kind,
            "entries": [
                {
                    "position": e.position,
                    "name": e.name,
                    "code": self.f.code(e.nationality),
                    "points": e.points,
                }
                for e in t.entries
            ],
        }


@lru_cache(maxsize=1)
def _venue_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Known circuit names (lower case), and the words a venue's name ends with
    (``circuits.json``: venue_noun, venue_name.head), for :func:`_is_town`."""
    from ..lexicon import load

    known: set[str] = set()
    endings: list[str] = []
    for e in load("sv").entries("circuits"):
        if e.concept.startswith("circuit."):
            known.update(f.lower() for f in e.forms)
        elif e.concept in ("venue_noun", "venue_name.head"):
            endings.extend(f.lower() for f in e.forms)
    return frozenset(known), tuple(endings)


def _is_town(place: str | None) -> bool:
    """Whether ``place`` is a town rather than a circuit: not a circuit the data knows and
    not ending in a venue word ("Nyköping", "Söderhamn"; not "Mantorp Park", "Kjula
    kartbana", "Tierp Arena"). A next event in a town is "i Nyköping", at a circuit "på"."""
    if not place:
        return False
    known, endings = _venue_words()
    low = place.lower()
    return low not in known and not low.endswith(endings) and " " not in low


def _protagonist(
    doc: FactsDocument, drivers: list[str], crew_of: dict[tuple[str, str], tuple[str, ...]]
) -> str | None:
    """The driver a press release is about, from the facts: results in the most
    sessions (a release follows its own driver through the weekend, rivals appear
    where they beat them), then the most quotes.

    Clear signs only: two more sessions than anyone outside the driver's crew; or one
    more and quoted at least as often as anyone; or as many sessions and quoted more
    often. Otherwise nobody (the caller falls back to its participant heuristic)."""
    if not drivers:
        return None
    cov: dict[str, int] = {}
    for s in doc.sessions:
        for r in s.results:
            cov[r.driver] = cov.get(r.driver, 0) + 1
    quotes: dict[str, int] = {}
    for q in doc.quotes:
        if q.speaker in cov:
            quotes[q.speaker] = quotes.get(q.speaker, 0) + 1
    mates = {(a, b) for crew in crew_of.values() for a in crew for b in crew}
    rank = {d: i for i, d in enumerate(drivers)}
    order = sorted(drivers, key=lambda d: (-cov.get(d, 0), -quotes.get(d, 0), rank[d]))
    best = order[0]
    rivals = [d for d in order[1:] if (best, d) not in mates]
    if not rivals:
        return best  # one driver, or one crew
    runner = rivals[0]
    margin = cov[best] - cov[runner]
    q = quotes.get(best, 0)
    if margin >= 2:
        return best
    if margin == 1 and q > 0 and q >= max(quotes.get(d, 0) for d in rivals):
        return best
    if margin == 0 and q > quotes.get(runner, 0) and q > max(quotes.get(d, 0) for d in rivals):
        return best
    return None


def _crews(doc: FactsDocument) -> dict[tuple[str, str], tuple[str, ...]]:
    """(session id, driver) -> the crew: every driver sharing that (position, status).

    Drivers who share a place are one car (an endurance crew, a rally driver and
    co-driver) and are told as one subject. Without a position (a retirement) a shared
    status alone does not make a crew - two cars may retire from one race - so there
    drivers are grouped only when they shared a place in some session of the document.
    Only sessions with a shared place get an entry; everyone else is a crew of one."""
    partner: dict[str, str] = {}

    def root(d: str) -> str:
        while partner.get(d, d) != d:
            d = partner[d]
        return d

    for s in doc.sessions:
        groups: dict[Any, list[str]] = {}
        for r in s.results:
            if r.position is not None:
                groups.setdefault((r.position, r.status), []).append(r.driver)
        if len(groups) == len(s.results):
            continue  # every place its own: no crew here (the common case, kept cheap)
        for names in groups.values():
            for n in names[1:]:
                a, b = root(names[0]), root(n)
                if a != b:
                    partner[b] = a
    # Drivers in the same car (the participants' car) with the same results in every
    # session are one crew too, though they never shared a place: a rally crew that
    # retired ("Fredrik Holm och Jonna Ek tvingades bryta SS5").
    told: dict[str, set[tuple[str, Any, str]]] = {}
    for s in doc.sessions:
        for r in s.results:
            told.setdefault(r.driver, set()).add((s.id, r.position, r.status))
    by_car: dict[tuple[str, str, frozenset], list[str]] = {}
    for p in doc.participants:
        if p.car and p.name in told:
            by_car.setdefault((p.car, p.team or "", frozenset(told[p.name])), []).append(p.name)
    for names in by_car.values():
        for n in names[1:]:
            a, b = root(names[0]), root(n)
            if a != b:
                partner[b] = a
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    if not partner:
        return out
    for s in doc.sessions:
        groups = {}
        for r in s.results:
            key = (r.position, r.status) if r.position is not None else (None, r.status, root(r.driver))
            groups.setdefault(key, []).append(r.driver)
        for names in groups.values():
            if len(names) > 1:
                crew = tuple(names)
                out.update(((s.id, n), crew) for n in names)
    return out


def _drivers(doc: FactsDocument) -> list[str]:
    """Drivers with results: participants first (in their order), then any others."""
    with_results = []
    for s in doc.sessions:
        for r in s.results:
            if r.driver not in with_results:
                with_results.append(r.driver)
    ordered = [p.name for p in doc.participants if p.name in with_results]
    return ordered + [d for d in with_results if d not in ordered]


def _gap(a: float | int | None, b: float | int | None) -> float | int | None:
    if a is None or b is None:
        return None
    gap = a - b
    if gap < 0:  # a table out of order: state no gap rather than a negative one
        return None
    return int(gap) if float(gap).is_integer() else gap
