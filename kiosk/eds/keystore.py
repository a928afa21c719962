"""The keystore interface every EDS storage type implements.

The portals offer three storage types: «Персональный компьютер» (a PKCS#12 file with a
password), «Удостоверение личности» (the national ID card in a PC/SC reader, PIN) and
«Казтокен» (a Kaztoken USB token, PIN). Each is a :class:`KeyStore`: it lists its keys with
their certificates, and it signs with one of them given the password or PIN.

Signing is expressed as :meth:`KeyStore.sign_digest` — an RSA PKCS#1 v1.5 signature over
``DigestInfo(hash algorithm, digest)`` — because that is all a smart card computes: the
host hashes, the card signs. :meth:`KeyStore.sign` hashes and delegates to it, so a card or
PKCS#11 store implements one method and gets the rest.
"""

from __future__ import annotations

import abc
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from kiosk.eds.certificate import KeyAlgorithm, KeyPurpose, NcaCertificate
from kiosk.eds.errors import KeyNotFoundError

# DER prefixes of DigestInfo for each hash (RFC 8017 §9.2, note 1): prefix + digest.
_DIGEST_INFO_PREFIX = {
    "sha256": bytes.fromhex("3031300d060960864801650304020105000420"),
    "sha384": bytes.fromhex("3041300d060960864801650304020205000430"),
    "sha512": bytes.fromhex("3051300d060960864801650304020305000440"),
}


def digest_info(digest: bytes, algorithm: hashes.HashAlgorithm) -> bytes:
    """The DER ``DigestInfo`` a card signs with PKCS#1 v1.5 for ``digest``."""
    prefix = _DIGEST_INFO_PREFIX.get(algorithm.name)
    if prefix is None:
        raise ValueError(f"no DigestInfo for {algorithm.name}")
    if len(digest) != algorithm.digest_size:
        raise ValueError("digest length does not match its algorithm")
    return prefix + digest


class StoreKind(enum.Enum):
    """The storage types the user picks from; values are stable codes."""

    FILE = "file"  # «Персональный компьютер»
    ID_CARD = "id_card"  # «Удостоверение личности»
    KAZTOKEN = "kaztoken"  # «Казтокен»
    PKCS11 = "pkcs11"


@dataclass(frozen=True)
class KeyEntry:
    """One key in a store: its alias, its certificate and whether this version can sign with it."""

    alias: str
    certificate: NcaCertificate
    can_sign: bool
    chain: tuple[x509.Certificate, ...] = field(default=(), repr=False)  # other certificates the store holds

    @property
    def purpose(self) -> KeyPurpose:
        return self.certificate.purpose

    @property
    def algorithm(self) -> KeyAlgorithm:
        return self.certificate.algorithm


class KeyStore(abc.ABC):
    """A place keys live in. Implementations must never log or keep a password or PIN."""

    kind: ClassVar[StoreKind]
    needs_secret_to_list: ClassVar[bool] = False
    """Whether :meth:`list_keys` needs the password (files) or not (cards show certificates freely)."""

    @property
    @abc.abstractmethod
    def location(self) -> str:
        """Where the store is (a file path, a reader name): for display and logs."""

    @abc.abstractmethod
    def list_keys(self, secret: str | None = None) -> list[KeyEntry]:
        """Every key in the store with its certificate.

        Raises StoreNotFoundError, StoreRemovedError, StoreCorruptError,
        PasswordRequiredError, WrongPasswordError (with ``tries_left`` where known) or
        KeyLockedError.
        """

    @abc.abstractmethod
    def sign_digest(
        self, alias: str, digest: bytes, secret: str, algorithm: hashes.HashAlgorithm | None = None
    ) -> bytes:
        """RSA PKCS#1 v1.5 signature over ``DigestInfo(algorithm, digest)`` (SHA-256 by default).

        Raises the errors of :meth:`list_keys`, plus KeyNotFoundError,
        UnsupportedKeyError (e.g. GOST) and SigningError.
        """

    def sign(
        self, alias: str, data: bytes, secret: str, algorithm: hashes.HashAlgorithm | None = None
    ) -> bytes:
        """Hash ``data`` on the host and have the store sign the digest."""
        algorithm = algorithm or hashes.SHA256()
        hasher = hashes.Hash(algorithm)
        hasher.update(data)
        return self.sign_digest(alias, hasher.finalize(), secret, algorithm)

    def entry(self, alias: str, secret: str | None = None) -> KeyEntry:
        """The key with this alias."""
        return find_entry(self.list_keys(secret), alias)


def find_entry(entries: Sequence[KeyEntry], alias: str) -> KeyEntry:
    for entry in entries:
        if entry.alias == alias:
            return entry
    raise KeyNotFoundError(alias)
