"""A card operation driven through a :class:`CardHandler`: wait for the card, ask the PIN, retry.

Run it off the GUI thread — typically on the card thread itself, so that the whole dialogue
is one queued job (electrum runs its device dialogues on the hardware thread the same way)::

    session = CardSession(handler, monitor, kind=StoreKind.KAZTOKEN)

    def job() -> bytes:
        store = session.wait_for_store()
        return session.run_with_pin(store, lambda pin: sign_xml(document, store, pin))

    future = card_thread().submit(job)      # the GUI thread gets a Future, never blocks

A cancelled prompt raises CardOperationCancelledError; every other failure is the store's own
typed error (wrong PIN is retried here and never escapes unless the PIN gets blocked).
"""

from __future__ import annotations

import dataclasses
import queue
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from kiosk.eds.cards.card_keystore import CardKeyStore, card_store
from kiosk.eds.cards.errors import CardOperationCancelledError, CardTimeoutError
from kiosk.eds.cards.handler import CardHandler, CardMessage, CardPrompt, PinRequest
from kiosk.eds.cards.monitor import CardEvent, CardMonitor
from kiosk.eds.errors import KeyLockedError, StoreRemovedError, WrongPasswordError
from kiosk.eds.keystore import KeyStore, StoreKind

T = TypeVar("T")

_TICK_S = 0.2


class CardSession:
    """One citizen's card dialogue: which kind of card is wanted, who answers the prompts."""

    def __init__(self, handler: CardHandler, monitor: CardMonitor, *, kind: StoreKind | None = None,
                 cancel: threading.Event | None = None) -> None:
        self._handler = handler
        self._monitor = monitor
        self._kind = kind
        self._cancel = cancel or threading.Event()

    def cancel(self) -> None:
        """Stop waiting for a card (from any thread)."""
        self._cancel.set()

    def _situation(self) -> tuple[CardKeyStore | None, CardMessage]:
        readers = self._monitor.snapshot()
        if not readers:
            return None, CardMessage(CardPrompt.NO_READER, self._kind)
        message = CardMessage(CardPrompt.INSERT_CARD, self._kind)
        for reader, card in readers.items():
            if card is None:
                continue
            if card.profile is None:
                message = CardMessage(CardPrompt.UNSUPPORTED_CARD, self._kind, card)
            elif self._kind is not None and card.profile.kind is not self._kind:
                message = CardMessage(CardPrompt.WRONG_CARD_KIND, self._kind, card)
            else:
                return card_store(reader, card.profile), CardMessage(CardPrompt.CARD_FOUND, card.kind, card)
        return None, message

    def wait_for_store(self, timeout: float | None = 120.0) -> CardKeyStore:
        """The store of a supported card (of the wanted kind), prompting until one is inserted.

        Raises CardTimeoutError after ``timeout`` seconds, CardOperationCancelledError on
        :meth:`cancel`.
        """
        events: queue.SimpleQueue[CardEvent] = queue.SimpleQueue()
        unsubscribe = self._monitor.subscribe(events.put, replay=False)
        deadline = None if timeout is None else time.monotonic() + timeout
        shown: CardMessage | None = None
        try:
            self._monitor.wait_ready(1.0)
            while True:
                store, message = self._situation()
                if message != shown:
                    self._handler.show_message(message)
                    shown = message
                if store is not None:
                    return store
                if self._cancel.is_set():
                    raise CardOperationCancelledError()
                if deadline is not None and time.monotonic() >= deadline:
                    raise CardTimeoutError("no suitable card inserted")
                try:
                    events.get(timeout=_TICK_S)
                except queue.Empty:
                    pass
        finally:
            unsubscribe()

    def run_with_pin(self, store: KeyStore, operation: Callable[[str], T]) -> T:
        """Ask for the PIN and run ``operation(pin)``, asking again while the PIN is wrong."""
        request = _pin_request(store)
        try:
            while True:
                pin = self._handler.request_pin(request)
                if pin is None or self._cancel.is_set():
                    raise CardOperationCancelledError()
                try:
                    return operation(pin)
                except WrongPasswordError as exc:
                    request = dataclasses.replace(request, retry=True, tries_left=exc.tries_left)
                except KeyLockedError:
                    self._handler.show_message(CardMessage(CardPrompt.PIN_BLOCKED, store.kind))
                    raise
                except StoreRemovedError:
                    self._handler.show_message(CardMessage(CardPrompt.CARD_REMOVED, store.kind))
                    raise
                finally:
                    del pin
        finally:
            self._handler.finished()


def _pin_request(store: KeyStore) -> PinRequest:
    if isinstance(store, CardKeyStore):
        pin = store.profile.pin
        return PinRequest(store.kind, store.location, store.profile.label, pin.min_length,
                          pin.max_length, default_hint=pin.default_hint)
    return PinRequest(store.kind, store.location, store.kind.value, 4, 64)
