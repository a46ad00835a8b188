"""A Word conversion killed halfway leaves nothing behind after the next start."""

import os
import signal
import subprocess
import sys
import time

import pytest

from dossierwijs.core import scratch
from dossierwijs.core.minimiser.docx import libreoffice_binary
from tests.vault.scripted import DOSSIERWIJS

CONVERT = """
import sys
from dossierwijs.core.minimiser.docx import docx_to_pdf
from tests.documents import docx_with_text
docx_to_pdf(docx_with_text("Verslag over Sanne Canarisvogel en haar dyslexie."), timeout=120)
"""


def _folders_of(pid: int) -> list:
    return [p for p in scratch.root().iterdir() if p.name.startswith(f"docx-{pid}-")]


def test_a_workdir_is_private_and_removed_after_use():
    with scratch.workdir("docx") as folder:
        assert oct(folder.stat().st_mode & 0o777) == "0o700"
        assert oct(scratch.root().stat().st_mode & 0o777) == "0o700"
        (folder / "document.docx").write_bytes(b"x")
    assert not folder.exists()


@pytest.mark.slow
@pytest.mark.skipif(libreoffice_binary() is None, reason="LibreOffice is not installed")
def test_a_conversion_killed_halfway_is_cleaned_up_at_the_next_start():
    process = subprocess.Popen(
        [sys.executable, "-c", CONVERT],
        start_new_session=True,  # its own group: the kill takes LibreOffice with it
        cwd=os.getcwd(),
    )
    try:
        deadline = time.monotonic() + 60
        while not _folders_of(process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        folders = _folders_of(process.pid)
        assert folders, "the conversion never started"
        time.sleep(0.5)  # LibreOffice is busy with the file now
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert all(f.exists() for f in folders)  # left behind by the kill
    subprocess.run([DOSSIERWIJS, "--help"], capture_output=True, check=True, timeout=60)
    assert not any(f.exists() for f in folders)
