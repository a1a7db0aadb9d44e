"""Incidents: each type, its English detail, session and driver, merging of repeats."""

from __future__ import annotations

import pytest

from reportgen import parse

INTRO = "Anna Svensson (SWE) och Per Ek (NOR) körde STCC på Mantorp Park.\n\n"

# (body, expected incidents as (type, session, driver, detail))
CASES = [
    ("I Race 1 fick Anna Svensson tekniska problem med bränslepumpen och bröt.\n",
     {("technical", "race-1", "Anna Svensson", "fuel pump")}),
    ("I Race 2 gick växellådan sönder för Per Ek efter tre varv.\n",
     {("technical", "race-2", "Per Ek", "gearbox")}),
    ("I Race 1 fick Anna Svensson motorproblem.\n", {("technical", "race-1", "Anna Svensson", "engine")}),
    ("I Race 1 började bromsarna tappa och Per Ek slutade femma.\n",
     {("technical", "race-1", "Per Ek", "brakes")}),
    ("I Race 1 fick Anna Svensson punktering på sista varvet.\n",
     {("technical", "race-1", "Anna Svensson", "puncture")}),
    ("I Race 2 kraschade Per Ek i första kurvan.\n", {("crash", "race-2", "Per Ek", None)}),
    ("Race 2 fick en tidig avåkning för Per Ek i sista kurvan.\n", {("crash", "race-2", "Per Ek", None)}),
    ("I Race 1 fick Anna Svensson en knuff i första kurvan och tappade två placeringar.\n",
     {("contact", "race-1", "Anna Svensson", None)}),
    ("I Race 1 snurrade Per Ek på första varvet.\n", {("spin", "race-1", "Per Ek", None)}),
    ("I Race 2 kom säkerhetsbilen ut efter tio minuter.\n", {("safety_car", "race-2", None, None)}),
    ("Race 2 bröts med röd flagg efter fem varv.\n", {("red_flag", "race-2", None, None)}),
    ("Per Ek fick ett tidstillägg på fem sekunder i Race 1.\n",
     {("penalty", "race-1", "Per Ek", "time penalty")}),
    ("I Race 2 fick Per Ek en drive through för en tjuvstart.\n",
     {("penalty", "race-2", "Per Ek", "drive-through")}),
    ("Regnet öste ner under Race 1.\n", {("weather", "race-1", None, None)}),
    # a retirement with no cause is an incident; with a cause, the cause is
    ("I Race 1 tvingades Per Ek bryta efter fyra varv.\n", {("retirement", "race-1", "Per Ek", None)}),
    ("I Race 1 gick drivaxeln av och Per Ek tvingades bryta.\n",
     {("technical", "race-1", "Per Ek", "driveshaft")}),
    # a part named without a failure is talk about the car, not an incident
    ("I Race 1 var motorn stark och Anna Svensson vann.\n", set()),
    # a disqualification is a result status only
    ("Per Ek diskvalificerades efter Race 1 för låg vikt.\n", set()),
    # quotes are not narrative
    ("– Motorn gick sönder i Race 1, säger Anna Svensson.\n", set()),
    # repeats merge, keeping the more specific detail
    ("I Race 1 fick Anna Svensson tekniska problem. Det var bränslepumpen som krånglade för henne i Race 1.\n",
     {("technical", "race-1", "Anna Svensson", "fuel pump")}),
    # the session named in the incident's own clause, not one after a comma
    ("I Race 1 fick Per Ek en knuff och tappade, men i Race 2 vann han.\n", {("contact", "race-1", "Per Ek", None)}),
    ("I Race 2 vann Anna Svensson. Per Ek tvingades bryta med en trasig drivaxel, men tog sig till Race 3.\n",
     {("technical", "race-2", "Per Ek", "driveshaft")}),
    # a session the text does not number is unknown, not the one named before
    ("Anna Svensson vann SS4 och SS5. På den näst sista sträckan snurrade Per Ek.\n",
     {("spin", None, "Per Ek", None)}),
    # "racet" refers back to the session the paragraph is about
    ("I Race 2 startade Per Ek bra. Efter fem varv bröts racet med röd flagg när Per Ek kraschade.\n",
     {("red_flag", "race-2", None, None), ("crash", "race-2", "Per Ek", None)}),
    # a later back-reference repeats the incident the text placed in a session
    ("I Race 1 kraschade Per Ek.\n\nRace 2 vann Anna Svensson. Per Ek kom aldrig till start efter lördagens krasch.\n",
     {("crash", "race-1", "Per Ek", None)}),
    # a time penalty after a qualifying named as background is served in the paragraph's race
    ("I Race 2 hände mycket. Per Ek hade kvalat in som 2:a i Kval 2 men fick ett tidstillägg på fem sekunder.\n",
     {("penalty", "race-2", "Per Ek", "time penalty")}),
    ("Det började regna lagom till Race 2.\n", {("weather", "race-2", None, None)}),
    # two cars colliding is a contact for each named driver (corpus/README.md), passive side too
    ("I Race 1 blev Anna Svensson påkörd av Per Ek och tvingades bryta.\n",
     {("contact", "race-1", "Anna Svensson", None), ("contact", "race-1", "Per Ek", None)}),
    ("I Race 1 fick Anna Svensson en knuff bakifrån av norrmannen Per Ek och snurrade.\n",
     {("contact", "race-1", "Anna Svensson", None), ("contact", "race-1", "Per Ek", None),
      ("spin", "race-1", "Anna Svensson", None)}),
    ("I Race 2 hade Anna Svensson kontakt med Per Ek (NOR) i första kurvan.\n",
     {("contact", "race-2", "Anna Svensson", None), ("contact", "race-2", "Per Ek", None)}),
    ("I Race 2 fick Anna Svensson kontakt med en Lamborghini och tappade tid.\n",
     {("contact", "race-2", "Anna Svensson", None)}),
    # a day the paragraph opens with is the race the text ties to that day elsewhere
    ("Lördagens race vann Per Ek och söndagens race vann Anna Svensson.\n\n"
     "Söndagen bjöd på tuff racing. Per Ek fick ett tidstillägg på fem sekunder.\n",
     {("penalty", "race-2", "Per Ek", "time penalty")}),
    # more ways a part fails; a repair repeats the failure the text already told
    ("I Race 1 började bromsarna överhettas för Per Ek.\n", {("technical", "race-1", "Per Ek", "brakes")}),
    ("I Race 2 hade växellådan tagit stryk och Per Ek tvingades bryta. "
     "Mekanikerna bytte växellåda till Race 3 och Per Ek slutade sexa.\n",
     {("technical", "race-2", "Per Ek", "gearbox")}),
    ("Per Ek fick byta motor efter Race 1.\n", {("technical", "race-1", "Per Ek", "engine")}),
    # the subject of a relative clause "X, som tvingades bryta", even after "med"
    ("I Race 2 slutade Anna Svensson trea efter en duell med Per Ek, som tvingades bryta när växellådan gav upp.\n",
     {("technical", "race-2", "Per Ek", "gearbox")}),
    ("I Race 1 kom en virtuell safety car-period.\n", {("safety_car", "race-1", None, None)}),
    # a person after "för" is an object, not the one it happened to
    ("I Race 1 höll Anna Svensson undan för Per Ek trots en hård knuff från honom.\n",
     {("contact", "race-1", "Anna Svensson", None)}),
    # both drivers of a joined subject
    ("I Race 2 kolliderade Anna Svensson och Per Ek i första kurvan.\n",
     {("contact", "race-2", "Anna Svensson", None), ("contact", "race-2", "Per Ek", None)}),
    ("I Race 2 stoppades racet efter att Anna Svensson och Per Ek kolliderade.\n",
     {("red_flag", "race-2", None, None), ("contact", "race-2", "Anna Svensson", None),
      ("contact", "race-2", "Per Ek", None)}),
    ("I Race 2 hade två bilar haft kontakt i första kurvan.\n", {("contact", "race-2", None, None)}),
    # the driver "vid ratten" of a team; a part that "gav upp"
    ("I Race 1 tvingades Team X med Per Ek vid ratten bryta då motorn gick sönder.\n",
     {("technical", "race-1", "Per Ek", "engine")}),
    ("Per Ek kom aldrig till start i Race 2 eftersom växellådan gav upp.\n",
     {("technical", "race-2", "Per Ek", "gearbox")}),
    ("I Race 1 fick Anna Svensson problem med kedjan.\n", {("technical", "race-1", "Anna Svensson", None)}),
    # a results list line under a session heading
    ("Annas resultat:\nRace 1: 1:a plats\nTidskval 2: Startade inte pga. tekniska problem\n",
     {("technical", "qualifying-2", "Anna Svensson", None)}),
    # both sides of a contact: the pair after the verb, a pair with a bracketed code
    ("På andra varvet av Race 1 kolliderade Anna Svensson (SWE) och Per Ek (NOR) i första kurvan.\n",
     {("contact", "race-1", "Anna Svensson", None), ("contact", "race-1", "Per Ek", None)}),
    ("I Race 2 gick det hett till när Svensson och Per Ek (NOR) kom i kontakt med varandra.\n",
     {("contact", "race-2", "Anna Svensson", None), ("contact", "race-2", "Per Ek", None)}),
    # a session the driver went on to after the incident is not where it happened
    ("Semifinal 2: 1. Anna Svensson, 2. Per Ek. Ek snurrade efter kontakt med Svensson men tog "
     "sig ändå till finalen.\n\nFinal:\n1. Anna Svensson\n2. Per Ek\n",
     {("contact", "other-2", "Per Ek", None), ("contact", "other-2", "Anna Svensson", None),
      ("spin", "other-2", "Per Ek", None)}),
    # a cause after "efter" happened in the session named after it ("shakedown" is practice)
    ("Lisa Ek vann SS1. Per Holm kom aldrig till start i rallyt efter en avåkning under onsdagens "
     "shakedown.\n",
     {("crash", "practice", "Per Holm", None)}),
    # "kontakt mellan bilarna": the two drivers the sentence named are its sides
    ("I Race 1 kom Anna Svensson ikapp norrmannen Per Ek (NOR), och i försöket att ta sig förbi "
     "blev det kontakt mellan bilarna.\n",
     {("contact", "race-1", "Anna Svensson", None), ("contact", "race-1", "Per Ek", None)}),
    # the one a penalty is "för", a few words after it, not the sentence's subject
    ("I Race 2 klättrade Anna Svensson stadigt, innan ett tidstillägg på fem sekunder för Per Ek "
     "kostade laget chansen.\n",
     {("penalty", "race-2", "Per Ek", "time penalty")}),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_parser_incidents_types(body: str, expected: set[tuple]) -> None:
    text = INTRO + body
    doc = parse(text)
    got = {(i.type, i.session, i.driver, i.detail) for i in doc.incidents}
    assert got == expected
    ids = {s.id for s in doc.sessions}
    for inc in doc.incidents:
        assert text[inc.evidence.start:inc.evidence.end] == inc.evidence.text
        assert inc.session is None or inc.session in ids


def test_parser_incidents_one_per_key() -> None:
    text = INTRO + "I Race 2 kom säkerhetsbilen ut. Säkerhetsbilen stannade ute till mål i Race 2.\n"
    doc = parse(text)
    assert [(i.type, i.session) for i in doc.incidents] == [("safety_car", "race-2")]


@pytest.mark.parametrize("detail_concept", ["incident.technical.fuel_pump", "incident.technical.gearbox"])
def test_parser_incidents_data_first_form_is_definite(detail_concept: str) -> None:
    from reportgen.lexicon import load

    entry = next(e for e in load("sv").entries("incidents") if e.concept == detail_concept)
    assert entry.forms[0].endswith("n")  # bränslepumpen, växellådan: what the renderer writes


@pytest.mark.parametrize("cue", ["efter avåkning för Öhman/Öhman", "efter att Öhman/Öhman kraschade"])
def test_parser_incidents_crew_sharing_surname_goes_to_driver(cue: str) -> None:
    text = (
        "Rally Test 2023 – resultat\n\nTotalt:\n1. Per Lind/Maria Berg, Volvo 940, 42.18,3\n"
        "2. Tove Öhman/Lisa Öhman, Ford Escort Mk2, +1.02,5\n\n"
        f"SS5 stoppades med röd flagg {cue}, ingen skadad.\n"
    )
    crashes = [i for i in parse(text).incidents if i.type == "crash"]
    assert [(i.session, i.driver) for i in crashes] == [("stage-5", "Tove Öhman")]


def test_parser_incidents_status_lines_under_result_headings() -> None:
    """A club notice: a cause in brackets on a status line explains that session's DNF or
    DNS, and the status line names its driver even with a given name the data lacks."""
    text = (
        "Klubbrace Sturup Raceway\n\n"
        "Race 1 – Volvo Original\n1. Kalle Nordin, SSRK\n2. Bengt Åhlin, Ystads MK\n"
        "Bröt: Stefan Ek, SSRK\n\n"
        "Race 2 – Legends\n1. Jenny Holm, Lunds MS\nEj start: Peter Wall, SSRK (motorhaveri)\n\n"
        "Race 3 – Formel Ford\n1. Hampus Borg, SSRK\n2. Ivar Sjöstrand, SSRK\nBröt: Ali Rezaei, Lunds MS (kopplingen)\n"
    )
    doc = parse(text)
    got = {(i.type, i.session, i.driver, i.detail) for i in doc.incidents}
    assert got == {
        ("retirement", "race-1", "Stefan Ek", None),
        ("technical", "race-2", "Peter Wall", "engine"),
        ("technical", "race-3", "Ali Rezaei", "clutch"),
    }
    results = {(s.id, r.driver, r.status) for s in doc.sessions for r in s.results}
    assert ("race-3", "Ali Rezaei", "dnf") in results


def test_parser_incidents_a_summary_without_driver_repeats_the_told_one() -> None:
    text = (
        "Trots en drive-through körde teamet hem en fjärdeplats i racet.\n\n"
        "Johanna Lidén höll ett starkt tempo. Hon mättes upp i för hög fart i depåfilen och fick "
        "en drive-through i racet.\n"
    )
    got = {(i.type, i.session, i.driver, i.detail) for i in parse(text).incidents}
    assert got == {("penalty", "race", "Johanna Lidén", "drive-through")}



def test_parser_incidents_go_to_the_crew_a_sentence_puts_out() -> None:
    """ "mitt på SS5" is the adverb, not "my": the third-person rally text is no driver's own,
    and the turbo failure goes to the crew the sentence puts out of the rally."""
    text = (
        "Lisa Ek och kartläsaren Kim Sjö vann Rally Dalsland. Rallyledarna Per Holm och kartläsaren "
        "Jonna Berg fick ett tungt slut på dagen. Turbon på deras Škoda gav upp mitt på SS5 och de "
        "tvingades bryta.\n"
    )
    doc = parse(text)
    assert doc.about is None
    assert {(i.type, i.driver, i.detail) for i in doc.incidents if i.type == "technical"} == {
        ("technical", "Per Holm", "turbo")
    }
