"""The queue engine at scale on PostgreSQL: one full allocation, and queue-number lookups.

    python benchmarks/allocation.py [--applications 500000] [--places 20000]
                                    [--lookup-applications 1000000] [--lookups 2000]
                                    [--admin-dsn DSN] [--keep]

Creates a scratch database on the machine's PostgreSQL (``127.0.0.1:5432``, user
``postgres``), migrates it, bulk-loads the queue with COPY (applications and their
registration history in 11 districts, birth years 2020–2025, 4 % out-of-turn, 12 %
first-priority, a few stop-listed and enrolled children) and the open places, then times:

1. one full allocation of every open place (the engine's own code path: ordered queries
   per pool, the domain's guard per child reached, bulk writes, the allocation log, the
   notifications) — target ≤ 5 s for 500 000 applications and 20 000 places;
2. queue-number lookups (the application by number, then its numbers by counting) after
   growing the queue to ``--lookup-applications`` — target p99 ≤ 10 ms at 1 000 000.

It prints its figures; the database is dropped at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import random
import secrets
import sys
import time
from datetime import date, datetime, timedelta, timezone

import psycopg
from sqlalchemy import select, text

from kiosk.central import models, positions
from kiosk.central.db import make_engine
from kiosk.central.engine import QueueEngine
from kiosk.central.migrate import upgrade
from kiosk.central.seed import DEMO_DISTRICTS, DEMO_REGION, seed_districts, seed_reference
from kiosk.central.service import CentralService
from kiosk.central.signatures import SignatureVerifier
from kiosk.central.sms import MemorySmsGateway
from kiosk.domain.rules import RegionRules

ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
URL = "postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
TZ = timezone(timedelta(hours=5))
NOW = datetime(2026, 9, 1, 9, 0, tzinfo=TZ)
STATE = json.dumps({"referral": None, "expired_referrals": 0, "stop_list_until": None,
                    "turn_offered_at": None, "turn_expires_at": None})
YEARS = (2020, 2021, 2022, 2023, 2024, 2025)
GARDENS_PER_DISTRICT = 30
TARGET_ALLOCATION_S = 5.0
TARGET_LOOKUP_P99_MS = 10.0


class _NoVerifier(SignatureVerifier):
    def verify(self, document, purpose, at):  # type: ignore[no-untyped-def]
        raise NotImplementedError


def _pg(admin: str, sql: str) -> None:
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql)  # type: ignore[arg-type]


def _reference(engine) -> list[tuple[int, str, int, str]]:  # type: ignore[no-untyped-def]
    """Regions, districts, kindergartens and groups; returns (group id, district, year, lang)."""
    from kiosk.central.db import make_sessionmaker

    groups: list[tuple[int, str, int, str]] = []
    with make_sessionmaker(engine).begin() as session:
        seed_reference(session)
        seed_districts(session)
        n = 0
        for kato, _, _ in DEMO_DISTRICTS:
            for _ in range(GARDENS_PER_DISTRICT):
                n += 1
                garden = models.Kindergarten(
                    code=f"B-{n:04d}", district_kato=kato, name_kk=f"Бақша {n}",
                    name_ru=f"Сад {n}", address_kk="", address_ru="", languages="kk,ru",
                    sanatorium_profile=None, bin=f"{n:012d}")
                for year in YEARS:
                    for language in ("kk", "ru"):
                        garden.groups.append(models.KindergartenGroup(
                            birth_year=year, language=language, capacity=25, free_places=0,
                            place_type="ordinary", free_choice=False))
                session.add(garden)
        session.flush()
        for group in session.scalars(select(models.KindergartenGroup)):
            garden = session.get(models.Kindergarten, group.kindergarten_id)
            assert garden is not None
            groups.append((group.id, garden.district_kato, group.birth_year, group.language))
    return groups


def _copy(dsn: str, table: str, columns: tuple[str, ...], rows) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(dsn) as connection:
        with connection.cursor() as cursor:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        connection.commit()


_APP_COLUMNS = ("id", "number", "queue_type", "number_year", "number_seq", "child_iin",
                "child_birth_date", "applicant_iin", "region_kato", "district_kato",
                "sanatorium_profile", "language", "status", "active", "priority",
                "benefit_category", "registered_at", "changed_at", "interest_confirmed_at",
                "email", "phone", "extra_email", "extra_phone", "service_centre", "device_id",
                "state_json", "kindergarten_id", "group_id", "version", "applicant_language",
                "stop_list_until", "departed_at", "birth_year")
_HISTORY_COLUMNS = ("application_id", "at", "actor_kind", "actor_ident", "service_centre",
                    "action", "from_status", "to_status", "reason", "comment",
                    "details_json", "request_key")


def _applications(first_id: int, count: int, rng: random.Random,
                  sequences: dict[int, int]):  # type: ignore[no-untyped-def]
    districts = [d[0] for d in DEMO_DISTRICTS]
    weights = (40, 6, 4, 14, 5, 6, 6, 3, 3, 4, 3)
    naive_now = NOW.astimezone(timezone.utc).replace(tzinfo=None)
    apps = []
    history = []
    for offset in range(count):
        app_id = first_id + offset
        district = rng.choices(districts, weights)[0]
        year = rng.choice(YEARS)
        born = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
        born_at = datetime(born.year, born.month, born.day)
        registered = born_at + timedelta(days=rng.randint(20, max(21, (naive_now - born_at).days
                                                                   - 1)),
                                         seconds=rng.randint(0, 86399))
        registered = min(registered, naive_now - timedelta(days=1))
        sequences[registered.year] = sequences.get(registered.year, 0) + 1
        seq = sequences[registered.year]
        roll = rng.random()
        priority, category = "general", None
        if roll < 0.04:
            priority, category = "out_of_turn", "servicemen_children"
        elif roll < 0.16:
            priority, category = "first_priority", "large_families"
        status, stop, departed = "queued", None, None
        flag = rng.random()
        if flag < 0.01:
            stop = NOW.date() + timedelta(days=5)
        elif flag < 0.015:
            status = "enrolled"
        confirmed = naive_now - timedelta(days=rng.randint(1, 300))
        confirmed = max(confirmed, registered)
        number = f"UO.{registered.year}.{seq:06d}.1"
        apps.append((app_id, number, "UO", registered.year, seq, f"{app_id:012d}", born,
                     f"9{app_id:011d}", DEMO_REGION, district, None,
                     rng.choice(("kk", "ru", None)), status, status != "enrolled", priority,
                     category, registered, registered, confirmed,
                     f"parent{app_id}@example.kz", f"+7701{app_id % 10000000:07d}", "", "",
                     "", "bench", STATE if stop is None else STATE.replace(
                         '"stop_list_until": null', f'"stop_list_until": "{stop}"'),
                     None, None, 1, rng.choice(("kk", "ru")), stop, departed, born.year))
        history.append((app_id, registered, "applicant", f"9{app_id:011d}", "", "register",
                        None, "queued", "applicant_request", "", "[]", None))
        if status == "enrolled":
            history.append((app_id, registered + timedelta(seconds=1), "operator", "bench", "",
                            "offer_turn", "queued", "enrolled", "enrolled", "", "[]", None))
    return apps, history


def _load(dsn: str, first_id: int, count: int, rng: random.Random,
          sequences: dict[int, int]) -> None:
    """COPY the applications with the counters' triggers off, then rebuild the counters."""
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute("ALTER TABLE applications DISABLE TRIGGER USER")
    step = 100_000
    for start in range(0, count, step):
        apps, history = _applications(first_id + start, min(step, count - start), rng, sequences)
        _copy(dsn, "applications", _APP_COLUMNS, apps)
        _copy(dsn, "application_history", _HISTORY_COLUMNS, history)
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute("SELECT setval(pg_get_serial_sequence('applications', 'id'), "
                           "(SELECT max(id) FROM applications))")
        connection.execute("ALTER TABLE applications ENABLE TRIGGER USER")


