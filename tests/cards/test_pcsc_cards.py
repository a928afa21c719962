"""ID card and Kaztoken through the real PC/SC stack: pcscd, vpcd, pyscard and a virtual card.

The virtual card (tests/cards/vicc.py) connects to vpcd inside pcscd and plays a Kaztoken
(T=1), a Kazakh ID card (T=0: 61xx and 6Cxx answers) or an unknown card, holding a demo
person's AUTH and SIGN keys. Everything the kiosk does goes through pcscd and pyscard.
"""

from __future__ import annotations

import json
import logging
import time

import pytest
from card_kit import (
    EVENT_LIMIT_S,
    ID_CARD_ATR,
    ID_CARD_ATR_KASAKID,
    KAZTOKEN_ATR,
    PIN,
    UNKNOWN_ATR,
    DemoCardKeys,
    Events,
    Pcscd,
    id_card,
    insert,
    kaztoken,
)
from cryptography.hazmat.primitives import hashes
from vicc import EmulatedApplet, VirtualCard

from kiosk.cli import main
from kiosk.eds.cards.card_keystore import IdCardKeyStore, KaztokenKeyStore, open_card_store
from kiosk.eds.cards.errors import CardAbsentError, UnsupportedCardError
from kiosk.eds.cards.handler import CardPrompt, ScriptedHandler
from kiosk.eds.cards.monitor import CardEvent, CardEventKind, CardMonitor
from kiosk.eds.cards.profiles import ProfileTable
from kiosk.eds.cards.session import CardSession
from kiosk.eds.cards.worker import card_thread
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.errors import KeyLockedError, StoreRemovedError, WrongPasswordError
from kiosk.eds.keystore import StoreKind
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import sign_xml, verify_xml

pytestmark = pytest.mark.pcsc

DOCUMENT = "<application><child iin=\"170101600011\">Әлия</child><kindergarten>12</kindergarten></application>"


# -- recognising cards, events -----------------------------------------------------------------


@pytest.mark.parametrize(("atr", "kind", "store_class"), [
    (KAZTOKEN_ATR, StoreKind.KAZTOKEN, KaztokenKeyStore),
    (ID_CARD_ATR, StoreKind.ID_CARD, IdCardKeyStore),
    (ID_CARD_ATR_KASAKID, StoreKind.ID_CARD, IdCardKeyStore),
    (UNKNOWN_ATR, None, None),
], ids=["kaztoken", "id-card-soma", "id-card-kasakid", "unknown"])
def test_cards_are_recognised_by_atr_and_events_arrive_within_a_second(
        pcscd: Pcscd, slot: list[VirtualCard], events: Events, atr: bytes, kind: StoreKind | None,
        store_class: type | None) -> None:
    card, inserted, delay = insert(pcscd, slot, events, atr)
    assert delay < EVENT_LIMIT_S
    assert inserted.card is not None and inserted.card.atr == atr
    assert inserted.card.kind is kind
    if store_class is None:
        assert not inserted.card.supported
        with pytest.raises(UnsupportedCardError) as error:
            open_card_store(pcscd.reader)
        assert error.value.code == "card_unsupported"
        assert error.value.atr == "3B 02 14 50"
    else:
        store = open_card_store(pcscd.reader)
        assert type(store) is store_class and store.kind is kind
    start = time.monotonic()
    card.remove()
    removed = events.wait(CardEventKind.CARD_REMOVED, pcscd.reader)
    assert removed.at - start < EVENT_LIMIT_S
    with pytest.raises(CardAbsentError):
        open_card_store(pcscd.reader)


# -- keys and signatures -------------------------------------------------------------------


@pytest.mark.parametrize("make_card", [kaztoken, id_card], ids=["kaztoken", "id_card"])
def test_keys_are_listed_and_sign_xml_the_verifier_accepts(
        pcscd: Pcscd, slot: list[VirtualCard], events: Events, profiles: ProfileTable,
        card_keys: DemoCardKeys, demo_validator: CertificateValidator, make_card: object) -> None:
    applet = make_card(profiles, card_keys)  # type: ignore[operator]
    insert(pcscd, slot, events, KAZTOKEN_ATR if applet.profile.id == "kaztoken" else ID_CARD_ATR, applet)
    store = open_card_store(profiles=profiles)
    entries = store.list_keys()
    assert {entry.purpose for entry in entries} == {KeyPurpose.AUTH, KeyPurpose.SIGN}
    assert {entry.certificate.iin for entry in entries} == {card_keys.iin}
    assert all(entry.can_sign for entry in entries)

    signed = sign_xml(DOCUMENT, store, PIN, purpose=KeyPurpose.SIGN, validator=demo_validator)
    result = verify_xml(signed, demo_validator, purpose=KeyPurpose.SIGN, expected_iin=card_keys.iin)
    assert result.valid, result.to_dict()

    challenge = sign_xml("<login><nonce>5f1c0a</nonce></login>", store, PIN, purpose=KeyPurpose.AUTH)
    assert verify_xml(challenge, demo_validator, purpose=KeyPurpose.AUTH).valid
    assert not applet.verified  # the card was reset after signing: the PIN does not linger


