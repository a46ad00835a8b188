"""The share package: one PDF, the cover letter first, every page with a burned-in footer."""

from __future__ import annotations

from dataclasses import dataclass, field

# The PDF base font (Helvetica, Latin-1) has no typographic dashes, quotes or ellipsis:
# PyMuPDF would print "?" for them. Write their Latin-1 look-alikes instead.
_LATIN1 = str.maketrans(
    {
        "\u2014": "-",
        "\u2013": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2026": "...",
        "\u2022": "-",
        "\u20ac": "EUR",
        "\u00ad": "",
    }
)


def latin1_text(text: str) -> str:
    """``text`` with every character the base font can draw (others become "?" no more)."""
    text = text.translate(_LATIN1)
    return text.encode("latin-1", "replace").decode("latin-1")


@dataclass
class PackagePart:
    title: str
    pdf: bytes
    leave_out: set[int] = field(default_factory=set)  # 1-based page numbers


def text_to_pdf(text: str, title: str = "") -> bytes:
    """A plain A4 PDF of a text (for documents that are not PDFs: e-mails, Word text)."""
    import textwrap

    import pymupdf

    lines: list[str] = []
    if title:
        lines += [title, ""]
    for paragraph in text.replace("\f", "\n").splitlines():
        lines += textwrap.wrap(paragraph, 95) or [""]
    per_page = 62
    doc = pymupdf.open()
    for start in range(0, max(len(lines), 1), per_page):
        page = doc.new_page(width=595, height=842)
        y = 60.0
        for line in lines[start : start + per_page]:
            page.insert_text((56, y), latin1_text(line), fontsize=10, fontname="helv")
            y += 11.5
    return doc.tobytes(garbage=3, deflate=True)


def _burn_footer(page, footer: str) -> None:
    import pymupdf

    rect = page.rect
    box = pymupdf.Rect(36, rect.height - 34, rect.width - 36, rect.height - 8)
    for size in (7, 6, 5, 4):
        # insert_textbox writes nothing and returns < 0 when the text does not fit.
        if (
            page.insert_textbox(
                box,
                latin1_text(footer),
                fontsize=size,
                fontname="helv",
                color=(0.3, 0.3, 0.3),
                align=pymupdf.TEXT_ALIGN_CENTER,
            )
            >= 0
        ):
            return
    raise ValueError("Het doel is te lang voor de voettekst. Maak het korter.")


def build_package(parts: list[PackagePart], footer: str) -> bytes:
    """Join the parts and burn ``footer`` into the content of every page (not an annotation)."""
    import pymupdf

    out = pymupdf.open()
    for part in parts:
        src = pymupdf.open(stream=part.pdf, filetype="pdf")
        keep = [i for i in range(src.page_count) if (i + 1) not in part.leave_out]
        for index in keep:
            out.insert_pdf(src, from_page=index, to_page=index)
        src.close()
    for page in out.pages():
        _burn_footer(page, footer)
    out.set_metadata(
        {"title": "Gedeelde documenten", "producer": "dossierwijs", "creator": "dossierwijs"}
    )
    return out.tobytes(garbage=3, deflate=True)


def footer_text(organisation: str, date_text: str, purpose: str) -> str:
    """The stamp on every page. Sharing further may be a legal duty, so the ban says so."""
    purpose = purpose.strip().rstrip(".")
    return (
        f"Gedeeld door de ouders met {organisation} op {date_text} voor {purpose}. "
        "Niet verder verspreiden, tenzij de wet u daartoe verplicht."
    )
