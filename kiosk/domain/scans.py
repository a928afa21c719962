"""Scans of benefit documents: PDF, JPEG or PNG, readable, within a size limit."""

from __future__ import annotations

import enum
from dataclasses import dataclass

_SIGNATURES = {
    "application/pdf": (b"%PDF-",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
}
_TRAILERS = {
    "application/pdf": b"%%EOF",
    "image/jpeg": b"\xff\xd9",
    "image/png": b"IEND",
}


class ScanError(enum.Enum):
    """Why a scan is refused; the value is a stable code the UI translates."""

    EMPTY = "scan_empty"
    TOO_LARGE = "scan_too_large"
    TYPE = "scan_type"
    UNREADABLE = "scan_unreadable"


@dataclass(frozen=True)
class Scan:
    """An accepted scan: its file name, media type and bytes."""

    name: str
    media_type: str
    content: bytes


def check_scan(name: str, content: bytes, max_bytes: int) -> Scan:
    """Accept a scan or raise ``ValueError(ScanError)``.

    The type comes from the file's own signature, not its name; a file cut short (no
    end marker) is unreadable.
    """
    if not content:
        raise ValueError(ScanError.EMPTY)
    if len(content) > max_bytes:
        raise ValueError(ScanError.TOO_LARGE)
    media_type = next((kind for kind, heads in _SIGNATURES.items()
                       if any(content.startswith(h) for h in heads)), None)
    if media_type is None:
        raise ValueError(ScanError.TYPE)
    if _TRAILERS[media_type] not in content[-1024:]:
        raise ValueError(ScanError.UNREADABLE)
    return Scan(name, media_type, content)
