"""The host side of a card's signing application, at APDU level (ISO/IEC 7816-4 and 7816-8).

The sequence, with every card-specific value taken from the :class:`CardProfile`:

1. ``SELECT`` the application by AID (7816-4 §11.2.2);
2. per key, ``SELECT`` its certificate file by file id and ``READ BINARY`` it in chunks
   (7816-4 §11.3.3) — certificates are public, no PIN needed;
3. ``VERIFY`` the PIN (7816-4 §11.5.6): ``63Cx`` wrong with x tries left, ``6983`` blocked;
4. ``MANAGE SECURITY ENVIRONMENT`` SET for the digital signature template (7816-4 §11.5.11):
   tag 80 algorithm reference, tag 84 private key reference;
5. ``PERFORM SECURITY OPERATION: COMPUTE DIGITAL SIGNATURE`` (7816-8 §11.2) over the DER
   ``DigestInfo``; the card pads (PKCS#1 v1.5) and signs.

T=0 cards answer ``61xx`` ("xx bytes waiting") to case-4 commands: fetched with
``GET RESPONSE``; ``6Cxx`` ("wrong Le, use xx") is retried with the right Le.

The channel is anything with ``transmit(apdu) -> response``: the PC/SC connection in
production, an in-process card emulator in unit tests. A PIN is never logged: only CLA,
INS, P1, P2 and status words are.
"""

from __future__ import annotations

import logging
from typing import Protocol

from kiosk.eds.cards import apdu
from kiosk.eds.cards.apdu import Command, Response
from kiosk.eds.cards.errors import CardResponseError
from kiosk.eds.cards.profiles import CardProfile, KeySlot
from kiosk.eds.errors import (
    KeyLockedError,
    PasswordRequiredError,
    StoreCorruptError,
    WrongPasswordError,
)

log = logging.getLogger("kiosk.eds")

MAX_CERTIFICATE_BYTES = 16 * 1024
_MAX_CHAINED_RESPONSES = 64


class Channel(Protocol):
    """Where command APDUs go."""

    def transmit(self, apdu: bytes) -> bytes:
        """Send a command APDU and return the response APDU (data + SW1 SW2)."""


