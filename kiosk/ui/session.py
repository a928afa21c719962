"""One visitor's session: the link, their token, what the register says of them, their key.

A :class:`UiSession` is made when a visitor starts to log in and dropped by
``MainWindow.wipe()`` (inactivity, «ОК» on a result, «Выйти», a cancelled login):
:meth:`UiSession.wipe` ends the session on the central side off the UI thread and forgets the
token, the citizen's data and the key they chose. Passwords and PINs never reach it: they live
in their field until the signature is made, then the field is cleared.

:class:`LoginSetup` is what the composition root gives the window for logging in and signing:
the :class:`~kiosk.sync.worker.SyncWorker`, where keys come from, the region and the
service-centre number. :func:`load_citizen` runs on the worker after a login and prefetches
everything the registration wizard reads synchronously (the citizen, their children, the lists
of Step 2), so the wizard's lookups never touch the network.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kiosk.central.errors import CentralError
from kiosk.central.views import MeView, PersonView, TokenView
from kiosk.eds.keystore import StoreKind
from kiosk.logs import get_logger
from kiosk.sync.link import CentralLink
from kiosk.sync.worker import SyncWorker
from kiosk.ui.catalogue import Catalogue, Choice
from kiosk.ui.demo import DEMO_CATALOGUE
from kiosk.ui.registration.base import AddressParts
from kiosk.wizard.forms import PersonData

if TYPE_CHECKING:
    from kiosk.ui.signing.keys import KeySources

_log = get_logger("ui")


@dataclass(frozen=True)
class ChosenKey:
    """The key a visitor used: where it is and which one (never its password or PIN)."""

    kind: StoreKind
    location: str
    """The key file's path, or the card reader's name."""
    alias: str


class ReferenceData:
    """The region's lists for Step 2 (districts, benefit categories), read once from the
    central service and kept for every later visitor."""

    def __init__(self, region: str, fallback: Catalogue = DEMO_CATALOGUE) -> None:
        self.region = region
        self._fallback = fallback
        self._catalogue: Catalogue | None = None
        self._lock = threading.Lock()

    @property
    def region_kato(self) -> str:
        """The region's KATO code (the settings may name a district: 351010000 → 350000000)."""
        region = self.region
        return region if region.endswith("0000000") or len(region) < 2 else region[:2] + "0000000"

    @property
    def catalogue(self) -> Catalogue | None:
        with self._lock:
            return self._catalogue

    def load(self, link: CentralLink) -> Catalogue:
        """The lists, read from ``link`` the first time (blocking: call on a worker)."""
        with self._lock:
            if self._catalogue is not None:
                return self._catalogue
        districts = link.districts(self.region_kato)
        categories = link.benefit_categories()
        catalogue = Catalogue(
            districts=tuple(Choice(d.kato, names={"kk": d.name_kk, "ru": d.name_ru})
                            for d in districts) or self._fallback.districts,
            benefit_categories=tuple(Choice(c.code, names={"kk": c.name_kk, "ru": c.name_ru})
                                     for c in categories) or self._fallback.benefit_categories,
            sanatorium_profiles=self._fallback.sanatorium_profiles,
        )
        with self._lock:
            self._catalogue = catalogue
        return catalogue


@dataclass(frozen=True)
class LoginSetup:
    """What logging in and signing need from the composition root."""

    worker: SyncWorker
    keys: KeySources
    reference: ReferenceData = field(default_factory=lambda: ReferenceData("350000000"))
    service_centre: str = ""
    """Номер ЦОН written on the applications a clerk's desk submits (empty on a kiosk)."""
    today: Callable[[], date] = date.today


@dataclass(frozen=True)
class CitizenData:
    """What the kiosk may read of the citizen who logged in, prefetched for the wizard."""

    me: MeView
    email: str
    """The e-mail the citizen gave on an earlier application; empty on the first login."""
    catalogue: Catalogue | None = None

    @property
    def iin(self) -> str:
        return self.me.person.iin

    @property
    def full_name(self) -> str:
        p = self.me.person
        return " ".join(part for part in (p.surname, p.name, p.patronymic) if part)


