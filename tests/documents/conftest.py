"""Helpers of the document tests: text extraction, rasterising, QR decoding."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pdfcheck import ALL_SAMPLES

from kiosk.documents import DocumentData, sample_data


@pytest.fixture
def rasterise(tmp_path: Path) -> Callable[[bytes, int], list[Path]]:
    """PNG images of a PDF's pages (poppler's pdftoppm)."""
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "poppler-utils (pdftoppm) is not installed: run scripts/install-system-deps.sh"
    counter = iter(range(1_000_000))

    def run(pdf: bytes, dpi: int = 150) -> list[Path]:
        stem = tmp_path / f"doc{next(counter)}"
        source = stem.with_suffix(".pdf")
        source.write_bytes(pdf)
        subprocess.run([pdftoppm, "-r", str(dpi), "-png", str(source), str(stem)], check=True)
        return sorted(tmp_path.glob(f"{stem.name}-*.png"))

    return run


@pytest.fixture
def decode_qr() -> Callable[[Path], list[str]]:
    """Every QR code zxing-cpp finds in an image."""
    import zxingcpp
    from PIL import Image as image_module

    def run(png: Path) -> list[str]:
        with image_module.open(png) as image:
            found = zxingcpp.read_barcodes(image.convert("L"),
                                           formats=zxingcpp.BarcodeFormat.QRCode)
        return [barcode.text for barcode in found]

    return run


@pytest.fixture(params=ALL_SAMPLES, ids=lambda p: f"{p[0].value}-{p[1].value}")
def sample(request: pytest.FixtureRequest) -> DocumentData:
    """Each demo document in each language."""
    kind, lang = request.param
    return sample_data(kind, lang)
