"""Alembic environment of the central database.

Run programmatically (:func:`kiosk.central.migrate.upgrade`), which passes an open
connection in ``config.attributes["connection"]``; SQLite gets batch mode so that later
revisions can alter tables there too.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from kiosk.central.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # pragma: no cover - only through kiosk.central.migrate
        raise RuntimeError("run the central migrations through kiosk.central.migrate")
    _run(connection)


_main()
