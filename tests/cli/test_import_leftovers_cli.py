"""A full disk and a killed import leave nothing behind: no orphan blob, no half file."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.vault.scripted import DOSSIERWIJS, cli, env_for, python

pytestmark = pytest.mark.slow

WORDS = [
    "verslag",
    "leerling",
    "school",
    "ouders",
    "gesprek",
    "afspraken",
    "begeleiding",
    "lezen",
    "rekenen",
    "groep",
]


def _text(size: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(size // 7))[:size]


CHECK = """
import json
from pathlib import Path
from django.conf import settings
from dossierwijs.dossier.models import DocumentVersion, ImportJob
from dossierwijs.vault.blobs import BlobStore
store = BlobStore.for_data_dir(settings.DATA_DIR)
referenced = set(DocumentVersion.objects.values_list("blob_id", flat=True))
referenced |= set(DocumentVersion.objects.values_list("pdf_blob_id", flat=True))
referenced |= set(ImportJob.objects.values_list("upload_blob_id", flat=True))
data = Path(settings.DATA_DIR)
print(json.dumps({
    "orphans": sorted(set(store.all_ids()) - referenced),
    "missing": sorted(b for b in referenced if b and not store.exists(b)),
    "pending": sorted(p.name for p in (data / "pending").glob("*")),
    "temporary": sorted(p.name for p in data.rglob("*.tmp")),
    "documents": DocumentVersion.objects.count(),
}))
"""


def test_a_blob_of_an_import_stopped_before_its_rows_is_removed_at_the_next_unlock(tmp_path):
    folder = tmp_path / "kluis"
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")
    # A process that wrote its blob and was stopped before the rows: exactly what a kill
    # between the two steps leaves.
    python(
        folder,
        """
        import os
        from django.conf import settings
        from dossierwijs.dossier import orphans
        from dossierwijs.vault.blobs import BlobStore
        orphans.put(BlobStore.for_data_dir(settings.DATA_DIR), b"Verslag dat nooit aankwam")
        os._exit(0)
        """,
    )
    # Left behind on disk: the note and the encrypted blob (seen without opening the vault).
    notes = list((folder / "pending").glob("*"))
    assert len(notes) == 1
    blobs_before = {p for p in (folder / "blobs").rglob("*") if p.is_file()}
    # The next unlock (here the check itself, as any login or command) sweeps it.
    after = json.loads(python(folder, CHECK))
    assert after["orphans"] == [] and after["pending"] == [] and after["missing"] == []
    assert len({p for p in (folder / "blobs").rglob("*") if p.is_file()}) == len(blobs_before) - 1
    letter = tmp_path / "brief.txt"
    letter.write_text("Brief van de school over de afspraken.", "utf-8")
    cli(folder, "import", str(letter))
    assert json.loads(python(folder, CHECK))["documents"] == 1


def test_twenty_kills_during_imports_lose_nothing_and_leave_nothing(tmp_path):
    folder = tmp_path / "kluis"
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")
    rng = random.Random(4)
    for number in range(20):
        path = tmp_path / f"verslag-{number}.txt"
        path.write_text(_text(200_000, number), "utf-8")
        process = subprocess.Popen(
            [DOSSIERWIJS, "import", str(path)],
            env=env_for(folder),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    last = tmp_path / "laatste.txt"
    last.write_text("Het laatste verslag.", "utf-8")
    cli(folder, "import", str(last))
    state = json.loads(python(folder, CHECK))
    assert state["orphans"] == [] and state["missing"] == []
    assert state["pending"] == [] and state["temporary"] == []
    assert state["documents"] >= 1
    assert cli(folder, "journal", "verify").returncode == 0


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


FULL_DISK = r"""
set -e
mount -t tmpfs -o size=24m tmpfs "$DATA"
"$DOSSIERWIJS" init --kind Sanne --ouder Eva >/dev/null
dd if=/dev/zero of="$DATA/.filler" bs=1M 2>/dev/null || true
truncate -s -256K "$DATA/.filler"
find "$DATA" -type f ! -name .filler | sort > "$OUT/before.txt"
set +e
"$DOSSIERWIJS" import "$LETTER" > "$OUT/stdout.txt" 2> "$OUT/stderr.txt"
echo $? > "$OUT/rc.txt"
find "$DATA" -type f ! -name .filler ! -name 'vault.db-*' | sort > "$OUT/after.txt"
"""


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare (a small file system of its own)")
def test_a_full_disk_is_named_and_leaves_no_half_file(tmp_path):
    data, out = tmp_path / "kluis", tmp_path / "out"
    data.mkdir()
    out.mkdir()
    letter = tmp_path / "verslag.txt"
    letter.write_text(_text(2_000_000, 1), "utf-8")  # 2 MB, more than the 256 kB left
    env = env_for(data) | {
        "DATA": str(data),
        "OUT": str(out),
        "LETTER": str(letter),
        "DOSSIERWIJS": str(Path(sys.executable).with_name("dossierwijs")),
    }
    subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "bash", "-c", FULL_DISK],
        env=env,
        check=True,
        timeout=300,
    )
    stdout = (out / "stdout.txt").read_text()
    assert (out / "rc.txt").read_text().strip() == "1"
    assert "De schijf is vol" in stdout, stdout
    assert "Traceback" not in (out / "stderr.txt").read_text()
    before = set((out / "before.txt").read_text().split())
    after = set((out / "after.txt").read_text().split())
    assert after - before == set(), "files left behind on the full disk"
