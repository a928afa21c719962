"""`kiosk-central` commands of the queue engine (added to :mod:`kiosk.central.cli`).

Kindergarten staff sign with their own organisation key (``--key FILE.p12``, password from
``--password`` or ``KIOSK_STAFF_KEY_PASSWORD``); the request goes through the same checks
as over HTTP (signature, chain, revocation, role, the kindergarten's BIN)::

    kiosk-central places publish --kindergarten DS-001 --birth-year 2022 --language kk \\
        [--count 1] [--place-type ordinary] [--release-date D] [--queue UO] --key F.p12
    kiosk-central places withdraw --kindergarten DS-001 --place ID --key F.p12
    kiosk-central places list [--kindergarten DS-001] [--status open] [--json]
    kiosk-central enrol --kindergarten DS-001 --number UO.2026.000001.1 --key F.p12
    kiosk-central depart --kindergarten DS-001 --number N [--on D] [--reason R]
                         [--keep-place] --key F.p12

The operator's commands (database access is the operator's authority)::

    kiosk-central allocate [--dry-run] [--json] [--now T]
    kiosk-central tick [--now T] [--no-allocate] [--no-send] [--json]
    kiosk-central notify [--now T]
    kiosk-central audit [--from DATE] [--to DATE] [--json] [--export FILE] [--file FILE]
    kiosk-central issue-staff-key --kindergarten DS-001 --iin IIN --out DIR   (demo PKI)

``--now`` is an ISO date or time (a date: its midnight in UTC+5; a time without zone:
UTC+5), for tests and replays.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
LOCAL = timezone(timedelta(hours=5))


def _engine(args: argparse.Namespace) -> Any:
    from kiosk.central.cli import _settings, _url
    from kiosk.central.engine import engine_for
    from kiosk.central.factory import build_service
    from kiosk.central.migrate import upgrade

    settings = _settings(args)
    service = build_service(settings, _url(args, settings))
    upgrade(service.engine)
    return engine_for(service, settings), settings


def _now(args: argparse.Namespace) -> datetime | None:
    from kiosk.central.engine import parse_now

    return parse_now(args.now) if getattr(args, "now", None) else None


def _sign(args: argparse.Namespace, document: bytes) -> bytes:
    from kiosk.eds.certificate import KeyPurpose
    from kiosk.eds.demo_pki import DEMO_PASSWORD
    from kiosk.eds.file_keystore import FileKeyStore
    from kiosk.eds.xmldsig import sign_xml

    password = args.password or os.environ.get("KIOSK_STAFF_KEY_PASSWORD") or DEMO_PASSWORD
    return sign_xml(document, FileKeyStore(Path(args.key)), password, purpose=KeyPurpose.SIGN)


def _staff(args: argparse.Namespace, payload: Any) -> int:
    from kiosk.central.errors import CentralError
    from kiosk.central.staff import StaffRequest, to_xml
    from kiosk.central.views import to_json
    from kiosk.eds.errors import EdsError

    engine, _ = _engine(args)
    now = _now(args)
    created = now or datetime.now(timezone.utc)
    try:
        signed = _sign(args, to_xml(StaffRequest(payload, created=created)))
        result = engine.staff_submit(signed, "cli", now=now)
    except CentralError as error:
        print(json.dumps({"error": error.to_json()}, ensure_ascii=False), file=sys.stderr)
        return EXIT_REFUSED
    except (EdsError, OSError) as exc:
        print(f"kiosk-central: cannot sign with {args.key}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        engine.service.engine.dispose()
    print(json.dumps(to_json(result), ensure_ascii=False))
    return EXIT_OK


def cmd_places_publish(args: argparse.Namespace) -> int:
    """Publish free places of a group (signed with the staff member's key)."""
    from kiosk.central.staff import PublishPlaces

    return _staff(args, PublishPlaces(
        kindergarten=args.kindergarten, birth_year=args.birth_year, language=args.language,
        count=args.count, place_type=args.place_type,
        release_date=None if not args.release_date else date.fromisoformat(args.release_date),
        queue_type=args.queue))


def cmd_places_withdraw(args: argparse.Namespace) -> int:
    """Take back a place nobody holds (signed)."""
    from kiosk.central.staff import WithdrawPlace

    return _staff(args, WithdrawPlace(kindergarten=args.kindergarten, place=args.place))


def cmd_places_list(args: argparse.Namespace) -> int:
    """List places with their status and holder."""
    from kiosk.central.views import to_json

    engine, _ = _engine(args)
    try:
        views = engine.list_places(args.kindergarten, args.status)
    finally:
        engine.service.engine.dispose()
    if args.json:
        print(json.dumps([to_json(v) for v in views], ensure_ascii=False))
        return EXIT_OK
    for v in views:
        print(f"{v.id:>7} {v.kindergarten_code:10} {v.birth_year} {v.language} "
              f"{v.queue_type:4} {v.place_type:9} {v.status:11} {v.holder_number or ''}")
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    """Enrol the child who came with the referral («Зачислен»; signed)."""
    from kiosk.central.staff import Enrol

    return _staff(args, Enrol(kindergarten=args.kindergarten, number=args.number))


def cmd_depart(args: argparse.Namespace) -> int:
    """Record the departure (убытие) of an enrolled child; the place is offered again."""
    from kiosk.central.staff import Depart

    return _staff(args, Depart(kindergarten=args.kindergarten, number=args.number,
                               on=None if not args.on else date.fromisoformat(args.on),
                               reason=args.reason, keep_place=args.keep_place))


def cmd_allocate(args: argparse.Namespace) -> int:
    """Give the open places to the next children (--dry-run: say what and why, change nothing)."""
    engine, _ = _engine(args)
    try:
        report = engine.allocate(_now(args), dry_run=args.dry_run)
    finally:
        engine.service.engine.dispose()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        verb = "would give" if args.dry_run else "gave"
        print(f"{verb} {report.offers} turns in {len(report.pools)} pools"
              + ("" if report.run_id is None else f" (run {report.run_id})"))
    return EXIT_OK


def cmd_tick(args: argparse.Namespace) -> int:
    """Apply the deadlines due, allocate open places, send the outbox (what the scheduler does)."""
    engine, _ = _engine(args)
    try:
        result = engine.tick(_now(args), allocate=not args.no_allocate,
                             send=not args.no_send, sweep=True)
    finally:
        engine.service.engine.dispose()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        counts = result.deadlines.counts()
        print(f"{result.at.isoformat()}: deadlines {counts or 'none'}, "
              f"turns {0 if result.allocation is None else result.allocation.offers}, "
              f"sent {result.sent.sent} (retry {result.sent.retried}, "
              f"failed {result.sent.failed})")
    return EXIT_OK


def cmd_notify(args: argparse.Namespace) -> int:
    """Send the outbox's due messages over the configured channels."""
    engine, _ = _engine(args)
    try:
        engine.queue_turn_messages(_now(args))
        report = engine.dispatch(_now(args))
    finally:
        engine.service.engine.dispose()
    print(json.dumps(asdict(report)))
    return EXIT_OK


def _day(text: str | None, end: bool) -> datetime | None:
    if not text:
        return None
    day = date.fromisoformat(text)
    return datetime.combine(day + timedelta(days=1) if end else day, time(0), tzinfo=LOCAL)


def cmd_audit(args: argparse.Namespace) -> int:
    """Re-run the allocation log of a period and report match / mismatch (exit 1 on mismatch)."""
    from kiosk.central import audit

    if args.file:
        report = audit.audit_path(Path(args.file))
    else:
        from kiosk.central.cli import _engine as engine_of
        from kiosk.central.db import make_sessionmaker

        _, database = engine_of(args)
        since, until = _day(args.since, False), _day(args.until, True)
        try:
            with make_sessionmaker(database).begin() as session:
                if args.export:
                    with open(args.export, "w", encoding="utf-8") as out:
                        audit.export(session, out, since, until)
                report = audit.audit(session, since, until)
        finally:
            database.dispose()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        for run in report.runs:
            verdict = "match" if run.match else "MISMATCH"
            print(f"run {run.run} at {run.at}: {run.offers} turns: {verdict}")
            for problem in run.problems:
                print(f"  {problem}")
        print(f"{len(report.runs)} runs: {'match' if report.match else 'MISMATCH'}")
    return EXIT_OK if report.match else EXIT_REFUSED


def cmd_issue_staff_key(args: argparse.Namespace) -> int:
    """Demo only: issue a kindergarten staff member an organisation key from the demo CA."""
    from sqlalchemy import select

    from kiosk.central import models
    from kiosk.central.cli import _engine as engine_of
    from kiosk.central.db import make_sessionmaker
    from kiosk.central.demo_staff import issue_staff_key
    from kiosk.central.verifier import demo_pki_dir
    from kiosk.eds.demo_pki import ensure_demo_pki

    settings, database = engine_of(args)
    if settings.eds.environment != "demo":
        print("kiosk-central issue-staff-key: only in the demo environment", file=sys.stderr)
        return EXIT_REFUSED
    try:
        with make_sessionmaker(database).begin() as session:
            garden = session.scalar(select(models.Kindergarten)
                                    .where(models.Kindergarten.code == args.kindergarten))
            if garden is None or not garden.bin:
                print(f"kiosk-central: no kindergarten {args.kindergarten} with a BIN",
                      file=sys.stderr)
                return EXIT_REFUSED
            bin_, name = garden.bin, garden.name_ru
    finally:
        database.dispose()
    pki = ensure_demo_pki(demo_pki_dir(settings))
    key = issue_staff_key(pki, Path(args.out), iin=args.iin, bin=bin_, organisation=name)
    print(json.dumps({"file": str(key.file), "bin": key.bin, "iin": key.iin,
                      "serial": key.serial}, ensure_ascii=False))
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the queue engine's commands to `kiosk-central`'s subparsers."""
    signed = argparse.ArgumentParser(add_help=False)
    signed.add_argument("--kindergarten", required=True, help="the kindergarten's code")
    signed.add_argument("--key", required=True, help="the staff member's PKCS#12 key file")
    signed.add_argument("--password", default="",
                        help="its password (default: KIOSK_STAFF_KEY_PASSWORD)")
    signed.add_argument("--now", help=argparse.SUPPRESS)

    places = sub.add_parser("places", help="free places of kindergartens")
    places_sub = places.add_subparsers(dest="places_command", required=True)
    p = places_sub.add_parser("publish", parents=[common, signed],
                              help=cmd_places_publish.__doc__)
    p.add_argument("--birth-year", type=int, required=True)
    p.add_argument("--language", choices=("kk", "ru"), required=True)
    p.add_argument("--count", type=int, default=1)
    p.add_argument("--place-type", default="ordinary", choices=("ordinary", "temporary"))
    p.add_argument("--release-date", help="«Дата освобождения» (YYYY-MM-DD)")
    p.add_argument("--queue", choices=("UO", "SDDO"), help="check the kindergarten's queue")
    p.set_defaults(func=cmd_places_publish)
    p = places_sub.add_parser("withdraw", parents=[common, signed],
                              help=cmd_places_withdraw.__doc__)
    p.add_argument("--place", type=int, required=True)
    p.set_defaults(func=cmd_places_withdraw)
    p = places_sub.add_parser("list", parents=[common], help=cmd_places_list.__doc__)
    p.add_argument("--kindergarten")
    p.add_argument("--status", choices=("open", "offered", "free_choice", "referred",
                                        "occupied", "withdrawn"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_places_list)

    p = sub.add_parser("enrol", parents=[common, signed], help=cmd_enrol.__doc__)
    p.add_argument("--number", required=True, help="the application number")
    p.set_defaults(func=cmd_enrol)
    p = sub.add_parser("depart", parents=[common, signed], help=cmd_depart.__doc__)
    p.add_argument("--number", required=True)
    p.add_argument("--on", help="the day the child left (default today)")
    p.add_argument("--reason", default="")
    p.add_argument("--keep-place", action="store_true", help="do not offer the place again")
    p.set_defaults(func=cmd_depart)

    with_now = argparse.ArgumentParser(add_help=False)
    with_now.add_argument("--now", help="the instant to act at (ISO date or time)")
    p = sub.add_parser("allocate", parents=[common, with_now], help=cmd_allocate.__doc__)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_allocate)
    p = sub.add_parser("tick", parents=[common, with_now], help=cmd_tick.__doc__)
    p.add_argument("--no-allocate", action="store_true")
    p.add_argument("--no-send", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_tick)
    p = sub.add_parser("notify", parents=[common, with_now], help=cmd_notify.__doc__)
    p.set_defaults(func=cmd_notify)
    p = sub.add_parser("audit", parents=[common], help=cmd_audit.__doc__)
    p.add_argument("--from", dest="since", help="first day (YYYY-MM-DD, UTC+5)")
    p.add_argument("--to", dest="until", help="last day, included")
    p.add_argument("--json", action="store_true")
    p.add_argument("--export", metavar="FILE", help="also write the log as JSON lines")
    p.add_argument("--file", metavar="FILE",
                   help="re-run a published log instead of the database (no cross-checks)")
    p.set_defaults(func=cmd_audit)
    p = sub.add_parser("issue-staff-key", parents=[common], help=cmd_issue_staff_key.__doc__)
    p.add_argument("--kindergarten", required=True)
    p.add_argument("--iin", required=True, help="the staff member's IIN")
    p.add_argument("--out", required=True, help="directory for the PKCS#12 file")
    p.set_defaults(func=cmd_issue_staff_key)


Command = Callable[[argparse.Namespace], int]
