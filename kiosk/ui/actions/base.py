"""What every signed action of the journal shares.

An action page shows what the request is about, takes what the parent must enter, then on
its primary button: builds the request (:mod:`kiosk.central.protocol`), has it signed by
the ``sign`` callable (the signing dialog: ``document -> Future[signed document]``),
submits the signed document through the worker and reports ``done(SubmitResultView)``; a
refusal is shown translated and the page stays. Nothing here blocks the UI thread.

Every message the page shows (why it cannot be sent, a refusal, the busy line, the success the
journal reports) is kept as the function that words it (:data:`~kiosk.ui.widgets.Wording`),
so a language switch words it again.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.central.protocol import Payload, SignedRequestDraft, request_to_xml
from kiosk.central.views import ApplicationDetailView, BenefitCategoryView, SubmitResultView
from kiosk.domain.rules import RegionRules
from kiosk.logs import get_logger
from kiosk.sync.link import CentralLink
from kiosk.ui.actions.refusals import is_cancelled, refusal_defaults, refusal_text
from kiosk.ui.scrolling import scroll_page
from kiosk.ui.labels import fmt_date
from kiosk.ui.scan_picker import ScanChooser
from kiosk.ui.tasks import watch
from kiosk.ui.widgets import Notice, RewordedLabel, ValueGrid, Wording, bar_button, busy_bar

T = TypeVar("T")
Sign = Callable[[bytes], "Future[bytes]"]
"""Signs a request document with the parent's signing key: ``document -> Future[signed]``."""

CONTEXT = "ActionPage"
_log = get_logger("ui")


class Worker(Protocol):
    """What the screens need of :class:`kiosk.sync.worker.SyncWorker`."""

    def call(self, method: Callable[[CentralLink], T]) -> Future[T]: ...


@dataclass(frozen=True)
class ActionContext:
    """Everything an action page needs besides its own fields."""

    worker: Worker
    token: str
    sign: Sign
    detail: ApplicationDetailView
    rules: RegionRules = field(default_factory=RegionRules)
    kiosk_mode: bool = True
    categories: tuple[BenefitCategoryView, ...] = ()
    chooser: ScanChooser | None = None
    max_scan_mb: int = 10
    service_centre: str = ""
    """Номер ЦОН of the clerk's desk, sent with every request (empty on a kiosk)."""

    @property
    def number(self) -> str:
        return self.detail.summary.number

    def today(self) -> date:
        """Today in the region."""
        return datetime.now(self.rules.tz).date()

    def defaults(self) -> dict[str, object]:
        """Values for the placeholders of a refusal that came without parameters."""
        return refusal_defaults(self.detail, self.rules)


