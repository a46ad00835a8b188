"""Constants of the test family (importable from tests as ``tests.personas``)."""

# A fixed key for the test database, so it can be created before any test unlocks.
TEST_VAULT_KEY = bytes(range(32))

PASSPHRASES = {
    "ouder": "paarse olifant danst snel",
    "mede_ouder": "groene kikker zingt hard",
    "kind_16plus": "blauwe vis zwemt ver weg",
    "meelezer": "gele zon schijnt warm nu",
    "outsider": "rode vos rent door bos",
}
