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

import enum
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, ClassVar, Union

from lxml import etree

from kiosk.central.envelope import (
    ProtocolError,
    check_key_and_time,
    check_required,
    envelope_to_xml,
    optional_inner,
    parse_field,
    payload_fields,
    read_envelope,
    refused_if_malformed,
)
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.central.protocol import parse_document
from kiosk.central.signatures import VerifiedDocument
from kiosk.eds.certificate import ROLE_ORGANISATION

STAFF_NS = "urn:kz:balabaqsha:staff:1"
_MAX_TEXT = 500
_MAX_DIGITS = 9


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
        check_key_and_time(self.key, self.created)

    @property
    def action(self) -> StaffAction:
        return self.payload.action


def to_xml(request: StaffRequest) -> bytes:
    """The unsigned staff request document."""
    return envelope_to_xml(STAFF_NS, "staff_request", key=request.key,
                           action=request.action.value, created=request.created,
                           payload=request.payload)


def from_element(root: etree._Element) -> StaffRequest:
    """Read a staff request from its (verified) root; raise ProtocolError if malformed."""
    # A staff request without ``created`` has always been refused as not_a_time.
    key, action, created, body = read_envelope(root, STAFF_NS, "staff_request", StaffAction,
                                               absent_time="not_a_time")
    cls = PAYLOADS[action]
    hints = payload_fields(cls)
    values: dict[str, Any] = {}
    for child in body:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if etree.QName(child).namespace != STAFF_NS or name not in hints or len(child):
            raise ProtocolError(name, "unknown_field")
        if name in values:
            raise ProtocolError(name, "repeated")
        values[name] = parse_field(name, optional_inner(hints[name]), child.text or "",
                                   max_text=_MAX_TEXT, max_digits=_MAX_DIGITS)
    check_required(cls, values)
    return StaffRequest(payload=cls(**values), key=key, created=created)


def parse(document: bytes) -> StaffRequest:
    """Parse a staff request document (CentralError ``request_malformed`` when it is not)."""
    with refused_if_malformed():
        return from_element(parse_document(document))


def parse_verified(verified: VerifiedDocument) -> StaffRequest:
    """The request as the verified signature covers it."""
    with refused_if_malformed():
        return from_element(verified.root)


def is_staff_role(oid: str) -> bool:
    """An NCA role OID of an organisation's employee (1.2.398.3.3.4.1.2 and below)."""
    return oid == ROLE_ORGANISATION or oid.startswith(ROLE_ORGANISATION + ".")


def check_staff(verified: VerifiedDocument) -> str:
    """The BIN of a staff member's organisation certificate, or refuse the signer."""
    if not verified.signer_bin or not any(is_staff_role(r) for r in verified.signer_roles):
        raise CentralError(ErrorCode.FORBIDDEN, reason="not_an_organisation_certificate")
    return verified.signer_bin
