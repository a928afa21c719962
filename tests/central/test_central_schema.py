"""The migrations: the same revisions build the models' schema on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from central_kit import pg_database, postgres_available
from sqlalchemy import inspect

from kiosk.central.db import make_engine, sqlite_url
from kiosk.central.migrate import current_revision, head_revision, is_up_to_date, upgrade
from kiosk.central.models import Base
from kiosk.store import db as store_db
from kiosk.store.models import StoreBase


@pytest.fixture
def empty_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield sqlite_url(tmp_path / "empty.sqlite3")
        return
    if not postgres_available():
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    with pg_database("kiosk_empty_") as url:
        yield url


def test_migrations_build_exactly_the_models(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        upgrade(engine)  # idempotent
        assert is_up_to_date(engine) and current_revision(engine) == head_revision()
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
        indexes = {i["name"]: i for i in inspect(engine).get_indexes("applications")}
        assert indexes["uq_applications_one_active"]["unique"]
    finally:
        engine.dispose()


def test_the_store_migrations_build_the_outbox(tmp_path: Path) -> None:
    engine = store_db.make_store_engine(tmp_path / "kiosk.sqlite3")
    try:
        store_db.upgrade(engine)
        assert store_db.current_revision(engine) == store_db.head_revision()
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection),
                                    StoreBase.metadata) == []
    finally:
        engine.dispose()
