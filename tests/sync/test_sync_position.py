"""«Номер очереди» and why it moved, through the kiosk's links to a real central service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from central_kit import AIGERIM, ApiServer, Signer, extra_children

from kiosk.central.errors import CentralError
from kiosk.central.protocol import Register, Withdraw
from kiosk.central.service import CentralService
from kiosk.domain.numbers import QueueType
from kiosk.sync.embedded import EmbeddedCentralLink
from kiosk.sync.http_link import HttpCentralLink
from kiosk.sync.link import CentralLink

KARAGANDA = "351010000"
FIRST, SECOND, THIRD = (iin for iin, _ in extra_children()[:3])
"""Aigerim's test children, all born in 2023: one queue group in Karaganda."""


@pytest.fixture
def http(api: ApiServer) -> Iterator[HttpCentralLink]:
    link = HttpCentralLink(api.url)
    yield link
    link.close()


def _register(service: CentralService, signer: Signer, child: str,
              benefit: str | None = None) -> str:
    document = signer.request(AIGERIM, Register(AIGERIM, child, QueueType.ORDINARY, KARAGANDA,
                                                benefit_category=benefit))
    number = service.submit(document).number
    assert number is not None
    return number


def _login(link: CentralLink, signer: Signer) -> str:
    return link.login_with_signature(signer.login(AIGERIM, link.create_challenge().nonce)).token


def test_the_position_tells_who_registered_ahead_and_who_left(
        service: CentralService, signer: Signer) -> None:
    ahead = _register(service, signer, FIRST)
    mine = _register(service, signer, SECOND)
    link = EmbeddedCentralLink(service)
    token = _login(link, signer)
    first = link.position(token, mine)
    assert (first.number, first.status, first.priority) == (mine, "queued", "general")
    assert [r.code for r in first.reasons] == ["first_look"]
    assert first.previous_queue_number is None and first.previous_seen_at is None
    _register(service, signer, THIRD, benefit="servicemen_children")  # out of turn: before us
    second = link.position(token, mine)
    assert second.previous_queue_number == first.queue_number
    assert second.queue_number == first.queue_number + 1
    assert second.previous_seen_at is not None
    assert [(r.code, r.params) for r in second.reasons] == [
        ("registered_ahead", {"priority": "out_of_turn", "count": 1})]
    service.submit(signer.request(AIGERIM, Withdraw(ahead, "Переезд")))
    third = link.position(token, mine)
    assert third.queue_number == second.queue_number - 1
    assert [(r.code, r.params) for r in third.reasons] == [
        ("left_ahead", {"cause": "withdrawn", "count": 1})]


def test_both_links_read_the_same_position(service: CentralService, signer: Signer,
                                           http: HttpCentralLink) -> None:
    mine = _register(service, signer, SECOND)
    embedded = EmbeddedCentralLink(service)
    over_http = http.position(_login(http, signer), mine)  # the first look: remembered
    again = embedded.position(_login(embedded, signer), mine)
    assert [r.code for r in over_http.reasons] == ["first_look"]
    assert [r.code for r in again.reasons] == ["unchanged"]
    assert (again.queue_number, again.category_queue_number) == (
        over_http.queue_number, over_http.category_queue_number)
    assert again.previous_queue_number == over_http.queue_number
    assert again.previous_seen_at is not None
    for link in (embedded, http):
        with pytest.raises(CentralError) as refused:
            link.position(_login(link, signer), "UO.2099.999999.1")
        assert refused.value.code == "application_not_found"
