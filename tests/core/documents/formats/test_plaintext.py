"""Text files in UTF-8, UTF-16 and Windows encoding."""

from __future__ import annotations

from dossierwijs.core.documents.formats.plaintext import decode_text, read_text

DUTCH = "Ruzie in de klas; Noë kreeg een café-bon. Zo’n dag!"


def test_utf8_is_read_without_guessing():
    assert decode_text(DUTCH.encode("utf-8")) == (DUTCH, "utf-8", False)


def test_a_byte_order_mark_decides_the_encoding():
    assert decode_text(DUTCH.encode("utf-16"))[0] == DUTCH
    assert decode_text(DUTCH.encode("utf-8-sig"))[0] == DUTCH


def test_windows_text_is_read_as_cp1252_and_marked_as_a_guess():
    text, encoding, guessed = decode_text(DUTCH.encode("cp1252"))
    assert text == DUTCH and encoding == "Windows-1252" and guessed


def test_windows_line_endings_become_plain_newlines():
    assert read_text(b"een\r\ntwee\rdrie").pages == ["een\ntwee\ndrie"]
