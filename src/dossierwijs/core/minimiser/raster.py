"""Words in pictures: find them by OCR and black out only that part of the picture.

A picture on a page (a scanned note, a signature with a name under it) is read with
tesseract for word positions; the boxes of removed words are mapped onto the page and the
pixels under them are blanked by the redaction, so the rest of the page keeps its text.

Last resort, for a page that still leaks after that: the page is rendered, the words are
blacked out in the pixels, and the page is replaced by that picture with an invisible text
layer from OCR of the blacked-out picture (as a searchable scan), so the school can still
search, copy and have it read aloud. The verification checks that layer like any text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import Any

from dossierwijs.core.documents.ocr import searchable_pdf
from dossierwijs.core.minimiser.locate import PageText
from dossierwijs.core.minimiser.verify import ocr_image

RASTER_DPI = 200
# Pictures narrower than this are enlarged before OCR: small renders of text read poorly.
OCR_MIN_WIDTH = 1000

PixelBox = tuple[int, int, int, int]
OcrLine = list[tuple[str, PixelBox]]


def ocr_lines(png: bytes) -> list[OcrLine]:
    """OCR words with their pixel boxes, grouped per line."""
    rows = csv.DictReader(io.StringIO(ocr_image(png, tsv=True)), delimiter="\t", quoting=3)
    lines: dict[tuple[str, str, str], OcrLine] = {}
    for row in rows:
        word = (row.get("text") or "").strip()
        if not word or row.get("level") != "5":
            continue
        left, top = int(row["left"]), int(row["top"])
        box = (left, top, left + int(row["width"]), top + int(row["height"]))
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append((word, box))
    return list(lines.values())


def boxes_for_terms(lines: list[OcrLine], patterns: Iterable[re.Pattern[str]]) -> list[PixelBox]:
    """Pixel boxes of the OCR words that make up a match of any pattern."""
    patterns = list(patterns)
    boxes: list[PixelBox] = []
    for line in lines:
        text = ""
        owners: list[PixelBox | None] = []
        for word, box in line:
            if text:
                text += " "
                owners.append(None)
            text += word
            owners.extend([box] * len(word))
        for pattern in patterns:
            for m in pattern.finditer(text):
                boxes.extend({b for b in owners[m.start() : m.end()] if b is not None})
        # OCR may glue punctuation to a name ("Thijs,"), so also look inside single words.
        for word, box in line:
            bare = re.sub(r"^\W+|\W+$", "", word)
            if any(p.fullmatch(bare) for p in patterns):
                boxes.append(box)
    return boxes


def image_hits(
    doc: Any, page: Any, patterns: Iterable[re.Pattern[str]]
) -> list[tuple[float, float, float, float]]:
    """Page rectangles over the words in the page's pictures that match ``patterns``.

    A picture that is rotated or skewed cannot be mapped word by word; it is left to the
    verification (and, if it leaks, to the last resort).
    """
    import pymupdf

    patterns = list(patterns)
    if not patterns:
        return []
    rects: list[tuple[float, float, float, float]] = []
    read: dict[int, tuple[list[PixelBox], int, int]] = {}
    for info in page.get_image_info(xrefs=True):
        xref = info.get("xref", 0)
        a, b, c, d, _e, _f = info["transform"]
        if not xref or abs(b) > 1e-3 or abs(c) > 1e-3:
            continue
        if xref not in read:
            pix = pymupdf.Pixmap(doc, xref)
            if pix.width < 16 or pix.height < 8:
                read[xref] = ([], 1, 1)
                continue
            if pix.alpha or pix.colorspace is None or pix.colorspace.n not in (1, 3):
                pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
            if pix.width < OCR_MIN_WIDTH:
                factor = max(2, OCR_MIN_WIDTH // max(1, pix.width))
                pix = pymupdf.Pixmap(pix, pix.width * factor, pix.height * factor, None)
            boxes = boxes_for_terms(ocr_lines(pix.tobytes("png")), patterns)
            read[xref] = (boxes, pix.width, pix.height)
        boxes, width, height = read[xref]
        x0, y0, x1, y1 = info["bbox"]
        for bx0, by0, bx1, by1 in boxes:
            # Pixel → page; a mirrored picture (negative a or d) counts from the other side.
            fx0, fx1 = (bx0 / width, bx1 / width) if a > 0 else (1 - bx1 / width, 1 - bx0 / width)
            fy0, fy1 = (
                (by0 / height, by1 / height) if d > 0 else (1 - by1 / height, 1 - by0 / height)
            )
            margin = 1.0
            rects.append(
                (
                    x0 + fx0 * (x1 - x0) - margin,
                    y0 + fy0 * (y1 - y0) - margin,
                    x0 + fx1 * (x1 - x0) + margin,
                    y0 + fy1 * (y1 - y0) + margin,
                )
            )
    return rects


def rasterise_page(doc: Any, number: int, patterns: Iterable[re.Pattern[str]]) -> None:
    """Replace page ``number`` of ``doc`` by a blacked-out picture with an OCR text layer."""
    import pymupdf

    patterns = list(patterns)
    page = doc[number]
    zoom = RASTER_DPI / 72
    text = PageText.of(page)
    boxes = [
        (int(x0 * zoom) - 2, int(y0 * zoom) - 2, int(x1 * zoom) + 2, int(y1 * zoom) + 2)
        for pattern in patterns
        for match in text.find(pattern)
        for x0, y0, x1, y1 in match
    ]
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False, annots=False)
    boxes += boxes_for_terms(ocr_lines(pix.tobytes("png")), patterns)
    for x0, y0, x1, y1 in boxes:
        pix.set_rect(pymupdf.IRect(x0 - 2, y0 - 2, x1 + 2, y1 + 2), (0, 0, 0))
    pix.set_dpi(RASTER_DPI, RASTER_DPI)
    page_pdf, _text = searchable_pdf(pix.tobytes("png"))
    doc.delete_page(number)
    with pymupdf.open(stream=page_pdf, filetype="pdf") as scanned:
        doc.insert_pdf(scanned, start_at=number)
