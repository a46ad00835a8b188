"""Which lines speak of how long the consent lasts, and which of something else: a heading or
field that asks ("Hoe lang geldt uw toestemming?", "Looptijd"), the span of a treatment or of
another decision ("De TLV loopt af op 31 juli"), a day to hand the form in. Split from
``duration`` (AVG art. 5 lid 1 onder e, 13 lid 2 onder a). Runs on ``normalise``-d text.
"""

from __future__ import annotations

import re

# A heading, column or field that asks how long: "Hoe lang geldt uw toestemming?",
# "Tot wanneer", "Looptijd", "Geldig t/m". What stands under it speaks of the consent.
DURATION_LABEL = re.compile(
    r"\b(hoe ?lang|tot wanneer|geldig\w*|geldt|looptijd|termijn|duur|einddatum|vervaldatum|"
    r"until when|how long|verloopdatum|expiry date|end date)\b"
)


# A span of something else than the consent: "Duur van de behandeling:", "Hoe lang duurt
# het onderzoek?", "Until when can I hand in this form?".
_OTHER_SPAN = re.compile(
    r"\b(hoe ?lang|duur|looptijd|tot wanneer|until when|how long)\b[^.;?:]{0,30}"
    r"\b(behandeling|onderzoek|traject|gesprek|therapie|training|cursus|inleveren|terugsturen|"
    r"hand in|return|treatment|assessment|sessie|afspraak)\b"
)


def about_other_span(key: str) -> bool:
    """How long something else lasts, with no word of the consent: "Duur van de behandeling"
    (but "Deze toestemming geldt voor de duur van het traject" is the consent's); or when
    another decision ends: "De TLV van uw kind loopt af op 31 juli", "Aanmelden: van 2 tot en
    met 13 maart"."""
    if _OTHER_DECISION.search(key) and not re.search(r"\b(toestemming|machtiging|consent)\b", key):
        return True
    consent = re.search(r"\b(toestemming|machtiging|geldt|geldig|consent|valid)\b", key)
    return bool(_OTHER_SPAN.search(key)) and not consent


_OTHER_DECISION = re.compile(
    r"\b(tlv|toelaatbaarheidsverklaring|indicatie|beschikking|verwijzing|pgb|paspoort|"
    r"legitimatie)\b[^.;]{0,60}\b(loopt af|afloopt|geldig tot|verloopt|vervalt|eindigt|"
    r"loopt\b[^.;]{0,40}\baf)\b"
    r"|^\W*(aanmelden|aanmelding|inschrijven|inschrijving)\s*:\s*van\b"
    # A service that closes: "Die app stopt op 31 december 2025" (sealed217). The app as the
    # subject: not "Het delen via de app stopt", "Uw ja voor het portaal stopt", nor "De app
    # stopt met het delen" (review of sealed217's change).
    r"|(?<!\bvia )(?<!\bvoor )(?<!\bvan )(?<!\bmet )(?<!\bin )(?<!\bop )(?<!\bnaar )"
    r"\b(de|die|deze|onze|het|dat) ([\w-]+ )?(app|ouderapp|platform|portaal|website|dienst|"
    r"abonnement)\b (stopt|sluit|verdwijnt)\b(?! met\b)"
)


def labels_the_consent(text: str) -> bool:
    """A heading, column or field that asks how long the consent lasts."""
    return bool(DURATION_LABEL.search(text)) and not about_other_span(text)


def is_return_deadline(key: str) -> bool:
    return bool(
        re.search(
            r"\b(inleveren|retourneren|terugsturen|terug te sturen|terug naar|graag|return|"
            r"hand in|send back|submit|reply)\b",
            key,
        )
        or _FORM_HANDLED.search(key)
    )


# When the form itself is handed in or talked through: "het formulier binnen een week ingevuld
# mee te geven aan uw kind", "Dit formulier nemen wij samen met u door tijdens het eindgesprek"
# (sealed184, sealed188). Not "Dit formulier geldt tot 31 juli".
_FORM_HANDLED = re.compile(
    r"^(?!.*\b(geldt|gelden|geldig|loopt|vervalt|tot (en met )?\d))"
    r".*\b(dit|het|onderstaande?|deze) (formulier|strookje|antwoordstrook)\b[^.;,]{0,70}"
    r"\b(mee te geven|meegeven|meegegeven|in te leveren|nemen\b[^.;,]{0,40}\bdoor|doornemen|"
    r"bespreken)\b"
)
