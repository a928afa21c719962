"""Readers and cards coming and going, as events for the UI ("insert your card", "card removed").

One monitor thread waits in ``SCardGetStatusChange`` on every reader plus PC/SC's
plug-and-play pseudo reader, so a card or a reader event is reported as soon as pcscd sees
it (pcscd polls a reader without hot-plug support every 0.4 s). The thread only watches:
it never connects to a card — that is the card thread's job — so a signature in progress
is never disturbed. When pcscd goes away the monitor reports every card and reader as
removed plus ``SERVICE_LOST``, and reconnects once the service is back.

This does the work of pyscard's ``CardMonitor``/``ReaderMonitor`` with pyscard's own
``scard`` layer: those are process-wide singletons whose threads cannot be stopped or
restarted (a pcscd restart ends them for good) and the reader monitor polls once a second.

Subscribers are called on the monitor thread and must return quickly; a Qt UI emits a
signal from its callback (a queued connection brings it to the GUI thread).
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from smartcard import scard

from kiosk.eds.cards.atr import format_atr
from kiosk.eds.cards.profiles import CardProfile, ProfileTable, load_profiles
from kiosk.eds.keystore import StoreKind

log = logging.getLogger("kiosk.eds")

PNP_READER = "\\\\?PnP?\\Notification"
_WAIT_MS = 1000  # also the reader polling period where PnP notification is unsupported
_RETRY_S = 1.0


def _code(value: int) -> int:
    return value & 0xFFFFFFFF


_TIMEOUT = _code(scard.SCARD_E_TIMEOUT)
_CANCELLED = _code(scard.SCARD_E_CANCELLED)
_NO_READERS = _code(scard.SCARD_E_NO_READERS_AVAILABLE)
_UNKNOWN_READER = _code(scard.SCARD_E_UNKNOWN_READER)


class CardEventKind(enum.Enum):
    """What happened; values are stable codes."""

    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"
    SERVICE_LOST = "pcsc_lost"


@dataclass(frozen=True)
class CardInfo:
    """A card in a reader as its ATR identifies it (``profile`` None: unsupported)."""

    reader: str
    atr: bytes
    profile: CardProfile | None

    @property
    def supported(self) -> bool:
        return self.profile is not None

    @property
    def kind(self) -> StoreKind | None:
        return self.profile.kind if self.profile else None

    @property
    def atr_text(self) -> str:
        return format_atr(self.atr)


@dataclass(frozen=True)
class CardEvent:
    """One event; ``card`` is set for card events, ``at`` is ``time.monotonic()``."""

    kind: CardEventKind
    reader: str = ""
    card: CardInfo | None = None
    at: float = field(default_factory=time.monotonic)


Subscriber = Callable[[CardEvent], None]


class CardMonitor:
    """Watches readers and cards and calls its subscribers; ``start()``/``stop()`` or ``with``."""

    def __init__(self, profiles: ProfileTable | None = None) -> None:
        self._profiles = profiles or load_profiles()
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []
        self._readers: dict[str, CardInfo | None] = {}
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._context: int | None = None
        self._thread: threading.Thread | None = None

    # -- life --------------------------------------------------------------------------

    def start(self) -> CardMonitor:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="eds-card-monitor", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        context = self._context
        if context is not None:
            scard.SCardCancel(context)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait until the monitor has looked at the readers once (or found no PC/SC service)."""
        return self._ready.wait(timeout)

    def __enter__(self) -> CardMonitor:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- subscribers -------------------------------------------------------------------

    def subscribe(self, subscriber: Subscriber, *, replay: bool = True) -> Callable[[], None]:
        """Call ``subscriber`` for every event; returns the function that unsubscribes.

        With ``replay`` the subscriber first gets READER_ADDED / CARD_INSERTED for what is
        attached now (called right here, on the subscribing thread).
        """
        with self._lock:
            self._subscribers.append(subscriber)
            current = dict(self._readers)
        if replay:
            for reader, card in current.items():
                self._deliver(subscriber, CardEvent(CardEventKind.READER_ADDED, reader))
                if card is not None:
                    self._deliver(subscriber, CardEvent(CardEventKind.CARD_INSERTED, reader, card))

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def snapshot(self) -> dict[str, CardInfo | None]:
        """The readers known now and the card in each (None: empty)."""
        with self._lock:
            return dict(self._readers)

    def _deliver(self, subscriber: Subscriber, event: CardEvent) -> None:
        try:
            subscriber(event)
        except Exception:  # a broken subscriber must not end the monitoring
            log.exception("card event subscriber failed on %s", event.kind.value)

    def _emit(self, event: CardEvent) -> None:
        log.debug("card event %s in %s", event.kind.value, event.reader)
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            self._deliver(subscriber, event)

    # -- the thread --------------------------------------------------------------------

    def _run(self) -> None:
        lost_reported = False
        while not self._stop.is_set():
            hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hresult != 0:
                if not lost_reported:
                    self._lose_everything()
                    lost_reported = True
                self._stop.wait(_RETRY_S)
                continue
            self._context = context
            try:
                if self._watch(context):
                    lost_reported = False
                elif not lost_reported:
                    self._lose_everything()
                    lost_reported = True
            finally:
                self._context = None
                scard.SCardReleaseContext(context)
            if not self._stop.is_set():
                self._stop.wait(_RETRY_S if lost_reported else 0)

    def _lose_everything(self) -> None:
        for reader in list(self._readers):
            self._set_reader_gone(reader)
        self._emit(CardEvent(CardEventKind.SERVICE_LOST))
        self._ready.set()

    def _set_reader_gone(self, reader: str) -> None:
        with self._lock:
            card = self._readers.pop(reader, None)
        if card is not None:
            self._emit(CardEvent(CardEventKind.CARD_REMOVED, reader, card))
        self._emit(CardEvent(CardEventKind.READER_REMOVED, reader))

    def _list_readers(self, context: int) -> list[str] | None:
        hresult, readers = scard.SCardListReaders(context, [])
        if _code(hresult) == _NO_READERS:
            return []
        return list(readers) if hresult == 0 else None

    def _watch(self, context: int) -> bool:
        """Watch with ``context`` until stopped (True) or the service is gone (False)."""
        states: dict[str, int] = {}
        pnp_state = scard.SCARD_STATE_UNAWARE
        while not self._stop.is_set():
            readers = self._list_readers(context)
            if readers is None:
                return False
            for reader in [r for r in self._readers if r not in readers]:
                states.pop(reader, None)
                self._set_reader_gone(reader)
            for reader in readers:
                if reader not in self._readers:
                    with self._lock:
                        self._readers[reader] = None
                    states[reader] = scard.SCARD_STATE_UNAWARE
                    self._emit(CardEvent(CardEventKind.READER_ADDED, reader))
            wanted = [(reader, states.get(reader, scard.SCARD_STATE_UNAWARE)) for reader in readers]
            wanted.append((PNP_READER, pnp_state))
            hresult, changed = scard.SCardGetStatusChange(context, _WAIT_MS, wanted)
            code = _code(hresult)
            if code in (_TIMEOUT, _UNKNOWN_READER):
                self._ready.set()
                continue  # a reader came or went: list them again
            if code == _CANCELLED:
                return True
            if hresult != 0:
                return False
            for reader, event, atr in changed:
                current = event & ~scard.SCARD_STATE_CHANGED
                if reader == PNP_READER:
                    pnp_state = current
                    continue
                previous, states[reader] = states.get(reader, 0), current
                # the upper 16 bits count card events: a card pulled and put back between two
                # looks (same ATR) still shows as a new card
                replaced = previous >> 16 != 0 and previous >> 16 != current >> 16
                self._update_card(reader, event, bytes(atr), replaced)
            self._ready.set()
        return True

    def _update_card(self, reader: str, event: int, atr: bytes, replaced: bool) -> None:
        present = bool(event & scard.SCARD_STATE_PRESENT) and not event & scard.SCARD_STATE_MUTE and atr
        with self._lock:
            old = self._readers.get(reader)
            new = None
            if present:
                same = old is not None and old.atr == atr and not replaced
                new = old if same else CardInfo(reader, atr, self._profiles.match(atr))
            self._readers[reader] = new
        if old is not None and new is not old:
            self._emit(CardEvent(CardEventKind.CARD_REMOVED, reader, old))
        if new is not None and new is not old:
            self._emit(CardEvent(CardEventKind.CARD_INSERTED, reader, new))
