"""Parts of the journal's and the public screens: a header with «home», a busy / empty /
error panel, and a table of views with a filter under every column heading.

Like ``kiosk.ui.widgets``, none of them holds a translatable caption: the screen that shows
a part sets its texts, so each caption is translated in that screen's context. Column
headings are data (``QT_TRANSLATE_NOOP`` in the context the table is given).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QObject,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets import TOUCH, LanguageButtons, busy_bar, line_edit

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2


# ------------------------------------------------------------------------------ header


class ScreenHeader(QFrame):
    """The blue bar: title, «Қазақша | Русский», and «back» / «home» buttons."""

    back_clicked = Signal()
    home_clicked = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.back = QPushButton()
        self.home = QPushButton()
        for button in (self.back, self.home):
            button.setObjectName("secondary")
            button.setMinimumHeight(TOUCH)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back.clicked.connect(self.back_clicked)
        self.home.clicked.connect(self.home_clicked)
        self.back.hide()
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.languages = LanguageButtons()
        self.languages.language_chosen.connect(self.language_chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 8, 32, 8)
        layout.setSpacing(16)
        layout.addWidget(self.back)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.languages)
        layout.addWidget(self.home)
        self._layout = layout

    def add_status_widget(self, widget: QWidget) -> None:
        """Put ``widget`` (the connection indicator) after the title, before the languages."""
        self._layout.insertWidget(self._layout.indexOf(self.title) + 1, widget)


# ------------------------------------------------------------------------------ states


class StatusPanel(QFrame):
    """What stands in for a table while it loads, when it is empty, or when loading failed."""

    retry_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusPanel")
        self.message = QLabel()
        self.message.setObjectName("statusMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = busy_bar(360)
        self.retry = QPushButton()
        self.retry.setObjectName("secondary")
        self.retry.setMinimumHeight(TOUCH)
        self.retry.clicked.connect(self.retry_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.state = ""

    def show_busy(self, text: str) -> None:
        self._show("busy", text, progress=True, retry=False)

    def show_empty(self, text: str) -> None:
        self._show("empty", text, progress=False, retry=False)

    def show_error(self, text: str, retry: bool = True) -> None:
        self._show("error", text, progress=False, retry=retry)

    def _show(self, state: str, text: str, *, progress: bool, retry: bool) -> None:
        self.state = state
        self.setProperty("state", state)
        self.message.setText(text)
        self.progress.setVisible(progress)
        self.retry.setVisible(retry)
        self.style().unpolish(self.message)
        self.style().polish(self.message)


# ------------------------------------------------------------------------------ tables


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column of a :class:`RowsModel`: its heading (a source text in the model's context),
    the text of a cell, what it sorts by, and how it is filtered ("text": contains,
    "choice": one of a list, "": no filter)."""

    key: str
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    filter: str = "text"
    code: Callable[[R], str] | None = None
    """For a "choice" filter: the code the list compares (default: the cell's text)."""
    numeric: bool = False
    wrap: bool = False
    """Long text (names, statuses) that may wrap onto more lines when the table is narrow;
    the other columns (numbers, IINs, dates) keep their full width."""
    keyboard: str = ""
    """For a "text" filter: the on-screen layout its field opens, as ``line_edit``'s
    ``keyboard`` ("text", "latin" for codes such as UO.2026.000092.1, "digits" for IINs,
    "phone"); "" picks "digits" for a numeric column and "text" for the others."""


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of frozen views (``kiosk.central.views``) under translated column headings."""

    def __init__(self, columns: Sequence[Column[R]], context: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.context = context
        self._rows: list[R] = []
        self.stacked: set[int] = set()
        """Columns whose heading goes one word a line (a narrow column; see ``fit_columns``)."""

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, index: int) -> R:
        return self._rows[index]

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def retranslate(self) -> None:
        """Headings and cells again, in the language now installed."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row).casefold()
        if role == FILTER_ROLE:
            return column.code(row) if column.code is not None else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column.numeric
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = QCoreApplication.translate(self.context, self.columns[section].title)
            return "\n".join(title.split()) if section in self.stacked else two_lines(title)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


CELL_PADDING = 8
"""A cell's margins and grid line around its text."""
HEADING_PADDING = 14
"""A heading's padding and border around its text (kiosk.qss: 6 px either side)."""
MIN_COLUMN = 60


