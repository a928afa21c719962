"""«Персональный компьютер»: keys in a PKCS#12 file protected by a password.

NCA's containers use legacy algorithms (3DES key bag, RC2-40 certificate bag, SHA-1 MAC).
The container is opened by :mod:`kiosk.eds.pkcs12`, which checks the integrity MAC first,
so a wrong password is reported as such and a GOST key (which `cryptography` cannot load)
is listed with its certificate and marked as unable to sign, never as a wrong password.
`cryptography`'s own PKCS#12 loader is the fallback for container layouts the structural
reader does not know.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils
from cryptography.hazmat.primitives.serialization import pkcs12 as crypto_pkcs12

from kiosk.eds import der, pkcs12
from kiosk.eds.certificate import OID_RSA, NcaCertificate
from kiosk.eds.errors import (
    KeyNotFoundError,
    PasswordRequiredError,
    SigningError,
    StoreCorruptError,
    StoreNotFoundError,
    StoreRemovedError,
    UnsupportedKeyError,
    WrongPasswordError,
)
from kiosk.eds.keystore import KeyEntry, KeyStore, StoreKind

log = logging.getLogger("kiosk.eds")

MAX_STORE_BYTES = 1 << 20  # an NCA container is a few kilobytes


@dataclass(frozen=True)
class _Loaded:
    entry: KeyEntry
    private_key_info: bytes | None = field(default=None, repr=False)  # PKCS#8 of a usable RSA key
    private_key: rsa.RSAPrivateKey | None = field(default=None, repr=False)  # when already loaded

    def load_key(self) -> rsa.RSAPrivateKey | None:
        """The private key, loaded only to sign (loading validates it, which takes time)."""
        if self.private_key is not None:
            return self.private_key
        if self.private_key_info is None:
            return None
        try:
            key = serialization.load_der_private_key(self.private_key_info, password=None)
        except (ValueError, TypeError) as exc:
            raise StoreCorruptError("the RSA key in the container is damaged") from exc
        return key if isinstance(key, rsa.RSAPrivateKey) else None


class FileKeyStore(KeyStore):
    """A PKCS#12 file (``.p12``/``.pfx``) as a key store."""

    kind: ClassVar[StoreKind] = StoreKind.FILE
    needs_secret_to_list: ClassVar[bool] = True

    def __init__(self, path: str | Path) -> None:
        self._path = Path(path)
        self._seen = False

    @property
    def location(self) -> str:
        return str(self._path)

    @property
    def path(self) -> Path:
        return self._path

    def list_keys(self, secret: str | None = None) -> list[KeyEntry]:
        return [loaded.entry for loaded in self._open(secret)]

    def sign_digest(
        self, alias: str, digest: bytes, secret: str, algorithm: hashes.HashAlgorithm | None = None
    ) -> bytes:
        algorithm = algorithm or hashes.SHA256()
        if len(digest) != algorithm.digest_size:
            raise SigningError("digest length does not match its algorithm")
        for loaded in self._open(secret):
            if loaded.entry.alias != alias:
                continue
            private_key = loaded.load_key() if loaded.entry.can_sign else None
            if private_key is None:
                raise UnsupportedKeyError(alias, loaded.entry.algorithm.value)
            try:
                return private_key.sign(digest, padding.PKCS1v15(), utils.Prehashed(algorithm))
            except ValueError as exc:
                raise SigningError(str(exc)) from exc
        raise KeyNotFoundError(alias)

    # -- reading the container ---------------------------------------------------------

    def _read(self) -> bytes:
        try:
            size = self._path.stat().st_size
            if size > MAX_STORE_BYTES:
                raise StoreCorruptError("file too large for a key container")
            data = self._path.read_bytes()
        except FileNotFoundError as exc:
            error = StoreRemovedError if self._seen else StoreNotFoundError
            raise error(str(self._path)) from exc
        except IsADirectoryError as exc:
            raise StoreNotFoundError(str(self._path)) from exc
        except OSError as exc:
            raise StoreNotFoundError(f"{self._path}: {exc.strerror}") from exc
        self._seen = True
        return data

    def _open(self, secret: str | None) -> list[_Loaded]:
        if secret is None:
            raise PasswordRequiredError()
        data = self._read()
        try:
            contents = pkcs12.read_pkcs12(data, secret)
        except pkcs12.Pkcs12PasswordError as exc:
            log.info("key store %s: wrong password", self._path)
            raise WrongPasswordError() from exc
        except pkcs12.Pkcs12FormatError:
            loaded = self._open_with_cryptography(data, secret)
        else:
            loaded = self._pair(contents)
        log.debug("key store %s: %d key(s)", self._path, len(loaded))
        return loaded

    def _open_with_cryptography(self, data: bytes, secret: str) -> list[_Loaded]:
        """Containers the structural reader does not know (PBMAC1, public-key integrity…)."""
        try:
            p12 = crypto_pkcs12.load_pkcs12(data, secret.encode("utf-8"))
        except ValueError as exc:
            raise StoreCorruptError("not a PKCS#12 key container this version can read") from exc
        if p12.key is None or p12.cert is None:
            return []
        cert = NcaCertificate.from_x509(p12.cert.certificate)
        alias = (p12.cert.friendly_name or b"").decode("utf-8", "replace") or cert.serial
        chain = tuple(extra.certificate for extra in p12.additional_certs)
        key = p12.key if isinstance(p12.key, rsa.RSAPrivateKey) else None
        can_sign = key is not None and cert.can_sign_in_this_version
        return [_Loaded(KeyEntry(alias, cert, can_sign, chain), None, key if can_sign else None)]

    def _pair(self, contents: pkcs12.Pkcs12Contents) -> list[_Loaded]:
        certs = []
        for bag in contents.certificates:
            try:
                certs.append((bag, x509.load_der_x509_certificate(bag.der)))
            except ValueError:
                log.warning("key store %s: skipped an unreadable certificate", self._path)
        result: list[_Loaded] = []
        used: set[int] = set()
        for key_bag in contents.keys:
            modulus = _rsa_modulus(key_bag)
            match = _match(key_bag, modulus, certs, used)
            if match is None:
                log.warning("key store %s: a key without its certificate was skipped", self._path)
                continue
            index, bag, cert_obj = match
            used.add(index)
            cert = NcaCertificate.from_x509(cert_obj)
            alias = (
                key_bag.friendly_name
                or bag.friendly_name
                or (key_bag.local_key_id.hex() if key_bag.local_key_id else cert.serial)
            )
            chain = tuple(c for i, (_, c) in enumerate(certs) if i != index)
            can_sign = modulus is not None and cert.can_sign_in_this_version
            info = key_bag.private_key_info if can_sign else None
            result.append(_Loaded(KeyEntry(alias, cert, can_sign, chain), info))
        return result


