"""Consent-form checker and the composer of a specific consent (pure Python, no Django).

``check_consent_form(text)`` judges a form on the nine criteria of a consent form
(AVG art. 4 lid 11, 7, 13; overwegingen 32, 42, 43) and gives a verdict ``geldig``,
``onvolledig`` (valid, but storage or duration missing) or ``ongeldig``;
``compose_specific_consent(...)`` writes a consent text that meets all nine.
"""

from .checker import (
    CRITERIA,
    GELDIG,
    INFORMATION_CRITERIA,
    ONGELDIG,
    ONVOLLEDIG,
    VALIDITY_CRITERIA,
    VERDICTS,
    ConsentCheck,
    check_consent_form,
    verdict_for,
)
from .compose import ConsentTextError, Exchange, Storage, compose_specific_consent
from .form import GEBREK, OK, Judgement

__all__ = [
    "CRITERIA",
    "GEBREK",
    "GELDIG",
    "INFORMATION_CRITERIA",
    "OK",
    "ONGELDIG",
    "ONVOLLEDIG",
    "VALIDITY_CRITERIA",
    "VERDICTS",
    "ConsentCheck",
    "ConsentTextError",
    "Exchange",
    "Judgement",
    "Storage",
    "check_consent_form",
    "compose_specific_consent",
    "verdict_for",
]
