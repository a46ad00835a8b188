"""Names from files reach the terminal without steering it."""

import pytest

from tests.vault.scripted import cli

pytestmark = pytest.mark.slow

RLO = "\u202e"


def test_import_and_zoek_print_no_override_or_escape_characters(tmp_path):
    folder = tmp_path / "kluis"
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")
    name = tmp_path / f"factuur{RLO}txt.exe\x1b[2J.txt"
    name.write_text("Factuur van de logopedist.", "utf-8")
    out = cli(folder, "import", str(name)).stdout
    assert "factuur" in out
    assert RLO not in out and "\x1b" not in out
    found = cli(folder, "zoek", "logopedist").stdout
    assert "logopedist" in found
    assert RLO not in found and "\x1b" not in found
