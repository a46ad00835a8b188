"""Silence as consent read as a condition and its scope (issue 13, fourth round).

The condition is the parent's inaction in any shape; the main clause decides whether that
silence is taken as a yes (opt-out) or nothing happens (opt-in). Sentences written here.
"""

import pytest

from dossierwijs.core.consent_check.choice import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form
from dossierwijs.core.consent_check.scope import takes_silence_as_consent
from dossierwijs.core.consent_check.sentences import normalise

SIGNED = "\nHandtekening ouder: ____________"


@pytest.mark.parametrize(
    "sentence",
    [
        "Als u niet reageert, beschouwen wij dit als toestemming.",
        "Reageert u niet voor 1 mei, dan sturen wij het verslag op.",
        "Wij nemen aan dat u akkoord bent als wij niets van u horen.",
        "Zonder tegenbericht gaan wij ervan uit dat u instemt.",
        "Wie geen bezwaar maakt, stemt in met het delen.",
        "Wie geen bezwaar heeft tegen foto's op de website, hoeft niets te doen.",
        "Levert u het strookje niet in, dan mag de school de foto's gebruiken.",
        "Geen bericht is goed bericht: dan delen wij het verslag.",
    ],
)
def test_inaction_with_a_main_clause_that_goes_on_is_silence_as_consent(sentence):
    assert takes_silence_as_consent(normalise(sentence))
    judged = judge_ondubbelzinnig(Form(sentence + SIGNED))
    assert judged.oordeel == "gebrek" and sentence in judged.bewijs


@pytest.mark.parametrize(
    "sentence",
    [
        "Reageert u niet, dan sturen wij niets.",
        "Als wij geen reactie ontvangen, nemen wij contact met u op.",
        "Als u niet reageert, sturen wij u een herinnering.",
        "Als u niet reageert, kunnen wij het verslag niet versturen.",
        "Heeft u geen bezwaar, zet dan uw handtekening hieronder.",
    ],
)
def test_inaction_that_stops_the_exchange_or_brings_a_reminder_is_no_consent(sentence):
    assert not takes_silence_as_consent(normalise(sentence))


def test_otherwise_after_a_request_to_object_is_silence_as_consent():
    first = normalise("Bent u het er niet mee eens, laat het ons dan voor vrijdag weten.")
    assert takes_silence_as_consent(normalise("Anders sturen wij het verslag op."), first)
    assert not takes_silence_as_consent(normalise("Anders sturen wij het verslag op."), "")
