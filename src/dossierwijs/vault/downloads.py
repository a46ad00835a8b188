"""File names that leave the app: in a download's header, a ZIP, a terminal.

A name comes from whoever made the file, so it may hold a carriage return (which
would split an HTTP header), an escape sequence (which a terminal obeys), or a
right-to-left override that shows "rapport\u202efdp.exe" as "rapportexe.pdf". Every
place that hands a name on goes through here.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote


def displayable(text: str) -> str:
    """Text for a terminal or a list: control characters become a space, invisible
    format characters (bidi overrides, zero-width marks) are left out."""
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc":
            out.append(" ")
        elif category != "Cf":
            out.append(ch)
    return " ".join("".join(out).split())


def for_terminal(text: str) -> str:
    """Output for a terminal: line breaks and tabs stay, other control characters (an
    escape sequence, a carriage return that overwrites the line) become a space, and
    invisible format characters are left out. Layout is kept, unlike ``displayable``."""
    return "".join(
        ch
        if ch in "\n\t"
        else " "
        if unicodedata.category(ch) == "Cc"
        else ""
        if unicodedata.category(ch) == "Cf"
        else ch
        for ch in text
    )


def safe_name(name: str, fallback: str = "bestand") -> str:
    """A file name to write or offer: displayable, and no folder separators."""
    cleaned = displayable(name).replace("/", "_").replace("\\", "_")
    return fallback if cleaned in ("", ".", "..") else cleaned


def safe_path(path: str) -> str:
    """A path inside a ZIP: each part a safe name, never climbing out with ``..``."""
    return "/".join(safe_name(part) for part in path.split("/") if part not in ("", "."))


def _ascii_fallback(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in plain)


def content_disposition(filename: str, *, inline: bool = False) -> str:
    """A valid Content-Disposition for any name (RFC 6266): a plain ASCII ``filename``
    for old clients, and the exact name as ``filename*`` (UTF-8) when it differs."""
    name = safe_name(filename)
    plain = _ascii_fallback(name)
    value = f'{"inline" if inline else "attachment"}; filename="{plain}"'
    if plain != name:
        value += "; filename*=UTF-8''" + quote(name, safe="")
    return value
