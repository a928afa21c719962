"""Runs the link off the UI thread and keeps the outbox flowing. No Qt here.

- :meth:`SyncWorker.call` runs one link call on a worker thread and returns a
  :class:`concurrent.futures.Future`; the UI adapts futures to its own signals.
- A delivery thread sends the outbox's due entries, backs off while the service is
  unreachable, probes ``health`` meanwhile, and delivers everything as soon as it is back.
- Subscribers learn every change between online and offline (``callback(online)``), called
  from a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone
from typing import TypeVar

from kiosk.central.errors import CentralError
from kiosk.logs import get_logger
from kiosk.sync.delivery import Deliverer, Receipt
from kiosk.sync.errors import OFFLINE, OfflineError
from kiosk.sync.link import CentralLink

T = TypeVar("T")
StateCallback = Callable[[bool], None]

_log = get_logger("sync")


class SyncWorker:
    """Owns the link's threads: user calls, outbox delivery, online/offline state."""

    def __init__(self, link: CentralLink, deliverer: Deliverer | None = None, *,
                 poll_interval: float = 30.0, probe_interval: float = 5.0,
                 max_workers: int = 2) -> None:
        self.link = link
        self.deliverer = deliverer
        self._poll = poll_interval
        self._probe = probe_interval
        self._calls = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="sync-call")
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._online: bool | None = None
        self._subscribers: list[StateCallback] = []
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the delivery thread (user calls work without it)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sync-delivery", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the threads; calls already running finish first."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._calls.shutdown(wait=True, cancel_futures=True)

    # -- state -------------------------------------------------------------------------

    @property
    def online(self) -> bool | None:
        """True / False once known; None before the first contact."""
        with self._lock:
            return self._online

    def subscribe(self, callback: StateCallback) -> Callable[[], None]:
        """Call ``callback(online)`` on every change; returns the function that unsubscribes."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def _set_online(self, online: bool) -> None:
        with self._lock:
            changed = self._online != online
            self._online = online
            subscribers = list(self._subscribers)
        if not changed:
            return
        _log.info("central service %s", "reachable" if online else "unreachable")
        if online:
            self._wake.set()
        for callback in subscribers:
            try:
                callback(online)
            except Exception:  # a subscriber's bug must not stop the link
                _log.exception("online-state subscriber failed")

    # -- user calls --------------------------------------------------------------------

    def call(self, method: Callable[[CentralLink], T]) -> Future[T]:
        """Run ``method(link)`` on a worker thread, e.g. ``worker.call(lambda l: l.journal(t))``."""
        return self._calls.submit(self._observe, method)

    def _observe(self, method: Callable[[CentralLink], T]) -> T:
        try:
            result = method(self.link)
        except OfflineError:
            self._set_online(False)
            raise
        except CentralError as error:
            if error.code != OFFLINE:
                self._set_online(True)
            raise
        self._set_online(True)
        return result

    def submit(self, document: bytes) -> Future[Receipt]:
        """Keep and deliver a signed request; the receipt says whether it is still pending.

        The future fails with CentralError when the service refuses the request.
        """
        deliverer = self.deliverer
        if deliverer is None:
            raise RuntimeError("this worker has no outbox")

        def run() -> Receipt:
            try:
                receipt = deliverer.submit(document)
            except CentralError as error:
                if error.code != OFFLINE:
                    self._set_online(True)
                raise
            if receipt.pending:
                self._set_online(False)
                self._wake.set()
            else:
                self._set_online(True)
            return receipt

        return self._calls.submit(run)

    def wake(self) -> None:
        """Try the outbox now."""
        self._wake.set()

    # -- delivery thread ---------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            wait = self._poll
            try:
                wait = self._cycle()
            except Exception:  # keep the thread alive whatever happens; log it
                _log.exception("outbox delivery failed")
            self._wake.wait(timeout=wait)

    def _cycle(self) -> float:
        """One pass: probe or deliver; returns how long to sleep."""
        if self.online is False:
            try:
                self.link.health()
            except CentralError:
                return self._probe
            self._set_online(True)
            if self.deliverer is not None:
                self.deliverer.outbox.retry_now()
        if self.deliverer is None:
            return self._poll
        report = self.deliverer.deliver_due()
        if report.offline:
            self._set_online(False)
            return self._probe
        if report.delivered:
            self._set_online(True)
            return 0.0  # there may be more
        next_due = self.deliverer.outbox.next_due_at()
        if next_due is None:
            return self._poll
        seconds = (next_due - datetime.now(timezone.utc)).total_seconds()
        return min(max(seconds, 0.05), self._poll)

