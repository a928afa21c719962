"""Demo data for the screens: the demo register of persons and the lists of one region.

Lets the kiosk run end to end before the login, the central lists and the signing exist,
and gives the tests and the screenshots their data.
The districts are the demo region's (:mod:`kiosk.domain.demo_region`), as the embedded central
seeds them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.domain import demo_register
from kiosk.domain.demo_region import DEMO_DISTRICTS
from kiosk.ui.catalogue import Catalogue, Choice
from kiosk.ui.registration.base import AddressParts
from kiosk.wizard.forms import PersonData
from kiosk.wizard.registration import RegistrationWizard


class DemoRegisterLookup:
    """``RegisterLookup`` (and ``AddressLookup``) over ``kiosk.domain.demo_register``."""

    def find_person(self, iin: str) -> PersonData | None:
        person = demo_register.find_person(iin)
        if person is None:
            return None
        a = person.address
        address = ", ".join(part for part in (a.city, a.district, a.street, a.house, a.flat) if part)
        return PersonData(person.iin, person.surname, person.name, person.patronymic,
                          person.birth_date, address)

    def is_parent(self, parent_iin: str, child_iin: str) -> bool:
        child = demo_register.find_person(child_iin)
        return child is not None and parent_iin in child.parents

    def address_of(self, iin: str) -> AddressParts | None:
        person = demo_register.find_person(iin)
        if person is None:
            return None
        a = person.address
        return AddressParts(a.city, a.district, a.street, a.house, a.flat)


DEMO_CATALOGUE = Catalogue(
    districts=tuple(Choice(kato, names={"kk": kk, "ru": ru}) for kato, kk, ru in DEMO_DISTRICTS),
    benefit_categories=(
        Choice("servicemen", QT_TRANSLATE_NOOP(
            "Catalogue", "Children of servicemen, including those who died or went missing on duty")),
        Choice("special_bodies", QT_TRANSLATE_NOOP(
            "Catalogue", "Children of staff of special state bodies, including those who died on duty")),
        Choice("orphans", QT_TRANSLATE_NOOP(
            "Catalogue", "Orphans and children left without parental care")),
        Choice("disability", QT_TRANSLATE_NOOP("Catalogue", "Children with disabilities")),
        Choice("parents_disability", QT_TRANSLATE_NOOP(
            "Catalogue", "Children of parents with disabilities")),
        Choice("large_family", QT_TRANSLATE_NOOP("Catalogue", "Children of large families")),
        Choice("special_needs", QT_TRANSLATE_NOOP(
            "Catalogue", "Children with special educational needs")),
    ),
    sanatorium_profiles=(
        Choice("tuberculosis", QT_TRANSLATE_NOOP(
            "Catalogue", "Early and latent forms of tuberculosis infection")),
        Choice("frequently_ill", QT_TRANSLATE_NOOP("Catalogue", "Frequently ill children")),
        Choice("respiratory", QT_TRANSLATE_NOOP("Catalogue", "Diseases of the respiratory organs")),
        Choice("musculoskeletal", QT_TRANSLATE_NOOP(
            "Catalogue", "Disorders of the musculoskeletal system")),
    ),
)
"""A region's lists for the demo: Karaganda region (Astana, Almaty, Aktobe are never listed)."""


def demo_registration(applicant_iin: str | None = None,
                      today: date | None = None) -> tuple[RegistrationWizard, DemoRegisterLookup]:
    """A registration for a demo applicant (the first demo adult unless named)."""
    register = DemoRegisterLookup()
    iin = applicant_iin or demo_register.DEMO_ADULTS[0].iin
    return RegistrationWizard(register, iin, today or date.today()), register
