"""Reading a source PDF for the abridge steps: sections, kept text, where terms are, pages.

These functions run in a limited child process (``run_limited``) and return plain,
picklable values. Nothing is written to disk.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dossierwijs.core.documents.ocr import searchable_pdf
from dossierwijs.core.minimiser.locate import locate
from dossierwijs.core.minimiser.sections import Section, find_sections, section_is_kept
from dossierwijs.core.minimiser.verify import leak_pattern

Box = list[float]  # [page index, x0, y0, x1, y1] in PDF points


def read_layout(pdf: bytes) -> dict[str, Any]:
    """The sections (title, kind, areas) and the size of every page."""
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        sections = find_sections(doc)
        pages = [[float(p.rect.width), float(p.rect.height)] for p in doc]
    return {
        "sections": [
            {"title": s.title, "kind": s.kind, "areas": [[p, *rect] for p, rect in s.areas]}
            for s in sections
        ],
        "pages": pages,
    }


def sections_from_layout(layout: dict[str, Any]) -> list[Section]:
    return [
        Section(
            title=s["title"],
            kind=s["kind"],
            areas=[(int(a[0]), (a[1], a[2], a[3], a[4])) for a in s["areas"]],
        )
        for s in layout.get("sections", [])
    ]


def kept_areas(layout: dict[str, Any], keep: list[str]) -> list[Box]:
    """The areas of the kept sections (all of the document when nothing was chosen)."""
    sections = sections_from_layout(layout)
    kept = [s for s in sections if not keep or section_is_kept(s, keep)]
    return [[page, *rect] for s in kept for page, rect in s.areas]


def removed_areas(layout: dict[str, Any], keep: list[str]) -> list[Box]:
    """Areas of sections that go, on pages that stay (whole pages that go are not shown)."""
    if not keep:
        return []
    sections = sections_from_layout(layout)
    kept = [s for s in sections if section_is_kept(s, keep)]
    kept_pages = {page for s in kept for page, _ in s.areas}
    return [
        [page, *rect]
        for s in sections
        if s not in kept
        for page, rect in s.areas
        if page in kept_pages
    ]


def kept_text(pdf: bytes, areas: list[Box]) -> str:
    """The text inside the kept areas, in reading order."""
    import pymupdf

    parts = []
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page, *rect in areas:
            parts.append(doc[int(page)].get_text("text", clip=pymupdf.Rect(rect)))
    return "\n".join(parts)


def locate_terms(
    pdf: bytes, areas: list[Box], terms: list[str], names: list[str] | None = None
) -> dict[str, list[Box]]:
    """Where each term stands within the kept areas, as boxes (the redactor's own search).

    Whole words only; ``names`` are matched case-sensitively, other terms in any case.
    """
    import pymupdf

    case_sensitive = set(names or ())
    found: dict[str, list[Box]] = {term: [] for term in terms}
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        by_page: dict[int, list[Any]] = {}
        for page, *rect in areas:
            by_page.setdefault(int(page), []).append(pymupdf.Rect(rect))
        wanted = [(term, term in case_sensitive) for term in terms]
        for number, rects in sorted(by_page.items()):
            for term, boxes in locate(doc[number], wanted).items():
                for box in boxes:
                    if any(pymupdf.Rect(box).intersects(r) for r in rects):
                        found[term].append([number, *(round(v, 1) for v in box)])
    return found


def render_source_page(pdf: bytes, index: int, dpi: int) -> bytes:
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return doc[index].get_pixmap(dpi=dpi).tobytes("png")


def render_all_pages(pdf: bytes, dpi: int, limit: int) -> list[bytes]:
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [doc[n].get_pixmap(dpi=dpi).tobytes("png") for n in range(min(len(doc), limit))]


def apply_manual_boxes(
    pdf: bytes, boxes: Sequence[Sequence[float]], other_text: str = ""
) -> tuple[bytes, list[str]]:
    """Take out what is under the parent's boxes, and say which words prove it is gone.

    ``boxes`` are ``[page index, x0, y0, x1, y1]``. Only what is under a box is removed
    (PyMuPDF redaction: text, pixels and graphics); a word under the box is not looked for
    elsewhere, so a box over "en ... Sanne" does not blot out "en" on every page. The words
    under the boxes that appear nowhere else (not in the rest of the document, nor in
    ``other_text``, e.g. the cover page) are returned for the verification.
    """
    import pymupdf

    mupdf: Any = pymupdf
    doc: Any = pymupdf.open(stream=pdf, filetype="pdf")
    under: list[str] = []
    touched: set[int] = set()
    for page_index, *rect in boxes:
        if not 0 <= int(page_index) < len(doc):
            continue
        page = doc[int(page_index)]
        area = pymupdf.Rect(rect)
        under += [w[4] for w in page.get_text("words") if pymupdf.Rect(w[:4]).intersects(area)]
        page.add_redact_annot(area, fill=(0.0, 0.0, 0.0))
        touched.add(int(page_index))
    for number in sorted(touched):
        doc[number].apply_redactions(
            images=mupdf.PDF_REDACT_IMAGE_PIXELS,
            graphics=mupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
            text=mupdf.PDF_REDACT_TEXT_REMOVE,
        )
    rest = "\n".join(page.get_text() for page in doc) + "\n" + other_text
    words = {re.sub(r"^\W+|\W+$", "", w) for w in under}
    proof = sorted(w for w in words if len(w) >= 3 and not leak_pattern(w).search(rest))
    output = doc.tobytes(garbage=4, deflate=True)
    doc.close()
    return output, proof


def searchable_scan(pdf: bytes, dpi: int = 200) -> bytes:
    """A scanned PDF as a searchable PDF: each page without text goes through tesseract.

    The import kept only the scan's text; to point at names on the page and to remove
    them, the steps need the words' places, so the pages are read again here.
    """
    import pymupdf

    out: Any = pymupdf.open()
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            if page.get_text().strip():
                out.insert_pdf(doc, from_page=page.number, to_page=page.number)
                continue
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            pix.set_dpi(dpi, dpi)
            page_pdf, _result = searchable_pdf(pix.tobytes("png"))
            with pymupdf.open(stream=page_pdf, filetype="pdf") as one:
                out.insert_pdf(one)
    data: bytes = out.tobytes(garbage=3, deflate=True)
    out.close()
    return data
