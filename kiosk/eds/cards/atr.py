"""ATRs (Answer To Reset, ISO/IEC 7816-3) and the patterns card profiles are keyed by.

A pattern is written like the entries of pcsc-tools' ``smartcard_list.txt``: hex bytes
separated by spaces, where ``.`` stands for any hex digit, so ``3B 39 19 00 … 30 3.`` matches
``… 30 31`` and ``… 30 33`` alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEX_PAIR = re.compile(r"^[0-9A-Fa-f.]{2}$")


def format_atr(atr: bytes) -> str:
    """An ATR as upper-case hex pairs separated by spaces: ``3B 88 01 …``."""
    return " ".join(f"{byte:02X}" for byte in atr)


def _pairs(text: str) -> list[str]:
    cleaned = text.replace(":", " ").strip()
    if " " in cleaned:
        return cleaned.split()
    if len(cleaned) % 2:
        raise ValueError(f"odd number of hex digits in ATR {text!r}")
    return [cleaned[i:i + 2] for i in range(0, len(cleaned), 2)]


def parse_atr(text: str) -> bytes:
    """An ATR written in hex (spaces or colons optional); ValueError when it is not one."""
    pairs = _pairs(text)
    try:
        atr = bytes(int(pair, 16) for pair in pairs if _HEX_PAIR.match(pair) and "." not in pair)
    except ValueError:
        raise ValueError(f"not an ATR: {text!r}") from None
    if len(atr) != len(pairs) or not 2 <= len(atr) <= 33:
        raise ValueError(f"not an ATR: {text!r}")
    return atr


@dataclass(frozen=True)
class AtrPattern:
    """An ATR with wildcard hex digits; :meth:`matches` compares ``atr & mask == value``."""

    value: bytes
    mask: bytes

    @classmethod
    def parse(cls, text: str) -> AtrPattern:
        """Read ``3B 3E 95 00 … 31 6.``; ValueError when it is not a pattern."""
        pairs = _pairs(text)
        if not 2 <= len(pairs) <= 33 or not all(_HEX_PAIR.match(pair) for pair in pairs):
            raise ValueError(f"not an ATR pattern: {text!r}")
        value = bytes(int(pair.replace(".", "0"), 16) for pair in pairs)
        mask = bytes(int("".join("0" if c == "." else "F" for c in pair), 16) for pair in pairs)
        return cls(value, mask)

    def matches(self, atr: bytes) -> bool:
        """Whether ``atr`` has this pattern's length and its fixed digits."""
        return len(atr) == len(self.value) and all(
            byte & mask == value for byte, mask, value in zip(atr, self.mask, self.value, strict=True))

    def __str__(self) -> str:
        pairs = []
        for value, mask in zip(self.value, self.mask, strict=True):
            digits = zip(f"{value:02X}", f"{mask:02X}", strict=True)
            pairs.append("".join(digit if fixed == "F" else "." for digit, fixed in digits))
        return " ".join(pairs)
