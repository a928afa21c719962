"""Switching the interface language at run time without losing what was typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.resources import translations_dir


class LanguageSwitcher:
    """Holds the installed translator; widgets re-read their captions on LanguageChange."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = ""

    def switch(self, language: str) -> None:
        """Install the translation of ``language`` ("kk" or "ru")."""
        translator = QTranslator(self._app)
        qm = translations_dir() / f"kiosk_{language}.qm"
        if not translator.load(str(qm)):
            raise FileNotFoundError(f"translation {qm} is missing: run `make translations`")
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
        self._app.installTranslator(translator)
        self._translator = translator
        self.language = language
