"""Temporary blob files: a killed writer's go at once, a running writer's stay."""

from __future__ import annotations

import os
import subprocess
import sys

from dossierwijs.dossier import orphans


def test_a_dead_writers_temporary_goes_and_a_running_ones_stays(data_dir):
    folder = data_dir / "blobs" / "ab"
    folder.mkdir(parents=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    gone = folder / f".abcdef.{dead.stdout.strip()}-1a2b3c4d.tmp"
    mine = folder / f".abcdef.{os.getpid()}-5e6f7a8b.tmp"
    gone.write_bytes(b"encrypted bytes of a killed import")
    mine.write_bytes(b"encrypted bytes being written now")
    orphans.sweep()
    assert not gone.exists()
    assert mine.exists()


def test_a_killed_writers_keyring_or_anchor_temporary_goes(data_dir):
    # vault/files.py writes the keyring, the journal anchor and the readers' files through a
    # temporary file; a kill between writing and renaming left one behind for good.
    from dossierwijs.vault import files

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    ).stdout.strip()
    (data_dir / "readers").mkdir(exist_ok=True)
    gone = [
        data_dir / f".journal-anchor.json.{dead}-1a2b3c4d.tmp",
        data_dir / f".keyring.json.{dead}-5e6f7a8b.tmp",
        data_dir / "readers" / f".{'a' * 32}.json.{dead}-9c0d1e2f.tmp",
    ]
    mine = data_dir / f".journal-anchor.json.{os.getpid()}-0a0b0c0d.tmp"
    for path in [*gone, mine]:
        path.write_bytes(b"{}")
    orphans.sweep()
    assert [p for p in gone if p.exists()] == []
    assert mine.exists()
    # and the writer names its temporary so the sweep can tell whose it is
    temporary = files._write_temp(data_dir / "probe.json", b"x")
    assert temporary.name.startswith(f".probe.json.{os.getpid()}-")
    assert orphans._TEMPORARY_WRITER.search(temporary.name).group(1) == str(os.getpid())
    temporary.unlink()
