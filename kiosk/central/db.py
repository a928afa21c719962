"""Engines and sessions of the central database: PostgreSQL in production, SQLite embedded.

SQLite serialises writers: every transaction starts with ``BEGIN IMMEDIATE`` (so two
writers never deadlock upgrading a read lock) and waits up to ``busy_timeout`` for the
other; WAL mode lets readers run beside the writer. PostgreSQL runs at READ COMMITTED
and the code locks the rows it must serialise on (``SELECT … FOR UPDATE``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from kiosk.settings import Settings
from kiosk.store.sqlite import sqlite_engine

DEFAULT_FILE_NAME = "central.sqlite3"
_SQLITE_BUSY_MS = 30_000


def default_database_url(settings: Settings) -> str:
    """The central database of the settings: ``central.database`` or SQLite in the data dir."""
    if settings.central.database:
        return settings.central.database
    return sqlite_url(settings.data_path / DEFAULT_FILE_NAME)


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def is_sqlite(url: str) -> bool:
    """True when ``url`` names a SQLite database."""
    return make_url(url).get_backend_name() == "sqlite"


def _normalise(url: str) -> str:
    """Give a bare ``postgresql://`` URL the psycopg 3 driver installed with the project."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url`` with the settings the service relies on.

    For SQLite: the file's directory is created, foreign keys enforced, WAL journal, a busy
    timeout, and ``BEGIN IMMEDIATE`` transactions. For PostgreSQL: pre-ping pooled
    connections so a restarted server costs one failed request, not a broken pool.
    """
    url = _normalise(url)
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        return sqlite_engine(url, busy_ms=_SQLITE_BUSY_MS, synchronous="NORMAL", **kwargs)
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """The session factory of the service: objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)