def load_citizen(link: CentralLink, token: str, reference: ReferenceData | None) -> CitizenData:
    """Everything the wizard reads of the citizen (blocking: run it with ``worker.call``).

    The e-mail is the one of the citizen's latest application; none means a first login.
    """
    me = link.me(token)
    email = ""
    try:
        own = [a for a in link.journal(token) if a.applicant_iin == me.person.iin]
        if own:
            latest = max(own, key=lambda a: a.registered_at)
            email = link.application(token, latest.number).email
    except CentralError as error:  # the journal is a nicety here; the login stands
        _log.info("no e-mail from the journal: %s", error.code)
    catalogue = None
    if reference is not None:
        try:
            catalogue = reference.load(link)
        except CentralError as error:
            _log.warning("the region's lists could not be read: %s", error.code)
    return CitizenData(me, email, catalogue)


def _person_data(person: PersonView) -> PersonData:
    address = ", ".join(part for part in (person.city, person.district, person.street,
                                          person.house, person.flat) if part)
    return PersonData(person.iin, person.surname, person.name, person.patronymic,
                      person.birth_date, address)


class CitizenRegister:
    """The register as the wizard sees it for one citizen: them and their children only.

    A ``RegisterLookup`` (and ``AddressLookup``) over the prefetched ``MeView``: a kiosk reads
    only the data of the citizen who authenticated on it, and never blocks on the network.
    """

    def __init__(self, me: MeView) -> None:
        self._me = me
        self._persons = {p.iin: p for p in (me.person, *me.children)}
        self._children = frozenset(child.iin for child in me.children)

    def find_person(self, iin: str) -> PersonData | None:
        person = self._persons.get(iin)
        return _person_data(person) if person is not None else None

    def is_parent(self, parent_iin: str, child_iin: str) -> bool:
        return parent_iin == self._me.person.iin and child_iin in self._children

    def address_of(self, iin: str) -> AddressParts | None:
        p = self._persons.get(iin)
        if p is None:
            return None
        return AddressParts(p.city, p.district, p.street, p.house, p.flat)


class UiSession:
    """One visitor: their token, their data, the key they chose. Wiped when they go."""

    def __init__(self, setup: LoginSetup) -> None:
        self.setup = setup
        self.token: TokenView | None = None
        self.citizen: CitizenData | None = None
        self.key: ChosenKey | None = None
        self.email = ""
        """The e-mail for notifications: the known one, or the one given at the first login."""

    @property
    def worker(self) -> SyncWorker:
        return self.setup.worker

    @property
    def keys(self) -> KeySources:
        return self.setup.keys

    @property
    def logged_in(self) -> bool:
        return self.token is not None and self.citizen is not None

    @property
    def iin(self) -> str | None:
        """The IIN of the citizen who logged in (the only one who may sign here)."""
        return self.citizen.iin if self.citizen is not None else None

    def begin(self, token: TokenView, citizen: CitizenData) -> None:
        self.token = token
        self.citizen = citizen
        self.email = citizen.email

    def wipe(self) -> None:
        """End the session centrally (off the UI thread) and forget everything personal."""
        token, self.token = self.token, None
        self.citizen = None
        self.key = None
        self.email = ""
        if token is None:
            return
        secret = token.token
        try:
            future = self.worker.call(lambda link: link.logout(secret))
        except RuntimeError:  # the worker is already stopped (the kiosk is closing)
            return
        future.add_done_callback(_report_logout)


def _report_logout(future: Future[None]) -> None:
    error = future.exception()
    if error is not None:  # an expired token, the link down: the token dies on its own
        _log.info("logout not confirmed: %s", getattr(error, "code", type(error).__name__))
