"""The caption table of the output documents: ``captions.toml`` next to this module.

Keys are dotted paths (``title.referral``, ``label.iin``); each names a Kazakh and a
Russian wording. The renderer asks only for keys; no wording lives in code.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from kiosk.documents.model import Bilingual, Language

CAPTIONS_FILE = Path(__file__).with_name("captions.toml")


def _flatten(table: Mapping[str, object], prefix: str,
             out: dict[str, Bilingual]) -> None:
    for key, value in table.items():
        path = f"{prefix}{key}"
        if not isinstance(value, dict):
            raise ValueError(f"{CAPTIONS_FILE.name}: {path} is not a table")
        if "kk" in value or "ru" in value:
            kk, ru = value.get("kk"), value.get("ru")
            if set(value) != {"kk", "ru"} or not isinstance(kk, str) or not isinstance(ru, str) \
                    or not kk.strip() or not ru.strip():
                raise ValueError(f"{CAPTIONS_FILE.name}: {path} needs exactly kk and ru texts")
            out[path] = Bilingual(kk=kk, ru=ru)
        else:
            _flatten(value, f"{path}.", out)


@cache
def caption_table() -> Mapping[str, Bilingual]:
    """Every caption, keyed by its dotted path (loaded and checked once)."""
    with CAPTIONS_FILE.open("rb") as stream:
        table = tomllib.load(stream)
    out: dict[str, Bilingual] = {}
    _flatten(table, "", out)
    return MappingProxyType(out)


def caption(key: str, lang: Language | str, **fields: object) -> str:
    """The caption ``key`` in ``lang``, its ``{placeholders}`` filled from ``fields``."""
    text = caption_table()[key](lang)
    return text.format(**fields) if fields else text


def both(key: str, lang: Language | str, **fields: object) -> tuple[str, str]:
    """The caption in the primary language ``lang``, then in the other one."""
    primary = Language(lang)
    return caption(key, primary, **fields), caption(key, primary.other, **fields)