def _rsa_modulus(key_bag: pkcs12.Pkcs12Key) -> int | None:
    """The modulus of an RSA key in PKCS#8, read without loading (and validating) the key."""
    if key_bag.algorithm_oid != OID_RSA:
        return None  # GOST and others: listed, but this version cannot sign with them
    try:
        rsa_key = der.parse(der.parse(key_bag.private_key_info).child(2).octets())
        return rsa_key.child(1).integer()
    except der.DerError as exc:
        raise StoreCorruptError("the RSA key in the container is damaged") from exc


def _match(
    key_bag: pkcs12.Pkcs12Key,
    modulus: int | None,
    certs: list[tuple[pkcs12.Pkcs12Certificate, x509.Certificate]],
    used: set[int],
) -> tuple[int, pkcs12.Pkcs12Certificate, x509.Certificate] | None:
    """The certificate of a key: same public key, else same local key id or name."""
    candidates = [(i, bag, cert) for i, (bag, cert) in enumerate(certs) if i not in used]
    if modulus is not None:
        for i, bag, cert in candidates:
            if cert.public_key_algorithm_oid.dotted_string != OID_RSA:
                continue
            public = cert.public_key()
            if isinstance(public, rsa.RSAPublicKey) and public.public_numbers().n == modulus:
                return i, bag, cert
        return None
    if key_bag.local_key_id is not None:
        for i, bag, cert in candidates:
            if bag.local_key_id == key_bag.local_key_id:
                return i, bag, cert
    if key_bag.friendly_name is not None:
        for i, bag, cert in candidates:
            if bag.friendly_name == key_bag.friendly_name:
                return i, bag, cert
    end_entity = [c for c in candidates if not NcaCertificate.from_x509(c[2]).is_ca]
    return end_entity[0] if len(end_entity) == 1 else None
