"""Tick boxes on a scanned form: found in the page image and put into the recognised text."""

from __future__ import annotations

import numpy as np
import pymupdf
import pytest

from dossierwijs.core.consent_check import check_consent_form
from dossierwijs.core.documents.ocr import ocr_image, parse_tsv, searchable_pdf, tesseract_ready
from dossierwijs.core.documents.tick_boxes import (
    EMPTY,
    TICKED,
    TickBox,
    Word,
    dark_pixels,
    find_tick_boxes,
    with_tick_boxes,
)

from .builders import DEJAVU, render_text_png

needs_tesseract = pytest.mark.skipif(not tesseract_ready("nld"), reason="tesseract-ocr-nld missing")


def _page_with(draw, dpi: int = 250) -> bytes:
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)
    draw(page)
    return page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY).tobytes("png")


def _marks(png: bytes) -> list[str]:
    ink = dark_pixels(png)
    assert ink is not None
    return [box.mark for box in find_tick_boxes(ink)]


def _write(page, at: tuple[float, float], text: str, size: float = 11) -> None:
    page.insert_text(at, text, fontsize=size, fontname="dv", fontfile=DEJAVU)


@pytest.mark.parametrize("dpi", [150, 200, 300])
def test_printed_boxes_are_found_with_their_state(dpi):
    def draw(page):
        page.draw_rect(pymupdf.Rect(72, 100, 82, 110), width=1)  # empty
        page.draw_rect(pymupdf.Rect(72, 130, 82, 140), width=1)  # crossed
        page.draw_line((72, 130), (82, 140))
        page.draw_line((72, 140), (82, 130))
        page.draw_rect(pymupdf.Rect(72, 160, 82, 170), width=1)  # a check mark
        page.draw_polyline([(74, 165), (77, 168), (81, 161)], width=1.2)
        page.draw_rect(pymupdf.Rect(72, 190, 82, 200), width=1, fill=(0, 0, 0))  # left to OCR

    assert _marks(_page_with(draw, dpi)) == [EMPTY, TICKED, TICKED]


def test_box_glyphs_are_found_and_ballot_glyphs_read_as_ticked():
    def draw(page):
        _write(page, (72, 100), "☐ nee   ☒ ja   ☑ akkoord   □ misschien")

    assert _marks(_page_with(draw)) == [EMPTY, TICKED, TICKED, EMPTY]


def test_letters_lines_and_a_table_are_no_boxes():
    def draw(page):
        _write(page, (72, 100), "DOOD Q0O0 HEET EEN TIJD  ___________  ------  [ ] ( ) []")
        _write(page, (72, 130), "Ouders, leerkracht en intern begeleider bespreken het OPP.", 13)
        for column in range(4):
            for row in range(3):
                x, y = 72 + column * 14, 160 + row * 14
                page.draw_rect(pymupdf.Rect(x, y, x + 14, y + 14), width=0.8)
        page.draw_line((72, 240), (400, 240), width=1.5)

    assert _marks(_page_with(draw)) == []


def test_a_file_that_is_no_image_has_no_boxes():
    assert dark_pixels(b"geen afbeelding") is None


def _word(line: int, left: int, text: str, width: int = 40) -> Word:
    return Word(("1", "1", "1", str(line)), left, 100 * line, width, 20, text, 90.0)


def test_a_box_goes_into_its_line_in_place_of_what_was_read_there():
    words = [_word(1, 100, "O", 20), _word(1, 140, "ja"), _word(1, 300, "0nee", 60)]
    boxes = [
        TickBox(98, 98, 24, 24, TICKED),
        TickBox(300, 98, 24, 24, EMPTY),
        TickBox(1200, 500, 24, 24, EMPTY),  # beside no line: nothing it answers
    ]
    placed = [word.text for word in with_tick_boxes(words, boxes)]
    assert placed == [TICKED, "ja", EMPTY, "nee"]


def test_words_of_other_lines_keep_their_order():
    words = [_word(1, 100, "Mag"), _word(1, 150, "het?"), _word(2, 140, "ja"), _word(3, 100, "x")]
    placed = with_tick_boxes(words, [TickBox(100, 198, 24, 24, EMPTY)])
    assert [word.text for word in placed] == ["Mag", "het?", EMPTY, "ja", "x"]


def test_text_without_its_image_reads_as_before():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    row = "5\t1\t1\t1\t1\t{n}\t{left}\t10\t30\t20\t91.0\t{text}"
    tsv = "\n".join(
        [header, row.format(n=1, left=10, text="Onee"), row.format(n=2, left=50, text="ja")]
    )
    result = parse_tsv(tsv)
    assert result.text == "Onee ja" and result.words == 2


FORM = (
    "Toestemming overdracht naar de nieuwe school\n"
    "Mogen wij het onderwijskundig rapport naar De Vlonder sturen?\n"
    "☒ ja     ☐ nee\n"
    "Mag de intern begeleider de mentor bellen?\n"
    "☐ ja     ☐ nee\n"
)


