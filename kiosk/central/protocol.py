"""The documents a citizen signs: state-changing requests and the login challenge.

A request is one XML element, signed as a whole (enveloped XML-DSig, ``URI=""``)::

    <request xmlns="urn:kz:balabaqsha:request:1" version="1"
             id="3f2c9a0e6b1d4e7fa1b2c3d4e5f60718" action="register"
             created="2026-04-03T10:15:00+05:00" service_centre="ЦОН-7">
      <register>
        <applicant_iin>900517400018</applicant_iin>
        <child_iin>220403500016</child_iin>
        <queue_type>UO</queue_type>
        <district>351610000</district>
        <benefit_category>large_family</benefit_category>
        <email>aigerim@example.kz</email>
        <phone>+77011234567</phone>
        <attachment name="certificate.pdf" mime="application/pdf" issued_on="2026-04-01"
                    sha256="…"><chunk>JVBERi0x…</chunk><chunk>…</chunk></attachment>
      </register>
      <ds:Signature>…</ds:Signature>
    </request>

- ``id`` is the request's idempotency key (16–64 of ``A–Z a–z 0–9 - _``): the kiosk sends
  the same signed document until it is delivered, and the service applies it once.
- ``created`` is the signing time claimed by the kiosk (aware ISO-8601); the certificate
  must be valid then.
- ``service_centre`` (optional, any action) is the number (Номер ЦОН) of the clerk's desk the
  request was submitted from; a kiosk sends none. Being on the signed element, it is covered
  by the signature. A registration signed before it moved here carries it as the payload's
  ``<service_centre>``, which is still read (a signed document cannot be rewritten, and one may
  wait in a kiosk's outbox); both at once must agree.
- The payload element is named after the action and holds one element per field (absent
  for an empty optional field), in the order of the dataclass below; attachments come last,
  their content base64 in ``<chunk>`` elements of at most 1,000,000 characters.

The login document signed by the AUTH key is
``<auth xmlns="urn:kz:balabaqsha:auth:1" challenge="<nonce>" created="<time>"/>``.

This module only builds and reads the documents; signing and verifying them is
``kiosk.eds``'s, and the service reads a request only from the verified signed content.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import re
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, ClassVar, Union

from lxml import etree

from kiosk.central.envelope import (
    REQUEST_KEY,
    ProtocolError,
    check_key_and_time,
    check_required,
    envelope_to_xml,
    optional_inner,
    parse_field,
    parse_time,
    payload_fields,
    qualified,
    read_envelope,
)
from kiosk.domain.history import SERVICE_CENTRE_RULE, is_service_centre, tidy_service_centre
from kiosk.domain.numbers import QueueType

REQUEST_NS = "urn:kz:balabaqsha:request:1"
AUTH_NS = "urn:kz:balabaqsha:auth:1"
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""The largest signed document accepted (the EDS verifier's limit; ~15 MB of scans)."""
CHUNK_CHARS = 1_000_000
"""Base64 characters per ``<chunk>`` of an attachment (XML parsers cap one text node)."""
MAX_TEXT = 2000
_MAX_DIGITS = 12

_NONCE = re.compile(r"[A-Za-z0-9_-]{16,128}")


class RequestAction(enum.Enum):
    """Every state-changing request a citizen signs; the value is the payload's name."""

    REGISTER = "register"
    CONFIRM_INTEREST = "confirm_interest"
    CHANGE_BENEFIT = "change_benefit"
    WITHDRAW = "withdraw"
    CHOOSE_KINDERGARTEN = "choose_kindergarten"
    EXTEND_REFERRAL = "extend_referral"
    REVOKE_REFERRAL = "revoke_referral"
    MERGE_TO_PARENT = "merge_to_parent"


@dataclass(frozen=True)
class Attachment:
    """A scanned document attached to a request (benefit documents)."""

    name: str
    mime: str
    content: bytes
    issued_on: date | None = None
    """The date the document was issued (benefit documents must be recent for a referral)."""

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the content."""
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True)
class Register:
    """Put a child in the queue (Step 1 and Step 2 of the form)."""

    action: ClassVar[RequestAction] = RequestAction.REGISTER
    applicant_iin: str
    child_iin: str
    queue_type: QueueType
    district: str
    sanatorium_profile: str | None = None
    language: str | None = None
    benefit_category: str | None = None
    email: str = ""
    phone: str = ""
    extra_email: str = ""
    extra_phone: str = ""
    service_centre: str = ""
    """Legacy: read from registrations signed before the number moved to the envelope
    (:attr:`SignedRequestDraft.service_centre`). The kiosk writes it too, equal to the
    envelope's, while centrals that read only this field may still answer."""
    applicant_language: str | None = None
    """The language (kk / ru) the applicant is written to in; default: ``language``, or kk."""
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class ConfirmInterest:
    """«Подтвердить заинтересованность»."""

    action: ClassVar[RequestAction] = RequestAction.CONFIRM_INTEREST
    number: str


