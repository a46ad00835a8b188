import pymupdf

from dossierwijs.core.letters import render_pdf as module
from dossierwijs.core.letters.registry import write_letter
from dossierwijs.core.letters.render_pdf import render_pdf
from tests.core.letters.letter_extract import pdf_text
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
