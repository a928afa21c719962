"""Alembic environment of the kiosk's local store (run through :func:`kiosk.store.db.upgrade`)."""

from __future__ import annotations

from alembic import context

from kiosk.store.models import StoreBase


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # pragma: no cover - only through kiosk.store.db
        raise RuntimeError("run the store migrations through kiosk.store.db")
    context.configure(connection=connection, target_metadata=StoreBase.metadata,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


_main()
