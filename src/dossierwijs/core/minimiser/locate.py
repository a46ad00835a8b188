"""Where a term stands on a page: whole words and word sequences, by their character boxes.

A term is never looked for as a substring ("De" must not take "de" out of "Onderzoek"):
it matches only between word boundaries, the way the verification looks for leaks. Names
are matched case-sensitively (and in capitals, as in a letterhead); the parent's own words
in any case. The boxes come from the characters themselves, so a name split over two text
runs, white or tiny text and text outside the visible page are all found and removed
without touching the words around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Rect = tuple[float, float, float, float]

# Share of a character box kept at each side: the redaction box sits inside the glyph, so a
# neighbouring letter or the line above or below is never caught by it.
_INSET_X = 0.15
_INSET_Y = 0.25


def term_pattern(term: str, *, case_sensitive: bool) -> re.Pattern[str]:
    """``term`` as whole words; extractors may add or drop spaces between its characters.

    Case-sensitive terms (names) also match written in capitals ("SANNE").
    """

    def body(text: str) -> str:
        return r"\s*".join(re.escape(c) for c in text if not c.isspace())

    if case_sensitive:
        forms = dict.fromkeys([term, term.upper()])
        inner = "|".join(body(f) for f in forms)
        return re.compile(rf"(?<!\w)(?:{inner})(?!\w)")
    return re.compile(rf"(?<!\w){body(term)}(?!\w)", re.IGNORECASE)


@dataclass
class PageText:
    """A page's text in content order with the box of every character (None for breaks)."""

    text: str
    boxes: list[Rect | None]

    @classmethod
    def of(cls, page: Any) -> PageText:
        import pymupdf

        parts: list[str] = []
        boxes: list[Rect | None] = []
        # INFINITE_RECT: text placed outside the visible page is text too.
        raw = page.get_text("rawdict", clip=pymupdf.INFINITE_RECT())
        for block in raw.get("blocks", []):
            for line in block.get("lines", []):
                for span in line.get("spans", []):
                    for char in span.get("chars", []):
                        parts.append(char["c"])
                        boxes.append(tuple(char["bbox"]))
                parts.append("\n")
                boxes.append(None)
        return cls("".join(parts), boxes)

    def find(self, pattern: re.Pattern[str]) -> list[list[Rect]]:
        """Every match as its boxes, one box per run of characters on one line."""
        return [self._boxes(m.start(), m.end()) for m in pattern.finditer(self.text)]

    def _boxes(self, begin: int, end: int) -> list[Rect]:
        runs: list[list[float]] = []
        for index in range(begin, end):
            box = self.boxes[index]
            if box is None or self.text[index].isspace():
                continue
            x0, y0, x1, y1 = box
            same_line = runs and abs(runs[-1][1] - y0) < 1.0 and abs(runs[-1][3] - y1) < 1.0
            if same_line and x0 >= runs[-1][0] - 1.0:
                runs[-1][2] = max(runs[-1][2], x1)
            else:
                runs.append([x0, y0, x1, y1])
        return [_inside(tuple(run)) for run in runs]  # type: ignore[arg-type]


def _inside(box: Rect) -> Rect:
    x0, y0, x1, y1 = box
    dx = min((x1 - x0) * _INSET_X, 1.0)
    dy = (y1 - y0) * _INSET_Y
    return (x0 + dx, y0 + dy, x1 - dx, y1 - dy)


def locate(page: Any, terms: Iterable[tuple[str, bool]]) -> dict[str, list[Rect]]:
    """Boxes of each ``(term, case_sensitive)`` on ``page``; a term not there gets ``[]``."""
    text = PageText.of(page)
    found: dict[str, list[Rect]] = {}
    for term, case_sensitive in terms:
        if not term.strip():
            continue
        boxes = found.setdefault(term, [])
        for match in text.find(term_pattern(term, case_sensitive=case_sensitive)):
            boxes.extend(match)
    return found
