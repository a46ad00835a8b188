"""A letter as a print-ready A4 PDF, with the parents' address as letterhead.

The recipient block sits where a Dutch window envelope shows it. DejaVu Sans is used
when installed (Debian fonts-dejavu-core); otherwise a built-in font with the text
reduced to Latin-1, so a missing font never stops a parent from printing a letter.

Page breaks are chosen here, not left to fpdf2: a paragraph never leaves a single line
alone at the foot or head of a page, and the closing (greeting and names to sign above)
is never split; when it does not fit, it moves to the next page with the last two lines
of the body (a shorter last paragraph goes whole), so a signature never stands alone on
an otherwise empty page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpdf import FPDF

from .model import Letter, Paragraph, join_names

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts/dejavu"),
)
LEFT, RIGHT, TOP = 25.0, 20.0, 18.0
BODY_SIZE = 10.5
LINE = 5.2
PARAGRAPH_GAP = 2.5
BULLET_X, ITEM_INDENT = 4.0, 9.0  # from the left margin: the bullet, and the item's text
SIGN_ROOM = 18.0  # space to sign by hand above each name
KEEP = 2  # fewest lines of a paragraph on either side of a page break

_LATIN1_FALLBACKS = {
    "\u201c": '"',
    "\u201d": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u2013": "-",
    "\u2014": "-",
    "\u2022": "-",
    "\u20ac": "EUR",
}


def _find_font() -> tuple[Path, Path] | None:
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


class _LetterPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.more_than_one_page = False
        self.set_margins(LEFT, TOP, RIGHT)
        self.set_auto_page_break(auto=True, margin=20)
        font = _find_font()
        if font is not None:
            self.add_font("Letter", "", str(font[0]))
            self.add_font("Letter", "B", str(font[1]))
            self.family = "Letter"
            self.unicode = True
        else:
            self.family = "Helvetica"
            self.unicode = False

    def add_page(self, *args: Any, **kwargs: Any) -> None:
        # Set before the base class closes the current page and calls footer().
        self.more_than_one_page = self.page >= 1
        super().add_page(*args, **kwargs)

    def footer(self) -> None:
        if not self.more_than_one_page:  # single-page letters carry no page number
            return
        self.set_y(-14)
        self.set_font(self.family, "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, f"Pagina {self.page_no()} van {self.str_alias_nb_pages}", align="C")
        self.set_text_color(0, 0, 0)

    def text_ok(self, text: str) -> str:
        if self.unicode:
            return text
        for char, plain in _LATIN1_FALLBACKS.items():
            text = text.replace(char, plain)
        return text.encode("latin-1", "replace").decode("latin-1")

    def write_block(self, text: str, *, bold: bool = False, size: float = BODY_SIZE) -> None:
        self.set_font(self.family, "B" if bold else "", size)
        self.multi_cell(0, LINE, self.text_ok(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def wrapped(self, text: str, indent: float = 0.0) -> list[str]:
        """``text`` in body type cut into the lines it takes, ``indent`` mm from the margin."""
        self.set_font(self.family, "", BODY_SIZE)
        width = self.epw - indent
        lines = self.multi_cell(width, LINE, self.text_ok(text), dry_run=True, output="LINES")
        assert isinstance(lines, list)  # output="LINES" gives the lines alone
        return lines

    def fits(self, height: float) -> bool:
        """Whether ``height`` more mm fit on this page (a hair to spare against rounding)."""
        return self.y + height <= self.page_break_trigger - 0.01


@dataclass(frozen=True)
class _Line:
    """One printed line of body text; the first line of a bullet item carries the bullet."""

    text: str
    indent: float = 0.0
    bullet: str = ""

    def draw(self, pdf: _LetterPDF) -> None:
        pdf.set_font(pdf.family, "", BODY_SIZE)
        if self.bullet:
            pdf.set_x(LEFT + BULLET_X)
            pdf.cell(ITEM_INDENT - BULLET_X, LINE, self.bullet)
        pdf.set_x(LEFT + self.indent)
        pdf.cell(pdf.epw - self.indent, LINE, self.text, new_x="LMARGIN", new_y="NEXT")


def render_pdf(letter: Letter) -> bytes:
    """The letter as A4 PDF bytes, with real text (searchable, readable aloud).

    A letter of more than one page gets "Pagina 1 van 2" at the foot of each page.
    """
    pdf = _LetterPDF()
    pdf.set_title(pdf.text_ok(letter.subject))
    pdf.set_author(pdf.text_ok(join_names(letter.signatures)))
    pdf.set_creator("dossierwijs")
    pdf.set_lang("nl")
    pdf.add_page()

    # Letterhead: the sender's name and address, right-aligned, with a thin rule under it.
    pdf.set_font(pdf.family, "B", 11)
    head, *rest = letter.sender_lines
    pdf.cell(0, 5.5, pdf.text_ok(head), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", 9.5)
    for line in rest:
        pdf.cell(0, 4.6, pdf.text_ok(line), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(150, 150, 150)
    pdf.line(LEFT, pdf.get_y() + 2, pdf.w - RIGHT, pdf.get_y() + 2)

    # Recipient in the envelope window (about 50 mm from the top, 25 mm from the left).
    pdf.set_xy(LEFT, max(pdf.get_y() + 6, 50))
    for line in letter.recipient_lines:
        pdf.write_block(line)
    pdf.set_y(max(pdf.get_y() + 10, 90))
    pdf.write_block(letter.place_date)
    pdf.ln(4)
    pdf.write_block(f"Betreft: {letter.subject}", bold=True)
    pdf.ln(5)

    blocks = [[_Line(text) for text in pdf.wrapped(letter.salutation)]] if letter.salutation else []
    blocks += [_paragraph_lines(pdf, paragraph) for paragraph in letter.paragraphs]
    blocks = [lines for lines in blocks if lines]
    closing_height = _closing_height(pdf, letter)
    for number, lines in enumerate(blocks, start=1):
        _write_paragraph(pdf, lines, keep_with=closing_height if number == len(blocks) else 0)
        pdf.ln(PARAGRAPH_GAP)
    if closing_height and not pdf.fits(closing_height - PARAGRAPH_GAP):
        pdf.add_page()  # a letter without body text, or with more signers than a page holds
    if letter.closing:
        pdf.ln(1)
        pdf.write_block(letter.closing)
    if letter.signatures:
        _signature_block(pdf, letter.signatures)

    if letter.cc_names:
        pdf.ln(4)
        pdf.write_block("Kopie aan: " + join_names(letter.cc_names), size=9.5)
    if letter.attachment_names:
        pdf.ln(2)
        pdf.write_block("Bijlagen:", size=9.5)
        for name in letter.attachment_names:
            pdf.write_block(f"- {name}", size=9.5)
    return bytes(pdf.output())


def _paragraph_lines(pdf: _LetterPDF, paragraph: Paragraph) -> list[_Line]:
    lines = [_Line(text) for text in pdf.wrapped(paragraph.text)] if paragraph.text else []
    bullet = "\u2022" if pdf.unicode else "-"
    for item in paragraph.items:
        for i, text in enumerate(pdf.wrapped(item, ITEM_INDENT)):
            lines.append(_Line(text, ITEM_INDENT, bullet if i == 0 else ""))
    return lines


def _closing_height(pdf: _LetterPDF, letter: Letter) -> float:
    """From the foot of the last body line to the foot of the last signature."""
    height = 0.0
    if letter.closing:
        height += 1 + LINE * len(pdf.wrapped(letter.closing))
    rows = -(-len(letter.signatures) // 3)
    height += rows * (SIGN_ROOM + LINE)
    return PARAGRAPH_GAP + height if height else 0.0


def _write_paragraph(pdf: _LetterPDF, lines: list[_Line], keep_with: float = 0.0) -> None:
    """Lines of one paragraph, breaking pages so that at least ``KEEP`` of them stand on
    either side of a break; ``keep_with`` mm (the closing) must follow the last ``KEEP``
    lines on the same page."""
    while lines:
        if pdf.fits(len(lines) * LINE + keep_with):
            break
        room = 0
        while room < len(lines) and pdf.fits((room + 1) * LINE):
            room += 1
        here = min(room, len(lines) - KEEP)  # the last KEEP lines go over together
        if here < KEEP:
            here = 0  # the whole paragraph goes over, rather than one line alone
        if here == 0 and pdf.y <= pdf.t_margin + 0.01:
            here = room  # a fresh page already: longer than a page, break where it must
        for line in lines[:here]:
            line.draw(pdf)
        lines = lines[here:]
        if not lines:
            return
        pdf.add_page()
    for line in lines:
        line.draw(pdf)


def _signature_block(pdf: _LetterPDF, names: tuple[str, ...]) -> None:
    """Room to sign by hand above each name, side by side (at most three in a row)."""
    column = (pdf.w - LEFT - RIGHT) / max(1, min(len(names), 3))
    for start in range(0, len(names), 3):
        row = names[start : start + 3]
        y = pdf.get_y() + SIGN_ROOM
        for i, name in enumerate(row):
            pdf.set_xy(LEFT + i * column, y)
            pdf.set_font(pdf.family, "", BODY_SIZE)
            pdf.cell(column - 4, LINE, pdf.text_ok(name))
        pdf.set_xy(LEFT, y + LINE)
