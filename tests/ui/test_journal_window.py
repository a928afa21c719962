"""The home buttons of the journal and the public screens in the kiosk's window: login first
for the journal, the real signing dialog for its actions, «home», and the wipe."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from central_fixtures import signer  # noqa: F401  (fixture)
from central_kit import AIGERIM, NURISLAM, Signer
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.central.protocol import Register
from kiosk.central.service import CentralService
from kiosk.domain.numbers import QueueType
from kiosk.domain.rules import RegionRules
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.sync.worker import SyncWorker
from kiosk.ui.application import create_window
from kiosk.ui.demo import DEMO_CATALOGUE
from kiosk.ui.journal import JournalScreen
from kiosk.ui.main_window import MainWindow, WindowSetup
from kiosk.ui.public import QueueSearchScreen, StatisticsScreen
from kiosk.ui.registration import RegistrationSetup
from kiosk.ui.screenshots import DEMO_TODAY, SIZES
from kiosk.ui.services import service_screens
from kiosk.ui.session import LoginSetup, ReferenceData
from kiosk.ui.signing import KeySources
from tests.ui.conftest import FakeChooser, click
from tests.ui.login_kit import (  # noqa: F401  (fixtures)
    REGION,
    central,
    give_email,
    keys,
    link,
    list_keys,
    log_in_by_key,
    pick_key_file,
    signing_dialog,
    sqlite_central_url,
    worker,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, worker: SyncWorker, keys: KeySources) -> Iterator[MainWindow]:
    """A clerk's window with login, signing and the three services, as the kiosk builds it."""
    chooser = FakeChooser()
    setup = WindowSetup(
        registration=RegistrationSetup(DEMO_CATALOGUE, chooser, 10), home_language="ru",
        login=LoginSetup(worker, keys, ReferenceData(REGION), service_centre="ЦОН-7",
                         today=lambda: DEMO_TODAY),
        screens=service_screens(worker, region="351010000", rules=RegionRules(),
                                chooser=chooser, max_scan_mb=10,
                                verify_base_url="http://127.0.0.1:8000"))
    win = create_window("ru", False, setup)
    qtbot.addWidget(win)
    win.resize(*SIZES[False])
    win.show()
    yield win
    win.close()


def test_the_journal_asks_for_a_login_and_signs_with_the_signing_dialog(
        qtbot: QtBot, window: MainWindow, central: CentralService, signer: Signer,  # noqa: F811
        demo_pki: DemoPki) -> None:
    number = central.submit(signer.request(AIGERIM, Register(
        AIGERIM, NURISLAM, QueueType.ORDINARY, "351010000", email="aigerim@mail.kz"))).number
    assert window.home.service_buttons["journal"].isEnabled()
    log_in_by_key(qtbot, window, demo_pki, AIGERIM, service="journal")
    if window.login is not None:  # a first login asks for the e-mail
        give_email(qtbot, window)
    screen = window.service
    assert isinstance(screen, JournalScreen) and window.stack.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.table.model.rowCount() == 1, timeout=10000)
    screen.open(number or "")
    qtbot.waitUntil(lambda: screen.current_page() is screen.view, timeout=10000)
    click(qtbot, screen.view.actions_bar.buttons["confirm_interest"])
    page = screen.action_page
    assert page is not None
    click(qtbot, page.primary)
    dialog = signing_dialog(qtbot, window)  # the real one, over the window
    assert dialog.summary.text() == page.title.text()
    pick_key_file(qtbot, dialog.picker, demo_pki.key(AIGERIM, KeyPurpose.SIGN).file)
    list_keys(qtbot, dialog.picker)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: screen.view.history.model.rowCount() == 2, timeout=15000)
    history = central.application(AIGERIM, number or "").history
    assert [(h.action, h.service_centre) for h in history] == [
        ("register", ""), ("confirm_interest", "ЦОН-7")]  # the clerk's desk, from its setup
    # «На главную»: home, still logged in; the journal opens again without a login
    click(qtbot, screen.header.home)
    assert window.stack.currentWidget() is window.home and window.citizen_session is not None
    click(qtbot, window.home.service_buttons["journal"])
    assert isinstance(window.service, JournalScreen) and window.login is None
    # the wipe drops the journal and everything it held
    journal = window.service
    window.wipe()
    assert window.service is None and window.session is None
    assert journal.table.model.rowCount() == 0 and journal.detail is None and journal.token == ""


def test_search_and_statistics_need_no_login(qtbot: QtBot, window: MainWindow,
                                             central: CentralService, signer: Signer) -> None:  # noqa: F811
    central.submit(signer.request(AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY,
                                                    "351010000")))
    click(qtbot, window.home.service_buttons["search"])
    search = window.service
    assert isinstance(search, QueueSearchScreen) and window.login is None
    search.iin.setText(NURISLAM)
    click(qtbot, search.find)
    qtbot.waitUntil(lambda: search.results.model.rowCount() == 1, timeout=10000)
    qtbot.mouseClick(search.header.languages.buttons["kk"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: search.header.title.text() == "Кезек нөмірін іздеу")
    assert search.iin.text() == NURISLAM  # nothing typed is lost
    click(qtbot, search.header.home)
    assert window.stack.currentWidget() is window.home and window.service is None
    click(qtbot, window.home.service_buttons["statistics"])
    statistics = window.service
    assert isinstance(statistics, StatisticsScreen)
    qtbot.waitUntil(lambda: statistics.table.model.rowCount() > 0, timeout=10000)
    assert statistics.region.code() == REGION
    window.wipe()
    assert window.service is None and window.stack.currentWidget() is window.home
