"""Devices: mutual TLS with certificates the region issued, and their revocation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from central_kit import ApiServer, server_tls_options

from kiosk.central.db import make_sessionmaker
from kiosk.central.errors import CentralError
from kiosk.central.service import CentralService
from kiosk.central.tls import (
    PeerCertificateProtocol,
    enrol_device,
    init_ca,
    issue_device_certificate,
    revoke_device,
)
from kiosk.sync.errors import OfflineError
from kiosk.sync.http_link import HttpCentralLink


@pytest.fixture
def ca_dir(tmp_path: Path) -> Path:
    return init_ca(tmp_path / "region-ca", "Қарағанды облысы", ["localhost", "127.0.0.1"]).directory


@pytest.fixture
def tls_api(sqlite_service: CentralService, ca_dir: Path) -> Iterator[ApiServer]:
    server = ApiServer(sqlite_service, require_device=True,
                       ssl_options=server_tls_options(ca_dir), http=PeerCertificateProtocol)
    yield server.start()
    server.stop()


def _device(directory: Path, ca_dir: Path, service: CentralService | None, name: str) -> tuple[str, str]:
    issued = issue_device_certificate(ca_dir, name)
    cert, key = directory / f"{name}.crt", directory / f"{name}.key"
    cert.write_bytes(issued.cert_pem)
    key.write_bytes(issued.key_pem)
    if service is not None:
        with make_sessionmaker(service.engine).begin() as session:
            enrol_device(session, name, issued.der, name="ЦОН №1", region_kato="350000000")
    return str(cert), str(key)


def _link(api: ApiServer, ca_dir: Path, cert: str = "", key: str = "") -> HttpCentralLink:
    return HttpCentralLink(api.url, ca_cert=str(ca_dir / "ca.pem"), client_cert=cert,
                           client_key=key, timeout=10)


def test_an_enrolled_kiosk_is_served(tls_api: ApiServer, sqlite_service: CentralService,
                                     ca_dir: Path, tmp_path: Path) -> None:
    cert, key = _device(tmp_path, ca_dir, sqlite_service, "kiosk-0001")
    link = _link(tls_api, ca_dir, cert, key)
    try:
        assert "350000000" in {r.kato for r in link.regions()}
        challenge = link.create_challenge()
        assert challenge.nonce
        with sqlite_service.transaction() as session:
            from kiosk.central import models

            row = session.get(models.AuthChallenge, challenge.nonce)
            assert row is not None and row.device_id == "kiosk-0001"
    finally:
        link.close()


def test_a_kiosk_without_a_certificate_cannot_connect(tls_api: ApiServer, ca_dir: Path) -> None:
    link = _link(tls_api, ca_dir)
    try:
        with pytest.raises(OfflineError):
            link.regions()
    finally:
        link.close()


def test_a_certificate_of_another_ca_cannot_connect(tls_api: ApiServer, ca_dir: Path,
                                                    tmp_path: Path) -> None:
    other_ca = init_ca(tmp_path / "other-ca", "Other", ["localhost"]).directory
    cert, key = _device(tmp_path, other_ca, None, "intruder")
    link = _link(tls_api, ca_dir, cert, key)
    try:
        with pytest.raises(OfflineError):
            link.regions()
    finally:
        link.close()


def test_unenrolled_and_revoked_devices_are_refused(tls_api: ApiServer,
                                                    sqlite_service: CentralService,
                                                    ca_dir: Path, tmp_path: Path) -> None:
    cert, key = _device(tmp_path, ca_dir, None, "kiosk-unknown")
    link = _link(tls_api, ca_dir, cert, key)
    try:
        with pytest.raises(CentralError) as unknown:
            link.regions()
        assert (unknown.value.code, unknown.value.status) == ("device_unknown", 403)
        assert link.health().status == "ok"  # liveness needs no enrolment
    finally:
        link.close()
    cert, key = _device(tmp_path, ca_dir, sqlite_service, "kiosk-0002")
    with make_sessionmaker(sqlite_service.engine).begin() as session:
        assert revoke_device(session, "kiosk-0002")
    link = _link(tls_api, ca_dir, cert, key)
    try:
        with pytest.raises(CentralError) as revoked:
            link.statistics()
        assert revoked.value.code == "device_revoked"
    finally:
        link.close()
