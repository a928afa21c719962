"""Shared test kit of the central service and the kiosk link (imported by their conftests).

- databases: a migrated, seeded template per backend (SQLite file, PostgreSQL database)
  built once per session and copied for each test, so every test gets a fresh database
  (:class:`Templates`; tests/queue/queue_kit.py fills its own the same way), and throwaway
  PostgreSQL databases (:func:`pg_database`);
- :class:`Signer`: builds and signs requests with the session's demo PKI keys;
- :class:`ApiServer`: the real FastAPI app under uvicorn on a loopback port, in a thread.
"""

from __future__ import annotations

import secrets
import shutil
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import psycopg
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils
from cryptography.hazmat.primitives.serialization import pkcs12
import pytest
import uvicorn
from sqlalchemy import Engine

from kiosk.central import models
from kiosk.central.api import create_app
from kiosk.central.db import make_engine, make_sessionmaker, sqlite_url
from kiosk.central.migrate import upgrade
from kiosk.central.protocol import Payload, SignedRequestDraft, auth_to_xml, request_to_xml
from kiosk.central.seed import seed_demo
from kiosk.central.service import CentralService
from kiosk.central.sms import MemorySmsGateway
from kiosk.central.verifier import EdsSignatureVerifier
from kiosk.domain.demo_register import DEMO_ADULTS, children_of
from kiosk.domain.iin import Sex, build_iin
from kiosk.eds.certificate import KeyPurpose
from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.keystore import KeyEntry, KeyStore, StoreKind
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.trust import TrustMode
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import sign_xml

PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=3"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
TEMPLATE_APPLICATIONS = 200
EXTRA_CHILDREN = 60

AIGERIM, ERLAN, OLGA, GALYM, INKAR = (p.iin for p in DEMO_ADULTS)
"""The demo adults; INKAR's signing key is the revoked one of the demo PKI."""
NURISLAM, AYAULYM = (c.iin for c in children_of(AIGERIM))
DARYA = children_of(OLGA)[0].iin
ALIKHAN, ULAN = (c.iin for c in children_of(GALYM))
"""ULAN is seven: the queue refuses him."""


def extra_children() -> list[tuple[str, date]]:
    """Test-only children linked to AIGERIM (IIN, birth date), for concurrency tests."""
    children: list[tuple[str, date]] = []
    serial = 7000
    while len(children) < EXTRA_CHILDREN:
        serial += 1
        born = date(2023, 1 + serial % 12, 1 + serial % 28)
        iin = build_iin(born, Sex.FEMALE, serial)
        if iin is not None and all(iin != known for known, _ in children):
            children.append((iin, born))
    return children


def postgres_available() -> bool:
    """True when the machine's PostgreSQL answers."""
    try:
        with psycopg.connect(PG_ADMIN, autocommit=True):
            return True
    except psycopg.Error:
        return False


def _pg_admin(sql: str) -> None:
    with psycopg.connect(PG_ADMIN, autocommit=True) as connection:
        connection.execute(sql)  # type: ignore[arg-type]


def create_pg_database(prefix: str, template: str | None = None) -> str:
    """A new PostgreSQL database ``prefix<random hex>`` (a copy of ``template``); its name."""
    name = f"{prefix}{secrets.token_hex(4)}"
    copy = f' TEMPLATE "{template}"' if template is not None else ""
    _pg_admin(f'CREATE DATABASE "{name}"{copy}')
    return name


def drop_pg_database(name: str) -> None:
    """Drop the PostgreSQL database ``name`` (when there), whoever is connected to it."""
    _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def pg_database(prefix: str, template: str | None = None) -> Iterator[str]:
    """The URL of a new PostgreSQL database (see :func:`create_pg_database`), dropped after."""
    name = create_pg_database(prefix, template)
    try:
        yield PG_URL.format(name=name)
    finally:
        drop_pg_database(name)


class Templates:
    """Template databases, built on first use by :meth:`populate` and dropped at the end of the
    session; :meth:`fresh` copies one for a test.

    These hold the seeded demo region (:func:`seed_demo`) and :func:`extra_children`; a
    subclass fills its own by overriding :meth:`populate`, and ``label`` names its files.
    """

    label = "central"

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._sqlite: Path | None = None
        self._postgres: str | None = None
        self._lock = threading.Lock()

    def populate(self, engine: Engine) -> None:
        """Migrate and fill an empty template database."""
        upgrade(engine)
        with make_sessionmaker(engine).begin() as session:
            seed_demo(session, applications=TEMPLATE_APPLICATIONS, kindergartens=20)
            for number, (iin, born) in enumerate(extra_children()):
                session.add(models.Person(iin=iin, surname="Тестова", name=f"Бала{number}",
                                          patronymic="", birth_date=born, sex="female"))
                session.flush()
                session.add(models.PersonLink(parent_iin=AIGERIM, child_iin=iin))

    def sqlite(self) -> Path:
        with self._lock:
            if self._sqlite is None:
                path = self._directory / f"{self.label}-template.sqlite3"
                engine = make_engine(sqlite_url(path))
                self.populate(engine)
                engine.dispose()  # the last connection closing checkpoints the WAL into the file
                assert not path.with_name(path.name + "-wal").exists()
                self._sqlite = path
            return self._sqlite

    def postgres(self) -> str:
        with self._lock:
            if self._postgres is None:
                if not postgres_available():
                    pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
                name = create_pg_database(f"kiosk_{self.label}_tmpl_")
                engine = make_engine(PG_URL.format(name=name))
                self.populate(engine)
                engine.dispose()
                self._postgres = name
            return self._postgres

    def fresh(self, backend: str, directory: Path) -> Iterator[str]:
        """A copy of the backend's template for one test; dropped afterwards."""
        if backend == "sqlite":
            path = directory / f"{self.label}-{secrets.token_hex(3)}.sqlite3"
            shutil.copyfile(self.sqlite(), path)
            yield sqlite_url(path)
            return
        with pg_database(f"kiosk_{self.label}_test_", template=self.postgres()) as url:
            yield url

    def close(self) -> None:
        if self._postgres is not None:
            drop_pg_database(self._postgres)


