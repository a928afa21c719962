"""Fixtures of the central service tests: a fresh database per test on SQLite and PostgreSQL."""

from central_fixtures import (  # noqa: F401  (fixtures)
    api,
    backend,
    central_url,
    service,
    signer,
    sqlite_central_url,
    sqlite_service,
)
