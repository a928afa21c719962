"""Errors of the card routes: subclasses of the EDS errors, each with its own stable code.

Catching the EDS base classes keeps working (a missing reader *is* a missing store); the
codes are finer so that the UI can say "attach a card reader" rather than "insert your card".
"""

from __future__ import annotations

from kiosk.eds.errors import EdsError, SigningError, StoreCorruptError, StoreNotFoundError


class PcscUnavailableError(StoreNotFoundError):
    """The PC/SC service (pcscd, Windows' smart card service) is not running or not installed."""

    code = "pcsc_unavailable"


class ReaderNotFoundError(StoreNotFoundError):
    """No card reader, or not the reader asked for."""

    code = "reader_not_found"


class CardAbsentError(StoreNotFoundError):
    """The reader is there but holds no card."""

    code = "card_absent"


class UnsupportedCardError(StoreCorruptError):
    """A card whose ATR matches no profile; ``atr`` is its ATR in hex (``3B 88 …``)."""

    code = "card_unsupported"

    def __init__(self, atr: str, detail: str = "") -> None:
        super().__init__(detail or f"unsupported card, ATR {atr}")
        self.atr = atr


class CardResponseError(SigningError):
    """The card refused a command with an unexpected status word (``sw``, e.g. 0x6A82)."""

    code = "card_error"

    def __init__(self, detail: str, sw: int | None = None) -> None:
        super().__init__(f"{detail} (SW {sw:04X})" if sw is not None else detail)
        self.sw = sw


class Pkcs11ModuleError(StoreNotFoundError):
    """The configured PKCS#11 module is missing or cannot be loaded, or holds no token."""

    code = "pkcs11_unavailable"


class CardOperationCancelledError(EdsError):
    """The citizen cancelled (closed the PIN prompt, never inserted a card)."""

    code = "cancelled"


class CardTimeoutError(CardAbsentError):
    """No suitable card was inserted in time."""

    code = "card_timeout"
