"""The card thread: every PC/SC and PKCS#11 call of the process runs on this one thread.

Electrum's hardware-wallet pattern (``run_in_hwd_thread`` / ``assert_runs_in_hwd_thread``):
functions that talk to a card are decorated with :func:`run_in_card_thread`, which runs
them on the card thread and waits for the result (directly when already there), and the
lowest layer asserts with :func:`assert_in_card_thread`. The UI never calls a decorated
function from its own thread; it uses :meth:`CardThread.submit`, which returns a Future.

The thread is a daemon, so a card call stuck in a driver never keeps the process alive.
"""

from __future__ import annotations

import functools
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import ParamSpec, TypeVar

log = logging.getLogger("kiosk.eds")

P = ParamSpec("P")
T = TypeVar("T")

THREAD_NAME = "eds-card"


class CardThread:
    """A single worker thread with a queue of calls, started on first use."""

    def __init__(self, name: str = THREAD_NAME) -> None:
        self._name = name
        self._queue: queue.SimpleQueue[tuple[Future[object], Callable[[], object]] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def _ensure_started(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            future, call = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = call()
            except BaseException as exc:  # handed to the caller, never lost in the thread
                future.set_exception(exc)
            else:
                future.set_result(result)

    def is_current(self) -> bool:
        """Whether the calling code runs on this card thread."""
        return self._thread is not None and threading.current_thread() is self._thread

    def submit(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Queue ``fn(*args, **kwargs)`` on the card thread; the UI's way in (never blocks)."""
        future: Future[T] = Future()
        self._ensure_started()
        self._queue.put((future, functools.partial(fn, *args, **kwargs)))  # type: ignore[arg-type]
        return future

    def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn`` on the card thread and wait for its result (directly when already there)."""
        if self.is_current():
            return fn(*args, **kwargs)
        return self.submit(fn, *args, **kwargs).result()

    def stop(self, timeout: float = 2.0) -> None:
        """Let the thread finish its queue and end (tests; the process exit does not need it)."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout)


_CARD_THREAD = CardThread()


def card_thread() -> CardThread:
    """The process's card thread."""
    return _CARD_THREAD


def run_in_card_thread(fn: Callable[P, T]) -> Callable[P, T]:
    """Decorator: ``fn`` always runs on the card thread; callers on other threads wait for it."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        return _CARD_THREAD.run(fn, *args, **kwargs)

    return wrapper


def assert_in_card_thread() -> None:
    """Fail loudly when card I/O is attempted from any thread but the card thread."""
    if not _CARD_THREAD.is_current():
        raise AssertionError(
            f"card I/O outside the card thread (in {threading.current_thread().name!r})")
