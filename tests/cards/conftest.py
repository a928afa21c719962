"""Fixtures of the card tests: demo keys, a pcscd with the vpcd virtual reader and the cards
put into it, a card monitor, SoftHSM.

pcscd: a pcscd already answering (running, or socket-activated by systemd) is used as it
is, with the vpcd port of ``/etc/reader.conf.d/vpcd``; otherwise the session starts its own ``pcscd --foreground``
with a private reader.conf directory whose vpcd listens on a free port, and stops it at the
end. pcsc-lite 1.9 has one fixed socket (``/run/pcscd/pcscd.comm``), so starting one needs
the rights to write there (root in CI).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from card_kit import PCSCD_SOCKET, SYSTEM_VPCD_CONF, VPCD_DRIVER, DemoCardKeys, Events, Pcscd
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
from vicc import VirtualCard

from kiosk.eds.cards.monitor import CardMonitor
from kiosk.eds.cards.profiles import ProfileTable, load_profiles
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.trust import TrustMode
from kiosk.eds.validation import CertificateValidator


@pytest.fixture(scope="session")
def demo_validator(demo_pki: DemoPki) -> CertificateValidator:
    policy = EdsPolicy(TrustMode.DEMO, environment_is_production=False, demo_pki_dir=demo_pki.directory)
    return CertificateValidator(policy)


@pytest.fixture(scope="session")
def card_keys(demo_pki: DemoPki) -> DemoCardKeys:
    """The first demo adult's AUTH and SIGN keys with their certificates."""
    iin = next(key.iin for key in demo_pki.keys if not key.revoked)
    keys = {}
    for slot, purpose in (("auth", KeyPurpose.AUTH), ("sign", KeyPurpose.SIGN)):
        demo = demo_pki.key(iin, purpose)
        private_key, cert, _ = pkcs12.load_key_and_certificates(demo.file.read_bytes(), demo.password.encode())
        assert isinstance(private_key, rsa.RSAPrivateKey) and cert is not None
        keys[slot] = (private_key, cert.public_bytes(Encoding.DER))
    return DemoCardKeys(iin, keys)


# -- pcscd with the virtual reader -------------------------------------------------------


def _service_answers() -> bool:
    """Whether a pcscd (or systemd's socket for one) answers on the fixed socket."""
    from smartcard import scard

    if not PCSCD_SOCKET.exists():
        return False
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != 0:
        return False
    scard.SCardReleaseContext(context)
    return True


def _free_port_pair() -> int:
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port >= 65535:
            continue
        try:
            with socket.socket() as second:
                second.bind(("127.0.0.1", port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no two free TCP ports in a row")


def _virtual_readers(timeout: float) -> list[str]:
    from smartcard import scard

    deadline = time.monotonic() + timeout
    while True:
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult == 0:
            _, readers = scard.SCardListReaders(context, [])
            scard.SCardReleaseContext(context)
            virtual = sorted(r for r in readers or [] if "Virtual PCD" in r)
            if virtual:
                return virtual
        if time.monotonic() > deadline:
            return []
        time.sleep(0.1)


@pytest.fixture(scope="session")
def pcscd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pcscd]:
    """pcscd with the vpcd virtual reader (an existing one, or one started for the session)."""
    binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
    if not Path(binary).exists() or not VPCD_DRIVER.exists():
        pytest.skip("pcscd or vsmartcard-vpcd not installed (scripts/install-system-deps.sh)")
    if _service_answers():
        match = re.search(r"DEVICENAME\s+\S*:(0x[0-9A-Fa-f]+|\d+)", SYSTEM_VPCD_CONF.read_text()) \
            if SYSTEM_VPCD_CONF.exists() else None
        readers = _virtual_readers(2.0)
        if match is None or not readers:
            pytest.skip("a pcscd is running without the vpcd reader; stop it to run the PC/SC tests")
        yield Pcscd(int(match.group(1), 0), readers[0], owned=False)
        return
    if not os.access(PCSCD_SOCKET.parent if PCSCD_SOCKET.parent.exists() else Path("/run"), os.W_OK):
        pytest.skip("starting pcscd needs write access to /run/pcscd (run as root, or start pcscd)")
    work = tmp_path_factory.mktemp("pcscd")
    conf = work / "reader.conf.d"
    conf.mkdir()
    port = _free_port_pair()
    (conf / "vpcd").write_text(
        f'FRIENDLYNAME "Virtual PCD"\nDEVICENAME /dev/null:{port}\nLIBPATH {VPCD_DRIVER}\nCHANNELID {port}\n')
    log = (work / "pcscd.log").open("wb")
    process = subprocess.Popen([binary, "--foreground", "--config", str(conf)], stdout=log,
                               stderr=subprocess.STDOUT)
    try:
        readers = _virtual_readers(10.0)
        if not readers:
            pytest.fail("pcscd did not show the vpcd reader:\n" + (work / "pcscd.log").read_text())
        yield Pcscd(port, readers[0], owned=True)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


# -- the cards put into the virtual reader, and a monitor that sees them --------------------


@pytest.fixture()
def profiles() -> ProfileTable:
    """The card profiles the kiosk ships."""
    return load_profiles()


@pytest.fixture()
def monitor(pcscd: Pcscd, profiles: ProfileTable) -> Iterator[CardMonitor]:
    """A card monitor of the test's own, ready (it has looked at the readers once)."""
    with CardMonitor(profiles) as running:
        assert running.wait_ready(3.0)
        yield running


@pytest.fixture()
def events(monitor: CardMonitor) -> Iterator[Events]:
    """The monitor's events, queued for the test to wait on."""
    subscriber = Events()
    unsubscribe = monitor.subscribe(subscriber)
    yield subscriber
    unsubscribe()


@pytest.fixture()
def slot(pcscd: Pcscd, monitor: CardMonitor) -> Iterator[list[VirtualCard]]:
    """Cards a test inserts; each is pulled out at the end and the reader seen empty again."""
    cards: list[VirtualCard] = []
    yield cards
    for card in cards:
        card.remove()
    deadline = time.monotonic() + 3.0
    while monitor.snapshot().get(pcscd.reader) is not None and time.monotonic() < deadline:
        time.sleep(0.02)
