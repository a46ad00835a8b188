"""Wordings found after scoring sealed89-92, each with a neighbour that must keep its
judgment. The sentences here are our own, not the sealed forms'."""

import pytest

from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.keeping import judge_termijn
from dossierwijs.core.consent_check.which_data import judge_gegevens

# Pictures and recordings are the data of a request to photograph or film; a protocol and a
# mobile number handed to a driver are data too.
NAMES_ITS_DATA = (
    "Mag ik een foto van Daan met zijn tekening in het groepsalbum zetten?",
    "Mag ik een foto van Daan in het klasalbum van groep 5 zetten?",
    "De stagiaire wil de gymles filmen. Haar docent bekijkt de opname met haar.",
    "We maken een filmpje met beelden van de kinderen en vertonen dat op de ouderavond.",
    "Mogen wij uw mobiele nummer en het diabetesprotocol van Sem aan de chauffeur geven?",
)
NAMES_NO_DATA = (
    "Mogen wij contact opnemen met de logopedist over Daan?",
    "Mag de juf met de begeleider van de stage overleggen?",
)
# A message writes the day of deletion without the year (AVG art. 5 lid 1 onder e).
DELETED_ON_A_DAY = (
    "Het filmpje staat op de laptop van de locatie en wordt op 1 juli gewist.",
    "Op 31 januari gaat het album dicht en wis ik de foto.",
)


@pytest.mark.parametrize("request_text", NAMES_ITS_DATA)
def test_pictures_recordings_and_a_protocol_name_the_data(request_text):
    judgement = judge_gegevens(Form(request_text + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg
    assert judgement.bewijs


@pytest.mark.parametrize("request_text", NAMES_NO_DATA)
def test_a_request_that_names_no_data_still_lacks_it(request_text):
    assert judge_gegevens(Form(request_text + "\n")).oordeel == "gebrek"


@pytest.mark.parametrize("clause", DELETED_ON_A_DAY)
def test_a_deletion_day_without_the_year_is_an_end(clause):
    judgement = judge_termijn(Form(clause + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg


def test_a_day_without_a_deletion_is_no_end():
    form = Form("Op 3 maart bespreken we het verslag. Wij bewaren het in ParnasSys.\n")
    assert judge_termijn(form).oordeel == "gebrek"


# A part of a year with its year, where the data goes, and access for a window of days only
# (AVG art. 5 lid 1 onder e): both are an end.
ENDS_WITHOUT_A_DAY = (
    "De foto's staan in de clubmap; in de zomer van 2027 verwijderen we ze daar en op de site.",
    "Eind 2026 wist de muziekschool de opnames van het concert.",
    "De invalkracht kan het plan alleen van 3 t/m 14 maart inzien; daarna gaat haar toegang dicht.",
)
NO_END_IN_A_WINDOW = (
    "Van 3 t/m 14 maart ben ik op vakantie. Mag ik het plan met de invalkracht delen?",
    "In de zomer van 2027 verhuist de club naar een nieuw terrein.",
)


@pytest.mark.parametrize("clause", ENDS_WITHOUT_A_DAY)
def test_a_season_of_a_year_or_an_access_window_is_an_end(clause):
    judgement = judge_termijn(Form(clause + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize("clause", NO_END_IN_A_WINDOW)
def test_a_window_or_season_that_ends_nothing_is_no_end(clause):
    assert judge_termijn(Form(clause + "\n")).oordeel == "gebrek"


# Open words about what stays, what is kept or what is taken out again are no open list of
# what is shared (AVG art. 4 lid 11; overweging 42).
SHARED = "Wij sturen het leesverslag van Tim naar de logopedist. "
NOT_SHARED_OPEN_WORDS = (
    "Andere delen van het leerlingdossier blijven bij ons.",
    "Wat we verder besproken hebben, blijft bij mij.",
    "Dit formulier en alles wat we delen, staat op school in het dossier in ParnasSys.",
    "Na het schooljaar stuur ik u een bericht en haal ik alles wat ik van Tim heb uit mijn map.",
)
SHARED_OPEN_WORDS = (
    "Wij sturen ook het leerlingdossier naar de logopedist.",
    "Wat we verder besproken hebben, sturen we ook naar de logopedist.",
)


@pytest.mark.parametrize("sentence", NOT_SHARED_OPEN_WORDS)
def test_open_words_about_what_is_not_shared_leave_the_data_named(sentence):
    judgement = judge_gegevens(Form(SHARED + sentence + "\n"))
    assert judgement.oordeel == "ok", judgement.uitleg


@pytest.mark.parametrize("sentence", SHARED_OPEN_WORDS)
def test_open_words_about_what_is_shared_stay_a_defect(sentence):
    assert judge_gegevens(Form(SHARED + sentence + "\n")).oordeel == "gebrek"
