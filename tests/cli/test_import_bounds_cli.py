"""`dossierwijs import` under hostile input and a hard kill: bounded memory, Dutch messages,
and no helper process (parsing child, tesseract) that outlives the import."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.vault.scripted import DOSSIERWIJS, cli, env_for

pytestmark = pytest.mark.slow


def test_import_of_an_endless_stream_is_refused_in_dutch(tmp_path):
    folder = tmp_path / "kluis"
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")
    result = cli(folder, "import", "/dev/zero", check=False)
    assert result.returncode == 1
    assert "groter dan 100 MB" in result.stdout
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    folder = tmp_path / "kluis"
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")
    sparse = tmp_path / "groot.pdf"
    with open(sparse, "wb") as stream:
        stream.truncate(1024**3)  # 1 GiB that takes no disk space
    started = time.monotonic()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "maxrss=%M", DOSSIERWIJS, "import", str(sparse)],
        env=env_for(folder),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "groter dan 100 MB" in result.stdout
    peak_kib = int(result.stderr.rsplit("maxrss=", 1)[1].split()[0])
    assert peak_kib < 400 * 1024, f"{peak_kib} KiB resident for a refused file"
    assert time.monotonic() - started < 60


def _children() -> dict[int, int]:
    """pid -> parent pid of every live (not zombie) process."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z":
            found[int(entry.name)] = int(fields[1])
    return found


def _descendants(root: int) -> set[int]:
    parents = _children()
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def _scan(pages: int) -> bytes:
    import pymupdf

    scan = pymupdf.open()
    for number in range(pages):
        source = pymupdf.open()
        page = source.new_page()
        text = f"Verslag van het gesprek op school, pagina {number + 1}. " * 30
        page.insert_textbox(pymupdf.Rect(60, 60, 540, 780), text, fontsize=12)
        image = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY).tobytes("png")
        target = scan.new_page(width=page.rect.width, height=page.rect.height)
        target.insert_image(target.rect, stream=image)
    return scan.tobytes(deflate=True)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_helpers_end_with_a_killed_import(tmp_path):
    folder = tmp_path / "kluis"
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(_scan(12))
    for attempt in range(3):  # three real kills, each while tesseract runs
        output = tmp_path / f"import-{attempt}.txt"
        process = subprocess.Popen(
            [DOSSIERWIJS, "import", str(scan)],
            env=env_for(folder),
            stdout=output.open("wb"),
            stderr=subprocess.STDOUT,
        )
        helpers: set[int] = set()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and process.poll() is None:
            helpers = _descendants(process.pid)
            if any(_name(pid) == "tesseract" for pid in helpers):
                break
            time.sleep(0.05)
        started = any(_name(pid) == "tesseract" for pid in helpers)
        assert started, f"OCR never started: {output.read_text(errors='replace')[-2000:]}"
        assert len(helpers) >= 3, "expected the fork server, the parsing child and tesseract"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
        # At once, not when tesseract has finished its page and finds nobody listening.
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline and helpers & set(_children()):
            time.sleep(0.1)
        left = {pid: _name(pid) for pid in helpers & set(_children())}
        assert left == {}, f"kill {attempt + 1}: helpers still running: {left}"
