"""What a child gets only through a consent, or as help: the other half of a refusal's price
(AVG art. 7 lid 4; overweging 42 en 43). Split from ``refusal``, which reads the refusal and
asks these whether what follows it is something the child loses.
"""

from __future__ import annotations

import re

# What the child gets only through the consent: a place, a turn, admission, an activity.
TICKET = re.compile(
    r"\bnaar (de|een) ([a-z-]+ )?(groep|klas|school|opvang|overblijf|tso|bso)\b|"
    r"\b(team|selectie|uitkomen|credit|bonus|reward|stageplek)\b|"
    r"\b(plek|plekken|plaats|plaatsing|plaatsen|wachtlijst|aanmelding|aanmelden|inschrijving|inschrijven|"
    r"toelating|toelaten|toegelaten|arrangement|instromen|instroom|indicatie|vergoeding|tlv|doorstromen|deelnemen|"
    r"deelname|meedoen|mee|kamp|schoolreis|excursie|uitstapje|sportclub|zorgmelding|intake|"
    r"aanvraag|aanvragen|in behandeling (genomen|nemen)|plannen|inplannen|ingepland|startdatum|"
    r"reservelijst|lenen|uitlenen|uitgeleend|geleend|auditie|audities|hoofdrol|hoofdrollen|"
    # Coming along by name: "kunnen alleen kinderen ... meelopen" (sealed206).
    r"meelopen|meefietsen|meegaan|meespelen|meezingen|meereizen|"
    r"in aanmerking|place|placement|trip|join|admission|enrol\w*|application|referral|"
    r"waiting list)\b"
    r"|\b\w+(plek|plaats|aanbod)\b"
    r"|\b(gebruik (maken|gemaakt) van|toegang (tot|krijgen)|meedoen aan|deelnemen aan)\b"
    r"|\b(iets|niks|niets) (meer )?voor (u|jullie|je|jou|uw kind) (doen|betekenen)\b"
    # A role in a group: "kunnen in het ambassadeursteam worden opgenomen", "kan ambassadeur
    # worden" (sealed212); not the exchange ("in het dossier opgenomen").
    # (not a care team, where the exchange itself lands: "bij het zorgteam geplaatst")
    r"|\b(in|bij|tot) (het|de) [a-z-]*(?<!zorg)(?<!jeugd)(?<!wijk)(?<!ondersteunings)(team|club|"
    r"selectie|klas)\b[^.;]{0,20}\b(worden |wordt )?"
    r"(opgenomen|toegelaten|geplaatst)\b"
    r"|\b(kan|kunnen|mag|mogen) ([a-z-]+ )?(ambassadeur|lid|deelnemer|vrijwilliger|klassenouder|"
    r"leerlingraadslid)\w* (worden|zijn)\b"
)
# Help the child gets: a loss when refusing stops it or it starts only after consent.
CARE = re.compile(
    r"\b(begeleid(ing|en|t)|ondersteun(ing|en|t)|hulp|hulpverlening|zorg|behandel(ing|en)|aanbod|"
    r"activiteit\w*|training|lessen|programma|support|programme|program|help|treatment|"
    r"remedial|instructie|bijles|halfuur|uren)\b"
    r"|\b\w+(ondersteuning|begeleiding|behandeling|hulp)\b|\b\w*onderwijs\b"
)
