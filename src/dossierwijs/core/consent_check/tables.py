"""Tables on a consent form, read as units: one row is one recipient or purpose, with its
own data, reason and choice.

A table reaches us as text in three ways: with ``|`` between the cells (typed or from a
Word file), with tabs, or with runs of spaces (a PDF's text layer, OCR). A row read as
one line of words loses which cell says what; here each row keeps its cells, labelled
with the column headers ("Ontvanger: GGD …; Gegevens: …; Keuze: ja / nee").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATOR_CELL = re.compile(r"[-=:+_ ]*")
_FILL_IN = re.compile(r"_{4,}|\.{6,}|…{2,}")
_CHOICE_WORD = re.compile(r"\b(ja|nee|yes|no)\b", re.IGNORECASE)
# A box, also as OCR reads an empty one at the end of a cell: "[1", "[l", "L[1".
_BOX = re.compile(
    r"[\[\(][ xX×✓✔vV]?[\]\)]|[☐□☒☑✅○◯◻⬜▢■●⬤◉◼]|\[[1lI|](?=\s|$)"
    # A round box typed or read as a letter beside its choice: "O ja", "O nee", "ja O".
    r"|^\s*[OQD0] ?(?=(ja|nee|Ja|Nee|wel|niet)\s*$)|^\s*(ja|nee|Ja|Nee) [O0]\s*$"
    # ... or alone in its cell under "ja" or "nee", as a scan reads ○.
    r"|^\s*[OQD0]\s*$"
)


@dataclass(frozen=True)
class Table:
    """A table: its column headers (empty when it has none) and its rows of cells."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _cells(line: str, framed: bool | None = None) -> list[str] | None:
    """The cells of a line that looks like a table row, [] for a |---| rule, else None.

    ``framed``: the table has a bar at both ends of its lines (its first line starts with
    one). In a table without that frame an outer bar separates an empty cell: "   | van
    thuis |   |" under "nr | wat | ✔ | ✘", "alleen zichtbaar   |     |" under "... | [ ] |
    [ ]"."""
    stripped = line.strip()
    if stripped.count("|") >= 2:
        if framed is None:
            framed = stripped.startswith("|")
        parts = [c.strip() for c in (stripped.strip("|") if framed else stripped).split("|")]
        if all(_SEPARATOR_CELL.fullmatch(c) for c in parts):
            return []
        return parts if len(parts) >= 3 else None
    if line.count("\t") >= 2:
        parts = [c.strip() for c in line.split("\t") if c.strip()]
        return parts if len(parts) >= 3 else None
    parts = [c for c in re.split(r"\s{3,}", stripped) if c]
    return parts if len(parts) >= 3 and not _FILL_IN.search(stripped) else None


def _spaced(line: str) -> bool:
    return line.strip().count("|") < 2 and line.count("\t") < 2


# A blank to mark typed before its choice, "_ ja", "__ nee": a box, never a column name.
_BLANK_CHOICE = re.compile(r"_{1,4} ?(ja|nee|wel|niet|geen)", re.IGNORECASE)


def _is_header(cells: list[str], below: list[str]) -> bool:
    """Short labels, no boxes; "Ja" and "Nee" are column names only above boxes."""
    # A scan may lose the boxes under "ja | nee"; three other short labels still make a header.
    labels = [c for c in cells if c.strip() and not _CHOICE_WORD.fullmatch(c.strip())]
    boxes_below = any(_BOX.search(c) for c in below) or len(labels) >= 3
    return all(
        len(c.split()) <= 6
        and not _BOX.search(c)
        and not _BLANK_CHOICE.fullmatch(c.strip())
        and (boxes_below or not _CHOICE_WORD.fullmatch(c.strip()))
        and not _FILL_IN.search(c)
        and not c.rstrip().endswith(":")
        for c in cells
    )


# A rule of dashes with gaps under a header: "--  ------------  --------". Its runs give the
# columns exactly, where runs of spaces inside a cell ("afspraken uit het  rooster") would not.
_GAPPED_RULE = re.compile(r"^\s*-{2,}(\s+-{2,}){2,}\s*$")


