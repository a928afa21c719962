"""«Журнал заявлений»: the citizen's applications in a table with a filter per column; a row
opens the application (tabs and actions); an action opens its signed page.

Every call to the central service runs on the worker (``worker.call``) and comes back on the
UI thread through :func:`kiosk.ui.tasks.watch`; an answer that arrives after the visitor
left (``wipe``) is dropped. The messages shown (an action's success, why the journal or an
application could not be read) are kept as their wording, so a language switch words them again.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from kiosk.central.views import (
    ApplicationDetailView,
    ApplicationSummaryView,
    BenefitCategoryView,
    SubmitResultView,
)
from kiosk.documents.samples import DEMO_VERIFY_BASE_URL
from kiosk.domain.rules import RegionRules
from kiosk.logs import get_logger
from kiosk.sync.link import CentralLink
from kiosk.ui.actions import PAGES, ActionContext, ActionPage, Sign, Worker
from kiosk.ui.actions.refusals import refusal_text
from kiosk.ui.i18n import current_language
from kiosk.ui.journal.detail import ApplicationView
from kiosk.ui.journal.documents import DocumentPreview
from kiosk.ui.journal.printing import DocumentOutput, OutputDocument
from kiosk.ui.labels import PRIORITY, STATUS, fmt_date, label, pick
from kiosk.ui.parts import Column, FilterTable, ScreenHeader, StatusPanel
from kiosk.ui.scan_picker import ScanChooser
from kiosk.ui.tasks import watch
from kiosk.ui.widgets import RewordedLabel, Wording

_log = get_logger("ui")
CONTEXT = "JournalTable"


def journal_columns(benefit_names: dict[str, dict[str, str]], tz: tzinfo,
                    ) -> tuple[Column[ApplicationSummaryView], ...]:
    """Номер, ФИО ребенка, ИИН ребенка, Номер очереди, ФИО заявителя, Дата создания, Статус,
    Тип льготы, Дата рождения. ``benefit_names`` (code → {kk, ru}) fills as it loads."""

    def benefit(row: ApplicationSummaryView) -> str:
        names = benefit_names.get(row.benefit_category or "")
        if names:
            return pick(names.get("kk", ""), names.get("ru", ""))
        return label(PRIORITY, row.priority)

    return (
        Column("number", QT_TRANSLATE_NOOP("JournalTable", "Number"), lambda r: r.number,
               keyboard="latin"),
        Column("child_name", QT_TRANSLATE_NOOP("JournalTable", "Child's full name"),
               lambda r: r.child_name, wrap=True),
        Column("child_iin", QT_TRANSLATE_NOOP("JournalTable", "Child's IIN"),
               lambda r: r.child_iin, keyboard="digits"),
        Column("queue_number", QT_TRANSLATE_NOOP("JournalTable", "Queue number"),
               lambda r: str(r.queue_number) if r.queue_number else "—",
               sort=lambda r: r.queue_number or 10**9, numeric=True),
        Column("applicant_name", QT_TRANSLATE_NOOP("JournalTable", "Applicant's full name"),
               lambda r: r.applicant_name, wrap=True),
        Column("registered_at", QT_TRANSLATE_NOOP("JournalTable", "Date created"),
               lambda r: fmt_date(r.registered_at.astimezone(tz).date()),
               sort=lambda r: r.registered_at.isoformat(), keyboard="latin"),  # digits and dots
        Column("status", QT_TRANSLATE_NOOP("JournalTable", "Status"),
               lambda r: label(STATUS, r.status), filter="choice", code=lambda r: r.status,
               wrap=True),
        Column("benefit", QT_TRANSLATE_NOOP("JournalTable", "Benefit type"), benefit,
               filter="choice", code=lambda r: r.benefit_category or r.priority, wrap=True),
        Column("birth_date", QT_TRANSLATE_NOOP("JournalTable", "Date of birth"),
               lambda r: fmt_date(r.child_birth_date),
               sort=lambda r: r.child_birth_date.isoformat(), keyboard="latin"),
    )


class JournalScreen(QWidget):
    """The journal and everything opened from it, for the citizen whose ``token`` it holds."""

    finished = Signal()
    """«Басты бет» / «На главную»: back to the home screen (the session is kept)."""
    language_chosen = Signal(str)
    wants_keyboard = True
    """Kiosk mode: the filters and the actions' fields are typed on the on-screen keyboard."""

    def __init__(self, worker: Worker, token: str, sign: Sign, *, kiosk_mode: bool,
                 rules: RegionRules | None = None, chooser: ScanChooser | None = None,
                 max_scan_mb: int = 10, verify_base_url: str = DEMO_VERIFY_BASE_URL,
                 output: DocumentOutput | None = None, service_centre: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal")
        self.worker = worker
        self.token = token
        self.sign = sign
        self.kiosk_mode = kiosk_mode
        self.rules = rules or RegionRules()
        self.chooser = chooser
        self.max_scan_mb = max_scan_mb
        self.service_centre = service_centre
        """Номер ЦОН the actions send (the clerk's desk's; empty on a kiosk)."""
        self.output = output or DocumentOutput()
        self.categories: tuple[BenefitCategoryView, ...] = ()
        self.detail: ApplicationDetailView | None = None
        self.action_page: ActionPage | None = None
        self._benefit_names: dict[str, dict[str, str]] = {}
        self._district_names: dict[str, dict[str, str]] = {}
        self._generation = 0
        self._opening = ""
        self._list_error: Wording | None = None
        """Why the journal could not be read, while ``list_state`` says it."""
        self._detail_error: Wording | None = None
        """Why the application could not be read, while ``detail_state`` says it."""

        self.header = ScreenHeader()
        self.header.back_clicked.connect(self.back)
        self.header.home_clicked.connect(self.finished)
        self.header.language_chosen.connect(self.language_chosen)

        self.table: FilterTable[ApplicationSummaryView] = FilterTable(
            journal_columns(self._benefit_names, self.rules.tz), CONTEXT)
        self.table.row_chosen.connect(lambda row: self.open(row.number))
        self.table.filters_changed.connect(self._filtered)
        self.list_state = StatusPanel()
        self.list_state.retry_clicked.connect(self.load)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_state)
        self.list_stack.addWidget(self.table)
        self.list_hint = QLabel()
        self.list_hint.setObjectName("hint")
        self.list_hint.setWordWrap(True)
        self.no_match = QLabel()
        self.no_match.setObjectName("hint")
        self.no_match.hide()
        self.list_page = QWidget()
        self.list_page.setObjectName("pageContent")
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(24, 12, 24, 16)  # nine columns: every pixel counts
        list_layout.setSpacing(10)
        list_layout.addWidget(self.list_hint)
        list_layout.addWidget(self.list_stack, 1)
        list_layout.addWidget(self.no_match)

        self.detail_state = StatusPanel()
        self.detail_state.retry_clicked.connect(lambda: self.open(self._opening, force=True))
        self.view = ApplicationView(worker, token, kiosk_mode=kiosk_mode, rules=self.rules,
                                    verify_base_url=verify_base_url, output=self.output)
        self.view.action_requested.connect(self.start_action)
        self.view.preview_requested.connect(self.preview)
        self.banner = RewordedLabel(self.view.banner)
        """The view's banner (an action's success), worded again on a language switch."""
        self.preview_page = DocumentPreview(self.output)
        self.preview_page.closed.connect(self.back)

        self.pages = QStackedWidget()
        for page in (self.list_page, self.detail_state, self.view, self.preview_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self._show(self.list_page)
        self.list_state.show_busy("")

    # -- loading -----------------------------------------------------------------------

    def _call(self, method: Callable[[CentralLink], Any], on_success: Callable[[Any], None],
              on_failure: Callable[[BaseException], None]) -> None:
        """``worker.call(method)``, its outcome on the UI thread unless the visitor left."""
        generation = self._generation
        future: Future[Any] = self.worker.call(method)
        watch(future,
              lambda result: on_success(result) if generation == self._generation else None,
              lambda error: on_failure(error) if generation == self._generation else None,
              self)

    def load(self) -> None:
        """(Re)read the journal and the benefit categories."""
        token = self.token
        self.list_state.show_busy(self.tr("Loading your applications…"))
        if self.table.model.rowCount() == 0:
            self.list_stack.setCurrentWidget(self.list_state)

        def read(link: CentralLink) -> tuple[list[ApplicationSummaryView],
                                             list[BenefitCategoryView]]:
            return link.journal(token), link.benefit_categories()

        self._call(read, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[list[ApplicationSummaryView],
                                    list[BenefitCategoryView]]) -> None:
        rows, categories = result
        self.categories = tuple(categories)
        self._benefit_names.clear()
        self._benefit_names.update({c.code: {"kk": c.name_kk, "ru": c.name_ru} for c in categories})
        self.table.set_rows(rows)
        self._fill_choices()
        if rows:
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.list_state.show_empty(self._empty_text())
            self.list_stack.setCurrentWidget(self.list_state)
        self._filtered()

    def _load_failed(self, error: BaseException) -> None:
        _log.warning("journal not loaded: %s", getattr(error, "code", type(error).__name__))
        self._list_error = lambda: refusal_text(error)
        self._show_error(self.list_state, self._list_error)
        self.list_stack.setCurrentWidget(self.list_state)

    def _show_error(self, panel: StatusPanel, wording: Wording | None) -> None:
        """``panel`` says why reading failed, with «Try again», in the language installed now."""
        if wording is not None:
            panel.show_error(wording())
            panel.retry.setText(self.tr("Try again"))

    def _fill_choices(self) -> None:
        rows = self.table.model.rows()
        statuses = [s for s in STATUS if any(r.status == s for r in rows)]
        self.table.set_choices("status", [(s, label(STATUS, s)) for s in statuses])
        benefits: dict[str, str] = {}
        for row in rows:
            code = row.benefit_category or row.priority
            names = self._benefit_names.get(row.benefit_category or "")
            benefits[code] = (pick(names["kk"], names["ru"]) if names
                              else label(PRIORITY, row.priority))
        self.table.set_choices("benefit", sorted(benefits.items(), key=lambda kv: kv[1]))

    def _filtered(self) -> None:
        empty = self.table.model.rowCount() > 0 and self.table.proxy.rowCount() == 0
        self.no_match.setVisible(empty)

    # -- one application ---------------------------------------------------------------

    def open(self, number: str, force: bool = False, banner: Wording | None = None) -> None:
        """Read the application ``number`` and show it (with the ``banner`` it words)."""
        if not number or (number == self._opening and not force and
                          self.pages.currentWidget() is self.detail_state):
            return
        self._opening = number
        token = self.token
        known = set(self._district_names)
        if self.detail is None or self.detail.summary.number != number:
            self.detail_state.show_busy(self.tr("Opening the application…"))
            self._show(self.detail_state)

        def read(link: CentralLink) -> tuple[ApplicationDetailView, dict[str, dict[str, str]]]:
            detail = link.application(token, number)
            names: dict[str, dict[str, str]] = {}
            if detail.region_kato not in known:
                try:
                    names = {d.kato: {"kk": d.name_kk, "ru": d.name_ru}
                             for d in link.districts(detail.region_kato)}
                except Exception:  # the names are a nicety: the kato code stays
                    names = {}
            return detail, names

        self._call(read, lambda result: self._opened(result, banner), self._open_failed)

    def _opened(self, result: tuple[ApplicationDetailView, dict[str, dict[str, str]]],
                banner: Wording | None) -> None:
        detail, districts = result
        if districts:
            self._district_names[detail.region_kato] = districts
        self.detail = detail
        self._render_detail()
        self.banner.say(banner)
        if self.action_page is None and self.pages.currentWidget() is not self.preview_page:
            self._show(self.view)

    def _render_detail(self) -> None:
        detail = self.detail
        if detail is None:
            self.view.set_detail(None)
            return
        names = self._district_names.get(detail.region_kato, {})
        self.view.info.district_names = {k: pick(v["kk"], v["ru"]) for k, v in names.items()}
        self.view.set_detail(detail, self.categories, self._context(detail).defaults())

    def _open_failed(self, error: BaseException) -> None:
        self._detail_error = lambda: refusal_text(error)
        self._show_error(self.detail_state, self._detail_error)
        self._show(self.detail_state)

    # -- actions -----------------------------------------------------------------------

    def _context(self, detail: ApplicationDetailView) -> ActionContext:
        return ActionContext(worker=self.worker, token=self.token, sign=self.sign, detail=detail,
                             rules=self.rules, kiosk_mode=self.kiosk_mode,
                             categories=self.categories, chooser=self.chooser,
                             max_scan_mb=self.max_scan_mb, service_centre=self.service_centre)

    def start_action(self, code: str) -> ActionPage | None:
        """Open the page of the journal button ``code`` (a USER_ACTIONS value)."""
        if self.detail is None or code not in PAGES:
            return None
        self._close_action()
        page = PAGES[code](self._context(self.detail))
        page.done.connect(self._action_done)
        page.cancelled.connect(self._close_action_and_return)
        self.action_page = page
        self.pages.addWidget(page)
        self._show(page)
        self.banner.say(None)
        return page

    def _action_done(self, result: SubmitResultView) -> None:
        page = self.action_page
        banner = page.success_wording() if page is not None else None
        number = self.detail.summary.number if self.detail is not None else ""
        self._close_action()
        self._show(self.view)
        self.banner.say(banner)
        self.open(number, force=True, banner=banner)
        self.load()

    def _close_action(self) -> None:
        page, self.action_page = self.action_page, None
        if page is not None:
            for edit in page.findChildren(QLineEdit):
                edit.clear()
            self.pages.removeWidget(page)
            page.setParent(None)
            page.deleteLater()

    def _close_action_and_return(self) -> None:
        self._close_action()
        self._show(self.view if self.detail is not None else self.list_page)

    # -- documents ---------------------------------------------------------------------

    def preview(self, document: OutputDocument) -> None:
        """Kiosk mode: a document of «Общие документы» inside the window."""
        self.preview_page.show_document(document)
        self._show(self.preview_page)

    # -- navigation --------------------------------------------------------------------

    def back(self) -> None:
        """One step back: action or preview → application → journal."""
        current = self.pages.currentWidget()
        if current is self.action_page and self.action_page is not None:
            if not self.action_page.busy:
                self._close_action_and_return()
        elif current is self.preview_page:
            self.preview_page.clear()
            self._show(self.view)
        elif current in (self.view, self.detail_state):
            self._opening = ""
            self._show(self.list_page)

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.header.back.setVisible(page is not self.list_page)

    def wipe(self) -> None:
        """Forget everything of the visitor: rows, application, pages, typed filters."""
        self._generation += 1
        self._close_action()
        self.token = ""
        self.view.documents.token = ""
        self.detail = None
        self._opening = ""
        self.table.clear_filters()
        self.table.set_rows([])
        self.view.set_detail(None)
        self.banner.say(None)
        self._list_error = self._detail_error = None
        self.preview_page.clear()
        self.list_state.show_busy("")
        self._show(self.list_page)

    # -- captions ----------------------------------------------------------------------

    def _empty_text(self) -> str:
        return self.tr(
            "There are no applications in your journal yet. An application is shown only to "
            "the applicant who filed it: if you are the child's parent but do not see it, the "
            "application has to be joined to your IIN.")

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("Applications journal"))
        self.header.back.setText(self.tr("Back"))
        self.header.home.setText(self.tr("Home"))
        self.header.languages.set_current(current_language())
        self.list_hint.setText(self.tr("Tap an application to open it."))
        self.no_match.setText(self.tr("No application matches the filters."))
        self.table.retranslate(self.tr("Search"), self.tr("(All)"))
        if self.table.model.rowCount():
            self._fill_choices()
        state = self.list_state.state
        if state == "busy" and self.list_state.message.text():
            self.list_state.show_busy(self.tr("Loading your applications…"))
        elif state == "empty":
            self.list_state.show_empty(self._empty_text())
        elif state == "error":
            self._show_error(self.list_state, self._list_error)
        if self.detail_state.state == "busy":
            self.detail_state.show_busy(self.tr("Opening the application…"))
        elif self.detail_state.state == "error":
            self._show_error(self.detail_state, self._detail_error)
        if self.detail is not None:
            self._render_detail()
        self.banner.reword()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["JournalScreen", "journal_columns"]
