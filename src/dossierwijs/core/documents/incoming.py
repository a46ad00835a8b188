"""The one shape every way in (web upload, command line, e-mail attachment) gives the pipeline."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .email_info import EmailInfo

if TYPE_CHECKING:
    from .metadata import SuggestedMetadata


class DocumentKind(StrEnum):
    """The file format, as found in the bytes (never trusted from the file name)."""

    PDF = "pdf"
    DOCX = "docx"
    ODT = "odt"
    TEXT = "text"
    EML = "eml"
    MSG = "msg"
    JPEG = "jpeg"
    PNG = "png"
    HEIC = "heic"
    OLD_WORD = "doc"
    UNKNOWN = "unknown"


KIND_LABELS: dict[DocumentKind, str] = {
    DocumentKind.PDF: "PDF",
    DocumentKind.DOCX: "Word",
    DocumentKind.ODT: "OpenDocument",
    DocumentKind.TEXT: "tekst",
    DocumentKind.EML: "e-mail",
    DocumentKind.MSG: "Outlook-e-mail",
    DocumentKind.JPEG: "JPEG-foto",
    DocumentKind.PNG: "PNG-afbeelding",
    DocumentKind.HEIC: "HEIC-foto",
    DocumentKind.OLD_WORD: "oud Word",
    DocumentKind.UNKNOWN: "onbekend",
}

PHOTO_KINDS = frozenset({DocumentKind.JPEG, DocumentKind.PNG, DocumentKind.HEIC})


class Source(StrEnum):
    """How the file reached us; e-mail attachments also point at their e-mail (``parent``)."""

    WEB = "web"
    CLI = "cli"
    EMAIL_ATTACHMENT = "eml-attachment"


@dataclass
class Page:
    """The text of one page (1-based ``number``); ``ocr`` when the text came from tesseract."""

    number: int
    text: str
    ocr: bool = False
    ocr_confidence: float | None = None
    low_confidence: bool = False


@dataclass
class ProgressEvent:
    """One progress report: which file, which step (Dutch ``label``), how far (0.0 – 1.0)."""

    filename: str
    step: str
    label: str
    fraction: float
    detail: str = ""


ProgressCallback = Callable[[ProgressEvent], None]


@dataclass(eq=False)
class IncomingDocument:
    """A file on its way into the dossier, and everything the steps learn about it.

    Steps fill in ``kind``, ``pages``, ``metadata`` and so on. ``needs_ocr`` lists pages
    without a text layer; for a photo, ``photo_image`` is the upright grey PNG the OCR step
    turns into ``searchable_pdf`` (store that next to the original: nothing is lost).
    A step that refuses the file adds a Dutch message to ``errors`` (the file is then not
    stored); ``warnings`` are Dutch notes for a file that is stored anyway. ``app_data`` is free
    for the app's own steps (for example the id under which the store step saved the file, so
    attachments can link to it).
    """

    filename: str
    data: bytes = field(repr=False)
    source: Source = Source.WEB
    parent: IncomingDocument | None = field(default=None, repr=False)
    progress: ProgressCallback | None = field(default=None, repr=False, compare=False)
    kind: DocumentKind | None = None
    pages: list[Page] = field(default_factory=list, repr=False)
    email: EmailInfo | None = None
    needs_ocr: list[int] = field(default_factory=list)
    photo_image: bytes | None = field(default=None, repr=False)
    searchable_pdf: bytes | None = field(default=None, repr=False)
    metadata: SuggestedMetadata | None = None
    attachments: list[IncomingDocument] = field(default_factory=list, repr=False)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    completed_steps: list[str] = field(default_factory=list)
    app_data: dict[str, Any] = field(default_factory=dict, repr=False)
    progress_window: tuple[float, float] = field(default=(0.0, 1.0), repr=False)

    @property
    def ok(self) -> bool:
        """True while no step refused the file."""
        return not self.errors

    @property
    def text(self) -> str:
        """All text; a form feed (``\\f``) marks each page break, as pdftotext does."""
        return "\n\f".join(page.text for page in self.pages)

    @cached_property
    def sha256(self) -> str:
        """Hex digest of the original bytes: equal digests mean the same file (duplicates)."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def ocr_pages(self) -> list[int]:
        return [page.number for page in self.pages if page.ocr]

    @property
    def low_confidence_pages(self) -> list[int]:
        return [page.number for page in self.pages if page.low_confidence]

    @property
    def extension(self) -> str:
        name = self.filename.rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""

    def report(self, step: str, label: str, fraction: float, detail: str = "") -> None:
        """Tell the progress callback (if any) how far this file is; never raises.

        ``fraction`` is how far the current step is; the event carries how far the whole file
        is (the pipeline sets ``progress_window`` to the current step's share).
        """
        if self.progress is None:
            return
        start, end = self.progress_window
        overall = start + (end - start) * max(0.0, min(1.0, fraction))
        # A broken progress bar must not stop an import.
        with contextlib.suppress(Exception):
            self.progress(ProgressEvent(self.filename, step, label, overall, detail))
