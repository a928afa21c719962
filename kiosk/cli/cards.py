"""`kiosk eds cards`: card readers, the cards in them (ATR, recognised type) and their keys.

Hooks a ``cards`` action under the ``eds`` subcommand of :mod:`kiosk.cli.eds` (so it must be
registered after it). JSON on stdout with ``--json``: ``readers`` (each with its
card: ATR, recognised type, keys), ``pkcs11`` (each configured module and its keys) and
``error``. Exit 0 when the readers could be listed, 1 when refused (no PC/SC service; the
PKCS#11 modules are still listed), 2 on bad usage (bad settings, profiles or options).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TypeAlias

from kiosk.eds.cards.profiles import ProfileError, load_profiles
from kiosk.eds.errors import EdsError
from kiosk.settings import SettingsError, load_settings

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


_Actions: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _eds_actions(subparsers: _Actions) -> _Actions:
    eds = subparsers.choices.get("eds")
    if eds is None:
        raise RuntimeError("kiosk.cli.cards must be registered after kiosk.cli.eds")
    for action in eds._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the eds subcommand has no actions to join")


def register(subparsers: _Actions) -> None:
    """Add `eds cards` to the existing `eds` subcommand."""
    cards = _eds_actions(subparsers).add_parser(
        "cards", help="list card readers, the cards in them and their keys")
    cards.add_argument("--reader", help="only this reader")
    cards.add_argument("--profiles", type=Path, metavar="FILE",
                       help="card profile override file (default: eds.card_profiles of the settings)")
    cards.add_argument("--pkcs11-modules", metavar="SPEC",
                       help="'kaztoken=/path.so;idcard=…' (default: eds.pkcs11_modules of the settings)")
    cards.add_argument("--json", action="store_true", help="print JSON")
    cards.set_defaults(func=_cards)


def _text(report: dict[str, object]) -> str:
    lines = []
    for reader in report["readers"]:  # type: ignore[attr-defined]
        card = reader["card"]
        if card is None:
            lines.append(f"{reader['reader']}: no card")
            continue
        kind = card["label"] or "unsupported card"
        lines.append(f"{reader['reader']}: {kind}, ATR {card['atr']}"
                     + (f", error {card['error']}" if card["error"] else ""))
        lines += [f"  {key['alias']}: {key['purpose']} {key['algorithm']} IIN {key['iin']} "
                  f"{key['surname']} {key['name']}" for key in card["keys"]]
    for module in report["pkcs11"]:  # type: ignore[attr-defined]
        lines.append(f"PKCS#11 {module['kind']} ({module['module']}): "
                     + (f"error {module['error']}" if module["error"] else f"{len(module['keys'])} key(s)"))
        lines += [f"  {key['alias']}: {key['purpose']} IIN {key['iin']}" for key in module["keys"]]
    return "\n".join(lines) or "no card readers"


def _cards(args: argparse.Namespace) -> int:
    # imported here: pyscard needs libpcsclite, which must not break every other subcommand
    from kiosk.eds.cards.inventory import survey_pkcs11, survey_readers
    from kiosk.eds.cards.pkcs11_keystore import parse_pkcs11_modules

    try:
        settings = load_settings(Path(args.config) if getattr(args, "config", None) else None)
        override = args.profiles or (Path(settings.eds.card_profiles) if settings.eds.card_profiles else None)
        profiles = load_profiles(override)
        modules = parse_pkcs11_modules(
            args.pkcs11_modules if args.pkcs11_modules is not None else settings.eds.pkcs11_modules)
    except (SettingsError, ProfileError, ValueError) as exc:
        print(f"kiosk eds cards: {exc}", file=sys.stderr)
        return EXIT_USAGE
    error: EdsError | None = None
    try:
        readers = [r.to_dict() for r in survey_readers(profiles, args.reader)]
    except EdsError as exc:  # no PC/SC service: the PKCS#11 modules are still listed
        readers, error = [], exc
    report: dict[str, object] = {
        "readers": readers,
        "pkcs11": [m.to_dict() for m in survey_pkcs11(modules)],
        "error": error.code if error else None,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(_text(report) + (f"\nrefused: {error.code}: {error.detail}" if error else ""))
    return EXIT_REFUSED if error else EXIT_OK
