"""Card profiles: what differs between card types, read from data and keyed by ATR.

The shipped table is ``profiles.toml`` in this package (see its header for the format); an
override file named in the settings (``eds.card_profiles``) corrects or adds profiles
without a code change. :func:`load_profiles` reads both; :meth:`ProfileTable.match` names
the profile of an ATR.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from kiosk.eds.cards.atr import AtrPattern
from kiosk.eds.keystore import StoreKind

FORMAT = 1
_CARD_KINDS = (StoreKind.ID_CARD, StoreKind.KAZTOKEN)
_SIGNATURE_INPUTS = ("digest_info",)


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names the file, profile and key."""


@dataclass(frozen=True)
class PinPolicy:
    """How the card's PIN is presented (VERIFY, 7816-4 §11.5.6)."""

    reference: int
    min_length: int = 4
    max_length: int = 16
    pad_to: int = 0
    pad_byte: int = 0xFF
    default_hint: str = ""

    def encode(self, pin: str) -> bytes:
        """The VERIFY data for ``pin``: ASCII digits, padded when the profile says so."""
        data = pin.encode("ascii")
        if self.pad_to > len(data):
            data += bytes((self.pad_byte,)) * (self.pad_to - len(data))
        return data

    def acceptable(self, pin: str) -> bool:
        """Whether ``pin`` has a length and characters this card could accept."""
        return pin.isascii() and pin.isprintable() and self.min_length <= len(pin) <= self.max_length


@dataclass(frozen=True)
class KeySlot:
    """One key on the card: its certificate file and the private key's reference."""

    name: str
    certificate_path: tuple[bytes, ...]
    key_reference: int


@dataclass(frozen=True)
class CardProfile:
    """Everything the APDU layer needs to know about one card type."""

    id: str
    kind: StoreKind
    label: str
    atrs: tuple[AtrPattern, ...]
    aid: bytes
    pin: PinPolicy
    keys: tuple[KeySlot, ...]
    select_aid_p2: int = 0x0C
    select_file_p1: int = 0x02
    select_file_p2: int = 0x0C
    read_chunk: int = 224
    extended_length: bool = False
    mse_p1p2: int = 0x41B6
    algorithm_reference: int | None = None
    signature_input: str = "digest_info"
    notes: str = ""

    def matches(self, atr: bytes) -> bool:
        return any(pattern.matches(atr) for pattern in self.atrs)


@dataclass(frozen=True)
class ProfileTable:
    """The profiles in matching order (override-only profiles first)."""

    profiles: tuple[CardProfile, ...]

    def match(self, atr: bytes) -> CardProfile | None:
        """The profile of the card with this ATR, or None for an unsupported card."""
        for profile in self.profiles:
            if profile.matches(atr):
                return profile
        return None

    def by_id(self, profile_id: str) -> CardProfile:
        for profile in self.profiles:
            if profile.id == profile_id:
                return profile
        raise KeyError(profile_id)

    def __iter__(self) -> Iterator[CardProfile]:
        return iter(self.profiles)


# -- reading ---------------------------------------------------------------------------


def _byte(value: Any, where: str) -> int:
    if isinstance(value, bool):
        raise ProfileError(f"{where}: expected a byte")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        try:
            number = int(value.replace(" ", ""), 16)
        except ValueError:
            raise ProfileError(f"{where}: not a hex byte: {value!r}") from None
    else:
        raise ProfileError(f"{where}: expected a byte")
    if not 0 <= number <= 0xFF:
        raise ProfileError(f"{where}: {value!r} is not one byte")
    return number


def _bytes(value: Any, where: str) -> bytes:
    if not isinstance(value, str):
        raise ProfileError(f"{where}: expected hex bytes as a string")
    try:
        return bytes.fromhex(value.replace(":", " "))
    except ValueError:
        raise ProfileError(f"{where}: not hex bytes: {value!r}") from None


