"""Constants and data of the card tests (conftest imports them; test modules import from here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
SYSTEM_VPCD_CONF = Path("/etc/reader.conf.d/vpcd")
PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")

KAZTOKEN_ATR = bytes.fromhex("3B88014B415A544F4B454E82")
ID_CARD_ATR = bytes.fromhex("3B3E9500534F4D412D633030372D44533162")
ID_CARD_ATR_KASAKID = bytes.fromhex("3B771800004B4153414B4944")
UNKNOWN_ATR = bytes.fromhex("3B021450")


@dataclass(frozen=True)
class DemoCardKeys:
    """A demo person's two keys, as a card holds them (slot name -> key, certificate DER)."""

    iin: str
    keys: dict[str, tuple[rsa.RSAPrivateKey, bytes]]


@dataclass(frozen=True)
class Pcscd:
    """A running pcscd: the vpcd port of the first virtual reader, and its name."""

    port: int
    reader: str
    owned: bool
