"""The demo register of persons: stands in for the state database of individuals (ГБД ФЛ).

Used by the embedded default, the demo PKI and the tests, so a newcomer can go through the
whole flow without a real key or a real register. Every IIN here passes the checksum.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.iin import Sex, build_iin


@dataclass(frozen=True)
class Address:
    city: str
    district: str
    street: str
    house: str
    flat: str = ""


@dataclass(frozen=True)
class Person:
    iin: str
    surname: str
    name: str
    patronymic: str
    birth_date: date
    sex: Sex
    address: Address
    phone: str = ""
    parents: tuple[str, ...] = ()  # IINs of the parents in this register


def _iin(born: date, sex: Sex, serial: int) -> str:
    """The first valid IIN at or after ``serial`` for this birth date and sex."""
    for candidate in range(serial, serial + 20):
        iin = build_iin(born, sex, candidate)
        if iin is not None:
            return iin
    raise AssertionError("no valid IIN near serial")  # pragma: no cover


_KARAGANDA = Address("Қарағанды", "Қазыбек би ауданы", "Бұқар жырау даңғылы", "47", "12")
_SHYMKENT = Address("Шымкент", "Әл-Фараби ауданы", "Тәуке хан даңғылы", "5", "31")
_PAVLODAR = Address("Павлодар", "Павлодар қаласы", "Сәтбаев көшесі", "120", "4")
_TARAZ = Address("Тараз", "Тараз қаласы", "Төле би көшесі", "18", "")

_M, _F = Sex.MALE, Sex.FEMALE

_PARENTS = (
    Person(_iin(date(1990, 5, 17), _F, 1001), "Серікқызы", "Әйгерім", "Нұрланқызы",
           date(1990, 5, 17), _F, _KARAGANDA, "+77011234567"),
    Person(_iin(date(1988, 11, 2), _M, 1002), "Жұмабаев", "Ерлан", "Қайратұлы",
           date(1988, 11, 2), _M, _KARAGANDA, "+77021234568"),
    Person(_iin(date(1993, 2, 28), _F, 1003), "Иванова", "Ольга", "Сергеевна",
           date(1993, 2, 28), _F, _PAVLODAR, "+77051234569"),
    Person(_iin(date(1985, 8, 9), _M, 1004), "Өмірзақов", "Ғалым", "Үсенұлы",
           date(1985, 8, 9), _M, _SHYMKENT, "+77071234570"),
    Person(_iin(date(1996, 12, 21), _F, 1005), "Құрманғазиева", "Іңкәр", "Һадиқызы",
           date(1996, 12, 21), _F, _TARAZ, "+77761234571"),
)

_AIGERIM, _ERLAN, _OLGA, _GALYM, _INKAR = (p.iin for p in _PARENTS)

_CHILDREN = (
    Person(_iin(date(2022, 4, 3), _M, 2001), "Жұмабаев", "Нұрислам", "Ерланұлы",
           date(2022, 4, 3), _M, _KARAGANDA, parents=(_AIGERIM, _ERLAN)),
    Person(_iin(date(2024, 1, 15), _F, 2002), "Жұмабаева", "Аяулым", "Ерланқызы",
           date(2024, 1, 15), _F, _KARAGANDA, parents=(_AIGERIM, _ERLAN)),
    Person(_iin(date(2021, 9, 30), _F, 2003), "Иванова", "Дарья", "Андреевна",
           date(2021, 9, 30), _F, _PAVLODAR, parents=(_OLGA,)),
    Person(_iin(date(2023, 6, 12), _M, 2004), "Өмірзақов", "Әлихан", "Ғалымұлы",
           date(2023, 6, 12), _M, _SHYMKENT, parents=(_GALYM,)),
    Person(_iin(date(2025, 2, 7), _F, 2005), "Құрманғазиева", "Өмір", "Ержанқызы",
           date(2025, 2, 7), _F, _TARAZ, parents=(_INKAR,)),
    # Seven years old in 2026: the register knows him, the queue must refuse him.
    Person(_iin(date(2018, 3, 1), _M, 2006), "Өмірзақов", "Ұлан", "Ғалымұлы",
           date(2018, 3, 1), _M, _SHYMKENT, parents=(_GALYM,)),
)

DEMO_PERSONS: tuple[Person, ...] = _PARENTS + _CHILDREN
"""Everyone in the demo register: adults first, then children."""

DEMO_ADULTS: tuple[Person, ...] = _PARENTS


def find_person(iin: str) -> Person | None:
    """The demo person with this IIN, if any."""
    return next((p for p in DEMO_PERSONS if p.iin == iin), None)


def children_of(parent_iin: str) -> tuple[Person, ...]:
    """The demo children whose parent has this IIN."""
    return tuple(p for p in _CHILDREN if parent_iin in p.parents)
