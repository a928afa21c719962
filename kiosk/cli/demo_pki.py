"""`kiosk demo-pki --out DIR [--password P]`: make the demo CA and keys for the demo register."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kiosk.eds.demo_pki import DEMO_PASSWORD, ensure_demo_pki, generate_demo_pki, load_demo_pki


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `demo-pki` subcommand."""
    demo = subparsers.add_parser("demo-pki", help="generate the demo PKI (CA, keys, CRL, index.json)")
    demo.add_argument("--out", type=Path, required=True, metavar="DIR")
    demo.add_argument("--password", default=DEMO_PASSWORD, help="password of every generated key")
    demo.add_argument(
        "--if-missing", action="store_true", help="keep an existing, still valid demo PKI in DIR"
    )
    demo.set_defaults(func=_generate)


def _generate(args: argparse.Namespace) -> int:
    if not args.password:
        print("kiosk demo-pki: the password must not be empty")
        return 2
    if args.if_missing:
        pki = load_demo_pki(ensure_demo_pki(args.out, args.password))
    else:
        pki = generate_demo_pki(args.out, args.password)
    report = {
        "directory": str(pki.directory),
        "index": str(pki.directory / "index.json"),
        "root": str(pki.root),
        "intermediate": str(pki.intermediate),
        "crl": str(pki.crl),
        "valid_until": pki.valid_until.isoformat(),
        "keys": len(pki.keys),
        "revoked": [str(key.file) for key in pki.revoked],
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0
