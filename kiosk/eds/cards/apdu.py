"""Command and response APDUs (ISO/IEC 7816-4 §5) and the status words this package reads.

Only the encoding lives here: which commands a card gets, in which order, is
:mod:`kiosk.eds.cards.applet`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass

# status words (ISO/IEC 7816-4 §5.6)
SW_OK = 0x9000
SW_END_OF_FILE = 0x6282  # fewer bytes than Le before the end of the file
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_AUTH_BLOCKED = 0x6983
SW_REFERENCE_DATA_UNUSABLE = 0x6984
SW_CONDITIONS_NOT_SATISFIED = 0x6985
SW_WRONG_DATA = 0x6A80
SW_FILE_NOT_FOUND = 0x6A82
SW_REFERENCE_NOT_FOUND = 0x6A88
SW_WRONG_P1P2 = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00

# instructions
INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_VERIFY = 0x20
INS_MSE = 0x22
INS_PSO = 0x2A
INS_GET_RESPONSE = 0xC0

SHORT_MAX_LC = 255
SHORT_MAX_LE = 256


@dataclass(frozen=True)
class Command:
    """A command APDU; ``le`` is the number of bytes expected (None: no Le field, 0 is not used)."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    def __post_init__(self) -> None:
        for name in ("cla", "ins", "p1", "p2"):
            if not 0 <= getattr(self, name) <= 0xFF:
                raise ValueError(f"{name} out of range")
        if self.le is not None and not 1 <= self.le <= 65536:
            raise ValueError("Le out of range")
        if len(self.data) > 65535:
            raise ValueError("data too long for an APDU")

    @property
    def needs_extended(self) -> bool:
        """Whether this command only fits an extended-length APDU."""
        return len(self.data) > SHORT_MAX_LC or (self.le or 0) > SHORT_MAX_LE

    def encode(self, extended: bool = False) -> bytes:
        """The APDU bytes: short form unless ``extended`` or the sizes need it (7816-4 §5.1)."""
        header = bytes((self.cla, self.ins, self.p1, self.p2))
        if extended or self.needs_extended:
            body = b""
            if self.data:
                body += b"\x00" + len(self.data).to_bytes(2, "big") + self.data
            if self.le is not None:
                le = (self.le % 65536).to_bytes(2, "big")
                body += le if self.data else b"\x00" + le
            return header + body
        body = bytes((len(self.data),)) + self.data if self.data else b""
        if self.le is not None:
            body += bytes((self.le % 256,))
        return header + body

    def with_le(self, le: int) -> Command:
        """The same command with another Le (after a 6Cxx answer)."""
        return Command(self.cla, self.ins, self.p1, self.p2, self.data, le)

    def describe(self) -> str:
        """CLA INS P1 P2 only: safe to log (the data may hold a PIN)."""
        return f"{self.cla:02X} {self.ins:02X} {self.p1:02X} {self.p2:02X}"


@dataclass(frozen=True)
class Response:
    """A response APDU: its data and its status word."""

    data: bytes
    sw: int

    @classmethod
    def decode(cls, raw: bytes) -> Response:
        """Split raw response bytes; ValueError when there is no status word."""
        if len(raw) < 2:
            raise ValueError("response without a status word")
        return cls(bytes(raw[:-2]), int.from_bytes(raw[-2:], "big"))

    @property
    def sw1(self) -> int:
        return self.sw >> 8

    @property
    def sw2(self) -> int:
        return self.sw & 0xFF

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    def encode(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")


def tries_left(sw: int) -> int | None:
    """The retry counter of a ``63Cx`` answer (7816-4 §5.6, "counter provided by X"), else None."""
    return sw & 0x0F if sw & 0xFFF0 == 0x63C0 else None


def tlv(tag: int, value: bytes) -> bytes:
    """A short BER-TLV data object (one-byte tag, length below 128) as MSE templates use."""
    if not 0 < tag <= 0xFF or len(value) > 127:
        raise ValueError("only short data objects are built here")
    return bytes((tag, len(value))) + value


def parse_simple_tlv(data: bytes) -> dict[int, bytes]:
    """One-byte tags with short lengths (an MSE template); ValueError on anything else."""
    objects: dict[int, bytes] = {}
    index = 0
    while index < len(data):
        if index + 2 > len(data):
            raise ValueError("truncated data object")
        tag, length = data[index], data[index + 1]
        if length > 127 or index + 2 + length > len(data):
            raise ValueError("bad data object length")
        objects[tag] = data[index + 2:index + 2 + length]
        index += 2 + length
    return objects
