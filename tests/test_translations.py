"""Every caption is translated into Kazakh and Russian, with the same placeholders."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
PLACEHOLDER = re.compile(r"%\d+|%n|\{\w*\}")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_message_is_unfinished_and_placeholders_match(lang: str) -> None:
    tree = ET.parse(TRANSLATIONS / f"kiosk_{lang}.ts")
    messages = list(tree.iter("message"))
    assert messages, "no messages: run `make lupdate`"
    for message in messages:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        assert translation.text, f"empty {lang} translation of {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source
