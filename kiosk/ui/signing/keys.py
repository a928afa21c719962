"""Where a visitor's keys come from, and the blocking work done with them (off the UI thread).

:class:`KeySources` lists key files (the kiosk's key folder, the demo keys of the demo PKI in
the demo environment), opens stores of each storage type, and builds the certificate
validator once. :func:`list_keys` and :func:`sign_document` are what the widgets run with
``run_in_background``: they block on files, cards and certificate checks. Card stores hop to
the card thread by themselves (``kiosk.eds.cards.worker``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DEMO_PASSWORD, load_demo_pki
from kiosk.eds.errors import KeyRefusedError, Reason
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.keystore import KeyEntry, KeyStore, StoreKind, find_entry
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.validation import CertificateValidator, key_refusal
from kiosk.eds.xmldsig import sign_xml
from kiosk.logs import get_logger

_log = get_logger("ui")

KEY_SUFFIXES = (".p12", ".pfx")
_MAX_DEPTH = 3
_MAX_FILES = 200

CardOpener = Callable[[StoreKind], KeyStore]
CardSubscribe = Callable[[Callable[[], None]], Callable[[], None]]


@dataclass(frozen=True)
class KeyFile:
    """A key file offered in the list; demo keys know their owner and purpose."""

    path: Path
    owner: str = ""
    purpose: KeyPurpose | None = None
    demo: bool = False

    @property
    def likely_purpose(self) -> KeyPurpose | None:
        """The purpose, or NCA's naming habit: ``AUTH_RSA256_…`` logs in, ``RSA256_…`` signs."""
        if self.purpose is not None:
            return self.purpose
        name = self.path.name.upper()
        if name.startswith("AUTH_"):
            return KeyPurpose.AUTH
        if name.startswith(("RSA", "GOST")):
            return KeyPurpose.SIGN
        return None


def _cards_importable() -> bool:
    try:
        import kiosk.eds.cards.card_keystore  # noqa: F401 - pyscard and libpcsclite load here
    except (ImportError, OSError):
        return False
    return True


def _open_card(kind: StoreKind) -> KeyStore:
    from kiosk.eds.cards.card_keystore import open_card_store

    return open_card_store(kind=kind)


class _Monitor:
    """The process's card monitor, started the first time someone wants card events."""

    _lock = threading.Lock()
    _monitor: object | None = None

    @classmethod
    def subscribe(cls, callback: Callable[[], None]) -> Callable[[], None]:
        from kiosk.eds.cards.monitor import CardMonitor

        with cls._lock:
            if cls._monitor is None:
                cls._monitor = CardMonitor().start()
            monitor = cls._monitor
        assert isinstance(monitor, CardMonitor)
        return monitor.subscribe(lambda _event: callback(), replay=False)


