"""The kiosk's link to the central service: one interface, two implementations.

:class:`CentralLink` is what the rest of the kiosk uses. :class:`~kiosk.sync.http_link.HttpCentralLink`
talks HTTPS (client certificate) to a real service; :class:`~kiosk.sync.embedded.EmbeddedCentralLink`
calls an in-process service over a local database, the default with no ``central.url``.
Both return the views of :mod:`kiosk.central.views` and raise
:class:`~kiosk.central.errors.CentralError` with the same codes (plus
:class:`~kiosk.sync.errors.OfflineError` when the service cannot be reached). Every method
blocks: call them from :class:`~kiosk.sync.worker.SyncWorker`, not from the UI thread.
"""

from __future__ import annotations

import abc
from datetime import date

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


class CentralLink(abc.ABC):
    """Everything the kiosk asks of the central service."""

    # -- service -----------------------------------------------------------------------

    @abc.abstractmethod
    def health(self) -> HealthView:
        """Whether the service answers (raises OfflineError when it cannot be reached)."""

    def close(self) -> None:
        """Release connections (the link is not used afterwards)."""

    # -- reference data ----------------------------------------------------------------

    @abc.abstractmethod
    def regions(self) -> list[RegionView]:
        """Regions served."""

    @abc.abstractmethod
    def districts(self, region_kato: str) -> list[DistrictView]:
        """Districts of a region."""

    @abc.abstractmethod
    def benefit_categories(self) -> list[BenefitCategoryView]:
        """Benefit categories."""

    @abc.abstractmethod
    def kindergartens(self, district_kato: str) -> list[KindergartenView]:
        """Kindergartens of a district."""

    @abc.abstractmethod
    def sanatorium_profiles(self) -> list[SanatoriumProfileView]:
        """Profiles of sanatorium kindergartens."""

    # -- login -------------------------------------------------------------------------

    @abc.abstractmethod
    def create_challenge(self) -> ChallengeView:
        """A nonce for the citizen's AUTH key to sign (``protocol.auth_to_xml``)."""

    @abc.abstractmethod
    def login_with_signature(self, signed: bytes) -> TokenView:
        """Log in with the signed challenge."""

    @abc.abstractmethod
    def request_code(self, iin: str) -> CodeSentView:
        """Send a one-time code to the citizen's registered phone."""

    @abc.abstractmethod
    def login_with_code(self, iin: str, code: str) -> TokenView:
        """Log in with the one-time code."""

    @abc.abstractmethod
    def logout(self, token: str) -> None:
        """End the session."""

    # -- the citizen (token of the authenticated citizen) ------------------------------

    @abc.abstractmethod
    def me(self, token: str) -> MeView:
        """The citizen and their children from the register."""

    @abc.abstractmethod
    def person(self, token: str, iin: str) -> PersonView:
        """The citizen or one of their children, for the form."""

    @abc.abstractmethod
    def journal(self, token: str) -> list[ApplicationSummaryView]:
        """«Журнал заявлений»."""

    @abc.abstractmethod
    def application(self, token: str, number: str) -> ApplicationDetailView:
        """One application of the citizen."""

    @abc.abstractmethod
    def document(self, token: str, number: str, document_id: int) -> DocumentContentView:
        """A document of the citizen's application."""

    @abc.abstractmethod
    def free_places(self, token: str, number: str) -> list[FreePlaceView]:
        """Free places for the application's child."""

    @abc.abstractmethod
    def position(self, token: str, number: str) -> QueuePositionView:
        """The application's queue numbers now and at the citizen's last look, with why they
        moved (reason codes); the central service remembers this look for the next one."""

    # -- signed requests ---------------------------------------------------------------

    @abc.abstractmethod
    def submit(self, signed: bytes) -> SubmitResultView:
        """Deliver a signed request (idempotent: the same document twice is applied once)."""

    # -- public ------------------------------------------------------------------------

    @abc.abstractmethod
    def search_queue(self, child_iin: str | None = None, *, surname: str = "", name: str = "",
                     patronymic: str = "", birth_date: date | None = None,
                     ) -> list[QueueSearchResultView]:
        """«Поиск номера очереди»."""

    @abc.abstractmethod
    def statistics(self, region_kato: str | None = None) -> StatisticsView:
        """«Просмотр статистики»."""
