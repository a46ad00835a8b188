"""deduce's lookup cache kept once per machine, the way pip keeps the wheels it built.

Building deduce's lookup cache costs about a minute and a half of one core (twice that on a
slow day), and a fresh checkout gets a fresh virtual environment without it. Setting up the
same deduce on the same machine again only needs a copy of what was built before. The copy
is kept under ``$XDG_CACHE_HOME/dossierwijs/deduce`` (``~/.cache`` by default;
``DOSSIERWIJS_CACHE_DIR`` overrides it) and named after everything it was built from:
deduce's and docdeid's versions, the Python version and the content of every lookup list.
Only the set-up step uses it (``scripts/setup`` step 5); the app never reads this folder.

Installing a package gives its files the time of the install, so deduce would judge a copied
cache older than its lists and build it again. The copy therefore comes with the lists' file
times set back to a fixed moment long before any build: their content is what the copy's name
vouches for, and deduce (and ``deduce_model.needs_build``) only compares times.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
from importlib import metadata
from pathlib import Path

from dossierwijs.core.minimiser import deduce_model, pii

# 1 January 2000 (UTC): older than any cache deduce can have saved.
_LISTS_TIME = 946_684_800
_KEEP = 2  # fingerprints kept; more would only be other checkouts' older deduce versions


def machine_cache_dir() -> Path:
    chosen = os.environ.get("DOSSIERWIJS_CACHE_DIR")
    if chosen:
        return Path(chosen) / "deduce"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dossierwijs" / "deduce"


def fingerprint(lookup: Path) -> str:
    """A name for a cache built from exactly these lists, by these versions."""
    digest = hashlib.sha256()
    for part in (_version("deduce"), _version("docdeid"), sys.version.split()[0]):
        digest.update(part.encode() + b"\0")
    src = lookup / "src"
    # Compiled bytecode differs per install (it holds the source's time) and is no list.
    lists = (p for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in sorted(lists):
        digest.update(str(path.relative_to(src)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:32]


def restore(lookup: Path, cache_file: Path, saved_dir: Path, key: str) -> bool:
    """Put the machine's copy in place when deduce would otherwise build; True if it did."""
    saved = saved_dir / f"{key}.pickle"
    if not saved.is_file() or not deduce_model.needs_build(lookup, cache_file):
        return False
    with deduce_model.cache_lock(cache_file, exclusive=True):
        partial = cache_file.with_suffix(".copying")
        shutil.copyfile(saved, partial)
        os.replace(partial, cache_file)
        for path in [lookup / "src", *(lookup / "src").rglob("*")]:
            os.utime(path, (_LISTS_TIME, _LISTS_TIME))
    return True


def keep(cache_file: Path, saved_dir: Path, key: str) -> None:
    """Keep a copy of a cache that just loaded, unless the machine has this one already."""
    saved = saved_dir / f"{key}.pickle"
    if saved.is_file() and saved.stat().st_size == cache_file.stat().st_size:
        return
    saved_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = saved.with_suffix(f".{os.getpid()}.partial")
    shutil.copyfile(cache_file, partial)
    os.replace(partial, saved)
    older = sorted(saved_dir.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in older[_KEEP:]:
        stale.unlink(missing_ok=True)


def warm_up() -> None:
    """The set-up step's warm-up: from the machine's copy if there is one, else built once.

    A damaged copy is harmless: deduce_model rebuilds a cache that does not load, and the
    rebuilt one (of another size) replaces the copy.
    """
    lookup, cache_file = deduce_model.cache_paths()
    saved_dir = machine_cache_dir()
    key = fingerprint(lookup)
    with contextlib.suppress(OSError):  # no usable copy (unreadable, no room): build instead
        restore(lookup, cache_file, saved_dir, key)
    pii.warm_up()
    with contextlib.suppress(OSError):  # a read-only or full home: the next checkout builds
        keep(cache_file, saved_dir, key)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"
