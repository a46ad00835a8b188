"""OCR with tesseract (Dutch model), one process per page, pages in parallel over the cores.

Images go to tesseract as an in-memory file (memfd, never on disk; stdin where there is no
memfd) and text comes back through stdout; the searchable PDF of a photo comes back through a
named pipe. No recognised text and no page image is ever written to a disk file.

Why memfd rather than stdin: tesseract reads stdin byte by byte, which cost about 6% extra CPU
per page in bench/import.py; from a (memory) file it reads as fast as from a normal file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache

from . import errors
from .errors import DocumentError
from .limits import helper_preexec
from .tick_boxes import Word, dark_pixels, find_tick_boxes, with_tick_boxes

TESSERACT = "tesseract"
LANGUAGE = "nld"
# Mean word confidence (0-100) under which we tell the parent the page was read badly.
# Clean Dutch scans score 85-95; text in another script read as Dutch scores far below 50.
LOW_CONFIDENCE = 60.0


@dataclass
class OcrResult:
    """Text of one image; ``confidence`` is tesseract's mean word confidence (0-100)."""

    text: str
    confidence: float | None
    words: int

    @property
    def low_confidence(self) -> bool:
        return self.confidence is not None and self.confidence < LOW_CONFIDENCE


def available_workers() -> int:
    """The cores this process may use (not the machine's total when a container limits it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@lru_cache(maxsize=4)
def tesseract_ready(lang: str = LANGUAGE) -> bool:
    """True when tesseract and its ``lang`` model are installed."""
    if shutil.which(TESSERACT) is None:
        return False
    result = subprocess.run(
        [TESSERACT, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    return lang in result.stdout.split()


def _environment() -> dict[str, str]:
    # We run one tesseract per core ourselves; OpenMP threads inside each would only compete.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _command(source: str, lang: str, *outputs: str, out: str = "stdout") -> list[str]:
    return [TESSERACT, source, out, "-l", lang, "--psm", "3", *outputs]


@contextlib.contextmanager
def _image_source(image: bytes) -> Iterator[tuple[str, tuple[int, ...], bytes | None]]:
    """Yield ``(source argument, fds to pass, stdin bytes)`` for handing ``image`` over."""
    if not hasattr(os, "memfd_create"):  # pragma: no cover - not Linux
        yield "stdin", (), image
        return
    fd = os.memfd_create("dossierwijs-page", os.MFD_CLOEXEC)
    try:
        view = memoryview(image)
        while view:
            view = view[os.write(fd, view) :]
        yield f"/dev/fd/{fd}", (fd,), None
    finally:
        os.close(fd)


def ocr_image(image: bytes, lang: str = LANGUAGE, timeout: float = 180.0) -> OcrResult:
    """Recognise the text on one image (PNG, JPEG or TIFF bytes)."""
    try:
        with _image_source(image) as (source, fds, stdin):
            result = subprocess.run(
                _command(source, lang, "tsv"),
                input=stdin,
                capture_output=True,
                timeout=timeout,
                env=_environment(),
                pass_fds=fds,
                preexec_fn=helper_preexec(),  # noqa: PLW1509 - prctl only, before exec
                check=False,
            )
    except FileNotFoundError as exc:
        raise DocumentError(errors.OCR_MISSING) from exc
    except subprocess.TimeoutExpired as exc:
        raise DocumentError(errors.TIMEOUT.format(seconds=round(timeout))) from exc
    if result.returncode != 0:
        if b"Failed loading language" in result.stderr:
            raise DocumentError(errors.OCR_MISSING)
        raise DocumentError(errors.OCR_FAILED.format(page=1))
    return parse_tsv(result.stdout.decode("utf-8", errors="replace"), image)


def parse_tsv(tsv: str, image: bytes | None = None) -> OcrResult:
    """Turn tesseract's TSV (one row per word) into lines and paragraphs, plus confidence.

    With the page ``image``, its tick boxes go into the lines as ☐ ☒ ■ (``tick_boxes``)."""
    words = _tsv_words(tsv)
    count = len(words)
    letters = sum(len(word.text) for word in words)
    weighted = sum(word.confidence * len(word.text) for word in words)
    if image is not None:
        ink = dark_pixels(image)
        if ink is not None:
            words = with_tick_boxes(words, find_tick_boxes(ink))
    lines: list[str] = []
    current: list[str] = []
    line_key: tuple[str, ...] | None = None
    for word in words:
        if word.line != line_key:
            if current:
                lines.append(" ".join(current))
            if line_key is not None and word.line[:3] != line_key[:3]:
                lines.append("")
            current, line_key = [], word.line
        current.append(word.text)
    if current:
        lines.append(" ".join(current))
    confidence_mean = weighted / letters if letters else None
    return OcrResult("\n".join(lines), confidence_mean, count)


def _tsv_words(tsv: str) -> list[Word]:
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        confidence = float(cells[10])
        if not text or confidence < 0:
            continue
        left, top, width, height = (int(cell) for cell in cells[6:10])
        words.append(Word(tuple(cells[1:5]), left, top, width, height, text, confidence))
    return words


def ocr_pages(
    pages: Iterable[tuple[int, bytes]],
    lang: str = LANGUAGE,
    workers: int | None = None,
    timeout: float = 180.0,
    on_page: Callable[[int, OcrResult | DocumentError], None] | None = None,
) -> dict[int, OcrResult | DocumentError]:
    """OCR ``(number, image)`` pairs, ``workers`` at a time (default: every available core).

    ``pages`` may be a lazy iterator (pages rendered while others are being read); at most two
    images per worker are held in memory. A page that fails gives its error, not an exception.
    """
    workers = workers or available_workers()
    results: dict[int, OcrResult | DocumentError] = {}
    running: dict[Future[OcrResult], int] = {}

    def collect(done: Iterable[Future[OcrResult]]) -> None:
        for future in done:
            number = running.pop(future)
            try:
                outcome: OcrResult | DocumentError = future.result()
            except DocumentError as error:
                outcome = error
            results[number] = outcome
            if on_page is not None:
                on_page(number, outcome)

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        for number, image in pages:
            running[pool.submit(ocr_image, image, lang, timeout)] = number
            if len(running) >= 2 * workers:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                collect(done)
        collect(wait(running).done)
    return results


def searchable_pdf(
    image: bytes, lang: str = LANGUAGE, timeout: float = 180.0
) -> tuple[bytes, OcrResult]:
    """One tesseract run gives both a searchable PDF (image plus invisible text) and the text.

    Tesseract writes its outputs to ``<base>.pdf`` and ``<base>.tsv``; those two names are named
    pipes (FIFOs) in a private temporary folder, so the text never lands on disk.
    """
    folder = tempfile.mkdtemp(prefix="dossierwijs-ocr-")
    base = os.path.join(folder, "page")
    outputs = {"pdf": bytearray(), "tsv": bytearray()}
    keep_open: list[int] = []
    readers: list[threading.Thread] = []
    try:
        for extension, buffer in outputs.items():
            fifo = f"{base}.{extension}"
            os.mkfifo(fifo, 0o600)
            reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
            # Holding a writer open ourselves means the reader waits (instead of seeing an
            # early end) until tesseract has opened, written and closed its side.
            keep_open.append(os.open(fifo, os.O_WRONLY))
            os.set_blocking(reader, True)
            thread = threading.Thread(target=_drain, args=(reader, buffer), daemon=True)
            thread.start()
            readers.append(thread)
        try:
            result = subprocess.run(
                _command("stdin", lang, "pdf", "tsv", out=base),
                input=image,
                capture_output=True,
                timeout=timeout,
                env=_environment(),
                preexec_fn=helper_preexec(),  # noqa: PLW1509 - prctl only, before exec
                check=False,
            )
        except FileNotFoundError as exc:
            raise DocumentError(errors.OCR_MISSING) from exc
        except subprocess.TimeoutExpired as exc:
            raise DocumentError(errors.TIMEOUT.format(seconds=round(timeout))) from exc
        finally:
            for fd in keep_open:
                os.close(fd)
            keep_open.clear()
            for thread in readers:
                thread.join(timeout)
        if result.returncode != 0 or not outputs["pdf"].startswith(b"%PDF"):
            raise DocumentError(errors.OCR_FAILED.format(page=1))
        return bytes(outputs["pdf"]), parse_tsv(
            outputs["tsv"].decode("utf-8", errors="replace"), image
        )
    finally:
        for fd in keep_open:
            os.close(fd)
        shutil.rmtree(folder, ignore_errors=True)


def _drain(fd: int, buffer: bytearray) -> None:
    with os.fdopen(fd, "rb") as stream:
        while chunk := stream.read(65536):
            buffer.extend(chunk)
