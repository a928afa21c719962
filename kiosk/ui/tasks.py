"""Slow work off the UI thread: a future's outcome comes back to the UI as a Qt signal.

Widgets never run a card, a signature, the network or a PDF on the UI thread. They start
the work on a worker (``SyncWorker.call``, the card thread, or :func:`run_in_background`)
and hand the resulting :class:`concurrent.futures.Future` to :func:`watch`; the callbacks
then run on the UI thread, so they may touch widgets.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")

_background = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ui-background")


class _Relay(QObject):
    """Lives on the UI thread; its signals cross from the worker thread by queued connection."""

    succeeded = Signal(object)
    failed = Signal(object)


_in_flight: set[_Relay] = set()
"""Relays waiting for their future. They have no Qt parent: a relay deleted with its owner
while its outcome was being delivered crashed PySide ("shared QObject was deleted directly")."""


def watch(future: Future[T], on_success: Callable[[T], Any],
          on_failure: Callable[[BaseException], Any], parent: QObject) -> None:
    """Call ``on_success(result)`` or ``on_failure(error)`` on the UI thread when ``future`` ends.

    If ``parent`` is destroyed first, the callbacks are not called.
    """
    relay = _Relay()
    _in_flight.add(relay)
    owner = weakref.ref(parent)

    def deliver(callback: Callable[[Any], Any], outcome: object) -> None:
        _in_flight.discard(relay)
        relay.deleteLater()
        alive = owner()
        if alive is not None and shiboken6.isValid(alive):
            callback(outcome)

    relay.succeeded.connect(lambda result: deliver(on_success, result))
    relay.failed.connect(lambda error: deliver(on_failure, error))

    def done(finished: Future[T]) -> None:
        if finished.cancelled():  # e.g. the sync worker stopping: a failure, never a hang
            relay.failed.emit(CancelledError())
            return
        error = finished.exception()
        if error is None:
            relay.succeeded.emit(finished.result())
        else:
            relay.failed.emit(error)

    future.add_done_callback(done)


def run_in_background(work: Callable[[], T]) -> Future[T]:
    """Run ``work`` on the UI's background pool (for work that has no worker of its own)."""
    return _background.submit(work)