def _places(dsn: str, groups: list[tuple[int, str, int, str]], count: int,
            rng: random.Random) -> None:
    by_district: dict[str, list[tuple[int, str, int, str]]] = {}
    for group in groups:
        if group[2] != 2025:
            by_district.setdefault(group[1], []).append(group)
    districts = [d[0] for d in DEMO_DISTRICTS]
    weights = (40, 6, 4, 14, 5, 6, 6, 3, 3, 4, 3)
    naive = NOW.astimezone(timezone.utc).replace(tzinfo=None) - timedelta(hours=1)
    gardens = {}
    with psycopg.connect(dsn) as connection:
        for gid, garden in connection.execute("SELECT id, kindergarten_id "
                                              "FROM kindergarten_groups"):
            gardens[gid] = garden
    rows = []
    for _ in range(count):
        gid, district, year, language = rng.choice(by_district[rng.choices(districts,
                                                                           weights)[0]])
        rows.append((gid, gardens[gid], district, "UO", None, year, language, "ordinary",
                     NOW.date(), "open", None, None, None, None, None, naive, "bench", naive,
                     1))
    _copy(dsn, "places", ("group_id", "kindergarten_id", "district_kato", "queue_type",
                          "sanatorium_profile", "birth_year", "language", "place_type",
                          "release_date", "status", "holder_id", "via", "offered_at",
                          "offer_expires_at", "run_id", "published_at", "published_by",
                          "changed_at", "version"), rows)


