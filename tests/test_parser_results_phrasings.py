"""One short sentence per results phrasing of issue #2 (and the renderer's forms):
the parser must read the expected (session id, driver, position, status) set."""

from __future__ import annotations

import pytest

from reportgen.parser import parse

A, E, B = "Anna Svensson", "Erik Ek", "Bo Lind"
C = "classified"

CASES = [
    ("Anna Svensson vann Race 1.", {("race-1", A, 1, C)}),
    ("Anna Svensson slutade femma i Race 2.", {("race-2", A, 5, C)}),
    ("Anna Svensson blev sexa i Race 2.", {("race-2", A, 6, C)}),
    ("Anna Svensson kom trea i Race 3.", {("race-3", A, 3, C)}),
    ("Anna Svensson tog pole i Tidskval 1.", {("qualifying-1", A, 1, C)}),
    ("Anna Svensson kvalade in som 3:a i Tidskval 1.", {("qualifying-1", A, 3, C)}),
    ("Anna Svensson kvalade in som trea i kval 2.", {("qualifying-2", A, 3, C)}),
    ("Anna Svensson bröt Race 2.", {("race-2", A, None, "dnf")}),
    ("Anna Svensson tvingades bryta Race 2 på grund av tekniska problem.", {("race-2", A, None, "dnf")}),
    ("Anna Svensson startade inte i Race 2.", {("race-2", A, None, "dns")}),
    ("Anna Svensson fick inget varv alls i kval 2.", {("qualifying-2", A, None, "dns")}),
    ("Anna Svensson kom aldrig till start i Race 3.", {("race-3", A, None, "dns")}),
    ("Anna Svensson diskvalificerades i Race 1.", {("race-1", A, None, "dsq")}),
    ("Segern i Race 1 gick till Anna Svensson.", {("race-1", A, 1, C)}),
    (
        "Anna Svensson vann Race 1 före Erik Ek och Bo Lind.",
        {("race-1", A, 1, C), ("race-1", E, 2, C), ("race-1", B, 3, C)},
    ),
    (
        "Segern i Race 1 gick till Anna Svensson, före Erik Ek och Bo Lind.",
        {("race-1", A, 1, C), ("race-1", E, 2, C), ("race-1", B, 3, C)},
    ),
    ("Anna Svensson tog P3 i Race 2.", {("race-2", A, 3, C)}),
    ("Anna Svensson blev tvåa och trea i de båda heaten.", {("heat-1", A, 2, C), ("heat-2", A, 3, C)}),
    ("Anna Svensson var snabbast i Fri träning 1.", {("practice-1", A, 1, C)}),
    (
        "Anna Svensson var andra snabbast på första och andra träningen.",
        {("practice-1", A, 2, C), ("practice-2", A, 2, C)},
    ),
    ("Anna Svensson tog andraplatsen i Race 1.", {("race-1", A, 2, C)}),
    ("Anna Svensson tog en tredjeplats i Race 1.", {("race-1", A, 3, C)}),
    ("Anna Svensson slutade på pallplats i Race 1.", set()),
    ("Anna Svensson startade från andra ruta i Race 1 och slutade fyra.", {("race-1", A, 4, C)}),
    ("Anna Svensson klättrade upp till en 5:e plats i Race 2.", {("race-2", A, 5, C)}),
    ("I Race 2 slutade Anna Svensson sjua.", {("race-2", A, 7, C)}),
    ("I heat 2 blev Anna Svensson tvåa.", {("heat-2", A, 2, C)}),
    ("Anna Svensson vann båda racen.", {("race-1", A, 1, C), ("race-2", A, 1, C)}),
    (
        "Anna Svensson körde bra. I de tre heaten blev hon femma, trea och tvåa.",
        {("heat-1", A, 5, C), ("heat-2", A, 3, C), ("heat-3", A, 2, C)},
    ),
    ("Anna Svensson var fjärde i båda kvalen.", {("qualifying-1", A, 4, C), ("qualifying-2", A, 4, C)}),
    (
        "Anna Svensson vann första racet och blev tvåa i andra racet.",
        {("race-1", A, 1, C), ("race-2", A, 2, C)},
    ),
    (
        "Anna Svensson kvalade in som 2:a på lördagen. På söndagen tog hon pole i kval 2.",
        {("qualifying-1", A, 2, C), ("qualifying-2", A, 1, C)},
    ),
    ("Anna Svensson tog en fjärdeplats i A-finalen.", {("final", A, 4, C)}),
    ("Anna Svensson ligger 3:a i mästerskapstabellen.", set()),
    ("Tvåa i mål kom Anna Svensson.", {("race", A, 2, C)}),
    ("Erik Ek slutade tvåa bakom Anna Svensson i Race 1.", {("race-1", A, 1, C), ("race-1", E, 2, C)}),
    ("Anna Svensson gick från sista startruta till tredjeplats i Race 2.", {("race-2", A, 3, C)}),
    (
        "Utan tid från kval 1 tog sig Anna Svensson ändå upp till en femteplats i Race 1.",
        {("race-1", A, 5, C)},
    ),
    ("Anna Svensson avancerade fyra placeringar i Race 1 och slutade femma.", {("race-1", A, 5, C)}),
    ("Anna Svensson och Erik Ek kompletterade pallen i Race 1.", {("race-1", A, 2, C), ("race-1", E, 3, C)}),
    ("Bakom segraren i Race 1 kom Erik Ek och Bo Lind.", {("race-1", E, 2, C), ("race-1", B, 3, C)}),
    (
        "Race 1:\n1. Anna Svensson (SWE)\n2. Erik Ek (NOR)\nBröt: Bo Lind (DEN)",
        {("race-1", A, 1, C), ("race-1", E, 2, C), ("race-1", B, None, "dnf")},
    ),
    (
        "Anna Svensson (SWE) körde bra.\nRace 1: 1:a plats\nRace 2: Bröt (tekniska problem)",
        {("race-1", A, 1, C), ("race-2", A, None, "dnf")},
    ),
    ("Anna Svensson ville ta första platsen i Race 1 men slutade sjua.", {("race-1", A, 7, C)}),
]


def _results(text: str) -> set[tuple]:
    doc = parse(text)
    return {(s.id, r.driver, r.position, r.status) for s in doc.sessions for r in s.results}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_parser_results_phrasing(text: str, expected: set[tuple]) -> None:
    assert _results(text) == expected


