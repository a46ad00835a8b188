"""The one test at the production Argon2 cost: every other test runs with DOSSIERWIJS_FAST_KDF.

tests/conftest.py turns on the cheap parameters for the whole suite and makes the family
once per test process; this proves that a real vault's keyring entry is wrapped with the
production parameters, stores them, and opens with them (and only with its passphrase).
"""

from __future__ import annotations

import pytest

from dossierwijs.vault import crypto
from dossierwijs.vault.keyring import KeyEntry, Keyring, WrongSecret

pytestmark = pytest.mark.slow  # three Argon2id derivations of 64 MiB each

PASSPHRASE = "paarse olifant danst snel"


def test_a_real_vault_entry_uses_and_keeps_the_production_argon2_cost(monkeypatch, tmp_path):
    monkeypatch.delenv("DOSSIERWIJS_FAST_KDF")
    production = crypto.KdfParams()
    assert (production.time_cost, production.memory_cost, production.parallelism) == (3, 65536, 2)
    vault_key = crypto.new_vault_key()

    keyring = Keyring.new()
    keyring.add(KeyEntry.wrap(vault_key, PASSPHRASE, "member"))
    keyring.save(tmp_path)

    entry = Keyring.load(tmp_path).entries[0]
    assert entry.kdf == production.as_dict()
    assert entry.unwrap(PASSPHRASE) == vault_key
    with pytest.raises(WrongSecret):
        entry.unwrap("paarse olifant danst langzaam")
