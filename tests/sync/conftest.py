"""Fixtures of the kiosk link tests: the central side as in tests/central."""

from central_fixtures import (  # noqa: F401  (fixtures)
    api,
    backend,
    central_url,
    service,
    signer,
    sqlite_central_url,
    sqlite_service,
)
