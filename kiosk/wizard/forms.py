"""What the visitor enters on Step 1 (applicant) and Step 2 (child), as typed immutable data."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from kiosk.domain.scans import Scan


class QueueKind(enum.Enum):
    """The queue an application goes into."""

    ORDINARY = "UO"
    SANATORIUM = "SDDO"


@dataclass(frozen=True)
class PersonData:
    """A person as the state register (ГБД ФЛ) knows them; shown read-only."""

    iin: str
    surname: str
    name: str
    patronymic: str
    birth_date: date
    address: str = ""


@dataclass(frozen=True)
class ApplicantForm:
    """Step 1 «Заполните данные заявителя»: register data plus editable contacts."""

    person: PersonData | None = None
    email: str = ""
    phone: str = ""
    extra_email: str = ""
    extra_phone: str = ""


@dataclass(frozen=True)
class ChildForm:
    """Step 2 «Заполните данные ребенка»."""

    child_iin: str = ""
    child: PersonData | None = None
    queue_kind: QueueKind = QueueKind.ORDINARY
    sanatorium_profile: str = ""
    district: str = ""
    beneficiary: bool = False
    benefit_category: str = ""
    scans: tuple[Scan, ...] = field(default_factory=tuple)