def _shrink(widths: list[int], floors: list[int], cut: int) -> list[int]:
    """``widths`` narrowed by ``cut`` in all, each in proportion to how far it is above its
    floor and never below it."""
    spare = sum(max(w - f, 0) for w, f in zip(widths, floors))
    if spare <= 0:
        return list(widths)
    cut = min(cut, spare)
    return [w - (max(w - f, 0) * cut + spare - 1) // spare for w, f in zip(widths, floors)]


def two_lines(title: str) -> str:
    """A heading of several words on two lines (headings are narrower than their cells)."""
    if len(title) < 10 or " " not in title:
        return title
    middle = len(title) // 2
    spaces = [i for i, c in enumerate(title) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1:]


class FilterProxy(QSortFilterProxyModel):
    """Keeps the rows that pass every column's filter: a text the cell contains (any case),
    or the code a list picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text: dict[int, str] = {}
        self._code: dict[int, str] = {}
        self.setSortRole(SORT_ROLE)

    def set_text_filter(self, column: int, text: str) -> None:
        self._set(self._text, column, text.strip().casefold())

    def set_code_filter(self, column: int, code: str) -> None:
        self._set(self._code, column, code)

    def clear_filters(self) -> None:
        self.beginFilterChange()
        self._text.clear()
        self._code.clear()
        self.endFilterChange()

    def _set(self, filters: dict[int, str], column: int, value: str) -> None:
        if filters.get(column, "") == value:
            return
        self.beginFilterChange()
        if value:
            filters[column] = value
        else:
            filters.pop(column, None)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        for column, text in self._text.items():
            cell = model.data(model.index(source_row, column, source_parent))
            if text not in str(cell or "").casefold():
                return False
        for column, code in self._code.items():
            if model.data(model.index(source_row, column, source_parent), FILTER_ROLE) != code:
                return False
        return True


class FilterHeader(QHeaderView):
    """Column headings with a filter field (or a list) under each, as on the portals."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(Qt.Orientation.Horizontal, table)
        self.editors: list[QWidget | None] = []
        self._padding = 6
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.sectionResized.connect(self.place_editors)
        self.sectionMoved.connect(self.place_editors)
        table.horizontalScrollBar().valueChanged.connect(self.place_editors)

    def set_editors(self, editors: Sequence[QWidget | None]) -> None:
        for editor in editors:
            if editor is not None:
                editor.setParent(self)
                editor.show()
        self.editors = list(editors)
        self.updateGeometries()

    def _editor_height(self) -> int:
        heights = [e.sizeHint().height() for e in self.editors if e is not None]
        return max(heights, default=0)

    def sizeHint(self):  # noqa: N802, ANN201 (Qt override)
        size = super().sizeHint()
        if any(e is not None for e in self.editors):
            size.setHeight(size.height() + self._editor_height() + self._padding)
        return size

    def updateGeometries(self) -> None:  # noqa: N802 (Qt override)
        extra = self._editor_height() + self._padding if any(self.editors) else 0
        self.setViewportMargins(0, 0, 0, extra)
        super().updateGeometries()
        self.place_editors()

    def place_editors(self, *_: object) -> None:
        height = self._editor_height()
        top = self.height() - height - self._padding // 2
        for index, editor in enumerate(self.editors):
            if editor is None:
                continue
            editor.move(self.sectionViewportPosition(index) + 2, top)
            editor.resize(max(self.sectionSize(index) - 4, 0), height)


class FilterTable(QWidget, Generic[R]):
    """A table of views with a filter under every column heading; emits ``row_chosen`` with
    the view of the row tapped (or chosen with Enter)."""

    row_chosen = Signal(object)
    filters_changed = Signal()

    def __init__(self, columns: Sequence[Column[R]], context: str, *, chooser: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowsModel[R] = RowsModel(columns, context, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("rows")
        self.header = FilterHeader(self.table)
        self.table.setHorizontalHeader(self.header)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegate(QStyledItemDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(TOUCH)
        self.table.verticalHeader().setMinimumSectionSize(TOUCH)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header.setStretchLastSection(True)
        self.header.setMinimumSectionSize(60)
        if chooser:
            self.table.clicked.connect(self._chosen)
            self.table.activated.connect(self._chosen)
        self.text_filters: dict[str, QLineEdit] = {}
        self.choice_filters: dict[str, QComboBox] = {}
        editors: list[QWidget | None] = []
        for index, column in enumerate(self.model.columns):
            editor: QWidget | None = None
            if column.filter == "text":
                edit = line_edit(column.keyboard or ("digits" if column.numeric else "text"))
                edit.setObjectName("filter")
                edit.setClearButtonEnabled(True)
                edit.textChanged.connect(lambda text, i=index: self._text_changed(i, text))
                self.text_filters[column.key] = edit
                editor = edit
            elif column.filter == "choice":
                combo = QComboBox()
                combo.setObjectName("filter")
                combo.setItemDelegate(QStyledItemDelegate(combo))
                combo.currentIndexChanged.connect(
                    lambda _=0, i=index, c=combo: self._choice_changed(i, c))
                self.choice_filters[column.key] = combo
                editor = combo
            editors.append(editor)
        self.header.set_editors(editors)
        self._choices: dict[str, list[tuple[str, str]]] = {}
        self._all = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self._fitting = False
        self.table.viewport().installEventFilter(self)

    # -- content -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.model.set_rows(rows)
        self.fit_columns()

    def visible_rows(self) -> list[R]:
        """The rows the filters let through, in the order shown."""
        return [self.model.row(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
                for i in range(self.proxy.rowCount())]

    def set_choices(self, key: str, choices: Sequence[tuple[str, str]]) -> None:
        """The entries of a column's list: (code, caption); «all» comes first."""
        self._choices[key] = list(choices)
        self._fill(key)

    def retranslate(self, placeholder: str, all_caption: str) -> None:
        """The filters' hint and the lists' «(Все)»; headings and cells follow the model."""
        self._all = all_caption
        for edit in self.text_filters.values():
            edit.setPlaceholderText(placeholder)
        for key in self.choice_filters:
            self._fill(key)
        self.model.retranslate()
        self.fit_columns()

    def clear_filters(self) -> None:
        for edit in self.text_filters.values():
            edit.clear()
        for combo in self.choice_filters.values():
            combo.setCurrentIndex(0)
        self.proxy.clear_filters()

    def fit_columns(self) -> None:
        """Columns as wide as their content, the table's width shared out: no sideways
        scrolling on a touch screen. When they would not fit, the long-text columns (names,
        statuses) narrow and wrap, but never below their longest word, their heading's
        longest word or their filter list's «(all)»; a heading too wide for its column goes
        one word a line. Room to spare widens every column alike."""
        count = self.model.columnCount()
        if not count:
            return
        self.model.stacked.clear()
        heading_metrics = self.header.fontMetrics()
        cell_metrics = self.table.fontMetrics()

        def heading(index: int, stacked: bool = False) -> int:
            title = QCoreApplication.translate(self.model.context, self.model.columns[index].title)
            lines = title.split() if stacked else two_lines(title).split("\n")
            return max((heading_metrics.horizontalAdvance(line) for line in lines),
                       default=0) + HEADING_PADDING

        def longest_word(index: int) -> int:
            widths = [cell_metrics.horizontalAdvance(word)
                      for row in range(self.model.rowCount())
                      for word in str(self.model.data(self.model.index(row, index)) or "").split()]
            return max(widths, default=0) + CELL_PADDING

        wanted = [max(self.table.sizeHintForColumn(i) + 2, heading(i), self._filter_width(i))
                  for i in range(count)]
        wraps = [self.model.columns[i].wrap for i in range(count)]
        floors = [max(longest_word(i), heading(i, stacked=True), self._filter_width(i), MIN_COLUMN)
                  if wraps[i] else wanted[i] for i in range(count)]
        room = self.table.viewport().width() - 4
        total = sum(wanted)
        if room > 200 and total > room and any(wraps):
            wanted = _shrink(wanted, floors, total - room)
            if sum(wanted) > room:  # still too wide: the long texts are cut, as a last resort
                hard = [MIN_COLUMN if wrap else w for w, wrap in zip(wanted, wraps)]
                wanted = _shrink(wanted, hard, sum(wanted) - room)
        elif room > 200 and total < room:
            spare = room - total
            wanted = [w + spare * w // total for w in wanted]
        for index, width in enumerate(wanted):
            if wraps[index] and width < heading(index):
                self.model.stacked.add(index)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)
        for index, width in enumerate(wanted):
            self.header.resizeSection(index, width)
        self.header.updateGeometries()
        if self.table.wordWrap():
            self.table.resizeRowsToContents()
        self.header.place_editors()

    def _filter_width(self, index: int) -> int:
        """The width a column's filter list needs to show «(all)» whole (0: no list)."""
        combo = self.choice_filters.get(self.model.columns[index].key)
        if combo is None or combo.count() == 0:
            return 0
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        text = QSize(combo.fontMetrics().horizontalAdvance(combo.itemText(0)), 0)
        size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
        return size.width() + 4  # the header leaves 2 px either side of an editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """The table's own width decides the columns' (it is known only once laid out)."""
        if (watched is self.table.viewport() and event.type() == QEvent.Type.Resize
                and self.model.rowCount()):
            if self._fitting:  # a scroll bar came or went while fitting: once more, after
                QTimer.singleShot(0, self._refit)
            else:
                self._refit()
        return False

    def _refit(self) -> None:
        self._fitting = True
        try:
            self.fit_columns()
        finally:
            self._fitting = False

    # -- internals ---------------------------------------------------------------------

    def _fill(self, key: str) -> None:
        combo = self.choice_filters[key]
        code = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self._all, "")
        for value, caption in self._choices.get(key, []):
            combo.addItem(caption, value)
        combo.setCurrentIndex(max(combo.findData(code), 0) if code else 0)
        combo.blockSignals(False)

    def _text_changed(self, column: int, text: str) -> None:
        self.proxy.set_text_filter(column, text)
        self.filters_changed.emit()

    def _choice_changed(self, column: int, combo: QComboBox) -> None:
        self.proxy.set_code_filter(column, str(combo.currentData() or ""))
        self.filters_changed.emit()

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_chosen.emit(self.model.row(self.proxy.mapToSource(index).row()))


class CodeCombo(QComboBox):
    """A list of (code, caption) entries after an «all» / «choose» entry with code "";
    keeps the chosen code when refilled (after a language change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(TOUCH)
        self.setItemDelegate(QStyledItemDelegate(self))

    def fill(self, first: str, entries: Sequence[tuple[str, str]]) -> None:
        code = self.code()
        self.blockSignals(True)
        self.clear()
        self.addItem(first, "")
        for value, caption in entries:
            self.addItem(caption, value)
        self.set_code(code)
        self.blockSignals(False)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else 0
        blocked = self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(blocked)
