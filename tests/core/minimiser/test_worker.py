"""The detector's worker process: same answers as in-process, gone when idle, back on demand."""

from __future__ import annotations

import time

import pytest

from dossierwijs.core.minimiser.pii import MAX_CHARACTERS, TextTooLong, detect_personal_data
from dossierwijs.core.minimiser.worker import Detector

pytestmark = pytest.mark.slow  # the worker loads deduce

TEXT = "Geef Sanne een rustige plek. Bel mevrouw Dijkhuizen op 030-2345678 of mail m.d@example.nl."


def test_the_worker_answers_as_detection_in_this_process_and_leaves_when_idle():
    detector = Detector(idle_seconds=2)
    try:
        detector.warm()
        time.sleep(0.5)
        assert detector.pid is not None  # started in the background
        found = detector.detect(TEXT, known=["Sanne Canarisvogel"])
        assert found == detect_personal_data(TEXT, known=["Sanne Canarisvogel"])
        with pytest.raises(TextTooLong):
            detector.detect("a" * (MAX_CHARACTERS + 1))
        deadline = time.monotonic() + 30
        while detector.pid is not None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert detector.pid is None  # idle: it gave its memory back
        assert detector.detect(TEXT) == detect_personal_data(TEXT)  # and comes back
    finally:
        detector.stop()
    assert detector.pid is None
