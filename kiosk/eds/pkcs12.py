"""A structural PKCS#12 (RFC 7292) reader, beside `cryptography`'s loader.

`cryptography.hazmat.primitives.serialization.pkcs12` opens NCA's RSA containers, but it
answers "Invalid password or PKCS12 data" for *every* failure: a wrong password, a GOST key
it cannot load, a damaged file. The file keystore needs to tell these apart, so this module
reads the container itself: it checks the integrity MAC with the password (that alone says
whether the password is right), decrypts the bags (legacy PBE with SHA-1 and 3DES or RC2,
or PBES2 with PBKDF2 and AES) and reports the certificates and the private keys' algorithms.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from kiosk.eds import der, rc2

_DATA = "1.2.840.113549.1.7.1"
_ENCRYPTED_DATA = "1.2.840.113549.1.7.6"
_KEY_BAG = "1.2.840.113549.1.12.10.1.1"
_SHROUDED_KEY_BAG = "1.2.840.113549.1.12.10.1.2"
_CERT_BAG = "1.2.840.113549.1.12.10.1.3"
_SAFE_CONTENTS_BAG = "1.2.840.113549.1.12.10.1.6"
_X509_CERT = "1.2.840.113549.1.9.22.1"
_FRIENDLY_NAME = "1.2.840.113549.1.9.20"
_LOCAL_KEY_ID = "1.2.840.113549.1.9.21"

_PBE_SHA1_3DES = "1.2.840.113549.1.12.1.3"
_PBE_SHA1_2DES = "1.2.840.113549.1.12.1.4"
_PBE_SHA1_RC2_128 = "1.2.840.113549.1.12.1.5"
_PBE_SHA1_RC2_40 = "1.2.840.113549.1.12.1.6"
_PBES2 = "1.2.840.113549.1.5.13"
_PBKDF2 = "1.2.840.113549.1.5.12"

_HASHES = {  # OID -> (hashlib name, PKCS#12 KDF block size v)
    "1.3.14.3.2.26": ("sha1", 64),
    "2.16.840.1.101.3.4.2.1": ("sha256", 64),
    "2.16.840.1.101.3.4.2.2": ("sha384", 128),
    "2.16.840.1.101.3.4.2.3": ("sha512", 128),
}
_HMAC_PRFS = {
    "1.2.840.113549.2.7": hashes.SHA1,
    "1.2.840.113549.2.9": hashes.SHA256,
    "1.2.840.113549.2.10": hashes.SHA384,
    "1.2.840.113549.2.11": hashes.SHA512,
}
_PBES2_CIPHERS = {  # OID -> (key length, cipher factory)
    "2.16.840.1.101.3.4.1.2": (16, algorithms.AES),
    "2.16.840.1.101.3.4.1.22": (24, algorithms.AES),
    "2.16.840.1.101.3.4.1.42": (32, algorithms.AES),
    "1.2.840.113549.3.7": (24, TripleDES),
}
_MAX_ITERATIONS = 10_000_000


class Pkcs12FormatError(ValueError):
    """Not a PKCS#12 container, or one built with something this reader does not know."""


class Pkcs12PasswordError(ValueError):
    """The password does not open the container."""


@dataclass(frozen=True)
class Pkcs12Certificate:
    der: bytes
    friendly_name: str | None = None
    local_key_id: bytes | None = None


@dataclass(frozen=True)
class Pkcs12Key:
    algorithm_oid: str
    private_key_info: bytes = field(repr=False)  # PKCS#8 DER; secret, never logged
    friendly_name: str | None = None
    local_key_id: bytes | None = None


@dataclass(frozen=True)
class Pkcs12Contents:
    keys: tuple[Pkcs12Key, ...]
    certificates: tuple[Pkcs12Certificate, ...]


def _bmp_password(password: str) -> bytes:
    return password.encode("utf-16-be") + b"\x00\x00"


