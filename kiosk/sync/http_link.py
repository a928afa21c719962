"""The HTTPS link to a real central service (httpx, TLS client certificate).

Refusals come back as :class:`CentralError` rebuilt from the API's coded JSON; a service
that cannot be reached (connection refused, TLS failure, timeout) raises
:class:`OfflineError`. Tokens travel as ``Authorization: Bearer``.
"""

from __future__ import annotations

import json as jsonlib
import ssl
from datetime import date
from typing import Any, TypeVar
from urllib.parse import unquote

import httpx

from kiosk.central.errors import CentralError, ErrorCode
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
    from_json,
)
from kiosk.settings import Settings
from kiosk.sync.errors import OfflineError
from kiosk.sync.link import CentralLink

T = TypeVar("T")
XML = {"content-type": "application/xml"}


def tls_context(ca_cert: str = "", client_cert: str = "", client_key: str = "") -> ssl.SSLContext:
    """A client TLS context trusting ``ca_cert`` (system CAs when empty) with our certificate."""
    context = ssl.create_default_context(cafile=ca_cert or None)
    if client_cert:
        context.load_cert_chain(client_cert, client_key or None)
    return context


class HttpCentralLink(CentralLink):
    """Talks to the service's HTTP API."""

    def __init__(self, base_url: str, *, ca_cert: str = "", client_cert: str = "",
                 client_key: str = "", timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        options: dict[str, Any] = {"base_url": base_url.rstrip("/"), "timeout": timeout}
        if transport is not None:
            options["transport"] = transport
        elif base_url.startswith("https:"):
            options["verify"] = tls_context(ca_cert, client_cert, client_key)
        self._client = httpx.Client(**options)

    def close(self) -> None:
        self._client.close()

    # -- plumbing ----------------------------------------------------------------------

    def _send(self, method: str, path: str, *, token: str | None = None,
              params: dict[str, Any] | None = None, content: bytes | None = None,
              json: dict[str, Any] | None = None,
              headers: dict[str, str] | None = None) -> httpx.Response:
        merged = dict(headers or {})
        if token is not None:
            merged["authorization"] = f"Bearer {token}"
        clean = {k: v for k, v in (params or {}).items() if v is not None and v != ""}
        try:
            response = self._client.request(method, path, params=clean, content=content,
                                            json=json, headers=merged)
        except (httpx.TransportError, ssl.SSLError, OSError) as exc:
            raise OfflineError(type(exc).__name__) from exc
        if response.status_code >= 400:
            raise self._error(response)
        return response

    @staticmethod
    def _error(response: httpx.Response) -> CentralError:
        try:
            body = response.json()
        except (jsonlib.JSONDecodeError, UnicodeDecodeError, ValueError):
            body = None
        if isinstance(body, dict) and isinstance(body.get("code"), str):
            return CentralError.from_json(response.status_code, body)
        if response.status_code in (502, 503, 504):
            return CentralError(ErrorCode.UNAVAILABLE, response.status_code)
        return CentralError(ErrorCode.INTERNAL_ERROR, response.status_code)

    def _get(self, cls: type[T] | Any, path: str, **kwargs: Any) -> T:
        return from_json(cls, self._send("GET", path, **kwargs).content)  # type: ignore[no-any-return]

    def _post(self, cls: type[T] | Any, path: str, **kwargs: Any) -> T:
        return from_json(cls, self._send("POST", path, **kwargs).content)  # type: ignore[no-any-return]

    # -- CentralLink -------------------------------------------------------------------

    def health(self) -> HealthView:
        return self._get(HealthView, "/health")

    def regions(self) -> list[RegionView]:
        return self._get(list[RegionView], "/reference/regions")

    def districts(self, region_kato: str) -> list[DistrictView]:
        return self._get(list[DistrictView], f"/reference/regions/{region_kato}/districts")

    def benefit_categories(self) -> list[BenefitCategoryView]:
        return self._get(list[BenefitCategoryView], "/reference/benefit-categories")

    def kindergartens(self, district_kato: str) -> list[KindergartenView]:
        return self._get(list[KindergartenView],
                         f"/reference/districts/{district_kato}/kindergartens")

    def sanatorium_profiles(self) -> list[SanatoriumProfileView]:
        return self._get(list[SanatoriumProfileView], "/reference/sanatorium-profiles")

    def create_challenge(self) -> ChallengeView:
        return self._post(ChallengeView, "/auth/challenge")

    def login_with_signature(self, signed: bytes) -> TokenView:
        return self._post(TokenView, "/auth/signature", content=signed, headers=XML)

    def request_code(self, iin: str) -> CodeSentView:
        return self._post(CodeSentView, "/auth/code", json={"iin": iin})

    def login_with_code(self, iin: str, code: str) -> TokenView:
        return self._post(TokenView, "/auth/code/verify", json={"iin": iin, "code": code})

    def logout(self, token: str) -> None:
        self._send("POST", "/auth/logout", token=token)

    def me(self, token: str) -> MeView:
        return self._get(MeView, "/me", token=token)

    def person(self, token: str, iin: str) -> PersonView:
        return self._get(PersonView, f"/me/persons/{iin}", token=token)

    def journal(self, token: str) -> list[ApplicationSummaryView]:
        return self._get(list[ApplicationSummaryView], "/me/applications", token=token)

    def application(self, token: str, number: str) -> ApplicationDetailView:
        return self._get(ApplicationDetailView, "/me/application", token=token,
                         params={"number": number})

    def document(self, token: str, number: str, document_id: int) -> DocumentContentView:
        response = self._send("GET", f"/me/application/documents/{document_id}", token=token,
                              params={"number": number})
        disposition = response.headers.get("content-disposition", "")
        name = unquote(disposition.partition("filename*=UTF-8''")[2]) or f"document-{document_id}"
        mime = response.headers.get("content-type", "application/octet-stream").split(";")[0]
        return DocumentContentView(name, mime, response.content)

    def free_places(self, token: str, number: str) -> list[FreePlaceView]:
        return self._get(list[FreePlaceView], "/me/application/free-places", token=token,
                         params={"number": number})

    def position(self, token: str, number: str) -> QueuePositionView:
        return self._get(QueuePositionView, "/me/application/position", token=token,
                         params={"number": number})

    def submit(self, signed: bytes) -> SubmitResultView:
        return self._post(SubmitResultView, "/requests", content=signed, headers=XML)

    def search_queue(self, child_iin: str | None = None, *, surname: str = "", name: str = "",
                     patronymic: str = "", birth_date: date | None = None,
                     ) -> list[QueueSearchResultView]:
        body = {"child_iin": child_iin, "surname": surname, "name": name,
                "patronymic": patronymic,
                "birth_date": None if birth_date is None else birth_date.isoformat()}
        return self._post(list[QueueSearchResultView], "/public/queue", json=body)

    def statistics(self, region_kato: str | None = None) -> StatisticsView:
        return self._get(StatisticsView, "/public/statistics", params={"region": region_kato})


def http_link_from_settings(settings: Settings) -> HttpCentralLink:
    """The HTTPS link configured by the settings' ``[central]`` section."""
    central = settings.central
    return HttpCentralLink(central.url, ca_cert=central.ca_cert, client_cert=central.client_cert,
                           client_key=central.client_key, timeout=central.timeout_s)
