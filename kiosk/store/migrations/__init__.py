"""Alembic migrations of the kiosk's local store (run by :mod:`kiosk.store.db`)."""
