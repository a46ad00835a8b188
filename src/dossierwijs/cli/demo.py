"""`dossierwijs demo`: the example family in a folder of its own, and a browser to see it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dossierwijs import config

from . import add_command
from .django_setup import setup_django


def register(subparsers) -> None:
    demo = add_command(
        subparsers,
        "demo",
        "maak een voorbeeldkluis met een verzonnen gezin en open hem in uw browser",
        description=(
            "Maakt het voorbeeldgezin Canarisvogel in een eigen map (nooit in de map van uw "
            "echte kluis) en start dossierwijs daarop. Alles is verzonnen; elke pagina zegt "
            "dat het een voorbeeld is."
        ),
    )
    demo.add_argument(
        "--map",
        metavar="PAD",
        help="de map voor het voorbeeld (standaard: uw gegevensmap met -voorbeeld erachter)",
    )
    demo.add_argument("--port", type=int, default=8001, help="poort (standaard 8001)")
    demo.add_argument(
        "--alleen-maken", action="store_true", help="alleen maken, dossierwijs niet starten"
    )
    demo.set_defaults(handler=cmd_demo)


def example_folder(args) -> Path:
    if args.map:
        return Path(args.map).expanduser()

    real = config.data_dir()
    return real.with_name(real.name + "-voorbeeld")


def cmd_demo(args) -> int:
    folder = example_folder(args)

    if folder.resolve() == config.data_dir().resolve() and (folder / "keyring.json").exists():
        print("Dit is de map van uw echte kluis. Kies een andere map met --map.", file=sys.stderr)
        return 2
    os.environ["DOSSIERWIJS_DATA_DIR"] = str(folder)
    setup_django()
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.demo import family
    from dossierwijs.demo import folder as demo_folder
    from dossierwijs.vault import services, state

    if state.vault_exists():
        try:
            services.login_with_passphrase(family.PASSPHRASE)
        except Exception:  # noqa: BLE001 - any failure means: not our example
            print(f"In {folder} staat al een kluis die geen voorbeeld is.", file=sys.stderr)
            return 1
        print(f"Het voorbeeld staat al in {folder}.")
    else:
        try:
            demo_folder.claim_for_example(folder)
        except demo_folder.FolderNotEmpty:
            print(
                f"In {folder} staan al andere bestanden. Kies met --map een nieuwe of lege map.",
                file=sys.stderr,
            )
            return 2
        family.build(progress=lambda step: print(f"  voorbeeld: {step}", flush=True))
        print(f"Het voorbeeldgezin staat in {folder}.")
    print(f"Wachtzin van het voorbeeld (Eva Canarisvogel): {family.PASSPHRASE}")
    if args.alleen_maken:
        return 0
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from .vault import cmd_serve

    args.host = "127.0.0.1"
    return cmd_serve(args)
