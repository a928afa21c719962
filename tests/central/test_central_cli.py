"""`kiosk-central`: migrate, seed-demo, serve (plain loopback and mutual TLS), devices."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from kiosk.central.cli import main
from kiosk.central.migrate import head_revision
from kiosk.sync.http_link import HttpCentralLink


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["KIOSK_DATA_DIR"] = str(data)
    return env


def _run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk.central.cli", *args],
                          capture_output=True, text=True, env=_environment(data), timeout=120)


@contextmanager
def _serving(*args: str, data: Path, probe: str) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen([sys.executable, "-m", "kiosk.central.cli", "serve", *args],
                               env=_environment(data), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"serve exited: {process.stdout.read() if process.stdout else ''}")
            try:
                with socket.create_connection(("127.0.0.1", int(probe)), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("serve did not listen")
                time.sleep(0.1)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)
        if process.stdout is not None:
            process.stdout.close()


def test_serve_with_the_demo_seed_answers_openapi(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    seeded = _run("seed-demo", "--db", db, "--applications", "300", "--kindergartens", "12",
                  data=tmp_path)
    assert seeded.returncode == 0, seeded.stderr
    assert json.loads(seeded.stdout)["applications"] == 300
    migrated = _run("migrate", "--db", db, data=tmp_path)
    assert migrated.returncode == 0 and f"revision {head_revision()}" in migrated.stdout
    port = str(_free_port())
    with _serving("--db", db, "--port", port, data=tmp_path, probe=port):
        document = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=10).json()
        assert "/requests" in document["paths"]
        stats = httpx.get(f"http://127.0.0.1:{port}/public/statistics", timeout=10).json()
        assert sum(row["queued"] for row in stats["rows"]) > 100


def test_serve_refuses_an_open_port_without_tls(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    assert "loopback" in capsys.readouterr().err
    assert main(["serve", "--tls-cert", "x.pem"]) == 2


def test_enrolled_kiosk_over_mutual_tls(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    ca = tmp_path / "ca"
    created = _run("init-ca", "--dir", str(ca), "--region-name", "Қарағанды облысы",
                   "--server-name", "127.0.0.1", data=tmp_path)
    assert created.returncode == 0, created.stderr
    enrolled = _run("enrol-device", "--db", db, "--ca-dir", str(ca), "--id", "kiosk-0007",
                    "--out", str(tmp_path / "kiosk"), "--name", "ЦОН №7", data=tmp_path)
    assert enrolled.returncode == 0, enrolled.stderr
    files = json.loads(enrolled.stdout)
    port = str(_free_port())
    with _serving("--db", db, "--port", port, "--host", "127.0.0.1",
                  "--tls-cert", str(ca / "server.pem"), "--tls-key", str(ca / "server.key"),
                  "--client-ca", str(ca / "ca.pem"), data=tmp_path, probe=port):
        link = HttpCentralLink(f"https://127.0.0.1:{port}", ca_cert=files["ca_cert"],
                               client_cert=files["client_cert"], client_key=files["client_key"])
        try:
            assert link.create_challenge().nonce
        finally:
            link.close()
    revoked = _run("revoke-device", "--db", db, "--id", "kiosk-0007", data=tmp_path)
    assert revoked.returncode == 0
    assert _run("revoke-device", "--db", db, "--id", "nope", data=tmp_path).returncode == 1
