"""`kiosk eds inspect|sign-xml|verify-xml`: the EDS core from the command line.

JSON on stdout (with ``--json``; a short text otherwise). Exit 0 on success, 1 on a
refused key, store or signature, 2 on bad usage. Production and test trust read NCA's
certificates from ``--anchors`` (default: ``eds.anchors_dir`` of the settings).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import default_demo_pki_dir
from kiosk.eds.errors import EdsError, TrustAnchorsMissingError, WrongPasswordError
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.revocation import UnknownPolicy, load_crl
from kiosk.eds.trust import TrustMode
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import choose_key, sign_xml, verify_xml
from kiosk.settings import SettingsError, load_settings

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _crl_file(text: str) -> bytes:
    try:
        data = Path(text).read_bytes()
        load_crl(data)
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {text}: {exc.strerror}") from None
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a CRL: {text}") from None
    return data


def _add_trust_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trust",
        choices=[m.value for m in TrustMode],
        default=TrustMode.PRODUCTION.value,
        help="trust anchors: production (NCA), test (NCA test CAs) or demo",
    )
    parser.add_argument("--at", type=_moment, help="judge at this time (ISO 8601; default now)")
    parser.add_argument(
        "--crl",
        type=_crl_file,
        action="append",
        default=[],
        metavar="FILE",
        help="a CRL file to use for this run (repeatable)",
    )
    parser.add_argument("--crl-cache", type=Path, metavar="DIR", help="the CRL cache directory")
    parser.add_argument("--online", action="store_true", help="fetch OCSP answers and CRLs")
    parser.add_argument(
        "--unknown-revocation",
        choices=[p.value for p in UnknownPolicy],
        default=UnknownPolicy.REFUSE.value,
        help="what to do when revocation is unknown",
    )
    parser.add_argument(
        "--anchors",
        type=Path,
        metavar="DIR",
        help="NCA's certificates: DIR/production and DIR/test (default: eds.anchors_dir of the settings)",
    )
    parser.add_argument("--demo-pki", type=Path, metavar="DIR", help="the demo PKI (demo trust mode)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `eds` subcommand."""
    eds = subparsers.add_parser("eds", help="EDS keys and XML signatures")
    actions = eds.add_subparsers(dest="eds_command", required=True)

    inspect = actions.add_parser("inspect", help="list the keys of a PKCS#12 file and judge them")
    inspect.add_argument("file", type=Path)
    inspect.add_argument("--password", required=True)
    _add_trust_options(inspect)
    inspect.set_defaults(func=_inspect)

    sign = actions.add_parser("sign-xml", help="sign an XML document NCALayer-style")
    sign.add_argument("input", type=Path, metavar="IN.xml")
    sign.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xml")
    sign.add_argument("--keystore", type=Path, required=True)
    sign.add_argument("--password", required=True)
    sign.add_argument("--alias")
    sign.add_argument(
        "--purpose",
        choices=("sign", "auth"),
        default="sign",
        help="sign (applications) or auth (a login challenge)",
    )
    sign.add_argument(
        "--check-trust",
        action="store_true",
        help="also check chain, IIN and revocation (with the trust options) before signing",
    )
    _add_trust_options(sign)
    sign.set_defaults(func=_sign)

    verify = actions.add_parser("verify-xml", help="verify an enveloped XML signature")
    verify.add_argument("file", type=Path)
    verify.add_argument("--purpose", choices=("sign", "auth"), default="sign")
    verify.add_argument("--expected-iin", help="refuse a signer with another IIN")
    _add_trust_options(verify)
    verify.set_defaults(func=_verify)


def _anchors_dir(args: argparse.Namespace, mode: TrustMode) -> Path | None:
    """``--anchors``, else the settings' anchors directory (production and test trust only)."""
    if args.anchors is not None or mode is TrustMode.DEMO:
        return args.anchors
    config = getattr(args, "config", None)
    return load_settings(Path(config) if config else None).anchors_path  # SettingsError: bad usage


