"""The outbox: offline submission, delivery when the link returns, exactly once, purge."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from central_kit import AIGERIM, NURISLAM, ApiServer, Signer, demo_verifier, extra_children
from sqlalchemy import func, select

from kiosk.central import models
from kiosk.central.db import make_engine
from kiosk.central.errors import CentralError
from kiosk.central.protocol import Register
from kiosk.central.service import CentralService
from kiosk.central.signatures import Purpose, SignatureVerifier, VerifiedDocument
from kiosk.central.sms import MemorySmsGateway
from kiosk.domain.numbers import QueueType
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.store.db import open_store
from kiosk.store.models import OutboxState
from kiosk.store.outbox import Outbox
from kiosk.sync.delivery import Backoff, Deliverer
from kiosk.sync.embedded import EmbeddedCentralLink
from kiosk.sync.errors import OfflineError
from kiosk.sync.http_link import HttpCentralLink

RUNNER = Path(__file__).with_name("outbox_runner.py")
KARAGANDA = "351010000"
NO_WAIT = Backoff(base=timedelta(0))


def _register(signer: Signer, child: str = NURISLAM) -> bytes:
    return signer.request(AIGERIM, Register(AIGERIM, child, QueueType.ORDINARY, KARAGANDA))


def _applications(service: CentralService, children: list[str]) -> dict[str, int]:
    with service.transaction() as session:
        rows = session.execute(select(models.Application.child_iin, func.count())
                               .where(models.Application.child_iin.in_(children))
                               .group_by(models.Application.child_iin))
        return {child: int(count) for child, count in rows}


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(open_store(tmp_path / "kiosk.sqlite3"))


@pytest.fixture
def http_links() -> Iterator[list[HttpCentralLink]]:
    """Links a test opens; closed at its end."""
    opened: list[HttpCentralLink] = []
    yield opened
    for link in opened:
        link.close()


def _dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there


def test_a_request_made_while_the_service_is_down_is_delivered_when_it_returns(
        service: CentralService, api: ApiServer, signer: Signer, outbox: Outbox,
        http_links: list[HttpCentralLink]) -> None:
    document = _register(signer)
    http_links.extend([HttpCentralLink(_dead_url(), timeout=2), HttpCentralLink(api.url)])
    down = Deliverer(http_links[0], outbox, backoff=NO_WAIT)
    receipt = down.submit(document)
    assert receipt.pending and receipt.result is None and receipt.action == "register"
    assert outbox.count() == 1 and outbox.pending()[0].document == document
    report = down.deliver_due()
    assert report.offline and outbox.count() == 1

    up = Deliverer(http_links[1], outbox, backoff=NO_WAIT)
    report = up.deliver_due()
    assert report.delivered == [receipt.key]
    item = outbox.get(receipt.key)
    assert item is not None and item.state == OutboxState.DELIVERED
    assert item.document is None  # personal data purged
    assert item.number and item.number.startswith("UO.")
    assert AIGERIM not in item.result_json and NURISLAM not in item.result_json
    assert _applications(service, [NURISLAM]) == {NURISLAM: 1}
    assert up.deliver_due().delivered == []


def test_an_answer_lost_on_the_way_back_is_not_applied_twice(
        sqlite_service: CentralService, signer: Signer, outbox: Outbox) -> None:
    link = EmbeddedCentralLink(sqlite_service)
    document = _register(signer)
    first = link.submit(document)  # the central side applied it; the kiosk never heard
    receipt = Deliverer(link, outbox).submit(document)
    assert receipt.result is not None and receipt.result.replayed
    assert receipt.result.number == first.number
    assert _applications(sqlite_service, [NURISLAM]) == {NURISLAM: 1}


def test_a_refused_request_is_recorded_and_purged(sqlite_service: CentralService, signer: Signer,
                                                  outbox: Outbox) -> None:
    document = signer.request(AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA),
                              purpose=KeyPurpose.AUTH)
    deliverer = Deliverer(EmbeddedCentralLink(sqlite_service), outbox)
    with pytest.raises(CentralError) as refused:
        deliverer.submit(document)
    assert refused.value.code == "auth_key_for_signing"
    item = outbox.pending()
    assert item == []
    with pytest.raises(CentralError) as again:
        deliverer.submit(document)  # the same document again: the recorded refusal
    assert again.value.code == "auth_key_for_signing"


def test_back_off_grows_and_is_capped() -> None:
    backoff = Backoff(base=timedelta(seconds=5), cap=timedelta(minutes=10), jitter=0.0)
    delays = [backoff.delay(n).total_seconds() for n in (1, 2, 3, 4, 10)]
    assert delays == [5, 10, 20, 40, 600]
    jittered = Backoff(jitter=0.2).delay(1, rng=lambda: 1.0)
    assert jittered == timedelta(seconds=6)


class _SlowVerifier(SignatureVerifier):
    """Makes each delivery take a while, so a kill lands in the middle of one."""

    def __init__(self, inner: SignatureVerifier, delay: float) -> None:
        self._inner, self._delay = inner, delay

    def verify(self, document: bytes, purpose: Purpose, at: datetime) -> VerifiedDocument:
        time.sleep(self._delay)
        return self._inner.verify(document, purpose, at)


@pytest.fixture
def slow_api(sqlite_central_url: str, demo_pki: DemoPki) -> Iterator[tuple[CentralService, ApiServer]]:
    service = CentralService(make_engine(sqlite_central_url),
                             _SlowVerifier(demo_verifier(demo_pki), 0.1), MemorySmsGateway())
    server = ApiServer(service).start()
    yield service, server
    server.stop()
    service.engine.dispose()


@pytest.fixture
def runners() -> Iterator[list[subprocess.Popen[str]]]:
    """Kiosk subprocesses a test starts; killed if still running at its end."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def _run(runners: list[subprocess.Popen[str]], store: Path, url: str,
         *extra: str) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, str(RUNNER), str(store), url, *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    runners.append(process)
    return process


