"""Recipients left unnamed in ways of their own: one someone picks later, or a stand-in (AVG
art. 13 lid 1 onder e; overweging 42). Split from ``phrases`` (which re-exports them and
uses them in ``VAGUE_RECIPIENT``). Runs on ``normalise``-d text."""

from __future__ import annotations

import re

# One recipient someone picks later: "een orthopedagoog die de school hiervoor inhuurt", "de
# zorgaanbieder die wij voor uw kind inschakelen", "het dyslexiebureau dat de gemeente
# aanwijst". Unnamed, but one: an open recipient, not several under one choice.
PICKED_LATER = (
    r"\b(een|de|het) ([a-z-]+ )?[a-z-]*(pedagoog|psycholoog|aanbieder|bureau|praktijk|instelling|"
    r"organisatie|specialist|deskundige|therapeut|hulpverlener|begeleider|coach|logopedist|"
    r"fysiotherapeut|adviseur|expert) (die|dat) (?!(u|je|jij|jullie|de ouders?|uzelf)\b)[^.;]{0,50}\b(inhuurt|inhuren|inschakelt|"
    r"inschakelen|aanwijst|aanwijzen|kiest|kiezen|uitkiest|selecteert|contracteert|zoekt|vindt|"
    r"toewijst|toewijzen|aanstelt)\b"
)
# A stand-in left open: "dan sturen wij het naar een andere logopediepraktijk in de buurt".
STAND_IN = (
    # (also as an alternative: "naar een logopediepraktijk of een andere zorgaanbieder in de
    # regio die op dat moment plek heeft", sealed219)
    # (and "een vergelijkbare zorgaanbieder": review of sealed219's change)
    r"\b(naar|aan|met|bij|of) een (andere|vergelijkbare|soortgelijke) [a-z-]*(praktijk|aanbieder|"
    r"instelling|bureau|specialist|"
    r"therapeut|logopedist|behandelaar|hulpverlener|zorgverlener)\b"
    # Passed on to whoever fits: "soms past een andere organisatie beter; het wijkteam stuurt
    # uw aanmelding dan door".
    r"|\been andere (organisatie|instantie|instelling|aanbieder|zorgaanbieder|hulpverlener)\b"
    r"[^.]{0,60}\b(stuurt|sturen|geeft|geven|verwijst|verwijzen)\b[^.]{0,30}\bdoor\b"
)
# One of a group, which one unsaid: "Eén van onze jubileumsponsors wil alle ouders bedanken"
# (sealed124). Not "een van de twee praktijken hierboven".
ONE_OF = (
    r"\b(een|één) van (onze|de|hun|haar|zijn) (?!(twee|drie|vier|beide|genoemde)\b)[a-z-]*(sponsors|"
    r"partners|leveranciers|bedrijven|organisaties|instanties|aanbieders|praktijken|hulpverleners|"
    r"zorgaanbieders|instellingen)\b(?! (hieronder|hierboven|die (hier|hier)boven))"
    # (named right after: "Eén van onze sponsors, Bakkerij De Korenaar, ...", "een van de
    # praktijken in Zandpad: Logopedie Spraakwater")
    r"(?!\s*[,:(])(?![^.;,]{0,25}:)"
)
ONE_UNNAMED = re.compile(f"{PICKED_LATER}|{STAND_IN}|{ONE_OF}")
