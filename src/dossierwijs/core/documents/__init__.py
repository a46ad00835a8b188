"""Document processing: detect, extract, OCR, suggest metadata (no Django).

The public API for the web app and the command line::

    from dossierwijs.core.documents import IncomingDocument, run_pipeline

    result = run_pipeline(IncomingDocument(name, data, source=Source.WEB),
                          extra_steps=[store, index], progress=callback)

Importing this package is light: parsers (pymupdf, python-docx …) load in the parsing child.
"""

from .errors import DocumentError, ExtractionError
from .incoming import DocumentKind, IncomingDocument, Page, ProgressEvent, Source
from .limits import DEFAULT_LIMITS, FileLimits
from .metadata import DOCUMENT_TYPE_LABELS, DocumentType, SuggestedMetadata, suggest_metadata
from .pipeline import (
    DEFAULT_STEPS,
    PipelineContext,
    PipelineResult,
    PipelineStep,
    StepOutcome,
    run_pipeline,
)

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_STEPS",
    "DOCUMENT_TYPE_LABELS",
    "DocumentError",
    "DocumentKind",
    "DocumentType",
    "ExtractionError",
    "FileLimits",
    "IncomingDocument",
    "Page",
    "PipelineContext",
    "PipelineResult",
    "PipelineStep",
    "ProgressEvent",
    "Source",
    "StepOutcome",
    "SuggestedMetadata",
    "run_pipeline",
    "suggest_metadata",
]
