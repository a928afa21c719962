"""The in-process link: the kiosk runs its own central service over a local database.

The default when no ``central.url`` is configured: the same :class:`CentralService` the
HTTP API wraps, so the same rules apply. The database is migrated and (in demo mode)
seeded with the demo region and register on first use.
"""

from __future__ import annotations

from datetime import date

from kiosk.central.db import default_database_url
from kiosk.central.engine import QueueEngine
from kiosk.central.factory import build_service, prepare_database
from kiosk.central.service import CentralService
from kiosk.central.views import (
    ApplicationDetailView,
    ApplicationSummaryView,
    BenefitCategoryView,
    ChallengeView,
    CodeSentView,
    DistrictView,
    DocumentContentView,
    FreePlaceView,
    HealthView,
    KindergartenView,
    MeView,
    PersonView,
    QueuePositionView,
    QueueSearchResultView,
    RegionView,
    SanatoriumProfileView,
    StatisticsView,
    SubmitResultView,
    TokenView,
)
from kiosk.settings import Settings
from kiosk.sync.errors import OfflineError
from kiosk.sync.link import CentralLink

EMBEDDED_DEVICE = "embedded"


class EmbeddedCentralLink(CentralLink):
    """Calls a :class:`CentralService` directly, as this device."""

    def __init__(self, service: CentralService, device_id: str = EMBEDDED_DEVICE) -> None:
        self.service = service
        self._queue = QueueEngine(service)
        self._device = device_id
        self._closed = False

    def _check(self) -> None:
        if self._closed:
            raise OfflineError("link closed")

    def health(self) -> HealthView:
        self._check()
        return self.service.health()

    def close(self) -> None:
        self._closed = True

    def regions(self) -> list[RegionView]:
        self._check()
        return self.service.regions()

    def districts(self, region_kato: str) -> list[DistrictView]:
        self._check()
        return self.service.districts(region_kato)

    def benefit_categories(self) -> list[BenefitCategoryView]:
        self._check()
        return self.service.benefit_categories()

    def kindergartens(self, district_kato: str) -> list[KindergartenView]:
        self._check()
        return self.service.kindergartens(district_kato)

    def sanatorium_profiles(self) -> list[SanatoriumProfileView]:
        self._check()
        return self.service.sanatorium_profiles()

    def create_challenge(self) -> ChallengeView:
        self._check()
        return self.service.create_challenge(self._device)

    def login_with_signature(self, signed: bytes) -> TokenView:
        self._check()
        return self.service.login_with_signature(signed, self._device)

    def request_code(self, iin: str) -> CodeSentView:
        self._check()
        return self.service.request_code(iin, self._device)

    def login_with_code(self, iin: str, code: str) -> TokenView:
        self._check()
        return self.service.login_with_code(iin, code, self._device)

    def demo_sent_code(self, iin: str) -> str | None:
        """The last one-time code "sent" to ``iin``'s phone by the demo SMS gateway.

        Only the embedded demo has one (nothing reaches a real phone there); a production
        gateway keeps no codes and this returns None.
        """
        return self.service.demo_sent_code(iin)

    def logout(self, token: str) -> None:
        self._check()
        self.service.logout(token)

    def _citizen(self, token: str) -> str:
        self._check()
        return self.service.authenticate(token, self._device)

    def me(self, token: str) -> MeView:
        return self.service.me(self._citizen(token))

    def person(self, token: str, iin: str) -> PersonView:
        return self.service.person(self._citizen(token), iin)

    def journal(self, token: str) -> list[ApplicationSummaryView]:
        return self.service.journal(self._citizen(token))

    def application(self, token: str, number: str) -> ApplicationDetailView:
        return self.service.application(self._citizen(token), number)

    def document(self, token: str, number: str, document_id: int) -> DocumentContentView:
        return self.service.document(self._citizen(token), number, document_id)

    def free_places(self, token: str, number: str) -> list[FreePlaceView]:
        return self.service.free_places(self._citizen(token), number)

    def position(self, token: str, number: str) -> QueuePositionView:
        return self._queue.queue_position(self._citizen(token), number)

    def submit(self, signed: bytes) -> SubmitResultView:
        self._check()
        return self.service.submit(signed, self._device)

    def search_queue(self, child_iin: str | None = None, *, surname: str = "", name: str = "",
                     patronymic: str = "", birth_date: date | None = None,
                     ) -> list[QueueSearchResultView]:
        self._check()
        return self.service.search_queue(child_iin, surname=surname, name=name,
                                         patronymic=patronymic, birth_date=birth_date)

    def statistics(self, region_kato: str | None = None) -> StatisticsView:
        self._check()
        return self.service.statistics(region_kato)


def open_embedded(settings: Settings) -> EmbeddedCentralLink:
    """The embedded central of these settings, migrated and (demo mode) seeded."""
    service = build_service(settings, default_database_url(settings))
    prepare_database(service.engine, demo=settings.eds.environment == "demo")
    return EmbeddedCentralLink(service)

