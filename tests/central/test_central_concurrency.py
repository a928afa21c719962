"""Numbers under concurrency: 50 registrations at once get unique, gap-free numbers."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import httpx
import pytest
from central_kit import AIGERIM, ApiServer, Signer, extra_children, make_service
from sqlalchemy import select

from kiosk.central import models
from kiosk.central.protocol import Register
from kiosk.central.service import CentralService
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.eds.demo_pki import DemoPki

CLIENTS = 50


@pytest.fixture(scope="module")
def documents(signer: Signer) -> list[bytes]:
    """One signed registration per client (reused: every test has a fresh database)."""
    children = [iin for iin, _ in extra_children()][:CLIENTS]
    return [signer.request(AIGERIM, Register(AIGERIM, child, QueueType.ORDINARY, "351010000"))
            for child in children]


def _last_sequence(service: CentralService, year: int) -> int:
    with service.transaction() as session:
        row = session.scalar(select(models.NumberSequence)
                             .where(models.NumberSequence.queue_type == "UO",
                                    models.NumberSequence.year == year))
        return 0 if row is None else row.last


def _check_gap_free(service: CentralService, numbers: list[str], before: int) -> None:
    parsed = sorted(ApplicationNumber.parse(n) for n in numbers)
    assert len(set(numbers)) == CLIENTS
    assert [n.sequence for n in parsed] == list(range(before + 1, before + CLIENTS + 1))
    assert _last_sequence(service, parsed[0].year) == before + CLIENTS
    with service.transaction() as session:
        stored = set(session.scalars(select(models.Application.number)))
    assert set(numbers) <= stored


def test_concurrent_submissions_in_process_get_gap_free_numbers(
        central_url: str, demo_pki: DemoPki, documents: list[bytes]) -> None:
    services = [make_service(central_url, demo_pki) for _ in range(CLIENTS)]  # one engine each
    year = services[0].now().year
    before = _last_sequence(services[0], year)
    start = Barrier(CLIENTS)

    def submit(pair: tuple[CentralService, bytes]) -> str:
        service, document = pair
        start.wait()
        return service.submit(document).number or ""

    try:
        with ThreadPoolExecutor(CLIENTS) as pool:
            numbers = list(pool.map(submit, zip(services, documents)))
        _check_gap_free(services[0], numbers, before)
    finally:
        for service in services:
            service.engine.dispose()


def test_concurrent_submissions_over_http_get_gap_free_numbers(
        service: CentralService, api: ApiServer, documents: list[bytes]) -> None:
    before = _last_sequence(service, service.now().year)
    start = Barrier(CLIENTS)

    def submit(document: bytes) -> str:
        with httpx.Client(base_url=api.url, timeout=60) as client:  # a client of its own
            start.wait()
            response = client.post("/requests", content=document,
                                   headers={"content-type": "application/xml"})
        assert response.status_code == 200, response.text
        return str(response.json()["number"])

    with ThreadPoolExecutor(CLIENTS) as pool:
        numbers = list(pool.map(submit, documents))
    _check_gap_free(service, numbers, before)


def test_the_same_request_delivered_concurrently_is_applied_once(
        central_url: str, demo_pki: DemoPki, documents: list[bytes]) -> None:
    document = documents[0]
    services = [make_service(central_url, demo_pki) for _ in range(8)]
    start = Barrier(len(services))

    def submit(service: CentralService) -> tuple[str, bool]:
        start.wait()
        result = service.submit(document)
        return result.number or "", result.replayed

    try:
        with ThreadPoolExecutor(len(services)) as pool:
            results = list(pool.map(submit, services))
        assert len({number for number, _ in results}) == 1
        assert sorted(replayed for _, replayed in results) == [False] + [True] * 7
    finally:
        for service in services:
            service.engine.dispose()


@pytest.fixture(autouse=True)
def _enough_children() -> None:
    assert len(extra_children()) >= CLIENTS
