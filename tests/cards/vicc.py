"""A virtual smart card for the tests: an ISO 7816 signing applet and a vpcd client.

:class:`EmulatedApplet` answers APDUs as a card of a given :class:`CardProfile` would
(SELECT by AID and file id, READ BINARY, VERIFY with a retry counter, MSE SET, PSO CDS), in
T=1 style or — with ``t0=True`` — T=0 style (``61xx`` + GET RESPONSE, ``6Cxx`` for a wrong Le).

:class:`VirtualCard` connects it to vsmartcard's vpcd driver inside pcscd: vpcd listens on
TCP; the card is the client; every message is framed by a 2-byte big-endian length; a
1-byte message is a control code (0x00 power off, 0x01 power on, 0x02 reset, 0x04 get ATR),
anything longer an APDU. Connecting is inserting the card; closing the socket removes it.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.eds.cards.apdu import parse_simple_tlv
from kiosk.eds.cards.profiles import CardProfile

SHA256_DIGEST_INFO_PREFIX = bytes.fromhex("3031300d060960864801650304020105000420")
VANISH = object()


def parse_command(raw: bytes) -> tuple[int, int, int, int, bytes, int | None]:
    """CLA, INS, P1, P2, data, Le of a short or extended command APDU."""
    cla, ins, p1, p2 = raw[:4]
    body = raw[4:]
    if not body:
        return cla, ins, p1, p2, b"", None
    if len(body) == 1:
        return cla, ins, p1, p2, b"", body[0] or 256
    if body[0] == 0 and len(body) >= 3:  # extended
        if len(body) == 3:
            return cla, ins, p1, p2, b"", int.from_bytes(body[1:3], "big") or 65536
        lc = int.from_bytes(body[1:3], "big")
        data = body[3:3 + lc]
        rest = body[3 + lc:]
        return cla, ins, p1, p2, data, (int.from_bytes(rest, "big") or 65536) if rest else None
    lc = body[0]
    data = body[1:1 + lc]
    rest = body[1 + lc:]
    return cla, ins, p1, p2, data, (rest[0] or 256) if rest else None


def sw(value: int, data: bytes = b"") -> bytes:
    return data + value.to_bytes(2, "big")


def raw_pkcs1_sign(key: rsa.RSAPrivateKey, digest_info: bytes) -> bytes:
    """What the card computes: RSA over EMSA-PKCS1-v1_5(DigestInfo), no hashing."""
    numbers = key.private_numbers()
    size = (key.key_size + 7) // 8
    encoded = b"\x00\x01" + b"\xff" * (size - len(digest_info) - 3) + b"\x00" + digest_info
    return pow(int.from_bytes(encoded, "big"), numbers.d, numbers.public_numbers.n).to_bytes(size, "big")


@dataclass
class EmulatedApplet:
    """The card side of the profile's signing application."""

    profile: CardProfile
    keys: dict[str, tuple[rsa.RSAPrivateKey, bytes]]  # slot name -> (private key, certificate DER)
    pin: str = "12345678"
    tries: int = 3
    max_tries: int = 3
    t0: bool = False
    vanish_on_ins: int | None = None
    commands: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.files: dict[bytes, bytes] = {}
        self.key_refs: dict[int, rsa.RSAPrivateKey] = {}
        for slot in self.profile.keys:
            if slot.name in self.keys:
                private_key, der = self.keys[slot.name]
                self.files[slot.certificate_path[-1]] = der
                self.key_refs[slot.key_reference] = private_key
        self.reset()

    def reset(self) -> None:
        self.app_selected = not self.profile.aid
        self.current: bytes | None = None
        self.verified = False
        self.env_key: int | None = None
        self.pending = b""

    # -- dispatch ----------------------------------------------------------------------

    def process(self, raw: bytes) -> bytes | object:
        self.commands.append(raw)
        cla, ins, p1, p2, data, le = parse_command(raw)
        if self.vanish_on_ins is not None and ins == self.vanish_on_ins:
            return VANISH
        if cla != 0x00:
            return sw(0x6E00)
        if ins == 0xC0:
            return self._get_response(le or 256)
        self.pending = b""
        handler = {0xA4: self._select, 0xB0: self._read_binary, 0x20: self._verify,
                   0x22: self._mse, 0x2A: self._pso}.get(ins)
        if handler is None:
            return sw(0x6D00)
        return handler(p1, p2, data, le)

    def _answer(self, data: bytes, le: int | None) -> bytes:
        """A case-4 answer: directly (T=1) or announced with 61xx (T=0)."""
        if not data:
            return sw(0x9000)
        if self.t0:
            self.pending = data
            return sw(0x6100 | (min(len(data), 256) & 0xFF))
        return sw(0x9000, data[:le] if le else data)

    def _get_response(self, le: int) -> bytes:
        if not self.pending:
            return sw(0x6985)
        part, self.pending = self.pending[:le], self.pending[le:]
        if self.pending:
            return sw(0x6100 | (min(len(self.pending), 256) & 0xFF), part)
        return sw(0x9000, part)

    # -- commands ----------------------------------------------------------------------

    def _select(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if p1 == 0x04:
            if data != self.profile.aid:
                return sw(0x6A82)
            self.app_selected, self.current = True, None
            return self._answer(b"" if p2 & 0x0C == 0x0C else b"\x6f\x00", le)
        if p1 != self.profile.select_file_p1 or len(data) != 2:
            return sw(0x6A86)
        if not self.app_selected or data not in self.files:
            return sw(0x6A82)
        self.current = data
        return self._answer(b"" if p2 & 0x0C == 0x0C else b"\x62\x00", le)

    def _read_binary(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if self.current is None:
            return sw(0x6986)
        content = self.files[self.current]
        offset = (p1 & 0x7F) << 8 | p2
        if offset >= len(content):
            return sw(0x6B00)
        wanted = le or 256
        available = content[offset:offset + wanted]
        if len(available) < wanted:
            if self.t0:
                return sw(0x6C00 | len(available))  # "wrong Le, ask for exactly this"
            return sw(0x6282, available)
        return sw(0x9000, available)

    def _verify(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if p1 != 0 or p2 != self.profile.pin.reference:
            return sw(0x6A88)
        if self.tries == 0:
            return sw(0x6983)
        if not data:
            return sw(0x9000) if self.verified else sw(0x63C0 | self.tries)
        if data == self.profile.pin.encode(self.pin):
            self.tries, self.verified = self.max_tries, True
            return sw(0x9000)
        self.tries -= 1
        self.verified = False
        return sw(0x63C0 | self.tries)

    def _mse(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if (p1 << 8 | p2) != self.profile.mse_p1p2:
            return sw(0x6A86)
        try:
            objects = parse_simple_tlv(data)
        except ValueError:
            return sw(0x6A80)
        if self.profile.algorithm_reference is not None and objects.get(0x80) != bytes(
                (self.profile.algorithm_reference,)):
            return sw(0x6A80)
        reference = objects.get(0x84, b"\x00")[0]
        if reference not in self.key_refs:
            return sw(0x6A88)
        self.env_key = reference
        return sw(0x9000)

    def _pso(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if (p1, p2) != (0x9E, 0x9A):
            return sw(0x6A86)
        if not self.verified:
            return sw(0x6982)
        if self.env_key is None:
            return sw(0x6985)
        if not data.startswith(SHA256_DIGEST_INFO_PREFIX) or len(data) != len(SHA256_DIGEST_INFO_PREFIX) + 32:
            return sw(0x6A80)
        return self._answer(raw_pkcs1_sign(self.key_refs[self.env_key], data), le)


class VirtualCard:
    """A card for vpcd: ``insert()`` connects to the virtual reader, ``remove()`` pulls it."""

    def __init__(self, port: int, atr: bytes, applet: EmulatedApplet | None = None,
                 host: str = "127.0.0.1") -> None:
        self.port, self.atr, self.applet, self.host = port, atr, applet, host
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self.vanished = threading.Event()

    def insert(self, timeout: float = 5.0) -> VirtualCard:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._socket = socket.create_connection((self.host, self.port), timeout=1.0)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self._socket.settimeout(None)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._thread = threading.Thread(target=self._serve, args=(self._socket,), daemon=True,
                                        name=f"vicc-{self.port}")
        self._thread.start()
        return self

    def remove(self) -> None:
        sock, self._socket = self._socket, None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        if self._thread is not None:
            self._thread.join(2.0)
            self._thread = None

    def __enter__(self) -> VirtualCard:
        return self.insert()

    def __exit__(self, *exc: object) -> None:
        self.remove()

    @staticmethod
    def _receive(sock: socket.socket, size: int) -> bytes | None:
        data = b""
        while len(data) < size:
            try:
                chunk = sock.recv(size - len(data))
                # vpcd writes the length and the APDU separately: acknowledge at once, or
                # Nagle's algorithm on its side waits for our delayed ACK (40 ms an APDU)
                if hasattr(socket, "TCP_QUICKACK"):
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            except OSError:
                return None
            if not chunk:
                return None
            data += chunk
        return data

    def _serve(self, sock: socket.socket) -> None:
        while True:
            header = self._receive(sock, 2)
            if header is None:
                return
            message = self._receive(sock, struct.unpack(">H", header)[0])
            if message is None:
                return
            if len(message) == 1:
                if message[0] == 0x04:
                    reply: bytes | object = self.atr
                else:  # power off / on / reset: the card forgets its state, no answer
                    if self.applet is not None:
                        self.applet.reset()
                    continue
            elif self.applet is None:
                reply = bytes.fromhex("6D00")
            else:
                reply = self.applet.process(message)
            if reply is VANISH:
                self.vanished.set()
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
                return
            assert isinstance(reply, bytes)
            try:
                sock.sendall(struct.pack(">H", len(reply)) + reply)
            except OSError:
                return