def with_ruled_columns(lines: list[str]) -> list[str]:
    """Lines of a table aligned with spaces under a gapped rule, rewritten as a table with
    bars: the header above the rule, then every line down to the next blank one."""
    out = list(lines)
    for k, line in enumerate(lines):
        # (a rule under a blank line heads nothing: signature lines "----   ----   ----")
        if (
            k == 0
            or not _GAPPED_RULE.match(line)
            or "|" in lines[k - 1]
            or not lines[k - 1].strip()
        ):
            continue
        if out[k - 1] != lines[k - 1]:
            out[k] = "|---|---|"  # the rule that closes a table read above
            continue
        end = k + 1
        while end < len(lines) and lines[end].strip() and not _GAPPED_RULE.match(lines[end]):
            end += 1
        block = [lines[k - 1], *lines[k + 1 : end]]
        # The columns as the text stands (a scan's rule may sit a few places off), else the rule's.
        starts = _aligned_starts(block) or [m.start() for m in re.finditer(r"-{2,}", line)]
        if len(starts) < 3:
            continue
        out[k] = "|---|---|"
        for n in (k - 1, *range(k + 1, end)):
            out[n] = _barred(lines[n], starts)
    return out


def _aligned_starts(block: list[str]) -> list[int]:
    """Where the columns of a block of aligned lines start: after two or more places that are
    blank on every line."""
    width = max(len(line) for line in block)
    blank = [all(p >= len(line) or line[p] == " " for line in block) for p in range(width)]
    first = min((len(line) - len(line.lstrip()) for line in block if line.strip()), default=0)
    return [first] + [
        p for p in range(first + 2, width) if not blank[p] and blank[p - 1] and blank[p - 2]
    ]


def _barred(line: str, starts: list[int]) -> str:
    cuts = [0, *starts[1:], len(line)]
    cells = [" ".join(line[a:b].split()) for a, b in zip(cuts, cuts[1:], strict=False)]
    return "| " + " | ".join(cells) + " |"


def segments(lines: list[str]) -> list[tuple[str, list[str] | Table]]:
    """Split a form's lines into ("text", lines) and ("table", Table) pieces, in order.

    A table is one or more lines of cells of the same kind. A table made with spaces needs
    a header line of short labels and a row, or two aligned lines of a paragraph would
    count.
    """
    result: list[tuple[str, list[str] | Table]] = []
    text: list[str] = []
    i = 0
    while i < len(lines):
        block: list[list[str]] = []
        spaced = _spaced(lines[i])
        bordered = lines[i].lstrip().startswith("|")
        ruled: list[bool] = []  # a rule ("|---|", "├──┼──┤") stands above this row
        rule_above = False
        j = i
        while j < len(lines) and (
            (cells := _cells(lines[j], bordered if j > i else None)) is not None
            or _wraps_first_cell(block, spaced, lines[j])
        ):
            if cells is None:  # the first cell of the row above, wrapped onto a line of its own
                block[-1][0] = f"{block[-1][0]} {lines[j].strip()}"
                j += 1
                continue
            if _spaced(lines[j]) != spaced:
                break
            if cells:
                block.append(cells)
                ruled.append(rule_above)
            rule_above = not cells
            j += 1
        header = block[0] if len(block) >= 2 and _is_header(block[0], block[1]) else []
        # One line with bars or tabs is a row too; a table made with spaces needs a header.
        if block and (len(block) >= 2 or not spaced) and (header or not spaced):
            if text:
                result.append(("text", text))
                text = []
            body, body_ruled = (block[1:], ruled[1:]) if header else (block, ruled)
            gridded = sum(body_ruled[1:]) >= (1 if header else 2)
            # (in a grid the rules say where a row ends; elsewhere a wrapped cell is guessed)
            rows = _ruled_rows(body, body_ruled) if gridded else _merge_wrapped(body, header)
            result.append(("table", Table(tuple(header), tuple(tuple(r) for r in rows))))
            i = j
            continue
        text.append(lines[i])
        i += 1
    if text:
        result.append(("text", text))
    return result