def _validator(args: argparse.Namespace) -> CertificateValidator:
    mode = TrustMode(args.trust)
    demo_dir = args.demo_pki or (default_demo_pki_dir() if mode is TrustMode.DEMO else None)
    policy = EdsPolicy(
        trust_mode=mode,
        environment_is_production=mode is TrustMode.PRODUCTION,
        crl_cache_dir=args.crl_cache,
        online=args.online,
        unknown_revocation=UnknownPolicy(args.unknown_revocation),
        demo_pki_dir=demo_dir,
        anchors_dir=_anchors_dir(args, mode),
    )
    return CertificateValidator(policy, crls=args.crl)


def _emit(args: argparse.Namespace, report: object, text: str) -> None:
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(text)


def _error(args: argparse.Namespace, error: EdsError) -> int:
    report: dict[str, object] = {"error": error.code}
    if isinstance(error, WrongPasswordError):
        report["tries_left"] = error.tries_left
    if isinstance(error, TrustAnchorsMissingError):  # tell the operator where the certificates go
        print(f"kiosk eds: {error.detail}", file=sys.stderr)
    _emit(args, report, f"refused: {error.code}")
    return EXIT_REFUSED


def _bad_settings(error: SettingsError) -> int:
    print(f"kiosk eds: {error}", file=sys.stderr)
    return EXIT_USAGE


def _inspect(args: argparse.Namespace) -> int:
    try:
        entries = FileKeyStore(args.file).list_keys(args.password)  # store errors first
        validator = _validator(args)
    except SettingsError as error:
        return _bad_settings(error)
    except EdsError as error:
        return _error(args, error)
    keys = []
    for entry in entries:
        cert = entry.certificate
        check = validator.check(cert, at=args.at, extra_certs=entry.chain)
        keys.append(
            {
                "alias": entry.alias,
                **cert.summary(),
                "chain": check.chain.status.value,
                "validity": check.validity.value,
                "revocation": check.revocation.status.value,
                "revoked_at": check.revocation.revoked_at.isoformat()
                if check.revocation.revoked_at
                else None,
                "revocation_reason": check.revocation.reason,
                "can_sign": entry.can_sign,
                "refusal": check.refusal.value if check.refusal else None,
            }
        )
    lines = [
        f"{k['alias']}: {k['purpose']} {k['algorithm']} IIN {k['iin']} {k['surname']} {k['name']} "
        f"chain={k['chain']} revocation={k['revocation']} can_sign={k['can_sign']}"
        for k in keys
    ]
    _emit(args, keys, "\n".join(lines) or "no keys")
    return EXIT_OK


def _read_input(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        print(f"kiosk eds: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return None


def _sign(args: argparse.Namespace) -> int:
    document = _read_input(args.input)
    if document is None:
        return EXIT_USAGE
    purpose = KeyPurpose(args.purpose)
    store = FileKeyStore(args.keystore)
    try:
        validator = _validator(args) if args.check_trust else None
        entry = choose_key(store.list_keys(args.password), args.alias, purpose)
        signed = sign_xml(
            document,
            store,
            args.password,
            alias=entry.alias,
            purpose=purpose,
            validator=validator,
            at=args.at,
        )
    except SettingsError as error:
        return _bad_settings(error)
    except EdsError as error:
        return _error(args, error)
    try:
        args.output.write_bytes(signed)
    except OSError as exc:
        print(f"kiosk eds: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    cert = entry.certificate
    report = {
        "signed": True,
        "output": str(args.output),
        "alias": entry.alias,
        "signer": {
            "iin": cert.iin,
            "surname": cert.surname,
            "name": cert.name,
            "patronymic": cert.patronymic,
            "serial": cert.serial,
        },
    }
    _emit(args, report, f"signed: {args.output}")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    document = _read_input(args.file)
    if document is None:
        return EXIT_USAGE
    try:
        validator = _validator(args)
    except SettingsError as error:
        return _bad_settings(error)
    except EdsError as error:
        return _error(args, error)
    result = verify_xml(
        document, validator, purpose=KeyPurpose(args.purpose), at=args.at, expected_iin=args.expected_iin
    )
    report = result.to_dict()
    signer = result.signer
    who = f"{signer.surname} {signer.name} (IIN {signer.iin})" if signer else "unknown signer"
    _emit(args, report, f"valid: {who}" if result.valid else f"invalid: {report['reason']} ({who})")
    return EXIT_OK if result.valid else EXIT_REFUSED
