"""«Удостоверение личности» and «Казтокен» over PC/SC: a :class:`KeyStore` on a card in a reader.

The store is bound to a reader and to the card profile its ATR matched. Every operation
connects afresh on the card thread, checks that a card of that profile is still there,
and runs in one PC/SC transaction; signing resets the card afterwards, so a verified PIN
never outlives the signature. Aliases carry the certificate's serial number, so a key
listed on one card is never used on another card put into the same reader.
"""

from __future__ import annotations

import logging
from typing import ClassVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

from kiosk.eds.cards.applet import CardApplet
from kiosk.eds.cards.atr import format_atr
from kiosk.eds.cards.errors import CardAbsentError, ReaderNotFoundError, UnsupportedCardError
from kiosk.eds.cards.pcsc import LEAVE, RESET, PcscConnection, pcsc_context
from kiosk.eds.cards.profiles import CardProfile, KeySlot, ProfileTable, load_profiles
from kiosk.eds.cards.worker import run_in_card_thread
from kiosk.eds.certificate import NcaCertificate
from kiosk.eds.errors import (
    KeyNotFoundError,
    SigningError,
    StoreCorruptError,
    StoreRemovedError,
    UnsupportedKeyError,
)
from kiosk.eds.keystore import KeyEntry, KeyStore, StoreKind, digest_info

log = logging.getLogger("kiosk.eds")


def key_alias(slot: KeySlot, certificate: NcaCertificate) -> str:
    """``<slot>-<certificate serial>``, e.g. ``sign-1a2b…``."""
    return f"{slot.name}-{certificate.serial}"


