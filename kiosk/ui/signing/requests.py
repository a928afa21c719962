"""The documents a visitor signs, built from what the screens hold.

Only the builders of :mod:`kiosk.central.protocol` write the XML; this module maps the
wizard's typed state onto their payloads.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.central.protocol import Attachment, Register, SignedRequestDraft, request_to_xml
from kiosk.domain.contacts import normalize_email, normalize_phone
from kiosk.domain.numbers import QueueType
from kiosk.wizard.forms import QueueKind
from kiosk.wizard.registration import RegistrationState

_QUEUE_TYPES = {QueueKind.ORDINARY: QueueType.ORDINARY, QueueKind.SANATORIUM: QueueType.SANATORIUM}


def _contact(normalize: Callable[[str], str], text: str) -> str:
    return normalize(text) if text.strip() else ""


def registration_draft(state: RegistrationState, service_centre: str = "",
                       language: str = "") -> SignedRequestDraft:
    """The «register» request for a valid Step 1 and Step 2 (a fresh idempotency key).

    ``language`` ("kk" or "ru") is the visitor's: the central writes documents and messages in it;
    ``service_centre`` is the clerk's desk's Номер ЦОН (empty on a kiosk), on the envelope.
    """
    applicant = state.applicant
    child = state.child
    if applicant.person is None or child.child is None:
        raise ValueError("the applicant and the child must be known to the register")
    sanatorium = child.queue_kind is QueueKind.SANATORIUM
    payload = Register(
        applicant_iin=applicant.person.iin,
        child_iin=child.child.iin,
        queue_type=_QUEUE_TYPES[child.queue_kind],
        district=child.district,
        sanatorium_profile=child.sanatorium_profile if sanatorium else None,
        benefit_category=child.benefit_category if child.beneficiary else None,
        email=_contact(normalize_email, applicant.email),
        phone=_contact(normalize_phone, applicant.phone),
        extra_email=_contact(normalize_email, applicant.extra_email),
        extra_phone=_contact(normalize_phone, applicant.extra_phone),
        applicant_language=language or None,
        service_centre=service_centre,  # as well as on the envelope, for a central not yet upgraded
        attachments=tuple(Attachment(scan.name, scan.media_type, scan.content)
                          for scan in child.scans) if child.beneficiary else (),
    )
    return SignedRequestDraft(payload, service_centre=service_centre)


def registration_document(state: RegistrationState, service_centre: str = "",
                          language: str = "") -> bytes:
    """The unsigned XML of :func:`registration_draft`."""
    return request_to_xml(registration_draft(state, service_centre, language))