def _ruled_rows(rows: list[list[str]], ruled: list[bool]) -> list[list[str]]:
    """In a grid with a rule between its rows, every line between two rules is one row, its
    cells wrapped over several lines: "│ Video waarin  │ iedereen die onze │ ○ Ja ○ Nee │" then
    "│ uw kind vertelt │ website bezoekt │ │". A table ruled only under its header keeps one
    row per line (without a header found, the one rule inside may be under it): the caller
    decides. A line with boxes of its own, or one that opens a new item ("Hoe lang geldig?"
    under "... Kindkans."), is a row even between the same two rules."""
    grouped: list[list[str]] = []
    for row, rule_above in zip(rows, ruled, strict=True):
        own_box = any(_BOX.search(c) for c in row)
        if (
            grouped
            and not rule_above
            and not own_box
            and len(row) == len(grouped[-1])
            and not _starts_anew(grouped[-1], row)
        ):
            grouped[-1] = [_joined(a, b) for a, b in zip(grouped[-1], row, strict=True)]
        else:
            grouped.append(list(row))
    return grouped


def _wraps_first_cell(block: list[list[str]], spaced: bool, line: str) -> bool:
    """In a table drawn with bars, an indented line without bars under a row ("    voor de
    jaarlijkse schoolfoto") continues that row's first cell."""
    return (
        bool(block)
        and not spaced
        and line.startswith("  ")
        and bool(line.strip())
        and "|" not in line
        and not re.match(r"\s*[-=+_]{3,}", line)
    )


# A word broken at the end of a cell line: "betrokken hulpver-" / "leners". Not a part left
# open for the word after it: "taal-" / "en rekentoetsen".
_BROKEN_WORD = re.compile(r"[a-zà-ÿ]{2}-$")
_NOT_THE_REST = re.compile(r"(en|of|tot|t/m|dan)\b")


def _joined(above: str, below: str) -> str:
    """A cell's line and the line wrapped under it, as one text."""
    if _BROKEN_WORD.search(above) and below[:1].islower() and not _NOT_THE_REST.match(below):
        # "huis-aan-" / "huis" is a word with hyphens of its own, not one broken at the edge.
        return above + below if "-" in above.split()[-1][:-1] else above[:-1] + below
    return f"{above} {below}".strip()


def _merge_wrapped(rows: list[list[str]], header: list[str] | None = None) -> list[list[str]]:
    """A cell wrapped onto the next line leaves that line's other cells empty: join it. So
    does a wrapped cell after the first one, leaving the first cell empty."""
    merged: list[list[str]] = []
    marks = [n for n, h in enumerate(header or []) if _MARK_HEADER.fullmatch(h.strip())]
    for row in rows:
        wrapped = row and (not row[0] or not any(row[1:]))
        # Under a row with its marks, a line with text but no mark goes on with that row.
        if marks and merged and any(_cell(merged[-1], n) for n in marks):
            wrapped = wrapped or not any(_cell(row, n) for n in marks)
        if merged and wrapped and len(row) == len(merged[-1]) and not _starts_anew(merged[-1], row):
            merged[-1] = [_joined(a, b) for a, b in zip(merged[-1], row, strict=True)]
        else:
            merged.append(list(row))
    return merged


_MARK_HEADER = re.compile(r"ja|nee|yes|no|wel|niet|✔|✘|✓|✗|akkoord|paraaf( ouder)?", re.IGNORECASE)


def _cell(row: list[str], n: int) -> str:
    return row[n].strip() if n < len(row) else ""


def _starts_anew(above: list[str], row: list[str]) -> bool:
    """A cell that opens a new item after one that ended: "Hoe lang geldig?" under "Waar
    bewaard?" is the next label, not the rest of the one above."""
    return any(
        a and b and a.rstrip().endswith(("?", ":", ".")) and b[:1].isupper()
        for a, b in zip(above, row, strict=False)
    )


def row_text(header: tuple[str, ...], cells: tuple[str, ...]) -> str:
    """One row as a parent reads it: each cell after its column header."""
    if not header:
        return " | ".join(c for c in cells if c)
    parts = []
    for n, cell in enumerate(cells):
        label = header[n] if n < len(header) else ""
        if cell:
            parts.append(f"{label}: {cell}" if label else cell)
    return "; ".join(parts)
