"""A letter as a print-ready A4 PDF, with the parents' address as letterhead.

The recipient block sits where a Dutch window envelope shows it. DejaVu Sans is used
when installed (Debian fonts-dejavu-core); otherwise a built-in font with the text
reduced to Latin-1, so a missing font never stops a parent from printing a letter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpdf import FPDF

from .model import Letter, join_names

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts/dejavu"),
)
LEFT, RIGHT, TOP = 25.0, 20.0, 18.0
BODY_SIZE = 10.5
LINE = 5.2

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

    if letter.salutation:
        pdf.write_block(letter.salutation)
        pdf.ln(2.5)
    for paragraph in letter.paragraphs:
        if paragraph.text:
            pdf.write_block(paragraph.text)
        bullet = "\u2022" if pdf.unicode else "-"
        for item in paragraph.items:
            pdf.set_x(LEFT + 4)
            pdf.set_font(pdf.family, "", BODY_SIZE)
            pdf.cell(5, LINE, bullet)
            pdf.multi_cell(0, LINE, pdf.text_ok(item), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

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


def _signature_block(pdf: _LetterPDF, names: tuple[str, ...]) -> None:
    """Room to sign by hand above each name, side by side (at most three in a row)."""
    column = (pdf.w - LEFT - RIGHT) / max(1, min(len(names), 3))
    if pdf.get_y() + 30 > pdf.h - 20:
        pdf.add_page()
    for start in range(0, len(names), 3):
        row = names[start : start + 3]
        y = pdf.get_y() + 18
        for i, name in enumerate(row):
            pdf.set_xy(LEFT + i * column, y)
            pdf.set_font(pdf.family, "", BODY_SIZE)
            pdf.cell(column - 4, LINE, pdf.text_ok(name))
        pdf.set_xy(LEFT, y + LINE)
