"""Open untrusted files only inside limits: size, pages, zip ratio, time and memory.

Parsers (pymupdf, zip readers, image decoders) run in a child process with ``RLIMIT_AS`` and
``RLIMIT_CPU`` set and a wall-clock timeout, so a hostile or broken file costs at most a few
seconds and a bounded amount of memory, and never takes the web worker down with it.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import io
import multiprocessing
import os
import resource
import signal
import stat
import sys
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from . import errors
from .errors import DocumentError

T = TypeVar("T")

MB = 1024 * 1024


@dataclass(frozen=True)
class FileLimits:
    """How much one file may cost us. The defaults suit a family dossier on a small computer."""

    max_bytes: int = 100 * MB
    max_pages: int = 2000
    max_seconds: float = 60.0  # wall clock, to open and read one file
    max_cpu_seconds: int = 60
    max_memory_bytes: int = 2048 * MB  # address space of the parsing child
    max_unpacked_bytes: int = 500 * MB  # everything inside a .docx/.odt together
    max_unpack_ratio: float = 100.0  # unpacked / packed; ordinary office files stay under ~20
    max_zip_entries: int = 10_000
    max_image_pixels: int = 80_000_000  # a 12-megapixel phone photo is 12_000_000
    max_attachments: int = 50
    max_email_depth: int = 3  # an e-mail attached to an e-mail attached to an e-mail
    ocr_seconds_per_page: float = 180.0
    # Per file: a 2,000-page scan would keep the computer busy for half an hour. Pages past
    # these bounds are kept (the file is stored whole) but not read; the parent is told.
    ocr_max_pages: int = 500
    ocr_max_seconds: float = 15 * 60


DEFAULT_LIMITS = FileLimits()


def check_size(size: int, limits: FileLimits = DEFAULT_LIMITS) -> None:
    """Refuse an empty file or one over ``max_bytes`` (call it on Content-Length, too)."""
    if size == 0:
        raise DocumentError(errors.EMPTY_FILE)
    if size > limits.max_bytes:
        raise DocumentError(errors.TOO_LARGE.format(limit=errors.human_size(limits.max_bytes)))


def read_file(path: str | os.PathLike[str], limits: FileLimits = DEFAULT_LIMITS) -> bytes:
    """Read a file from disk, refusing it before it is read whole when it is too large.

    A regular file is judged by its size on disk; anything else (a pipe, ``/dev/zero``) is
    read in pieces and refused as soon as it passes ``max_bytes``, so memory stays bounded.
    ``OSError`` (missing, unreadable) is left to the caller.
    """
    with open(path, "rb") as stream:
        if stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            check_size(os.fstat(stream.fileno()).st_size, limits)
            data = stream.read(limits.max_bytes + 1)  # the file may grow while we read
        else:
            chunks: list[bytes] = []
            read = 0
            while read <= limits.max_bytes and (
                chunk := stream.read(min(8 * MB, limits.max_bytes + 1 - read))
            ):
                chunks.append(chunk)
                read += len(chunk)
            data = b"".join(chunks)
    check_size(len(data), limits)
    return data


def check_page_count(pages: int, limits: FileLimits = DEFAULT_LIMITS) -> None:
    if pages > limits.max_pages:
        raise DocumentError(errors.TOO_MANY_PAGES.format(pages=pages, limit=limits.max_pages))


def check_zip(data: bytes, limits: FileLimits = DEFAULT_LIMITS) -> None:
    """Refuse a zip (.docx, .odt) that unpacks to far more than it weighs: a zip bomb.

    Only the central directory is read; nothing is decompressed. The sizes there can lie, so
    the memory limit of the parsing child is the second line of defence.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a readable zip: the format reader gives the "damaged" message
    unpacked = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries)
    too_many = len(entries) > limits.max_zip_entries
    too_big = unpacked > limits.max_unpacked_bytes
    # Small files may compress very well (an empty style sheet); only large ratios matter.
    too_dense = unpacked > 10 * MB and unpacked > limits.max_unpack_ratio * max(packed, 1)
    if too_many or too_big or too_dense:
        raise DocumentError(errors.ZIP_BOMB.format(size=errors.human_size(unpacked)))


def run_limited(
    func: Callable[..., T],
    *args: Any,
    limits: FileLimits = DEFAULT_LIMITS,
    seconds: float | None = None,
    cpu_seconds: int | None = None,
) -> T:
    """Run ``func(*args)`` in a limited child process and return its (picklable) result.

    A :class:`DocumentError` raised in the child comes back as the same error; a timeout,
    memory exhaustion or crash becomes a :class:`DocumentError` with a Dutch message.
    ``func`` must be a module-level function (it is sent to the child by reference).
    """
    for kind, payload in _run_child(func, args, False, limits, seconds, cpu_seconds):
        if kind == "result":
            return payload  # type: ignore[no-any-return]
    raise DocumentError(errors.UNEXPECTED)


def run_bounded(
    func: Callable[..., T],
    *args: Any,
    seconds: float,
    memory_bytes: int = DEFAULT_LIMITS.max_memory_bytes,
    cpu_seconds: int | None = None,
    **kwargs: Any,
) -> T:
    """Any heavy work on an untrusted file (an abridged copy, a consent-form check, a preview)
    in the limited child: at most ``seconds`` wall clock, ``memory_bytes`` address space.

    Keyword arguments are passed on; ``func`` must be importable by name and its result
    picklable. Exceeding a bound raises :class:`DocumentError` with a Dutch message; helper
    programs the child starts inherit the memory bound.
    """
    limits = FileLimits(max_seconds=seconds, max_memory_bytes=memory_bytes)
    target = functools.partial(func, **kwargs) if kwargs else func
    cpu = cpu_seconds if cpu_seconds is not None else max(1, int(seconds))
    return run_limited(target, *args, limits=limits, cpu_seconds=cpu)


