"""PC/SC through pyscard's ``smartcard.scard`` layer: readers, connections, transactions.

Everything here runs on the card thread (asserted). A context lives for one operation: it
is cheap to establish, and a fresh one survives pcscd restarts. Results are mapped to the
typed EDS errors; whether a lost card is "not found" or "removed" depends on whether the
operation had already reached it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from smartcard import scard

from kiosk.eds.cards.errors import (
    CardAbsentError,
    CardResponseError,
    PcscUnavailableError,
    ReaderNotFoundError,
)
from kiosk.eds.cards.worker import assert_in_card_thread
from kiosk.eds.errors import EdsError, StoreRemovedError

log = logging.getLogger("kiosk.eds")


def _code(value: int) -> int:
    return value & 0xFFFFFFFF


SCARD_S_SUCCESS = 0
SCARD_E_NOT_TRANSMITTED = 0x80100016  # not exported by pyscard
_NO_SERVICE = {_code(scard.SCARD_E_NO_SERVICE), _code(scard.SCARD_E_SERVICE_STOPPED)}
_NO_READER = {_code(scard.SCARD_E_UNKNOWN_READER), _code(scard.SCARD_E_READER_UNAVAILABLE),
              _code(scard.SCARD_E_NO_READERS_AVAILABLE)}
_NO_CARD = {_code(scard.SCARD_E_NO_SMARTCARD), _code(scard.SCARD_W_REMOVED_CARD),
            _code(scard.SCARD_W_UNPOWERED_CARD)}
_LOST = {_code(scard.SCARD_W_RESET_CARD), SCARD_E_NOT_TRANSMITTED, _code(scard.SCARD_F_COMM_ERROR),
         _code(scard.SCARD_E_INVALID_HANDLE)}

LEAVE = scard.SCARD_LEAVE_CARD
RESET = scard.SCARD_RESET_CARD


def pcsc_error(hresult: int, what: str, *, reached_card: bool) -> EdsError:
    """The typed error for a failed PC/SC call; ``reached_card``: the operation had the card."""
    code = _code(hresult)
    message = f"{what}: {scard.SCardGetErrorMessage(hresult)} ({code:08X})"
    if code in _NO_SERVICE:
        return PcscUnavailableError(message)
    if reached_card and code in _NO_READER | _NO_CARD | _LOST:
        return StoreRemovedError(message)
    if code in _NO_READER:
        return ReaderNotFoundError(message)
    if code in _NO_CARD:
        return CardAbsentError(message)
    if code in _LOST:
        return StoreRemovedError(message)
    return CardResponseError(message)


@dataclass(frozen=True)
class ReaderState:
    """A reader and what is in it now (``atr`` None: no card)."""

    reader: str
    atr: bytes | None
    mute: bool = False


class PcscContext:
    """A PC/SC context of the card thread; use as a context manager."""

    def __init__(self) -> None:
        assert_in_card_thread()
        hresult, self._handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "PC/SC service", reached_card=False)

    def __enter__(self) -> PcscContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def release(self) -> None:
        if self._handle is not None:
            scard.SCardReleaseContext(self._handle)
            self._handle = None

    def readers(self) -> list[str]:
        """The readers attached now (empty when there are none)."""
        assert_in_card_thread()
        hresult, readers = scard.SCardListReaders(self._handle, [])
        if _code(hresult) in {_code(scard.SCARD_E_NO_READERS_AVAILABLE)}:
            return []
        if hresult != SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "listing readers", reached_card=False)
        return list(readers)

    def states(self, readers: list[str]) -> list[ReaderState]:
        """Whether each reader holds a card, and its ATR, without connecting to it."""
        assert_in_card_thread()
        if not readers:
            return []
        hresult, states = scard.SCardGetStatusChange(
            self._handle, 0, [(reader, scard.SCARD_STATE_UNAWARE) for reader in readers])
        if hresult != SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "reader status", reached_card=False)
        result = []
        for reader, event, atr in states:
            present = bool(event & scard.SCARD_STATE_PRESENT) and not event & scard.SCARD_STATE_MUTE
            result.append(ReaderState(reader, bytes(atr) if present and atr else None,
                                      bool(event & scard.SCARD_STATE_MUTE)))
        return result

    @contextmanager
    def connect(self, reader: str, *, seen: bool = False) -> Iterator[PcscConnection]:
        """Connect (shared) to the card in ``reader``; ``seen``: the card was there before."""
        assert_in_card_thread()
        hresult, card, protocol = scard.SCardConnect(
            self._handle, reader, scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1)
        if hresult != SCARD_S_SUCCESS:
            raise pcsc_error(hresult, f"connecting to the card in {reader}", reached_card=seen)
        try:
            connection = PcscConnection(reader, card, protocol)
        except BaseException:
            scard.SCardDisconnect(card, LEAVE)
            raise
        try:
            yield connection
        finally:
            connection.disconnect()


class PcscConnection:
    """A connection to one card: its ATR, transactions and :meth:`transmit` (the applet's channel)."""

    def __init__(self, reader: str, card: int, protocol: int) -> None:
        self.reader = reader
        self._card: int | None = card
        self._protocol = protocol
        hresult, _, _, _, atr = scard.SCardStatus(card)
        if hresult != SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "card status", reached_card=True)
        self.atr = bytes(atr)

    @contextmanager
    def transaction(self, disposition: int = LEAVE) -> Iterator[PcscConnection]:
        """Exclusive access for a command sequence (VERIFY … PSO must not be interleaved).

        ``RESET`` resets the card when the transaction ends, so a verified PIN does not
        outlive the operation.
        """
        assert_in_card_thread()
        hresult = scard.SCardBeginTransaction(self._card)
        if hresult != SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "card transaction", reached_card=True)
        try:
            yield self
        finally:
            if self._card is not None:
                scard.SCardEndTransaction(self._card, disposition)

    def transmit(self, apdu: bytes) -> bytes:
        """Send one command APDU, return the raw response (data + SW1 SW2)."""
        assert_in_card_thread()
        if self._card is None:
            raise StoreRemovedError("the connection to the card is closed")
        hresult, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        if hresult != SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "card command", reached_card=True)
        if len(response) < 2:  # vpcd and some drivers report a lost card as an empty answer
            raise StoreRemovedError("the card did not answer")
        return bytes(response)

    def disconnect(self) -> None:
        if self._card is not None:
            scard.SCardDisconnect(self._card, LEAVE)
            self._card = None


@contextmanager
def pcsc_context() -> Iterator[PcscContext]:
    """A PC/SC context for one operation of the card thread."""
    context = PcscContext()
    try:
        yield context
    finally:
        context.release()
