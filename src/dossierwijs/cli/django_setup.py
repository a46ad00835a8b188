"""Starting Django and unlocking the vault from the command line."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dossierwijs.settings")
    import django

    django.setup()


def read_secret(args, prompt: str = "Wachtzin: ") -> str:
    """The passphrase from --passphrase-file, DOSSIERWIJS_PASSPHRASE, or typed in."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            return Path(path).read_text("utf-8").rstrip("\r\n")
        except OSError:
            print(f"Het bestand {path} kan niet worden gelezen.", file=sys.stderr)
            raise SystemExit(2) from None
    if os.environ.get("DOSSIERWIJS_PASSPHRASE"):
        return os.environ["DOSSIERWIJS_PASSPHRASE"]
    if not sys.stdin.isatty():
        print("Geef de wachtzin met --passphrase-file of DOSSIERWIJS_PASSPHRASE.", file=sys.stderr)
        raise SystemExit(2)
    return getpass.getpass(prompt)


def add_passphrase_option(parser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="BESTAND",
        help="lees de wachtzin uit dit bestand (of zet DOSSIERWIJS_PASSPHRASE)",
    )


def unlock(args):
    """Set up Django, unlock with a member's passphrase, and return that member."""
    setup_django()
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.vault import services
    from dossierwijs.vault.keyring import WrongSecret

    try:
        return services.login_with_passphrase(read_secret(args))
    except WrongSecret:
        print("Deze wachtzin opent de kluis niet. Er is niets gewijzigd.", file=sys.stderr)
        raise SystemExit(1) from None
    except services.VaultError as exc:
        print(exc.message, file=sys.stderr)
        raise SystemExit(1) from None
