"""`kiosk iin check IIN [--json]`: validate an IIN and show what it encodes."""

from __future__ import annotations

import argparse
import json

from kiosk.domain.iin import check_iin


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `iin` subcommand."""
    iin = subparsers.add_parser("iin", help="individual identification numbers")
    actions = iin.add_subparsers(dest="iin_command", required=True)
    check = actions.add_parser("check", help="validate an IIN")
    check.add_argument("iin")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    result = check_iin(args.iin.strip())
    report = {
        "valid": result.valid,
        "birth_date": result.birth_date.isoformat() if result.birth_date else None,
        "sex": result.sex.value if result.sex else None,
        "error": result.error.value if result.error else None,
    }
    if args.json:
        print(json.dumps(report))
    elif result.valid:
        print(f"valid: born {report['birth_date']}, {report['sex']}")
    else:
        print(f"invalid: {report['error']}")
    return 0 if result.valid else 1
