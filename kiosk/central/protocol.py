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
import dataclasses
import enum
import hashlib
import re
import secrets
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, ClassVar, Union

from lxml import etree

from kiosk.domain.history import SERVICE_CENTRE_RULE, is_service_centre
from kiosk.domain.numbers import QueueType

REQUEST_NS = "urn:kz:balabaqsha:request:1"
AUTH_NS = "urn:kz:balabaqsha:auth:1"
DSIG_NS = "http://www.w3.org/2000/09/xmldsig#"
VERSION = "1"
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""The largest signed document accepted (the EDS verifier's limit; ~15 MB of scans)."""
CHUNK_CHARS = 1_000_000
"""Base64 characters per ``<chunk>`` of an attachment (XML parsers cap one text node)."""
MAX_TEXT = 2000

_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")
_NONCE = re.compile(r"[A-Za-z0-9_-]{16,128}")


class ProtocolError(ValueError):
    """A document that is not a well-formed request; ``field`` names what is wrong."""

    code = "request_malformed"

    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(f"{field_name}: {problem}")
        self.field = field_name
        self.problem = problem


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
    (:attr:`SignedRequestDraft.service_centre`); the kiosk no longer writes it."""
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
        if not _KEY.fullmatch(self.key):
            raise ValueError("the request key must be 16–64 of A–Z a–z 0–9 - _")
        if self.created.tzinfo is None or self.created.utcoffset() is None:
            raise ValueError("created must be a time-zone aware datetime")
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


def _q(name: str, ns: str = REQUEST_NS) -> str:
    return f"{{{ns}}}{name}"


def _field_types(cls: type[Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _optional_inner(hint: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], True
    return hint, False


def _text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def request_to_xml(draft: SignedRequestDraft) -> bytes:
    """The unsigned request document (UTF-8, with an XML declaration)."""
    root = etree.Element(_q("request"), nsmap={None: REQUEST_NS})
    root.set("version", VERSION)
    root.set("id", draft.key)
    root.set("action", draft.action.value)
    root.set("created", draft.created.isoformat())
    if draft.service_centre:
        root.set("service_centre", draft.service_centre)
    body = etree.SubElement(root, _q(draft.action.value))
    for name in _field_types(type(draft.payload)):
        value = getattr(draft.payload, name)
        if name == "attachments":
            for attachment in value:
                element = etree.SubElement(body, _q("attachment"))
                element.set("name", attachment.name)
                element.set("mime", attachment.mime)
                element.set("sha256", attachment.sha256)
                if attachment.issued_on is not None:
                    element.set("issued_on", attachment.issued_on.isoformat())
                encoded = base64.b64encode(attachment.content).decode("ascii")
                for start in range(0, max(len(encoded), 1), CHUNK_CHARS):
                    etree.SubElement(element, _q("chunk")).text = encoded[start:start + CHUNK_CHARS]
            continue
        if value is None or value == "":
            continue
        etree.SubElement(body, _q(name)).text = _text(value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def auth_to_xml(nonce: str, created: datetime | None = None) -> bytes:
    """The unsigned login document for a challenge ``nonce``."""
    moment = created or datetime.now(timezone.utc)
    root = etree.Element(_q("auth", AUTH_NS), nsmap={None: AUTH_NS})
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


def _parse_time(name: str, text: str | None) -> datetime:
    if not text:
        raise ProtocolError(name, "missing")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ProtocolError(name, "not_a_time") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ProtocolError(name, "no_time_zone")
    return moment


def _parse_value(name: str, hint: Any, text: str) -> Any:
    if len(text) > MAX_TEXT:
        raise ProtocolError(name, "too_long")
    if hint is str:
        return text
    if hint is int:
        if not re.fullmatch(r"-?\d{1,12}", text):
            raise ProtocolError(name, "not_an_integer")
        return int(text)
    if hint is date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ProtocolError(name, "not_a_date") from None
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(text)
        except ValueError:
            raise ProtocolError(name, "unknown_value") from None
    raise ProtocolError(name, "unsupported")  # pragma: no cover - a protocol bug


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
        if child.tag != _q("chunk") or len(child):
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
    if envelope is not None and legacy and legacy != envelope:
        raise ProtocolError("service_centre", "conflict")
    value = legacy if envelope is None else envelope
    if (value or envelope is not None) and not is_service_centre(value):
        raise ProtocolError("service_centre", "bad_service_centre")
    return value


def request_from_element(root: etree._Element) -> SignedRequestDraft:
    """Read a request from its (verified) root element; raise ProtocolError if malformed."""
    if root.tag != _q("request"):
        raise ProtocolError("request", "not_a_request")
    if root.get("version") != VERSION:
        raise ProtocolError("version", "unsupported")
    key = root.get("id") or ""
    if not _KEY.fullmatch(key):
        raise ProtocolError("id", "bad_key")
    try:
        action = RequestAction(root.get("action") or "")
    except ValueError:
        raise ProtocolError("action", "unknown_action") from None
    created = _parse_time("created", root.get("created"))
    bodies = [child for child in root
              if isinstance(child.tag, str) and child.tag != _q("Signature", DSIG_NS)]
    if len(bodies) != 1 or bodies[0].tag != _q(action.value):
        raise ProtocolError("payload", "missing_or_extra")
    cls = PAYLOAD_TYPES[action]
    hints = _field_types(cls)
    values: dict[str, Any] = {}
    attachments: list[Attachment] = []
    for child in bodies[0]:
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
        inner, _ = _optional_inner(hints[local])
        values[local] = _parse_value(local, inner, child.text or "")
    for child in bodies[0].iterchildren(_q("attachment")):
        attachments.append(_parse_attachment(child))
    if attachments:
        values["attachments"] = tuple(attachments)
    for name, hint in hints.items():
        if name in values:
            continue
        f = next(f for f in dataclasses.fields(cls) if f.name == name)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise ProtocolError(name, "missing")
    payload = cls(**values)
    service_centre = _service_centre(root, payload)
    try:
        return SignedRequestDraft(payload=payload, key=key, created=created,
                                  service_centre=service_centre)
    except ValueError as exc:
        raise ProtocolError("request", str(exc)) from None


def auth_from_element(root: etree._Element) -> tuple[str, datetime]:
    """The challenge nonce and signing time of a (verified) login document."""
    if root.tag != _q("auth", AUTH_NS):
        raise ProtocolError("auth", "not_an_auth_document")
    nonce = root.get("challenge") or ""
    if not _NONCE.fullmatch(nonce):
        raise ProtocolError("challenge", "bad_nonce")
    return nonce, _parse_time("created", root.get("created"))


def peek_request_key(data: bytes) -> str | None:
    """The ``id`` of a request document without verifying it (for the outbox's bookkeeping)."""
    try:
        root = parse_document(data)
    except ProtocolError:
        return None
    key = root.get("id")
    return key if key and _KEY.fullmatch(key) else None
