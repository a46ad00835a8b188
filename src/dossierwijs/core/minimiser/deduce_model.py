"""The one `deduce` model of this process, loaded safely from its shared lookup cache.

deduce keeps an 80 MB pickle of its lookup lists next to its own code and rebuilds it
(a minute or more) when it thinks a list is newer than the pickle. Two things made that
go wrong here, each seen in CI:

- deduce compares *naive local* times: the file times in the process's time zone against
  the moment the pickle was saved, in the time zone of whoever saved it. Django sets the
  process time zone to Europe/Amsterdam; the install step and the detector worker run in
  the machine's (UTC). So a cache built at install time looked an hour too old to every
  Django process, and each of them rebuilt it.
- Those rebuilds wrote the same file at once, or were killed half-way, and left a pickle
  that failed every later start.

So the model is built with the process time zone set to UTC (the same for every process),
and under a file lock: readers share it; a (re)build, decided from plain file times, takes
it alone.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import importlib.util
import logging
import os
import pickle
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_model: Any = None
_model_lock = threading.Lock()


def model() -> Any:
    """deduce's model, built once per process (seconds from the cache, a minute without)."""
    global _model
    with _model_lock:
        if _model is None:
            _model = _load()
            # deduce's lookup tries are millions of long-lived objects. Without this every
            # full garbage collection walks them all again, and on a long text (many spans
            # made and dropped) that made detection super-linear: 1 MB took minutes.
            gc.freeze()
        return _model


def _load() -> Any:
    import deduce

    logging.getLogger().setLevel(max(logging.getLogger().level, logging.WARNING))
    lookup, cache_file = cache_paths()
    with _process_time_zone_utc():
        try:
            with cache_lock(cache_file, exclusive=needs_build(lookup, cache_file)):
                return deduce.Deduce()
        except (EOFError, ValueError, pickle.UnpicklingError):
            # A cache cut off by a killed process: build it again, alone.
            with cache_lock(cache_file, exclusive=True):
                cache_file.unlink(missing_ok=True)
                return deduce.Deduce()


def cache_paths() -> tuple[Path, Path]:
    """deduce's lookup folder (its lists under ``src``) and the cache file it keeps there."""
    spec = importlib.util.find_spec("deduce")
    assert spec is not None and spec.origin is not None, "deduce is a dependency"
    lookup = Path(spec.origin).parent / "data" / "lookup"
    return lookup, lookup / "cache" / "lookup_structs.pickle"


def needs_build(lookup: Path, cache_file: Path) -> bool:
    """Whether deduce will (re)build its cache: missing, or a source list changed after it.

    Plain file times (seconds since the epoch) do not depend on any time zone.
    """
    try:
        built = cache_file.stat().st_mtime
    except OSError:
        return True
    return any(path.stat().st_mtime > built for path in (lookup / "src").glob("**"))


@contextlib.contextmanager
def _process_time_zone_utc() -> Iterator[None]:
    """deduce's cache check reads naive local times; make them the same in every process.

    Changing the process time zone is global, but only for the seconds of this load, and
    the app reads time zone aware times (USE_TZ) that do not depend on it.
    """
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@contextlib.contextmanager
def cache_lock(cache_file: Path, exclusive: bool) -> Iterator[None]:
    """Readers of deduce's lookup cache share this lock; building it takes it alone."""
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        handle = open(cache_file.with_suffix(".lock"), "a")  # noqa: SIM115
    except OSError:  # a read-only installation: its cache was built at install time
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
