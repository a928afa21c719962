"""Kindergarten staff sign with their organisation EDS: places, enrolment, departure; and the
citizen's signed choice of a place on their turn (handlers over the places)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from central_kit import AIGERIM, ApiServer, Signer
from queue_kit import World, make_world
from sqlalchemy import select

from kiosk.central import models
from kiosk.central.cli import main
from kiosk.central.demo_staff import StaffKey, issue_staff_key
from kiosk.central.errors import CentralError
from kiosk.central.protocol import ChooseKindergarten, RevokeReferral
from kiosk.central.staff import Depart, Enrol, ListPlaces, PublishPlaces, StaffRequest, to_xml
from kiosk.domain.benefit import PriorityClass
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.xmldsig import sign_xml


@pytest.fixture
def live(queue_url: str, demo_pki: DemoPki) -> Iterator[World]:
    """A world at the real current time (signatures must be within the keys' validity)."""
    made = make_world(queue_url, demo_pki, start=datetime.now(timezone.utc))
    yield made
    made.close()


def ago(world: World, days: int) -> datetime:
    return world.clock.now - timedelta(days=days)


def staff_sign(key: StaffKey, payload: object, **options: object) -> bytes:
    document = to_xml(StaffRequest(payload, **options))  # type: ignore[arg-type]
    return sign_xml(document, FileKeyStore(key.file), key.password, purpose=KeyPurpose.SIGN)


def group_of(world: World, place_id: int) -> int:
    return world.place(place_id).group_id


def test_staff_publish_with_their_organisation_key_and_the_turn_is_given(
        live: World, staff_key: StaffKey) -> None:
    """Seed 004: «Для получения направления в дошкольную организацию необходимо сделать убытие
    в электронном виде (отметку убытия проставляет сотрудник дошкольной организации)» — the
    kindergarten's staff act with their own EDS; publishing a place gives the next turn."""
    year = live.clock.now.year - 3
    child = live.add_child(f"{year}-02-01", registered=ago(live, 60))
    document = staff_sign(staff_key, PublishPlaces("DS-Q1", year, "kk", 2,
                                                   release_date=live.clock.now.date()))
    result = live.queue.staff_submit(document, "test")
    assert result.offers == 1 and len(result.places) == 2
    assert sorted(p.status for p in result.places) == ["offered", "open"]
    assert [p.holder_number for p in result.places if p.status == "offered"] == [child]
    again = live.queue.staff_submit(document, "test")
    assert again.replayed and again.places == result.places
    listed = live.queue.staff_submit(staff_sign(staff_key, ListPlaces("DS-Q1")), "test")
    assert {p.id for p in listed.places} == {p.id for p in result.places}


def test_an_individual_key_or_another_kindergartens_staff_is_refused(
        live: World, staff_key: StaffKey, demo_pki: DemoPki, tmp_path: Path) -> None:
    """Staff are authenticated by an organisation certificate (role OIDs
    1.2.398.3.3.4.1.2.*) carrying the kindergarten's BIN; a citizen's key is not one."""
    signer = Signer(demo_pki)
    personal = signer.sign(AIGERIM, to_xml(StaffRequest(PublishPlaces("DS-Q1", 2022, "kk"))))
    with pytest.raises(CentralError) as individual:
        live.queue.staff_submit(personal, "test")
    assert (individual.value.code, individual.value.params["reason"]) == \
        ("forbidden", "not_an_organisation_certificate")
    with pytest.raises(CentralError) as other:
        live.queue.staff_submit(staff_sign(staff_key, PublishPlaces("DS-Q2", 2022, "kk")), "t")
    assert other.value.params["reason"] == "not_this_kindergarten"
    no_role = issue_staff_key(demo_pki.directory, tmp_path, iin=staff_key.iin,
                              bin=staff_key.bin, organisation="ДС", roles=())
    with pytest.raises(CentralError):
        live.queue.staff_submit(staff_sign(no_role, PublishPlaces("DS-Q1", 2022, "kk")), "t")


def test_choose_on_the_turn_enrol_and_depart(live: World, staff_key: StaffKey,
                                             demo_pki: DemoPki) -> None:
    """Seed 004: «В случае, если ребенок числится в одной из дошкольных организаций получение
    направление в другую дошкольную организацию невозможно. Для получения направления в
    дошкольную организацию необходимо сделать убытие в электронном виде» — enrolment fills
    the place; the departure frees it for the next child and lifts «enrolled elsewhere»."""
    signer = Signer(demo_pki)
    year = live.clock.now.year - 3
    child = live.add_child(f"{year}-02-01", registered=ago(live, 90))
    next_child = live.add_child(f"{year}-03-01", registered=ago(live, 80))
    place = live.publish("DS-Q1", year, "kk")[0]
    assert live.holder(place) == child
    issued = live.service.submit(signer.request(
        AIGERIM, ChooseKindergarten(child, group_of(live, place))))
    assert issued.status == "referral_issued"
    assert live.place(place).status == "referred" and live.place(place).via == "turn"
    enrolled = live.queue.staff_submit(staff_sign(staff_key, Enrol("DS-Q1", child)), "test")
    assert enrolled.status == "enrolled" and live.place(place).status == "occupied"
    again = live.add_child(f"{year}-02-01", registered=ago(live, 1),
                           child_iin=live.row(child).child_iin)
    left = live.queue.staff_submit(staff_sign(staff_key, Depart(
        "DS-Q1", child, on=live.clock.now.date(), reason="көшті")), "test")
    assert left.offers == 1 and live.holder(place) == next_child
    assert live.row(child).departed_at is not None
    assert live.status(again) == "queued"
    with pytest.raises(CentralError) as twice:
        live.queue.staff_submit(staff_sign(staff_key, Depart("DS-Q1", child)), "test")
    assert twice.value.code == "already_departed"
    events = live.queue.statistics()
    assert sum(r.referrals_issued for r in events.rows) == 1


def test_a_benefit_referral_with_old_documents_is_refused_and_the_applicant_told(
        live: World, demo_pki: DemoPki) -> None:
    """Seed 004: «Если заявитель получил направление по льготной категории (внеочередник или
    первоочердник), то необходимо в дошкольную организацию предоставить документы,
    подтверждающие наличие льготы. Дата выдачи документа должна быть не позднее 10
    календарных дней с даты запроса на получение направления.»"""
    signer = Signer(demo_pki)
    year = live.clock.now.year - 3
    child = live.add_child(f"{year}-02-01", registered=ago(live, 60),
                           priority=PriorityClass.FIRST_PRIORITY, applicant_language="ru")
    place = live.publish("DS-Q1", year, "kk")[0]
    today = live.clock.now.astimezone(timezone(timedelta(hours=5))).date()
    old = signer.request(AIGERIM, ChooseKindergarten(child, group_of(live, place),
                                                     today - timedelta(days=11)))
    with pytest.raises(CentralError) as refused:
        live.service.submit(old)
    assert refused.value.code == "benefit_documents_too_old"
    [email] = [m for m in live.outbox(child) if m.template == "benefit_referral_refused"
               and m.channel == "email"]
    assert email.language == "ru" and json.loads(email.params_json)["days"] == 10
    with live.session() as session:
        kinds = [e.kind for e in session.scalars(select(models.QueueEvent))]
    assert "benefit_referral_refused" in kinds
    assert live.status(child) == "notified"  # the turn is still theirs
    fresh = live.service.submit(signer.request(AIGERIM, ChooseKindergarten(
        child, group_of(live, place), today - timedelta(days=10))))
    assert fresh.status == "referral_issued" and live.domain(child).referral.by_benefit
    revoked = live.service.submit(signer.request(AIGERIM, RevokeReferral(child)))
    assert revoked.status == "queued" and live.place(place).status == "free_choice"


def test_the_http_api_for_staff_positions_and_statistics(live: World, staff_key: StaffKey,
                                                         demo_pki: DemoPki) -> None:
    """The staff route takes the signed XML; the citizen's position route needs a login; the
    statistics are public (counts only)."""
    signer = Signer(demo_pki)
    year = live.clock.now.year - 3
    child = live.add_child(f"{year}-02-01", registered=ago(live, 60))
    server = ApiServer(live.service).start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            response = client.post("/staff/requests", content=staff_sign(
                staff_key, PublishPlaces("DS-Q1", year, "kk")),
                headers={"content-type": "application/xml"})
            assert response.status_code == 200, response.text
            assert response.json()["offers"] == 1
            refused = client.post("/staff/requests", content=b"<not-signed/>")
            assert refused.status_code == 400
            nonce = client.post("/auth/challenge").json()["nonce"]
            token = client.post("/auth/signature", content=signer.login(AIGERIM, nonce)
                                ).json()["token"]
            position = client.get("/me/application/position", params={"number": child},
                                  headers={"authorization": f"Bearer {token}"})
            assert position.status_code == 200, position.text
            assert position.json()["queue_number"] == 1
            assert position.json()["reasons"] == [{"code": "first_look", "params": {}}]
            stats = client.get("/public/queue-statistics", params={"birth_year": year})
            assert stats.status_code == 200
            assert stats.json()["rows"][0]["general"] == 1
    finally:
        server.stop()


def test_the_staff_cli(live: World, staff_key: StaffKey, demo_pki: DemoPki, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    """`kiosk-central places publish|list`, `enrol`, `depart` sign with the staff key file."""
    data = tmp_path / "data"
    shutil.copytree(demo_pki.directory, data / "demo-pki")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{data}"\n', encoding="utf-8")
    common = ["--db", live.url, "--config", str(config)]
    signed = ["--kindergarten", "DS-Q1", "--key", str(staff_key.file), "--password",
              staff_key.password]
    year = live.clock.now.year - 3
    child = live.add_child(f"{year}-02-01", registered=ago(live, 60))

    def run(*args: str) -> dict[str, object] | list[object]:
        capsys.readouterr()
        assert main([*args]) == 0, capsys.readouterr().err
        return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]

    published = run("places", "publish", *common, *signed, "--birth-year", str(year),
                    "--language", "kk", "--release-date", date.today().isoformat())
    assert published["offers"] == 1  # type: ignore[index]
    listed = run("places", "list", *common, "--kindergarten", "DS-Q1", "--json")
    assert [p["holder_number"] for p in listed] == [child]  # type: ignore[index]
    capsys.readouterr()
    assert main(["enrol", *common, *signed, "--number", child]) == 1
    assert "referral_issued" not in capsys.readouterr().out  # not chosen yet: refused
    dry = run("allocate", *common, "--dry-run", "--json")
    assert dry["offers"] == 0 and dry["dry_run"]  # type: ignore[index]
