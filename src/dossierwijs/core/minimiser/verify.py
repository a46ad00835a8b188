"""Prove that what was removed is gone before a copy leaves the vault.

Each removed string is looked for in the text of two independent extractors (PyMuPDF and
pdfminer.six), in the OCR of every image still in the file, and in the raw file with all
streams decompressed. The file must have a single revision and carry no metadata,
annotations, form fields, attachments, outline or JavaScript.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dossierwijs.core.minimiser.locate import term_pattern


@dataclass
class Check:
    """One verification check; ``leaks`` lists ``(string, page)`` found (page None: anywhere)."""

    name: str
    passed: bool
    leaks: list[tuple[str, int | None]] = field(default_factory=list)
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "controle": self.name,
            "geslaagd": self.passed,
            "lekken": [
                {"tekst": s, "pagina": p + 1 if p is not None else None} for s, p in self.leaks
            ],
            "toelichting": self.note,
        }


@dataclass
class VerificationReport:
    checks: list[Check]

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def leaking_pages(self) -> set[int]:
        return {p for c in self.checks for _, p in c.leaks if p is not None}

    @property
    def leaks_outside_pages(self) -> bool:
        return any(p is None for c in self.checks for _, p in c.leaks)

    def as_list(self) -> list[dict[str, Any]]:
        return [c.as_dict() for c in self.checks]


ExtraCheck = Callable[[bytes, Sequence[str]], Check]


def leak_pattern(term: str) -> re.Pattern[str]:
    """Match ``term`` case-insensitively even when extractors add or drop spaces inside it."""
    chars = [re.escape(c) for c in term if not c.isspace()]
    body = r"\s*".join(chars)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def find_leaks(text: str, patterns: dict[str, re.Pattern[str]]) -> list[str]:
    return [term for term, pattern in patterns.items() if pattern.search(text)]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def ocr_image(png: bytes, tsv: bool = False) -> str:
    """OCR an image with tesseract (Dutch) through a pipe; nothing is written to disk."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    args = ["tesseract", "stdin", "stdout", "-l", "nld"] + (["tsv"] if tsv else [])
    result = subprocess.run(args, input=png, capture_output=True, timeout=180, check=False, env=env)
    if result.returncode != 0:
        raise RuntimeError("tesseract failed: " + result.stderr.decode(errors="replace")[:200])
    return result.stdout.decode("utf-8", errors="replace")


def _raw_texts(doc: Any) -> dict[int | None, str]:
    """Every object and every decompressed stream (except image and font data), as text.

    Page content streams and the forms a page draws are filed under that page's number, so
    a leak there can be cured by rasterising the page; everything else is filed under None.
    """
    owner: dict[int, int] = {}
    for number, page in enumerate(doc):
        for xref in [*page.get_contents(), *(x[0] for x in page.get_xobjects())]:
            owner.setdefault(xref, number)
    parts: dict[int | None, list[str]] = {None: [doc.xref_object(-1, compressed=False)]}
    for xref in range(1, doc.xref_length()):
        try:
            obj = doc.xref_object(xref, compressed=False)
        except Exception:  # noqa: S112 - a free or broken object has nothing to leak
            continue
        bucket = parts.setdefault(owner.get(xref), [])
        bucket.append(obj)
        if doc.xref_is_stream(xref) and not re.search(r"/Subtype\s*/Image|/Length1|/Length2", obj):
            try:
                data = doc.xref_stream(xref) or b""
            except Exception:  # noqa: S112
                continue
            bucket.append(data.decode("latin-1"))
            if data.startswith(b"\xfe\xff"):
                bucket.append(data.decode("utf-16-be", errors="ignore"))
    return {key: _with_decoded_strings("\n".join(texts)) for key, texts in parts.items()}


def _with_decoded_strings(text: str) -> str:
    """Text strings may be UTF-16 (<FEFF…> or \\000-padded) or hex-encoded: add them decoded."""
    hexes = [
        bytes.fromhex(h).decode(
            "utf-16-be" if h.upper().startswith("FEFF") else "latin-1", "ignore"
        )
        for h in re.findall(r"<([0-9A-Fa-f\s]{4,})>", text)
        if len(re.sub(r"\s", "", h)) % 2 == 0
    ]
    return text.replace("\x00", "") + "\n" + "\n".join(hexes)


