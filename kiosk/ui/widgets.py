"""Small building blocks of the form pages: fields with their error, read-only values,
the step indicator, notices and in-window overlays.

None of them holds a translatable caption: the pages set every text, so each caption is
translated in the context of the page that shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.catalogue import Choice

TOUCH = 48
"""The smallest touch target, in pixels."""


Wording = Callable[[], str]
"""A message kept as the function that words it (``lambda: refusal_text(code, params)``,
``lambda: self.tr("…")``), so that a language switch can word it again."""


class RewordedLabel:
    """A label whose message follows the language: :meth:`say` shows a wording (or hides the
    label for None / ""), :meth:`reword` — call it from ``retranslate()`` — words it again in
    the language installed now."""

    def __init__(self, label: QLabel, hide_when_empty: bool = True) -> None:
        self.label = label
        self.hide_when_empty = hide_when_empty
        self.wording: Wording | None = None

    def say(self, wording: Wording | None) -> None:
        """Show ``wording``'s text now (None: nothing)."""
        self.wording = wording
        self.reword()

    def reword(self) -> None:
        """Word the message again (after a language switch)."""
        text = self.wording() if self.wording is not None else ""
        self.label.setText(text)
        if self.hide_when_empty:
            self.label.setVisible(bool(text))

    @property
    def text(self) -> str:
        return self.label.text()


def busy_bar(width: int) -> QProgressBar:
    """An endless progress bar, ``width`` pixels wide, hidden until slow work starts."""
    bar = QProgressBar()
    bar.setObjectName("busy")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setFixedWidth(width)
    bar.hide()
    return bar


def bar_button(kind: str, clicked: Callable[[], object]) -> QPushButton:
    """A «primary» or «secondary» button of a bottom button bar: touch-sized, wide enough for
    either language's caption."""
    button = QPushButton()
    button.setObjectName(kind)
    button.setMinimumHeight(TOUCH + 8)
    button.setMinimumWidth(200)
    button.clicked.connect(clicked)
    return button


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class FieldRow(QWidget):
    """A caption, the editor under it and the error under the editor."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.caption.setBuddy(editor)
        self.editor = editor
        self.editor.setMinimumHeight(TOUCH)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.editor)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def set_caption(self, text: str, required: bool = False) -> None:
        self.caption.setText(f"{text} *" if required else text)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def set_error(self, text: str) -> None:
        """Show ``text`` under the editor (nothing when empty) and mark the editor."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if self.editor.property("invalid") != bool(text):
            self.editor.setProperty("invalid", bool(text))
            repolish(self.editor)


def line_edit(keyboard: str = "text", max_length: int = 0) -> QLineEdit:
    """An editor; ``keyboard`` ("text", "latin", "digits", "phone") picks the on-screen layout."""
    edit = QLineEdit()
    hints = {
        "text": Qt.InputMethodHint.ImhNone,
        "latin": Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase,
        "digits": Qt.InputMethodHint.ImhDigitsOnly,
        "phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
    }
    edit.setInputMethodHints(hints[keyboard])
    if max_length:
        edit.setMaxLength(max_length)
    edit.setClearButtonEnabled(False)
    return edit


