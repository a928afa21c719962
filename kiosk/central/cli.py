"""The `kiosk-central` command: the central service of a region and its operator tools.

Every command takes ``--db URL`` (default: the embedded SQLite file in the settings' data
dir) and ``--config FILE`` (the kiosk settings file: ``[eds]`` trust, ``[regions.*]`` rules,
``data_dir``, ``log_level``).

    kiosk-central migrate
    kiosk-central seed-demo [--applications 3000] [--kindergartens 40]
    kiosk-central serve [--host 127.0.0.1] [--port 8443]
                        [--tls-cert F --tls-key F --client-ca F]
    kiosk-central init-ca --dir DIR --region-name NAME [--server-name HOST ...]
    kiosk-central enrol-device --ca-dir DIR --id ID --out DIR [--name N] [--region KATO]
    kiosk-central revoke-device --id ID
    kiosk-central verify-document FILE.pdf [--json]
    kiosk-central places publish|withdraw|list …, enrol …, depart …   (kindergarten staff)
    kiosk-central allocate [--dry-run] [--json] | tick [--now T] | notify | audit …
    (see :mod:`kiosk.central.queue_cli`)
"""

from __future__ import annotations

import argparse
import json
import ssl
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import Engine

from kiosk.settings import Settings, SettingsError, load_settings

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(Path(args.config) if args.config else None)


def _url(args: argparse.Namespace, settings: Settings) -> str:
    from kiosk.central.db import default_database_url

    return str(args.db) if args.db else default_database_url(settings)


def _engine(args: argparse.Namespace) -> tuple[Settings, Engine]:
    from kiosk.central.db import make_engine

    settings = _settings(args)
    return settings, make_engine(_url(args, settings))


def cmd_migrate(args: argparse.Namespace) -> int:
    """Bring the database schema to the newest revision."""
    from kiosk.central.migrate import current_revision, upgrade

    _, engine = _engine(args)
    upgrade(engine)
    print(f"database at revision {current_revision(engine)}")
    return EXIT_OK


