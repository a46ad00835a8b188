"""Withdrawal said indirectly: a change of mind asked or assumed, answered by a channel or by
what then stops. None of these sentences uses "intrekken"."""

import pytest

from dossierwijs.core.consent_check.choice import judge_intrekken
from dossierwijs.core.consent_check.form import Form


@pytest.mark.parametrize(
    "said",
    [
        "Krijgt u later spijt en bedenkt u zich? Een kort mailtje aan de praktijk is genoeg.",
        "Verandert u na een tijdje van mening? Bel de school; vanaf dan sturen wij niets meer.",
        "Twijfelt u later toch? Eén appje aan de juf en dan stoppen we ermee.",
        "Wilt u iets veranderen in wat u hebt aangekruist? Zeg het tegen de ib'er; wij passen "
        "het dezelfde week aan.",
        "U kunt uw keuzes op elk moment op deze pagina wijzigen.",
        "Een ja kunt u altijd weer op nee zetten in de ouderapp.",
        "Opzeggen kan altijd, per mail aan de administratie.",
        "You may withdraw this consent at any time by emailing the office.",
    ],
)
def test_an_indirect_withdrawal_with_a_channel_counts(said):
    judged = judge_intrekken(Form(f"Wij sturen het verslag naar de logopedist.\n\n{said}\n"))
    assert judged.oordeel == "ok", judged.uitleg
    assert judged.bewijs


def test_a_change_of_mind_without_any_way_to_say_it_is_not_enough():
    judged = judge_intrekken(Form("Wij sturen het verslag naar de logopedist.\n"))
    assert judged.oordeel == "gebrek"
