"""Dutch messages and sizes as parents read them."""

from __future__ import annotations

import string

import pytest

from dossierwijs.core.documents import errors
from dossierwijs.core.documents.errors import DocumentError, ExtractionError

MESSAGES = {
    name: value for name, value in vars(errors).items() if name.isupper() and isinstance(value, str)
}


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 bytes"), (1023, "1023 bytes"), (1024, "1 kB"), (100 * 1024 * 1024, "100 MB"),
     (3 * 1024**3, "3 GB")],
)  # fmt: skip
def test_sizes_are_shown_in_units_parents_know(size, shown):
    assert errors.human_size(size) == shown


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_every_message_fills_in_its_placeholders(name):
    fields = {f for _, f, _, _ in string.Formatter().parse(MESSAGES[name]) if f}
    filled = MESSAGES[name].format(**dict.fromkeys(fields, "X"))
    assert "{" not in filled
    # OCR_REASON_* are the part between brackets in the OCR messages, not sentences.
    assert filled.endswith(".") or name.startswith("OCR_REASON_")


def test_an_ocr_reason_reads_inside_its_sentence():
    reason = errors.OCR_REASON_PAGES.format(limit=500)
    sentence = errors.OCR_PARTIAL.format(done=500, total=2000, reason=reason, first=1, last=500)
    assert "(wij lezen hoogstens 500 gescande pagina's per bestand)" in sentence


def test_a_document_error_is_an_extraction_error_with_its_message():
    error = DocumentError(errors.EMPTY_FILE)
    assert isinstance(error, ExtractionError) and error.message == errors.EMPTY_FILE