@pytest.mark.parametrize("text", [c[0] for c in CASES if c[1]])
def test_parser_results_evidence_is_a_real_span(text: str) -> None:
    doc = parse(text)
    for s in doc.sessions:
        for r in s.results:
            assert text[r.evidence.start : r.evidence.end] == r.evidence.text
            assert r.evidence.text.strip()


@pytest.mark.parametrize(
    ("text", "grid", "position"),
    [
        ("Anna Svensson startade från andra ruta och vann Race 1.", 2, 1),
        ("Anna Svensson startade från pole och vann Race 1.", 1, 1),
        ("Anna Svensson startade från femte startrutan i Race 1 och slutade trea.", 5, 3),
    ],
)
def test_parser_results_grid_is_not_a_result(text: str, grid: int, position: int) -> None:
    doc = parse(text)
    (session,) = doc.sessions
    (result,) = session.results
    assert (session.kind, result.grid, result.position) == ("race", grid, position)


TEXTS = [
    (
        "I Race 1 tog Robert Dahlgren en start-till-mål-seger före Mattias Andersson och Viktor Lind.",
        {
            ("race-1", "Robert Dahlgren", 1, C),
            ("race-1", "Mattias Andersson", 2, C),
            ("race-1", "Viktor Lind", 3, C),
        },
    ),
    (
        "Söndagens andra race blev dramatiskt. Mattias Andersson vann. Robert Dahlgren slutade sjua.",
        {("race-2", "Mattias Andersson", 1, C), ("race-2", "Robert Dahlgren", 7, C)},
    ),
    (
        "Ella Berg kvalade som 9:a och 4:a i de två kvalpassen.",
        {("qualifying-1", "Ella Berg", 9, C), ("qualifying-2", "Ella Berg", 4, C)},
    ),
    (
        "I det första av helgens tre race tog Ella Berg sig till sjätte plats, "
        "och i det andra racet var hon trea.",
        {("race-1", "Ella Berg", 6, C), ("race-2", "Ella Berg", 3, C)},
    ),
    (
        "Oscar Lind vann det första kvalheatet och blev tvåa i det andra.",
        {("heat-1", "Oscar Lind", 1, C), ("heat-2", "Oscar Lind", 2, C)},
    ),
    (
        "Efter tolv specialsträckor stod Emil Karlsson som segrare, 12,4 sekunder före Per Andersson.",
        {("race", "Emil Karlsson", 1, C), ("race", "Per Andersson", 2, C)},
    ),
    ("Ella Berg körde två träningspass på fredag. Hon vann Race 1.", {("race-1", "Ella Berg", 1, C)}),
    (
        "Anna Berg tog pole i kvalet på lördagen och i söndagens kval blev hon trea.",
        {("qualifying-1", "Anna Berg", 1, C), ("qualifying-2", "Anna Berg", 3, C)},
    ),
    (
        # the verb "kvalade" names Saturday's qualifying: two days, two sessions
        "På lördagen kvalade Anna Berg in som 4:a. I söndagens kval tog hon pole.",
        {("qualifying-1", "Anna Berg", 4, C), ("qualifying-2", "Anna Berg", 1, C)},
    ),
    (
        # a name with its own verb ends the list after "före"
        "I Race 1 vann Anna Berg före Tor Ek, Per Holm (SWE) kom fyra och Eva Sand blev femma.",
        {
            ("race-1", "Anna Berg", 1, C),
            ("race-1", "Tor Ek", 2, C),
            ("race-1", "Per Holm", 4, C),
            ("race-1", "Eva Sand", 5, C),
        },
    ),
    (
        "Rallyt kördes i helgen. Segern i rallyt gick till Daniel Hammar och Emma Wall.",
        {("race", "Daniel Hammar", 1, C), ("race", "Emma Wall", 1, C)},
    ),
    (
        # a quote inside a prose paragraph hides only its own words, not the paragraph;
        # "duon" is the crew joined by "och hans lagkamrat"; "söndagsmorgonen" is a day
        # and "eftermiddagens race" is on the day named last
        "Sven Holm och hans danske lagkamrat Jens Bro (DEN) bröt lördagens race. "
        "På söndagsmorgonen kvalade duon i den gula Audin in som 4:a, "
        "och i eftermiddagens race blev de trea. ”Skönt”, säger Sven Holm. Nästa tävling går i maj.",
        {
            ("race-1", "Sven Holm", None, "dnf"),
            ("race-1", "Jens Bro", None, "dnf"),
            ("qualifying", "Sven Holm", 4, C),
            ("qualifying", "Jens Bro", 4, C),
            ("race-2", "Sven Holm", 3, C),
            ("race-2", "Jens Bro", 3, C),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS, ids=[c[0][:50] for c in TEXTS])
def test_parser_results_in_context(text: str, expected: set[tuple]) -> None:
    assert _results(text) == expected


CREWS = [
    ("Anna Berg och Erik Ek vann Race 1.", {("race-1", "Anna Berg", 1, C), ("race-1", "Erik Ek", 1, C)}),
    (
        "Tvåa i Race 1 blev Per Holm tillsammans med Sara Lind.",
        {("race-1", "Per Holm", 2, C), ("race-1", "Sara Lind", 2, C)},
    ),
    (
        "Race 1:\n1. Anna Berg/Erik Ek (SWE), BMW M4 GT4\n2. Per Holm/Sara Lind (SWE), Porsche Cayman",
        {
            ("race-1", "Anna Berg", 1, C),
            ("race-1", "Erik Ek", 1, C),
            ("race-1", "Per Holm", 2, C),
            ("race-1", "Sara Lind", 2, C),
        },
    ),
    (
        "Anna Berg körde fint.\nResultat:\n1. Anna Berg (SWE)\n2. Per Holm (NOR)",
        {("race", "Anna Berg", 1, C), ("race", "Per Holm", 2, C)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREWS, ids=[c[0][:50] for c in CREWS])
def test_parser_results_crews_and_lists(text: str, expected: set[tuple]) -> None:
    assert _results(text) == expected


RALLY_AND_LISTS = [
    (
        "Resultat:\n1. Patrik Lind/Maria Berg, Volvo 940\n2. Jimmy Karlsson/Sanna Ek, Volvo 240\n"
        "Utgick: Mats Kron/Ulf Jern (SS4, växellåda).\nEj start: Sofia Hed/Jan Hed.",
        {
            ("race", "Patrik Lind", 1, C),
            ("race", "Maria Berg", 1, C),
            ("race", "Jimmy Karlsson", 2, C),
            ("race", "Sanna Ek", 2, C),
            ("race", "Mats Kron", None, "dnf"),
            ("race", "Ulf Jern", None, "dnf"),
            ("race", "Sofia Hed", None, "dns"),
            ("race", "Jan Hed", None, "dns"),
        },
    ),
    (
        "Patrik Lind/Maria Berg och Jimmy Karlsson/Sanna Ek körde.\n"
        "Sträcksegrare: SS1 Lind/Berg, SS2 Karlsson/Ek.",
        {
            ("stage-1", "Patrik Lind", 1, C),
            ("stage-1", "Maria Berg", 1, C),
            ("stage-2", "Jimmy Karlsson", 1, C),
            ("stage-2", "Sanna Ek", 1, C),
        },
    ),
    (
        "Heat 1: 1) Sixten Ek 2) Alice Borg 3) Noah Frid. Ella Strand bröt.",
        {
            ("heat-1", "Sixten Ek", 1, C),
            ("heat-1", "Alice Borg", 2, C),
            ("heat-1", "Noah Frid", 3, C),
            ("heat-1", "Ella Strand", None, "dnf"),
        },
    ),
    (
        "Segern i rallyt gick till Alva Wiklund (SWE) och kartläsaren Johanna Fors (SWE). "
        "Andraplatsen gick till Sander Haugen med Ola Bråten i högerstolen, medan tredjeplatsen "
        "togs av Lukas Moberg/Erik Sjödin.",
        {
            ("race", "Alva Wiklund", 1, C),
            ("race", "Johanna Fors", 1, C),
            ("race", "Sander Haugen", 2, C),
            ("race", "Ola Bråten", 2, C),
            ("race", "Lukas Moberg", 3, C),
            ("race", "Erik Sjödin", 3, C),
        },
    ),
    (
        "Jag och min kartläsare Johan Wiklund vann första specialsträckan. "
        "Totalt slutade vi sexa i rallyt.\n\nEmil Sundqvist",
        {
            ("stage-1", "Emil Sundqvist", 1, C),
            ("stage-1", "Johan Wiklund", 1, C),
            ("race", "Emil Sundqvist", 6, C),
            ("race", "Johan Wiklund", 6, C),
        },
    ),
    (
        "Svensken Tobias Ek vann båda kvalheaten på lördagen och blev sedan tvåa och trea i de båda "
        "heaten på söndagen.",
        {
            ("heat-1", "Tobias Ek", 1, C),
            ("heat-2", "Tobias Ek", 1, C),
            ("heat-3", "Tobias Ek", 2, C),
            ("heat-4", "Tobias Ek", 3, C),
        },
    ),
    (
        "I heat 3 kom Elias Norén i mål som tvåa, men han diskvalificerades från heatet.",
        {("heat-3", "Elias Norén", None, "dsq")},
    ),
    (
        "I finalen korsade Leo Grahn mållinjen som trea, men fick ett tidstillägg och "
        "hamnade på sjunde plats.",
        {("final", "Leo Grahn", 7, C)},
    ),
    (
        "I finalen låg Anton Kvist tvåa in i kurvan, men han tvingades bryta.",
        {("final", "Anton Kvist", None, "dnf")},
    ),
    (
        "Leo Granqvist kvalade in som 2:a, bara fyra hundradelar efter Lucas de Vries som tog pole.",
        {("qualifying", "Leo Granqvist", 2, C), ("qualifying", "Lucas de Vries", 1, C)},
    ),
    ("Rallyt kördes i Polen. Anna Berg vann rallyt.", {("race", "Anna Berg", 1, C)}),
    (
        "Pole position för Anna Ekholm i Kval 1\n\nAnna Lindberg körde också.",
        {("qualifying-1", "Anna Ekholm", 1, C)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RALLY_AND_LISTS, ids=[c[0][:50] for c in RALLY_AND_LISTS])
def test_parser_results_rally_crews_and_result_lines(text: str, expected: set[tuple]) -> None:
    assert _results(text) == expected


CLUB_BLOCKS = [
    (
        # a club notice groups results per driver: a name line (code, team, car), then
        # "<session>: <result>" lines; "Audi RS 3" ending a line is no count of "Kval"
        "Resultat:\n\nEva Sjöholm (SE), Sjöholm Racing, Audi RS 3\nKval: P4\nRace 1: 2:a\nRace 2: bröt\n\n"
        "Olle Berg (SE), Cupra Leon Competición\nKval: P7\nRace 1: 5:e\nRace 2: 3:e\n\n"
        "I det avslutande racet hade Sjöholm otur.",
        {
            ("qualifying", "Eva Sjöholm", 4, C),
            ("race-1", "Eva Sjöholm", 2, C),
            ("race-2", "Eva Sjöholm", None, "dnf"),
            ("qualifying", "Olle Berg", 7, C),
            ("race-1", "Olle Berg", 5, C),
            ("race-2", "Olle Berg", 3, C),
        },
    ),
    (
        # "det avslutande racet" is the highest-numbered race the text names
        "Eva Sjöholm vann Race 1 och blev tvåa i Race 2. I det avslutande racet, Race 3 enligt "
        "tidsschemat, slutade hon fyra. Olle Berg blev femma i det avslutande racet.",
        {("race-1", "Eva Sjöholm", 1, C), ("race-2", "Eva Sjöholm", 2, C), ("race-3", "Eva Sjöholm", 4, C),
         ("race-3", "Olle Berg", 5, C)},
    ),
    (
        # a day named after the session in the same clause picks that day's session
        "Lördagens och söndagens race bjöd på regn. "
        "Eva Sjöholm bröt lördagens race men blev femma på söndagen.",
        {("race-1", "Eva Sjöholm", None, "dnf"), ("race-2", "Eva Sjöholm", 5, C)},
    ),
    (
        # the next event's final is not a session of this one
        "Eva Sjöholm vann racet på Anderstorp. Finalen körs på Mantorp Park den 7 oktober.",
        {("race", "Eva Sjöholm", 1, C)},
    ),
    (
        # "lördagens race" beside "andra racet" is race 1; "honom" is not a subject;
        # "gick därmed till" names who got the place; a place "innan" something is on the way
        "Eva Sjöholm vann lördagens race och Olle Berg följde henne i mål som tvåa. "
        "Berg diskvalificerades efter loppet. Andraplatsen gick därmed till Per Holm. "
        "I andra racet tog sig Berg upp till tredje plats innan han snurrade. Han slutade sjua.",
        {
            ("race-1", "Eva Sjöholm", 1, C),
            ("race-1", "Olle Berg", None, "dsq"),
            ("race-1", "Per Holm", 2, C),
            ("race-2", "Olle Berg", 7, C),
        },
    ),
    (
        # the pole of the one a relative clause names: "från pole, som togs av X"
        "I kvalet blev Eva Sjöholm trea, en tiondel från pole, som togs av dansken Mads Holm.",
        {("qualifying", "Eva Sjöholm", 3, C), ("qualifying", "Mads Holm", 1, C)},
    ),
    (
        # a qualifying list of "P<n> Name" lines; a heading line that goes on after the
        # session ("Race 2 (söndag), kördes i regn:") still heads the list below it
        "Kval (lördag):\nP1 Eva Sjöholm (SWE)\nP2 Olle Berg (NOR)\n\n"
        "Race 2 (söndag), kördes i regn och startades bakom säkerhetsbilen:\n"
        "1. Olle Berg (NOR)\n2. Eva Sjöholm (SWE)\nStartade inte: Per Holm (SWE)",
        {
            ("qualifying", "Eva Sjöholm", 1, C),
            ("qualifying", "Olle Berg", 2, C),
            ("race-2", "Olle Berg", 1, C),
            ("race-2", "Eva Sjöholm", 2, C),
            ("race-2", "Per Holm", None, "dns"),
        },
    ),
    (
        # "föll tillbaka till sjätte plats" is on the way, "slutade fyra" in a later sentence is
        # the result; a climb then a retirement in one sentence is a DNF
        "I Race 1 föll Olle Berg tillbaka till sjätte plats i första kurvan. Efter ett lugnt race "
        "slutade han fyra. I Race 2 klättrade Berg upp till en 5:e plats, men två varv från mål "
        "gick drivaxeln sönder och han tvingades bryta.",
        {("race-1", "Olle Berg", 4, C), ("race-2", "Olle Berg", None, "dnf")},
    ),
    (
        # "han" after "en knuff av dansken X" is the subject who got it, not X; "avståndet till
        # trean" names nobody's result
        "I prefinalen fick Elias Nyqvist en knuff av dansken Oliver Kjeldsen (DEN) och snurrade. "
        "Han kom tillbaka och slutade åtta. I finalen klättrade han upp till en 4:e plats, men "
        "avståndet till trean var för stort.",
        {("other", "Elias Nyqvist", 8, C), ("final", "Elias Nyqvist", 4, C)},
    ),
    (
        # "2:a Martin Bjørnstad": the place, then its driver; under "Kvalheat 3:", "bröt och
        # startade inte i kvalheat 4" is a DNF in heat 3 and a DNS in heat 4
        "Kvalheat 1: snabbast Ronja Falk (SWE), 2:a Martin Bjørnstad (NOR).\n"
        "Kvalheat 3: bröts med röd flagg sedan Linus Ek (SWE) voltat. "
        "Ek bröt och startade inte i kvalheat 4.",
        {
            ("heat-1", "Ronja Falk", 1, C),
            ("heat-1", "Martin Bjørnstad", 2, C),
            ("heat-3", "Linus Ek", None, "dnf"),
            ("heat-4", "Linus Ek", None, "dns"),
        },
    ),
    (
        # "vann med drygt fem sekunder till X": X second; a session opening a clause after
        # "och" moves the story on; "med en tiondel till godo" names no runner-up
        "Eva Sjöholm vann Race 1 med drygt fem sekunder till Olle Berg. I Race 2 vann Berg med en "
        "tiondel till godo, och Sjöholm blev tvåa. Under lunchen öste regnet ner, och Race 3 startade "
        "bakom säkerhetsbilen. Sjöholm vann före Per Holm.",
        {
            ("race-1", "Eva Sjöholm", 1, C),
            ("race-1", "Olle Berg", 2, C),
            ("race-2", "Olle Berg", 1, C),
            ("race-2", "Eva Sjöholm", 2, C),
            ("race-3", "Eva Sjöholm", 1, C),
            ("race-3", "Per Holm", 2, C),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLUB_BLOCKS, ids=[c[0][:50] for c in CLUB_BLOCKS])
def test_parser_results_driver_blocks_and_days(text: str, expected: set[tuple]) -> None:
    assert _results(text) == expected


ENDURANCE = [
    (
        # "delad mellan A, B och C": one crew shares the win; "bilen som han delade med A och
        # B": that crew shares the DNF; one named driver's pole is not the crew's; "hade länge
        # legat trea" is a place on the way; "tredje deltävlingen av fyra" is a count;
        # "X och lagkamraterna A och B kom tvåa" is one crew's place
        "Sextimmarsloppet, tredje deltävlingen av fyra, avgjordes i lördags. I kvalet tog Eva Sjöholm pole. "
        "Segern i loppet gick till Team Blå och deras BMW, delad mellan Eva Sjöholm (SWE), "
        "Olle Berg (NOR) och Per Holm (SWE). Efter två timmar körde Johan Fors av, och bilen som han "
        "delade med Nils Ek och Kalle Wennberg var för skadad, så Fors tvingades bryta. Sofie Dahl och lagkamraterna Lars Winther "
        "och Jakob Sjöberg kom tvåa. Erik Holst hade länge legat trea, men med en timme kvar bröt han.",
        {
            ("qualifying", "Eva Sjöholm", 1, C),
            ("race", "Eva Sjöholm", 1, C),
            ("race", "Olle Berg", 1, C),
            ("race", "Per Holm", 1, C),
            ("race", "Johan Fors", None, "dnf"),
            ("race", "Nils Ek", None, "dnf"),
            ("race", "Kalle Wennberg", None, "dnf"),
            ("race", "Sofie Dahl", 2, C),
            ("race", "Lars Winther", 2, C),
            ("race", "Jakob Sjöberg", 2, C),
            ("race", "Erik Holst", None, "dnf"),
        },
    ),
    (
        # a team's win belongs to the crew the next sentence opens with; "pole ... före A och
        # B" makes the crew A/B second ("duon" shows they share a car)
        "Team Blå vann sextimmarsloppet. Eva Sjöholm (SE), Olle Berg (NOR) och Per Holm (SE) ledde "
        "från start. I kvalet tog Sjöholm pole, en tiondel före Nils Ek och Kalle Wennberg. Under "
        "loppet höll Ek och Wennberg jämna steg med ledarna, och duon slutade tvåa.",
        {
            ("race", "Eva Sjöholm", 1, C),
            ("race", "Olle Berg", 1, C),
            ("race", "Per Holm", 1, C),
            ("qualifying", "Eva Sjöholm", 1, C),
            ("qualifying", "Nils Ek", 2, C),
            ("qualifying", "Kalle Wennberg", 2, C),
            ("race", "Nils Ek", 2, C),
            ("race", "Kalle Wennberg", 2, C),
        },
    ),
    (
        # a list of three opening the sentence is one crew, though its comma splits it
        # into clauses; a list after the verb stays as it was read
        "Lisa Ek, Per Holm (NOR) och Kim Sjö kom tvåa i sextimmarsloppet. I kvalet hade "
        "Ola Hed varit snabbast.",
        {
            ("race", "Lisa Ek", 2, C),
            ("race", "Per Holm", 2, C),
            ("race", "Kim Sjö", 2, C),
            ("qualifying", "Ola Hed", 1, C),
        },
    ),
    (
        # "som delar BMW M4 GT4 med X" makes a crew; "bilen kunde inte köras vidare" is a DNF
        "Lördagens race bröts med röd flagg när Peter Holm, som delar BMW M4 GT4 med Eva Sand, "
        "körde in i däckbarriären. Holm klarade sig oskadd, men bilen kunde inte köras vidare.",
        {("race", "Peter Holm", None, "dnf"), ("race", "Eva Sand", None, "dnf")},
    ),
    (
        # "Förartrion A, B och C" is one crew; "kvalade bil nummer 66 in som 19:e" is the
        # crew's; "hade avancerat till 15:e plats när" is a place on the way
        "Förartrion Emil Sjöqvist, Marcus Dahl och Andreas Kjeldsen (DEN) slutade på 14:e plats "
        "i racet. I kvalificeringen på torsdagen kvalade bil nummer 66 in som 19:e. I racet hade "
        "Sjöqvist avancerat till 15:e plats när han fick kontakt med en Lamborghini.",
        {
            ("race", "Emil Sjöqvist", 14, C),
            ("race", "Marcus Dahl", 14, C),
            ("race", "Andreas Kjeldsen", 14, C),
            ("qualifying", "Emil Sjöqvist", 19, C),
            ("qualifying", "Marcus Dahl", 19, C),
            ("qualifying", "Andreas Kjeldsen", 19, C),
        },
    ),
    (
        # "delas av A och B (bil 14) respektive C och D (bil 41)": two crews; "tvåa, 1,3
        # sekunder bakom E och F": E/F won; "Segern gick till G och hans lagkamrat H"
        "Teamets två bilar delas av Alva Nordin och Petter Hallgren (bil 14) respektive Rasmus Öberg "
        "och tysken Lukas Meier (GER) (bil 41). I lördagens race tog Meier bil 41 i mål som tvåa, "
        "1,3 sekunder bakom Frida Axelsson och Noah Lindgren. Hallgren förde bil 14 hela vägen upp "
        "till tredjeplatsen. I söndagens race dog elsystemet i bil 14 med Nordin bakom ratten, och "
        "teamet tvingades bryta. Segern gick till Isak Wiklund och hans lagkamrat Melker Dahl.",
        {
            ("race-1", "Rasmus Öberg", 2, C),
            ("race-1", "Lukas Meier", 2, C),
            ("race-1", "Frida Axelsson", 1, C),
            ("race-1", "Noah Lindgren", 1, C),
            ("race-1", "Alva Nordin", 3, C),
            ("race-1", "Petter Hallgren", 3, C),
            ("race-2", "Alva Nordin", None, "dnf"),
            ("race-2", "Petter Hallgren", None, "dnf"),
            ("race-2", "Isak Wiklund", 1, C),
            ("race-2", "Melker Dahl", 1, C),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENDURANCE, ids=[c[0][:50] for c in ENDURANCE])
def test_parser_results_endurance_crews(text: str, expected: set[tuple]) -> None:
    assert _results(text) == expected


def test_parser_quote_pronoun_prefers_the_subject_over_an_object() -> None:
    """ "Lövgren höll undan för Dahl. – ..., säger hon": hon is Lövgren, not Dahl."""
    text = (
        "Ida Lövgren och Sofie Dahl körde länge sida vid sida.\n\n"
        "Lövgren körde sista stinten och höll undan för Dahl hela vägen in.\n\n"
        "– Jag har aldrig tittat så mycket i backspegeln, säger hon."
    )
    (quote,) = parse(text).quotes
    assert quote.speaker == "Ida Lövgren"


def test_parser_team_named_after_a_family_is_not_the_person() -> None:
    """ "Brink Motorsport" is a team, not a mention of the team boss Johan Brink; "den
    24-åriga" refers to the driver; "svenskan" is not the one Swedish man with a code."""
    text = (
        "Elin Holmberg och Brink Motorsport fick en fin helg. Den 24-åriga föraren tog pole på lördagen. "
        "Robin Lindkvist (SWE) blev tvåa i kvalet. I racet behöll svenskan ledningen och vann.\n\n"
        "– Bra jobbat, säger teamchefen Johan Brink."
    )
    got = _results(text)
    assert ("qualifying", "Elin Holmberg", 1, C) in got
    assert ("race", "Elin Holmberg", 1, C) in got
    assert not {r for r in got if r[1] == "Johan Brink"}
    assert ("race", "Robin Lindkvist", 1, C) not in got


def test_parser_rally_place_without_a_stage_is_the_overall_one() -> None:
    """A rally names the stage with each stage result; a place in a later sentence that names
    no stage ("tog tredjeplatsen") is overall, even after "på den avslutande sträckan"; "med X
    bredvid sig" after a relative clause still makes X the co-driver."""
    text = (
        "Rallyt bestod av åtta sträckor. På SS7 var Eva Sjöholm trea. Mattias Öberg (SWE), som "
        "låg tvåa totalt med Kim Lindqvist bredvid sig, bröt på SS7. Men Ole Berg (NOR) var för "
        "snabb på den avslutande sträckan. Han och kartläsaren Tor Nilsen tog tredjeplatsen."
    )
    got = _results(text)
    assert ("stage-7", "Eva Sjöholm", 3, C) in got
    assert ("race", "Ole Berg", 3, C) in got and ("race", "Tor Nilsen", 3, C) in got
    assert ("race", "Kim Lindqvist", None, "dnf") in got
    assert not {r for r in got if r[0] == "stage-8"}


def test_parser_rally_stage_times_and_interim_places() -> None:
    """ "satte fjärde tid" and "näst snabbast" are stage places; "lyfte X till tredje plats inför
    den avslutande sträckan" is an interim standing; "ekipaget" after "A/B" is that crew;
    "tredjeplatsen var säkrad" is the overall place; "som med kartläsaren X" makes a crew."""
    text = (
        "Eva Sjöholm och kartläsaren Tor Nilsen satte fjärde tid på SS1. Sjöholm var näst snabbast "
        "på både SS5 och SS6. På SS7 bröt Anders Solheim (NOR), som med kartläsaren Kristian Haugen "
        "hade legat tvåa. Det lyfte Sjöholm/Nilsen till tredje plats inför den avslutande sträckan. "
        "På SS8 blev ekipaget femma, och tredjeplatsen var säkrad."
    )
    got = _results(text)
    for who in ("Eva Sjöholm", "Tor Nilsen"):
        assert ("stage-1", who, 4, C) in got
        assert ("stage-5", who, 2, C) in got and ("stage-6", who, 2, C) in got
        assert ("stage-8", who, 5, C) in got
        assert ("race", who, 3, C) in got
        assert not {r for r in got if r[0] == "stage-7" and r[1] == who}
    assert ("race", "Kristian Haugen", None, "dnf") in got



HELD_OUT_FORMS = [
    # a subject of three words between the verb and the place, one with a hyphen
    (
        "Anna Svensson var nära pallen. I söndags slutade den 24-åriga svenskan fyra i racet.",
        {("race", A, 4, C)},
    ),
    # one verb, a list of numbered sessions
    (
        "Anna Svensson vann heat 1, 2 och 3 men blev tvåa i heat 4.",
        {("heat-1", A, 1, C), ("heat-2", A, 1, C), ("heat-3", A, 1, C), ("heat-4", A, 2, C)},
    ),
    ("Bo Lind vann Race 1 och 2.", {("race-1", B, 1, C), ("race-2", B, 1, C)}),
    # a time after the list does not join it
    ("Bo Lind vann Race 1 och 20 sekunder senare gick Erik Ek i mål.", {("race-1", B, 1, C)}),
    # not making the final is no DNS
    (
        "Erik Ek vann semifinalen. Bo Lind blev femma i semifinalen och missade finalen. Ek vann finalen.",
        {("other", E, 1, C), ("other", B, 5, C), ("final", E, 1, C)},
    ),
    # a place held up to the chequered flag is the result; one before a knock is not
    ("Bo Lind föll till nionde plats i Race 1 men klättrade till sjätte plats innan den rutiga flaggan.",
     {("race-1", B, 6, C)}),
    ("Bo Lind tog sig upp till fjärde plats i Race 1 innan han fick en knuff och bröt.",
     {("race-1", B, None, "dnf")}),
    # an ordinal before "snabbast" is the place; a place that opens its clause, then a
    # copula and its subject
    ("I kvalet tog Anna Svensson pole, medan Bo Lind var trea snabbast.",
     {("qualifying", A, 1, C), ("qualifying", B, 3, C)}),
    ("I kvalet var Anna Svensson snabbast och näst snabbast var Bo Lind.",
     {("qualifying", A, 1, C), ("qualifying", B, 2, C)}),
    # an adverb inside the passive, and all of a counted kind
    ("Anna Svensson blev fyra i första heatet och bröt i andra heatet. Alla tre heaten vanns "
     "förresten av Bo Lind.",
     {("heat-1", A, 4, C), ("heat-2", A, None, "dnf"), ("heat-1", B, 1, C), ("heat-2", B, 1, C),
      ("heat-3", B, 1, C)}),
    # a stage numbered in words; a length after the number is no stage number
    ("Anna Svensson och Bo Lind vann sträcka fem. Erik Ek tvingades bryta på sträcka sex.",
     {("stage-5", A, 1, C), ("stage-5", B, 1, C), ("stage-6", E, None, "dnf")}),
    # a running place held to the finish is the result; one held into a corner is not
    ("I Race 3 låg Anna Svensson tvåa hela vägen till flaggan. I Race 2 låg Bo Lind trea "
     "hela loppet. I Race 1 låg Erik Ek tvåa in i första kurvan.",
     {("race-3", A, 2, C), ("race-2", B, 3, C)}),
    ("I Race 1 låg Bo Lind trea hela vägen tills motorn la av.", set()),
    # "körde hem" is a finishing verb before "totalt"; "Trion" is the list of three before it
    ("Anna Svensson, Bo Lind och Erik Ek körde hem en fjärdeplats totalt i sextimmarsloppet. "
     "Trion kvalade in som 9:a.",
     {("race", A, 4, C), ("race", B, 4, C), ("race", E, 4, C), ("qualifying", A, 9, C),
      ("qualifying", B, 9, C), ("qualifying", E, 9, C)}),
    # a place with "totalt" and no finishing verb is a standing
    ("Anna Svensson vann racet och ligger nu fyra totalt.", {("race", A, 1, C)}),
    # "de båda första heaten" are heats 1 and 2
    ("Anna Svensson blev tvåa och fyra i de båda första heaten och vann det tredje heatet.",
     {("heat-1", A, 2, C), ("heat-2", A, 4, C), ("heat-3", A, 1, C)}),
    # after a fronted phrase the subject follows the verb, inside the status phrase
    ("Bo Lind och Erik Ek körde semifinalen. Ek diskvalificerades. I finalen kom Lind aldrig till start.",
     {("other", E, None, "dsq"), ("final", B, None, "dns")}),
    # a count of the driver's own after the ordinal is no session number
    ("Bo Lind kom trea i sin första final i serien. Anna Svensson vann finalen för tredje "
     "tävlingen i rad.", {("final", B, 3, C), ("final", A, 1, C)}),
    # "de båda heaten" are the two this sentence just named, not every heat of the weekend
    ("Anna Svensson vann både kvalheat 1 och kvalheat 2, medan Bo Lind var tvåa och fyra i de "
     "båda heaten. Lind vann kvalheat 3.",
     {("heat-1", A, 1, C), ("heat-2", A, 1, C), ("heat-1", B, 2, C), ("heat-2", B, 4, C),
      ("heat-3", B, 1, C)}),
    # places joined by "respektive" go to the names before them, in order; the place noun
    # comes once, last
    ("I kvalet tog Erik Ek pole, med Anna Svensson och Bo Lind närmast bakom sig på andra "
     "respektive tredje plats.",
     {("qualifying", E, 1, C), ("qualifying", A, 2, C), ("qualifying", B, 3, C)}),
    ("I racet blev Anna Svensson och Bo Lind tvåa respektive trea.", {("race", A, 2, C), ("race", B, 3, C)}),
    # a win from pole is the win ("från pole" is where it started)
    ("Race 2 kördes i regn, och Anna Svensson vann från pole.", {("race-2", A, 1, C)}),
    # "de båda avslutande racen", "de två sista sträckorna": the last ones told
    ("Bo Lind vann race 1, race 2 och race 3. Anna Svensson blev tvåa och fyra i de båda "
     "avslutande racen.",
     {("race-1", B, 1, C), ("race-2", B, 1, C), ("race-3", B, 1, C), ("race-2", A, 2, C),
      ("race-3", A, 4, C)}),
    ("Bo Lind vann SS1, SS2 och SS3. Erik Ek vann de två sista sträckorna.",
     {("stage-1", B, 1, C), ("stage-2", B, 1, C), ("stage-3", B, 1, C), ("stage-2", E, 1, C),
      ("stage-3", E, 1, C)}),
    # "de två följande sträckorna" are the two after the last one named
    ("Bo Lind var snabbast på SS1. På SS3 snurrade Lind, men på de två följande sträckorna "
     "blev han tvåa respektive etta.",
     {("stage-1", B, 1, C), ("stage-4", B, 2, C), ("stage-5", B, 1, C)}),
    # "söndagens första race" after Saturday's qualifying, with Race 1 and Race 3 told: the
    # one left; a rally's "lördagens femte sträcka" stays stage 5
    ("Kvalet kördes på lördagen. Anna Svensson vann Race 1. Söndagens första race blev tungt, "
     "och Svensson tvingades bryta. I Race 3 blev Svensson tvåa.",
     {("race-1", A, 1, C), ("race-2", A, None, "dnf"), ("race-3", A, 2, C)}),
    ("På fredagskvällen vann Bo Lind SS1. Lind blev tvåa på SS3. På lördagens femte sträcka "
     "tvingades Lind bryta.",
     {("stage-1", B, 1, C), ("stage-3", B, 2, C), ("stage-5", B, None, "dnf")}),
    # no subject: the one the sentence before was about, not a name it ended on
    ("I Race 1 fick Anna Svensson en knuff av Bo Lind i första kurvan. Efter det var det svårt "
     "att köra om, så det blev en sjätteplats.",
     {("race-1", A, 6, C)}),
    # "ett race" is an article, not a count that numbers "det sista racet"
    ("Bo Lind vann Race 1 och Race 2. Anna Svensson blev tvåa i det sista racet. Hon körde ett "
     "moget race.",
     {("race-1", B, 1, C), ("race-2", B, 1, C), ("race-2", A, 2, C)}),
    # a demonym before the second name of a pair is no third subject
    ("Anna Svensson (SWE) och britten Bo Lind körde hem en tredjeplats i racet.",
     {("race", A, 3, C), ("race", B, 3, C)}),
    # out of the pits in a place is a place on the way
    ("I racet bytte teamet förare och Anna Svensson kom ut som tvåa. Bo Lind vann.",
     {("race", B, 1, C)}),
    # the place "i resultatlistan" (after a penalty) over the one driven up to
    ("I prefinalen körde Anna Svensson upp sig till femte plats. Hon fick fem sekunders "
     "tidstillägg och blev nia i resultatlistan.",
     {("other", A, 9, C)}),
    # in a rally: "i mål" after a place is the rally's place, not the stage named before the
    # comma; "som ledde från SS6 och vann" is the win of the crew "som" stands for, and SS6
    # is when the lead began
    ("Anna Svensson och kartläsaren Bo Lind vann SS1. På den avslutande SS8 var Svensson näst "
     "snabbast, och det räckte till en femteplats i mål. Segern gick till Erik Ek, som ledde "
     "från SS6 och vann med 19 sekunders marginal.",
     {("stage-1", A, 1, C), ("stage-1", B, 1, C), ("stage-8", A, 2, C), ("stage-8", B, 2, C),
      ("race", A, 5, C), ("race", B, 5, C), ("race", E, 1, C)}),
    # the weekend's number in apposition; "tredje och avslutande"; the win object-first;
    # "höll tredjeplatsen genom startkurvan" is a place on the way
    ("I det första racet höll Anna Svensson tredjeplatsen genom startkurvan. Bo Lind vann, "
     "Svensson blev tvåa och Erik Ek trea. Söndagens första race, helgens andra, kördes i regn. "
     "Segern tog Ek. Det tredje och avslutande racet vann Lind.",
     {("race-1", B, 1, C), ("race-1", A, 2, C), ("race-1", E, 3, C), ("race-2", E, 1, C),
      ("race-3", B, 1, C)}),
    # a place fallen to through a penalty is the result; without one it is on the way
    ("Bo Lind vann racet. Efter loppet fick Erik Ek fem sekunders tidstillägg, och Ek föll till fjärde.",
     {("race", B, 1, C), ("race", E, 4, C)}),
    ("Bo Lind vann racet. Efter en snurr föll Erik Ek till fjärde plats innan han körde ikapp.",
     {("race", B, 1, C)}),
    # a rally: "de" is the crew named before; the last stage of a day named again after a
    # comma; a session noun ending a clause and named after the comma; "I mål" opening the
    # sentence and a win in a paragraph about no stage are the rally's
    ("Anna Svensson och kartläsaren Bo Lind inledde med fjärde bästa tid på fredagskvällens "
     "publiksträcka, SS1 inne i Karlstad. På SS3 var de snabbast av alla, före Erik Ek. "
     "Lördagens sista sträcka, SS9, körde Svensson/Lind på tredje bästa tid. Rallyt hade tolv "
     "specialsträckor.\n\nI mål skilde 3,4 sekunder upp till Erik Ek, som därmed tog fjärdeplatsen. "
     "Segern gick till Per Holm.",
     {("stage-1", A, 4, C), ("stage-1", B, 4, C), ("stage-3", A, 1, C), ("stage-3", B, 1, C),
      ("stage-3", E, 2, C), ("stage-9", A, 3, C), ("stage-9", B, 3, C), ("race", E, 4, C),
      ("race", "Per Holm", 1, C)}),
    # the heat left out after a win verb, its kind from a count the sentence before
    ("Fyra kvalheat kördes under förmiddagen. Anna Svensson vann det första, före Bo Lind. I det "
     "andra blev Lind trea.",
     {("heat-1", A, 1, C), ("heat-1", B, 2, C), ("heat-2", B, 3, C)}),
    # another driver's place counted from one's own
    ("I Race 1 slutade Anna Svensson sexa, två placeringar bakom Bo Lind (NOR).",
     {("race-1", A, 6, C), ("race-1", B, 4, C)}),
    ("I Race 3 startade Anna Svensson från fjärde ruta. Femma blev hon till slut, en placering "
     "bakom Bo Lind.",
     {("race-3", A, 5, C), ("race-3", B, 4, C)}),
    ("I racet tog Bo Lind fjärdeplatsen, en placering före Anna Svensson och Erik Ek.",
     {("race", B, 4, C), ("race", A, 5, C), ("race", E, 5, C)}),
    # a session inside a relative clause set off by commas is background
    ("Anna Svensson vann Race 1 och Race 2. I söndagens kval, som avgjorde startordningen till det "
     "sista racet, gick det bättre och hon var fyra. I Race 3 blev hon sexa.",
     {("race-1", A, 1, C), ("race-2", A, 1, C), ("qualifying", A, 4, C), ("race-3", A, 6, C)}),
    # the runners-up after "med", before "på platserna bakom"
    ("Den första semifinalen vann Anna Svensson, med Bo Lind och Erik Ek (SWE) på platserna bakom.",
     {("other-1", A, 1, C), ("other-1", B, 2, C), ("other-1", E, 3, C)}),
    # the runner-up after a margin "till"; a pole turned "till seger"; "chans till seger" is none
    ("I kvalet tog Bo Lind pole med 28 tusendelars marginal till Anna Svensson. Lind förvaltade "
     "poleplatsen till seger i Race 1. Erik Ek hade chans till seger i Race 2 men blev tvåa.",
     {("qualifying", B, 1, C), ("qualifying", A, 2, C), ("race-1", B, 1, C), ("race-2", E, 2, C)}),
    # "18-åringen" is the one driver this sentence named before it
    ("Bo Lind vann Race 1 före Erik Ek och Anna Svensson. I Race 2 var Ek den som hittade "
     "greppet bäst, och 18-åringen tog sin första seger i serien.",
     {("race-1", B, 1, C), ("race-1", E, 2, C), ("race-1", A, 3, C), ("race-2", E, 1, C)}),
    # a car too damaged to go on, and "kom inte vidare" after a crash, are DNFs; "kom inte
    # vidare till finalen" is not making the next round
    ("I racet körde Bo Lind av och in i däckväggen. Bilen var för illa tilltygad för att fortsätta.",
     {("race", B, None, "dnf")}),
    ("I finalen kolliderade Anna Svensson och Erik Ek. Ek kom inte vidare. I semifinalen blev Bo Lind "
     "fyra och kom inte vidare till finalen.",
     {("final", E, None, "dnf"), ("other", B, 4, C)}),
    # the name after an object's demonym is that object, not the subject; inside a
    # relative clause the one "som" stands for is
    ("I prefinalen fick Anna Svensson en knuff av dansken Bo Lind (DEN) men körde upp sig till "
     "en femteplats.",
     {("other", A, 5, C)}),
    ("Segern i finalen gick till norrmannen Erik Ek (NOR), som startade från första ruta efter att "
     "ha vunnit semifinal 1.",
     {("final", E, 1, C), ("other-1", E, 1, C)}),
    # a team's win goes to the crew the sentence names after "delad av", a demonym inside it
    ("Team Blå vann sextimmarsloppet när teamets Porsche, delad av Anna Svensson, Erik Ek och "
     "dansken Bo Lind, gick i mål ett varv före tvåan Röd Racing med Per Holm bakom ratten.",
     {("race", A, 1, C), ("race", E, 1, C), ("race", B, 1, C)}),
    # the place noun before a name is that driver's place ("ned till tvåorna A och B")
    ("Erik Ek och kartläsaren Per Holm vann rallyt. I mål skilde 3,4 sekunder ned till tvåorna "
     "Anna Svensson och Bo Lind.",
     {("race", E, 1, C), ("race", "Per Holm", 1, C), ("race", A, 2, C), ("race", B, 2, C)}),
    # a left-out session opening a sentence before its verb; a reflexive verb's subject
    # after "slog" is no object
    ("Den första semifinalen vann Anna Svensson. Den andra vann Bo Lind, och där slog Erik Ek "
     "(SWE) sig fram till en tredjeplats.",
     {("other-1", A, 1, C), ("other-2", B, 1, C), ("other-2", E, 3, C)}),
    # a list headed by the qualifying times
    (
        "Kvaltider:\n1. Anna Svensson 47,912\n2. Erik Ek 47,988\n\nFinal:\n1. Erik Ek\n2. Anna Svensson\n",
        {("qualifying", A, 1, C), ("qualifying", E, 2, C), ("final", E, 1, C), ("final", A, 2, C)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_OUT_FORMS)
def test_parser_results_held_out_forms(text: str, expected: set[tuple]) -> None:
    assert _results(text) == expected
