"""A blob written as it arrives (a recording): chunked AES-256-GCM, read whole or by range."""

from __future__ import annotations

import os

import pytest

from dossierwijs.vault import crypto
from dossierwijs.vault.blobs import BlobDamaged, BlobStore

CHUNK = crypto.CHUNK_BYTES


def stream(store: BlobStore, data: bytes, step: int = 7000) -> str:
    writer = store.writer()
    for i in range(0, len(data), step):
        writer.write(data[i : i + step])
    blob_id, new = writer.close()
    assert new
    return blob_id


@pytest.fixture
def store(tmp_path):
    return BlobStore(tmp_path / "blobs", crypto.new_vault_key())


@pytest.mark.parametrize("size", [0, 1, 100, CHUNK, CHUNK + 1, 3 * CHUNK, 200_003])
def test_a_streamed_blob_reads_back_whole_and_by_range(store, size):
    data = os.urandom(size)
    blob_id = stream(store, data)
    assert blob_id == store.blob_id(data)  # the same id as a blob put whole
    assert store.get(blob_id) == data
    assert store.size(blob_id) == size
    assert b"".join(store.iter_range(blob_id)) == data
    for start, end in ((0, 0), (5, 70_000), (CHUNK - 1, CHUNK), (size - 10, size - 1)):
        if 0 <= start < size:
            assert b"".join(store.iter_range(blob_id, start, end)) == data[start : end + 1]
    assert [p.name for p in store.root.iterdir() if p.is_file()] == []  # no temporary left


def test_the_file_is_encrypted_and_not_much_larger(store):
    data = b"Nachtegaalopname " * 20_000
    blob_id = stream(store, data)
    raw = store._path(blob_id).read_bytes()
    assert b"Nachtegaal" not in raw
    chunks = -(-len(data) // CHUNK)
    assert (
        len(raw) == crypto.BLOB_HEADER_BYTES + crypto.CHUNKED_PREFIX_BYTES + len(data) + 16 * chunks
    )


def test_a_changed_dropped_or_cut_off_chunk_does_not_open(store):
    data = os.urandom(3 * CHUNK + 10)
    blob_id = stream(store, data)
    path = store._path(blob_id)
    good = path.read_bytes()
    body = crypto.BLOB_HEADER_BYTES + crypto.CHUNKED_PREFIX_BYTES
    changed = bytearray(good)
    changed[body + CHUNK + 40] ^= 1
    full = CHUNK + 16
    for bad in (
        bytes(changed),
        good[: body + full] + good[body + 2 * full :],  # a chunk dropped
        good[: body + 3 * full],  # the last chunk cut off: chunk 2 is not marked last
    ):
        path.write_bytes(bad)
        with pytest.raises(BlobDamaged):
            store.get(blob_id)
    path.write_bytes(good)
    assert store.get(blob_id) == data


def test_a_streamed_blob_moved_to_another_name_does_not_open(store):
    first, second = os.urandom(1000), os.urandom(1000)
    one, two = stream(store, first), stream(store, second)
    store._path(two).write_bytes(store._path(one).read_bytes())
    with pytest.raises(BlobDamaged):
        store.get(two)


def test_renewing_the_vault_key_and_a_meelezer_key_work_on_a_streamed_blob(store):
    data = os.urandom(2 * CHUNK + 5)
    blob_id = stream(store, data)
    new_key = crypto.new_vault_key()
    store.rewrap(blob_id, new_key)
    renewed = BlobStore(store.root, new_key, store._id_key)
    assert renewed.get(blob_id) == data
    sealed = store._path(blob_id).read_bytes()
    assert crypto.open_blob_with_data_key(renewed.data_key(blob_id), sealed, blob_id) == data


def test_blobs_put_whole_still_read_and_an_identical_stream_is_stored_once(store):
    data = os.urandom(5000)
    blob_id, _new = store.put(data)
    assert store.size(blob_id) == 5000
    assert b"".join(store.iter_range(blob_id, 10, 19)) == data[10:20]
    writer = store.writer()
    writer.write(data)
    assert writer.close() == (blob_id, False)
    assert store.get(blob_id) == data  # the one-piece file was kept


def test_an_aborted_stream_leaves_nothing(store):
    writer = store.writer()
    writer.write(os.urandom(3 * CHUNK))
    writer.abort()
    assert [p for p in store.root.rglob("*") if p.is_file()] == []
