"""The registration flow on screen: a header (service, language, «Отмена»), the step
indicator and one page per view of ``RegistrationWizard``.

The screen renders ``wizard.state`` and reports actions to the wizard; it holds no rule.
«Отправить» on a valid Step 2 moves the wizard to SIGNING and emits ``sign_requested``; the
caller signs, submits, then calls ``submitted(receipt)`` (or ``signing_cancelled()``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.catalogue import Catalogue
from kiosk.ui.i18n import current_language
from kiosk.ui.registration.applicant import ApplicantPage
from kiosk.ui.registration.base import FormPage
from kiosk.ui.registration.child import ChildPage
from kiosk.ui.registration.description import DescriptionPage
from kiosk.ui.registration.result import ResultPage
from kiosk.ui.scan_picker import ScanChooser
from kiosk.ui.parts import ScreenHeader
from kiosk.ui.widgets import TOUCH, FieldRow, Overlay, StepIndicator, Wording
from kiosk.wizard.registration import (
    Receipt,
    RegisterLookup,
    RegistrationState,
    RegistrationWizard,
    View,
)


@dataclass(frozen=True)
class RegistrationSetup:
    """What the pages need besides the wizard: the lists and where scans come from."""

    catalogue: Catalogue
    chooser: ScanChooser
    max_scan_mb: int = 10


class ConfirmCancel(Overlay):
    """«Отменить подачу заявления? Все введенные данные будут удалены.»"""

    confirmed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("overlayTitle")
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.stay = QPushButton()
        self.stay.setObjectName("primary")
        self.leave = QPushButton()
        self.leave.setObjectName("danger")
        for button in (self.stay, self.leave):
            button.setMinimumHeight(TOUCH + 8)
        self.stay.clicked.connect(self.hide)
        self.leave.clicked.connect(self.hide)
        self.leave.clicked.connect(self.confirmed)
        row = QHBoxLayout()
        row.addWidget(self.leave)
        row.addStretch()
        row.addWidget(self.stay)
        self.body.addWidget(self.title)
        self.body.addWidget(self.message)
        self.body.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cancel the application?"))
        self.message.setText(self.tr("Everything you entered will be erased."))
        self.leave.setText(self.tr("Yes, cancel"))
        self.stay.setText(self.tr("No, continue"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RegistrationScreen(QWidget):
    """Service description → Step 1 → Step 2 → (signing) → result."""

    sign_requested = Signal()
    """Step 2 is valid and the wizard waits in SIGNING: sign ``wizard.state`` and submit."""
    finished = Signal()
    """The visitor is done («ОК» on the result, or a confirmed «Отмена»): wipe and go home."""
    language_chosen = Signal(str)
    page_changed = Signal()

    def __init__(self, wizard: RegistrationWizard, register: RegisterLookup,
                 setup: RegistrationSetup, kiosk_mode: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registration")
        self.wizard = wizard
        self.kiosk_mode = kiosk_mode
        header = ScreenHeader()
        self.header = header
        self.title = header.title
        self.languages = header.languages
        self.languages.language_chosen.connect(self.language_chosen)
        self.cancel_button = header.home  # «Отмена» stands where the other screens go home
        self.cancel_button.clicked.connect(self.cancel)
        self.steps = StepIndicator(2)
        steps_row = QHBoxLayout()
        steps_row.setContentsMargins(32, 10, 32, 6)  # scrolled fields pass under a gap, not it
        steps_row.addWidget(self.steps)

        self.description = DescriptionPage(wizard)
        self.applicant = ApplicantPage(wizard, register)
        self.child = ChildPage(wizard, setup.catalogue, setup.chooser, setup.max_scan_mb)
        self.result = ResultPage(wizard)
        self.pages = QStackedWidget()
        self._page_of_view: dict[View, FormPage] = {
            View.SERVICE_DESCRIPTION: self.description, View.APPLICANT: self.applicant,
            View.CHILD: self.child, View.SIGNING: self.child, View.RESULT: self.result}
        for page in (self.description, self.applicant, self.child, self.result):
            self.pages.addWidget(page)
            page.next_clicked.connect(self.go_next)
            page.back_clicked.connect(self.go_back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(steps_row)
        layout.addWidget(self.pages, 1)
        self.confirm = ConfirmCancel(self)
        self.confirm.confirmed.connect(self.finished)
        if not kiosk_mode:
            for keys, slot in (("Alt+Left", self.go_back), ("Ctrl+Return", self.go_next),
                               ("Ctrl+Enter", self.go_next), ("Esc", self.cancel)):
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        else:  # a touch screen: nothing to copy out of the kiosk, no menus under a long press
            for edit in self.findChildren(QLineEdit):
                edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            for label in self.findChildren(QLabel):
                label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_focus_visible)
        self.retranslate()
        self.render()

    # -- what the caller drives ------------------------------------------------------

    @property
    def state(self) -> RegistrationState:
        return self.wizard.state

    def current_page(self) -> FormPage:
        page = self.pages.currentWidget()
        assert isinstance(page, FormPage)
        return page

    def submitted(self, receipt: Receipt) -> None:
        """The signed application was accepted (or queued): show the result."""
        self.wizard.submitted(receipt)
        self.render()

    def signing_cancelled(self, message: Wording | None = None) -> None:
        """The signature was not given, or the central service refused the application: back
        to Step 2 with everything kept, and ``message`` (the refusal) shown on it. Give the
        refusal as the function that words it so it follows a language switch."""
        if self.state.view is View.SIGNING:
            self.wizard.back()
            self.render()
        self.child.show_refusal(message)

    def add_header_widget(self, widget: QWidget) -> None:
        """Put ``widget`` (the connection indicator) in the header, before the languages."""
        self.header.add_status_widget(widget)

    # -- what the user does ----------------------------------------------------------

    def go_next(self) -> None:
        before = self.state.view
        if before is View.RESULT:
            self.finished.emit()
            return
        if before is View.SIGNING or self.confirm.isVisible():
            return
        if before is View.CHILD:
            self.child.show_refusal(None)
        state = self.wizard.next()
        page = self._page_of_view[before]
        page.show_errors()
        self.render()
        if state.errors:  # once the error labels have taken their room
            QTimer.singleShot(0, lambda: self._focus_first_error(page))
        elif state.view is View.SIGNING:
            self.sign_requested.emit()

    def go_back(self) -> None:
        view = self.state.view
        if view is View.SERVICE_DESCRIPTION:
            self.cancel()
        elif view in (View.APPLICANT, View.CHILD):
            self.wizard.back()
            self.render()

    def cancel(self) -> None:
        """«Отмена»: straight home when nothing was typed, else ask first."""
        if self.state.view in (View.SERVICE_DESCRIPTION, View.RESULT):
            self.finished.emit()
        elif not self.confirm.isVisible():
            self.confirm.popup()
            self.confirm.stay.setFocus()

    # -- rendering -------------------------------------------------------------------

    def render(self) -> None:
        state = self.state
        page = self._page_of_view[state.view]
        changed = self.pages.currentWidget() is not page
        self.pages.setCurrentWidget(page)
        page.render(state)
        step = {View.APPLICANT: 0, View.CHILD: 1, View.SIGNING: 1}.get(state.view)
        self.steps.setVisible(step is not None)
        if step is not None:
            self.steps.set_current(step)
        self.cancel_button.setVisible(state.view is not View.RESULT)
        self.cancel_button.setEnabled(state.view is not View.SIGNING)
        if changed:
            page.scroll.verticalScrollBar().setValue(0)
            if (field := page.first_field()) is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.page_changed.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Register a child in the kindergarten queue"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.steps.set_texts(((self.tr("Step 1"), self.tr("Fill in the applicant's details")),
                              (self.tr("Step 2"), self.tr("Fill in the child's details"))))
        self.languages.set_current(current_language())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _focus_first_error(self, page: FormPage) -> None:
        for row in page.content.findChildren(FieldRow):
            if row.isVisibleTo(page) and row.error.isVisibleTo(page):
                row.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                page.scroll.ensureWidgetVisible(row, 0, 24)
                return
        errors = [label for label in page.content.findChildren(QLabel, "error")
                  if label.isVisibleTo(page)]
        if errors:
            page.scroll.ensureWidgetVisible(errors[0], 0, 24)

    def _keep_focus_visible(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, FormPage) and new is not None and page.content.isAncestorOf(new):
            target = new.parentWidget() if isinstance(new.parentWidget(), FieldRow) else new
            page.scroll.ensureWidgetVisible(target, 0, 24)
