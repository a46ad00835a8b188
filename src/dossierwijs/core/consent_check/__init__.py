"""Consent-form checker and the composer of a specific consent (pure Python, no Django).

``check_consent_form(text)`` judges a form on the nine criteria of a valid consent
(AVG art. 4 lid 11, 7, 13; overwegingen 32, 42, 43);
``compose_specific_consent(...)`` writes a consent text that meets all nine.
"""

from .checker import CRITERIA, GELDIG, ONGELDIG, ConsentCheck, check_consent_form
from .compose import ConsentTextError, Exchange, Storage, compose_specific_consent
from .form import GEBREK, OK, Judgement

__all__ = [
    "CRITERIA",
    "GEBREK",
    "GELDIG",
    "OK",
    "ONGELDIG",
    "ConsentCheck",
    "ConsentTextError",
    "Exchange",
    "Judgement",
    "Storage",
    "check_consent_form",
    "compose_specific_consent",
]