@dataclass(frozen=True)
class ChangeBenefit:
    """«Изменить льготность»: a new category, or none (``benefit_category`` absent)."""

    action: ClassVar[RequestAction] = RequestAction.CHANGE_BENEFIT
    number: str
    benefit_category: str | None = None
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class Withdraw:
    """«Снять с очереди», with the applicant's reason."""

    action: ClassVar[RequestAction] = RequestAction.WITHDRAW
    number: str
    comment: str = ""


@dataclass(frozen=True)
class ChooseKindergarten:
    """«Выбрать детский сад» → «Подписать и отправить»: a place (a group) is chosen."""

    action: ClassVar[RequestAction] = RequestAction.CHOOSE_KINDERGARTEN
    number: str
    place: int
    """The id of the kindergarten group from the free-places list."""
    benefit_documents_date: date | None = None
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class ExtendReferral:
    """«Продлить направление» through ``until``, with a reason."""

    action: ClassVar[RequestAction] = RequestAction.EXTEND_REFERRAL
    number: str
    until: date
    reason: str


@dataclass(frozen=True)
class RevokeReferral:
    """«Отозвать направление»."""

    action: ClassVar[RequestAction] = RequestAction.REVOKE_REFERRAL
    number: str


@dataclass(frozen=True)
class MergeToParent:
    """«Өтінішті ата-ананың ЖСН-ға біріктіру»: the signing parent becomes the applicant."""

    action: ClassVar[RequestAction] = RequestAction.MERGE_TO_PARENT
    number: str


Payload = Union[Register, ConfirmInterest, ChangeBenefit, Withdraw, ChooseKindergarten,
                ExtendReferral, RevokeReferral, MergeToParent]

PAYLOAD_TYPES: dict[RequestAction, type[Any]] = {
    t.action: t for t in (Register, ConfirmInterest, ChangeBenefit, Withdraw,
                          ChooseKindergarten, ExtendReferral, RevokeReferral, MergeToParent)
}


@dataclass(frozen=True)
class SignedRequestDraft:
    """A request before signing: its idempotency key, its signing time, its payload and the
    service centre of the clerk's desk that submits it (empty from a kiosk)."""

    payload: Payload
    key: str = field(default_factory=lambda: secrets.token_hex(16))
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    service_centre: str = ""

    def __post_init__(self) -> None:
        check_key_and_time(self.key, self.created)
        if self.service_centre and not is_service_centre(self.service_centre):
            raise ValueError(f"the service centre must be {SERVICE_CENTRE_RULE}")

    @property
    def action(self) -> RequestAction:
        """The action the payload asks for."""
        return self.payload.action

    @property
    def number(self) -> str | None:
        """The application the request acts on (None for a registration)."""
        return getattr(self.payload, "number", None)


def request_to_xml(draft: SignedRequestDraft) -> bytes:
    """The unsigned request document (UTF-8, with an XML declaration)."""
    return envelope_to_xml(
        REQUEST_NS, "request", key=draft.key, action=draft.action.value, created=draft.created,
        payload=draft.payload,
        attributes={"service_centre": draft.service_centre} if draft.service_centre else None,
        writers={"attachments": _write_attachments})


def _write_attachments(body: etree._Element, attachments: tuple[Attachment, ...]) -> None:
    for attachment in attachments:
        element = etree.SubElement(body, qualified(REQUEST_NS, "attachment"))
        element.set("name", attachment.name)
        element.set("mime", attachment.mime)
        element.set("sha256", attachment.sha256)
        if attachment.issued_on is not None:
            element.set("issued_on", attachment.issued_on.isoformat())
        encoded = base64.b64encode(attachment.content).decode("ascii")
        for start in range(0, max(len(encoded), 1), CHUNK_CHARS):
            chunk = etree.SubElement(element, qualified(REQUEST_NS, "chunk"))
            chunk.text = encoded[start:start + CHUNK_CHARS]


