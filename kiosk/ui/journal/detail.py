"""One application of the journal: tabs «Информация о заявлении», «История изменений»,
«Общие документы», and the action buttons that apply.

Under the child's queue numbers, an application in the queue shows its place in the queue
and why it moved since the applicant last looked (:mod:`kiosk.ui.journal.position`).

A button is shown when the application's status has that action at all; it is enabled when
the central service allows it now (``ApplicationDetailView.actions``, computed by
``kiosk.domain.transitions.allowed_actions``), and a disabled one has a «?» beside it that
says why, translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.central.views import (
    ApplicationDetailView,
    BenefitCategoryView,
    HistoryView,
    PermissionView,
    PersonView,
)
from kiosk.domain.history import USER_ACTIONS
from kiosk.domain.rules import RegionRules
from kiosk.ui.actions.base import Worker
from kiosk.ui.actions.refusals import refusal_defaults, refusal_text
from kiosk.ui.journal.documents import DocumentsTab
from kiosk.ui.journal.position import PositionPanel
from kiosk.ui.journal.printing import DocumentOutput
from kiosk.ui.scrolling import scroll_page
from kiosk.ui.labels import (
    ACTION,
    ACTOR,
    PRIORITY,
    QUEUE_TYPE,
    REASON,
    REFERRAL_STATUS,
    STATE,
    STATUS,
    fmt_date,
    fmt_datetime,
    label,
    pick,
)
from kiosk.ui.parts import Column, FilterTable
from kiosk.ui.registration.base import card, section_title
from kiosk.ui.widgets import TOUCH, Notice, ValueGrid

HIDDEN_REASONS = frozenset({"illegal_state", "application_closed", "actor_not_permitted"})
"""Refusals that mean the action has nothing to do with the application's status: no button."""

COLUMNS = 3
"""Action buttons per row."""

HISTORY_CONTEXT = "HistoryTable"


def full_name(person: PersonView | None) -> str:
    if person is None:
        return ""
    return " ".join(p for p in (person.surname, person.name, person.patronymic) if p)


def address(person: PersonView | None) -> str:
    if person is None:
        return ""
    return ", ".join(p for p in (person.city, person.district, person.street, person.house,
                                 person.flat) if p)


def history_columns(rules: RegionRules) -> tuple[Column[HistoryView], ...]:
    """«История изменений»: when, who, what, the status after it, why."""
    tz = rules.tz

    def actor(h: HistoryView) -> str:
        who = label(ACTOR, h.actor_kind)
        return f"{who} ({h.service_centre})" if h.service_centre else who

    def why(h: HistoryView) -> str:
        text = label(REASON, h.reason)
        return f"{text}: {h.comment}" if h.comment else text

    return (
        Column("at", QT_TRANSLATE_NOOP("HistoryTable", "Date and time"),
               lambda h: fmt_datetime(h.at, tz), sort=lambda h: h.at.isoformat(), filter=""),
        Column("actor", QT_TRANSLATE_NOOP("HistoryTable", "Who"), actor, filter="", wrap=True),
        Column("action", QT_TRANSLATE_NOOP("HistoryTable", "Action"),
               lambda h: label(ACTION, h.action), filter="", wrap=True),
        Column("status", QT_TRANSLATE_NOOP("HistoryTable", "Status"),
               lambda h: label(STATUS, h.to_status), filter="", wrap=True),
        Column("reason", QT_TRANSLATE_NOOP("HistoryTable", "Reason"), why, filter="", wrap=True),
    )


