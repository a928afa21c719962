"""Test harness: offscreen Qt, compiled translations, a fresh data directory per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TOP = Path(__file__).resolve().parents[1]


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile the translations when a .ts file is newer than its .qm."""
    from kiosk.i18n_build import release, ts_files

    qm_dir = TOP / "resources" / "i18n"
    stale = [ts for ts in ts_files()
             if not (qm := qm_dir / ts.with_suffix(".qm").name).exists()
             or qm.stat().st_mtime < ts.stat().st_mtime]
    if stale:
        release()


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads the developer's own settings or writes into their data directory."""
    for name in list(os.environ):
        if name.startswith("KIOSK_") and name != "KIOSK_RESOURCES":
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    return home


# --- shared by the central and sync tests: the demo PKI, the seeded central databases ------

from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator

    from central_kit import Templates

    from kiosk.eds.demo_pki import DemoPki


@pytest.fixture(scope="session")
def demo_pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
    """The demo PKI (keys for the demo register's adults), generated once per session."""
    from kiosk.eds.demo_pki import generate_demo_pki

    return generate_demo_pki(tmp_path_factory.mktemp("demo-pki"))


@pytest.fixture(scope="session")
def central_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    """Seeded central databases (SQLite file, PostgreSQL database) that tests copy."""
    from central_kit import Templates

    kit = Templates(tmp_path_factory.mktemp("central-templates"))
    yield kit
    kit.close()

