"""Fixtures of the queue engine tests: a fresh queue database per test on SQLite and
PostgreSQL, a settable clock, and a kindergarten staff member's organisation key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from central_fixtures import backend  # noqa: F401  (fixture: sqlite, postgres)
from queue_kit import KINDERGARTENS, QueueTemplates, World, world_fixture

from kiosk.central.demo_staff import StaffKey, issue_staff_key
from kiosk.domain.demo_register import DEMO_ADULTS
from kiosk.eds.demo_pki import DemoPki


@pytest.fixture(scope="session")
def queue_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueueTemplates]:
    kit = QueueTemplates(tmp_path_factory.mktemp("queue-templates"))
    yield kit
    kit.close()


@pytest.fixture
def queue_url(queue_templates: QueueTemplates, backend: str, tmp_path: Path) -> Iterator[str]:
    yield from queue_templates.fresh(backend, tmp_path)


@pytest.fixture
def sqlite_queue_url(queue_templates: QueueTemplates, tmp_path: Path) -> Iterator[str]:
    yield from queue_templates.fresh("sqlite", tmp_path)


@pytest.fixture
def world(queue_url: str, demo_pki: DemoPki) -> Iterator[World]:
    yield from world_fixture(queue_url, demo_pki)


@pytest.fixture(scope="session")
def staff_key(demo_pki: DemoPki, tmp_path_factory: pytest.TempPathFactory) -> StaffKey:
    """An employee of DS-Q1 (its BIN, role 1.2.398.3.3.4.1.2.5), signing key."""
    _, _, _, bin_, _ = KINDERGARTENS[0]
    return issue_staff_key(demo_pki.directory, tmp_path_factory.mktemp("staff"),
                           iin=DEMO_ADULTS[1].iin, bin=bin_, organisation="ДС DS-Q1")
