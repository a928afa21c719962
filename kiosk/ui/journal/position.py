"""«Номер очереди» in the application's detail: the numbers now and when the applicant last
looked, and one sentence per reason the central service gives for the move.

The central service explains a move with reason codes and parameters
(:class:`~kiosk.central.views.PositionReasonView`); every code has its sentence here, marked
with ``QT_TRANSLATE_NOOP`` in the ``PositionPanel`` context, its ``{count}``-style
placeholders filled in code, benefit classes shown with their captions from
:mod:`kiosk.ui.labels`. A code (or a parameter value) this kiosk does not know yet gets a
general sentence, never the code itself.

Only an application in the queue has a position. The central service remembers every look,
so the position is read once per version of an application (a language switch re-renders
what was read), on the worker; a failure leaves the rest of the detail as it is, with a note
and «Повторить».
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.central.errors import CentralError
from kiosk.central.views import ApplicationDetailView, PositionReasonView, QueuePositionView
from kiosk.domain.benefit import PriorityClass
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus
from kiosk.logs import get_logger
from kiosk.sync.errors import is_transient
from kiosk.sync.link import CentralLink
from kiosk.ui.actions.base import Worker
from kiosk.ui.labels import PRIORITY, fmt_date, label
from kiosk.ui.tasks import watch
from kiosk.ui.widgets import TOUCH

_log = get_logger("ui")
CONTEXT = "PositionPanel"

REASONS: dict[str, str] = {
    "first_look": QT_TRANSLATE_NOOP(
        "PositionPanel", "You are viewing the queue number of this application for the first "
        "time. Next time you will see how it has changed and why."),
    "unchanged": QT_TRANSLATE_NOOP(
        "PositionPanel", "The queue number has not changed since you last looked."),
    "registered_ahead": QT_TRANSLATE_NOOP(
        "PositionPanel", "Since you last looked, applications with a higher priority "
        "({priority}) have been registered ahead of yours: {count}."),
    "returned_ahead": QT_TRANSLATE_NOOP(
        "PositionPanel", "Applications that had left the queue returned to it ahead of yours "
        "(for example, after a referral was revoked): {count}."),
    "benefit_raised_ahead": QT_TRANSLATE_NOOP(
        "PositionPanel", "Applications registered after yours had their benefit raised and now "
        "stand ahead of yours: {count}."),
    "benefit_lowered_behind": QT_TRANSLATE_NOOP(
        "PositionPanel", "Applications registered before yours had their benefit lowered and "
        "now stand behind yours: {count}."),
    "own_benefit_changed": QT_TRANSLATE_NOOP(
        "PositionPanel", "Your benefit category has changed: previously “{from}”, now “{to}”."),
}
"""The sentence of each reason code (``left_ahead``: one per cause, :data:`LEFT_AHEAD`)."""

LEFT_AHEAD: dict[str, str] = {
    "referral": QT_TRANSLATE_NOOP(
        "PositionPanel", "Applications that stood ahead of yours received a referral to a "
        "kindergarten and left the queue: {count}."),
    "withdrawn": QT_TRANSLATE_NOOP(
        "PositionPanel", "Applications that stood ahead of yours were withdrawn from the queue "
        "at their applicants' request: {count}."),
    "removed": QT_TRANSLATE_NOOP(
        "PositionPanel", "Applications that stood ahead of yours were removed from the queue "
        "(for example, interest was not confirmed in time or the child reached the age "
        "limit): {count}."),
}
"""``left_ahead`` by its ``cause``."""

REGISTERED_EARLIER = QT_TRANSLATE_NOOP(
    "PositionPanel", "Since you last looked, applications of the same category ({priority}) "
    "with an earlier registration date have been added to the queue ahead of yours: {count}.")
"""``registered_ahead`` of the applicant's own benefit class: ahead by an earlier date."""

OTHER_REASON = QT_TRANSLATE_NOOP(
    "PositionPanel", "Other changes in the queue have also affected the queue number.")
"""A reason this kiosk cannot word (a newer code or parameter value)."""

PRIORITY_PARAMETERS = ("priority", "from", "to")
"""Parameters holding a benefit class code (shown with its caption)."""

