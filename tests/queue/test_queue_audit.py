"""The allocation log: a third party re-runs it and gets the same turns; tampering shows."""

from __future__ import annotations

import json
import shutil
import zlib
from pathlib import Path

import pytest
from queue_kit import World
from sqlalchemy import delete, select, update

from kiosk.central import audit, models
from kiosk.central.cli import main
from kiosk.central.db import make_sessionmaker
from kiosk.domain.benefit import PriorityClass
from kiosk.domain.rules import RegionRules
from kiosk.eds.demo_pki import DemoPki


def busy_queue(world: World) -> list[str]:
    """Several runs: publications, a lapsed turn, places of two languages and years."""
    numbers = [world.add_child(f"202{2 + n % 2}-03-0{1 + n % 5}",
                               registered=f"2025-{4 + n % 6:02d}-1{n % 10}T10:00",
                               priority=list(PriorityClass)[n % 3],
                               language=(None, "kk", "ru")[n % 3]) for n in range(14)]
    world.publish("DS-Q1", 2022, "kk", 2, when="2026-03-02T09:00")
    world.publish("DS-Q1", 2023, "ru", 3, when="2026-03-03T09:00")
    world.tick("2026-03-10T09:00")
    world.publish("DS-Q2", 2023, "kk", 2, when="2026-03-11T09:00")
    return numbers


def report(world: World, since: str | None = None, until: str | None = None
           ) -> audit.AuditReport:
    from kiosk.central.queue_cli import _day

    with make_sessionmaker(world.service.engine).begin() as session:
        return audit.audit(session, _day(since, False), _day(until, True))


def test_the_log_re_runs_to_the_same_turns(world: World, tmp_path: Path) -> None:
    """`kiosk-central audit --from --to` re-runs each logged run: same turns, unbroken
    chain, every turn in the history, and the queue as the history says it stood."""
    busy_queue(world)
    checked = report(world, "2026-03-01", "2026-03-31")
    assert checked.match, checked.to_json()
    assert len(checked.runs) == 3 and sum(r.offers for r in checked.runs) >= 5
    assert all(r.queue and r.history for r in checked.runs)
    assert [r.run for r in report(world, "2026-03-03", "2026-03-03").runs] == \
        [checked.runs[1].run]
    published = tmp_path / "log.jsonl"
    with make_sessionmaker(world.service.engine).begin() as session, \
            published.open("w", encoding="utf-8") as out:
        assert audit.export(session, out) == 3
    assert audit.audit_path(published).match  # a third party, without the database
    lines = published.read_text(encoding="utf-8").splitlines()
    record = json.loads(json.loads(lines[1])["record"])
    pool = next(p for p in record["pools"] if len(p["decisions"]) >= 2)
    pool["decisions"][0], pool["decisions"][1] = pool["decisions"][1], pool["decisions"][0]
    forged = json.loads(lines[1])
    forged["record"] = json.dumps(record, sort_keys=True, separators=(",", ":"),
                                  ensure_ascii=False)
    lines[1] = json.dumps(forged, ensure_ascii=False)
    published.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tampered = audit.audit_path(published)
    assert [r.match for r in tampered.runs] == [True, False, True]
    assert not tampered.runs[1].chain and not tampered.runs[1].rerun


def test_tampering_with_the_log_the_history_or_the_queue_is_found(world: World) -> None:
    """A changed record breaks the chain; a turn without its history line, or an input that
    is not the queue as its history stood, is a mismatch."""
    numbers = busy_queue(world)
    with world.session() as session:
        run = session.scalar(select(models.AllocationRun).order_by(models.AllocationRun.id))
        assert run is not None
        original = run.record
        record = json.loads(zlib.decompress(run.record))
        record["pools"][0]["cursor_after"] += 1
        run.record = zlib.compress(json.dumps(record, sort_keys=True,
                                              separators=(",", ":")).encode())
    broken = report(world)
    assert not broken.match and not broken.runs[0].chain and not broken.runs[0].rerun
    with world.session() as session:
        session.execute(update(models.AllocationRun).where(models.AllocationRun.id == run.id)
                        .values(record=original))
        line = session.scalar(select(models.HistoryRecord)
                              .where(models.HistoryRecord.request_key == f"allocation:{run.id}")
                              .limit(1))
        assert line is not None
        session.execute(delete(models.HistoryRecord).where(models.HistoryRecord.id == line.id))
    assert report(world).runs[0].history is False
    with world.session() as session:  # put it back, then forge a registration time
        session.add(models.HistoryRecord(**{c: getattr(line, c) for c in (
            "application_id", "at", "actor_kind", "actor_ident", "service_centre", "action",
            "from_status", "to_status", "reason", "comment", "details_json", "request_key")}))
    assert report(world).match
    pool = record["pools"][0]
    read = {c[0] for stream in pool["streams"].values() for c in stream}
    with world.session() as session:  # a child the run did not read, made out-of-turn and
        # registered first, with no history line saying so: not the queue as it stood
        other = session.scalar(select(models.Application).where(
            models.Application.birth_year == pool["birth_year"],
            models.Application.id.not_in(read)).limit(1))
        assert other is not None
        other.priority, other.benefit_category = "out_of_turn", "servicemen_children"
        other.registered_at = other.registered_at.replace(year=2024)
    forged = report(world).runs[0]
    assert forged.queue is False and "not the first of the queue" in forged.problems[0]
    assert numbers


def test_the_audit_cli_and_the_interleave(queue_url: str, demo_pki: DemoPki, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`kiosk-central audit` exits 0 on match, 1 on mismatch, and re-runs Astana's 1 : 3
    cycle with its cursor."""
    from queue_kit import make_world

    world = make_world(queue_url, demo_pki,
                       rules={"350000000": RegionRules(priority_interleave=(1, 3))})
    try:
        busy_queue(world)
        data = tmp_path / "data"
        shutil.copytree(demo_pki.directory, data / "demo-pki")
        config = tmp_path / "kiosk.toml"
        config.write_text(f'data_dir = "{data}"\n', encoding="utf-8")
        out = tmp_path / "log.jsonl"
        capsys.readouterr()
        assert main(["audit", "--db", world.url, "--config", str(config), "--from",
                     "2026-03-01", "--to", "2026-03-31", "--json", "--export", str(out)]) == 0
        verdict = json.loads(capsys.readouterr().out)
        assert verdict["result"] == "match" and verdict["runs"] == 3
        assert main(["audit", "--file", str(out)]) == 0
        capsys.readouterr()
        with world.session() as session:
            session.execute(update(models.AllocationRun).values(digest="0" * 64))
        assert main(["audit", "--db", world.url, "--config", str(config)]) == 1
        assert "MISMATCH" in capsys.readouterr().out
    finally:
        world.close()
