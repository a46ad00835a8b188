"""`dossierwijs journal verify` from outside: a deleted tail is not 'compleet en ongewijzigd'."""

import pytest

from tests.vault.scripted import cli, python

pytestmark = pytest.mark.slow

DELETE_LAST_ROWS = """
from django.db import connection
from dossierwijs.vault.journal_model import JournalEntry
last = list(JournalEntry.objects.filter(vault=vault).order_by("-seq").values_list("pk", flat=True)[:2])
with connection.cursor() as cursor:
    cursor.execute("DELETE FROM vault_journalentry WHERE id IN (%s, %s)", last)
"""


def test_journal_verify_fails_after_the_last_rows_are_deleted(tmp_path):
    folder = tmp_path / "kluis"
    cli(folder, "init", "--kind", "Sanne", "--ouder", "Eva")
    cli(folder, "backup", str(tmp_path / "k.dwbackup"))  # one more entry
    assert "compleet en ongewijzigd" in cli(folder, "journal", "verify").stdout
    python(folder, DELETE_LAST_ROWS)
    result = cli(folder, "journal", "verify", check=False)
    assert result.returncode == 1
    assert "compleet en ongewijzigd" not in result.stdout
    assert "gewijzigd of beschadigd" in result.stderr
    assert "Traceback" not in result.stderr