def auth_to_xml(nonce: str, created: datetime | None = None) -> bytes:
    """The unsigned login document for a challenge ``nonce``."""
    moment = created or datetime.now(timezone.utc)
    root = etree.Element(qualified(AUTH_NS, "auth"), nsmap={None: AUTH_NS})
    root.set("challenge", nonce)
    root.set("created", moment.isoformat())
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False, "no_network": True, "load_dtd": False,
    "remove_comments": True, "remove_pis": True, "huge_tree": False,
}


def parse_document(data: bytes) -> etree._Element:
    """Parse a document safely (no entities, no network, no DTD), or raise ProtocolError."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ProtocolError("document", "too_large")
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise ProtocolError("document", "dtd_forbidden")
    try:
        root = etree.fromstring(data, etree.XMLParser(**_PARSER_OPTIONS))
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ProtocolError("document", "not_xml") from exc
    if root is None:
        raise ProtocolError("document", "not_xml")
    return root


def _parse_value(name: str, hint: Any, text: str) -> Any:
    return parse_field(name, hint, text, max_text=MAX_TEXT, max_digits=_MAX_DIGITS)


def _parse_attachment(element: etree._Element) -> Attachment:
    name = element.get("name") or ""
    mime = element.get("mime") or ""
    if not name or len(name) > 200 or not mime or len(mime) > 100:
        raise ProtocolError("attachment", "name_or_mime")
    if (element.text or "").strip():
        raise ProtocolError("attachment", "text_outside_chunks")
    parts: list[str] = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag != qualified(REQUEST_NS, "chunk") or len(child):
            raise ProtocolError("attachment", "unknown_field")
        parts.append(child.text or "")
    try:
        content = base64.b64decode("".join(parts).encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise ProtocolError("attachment", "not_base64") from None
    issued = element.get("issued_on")
    attachment = Attachment(name, mime, content,
                            _parse_value("issued_on", date, issued) if issued else None)
    if element.get("sha256") != attachment.sha256:
        raise ProtocolError("attachment", "sha256_mismatch")
    return attachment


def _service_centre(root: etree._Element, payload: Payload) -> str:
    """The request's service centre: the envelope's, or a legacy registration's payload's."""
    envelope = root.get("service_centre")
    legacy = getattr(payload, "service_centre", "")
    if envelope is None:
        # Signed before the rule existed and waiting in an outbox: tidied, never refused.
        return tidy_service_centre(legacy)
    if legacy and legacy != envelope:
        raise ProtocolError("service_centre", "conflict")
    if not is_service_centre(envelope):
        raise ProtocolError("service_centre", "bad_service_centre")
    return envelope


def request_from_element(root: etree._Element) -> SignedRequestDraft:
    """Read a request from its (verified) root element; raise ProtocolError if malformed."""
    key, action, created, body = read_envelope(root, REQUEST_NS, "request", RequestAction)
    cls = PAYLOAD_TYPES[action]
    hints = payload_fields(cls)
    values: dict[str, Any] = {}
    attachments: list[Attachment] = []
    for child in body:
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        if etree.QName(child).namespace != REQUEST_NS:
            raise ProtocolError(local, "unknown_field")
        if local == "attachment" and "attachments" in hints:
            continue
        if local not in hints or local == "attachments":
            raise ProtocolError(local, "unknown_field")
        if local in values:
            raise ProtocolError(local, "repeated")
        if len(child):
            raise ProtocolError(local, "nested")
        values[local] = _parse_value(local, optional_inner(hints[local]), child.text or "")
    for child in body.iterchildren(qualified(REQUEST_NS, "attachment")):
        attachments.append(_parse_attachment(child))
    if attachments:
        values["attachments"] = tuple(attachments)
    check_required(cls, values)
    payload = cls(**values)
    service_centre = _service_centre(root, payload)
    try:
        return SignedRequestDraft(payload=payload, key=key, created=created,
                                  service_centre=service_centre)
    except ValueError as exc:
        raise ProtocolError("request", str(exc)) from None


def auth_from_element(root: etree._Element) -> tuple[str, datetime]:
    """The challenge nonce and signing time of a (verified) login document."""
    if root.tag != qualified(AUTH_NS, "auth"):
        raise ProtocolError("auth", "not_an_auth_document")
    nonce = root.get("challenge") or ""
    if not _NONCE.fullmatch(nonce):
        raise ProtocolError("challenge", "bad_nonce")
    return nonce, parse_time("created", root.get("created"))


def peek_request_key(data: bytes) -> str | None:
    """The ``id`` of a request document without verifying it (for the outbox's bookkeeping)."""
    try:
        root = parse_document(data)
    except ProtocolError:
        return None
    key = root.get("id")
    return key if key and REQUEST_KEY.fullmatch(key) else None
