"""The scheduler inside the service, and the queue engine's migration."""

from __future__ import annotations

import time

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from queue_kit import World
from sqlalchemy import func, select

from kiosk.central import models
from kiosk.central.engine import Scheduler
from kiosk.central.migrate import alembic_config, current_revision, head_revision, upgrade
from kiosk.central.models import Base


def test_the_scheduler_ticks_in_the_background_until_stopped(world: World) -> None:
    """The deadlines are run by a scheduler inside the service (`serve` starts it, with the
    interval of ``central.scheduler_interval_s``)."""
    child = world.add_child("2022-03-01", registered="2025-06-01T10:00")
    with world.session() as session:  # an open place, not yet allocated
        from kiosk.central import places

        garden = session.scalar(select(models.Kindergarten)
                                .where(models.Kindergarten.code == "DS-Q1"))
        assert garden is not None
        places.publish(session, garden, birth_year=2022, language="kk", count=1,
                       now=world.clock.now, by="test")
    scheduler = Scheduler(world.queue, 0.05).start()
    try:
        deadline = time.monotonic() + 10
        while scheduler.ticks < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        scheduler.stop()
    assert scheduler.ticks >= 2 and world.status(child) == "notified"
    assert {m.template for m in world.outbox(child)} == {"turn_came"}


def test_the_migration_goes_down_and_up_again_with_its_counters(world: World) -> None:
    """The queue engine's revision downgrades and upgrades on both dialects; the counters'
    triggers come back and count the applications already there."""
    world.add_child("2022-03-01", registered="2025-06-01T10:00")
    world.add_child("2022-03-02", registered="2025-06-02T10:00")
    engine = world.service.engine
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002_official_documents")
    assert current_revision(engine) == "0002_official_documents"
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    with world.session() as session:
        months = session.scalar(select(func.sum(models.QueueCount.n))
                                .where(models.QueueCount.bucket < 1_000_000))
    assert months == 2
    world.add_child("2022-03-03", registered="2025-06-03T10:00")  # the triggers count again
    with world.session() as session:
        days = session.scalar(select(func.sum(models.QueueCount.n))
                              .where(models.QueueCount.bucket > 1_000_000))
    assert days == 3