class CardKeyStore(KeyStore):
    """The keys on a card in a PC/SC reader, read and used as its profile says."""

    kind: ClassVar[StoreKind] = StoreKind.ID_CARD
    needs_secret_to_list: ClassVar[bool] = False

    def __init__(self, reader: str, profile: CardProfile) -> None:
        if profile.kind is not self.kind:
            raise ValueError(f"a {profile.kind.value} profile in a {self.kind.value} store")
        self._reader = reader
        self._profile = profile
        self._listed: set[str] = set()
        self._seen = False

    @property
    def location(self) -> str:
        return self._reader

    @property
    def reader(self) -> str:
        return self._reader

    @property
    def profile(self) -> CardProfile:
        return self._profile

    # -- KeyStore ----------------------------------------------------------------------

    @run_in_card_thread
    def list_keys(self, secret: str | None = None) -> list[KeyEntry]:
        """Every key whose certificate the card holds (no PIN needed; ``secret`` is ignored)."""
        with pcsc_context() as context, context.connect(self._reader, seen=self._seen) as connection:
            self._check_card(connection)
            with connection.transaction(LEAVE):
                applet = CardApplet(connection, self._profile)
                applet.select_application()
                entries = [entry for _, entry in self._read_keys(applet)]
        self._listed.update(entry.alias for entry in entries)
        log.debug("card in %s: %d key(s)", self._reader, len(entries))
        return entries

    @run_in_card_thread
    def sign_digest(self, alias: str, digest: bytes, secret: str,
                    algorithm: hashes.HashAlgorithm | None = None) -> bytes:
        algorithm = algorithm or hashes.SHA256()
        try:
            info = digest_info(digest, algorithm)
        except ValueError as exc:
            raise SigningError(str(exc)) from exc
        with pcsc_context() as context, context.connect(self._reader, seen=self._seen) as connection:
            self._check_card(connection)
            with connection.transaction(RESET):
                applet = CardApplet(connection, self._profile)
                applet.select_application()
                slot, entry = self._find(applet, alias)
                public = entry.certificate.certificate.public_key()
                if not entry.can_sign or not isinstance(public, rsa.RSAPublicKey):
                    raise UnsupportedKeyError(alias, entry.algorithm.value)
                applet.verify_pin(secret)
                signature = applet.compute_signature(slot, info, (public.key_size + 7) // 8)
        try:
            public.verify(signature, digest, padding.PKCS1v15(), utils.Prehashed(algorithm))
        except InvalidSignature as exc:
            raise SigningError("the card's signature does not match its certificate") from exc
        log.info("card in %s signed with key %s", self._reader, alias)
        return signature

    # -- extras ------------------------------------------------------------------------

    @run_in_card_thread
    def pin_tries_left(self) -> int | None:
        """Tries left before the PIN blocks, when the card tells (see CardApplet.pin_tries_left)."""
        with pcsc_context() as context, context.connect(self._reader, seen=self._seen) as connection:
            self._check_card(connection)
            with connection.transaction(LEAVE):
                applet = CardApplet(connection, self._profile)
                applet.select_application()
                return applet.pin_tries_left()

    # -- internals ---------------------------------------------------------------------

    def _check_card(self, connection: PcscConnection) -> None:
        if not self._profile.matches(connection.atr):
            if self._seen:
                raise StoreRemovedError(f"another card in {self._reader}")
            raise CardAbsentError(f"no {self._profile.label} in {self._reader} "
                                  f"(card with ATR {format_atr(connection.atr)})")
        self._seen = True

    def _read_keys(self, applet: CardApplet) -> list[tuple[KeySlot, KeyEntry]]:
        found = []
        for slot in self._profile.keys:
            der = applet.read_certificate(slot)
            if der is None:
                continue
            try:
                certificate = NcaCertificate.from_bytes(der)
            except ValueError as exc:
                raise StoreCorruptError(f"unreadable certificate in slot {slot.name}") from exc
            found.append((slot, KeyEntry(key_alias(slot, certificate), certificate,
                                         certificate.can_sign_in_this_version)))
        return found

    def _find(self, applet: CardApplet, alias: str) -> tuple[KeySlot, KeyEntry]:
        for slot, entry in self._read_keys(applet):
            if entry.alias == alias:
                return slot, entry
        if alias in self._listed:
            raise StoreRemovedError("the card in the reader is not the one whose keys were listed")
        raise KeyNotFoundError(alias)


class IdCardKeyStore(CardKeyStore):
    """«Удостоверение личности»: the national ID card."""

    kind: ClassVar[StoreKind] = StoreKind.ID_CARD


class KaztokenKeyStore(CardKeyStore):
    """«Казтокен»: the Kaztoken USB token (a CCID reader and card in one)."""

    kind: ClassVar[StoreKind] = StoreKind.KAZTOKEN


_STORE_CLASSES: dict[StoreKind, type[CardKeyStore]] = {
    StoreKind.ID_CARD: IdCardKeyStore,
    StoreKind.KAZTOKEN: KaztokenKeyStore,
}


def card_store(reader: str, profile: CardProfile) -> CardKeyStore:
    """The key store of the right kind for a card of ``profile`` in ``reader``."""
    return _STORE_CLASSES[profile.kind](reader, profile)


@run_in_card_thread
def open_card_store(reader: str | None = None, profiles: ProfileTable | None = None,
                    kind: StoreKind | None = None) -> CardKeyStore:
    """The store of the card in ``reader``, or of the first reader holding a supported card.

    ``kind`` narrows the search to ID cards or Kaztokens. Raises PcscUnavailableError,
    ReaderNotFoundError, CardAbsentError or UnsupportedCardError (with the ATR).
    """
    profiles = profiles or load_profiles()
    with pcsc_context() as context:
        readers = context.readers()
        if reader is not None:
            if reader not in readers:
                raise ReaderNotFoundError(reader)
            readers = [reader]
        if not readers:
            raise ReaderNotFoundError("no card reader attached")
        unsupported: list[bytes] = []
        for state in context.states(readers):
            if state.atr is None:
                continue
            profile = profiles.match(state.atr)
            if profile is None:
                unsupported.append(state.atr)
            elif kind is None or profile.kind is kind:
                return card_store(state.reader, profile)
    if unsupported and kind is None:
        raise UnsupportedCardError(format_atr(unsupported[0]))
    raise CardAbsentError("no supported card in " + ", ".join(readers))
