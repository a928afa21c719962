"""The register of persons (stands in for the state database of individuals, ГБД ФЛ).

The service reads persons only through :class:`PersonRegister`, so a gateway to the real
ГБД ФЛ can replace :class:`DatabasePersonRegister` (the ``persons`` table, loaded by the
seeds) without touching the rules.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.central import models
from kiosk.domain.demo_register import DEMO_PERSONS
from kiosk.domain.demo_register import Person as DemoPerson


@dataclass(frozen=True)
class PersonAddress:
    """An address as the register holds it."""

    city: str = ""
    district: str = ""
    street: str = ""
    house: str = ""
    flat: str = ""


@dataclass(frozen=True)
class PersonRecord:
    """A person as the register returns it."""

    iin: str
    surname: str
    name: str
    patronymic: str
    birth_date: date
    sex: str
    phone: str = ""
    address: PersonAddress = PersonAddress()

    @property
    def full_name(self) -> str:
        """Surname, name and patronymic, as printed."""
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


class PersonRegister(abc.ABC):
    """Read access to the register of persons."""

    @abc.abstractmethod
    def find(self, iin: str) -> PersonRecord | None:
        """The person with this IIN, or None."""

    @abc.abstractmethod
    def parents_of(self, child_iin: str) -> tuple[str, ...]:
        """The IINs of the child's parents (legal representatives) in the register."""

    @abc.abstractmethod
    def children_of(self, parent_iin: str) -> tuple[PersonRecord, ...]:
        """The children of this parent in the register."""

    @abc.abstractmethod
    def find_by_name(self, surname: str, name: str, patronymic: str,
                     birth_date: date) -> tuple[str, ...]:
        """IINs of the persons with this full name (case-insensitive) and birth date."""

    def is_parent(self, parent_iin: str, child_iin: str) -> bool:
        """True when the register links ``parent_iin`` as a parent of ``child_iin``."""
        return parent_iin in self.parents_of(child_iin)


def _record(row: models.Person) -> PersonRecord:
    return PersonRecord(
        iin=row.iin, surname=row.surname, name=row.name, patronymic=row.patronymic,
        birth_date=row.birth_date, sex=row.sex, phone=row.phone,
        address=PersonAddress(row.city, row.district, row.street, row.house, row.flat))


class DatabasePersonRegister(PersonRegister):
    """The register kept in the central database's ``persons`` and ``person_links`` tables."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def find(self, iin: str) -> PersonRecord | None:
        row = self._session.get(models.Person, iin)
        return None if row is None else _record(row)

    def parents_of(self, child_iin: str) -> tuple[str, ...]:
        query = (select(models.PersonLink.parent_iin)
                 .where(models.PersonLink.child_iin == child_iin)
                 .order_by(models.PersonLink.parent_iin))
        return tuple(self._session.scalars(query))

    def children_of(self, parent_iin: str) -> tuple[PersonRecord, ...]:
        query = (select(models.Person)
                 .join(models.PersonLink, models.PersonLink.child_iin == models.Person.iin)
                 .where(models.PersonLink.parent_iin == parent_iin)
                 .order_by(models.Person.birth_date, models.Person.iin))
        return tuple(_record(row) for row in self._session.scalars(query))

    def find_by_name(self, surname: str, name: str, patronymic: str,
                     birth_date: date) -> tuple[str, ...]:
        # Case folding in Python: SQLite's lower() does not know Cyrillic or Kazakh letters.
        query = select(models.Person).where(models.Person.birth_date == birth_date)
        wanted = (surname.strip().casefold(), name.strip().casefold(),
                  patronymic.strip().casefold())
        return tuple(row.iin for row in self._session.scalars(query)
                     if (row.surname.casefold(), row.name.casefold(),
                         row.patronymic.casefold()) == wanted)


def person_rows(person: DemoPerson) -> tuple[models.Person, list[models.PersonLink]]:
    """The register rows of a person of :mod:`kiosk.domain.demo_register` (or alike)."""
    row = models.Person(
        iin=person.iin, surname=person.surname, name=person.name,
        patronymic=person.patronymic, birth_date=person.birth_date, sex=person.sex.value,
        phone=person.phone, city=person.address.city, district=person.address.district,
        street=person.address.street, house=person.address.house, flat=person.address.flat)
    links = [models.PersonLink(parent_iin=p, child_iin=person.iin) for p in person.parents]
    return row, links


def load_demo_persons(session: Session) -> int:
    """Put the demo register's persons into the register (those not yet there)."""
    added = 0
    pending_links: list[models.PersonLink] = []
    for person in DEMO_PERSONS:
        if session.get(models.Person, person.iin) is not None:
            continue
        row, links = person_rows(person)
        session.add(row)
        pending_links.extend(links)
        added += 1
    session.flush()
    for link in pending_links:
        session.merge(link)
    return added