_PLACEHOLDER = re.compile(r"\{\w+\}")


def has_position(status: str) -> bool:
    """True when an application of ``status`` stands in the queue and so has a position."""
    try:
        return ApplicationStatus(status).in_queue
    except ValueError:
        return False


def _outranks(priority: str, own: str) -> bool:
    """True when class ``priority`` comes before class ``own`` (an unknown own class: yes)."""
    try:
        return PriorityClass(priority).rank < PriorityClass(own).rank
    except ValueError:
        return True


def _source(reason: PositionReasonView, own_priority: str) -> str | None:
    """The untranslated sentence of ``reason``; None when this kiosk cannot word it."""
    params = reason.params
    if any(key in params and str(params[key]) not in PRIORITY for key in PRIORITY_PARAMETERS):
        return None
    if reason.code == "left_ahead":
        return LEFT_AHEAD.get(str(params.get("cause", "")))
    if reason.code == "registered_ahead" and not _outranks(str(params.get("priority", "")),
                                                             own_priority):
        return REGISTERED_EARLIER
    return REASONS.get(reason.code)


def _fill(text: str, params: Mapping[str, str | int]) -> str:
    """``text`` with its ``{name}`` placeholders replaced (benefit classes by caption)."""
    for key, value in params.items():
        shown = label(PRIORITY, str(value)) if key in PRIORITY_PARAMETERS else str(value)
        text = text.replace("{" + key + "}", shown)
    return text


def reason_text(reason: PositionReasonView, own_priority: str) -> str:
    """The translated sentence of ``reason`` for an application of class ``own_priority``."""
    other = QCoreApplication.translate(CONTEXT, OTHER_REASON)
    source = _source(reason, own_priority)
    if source is None:
        return other
    text = _fill(QCoreApplication.translate(CONTEXT, source), reason.params)
    return other if _PLACEHOLDER.search(text) else text


def _number(value: int | None) -> str:
    return str(value) if value else "—"


def _cell(name: str) -> QLabel:
    cell = QLabel()
    cell.setObjectName(name)
    cell.setWordWrap(True)
    return cell