def pkcs12_kdf(
    hash_name: str, block: int, password: bytes, salt: bytes, purpose: int, iterations: int, size: int
) -> bytes:
    """The key derivation of RFC 7292 appendix B (purpose 1 key, 2 IV, 3 MAC key)."""

    def stretch(data: bytes) -> bytes:
        if not data:
            return b""
        count = -(-len(data) // block) * block
        return (data * (count // len(data) + 1))[:count]

    d = bytes([purpose]) * block
    i = bytearray(stretch(salt) + stretch(password))
    out = b""
    while len(out) < size:
        a = d + bytes(i)
        for _ in range(iterations):
            a = hashlib.new(hash_name, a).digest()
        out += a
        b = int.from_bytes(stretch(a)[:block], "big")
        for offset in range(0, len(i), block):
            chunk = int.from_bytes(i[offset : offset + block], "big")
            chunk = (chunk + b + 1) % (1 << (8 * block))
            i[offset : offset + block] = chunk.to_bytes(block, "big")
    return out[:size]


def _iterations(tlv: der.Tlv) -> int:
    value = tlv.integer()
    if not 1 <= value <= _MAX_ITERATIONS:
        raise Pkcs12FormatError("unreasonable iteration count")
    return value


def _unpad(data: bytes, block: int) -> bytes:
    if not data or len(data) % block:
        raise Pkcs12PasswordError("bad padding")
    pad = data[-1]
    if not 1 <= pad <= block or data[-pad:] != bytes([pad]) * pad:
        raise Pkcs12PasswordError("bad padding")
    return data[:-pad]


def _decrypt(algorithm: der.Tlv, ciphertext: bytes, password: str) -> bytes:
    oid = algorithm.child(0).oid()
    params = algorithm.child(1) if len(algorithm.children()) > 1 else None
    if params is None:
        raise Pkcs12FormatError("encryption algorithm without parameters")
    if oid in (_PBE_SHA1_3DES, _PBE_SHA1_2DES, _PBE_SHA1_RC2_128, _PBE_SHA1_RC2_40):
        salt = params.child(0).octets()
        count = _iterations(params.child(1))
        pw = _bmp_password(password)
        key_size = {_PBE_SHA1_3DES: 24, _PBE_SHA1_2DES: 16, _PBE_SHA1_RC2_128: 16, _PBE_SHA1_RC2_40: 5}[oid]
        key = pkcs12_kdf("sha1", 64, pw, salt, 1, count, key_size)
        iv = pkcs12_kdf("sha1", 64, pw, salt, 2, count, 8)
        if len(ciphertext) % 8:
            raise Pkcs12FormatError("ciphertext is not whole blocks")
        if oid in (_PBE_SHA1_RC2_128, _PBE_SHA1_RC2_40):
            plain = rc2.cbc_decrypt(key, iv, ciphertext, 8 * key_size)
        else:
            if key_size == 16:
                key += key[:8]
            decryptor = Cipher(TripleDES(key), modes.CBC(iv)).decryptor()
            plain = decryptor.update(ciphertext) + decryptor.finalize()
        return _unpad(plain, 8)
    if oid == _PBES2:
        kdf_alg, scheme = params.child(0), params.child(1)
        if kdf_alg.child(0).oid() != _PBKDF2:
            raise Pkcs12FormatError("PBES2 without PBKDF2")
        kdf_params = kdf_alg.child(1).children()
        salt = kdf_params[0].octets()
        count = _iterations(kdf_params[1])
        prf = hashes.SHA1
        for extra in kdf_params[2:]:
            if extra.tag == der.SEQUENCE:
                prf_oid = extra.child(0).oid()
                if prf_oid not in _HMAC_PRFS:
                    raise Pkcs12FormatError(f"unknown PBKDF2 PRF {prf_oid}")
                prf = _HMAC_PRFS[prf_oid]
        cipher_oid = scheme.child(0).oid()
        if cipher_oid not in _PBES2_CIPHERS:
            raise Pkcs12FormatError(f"unknown PBES2 cipher {cipher_oid}")
        key_size, factory = _PBES2_CIPHERS[cipher_oid]
        iv = scheme.child(1).octets()
        key = PBKDF2HMAC(prf(), key_size, salt, count).derive(password.encode("utf-8"))
        block = 16 if factory is algorithms.AES else 8
        if len(ciphertext) % block or len(iv) != block:
            raise Pkcs12FormatError("ciphertext is not whole blocks")
        decryptor = Cipher(factory(key), modes.CBC(iv)).decryptor()
        return _unpad(decryptor.update(ciphertext) + decryptor.finalize(), block)
    raise Pkcs12FormatError(f"unsupported encryption {oid}")


def _auth_safe(pfx: der.Tlv) -> bytes:
    if pfx.tag != der.SEQUENCE or pfx.child(0).integer() != 3:
        raise Pkcs12FormatError("not a PKCS#12 v3 container")
    content_info = pfx.child(1, der.SEQUENCE)
    if content_info.child(0).oid() != _DATA:
        raise Pkcs12FormatError("only password-integrity containers are supported")
    return content_info.child(1).octets()


def verify_mac(data: bytes, password: str) -> bool | None:
    """Whether ``password`` matches the container's integrity MAC (None: it has no MAC)."""
    try:
        pfx = der.parse(data)
        auth_safe = _auth_safe(pfx)
        parts = pfx.children()
        if len(parts) < 3:
            return None
        mac_data = parts[2]
        digest_info = mac_data.child(0)
        hash_oid = digest_info.child(0).child(0).oid()
        expected = digest_info.child(1).octets()
        salt = mac_data.child(1).octets()
        count = _iterations(mac_data.child(2)) if len(mac_data.children()) > 2 else 1
    except der.DerError as exc:
        raise Pkcs12FormatError(str(exc)) from exc
    if hash_oid not in _HASHES:
        raise Pkcs12FormatError(f"unsupported MAC hash {hash_oid}")
    name, block = _HASHES[hash_oid]
    size = hashlib.new(name).digest_size
    candidates = [_bmp_password(password)]
    if password == "":
        candidates.append(b"")  # some writers encode the empty password as no bytes at all
    for candidate in candidates:
        key = pkcs12_kdf(name, block, candidate, salt, 3, count, size)
        if hmac.compare_digest(hmac.new(key, auth_safe, name).digest(), expected):
            return True
    return False


def _attributes(bag: der.Tlv) -> tuple[str | None, bytes | None]:
    kids = bag.children()
    friendly_name: str | None = None
    local_key_id: bytes | None = None
    if len(kids) > 2 and kids[2].tag == der.SET:
        for attribute in kids[2].children():
            oid = attribute.child(0).oid()
            values = attribute.child(1).children()
            if not values:
                continue
            if oid == _FRIENDLY_NAME:
                friendly_name = values[0].text()
            elif oid == _LOCAL_KEY_ID:
                local_key_id = values[0].octets()
    return friendly_name, local_key_id


def _private_key_algorithm(info: bytes) -> str:
    try:
        return der.parse(info).child(1).child(0).oid()
    except der.DerError as exc:
        raise Pkcs12PasswordError("the key bag did not decrypt to a private key") from exc


def _read_bags(
    safe_contents: bytes, password: str, keys: list[Pkcs12Key], certs: list[Pkcs12Certificate], depth: int = 0
) -> None:
    if depth > 4:
        raise Pkcs12FormatError("safe contents nested too deeply")
    for bag in der.parse(safe_contents).children():
        bag_id = bag.child(0).oid()
        value = bag.child(1).child(0)
        name, key_id = _attributes(bag)
        if bag_id == _CERT_BAG:
            if value.child(0).oid() == _X509_CERT:
                certs.append(Pkcs12Certificate(value.child(1).octets(), name, key_id))
        elif bag_id == _KEY_BAG:
            raw = value.raw
            keys.append(Pkcs12Key(_private_key_algorithm(raw), raw, name, key_id))
        elif bag_id == _SHROUDED_KEY_BAG:
            raw = _decrypt(value.child(0), value.child(1).octets(), password)
            keys.append(Pkcs12Key(_private_key_algorithm(raw), raw, name, key_id))
        elif bag_id == _SAFE_CONTENTS_BAG:
            _read_bags(value.raw, password, keys, certs, depth + 1)


def read_pkcs12(data: bytes, password: str) -> Pkcs12Contents:
    """Open a PKCS#12 container: its certificates and (decrypted) private keys.

    Raises :class:`Pkcs12PasswordError` when the password is wrong and
    :class:`Pkcs12FormatError` when the bytes are not a container this reader knows.
    """
    mac_ok = verify_mac(data, password)
    if mac_ok is False:
        raise Pkcs12PasswordError("integrity MAC does not match")
    keys: list[Pkcs12Key] = []
    certs: list[Pkcs12Certificate] = []
    try:
        auth_safe = _auth_safe(der.parse(data))
        for content_info in der.parse(auth_safe).children():
            content_type = content_info.child(0).oid()
            body = content_info.child(1)
            if content_type == _DATA:
                _read_bags(body.octets(), password, keys, certs)
            elif content_type == _ENCRYPTED_DATA:
                encrypted = body.child(0).child(1)  # EncryptedData -> EncryptedContentInfo
                algorithm = encrypted.child(1)
                ciphertext = encrypted.child(2).octets()
                _read_bags(_decrypt(algorithm, ciphertext, password), password, keys, certs)
            else:
                raise Pkcs12FormatError(f"unsupported content type {content_type}")
    except der.DerError as exc:
        if mac_ok is None:  # without a MAC, garbage after decryption means a wrong password
            raise Pkcs12PasswordError("the container did not decrypt") from exc
        raise Pkcs12FormatError(str(exc)) from exc
    return Pkcs12Contents(tuple(keys), tuple(certs))
