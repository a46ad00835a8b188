from dataclasses import replace

import pymupdf

from dossierwijs.core.letters import render_pdf as module
from dossierwijs.core.letters.model import Paragraph
from dossierwijs.core.letters.registry import write_letter
from dossierwijs.core.letters.render_pdf import render_pdf
from tests.core.letters.letter_extract import PAGE_NUMBER, pdf_text
from tests.core.letters.letter_family import family_context, sample_input


def _letter(kind="inzage", tone="zakelijk"):
    return write_letter(kind, sample_input(kind), family_context(), tone)


def test_pdf_is_a4_with_the_parents_address_at_the_top():
    data = render_pdf(_letter())
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        page = doc[0]
        assert (round(page.rect.width), round(page.rect.height)) == (595, 842)
        top = page.get_text(clip=pymupdf.Rect(0, 0, page.rect.width, 110))
        assert "Lijsterbeslaan 14" in top and "3581 AB" in top
        assert doc.metadata["title"].startswith("Verzoek om inzage")


def test_recipient_sits_in_the_envelope_window():
    with pymupdf.open(stream=render_pdf(_letter()), filetype="pdf") as doc:
        # Window of a Dutch envelope: roughly 20-110 mm from the left, 45-90 mm from the top.
        window = pymupdf.Rect(20 / 25.4 * 72, 45 / 25.4 * 72, 110 / 25.4 * 72, 90 / 25.4 * 72)
        text = doc[0].get_text(clip=window)
    assert "Openbare Scholengemeenschap De Klimop" in text
    assert "3512 KL" in text


def test_dutch_characters_and_quotes_survive():
    text = pdf_text(render_pdf(_letter("correctie")))
    assert "\u201cMoeder was erg emotioneel tijdens het gesprek.\u201d" in " ".join(text.split())
    assert "kopieën" in pdf_text(render_pdf(_letter()))


def test_without_the_dejavu_font_the_letter_is_still_made(monkeypatch):
    monkeypatch.setattr(module, "FONT_DIRS", ())
    text = pdf_text(render_pdf(_letter("correctie")))
    assert '"Moeder was erg emotioneel' in " ".join(text.split())
    assert "één maand" in text


def test_long_letter_flows_onto_a_second_page_with_signatures():
    with pymupdf.open(
        stream=render_pdf(_letter("mentor_update", "vriendelijk")), filetype="pdf"
    ) as doc:
        assert doc.page_count == 2
        last = doc[-1].get_text()
        assert "Met vriendelijke groet" in last and "Joost Canarisvogel" in last


def test_only_letters_of_more_than_one_page_get_page_numbers():
    with pymupdf.open(
        stream=render_pdf(_letter("mentor_update", "vriendelijk")), filetype="pdf"
    ) as doc:
        assert "Pagina 1 van 2" in doc[0].get_text()
        assert "Pagina 2 van 2" in doc[1].get_text()
    with pymupdf.open(stream=render_pdf(_letter("bezwaar")), filetype="pdf") as doc:
        assert doc.page_count == 1
        assert "Pagina" not in doc[0].get_text()


# --- Page breaks: the closing stays whole, and no paragraph leaves one line alone ----------

GREETING = "Met vriendelijke groet,"
NAMES = ("Eva Canarisvogel", "Joost Canarisvogel")


def _with_words(letter, words, where=-1):
    """``letter`` with ``words`` numbered filler words ("woord1 woord2 ...") added to one paragraph."""
    paragraphs = list(letter.paragraphs)
    extra = " ".join(f"woord{i}" for i in range(1, words + 1))
    paragraphs[where] = replace(paragraphs[where], text=f"{paragraphs[where].text} {extra}")
    return replace(letter, paragraphs=tuple(paragraphs))


def _page_lines(data):
    """Each page's text lines from top to bottom, without the page number."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return [
            [
                line
                for line in page.get_text().splitlines()
                if line.strip() and not PAGE_NUMBER.match(line)
            ]
            for page in doc
        ]


def _fewest_words(letter, where, until):
    """By construction: the fewest filler words in paragraph ``where`` for which
    ``until(pdf bytes)`` holds (it does not at zero words and keeps holding once it does)."""
    assert not until(render_pdf(letter))
    low, high = 0, 8
    while not until(render_pdf(_with_words(letter, high, where))):
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        if until(render_pdf(_with_words(letter, middle, where))):
            high = middle
        else:
            low = middle
    return high


def _two_pages(data):
    return len(_page_lines(data)) == 2


def test_closing_at_a_page_break_moves_whole_with_the_last_two_body_lines():
    letter = _letter("bezwaar")
    assert letter.closing == GREETING and letter.signatures == NAMES
    first = _fewest_words(letter, -1, until=_two_pages)
    # The break itself and the next few line lengths after it (about ten words a line).
    for words in range(first, first + 48, 6):
        pages = _page_lines(render_pdf(_with_words(letter, words)))
        assert len(pages) == 2, words
        on_page = [i for i, lines in enumerate(pages) if GREETING in lines]
        assert len(on_page) == 1, words
        closing_page = pages[on_page[0]]
        for name in NAMES:
            assert name in closing_page, (words, name, pages[1][:4])
        assert pages[1][0] not in NAMES, (words, pages[1][:4])
        # At least two lines of the last paragraph stand above the greeting on its page.
        before = closing_page[: closing_page.index(GREETING)]
        assert len(before) >= 2 and "woord" in before[-1], (words, before[-2:])
        assert before[-2] not in letter.sender_lines, (words, before[-2:])


def _marked_lines_per_page(data):
    """Per page, how many lines hold the marked paragraph's words ("alinea1", ...)."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return [
            len({round(w[1]) for w in page.get_text("words") if w[4].startswith("alinea")})
            for page in doc
        ]


def test_no_body_paragraph_leaves_a_single_line_alone_at_a_page_break():
    base = _letter("bezwaar")
    marked = Paragraph(" ".join(f"alinea{i}" for i in range(1, 61)))
    # A short letter: two paragraphs, one to grow, the marked one, and the last one.
    letter = replace(
        base, paragraphs=(*base.paragraphs[:2], Paragraph("Vooraf."), marked, base.paragraphs[-1])
    )
    [total] = _marked_lines_per_page(render_pdf(letter))
    assert total >= 5
    # Grow the paragraph before the marked one until the marked one no longer fits on page 1,
    # then on, line by line, until it stands wholly on page 2.
    first = _fewest_words(letter, 2, until=lambda data: _marked_lines_per_page(data)[0] < total)
    seen = set()
    for words in range(first, first + 63, 7):  # fewer words than one line holds
        counts = _marked_lines_per_page(render_pdf(_with_words(letter, words, where=2)))
        assert 1 not in counts and sum(counts) == total, (words, counts)
        seen.add(tuple(counts))
    assert {(total - 2, 2), (2, total - 2), (0, total)} <= seen, seen
