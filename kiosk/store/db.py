"""The kiosk's local SQLite database: opened, migrated and configured for durability.

Synchronous FULL with WAL: a committed outbox entry survives a killed process or a power
cut. ``BEGIN IMMEDIATE`` serialises writers (the UI thread's enqueue and the delivery
thread) without lock-upgrade deadlocks.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.settings import Settings
from kiosk.store.sqlite import sqlite_engine

STORE_FILE = "kiosk.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_BUSY_MS = 30_000


def store_path(settings: Settings) -> Path:
    """The store file of these settings (in the data dir)."""
    return settings.data_path / STORE_FILE


def make_store_engine(path: Path) -> Engine:
    """An engine on the SQLite file ``path`` (created with its directory when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return sqlite_engine(f"sqlite:///{path}", busy_ms=_BUSY_MS, synchronous="FULL")


def alembic_config() -> Config:
    """Alembic configuration of the packaged store migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the store to ``revision`` (default: newest)."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The store's revision (None when empty)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest shipped store revision."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def open_store(path: Path) -> sessionmaker[Session]:
    """Open (and migrate) the store at ``path``; returns its session factory."""
    engine = make_store_engine(path)
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)
