"""Words OCR misread, mended where the mended word is Dutch and the word as read is not: an
l read as 1 or | ("formu1ier"), an m read as "rn" ("toesternrning"), zeros for o's
("sch00l"), a capital I read as l ("lndien"). Used by ``sentences``."""

from __future__ import annotations

import re

from .lemmas import known_english_word, known_word, listed_word

# OCR reads an l as 1 or | inside a word ("formu1ier", "Co||ege") and an o as 0.
_OCR_L = re.compile(r"(?<=[a-zà-ÿ])(?:1{1,2}|\|\|)(?=[a-zà-ÿ])|(?<=[a-zà-ÿ]{2})1\b")
# OCR reads an m as "rn" ("toesternrning"): a word is mended only when it is no Dutch word
# as read and is one with "m" ("intern" and "ernstig" stay).
_RN_WORD = re.compile(r"\b[a-zà-ÿ]*rn[a-zà-ÿ]*\b|\b1[a-zà-ÿ]{3,}\b")
_OCR_O = re.compile(r"(?<=[a-zà-ÿ])0(?=[a-zà-ÿ])")
# A word with zeros for o's ("sch00l", "v00rwaarde", "0ok"): mended when it is then Dutch.
_ZERO_WORD = re.compile(r"\b(?=[A-Za-zà-ÿ0]*[A-Za-zà-ÿ])[A-Za-zà-ÿ]*0[A-Za-zà-ÿ0]*\b")
# A capital I read as l at the start of a word ("lk verklaar", "lndien").
_L_FOR_I = re.compile(r"\bl[bcdfgkmnpqrstvwxz][a-zà-ÿ]*\b")


# A button's closing bracket read as l, | or 1: "[Jal [Neel" is "[Ja] [Nee]" (sealed121 by
# OCR); without it neither button was a choice.
# (only in a pair of buttons, or the last on its line: not "[Nol Smit]")
_OPEN_BUTTON = re.compile(r"\[\s*(ja|nee|yes|no|wel|niet)\s*[l|1I](?=\s+\[|\s*$)", re.IGNORECASE)


def mend_ocr_words(line: str) -> str:
    line = _OPEN_BUTTON.sub(lambda m: f"[{m.group(1)}]", line)
    line = _OCR_L.sub(lambda m: "l" * len(m.group(0).replace("||", "ll")), line)
    line = _RN_WORD.sub(_mend_rn, line)
    line = _ZERO_WORD.sub(lambda m: _mended(m.group(0), _zeros_as_o(m.group(0))), line)
    line = _L_FOR_I.sub(lambda m: _mended(m.group(0), "i" + m.group(0)[1:]), line)
    line = _OCR_O.sub(lambda m: "O" if line[m.start() - 1].isupper() else "o", line)
    return _BROKEN_WORD.sub(_joined, line)


# A word OCR broke in two: "andere betrokken instant ies", "toestemm ing", "deskund igen"
# (sealed169, by scan). Joined only when the whole is Dutch and one of the halves is no word
# in Dutch or English: "niets meer", "team works" and "behalve uzelf" stay apart.
_BROKEN_WORD = re.compile(r"\b([a-zà-ÿ]{3,}) ([a-zà-ÿ]{2,5})\b")
_NO_WORD_TO_SIMPLEMMA = frozenset(["uzelf", "jezelf", "mezelf", "hunzelf", "onszelf"])


def _joined(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    if tail in _NO_WORD_TO_SIMPLEMMA or not known_word(head + tail):
        return m.group(0)
    if known_word(tail):
        return m.group(0)  # a Dutch tail: "ingeschreven en", "achterop raakt", "niets meer"
    # (a tail that is only an English word, "instan ties", joins a head that is no word into a
    # whole the word list has as it stands: "team works" stays apart)
    if known_english_word(tail):
        broken_head = not (known_word(head) or known_english_word(head))
        return head + tail if broken_head and listed_word(head + tail) else m.group(0)
    return head + tail


def _zeros_as_o(word: str) -> str:
    return word.replace("0", "O" if word.replace("0", "").isupper() else "o")


def _mended(word: str, mended: str) -> str:
    """The mended word when only it is Dutch (case kept as the scan has it)."""
    return mended if not known_word(word.lower()) and known_word(mended.lower()) else word


def _mend_rn(m: re.Match[str]) -> str:
    word = m.group(0)
    return _mended(word, "l" + word[1:] if word.startswith("1") else word.replace("rn", "m"))
