"""The HTTP API of the central service: a thin FastAPI adapter over :class:`CentralService`.

Every error is ``{"code": ..., "params": {...}}`` with a stable code: the service's refusals
keep their status; validation errors are 422 ``bad_request``; an unknown route is 404
``not_found``; anything unexpected is logged and answered 500 ``internal_error`` as JSON.

Devices: with TLS client authentication on (``require_device``), every route but
``/health``, the OpenAPI document and ``/documents/{id}/verify`` (what an official
document's QR code opens, for anyone) needs the certificate of an enrolled, unrevoked
device (see :mod:`kiosk.central.tls`); without TLS the service listens on loopback only and
calls every client ``loopback``. Citizens' routes also need ``Authorization: Bearer``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.central.documents_verify import verification_html, wants_html
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.central.protocol import MAX_DOCUMENT_BYTES
from kiosk.central.service import CentralService
from kiosk.central.views import (
    ApplicationDetailView,
    ApplicationSummaryView,
    BenefitCategoryView,
    ChallengeView,
    CodeSentView,
    DistrictView,
    DocumentVerificationView,
    FreePlaceView,
    HealthView,
    KindergartenView,
    MeView,
    PersonView,
    QueueSearchResultView,
    RegionView,
    SanatoriumProfileView,
    StatisticsView,
    SubmitResultView,
    TokenView,
)
from kiosk.logs import get_logger

_log = get_logger("central")

LOOPBACK_DEVICE = "loopback"
TLS_SCOPE_KEY = "client_cert_der"
ERROR_SCHEMA: dict[str, Any] = {
    "description": "A refusal with a stable code",
    "content": {"application/json": {"schema": {
        "type": "object", "required": ["code", "params"],
        "properties": {"code": {"type": "string"}, "params": {"type": "object"}}}}},
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: ERROR_SCHEMA for status in (400, 401, 403, 404, 409, 422, 429, 503)}


def _error(code: ErrorCode | str, status: int, **params: object) -> JSONResponse:
    return JSONResponse(CentralError(code, status, **params).to_json(), status_code=status)


class CatchAll:
    """Outermost guard: an unexpected exception becomes a logged, coded 500, never a bare one."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, guarded_send)
        except Exception:
            _log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await _error(ErrorCode.INTERNAL_ERROR, 500)(scope, receive, send)


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_DOCUMENT_BYTES):
        raise CentralError(ErrorCode.REQUEST_MALFORMED, 413, field="document",
                           problem="too_large")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_DOCUMENT_BYTES:
            raise CentralError(ErrorCode.REQUEST_MALFORMED, 413, field="document",
                               problem="too_large")
        chunks.append(chunk)
    return b"".join(chunks)


def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Awaitable[Any]:
    """Run a blocking service call in the thread pool."""
    return run_in_threadpool(function, *args, **kwargs)


def _service(request: Request) -> CentralService:
    service: CentralService = request.app.state.service
    return service


async def device(request: Request) -> str:
    """The enrolled device behind the request's TLS client certificate (or ``loopback``)."""
    der = request.scope.get("extensions", {}).get("tls", {}).get(TLS_SCOPE_KEY)
    if der:
        return str(await call(_service(request).device_for_certificate, der))
    if request.app.state.require_device:
        raise CentralError(ErrorCode.DEVICE_REQUIRED)
    return LOOPBACK_DEVICE


Device = Annotated[str, Depends(device)]


