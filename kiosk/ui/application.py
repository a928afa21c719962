"""Starting the Qt application: fonts, style, translation, the main window.

:func:`run_kiosk` is the real start (``kiosk`` with no subcommand): the home screen at once,
its services waiting with the start-up progress on it while :func:`kiosk.ui.startup.prepare`
readies the demo PKI, the central link and the sync worker off the UI thread, then the window
attached to a :class:`WindowSetup` with login and signing.
:func:`demo_setup` keeps the demo window (no login) for screenshots and tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.documents.samples import DEMO_VERIFY_BASE_URL
from kiosk.logs import get_logger
from kiosk.settings import KioskSection, Settings
from kiosk.ui.gc_guard import collect_on_ui_thread
from kiosk.ui.demo import DEMO_CATALOGUE, demo_registration
from kiosk.ui.errors import failure_text
from kiosk.ui.session import LoginSetup
from kiosk.ui.startup import Prepared, StartupProgress, prepare
from kiosk.ui.tasks import run_in_background, watch
from kiosk.ui.fonts import install_fonts
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.inactivity import InactivityTimes
from kiosk.ui.main_window import MainWindow, WindowSetup
from kiosk.ui.registration import RegistrationSetup
from kiosk.ui.release import KioskRelease
from kiosk.ui.scan_picker import FileDialogChooser, FolderChooser
from kiosk.ui.services import service_screens
from kiosk.ui.style import apply_style

BASE_POINT_SIZE = {True: 16, False: 10}  # kiosk mode: large type for a touch screen


def demo_setup(kiosk_mode: bool, kiosk: KioskSection | None = None,
               scan_dir: Path | None = None) -> WindowSetup:
    """A window setup on the demo register and demo lists (until login and central exist)."""
    kiosk = kiosk or KioskSection()
    chooser = FolderChooser(scan_dir) if kiosk_mode else FileDialogChooser()
    return WindowSetup(
        start_registration=demo_registration,
        registration=RegistrationSetup(DEMO_CATALOGUE, chooser, kiosk.max_scan_mb),
        inactivity=InactivityTimes.from_settings(kiosk) if kiosk_mode else None,
        home_language=kiosk.language,
    )


def create_window(language: str, kiosk_mode: bool, setup: WindowSetup | None = None) -> MainWindow:
    """Build the main window on the running QApplication, in ``language``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist"
    install_fonts(app, BASE_POINT_SIZE[kiosk_mode])
    apply_style(app, kiosk_mode)
    languages = LanguageSwitcher(app)
    languages.switch(language)
    if setup is None:
        get_logger("ui").warning("no login yet: registrations run for a demo applicant")
        setup = demo_setup(kiosk_mode, KioskSection(language=language))  # type: ignore[arg-type]
    return MainWindow(languages, kiosk_mode, setup)


def kiosk_setup(settings: Settings, kiosk_mode: bool, prepared: Prepared,
                language: str | None = None) -> WindowSetup:
    """The window's setup for the real flow: login, the citizen's own key, the sync worker."""
    kiosk = settings.kiosk
    scans = Path(kiosk.scans_dir) if kiosk.scans_dir else None
    chooser = FolderChooser(scans) if kiosk_mode else FileDialogChooser()
    catalogue = prepared.reference.catalogue or DEMO_CATALOGUE
    return WindowSetup(
        registration=RegistrationSetup(catalogue, chooser, kiosk.max_scan_mb),
        inactivity=InactivityTimes.from_settings(kiosk) if kiosk_mode else None,
        home_language=language or kiosk.language,
        login=LoginSetup(prepared.worker, prepared.keys, prepared.reference,
                         service_centre="" if kiosk_mode else kiosk.service_centre),
        screens=service_screens(prepared.worker, region=kiosk.region,
                                rules=settings.region_rules(), chooser=chooser,
                                max_scan_mb=kiosk.max_scan_mb,
                                verify_base_url=settings.central.url or DEMO_VERIFY_BASE_URL),
        verify_base_url=settings.central.url or DEMO_VERIFY_BASE_URL,
        rules=settings.region_rules(),
        release=KioskRelease(prepared.clerk_keys, kiosk.clerk_policy(), kiosk.service_centre)
        if kiosk_mode else None,
    )


def show_window(window: QWidget, kiosk_mode: bool) -> None:
    """Kiosk mode: the whole screen, also in a bare X session with no window manager to honour
    "full screen"; clerk mode: a 1280×800 window."""
    if kiosk_mode:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()


def start_kiosk(settings: Settings, kiosk_mode: bool, language: str | None = None) -> MainWindow:
    """Show the home screen at once and start :func:`prepare` behind it: the services wait,
    with the progress on the home screen, until the window is attached to what it prepared
    (``window.attached`` is emitted then)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Balabaqsha")
    collect_on_ui_thread(app)
    language = language or settings.kiosk.language
    waiting = WindowSetup(
        inactivity=InactivityTimes.from_settings(settings.kiosk) if kiosk_mode else None,
        home_language=language)
    window = create_window(language, kiosk_mode, waiting)
    if kiosk_mode:
        window.lock()  # from the first moment: only a clerk's key (or a failed start) ends it
    progress = StartupProgress()
    progress.quit_requested.connect(window.close_unlocked)  # a kiosk that could not start
    window.home.show_startup(progress)
    show_window(window, kiosk_mode)
    log = get_logger("app")

    def ready(prepared: Prepared) -> None:
        app.aboutToQuit.connect(prepared.close)
        try:
            setup = kiosk_setup(settings, kiosk_mode, prepared, language)
        except Exception as error:  # noqa: BLE001 - said on screen, with «Выход»
            failed(error)
            return
        progress.hide()
        progress.deleteLater()
        window.attach(setup)

    def failed(error: BaseException) -> None:
        log.error("the kiosk could not start: %s", type(error).__name__, exc_info=error)
        progress.failed(failure_text(error, signing=False) + "\n" + str(error))

    watch(run_in_background(lambda: prepare(settings, progress.report)), ready, failed, window)
    return window


def run_kiosk(settings: Settings, kiosk_mode: bool, language: str | None = None) -> int:
    """Start the kiosk (:func:`start_kiosk`) and run it until it closes; the exit code."""
    window = start_kiosk(settings, kiosk_mode, language)
    code = QApplication.exec()
    window.hide()  # the window is held until the loop has ended
    return code
