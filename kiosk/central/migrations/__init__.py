"""Alembic migrations of the central database (run by :mod:`kiosk.central.migrate`)."""