class InfoTab(QScrollArea):
    """«Информация о заявлении»: the applicant, the child, the application; ``position``
    (the place in the queue) goes under the child's queue numbers."""

    def __init__(self, rules: RegionRules, position: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = rules
        _area, content, layout = scroll_page((0, 12, 0, 12), area=self)
        self.applicant_title = section_title()
        self.applicant = ValueGrid((("name", "birth_date", "email"), ("iin", "phone", "address")))
        self.child_title = section_title()
        self.child = ValueGrid((("name", "birth_date", "queue"),
                                ("iin", "benefit", "category_queue")))
        self.application_title = section_title()
        self.application = ValueGrid((
            ("queue_type", "registered", "pep", "state", "extra_email", "interest_due"),
            ("number", "district", "service_centre", "changed", "extra_phone", "stop_list")))
        self.referral_title = section_title()
        self.referral = ValueGrid((("kindergarten", "address", "issued"),
                                   ("status", "expires", "extensions")))
        self.cards: list[QFrame] = []
        for title, grid in ((self.applicant_title, self.applicant),
                            (self.child_title, self.child),
                            (self.application_title, self.application),
                            (self.referral_title, self.referral)):
            frame, inner = card()
            inner.addWidget(title)
            inner.addWidget(grid)
            if grid is self.child and position is not None:
                inner.addWidget(position)
            layout.addWidget(frame)
            self.cards.append(frame)
        layout.addStretch(1)
        self.detail: ApplicationDetailView | None = None
        self.district_names: dict[str, str] = {}

    def set_detail(self, detail: ApplicationDetailView | None,
                   categories: tuple[BenefitCategoryView, ...] = ()) -> None:
        self.detail = detail
        self.categories = categories
        self.retranslate()

    def retranslate(self) -> None:
        self.applicant_title.setText(self.tr("About the applicant"))
        self.child_title.setText(self.tr("Child's details"))
        self.application_title.setText(self.tr("About the application"))
        self.referral_title.setText(self.tr("Referral"))
        self.applicant.set_captions({
            "name": self.tr("Full name"), "iin": self.tr("IIN"),
            "birth_date": self.tr("Date of birth"), "phone": self.tr("Phone"),
            "email": self.tr("E-mail"), "address": self.tr("Address")})
        self.child.set_captions({
            "name": self.tr("Full name"), "iin": self.tr("IIN"),
            "birth_date": self.tr("Date of birth"),
            "benefit": self.tr("Benefit type"), "queue": self.tr("Queue number"),
            "category_queue": self.tr("Queue number in the benefit category")})
        self.application.set_captions({
            "queue_type": self.tr("Queue type"), "number": self.tr("Application number"),
            "registered": self.tr("Registration date"), "district": self.tr("District or city"),
            "pep": self.tr("E-services portal number"),
            "service_centre": self.tr("Service centre number"),
            "state": self.tr("Current state"),
            "changed": self.tr("Date and time of the last change"),
            "extra_email": self.tr("Additional e-mail"), "extra_phone": self.tr("Additional phone"),
            "interest_due": self.tr("Confirm interest by"),
            "stop_list": self.tr("In the stop-list until")})
        self.referral.set_captions({
            "kindergarten": self.tr("Kindergarten"), "address": self.tr("Kindergarten address"),
            "issued": self.tr("Referral date"), "status": self.tr("Referral status"),
            "expires": self.tr("Referral expiry date"), "extensions": self.tr("Extended")})
        self._values()

    def _values(self) -> None:
        detail = self.detail
        if detail is None:
            for grid in (self.applicant, self.child, self.application, self.referral):
                grid.set_values({})
            return
        tz = self.rules.tz
        summary = detail.summary
        applicant, child = detail.applicant, detail.child
        self.applicant.set_values({
            "name": full_name(applicant) or summary.applicant_name,
            "iin": summary.applicant_iin,
            "birth_date": fmt_date(applicant.birth_date) if applicant else "",
            "phone": detail.phone, "email": detail.email, "address": address(applicant)})
        names = {c.code: pick(c.name_kk, c.name_ru) for c in self.categories}
        benefit = names.get(summary.benefit_category or "") or label(PRIORITY, summary.priority)
        self.child.set_values({
            "name": full_name(child) or summary.child_name, "iin": summary.child_iin,
            "birth_date": fmt_date(summary.child_birth_date), "benefit": benefit,
            "queue": str(summary.queue_number) if summary.queue_number else "",
            "category_queue": str(summary.category_queue_number)
            if summary.category_queue_number else "0"})
        changed = fmt_datetime(detail.changed_at, tz)
        if summary.status in ("queued", "notified"):
            changed = self.tr("{changed} (in the queue since {since})").replace(
                "{changed}", changed).replace("{since}", fmt_datetime(summary.registered_at, tz))
        self.application.set_values({
            "queue_type": label(QUEUE_TYPE, summary.queue_type), "number": summary.number,
            "registered": fmt_datetime(summary.registered_at, tz),
            "district": self.district_names.get(detail.district_kato, detail.district_kato),
            "pep": "", "service_centre": detail.service_centre,
            "state": label(STATE, summary.status), "changed": changed,
            "extra_email": detail.extra_email, "extra_phone": detail.extra_phone,
            "interest_due": fmt_date(detail.interest_due_at.astimezone(tz).date())
            if detail.interest_due_at else "",
            "stop_list": fmt_date(detail.stop_list_until)})
        referral = detail.referral
        self.cards[3].setVisible(referral is not None)
        if referral is not None:
            self.referral.set_values({
                "kindergarten": pick(referral.kindergarten_name_kk, referral.kindergarten_name_ru),
                "address": pick(referral.address_kk, referral.address_ru),
                "issued": fmt_datetime(referral.issued_at, tz),
                "status": label(REFERRAL_STATUS, referral.status),
                "expires": fmt_date(referral.last_day),
                "extensions": str(referral.extensions)})


class ActionBar(QWidget):
    """The buttons under the tabs, each with a «?» when it cannot be used now."""

    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.why: dict[str, QPushButton] = {}
        self.pairs: dict[str, QWidget] = {}
        self.reasons: dict[str, str] = {}
        self.queue_type = "UO"
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        for action in USER_ACTIONS:
            code = action.value
            button = QPushButton()
            button.setObjectName("action")
            button.setMinimumHeight(TOUCH)
            button.clicked.connect(lambda _=False, c=code: self.action_requested.emit(c))
            why = QPushButton()
            why.setObjectName("why")
            why.setMinimumHeight(TOUCH)
            why.clicked.connect(lambda _=False, c=code: self.explain(c))
            pair = QWidget()
            pair.setObjectName("actionPair")
            line = QHBoxLayout(pair)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(4)
            line.addWidget(button, 1)
            line.addWidget(why)
            self.buttons[code] = button
            self.why[code] = why
            self.pairs[code] = pair
        self.closed = QLabel()
        self.closed.setObjectName("hint")
        self.closed.setWordWrap(True)
        self.explanation = Notice()
        self.explanation.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.grid)
        layout.addWidget(self.closed)
        layout.addWidget(self.explanation)
        self.defaults: dict[str, object] = {}
        self.set_permissions([], "UO")

    def set_permissions(self, permissions: list[PermissionView], queue_type: str,
                        defaults: dict[str, object] | None = None) -> None:
        """Show the buttons the status has; enable the allowed ones."""
        self.queue_type = queue_type
        self.defaults = defaults or {}
        self.reasons = {}
        given = {p.action: p for p in permissions}
        for code, button in self.buttons.items():
            permission = given.get(code)
            shown = permission is not None and (permission.allowed
                                                 or permission.reason not in HIDDEN_REASONS)
            button.setVisible(shown)
            allowed = permission is not None and permission.allowed
            button.setEnabled(allowed)
            self.why[code].setVisible(shown and not allowed)
            if permission is not None and not permission.allowed and permission.reason:
                self.reasons[code] = permission.reason
        self._place()
        self.closed.setVisible(bool(permissions) and not self.visible_actions())
        self.explanation.hide()
        self.retranslate()

    def _place(self) -> None:
        """The shown buttons in rows of ``COLUMNS`` (a touch screen is not wide enough for
        all of them in one row)."""
        for pair in self.pairs.values():
            self.grid.removeWidget(pair)
            pair.hide()
        shown = self.visible_actions()
        for index, code in enumerate(shown):
            self.grid.addWidget(self.pairs[code], index // COLUMNS, index % COLUMNS)
            self.pairs[code].show()
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)

    def visible_actions(self) -> list[str]:
        return [code for code, button in self.buttons.items() if not button.isHidden()]

    def enabled_actions(self) -> list[str]:
        return [code for code, button in self.buttons.items()
                if not button.isHidden() and button.isEnabled()]

    def explain(self, code: str) -> None:
        """«?»: why the action cannot be used now."""
        reason = self.reasons.get(code, "")
        self.explanation.setProperty("action", code)
        self.explanation.set_texts(self.buttons[code].text(),
                                   refusal_text(reason or "illegal_state", self.defaults))
        self.explanation.show()

    def retranslate(self) -> None:
        choose = (self.tr("Choose a sanatorium kindergarten") if self.queue_type == "SDDO"
                  else self.tr("Choose a state kindergarten"))
        captions = {"confirm_interest": self.tr("Confirm interest"),
                    "change_benefit": self.tr("Change the benefit"),
                    "withdraw": self.tr("Withdraw from the queue"),
                    "issue_referral": choose,
                    "extend_referral": self.tr("Extend the referral"),
                    "revoke_referral": self.tr("Revoke the referral")}
        for code, button in self.buttons.items():
            button.setText(captions[code])
            self.why[code].setText(self.tr("Why?"))
            self.why[code].setToolTip(self.tr("Why is this not available?"))
            self.why[code].setAccessibleName(self.tr("Why is this not available?"))
        self.closed.setText(self.tr("This application is closed: no actions are available."))
        shown = self.explanation.property("action")
        if self.explanation.isVisibleTo(self) and shown:
            self.explain(str(shown))


