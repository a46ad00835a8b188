"""Consent: the register of specific consents and the consent-form checker (issue 6)."""
