"""Per-test fixtures of the central service, shared by tests/central and tests/sync.

Each of those conftests imports them; the session-wide ones (``demo_pki``,
``central_templates``) live in tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from central_kit import ApiServer, Signer, Templates, make_service

from kiosk.central.service import CentralService
from kiosk.eds.demo_pki import DemoPki

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend under test."""
    return str(request.param)


@pytest.fixture
def central_url(central_templates: Templates, backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, seeded central database for this test."""
    yield from central_templates.fresh(backend, tmp_path)


@pytest.fixture
def sqlite_central_url(central_templates: Templates, tmp_path: Path) -> Iterator[str]:
    """A fresh, seeded SQLite central database (tests that need only one backend)."""
    yield from central_templates.fresh("sqlite", tmp_path)


@pytest.fixture
def service(central_url: str, demo_pki: DemoPki) -> Iterator[CentralService]:
    """The central service over the test's database, trusting the demo PKI."""
    svc = make_service(central_url, demo_pki)
    yield svc
    svc.engine.dispose()


@pytest.fixture
def sqlite_service(sqlite_central_url: str, demo_pki: DemoPki) -> Iterator[CentralService]:
    """The central service over a SQLite database."""
    svc = make_service(sqlite_central_url, demo_pki)
    yield svc
    svc.engine.dispose()


@pytest.fixture(scope="session")
def signer(demo_pki: DemoPki) -> Signer:
    """Signs as the demo register's adults."""
    return Signer(demo_pki)


@pytest.fixture
def api(service: CentralService) -> Iterator[ApiServer]:
    """The HTTP API over the test's service, on a loopback port."""
    server = ApiServer(service).start()
    yield server
    server.stop()
