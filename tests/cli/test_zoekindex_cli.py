"""`dossierwijs zoekindex`: an index that lost its rows is rebuilt from the documents."""

import pytest

from tests.vault.scripted import cli, python

pytestmark = pytest.mark.slow


def test_zoekindex_rebuilds_an_index_that_lost_its_rows(tmp_path):
    folder = tmp_path / "kluis"
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")
    letter = tmp_path / "verslag.txt"
    letter.write_text("Verslag van de logopedist over de spraak van Sanne.", "utf-8")
    cli(folder, "import", str(letter))
    assert "logopedist" in cli(folder, "zoek", "logopedist").stdout
    assert "De zoekindex klopt: 1 documenten" in cli(folder, "zoekindex").stdout

    python(
        folder,
        "from django.db import connection\nconnection.cursor().execute('DELETE FROM dossier_fts')",
    )
    assert "Niets gevonden" in cli(folder, "zoek", "logopedist").stdout
    out = cli(folder, "zoekindex").stdout
    assert "kent 0 van de 1 documenten" in out
    assert "opnieuw opgebouwd: 1 documenten" in out
    assert "logopedist" in cli(folder, "zoek", "logopedist").stdout
