"""The `dossierwijs` command.

Each command group lives in its own module with a ``register(subparsers)``
function. Commands that need no vault (the rules, the checkers) import neither
Django nor heavy libraries until they run, so they start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from dossierwijs.core import scratch
from dossierwijs.vault.downloads import for_terminal

# Modules that add subcommands, in the order they appear in the help.
COMMAND_MODULES = [
    "dossierwijs.cli.vault",
    "dossierwijs.cli.dossier",
    "dossierwijs.cli.rules",
    "dossierwijs.cli.consent",
    "dossierwijs.cli.minimiser",
    "dossierwijs.cli.letters",
    "dossierwijs.cli.sharing",
    "dossierwijs.cli.meetings",
    "dossierwijs.cli.demo",
]


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse passes prefix="" when it builds a subcommand's program name.
        return super().add_usage(usage, actions, groups, "Gebruik: " if prefix is None else prefix)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossierwijs",
        description="dossierwijs: houd zelf de regie over de gegevens van uw kind.",
        formatter_class=DutchHelpFormatter,
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
    _dutch_headings(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # this command group is not built yet
            raise
        module.register(subparsers)
    return parser


def add_command(subparsers, name: str, help: str, description: str | None = None):
    """Add a subcommand with Dutch help and return its parser."""
    parser = subparsers.add_parser(
        name,
        help=help,
        description=description or help,
        formatter_class=DutchHelpFormatter,
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
    _dutch_headings(parser)
    return parser


def _dutch_headings(parser: argparse.ArgumentParser) -> None:
    parser._positionals.title = "argumenten"  # argparse has no public way to rename these
    parser._optionals.title = "opties"


def main(argv: list[str] | None = None) -> int:
    # Folders of a conversion cut off by a kill hold a document: gone at the next start.
    scratch.remove_abandoned()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(stdout), _TerminalSafe(stderr)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early; that is not an error of ours.
        stderr.close()
        return 0
    finally:
        sys.stdout, sys.stderr = stdout, stderr


class _TerminalSafe:
    """Names and titles come from files: what we print must not steer the terminal
    (escape sequences, a carriage return, a right-to-left override)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(for_terminal(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