def _int(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ProfileError(f"{where}: expected a whole number from {low} to {high}")
    return value


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ProfileError(f"{where}: expected a string")
    return value


def _pin(raw: Any, where: str) -> PinPolicy:
    if not isinstance(raw, Mapping):
        raise ProfileError(f"{where}: expected a table")
    known = {"reference", "min_length", "max_length", "pad_to", "pad_byte", "default_hint"}
    if unknown := set(raw) - known:
        raise ProfileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if "reference" not in raw:
        raise ProfileError(f"{where}.reference: missing")
    policy = PinPolicy(
        reference=_byte(raw["reference"], f"{where}.reference"),
        min_length=_int(raw.get("min_length", 4), f"{where}.min_length", 1, 64),
        max_length=_int(raw.get("max_length", 16), f"{where}.max_length", 1, 64),
        pad_to=_int(raw.get("pad_to", 0), f"{where}.pad_to", 0, 64),
        pad_byte=_byte(raw.get("pad_byte", "FF"), f"{where}.pad_byte"),
        default_hint=_str(raw.get("default_hint", ""), f"{where}.default_hint"),
    )
    if policy.min_length > policy.max_length:
        raise ProfileError(f"{where}: min_length above max_length")
    if policy.pad_to and policy.pad_to < policy.max_length:
        raise ProfileError(f"{where}: pad_to shorter than max_length")
    return policy


def _key(raw: Any, where: str) -> KeySlot:
    if not isinstance(raw, Mapping):
        raise ProfileError(f"{where}: expected a table")
    if unknown := set(raw) - {"name", "certificate_path", "key_reference"}:
        raise ProfileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for required in ("name", "certificate_path", "key_reference"):
        if required not in raw:
            raise ProfileError(f"{where}.{required}: missing")
    path = raw["certificate_path"]
    if not isinstance(path, list) or not path:
        raise ProfileError(f"{where}.certificate_path: expected a list of file ids")
    fids = tuple(_bytes(fid, f"{where}.certificate_path") for fid in path)
    if any(len(fid) != 2 for fid in fids):
        raise ProfileError(f"{where}.certificate_path: file ids are two bytes")
    name = _str(raw["name"], f"{where}.name")
    if not name or not name.isidentifier():
        raise ProfileError(f"{where}.name: expected a short identifier")
    return KeySlot(name, fids, _byte(raw["key_reference"], f"{where}.key_reference"))


_PROFILE_KEYS = {
    "id", "kind", "label", "atrs", "aid", "pin", "key", "select_aid_p2", "select_file_p1",
    "select_file_p2", "read_chunk", "extended_length", "mse_p1p2", "algorithm_reference",
    "signature_input", "notes",
}


def _profile(raw: Mapping[str, Any], source: str) -> CardProfile:
    where = f"{source}: profile {raw.get('id', '?')!r}"
    if unknown := set(raw) - _PROFILE_KEYS:
        raise ProfileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for required in ("id", "kind", "atrs", "pin", "key"):
        if required not in raw:
            raise ProfileError(f"{where}.{required}: missing")
    try:
        kind = StoreKind(raw["kind"])
    except ValueError:
        kind = None
    if kind not in _CARD_KINDS:
        raise ProfileError(f"{where}.kind: expected one of {', '.join(k.value for k in _CARD_KINDS)}")
    atrs = raw["atrs"]
    if not isinstance(atrs, list) or not atrs:
        raise ProfileError(f"{where}.atrs: expected a list of ATR patterns")
    try:
        patterns = tuple(AtrPattern.parse(_str(text, f"{where}.atrs")) for text in atrs)
    except ValueError as exc:
        raise ProfileError(f"{where}.atrs: {exc}") from None
    keys = raw["key"]
    if not isinstance(keys, list) or not keys:
        raise ProfileError(f"{where}.key: expected at least one [[profile.key]]")
    slots = tuple(_key(item, f"{where}.key[{i}]") for i, item in enumerate(keys))
    if len({slot.name for slot in slots}) != len(slots):
        raise ProfileError(f"{where}.key: key names must differ")
    mse = _bytes(raw.get("mse_p1p2", "41 B6"), f"{where}.mse_p1p2")
    if len(mse) != 2:
        raise ProfileError(f"{where}.mse_p1p2: expected two bytes")
    algorithm = raw.get("algorithm_reference", "")
    signature_input = _str(raw.get("signature_input", "digest_info"), f"{where}.signature_input")
    if signature_input not in _SIGNATURE_INPUTS:
        raise ProfileError(f"{where}.signature_input: expected one of {', '.join(_SIGNATURE_INPUTS)}")
    extended = raw.get("extended_length", False)
    if not isinstance(extended, bool):
        raise ProfileError(f"{where}.extended_length: expected true or false")
    return CardProfile(
        id=_str(raw["id"], f"{where}.id"),
        kind=kind,
        label=_str(raw.get("label", raw["id"]), f"{where}.label"),
        atrs=patterns,
        aid=_bytes(raw.get("aid", ""), f"{where}.aid"),
        pin=_pin(raw["pin"], f"{where}.pin"),
        keys=slots,
        select_aid_p2=_byte(raw.get("select_aid_p2", "0C"), f"{where}.select_aid_p2"),
        select_file_p1=_byte(raw.get("select_file_p1", "02"), f"{where}.select_file_p1"),
        select_file_p2=_byte(raw.get("select_file_p2", "0C"), f"{where}.select_file_p2"),
        read_chunk=_int(raw.get("read_chunk", 224), f"{where}.read_chunk", 1, 256),
        extended_length=extended,
        mse_p1p2=int.from_bytes(mse, "big"),
        algorithm_reference=None if algorithm == "" else _byte(algorithm, f"{where}.algorithm_reference"),
        signature_input=signature_input,
        notes=_str(raw.get("notes", ""), f"{where}.notes"),
    )


def _raw_profiles(text: str, source: str) -> list[dict[str, Any]]:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: {exc}") from None
    if document.get("format", FORMAT) != FORMAT:
        raise ProfileError(f"{source}: unknown profile format {document.get('format')!r}")
    if unknown := set(document) - {"format", "profile"}:
        raise ProfileError(f"{source}: unknown key(s) {', '.join(sorted(unknown))}")
    profiles = document.get("profile", [])
    if not isinstance(profiles, list) or not all(isinstance(p, dict) for p in profiles):
        raise ProfileError(f"{source}: expected [[profile]] tables")
    if any(not isinstance(p.get("id"), str) for p in profiles):
        raise ProfileError(f"{source}: every profile needs an id")
    return profiles


def _merge(base: dict[str, Any], change: Mapping[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in change.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def packaged_profiles_text() -> str:
    """The shipped ``profiles.toml``."""
    return (resources.files("kiosk.eds.cards") / "profiles.toml").read_text(encoding="utf-8")


def load_profiles(override: Path | str | None = None) -> ProfileTable:
    """The shipped profiles, corrected and extended by the ``override`` file when given.

    ProfileError names the file and the key when either file is unusable; a missing override
    file is an error too (a typo in the settings must not silently fall back).
    """
    shipped = _raw_profiles(packaged_profiles_text(), "profiles.toml")
    added: list[dict[str, Any]] = []
    source = "profiles.toml"
    if override:
        source = str(override)
        try:
            text = Path(override).read_text(encoding="utf-8")
        except OSError as exc:
            raise ProfileError(f"{override}: {exc.strerror}") from None
        by_id = {raw["id"]: i for i, raw in enumerate(shipped)}
        for raw in _raw_profiles(text, source):
            if raw["id"] in by_id:
                shipped[by_id[raw["id"]]] = _merge(shipped[by_id[raw["id"]]], raw)
            else:
                added.append(raw)
    profiles = tuple(_profile(raw, source) for raw in [*added, *shipped])
    if len({p.id for p in profiles}) != len(profiles):
        raise ProfileError(f"{source}: profile ids must differ")
    return ProfileTable(profiles)
