from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.consent_check.compose import (
    ConsentTextError,
    Exchange,
    Storage,
    compose_specific_consent,
    dutch_date,
)

TODAY = date(2026, 1, 5)


def compose(**overrides):
    arguments = dict(
        child="Sem de Boer",
        given_by=["Anna de Boer (moeder)", "Piet de Boer (vader)"],
        requested_by="Basisschool De Linde",
        exchanges=[
            Exchange(
                "Basisschool De Linde",
                "GGD Hollands Midden",
                ["het OPP van dit schooljaar", "het verzuimoverzicht"],
                "de jeugdarts kan het consult van 3 maart voorbereiden",
            )
        ],
        storage=[
            Storage("GGD Hollands Midden", "het digitaal dossier jeugdgezondheidszorg"),
            Storage("Basisschool De Linde", "het leerlingdossier in ParnasSys"),
        ],
        withdraw_contact="de intern begeleider (ib@delinde.nl)",
        valid_until=date(2026, 6, 30),
        today=TODAY,
    )
    arguments.update(overrides)
    return compose_specific_consent(**arguments)


def test_composed_consent_passes_the_checker():
    result = check_consent_form(compose())
    assert result.verdict == "geldig", result.defects


def test_composed_consent_with_two_exchanges_has_a_choice_for_each():
    text = compose(
        exchanges=[
            Exchange(
                "Basisschool De Linde",
                "Logopedie De Klank",
                ["de uitslag van de leestoets"],
                "de logopedist stemt de oefeningen af op de klas",
            ),
            Exchange(
                "Logopedie De Klank",
                "Basisschool De Linde",
                ["het behandelplan"],
                "de leerkracht gebruikt dezelfde oefeningen in de klas",
            ),
        ],
        trajectory="de behandeling bij Logopedie De Klank",
    )
    assert text.count("[ ] Ja") == 2
    result = check_consent_form(text)
    assert result.verdict == "geldig", result.defects
    assert result.criteria["granulair"].oordeel == "ok"


def test_composed_consent_that_ends_with_a_trajectory_only():
    text = compose(valid_until=None, trajectory="het onderzoek door Telwijs")
    assert "geldt tot het einde van het onderzoek door Telwijs" in text
    assert check_consent_form(text).verdict == "geldig"


def test_composed_consent_names_every_part():
    text = compose(retention="De school bewaart het OPP tot twee jaar nadat Sem de school verlaat")
    for part in (
        "Gegeven door: Anna de Boer (moeder) en Piet de Boer (vader)",
        "Van Basisschool De Linde naar GGD Hollands Midden",
        "tot en met 30 juni 2026",
        "niet verplicht",
        "op elk moment intrekken",
        "ib@delinde.nl",
        "Handtekening:",
    ):
        assert part in text
    assert check_consent_form(text).verdict == "geldig"


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        (
            {
                "exchanges": [
                    Exchange(
                        "Basisschool De Linde",
                        "alle betrokken instanties",
                        ["het OPP"],
                        "de arts bereidt het consult voor",
                    )
                ]
            },
            "groep",
        ),
        (
            {
                "exchanges": [
                    Exchange(
                        "Basisschool De Linde",
                        "GGD Hollands Midden",
                        ["alle relevante gegevens"],
                        "de arts bereidt het consult voor",
                    )
                ]
            },
            "niet afgebakend",
        ),
        (
            {
                "exchanges": [
                    Exchange(
                        "Basisschool De Linde",
                        "GGD Hollands Midden",
                        ["het OPP"],
                        "indien nodig goede begeleiding",
                    )
                ]
            },
            "te open",
        ),
        (
            {
                "exchanges": [
                    Exchange(
                        "Basisschool De Linde",
                        "de jeugdarts",
                        ["het OPP"],
                        "de arts bereidt het consult voor",
                    )
                ]
            },
            "eigen naam",
        ),
        ({"valid_until": None}, "tot wanneer"),
        ({"valid_until": date(2025, 1, 1)}, "verleden"),
        ({"valid_until": None, "trajectory": "de schoolloopbaan"}, "geen duidelijk einde"),
        ({"storage": [Storage("GGD Hollands Midden", "een veilige plek")]}, "niet duidelijk"),
        ({"exchanges": []}, "uitwisseling"),
    ],
)
def test_vague_input_is_refused_in_dutch(overrides, fragment):
    with pytest.raises(ConsentTextError) as caught:
        compose(**overrides)
    assert fragment in caught.value.message


def test_dutch_date():
    assert dutch_date(date(2026, 7, 31)) == "31 juli 2026"


