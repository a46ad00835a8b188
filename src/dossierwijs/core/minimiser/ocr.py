"""Undo the commonest OCR confusions in a copy of the text, character for character.

A scanned form read by OCR swaps the digits 0 and 1 with the letters O, o, l and I: "06 - 4O 72"
is a phone number, "2l-02-2024" a date, "Bas 0udshoorn" a name and "A1mere" a place. The
copy has the same length as the text, so whatever is found in it is found at the same offsets
in the text itself; only tokens that mix letters and digits are touched.
"""

from __future__ import annotations

import re

_MIXED = re.compile(r"[^\W_]*\d[^\W_]*")
_AS_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1"}
_AS_LETTER = {"0": ("O", "o"), "1": ("I", "l")}
# A number with a house-number letter at most ("409b"), once the letters are read as digits.
_NUMBER = re.compile(r"\d+[a-zA-Z]?")


def normalise(text: str) -> str:
    """``text`` with 0/1 read as letters inside words and O/o/l/I as digits inside numbers."""
    if not re.search(r"\d", text):
        return text
    chars = list(text)
    for m in _MIXED.finditer(text):
        token = m.group(0)
        if token.isdigit() or not re.search(r"[^\W\d_]", token):
            continue
        fixed = _as_number(token) or _as_word(token)
        if fixed:
            chars[m.start() : m.end()] = fixed
    return "".join(chars)


def _as_number(token: str) -> str | None:
    """ "4O9b" → "409b", "2l" → "21": letters that look like digits, next to a digit."""
    chars = list(token)
    for i, c in enumerate(token):
        near_digit = (i > 0 and token[i - 1].isdigit()) or (
            i + 1 < len(token) and token[i + 1].isdigit()
        )
        if c in _AS_DIGIT and near_digit:
            chars[i] = _AS_DIGIT[c]
    fixed = "".join(chars)
    if fixed != token and _NUMBER.fullmatch(fixed):
        return fixed
    return None


def _as_word(token: str) -> str | None:
    """ "0udshoorn" → "Oudshoorn", "A1mere" → "Almere": a lone 0 or 1 among letters."""
    digits = [i for i, c in enumerate(token) if c.isdigit()]
    letters = len(token) - len(digits)
    if len(digits) > 2 or letters < 3 or any(token[i] not in _AS_LETTER for i in digits):
        return None
    if any(j - i == 1 for i, j in zip(digits, digits[1:], strict=False)):
        return None
    chars = list(token)
    for i in digits:
        before = token[i - 1] if i > 0 else ""
        after = token[i + 1] if i + 1 < len(token) else ""
        capitals = before.isupper() and (not after or after.isupper())
        if not (before.islower() or after.islower() or capitals):
            return None
        upper = not before or capitals
        chars[i] = _AS_LETTER[token[i]][0 if upper else 1]
    return "".join(chars)
