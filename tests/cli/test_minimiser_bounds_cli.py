"""`dossierwijs verkort` on hostile files: stopped within its bounds, with a Dutch message."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DOSSIERWIJS = str(Path(sys.executable).with_name("dossierwijs"))


def huge_content_pdf(unpacked: int) -> bytes:
    """One page whose content stream unpacks to ``unpacked`` bytes of drawing operators."""
    unit = b"0 0 m 100 100 l S\n"
    block = unit * (16 * 1024 * 1024 // len(unit))
    packer = zlib.compressobj(9)
    parts, done = [], 0
    while done < unpacked:
        parts.append(packer.compress(block))
        done += len(block)
    stream = b"".join(parts) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def docx_bomb(path: Path, unpacked: int) -> None:
    """A .docx whose document.xml unpacks to ``unpacked`` bytes (written in pieces)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (16 * 1024 * 1024)
            for _ in range(unpacked // len(chunk)):
                member.write(chunk)


def verkort(tmp_path: Path, source: Path, seconds: int = 20) -> subprocess.CompletedProcess:
    env = dict(os.environ, DOSSIERWIJS_ABRIDGE_SECONDS=str(seconds))
    return subprocess.run(
        [DOSSIERWIJS, "verkort", str(source), str(tmp_path / "uit.pdf"), "--verwijder", "Sanne"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_verkort_stops_a_page_that_unpacks_to_hundreds_of_megabytes(tmp_path):
    source = tmp_path / "groot.pdf"
    source.write_bytes(huge_content_pdf(256 * 1024 * 1024))
    started = time.monotonic()
    result = verkort(tmp_path, source, seconds=15)
    assert result.returncode == 1
    assert "duurde te lang" in result.stderr or "geheugen" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "realloc" not in result.stderr
    assert not (tmp_path / "uit.pdf").exists()
    assert time.monotonic() - started < 90


def test_verkort_refuses_a_word_zip_bomb_before_libreoffice(tmp_path):
    source = tmp_path / "bom.docx"
    docx_bomb(source, 640 * 1024 * 1024)
    started = time.monotonic()
    result = verkort(tmp_path, source)
    assert result.returncode == 1
    assert "pakt uit tot veel meer gegevens" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert time.monotonic() - started < 30
