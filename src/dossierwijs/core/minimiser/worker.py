"""Personal-data detection in a process of its own, so the web process stays small.

`deduce` holds about a gigabyte of lookup structures once loaded. In the web process that
memory would stay for good after one abridged copy; here it lives in a worker that is
started in the background (after the vault is unlocked), answers detection requests over
a pipe, and exits by itself after ``IDLE_SECONDS`` without a request. The next request
starts it again. The worker is a fresh interpreter (``python -m``, not a fork), so it holds
nothing of the web process: no vault key, no database connection. It talks over a socket
pair; when the web process ends, the worker sees the socket close and ends too.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
from collections.abc import Iterable
from multiprocessing.connection import Connection
from typing import Any

from dossierwijs.core.minimiser.pii import Finding, TextTooLong

IDLE_SECONDS = 600.0
# Loading deduce takes a few seconds (up to a minute on a busy machine, once after install).
START_SECONDS = 300.0
# Detection is linear in the text and the text is bounded (pii.MAX_CHARACTERS).
DETECT_SECONDS = 300.0


class DetectorUnavailable(RuntimeError):
    """The worker did not answer; ``message`` is Dutch and safe to show."""

    message = (
        "Het zoeken naar persoonsgegevens lukte niet: het hulpprogramma reageerde niet. "
        "Probeer het nog eens."
    )


def _serve(conn: Any, idle_seconds: float) -> None:
    """The worker's loop: load deduce, then answer until idle or the parent is gone."""
    from dossierwijs.core.minimiser import pii  # start-up weight: only the worker loads deduce

    pii.warm_up()
    conn.send(("ready", None))
    while True:
        try:
            if not conn.poll(idle_seconds):
                break  # idle: give the memory back
            request = conn.recv()
        except (EOFError, OSError):
            break  # the web process is gone
        if request is None:
            break
        text, known, extra_terms = request
        try:
            answer: tuple[str, Any] = (
                "ok",
                pii.detect_personal_data(text, known=known, extra_terms=extra_terms),
            )
        except pii.TextTooLong as error:
            answer = ("too_long", error.length)
        except Exception as error:  # noqa: BLE001 - reported to the caller, never lost
            answer = ("error", type(error).__name__)
        try:
            conn.send(answer)
        except (EOFError, OSError):
            break


class Detector:
    """One worker process, started on demand or by ``warm()``; requests one at a time."""

    def __init__(self, idle_seconds: float = IDLE_SECONDS):
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Any = None
        self._ready = False

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def warm(self) -> None:
        """Start the worker in the background, so the first detection does not wait."""
        if self.pid is None:
            threading.Thread(target=self._warm, daemon=True, name="detector-warm-up").start()

    def _warm(self) -> None:
        with self._lock:
            self._start_if_needed()
            self._wait_ready()

    def detect(
        self, text: str, known: Iterable[str] = (), extra_terms: Iterable[str] = ()
    ) -> list[Finding]:
        """``pii.detect_personal_data`` in the worker (raises ``TextTooLong`` the same way)."""
        request = (text, list(known), list(extra_terms))
        with self._lock:
            for attempt in (1, 2):
                self._start_if_needed()
                try:
                    self._wait_ready()
                    self._conn.send(request)
                    if not self._conn.poll(DETECT_SECONDS):
                        self._stop()
                        raise DetectorUnavailable()
                    status, value = self._conn.recv()
                except (EOFError, OSError, BrokenPipeError):
                    # It went idle just as we asked: start a new one and ask again, once.
                    self._stop()
                    if attempt == 2:
                        raise DetectorUnavailable() from None
                    continue
                if status == "ok":
                    return list(value)
                if status == "too_long":
                    raise TextTooLong(value)
                raise DetectorUnavailable()
        raise DetectorUnavailable()

    def stop(self) -> None:
        with self._lock:
            self._stop()

    def _start_if_needed(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        self._stop()
        ours, theirs = socket.socketpair()
        with theirs:
            process = subprocess.Popen(  # noqa: S603 - our own module, no shell
                [sys.executable, "-m", __name__, str(theirs.fileno()), str(self.idle_seconds)],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
            )
        self._process, self._conn, self._ready = process, Connection(ours.detach()), False

    def _wait_ready(self) -> None:
        if self._ready:
            return
        if not self._conn.poll(START_SECONDS):
            self._stop()
            raise DetectorUnavailable()
        status, _ = self._conn.recv()
        self._ready = status == "ready"

    def _stop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(EOFError, OSError):
                self._conn.send(None)
            self._conn.close()
        if self._process is not None:
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
        self._process, self._conn, self._ready = None, None, False


DETECTOR = Detector()


if __name__ == "__main__":  # the worker: python -m dossierwijs.core.minimiser.worker FD IDLE
    _serve(Connection(int(sys.argv[1])), float(sys.argv[2]))
