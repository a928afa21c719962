"""Kindergarten staff: publishing free places, enrolment and departure (убытие), signed with
the staff member's own EDS.

A staff request is one XML element signed as a whole (enveloped XML-DSig, like the
citizens' requests of :mod:`kiosk.central.protocol`) with a key of an **organisation
certificate**: its subject carries the kindergarten's BIN and its extended key usage an
NCA role of an organisation's employee (``1.2.398.3.3.4.1.2.*``)::

    <staff_request xmlns="urn:kz:balabaqsha:staff:1" version="1" id="…" action="publish_places"
                   created="2026-03-02T09:00:00+05:00">
      <publish_places>
        <kindergarten>DS-001</kindergarten><birth_year>2022</birth_year>
        <language>kk</language><count>2</count><release_date>2026-03-02</release_date>
      </publish_places>
      <ds:Signature>…</ds:Signature>
    </staff_request>

The service accepts it when the signature, the chain, validity and revocation hold, the
certificate is an organisation employee's, and the BIN is the named kindergarten's. The
``id`` is the idempotency key (stored with the signed XML as evidence, like the citizens'
requests); a read (``list_places``) is not stored.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import secrets
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, ClassVar, Union

from lxml import etree

from kiosk.central.errors import CentralError, ErrorCode
from kiosk.central.protocol import ProtocolError, parse_document
from kiosk.central.signatures import VerifiedDocument
from kiosk.eds.certificate import ROLE_ORGANISATION

STAFF_NS = "urn:kz:balabaqsha:staff:1"
VERSION = "1"
_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")
_MAX_TEXT = 500


class StaffAction(enum.Enum):
    """What a kindergarten's staff may ask."""

    PUBLISH_PLACES = "publish_places"
    WITHDRAW_PLACE = "withdraw_place"
    LIST_PLACES = "list_places"
    ENROL = "enrol"
    DEPART = "depart"


@dataclass(frozen=True)
class PublishPlaces:
    """Publish ``count`` free places of a group (birth year, language, place type)."""

    action: ClassVar[StaffAction] = StaffAction.PUBLISH_PLACES
    kindergarten: str
    birth_year: int
    language: str
    count: int = 1
    place_type: str = "ordinary"
    release_date: date | None = None
    """«Дата освобождения»: when the place is free."""
    queue_type: str | None = None
    """UO or SDDO when the staff want it checked against the kindergarten."""


@dataclass(frozen=True)
class WithdrawPlace:
    """Take back a place nobody holds."""

    action: ClassVar[StaffAction] = StaffAction.WITHDRAW_PLACE
    kindergarten: str
    place: int


@dataclass(frozen=True)
class ListPlaces:
    """The kindergarten's places (a read)."""

    action: ClassVar[StaffAction] = StaffAction.LIST_PLACES
    kindergarten: str
    status: str | None = None


@dataclass(frozen=True)
class Enrol:
    """The child came with the referral: «Зачислен»."""

    action: ClassVar[StaffAction] = StaffAction.ENROL
    kindergarten: str
    number: str


@dataclass(frozen=True)
class Depart:
    """The enrolled child left (убытие); the place is published again unless ``keep_place``."""

    action: ClassVar[StaffAction] = StaffAction.DEPART
    kindergarten: str
    number: str
    on: date | None = None
    reason: str = ""
    keep_place: bool = False
    """True: the place is not offered again (e.g. the group closes)."""


StaffPayload = Union[PublishPlaces, WithdrawPlace, ListPlaces, Enrol, Depart]
PAYLOADS: dict[StaffAction, type[Any]] = {
    t.action: t for t in (PublishPlaces, WithdrawPlace, ListPlaces, Enrol, Depart)}


@dataclass(frozen=True)
class StaffRequest:
    """A staff request before signing."""

    payload: StaffPayload
    key: str = field(default_factory=lambda: secrets.token_hex(16))
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def __post_init__(self) -> None:
        if not _KEY.fullmatch(self.key):
            raise ValueError("the request key must be 16–64 of A–Z a–z 0–9 - _")
        if self.created.tzinfo is None or self.created.utcoffset() is None:
            raise ValueError("created must be a time-zone aware datetime")

    @property
    def action(self) -> StaffAction:
        return self.payload.action


def _q(name: str) -> str:
    return f"{{{STAFF_NS}}}{name}"


