"""Run dossierwijs in a separate process on a real data folder, as a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
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


# `dossierwijs init` migrates a new database from nothing: some 1.5 s of CPU, most of a
# short CLI test. A test process runs it for real the first time per arguments and keeps a
# copy of the folder; later tests with the same arguments get that copy (and the same
# output). A second init with the same arguments within one test still runs for real, so
# two vaults a test makes never share a key. Tests of init itself see the real command.
_INIT_COPIES: dict[tuple, tuple[Path, subprocess.CompletedProcess]] = {}
_INIT_COPIES_USED: dict[tuple, str] = {}


def _init_key(args: tuple[str, ...], passphrase: str) -> tuple:
    settings = sorted(
        (name, value)
        for name, value in os.environ.items()
        if name.startswith("DOSSIERWIJS_") and name != "DOSSIERWIJS_DATA_DIR"
    )
    return (args, passphrase, tuple(settings))


def _current_test() -> str:
    return os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]


def _fresh_folder(data_dir: Path) -> bool:
    return not data_dir.exists() or not any(data_dir.iterdir())


def init_or_copy(data_dir: Path, args: tuple[str, ...], passphrase: str, run):
    """``run()`` (the real ``dossierwijs init``), or a copy of what it made before."""
    key = _init_key(args, passphrase)
    test = _current_test()
    fresh = _fresh_folder(data_dir)
    copy = _INIT_COPIES.get(key)
    if copy is not None and fresh and test and _INIT_COPIES_USED.get(key) != test:
        _INIT_COPIES_USED[key] = test
        shutil.copytree(copy[0], data_dir, dirs_exist_ok=True)
        return copy[1]
    result = run()
    if result.returncode == 0 and fresh and copy is None and test:
        folder = Path(tempfile.mkdtemp(prefix="dossierwijs-init-")) / "data"
        shutil.copytree(data_dir, folder)
        _INIT_COPIES[key] = (folder, result)
        _INIT_COPIES_USED[key] = test
    return result


def _run(data_dir: Path, args: tuple[str, ...], passphrase: str):
    return subprocess.run(
        [DOSSIERWIJS, *args],
        env=env_for(data_dir, passphrase),
        capture_output=True,
        text=True,
        timeout=120,
    )


def cli(data_dir: Path, *args: str, passphrase: str = PASSPHRASE, check: bool = True):
    if args[:1] == ("init",):
        result = init_or_copy(
            Path(data_dir), args, passphrase, lambda: _run(data_dir, args, passphrase)
        )
    else:
        result = _run(data_dir, args, passphrase)
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
