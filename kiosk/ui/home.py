"""The home screen: language switch and the services a visitor can start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.i18n import current_language

TOUCH_HEIGHT = 64


class HomeScreen(QWidget):
    """Greets the visitor; emits ``language_chosen`` with "kk" or "ru"."""

    language_chosen = Signal(str)
    service_chosen = Signal(str)
    logout_requested = Signal()
    release_requested = Signal()

    SERVICES = ("register", "journal", "search", "statistics")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.kazakh = QPushButton("Қазақша")
        self.russian = QPushButton("Русский")
        self.kazakh.clicked.connect(lambda: self.language_chosen.emit("kk"))
        self.russian.clicked.connect(lambda: self.language_chosen.emit("ru"))
        self.citizen = QLabel()
        self.citizen.setObjectName("citizen")
        self.citizen.hide()
        self.logout = QPushButton()
        self.logout.setObjectName("secondary")
        self.logout.setMinimumHeight(TOUCH_HEIGHT)
        self.logout.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.logout.clicked.connect(self.logout_requested)
        self.logout.hide()
        languages = QHBoxLayout()
        self.top_row = languages
        languages.addWidget(self.citizen)
        languages.addWidget(self.logout)
        languages.addStretch()
        for button in (self.kazakh, self.russian):
            button.setObjectName("language")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.setMinimumWidth(180)
            languages.addWidget(button)
        self.service_buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 48)
        layout.addLayout(languages)
        layout.addStretch()
        layout.addWidget(self.title)
        layout.addSpacing(32)
        self._body = layout
        for key in self.SERVICES:
            button = QPushButton()
            button.setObjectName("service")
            button.setMinimumHeight(TOUCH_HEIGHT + 16)
            button.clicked.connect(lambda _=False, k=key: self.service_chosen.emit(k))
            self.service_buttons[key] = button
            layout.addWidget(button)
        layout.addStretch()
        self.release = QPushButton()
        self.release.setObjectName("serviceEntry")
        self.release.setMinimumHeight(48)
        self.release.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.release.clicked.connect(self.release_requested)
        self.release.hide()
        layout.addWidget(self.release, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def add_status_widget(self, widget: QWidget) -> None:
        """Put ``widget`` (the connection indicator) at the left of the top row."""
        self.top_row.insertWidget(0, widget)

    def show_startup(self, panel: QWidget) -> None:
        """Put the start-up progress under the title (the services wait until it is done)."""
        self._body.insertWidget(self._body.indexOf(self.title) + 2, panel)

    def offer_release(self, offered: bool) -> None:
        """Kiosk mode: show «Служебный вход» (a clerk's key leaves kiosk mode)."""
        self.release.setVisible(offered)

    def show_citizen(self, name: str | None) -> None:
        """Who is logged in (with «Выйти»), or nobody."""
        self._citizen_name = name or ""
        self.citizen.setVisible(bool(name))
        self.logout.setVisible(bool(name))
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read every caption from the installed translation."""
        name = getattr(self, "_citizen_name", "")
        self.citizen.setText(self.tr("You are logged in: {name}").replace("{name}", name))
        self.logout.setText(self.tr("Log out"))
        self.release.setText(self.tr("Staff entrance"))
        self.title.setText(self.tr("Enrolment in preschool organisations"))
        captions = {
            "register": self.tr("Register a child in the kindergarten queue"),
            "journal": self.tr("Applications journal"),
            "search": self.tr("Find a queue number"),
            "statistics": self.tr("View statistics"),
        }
        for key, button in self.service_buttons.items():
            button.setText(captions[key])
        (self.russian if current_language() == "ru" else self.kazakh).setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
