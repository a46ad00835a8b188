"""Plain text out of the files parents have: a thin front to the import pipeline.

``text_from_path`` and ``text_from_bytes`` run the same detect → extract → OCR steps as an
import (in the limited child process), and raise :class:`ExtractionError` with the Dutch
message when the file cannot be read.
"""

from __future__ import annotations

from pathlib import Path

from .errors import DocumentError, ExtractionError
from .incoming import IncomingDocument, Source
from .limits import DEFAULT_LIMITS, FileLimits, read_file
from .ocr import ocr_image
from .pipeline import DEFAULT_STEPS, PipelineContext, run_pipeline

__all__ = ["ExtractionError", "ocr_image_bytes", "text_from_bytes", "text_from_path"]


def text_from_path(path: str | Path, limits: FileLimits = DEFAULT_LIMITS) -> str:
    """Return the text of a PDF, Word, ODT, text, e-mail or image file (scans through OCR)."""
    path = Path(path)
    try:
        data = read_file(path, limits)  # refused before 100+ MB (or an endless stream) is read
    except DocumentError as error:
        raise ExtractionError(error.message) from error
    except OSError as exc:  # missing, a folder, no permission
        raise ExtractionError("Dit bestand kan niet worden geopend.") from exc
    return text_from_bytes(data, path.name, limits)


def text_from_bytes(data: bytes, filename: str = "", limits: FileLimits = DEFAULT_LIMITS) -> str:
    """Return the text of ``data`` (format detected from the bytes; ``filename`` only labels)."""
    steps = tuple(step for step in DEFAULT_STEPS if step.name != "metadata")
    incoming = IncomingDocument(filename=filename, data=data, source=Source.CLI)
    result = run_pipeline(incoming, steps=steps, context=PipelineContext(limits=limits))
    if result.document.errors:
        raise ExtractionError(result.document.errors[0])
    return result.document.text


def ocr_image_bytes(data: bytes, lang: str = "nld") -> str:
    """OCR one image with tesseract; the image goes through a pipe, never to disk."""
    try:
        return ocr_image(data, lang).text
    except DocumentError as error:
        raise ExtractionError(error.message) from error