def test_wrong_pin_says_tries_left_then_blocked(
        pcscd: Pcscd, slot: list[VirtualCard], events: Events, profiles: ProfileTable,
        card_keys: DemoCardKeys, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.eds")
    insert(pcscd, slot, events, KAZTOKEN_ATR, kaztoken(profiles, card_keys))
    store = open_card_store(pcscd.reader, profiles)
    alias = next(e.alias for e in store.list_keys() if e.purpose is KeyPurpose.SIGN)
    digest = b"\x42" * 32
    with pytest.raises(WrongPasswordError) as first:
        store.sign_digest(alias, digest, "87654321")
    assert (first.value.code, first.value.tries_left) == ("wrong_password", 2)
    with pytest.raises(WrongPasswordError) as second:
        store.sign_digest(alias, digest, "87654321")
    assert second.value.tries_left == 1
    with pytest.raises(KeyLockedError) as blocked:
        store.sign_digest(alias, digest, "87654321")
    assert blocked.value.code == "key_locked"
    with pytest.raises(KeyLockedError):  # even the right PIN: 6983
        store.sign_digest(alias, digest, PIN)
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "wrong card PIN, 2 tries left" in logged
    assert "87654321" not in logged and PIN not in logged and "3837363534333231" not in logged.replace(" ", "")


def test_the_handler_hears_wrong_pin_tries_left_and_blocked(
        pcscd: Pcscd, slot: list[VirtualCard], events: Events, monitor: CardMonitor,
        profiles: ProfileTable, card_keys: DemoCardKeys) -> None:
    handler = ScriptedHandler(pins=["11111111", "22222222", "33333333"])
    session = CardSession(handler, monitor, kind=StoreKind.KAZTOKEN)
    insert(pcscd, slot, events, KAZTOKEN_ATR, kaztoken(profiles, card_keys))

    def job() -> bytes:
        store = session.wait_for_store(timeout=3)
        return session.run_with_pin(store, lambda pin: sign_xml(DOCUMENT, store, pin))

    with pytest.raises(KeyLockedError):
        card_thread().submit(job).result(10)
    assert [m.prompt for m in handler.messages] == [CardPrompt.CARD_FOUND, CardPrompt.PIN_BLOCKED]
    assert [(r.retry, r.tries_left) for r in handler.requests] == [(False, None), (True, 2), (True, 1)]
    assert handler.requests[0].default_hint == "12345678" and handler.finished_count == 1


def wait_for_prompt(handler: ScriptedHandler, prompt: CardPrompt, within: float = 2.0) -> None:
    deadline = time.monotonic() + within
    while not (handler.messages and handler.messages[-1].prompt is prompt):
        assert time.monotonic() < deadline, f"no {prompt.value} prompt: {handler.messages}"
        time.sleep(0.02)


def test_the_session_asks_for_a_card_and_names_an_unsupported_one(
        pcscd: Pcscd, slot: list[VirtualCard], events: Events, monitor: CardMonitor,
        profiles: ProfileTable, card_keys: DemoCardKeys) -> None:
    handler = ScriptedHandler()
    session = CardSession(handler, monitor, kind=StoreKind.ID_CARD)
    waiting = card_thread().submit(session.wait_for_store, 5.0)
    wait_for_prompt(handler, CardPrompt.INSERT_CARD)
    for atr, prompt in ((UNKNOWN_ATR, CardPrompt.UNSUPPORTED_CARD), (KAZTOKEN_ATR, CardPrompt.WRONG_CARD_KIND)):
        card, _, _ = insert(pcscd, slot, events, atr)
        wait_for_prompt(handler, prompt)
        card.remove()
        events.wait(CardEventKind.CARD_REMOVED, pcscd.reader)
        wait_for_prompt(handler, CardPrompt.INSERT_CARD)
    insert(pcscd, slot, events, ID_CARD_ATR, id_card(profiles, card_keys))
    store = waiting.result(5)
    assert isinstance(store, IdCardKeyStore) and store.reader == pcscd.reader
    assert handler.messages[-1].prompt is CardPrompt.CARD_FOUND
    unsupported = next(m for m in handler.messages if m.prompt is CardPrompt.UNSUPPORTED_CARD)
    assert unsupported.card is not None and unsupported.card.atr_text == "3B 02 14 50"
    wrong = next(m for m in handler.messages if m.prompt is CardPrompt.WRONG_CARD_KIND)
    assert wrong.card is not None and wrong.card.kind is StoreKind.KAZTOKEN and wrong.kind is StoreKind.ID_CARD


# -- the card going away ---------------------------------------------------------------------


def test_a_card_pulled_out_while_signing_is_a_clear_error(
        pcscd: Pcscd, slot: list[VirtualCard], events: Events, profiles: ProfileTable,
        card_keys: DemoCardKeys) -> None:
    card, _, _ = insert(pcscd, slot, events, KAZTOKEN_ATR, kaztoken(profiles, card_keys, vanish_on_ins=0x2A))
    store = open_card_store(pcscd.reader, profiles)
    alias = next(e.alias for e in store.list_keys() if e.purpose is KeyPurpose.SIGN)
    with pytest.raises(StoreRemovedError) as error:
        store.sign(alias, DOCUMENT.encode(), PIN, hashes.SHA256())
    assert error.value.code == "store_removed"
    assert card.vanished.is_set()
    events.wait(CardEventKind.CARD_REMOVED, pcscd.reader)
    with pytest.raises(StoreRemovedError):  # a store that had its card reports it removed
        store.list_keys()


def test_another_card_put_in_between_listing_and_signing_is_refused(
        pcscd: Pcscd, slot: list[VirtualCard], events: Events, profiles: ProfileTable,
        card_keys: DemoCardKeys) -> None:
    first, _, _ = insert(pcscd, slot, events, KAZTOKEN_ATR, kaztoken(profiles, card_keys))
    store = open_card_store(pcscd.reader, profiles)
    alias = next(e.alias for e in store.list_keys() if e.purpose is KeyPurpose.SIGN)
    first.remove()
    events.wait(CardEventKind.CARD_REMOVED, pcscd.reader)
    other_keys = {"auth": card_keys.keys["sign"], "sign": card_keys.keys["auth"]}  # other certificates
    insert(pcscd, slot, events, KAZTOKEN_ATR, EmulatedApplet(profiles.by_id("kaztoken"), other_keys, pin=PIN))
    with pytest.raises(StoreRemovedError):
        store.sign_digest(alias, b"\x01" * 32, PIN)


# -- the command line ----------------------------------------------------------------------


def test_kiosk_eds_cards_lists_readers_atrs_types_and_keys(
        pcscd: Pcscd, slot: list[VirtualCard], events: Events, profiles: ProfileTable,
        card_keys: DemoCardKeys, capsys: pytest.CaptureFixture[str]) -> None:
    insert(pcscd, slot, events, KAZTOKEN_ATR, kaztoken(profiles, card_keys))
    assert main(["eds", "cards", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    reader = next(r for r in report["readers"] if r["reader"] == pcscd.reader)
    card = reader["card"]
    assert card["atr"] == "3B 88 01 4B 41 5A 54 4F 4B 45 4E 82"
    assert (card["supported"], card["kind"], card["profile"]) == (True, "kaztoken", "kaztoken")
    assert sorted(k["purpose"] for k in card["keys"]) == ["auth", "sign"]
    assert {k["iin"] for k in card["keys"]} == {card_keys.iin}
    assert report["pkcs11"] == []
    assert main(["eds", "cards", "--json", "--pkcs11-modules", "usb=/x.so"]) == 2


def test_the_monitor_replays_what_is_inserted_and_survives_a_broken_subscriber(
        pcscd: Pcscd, slot: list[VirtualCard], events: Events, monitor: CardMonitor) -> None:
    insert(pcscd, slot, events, KAZTOKEN_ATR)
    seen: list[CardEventKind] = []

    def broken(event: CardEvent) -> None:
        seen.append(event.kind)
        raise RuntimeError("subscriber bug")

    unsubscribe = monitor.subscribe(broken)
    assert CardEventKind.CARD_INSERTED in seen  # replayed
    slot.pop().remove()
    events.wait(CardEventKind.CARD_REMOVED, pcscd.reader)  # the monitor still runs
    assert seen[-1] is CardEventKind.CARD_REMOVED
    unsubscribe()
