"""Every reason the central service gives for a moved queue number has a sentence, translated
into Kazakh and Russian; what the kiosk does not know yet gets a general sentence, never a
raw code."""

from __future__ import annotations

import inspect
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.central import positions
from kiosk.central.views import PositionReasonView
from kiosk.ui.journal.position import (
    CONTEXT,
    LEFT_AHEAD,
    OTHER_REASON,
    REASONS,
    REGISTERED_EARLIER,
    has_position,
    reason_text,
)
from kiosk.ui.labels import PRIORITY, label

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def tr(source: str) -> str:
    """``source`` in whatever translation an earlier test left installed (or none)."""
    return QCoreApplication.translate(CONTEXT, source)


EXAMPLES: dict[str, list[dict[str, str | int]]] = {
    "first_look": [{}],
    "unchanged": [{}],
    "registered_ahead": [{"priority": p, "count": 2}
                         for p in ("out_of_turn", "first_priority", "general")],
    "left_ahead": [{"cause": c, "count": 3} for c in ("referral", "withdrawn", "removed")],
    "returned_ahead": [{"count": 1}],
    "benefit_raised_ahead": [{"count": 4}],
    "benefit_lowered_behind": [{"count": 5}],
    "own_benefit_changed": [{"from": "general", "to": "out_of_turn"}],
}
"""The codes of :class:`PositionReasonView` with every parameter value the service gives."""


def test_every_code_the_central_service_gives_has_a_sentence() -> None:
    given = set(re.findall(r'PositionReasonView\(\s*"(\w+)"', inspect.getsource(positions)))
    assert given == set(EXAMPLES), "a new reason code needs its sentence in position.py"
    assert set(positions._LEFT.values()) | {"removed"} == set(LEFT_AHEAD)  # noqa: SLF001
    for code, variants in EXAMPLES.items():
        for params in variants:
            text = reason_text(PositionReasonView(code, params), "general")
            assert text != tr(OTHER_REASON) and not re.search(r"\{\w+\}", text), (code, params)
            assert "_" not in text, (code, params)  # no raw code such as out_of_turn


def test_benefit_classes_are_shown_by_their_captions() -> None:
    changed = reason_text(PositionReasonView("own_benefit_changed",
                                             {"from": "general", "to": "out_of_turn"}), "general")
    assert changed == tr(REASONS["own_benefit_changed"]).replace(
        "{from}", label(PRIORITY, "general")).replace("{to}", label(PRIORITY, "out_of_turn"))
    ahead = reason_text(PositionReasonView("registered_ahead",
                                           {"priority": "first_priority", "count": 2}), "general")
    assert ahead == tr(REASONS["registered_ahead"]).replace(
        "{priority}", label(PRIORITY, "first_priority")).replace("{count}", "2")
    same = reason_text(PositionReasonView("registered_ahead",
                                          {"priority": "general", "count": 1}), "general")
    assert same == tr(REGISTERED_EARLIER).replace(
        "{priority}", label(PRIORITY, "general")).replace("{count}", "1")


@pytest.mark.parametrize("reason", [
    PositionReasonView("moved_by_court_order", {"count": 1}),
    PositionReasonView("left_ahead", {"cause": "emigrated", "count": 1}),
    PositionReasonView("registered_ahead", {"priority": "super_priority", "count": 1}),
    PositionReasonView("own_benefit_changed", {"from": "general", "to": "platinum"}),
    PositionReasonView("returned_ahead", {}),
], ids=["code", "cause", "priority", "benefit", "missing-count"])
def test_what_the_kiosk_does_not_know_gets_the_general_sentence(
        reason: PositionReasonView) -> None:
    assert reason_text(reason, "general") == tr(OTHER_REASON)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_sentence_is_translated(language: str) -> None:
    tree = ET.parse(TRANSLATIONS / f"kiosk_{language}.ts")
    done = {m.findtext("source", ""): m.find("translation")
            for c in tree.iter("context") if c.findtext("name") == CONTEXT
            for m in c.iter("message")}
    for source in [*REASONS.values(), *LEFT_AHEAD.values(), REGISTERED_EARLIER, OTHER_REASON]:
        translation = done.get(source)
        assert translation is not None, f"not extracted: {source!r} (run `make i18n`)"
        assert translation.get("type") != "unfinished" and translation.text, source
        assert translation.text != source
        placeholders = set(re.findall(r"\{\w+\}", source))
        assert set(re.findall(r"\{\w+\}", translation.text)) == placeholders, source


def test_only_applications_in_the_queue_have_a_position() -> None:
    assert [s for s in ("queued", "notified", "referral_issued", "enrolled", "removed",
                        "refused", "archived") if has_position(s)] == ["queued", "notified"]
