"""One import pipeline for every way in: small steps run in order on an IncomingDocument.

Default steps: detect the format by content → read the text → OCR pages without a text layer
→ suggest metadata. The web app appends its own steps (store encrypted, index) through
``extra_steps``; they have the same signature::

    def store(doc: IncomingDocument, context: PipelineContext) -> StepOutcome | None: ...

A step returns ``StepOutcome.DECLINED`` when it has nothing to do for this file, and raises
``DocumentError`` (Dutch message) to refuse the file: later steps then do not run for it, so a
refused file is never stored. Other files of the same upload are not affected.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from . import errors, formats
from .detect import detect_kind, misleading_extension
from .errors import DocumentError
from .incoming import (
    KIND_LABELS,
    PHOTO_KINDS,
    DocumentKind,
    IncomingDocument,
    Page,
    ProgressCallback,
    Source,
)
from .limits import DEFAULT_LIMITS, FileLimits, check_size, check_zip, iter_limited, run_limited
from .metadata import suggest_metadata
from .ocr import LANGUAGE, OcrResult, ocr_pages, searchable_pdf, tesseract_ready

log = logging.getLogger(__name__)


class StepOutcome(StrEnum):
    DONE = "done"
    DECLINED = "declined"


@dataclass
class PipelineContext:
    """Settings every step can read; ``extra`` is free for the app (e.g. the vault, the user)."""

    limits: FileLimits = DEFAULT_LIMITS
    ocr_language: str = LANGUAGE
    ocr_workers: int | None = None
    # Asked between OCR pages: True when the parent chose to stop (the pages read so far stay).
    should_stop: Callable[[], bool] | None = None
    extra: dict[str, object] = field(default_factory=dict)


StepFunction = Callable[[IncomingDocument, PipelineContext], "StepOutcome | None"]


@dataclass(frozen=True)
class PipelineStep:
    """A named step; ``label`` is the Dutch text for the progress bar."""

    name: str
    label: str
    run: StepFunction


@dataclass
class PipelineResult:
    """The file and, after it, its attachments (each with its own ``errors``)."""

    documents: list[IncomingDocument]

    @property
    def document(self) -> IncomingDocument:
        return self.documents[0]

    @property
    def ok(self) -> bool:
        return all(document.ok for document in self.documents)

    @property
    def failed(self) -> list[IncomingDocument]:
        return [document for document in self.documents if not document.ok]


def detect_step(doc: IncomingDocument, context: PipelineContext) -> StepOutcome:
    """Refuse empty and oversized files, then name the format from the bytes."""
    check_size(len(doc.data), context.limits)
    doc.kind = detect_kind(doc.data)
    if doc.kind is DocumentKind.UNKNOWN:
        raise DocumentError(errors.UNKNOWN_KIND)
    if doc.kind is DocumentKind.OLD_WORD:
        raise DocumentError(errors.OLD_WORD)
    extension = misleading_extension(doc.kind, doc.filename)
    if extension:
        label = KIND_LABELS[doc.kind]
        doc.warnings.append(errors.MISLEADING_EXTENSION.format(extension=extension, kind=label))
    if doc.kind in (DocumentKind.DOCX, DocumentKind.ODT):
        check_zip(doc.data, context.limits)
    return StepOutcome.DONE


def extract_step(doc: IncomingDocument, context: PipelineContext) -> StepOutcome:
    """Read text (and attachments) in a limited child process."""
    if doc.kind is None:
        return StepOutcome.DECLINED
    limits = context.limits
    extracted: formats.Extracted = run_limited(
        formats.extract, doc.kind, doc.data, limits.max_pages, limits.max_image_pixels,
        limits=limits,
    )  # fmt: skip
    doc.pages = [Page(number, text) for number, text in enumerate(extracted.pages, start=1)]
    doc.needs_ocr = list(extracted.needs_ocr)
    doc.photo_image = extracted.photo_png
    doc.email = extracted.email
    doc.warnings.extend(w for w in extracted.warnings if w not in doc.warnings)
    _attach(doc, extracted.attachments, limits)
    return StepOutcome.DONE


def ocr_step(doc: IncomingDocument, context: PipelineContext) -> StepOutcome:
    """OCR the pages without a text layer (all cores); a photo becomes a searchable PDF.

    OCR problems are warnings, not refusals: the file is kept, only its text is missing.
    """
    if not doc.needs_ocr:
        return StepOutcome.DECLINED
    if not tesseract_ready(context.ocr_language):
        doc.warnings.append(errors.OCR_MISSING)
        return StepOutcome.DECLINED
    limits = context.limits
    if doc.kind in PHOTO_KINDS and doc.photo_image is not None:
        doc.report("ocr", "Tekst herkennen", 0.0, "pagina 1 van 1")
        try:
            pdf, result = searchable_pdf(
                doc.photo_image, context.ocr_language, limits.ocr_seconds_per_page
            )
        except DocumentError as error:
            doc.warnings.append(error.message)  # the photo itself is still kept
            doc.pages = [Page(1, "", ocr=True)]
            return StepOutcome.DONE
        doc.searchable_pdf = pdf
        doc.photo_image = None
        doc.pages = [_ocr_page(1, result)]
    else:
        _ocr_pdf_pages(doc, context)
    low = doc.low_confidence_pages
    if low:
        pages = ", ".join(str(number) for number in low)
        doc.warnings.append(errors.OCR_LOW_CONFIDENCE.format(pages=pages))
    return StepOutcome.DONE


def metadata_step(doc: IncomingDocument, context: PipelineContext) -> StepOutcome:
    """Suggest type, date, organisation and the special-category flag."""
    doc.metadata = suggest_metadata(doc.text, email=doc.email)
    return StepOutcome.DONE


DEFAULT_STEPS: tuple[PipelineStep, ...] = (
    PipelineStep("detect", "Soort bestand herkennen", detect_step),
    PipelineStep("extract", "Tekst lezen", extract_step),
    PipelineStep("ocr", "Tekst herkennen op scans en foto's", ocr_step),
    PipelineStep("metadata", "Gegevens voorstellen", metadata_step),
)


def run_pipeline(
    incoming: IncomingDocument,
    extra_steps: Iterable[PipelineStep | StepFunction] = (),
    progress: ProgressCallback | None = None,
    *,
    context: PipelineContext | None = None,
    steps: Sequence[PipelineStep] = DEFAULT_STEPS,
) -> PipelineResult:
    """Run ``steps`` and then ``extra_steps`` on the file, then on each of its attachments.

    Never raises for a bad file: problems end up as Dutch messages in ``errors``/``warnings``.
    An attachment runs after its e-mail has passed every step (so the app's store step has
    already saved the e-mail and can link the attachment to it through ``doc.parent``).
    """
    context = context or PipelineContext()
    all_steps = [*steps, *(_as_step(step) for step in extra_steps)]
    if progress is not None:
        incoming.progress = progress
    done: list[IncomingDocument] = []
    queue = [incoming]
    while queue:
        doc = queue.pop(0)
        _run_steps(doc, all_steps, context)
        done.append(doc)
        if doc.ok:
            queue.extend(doc.attachments)
    return PipelineResult(done)


def _run_steps(doc: IncomingDocument, steps: list[PipelineStep], context: PipelineContext) -> None:
    for index, step in enumerate(steps):
        doc.progress_window = (index / len(steps), (index + 1) / len(steps))
        doc.report(step.name, step.label, 0.0)
        try:
            outcome = step.run(doc, context)
        except DocumentError as error:
            doc.errors.append(error.message)
        except Exception as error:
            if errors.is_disk_full(error):
                doc.errors.append(errors.DISK_FULL)
            else:
                log.exception("import step %s failed", step.name)
                doc.errors.append(errors.UNEXPECTED)
        else:
            if outcome is not StepOutcome.DECLINED:
                doc.completed_steps.append(step.name)
            continue
        doc.progress_window = (1.0, 1.0)
        doc.report(step.name, "Niet gelukt", 1.0, doc.errors[-1])
        return
    doc.progress_window = (1.0, 1.0)
    doc.report("done", "Klaar", 1.0)


def _as_step(step: PipelineStep | StepFunction) -> PipelineStep:
    if isinstance(step, PipelineStep):
        return step
    name = getattr(step, "__name__", "step")
    return PipelineStep(name, getattr(step, "label", name), step)


def _attach(
    doc: IncomingDocument, attachments: list[tuple[str, bytes]], limits: FileLimits
) -> None:
    depth = 0
    ancestor = doc.parent
    while ancestor is not None:
        depth, ancestor = depth + 1, ancestor.parent
    if attachments and depth >= limits.max_email_depth:
        doc.warnings.append(errors.ATTACHMENTS_TOO_DEEP)
        return
    if len(attachments) > limits.max_attachments:
        doc.warnings.append(errors.TOO_MANY_ATTACHMENTS.format(limit=limits.max_attachments))
    for name, data in attachments[: limits.max_attachments]:
        doc.attachments.append(
            IncomingDocument(
                filename=name,
                data=data,
                source=Source.EMAIL_ATTACHMENT,
                parent=doc,
                progress=doc.progress,
            )
        )


def _ocr_page(number: int, result: OcrResult) -> Page:
    return Page(number, result.text, True, result.confidence, result.low_confidence)


def _ocr_pdf_pages(doc: IncomingDocument, context: PipelineContext) -> None:
    limits = context.limits
    total = len(doc.needs_ocr)
    numbers = list(doc.needs_ocr)[: limits.ocr_max_pages]
    problems: list[str] = []
    finished = 0
    deadline = time.monotonic() + limits.ocr_max_seconds
    stopped: list[str] = []  # why OCR stopped before the last page, if it did

    def images() -> Iterator[tuple[int, bytes]]:
        # Pages are rendered in a limited child while earlier pages are being read.
        try:
            for number, image in iter_limited(
                _render, doc.data, numbers,
                limits=limits, seconds=limits.ocr_seconds_per_page,
                cpu_seconds=limits.max_cpu_seconds + 2 * len(numbers),
            ):  # fmt: skip
                if context.should_stop is not None and context.should_stop():
                    stopped.append(errors.OCR_REASON_STOPPED)
                    return
                if time.monotonic() > deadline:
                    minutes = round(limits.ocr_max_seconds / 60)
                    stopped.append(errors.OCR_REASON_TIME.format(minutes=minutes))
                    return
                yield number, image
        except DocumentError as error:
            problems.append(error.message)

    def on_page(number: int, outcome: OcrResult | DocumentError) -> None:
        nonlocal finished
        finished += 1
        detail = f"pagina {finished} van {len(numbers)}"
        doc.report("ocr", "Tekst herkennen op scans en foto's", finished / len(numbers), detail)

    outcomes = ocr_pages(
        images(), context.ocr_language, context.ocr_workers, limits.ocr_seconds_per_page, on_page
    )
    for number, outcome in sorted(outcomes.items()):
        if isinstance(outcome, DocumentError):
            problems.append(errors.OCR_FAILED.format(page=number))
        else:
            doc.pages[number - 1] = _ocr_page(number, outcome)
    if not stopped and len(numbers) < total:
        stopped.append(errors.OCR_REASON_PAGES.format(limit=limits.ocr_max_pages))
    read = sorted(outcomes)
    if stopped and read:
        problems.append(
            errors.OCR_PARTIAL.format(
                done=len(read), total=total, reason=stopped[0], first=read[0], last=read[-1]
            )
        )
    elif stopped:
        problems.append(errors.OCR_NONE.format(reason=stopped[0]))
    doc.warnings.extend(problem for problem in problems if problem not in doc.warnings)


def _render(data: bytes, numbers: list[int]) -> Iterator[tuple[int, bytes]]:
    from .formats.pdf import render_pages  # start-up weight: PyMuPDF

    return render_pages(data, numbers)
