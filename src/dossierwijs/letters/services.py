"""Producing letters: write through the letter engine, keep the PDF in the dossier, journal it.

Public API (used by the letters views, the CLI and the rights app)::

    letter_context(*, vault, by, organisation=None, sign_as_both=True, extra=None)
    produce_letter(*, vault, by, kind, tone, fields, organisation=None,
                   sign_as_both=True, edited_text=None, attachments=(), extra=None)
        -> ProducedLetter
    compose(*, vault, by, kind, tone, fields, organisation=None, sign_as_both=True,
            extra=None) -> core Letter   (for the preview; nothing stored)
    editable_text(letter) -> str          (what the preview textarea holds)
    render(letter_row, fmt) -> core ProducedLetter (download again: pdf, docx, eml, txt)

Each lives in the module for what parents do with a letter:

- ``writing``: write it (the preview, the parent's edit); nothing stored;
- ``producing``: produce it: render it, keep the PDF in the dossier, journal it;
- ``for_next_time``: keep what was typed into the form (organisation, address, birth date);
- ``kept_letters``: a kept letter downloaded again, or deleted for real;
- ``context`` and ``stored``: the letter engine's context, and a letter kept as JSON.
"""

from __future__ import annotations

from .context import EXTRA_KEYS, letter_context, parents_of, parse_address
from .for_next_time import remember_organisation, save_missing_data
from .kept_letters import delete_letter, forget_letters_of, render
from .producing import ProducedLetter, produce_letter
from .stored import letter_from_json, letter_to_json
from .writing import apply_edit, compose, editable_text, kind_title, last_school_year

__all__ = [
    "EXTRA_KEYS",
    "ProducedLetter",
    "apply_edit",
    "compose",
    "delete_letter",
    "editable_text",
    "forget_letters_of",
    "kind_title",
    "last_school_year",
    "letter_context",
    "letter_from_json",
    "letter_to_json",
    "parents_of",
    "parse_address",
    "produce_letter",
    "remember_organisation",
    "render",
    "save_missing_data",
]
