"""«Поиск номера очереди» without login: by the child's IIN, or by full name and birth date.

The answer holds only what the public may see: the application number, its status, the
benefit category and the queue numbers; never a name or an IIN.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.central.views import BenefitCategoryView, QueueSearchResultView
from kiosk.domain.iin import check_iin
from kiosk.sync.link import CentralLink
from kiosk.ui.actions.base import Worker
from kiosk.ui.actions.refusals import refusal_text
from kiosk.ui.errors import error_text
from kiosk.ui.i18n import current_language
from kiosk.ui.labels import PRIORITY, STATUS, label, pick
from kiosk.ui.parts import Column, FilterTable, ScreenHeader, StatusPanel
from kiosk.ui.registration.base import card, nav_button, section_title
from kiosk.ui.tasks import watch
from kiosk.ui.widgets import TOUCH, FieldRow, RewordedLabel, Wording, line_edit

CONTEXT = "SearchTable"


def search_columns(names: dict[str, dict[str, str]]) -> tuple[Column[QueueSearchResultView], ...]:
    def category(row: QueueSearchResultView) -> str:
        found = names.get(row.benefit_category or "")
        return pick(found["kk"], found["ru"]) if found else label(PRIORITY, row.priority)

    return (
        Column("number", QT_TRANSLATE_NOOP("SearchTable", "Application number"),
               lambda r: r.number, filter=""),
        Column("status", QT_TRANSLATE_NOOP("SearchTable", "Status"),
               lambda r: label(STATUS, r.status), filter="", wrap=True),
        Column("category", QT_TRANSLATE_NOOP("SearchTable", "Benefit category"), category,
               filter="", wrap=True),
        Column("queue", QT_TRANSLATE_NOOP("SearchTable", "Queue number"),
               lambda r: str(r.queue_number) if r.queue_number else "—",
               sort=lambda r: r.queue_number, filter="", numeric=True),
        Column("category_queue",
               QT_TRANSLATE_NOOP("SearchTable", "Queue number in the benefit category"),
               lambda r: str(r.category_queue_number) if r.category_queue_number else "—",
               sort=lambda r: r.category_queue_number, filter="", numeric=True),
    )


def parse_day(text: str) -> date | None:
    """31.07.2018 → a date (None when not a whole, existing date)."""
    try:
        return datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        return None


class QueueSearchScreen(QWidget):
    """Finds a child's place in the queue; shows no personal data."""

    finished = Signal()
    """«Басты бет» / «На главную»: back to the home screen (the session is kept)."""
    language_chosen = Signal(str)
    wants_keyboard = True

    def __init__(self, worker: Worker, *, kiosk_mode: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueSearch")
        self.worker = worker
        self.kiosk_mode = kiosk_mode
        self._names: dict[str, dict[str, str]] = {}
        self._generation = 0
        self.busy = False
        self.header = ScreenHeader()
        self.header.home_clicked.connect(self.finished)
        self.header.language_chosen.connect(self.language_chosen)

        form, form_layout = card()
        self.form_title = section_title()
        self.by_iin = QPushButton()
        self.by_name = QPushButton()
        self.modes = QButtonGroup(self)
        for button in (self.by_iin, self.by_name):
            button.setObjectName("choice")
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH)
            self.modes.addButton(button)
        self.by_iin.setChecked(True)
        self.modes.buttonToggled.connect(lambda *_: self._mode_changed())
        modes = QHBoxLayout()
        modes.addWidget(self.by_iin, 1)
        modes.addWidget(self.by_name, 1)
        self.iin = line_edit("digits", 12)
        self.iin.setObjectName("childIin")
        self.iin_row = FieldRow(self.iin)
        self.surname = line_edit("text", 100)
        self.surname.setObjectName("surname")
        self.name = line_edit("text", 100)
        self.name.setObjectName("name")
        self.patronymic = line_edit("text", 100)
        self.patronymic.setObjectName("patronymic")
        self.birth_date = line_edit("digits", 10)
        self.birth_date.setObjectName("birthDate")
        self.birth_date.setInputMask("00.00.0000;_")
        self.surname_row = FieldRow(self.surname)
        self.name_row = FieldRow(self.name)
        self.patronymic_row = FieldRow(self.patronymic)
        self.birth_row = FieldRow(self.birth_date)
        self.name_fields = QWidget()
        grid = QGridLayout(self.name_fields)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.surname_row, 0, 0, top)
        grid.addWidget(self.name_row, 0, 1, top)
        grid.addWidget(self.patronymic_row, 1, 0, top)
        grid.addWidget(self.birth_row, 1, 1, top)
        self.field_errors = {row: RewordedLabel(row.error) for row in (
            self.iin_row, self.surname_row, self.name_row, self.patronymic_row, self.birth_row)}
        """Each field's error, kept as its wording so that a language switch words it again."""
        for edit in (self.iin, self.surname, self.name, self.patronymic, self.birth_date):
            edit.returnPressed.connect(self.search)
            edit.textEdited.connect(lambda _: self._clear_errors())
        self.find = nav_button(primary=True)
        self.find.clicked.connect(self.search)
        find_row = QHBoxLayout()
        find_row.addStretch(1)
        find_row.addWidget(self.find)
        self.privacy = QLabel()
        self.privacy.setObjectName("hint")
        self.privacy.setWordWrap(True)
        for widget in (self.form_title,):
            form_layout.addWidget(widget)
        form_layout.addLayout(modes)
        form_layout.addWidget(self.iin_row)
        form_layout.addWidget(self.name_fields)
        form_layout.addWidget(self.privacy)
        form_layout.addLayout(find_row)

        self.results_title = section_title()
        self.results: FilterTable[QueueSearchResultView] = FilterTable(
            search_columns(self._names), CONTEXT, chooser=False)
        self.results.table.setMinimumHeight(200)
        self.state = StatusPanel()
        self.state.retry_clicked.connect(self.search)
        self.status = RewordedLabel(self.state.message, hide_when_empty=False)
        """The busy / empty / error message, reworded on a language switch."""
        self.result_stack = QStackedWidget()
        self.result_stack.addWidget(self.state)
        self.result_stack.addWidget(self.results)
        self.result_stack.setMinimumHeight(240)

        content = QWidget()
        content.setObjectName("pageContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(32, 16, 32, 16)
        body.setSpacing(16)
        body.addWidget(form)
        body.addWidget(self.results_title)
        body.addWidget(self.result_stack, 1)
        body.addStretch(0)  # no results yet: the form keeps its height, the rest stays empty
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(scroll, 1)
        self.retranslate()
        self._mode_changed()
        self.wipe()

    # -- the search --------------------------------------------------------------------

    def search(self) -> None:
        if self.busy:
            return
        query = self._query()
        if query is None:
            return
        self.busy = True
        self.find.setEnabled(False)
        self.results_title.show()
        self.result_stack.show()
        self._show_status(self.state.show_busy, lambda: self.tr("Searching…"))
        self.result_stack.setCurrentWidget(self.state)
        generation = self._generation
        known = bool(self._names)

        def run(link: CentralLink) -> tuple[list[QueueSearchResultView], list[BenefitCategoryView]]:
            found = link.search_queue(**query)
            return found, ([] if known else link.benefit_categories())

        watch(self.worker.call(run),
              lambda result: self._found(result) if generation == self._generation else None,
              lambda error: self._failed(error) if generation == self._generation else None,
              self)

    def _query(self) -> dict[str, object] | None:
        """The search's arguments, or None after showing what is wrong."""
        self._clear_errors()
        if self.by_iin.isChecked():
            iin = self.iin.text().strip()
            if not iin:
                self._field_error(self.iin_row, lambda: error_text("required"))
                return None
            check = check_iin(iin)
            if not check.valid:
                assert check.error is not None
                code = check.error.value
                self._field_error(self.iin_row, lambda: error_text(code))
                return None
            return {"child_iin": iin}
        problems = False
        for row, edit in ((self.surname_row, self.surname), (self.name_row, self.name)):
            if not edit.text().strip():
                self._field_error(row, lambda: error_text("required"))
                problems = True
        born = parse_day(self.birth_date.text())
        if born is None:
            self._field_error(self.birth_row,
                              lambda: self.tr("Enter the date of birth as DD.MM.YYYY."))
            problems = True
        if problems:
            return None
        return {"surname": self.surname.text().strip(), "name": self.name.text().strip(),
                "patronymic": self.patronymic.text().strip(), "birth_date": born}

    def _found(self, result: tuple[list[QueueSearchResultView], list[BenefitCategoryView]]) -> None:
        self.busy = False
        self.find.setEnabled(True)
        rows, categories = result
        if categories:
            self._names.update({c.code: {"kk": c.name_kk, "ru": c.name_ru} for c in categories})
        self.results.set_rows(rows)
        if rows:
            self.result_stack.setCurrentWidget(self.results)
        else:
            self._show_status(self.state.show_empty,
                              lambda: self.tr("No application was found for this child."))

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.find.setEnabled(True)
        self._show_status(self.state.show_error, lambda: refusal_text(error))

    # -- states ------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        by_iin = self.by_iin.isChecked()
        self.iin_row.setVisible(by_iin)
        self.name_fields.setVisible(not by_iin)
        self._clear_errors()
        self.results.set_rows([])  # an answer to the other question is not this one's
        self.results_title.hide()
        self.result_stack.hide()
        (self.iin if by_iin else self.surname).setFocus()

    def _clear_errors(self) -> None:
        for row in self.field_errors:
            self._field_error(row, None)

    def _field_error(self, row: FieldRow, wording: Wording | None) -> None:
        """Show ``wording`` under ``row``'s editor (None: no error) and mark the editor."""
        error = self.field_errors[row]
        error.say(wording)
        row.set_error(error.text)

    def _show_status(self, show: Callable[[str], None], wording: Wording) -> None:
        """Put the status panel in a state (``show``: its show_busy / show_empty /
        show_error) with a message that follows the language."""
        show("")
        self.status.say(wording)

    def wipe(self) -> None:
        """Forget what was typed and found."""
        self._generation += 1
        self.busy = False
        self.find.setEnabled(True)
        for edit in (self.iin, self.surname, self.name, self.patronymic, self.birth_date):
            edit.clear()
        self._clear_errors()
        self.results.set_rows([])
        self.results_title.hide()
        self.result_stack.hide()
        self.by_iin.setChecked(True)

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Find a queue number"))
        self.header.home.setText(self.tr("Home"))
        self.header.languages.set_current(current_language())
        self.form_title.setText(self.tr("Search the queue"))
        self.by_iin.setText(self.tr("By the child's IIN"))
        self.by_name.setText(self.tr("By full name and date of birth"))
        self.iin_row.set_caption(self.tr("Child's IIN"), required=True)
        self.surname_row.set_caption(self.tr("Child's surname"), required=True)
        self.name_row.set_caption(self.tr("Child's name"), required=True)
        self.patronymic_row.set_caption(self.tr("Child's patronymic"))
        self.birth_row.set_caption(self.tr("Child's date of birth"), required=True)
        self.birth_row.set_hint(self.tr("DD.MM.YYYY"))
        self.privacy.setText(self.tr(
            "Only the application number, its status, the benefit category and the queue "
            "numbers are shown: no personal data."))
        self.find.setText(self.tr("Find"))
        self.results_title.setText(self.tr("Search results"))
        self.results.retranslate("", "")
        self.state.retry.setText(self.tr("Try again"))
        self.status.reword()
        for error in self.field_errors.values():
            error.reword()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
