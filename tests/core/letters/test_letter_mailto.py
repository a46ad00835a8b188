from urllib.parse import parse_qs, unquote, urlsplit

from dossierwijs.core.letters.mailto import mailto_link, mailto_warnings
from dossierwijs.core.letters.registry import write_letter
from tests.core.letters.letter_family import family_context, sample_input


def test_mailto_link_carries_to_cc_subject_and_body():
    letter = write_letter("bezwaar", sample_input("bezwaar"), family_context(), "vriendelijk")
    link = mailto_link(letter)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "administratie@klimop.example"
    query = parse_qs(parts.query)
    assert query["cc"] == ["joost@example.nl"]
    assert query["subject"] == [letter.subject]
    assert query["body"][0].replace("\r\n", "\n") == letter.body_text()
    assert " " not in link and "\n" not in link


def test_mailto_warns_that_attachments_do_not_go_along():
    letter = write_letter("aanbieding", sample_input("aanbieding"), family_context(), "zakelijk")
    assert any("Bijlagen gaan niet mee" in w for w in mailto_warnings(letter))


def test_long_letters_get_a_length_warning():
    letter = write_letter("inzage", sample_input("inzage"), family_context(), "zakelijk")
    assert any("lang" in w for w in mailto_warnings(letter))
    short = write_letter("bezwaar", sample_input("bezwaar"), family_context(), "vriendelijk")
    assert mailto_warnings(short) == []