def verify_pdf(
    pdf: bytes,
    removed: Iterable[str],
    *,
    removed_lines: Iterable[str] = (),
    ocr: bool = True,
    extra_checks: Sequence[ExtraCheck] = (),
    names: Iterable[str] = (),
) -> VerificationReport:
    """Check that no removed string (and no line of a removed section) survives in ``pdf``.

    ``names`` are removed strings that are names: they count as found only written as they
    were (or in capitals), so "Roos" is gone even though "roos" (a rose) stays.
    """
    import pymupdf

    terms = sorted({t.strip() for t in removed if t and t.strip()})
    case_sensitive = {n.strip() for n in names}
    patterns = {t: term_pattern(t, case_sensitive=t in case_sensitive) for t in terms}
    lines = {_squash(line): line for line in removed_lines if len(_squash(line)) >= 20}
    doc: Any = pymupdf.open(stream=pdf, filetype="pdf")
    checks = []

    def text_check(name: str, page_texts: list[str]) -> Check:
        leaks: list[tuple[str, int | None]] = []
        for number, text in enumerate(page_texts):
            leaks += [(t, number) for t in find_leaks(text, patterns)]
            squashed = _squash(text)
            leaks += [(original, number) for key, original in lines.items() if key in squashed]
        return Check(name, not leaks, leaks)

    checks.append(text_check("tekst volgens PyMuPDF", [page.get_text() for page in doc]))
    checks.append(text_check("tekst volgens pdfminer", _pdfminer_pages(pdf)))

    if ocr:
        leaks: list[tuple[str, int | None]] = []
        seen: dict[int, list[str]] = {}
        for number, page in enumerate(doc):
            for image in page.get_images(full=True):
                xref = image[0]
                if xref not in seen:
                    seen[xref] = _ocr_leaks(doc, xref, patterns)
                leaks += [(t, number) for t in seen[xref]]
        note = f"{len(seen)} afbeelding(en) gelezen met OCR"
        checks.append(Check("tekst in afbeeldingen (OCR)", not leaks, leaks, note))

    raw_leaks: list[tuple[str, int | None]] = [
        (t, page) for page, raw in _raw_texts(doc).items() for t in find_leaks(raw, patterns)
    ]
    checks.append(Check("ruwe bestandsinhoud (uitgepakt)", not raw_leaks, raw_leaks))

    revisions = doc.version_count if hasattr(doc, "version_count") else 1
    single = revisions == 1 and pdf.count(b"%%EOF") == 1 and b"/Prev" not in pdf
    checks.append(Check("één revisie", single, note=f"{revisions} revisie(s)"))
    checks.append(_structure_check(doc))
    for extra in extra_checks:
        checks.append(extra(pdf, terms))
    return VerificationReport(checks)


def _pdfminer_pages(pdf: bytes) -> list[str]:
    """Text per page from pdfminer's own parser, characters in content order.

    Layout analysis is skipped (it is most of pdfminer's time and we only need the words);
    a space or line break is put back where the next character does not touch the last.
    """
    import logging

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    # pdfminer logs every token at DEBUG. Where the root logger is set that low (the limited
    # child), that is megabytes on stderr per page: slow, and it fills an unread pipe.
    logging.getLogger("pdfminer").setLevel(logging.WARNING)
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages = []
    with io.BytesIO(pdf) as stream:
        for page in PDFPage.get_pages(stream):
            interpreter.process_page(page)
            pages.append(_chars_to_text(device.get_result()))
    return pages


def _chars_to_text(layout: Any) -> str:
    from pdfminer.layout import LTChar

    parts: list[str] = []
    previous = None
    stack = [iter([layout])]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, LTChar):
            if previous is not None:
                if abs(item.y0 - previous.y0) > max(item.height, 1) * 0.5:
                    parts.append("\n")
                elif item.x0 - previous.x1 > max(item.width, 0.5) * 0.3:
                    parts.append(" ")
            parts.append(item.get_text())
            previous = item
        elif hasattr(item, "__iter__"):
            stack.append(iter(item))
    return "".join(parts)


def _ocr_leaks(doc: Any, xref: int, patterns: dict[str, re.Pattern[str]]) -> list[str]:
    import pymupdf

    pix = pymupdf.Pixmap(doc, xref)
    if pix.width < 16 or pix.height < 8:
        return []
    if pix.alpha or pix.colorspace is None or pix.colorspace.n not in (1, 3):
        pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
    if pix.width < 1000:  # small renders of text OCR poorly; enlarge first
        factor = max(2, 1000 // max(1, pix.width))
        pix = pymupdf.Pixmap(pix, pix.width * factor, pix.height * factor, None)
    return find_leaks(ocr_image(pix.tobytes("png")), patterns)


def _raw_objects(doc: Any) -> str:
    parts = []
    for xref in range(1, doc.xref_length()):
        try:
            parts.append(doc.xref_object(xref, compressed=False))
        except Exception:  # noqa: S112
            continue
    return "\n".join(parts)


def _structure_check(doc: Any) -> Check:
    problems = []
    if any(v for k, v in (doc.metadata or {}).items() if k not in ("format", "encryption")):
        problems.append("metadata")
    if doc.get_xml_metadata():
        problems.append("XMP-metadata")
    if doc.embfile_count():
        problems.append("bijlagen")
    if doc.get_toc():
        problems.append("bladwijzers")
    if any(page.first_annot or page.first_widget or page.get_links() for page in doc):
        problems.append("annotaties, links of formuliervelden")
    catalog = doc.pdf_catalog()
    for key in ("OpenAction", "AA", "AcroForm", "Names", "Outlines", "Metadata"):
        if doc.xref_get_key(catalog, key)[0] not in ("null", "none"):
            problems.append(f"{key} in de catalogus")
    if re.search(r"/(?:JavaScript|JS|EmbeddedFile|Launch)\b", _raw_objects(doc)):
        problems.append("JavaScript of bijlagen in het bestand")
    return Check(
        "geen metadata, annotaties, formulieren, bijlagen, bladwijzers of JavaScript",
        not problems,
        note=", ".join(problems),
    )
