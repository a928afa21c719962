import logging
from pathlib import Path

import pytest

from kiosk.logs import get_logger, redact, setup_logging


def test_each_area_writes_its_own_file_with_personal_data_masked(tmp_path: Path) -> None:
    setup_logging(tmp_path, "INFO")
    get_logger("sync").info("delivered application of %s, phone %s, mail %s",
                            "900517410012", "+7 701 123 45 67", "aigerim@example.kz")
    get_logger("eds").warning("key of 881102310026 refused")
    for handler in logging.getLogger("kiosk.sync").handlers + logging.getLogger("kiosk.eds").handlers:
        handler.flush()
    sync_log = (tmp_path / "sync.log").read_text(encoding="utf-8")
    eds_log = (tmp_path / "eds.log").read_text(encoding="utf-8")
    assert "delivered application of <iin>, phone <phone>, mail <email>" in sync_log
    assert "900517410012" not in sync_log and "aigerim" not in sync_log
    assert "key of <iin> refused" in eds_log and "881102310026" not in eds_log


def test_exceptions_in_logs_are_masked_too(tmp_path: Path) -> None:
    setup_logging(tmp_path, "INFO")
    try:
        raise ValueError("child 220403520013 not found")
    except ValueError:
        get_logger("central").exception("lookup failed")
    for handler in logging.getLogger("kiosk.central").handlers:
        handler.flush()
    text = (tmp_path / "central.log").read_text(encoding="utf-8")
    assert "lookup failed" in text and "child <iin> not found" in text
    assert "220403520013" not in text


def test_redact_leaves_ordinary_text_alone() -> None:
    assert redact("queue UO.2026.000123.1 moved 3 places") == "queue UO.2026.000123.1 moved 3 places"


def test_unknown_area_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        get_logger("misc")
