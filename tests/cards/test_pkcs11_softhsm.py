"""The PKCS#11 route against SoftHSM2 holding a demo person's keys, as a Kaztoken module would."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from card_kit import DemoCardKeys
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from kiosk.cli import main
from kiosk.eds.cards.errors import Pkcs11ModuleError
from kiosk.eds.cards.handler import ScriptedHandler
from kiosk.eds.cards.monitor import CardMonitor
from kiosk.eds.cards.pkcs11_keystore import (
    KaztokenPkcs11KeyStore,
    Pkcs11KeyStore,
    parse_pkcs11_modules,
    pkcs11_store,
)
from kiosk.eds.cards.session import CardSession
from kiosk.eds.cards.worker import card_thread
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.errors import PasswordRequiredError, WrongPasswordError
from kiosk.eds.keystore import StoreKind
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import sign_xml, verify_xml

SOFTHSM = Path("/usr/lib/softhsm/libsofthsm2.so")
TOKEN = "kaztoken-demo"
PIN = "12345678"
DOCUMENT = "<application><kindergarten>7</kindergarten></application>"


def _import_certificate(der: bytes, key_id: bytes, label: str) -> None:
    """Put a certificate object on the token (softhsm2-util imports keys only)."""
    import PyKCS11

    library = PyKCS11.PyKCS11Lib().load(str(SOFTHSM))
    slot = next(s for s in library.getSlotList(tokenPresent=True)
                if library.getTokenInfo(s).label.strip() == TOKEN)
    session = library.openSession(slot, PyKCS11.CKF_SERIAL_SESSION | PyKCS11.CKF_RW_SESSION)
    session.login(PIN)
    session.createObject([
        (PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE),
        (PyKCS11.CKA_CERTIFICATE_TYPE, PyKCS11.CKC_X_509),
        (PyKCS11.CKA_TOKEN, PyKCS11.CK_TRUE),
        (PyKCS11.CKA_PRIVATE, PyKCS11.CK_FALSE),
        (PyKCS11.CKA_LABEL, label),
        (PyKCS11.CKA_ID, key_id),
        (PyKCS11.CKA_SUBJECT, x509.load_der_x509_certificate(der).subject.public_bytes()),
        (PyKCS11.CKA_VALUE, der),
    ])
    session.logout()
    session.closeSession()


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory, card_keys: DemoCardKeys) -> Iterator[Path]:
    """A SoftHSM token "kaztoken-demo" with the demo AUTH and SIGN keys and certificates."""
    if not SOFTHSM.exists():
        pytest.skip("softhsm2 not installed (scripts/install-system-deps.sh)")
    work = tmp_path_factory.mktemp("softhsm")
    (work / "tokens").mkdir()
    config = work / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {work / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(config)  # read by the module when it is first loaded
    env = {**os.environ}
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--pin", PIN,
                    "--so-pin", "87654321"], check=True, capture_output=True, env=env)
    for number, (name, (key, der)) in enumerate(sorted(card_keys.keys.items()), start=1):
        pem = work / f"{name}.pem"
        pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
        subprocess.run(["softhsm2-util", "--import", str(pem), "--token", TOKEN, "--label", name,
                        "--id", f"{number:02x}", "--pin", PIN], check=True, capture_output=True, env=env)
        pem.unlink()
        card_thread().run(_import_certificate, der, bytes((number,)), name)
    yield SOFTHSM
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous


@pytest.fixture()
def store(softhsm: Path) -> Pkcs11KeyStore:
    return pkcs11_store(StoreKind.KAZTOKEN, parse_pkcs11_modules(f"kaztoken={softhsm}"), token_label=TOKEN)


def test_the_token_lists_its_keys_without_the_pin(store: Pkcs11KeyStore, card_keys: DemoCardKeys) -> None:
    assert isinstance(store, KaztokenPkcs11KeyStore) and store.kind is StoreKind.KAZTOKEN
    entries = store.list_keys()
    assert {entry.purpose for entry in entries} == {KeyPurpose.AUTH, KeyPurpose.SIGN}
    assert {entry.certificate.iin for entry in entries} == {card_keys.iin}
    assert all(entry.can_sign for entry in entries)


def test_the_token_signs_xml_the_verifier_accepts(store: Pkcs11KeyStore, card_keys: DemoCardKeys,
                                                   demo_validator: CertificateValidator) -> None:
    signed = sign_xml(DOCUMENT, store, PIN, purpose=KeyPurpose.SIGN, validator=demo_validator)
    result = verify_xml(signed, demo_validator, purpose=KeyPurpose.SIGN, expected_iin=card_keys.iin)
    assert result.valid, result.to_dict()
    login = sign_xml("<login><nonce>77</nonce></login>", store, PIN, purpose=KeyPurpose.AUTH)
    assert verify_xml(login, demo_validator, purpose=KeyPurpose.AUTH).valid


def test_a_wrong_pin_is_refused_and_retried_through_the_handler(store: Pkcs11KeyStore) -> None:
    alias = next(e.alias for e in store.list_keys() if e.purpose is KeyPurpose.SIGN)
    with pytest.raises(WrongPasswordError) as wrong:
        store.sign_digest(alias, b"\x05" * 32, "00000000")
    assert wrong.value.code == "wrong_password"
    with pytest.raises(PasswordRequiredError):
        store.sign_digest(alias, b"\x05" * 32, "")
    handler = ScriptedHandler(pins=["00000000", PIN])
    session = CardSession(handler, CardMonitor(), kind=StoreKind.KAZTOKEN)
    signature = card_thread().submit(
        session.run_with_pin, store, lambda pin: store.sign_digest(alias, b"\x05" * 32, pin)).result(10)
    assert len(signature) == 256
    assert [r.retry for r in handler.requests] == [False, True]


def test_a_missing_module_is_a_typed_error(tmp_path: Path) -> None:
    store = pkcs11_store(StoreKind.ID_CARD, {StoreKind.ID_CARD: tmp_path / "absent.so"})
    with pytest.raises(Pkcs11ModuleError) as error:
        store.list_keys()
    assert error.value.code == "pkcs11_unavailable"
    with pytest.raises(Pkcs11ModuleError):
        pkcs11_store(StoreKind.KAZTOKEN, {})


def test_kiosk_eds_cards_lists_the_pkcs11_keys(softhsm: Path, card_keys: DemoCardKeys,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eds", "cards", "--json", "--pkcs11-modules", f"kaztoken={softhsm}"])
    report = json.loads(capsys.readouterr().out)
    assert code in (0, 1)  # 1 only when no PC/SC service runs: the modules are listed anyway
    (module,) = report["pkcs11"]
    assert module["kind"] == "kaztoken" and module["error"] is None
    assert sorted(key["purpose"] for key in module["keys"]) == ["auth", "sign"]
    assert {key["iin"] for key in module["keys"]} == {card_keys.iin}
