"""Renders every screen of the kiosk into PNG files (docs/screens), in both languages and
both modes, with the demo data: ``python -m kiosk.ui.screenshots docs/screens``.

The same walk serves the tests that look for untranslated captions.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.domain import demo_register
from kiosk.settings import KioskSection
from kiosk.ui.application import create_window, demo_setup
from kiosk.ui.demo import demo_registration
from kiosk.ui.keyboard import HIDE
from kiosk.ui.main_window import MainWindow, WindowSetup
from kiosk.ui.scan_picker import ScanFolderPicker
from kiosk.ui.widgets import ChoiceCombo
from kiosk.wizard.registration import Receipt

DEMO_TODAY = date(2026, 11, 25)
SIZES = {True: (1280, 1024), False: (1280, 800)}
MOTHER = demo_register.DEMO_ADULTS[0]
SON = demo_register.children_of(MOTHER.iin)[0]
DEMO_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def demo_window(language: str, kiosk_mode: bool, scan_dir: Path | None = None,
                today: date = DEMO_TODAY, inactivity: bool = True) -> MainWindow:
    """A window on the demo register with a fixed «today», sized like the real screens."""
    base = demo_setup(kiosk_mode, KioskSection(language=language),  # type: ignore[arg-type]
                      scan_dir=scan_dir)
    setup = WindowSetup(start_registration=lambda: demo_registration(MOTHER.iin, today),
                        registration=base.registration,
                        inactivity=base.inactivity if inactivity else None,
                        home_language=language)
    window = create_window(language, kiosk_mode, setup)
    window.resize(*SIZES[kiosk_mode])
    return window


def settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def typed(edit: QLineEdit, text: str) -> None:
    """As if ``text`` was typed: the field changes and reports the edit."""
    edit.setText(text)
    edit.textEdited.emit(text)


def picked(combo: ChoiceCombo, code: str) -> None:
    """As if the entry with ``code`` was chosen from the list."""
    combo.set_code(code)
    combo.activated.emit(combo.currentIndex())


def walk(window: MainWindow, scan: Path) -> Iterator[str]:
    """Drive ``window`` through every page, yielding a name while each is on screen."""
    yield "home"
    screen = window.start_registration()
    assert screen is not None
    settle()
    yield "description"
    screen.go_next()  # not acknowledged: the error shows
    settle()
    yield "description-error"
    screen.description.acknowledge.setChecked(True)
    screen.go_next()
    settle()
    yield "step1"
    typed(screen.applicant.edit("email"), "aigerim")
    typed(screen.applicant.edit("phone"), "8701")
    screen.go_next()
    settle()
    yield "step1-errors"
    typed(screen.applicant.edit("email"), "aigerim@mail.kz")
    typed(screen.applicant.edit("phone"), "+7 701 123 45 67")
    screen.go_next()
    settle()
    yield "step2"
    screen.go_next()
    settle()
    yield "step2-errors"
    typed(screen.child.iin_edit, SON.iin)
    picked(screen.child.district_combo, "351010000")
    screen.child.beneficiary.setChecked(True)
    picked(screen.child.category_combo, "large_family")
    screen.child.add_scan_files([scan])
    if window.keyboard is not None:
        window.keyboard.press(HIDE)
    settle()
    screen.child.scroll.ensureWidgetVisible(screen.child.add_scan, 0, 200)
    settle()
    yield "step2-benefit"
    screen.child.queue_buttons[list(screen.child.queue_buttons)[1]].click()
    settle()
    yield "step2-sanatorium"
    if window.kiosk_mode:
        os.utime(scan)  # the scanner has just written it
        screen.child.add_scan.click()
        settle()
        yield "scan-picker"
        for picker in window.findChildren(ScanFolderPicker):
            picker.close_picker()
    screen.cancel()
    settle()
    yield "cancel-confirm"
    screen.confirm.stay.click()
    screen.child.queue_buttons[list(screen.child.queue_buttons)[0]].click()
    screen.go_next()
    settle()
    yield "signing-wait"
    screen.submitted(Receipt("UO.2026.000147.1", 18355, pending_delivery=False))
    settle()
    yield "result"
    window.wipe()
    screen = window.start_registration()
    assert screen is not None
    screen.wizard.acknowledge(True)
    screen.wizard.next()
    screen.wizard.edit_applicant(email="aigerim@mail.kz", phone="+77011234567")
    screen.wizard.next()
    screen.wizard.edit_child(child_iin=SON.iin, district="351010000")
    screen.go_next()
    screen.submitted(Receipt("UO.2026.000148.1", None, pending_delivery=True))
    settle()
    yield "result-pending"
    if window.warning is not None:
        window.warning.show_left(25_000)
        window.warning.popup()
        settle()
        yield "inactivity"
        window.warning.hide()
    window.wipe()


def render_screens(out_dir: Path, languages: tuple[str, ...] = ("kk", "ru"),
                   modes: tuple[bool, ...] = (True, False)) -> list[Path]:
    """Save every page in every language and mode as ``[clerk-]<lang>-<page>.png``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        scans = Path(scratch)
        scan = scans / "anyqtama-kop-balaly-otbasy.pdf"
        scan.write_bytes(DEMO_PDF)
        for kiosk_mode in modes:
            for language in languages:
                window = demo_window(language, kiosk_mode, scan_dir=scans, inactivity=kiosk_mode)
                window.show()
                settle()
                prefix = "" if kiosk_mode else "clerk-"
                for name in walk(window, scan):
                    path = out_dir / f"{prefix}{language}-{name}.png"
                    grab(window).save(str(path))
                    written.append(path)
                window.close()
                window.deleteLater()
                settle()
    return written


def grab(widget: QWidget) -> QPixmap:
    settle()
    return widget.grab()


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(argv[:1])
    assert app is not None
    out = Path(argv[1]) if len(argv) > 1 else Path("docs/screens")
    for path in render_screens(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