def demo_verifier(pki: DemoPki) -> EdsSignatureVerifier:
    """The service's verifier trusting the session's demo PKI."""
    policy = EdsPolicy(TrustMode.DEMO, environment_is_production=False,
                       demo_pki_dir=pki.directory)
    return EdsSignatureVerifier(CertificateValidator(policy))


def make_service(url: str, pki: DemoPki, **kwargs: Any) -> CentralService:
    """A service over ``url`` with the demo verifier and an in-memory SMS gateway."""
    return CentralService(make_engine(url), demo_verifier(pki), MemorySmsGateway(), **kwargs)


class OpenedKeyStore(KeyStore):
    """A PKCS#12 file opened once and kept open (tests sign hundreds of documents)."""

    kind = StoreKind.FILE

    def __init__(self, path: Path, password: str) -> None:
        self._path = path
        self._entries = FileKeyStore(path).list_keys(password)
        key, _, _ = pkcs12.load_key_and_certificates(path.read_bytes(), password.encode())
        assert isinstance(key, rsa.RSAPrivateKey)
        self._key = key

    @property
    def location(self) -> str:
        return str(self._path)

    def list_keys(self, secret: str | None = None) -> list[KeyEntry]:
        return list(self._entries)

    def sign_digest(self, alias: str, digest: bytes, secret: str,
                    algorithm: hashes.HashAlgorithm | None = None) -> bytes:
        chosen = algorithm or hashes.SHA256()
        return self._key.sign(digest, padding.PKCS1v15(), utils.Prehashed(chosen))


class Signer:
    """Signs documents with the demo PKI's keys, as the kiosk would."""

    def __init__(self, pki: DemoPki) -> None:
        self.pki = pki
        self._stores: dict[str, OpenedKeyStore] = {}
        self._lock = threading.Lock()

    def store(self, iin: str, purpose: KeyPurpose) -> OpenedKeyStore:
        """``iin``'s key store of ``purpose``, opened once."""
        key = self.pki.key(iin, purpose)
        with self._lock:
            if str(key.file) not in self._stores:
                self._stores[str(key.file)] = OpenedKeyStore(key.file, key.password)
            return self._stores[str(key.file)]

    def sign(self, iin: str, document: bytes, purpose: KeyPurpose = KeyPurpose.SIGN,
             at: datetime | None = None) -> bytes:
        """``document`` signed with ``iin``'s key of ``purpose``."""
        key = self.pki.key(iin, purpose)
        return sign_xml(document, self.store(iin, purpose), key.password, purpose=purpose, at=at)

    def request(self, iin: str, payload: Payload, *, key: str | None = None,
                created: datetime | None = None, purpose: KeyPurpose = KeyPurpose.SIGN,
                service_centre: str = "") -> bytes:
        """A signed request for ``payload`` (from the clerk's desk ``service_centre``)."""
        options: dict[str, Any] = {"service_centre": service_centre}
        if key is not None:
            options["key"] = key
        if created is not None:
            options["created"] = created
        draft = SignedRequestDraft(payload, **options)
        return self.sign(iin, request_to_xml(draft), purpose)

    def login(self, iin: str, nonce: str, purpose: KeyPurpose = KeyPurpose.AUTH) -> bytes:
        """The login challenge signed with ``iin``'s key of ``purpose``."""
        return self.sign(iin, auth_to_xml(nonce, datetime.now(timezone.utc)), purpose)


@dataclass
class ApiServer:
    """The HTTP API under uvicorn in a thread, on a free loopback port."""

    service: CentralService
    require_device: bool = False
    ssl_options: dict[str, Any] | None = None
    http: Any = "h11"

    def __post_init__(self) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        config = uvicorn.Config(create_app(self.service, require_device=self.require_device),
                                log_level="warning", access_log=False, http=self.http,
                                lifespan="off", **(self.ssl_options or {}))
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, args=([self._socket],),
                                        daemon=True)

    @property
    def url(self) -> str:
        scheme = "https" if self.ssl_options else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def start(self) -> ApiServer:
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._socket.close()


def server_tls_options(ca_dir: Path) -> dict[str, Any]:
    """uvicorn's options for mutual TLS with the region CA in ``ca_dir``."""
    return {"ssl_certfile": str(ca_dir / "server.pem"), "ssl_keyfile": str(ca_dir / "server.key"),
            "ssl_ca_certs": str(ca_dir / "ca.pem"), "ssl_cert_reqs": ssl.CERT_REQUIRED}
