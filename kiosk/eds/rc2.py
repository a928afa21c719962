"""RC2 (RFC 2268) in CBC mode: the cipher of the certificate bags in NCA's PKCS#12 files.

`cryptography` offers RC2 with 128-bit keys only; NCA's containers use 40-bit RC2
(pbeWithSHA1And40BitRC2-CBC), and for GOST containers `cryptography` cannot be asked to
open the file at all, so the certificate bag is decrypted here. Only ever used to *read*
legacy containers.
"""

from __future__ import annotations

_PITABLE = bytes.fromhex(
    "d978f9c419ddb5ed28e9fd794aa0d89dc67e37832b76538e624c6488448bfba2"
    "179a59f587b34f1361456d8d09817d32bd8f40eb86b77b0bf09521225c6b4e82"
    "54d66593ce60b21c7356c014a78cf1dc1275ca1f3bbee4d1423dd430a33cb626"
    "6fbf0eda4669075727f21d9bbc944303f811c7f690ef3ee706c3d52fc8661ed7"
    "08e8eade8052eef784aa72ac354d6a2a961ad2715a1549744b9fd05e0418a4ec"
    "c2e0416e0f51cbcc2491af50a1f47039997c3a8523b8b47afc02365b25559731"
    "2d5dfa98e38a92ae05df2910676cbac9d300e6cfe19ea82c6316013f58e289a9"
    "0d38341bab33ffb0bb480c5fb9b1cd2ec5f3db47e5a59c770aa62068fe7fc1ad"
)
_MASK = 0xFFFF


def expand_key(key: bytes, effective_bits: int | None = None) -> list[int]:
    """The 64 16-bit subkeys for ``key`` (1–128 bytes) at ``effective_bits``."""
    length = len(key)
    if not 1 <= length <= 128:
        raise ValueError("RC2 key must be 1–128 bytes")
    bits = effective_bits if effective_bits is not None else 8 * length
    if not 1 <= bits <= 1024:
        raise ValueError("RC2 effective key bits must be 1–1024")
    table = list(key) + [0] * (128 - length)
    for i in range(length, 128):
        table[i] = _PITABLE[(table[i - 1] + table[i - length]) & 0xFF]
    t8 = (bits + 7) // 8
    tm = 0xFF >> (8 * t8 - bits)
    table[128 - t8] = _PITABLE[table[128 - t8] & tm]
    for i in range(127 - t8, -1, -1):
        table[i] = _PITABLE[table[i + 1] ^ table[i + t8]]
    return [table[2 * i] | (table[2 * i + 1] << 8) for i in range(64)]


def _words(block: bytes) -> list[int]:
    return [block[2 * i] | (block[2 * i + 1] << 8) for i in range(4)]


def _bytes(words: list[int]) -> bytes:
    return b"".join(bytes((w & 0xFF, w >> 8)) for w in words)


def encrypt_block(subkeys: list[int], block: bytes) -> bytes:
    r = _words(block)
    j = 0
    for rnd in range(16):
        for i in range(4):
            r[i] = (r[i] + subkeys[j] + (r[i - 1] & r[i - 2]) + (~r[i - 1] & r[i - 3])) & _MASK
            j += 1
            shift = (1, 2, 3, 5)[i]
            r[i] = ((r[i] << shift) | (r[i] >> (16 - shift))) & _MASK
        if rnd in (4, 10):
            for i in range(4):
                r[i] = (r[i] + subkeys[r[i - 1] & 63]) & _MASK
    return _bytes(r)


def decrypt_block(subkeys: list[int], block: bytes) -> bytes:
    r = _words(block)
    j = 63
    for rnd in range(15, -1, -1):
        for i in range(3, -1, -1):
            shift = (1, 2, 3, 5)[i]
            r[i] = ((r[i] >> shift) | (r[i] << (16 - shift))) & _MASK
            r[i] = (r[i] - subkeys[j] - (r[i - 1] & r[i - 2]) - (~r[i - 1] & r[i - 3])) & _MASK
            j -= 1
        if rnd in (5, 11):
            for i in range(3, -1, -1):
                r[i] = (r[i] - subkeys[r[i - 1] & 63]) & _MASK
    return _bytes(r)


def cbc_decrypt(key: bytes, iv: bytes, data: bytes, effective_bits: int | None = None) -> bytes:
    """Decrypt ``data`` (a multiple of 8 bytes); the PKCS#7 padding is left on."""
    if len(iv) != 8 or len(data) % 8:
        raise ValueError("RC2-CBC needs an 8-byte IV and whole 8-byte blocks")
    subkeys = expand_key(key, effective_bits)
    out = bytearray()
    previous = iv
    for offset in range(0, len(data), 8):
        block = data[offset : offset + 8]
        plain = decrypt_block(subkeys, block)
        out += bytes(a ^ b for a, b in zip(plain, previous, strict=True))
        previous = block
    return bytes(out)
