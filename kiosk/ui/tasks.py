"""Slow work off the UI thread: a future's outcome comes back to the UI as a Qt signal.

Widgets never run a card, a signature, the network or a PDF on the UI thread. They start
the work on a worker (``SyncWorker.call``, the card thread, or :func:`run_in_background`)
and hand the resulting :class:`concurrent.futures.Future` to :func:`watch`; the callbacks
then run on the UI thread, so they may touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")

_background = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ui-background")


class _Relay(QObject):
    """Lives on the UI thread; its signals cross from the worker thread by queued connection."""

    succeeded = Signal(object)
    failed = Signal(object)


def watch(future: Future[T], on_success: Callable[[T], Any],
          on_failure: Callable[[BaseException], Any], parent: QObject) -> None:
    """Call ``on_success(result)`` or ``on_failure(error)`` on the UI thread when ``future`` ends.

    ``parent`` owns the relay: if it is destroyed first, the callbacks are not called.
    """
    relay = _Relay(parent)
    relay.succeeded.connect(on_success)
    relay.failed.connect(on_failure)
    relay.succeeded.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)

    def done(finished: Future[T]) -> None:
        error = finished.exception()
        try:
            if error is None:
                relay.succeeded.emit(finished.result())
            else:
                relay.failed.emit(error)
        except RuntimeError:  # the relay's owner was destroyed meanwhile
            pass

    future.add_done_callback(done)


def run_in_background(work: Callable[[], T]) -> Future[T]:
    """Run ``work`` on the UI's background pool (for work that has no worker of its own)."""
    return _background.submit(work)
