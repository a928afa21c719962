"""The `kiosk` command: with no arguments it starts the GUI; subcommands drive the same core."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module defines ``register(subparsers)``, which adds its subcommand and sets
# ``func(args) -> int`` as the parser default.
_COMMAND_MODULES = (
    "kiosk.cli.documents",
    "kiosk.cli.iin",
    "kiosk.cli.eds",
    "kiosk.cli.cards",  # joins the eds subcommand: after kiosk.cli.eds
    "kiosk.cli.demo_pki",
)

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `kiosk` command with every subcommand registered."""
    parser = argparse.ArgumentParser(prog="kiosk", description=__doc__)
    parser.add_argument("--config", help="settings file (TOML); default: the platform config dir")
    parser.add_argument("--clerk", action="store_true", help="start in clerk (windowed) mode")
    parser.add_argument("--screenshots", metavar="DIR", help="render every screen into DIR and exit")
    parser.add_argument("--lang", choices=("kk", "ru"), help="language of the screens")
    subparsers = parser.add_subparsers(dest="command")
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kiosk` console script."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        from kiosk.app import run_gui

        return run_gui(args)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