def _received(service: CentralService) -> int:
    with service.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(models.SignedRequestRecord))
                   or 0)


def test_a_kiosk_killed_mid_delivery_loses_and_duplicates_nothing(
        slow_api: tuple[CentralService, ApiServer], signer: Signer, tmp_path: Path,
        http_links: list[HttpCentralLink], runners: list[subprocess.Popen[str]]) -> None:
    service, server = slow_api
    store = tmp_path / "kiosk.sqlite3"
    outbox = Outbox(open_store(store))
    children = [iin for iin, _ in extra_children()][:16]
    http_links.append(HttpCentralLink(_dead_url(), timeout=2))
    offline = Deliverer(http_links[0], outbox)
    keys = [offline.submit(_register(signer, child)).key for child in children]
    assert outbox.count() == 16

    # 1. killed at the worst moment: the service applied request 3, the kiosk did not record it
    first = _run(runners, store, server.url, "--die-after-submit", "3")
    output, _ = first.communicate(timeout=60)
    assert first.returncode == -signal.SIGKILL, output
    # 2. killed at an arbitrary moment, in the middle of a delivery
    second = _run(runners, store, server.url)
    deadline = time.monotonic() + 60
    while _received(service) < 7:
        assert time.monotonic() < deadline and second.poll() is None
        time.sleep(0.02)
    time.sleep(0.05)
    os.kill(second.pid, signal.SIGKILL)
    second.communicate(timeout=30)
    assert second.returncode == -signal.SIGKILL
    assert outbox.count() > 0  # work is left
    # 3. restarted: it finishes
    third = _run(runners, store, server.url)
    output, _ = third.communicate(timeout=120)
    assert third.returncode == 0, output

    assert _applications(service, children) == dict.fromkeys(children, 1)
    assert outbox.count(OutboxState.PENDING) == 0
    assert outbox.count(OutboxState.DELIVERED) == 16
    for key in keys:
        item = outbox.get(key)
        assert item is not None and item.document is None and item.number
    assert len({outbox.get(k).number for k in keys}) == 16  # type: ignore[union-attr]


class _SwitchLink(EmbeddedCentralLink):
    """An embedded link whose network can be unplugged."""

    def __init__(self, service: CentralService) -> None:
        super().__init__(service)
        self.up = threading.Event()

    def _gate(self) -> None:
        if not self.up.is_set():
            raise OfflineError("unplugged")

    def health(self):  # type: ignore[no-untyped-def]
        self._gate()
        return super().health()

    def submit(self, signed: bytes):  # type: ignore[no-untyped-def]
        self._gate()
        return super().submit(signed)

    def regions(self):  # type: ignore[no-untyped-def]
        self._gate()
        return super().regions()


def test_the_worker_reports_the_link_state_and_flushes_when_it_returns(
        sqlite_service: CentralService, signer: Signer, outbox: Outbox) -> None:
    from kiosk.sync.worker import SyncWorker

    link = _SwitchLink(sqlite_service)
    worker = SyncWorker(link, Deliverer(link, outbox, backoff=Backoff(base=timedelta(seconds=30))),
                        poll_interval=5.0, probe_interval=0.05)
    states: list[bool] = []
    changed = threading.Event()

    def on_change(online: bool) -> None:
        states.append(online)
        changed.set()

    unsubscribe = worker.subscribe(on_change)
    worker.start()
    try:
        with pytest.raises(OfflineError):
            worker.call(lambda l: l.regions()).result(timeout=10)
        receipt = worker.submit(_register(signer)).result(timeout=10)
        assert receipt.pending
        assert worker.online is False and states == [False]
        changed.clear()
        link.up.set()  # the network is back
        assert changed.wait(10)
        deadline = time.monotonic() + 10
        while outbox.count() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert outbox.count() == 0
        assert states == [False, True] and worker.online is True
        regions = worker.call(lambda l: l.regions()).result(timeout=10)
        assert regions
        assert _applications(sqlite_service, [NURISLAM]) == {NURISLAM: 1}
    finally:
        unsubscribe()
        worker.stop()


def test_answered_entries_are_forgotten_after_a_while(outbox: Outbox) -> None:
    past = datetime.now(timezone.utc) - timedelta(days=40)
    outbox.add("a" * 32, "register", b"<x/>", now=past)
    outbox.mark_delivered("a" * 32, "{}", "UO.2026.000001.1", now=past)
    outbox.add("b" * 32, "register", b"<y/>")
    assert outbox.forget_answered(timedelta(days=30)) == 1
    assert outbox.get("a" * 32) is None and outbox.get("b" * 32) is not None

