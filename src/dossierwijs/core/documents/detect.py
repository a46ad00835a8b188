"""Tell what a file is from its bytes, never from its name (a PDF called .docx is a PDF)."""

from __future__ import annotations

import io
import re
import zipfile

from .incoming import KIND_LABELS, DocumentKind

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1", b"heim", b"heis")
_EMAIL_HEADER = re.compile(
    rb"^(received|from|to|subject|date|message-id|mime-version|return-path|delivered-to|"
    rb"x-[a-z0-9-]+|content-type|reply-to|cc|dkim-signature|arc-[a-z-]+|"
    rb"authentication-results):[ \t]",
    re.IGNORECASE,
)

# The extensions that name each kind; anything else is only "misleading" if it names another kind.
EXTENSIONS: dict[DocumentKind, frozenset[str]] = {
    DocumentKind.PDF: frozenset({"pdf"}),
    DocumentKind.DOCX: frozenset({"docx", "docm", "dotx"}),
    DocumentKind.ODT: frozenset({"odt", "ott"}),
    DocumentKind.TEXT: frozenset({"txt", "text", "md", "csv", "log"}),
    DocumentKind.EML: frozenset({"eml", "mht", "mhtml"}),
    DocumentKind.MSG: frozenset({"msg"}),
    DocumentKind.JPEG: frozenset({"jpg", "jpeg", "jfif"}),
    DocumentKind.PNG: frozenset({"png"}),
    DocumentKind.HEIC: frozenset({"heic", "heif"}),
    DocumentKind.OLD_WORD: frozenset({"doc", "dot"}),
}


def detect_kind(data: bytes) -> DocumentKind:
    """Return the format of ``data`` by its content (magic bytes, zip members, headers)."""
    head = data[:4096]
    # PDF readers accept the marker anywhere in the first kilobyte, so we do too.
    if b"%PDF-" in head[:1024]:
        return DocumentKind.PDF
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(data)
    if head.startswith(b"\xff\xd8\xff"):
        return DocumentKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return DocumentKind.PNG
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return DocumentKind.HEIC
    if _looks_like_email(head):
        return DocumentKind.EML
    if _looks_like_text(head):
        return DocumentKind.TEXT
    return DocumentKind.UNKNOWN


def misleading_extension(kind: DocumentKind, filename: str) -> str | None:
    """The extension if it names a *different* known kind than the content (else ``None``)."""
    name = filename.rsplit("/", 1)[-1]
    if "." not in name:
        return None
    extension = name.rsplit(".", 1)[-1].lower()
    if extension in EXTENSIONS.get(kind, frozenset()):
        return None
    named = [other for other, exts in EXTENSIONS.items() if extension in exts]
    if not named or (kind is DocumentKind.TEXT and named[0] is DocumentKind.EML):
        return None
    return extension


def kind_label(kind: DocumentKind) -> str:
    return KIND_LABELS[kind]


def _zip_kind(data: bytes) -> DocumentKind:
    # Reading the central directory decompresses nothing, so it is safe before the limit checks.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size < 200 and info.compress_type == zipfile.ZIP_STORED:
                    mimetype = archive.read("mimetype")
                    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
                        return DocumentKind.ODT
            if "word/document.xml" in names and "[Content_Types].xml" in names:
                return DocumentKind.DOCX
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        if b"word/" in data[:2048]:
            return DocumentKind.DOCX  # a damaged Word file: let the reader give its message
    return DocumentKind.UNKNOWN


def _ole_kind(data: bytes) -> DocumentKind:
    # Outlook stores its fields in streams named __substg1.0_<tag>, in UTF-16 directory entries.
    if "__substg1.0_".encode("utf-16-le") in data:
        return DocumentKind.MSG
    if "WordDocument".encode("utf-16-le") in data:
        return DocumentKind.OLD_WORD
    return DocumentKind.UNKNOWN


def _looks_like_email(head: bytes) -> bool:
    lines = head.lstrip().splitlines()[:20]
    headers = sum(1 for line in lines if _EMAIL_HEADER.match(line))
    return bool(lines) and _EMAIL_HEADER.match(lines[0]) is not None and headers >= 2


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return control <= len(head) // 100
