"""A crafted backup cannot make the reader allocate or hash without bound before it checks.

Everything here is read before anything is authenticated: the header's length, the Argon2
parameters of its key entries, and each chunk's length.
"""

from __future__ import annotations

import io
import json
import struct

import pytest

from dossierwijs.vault import backup, crypto, keyring

ENTRY = {
    "id": "a" * 32,
    "kind": "member",
    "kdf": {"t": 3, "m": 64 * 1024, "p": 2},
    "salt": "AAAAAAAAAAAAAAAAAAAAAA==",
    "wrapped": "AAAA",
    "created": "2026-12-01T10:00:00+00:00",
}


class RecordingFile(io.BytesIO):
    """Remembers the largest read the backup reader asked for."""

    largest = 0

    def read(self, size=-1):
        self.largest = max(self.largest, size)
        return super().read(size)


def _backup_bytes(entry: dict, *, header_length: int | None = None) -> bytes:
    header = json.dumps({"vault_id": "v", "entries": [entry]}).encode()
    length = len(header) if header_length is None else header_length
    return backup.MAGIC + struct.pack(">I", length) + header + b"\0" * backup.TAG_BYTES


def test_a_header_claiming_gigabytes_is_refused_without_reading_them():
    fh = RecordingFile(_backup_bytes(ENTRY, header_length=0xFFFF_FFFF))
    with pytest.raises(backup.BackupError, match="beschadigd"):
        backup._read_header(fh)
    assert fh.largest <= backup.MAX_HEADER


@pytest.mark.parametrize(
    "kdf",
    [
        {"t": 3, "m": 2**40, "p": 2},  # a terabyte of memory
        {"t": 2**31, "m": 64 * 1024, "p": 2},  # years of hashing
        {"t": 3, "m": 64 * 1024, "p": 0},
        {"t": "3", "m": 64 * 1024, "p": 2},
        {"t": 3, "m": 64 * 1024},
    ],
)
def test_argon2_parameters_out_of_bounds_are_refused_before_any_key_is_derived(
    kdf, tmp_path, monkeypatch
):
    def no_derivation(*args, **kwargs):
        raise AssertionError("a key was derived from parameters nobody checked")

    monkeypatch.setattr(crypto, "derive_key", no_derivation)
    path = tmp_path / "vreemd.dwbackup"
    path.write_bytes(_backup_bytes({**ENTRY, "kdf": kdf}))
    with pytest.raises(backup.BackupError, match="beschadigd"):
        backup.restore_backup(path, tmp_path / "data", "een wachtzin")
    assert not (tmp_path / "data").exists()


def test_a_chunk_claiming_gigabytes_is_refused_without_reading_it():
    header = backup._read_header(io.BytesIO(_backup_bytes(ENTRY)))
    fh = RecordingFile(struct.pack(">I", 0xFFFF_FFFF) + b"x" * 64)
    reader = backup._OpeningReader(fh, header, b"\1" * 32)
    with pytest.raises(backup.BackupError, match="beschadigd"):
        reader.read(1)
    assert fh.largest <= backup.MAX_SEALED_CHUNK


def test_the_parameters_this_app_writes_are_within_bounds():
    for params in (crypto.KdfParams(), keyring.kdf_params()):
        assert crypto.KdfParams.from_dict(params.as_dict()) == params
    fast = crypto.KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    assert crypto.KdfParams.from_dict(fast.as_dict()) == fast


def test_a_keyring_file_with_unbounded_parameters_is_called_damaged(tmp_path):
    from dossierwijs.vault.keyring import FILENAME, FORMAT, Keyring, KeyringError

    raw = {
        "app": "dossierwijs",
        "format": FORMAT,
        "vault_id": "v",
        "entries": [{**ENTRY, "kdf": {"t": 3, "m": 2**40, "p": 2}}],
    }
    (tmp_path / FILENAME).write_text(json.dumps(raw), "utf-8")
    with pytest.raises(KeyringError, match="beschadigd"):
        Keyring.load(tmp_path)
