"""The minimiser: abridged copies with real redaction, verified before they leave the vault."""
