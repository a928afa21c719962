"""What the UI implements so that card operations can talk to the citizen.

Electrum's ``HardwareHandlerBase`` in small: the card code (on the card thread) calls
:meth:`CardHandler.show_message` for "insert your card", "card removed", "unsupported card",
"PIN blocked", and :meth:`CardHandler.request_pin` for "enter PIN" and "PIN wrong, 2 tries
left", and waits for the answer. A Qt implementation emits a signal to the GUI thread and
waits on an event for the PIN (as electrum's ``QtHandlerBase`` does); the GUI thread itself
never calls into the card code, it submits work to the card thread.

Messages carry stable codes (:class:`CardPrompt`) and data, never text: the UI words them
in the citizen's language.
"""

from __future__ import annotations

import abc
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from kiosk.eds.cards.monitor import CardInfo
from kiosk.eds.keystore import StoreKind


class CardPrompt(enum.Enum):
    """What to tell the citizen; values are stable codes for the translations."""

    INSERT_CARD = "insert_card"  # no suitable card yet (``kind`` says which)
    NO_READER = "no_reader"  # no card reader attached
    UNSUPPORTED_CARD = "unsupported_card"  # a card with an unknown ATR (``card.atr_text``)
    WRONG_CARD_KIND = "wrong_card_kind"  # e.g. an ID card when a Kaztoken was chosen
    CARD_FOUND = "card_found"  # reading the keys…
    CARD_REMOVED = "card_removed"
    PIN_BLOCKED = "pin_blocked"


@dataclass(frozen=True)
class CardMessage:
    """A message for the citizen; ``card`` is the card concerned, when there is one."""

    prompt: CardPrompt
    kind: StoreKind | None = None
    card: CardInfo | None = None


@dataclass(frozen=True)
class PinRequest:
    """A request for the PIN.

    ``retry`` and ``tries_left`` say "PIN wrong, 2 tries left" (``tries_left`` None: the card
    does not say); ``default_hint`` is the factory PIN where one exists (Kaztoken 12345678).
    """

    kind: StoreKind
    reader: str
    label: str
    min_length: int
    max_length: int
    retry: bool = False
    tries_left: int | None = None
    default_hint: str = ""


class CardHandler(abc.ABC):
    """The UI side of a card operation. Methods are called on the card thread."""

    @abc.abstractmethod
    def show_message(self, message: CardMessage) -> None:
        """Show (or replace) a message; must not block."""

    @abc.abstractmethod
    def request_pin(self, request: PinRequest) -> str | None:
        """Ask for the PIN and wait for it; None when the citizen cancels."""

    def finished(self) -> None:  # noqa: B027 - optional hook
        """The operation is over: close whatever message is showing."""


@dataclass
class ScriptedHandler(CardHandler):
    """A handler with the PINs given in advance (command line, tests); records what it saw."""

    pins: Sequence[str | None] = ()
    messages: list[CardMessage] = field(default_factory=list)
    requests: list[PinRequest] = field(default_factory=list)
    finished_count: int = 0

    def show_message(self, message: CardMessage) -> None:
        self.messages.append(message)

    def request_pin(self, request: PinRequest) -> str | None:
        self.requests.append(request)
        index = len(self.requests) - 1
        return self.pins[index] if index < len(self.pins) else None

    def finished(self) -> None:
        self.finished_count += 1
