"""deduce's lookup cache is judged the same in every process, and rebuilt only alone."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

from deduce import __version__ as deduce_version
from deduce.lookup_structs import validate_lookup_struct_cache

from dossierwijs.core.minimiser import deduce_model


def _lookup_folder(tmp_path, *, lists_age_minutes, cache_age_minutes):
    lookup = tmp_path / "lookup"
    (lookup / "src" / "names").mkdir(parents=True)
    (lookup / "cache").mkdir()
    now = time.time()
    for path in (lookup / "src", lookup / "src" / "names"):
        os.utime(path, (now - lists_age_minutes * 60,) * 2)
    cache_file = lookup / "cache" / "lookup_structs.pickle"
    cache_file.write_bytes(b"")
    os.utime(cache_file, (now - cache_age_minutes * 60,) * 2)
    return lookup, cache_file


def test_a_cache_newer_than_every_list_needs_no_build(tmp_path):
    lookup, cache_file = _lookup_folder(tmp_path, lists_age_minutes=10, cache_age_minutes=5)
    assert not deduce_model.needs_build(lookup, cache_file)


def test_a_list_changed_after_the_cache_or_no_cache_means_a_build(tmp_path):
    lookup, cache_file = _lookup_folder(tmp_path, lists_age_minutes=5, cache_age_minutes=10)
    assert deduce_model.needs_build(lookup, cache_file)
    cache_file.unlink()
    assert deduce_model.needs_build(lookup, cache_file)


def test_a_cache_saved_in_utc_stays_valid_for_a_process_in_amsterdam(tmp_path, monkeypatch):
    # The install step (UTC) saved the cache five minutes after the lists were installed;
    # Django runs in Europe/Amsterdam. deduce's own check reads both as naive local times.
    lookup, _ = _lookup_folder(tmp_path, lists_age_minutes=10, cache_age_minutes=5)
    saved = (datetime.now(UTC) - timedelta(minutes=5)).replace(tzinfo=None).isoformat()
    cache = {"deduce_version": deduce_version, "saved_datetime": saved}
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        # What every Django process did: an hour "too old", so it rebuilt the cache.
        assert not validate_lookup_struct_cache(cache, lookup, deduce_version)
        with deduce_model._process_time_zone_utc():
            assert validate_lookup_struct_cache(cache, lookup, deduce_version)
        assert os.environ["TZ"] == "Europe/Amsterdam", "the process time zone is put back"
    finally:
        monkeypatch.undo()
        time.tzset()
