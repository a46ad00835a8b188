"""Run dossierwijs in a separate process on a real data folder, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

PASSPHRASE = "paarse olifant danst snel"
DOSSIERWIJS = str(Path(sys.executable).with_name("dossierwijs"))


def env_for(data_dir: Path, passphrase: str = PASSPHRASE) -> dict:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)  # these tests are about the embedded default
    env.update(
        DOSSIERWIJS_DATA_DIR=str(data_dir),
        DOSSIERWIJS_PASSPHRASE=passphrase,
        DOSSIERWIJS_FAST_KDF="1",
    )
    return env


def cli(data_dir: Path, *args: str, passphrase: str = PASSPHRASE, check: bool = True):
    result = subprocess.run(
        [DOSSIERWIJS, *args],
        env=env_for(data_dir, passphrase),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"dossierwijs {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
        )
    return result


def python(data_dir: Path, code: str, passphrase: str = PASSPHRASE) -> str:
    """Run code after unlocking the vault with the passphrase; return its stdout."""
    prelude = textwrap.dedent(
        """
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dossierwijs.settings")
        import django
        django.setup()
        from dossierwijs.vault import services
        member = services.login_with_passphrase(os.environ["DOSSIERWIJS_PASSPHRASE"])
        vault = member.vault
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        env=env_for(data_dir, passphrase),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise AssertionError(f"script failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout
