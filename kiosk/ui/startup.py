"""Start-up: what the kiosk prepares behind its home screen, with visible progress.

On the embedded default the first start generates the demo PKI and creates and seeds the
central database, which takes a while: :func:`prepare` does it on a background thread and
reports each step, while the home screen is already shown with its services waiting and a
:class:`StartupProgress` on it saying which step runs (never a frozen window) or, if something
fails, what failed and a way out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.central.errors import CentralError
from kiosk.eds.certificate import KeyPurpose
from kiosk.logs import get_logger
from kiosk.settings import Settings
from kiosk.sync.worker import SyncWorker
from kiosk.ui.session import ReferenceData
from kiosk.ui.signing.keys import KeyFile, KeySources
from kiosk.ui.widgets import busy_bar

_log = get_logger("app")

STEPS = ("demo_pki", "central", "sync", "lists")
Report = Callable[[str], None]


@dataclass
class Prepared:
    """What the window is built on."""

    worker: SyncWorker
    keys: KeySources
    reference: ReferenceData
    clerk_keys: KeySources
    """The keys a clerk may take the kiosk out of kiosk mode with (the demo clerk's in demo)."""

    def close(self) -> None:
        """Stop the link's threads (the kiosk is closing)."""
        self.worker.stop(timeout=5)
        self.worker.link.close()


def prepare(settings: Settings, report: Report = lambda _step: None) -> Prepared:
    """Demo PKI (demo environment), the central link (the embedded one migrated and seeded on
    first use), the sync worker, the key sources and the region's lists. Blocking."""
    from kiosk.central.verifier import demo_pki_dir, eds_policy
    from kiosk.sync.factory import open_link, open_sync

    demo = settings.eds.environment == "demo"
    if demo:
        report("demo_pki")
        from kiosk.eds.demo_pki import ensure_demo_pki

        ensure_demo_pki(demo_pki_dir(settings))
    report("central")
    link = open_link(settings)
    report("sync")
    worker = open_sync(settings, link)
    keys_dir = Path(settings.kiosk.keys_dir) if settings.kiosk.keys_dir else None
    policy = eds_policy(settings)
    keys = KeySources(folder=keys_dir, demo_pki_dir=demo_pki_dir(settings) if demo else None,
                      policy=policy)
    clerk_keys = KeySources(folder=keys_dir, policy=policy,
                            demo_files=_demo_clerk_key(settings) if demo else ())
    reference = ReferenceData(settings.kiosk.region)
    report("lists")
    try:
        worker.call(reference.load).result(timeout=settings.central.timeout_s * 3)
    except (CentralError, TimeoutError) as error:  # offline: the lists are read at a login
        _log.warning("the region's lists are not available yet: %s", getattr(error, "code", error))
    return Prepared(worker, keys, reference, clerk_keys)


def _demo_clerk_key(settings: Settings) -> tuple[KeyFile, ...]:
    from kiosk.central.demo_staff import ensure_demo_clerk_key
    from kiosk.central.verifier import demo_pki_dir

    path = ensure_demo_clerk_key(demo_pki_dir(settings))
    return (KeyFile(path, "ОПЕРАТОР ЦОН DEMO", KeyPurpose.AUTH, demo=True),)


class _Progress(QObject):
    step = Signal(str)


class StartupProgress(QWidget):
    """What is being prepared, on the home screen until the services are ready; on a failure
    the reason and «Выход»."""

    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startup")
        self._step = ""
        self._failed = False
        self.relay = _Progress(self)
        self.relay.step.connect(self._show_step)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        self.progress = busy_bar(320)
        self.progress.show()
        self.quit = QPushButton()
        self.quit.setObjectName("secondary")
        self.quit.clicked.connect(self.quit_requested)
        self.quit.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addWidget(self.message)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.quit, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def report(self, step: str) -> None:
        """Called from the preparing thread: the step now running."""
        try:
            self.relay.step.emit(step)
        except RuntimeError:  # the panel is gone
            pass

    def failed(self, text: str) -> None:
        """Show why the kiosk could not start, and «Выход»."""
        self._failed = True
        self.progress.hide()
        self.quit.show()
        self.message.setObjectName("error")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _show_step(self, step: str) -> None:
        self._step = step
        self.retranslate()

    def retranslate(self) -> None:
        self.quit.setText(self.tr("Quit"))
        if self._failed:
            return
        self.message.setText({
            "demo_pki": self.tr("Preparing the demo keys…"),
            "central": self.tr("Preparing the queue database (the first start takes a minute)…"),
            "sync": self.tr("Connecting to the central database…"),
            "lists": self.tr("Reading the region's lists…"),
        }.get(self._step, self.tr("Starting…")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
