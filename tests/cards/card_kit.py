"""Constants, data and helpers of the card tests (conftest imports them; test modules import
from here)."""

from __future__ import annotations

import queue
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa
from vicc import EmulatedApplet, VirtualCard

from kiosk.eds.cards.monitor import CardEvent, CardEventKind
from kiosk.eds.cards.profiles import ProfileTable

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
SYSTEM_VPCD_CONF = Path("/etc/reader.conf.d/vpcd")
PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")

KAZTOKEN_ATR = bytes.fromhex("3B88014B415A544F4B454E82")
ID_CARD_ATR = bytes.fromhex("3B3E9500534F4D412D633030372D44533162")
ID_CARD_ATR_KASAKID = bytes.fromhex("3B771800004B4153414B4944")
UNKNOWN_ATR = bytes.fromhex("3B021450")

PIN = "12345678"
EVENT_LIMIT_S = 1.0


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


class Events:
    """A subscriber that queues the monitor's events for the test to wait on."""

    def __init__(self) -> None:
        self.queue: queue.SimpleQueue[CardEvent] = queue.SimpleQueue()

    def __call__(self, event: CardEvent) -> None:
        self.queue.put(event)

    def wait(self, kind: CardEventKind, reader: str, within: float = EVENT_LIMIT_S) -> CardEvent:
        deadline = time.monotonic() + within
        while True:
            try:
                event = self.queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {kind.value} in {reader} within {within} s") from None
            if event.kind is kind and event.reader == reader:
                return event


def insert(pcscd: Pcscd, slot: list[VirtualCard], events: Events, atr: bytes,
           applet: EmulatedApplet | None = None) -> tuple[VirtualCard, CardEvent, float]:
    """Put a card into the virtual reader (the ``slot`` fixture pulls it out at the end) and
    wait for the monitor to see it: the card, its event and how long that took."""
    card = VirtualCard(pcscd.port, atr, applet)
    start = time.monotonic()
    slot.append(card.insert())
    event = events.wait(CardEventKind.CARD_INSERTED, pcscd.reader)
    return card, event, event.at - start


def kaztoken(profiles: ProfileTable, keys: DemoCardKeys, **options: object) -> EmulatedApplet:
    """A Kaztoken (T=1) holding ``keys``, its PIN :data:`PIN`."""
    return EmulatedApplet(profiles.by_id("kaztoken"), keys.keys, pin=PIN, **options)  # type: ignore[arg-type]


def id_card(profiles: ProfileTable, keys: DemoCardKeys, **options: object) -> EmulatedApplet:
    """A Kazakh ID card (T=0) holding ``keys``, its PIN :data:`PIN`."""
    return EmulatedApplet(profiles.by_id("kz-id-card"), keys.keys, pin=PIN, t0=True, **options)  # type: ignore[arg-type]
