"""The two links: in-process and HTTPS give the same answers and the same refusal codes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from central_kit import AIGERIM, AYAULYM, DARYA, NURISLAM, OLGA, ApiServer, Signer

from kiosk.central.errors import CentralError
from kiosk.central.protocol import ConfirmInterest, Register
from kiosk.central.service import CentralService
from kiosk.central.sms import MemorySmsGateway
from kiosk.domain.numbers import QueueType
from kiosk.settings import load_settings
from kiosk.sync.embedded import EmbeddedCentralLink
from kiosk.sync.errors import OfflineError
from kiosk.sync.factory import open_link, open_sync
from kiosk.sync.http_link import HttpCentralLink
from kiosk.sync.link import CentralLink

KARAGANDA = "351010000"


@pytest.fixture
def links(service: CentralService, api: ApiServer) -> Iterator[tuple[CentralLink, CentralLink]]:
    http = HttpCentralLink(api.url)
    yield EmbeddedCentralLink(service), http
    http.close()


def _login(link: CentralLink, service: CentralService, iin: str) -> str:
    link.request_code(iin)
    sms = service._sms  # noqa: SLF001 - the tests' in-memory gateway
    assert isinstance(sms, MemorySmsGateway)
    code = sms.last_code({AIGERIM: "+77011234567", OLGA: "+77051234569"}[iin])
    assert code is not None
    return link.login_with_code(iin, code).token


def test_both_links_answer_alike(links: tuple[CentralLink, CentralLink], service: CentralService,
                                 signer: Signer) -> None:
    embedded, http = links
    document = signer.request(AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA))
    first = embedded.submit(document)
    replay = http.submit(document)
    assert replay.replayed and replay.number == first.number
    number = first.number or ""
    token_e = _login(embedded, service, AIGERIM)  # by one-time code
    assert isinstance(embedded, EmbeddedCentralLink)
    assert embedded.demo_sent_code(AIGERIM) is not None
    token_h = http.login_with_signature(  # by AUTH key
        signer.login(AIGERIM, http.create_challenge().nonce)).token
    assert embedded.journal(token_e) == http.journal(token_h)
    assert embedded.application(token_e, number) == http.application(token_h, number)
    assert embedded.free_places(token_e, number) == http.free_places(token_h, number)
    assert embedded.me(token_e) == http.me(token_h)
    assert embedded.person(token_e, AYAULYM) == http.person(token_h, AYAULYM)
    doc_id = embedded.application(token_e, number).documents[0].id
    assert embedded.document(token_e, number, doc_id) == http.document(token_h, number, doc_id)
    assert embedded.search_queue(NURISLAM) == http.search_queue(NURISLAM)
    assert embedded.statistics("350000000").rows == http.statistics("350000000").rows
    assert embedded.regions() == http.regions()
    assert embedded.districts("350000000") == http.districts("350000000")
    assert embedded.benefit_categories() == http.benefit_categories()
    assert embedded.kindergartens(KARAGANDA) == http.kindergartens(KARAGANDA)
    assert embedded.sanatorium_profiles() == http.sanatorium_profiles()
    assert {p.code for p in http.sanatorium_profiles()} >= {"tuberculosis"}
    assert embedded.health().status == http.health().status == "ok"
    for link, token in ((embedded, token_e), (http, token_h)):
        with pytest.raises(CentralError) as other:
            link.person(token, DARYA)
        assert other.value.code == "forbidden"
        with pytest.raises(CentralError) as refused:
            link.submit(signer.request(OLGA, ConfirmInterest(number)))
        assert (refused.value.code, refused.value.status) == ("application_not_found", 404)
        link.logout(token)
        with pytest.raises(CentralError) as ended:
            link.journal(token)
        assert ended.value.code == "token_invalid"


def test_an_unreachable_service_is_offline() -> None:
    link = HttpCentralLink("http://127.0.0.1:9", timeout=1)
    try:
        with pytest.raises(OfflineError) as offline:
            link.regions()
        assert offline.value.code == "offline"
    finally:
        link.close()


def test_the_embedded_default_needs_no_set_up(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    settings = load_settings(tmp_path / "absent.toml")
    assert settings.embedded
    link = open_link(settings)
    try:
        assert isinstance(link, EmbeddedCentralLink)
        assert "350000000" in {r.kato for r in link.regions()}
        assert link.search_queue(NURISLAM) == []
        assert (tmp_path / "data" / "central.sqlite3").exists()
        assert (tmp_path / "data" / "demo-pki" / "index.json").exists()
    finally:
        link.close()
    worker = open_sync(settings, EmbeddedCentralLink(link.service))  # type: ignore[attr-defined]
    try:
        assert worker.call(lambda l: l.health()).result(timeout=10).status == "ok"
        assert (tmp_path / "data" / "kiosk.sqlite3").exists()
    finally:
        worker.stop()
        link.service.engine.dispose()  # type: ignore[attr-defined]