class PositionPanel(QWidget):
    """Under the child's queue numbers: the numbers now and at the last look, and why.

    ``state``: "" (hidden: no position for this application), "loading", "failed" (a note;
    the detail stays usable) or "shown".
    """

    ROWS = ("queue", "category")

    def __init__(self, worker: Worker | None, token: Callable[[], str], rules: RegionRules,
                 parent: QWidget | None = None) -> None:
        """``token`` gives the citizen's current token (empty once the visitor is wiped);
        without a ``worker`` nothing is read and the panel stays hidden."""
        super().__init__(parent)
        self.setObjectName("queuePosition")
        self.worker = worker
        self.token = token
        self.rules = rules
        self.detail: ApplicationDetailView | None = None
        self.position: QueuePositionView | None = None
        self.state = ""
        self._read: dict[str, tuple[ApplicationDetailView, QueuePositionView]] = {}
        self._request = 0
        self.title = _cell("subTitle")
        self.message = _cell("hint")
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("secondary")
        self.retry_button.setMinimumHeight(TOUCH)
        self.retry_button.clicked.connect(self.retry)
        self.numbers = QWidget()
        grid = QGridLayout(self.numbers)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        self.now_heading, self.before_heading = _cell("valueCaption"), _cell("valueCaption")
        for heading in (self.now_heading, self.before_heading):
            heading.setWordWrap(False)
        grid.addWidget(self.now_heading, 0, 1)
        grid.addWidget(self.before_heading, 0, 2)
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, key in enumerate(self.ROWS, start=1):
            self.cells[key] = (_cell("valueCaption"), _cell("value"), _cell("value"))
            self.cells[key][0].setWordWrap(False)  # a caption on one line, its numbers beside it
            for column, cell in enumerate(self.cells[key]):
                grid.addWidget(cell, row, column)
        grid.setColumnStretch(3, 1)  # the numbers stand next to their captions, not far right
        self.reasons: list[QLabel] = []
        self.reasons_box = QVBoxLayout()
        self.reasons_box.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.numbers)
        layout.addLayout(self.reasons_box)
        self._render()

    # -- reading -----------------------------------------------------------------------

    def show_for(self, detail: ApplicationDetailView | None) -> None:
        """Show the position of ``detail``'s application, read once per version of the
        application (the same detail again keeps what was read, or what failed: «Повторить»
        reads again); None forgets everything."""
        if detail is not None and detail == self.detail:
            return
        self._request += 1
        self.detail, self.position = detail, None
        if detail is None:
            self._read.clear()
        read = self._read.get(detail.summary.number) if detail is not None else None
        if detail is None or not has_position(detail.summary.status):
            self._set_state("")
        elif read is not None and read[0] == detail:
            self._arrived(self._request, detail, read[1])
        else:
            self._load(detail)

    def retry(self) -> None:
        """«Повторить» after a failure: read the position of the application shown again."""
        if self.detail is not None and self.state == "failed":
            self._request += 1
            self._load(self.detail)

    def _load(self, detail: ApplicationDetailView) -> None:
        worker = self.worker
        if worker is None:
            self._set_state("")
            return
        self._set_state("loading")
        request, token, number = self._request, self.token(), detail.summary.number

        def read(link: CentralLink) -> QueuePositionView:
            return link.position(token, number)

        watch(worker.call(read), lambda position: self._arrived(request, detail, position),
              lambda error: self._failed(request, error), self)

    def _arrived(self, request: int, detail: ApplicationDetailView,
                 position: QueuePositionView) -> None:
        if self.detail is not None:  # not wiped meanwhile: the central has recorded this look,
            self._read[detail.summary.number] = (detail, position)  # so a second read says less
        if request != self._request:
            return  # another application is shown by now
        self.position = position
        self._set_state("shown")

    def _failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        _log.warning("queue position not read: %s", getattr(error, "code", type(error).__name__))
        refused = isinstance(error, CentralError) and not is_transient(error)
        self._set_state("" if refused else "failed")  # a refusal: quietly no position

    # -- showing -----------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        self._render()

    def _render(self) -> None:
        self.setVisible(bool(self.state))
        self.title.setText(self.tr("Place in the queue"))
        notes = {"loading": self.tr("Loading the place in the queue…"),
                 "failed": self.tr("The place in the queue could not be loaded now. The rest "
                                   "of the application is shown; open it again later to see "
                                   "how the queue number changed.")}
        self.message.setText(notes.get(self.state, ""))
        self.message.setObjectName("error" if self.state == "failed" else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(self.state in notes)
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.setVisible(self.state == "failed")
        position = self.position if self.state == "shown" else None
        self.numbers.setVisible(position is not None)
        if position is not None:
            self._fill_numbers(position)
        self._set_reasons([] if position is None else
                          [reason_text(r, position.priority) for r in position.reasons])

    def _fill_numbers(self, position: QueuePositionView) -> None:
        seen = position.previous_seen_at
        self.now_heading.setText(self.tr("Now"))
        self.before_heading.setText(self.tr("When you last looked, {date}").replace(
            "{date}", fmt_date(seen.astimezone(self.rules.tz).date()) if seen else ""))
        self.before_heading.setVisible(seen is not None)
        values = {"queue": (self.tr("Queue number"), position.queue_number,
                            position.previous_queue_number),
                  "category": (self.tr("Queue number in the benefit category"),
                               position.category_queue_number,
                               position.previous_category_queue_number)}
        for key, (caption, now, before) in values.items():
            shown = key == "queue" or bool(now or before)  # no benefit: no category number
            texts = (caption, _number(now), _number(before))
            for column, (cell, text) in enumerate(zip(self.cells[key], texts)):
                cell.setText(text)
                cell.setVisible(shown and (column < 2 or seen is not None))

    def _set_reasons(self, sentences: list[str]) -> None:
        while len(self.reasons) > len(sentences):
            cell = self.reasons.pop()
            self.reasons_box.removeWidget(cell)
            cell.setParent(None)
            cell.deleteLater()
        while len(self.reasons) < len(sentences):
            cell = _cell("value")
            self.reasons_box.addWidget(cell)
            cell.show()  # added to a panel that may be shown already
            self.reasons.append(cell)
        for cell, sentence in zip(self.reasons, sentences):
            cell.setText(sentence)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
