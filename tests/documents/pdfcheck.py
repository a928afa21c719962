"""Helpers of the document tests (a module of its own: test modules import it by name)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from kiosk.documents import DocType, Language

ALL_SAMPLES = [(kind, lang) for kind in DocType for lang in Language]
KAZAKH_LETTERS = "әғқңөұүһі"


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def pdf_text(pdf: bytes) -> str:
    return " ".join(pdf_pages(pdf))
