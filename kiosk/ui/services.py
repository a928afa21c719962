"""The home screen's other services as :class:`~kiosk.ui.main_window.WindowSetup` screens:
«Журнал заявлений» (for the citizen who logged in), «Поиск номера очереди» and «Просмотр
статистики» (no login).

Each factory builds its screen for the window: the journal on the session's token and worker,
signing through the signing dialog over the window; «home» (``finished``) and the language
buttons go to the window. ``MainWindow.wipe()`` calls a screen's ``wipe()`` and drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.domain.rules import RegionRules
from kiosk.sync.worker import SyncWorker
from kiosk.ui.actions.base import Worker
from kiosk.ui.journal import JournalScreen
from kiosk.ui.journal.printing import DocumentOutput
from kiosk.ui.public import QueueSearchScreen, StatisticsScreen
from kiosk.ui.scan_picker import ScanChooser

ServiceFactory = Callable[[QWidget], QWidget]


def region_of(kato: str) -> str:
    """The region's KATO code for a region or district code (351010000 → 350000000)."""
    return kato if kato.endswith("0000000") or len(kato) < 2 else kato[:2] + "0000000"


def _connect(window: QWidget, screen: QWidget) -> None:
    languages = getattr(window, "languages", None)
    if languages is not None:
        screen.language_chosen.connect(languages.switch)  # type: ignore[attr-defined]


def journal_factory(*, rules: RegionRules, chooser: ScanChooser | None, max_scan_mb: int,
                    verify_base_url: str, output: DocumentOutput | None = None,
                    ) -> ServiceFactory:
    """«Журнал заявлений» for the window's logged-in citizen (``window.citizen_session``)."""

    def build(window: QWidget) -> QWidget:
        from kiosk.ui.signing import SigningDialog

        session = getattr(window, "citizen_session", None)
        if session is None or session.token is None:
            raise RuntimeError("the journal needs a logged-in citizen")
        kiosk_mode = bool(getattr(window, "kiosk_mode", True))
        holder: list[JournalScreen] = []

        def sign(document: bytes) -> Future[bytes]:
            page = holder[0].action_page if holder else None

            def summary() -> str:  # the action page's title, in the language shown now
                if page is not None and shiboken6.isValid(page):
                    return page.title.text()
                return QCoreApplication.translate("JournalScreen", "Applications journal")

            return SigningDialog.sign(window, document, session, summary=summary).future

        screen = JournalScreen(session.worker, session.token.token, sign, kiosk_mode=kiosk_mode,
                               rules=rules, chooser=chooser, max_scan_mb=max_scan_mb,
                               verify_base_url=verify_base_url, output=output,
                               service_centre=session.setup.service_centre)
        holder.append(screen)
        _connect(window, screen)
        screen.load()
        return screen

    return build


def search_factory(worker: Worker) -> ServiceFactory:
    """«Поиск номера очереди» (no login)."""

    def build(window: QWidget) -> QWidget:
        screen = QueueSearchScreen(worker, kiosk_mode=bool(getattr(window, "kiosk_mode", True)))
        _connect(window, screen)
        return screen

    return build


def statistics_factory(worker: Worker, region: str, rules: RegionRules) -> ServiceFactory:
    """«Просмотр статистики» of ``region`` (no login)."""

    def build(window: QWidget) -> QWidget:
        screen = StatisticsScreen(worker, kiosk_mode=bool(getattr(window, "kiosk_mode", True)),
                                  region=region_of(region), tz=rules.tz)
        _connect(window, screen)
        screen.load()
        return screen

    return build


def service_screens(worker: SyncWorker, *, region: str, rules: RegionRules,
                    chooser: ScanChooser | None, max_scan_mb: int, verify_base_url: str,
                    journal: bool = True) -> dict[str, ServiceFactory]:
    """The factories of the home buttons «Журнал заявлений», «Поиск номера очереди» and
    «Просмотр статистики» (``journal=False``: no login on this window, no journal)."""
    screens: dict[str, ServiceFactory] = {
        "search": search_factory(worker),
        "statistics": statistics_factory(worker, region, rules),
    }
    if journal:
        screens["journal"] = journal_factory(rules=rules, chooser=chooser,
                                             max_scan_mb=max_scan_mb,
                                             verify_base_url=verify_base_url)
    return screens
