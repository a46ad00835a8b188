"""Dates as a form prints them, and as OCR damages them.

"16 juli 2027", "16 jul. 2027", "16-07-2027", "2027-07-16", "juli 2027" and "schooljaar
2026-2027" are dates; so is "16 ju1i 2O27" or "16 jull 2027" from a scan. ``mend_dates``
writes a damaged or abbreviated month and year back in full before ``DATE`` is matched, so
a duration rule names a date once for all its shapes. Runs on ``normalise``-d text.
"""

from __future__ import annotations

import re

MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS = "(" + "|".join(MONTH_NAMES) + ")"
_ABBREVIATED = {
    "jan": "januari",
    "feb": "februari",
    "febr": "februari",
    "mrt": "maart",
    "apr": "april",
    "jun": "juni",
    "jul": "juli",
    "aug": "augustus",
    "sep": "september",
    "sept": "september",
    "okt": "oktober",
    "nov": "november",
    "dec": "december",
}
# A day and a month without a year, as a text message writes them: "17 dec", "3 sept.".
DAY_MONTH = rf"\b\d{{1,2}} ({MONTHS[1:-1]}|{'|'.join(_ABBREVIATED)})\b\.?"
DATE = re.compile(
    rf"\b\d{{1,2}} {MONTHS} \d{{4}}\b|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b{MONTHS} \d{{4}}\b|\bschooljaar \d{{4}} ?[-/] ?\d{{2,4}}\b"
)
# A day, a word that may be a month, and a year that may hold an O for a 0.
_DAY_WORD_YEAR = re.compile(r"\b(\d{1,2}) ([a-z01|]{3,10})\.? ([12][0-9o]{3})\b")


def _month(word: str) -> str | None:
    """The month ``word`` stands for: in full, abbreviated, or one letter off (OCR)."""
    word = word.replace("1", "l").replace("|", "l").replace("0", "o")
    if word in MONTH_NAMES:
        return word
    if word in _ABBREVIATED:
        return _ABBREVIATED[word]
    if len(word) < 4:
        return None
    close = [m for m in MONTH_NAMES if _one_letter_off(word, m)]
    return close[0] if len(close) == 1 else None


def _one_letter_off(word: str, month: str) -> bool:
    """One letter replaced, added or dropped."""
    if abs(len(word) - len(month)) > 1:
        return False
    if len(word) == len(month):
        return sum(a != b for a, b in zip(word, month, strict=True)) == 1
    short, long = sorted((word, month), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def mend_dates(key: str) -> str:
    """``key`` with every damaged or abbreviated day-month-year written in full."""

    def mend(m: re.Match[str]) -> str:
        month = _month(m.group(2))
        if month is None:
            return m.group(0)
        return f"{m.group(1)} {month} {m.group(3).replace('o', '0')}"

    return _DAY_WORD_YEAR.sub(mend, key)