def _hints(cls: type[Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _inner(hint: Any) -> Any:
    if typing.get_origin(hint) in (Union, types.UnionType):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def to_xml(request: StaffRequest) -> bytes:
    """The unsigned staff request document."""
    root = etree.Element(_q("staff_request"), nsmap={None: STAFF_NS})
    root.set("version", VERSION)
    root.set("id", request.key)
    root.set("action", request.action.value)
    root.set("created", request.created.isoformat())
    body = etree.SubElement(root, _q(request.action.value))
    for name in _hints(type(request.payload)):
        value = getattr(request.payload, name)
        if value is None or value == "":
            continue
        etree.SubElement(body, _q(name)).text = _text(value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _value(name: str, hint: Any, text: str) -> Any:
    if len(text) > _MAX_TEXT:
        raise ProtocolError(name, "too_long")
    if hint is str:
        return text
    if hint is bool:
        if text not in ("true", "false"):
            raise ProtocolError(name, "not_a_boolean")
        return text == "true"
    if hint is int:
        if not re.fullmatch(r"-?\d{1,9}", text):
            raise ProtocolError(name, "not_an_integer")
        return int(text)
    if hint is date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ProtocolError(name, "not_a_date") from None
    raise ProtocolError(name, "unsupported")  # pragma: no cover - a protocol bug


def _created(text: str | None) -> datetime:
    try:
        moment = datetime.fromisoformat(text or "")
    except ValueError:
        raise ProtocolError("created", "not_a_time") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ProtocolError("created", "no_time_zone")
    return moment


def from_element(root: etree._Element) -> StaffRequest:
    """Read a staff request from its (verified) root; raise ProtocolError if malformed."""
    if root.tag != _q("staff_request"):
        raise ProtocolError("staff_request", "not_a_staff_request")
    if root.get("version") != VERSION:
        raise ProtocolError("version", "unsupported")
    key = root.get("id") or ""
    if not _KEY.fullmatch(key):
        raise ProtocolError("id", "bad_key")
    try:
        action = StaffAction(root.get("action") or "")
    except ValueError:
        raise ProtocolError("action", "unknown_action") from None
    created = _created(root.get("created"))
    bodies = [c for c in root if isinstance(c.tag, str)
              and c.tag != "{http://www.w3.org/2000/09/xmldsig#}Signature"]
    if len(bodies) != 1 or bodies[0].tag != _q(action.value):
        raise ProtocolError("payload", "missing_or_extra")
    cls = PAYLOADS[action]
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for child in bodies[0]:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if etree.QName(child).namespace != STAFF_NS or name not in hints or len(child):
            raise ProtocolError(name, "unknown_field")
        if name in values:
            raise ProtocolError(name, "repeated")
        values[name] = _value(name, _inner(hints[name]), child.text or "")
    for f in dataclasses.fields(cls):
        if f.name not in values and f.default is dataclasses.MISSING:
            raise ProtocolError(f.name, "missing")
    return StaffRequest(payload=cls(**values), key=key, created=created)


def parse(document: bytes) -> StaffRequest:
    """Parse a staff request document (CentralError ``request_malformed`` when it is not)."""
    try:
        return from_element(parse_document(document))
    except ProtocolError as exc:
        raise CentralError(ErrorCode.REQUEST_MALFORMED, field=exc.field,
                           problem=exc.problem) from None


def parse_verified(verified: VerifiedDocument) -> StaffRequest:
    """The request as the verified signature covers it."""
    try:
        return from_element(verified.root)
    except ProtocolError as exc:
        raise CentralError(ErrorCode.REQUEST_MALFORMED, field=exc.field,
                           problem=exc.problem) from None


def is_staff_role(oid: str) -> bool:
    """An NCA role OID of an organisation's employee (1.2.398.3.3.4.1.2 and below)."""
    return oid == ROLE_ORGANISATION or oid.startswith(ROLE_ORGANISATION + ".")


def check_staff(verified: VerifiedDocument) -> str:
    """The BIN of a staff member's organisation certificate, or refuse the signer."""
    if not verified.signer_bin or not any(is_staff_role(r) for r in verified.signer_roles):
        raise CentralError(ErrorCode.FORBIDDEN, reason="not_an_organisation_certificate")
    return verified.signer_bin