NAMES = st.builds(
    lambda kind, name: f"{kind} {name}",
    st.sampled_from(
        [
            "Basisschool",
            "GGD",
            "Praktijk",
            "Stichting",
            "Jeugdhulp",
            "Kindcentrum",
            "Samenwerkingsverband",
            "Logopedie",
            "Wijkteam",
        ]
    ),
    st.from_regex(r"[A-Z][a-z]{3,10}( [A-Z][a-z]{3,8})?", fullmatch=True),
)
DATA = st.lists(
    st.sampled_from(
        [
            "het OPP",
            "de uitslag van de rekentoets",
            "het verzuimoverzicht van dit jaar",
            "het verslag van het oudergesprek",
            "de adviezen uit het onderzoek",
            "het AVI-niveau",
            "de naam en geboortedatum",
            "het behandelplan",
        ]
    ),
    min_size=1,
    max_size=3,
    unique=True,
)
PURPOSES = st.sampled_from(
    [
        "de jeugdarts bereidt het consult van 3 maart voor",
        "de logopedist stemt de oefeningen af op de klas",
        "de commissie beslist over het arrangement",
        "de leerkracht gebruikt dezelfde aanpak in de klas",
        "de orthopedagoog bepaalt of er dyscalculie is",
    ]
)
PLACES = st.sampled_from(
    [
        "het leerlingdossier in ParnasSys",
        "het cliëntdossier van de praktijk",
        "het digitaal dossier jeugdgezondheidszorg",
        "het leerlingdossier in Magister",
        "het registratiesysteem van de gemeente",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(NAMES, min_size=2, max_size=4, unique=True),
    data=st.lists(DATA, min_size=1, max_size=3),
    purposes=st.lists(PURPOSES, min_size=3, max_size=3),
    place=PLACES,
    days=st.integers(min_value=1, max_value=700),
    use_trajectory=st.booleans(),
)
def test_any_composed_consent_passes_the_checker(
    names, data, purposes, place, days, use_trajectory
):
    school, *others = names
    exchanges = [
        Exchange(school, other, items, purpose)
        for other, items, purpose in zip(others, data, purposes, strict=False)
    ]
    text = compose_specific_consent(
        child="Noor Jansen",
        given_by=["Eva Jansen"],
        requested_by=school,
        exchanges=exchanges,
        storage=[Storage(name, place) for name in names],
        withdraw_contact=f"de intern begeleider van {school}",
        valid_until=date.fromordinal(TODAY.toordinal() + days),
        trajectory="de begeleiding" if use_trajectory else None,
        today=TODAY,
    )
    result = check_consent_form(text)
    assert result.verdict == "geldig", (text, result.defects)


DEFECTS = [
    ("Indien nodig delen wij deze gegevens ook met andere hulpverleners.", "ontvangers"),
    ("Wij kunnen ook alle relevante gegevens uit het leerlingdossier doorgeven.", "gegevens"),
    ("Deze toestemming geldt gedurende de gehele schoolloopbaan van uw kind.", "termijn"),
    ("Zonder uw toestemming kan de school geen extra ondersteuning aanvragen.", "vrij"),
    ("Als wij niets van u horen, gaan wij ervan uit dat u akkoord gaat.", "ondubbelzinnig"),
    ("Met uw handtekening gaat u akkoord met alle onderdelen.", "granulair"),
    ("De uitkomsten mogen ook met derden worden gedeeld.", "ontvangers"),
    ("De gegevens worden ook gebruikt voor beleidsdoeleinden.", "doel"),
    ("Wijzigingen kunt u alleen aan het begin van een nieuw schooljaar doorgeven.", "intrekken"),
]


@settings(max_examples=40, deadline=None)
@given(defect=st.sampled_from(DEFECTS), where=st.integers(min_value=0, max_value=100))
def test_one_blanket_sentence_makes_a_specific_consent_invalid(defect, where):
    """Never call a form valid once one blanket clause is added, wherever it stands; an open
    end alone leaves valid consent that is incomplete (CRITERIA.md, AVG art. 13)."""
    sentence, criterion = defect
    paragraphs = compose().split("\n\n")
    position = 1 + where % (len(paragraphs) - 1)
    text = "\n\n".join(paragraphs[:position] + [sentence] + paragraphs[position:])
    result = check_consent_form(text)
    assert result.verdict == ("onvolledig" if criterion == "termijn" else "ongeldig")
    assert result.criteria[criterion].oordeel == "gebrek"
    assert sentence in result.criteria[criterion].bewijs