def cmd_seed_demo(args: argparse.Namespace) -> int:
    """Migrate, then load the reference data and the demo region."""
    from kiosk.central.db import make_sessionmaker
    from kiosk.central.migrate import upgrade
    from kiosk.central.seed import seed_demo

    _, engine = _engine(args)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as session:
        report = seed_demo(session, applications=args.applications,
                           kindergartens=args.kindergartens)
    print(json.dumps(asdict(report)))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the API with uvicorn (mutual TLS when the TLS options are given)."""
    import uvicorn

    from kiosk.central.api import create_app
    from kiosk.central.factory import build_service, prepare_database
    from kiosk.central.tls import PeerCertificateProtocol
    from kiosk.logs import setup_logging

    tls = (args.tls_cert, args.tls_key, args.client_ca)
    if any(tls) and not all(tls):
        print("kiosk-central serve: --tls-cert, --tls-key and --client-ca go together",
              file=sys.stderr)
        return EXIT_USAGE
    if not any(tls) and args.host not in LOOPBACK_HOSTS:
        print("kiosk-central serve: without TLS the service listens on loopback only",
              file=sys.stderr)
        return EXIT_USAGE
    from kiosk.eds.errors import TrustAnchorsMissingError

    settings = _settings(args)
    setup_logging(settings.log_path, settings.log_level)
    try:
        service = build_service(settings, _url(args, settings))
    except TrustAnchorsMissingError as exc:
        print(f"kiosk-central serve: {exc.detail}", file=sys.stderr)
        return EXIT_REFUSED
    prepare_database(service.engine, demo=False)
    from kiosk.central.engine import Scheduler, engine_for

    queue = engine_for(service, settings)
    app = create_app(service, require_device=all(tls), queue=queue)
    interval = settings.central.scheduler_interval_s
    scheduler = Scheduler(queue, interval).start() if interval > 0 else None
    options: dict[str, object] = {}
    if all(tls):
        options = {"ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key,
                   "ssl_ca_certs": args.client_ca, "ssl_cert_reqs": ssl.CERT_REQUIRED,
                   "http": PeerCertificateProtocol}
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="info",
                            access_log=False, **options)  # type: ignore[arg-type]
    try:
        uvicorn.Server(config).run()
    finally:
        if scheduler is not None:
            scheduler.stop()
    return EXIT_OK


def cmd_init_ca(args: argparse.Namespace) -> int:
    """Create the region's CA and the service's TLS server certificate."""
    from kiosk.central.tls import init_ca

    try:
        files = init_ca(Path(args.dir), args.region_name, args.server_name or [])
    except FileExistsError as exc:
        print(f"kiosk-central init-ca: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(json.dumps({"ca_cert": str(files.cert), "server_cert": str(files.server_cert),
                      "server_key": str(files.server_key)}))
    return EXIT_OK


def cmd_enrol_device(args: argparse.Namespace) -> int:
    """Issue a kiosk its TLS client certificate and record it as an enrolled device."""
    from kiosk.central.db import make_sessionmaker
    from kiosk.central.migrate import upgrade
    from kiosk.central.tls import CaFiles, enrol_device, issue_device_certificate

    _, engine = _engine(args)
    upgrade(engine)
    issued = issue_device_certificate(Path(args.ca_dir), args.id)
    with make_sessionmaker(engine).begin() as session:
        enrol_device(session, args.id, issued.der, name=args.name, region_kato=args.region)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "kiosk.crt").write_bytes(issued.cert_pem)
    key = out / "kiosk.key"
    key.touch(mode=0o600, exist_ok=True)
    key.chmod(0o600)
    key.write_bytes(issued.key_pem)
    (out / "region-ca.crt").write_bytes(CaFiles(Path(args.ca_dir)).cert.read_bytes())
    print(json.dumps({"device": args.id, "client_cert": str(out / "kiosk.crt"),
                      "client_key": str(key), "ca_cert": str(out / "region-ca.crt")}))
    return EXIT_OK


def cmd_revoke_device(args: argparse.Namespace) -> int:
    """Refuse an enrolled device from now on."""
    from kiosk.central.db import make_sessionmaker
    from kiosk.central.tls import revoke_device

    _, engine = _engine(args)
    with make_sessionmaker(engine).begin() as session:
        found = revoke_device(session, args.id)
    if not found:
        print(f"kiosk-central revoke-device: no device {args.id!r}", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def _verdict(args: argparse.Namespace) -> dict[str, object]:
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.central.db import make_sessionmaker
    from kiosk.central.documents_verify import verify
    from kiosk.documents.digest import NotABalabaqshaDocument, read_embedded

    pdf = Path(args.file).read_bytes()  # OSError: the caller's
    try:
        document_id, digest = read_embedded(pdf)
    except NotABalabaqshaDocument:
        return {"file": args.file, "result": "not_a_document"}
    report: dict[str, object] = {"file": args.file, "document_id": document_id,
                                 "digest": digest}
    _, engine = _engine(args)
    try:
        with make_sessionmaker(engine).begin() as session:
            view = verify(session, document_id, digest)
    except SQLAlchemyError as exc:
        report.update(result="unavailable", error=type(exc).__name__)
        return report
    finally:
        engine.dispose()
    report["result"] = {"genuine": "genuine", "altered": "altered"}.get(view.status, "unknown")
    if view.doc_type is not None:
        report.update(type=view.doc_type, title_kk=view.title_kk, title_ru=view.title_ru,
                      application_number=view.application_number,
                      issued_at=None if view.issued_at is None else view.issued_at.isoformat(),
                      in_force=view.in_force)
    return report


_VERDICT_TEXT = {
    "genuine": "genuine: the document is as the central database issued it",
    "altered": "ALTERED: the certified data differ from what was issued under this id",
    "unknown": "UNKNOWN: the central database has no document with this id",
    "not_a_document": "NOT A BALABAQSHA DOCUMENT: the file carries no document id and digest",
    "unavailable": "cannot tell: the central database could not be read",
}


def cmd_verify_document(args: argparse.Namespace) -> int:
    """Check a document's PDF against the central database (exit 0 only when genuine)."""
    try:
        report = _verdict(args)
    except OSError as exc:
        print(f"kiosk-central verify-document: cannot read {args.file}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"{args.file}: {_VERDICT_TEXT[str(report['result'])]}")
        for key in ("document_id", "type", "application_number", "issued_at"):
            if report.get(key) is not None:
                print(f"  {key}: {report[key]}")
        if report.get("in_force") is not None:
            print(f"  referral in force: {'yes' if report['in_force'] else 'no'}")
    return EXIT_OK if report["result"] == "genuine" else EXIT_REFUSED


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `kiosk-central`."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL",
                        help="SQLAlchemy URL of the central database "
                             "(default: SQLite in the data dir)")
    common.add_argument("--config", metavar="FILE", help="settings file (TOML)")
    parser = argparse.ArgumentParser(prog="kiosk-central",
                                     description="The central service of a region and its "
                                                 "operator tools.")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("migrate", parents=[common], help=cmd_migrate.__doc__)
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("seed-demo", parents=[common], help=cmd_seed_demo.__doc__)
    p.add_argument("--applications", type=int, default=3000)
    p.add_argument("--kindergartens", type=int, default=40)
    p.set_defaults(func=cmd_seed_demo)

    p = sub.add_parser("serve", parents=[common], help=cmd_serve.__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--tls-cert", metavar="FILE", help="the service's TLS certificate (PEM)")
    p.add_argument("--tls-key", metavar="FILE", help="its private key (PEM)")
    p.add_argument("--client-ca", metavar="FILE",
                   help="the region CA that issued the kiosks' client certificates")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("init-ca", parents=[common], help=cmd_init_ca.__doc__)
    p.add_argument("--dir", required=True, help="where to create the CA")
    p.add_argument("--region-name", required=True)
    p.add_argument("--server-name", action="append",
                   help="host name or IP of the service (repeatable)")
    p.set_defaults(func=cmd_init_ca)

    p = sub.add_parser("enrol-device", parents=[common], help=cmd_enrol_device.__doc__)
    p.add_argument("--ca-dir", required=True, help="the region CA (from init-ca)")
    p.add_argument("--id", required=True, help="device identifier, e.g. kiosk-0001")
    p.add_argument("--out", required=True, help="directory for the kiosk's certificate files")
    p.add_argument("--name", default="", help="where the kiosk stands")
    p.add_argument("--region", default="", help="KATO code of the region")
    p.set_defaults(func=cmd_enrol_device)

    p = sub.add_parser("revoke-device", parents=[common], help=cmd_revoke_device.__doc__)
    p.add_argument("--id", required=True)
    p.set_defaults(func=cmd_revoke_device)

    from kiosk.central.queue_cli import add_parsers as add_queue_parsers

    add_queue_parsers(sub, common)

    p = sub.add_parser("verify-document", parents=[common], help=cmd_verify_document.__doc__)
    p.add_argument("file", metavar="FILE.pdf", help="the PDF of an official document")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    p.set_defaults(func=cmd_verify_document)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kiosk-central` console script."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except SettingsError as exc:
        print(f"kiosk-central: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
