"""SQLite as both of the project's databases use it: the kiosk's local store
(:mod:`kiosk.store.db`) and the central service's embedded database (:mod:`kiosk.central.db`).

Every transaction starts with ``BEGIN IMMEDIATE``, so two writers never deadlock upgrading a
read lock, and waits up to ``busy_ms`` for the other; WAL lets readers run beside the writer;
foreign keys are enforced. ``synchronous`` is the caller's durability: FULL keeps a committed
transaction through a power cut, NORMAL may lose the last ones but never corrupts.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event


def sqlite_engine(url: str, *, busy_ms: int, synchronous: Literal["NORMAL", "FULL"],
                  **kwargs: Any) -> Engine:
    """An engine on the SQLite database ``url`` configured as above (``kwargs`` go to
    :func:`sqlalchemy.create_engine`)."""
    engine = create_engine(url, connect_args={"check_same_thread": False,
                                              "timeout": busy_ms / 1000}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from pysqlite so BEGIN IMMEDIATE below is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
