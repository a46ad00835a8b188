"""Verkorte versie: an abridged, truly redacted copy of a dossier document, made step by step."""