def iter_limited(
    func: Callable[..., Iterator[T]],
    *args: Any,
    limits: FileLimits = DEFAULT_LIMITS,
    seconds: float | None = None,
    cpu_seconds: int | None = None,
) -> Iterator[T]:
    """Like :func:`run_limited` for a generator: items arrive while the child still works.

    ``seconds`` is the longest wait for each next item. The child blocks when the parent
    does not read, so a slow consumer keeps memory bounded.
    """
    for kind, payload in _run_child(func, args, True, limits, seconds, cpu_seconds):
        if kind == "item":
            yield payload


def _context() -> Any:
    # forkserver: children fork from a small clean server (with the parsers imported once),
    # not from a multi-threaded web worker, and start in milliseconds.
    # "__main__" is imported once in the server too; otherwise every child re-imports the
    # program's main module before it can start (tens of milliseconds per file).
    context = multiprocessing.get_context("forkserver")
    package = "dossierwijs.core.documents"
    preload = [
        f"{package}.forkserver_guard",
        "__main__",
        f"{package}.pipeline",
        f"{package}.formats.preload",
    ]
    context.set_forkserver_preload(preload)
    return context


def _run_child(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    streaming: bool,
    limits: FileLimits,
    seconds: float | None,
    cpu_seconds: int | None,
) -> Iterator[tuple[str, Any]]:
    wall = seconds if seconds is not None else limits.max_seconds
    cpu = cpu_seconds if cpu_seconds is not None else limits.max_cpu_seconds
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child_main,
        args=(sender, func, args, streaming, limits.max_memory_bytes, cpu),
        daemon=True,
    )
    process.start()
    sender.close()
    try:
        while True:
            if not receiver.poll(wall):
                raise DocumentError(errors.TIMEOUT.format(seconds=round(wall)))
            try:
                kind, payload = receiver.recv()
            except Exception:  # EOF, or a message cut off when the child died mid-send
                process.join(5)
                raise DocumentError(_crash_message(process.exitcode, wall)) from None
            if kind == "error":
                raise DocumentError(payload)
            yield kind, payload
            if kind in ("result", "done"):
                return
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)


_EXIT_NO_MEMORY = 3
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int | None = None) -> None:
    """Ask the kernel to kill this process when its parent ends (Linux ``PR_SET_PDEATHSIG``).

    For helper processes (the parsing child, tesseract): a ``kill -9`` of an import must not
    leave them running. ``parent_pid`` closes the race of a parent that died just before.
    Elsewhere than Linux this does nothing.
    """
    prctl = _prctl()
    if prctl is None:  # pragma: no cover - not Linux
        return
    prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != (parent_pid or os.getppid()) or os.getppid() == 1:
        os._exit(1)


@functools.cache
def _prctl() -> Callable[..., int] | None:
    try:
        return ctypes.CDLL(None, use_errno=True).prctl  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return None


def helper_preexec() -> Callable[[], None]:
    """A ``preexec_fn`` for ``subprocess``: the helper program dies with this process.

    The C function is looked up here, in the parent, so the child only calls it.
    """
    _prctl()
    parent = os.getpid()
    return lambda: die_with_parent(parent)


def _crash_message(exitcode: int | None, wall: float) -> str:
    if exitcode == _EXIT_NO_MEMORY:
        return errors.OUT_OF_MEMORY
    if exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
        return errors.TIMEOUT.format(seconds=round(wall))
    if exitcode in (-signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS):
        return errors.PARSER_CRASHED  # a C parser gave up on (or was hurt by) this file
    return errors.UNEXPECTED


def _child_main(
    sender: Connection,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    streaming: bool,
    memory: int,
    cpu: int,
) -> None:
    code = 0
    try:
        # The fork server is our parent; it ends when the web worker or command ends.
        die_with_parent()
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
        try:
            if streaming:
                for item in func(*args):
                    sender.send(("item", item))
                sender.send(("done", None))
            else:
                sender.send(("result", func(*args)))
        except DocumentError as error:
            sender.send(("error", error.message))
        except BrokenPipeError:
            raise  # the parent stopped listening (it was stopped): nothing to tell anyone
        except Exception as error:
            ours = type(error).__module__.startswith("dossierwijs.")
            message = getattr(error, "message", None)
            if ours and isinstance(message, str) and message:
                # The project's own refusals (ConversionError, …) carry a Dutch ``message``.
                sender.send(("error", message))
                return
            if isinstance(error, MemoryError) or isinstance(error.__context__, MemoryError):
                raise MemoryError from error
            # The parent shows a calm Dutch message; the details go to the log, not to parents.
            traceback.print_exc(file=sys.stderr)
            sender.send(("error", errors.UNEXPECTED))
    except MemoryError:
        code = _EXIT_NO_MEMORY  # even a message may not fit now: the exit code says it
    except BaseException:
        code = 1
    finally:
        with contextlib.suppress(Exception):
            sender.close()
            sys.stderr.flush()
        os._exit(code)  # skip interpreter teardown: the parent only waits for the pipe
