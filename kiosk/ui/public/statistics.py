"""«Просмотр статистики» without login: applications in the queue, notified, with a referral
and enrolled, by district, benefit class and birth year, for a chosen region; filtered by
benefit class and birth year, with the totals of what is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.central.views import DistrictView, RegionView, StatisticsRowView, StatisticsView
from kiosk.domain.rules import RegionRules
from kiosk.sync.link import CentralLink
from kiosk.ui.actions.base import Worker
from kiosk.ui.actions.refusals import refusal_text
from kiosk.ui.i18n import current_language
from kiosk.ui.labels import PRIORITY, fmt_datetime, label, pick
from kiosk.ui.parts import CodeCombo, Column, FilterTable, ScreenHeader, StatusPanel
from kiosk.ui.registration.base import card
from kiosk.ui.tasks import watch
from kiosk.ui.widgets import FieldRow, RewordedLabel, Wording

CONTEXT = "StatisticsTable"
PRIORITY_ORDER = ("out_of_turn", "first_priority", "general")


def statistics_columns(districts: dict[str, dict[str, str]],
                       ) -> tuple[Column[StatisticsRowView], ...]:
    def district(row: StatisticsRowView) -> str:
        names = districts.get(row.district_kato)
        return pick(names["kk"], names["ru"]) if names else row.district_kato

    def count(name: str, title: str) -> Column[StatisticsRowView]:
        return Column(name, title, lambda r: str(getattr(r, name)),
                      sort=lambda r: getattr(r, name), filter="", numeric=True)

    return (
        Column("district", QT_TRANSLATE_NOOP("StatisticsTable", "District or city"), district,
               filter="", wrap=True),
        Column("priority", QT_TRANSLATE_NOOP("StatisticsTable", "Category"),
               lambda r: label(PRIORITY, r.priority), filter="", code=lambda r: r.priority,
               sort=lambda r: PRIORITY_ORDER.index(r.priority)
               if r.priority in PRIORITY_ORDER else 9, wrap=True),
        Column("birth_year", QT_TRANSLATE_NOOP("StatisticsTable", "Year of birth"),
               lambda r: str(r.birth_year), sort=lambda r: r.birth_year, filter="",
               code=lambda r: str(r.birth_year)),
        count("queued", QT_TRANSLATE_NOOP("StatisticsTable", "In the queue")),
        count("notified", QT_TRANSLATE_NOOP("StatisticsTable", "Notified")),
        count("referrals", QT_TRANSLATE_NOOP("StatisticsTable", "Referrals issued")),
        count("enrolled", QT_TRANSLATE_NOOP("StatisticsTable", "Enrolled children")),
    )


class StatisticsScreen(QWidget):
    """Public counts of the queue of a region."""

    finished = Signal()
    """«Басты бет» / «На главную»: back to the home screen (the session is kept)."""
    language_chosen = Signal(str)
    wants_keyboard = False

    def __init__(self, worker: Worker, *, kiosk_mode: bool, region: str = "",
                 tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statistics")
        self.worker = worker
        self.kiosk_mode = kiosk_mode
        self.default_region = region
        self.tz = tz or RegionRules().tz
        self.regions: list[RegionView] = []
        self.years: list[int] = []
        self._districts: dict[str, dict[str, str]] = {}
        self._generation = 0
        self.generated_at = None
        self.header = ScreenHeader()
        self.header.home_clicked.connect(self.finished)
        self.header.language_chosen.connect(self.language_chosen)

        filters, filters_layout = card()
        self.about = QLabel()
        self.about.setObjectName("hint")
        self.about.setWordWrap(True)
        self.region = CodeCombo()
        self.region.setObjectName("region")
        self.region.activated.connect(lambda _: self.load())
        self.category = CodeCombo()
        self.category.setObjectName("category")
        self.category.activated.connect(lambda _: self._filter())
        self.year = CodeCombo()
        self.year.setObjectName("birthYear")
        self.year.activated.connect(lambda _: self._filter())
        self.region_row = FieldRow(self.region)
        self.category_row = FieldRow(self.category)
        self.year_row = FieldRow(self.year)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(self.region_row, 0, 0)
        grid.addWidget(self.category_row, 0, 1)
        grid.addWidget(self.year_row, 0, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        filters_layout.addWidget(self.about)
        filters_layout.addLayout(grid)

        self.table: FilterTable[StatisticsRowView] = FilterTable(
            statistics_columns(self._districts), CONTEXT, chooser=False)
        self.state = StatusPanel()
        self.state.retry_clicked.connect(self.load)
        self.status = RewordedLabel(self.state.message, hide_when_empty=False)
        """The busy / empty / error message, reworded on a language switch."""
        self.stack = QStackedWidget()
        self.stack.addWidget(self.state)
        self.stack.addWidget(self.table)
        self.totals = QLabel()
        self.totals.setObjectName("value")
        self.totals.setWordWrap(True)
        self.generated = QLabel()
        self.generated.setObjectName("hint")
        content = QWidget()
        content.setObjectName("pageContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(32, 16, 32, 16)
        body.setSpacing(12)
        body.addWidget(filters)
        body.addWidget(self.stack, 1)
        body.addWidget(self.totals)
        body.addWidget(self.generated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(content, 1)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------

    def load(self) -> None:
        """Read the regions (once), then the chosen region's statistics and district names."""
        region = self.region.code() or self.default_region
        need_regions = not self.regions
        self._show_status(self.state.show_busy, lambda: self.tr("Loading the statistics…"))
        self.stack.setCurrentWidget(self.state)
        generation = self._generation

        def read(link: CentralLink) -> tuple[list[RegionView], StatisticsView, list[DistrictView]]:
            regions = link.regions() if need_regions else []
            chosen = region or (regions[0].kato if regions else "")
            statistics = link.statistics(chosen or None)
            districts = link.districts(chosen) if chosen else []
            return regions, statistics, districts

        watch(self.worker.call(read),
              lambda result: self._loaded(result) if generation == self._generation else None,
              lambda error: self._failed(error) if generation == self._generation else None,
              self)

    def _loaded(self, result: tuple[list[RegionView], StatisticsView, list[DistrictView]]) -> None:
        regions, statistics, districts = result
        if regions:
            self.regions = regions
            self._fill_regions()
            chosen = self.default_region if any(r.kato == self.default_region for r in regions) \
                else regions[0].kato
            self.region.set_code(chosen)
        self._districts.clear()
        self._districts.update({d.kato: {"kk": d.name_kk, "ru": d.name_ru} for d in districts})
        self.generated_at = statistics.generated_at
        self.table.set_rows(statistics.rows)
        self.years = sorted({r.birth_year for r in statistics.rows}, reverse=True)
        self.year.fill(self.tr("All years"), [(str(y), str(y)) for y in self.years])
        self._filter()

    def _fill_regions(self) -> None:
        self.region.fill(self.tr("Choose from the list"),
                         [(r.kato, pick(r.name_kk, r.name_ru)) for r in self.regions])

    def _failed(self, error: BaseException) -> None:
        self._show_status(self.state.show_error, lambda: refusal_text(error))
        self.stack.setCurrentWidget(self.state)

    def _filter(self) -> None:
        model = self.table.model
        self.table.proxy.set_code_filter(model.column_of("priority"), self.category.code())
        self.table.proxy.set_code_filter(model.column_of("birth_year"), self.year.code())
        shown = self.table.visible_rows()
        if shown:
            self.stack.setCurrentWidget(self.table)
            self.table.fit_columns()
        else:
            self._show_status(self.state.show_empty,
                              lambda: self.tr("No applications match the chosen filters."))
            self.stack.setCurrentWidget(self.state)
        self._totals(shown)

    def _show_status(self, show: Callable[[str], None], wording: Wording) -> None:
        """Put the status panel in a state (``show``: its show_busy / show_empty /
        show_error) with a message that follows the language."""
        show("")
        self.status.say(wording)

    def _totals(self, rows: list[StatisticsRowView]) -> None:
        sums = {name: sum(getattr(r, name) for r in rows)
                for name in ("queued", "notified", "referrals", "enrolled")}
        text = self.tr("Total: in the queue {queued}, notified {notified}, referrals issued "
                       "{referrals}, enrolled {enrolled}.")
        for name, value in sums.items():
            text = text.replace("{" + name + "}", str(value))
        self.totals.setText(text if self.table.model.rowCount() else "")
        self.generated.setText(self.tr("As of {time}").replace(
            "{time}", fmt_datetime(self.generated_at, self.tz)) if self.generated_at else "")

    def wipe(self) -> None:
        """Nothing personal here; the filters go back to «all»."""
        self._generation += 1
        self.category.set_code("")
        self.year.set_code("")
        self.table.proxy.clear_filters()

    def retranslate(self) -> None:
        self.header.title.setText(self.tr("View statistics"))
        self.header.home.setText(self.tr("Home"))
        self.header.languages.set_current(current_language())
        self.about.setText(self.tr(
            "The statistics show the number of applications in the queue (out-of-turn, "
            "first-priority and general), notified, with a referral issued and enrolled."))
        self.region_row.set_caption(self.tr("Region"))
        self.category_row.set_caption(self.tr("Category"))
        self.year_row.set_caption(self.tr("Year of birth"))
        self._fill_regions()
        self.category.fill(self.tr("All categories"),
                           [(code, label(PRIORITY, code)) for code in PRIORITY_ORDER])
        self.year.fill(self.tr("All years"), [(str(y), str(y)) for y in self.years])
        self.table.retranslate("", "")
        self.state.retry.setText(self.tr("Try again"))
        self.status.reword()
        self._totals(self.table.visible_rows())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
