"""The central service: plain Python over SQLAlchemy sessions, the same for HTTP and in-process.

:class:`CentralService` holds the database, the signature verifier, the register of persons,
the SMS gateway and the regions' rules; each public method runs in its own transaction and
returns a view from :mod:`kiosk.central.views` or raises
:class:`~kiosk.central.errors.CentralError`. The FastAPI app (:mod:`kiosk.central.api`) is a
thin adapter over it, and the kiosk's embedded link calls it directly.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from typing import TypeVar

from lxml import etree
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from kiosk.central import (
    auth,
    documents_issue,
    documents_verify,
    handlers,
    models,
    reads,
    refusals,
)
from kiosk.central.db import make_sessionmaker
from kiosk.central.envelope import refused_if_malformed
from kiosk.central.errors import CentralError, ErrorCode
from kiosk.central.protocol import (
    SignedRequestDraft,
    auth_from_element,
    parse_document,
    request_from_element,
)
from kiosk.central.register import DatabasePersonRegister, PersonRegister
from kiosk.central.seed import SANATORIUM_PROFILES
from kiosk.central.signatures import Purpose, SignatureVerifier, VerifiedDocument
from kiosk.central.sms import MemorySmsGateway, SmsGateway
from kiosk.central.views import (
    ApplicationDetailView,
    ApplicationSummaryView,
    BenefitCategoryView,
    ChallengeView,
    CodeSentView,
    DistrictView,
    DocumentContentView,
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
    from_json,
    to_json,
)
from kiosk.domain.iin import is_valid_iin
from kiosk.domain.rules import RegionRules
from kiosk.logs import get_logger

_log = get_logger("central")

VERSION = "1"
CLOCK_SKEW = timedelta(minutes=5)
"""How far in the future a signing time may be (kiosk clocks drift)."""
MAX_REQUEST_AGE = timedelta(days=30)
"""The oldest signed request accepted (a kiosk offline for a month still delivers)."""
_RETRIES = 4

T = TypeVar("T")
Clock = Callable[[], datetime]
RegisterFactory = Callable[[Session], PersonRegister]


def utc_now() -> datetime:
    """The current instant, UTC."""
    return datetime.now(timezone.utc)


def check_fresh(signed_at: datetime, now: datetime, max_age: timedelta) -> None:
    """Refuse (``request_stale``) a signing time more than CLOCK_SKEW ahead of ``now`` or
    older than ``max_age``."""
    if signed_at > now + CLOCK_SKEW:
        raise CentralError(ErrorCode.REQUEST_STALE, problem="in_future")
    if now - signed_at > max_age:
        raise CentralError(ErrorCode.REQUEST_STALE, problem="too_old")


class CentralService:
    """The rules of the central database, over a SQLAlchemy engine.

    ``rules`` maps region KATO codes to their :class:`RegionRules` (absent: national
    defaults). ``register`` builds the register of persons for a session (default: the
    ``persons`` table). ``clock`` is injectable for tests.
    """

    def __init__(
        self,
        engine: Engine,
        verifier: SignatureVerifier,
        sms: SmsGateway,
        *,
        rules: Mapping[str, RegionRules] | None = None,
        register: RegisterFactory = DatabasePersonRegister,
        clock: Clock = utc_now,
        token_ttl: timedelta = auth.TOKEN_TTL,
        max_request_age: timedelta = MAX_REQUEST_AGE,
        public_url: str = documents_issue.DEFAULT_PUBLIC_URL,
    ) -> None:
        self.engine = engine
        self._sessions = make_sessionmaker(engine)
        self._verifier = verifier
        self._sms = sms
        self._rules = dict(rules or {})
        self._default_rules = RegionRules()
        self._register = register
        self._clock = clock
        self._token_ttl = token_ttl
        self._max_age = max_request_age
        self.public_url = public_url.strip().rstrip("/")
        """The service's public address: the official documents' QR codes point under it."""

    # ------------------------------------------------------------------ plumbing

    @property
    def verifier(self) -> SignatureVerifier:
        """The signature verifier (the queue engine verifies staff requests with it)."""
        return self._verifier

    def now(self) -> datetime:
        """The service's current instant (aware, UTC)."""
        return self._clock().astimezone(timezone.utc)

    def rules_for(self, region_kato: str) -> RegionRules:
        """The rules of a region (national defaults unless configured)."""
        return self._rules.get(region_kato, self._default_rules)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in a transaction, committed on success; a database outage is UNAVAILABLE."""
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError:
            raise
        except OperationalError as exc:
            _log.warning("database unavailable: %s", type(exc.orig).__name__)
            raise CentralError(ErrorCode.UNAVAILABLE) from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise CentralError(ErrorCode.UNAVAILABLE) from exc
            raise

    def health(self) -> HealthView:
        """Whether the database answers."""
        with self.transaction() as session:
            session.execute(text("SELECT 1"))
        return HealthView(status="ok", version=VERSION, database=self.engine.dialect.name)

    # ------------------------------------------------------------------ devices

    def device_for_certificate(self, certificate_der: bytes) -> str:
        """The enrolled device presenting this TLS client certificate, or refuse it."""
        fingerprint = hashlib.sha256(certificate_der).hexdigest()
        with self.transaction() as session:
            row = session.scalar(select(models.Device)
                                 .where(models.Device.certificate_sha256 == fingerprint))
            if row is None:
                raise CentralError(ErrorCode.DEVICE_UNKNOWN)
            if row.revoked_at is not None:
                raise CentralError(ErrorCode.DEVICE_REVOKED, device=row.id)
            return row.id

    # ------------------------------------------------------------------ login

    def create_challenge(self, device_id: str = "") -> ChallengeView:
        """A nonce for the citizen's AUTH key to sign (``protocol.auth_to_xml``)."""
        with self.transaction() as session:
            row = auth.new_challenge(session, self.now(), device_id)
            return ChallengeView(row.nonce, row.expires_at)

    def login_with_signature(self, document: bytes, device_id: str = "") -> TokenView:
        """Log in with a challenge signed by an AUTH key; the token is bound to its IIN."""
        now = self.now()
        root = self._parse(document)
        nonce, signed_at = self._auth_fields(root)
        check_fresh(signed_at, now, CLOCK_SKEW + auth.CHALLENGE_TTL)
        verified = self._verifier.verify(document, Purpose.AUTH, signed_at)
        verified_nonce, _ = self._auth_fields(verified.root)
        with self.transaction() as session:
            auth.use_challenge(session, verified_nonce, now)
            issued = auth.issue_token(session, verified.signer_iin, "eds", now, device_id,
                                      self._token_ttl)
        return TokenView(issued.token, issued.iin, issued.method, issued.expires_at)

    def request_code(self, iin: str, device_id: str = "") -> CodeSentView:
        """Send a one-time code to the phone the register holds for ``iin``."""
        if not is_valid_iin(iin):
            raise CentralError(ErrorCode.BAD_REQUEST, 422, field="iin")
        now = self.now()
        with self.transaction() as session:
            person = self._register(session).find(iin)
            if person is None:
                raise CentralError(ErrorCode.PERSON_UNKNOWN)
            if not person.phone:
                raise CentralError(ErrorCode.NO_PHONE)
            code, expires = auth.new_code(session, iin, now)
            phone = person.phone
        try:
            self._sms.send_code(phone, code)
        except OSError as exc:
            _log.warning("SMS gateway failed: %s", type(exc).__name__)
            raise CentralError(ErrorCode.UNAVAILABLE, gateway="sms") from exc
        return CodeSentView(auth.mask_phone(phone), expires)

    def login_with_code(self, iin: str, code: str, device_id: str = "") -> TokenView:
        """Log in with the one-time code sent to the citizen's phone."""
        now = self.now()
        outcome: auth.IssuedToken | CentralError
        with self.transaction() as session:
            try:
                auth.check_code(session, iin, code, now)
            except CentralError as error:
                outcome = error  # commit the counted try, then refuse
            else:
                outcome = auth.issue_token(session, iin, "otp", now, device_id, self._token_ttl)
        if isinstance(outcome, CentralError):
            raise outcome
        return TokenView(outcome.token, outcome.iin, outcome.method, outcome.expires_at)

    def demo_sent_code(self, iin: str) -> str | None:
        """The last code the in-memory SMS gateway holds for ``iin``'s phone (demo only)."""
        if not isinstance(self._sms, MemorySmsGateway):
            return None
        with self.transaction() as session:
            person = self._register(session).find(iin)
        return None if person is None or not person.phone else self._sms.last_code(person.phone)

    def authenticate(self, token: str, device_id: str | None = None) -> str:
        """The IIN a session token is bound to (refuses a missing, unknown or expired one, and
        one issued on another device than ``device_id`` when given)."""
        with self.transaction() as session:
            return auth.token_owner(session, token, self.now(), device_id)

    def logout(self, token: str) -> None:
        """End a session."""
        with self.transaction() as session:
            auth.revoke_token(session, token)

    # ------------------------------------------------------------------ signed requests

    def submit(self, document: bytes, device_id: str = "") -> SubmitResultView:
        """Verify and apply a signed request once; a replay gets the stored answer.

        Raises CentralError for a refusal (the same refusal again on a replay).
        """
        now = self.now()
        claimed = self._draft(self._parse(document))
        check_fresh(claimed.created, now, self._max_age)
        verified = self._verifier.verify(document, Purpose.SIGN, claimed.created)
        draft = self._draft(verified.root)
        digest = hashlib.sha256(document).hexdigest()
        # An IntegrityError: a concurrent delivery of the same request, or of the same
        # child's registration, committed first; the retry looks again.
        return self.retrying_transaction(lambda session: self._submit_once(
            session, draft, verified, document, digest, device_id, now))

    def retrying_transaction(self, once: Callable[[Session], T | CentralError], *,
                             retry_on: tuple[type[Exception], ...] = (IntegrityError,)) -> T:
        """``once(session)`` in a transaction, run again while a concurrent writer committed
        first (``retry_on``), at most ``_RETRIES`` times (then UNAVAILABLE). A CentralError
        that ``once`` returns rather than raises is committed with the transaction (a stored
        refusal), then raised."""
        for attempt in range(_RETRIES):
            try:
                with self.transaction() as session:
                    outcome = once(session)
            except retry_on:
                if attempt == _RETRIES - 1:
                    raise CentralError(ErrorCode.UNAVAILABLE) from None
                continue
            if isinstance(outcome, CentralError):
                raise outcome
            return outcome
        raise AssertionError("unreachable")  # pragma: no cover

    def _submit_once(self, session: Session, draft: SignedRequestDraft,
                     verified: VerifiedDocument, document: bytes, digest: str,
                     device_id: str, now: datetime) -> SubmitResultView | CentralError:
        stored = session.get(models.SignedRequestRecord, draft.key)
        if stored is not None:
            return self._replay(stored, digest)
        record = models.SignedRequestRecord(
            key=draft.key, action=draft.action.value, signer_iin=verified.signer_iin,
            certificate_serial=verified.certificate_serial, document_sha256=digest,
            signed_xml=document, signed_at=draft.created, received_at=now,
            device_id=device_id, status=0, response_json="{}")
        session.add(record)
        session.flush()  # a concurrent twin now waits on this key (PostgreSQL) or fails
        ctx = handlers.RequestContext(session=session, draft=draft, signer=verified,
                                      document=document, now=now, device_id=device_id,
                                      register=self._register(session),
                                      rules_for=self.rules_for)
        try:
            with session.begin_nested():
                row, reason = handlers.HANDLERS[draft.action](ctx)
                session.flush()
                documents_issue.issue_for_request(session, row, draft.key,
                                                  register=ctx.register,
                                                  rules_for=self.rules_for)
                session.flush()
        except CentralError as error:
            record.status = error.status
            record.response_json = json.dumps({"error": error.to_json()}, ensure_ascii=False)
            _log.info("request %s (%s) refused: %s", draft.key, draft.action.value, error.code)
            refusals.request_refused(session, action=draft.action.value, number=draft.number,
                                     code=error.code, params=error.params, key=draft.key,
                                     now=now, rules_for=self.rules_for)
            return error
        result = handlers.outcome(ctx, row, reason)
        record.application_id = row.id
        record.status = 200
        record.response_json = json.dumps({"result": to_json(result)}, ensure_ascii=False)
        _log.info("request %s (%s) applied to %s", draft.key, draft.action.value, row.number)
        return result

    @staticmethod
    def _replay(stored: models.SignedRequestRecord,
                digest: str) -> SubmitResultView | CentralError:
        if stored.document_sha256 != digest:
            return CentralError(ErrorCode.IDEMPOTENCY_CONFLICT, key=stored.key)
        body = json.loads(stored.response_json)
        if "error" in body:
            return CentralError.from_json(stored.status, body["error"])
        return dataclasses.replace(from_json(SubmitResultView, body["result"]), replayed=True)

    # ------------------------------------------------------------------ the citizen's reads

    def me(self, iin: str) -> MeView:
        """The authenticated citizen as the register knows them, with their children."""
        with self.transaction() as session:
            register = self._register(session)
            person = register.find(iin)
            if person is None:
                raise CentralError(ErrorCode.PERSON_UNKNOWN)
            return MeView(reads.person_view(person),
                          [reads.person_view(c) for c in register.children_of(iin)])

    def person(self, iin: str, subject_iin: str) -> PersonView:
        """A person for the form: the citizen or one of their children, nobody else."""
        with self.transaction() as session:
            register = self._register(session)
            if subject_iin != iin and not register.is_parent(iin, subject_iin):
                raise CentralError(ErrorCode.FORBIDDEN)
            person = register.find(subject_iin)
            if person is None:
                raise CentralError(ErrorCode.PERSON_UNKNOWN)
            return reads.person_view(person)

    def journal(self, iin: str) -> list[ApplicationSummaryView]:
        """«Журнал заявлений» of the citizen."""
        with self.transaction() as session:
            return reads.journal(session, iin, self._register(session), self.rules_for)

    def application(self, iin: str, number: str) -> ApplicationDetailView:
        """One of the citizen's applications with history, documents and allowed actions."""
        with self.transaction() as session:
            return reads.application_detail(session, iin, number, self._register(session),
                                            self.rules_for, self.now())

    def document(self, iin: str, number: str, document_id: int) -> DocumentContentView:
        """A document of one of the citizen's applications (an official one as its PDF)."""
        with self.transaction() as session:
            found = reads.own_document(session, iin, number, document_id)
            if found.kind != documents_issue.OFFICIAL:
                return DocumentContentView(found.name, found.mime, found.content)
            data = documents_issue.stored_data(found, self.public_url)
        return DocumentContentView(found.name, documents_issue.PDF_MIME,
                                   documents_issue.render_pdf(data))

    def free_places(self, iin: str, number: str) -> list[FreePlaceView]:
        """Free places the citizen may choose for the application's child."""
        with self.transaction() as session:
            return reads.free_places(session, iin, number)

    # ------------------------------------------------------------------ public reads

    def verify_document(self, document_id: str,
                        digest: str | None = None) -> DocumentVerificationView:
        """Whether an official document exists and, given its checksum, whether it is genuine
        (no personal data: what the QR code's address answers to anyone)."""
        checked = None
        if digest is not None:
            try:
                checked = documents_verify.normalise_digest(digest)
            except ValueError:
                raise CentralError(ErrorCode.BAD_REQUEST, 422, field="digest") from None
        with self.transaction() as session:
            return documents_verify.verify(session, document_id, checked)

    def search_queue(self, child_iin: str | None = None, *, surname: str = "", name: str = "",
                     patronymic: str = "", birth_date: date | None = None,
                     ) -> list[QueueSearchResultView]:
        """«Поиск номера очереди» by child IIN, or by full name and birth date."""
        with self.transaction() as session:
            if child_iin:
                if not is_valid_iin(child_iin):
                    raise CentralError(ErrorCode.BAD_REQUEST, 422, field="child_iin")
                iins: tuple[str, ...] = (child_iin,)
            elif surname.strip() and name.strip() and birth_date is not None:
                iins = self._register(session).find_by_name(surname, name, patronymic,
                                                            birth_date)
            else:
                raise CentralError(ErrorCode.BAD_REQUEST, 422, field="query")
            return reads.search_queue(session, iins, self.rules_for)

    def statistics(self, region_kato: str | None = None) -> StatisticsView:
        """Public statistics by region, district, benefit class and birth year."""
        with self.transaction() as session:
            return reads.statistics(session, region_kato, self.now())

    def regions(self) -> list[RegionView]:
        """Regions served."""
        with self.transaction() as session:
            return reads.regions(session)

    def districts(self, region_kato: str) -> list[DistrictView]:
        """Districts of a region."""
        with self.transaction() as session:
            return reads.districts(session, region_kato)

    def benefit_categories(self) -> list[BenefitCategoryView]:
        """Benefit categories."""
        with self.transaction() as session:
            return reads.benefit_categories(session)

    def sanatorium_profiles(self) -> list[SanatoriumProfileView]:
        """Profiles of sanatorium kindergartens (the SDDO queue's choice)."""
        return [SanatoriumProfileView(code, kk, ru)
                for code, (kk, ru) in SANATORIUM_PROFILES.items()]

    def kindergartens(self, district_kato: str) -> list[KindergartenView]:
        """Kindergartens of a district."""
        with self.transaction() as session:
            return reads.kindergartens(session, district_kato)

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _parse(document: bytes) -> etree._Element:
        with refused_if_malformed():
            return parse_document(document)

    @staticmethod
    def _draft(root: etree._Element) -> SignedRequestDraft:
        with refused_if_malformed():
            return request_from_element(root)

    @staticmethod
    def _auth_fields(root: etree._Element) -> tuple[str, datetime]:
        with refused_if_malformed():
            return auth_from_element(root)
