"""Gezag (parental authority): who may act for the child, and what a parent without it may ask.

- Under 16 a privacy request for the child (inzage, correctie, ...) is made by the legal
  representative, usually a parent with gezag. # UAVG art. 5; AP (fact 2.3, V)
- After a divorce parents who had gezag together keep it together, unless the court gave
  it to one of them. # BW 1:251 lid 2 (V-sec); deviations are in the gezagsregister
  (V-sec). Unmarried parents: see ``EXPLANATION`` (hedged).
- The parent with gezag informs the parent without gezag about important matters and
  consults them. # BW 1:377b lid 1 (V, statute text seen)
- A third party who professionally holds information about important facts and
  circumstances concerning the child (a school, a care provider) gives it on request to
  the parent without gezag, unless it would not give it in the same way to the parent
  with gezag, or the child's interest opposes it; a refusal is reasoned.
  # BW 1:377c lid 1 (fact 2.14, V-sec)

A parent who does not know whether they have gezag is treated as not (yet) able to make a
rights request: the letter would otherwise state something the parent cannot vouch for.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossierwijs.core.rules.sources import Confidence, source, weakest

MET = "met"
ZONDER = "zonder"
ONBEKEND = "onbekend"
STATUSES = (MET, ZONDER, ONBEKEND)

# Labels for the three answers, Dutch (the Django apps wrap them in gettext).
LABELS = {
    MET: "Ik heb gezag",
    ZONDER: "Ik heb geen gezag",
    ONBEKEND: "Ik weet het niet",
}
OTHER_LABELS = {
    MET: "Heeft gezag",
    ZONDER: "Heeft geen gezag",
    ONBEKEND: "Weet ik niet",
}

# Shown next to the question in the wizard, the invitation, the profile and `init --help`.
# BW 1:251 lid 2 (divorce); gezagsregister; the unmarried-parents sentence is hedged.
EXPLANATION = (
    "Gezag betekent: u mag beslissingen nemen over uw kind en namens uw kind optreden. "
    "Waren de ouders getrouwd of geregistreerd partners toen het kind werd geboren, dan "
    "hebben zij samen gezag. Na een scheiding houden zij dat samen, tenzij de rechter het "
    "gezag aan één ouder heeft gegeven. Waren de ouders niet getrouwd, dan heeft de moeder "
    "gezag. De andere ouder heeft gezag als dat bij de rechtbank is aangetekend; bij een "
    "erkenning vanaf 2023 gaat dat meestal vanzelf (dat laatste hebben wij niet kunnen "
    "controleren). Twijfelt u, kijk dan in het gezagsregister: u "
    "vraagt een uittreksel aan bij de rechtbank (via rechtspraak.nl). Staat uw kind er "
    "niet in, dan geldt de gewone regel hierboven."
)
EXPLANATION_SOURCE_IDS = ("bw-1-251", "gezagsregister")


def may_make_rights_request(gezag: str) -> bool:
    """Whether a parent with this answer may make a privacy request for a child under 16.

    # UAVG art. 5; AP: for a child under 16 the legal representative (usually a parent
    # with gezag) makes the request (fact 2.3). "onbekend" is not enough: the letter says
    # "ouder met gezag" and the school may ask for proof.
    """
    if gezag not in STATUSES:
        raise ValueError(gezag)
    return gezag == MET


@dataclass(frozen=True)
class GezagAnswer:
    """Why a parent may not make a rights request, and what they can do instead (Dutch)."""

    message: str
    source_ids: tuple[str, ...]

    @property
    def confidence(self) -> Confidence:
        return weakest([source(i).confidence for i in self.source_ids])


def rights_request_refusal(gezag: str) -> GezagAnswer:
    """The Dutch message for a parent who cannot make an AVG rights request for a child < 16."""
    if gezag == ONBEKEND:
        return GezagAnswer(
            "U heeft aangegeven dat u niet weet of u gezag heeft. Een verzoek om inzage, "
            "correctie, verwijdering, beperking of bezwaar voor een kind onder de 16 doet een "
            "ouder met gezag. Kijk in het gezagsregister (uittreksel via rechtspraak.nl) en "
            "pas daarna uw antwoord aan bij Mijn gegevens. Heeft u geen gezag, dan kunt u de "
            "school wel om belangrijke informatie over uw kind vragen (artikel 1:377c "
            "Burgerlijk Wetboek): kies dan de brief 'informatie'.",
            ("uavg-5", "ap-privacyrechten", "gezagsregister", "bw-1-377c"),
        )
    return GezagAnswer(
        "Alleen een ouder met gezag kan dit verzoek doen voor een kind onder de 16. "
        "Als ouder zonder gezag kunt u de school wel om belangrijke informatie over uw kind "
        "vragen (artikel 1:377c Burgerlijk Wetboek): kies dan de brief 'informatie' "
        "(dossierwijs brief informatie).",
        ("uavg-5", "ap-privacyrechten", "bw-1-377c"),
    )


# BW 1:377c lid 1, in our words (fact 2.14, V-sec). Used by the information letter and Kennis.
INFORMATION_RIGHT = (
    "Een school of hulpverlener die beroepshalve informatie heeft over belangrijke feiten "
    "en omstandigheden over het kind, zijn verzorging en opvoeding, geeft die informatie "
    "op verzoek ook aan de ouder zonder gezag (artikel 1:377c Burgerlijk Wetboek)."
)
INFORMATION_EXCEPTIONS = (
    "de informatie ook niet op dezelfde manier aan de ouder met gezag zou worden gegeven",
    "het belang van het kind zich tegen het geven van de informatie verzet",
)
INFORMATION_SOURCE_IDS = ("bw-1-377c",)

# BW 1:377b lid 1 (V).
INFORM_OTHER_PARENT = (
    "De ouder met gezag moet de ouder zonder gezag op de hoogte houden van belangrijke "
    "zaken over het kind en hem of haar raadplegen over beslissingen daarover "
    "(artikel 1:377b Burgerlijk Wetboek)."
)
INFORM_OTHER_PARENT_SOURCE_IDS = ("bw-1-377b",)