def _rebuild_counts(engine) -> None:  # type: ignore[no-untyped-def]
    from kiosk.central.db import make_sessionmaker

    with make_sessionmaker(engine).begin() as session:
        positions.rebuild_counts(session)


def _analyze(dsn: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


def _lookups(service: CentralService, numbers: list[str],
             interleave: tuple[int, int] | None) -> list[float]:
    timings = []
    with service.transaction() as session:
        for number in numbers:
            start = time.perf_counter()
            row = session.scalar(select(models.Application)
                                 .where(models.Application.number == number))
            assert row is not None
            positions.position_of(session, row, interleave)
            timings.append((time.perf_counter() - start) * 1000)
            session.expunge(row)
    return timings


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=500_000)
    parser.add_argument("--places", type=int, default=20_000)
    parser.add_argument("--lookup-applications", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--admin-dsn", default=ADMIN)
    parser.add_argument("--interleave", default="", help="e.g. 1:3 (Astana's rule)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    name = f"kiosk_bench_{secrets.token_hex(4)}"
    _pg(args.admin_dsn, f'CREATE DATABASE "{name}"')
    dsn = f"host=127.0.0.1 port=5432 user=postgres dbname={name}"
    engine = make_engine(URL.format(name=name))
    rng = random.Random(2026)
    ok = True
    try:
        started = time.perf_counter()
        upgrade(engine)
        groups = _reference(engine)
        sequences: dict[int, int] = {}
        _load(dsn, 1, args.applications, rng, sequences)
        _places(dsn, groups, args.places, rng)
        _rebuild_counts(engine)
        _analyze(dsn)
        print(f"database {name}: {args.applications} applications, {args.places} open places "
              f"loaded in {time.perf_counter() - started:.1f} s")
        rules = RegionRules.from_mapping(
            {"priority_interleave": args.interleave} if args.interleave else {})
        service = CentralService(engine, _NoVerifier(), MemorySmsGateway(),
                                 rules={DEMO_REGION: rules}, clock=lambda: NOW)
        queue = QueueEngine(service)

        dry = time.perf_counter()
        preview = queue.allocate(NOW, dry_run=True)
        dry_s = time.perf_counter() - dry
        start = time.perf_counter()
        report = queue.allocate(NOW, tell=False)
        allocation_s = time.perf_counter() - start
        start = time.perf_counter()
        told = queue.queue_turn_messages(NOW)
        tell_s = time.perf_counter() - start
        print(f"full allocation: {report.offers} turns given in {len(report.pools)} pools "
              f"in {allocation_s:.2f} s (dry run {dry_s:.2f} s, {preview.offers} turns); "
              f"target <= {TARGET_ALLOCATION_S:.0f} s")
        ok &= allocation_s <= TARGET_ALLOCATION_S
        with engine.connect() as connection:
            outbox = connection.scalar(text("SELECT count(*) FROM notification_outbox"))
        print(f"  then the outbox: {outbox} messages to {told} applicants queued in "
              f"{tell_s:.2f} s (its own transaction); run {report.run_id}, digest "
              f"{report.digest[:16]}…")

        extra = max(0, args.lookup_applications - args.applications)
        if extra:
            started = time.perf_counter()
            _load(dsn, args.applications + 1, extra, rng, sequences)
            _rebuild_counts(engine)
            _analyze(dsn)
            print(f"grown to {args.lookup_applications} applications in "
                  f"{time.perf_counter() - started:.1f} s")
        with engine.connect() as connection:
            numbers = [n for (n,) in connection.execute(text(
                "SELECT number FROM applications WHERE status IN ('queued', 'notified') "
                "ORDER BY random() LIMIT :n"), {"n": args.lookups})]
        for label, interleave in (("priority first", None), ("interleave 1:3", (1, 3))):
            _lookups(service, numbers[:50], interleave)  # warm the cache
            timings = _lookups(service, numbers, interleave)
            p50, p99 = _percentile(timings, 0.5), _percentile(timings, 0.99)
            print(f"queue-number lookup ({label}) at {args.lookup_applications} applications: "
                  f"p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {max(timings):.2f} ms over "
                  f"{len(timings)} lookups; target p99 <= {TARGET_LOOKUP_P99_MS:.0f} ms")
            ok &= p99 <= TARGET_LOOKUP_P99_MS
    finally:
        engine.dispose()
        if not args.keep:
            _pg(args.admin_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            print(f"kept database {name}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
