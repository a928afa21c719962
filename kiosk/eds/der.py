"""A small BER/DER reader: the ASN.1 that `cryptography` does not expose.

NCA's PKCS#12 containers are written with BER indefinite lengths inside, and GOST keys and
certificates carry algorithms `cryptography` refuses to load; this reader lets the EDS
code look inside them (bag structure, algorithm identifiers, key sizes) without trusting
anything it reads: every malformed input raises :class:`DerError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Universal tags (identifier octet, class and constructed bits included).
INTEGER = 0x02
BIT_STRING = 0x03
OCTET_STRING = 0x04
NULL = 0x05
OID = 0x06
UTF8_STRING = 0x0C
PRINTABLE_STRING = 0x13
BMP_STRING = 0x1E
SEQUENCE = 0x30
SET = 0x31
CONSTRUCTED_OCTET_STRING = 0x24

_MAX_DEPTH = 64


class DerError(ValueError):
    """The bytes are not the ASN.1 structure the caller expects."""


@dataclass(frozen=True)
class Tlv:
    """One ASN.1 element: its identifier octet and its content octets."""

    tag: int
    content: bytes
    children_cache: tuple[Tlv, ...] | None = field(default=None, repr=False)
    raw: bytes = field(default=b"", repr=False)  # the whole element as it was encoded

    @property
    def constructed(self) -> bool:
        return bool(self.tag & 0x20)

    @property
    def is_context(self) -> bool:
        return self.tag & 0xC0 == 0x80

    @property
    def context_number(self) -> int:
        return self.tag & 0x1F

    def children(self) -> tuple[Tlv, ...]:
        """The elements inside a constructed element."""
        if not self.constructed:
            raise DerError(f"tag 0x{self.tag:02x} is not constructed")
        if self.children_cache is not None:
            return self.children_cache
        return tuple(parse_all(self.content))

    def child(self, index: int, tag: int | None = None) -> Tlv:
        kids = self.children()
        if index >= len(kids):
            raise DerError(f"element {index} missing in tag 0x{self.tag:02x}")
        kid = kids[index]
        if tag is not None and kid.tag != tag:
            raise DerError(f"expected tag 0x{tag:02x}, found 0x{kid.tag:02x}")
        return kid

    def expect(self, tag: int) -> Tlv:
        if self.tag != tag:
            raise DerError(f"expected tag 0x{tag:02x}, found 0x{self.tag:02x}")
        return self

    def octets(self) -> bytes:
        """The value of an OCTET STRING, primitive or (BER) constructed."""
        if self.tag == OCTET_STRING or (self.is_context and not self.constructed):
            return self.content
        if self.tag == CONSTRUCTED_OCTET_STRING or (self.is_context and self.constructed):
            return b"".join(kid.octets() for kid in self.children())
        raise DerError(f"expected an OCTET STRING, found tag 0x{self.tag:02x}")

    def integer(self) -> int:
        self.expect(INTEGER)
        if not self.content:
            raise DerError("empty INTEGER")
        return int.from_bytes(self.content, "big", signed=True)

    def oid(self) -> str:
        self.expect(OID)
        return decode_oid(self.content)

    def bit_string(self) -> bytes:
        self.expect(BIT_STRING)
        if not self.content:
            raise DerError("empty BIT STRING")
        return self.content[1:]

    def text(self) -> str:
        """The value of a character string (UTF8, Printable, IA5, Teletex, BMP, Universal)."""
        if self.tag == BMP_STRING:
            return self.content.decode("utf-16-be", errors="replace")
        if self.tag == 0x1C:
            return self.content.decode("utf-32-be", errors="replace")
        if self.tag in (UTF8_STRING, PRINTABLE_STRING, 0x16, 0x14, 0x1A):
            return self.content.decode("utf-8", errors="replace")
        raise DerError(f"expected a string, found tag 0x{self.tag:02x}")


def decode_oid(content: bytes) -> str:
    if not content or content[-1] & 0x80:
        raise DerError("malformed OBJECT IDENTIFIER")
    arcs: list[int] = []
    value = 0
    for byte in content:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(value)
            value = 0
    first = arcs[0]
    head = [min(first // 40, 2), first - 40 * min(first // 40, 2)]
    return ".".join(str(a) for a in head + arcs[1:])


def _read(data: bytes, offset: int, depth: int) -> tuple[Tlv, int]:
    if depth > _MAX_DEPTH:
        raise DerError("ASN.1 nested too deeply")
    end = len(data)
    if offset + 2 > end:
        raise DerError("truncated ASN.1 element")
    begin = offset
    tag = data[offset]
    if tag & 0x1F == 0x1F:
        raise DerError("high tag numbers are not supported")
    offset += 1
    first = data[offset]
    offset += 1
    if first == 0x80:  # BER indefinite length: children up to an end-of-contents marker
        if not tag & 0x20:
            raise DerError("indefinite length on a primitive element")
        kids: list[Tlv] = []
        start = offset
        while True:
            if offset + 2 > end:
                raise DerError("unterminated indefinite-length element")
            if data[offset] == 0 and data[offset + 1] == 0:
                content = data[start:offset]
                return Tlv(tag, content, tuple(kids), data[begin : offset + 2]), offset + 2
            kid, offset = _read(data, offset, depth + 1)
            kids.append(kid)
    if first & 0x80:
        count = first & 0x7F
        if count == 0 or count > 4 or offset + count > end:
            raise DerError("bad ASN.1 length")
        length = int.from_bytes(data[offset : offset + count], "big")
        offset += count
    else:
        length = first
    if offset + length > end:
        raise DerError("ASN.1 length runs past the data")
    content = data[offset : offset + length]
    raw = data[begin : offset + length]
    if tag & 0x20:
        return Tlv(tag, content, tuple(parse_all(content, depth + 1)), raw), offset + length
    return Tlv(tag, content, None, raw), offset + length


def parse(data: bytes, *, allow_trailing: bool = True) -> Tlv:
    """The first element of ``data`` (trailing bytes are tolerated unless told otherwise)."""
    tlv, offset = _read(data, 0, 0)
    if not allow_trailing and offset != len(data):
        raise DerError("trailing bytes after ASN.1 element")
    return tlv


def parse_all(data: bytes, depth: int = 0) -> list[Tlv]:
    """Every element in ``data``, one after the other."""
    items = []
    offset = 0
    while offset < len(data):
        tlv, offset = _read(data, offset, depth)
        items.append(tlv)
    return items
