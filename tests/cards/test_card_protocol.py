"""The card route without a reader: ATRs, profiles, APDU encoding, the applet against an
in-process emulator, the card thread, and the PKCS#11 settings parser."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest
from card_kit import DemoCardKeys
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, utils
from vicc import EmulatedApplet, parse_command

from kiosk.eds.cards.apdu import Command, Response, tries_left
from kiosk.eds.cards.applet import CardApplet, der_length
from kiosk.eds.cards.atr import AtrPattern, format_atr, parse_atr
from kiosk.eds.cards.errors import CardResponseError
from kiosk.eds.cards.pkcs11_keystore import parse_pkcs11_modules
from kiosk.eds.cards.profiles import ProfileError, load_profiles
from kiosk.eds.cards.worker import assert_in_card_thread, card_thread, run_in_card_thread
from kiosk.eds.certificate import NcaCertificate
from kiosk.eds.errors import KeyLockedError, PasswordRequiredError, WrongPasswordError
from kiosk.eds.keystore import StoreKind, digest_info

# -- ATRs and profiles -------------------------------------------------------------------


@pytest.mark.parametrize(("atr", "profile"), [
    ("3B 88 01 4B 41 5A 54 4F 4B 45 4E 82", "kaztoken"),
    ("3B 3E 95 00 53 4F 4D 41 2D 63 30 30 37 2D 44 53 31 61", "kz-id-card"),
    ("3B 3E 95 00 53 4F 4D 41 2D 63 30 30 37 2D 44 53 31 62", "kz-id-card"),
    ("3B 39 19 00 53 4F 4D 41 44 53 33 30 31", "kz-id-card"),
    ("3B 39 19 00 53 4F 4D 41 44 53 33 30 33", "kz-id-card"),
    ("3B:77:18:00:00:4B:41:53:41:4B:49:44", "kz-id-card"),
    ("3B021450", None),
    ("3B 88 01 4B 41 5A 54 4F 4B 45 4E 83", None),
])
def test_the_shipped_table_recognises_the_known_atrs(atr: str, profile: str | None) -> None:
    match = load_profiles().match(parse_atr(atr))
    assert (match.id if match else None) == profile


def test_atr_patterns_and_formatting() -> None:
    pattern = AtrPattern.parse("3B 39 19 00 53 4F 4D 41 44 53 33 30 3.")
    assert str(pattern) == "3B 39 19 00 53 4F 4D 41 44 53 33 30 3."
    assert pattern.matches(parse_atr("3B 39 19 00 53 4F 4D 41 44 53 33 30 39"))
    assert not pattern.matches(parse_atr("3B 39 19 00 53 4F 4D 41 44 53 33 30 43"))
    assert not pattern.matches(parse_atr("3B 39 19 00 53 4F 4D 41 44 53 33 30"))
    assert format_atr(bytes.fromhex("3b8801")) == "3B 88 01"
    for bad in ("3B 8", "zz zz", "3B", "3B 88 0."):
        with pytest.raises(ValueError):
            parse_atr(bad)


def test_profiles_carry_kinds_hints_and_keys() -> None:
    profiles = load_profiles()
    kaztoken = profiles.by_id("kaztoken")
    assert kaztoken.kind is StoreKind.KAZTOKEN
    assert kaztoken.pin.default_hint == "12345678"
    assert [slot.name for slot in kaztoken.keys] == ["auth", "sign"]
    id_card = profiles.by_id("kz-id-card")
    assert id_card.kind is StoreKind.ID_CARD
    assert id_card.pin.encode("1234") == b"1234\xff\xff\xff\xff"


def test_an_override_file_corrects_and_adds_profiles(tmp_path: Path) -> None:
    override = tmp_path / "cards.toml"
    override.write_text(
        'format = 1\n'
        '[[profile]]\nid = "kaztoken"\naid = "D2 76 00 01 24 01"\n[profile.pin]\nreference = "81"\n'
        '[[profile]]\nid = "pilot-token"\nkind = "kaztoken"\natrs = ["3B 02 14 50"]\n'
        '[profile.pin]\nreference = "01"\n'
        '[[profile.key]]\nname = "sign"\ncertificate_path = ["01 01"]\nkey_reference = 0x11\n',
        encoding="utf-8")
    profiles = load_profiles(override)
    kaztoken = profiles.by_id("kaztoken")
    assert kaztoken.aid == bytes.fromhex("D27600012401")
    assert kaztoken.pin.reference == 0x81 and kaztoken.pin.default_hint == "12345678"  # merged
    assert len(kaztoken.keys) == 2  # untouched
    assert profiles.match(parse_atr("3B 02 14 50")).id == "pilot-token"  # type: ignore[union-attr]
    assert profiles.by_id("pilot-token").keys[0].key_reference == 0x11


@pytest.mark.parametrize(("text", "names"), [
    ('[[profile]]\nid = "kaztoken"\naid = "XYZ"\n', "aid"),
    ('[[profile]]\nid = "kaztoken"\ncolour = "red"\n', "colour"),
    ('[[profile]]\nid = "new"\nkind = "file"\natrs = ["3B 00"]\n[profile.pin]\nreference = 1\n'
     '[[profile.key]]\nname = "a"\ncertificate_path = ["0101"]\nkey_reference = 1\n', "kind"),
    ('[[profile]]\nid = "kaztoken"\n[profile.pin]\nreference = "0100"\n', "pin.reference"),
    ('format = 2\n', "format"),
    ('[[profile]\n', "cards.toml"),
])
def test_a_bad_override_is_refused_naming_the_key(tmp_path: Path, text: str, names: str) -> None:
    override = tmp_path / "cards.toml"
    override.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=names.replace(".", r"\.")):
        load_profiles(override)


def test_a_missing_override_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError):
        load_profiles(tmp_path / "absent.toml")


# -- APDUs ---------------------------------------------------------------------------------


def test_apdu_encoding_short_and_extended() -> None:
    assert Command(0, 0xA4, 4, 0x0C, b"\xa0\x00").encode() == bytes.fromhex("00A4040C02A000")
    assert Command(0, 0xB0, 0, 8, le=256).encode() == bytes.fromhex("00B0000800")
    assert Command(0, 0x20, 0, 0x81).encode() == bytes.fromhex("00200081")
    assert Command(0, 0x2A, 0x9E, 0x9A, b"\x01", le=512).encode() == bytes.fromhex("002A9E9A000001010200")
    assert Command(0, 0xB0, 0, 0, le=300).encode() == bytes.fromhex("00B0000000012C")
    for command in (Command(0, 0x2A, 0x9E, 0x9A, b"x" * 300, 256), Command(0, 0xB0, 0, 0, le=7)):
        raw = command.encode(extended=True)
        assert parse_command(raw) == (0, command.ins, command.p1, command.p2, command.data, command.le)
    assert Response.decode(bytes.fromhex("AB63C2")) == Response(b"\xab", 0x63C2)
    assert tries_left(0x63C2) == 2 and tries_left(0x9000) is None
    assert Command(0, 0x20, 0, 1, b"1234").describe() == "00 20 00 01"  # no PIN in logs


def test_der_length_reads_certificate_headers() -> None:
    assert der_length(bytes.fromhex("3082040A")) == 4 + 0x040A
    assert der_length(bytes.fromhex("3081F0")) == 3 + 0xF0
    assert der_length(bytes.fromhex("3010")) == 18
    assert der_length(bytes.fromhex("FFFFFFFF")) is None
    assert der_length(bytes.fromhex("0000")) is None


# -- the applet against an in-process card -------------------------------------------------


class _Direct:
    """A channel straight into an emulated applet."""

    def __init__(self, applet: EmulatedApplet) -> None:
        self.applet = applet

    def transmit(self, apdu: bytes) -> bytes:
        answer = self.applet.process(apdu)
        assert isinstance(answer, bytes)
        return answer


@pytest.mark.parametrize(("profile_id", "t0"), [("kaztoken", False), ("kz-id-card", True)])
def test_the_applet_reads_certificates_and_signs(card_keys: DemoCardKeys, profile_id: str, t0: bool) -> None:
    profile = load_profiles().by_id(profile_id)
    card = EmulatedApplet(profile, card_keys.keys, pin="12345678", t0=t0)
    applet = CardApplet(_Direct(card), profile)
    applet.select_application()
    sign_slot = next(slot for slot in profile.keys if slot.name == "sign")
    der = applet.read_certificate(sign_slot)
    assert der == card_keys.keys["sign"][1]
    assert NcaCertificate.from_bytes(der).iin == card_keys.iin
    assert applet.pin_tries_left() == 3
    applet.verify_pin("12345678")
    digest = b"\x11" * 32
    signature = applet.compute_signature(sign_slot, digest_info(digest, hashes.SHA256()), 256)
    card_keys.keys["sign"][0].public_key().verify(signature, digest, padding.PKCS1v15(),
                                                   utils.Prehashed(hashes.SHA256()))
    if t0:  # the T=0 card made the host use GET RESPONSE and a corrected Le
        instructions = [raw[1] for raw in card.commands]
        assert 0xC0 in instructions
        assert any(raw[1] == 0xB0 and card.commands[i + 1][1] == 0xB0 and raw[4] != card.commands[i + 1][4]
                   for i, raw in enumerate(card.commands[:-1]))


def test_pin_counting_down_to_blocked(card_keys: DemoCardKeys) -> None:
    profile = load_profiles().by_id("kaztoken")
    applet = CardApplet(_Direct(EmulatedApplet(profile, card_keys.keys, pin="12345678")), profile)
    applet.select_application()
    with pytest.raises(PasswordRequiredError):
        applet.verify_pin("")
    with pytest.raises(WrongPasswordError) as short:
        applet.verify_pin("12")  # never sent: costs no try
    assert short.value.tries_left is None
    assert applet.pin_tries_left() == 3
    for left in (2, 1):
        with pytest.raises(WrongPasswordError) as wrong:
            applet.verify_pin("00000000")
        assert wrong.value.tries_left == left and wrong.value.code == "wrong_password"
    with pytest.raises(KeyLockedError):
        applet.verify_pin("00000000")
    with pytest.raises(KeyLockedError) as locked:
        applet.verify_pin("12345678")
    assert locked.value.code == "key_locked"


def test_a_card_without_the_application_is_a_card_error(card_keys: DemoCardKeys) -> None:
    profile = load_profiles().by_id("kaztoken")
    card = EmulatedApplet(dataclasses.replace(profile, aid=b"\xd2\x76\x00\x00"), card_keys.keys)
    with pytest.raises(CardResponseError) as error:
        CardApplet(_Direct(card), profile).select_application()
    assert error.value.code == "card_error" and error.value.sw == 0x6A82


# -- the card thread -----------------------------------------------------------------------


def test_card_calls_run_on_the_one_card_thread() -> None:
    names: list[str] = []

    @run_in_card_thread
    def where() -> str:
        assert_in_card_thread()
        names.append(threading.current_thread().name)
        return nested()

    @run_in_card_thread
    def nested() -> str:  # already on the card thread: runs directly, no deadlock
        return threading.current_thread().name

    assert where() == "eds-card"
    assert card_thread().submit(where).result(5) == "eds-card"
    others = [threading.Thread(target=where) for _ in range(3)]
    for thread in others:
        thread.start()
    for thread in others:
        thread.join(5)
    assert set(names) == {"eds-card"} and len(names) == 5
    with pytest.raises(AssertionError, match="outside the card thread"):
        assert_in_card_thread()


def test_errors_on_the_card_thread_reach_the_caller() -> None:
    @run_in_card_thread
    def fails() -> None:
        raise WrongPasswordError("x", tries_left=1)

    with pytest.raises(WrongPasswordError) as error:
        fails()
    assert error.value.tries_left == 1


# -- PKCS#11 settings -------------------------------------------------------------------


def test_the_pkcs11_modules_setting_is_parsed() -> None:
    modules = parse_pkcs11_modules(" kaztoken=/usr/lib/libkaztoken.so ; idcard = C:\\Kalkan\\kz.dll;;")
    assert modules == {StoreKind.KAZTOKEN: Path("/usr/lib/libkaztoken.so"),
                       StoreKind.ID_CARD: Path("C:\\Kalkan\\kz.dll")}
    assert parse_pkcs11_modules("") == {}
    for bad in ("kaztoken", "kaztoken=", "usb=/x.so", "kaztoken=/a.so;kaztoken=/b.so"):
        with pytest.raises(ValueError, match="pkcs11_modules"):
            parse_pkcs11_modules(bad)
