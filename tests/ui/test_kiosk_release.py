"""Kiosk mode has no way out to the desktop but a service-centre clerk's own key: «Служебный
вход» on the home screen opens the signing dialog for an organisation AUTH key; a parent's
key, another organisation's employee or a wrong password are refused there, in the visitor's
language, and the kiosk stays; the clerk's key closes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from central_kit import AIGERIM
from pytestqt.qtbot import QtBot

from kiosk.central.demo_staff import DEMO_CLERK_IIN, ensure_demo_clerk_key, issue_staff_key
from kiosk.central.service import CentralService
from kiosk.eds.certificate import KeyPurpose, NcaCertificate
from kiosk.eds.clerk import GOV4C_BIN, ClerkPolicy
from kiosk.eds.demo_pki import DemoPki
from kiosk.ui.main_window import MainWindow
from kiosk.ui.release import ClerkKeyDialog, KioskRelease
from kiosk.ui.signing import KeySources
from kiosk.ui.signing.keys import KeyFile
from tests.ui.conftest import click
from tests.ui.login_kit import (  # noqa: F401  (fixtures)
    central,
    keys,
    link,
    list_keys,
    login_window,
    pick_key_file,
    sqlite_central_url,
    signing_dialog,
    sms,
    worker,
)
from tests.ui.test_untranslated import english_sources

REFUSALS = {
    "ru": {"personal": "Это личный ключ", "other": "другой организации",
           "password": "Неверный пароль"},
    "kk": {"personal": "Бұл жеке кілт", "other": "басқа ұйым", "password": "Құпиясөз қате"},
}


@pytest.fixture
def release(keys: KeySources, demo_pki: DemoPki, tmp_path: Path) -> KioskRelease:  # noqa: F811
    """The demo clerk's key, a kindergarten employee's key and a parent's AUTH key on offer."""
    clerk = ensure_demo_clerk_key(demo_pki.directory)
    teacher = issue_staff_key(demo_pki.directory, tmp_path / "teacher", iin="900517410012",
                              bin="050540000001", organisation="ДС-001",
                              purpose=KeyPurpose.AUTH).file
    parent = demo_pki.key(AIGERIM, KeyPurpose.AUTH).file
    offered = tuple(KeyFile(path, owner, KeyPurpose.AUTH, demo=True)
                    for path, owner in ((clerk, "clerk"), (teacher, "teacher"), (parent, "parent")))
    sources = KeySources(policy=keys.policy, demo_files=offered, cards=False)
    return KioskRelease(sources, ClerkPolicy(), service_centre="")


def open_release(qtbot: QtBot, window: MainWindow) -> ClerkKeyDialog:
    assert window.home.release.isVisible()
    click(qtbot, window.home.release)
    dialog = signing_dialog(qtbot, window)
    assert isinstance(dialog, ClerkKeyDialog)
    return dialog


def sign_with_file(qtbot: QtBot, dialog: ClerkKeyDialog, path: Path) -> None:
    pick_key_file(qtbot, dialog.picker, path)
    list_keys(qtbot, dialog.picker)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.state in ("choosing", "closed"), timeout=15000)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_only_a_clerks_key_takes_the_kiosk_out_of_kiosk_mode(
        qtbot: QtBot, login_window: Callable[..., MainWindow], release: KioskRelease,
        central: CentralService, language: str) -> None:  # noqa: F811
    window = login_window(language, kiosk_mode=True, release=release)
    window.lock()  # as start_kiosk does
    window.close()  # Alt+F4, the window manager: ignored
    assert window.isVisible()
    window.showMinimized()  # a desktop shortcut
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert window.home.release.text() and \
        window.home.release.text() not in english_sources(language)
    dialog = open_release(qtbot, window)
    files = {key.owner: key.path for key in release.keys.demo_files}

    sign_with_file(qtbot, dialog, files["parent"])
    assert REFUSALS[language]["personal"] in dialog.picker.error.text()
    sign_with_file(qtbot, dialog, files["teacher"])
    assert REFUSALS[language]["other"] in dialog.picker.error.text()
    pick_key_file(qtbot, dialog.picker, files["clerk"])
    list_keys(qtbot, dialog.picker, "wrong-one")
    assert REFUSALS[language]["password"] in dialog.picker.error.text()
    assert dialog.isVisible() and window.isVisible()

    with qtbot.waitSignal(window.kiosk_left, timeout=15000) as left:
        sign_with_file(qtbot, dialog, files["clerk"])
    clerk = left.args[0]
    assert isinstance(clerk, NcaCertificate)
    assert (clerk.bin, clerk.iin) == (GOV4C_BIN, DEMO_CLERK_IIN)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_a_clerk_not_on_the_kiosks_list_is_refused(
        qtbot: QtBot, login_window: Callable[..., MainWindow], release: KioskRelease,
        central: CentralService) -> None:  # noqa: F811
    listed_only = KioskRelease(release.keys, ClerkPolicy(iins=("880412407322",)))
    window = login_window("ru", kiosk_mode=True, release=listed_only)
    dialog = open_release(qtbot, window)
    clerk = next(key.path for key in release.keys.demo_files if key.owner == "clerk")
    sign_with_file(qtbot, dialog, clerk)
    assert "нет в списке" in dialog.picker.error.text()
    assert window.isVisible()


def test_the_inactivity_wipe_closes_the_dialog_and_forgets_the_password(
        qtbot: QtBot, login_window: Callable[..., MainWindow], release: KioskRelease,
        central: CentralService) -> None:  # noqa: F811
    window = login_window("kk", kiosk_mode=True, release=release)
    dialog = open_release(qtbot, window)
    dialog.picker.secret.setText("Qwerty12")
    window.wipe()
    assert not window.findChildren(ClerkKeyDialog) or not dialog.isVisible()
    assert window.isVisible() and window.stack.currentWidget() is window.home


def test_a_clerks_desk_has_no_staff_entrance_and_closes_freely(
        qtbot: QtBot, login_window: Callable[..., MainWindow],
        central: CentralService) -> None:  # noqa: F811
    window = login_window("ru", kiosk_mode=False)
    assert not window.home.release.isVisible()
    assert window.request_release() is None
    window.close()
    assert not window.isVisible()
