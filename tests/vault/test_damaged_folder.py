"""A damaged or foreign data folder gives a clear Dutch message and changes nothing on disk."""

import json

import pytest

from tests.vault.scripted import cli


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_a_damaged_database_is_reported_and_left_as_it_is(tmp_path):
    data = tmp_path / "data"
    cli(data, "init", "--kind", "Sanne", "--ouder", "Eva")
    database = data / "vault.db"
    damaged = bytearray(database.read_bytes())
    damaged[100:4000] = b"\x00" * 3900
    database.write_bytes(bytes(damaged))
    before = _snapshot(data)
    result = cli(data, "journal", "verify", check=False)
    assert result.returncode == 1
    assert "beschadigd" in result.stderr and "Er is niets gewijzigd" in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(data) == before


@pytest.mark.slow
def test_a_foreign_folder_is_not_taken_for_a_vault(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "keyring.json").write_text(json.dumps({"iets": "anders"}))
    before = _snapshot(data)
    result = cli(data, "journal", "verify", check=False)
    assert result.returncode == 1
    assert "hoort niet bij dossierwijs" in result.stderr
    assert _snapshot(data) == before