def der_length(header: bytes) -> int | None:
    """The total length of a DER SEQUENCE from its first bytes, None when it is not one."""
    if len(header) < 2 or header[0] != 0x30:
        return None
    first = header[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if not 1 <= count <= 3 or len(header) < 2 + count:
        return None
    return 2 + count + int.from_bytes(header[2:2 + count], "big")


class CardApplet:
    """Commands to the card's signing application as one card profile describes it."""

    def __init__(self, channel: Channel, profile: CardProfile) -> None:
        self._channel = channel
        self._profile = profile

    @property
    def profile(self) -> CardProfile:
        return self._profile

    # -- transport ---------------------------------------------------------------------

    def send(self, command: Command) -> Response:
        """Send ``command`` and collect the whole answer (61xx chains, 6Cxx retries)."""
        extended = self._profile.extended_length
        response = Response.decode(self._channel.transmit(command.encode(extended)))
        if response.sw1 == 0x6C:
            command = command.with_le(response.sw2 or 256)
            response = Response.decode(self._channel.transmit(command.encode(extended)))
        data = response.data
        for _ in range(_MAX_CHAINED_RESPONSES):
            if response.sw1 != 0x61:
                break
            get_response = Command(command.cla, apdu.INS_GET_RESPONSE, 0, 0, le=response.sw2 or 256)
            response = Response.decode(self._channel.transmit(get_response.encode()))
            data += response.data
        else:
            raise CardResponseError("endless GET RESPONSE chain", response.sw)
        if not response.ok:
            log.debug("card: %s -> %04X", command.describe(), response.sw)
        return Response(data, response.sw)

    # -- the application and its files ------------------------------------------------------

    def select_application(self) -> None:
        """SELECT the signing application by AID (nothing to do for a profile without one)."""
        if not self._profile.aid:
            return
        p2 = self._profile.select_aid_p2
        response = self.send(Command(0x00, apdu.INS_SELECT, 0x04, p2, self._profile.aid,
                                     None if p2 & 0x0C == 0x0C else 256))
        if response.sw == apdu.SW_FILE_NOT_FOUND:
            raise CardResponseError("the card has no signing application with the profile's AID", response.sw)
        if not response.ok:
            raise CardResponseError("SELECT application refused", response.sw)

    def _select_file(self, fid: bytes) -> bool:
        p1, p2 = self._profile.select_file_p1, self._profile.select_file_p2
        response = self.send(Command(0x00, apdu.INS_SELECT, p1, p2, fid, None if p2 & 0x0C == 0x0C else 256))
        if response.sw == apdu.SW_FILE_NOT_FOUND:
            return False
        if not response.ok:
            raise CardResponseError(f"SELECT file {fid.hex().upper()} refused", response.sw)
        return True

    def _read(self, offset: int, length: int) -> Response:
        if offset > 0x7FFF:
            raise StoreCorruptError("certificate file too large for READ BINARY")
        return self.send(Command(0x00, apdu.INS_READ_BINARY, offset >> 8, offset & 0xFF, le=length))

    def read_certificate(self, slot: KeySlot) -> bytes | None:
        """The DER certificate of ``slot``, None when the card has no such file or it is empty."""
        for fid in slot.certificate_path:
            if not self._select_file(fid):
                return None
        chunk = self._profile.read_chunk
        first = self._read(0, min(chunk, 8))
        if first.sw in (apdu.SW_WRONG_P1P2, apdu.SW_FILE_NOT_FOUND) or (first.ok and not first.data):
            return None
        if not (first.ok or first.sw == apdu.SW_END_OF_FILE):
            raise CardResponseError("READ BINARY refused", first.sw)
        total = der_length(first.data)
        if total is None:
            return None  # an empty (zero- or FF-filled) file: no certificate in this slot
        if total > MAX_CERTIFICATE_BYTES:
            raise StoreCorruptError("certificate file larger than any certificate")
        data = bytearray(first.data)
        while len(data) < total:
            response = self._read(len(data), min(chunk, total - len(data)))
            if not (response.ok or response.sw == apdu.SW_END_OF_FILE) or not response.data:
                raise StoreCorruptError(f"certificate file ends early (SW {response.sw:04X})")
            data += response.data
        return bytes(data[:total])

    # -- PIN and signature -------------------------------------------------------------

    def pin_tries_left(self) -> int | None:
        """Tries left before the PIN blocks, asked with an empty VERIFY (7816-4 §11.5.6).

        None when the card does not say (or the PIN is verified already). Not every card
        treats an empty VERIFY kindly, so nothing calls this unless the UI asks.
        """
        pin = self._profile.pin
        response = self.send(Command(0x00, apdu.INS_VERIFY, 0x00, pin.reference))
        if response.sw in (apdu.SW_AUTH_BLOCKED, apdu.SW_REFERENCE_DATA_UNUSABLE):
            return 0
        return apdu.tries_left(response.sw)

    def verify_pin(self, pin: str) -> None:
        """VERIFY ``pin``; WrongPasswordError with the tries left, KeyLockedError when blocked."""
        if not pin:
            raise PasswordRequiredError()
        policy = self._profile.pin
        if not policy.acceptable(pin):
            # never sent: a PIN of the wrong length would only cost the citizen a try
            raise WrongPasswordError("PIN of the wrong length or characters")
        response = self.send(Command(0x00, apdu.INS_VERIFY, 0x00, policy.reference, policy.encode(pin)))
        if response.ok:
            return
        left = apdu.tries_left(response.sw)
        if left == 0 or response.sw in (apdu.SW_AUTH_BLOCKED, apdu.SW_REFERENCE_DATA_UNUSABLE):
            log.info("card PIN blocked (SW %04X)", response.sw)
            raise KeyLockedError("PIN blocked")
        if left is not None:
            log.info("wrong card PIN, %d tries left", left)
            raise WrongPasswordError("wrong PIN", tries_left=left)
        if response.sw in (apdu.SW_WRONG_LENGTH, apdu.SW_WRONG_DATA):
            raise WrongPasswordError("PIN refused by the card")
        raise CardResponseError("VERIFY refused", response.sw)

    def set_signature_environment(self, slot: KeySlot) -> None:
        """MSE SET for the digital signature template with the key of ``slot``."""
        template = b""
        if self._profile.algorithm_reference is not None:
            template += apdu.tlv(0x80, bytes((self._profile.algorithm_reference,)))
        template += apdu.tlv(0x84, bytes((slot.key_reference,)))
        p1p2 = self._profile.mse_p1p2
        response = self.send(Command(0x00, apdu.INS_MSE, p1p2 >> 8, p1p2 & 0xFF, template))
        if not response.ok:
            raise CardResponseError(f"MSE SET refused for key {slot.name}", response.sw)

    def compute_signature(self, slot: KeySlot, digest_info: bytes, signature_length: int) -> bytes:
        """MSE SET, then PSO: COMPUTE DIGITAL SIGNATURE over ``digest_info`` (after VERIFY)."""
        self.set_signature_environment(slot)
        response = self.send(Command(0x00, apdu.INS_PSO, 0x9E, 0x9A, digest_info, signature_length))
        if response.sw == apdu.SW_SECURITY_NOT_SATISFIED:
            raise CardResponseError("the card wants the PIN again", response.sw)
        if not response.ok:
            raise CardResponseError("COMPUTE DIGITAL SIGNATURE refused", response.sw)
        if len(response.data) != signature_length:
            raise CardResponseError(f"signature of {len(response.data)} bytes, expected {signature_length}")
        return response.data
