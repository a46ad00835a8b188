"""Limits on untrusted files: size, zip ratio, and the time/memory-limited child process."""

from __future__ import annotations

import io
import os
import time
import zipfile

import pytest

from dossierwijs.core.documents import errors
from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.limits import (
    FileLimits,
    check_page_count,
    check_size,
    check_zip,
    iter_limited,
    run_limited,
)

from .builders import make_docx

MB = 1024 * 1024


# Module-level helpers: the child process imports them by name.
def add(a: int, b: int) -> int:
    return a + b


def refuse() -> None:
    raise DocumentError("Dit bestand is niet goed.")


def sleep_long() -> None:
    time.sleep(30)


def spin_cpu() -> None:
    while True:
        pass


def eat_memory() -> bytes:
    return bytes(1024 * MB)


def crash_hard() -> None:
    os.abort()


def count_up(n: int):
    yield from range(n)


def test_an_empty_file_is_refused():
    with pytest.raises(DocumentError) as caught:
        check_size(0)
    assert caught.value.message == errors.EMPTY_FILE


def test_a_file_just_under_the_limit_passes_and_just_over_is_refused():
    limits = FileLimits(max_bytes=10 * MB)
    check_size(10 * MB, limits)
    with pytest.raises(DocumentError) as caught:
        check_size(10 * MB + 1, limits)
    assert "10 MB" in caught.value.message


def test_the_page_limit_allows_exactly_the_maximum():
    check_page_count(2000)
    with pytest.raises(DocumentError):
        check_page_count(2001)


def test_an_ordinary_docx_passes_the_zip_check():
    check_zip(make_docx(["Gewone tekst"] * 200))


def test_a_zip_that_unpacks_a_thousand_times_its_size_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", bytes(20 * MB))
    with pytest.raises(DocumentError) as caught:
        check_zip(buffer.getvalue())
    assert caught.value.message == errors.ZIP_BOMB.format(size="20 MB")


def test_a_zip_over_the_total_unpacked_size_is_refused_even_if_not_dense():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", os.urandom(2 * MB))
    check_zip(buffer.getvalue())
    with pytest.raises(DocumentError):
        check_zip(buffer.getvalue(), FileLimits(max_unpacked_bytes=1 * MB))


def test_a_zip_with_too_many_entries_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(30):
            archive.writestr(f"part{number}.xml", b"x")
    with pytest.raises(DocumentError):
        check_zip(buffer.getvalue(), FileLimits(max_zip_entries=20))


def test_the_child_returns_its_result():
    assert run_limited(add, 2, 3) == 5


def test_a_dutch_refusal_in_the_child_comes_back_unchanged():
    with pytest.raises(DocumentError) as caught:
        run_limited(refuse)
    assert caught.value.message == "Dit bestand is niet goed."


def test_a_child_that_takes_too_long_is_stopped_with_a_dutch_message():
    start = time.monotonic()
    with pytest.raises(DocumentError) as caught:
        run_limited(sleep_long, seconds=1)
    assert time.monotonic() - start < 10
    assert caught.value.message == errors.TIMEOUT.format(seconds=1)


def test_a_child_over_its_cpu_time_is_stopped():
    with pytest.raises(DocumentError) as caught:
        run_limited(spin_cpu, seconds=30, cpu_seconds=1)
    assert caught.value.message == errors.TIMEOUT.format(seconds=30)


def test_a_child_over_its_memory_limit_gives_a_dutch_message():
    with pytest.raises(DocumentError) as caught:
        run_limited(eat_memory, limits=FileLimits(max_memory_bytes=700 * MB))
    assert caught.value.message == errors.OUT_OF_MEMORY


def test_a_crashing_child_gives_a_dutch_message_not_a_traceback():
    with pytest.raises(DocumentError) as caught:
        run_limited(crash_hard)
    assert caught.value.message == errors.PARSER_CRASHED


def test_a_streaming_child_delivers_every_item_in_order():
    assert list(iter_limited(count_up, 5)) == [0, 1, 2, 3, 4]


def test_an_endless_stream_is_refused_after_max_bytes_not_read_whole():
    from dossierwijs.core.documents.extract import ExtractionError, text_from_path

    with pytest.raises(ExtractionError, match="groter dan 1 MB"):
        text_from_path("/dev/zero", FileLimits(max_bytes=1024 * 1024))
