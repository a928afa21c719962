"""`kiosk documents sample` and `kiosk documents inspect`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdfcheck import pdf_text

from kiosk.cli import main
from kiosk.documents import DocType, certified_digest, read_embedded, sample_data


@pytest.mark.parametrize("kind", list(DocType))
def test_sample_writes_a_pdf(kind: DocType, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{kind.value}.pdf"
    assert main(["documents", "sample", "--type", kind.value, "--lang", "ru", "-o", str(out)]) == 0
    data = sample_data(kind, "ru")
    pdf = out.read_bytes()
    assert read_embedded(pdf) == (data.document_id, certified_digest(data))
    assert data.application_number in pdf_text(pdf)
    assert data.document_id in capsys.readouterr().out


def test_sample_defaults_to_kazakh_and_writes_a_slip(tmp_path: Path) -> None:
    out = tmp_path / "slip.pdf"
    assert main(["documents", "sample", "--type", "registration", "--slip", "-o", str(out),
                 "--base-url", "https://central.example.kz"]) == 0
    text = pdf_text(out.read_bytes())
    assert "Өтінішті тіркеу туралы хабарлама" in text
    data = sample_data("registration", "kk", verify_base_url="https://central.example.kz")
    assert data.verify_url in text.replace(" ", "")  # the slip wraps the address


@pytest.mark.parametrize("argv", [
    ["documents", "sample", "--type", "receipt", "-o", "x.pdf"],
    ["documents", "sample", "--type", "referral", "--lang", "en", "-o", "x.pdf"],
    ["documents", "sample", "--type", "referral"],
    ["documents", "sample", "-o", "x.pdf"],
    ["documents", "sample", "--type", "referral", "--base-url", "ftp://x", "-o", "x.pdf"],
    ["documents"],
])
def test_bad_usage_exits_2(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_output_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing" / "x.pdf"
    assert main(["documents", "sample", "--type", "referral", "-o", str(out)]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_inspect_reads_the_id_and_digest_back(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["documents", "sample", "--type", "refusal", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["documents", "inspect", str(out), "--json"]) == 0
    data = sample_data("refusal", "kk")
    assert json.loads(capsys.readouterr().out) == {"document_id": data.document_id,
                                                   "digest": certified_digest(data)}
    assert main(["documents", "inspect", str(out)]) == 0
    assert data.document_id in capsys.readouterr().out


def test_inspect_refuses_other_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["documents", "inspect", str(other)]) == 1
    assert main(["documents", "inspect", str(tmp_path / "absent.pdf")]) == 1
    assert capsys.readouterr().err.count("kiosk documents inspect") == 2


def test_as_a_console_script(tmp_path: Path) -> None:
    out = tmp_path / "referral.pdf"
    result = subprocess.run([sys.executable, "-m", "kiosk", "documents", "sample", "--type",
                             "sanatorium-referral", "--lang", "kk", "-o", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_building_the_parser_does_not_load_reportlab() -> None:
    """`kiosk` builds its parser on every start, GUI included: rendering loads on demand."""
    code = ("import sys; from kiosk.cli import build_parser; build_parser(); "
            "print(any(m.startswith('reportlab') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
