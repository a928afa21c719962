"""`kiosk eds …` and `kiosk demo-pki`: JSON on stdout, exit 0 / 1 (refused) / 2 (bad usage)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from nca_material import PROD_AUTH, PROD_GOST, PROD_SIGN, RSA_TEST_CRL, TEST, needs_nca

from kiosk.cli import main
from kiosk.eds.demo_pki import DemoPki

INSPECT_FIELDS = {
    "alias",
    "purpose",
    "algorithm",
    "key_size",
    "iin",
    "bin",
    "surname",
    "name",
    "patronymic",
    "organisation",
    "email",
    "serial",
    "issuer",
    "not_before",
    "not_after",
    "chain",
    "revocation",
    "can_sign",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out)


@needs_nca
def test_inspect_lists_the_key(capsys: pytest.CaptureFixture[str], nca_anchors: Path) -> None:
    code, keys = run(
        capsys,
        "eds",
        "inspect",
        str(PROD_AUTH),
        "--password",
        "Qwerty12",
        "--trust",
        "test",
        "--anchors",
        str(nca_anchors),
        "--at",
        "2019-01-15T00:00:00Z",
        "--json",
    )
    assert code == 0
    [key] = keys  # type: ignore[misc]
    assert INSPECT_FIELDS <= set(key)
    assert (key["purpose"], key["algorithm"], key["key_size"], key["iin"]) == (
        "auth",
        "rsa",
        2048,
        "123456789011",
    )
    assert (key["surname"], key["name"], key["patronymic"]) == ("ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ")
    assert (key["chain"], key["revocation"], key["can_sign"]) == ("ok", "unknown", True)
    assert key["not_after"] == "2019-08-22T12:11:36+00:00"


@needs_nca
def test_inspect_reports_revocation_from_a_crl_file(
    capsys: pytest.CaptureFixture[str], nca_anchors: Path
) -> None:
    code, keys = run(
        capsys,
        "eds",
        "inspect",
        str(TEST / "KEY_INDIVIDUAL_AUTH_REVOKED_2004.p12"),
        "--password",
        "Qwerty12",
        "--trust",
        "test",
        "--anchors",
        str(nca_anchors),
        "--crl",
        str(RSA_TEST_CRL),
        "--json",
    )
    assert code == 0
    assert keys[0]["revocation"] == "revoked"  # type: ignore[index]


@needs_nca
def test_inspect_a_gost_key(capsys: pytest.CaptureFixture[str], nca_anchors: Path) -> None:
    code, keys = run(
        capsys, "eds", "inspect", str(PROD_GOST), "--password", "Qwerty12", "--anchors", str(nca_anchors), "--json"
    )
    assert code == 0
    [key] = keys  # type: ignore[misc]
    assert (key["algorithm"], key["can_sign"], key["bin"], key["chain"]) == (
        "gost2004",
        False,
        "123456789021",
        "unsupported_algorithm",
    )


@needs_nca
def test_inspect_with_a_wrong_password_is_refused(capsys: pytest.CaptureFixture[str], nca_anchors: Path) -> None:
    argv = ("eds", "inspect", str(PROD_GOST), "--password", "nope", "--anchors", str(nca_anchors), "--json")
    assert run(capsys, *argv) == (1, {"error": "wrong_password", "tries_left": None})


@needs_nca
def test_production_trust_without_anchors_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # no --anchors: the settings' anchors directory (<data dir>/anchors), which is empty here
    code, report = run(capsys, "eds", "inspect", str(PROD_SIGN), "--password", "Qwerty12", "--json")
    assert (code, report) == (1, {"error": "trust_anchors_missing"})
    empty = tmp_path / "anchors"
    (empty / "production").mkdir(parents=True)
    argv = ["eds", "inspect", str(PROD_SIGN), "--password", "Qwerty12", "--anchors", str(empty), "--json"]
    assert main(argv) == 1
    out, hint = capsys.readouterr()
    assert json.loads(out) == {"error": "trust_anchors_missing"}
    assert str(empty / "production") in hint and "pki.gov.kz" in hint  # where NCA's certificates go


@needs_nca
def test_the_anchors_directory_comes_from_the_settings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, nca_anchors: Path
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f"[eds]\nanchors_dir = {json.dumps(str(nca_anchors))}\n", encoding="utf-8")
    argv = ("eds", "inspect", str(PROD_SIGN), "--password", "Qwerty12", "--at", "2019-01-15T00:00:00Z", "--json")
    code, keys = run(capsys, "--config", str(config), *argv)
    assert code == 0 and keys[0]["chain"] == "ok"  # type: ignore[index]
    config.write_text("[eds]\nanchors = 1\n", encoding="utf-8")
    assert main(["--config", str(config), *argv]) == 2
    assert "anchors" in capsys.readouterr().err


def test_inspect_a_missing_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, report = run(capsys, "eds", "inspect", str(tmp_path / "none.p12"), "--password", "x", "--json")
    assert (code, report) == (1, {"error": "store_not_found"})


@needs_nca
def test_sign_and_verify_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, nca_anchors: Path
) -> None:
    source, signed = tmp_path / "in.xml", tmp_path / "out.xml"
    source.write_text('<application xmlns="urn:kiosk"><child>Әлихан</child></application>', encoding="utf-8")
    code, report = run(
        capsys,
        "eds",
        "sign-xml",
        "--keystore",
        str(PROD_SIGN),
        "--password",
        "Qwerty12",
        str(source),
        "-o",
        str(signed),
        "--at",
        "2019-01-15T00:00:00+00:00",
        "--json",
    )
    assert code == 0 and report["signed"] is True  # type: ignore[index]
    verify = ("eds", "verify-xml", str(signed), "--trust", "test", "--anchors", str(nca_anchors), "--json")
    code, report = run(capsys, *verify, "--at", "2019-01-15T00:00:00Z", "--unknown-revocation", "accept")
    assert code == 0
    assert report == {
        "valid": True,
        "reason": None,
        "purpose": "sign",
        "signer": {
            "iin": "123456789011",
            "surname": "ТЕСТОВ",
            "name": "ТЕСТ",
            "patronymic": "ТЕСТОВИЧ",
            "serial": "744cc3275fb3519eff1ca31efc9ced3321b87c12",
        },
        "chain": "ok",
        "validity": "valid",
        "revocation": "unknown",
        "revoked_at": None,
        "revocation_reason": None,
    }
    code, report = run(capsys, *verify)
    assert (code, report["valid"], report["reason"]) == (1, False, "certificate_expired")  # type: ignore[index]
    signed.write_bytes(signed.read_bytes().replace("Әлихан".encode(), "Алихан".encode()))
    code, report = run(capsys, *verify, "--at", "2019-01-15T00:00:00Z", "--unknown-revocation", "accept")
    assert (code, report["reason"]) == (1, "digest_mismatch")  # type: ignore[index]


@needs_nca
def test_signing_with_the_auth_key_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "in.xml"
    source.write_text("<doc/>")
    code, report = run(
        capsys,
        "eds",
        "sign-xml",
        "--keystore",
        str(PROD_AUTH),
        "--password",
        "Qwerty12",
        str(source),
        "-o",
        str(tmp_path / "out.xml"),
        "--at",
        "2019-01-15",
        "--json",
    )
    assert (code, report) == (1, {"error": "wrong_purpose"})
    assert not (tmp_path / "out.xml").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["eds"],
        ["eds", "inspect"],
        ["eds", "inspect", "x.p12"],  # no password
        ["eds", "verify-xml", "x.xml", "--trust", "nowhere"],
        ["eds", "verify-xml", "x.xml", "--at", "yesterday"],
        ["eds", "verify-xml", "x.xml", "--crl", __file__],  # not a CRL
        ["eds", "sign-xml", "in.xml"],
        ["demo-pki"],
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    capsys.readouterr()


def test_a_missing_input_document_is_bad_usage(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["eds", "verify-xml", str(tmp_path / "absent.xml")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_demo_pki_then_demo_trust(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_pki: DemoPki
) -> None:
    out = tmp_path / "pki"
    code, report = run(capsys, "demo-pki", "--out", str(out), "--password", "Demo-1234")
    assert code == 0 and report["keys"] == 10 and len(report["revoked"]) == 1  # type: ignore[index]
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    key = next(k for k in index["keys"] if k["purpose"] == "sign" and not k["revoked"])
    assert key["password"] == "Demo-1234"  # noqa: S105 - the demo password given above
    source, signed = tmp_path / "in.xml", tmp_path / "out.xml"
    source.write_text("<doc>demo</doc>")
    code, _ = run(
        capsys,
        "eds",
        "sign-xml",
        "--keystore",
        str(out / key["file"]),
        "--password",
        "Demo-1234",
        "--check-trust",
        "--trust",
        "demo",
        "--demo-pki",
        str(out),
        str(source),
        "-o",
        str(signed),
    )
    assert code == 0
    code, report = run(
        capsys, "eds", "verify-xml", str(signed), "--trust", "demo", "--demo-pki", str(out), "--json"
    )
    assert code == 0 and report["signer"]["iin"] == key["iin"]  # type: ignore[index]
    # another demo PKI has a CA of the same name but another key: an impostor to this one
    code, report = run(
        capsys,
        "eds",
        "verify-xml",
        str(signed),
        "--trust",
        "demo",
        "--demo-pki",
        str(demo_pki.directory),
        "--json",
    )
    assert (code, report["reason"]) == (1, "chain_invalid")  # type: ignore[index]
    code, report = run(
        capsys,
        "eds",
        "verify-xml",
        str(signed),
        "--trust",
        "demo",
        "--demo-pki",
        str(tmp_path / "none"),
        "--json",
    )
    assert (code, report) == (1, {"error": "trust_anchors_missing"})


def test_the_console_script_runs_eds(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "eds",
            "inspect",
            str(tmp_path / "none.p12"),
            "--password",
            "x",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout) == {"error": "store_not_found"}
