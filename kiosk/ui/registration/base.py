"""What the registration pages share: a scrolling body over a fixed row of buttons, and
the register's address in parts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.scrolling import scroll_page
from kiosk.ui.widgets import TOUCH
from kiosk.wizard.registration import RegistrationState, RegistrationWizard


@dataclass(frozen=True)
class AddressParts:
    """The address of residence as the register holds it, shown field by field on Step 1."""

    city: str = ""
    district: str = ""
    street: str = ""
    house: str = ""
    flat: str = ""


@runtime_checkable
class AddressLookup(Protocol):
    """A register that can give the address in parts (the wizard keeps it as one string)."""

    def address_of(self, iin: str) -> AddressParts | None: ...


def format_date(day: date | None) -> str:
    """Dates as the portals write them: 31.07.2018."""
    return day.strftime("%d.%m.%Y") if day else ""


def section_title() -> QLabel:
    label = QLabel()
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    return label


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("section")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 16, 24, 20)
    layout.setSpacing(12)
    return frame, layout


def nav_button(primary: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName("primary" if primary else "secondary")
    button.setMinimumHeight(TOUCH + 8)
    button.setMinimumWidth(220)
    return button


class FormPage(QWidget):
    """A page of the flow: renders ``wizard.state``; reports what the user did.

    Subclasses build their body into ``self.body`` and their buttons into ``self.buttons``,
    and implement ``retranslate`` and ``render``. No caption lives here (``self.tr`` takes
    its context from the runtime class).
    """

    next_clicked = Signal()
    back_clicked = Signal()
    wants_keyboard = False

    def __init__(self, wizard: RegistrationWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wizard = wizard
        self.scroll, self.content, self.body = scroll_page()
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(32, 8, 32, 8)
        self.buttons.setSpacing(16)
        bar = QFrame()
        bar.setObjectName("buttonBar")
        bar.setLayout(self.buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(bar)

    def retranslate(self) -> None:
        """Re-read every caption."""

    def render(self, state: RegistrationState) -> None:
        """Show ``state`` (values and errors) without touching what is being typed."""

    def first_field(self) -> QWidget | None:
        """The field that gets the focus when the page appears."""
        return None

    def show_errors(self) -> None:
        """A move on was tried: show every error of the state again."""
        self.render(self.wizard.state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.render(self.wizard.state)
        super().changeEvent(event)