def bearer_token(request: Request) -> str:
    """The bearer token of the request, or refuse with auth_required."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise CentralError(ErrorCode.AUTH_REQUIRED)
    return token.strip()


async def citizen(request: Request, device_id: Device) -> str:
    """The IIN of the authenticated citizen (device and token both required, and the token
    must have been issued on this device)."""
    return str(await call(_service(request).authenticate, bearer_token(request), device_id))


Citizen = Annotated[str, Depends(citizen)]
Number = Annotated[str, Query(min_length=1, max_length=40)]
Iin = Annotated[str, Field(pattern=r"^\d{12}$")]


class CodeRequest(BaseModel):
    """Body of ``POST /auth/code`` (personal data travels in bodies, never in URLs)."""

    model_config = ConfigDict(extra="forbid")
    iin: Iin


class CodeLogin(BaseModel):
    """Body of ``POST /auth/code/verify``."""

    model_config = ConfigDict(extra="forbid")
    iin: Iin
    code: Annotated[str, Field(pattern=r"^\d{4,8}$")]


class QueueSearch(BaseModel):
    """Body of ``POST /public/queue``: a child IIN, or full name and birth date."""

    model_config = ConfigDict(extra="forbid")
    child_iin: Iin | None = None
    surname: Annotated[str, Field(max_length=100)] = ""
    name: Annotated[str, Field(max_length=100)] = ""
    patronymic: Annotated[str, Field(max_length=100)] = ""
    birth_date: date | None = None


def create_app(service: CentralService, *, require_device: bool = False,
               queue: Any = None) -> FastAPI:
    """The ASGI app over ``service``; ``require_device`` when served with TLS client auth.

    ``queue`` is the :class:`~kiosk.central.engine.QueueEngine` whose staff, position and
    statistics routes are added (default: one over ``service`` that sends nothing)."""
    app = FastAPI(title="Balabaqsha central service", version="1",
                  description="The region's kindergarten queue. Errors carry stable codes.",
                  responses=_ERRORS)

    @app.exception_handler(CentralError)
    async def _central(_: Request, exc: CentralError) -> JSONResponse:
        return JSONResponse(exc.to_json(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        fields = sorted({".".join(str(p) for p in e.get("loc", ())[1:]) or "body"
                         for e in exc.errors()})
        return _error(ErrorCode.BAD_REQUEST, 422, fields=",".join(fields))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED}.get(
            exc.status_code, ErrorCode.BAD_REQUEST)
        return _error(code, exc.status_code)

    app.add_middleware(CatchAll)
    app.state.service = service
    app.state.require_device = require_device

    # ---------------------------------------------------------------- service state

    @app.get("/health", response_model=HealthView, tags=["service"])
    async def health() -> HealthView:
        """Liveness of the service and its database (no device needed)."""
        return await call(service.health)

    # ---------------------------------------------------------------- reference data

    @app.get("/reference/regions", response_model=list[RegionView], tags=["reference"])
    async def regions(_: Device) -> list[RegionView]:
        """Regions served (Astana, Almaty and Aktobe have their own portals)."""
        return await call(service.regions)

    @app.get("/reference/regions/{kato}/districts", response_model=list[DistrictView],
             tags=["reference"])
    async def districts(kato: str, _: Device) -> list[DistrictView]:
        """Districts and cities of a region."""
        return await call(service.districts, kato)

    @app.get("/reference/benefit-categories", response_model=list[BenefitCategoryView],
             tags=["reference"])
    async def categories(_: Device) -> list[BenefitCategoryView]:
        """Benefit categories (out-of-turn, first-priority)."""
        return await call(service.benefit_categories)

    @app.get("/reference/sanatorium-profiles", response_model=list[SanatoriumProfileView],
             tags=["reference"])
    async def profiles(_: Device) -> list[SanatoriumProfileView]:
        """Profiles of sanatorium kindergartens."""
        return await call(service.sanatorium_profiles)

    @app.get("/reference/districts/{kato}/kindergartens", response_model=list[KindergartenView],
             tags=["reference"])
    async def kindergartens(kato: str, _: Device) -> list[KindergartenView]:
        """Kindergartens of a district."""
        return await call(service.kindergartens, kato)

    # ---------------------------------------------------------------- login

    @app.post("/auth/challenge", response_model=ChallengeView, tags=["auth"])
    async def challenge(device_id: Device) -> ChallengeView:
        """A nonce for the citizen's AUTH key to sign."""
        return await call(service.create_challenge, device_id)

    @app.post("/auth/signature", response_model=TokenView, tags=["auth"],
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/xml": {"schema": {"type": "string"}}}}})
    async def login_signature(request: Request, device_id: Device) -> TokenView:
        """Log in with the challenge signed by an AUTH key (body: the signed XML)."""
        body = await _read_body(request)
        return await call(service.login_with_signature, body, device_id)

    @app.post("/auth/code", response_model=CodeSentView, tags=["auth"])
    async def send_code(body: CodeRequest, device_id: Device) -> CodeSentView:
        """Send a one-time code to the phone the register holds for this IIN."""
        return await call(service.request_code, body.iin, device_id)

    @app.post("/auth/code/verify", response_model=TokenView, tags=["auth"])
    async def verify_code(body: CodeLogin, device_id: Device) -> TokenView:
        """Log in with the one-time code."""
        return await call(service.login_with_code, body.iin, body.code, device_id)

    @app.post("/auth/logout", status_code=204, tags=["auth"])
    async def logout(request: Request, _: Citizen) -> Response:
        """End the session of the bearer token."""
        await call(service.logout, bearer_token(request))
        return Response(status_code=204)

    # ---------------------------------------------------------------- the citizen

    @app.get("/me", response_model=MeView, tags=["citizen"])
    async def me(iin: Citizen) -> MeView:
        """The citizen and the children the register links to them."""
        return await call(service.me, iin)

    @app.get("/me/persons/{subject}", response_model=PersonView, tags=["citizen"])
    async def person(subject: str, iin: Citizen) -> PersonView:
        """A person for the form: the citizen or one of their children."""
        return await call(service.person, iin, subject)

    @app.get("/me/applications", response_model=list[ApplicationSummaryView], tags=["citizen"])
    async def journal(iin: Citizen) -> list[ApplicationSummaryView]:
        """«Журнал заявлений»."""
        return await call(service.journal, iin)

    @app.get("/me/application", response_model=ApplicationDetailView, tags=["citizen"])
    async def application(number: Number, iin: Citizen) -> ApplicationDetailView:
        """One application: info, history, documents, the buttons that apply."""
        return await call(service.application, iin, number)

    @app.get("/me/application/free-places", response_model=list[FreePlaceView],
             tags=["citizen"])
    async def free_places(number: Number, iin: Citizen) -> list[FreePlaceView]:
        """Free places the citizen may choose for this application."""
        return await call(service.free_places, iin, number)

    @app.get("/me/application/documents/{document_id}", tags=["citizen"],
             response_class=Response)
    async def download(number: Number, document_id: int, iin: Citizen) -> Response:
        """A document of the application («Скачать»)."""
        doc = await call(service.document, iin, number, document_id)
        disposition = f"attachment; filename*=UTF-8''{quote(doc.name)}"
        return Response(doc.content, media_type=doc.mime,
                        headers={"content-disposition": disposition})

    # ---------------------------------------------------------------- signed requests

    @app.post("/requests", response_model=SubmitResultView, tags=["requests"],
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/xml": {"schema": {"type": "string"}}}}})
    async def submit(request: Request, device_id: Device) -> SubmitResultView:
        """Apply a signed request once (body: the signed XML; its ``id`` is the idempotency key)."""
        body = await _read_body(request)
        return await call(service.submit, body, device_id)

    # ---------------------------------------------------------------- public

    @app.post("/public/queue", response_model=list[QueueSearchResultView], tags=["public"])
    async def search(body: QueueSearch, _: Device) -> list[QueueSearchResultView]:
        """«Поиск номера очереди» by child IIN, or by full name and birth date."""
        return await call(service.search_queue, body.child_iin, surname=body.surname,
                          name=body.name, patronymic=body.patronymic, birth_date=body.birth_date)

    @app.get("/public/statistics", response_model=StatisticsView, tags=["public"])
    async def statistics(_: Device, region: Annotated[str | None, Query(
            pattern=r"^\d{9}$")] = None) -> StatisticsView:
        """«Просмотр статистики»: counts by region, district, benefit class, birth year."""
        return await call(service.statistics, region)

    # ---------------------------------------------------------------- anyone

    @app.get("/documents/{document_id}/verify", response_model=DocumentVerificationView,
             tags=["public"], responses={200: {"content": {"text/html": {}}}})
    async def verify_document(document_id: Annotated[str, Path(max_length=100)],
                              request: Request,
                              digest: Annotated[str | None, Query(max_length=200)] = None,
                              ) -> Any:
        """Check an official document: what its QR code opens (no device, no login).

        Says whether the document exists, its type, application number and date of issue,
        and, given ``digest`` (the checksum printed on it or embedded in its PDF), whether it
        is genuine; never a name or an IIN. A browser (``Accept: text/html``) gets a small
        bilingual page with a form for the checksum.
        """
        headers = {"cache-control": "no-store"}
        if not wants_html(request.headers.get("accept", "")):
            view = await call(service.verify_document, document_id, digest)
            return JSONResponse(jsonable_encoder(view), headers=headers)
        bad_digest = False
        try:
            view = await call(service.verify_document, document_id, digest or None)
        except CentralError as error:
            if error.code != ErrorCode.BAD_REQUEST.value:
                raise
            bad_digest = True
            view = await call(service.verify_document, document_id, None)
        return HTMLResponse(verification_html(view, bad_digest=bad_digest), headers=headers)

    from kiosk.central import queue_api
    from kiosk.central.engine import QueueEngine

    queue_api.install(app, queue if queue is not None else QueueEngine(service))
    return app