class KeySources:
    """The storage types on offer and how to open each.

    ``folder`` is searched three levels deep for ``.p12``/``.pfx`` files (kiosk mode: where
    USB sticks appear); ``demo_pki_dir`` adds the demo keys of the demo environment, whose
    password is public, and ``demo_files`` other demo keys (the demo clerk's). ``policy`` builds the validator that judges a key before it signs
    (chain, revocation, IIN); without one only the key's own dates and purpose are checked.
    ``open_card``/``subscribe_cards`` replace the PC/SC route (tests, other card stacks).
    """

    def __init__(self, *, folder: Path | None = None, demo_pki_dir: Path | None = None,
                 policy: EdsPolicy | None = None, open_card: CardOpener | None = None,
                 subscribe_cards: CardSubscribe | None = None,
                 cards: bool | None = None, demo_files: tuple[KeyFile, ...] = ()) -> None:
        self.folder = folder
        self.demo_pki_dir = demo_pki_dir
        self.demo_files = demo_files
        self.policy = policy
        self.cards_available = _cards_importable() if cards is None else cards
        self._open_card = open_card or _open_card
        if subscribe_cards is None and open_card is None and self.cards_available:
            subscribe_cards = _Monitor.subscribe
        self._subscribe_cards = subscribe_cards
        self._validator: CertificateValidator | None = None
        self._validator_lock = threading.Lock()

    @property
    def demo_password(self) -> str | None:
        """The demo keys' public password, shown to visitors (the demo PKI's keys only: the
        demo clerk's key is not announced on the kiosk's screen)."""
        return DEMO_PASSWORD if self.demo_pki_dir is not None else None

    # -- blocking: call off the UI thread -------------------------------------------------

    def files(self) -> list[KeyFile]:
        """The demo keys, then the key files found in the folder."""
        found = [key for key in self.demo_files if key.path.is_file()]
        if self.demo_pki_dir is not None:
            try:
                pki = load_demo_pki(self.demo_pki_dir)
            except (OSError, ValueError, KeyError):
                _log.warning("no demo PKI to offer keys from")
            else:
                found.extend(KeyFile(k.file, k.name, k.purpose, demo=True) for k in pki.keys
                             if k.file.is_file())
        if self.folder is not None:
            found.extend(KeyFile(path) for path in _key_files(self.folder))
        return found

    def file_store(self, path: Path) -> KeyStore:
        return FileKeyStore(path)

    def card_store(self, kind: StoreKind) -> KeyStore:
        """The store of the first card of ``kind`` found (raises the card errors)."""
        return self._open_card(kind)

    def validator(self) -> CertificateValidator | None:
        """The certificate validator of the policy, built once (loads anchors and CRLs)."""
        if self.policy is None:
            return None
        with self._validator_lock:
            if self._validator is None:
                self._validator = CertificateValidator(self.policy)
            return self._validator

    # -- card events ----------------------------------------------------------------------

    def subscribe_cards(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` (on some thread) whenever a card or reader comes or goes."""
        if self._subscribe_cards is None:
            return lambda: None
        try:
            return self._subscribe_cards(callback)
        except Exception:  # no PC/SC at all: the refresh button still works
            _log.info("card events unavailable", exc_info=True)
            return lambda: None


def _key_files(folder: Path) -> list[Path]:
    found: list[Path] = []

    def walk(directory: Path, depth: int) -> None:
        try:
            children = sorted(directory.iterdir())
        except OSError:
            return
        for child in children:
            if len(found) >= _MAX_FILES:
                return
            try:
                if child.is_file() and child.suffix.lower() in KEY_SUFFIXES:
                    found.append(child)
                elif child.is_dir() and depth < _MAX_DEPTH and not child.name.startswith("."):
                    walk(child, depth + 1)
            except OSError:
                continue

    walk(folder, 1)
    return found


def list_keys(store: KeyStore, secret: str | None) -> list[KeyEntry]:
    """The keys of ``store`` (a file needs its password to show them)."""
    return store.list_keys(secret if store.needs_secret_to_list else None)


def sign_document(document: bytes, store: KeyStore, alias: str, secret: str, *,
                  purpose: KeyPurpose, validator: CertificateValidator | None = None,
                  expected_iin: str | None = None) -> bytes:
    """``document`` signed with the key ``alias`` of ``store``, after judging the key.

    The key must suit ``purpose`` (an AUTH key never signs an application, a signing key
    never logs in), be valid now, belong to ``expected_iin`` when given, and (with a
    validator) chain to a trusted root and not be revoked. Raises the EDS errors.
    """
    entry = find_entry(store.list_keys(secret), alias)
    now = datetime.now(timezone.utc)
    refusal = key_refusal(entry.certificate, purpose, now)
    if refusal is None and validator is not None:
        refusal = validator.check(entry.certificate, purpose=purpose, at=now,
                                  extra_certs=entry.chain, expected_iin=expected_iin).refusal
    elif refusal is None and expected_iin is not None and entry.certificate.iin != expected_iin:
        refusal = Reason.IIN_MISMATCH
    if refusal is not None:
        raise KeyRefusedError(refusal)
    return sign_xml(document, store, secret, alias=alias, purpose=purpose, at=now)
