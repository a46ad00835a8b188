"""Tick boxes on a scanned page, found in the image and put into the recognised text.

Tesseract reads the words of a form but not its boxes: an empty box comes back as "O", "0"
or nothing, and a crossed one (☒, or a printed box with an X in it) disappears. On a consent
form that is the one thing that matters most: a box ticked in advance is no consent at all
(AVG art. 4 lid 11, overweging 32; ``core/consent_check/boxes.py``). So before the words are
joined into lines, the boxes are looked for in the page image itself, and each one found is
put back into its line as a mark the consent checker reads: ``☐`` empty, ``☒`` crossed or
ticked. What tesseract made of the box itself is dropped. A square filled in all the way is
left to tesseract: it looks like a bold letter, a dot or a QR code's corner.

A box is a square outline (straight sides, each at least ``SIDE_COVERED`` dark) from
``MIN_SIDE`` to ``MAX_SIDE`` pixels, the size of a letter to a few letters at 150-400 dpi.
Round letters, the bowls of "D" and "O", table cells (not square, or far larger) and
underlines (no sides) are no box. Ticked or not is how dark its inside is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

# Our own page images are at most 25 megapixels (formats/image.py); anything larger is skipped.
MAX_PIXELS = 40_000_000
MIN_SIDE = 12
MAX_SIDE = 90
# A box is square, give or take a slanted scan; capitals such as "B", "D" and "E" are taller.
LOWEST, HIGHEST = 0.8, 1.2
# A side of a box is drawn all the way: of its pixels, this share at least is dark.
SIDE_COVERED = 0.85
# Inside the outline: an empty box is white (a speck of noise is no tick), a cross or a check
# mark covers some of it. A square filled in all the way is not told from a bold letter, a
# dot or a QR code's corner, so it is left to tesseract.
TICKED_FROM = 0.06
FILLED_FROM = 0.6
EMPTY, TICKED = "☐", "☒"
MARKS = (EMPTY, TICKED)
# What tesseract makes of a box glued to the word after it: "Onee", "0Ja", "[]nee", "Dja".
BOX_AS_READ = "O0oQDU[](|lI□"
_ANSWER = re.compile(r"(ja|nee|wel|niet|geen|yes|no)\b", re.IGNORECASE)


@dataclass(frozen=True)
class TickBox:
    left: int
    top: int
    width: int
    height: int
    mark: str

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


def dark_pixels(image: bytes) -> np.ndarray | None:
    """The page as a boolean array (True = ink), or None when it is no image we can read.

    Read with PyMuPDF, not Pillow: Pillow's pixel limit is one setting for the whole process
    (``formats/image.py`` sets it for photos), and a page must not lose its boxes to it."""
    import pymupdf

    try:
        page = pymupdf.Pixmap(image)
        if page.width * page.height > MAX_PIXELS:
            return None
        if page.n - page.alpha != 1:
            page = pymupdf.Pixmap(pymupdf.csGRAY, page)
        if page.alpha:
            page = pymupdf.Pixmap(page, 0)
        grey = np.frombuffer(page.samples, dtype=np.uint8).reshape(page.height, page.stride)
        return grey[:, : page.width] < 128
    except Exception:  # noqa: BLE001 - a page we cannot look at simply has no boxes
        return None


def find_tick_boxes(ink: np.ndarray) -> list[TickBox]:
    """Every square outline on the page, top to bottom, left to right."""
    found: list[TickBox] = []
    taken = np.zeros(ink.shape, dtype=bool)
    for top, left, width in _top_edges(ink):
        if taken[top, left : left + width].any():
            continue
        box = _box_from_top_edge(ink, top, left, width)
        if box is not None:
            found.append(box)
            taken[box.top : box.bottom + 1, box.left : box.right] = True
    return sorted(found, key=lambda box: (box.top, box.left))


def _top_edges(ink: np.ndarray) -> list[tuple[int, int, int]]:
    """Horizontal runs of ink of a box's width with ink straight below both ends."""
    height, width = ink.shape
    padded = np.zeros((height, width + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    step = np.diff(padded, axis=1)
    rows, starts = np.nonzero(step == 1)
    _, ends = np.nonzero(step == -1)
    lengths = ends - starts
    keep = (lengths >= MIN_SIDE) & (lengths <= MAX_SIDE)
    rows, starts, lengths = rows[keep], starts[keep], lengths[keep]
    middle = np.minimum(rows + lengths // 2, height - 1)
    below_left = ink[middle, starts] | ink[middle, np.minimum(starts + 1, width - 1)]
    last = starts + lengths - 1
    below_right = ink[middle, last] | ink[middle, np.maximum(last - 1, 0)]
    keep = below_left & below_right
    return list(
        zip(rows[keep].tolist(), starts[keep].tolist(), lengths[keep].tolist(), strict=True)
    )


def _box_from_top_edge(ink: np.ndarray, top: int, left: int, width: int) -> TickBox | None:
    """The box whose top edge this run is: a bottom edge near a square's height below it,
    straight sides between, and no ink running on beyond its corners (no table grid)."""
    edge = _top_of_edge(ink, top, left, width)
    if edge is None:
        return None
    top = edge
    lowest, highest = top + round(width * LOWEST), top + round(width * HIGHEST)
    rows = ink[lowest : highest + 1, left : left + width]
    if rows.shape[0] == 0:
        return None
    covered = np.flatnonzero(rows.mean(axis=1) >= SIDE_COVERED)
    if covered.size == 0:
        return None
    bottom = lowest + int(covered[-1])
    height = bottom - top + 1
    sides = ink[top : bottom + 1, left : left + width]
    thick = max(2, width // 8)
    left_side = sides[:, :thick].any(axis=1).mean()
    right_side = sides[:, -thick:].any(axis=1).mean()
    if min(left_side, right_side) < SIDE_COVERED or _runs_on(ink, top, left, width, height):
        return None
    if _rounded(ink, top + thick, bottom - thick, left, left + width):
        return None
    inside = sides[thick:-thick, thick:-thick]
    share = float(inside.mean()) if inside.size else 0.0
    if share >= FILLED_FROM or not _clear_within(inside):
        return None  # a bold letter, a dot, a QR code's corner: no outline with room inside
    if share >= TICKED_FROM and _lined(inside):
        return None  # an icon ("▤", "▦"): straight lines across, where a tick runs slanted
    return TickBox(left, top, width, height, TICKED if share >= TICKED_FROM else EMPTY)


def _top_of_edge(ink: np.ndarray, top: int, left: int, width: int) -> int | None:
    """The first row of the edge this run lies in (on a slanted scan the run a row higher is
    cut short), or None when that edge is too thick for a box's: the top of a "B", a filled
    square or a dark bar is no box. Each walk stops after a box's height."""
    covered = ink[:, left : left + width]
    highest = top
    while highest > 0 and top - highest <= width and covered[highest - 1].mean() >= 0.5:
        highest -= 1
    below = top
    while (
        below + 1 < covered.shape[0]
        and below - highest <= width
        and covered[below + 1].mean() >= 0.5
    ):
        below += 1
    thickness = below - highest + 1
    return highest if thickness <= max(3, width // 4) else None


def _runs_on(ink: np.ndarray, top: int, left: int, width: int, height: int) -> bool:
    """A cell of a table: its edges go on past the corners as the grid's lines."""
    reach = max(3, width // 4)
    page_height, page_width = ink.shape
    right = left + width
    upward = slice(max(0, top - reach), max(0, top - 2))
    downward = slice(top + height + 2, min(page_height, top + height + reach))
    # (a stem at either side is a letter: "b", "d", "p", "q", "g")
    vertical = [
        ink[rows, columns]
        for rows in (upward, downward)
        for columns in (slice(left + 1, left + 3), slice(right - 3, right - 1))
    ]
    before = ink[top + 1 : top + 3, max(0, left - reach) : max(0, left - 2)]
    after = ink[top + 1 : top + 3, right + 2 : min(page_width, right + reach)]
    return any(part.size and part.all(axis=0).any() for part in vertical) or any(
        part.size and part.all(axis=1).any() for part in (before, after)
    )


def _clear_within(inside: np.ndarray) -> bool:
    """The ring just inside the outline is mostly paper: a cross or a tick only touches it at
    a few places, a bold letter or a filled square fills it."""
    if min(inside.shape) < 3:
        return False
    ring = np.concatenate([inside[0], inside[-1], inside[1:-1, 0], inside[1:-1, -1]])
    return float(ring.mean()) <= 0.35


def _lined(inside: np.ndarray) -> bool:
    return bool((inside.mean(axis=1) >= 0.9).any() or (inside.mean(axis=0) >= 0.9).any())


def _rounded(ink: np.ndarray, top: int, bottom: int, left: int, right: int) -> bool:
    """An "o" in a heavy font: its sides bulge out past the ends of its flat top."""
    outside = (
        ink[top:bottom, max(0, left - 3) : max(0, left - 1)],
        ink[top:bottom, right + 1 : right + 3],
    )
    return any(part.size and part.any(axis=1).mean() > 0.3 for part in outside)


@dataclass
class Word:
    """One word as tesseract read it: its line (page, block, paragraph, line) and place."""

    line: tuple[str, ...]
    left: int
    top: int
    width: int
    height: int
    text: str
    confidence: float = -1.0

    @property
    def middle(self) -> tuple[float, float]:
        return self.left + self.width / 2, self.top + self.height / 2


def with_tick_boxes(words: list[Word], boxes: list[TickBox]) -> list[Word]:
    """The words with each box put into the line it stands on, at its place, as its mark;
    what tesseract read inside a box ("O", "0", "[Xl") goes. A box beside no line is left
    out: there is nothing it could be the answer to."""
    if not boxes:
        return words
    kept = [
        _after_box(word, boxes) for word in words if not any(_inside(word, box) for box in boxes)
    ]
    spans = _line_spans(kept)
    placed: list[Word] = []
    for box in boxes:
        line = _line_of(box, spans)
        if line is not None:
            placed.append(Word(line, box.left, box.top, box.width, box.height, box.mark))
    order = {line: number for number, line in enumerate(spans)}
    return sorted(
        kept + placed, key=lambda word: (order[word.line], word.left, word.text not in MARKS)
    )


def _after_box(word: Word, boxes: list[TickBox]) -> Word:
    """A word read with the box glued to its front ("Onee"), without the box: a letter goes
    only when, by the word's letter width, it lies inside the box."""
    for box in boxes:
        starts_in_box = box.left - 3 <= word.left <= box.left + box.width / 2
        same_height = box.top - box.height / 2 <= word.middle[1] <= box.bottom + box.height / 2
        if not (starts_in_box and same_height and word.left + word.width > box.right + 2):
            continue
        letter = word.width / len(word.text)
        cut = 0
        while (
            cut < len(word.text) - 1
            and _read_as_box(word.text, cut)
            and word.left + (cut + 1) * letter <= box.right + letter / 3
        ):
            cut += 1
        if cut:
            return Word(
                word.line,
                box.right,
                word.top,
                word.left + word.width - box.right,
                word.height,
                word.text[cut:],
                word.confidence,
            )
    return word


def _read_as_box(text: str, at: int) -> bool:
    """A sign at ``at`` that tesseract made of a box: a bracket or a zero anywhere, a letter
    only before an answer ("Onee", "Dja"; "Ouders" and "Uw" keep their first letter)."""
    if text[at] not in BOX_AS_READ:
        return False
    return not text[at].isalpha() or bool(_ANSWER.match(text[at + 1 :]))


def _inside(word: Word, box: TickBox) -> bool:
    x, y = word.middle
    return (
        box.left - 2 <= x <= box.right + 2
        and box.top - 2 <= y <= box.bottom + 2
        and word.width <= box.width * 1.6
    )


def _line_spans(words: list[Word]) -> dict[tuple[str, ...], tuple[int, int, int, int]]:
    """Per line in reading order: left, top, right, bottom of its words."""
    spans: dict[tuple[str, ...], tuple[int, int, int, int]] = {}
    for word in words:
        left, top, right, bottom = spans.get(word.line, (word.left, word.top, 0, 0))
        spans[word.line] = (
            min(left, word.left),
            min(top, word.top),
            max(right, word.left + word.width),
            max(bottom, word.top + word.height),
        )
    return spans


def _line_of(box: TickBox, spans: dict) -> tuple[str, ...] | None:
    """The line whose height holds the box's middle, nearest to it across the page."""
    middle = box.top + box.height / 2
    best, distance = None, float("inf")
    for line, (left, top, right, bottom) in spans.items():
        if not top - box.height / 4 <= middle <= bottom + box.height / 4:
            continue
        gap = max(0, left - box.right, box.left - right)
        if gap < distance and gap <= 20 * box.width:
            best, distance = line, gap
    return best
