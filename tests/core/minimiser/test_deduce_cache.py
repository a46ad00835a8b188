"""A deduce cache built once on a machine is reused by the next checkout's set-up."""

from __future__ import annotations

import os
import time

from dossierwijs.core.minimiser import deduce_cache, deduce_model


def _install(tmp_path, name="venv"):
    """A lookup folder as a fresh install leaves it: lists just written, no cache."""
    lookup = tmp_path / name / "lookup"
    (lookup / "src" / "names").mkdir(parents=True)
    (lookup / "src" / "names" / "items.txt").write_text("Jansen\nDe Vries\n")
    (lookup / "cache").mkdir()
    return lookup, lookup / "cache" / "lookup_structs.pickle"


def test_the_fingerprint_follows_the_lists_content_not_their_times_or_bytecode(tmp_path):
    lookup, _ = _install(tmp_path)
    first = deduce_cache.fingerprint(lookup)
    os.utime(lookup / "src" / "names" / "items.txt", (0, 0))
    assert deduce_cache.fingerprint(lookup) == first
    (lookup / "src" / "__pycache__").mkdir()
    (lookup / "src" / "__pycache__" / "__init__.cpython-311.pyc").write_bytes(b"per install")
    assert deduce_cache.fingerprint(lookup) == first
    (lookup / "src" / "names" / "items.txt").write_text("Jansen\nDe Vries\nBakker\n")
    assert deduce_cache.fingerprint(lookup) != first


def test_a_kept_copy_is_restored_into_a_fresh_install_and_judged_current(tmp_path):
    built_lookup, built_cache = _install(tmp_path, "first")
    built_cache.write_bytes(b"the lookup structures")
    saved_dir = tmp_path / "home-cache"
    key = deduce_cache.fingerprint(built_lookup)
    deduce_cache.keep(built_cache, saved_dir, key)
    assert (saved_dir / f"{key}.pickle").read_bytes() == b"the lookup structures"
    assert oct(saved_dir.stat().st_mode & 0o777) == "0o700"

    lookup, cache_file = _install(tmp_path, "second")
    assert deduce_model.needs_build(lookup, cache_file)
    assert deduce_cache.restore(lookup, cache_file, saved_dir, key)
    assert cache_file.read_bytes() == b"the lookup structures"
    assert not deduce_model.needs_build(lookup, cache_file)
    assert not list(cache_file.parent.glob("*.copying"))
    # deduce's own check: no list folder newer than a cache saved a moment ago.
    newest_list = max(p.stat().st_mtime for p in [lookup / "src", *(lookup / "src").rglob("*")])
    assert newest_list < time.time() - 365 * 24 * 3600


def test_nothing_is_restored_for_other_lists_or_over_a_current_cache(tmp_path):
    lookup, cache_file = _install(tmp_path)
    saved_dir = tmp_path / "home-cache"
    saved_dir.mkdir()
    (saved_dir / "otherkey.pickle").write_bytes(b"built from other lists")
    assert not deduce_cache.restore(lookup, cache_file, saved_dir, deduce_cache.fingerprint(lookup))
    assert not cache_file.exists()
    cache_file.write_bytes(b"current")
    key = deduce_cache.fingerprint(lookup)
    (saved_dir / f"{key}.pickle").write_bytes(b"kept")
    assert not deduce_cache.restore(lookup, cache_file, saved_dir, key)
    assert cache_file.read_bytes() == b"current"


def test_a_damaged_copy_is_replaced_and_only_the_newest_copies_stay(tmp_path):
    lookup, cache_file = _install(tmp_path)
    saved_dir = tmp_path / "home-cache"
    saved_dir.mkdir()
    for age, name in enumerate(["a", "b"]):
        (saved_dir / f"{name}.pickle").write_bytes(b"x")
        os.utime(saved_dir / f"{name}.pickle", (1000 - age, 1000 - age))
    key = deduce_cache.fingerprint(lookup)
    (saved_dir / f"{key}.pickle").write_bytes(b"cut off")  # a copy of another size
    cache_file.write_bytes(b"rebuilt after the damaged copy failed to load")
    deduce_cache.keep(cache_file, saved_dir, key)
    assert (saved_dir / f"{key}.pickle").read_bytes() == cache_file.read_bytes()
    assert sorted(p.name for p in saved_dir.iterdir()) == sorted([f"{key}.pickle", "a.pickle"])


def test_the_machine_folder_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIERWIJS_CACHE_DIR", str(tmp_path / "chosen"))
    assert deduce_cache.machine_cache_dir() == tmp_path / "chosen" / "deduce"
    monkeypatch.delenv("DOSSIERWIJS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert deduce_cache.machine_cache_dir() == tmp_path / "xdg" / "dossierwijs" / "deduce"
