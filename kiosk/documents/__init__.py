"""Output documents (PDF): registration notice, referral, refusal, … and their receipt slips.

Each document is built from a :class:`DocumentData` (what it certifies), printed in the
applicant's language with the other language alongside, and carries a QR code of the
central service's verification address. The central service stores
:func:`certified_digest` under the document id; both are embedded in the PDF's metadata
and read back with :func:`read_embedded`.

The names below load on first use, so importing the data model does not pull reportlab in
(the `kiosk` command builds its parser on every start).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_EXPORTS = {
    "Bilingual": "model", "DocType": "model", "DocumentData": "model", "Kindergarten": "model",
    "Language": "model", "PersonData": "model", "QueueType": "model",
    "caption": "captions", "caption_table": "captions",
    "NotABalabaqshaDocument": "digest", "certified_digest": "digest",
    "certified_fields": "digest", "certified_json": "digest", "document_fingerprint": "digest",
    "read_embedded": "digest",
    "register_fonts": "fonts",
    "render": "render", "render_slip": "render",
    "person_data": "samples", "sample_data": "samples",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # pragma: no cover
    from kiosk.documents.captions import caption, caption_table
    from kiosk.documents.digest import (NotABalabaqshaDocument, certified_digest,
                                        certified_fields, certified_json, document_fingerprint,
                                        read_embedded)
    from kiosk.documents.fonts import register_fonts
    from kiosk.documents.model import (Bilingual, DocType, DocumentData, Kindergarten, Language,
                                       PersonData, QueueType)
    from kiosk.documents.render import render, render_slip
    from kiosk.documents.samples import person_data, sample_data
