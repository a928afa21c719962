#!/usr/bin/env python3
"""Fill translations into translations/*.ts from a JSON catalogue (developer tool).

Usage: scripts/ts_fill.py CATALOGUE.json..., where each catalogue maps English source texts
to {"kk": "...", "ru": "..."}. Messages found get their translation and lose "unfinished".
`make i18n` re-extracts the sources, fills from translations/catalogue/*.json and compiles.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TOP = Path(__file__).resolve().parents[1]


def fill(catalogue: dict[str, dict[str, str]]) -> int:
    missing = 0
    for lang in ("kk", "ru"):
        path = TOP / "translations" / f"kiosk_{lang}.ts"
        tree = ET.parse(path)
        for message in tree.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            text = catalogue.get(source, {}).get(lang)
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                missing += 1
                print(f"{lang}: no translation for {source!r}", file=sys.stderr)
        ET.indent(tree)
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                        encoding="utf-8")
    return missing


if __name__ == "__main__":
    merged: dict[str, dict[str, str]] = {}
    for name in sys.argv[1:]:
        merged.update(json.loads(Path(name).read_text(encoding="utf-8")))
    sys.exit(1 if fill(merged) else 0)