@needs_tesseract
def test_a_scanned_form_keeps_its_boxes_in_the_text():
    text = ocr_image(render_text_png(FORM, dpi=250, font=DEJAVU)).text
    lines = [line for line in text.splitlines() if "nee" in line]
    assert lines == ["☒ ja ☐ nee", "☐ ja ☐ nee"]


@needs_tesseract
def test_the_searchable_pdf_path_reads_the_boxes_too():
    _, result = searchable_pdf(render_text_png(FORM, dpi=250, font=DEJAVU))
    assert "☒ ja ☐ nee" in result.text


@needs_tesseract
def test_a_box_ticked_in_advance_on_a_scan_is_seen_by_the_consent_checker():
    # Without the boxes, tesseract gives "ja Onee": the yes ticked in advance is lost.
    text = ocr_image(render_text_png(FORM, dpi=250, font=DEJAVU)).text
    found = check_consent_form(text, by_meaning=False, calibrated=False)
    assert found.criteria["ondubbelzinnig"].oordeel == "gebrek"
    assert "aangekruist" in found.criteria["ondubbelzinnig"].uitleg


def test_an_icon_with_lines_across_is_no_box():
    def draw(page):
        _write(page, (72, 100), "Menu ▤ Rooster ▦ Cijfers")
        page.draw_rect(pymupdf.Rect(72, 130, 82, 140), width=1)
        page.draw_line((72, 135), (82, 135))  # a box with a bar across, like "⊟"

    assert _marks(_page_with(draw)) == []


def _photographed(png: bytes, degrees: float) -> bytes:
    """The page as a phone photo gives it: a little slanted, a little soft, JPEG."""
    import io

    from PIL import Image, ImageFilter

    # (Pillow's pixel limit is process-wide and other tests lower it: this page is ours)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Image, "MAX_IMAGE_PIXELS", None)
        image = Image.open(io.BytesIO(png)).rotate(degrees, expand=True, fillcolor=255)
    out = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(0.6)).save(out, format="JPEG", quality=80)
    return out.getvalue()


@pytest.mark.parametrize("degrees", [0.3, 0.6, 0.9, -0.5, -1.0])
def test_a_slanted_soft_photo_keeps_every_box(degrees):
    # on a slanted page a box's top edge starts a row higher over part of its width
    def draw(page):
        for row in range(3):
            y = 120 + row * 40
            for column in range(6):
                x = 72 + column * 70 + row * 7
                box = pymupdf.Rect(x, y, x + 11, y + 11)
                page.draw_rect(box, width=1)
                if column % 2 == 0:
                    page.draw_line(box.tl, box.br, width=1.2)
                    page.draw_line(box.bl, box.tr, width=1.2)
                _write(page, (x + 16, y + 9), "ja" if column % 2 == 0 else "nee", 10.5)
        _write(page, (72, 260), "Daan gaat naar de brugklas; de mentor krijgt het rapport.", 10.5)

    ink = dark_pixels(_photographed(_page_with(draw, dpi=220), degrees))
    assert ink is not None
    marks = [box.mark for box in find_tick_boxes(ink)]
    assert len(marks) == 18 and marks.count(TICKED) == 9


def test_bold_letters_dots_and_filled_squares_are_no_boxes():
    # found in an outside review: bold capitals, the dots of "i" and "!" at 22 pt and a QR
    # code's corner squares were read as filled boxes
    def draw(page):
        page.insert_text((72, 100), "Bijlage B: Beeldmateriaal", fontsize=11, fontname="hebo")
        page.insert_text((72, 160), "Uitnodiging: informatieavond!", fontsize=22, fontname="hebo")
        for x in (72, 120, 168):
            page.draw_rect(pymupdf.Rect(x, 200, x + 21, 221), width=3)
            page.draw_rect(pymupdf.Rect(x + 6, 206, x + 15, 215), fill=(0, 0, 0), width=0)

    assert _marks(_page_with(draw, dpi=300)) == []


def test_a_dark_bar_down_the_page_is_no_box():
    # (its cost, 59 s before the walks along an edge were bounded and about 1 s after, is a
    # figure for a bench, not a timed test)
    ink = np.zeros((3500, 2480), dtype=bool)
    ink[:, 600:650] = True  # a binder's shadow down an A4 scan at 300 dpi
    assert find_tick_boxes(ink) == []


def test_a_box_read_as_part_of_the_word_after_it_takes_only_that_letter():
    box = TickBox(100, 98, 24, 24, EMPTY)
    glued = [_word(1, 100, "Onee", 80), _word(1, 100, "Ouders", 150)]
    assert [w.text for w in with_tick_boxes(glued[:1], [box])] == [EMPTY, "nee"]
    # tesseract left the box out but counted its ink in the word: "Ouders" stays whole
    ouders = Word(("1", "1", "1", "1"), 100, 100, 170, 20, "Ouders", 90.0)
    assert [w.text for w in with_tick_boxes([ouders], [box])] == [EMPTY, "Ouders"]
