"""Readers, cards and keys at a glance: what ``kiosk eds cards`` prints and a clerk checks first."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.eds.cards.atr import format_atr
from kiosk.eds.cards.card_keystore import card_store
from kiosk.eds.cards.pcsc import pcsc_context
from kiosk.eds.cards.pkcs11_keystore import pkcs11_store
from kiosk.eds.cards.profiles import ProfileTable
from kiosk.eds.cards.worker import run_in_card_thread
from kiosk.eds.errors import EdsError
from kiosk.eds.keystore import KeyEntry, StoreKind


def key_report(entry: KeyEntry) -> dict[str, object]:
    """A key as JSON: its alias, the certificate summary and whether it can sign here."""
    return {"alias": entry.alias, **entry.certificate.summary(), "can_sign": entry.can_sign}


@dataclass(frozen=True)
class ReaderReport:
    """One reader and the card in it."""

    reader: str
    atr: bytes | None = None
    profile: str | None = None
    kind: StoreKind | None = None
    label: str | None = None
    keys: tuple[KeyEntry, ...] = ()
    error: str | None = None

    def to_dict(self) -> dict[str, object]:
        card: dict[str, object] | None = None
        if self.atr is not None:
            card = {
                "atr": format_atr(self.atr),
                "supported": self.profile is not None,
                "kind": self.kind.value if self.kind else None,
                "profile": self.profile,
                "label": self.label,
                "keys": [key_report(entry) for entry in self.keys],
                "error": self.error,
            }
        return {"reader": self.reader, "card": card}


@dataclass(frozen=True)
class Pkcs11Report:
    """One configured PKCS#11 module and the keys on its token."""

    kind: StoreKind
    module: Path
    keys: tuple[KeyEntry, ...] = field(default=())
    error: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind.value, "module": str(self.module),
                "keys": [key_report(entry) for entry in self.keys], "error": self.error}


@run_in_card_thread
def survey_readers(profiles: ProfileTable, reader: str | None = None) -> list[ReaderReport]:
    """Every reader (or just ``reader``), its card's ATR and type, and the keys it shows.

    PcscUnavailableError when there is no PC/SC service; errors of one card (unreadable,
    pulled out meanwhile) are reported in its entry, not raised.
    """
    reports = []
    with pcsc_context() as context:
        readers = context.readers()
        states = context.states([r for r in readers if reader is None or r == reader])
    for state in states:
        if state.atr is None:
            reports.append(ReaderReport(state.reader))
            continue
        profile = profiles.match(state.atr)
        if profile is None:
            reports.append(ReaderReport(state.reader, state.atr, error="card_unsupported"))
            continue
        keys: tuple[KeyEntry, ...] = ()
        error = None
        try:
            keys = tuple(card_store(state.reader, profile).list_keys())
        except EdsError as exc:
            error = exc.code
        reports.append(ReaderReport(state.reader, state.atr, profile.id, profile.kind, profile.label, keys, error))
    return reports


def survey_pkcs11(modules: Mapping[StoreKind, Path]) -> list[Pkcs11Report]:
    """The keys each configured PKCS#11 module shows (errors reported per module)."""
    reports = []
    for kind, module in modules.items():
        try:
            keys = tuple(pkcs11_store(kind, modules).list_keys())
        except EdsError as exc:
            reports.append(Pkcs11Report(kind, module, error=exc.code))
        else:
            reports.append(Pkcs11Report(kind, module, keys))
    return reports
