"""Plain text files in whatever encoding a computer saved them (UTF-8, UTF-16, Windows)."""

from __future__ import annotations

from .. import errors
from . import Extracted

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(data: bytes) -> tuple[str, str, bool]:
    """Return ``(text, encoding, guessed)``; ``guessed`` when no BOM or valid UTF-8 told us."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding, False
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Dutch text from Windows and older Macs' exports is nearly always cp1252
    # (a superset of latin-1 for the letters we use). Statistical guessers misjudge short
    # Dutch texts with one or two accents, so we take the likely one and say we guessed.
    return data.decode("cp1252", errors="replace"), "Windows-1252", True


def read_text(data: bytes) -> Extracted:
    text, encoding, guessed = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    warnings = [errors.TEXT_ENCODING_GUESSED.format(encoding=encoding)] if guessed else []
    return Extracted(pages=[text], warnings=warnings)
