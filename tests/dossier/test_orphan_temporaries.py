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
