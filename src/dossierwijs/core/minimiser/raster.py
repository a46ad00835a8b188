"""Last resort for a page that still leaks: turn it into a picture and black out the words.

The page is rendered, OCR'd for word positions, every removed string is blacked out in the
pixels, and the page is replaced by that picture alone, so no text layer remains.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import Any

from dossierwijs.core.minimiser.verify import leak_pattern, ocr_image

RASTER_DPI = 200


def _ocr_lines(png: bytes) -> list[list[tuple[str, tuple[int, int, int, int]]]]:
    """OCR words with their pixel boxes, grouped per line."""
    rows = csv.DictReader(io.StringIO(ocr_image(png, tsv=True)), delimiter="\t", quoting=3)
    lines: dict[tuple[str, str, str], list[tuple[str, tuple[int, int, int, int]]]] = {}
    for row in rows:
        word = (row.get("text") or "").strip()
        if not word or row.get("level") != "5":
            continue
        left, top = int(row["left"]), int(row["top"])
        box = (left, top, left + int(row["width"]), top + int(row["height"]))
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append((word, box))
    return list(lines.values())


def _boxes_for_terms(
    lines: list[list[tuple[str, tuple[int, int, int, int]]]], terms: Iterable[str]
) -> list[tuple[int, int, int, int]]:
    patterns = [leak_pattern(t) for t in terms if t.strip()]
    boxes: list[tuple[int, int, int, int]] = []
    for line in lines:
        text = ""
        owners: list[tuple[int, int, int, int] | None] = []
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


def rasterise_page(doc: Any, number: int, terms: Iterable[str]) -> None:
    """Replace page ``number`` of ``doc`` by a redacted picture of itself."""
    import pymupdf

    terms = [t for t in terms if t.strip()]
    page = doc[number]
    rect = page.rect
    zoom = RASTER_DPI / 72
    # Boxes the text layer still knows about, in pixels.
    boxes = [
        (int(q.x0 * zoom) - 2, int(q.y0 * zoom) - 2, int(q.x1 * zoom) + 2, int(q.y1 * zoom) + 2)
        for term in terms
        for q in page.search_for(term)
    ]
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False, annots=False)
    boxes += _boxes_for_terms(_ocr_lines(pix.tobytes("png")), terms)
    for x0, y0, x1, y1 in boxes:
        pix.set_rect(pymupdf.IRect(x0 - 2, y0 - 2, x1 + 2, y1 + 2), (0, 0, 0))
    doc.delete_page(number)
    new_page = doc.new_page(number, width=rect.width, height=rect.height)
    new_page.insert_image(new_page.rect, stream=pix.tobytes("png"))