class ActionPage(QWidget):
    """A signed action: a title, a scrolling body, the refusal, a busy line and the buttons.

    Subclasses fill ``self.body``, and implement ``payload()``, ``retranslate()``,
    ``success_wording()`` and, when the parent must enter something, ``problem()``. The base
    class's captions carry the explicit ``ActionPage`` context (``self.tr`` would take the
    subclass's).
    """

    done = Signal(object)
    """The service accepted the request: the :class:`SubmitResultView`."""
    cancelled = Signal()
    wants_keyboard = False
    """Kiosk mode: the on-screen keyboard shows while a field of this page has the focus."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPage")
        self.context = context
        self.busy = False
        self.last_result: SubmitResultView | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.scroll, self.content, self.body = scroll_page((32, 8, 32, 16))
        self.body.addWidget(self.title)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_line = RewordedLabel(self.error)
        self.progress = busy_bar(160)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.hide()
        self.status_line = RewordedLabel(self.status, hide_when_empty=False)  # shown while busy
        self.cancel = bar_button("secondary", self.cancel_clicked)
        self.primary = bar_button("primary", self.submit)
        bar = QFrame()
        bar.setObjectName("buttonBar")
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(32, 8, 32, 8)
        buttons.setSpacing(16)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.status)
        buttons.addWidget(self.primary)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(bar)

    # -- what subclasses give ----------------------------------------------------------

    def payload(self) -> Payload:
        """The request to sign."""
        raise NotImplementedError

    def problem(self) -> Wording | None:
        """Why the request cannot be sent yet (the function that words it), or None."""
        return None

    def retranslate(self) -> None:
        """Re-read every caption and word the shown messages again (subclasses call this
        first)."""
        self.cancel.setText(QCoreApplication.translate("ActionPage", "Cancel"))
        self.error_line.reword()
        self.status_line.reword()

    def success_wording(self) -> Wording:
        """What the journal says once the service accepted the request. The journal keeps it
        after this page is gone, so it must not need the page (no ``self.tr``: the explicit
        context of the subclass instead)."""
        return lambda: QCoreApplication.translate(
            "ActionPage", "Done: the application has been updated.")

    # -- the flow ----------------------------------------------------------------------

    def cancel_clicked(self) -> None:
        if not self.busy:
            self.cancelled.emit()

    def submit(self) -> None:
        """Check, build, sign, submit."""
        if self.busy:
            return
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.show_error(None)
        document = request_to_xml(SignedRequestDraft(
            self.payload(), service_centre=self.context.service_centre))
        self._set_busy(lambda: QCoreApplication.translate(
            "ActionPage", "Waiting for the signature…"))
        try:
            future = self.context.sign(document)
        except Exception as error:  # the signing dialog could not even start
            self._sign_failed(error)
            return
        watch(_settled(future), self._signed, self._sign_failed, self)

    def _signed(self, signed: bytes) -> None:
        self._set_busy(lambda: QCoreApplication.translate(
            "ActionPage", "Sending to the central database…"))
        future = self.context.worker.call(lambda link: link.submit(signed))
        watch(future, self._submitted, self._refused, self)

    def _submitted(self, result: SubmitResultView) -> None:
        self._set_idle()
        self.last_result = result
        self.done.emit(result)

    def _refused(self, error: BaseException) -> None:
        self._set_idle()
        _log.info("%s refused: %s", type(self).__name__,
                  getattr(error, "code", type(error).__name__))
        defaults = self.context.defaults()
        self.show_error(lambda: refusal_text(error, defaults))

    def _sign_failed(self, error: BaseException) -> None:
        self._set_idle()
        if is_cancelled(error):
            return
        _log.info("signing failed: %s", type(error).__name__)
        self.show_error(lambda: QCoreApplication.translate(
            "ActionPage", "The request was not signed, so nothing was sent."))

    # -- states ------------------------------------------------------------------------

    def show_error(self, wording: Wording | None) -> None:
        """Show the message ``wording`` words (None: none); it follows a language switch."""
        self.error_line.say(wording)

    def _set_busy(self, wording: Wording) -> None:
        self.busy = True
        self.status_line.say(wording)
        self.status.show()
        self.progress.show()
        self.content.setEnabled(False)
        self.primary.setEnabled(False)
        self.cancel.setEnabled(False)

    def _set_idle(self) -> None:
        self.busy = False
        self.status.hide()
        self.progress.hide()
        self.content.setEnabled(True)
        self.cancel.setEnabled(True)
        self.primary.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        """Enable what may be used now (subclasses: e.g. «Подписать» once a place is chosen)."""

    # -- shared parts ------------------------------------------------------------------

    def add_consequences(self, frame: QWidget) -> None:
        """An action that cannot be undone: its card, a warning (``self.warning``) and the
        «I understand» box (``self.understood``) that must be ticked; a red «Подписать»."""
        self.primary.setObjectName("danger")
        self.warning = Notice()
        self.understood = QCheckBox()
        self.understood.setObjectName("understood")
        self.understood.toggled.connect(lambda _: self.show_error(None))
        self.body.addWidget(frame)
        self.body.addWidget(self.warning)
        self.body.addWidget(self.understood)
        self.body.addStretch(1)

    def application_values(self, *extra: str) -> ValueGrid:
        """Child, application number, queue number (and the ``extra`` keys below them, which
        the subclass fills)."""
        grid = ValueGrid((("child", "number", *extra), ("iin", "queue")))
        self._application_grid = grid
        return grid

    def fill_application_values(self) -> None:
        detail = self.context.detail
        summary = detail.summary
        grid = self._application_grid
        grid.set_captions({
            "child": QCoreApplication.translate("ActionPage", "Child's full name"),
            "iin": QCoreApplication.translate("ActionPage", "Child's IIN"),
            "number": QCoreApplication.translate("ActionPage", "Application number"),
            "queue": QCoreApplication.translate("ActionPage", "Queue number")})
        values = {"child": summary.child_name, "iin": summary.child_iin, "number": summary.number,
                  "queue": str(summary.queue_number) if summary.queue_number else "—"}
        for key, label in grid.values.items():
            if key in values:
                label.setText(values[key])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    _application_grid: ValueGrid


def _settled(future: Future[T]) -> Future[T]:
    """A future that ends as ``future`` does, a cancellation included (as CancelledError:
    the signing dialog cancels its future when the visitor closes it)."""
    settled: Future[T] = Future()

    def copy(done: Future[T]) -> None:
        if done.cancelled():
            settled.set_exception(CancelledError())
        elif (error := done.exception()) is not None:
            settled.set_exception(error)
        else:
            settled.set_result(done.result())

    future.add_done_callback(copy)
    return settled


def date_text(day: date | None) -> str:
    return fmt_date(day) if day else "—"


def shown(value: Any) -> str:
    return str(value) if value not in (None, "") else "—"
