"""Login, the citizen's reads and the public ones: who may see what."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest
from central_kit import AIGERIM, AYAULYM, DARYA, NURISLAM, OLGA, ApiServer, Signer, make_service

from kiosk.central.api import LOOPBACK_DEVICE
from kiosk.central.errors import CentralError
from kiosk.central.protocol import Register
from kiosk.central.service import CentralService
from kiosk.central.sms import MemorySmsGateway
from kiosk.domain.demo_register import find_person
from kiosk.domain.numbers import QueueType
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki

KARAGANDA = "351010000"


def code_of(error: pytest.ExceptionInfo[CentralError]) -> str:
    return error.value.code


def login(service: CentralService, signer: Signer, iin: str,
          device: str = LOOPBACK_DEVICE) -> str:
    challenge = service.create_challenge(device)
    return service.login_with_signature(signer.login(iin, challenge.nonce), device).token


def test_login_by_signature_binds_the_token_to_the_signer(service: CentralService,
                                                           signer: Signer) -> None:
    challenge = service.create_challenge("kiosk-a")
    token = service.login_with_signature(signer.login(AIGERIM, challenge.nonce), "kiosk-a")
    assert (token.iin, token.method) == (AIGERIM, "eds")
    assert service.authenticate(token.token, "kiosk-a") == AIGERIM
    with pytest.raises(CentralError) as elsewhere:
        service.authenticate(token.token, "kiosk-b")  # a token works only where it was issued
    assert code_of(elsewhere) == "token_invalid"
    with pytest.raises(CentralError) as replay:
        service.login_with_signature(signer.login(AIGERIM, challenge.nonce))
    assert code_of(replay) == "challenge_invalid"
    with pytest.raises(CentralError) as signing_key:
        service.login_with_signature(signer.login(AIGERIM, service.create_challenge().nonce,
                                                  KeyPurpose.SIGN))
    assert code_of(signing_key) == "signing_key_for_auth"
    with pytest.raises(CentralError) as unknown:
        service.login_with_signature(signer.login(AIGERIM, "x" * 43))
    assert code_of(unknown) == "challenge_invalid"
    service.logout(token.token)
    with pytest.raises(CentralError) as gone:
        service.authenticate(token.token)
    assert code_of(gone) == "token_invalid"


def test_login_by_one_time_code(service: CentralService) -> None:
    sent = service.request_code(AIGERIM)
    assert sent.phone_masked == "+7 701 *** ** 67"
    sms = service._sms  # noqa: SLF001 - the test's in-memory gateway
    assert isinstance(sms, MemorySmsGateway)
    code = sms.last_code("+77011234567")
    assert code is not None and len(code) == 6
    with pytest.raises(CentralError) as too_soon:
        service.request_code(AIGERIM)
    assert code_of(too_soon) == "otp_too_soon"
    wrong = "000000" if code != "000000" else "111111"
    with pytest.raises(CentralError) as bad:
        service.login_with_code(AIGERIM, wrong)
    assert (code_of(bad), bad.value.params["tries_left"]) == ("otp_invalid", 4)
    token = service.login_with_code(AIGERIM, code)
    assert (token.iin, token.method) == (AIGERIM, "otp")
    with pytest.raises(CentralError) as used:
        service.login_with_code(AIGERIM, code)
    assert code_of(used) == "otp_invalid"
    with pytest.raises(CentralError) as child:
        service.request_code(NURISLAM)  # in the register, but no phone
    assert code_of(child) == "no_phone"


def test_the_code_is_locked_after_five_wrong_tries(service: CentralService) -> None:
    service.request_code(OLGA)
    codes = [code_of_try(service) for _ in range(5)]
    assert codes == ["otp_invalid"] * 4 + ["otp_locked"]


def code_of_try(service: CentralService) -> str:
    with pytest.raises(CentralError) as error:
        service.login_with_code(OLGA, "999999" if _sms_code(service) != "999999" else "888888")
    return error.value.code


def _sms_code(service: CentralService) -> str | None:
    sms = service._sms  # noqa: SLF001
    assert isinstance(sms, MemorySmsGateway)
    return sms.last_code("+77051234569")


def test_tokens_expire(central_url: str, demo_pki: DemoPki, signer: Signer) -> None:
    now = [datetime.now(timezone.utc)]
    service = make_service(central_url, demo_pki, clock=lambda: now[0])
    try:
        token = login(service, signer, AIGERIM)
        now[0] += timedelta(minutes=16)
        with pytest.raises(CentralError) as expired:
            service.authenticate(token)
        assert code_of(expired) == "token_expired"
    finally:
        service.engine.dispose()


def test_a_citizen_reads_only_their_own_applications(service: CentralService, signer: Signer,
                                                     api: ApiServer) -> None:
    mine = service.submit(signer.request(AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY,
                                                           KARAGANDA))).number
    theirs = service.submit(signer.request(OLGA, Register(OLGA, DARYA, QueueType.ORDINARY,
                                                          KARAGANDA))).number
    token_a = login(service, signer, AIGERIM)
    with httpx.Client(base_url=api.url, headers={"authorization": f"Bearer {token_a}"}) as client:
        journal = client.get("/me/applications").json()
        assert [row["number"] for row in journal] == [mine]
        for path in ("/me/application", "/me/application/free-places",
                     "/me/application/documents/1"):
            response = client.get(path, params={"number": theirs})
            assert response.status_code == 404, path
            assert response.json()["code"] == "application_not_found"
        assert client.get(f"/me/persons/{DARYA}").json()["code"] == "forbidden"
        assert client.get(f"/me/persons/{AYAULYM}").json()["name"] == "Аяулым"
        me = client.get("/me").json()
        assert me["person"]["iin"] == AIGERIM
        assert {NURISLAM, AYAULYM} <= {c["iin"] for c in me["children"]}
        document = client.get("/me/application", params={"number": mine}).json()["documents"][0]
        download = client.get(f"/me/application/documents/{document['id']}",
                              params={"number": mine})
        assert download.status_code == 200 and download.content.startswith(b"<?xml")
    with httpx.Client(base_url=api.url) as anonymous:
        assert anonymous.get("/me/applications").json()["code"] == "auth_required"
        bogus = anonymous.get("/me/applications", headers={"authorization": "Bearer nope"})
        assert (bogus.status_code, bogus.json()["code"]) == (401, "token_invalid")


def test_public_search_returns_no_personal_data(service: CentralService, signer: Signer) -> None:
    result = service.submit(signer.request(AIGERIM, Register(
        AIGERIM, NURISLAM, QueueType.ORDINARY, KARAGANDA, benefit_category="orphans")))
    by_iin = service.search_queue(NURISLAM)
    child = find_person(NURISLAM)
    assert child is not None
    by_name = service.search_queue(surname=child.surname.upper(), name=child.name,
                                   patronymic=child.patronymic, birth_date=child.birth_date)
    assert by_iin == by_name
    assert [r.number for r in by_iin] == [result.number]
    found = by_iin[0]
    assert (found.status, found.priority, found.benefit_category) == \
        ("queued", "first_priority", "orphans")
    assert found.queue_number == result.queue_number
    assert set(vars(found)) == {"number", "status", "priority", "benefit_category",
                                "queue_number", "category_queue_number"}
    assert service.search_queue(DARYA) == []
    with pytest.raises(CentralError) as vague:
        service.search_queue(surname="Жұмабаев")
    assert code_of(vague) == "bad_request"


def test_statistics_count_the_queue(service: CentralService, signer: Signer) -> None:
    before = service.statistics("350000000")
    service.submit(signer.request(AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY,
                                                    KARAGANDA)))
    after = service.statistics("350000000")
    total = sum(r.queued for r in after.rows) - sum(r.queued for r in before.rows)
    assert total == 1
    row = next(r for r in after.rows if r.district_kato == KARAGANDA and r.birth_year == 2022
               and r.priority == "general")
    assert row.queued >= 1
    assert service.statistics("190000000").rows == []


def test_reference_data(service: CentralService) -> None:
    regions = {r.kato for r in service.regions()}
    assert "350000000" in regions
    assert not regions & {"710000000", "750000000", "150000000"}  # own portals
    districts = service.districts("350000000")
    assert KARAGANDA in {d.kato for d in districts}
    categories = service.benefit_categories()
    assert {c.priority for c in categories} == {"out_of_turn", "first_priority"}
    assert all(c.name_kk and c.name_ru for c in categories)
    gardens = service.kindergartens(KARAGANDA)
    assert gardens and all(g.name_kk and g.name_ru and g.languages for g in gardens)
    with pytest.raises(CentralError) as unknown:
        service.districts("999999999")
    assert code_of(unknown) == "region_unknown"
