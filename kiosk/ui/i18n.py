"""Switching the interface language at run time without losing what was typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.resources import translations_dir

LOCALES = {
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan),
}


def current_language() -> str:
    """"kk" or "ru": the language of the installed translation (the default locale's)."""
    return QLocale().name()[:2]


class LanguageSwitcher:
    """Holds the installed translator; widgets re-read their captions on LanguageChange."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = ""

    def switch(self, language: str) -> None:
        """Install the translation of ``language`` ("kk" or "ru")."""
        if language == self.language:
            return
        translator = QTranslator(self._app)
        qm = translations_dir() / f"kiosk_{language}.qm"
        if not translator.load(str(qm)):
            raise FileNotFoundError(f"translation {qm} is missing: run `make translations`")
        # The locale first: widgets that re-read captions on LanguageChange see both at once.
        QLocale.setDefault(LOCALES[language])
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
        self._app.installTranslator(translator)
        self._translator = translator
        self.language = language

    def uninstall(self) -> None:
        """Remove the installed translation (a start-up screen hands over to the window)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
            self.language = ""
