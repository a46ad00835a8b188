"""The backup button: an encrypted file, streamed from disk, nothing left behind."""

import io

from django.urls import reverse

from dossierwijs.vault import backup
from tests.personas import PASSPHRASES, TEST_VAULT_KEY


def test_the_backup_download_is_a_complete_backup_and_leaves_no_file(client_for, family):
    from dossierwijs.dossier.services import import_file

    import_file(vault=family.vault, by=family.ouder, filename="a.txt", data=b"Verslag.")
    before = set(family.data_dir.iterdir())
    response = client_for("ouder").post(reverse("vault:backup"))
    assert response.status_code == 200
    assert response.streaming
    data = b"".join(response.streaming_content)
    response.close()
    assert response["Content-Disposition"].startswith('attachment; filename="dossierwijs-backup-')
    fh = io.BytesIO(data)
    header = backup._read_header(fh)
    key, _entry = header.keyring.open_with(PASSPHRASES["ouder"], ("member",))
    assert key == TEST_VAULT_KEY
    header.check(key)
    kinds = [
        kind for kind, _name, _data in backup._frames_v2(backup._OpeningReader(fh, header, key))
    ]
    assert kinds[0] == b"M" and kinds.count(b"R") > 5 and kinds.count(b"B") == 1
    assert set(family.data_dir.iterdir()) - before <= {family.data_dir / "journal-anchor.json"}
