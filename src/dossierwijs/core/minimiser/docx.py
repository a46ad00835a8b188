"""DOCX → PDF for the minimiser, through LibreOffice without a window.

LibreOffice only reads from and writes to files, so this is the one place where a document
touches the disk: a private scratch folder (``core.scratch``, mode 700) that holds the input,
the PDF and a throwaway LibreOffice profile, and that is removed as soon as the PDF is read
back into memory, also when the conversion fails, and at the next start if we were killed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from dossierwijs.core import scratch
from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.limits import check_zip


class ConversionError(Exception):
    """The document could not be converted; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def libreoffice_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(data: bytes, timeout: int = 120) -> bytes:
    """Convert a Word document (bytes) to PDF (bytes).

    A zip bomb is refused before LibreOffice sees it (the same check as the import).
    """
    try:
        check_zip(data)
    except DocumentError as error:
        raise ConversionError(error.message) from None
    binary = libreoffice_binary()
    if binary is None:
        raise ConversionError(
            "LibreOffice is niet geïnstalleerd; Word-bestanden omzetten lukt niet."
        )
    with scratch.workdir("docx") as workdir:
        return _convert(binary, workdir, data, timeout)


def _convert(binary: str, workdir: Path, data: bytes, timeout: int) -> bytes:
    try:
        source = workdir / "document.docx"
        source.write_bytes(data)
        profile = (workdir / "profile").as_uri()
        result = subprocess.run(
            [
                binary,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(workdir),
                str(source),
            ],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        target = workdir / "document.pdf"
        if result.returncode != 0 or not target.exists():
            raise ConversionError("Dit Word-bestand kon niet naar PDF worden omgezet.")
        return target.read_bytes()
    except subprocess.TimeoutExpired as exc:
        raise ConversionError("Het omzetten van dit Word-bestand duurde te lang.") from exc
