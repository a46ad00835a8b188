"""One regular expression from several alternatives, for the phrase modules."""

from __future__ import annotations

import re


def alternatives(*patterns: str) -> re.Pattern[str]:
    """One pattern that matches any of ``patterns``."""
    return re.compile("|".join(f"(?:{a})" for a in patterns))