class ValueGrid(QWidget):
    """Read-only values from the register in columns: «caption  value» side by side, or
    (``stacked``) the caption small above its value."""

    def __init__(self, columns: Sequence[Sequence[str]], stacked: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(10 if stacked else 8)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        top = Qt.AlignmentFlag.AlignTop
        for column, keys in enumerate(columns):
            for row, key in enumerate(keys):
                if not key:
                    continue
                caption = QLabel()
                caption.setObjectName("valueCaption")
                caption.setWordWrap(True)
                value = QLabel()
                value.setObjectName("value")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if stacked:
                    cell = QVBoxLayout()
                    cell.setSpacing(0)
                    cell.addWidget(caption)
                    cell.addWidget(value)
                    grid.addLayout(cell, row, column, top)
                else:
                    grid.addWidget(caption, row, column * 2, top)
                    grid.addWidget(value, row, column * 2 + 1, top)
                self.captions[key] = caption
                self.values[key] = value
            if stacked:
                grid.setColumnStretch(column, 1)
            else:
                grid.setColumnStretch(column * 2, 2)
                grid.setColumnStretch(column * 2 + 1, 3)

    def set_captions(self, captions: dict[str, str]) -> None:
        for key, text in captions.items():
            self.captions[key].setText(text)

    def set_values(self, values: dict[str, str]) -> None:
        for key, label in self.values.items():
            label.setText(values.get(key, "") or "—")


class LanguageButtons(QWidget):
    """«Қазақша | Русский», each in its own language (never translated); emits "kk" / "ru"."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for language, name in (("kk", "Қазақша"), ("ru", "Русский")):
            button = QPushButton(name)
            button.setObjectName("language")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setMinimumHeight(TOUCH)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, lang=language: self.language_chosen.emit(lang))
            layout.addWidget(button)
            self.buttons[language] = button

    def set_current(self, language: str) -> None:
        if language in self.buttons:
            self.buttons[language].setChecked(True)


class StepIndicator(QWidget):
    """«Шаг 1 Заполните данные заявителя | Шаг 2 Заполните данные ребенка», one line."""

    def __init__(self, steps: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.steps: list[tuple[QFrame, QLabel, QLabel]] = []
        for _ in range(steps):
            frame = QFrame()
            frame.setObjectName("step")
            number = QLabel()
            number.setObjectName("stepNumber")
            title = QLabel()
            title.setObjectName("stepTitle")
            inner = QHBoxLayout(frame)
            inner.setContentsMargins(16, 6, 16, 6)
            inner.setSpacing(12)
            inner.addWidget(number)
            inner.addWidget(title, 1)
            layout.addWidget(frame, 1)
            self.steps.append((frame, number, title))

    def set_texts(self, texts: Sequence[tuple[str, str]]) -> None:
        for (_, number, title), (number_text, title_text) in zip(self.steps, texts):
            number.setText(number_text)
            title.setText(title_text)

    def set_current(self, index: int) -> None:
        for position, (frame, number, title) in enumerate(self.steps):
            state = "current" if position == index else ("done" if position < index else "todo")
            if frame.property("state") != state:
                for widget in (frame, number, title):
                    widget.setProperty("state", state)
                    repolish(widget)


class Notice(QFrame):
    """«Просим обратить внимание!» with its text, on a calm amber background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.title = QLabel()
        self.title.setObjectName("noticeTitle")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("noticeText")
        mark = QLabel("!")
        mark.setObjectName("noticeMark")
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QVBoxLayout()
        body.setSpacing(2)
        body.addWidget(self.title)
        body.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(12)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(body, 1)

    def set_texts(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)


class ChoiceCombo(QComboBox):
    """A list of ``Choice``s with a «Выберите из списка» placeholder; keeps its code on
    retranslation."""

    def __init__(self, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = tuple(choices)
        self.setMinimumHeight(TOUCH)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setItemDelegate(QStyledItemDelegate(self))  # lets the style sheet size the items

    def refill(self, placeholder: str) -> None:
        """Re-read every caption (after a language change), keeping the chosen code."""
        code = self.code()
        self.blockSignals(True)
        self.clear()
        self.addItem(placeholder, "")
        for choice in self._choices:
            self.addItem(choice.caption(), choice.code)
        self.set_code(code)
        self.blockSignals(False)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else 0
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)


class Overlay(QWidget):
    """A dimmed layer over its parent with a card in the middle (warnings, confirmations,
    the kiosk's scan picker). It stays inside the kiosk's window: no extra top-level window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.card.setMaximumWidth(880)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(32, 28, 32, 28)
        self.body.setSpacing(16)
        parent.installEventFilter(self)
        self.hide()

    def popup(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

