"""The kiosk's local SQLite database: opened, migrated and configured for durability.

Synchronous FULL with WAL: a committed outbox entry survives a killed process or a power
cut. ``BEGIN IMMEDIATE`` serialises writers (the UI thread's enqueue and the delivery
thread) without lock-upgrade deadlocks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kiosk.settings import Settings

STORE_FILE = "kiosk.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_BUSY_MS = 30_000


def store_path(settings: Settings) -> Path:
    """The store file of these settings (in the data dir)."""
    return settings.data_path / STORE_FILE


def make_store_engine(path: Path) -> Engine:
    """An engine on the SQLite file ``path`` (created with its directory when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}",
                           connect_args={"check_same_thread": False, "timeout": _BUSY_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


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
