"""The PKCS#11 route: a :class:`KeyStore` over a vendor's PKCS#11 module, through PyKCS11.

For tokens whose vendor ships a module, the settings name one per card type
(``eds.pkcs11_modules = "kaztoken=/usr/lib/…so;idcard=…"``, read by
:func:`parse_pkcs11_modules`). Certificates are public objects, read without the PIN; the
private key is found after login by the certificate's ``CKA_ID`` (or its modulus) and signs
``DigestInfo`` with ``CKM_RSA_PKCS``, the same operation as the APDU route. Every call runs
on the card thread; the module is loaded once per process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

import PyKCS11
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

from kiosk.eds.cards.errors import CardAbsentError, CardResponseError, Pkcs11ModuleError
from kiosk.eds.cards.worker import assert_in_card_thread, run_in_card_thread
from kiosk.eds.certificate import NcaCertificate
from kiosk.eds.errors import (
    EdsError,
    KeyLockedError,
    KeyNotFoundError,
    PasswordRequiredError,
    SigningError,
    StoreRemovedError,
    UnsupportedKeyError,
    WrongPasswordError,
)
from kiosk.eds.keystore import KeyEntry, KeyStore, StoreKind, digest_info

log = logging.getLogger("kiosk.eds")

_KIND_NAMES = {
    "kaztoken": StoreKind.KAZTOKEN,
    "idcard": StoreKind.ID_CARD,
    "id_card": StoreKind.ID_CARD,
}

_REMOVED = {PyKCS11.CKR_DEVICE_REMOVED, PyKCS11.CKR_TOKEN_NOT_PRESENT, PyKCS11.CKR_SESSION_HANDLE_INVALID,
            PyKCS11.CKR_SESSION_CLOSED, PyKCS11.CKR_DEVICE_ERROR, PyKCS11.CKR_TOKEN_NOT_RECOGNIZED,
            PyKCS11.CKR_SLOT_ID_INVALID}
_WRONG_PIN = {PyKCS11.CKR_PIN_INCORRECT, PyKCS11.CKR_PIN_INVALID, PyKCS11.CKR_PIN_LEN_RANGE}
_LOCKED = {PyKCS11.CKR_PIN_LOCKED, PyKCS11.CKR_PIN_EXPIRED}
_UNSUPPORTED = {PyKCS11.CKR_MECHANISM_INVALID, PyKCS11.CKR_KEY_TYPE_INCONSISTENT,
                PyKCS11.CKR_KEY_FUNCTION_NOT_PERMITTED}


def parse_pkcs11_modules(text: str) -> dict[StoreKind, Path]:
    """Read ``'kaztoken=/usr/lib/…so;idcard=…'`` (the ``eds.pkcs11_modules`` setting).

    Items are separated by ``;`` (or new lines), blank items are skipped, the path is
    everything after the first ``=`` (Windows paths keep their ``C:``). ValueError names a
    bad item.
    """
    modules: dict[StoreKind, Path] = {}
    for item in text.replace("\n", ";").split(";"):
        item = item.strip()
        if not item:
            continue
        name, sep, path = item.partition("=")
        name, path = name.strip().lower(), path.strip()
        if not sep or not path:
            raise ValueError(f"pkcs11_modules: expected card=path, got {item!r}")
        if name not in _KIND_NAMES:
            raise ValueError(f"pkcs11_modules: unknown card type {name!r} (kaztoken, idcard)")
        kind = _KIND_NAMES[name]
        if kind in modules:
            raise ValueError(f"pkcs11_modules: {name} given twice")
        modules[kind] = Path(path)
    return modules


_libraries: dict[str, PyKCS11.PyKCS11Lib] = {}
_libraries_lock = threading.Lock()


def _library(module: Path) -> PyKCS11.PyKCS11Lib:
    assert_in_card_thread()
    key = str(module)
    with _libraries_lock:
        if key not in _libraries:
            if not module.is_file():
                raise Pkcs11ModuleError(f"no PKCS#11 module at {module}")
            library = PyKCS11.PyKCS11Lib()
            try:
                library.load(key)
            except PyKCS11.PyKCS11Error as exc:
                raise Pkcs11ModuleError(f"cannot load the PKCS#11 module {module}: {exc}") from exc
            _libraries[key] = library
        return _libraries[key]


def _error(exc: PyKCS11.PyKCS11Error, what: str, seen: bool, tries_left: int | None = None) -> EdsError:
    code = exc.value
    name = PyKCS11.CKR.get(code, hex(code)) if isinstance(code, int) else str(code)
    if code in _WRONG_PIN:
        return WrongPasswordError(f"{what}: {name}", tries_left=tries_left)
    if code in _LOCKED:
        return KeyLockedError(f"{what}: {name}")
    if code in _REMOVED:
        return StoreRemovedError(f"{what}: {name}") if seen else CardAbsentError(f"{what}: {name}")
    if code in _UNSUPPORTED:
        return UnsupportedKeyError(f"{what}: {name}")
    return CardResponseError(f"{what}: {name}")


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else bytes(value).decode("utf-8", "replace").strip()


class Pkcs11KeyStore(KeyStore):
    """The keys on one token of a PKCS#11 module (the first token, or the one labelled so)."""

    kind: ClassVar[StoreKind] = StoreKind.PKCS11
    needs_secret_to_list: ClassVar[bool] = False

    def __init__(self, module: Path | str, *, token_label: str | None = None) -> None:
        self._module = Path(module)
        self._token_label = token_label
        self._listed: set[str] = set()
        self._seen = False

    @property
    def location(self) -> str:
        return f"{self._module}" + (f" [{self._token_label}]" if self._token_label else "")

    @property
    def module(self) -> Path:
        return self._module

    # -- KeyStore ----------------------------------------------------------------------

    @run_in_card_thread
    def list_keys(self, secret: str | None = None) -> list[KeyEntry]:
        """The keys whose certificates the token shows (no PIN needed; ``secret`` is ignored)."""
        library, slot = self._slot()
        session = self._open(library, slot)
        try:
            entries = [entry for entry, _, _ in self._certificates(session)]
        finally:
            self._close(session)
        self._listed.update(entry.alias for entry in entries)
        return entries

    @run_in_card_thread
    def sign_digest(self, alias: str, digest: bytes, secret: str,
                    algorithm: hashes.HashAlgorithm | None = None) -> bytes:
        algorithm = algorithm or hashes.SHA256()
        try:
            info = digest_info(digest, algorithm)
        except ValueError as exc:
            raise SigningError(str(exc)) from exc
        if not secret:
            raise PasswordRequiredError()
        library, slot = self._slot()
        session = self._open(library, slot)
        try:
            entry, key_id, modulus = self._find(session, alias)
            public = entry.certificate.certificate.public_key()
            if not entry.can_sign or not isinstance(public, rsa.RSAPublicKey):
                raise UnsupportedKeyError(alias, entry.algorithm.value)
            self._login(library, slot, session, secret)
            try:
                key = self._private_key(session, key_id, modulus)
                try:
                    signature = bytes(session.sign(key, info, PyKCS11.Mechanism(PyKCS11.CKM_RSA_PKCS)))
                except PyKCS11.PyKCS11Error as exc:
                    raise _error(exc, "signing", True) from exc
            finally:
                try:
                    session.logout()
                except PyKCS11.PyKCS11Error:
                    pass
        finally:
            self._close(session)
        try:
            public.verify(signature, digest, padding.PKCS1v15(), utils.Prehashed(algorithm))
        except InvalidSignature as exc:
            raise SigningError("the token's signature does not match its certificate") from exc
        log.info("PKCS#11 token %s signed with key %s", self.location, alias)
        return signature

    # -- internals ---------------------------------------------------------------------

    def _slot(self) -> tuple[PyKCS11.PyKCS11Lib, int]:
        library = _library(self._module)
        try:
            slots = library.getSlotList(tokenPresent=True)
            for slot in slots:
                token = library.getTokenInfo(slot)
                if not token.flags & PyKCS11.CKF_TOKEN_INITIALIZED:
                    continue  # e.g. SoftHSM's spare slot
                if self._token_label is None or _text(token.label) == self._token_label:
                    return library, slot
        except PyKCS11.PyKCS11Error as exc:
            raise _error(exc, "token list", self._seen) from exc
        if self._seen:
            raise StoreRemovedError(f"the token is gone from {self.location}")
        raise CardAbsentError(f"no token in {self.location}")

    def _open(self, library: PyKCS11.PyKCS11Lib, slot: int) -> PyKCS11.Session:
        try:
            session = library.openSession(slot, PyKCS11.CKF_SERIAL_SESSION)
        except PyKCS11.PyKCS11Error as exc:
            raise _error(exc, "opening a session", self._seen) from exc
        self._seen = True
        return session

    @staticmethod
    def _close(session: PyKCS11.Session) -> None:
        try:
            session.closeSession()
        except PyKCS11.PyKCS11Error:
            pass

    def _tries_left(self, library: PyKCS11.PyKCS11Lib, slot: int) -> int | None:
        try:
            flags = library.getTokenInfo(slot).flags
        except PyKCS11.PyKCS11Error:
            return None
        return 1 if flags & PyKCS11.CKF_USER_PIN_FINAL_TRY else None

    def _login(self, library: PyKCS11.PyKCS11Lib, slot: int, session: PyKCS11.Session, secret: str) -> None:
        try:
            session.login(secret, PyKCS11.CKU_USER)
        except PyKCS11.PyKCS11Error as exc:
            if exc.value == PyKCS11.CKR_USER_ALREADY_LOGGED_IN:
                return
            error = _error(exc, "login", True, self._tries_left(library, slot))
            log.info("PKCS#11 login refused: %s", error.code)
            raise error from exc

    def _certificates(self, session: PyKCS11.Session) -> list[tuple[KeyEntry, bytes | None, int | None]]:
        """(entry, CKA_ID, RSA modulus) for every X.509 certificate object on the token."""
        try:
            handles = session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE),
                                           (PyKCS11.CKA_CERTIFICATE_TYPE, PyKCS11.CKC_X_509)])
            found = []
            for handle in handles:
                value, key_id, label = session.getAttributeValue(
                    handle, [PyKCS11.CKA_VALUE, PyKCS11.CKA_ID, PyKCS11.CKA_LABEL], allAsBinary=True)
                found.append((bytes(value or b""), bytes(key_id or b""), _text(label or b"")))
        except PyKCS11.PyKCS11Error as exc:
            raise _error(exc, "reading certificates", True) from exc
        result = []
        for der, key_id, label in found:
            try:
                certificate = NcaCertificate.from_bytes(der)
            except ValueError:
                log.warning("PKCS#11 token %s: skipped an unreadable certificate", self.location)
                continue
            if certificate.is_ca:
                continue
            public = certificate.certificate.public_key()
            modulus = public.public_numbers().n if isinstance(public, rsa.RSAPublicKey) else None
            alias = f"{key_id.hex() or label or 'key'}-{certificate.serial}"
            result.append((KeyEntry(alias, certificate, certificate.can_sign_in_this_version),
                           key_id or None, modulus))
        return result

    def _find(self, session: PyKCS11.Session, alias: str) -> tuple[KeyEntry, bytes | None, int | None]:
        for found in self._certificates(session):
            if found[0].alias == alias:
                return found
        if alias in self._listed:
            raise StoreRemovedError("the token is not the one whose keys were listed")
        raise KeyNotFoundError(alias)

    def _private_key(self, session: PyKCS11.Session, key_id: bytes | None, modulus: int | None) -> Any:
        template: list[tuple[int, Any]] = [(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY)]
        try:
            if key_id:
                keys = session.findObjects([*template, (PyKCS11.CKA_ID, key_id)])
                if keys:
                    return keys[0]
            for key in session.findObjects(template):
                (value,) = session.getAttributeValue(key, [PyKCS11.CKA_MODULUS], allAsBinary=True)
                if modulus is not None and value and int.from_bytes(bytes(value), "big") == modulus:
                    return key
        except PyKCS11.PyKCS11Error as exc:
            raise _error(exc, "finding the private key", True) from exc
        raise KeyNotFoundError("no private key for the certificate on the token")


class KaztokenPkcs11KeyStore(Pkcs11KeyStore):
    """«Казтокен» through the vendor's PKCS#11 module."""

    kind: ClassVar[StoreKind] = StoreKind.KAZTOKEN


class IdCardPkcs11KeyStore(Pkcs11KeyStore):
    """«Удостоверение личности» through a PKCS#11 module."""

    kind: ClassVar[StoreKind] = StoreKind.ID_CARD


_STORE_CLASSES: dict[StoreKind, type[Pkcs11KeyStore]] = {
    StoreKind.KAZTOKEN: KaztokenPkcs11KeyStore,
    StoreKind.ID_CARD: IdCardPkcs11KeyStore,
}


def pkcs11_store(kind: StoreKind, modules: Mapping[StoreKind, Path], *,
                 token_label: str | None = None) -> Pkcs11KeyStore:
    """The PKCS#11 store for ``kind`` from the configured modules; Pkcs11ModuleError when none is set."""
    if kind not in modules:
        raise Pkcs11ModuleError(f"no PKCS#11 module configured for {kind.value}")
    return _STORE_CLASSES.get(kind, Pkcs11KeyStore)(modules[kind], token_label=token_label)
