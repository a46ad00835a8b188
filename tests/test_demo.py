"""The example family: made only in an empty folder, marked on every page, removed whole."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.urls import reverse

from dossierwijs.vault import keyholder

pytestmark = pytest.mark.slow


@pytest.fixture
def example(client, db, data_dir):
    keyholder.lock()
    response = client.post(reverse("demo_start"))
    assert response["Location"] == reverse("vault:home")
    return client


def test_the_example_holds_every_part(example):
    from dossierwijs.consent.models import Consent
    from dossierwijs.dossier.models import Document
    from dossierwijs.rights.models import RightsRequest
    from dossierwijs.sharing.models import ShareEvent
    from dossierwijs.vault.models import Vault

    vault = Vault.objects.get()
    assert vault.is_demo and vault.recovery_confirmed
    titles = set(Document.objects.values_list("title", flat=True))
    assert len(titles) >= 5  # four papers and the request letter
    assert RightsRequest.objects.get().is_waiting
    assert Consent.objects.count() == 1 and ShareEvent.objects.count() == 1


@pytest.mark.parametrize(
    "name", ["vault:home", "dossier:list", "letters:list", "consent:list", "sharing:ledger"]
)
def test_every_page_says_it_is_an_example(example, name):
    html = example.get(reverse(name)).content.decode()
    assert "Dit is het verzonnen gezin Canarisvogel" in html
    assert "Voorbeeld verwijderen en zelf beginnen" in html


def test_removing_the_example_empties_the_folder_and_opens_the_wizard(example, data_dir):
    response = example.post(reverse("demo_remove"))
    assert response["Location"] == reverse("vault:welcome")
    assert list(data_dir.iterdir()) == []
    assert "Welkom bij dossierwijs" in example.get(reverse("vault:welcome")).content.decode()


def test_no_example_where_a_vault_already_is(client, family):
    keyholder.lock()
    response = client.post(reverse("demo_start"))
    assert response["Location"] == reverse("vault:login")
    keyholder.unlock(family_key())
    from dossierwijs.vault.models import Vault

    assert not Vault.objects.filter(is_demo=True).exists()


def test_a_real_vault_is_never_removed_as_an_example(client_for, family):
    response = client_for("ouder").post(reverse("demo_remove"))
    assert response.status_code == 404
    assert (family.data_dir / "keyring.json").exists()


def family_key():
    from tests.personas import TEST_VAULT_KEY

    return TEST_VAULT_KEY


def test_the_command_makes_the_example_in_a_folder_of_its_own(tmp_path):
    real = tmp_path / "echt"
    env = {**os.environ, "DOSSIERWIJS_DATA_DIR": str(real)}
    made = subprocess.run(
        [sys.executable, "-m", "dossierwijs", "demo", "--alleen-maken"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "echt-voorbeeld" / "keyring.json").exists()
    assert not real.exists()
    assert "Wachtzin van het voorbeeld" in made.stdout
    again = subprocess.run(
        [sys.executable, "-m", "dossierwijs", "demo", "--alleen-maken"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert again.returncode == 0 and "staat al" in again.stdout


def test_the_example_is_never_made_in_a_folder_with_other_files(client, db, data_dir):
    keyholder.lock()
    (data_dir / "scriptie.docx").write_bytes(b"mijn eigen bestand")
    response = client.post(reverse("demo_start"), follow=True)
    assert "In de gegevensmap staan al andere bestanden" in response.content.decode()
    assert not (data_dir / "keyring.json").exists()
    assert (data_dir / "scriptie.docx").read_bytes() == b"mijn eigen bestand"


def test_removing_the_example_leaves_what_someone_put_there_later(example, data_dir):
    (data_dir / "later-neergezet.txt").write_text("van iemand anders")
    (data_dir / "map-van-iemand").mkdir()
    (data_dir / "map-van-iemand" / "x.txt").write_text("ook")
    example.post(reverse("demo_remove"))
    assert sorted(p.name for p in data_dir.iterdir()) == ["later-neergezet.txt", "map-van-iemand"]


def test_the_command_refuses_a_folder_with_other_files(tmp_path):
    (tmp_path / "thuis").mkdir()
    (tmp_path / "thuis" / "foto.jpg").write_bytes(b"\xff\xd8")
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "dossierwijs",
            "demo",
            "--alleen-maken",
            "--map",
            str(tmp_path / "thuis"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "DOSSIERWIJS_DATA_DIR": str(tmp_path / "echt")},
        timeout=120,
    )
    assert made.returncode == 2 and "al andere bestanden" in made.stderr
    assert [p.name for p in (tmp_path / "thuis").iterdir()] == ["foto.jpg"]