class ApplicationView(QWidget):
    """The application opened from the journal."""

    action_requested = Signal(str)
    preview_requested = Signal(object)

    def __init__(self, worker: Worker, token: str, *, kiosk_mode: bool, rules: RegionRules,
                 verify_base_url: str, output: DocumentOutput,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationView")
        self.rules = rules
        self.detail: ApplicationDetailView | None = None
        self.categories: tuple[BenefitCategoryView, ...] = ()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("applicationTabs")
        self.position = PositionPanel(worker, lambda: self.documents.token, rules)
        self.info = InfoTab(rules, self.position)
        self.history: FilterTable[HistoryView] = FilterTable(history_columns(rules),
                                                             HISTORY_CONTEXT, chooser=False)
        self.history.table.setSortingEnabled(False)
        self.history.table.setWordWrap(True)
        self.documents = DocumentsTab(worker, token, kiosk_mode=kiosk_mode, rules=rules,
                                      verify_base_url=verify_base_url, output=output)
        self.documents.preview_requested.connect(self.preview_requested)
        self.tabs.addTab(self.info, "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.documents, "")
        self.actions_bar = ActionBar()
        self.actions_bar.action_requested.connect(self.action_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.actions_bar)
        self.retranslate()

    def set_detail(self, detail: ApplicationDetailView | None,
                   categories: tuple[BenefitCategoryView, ...] = (),
                   defaults: dict[str, object] | None = None) -> None:
        self.detail = detail
        self.categories = categories
        self.info.set_detail(detail, categories)
        self.position.show_for(detail)
        self.history.set_rows(detail.history if detail is not None else [])
        self.history.table.resizeRowsToContents()
        self.documents.set_detail(detail, categories)
        if detail is None:
            self.actions_bar.set_permissions([], "UO")
        else:
            self.actions_bar.set_permissions(detail.actions, detail.summary.queue_type,
                                             defaults or refusal_defaults(detail, self.rules))
        self._heading()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _heading(self) -> None:
        detail = self.detail
        if detail is None:
            self.heading.setText("")
            return
        summary = detail.summary
        self.heading.setText(f"{summary.number} · {summary.child_name} · "
                             f"{label(STATUS, summary.status)}")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Application information"))
        self.tabs.setTabText(1, self.tr("Change history"))
        self.tabs.setTabText(2, self.tr("General documents"))
        self.history.retranslate("", "")
        self.history.table.resizeRowsToContents()
        self._heading()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.info.retranslate()
            self.actions_bar.retranslate()
        super().changeEvent(event)
