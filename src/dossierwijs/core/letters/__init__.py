"""The letter engine: every letter a parent needs, in three tones, without Django.

Write a letter::

    from dossierwijs.core.letters import LetterContext, write_letter, input_type
    data = input_type("inzage")(pupil_system="Magister")
    letter = write_letter("inzage", data, ctx, "zakelijk")   # MissingData / LetterError
    produce(letter, "pdf").content                            # or "docx", "eml", "txt"

Every kind lives in ``kinds/<kind>.py`` with its input dataclass (fields carry their
Dutch form labels), its ESSENTIAL_FACTS and ``compose``. ``registry`` lists them.
Renderers (``render_pdf``, ``render_docx``, ``render_eml``, ``mailto``) are imported
lazily by :func:`produce` so that importing this package stays light.
"""

from __future__ import annotations

from typing import Any

from .model import (
    TONE_LABELS,
    TONES,
    Address,
    Attachment,
    Child,
    Letter,
    LetterContext,
    LetterError,
    MissingData,
    Organisation,
    Paragraph,
    Parent,
    Writer,
    dutch_date,
    placeholders_in,
)
from .output import FORMATS, ProducedLetter, produce
from .registry import (
    KINDS,
    FormField,
    LetterKind,
    check_edited,
    essential_phrases,
    form_fields,
    get_kind,
    write_letter,
)


def input_type(kind: str) -> Any:
    """The input dataclass of letter ``kind`` (build it with the form's cleaned data)."""
    return get_kind(kind).input_type


__all__ = [
    "FORMATS",
    "KINDS",
    "TONES",
    "TONE_LABELS",
    "Address",
    "Attachment",
    "Child",
    "FormField",
    "Letter",
    "LetterContext",
    "LetterError",
    "LetterKind",
    "MissingData",
    "Organisation",
    "Paragraph",
    "Parent",
    "ProducedLetter",
    "Writer",
    "check_edited",
    "dutch_date",
    "essential_phrases",
    "form_fields",
    "get_kind",
    "input_type",
    "placeholders_in",
    "produce",
    "write_letter",
]
