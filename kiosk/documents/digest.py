"""What the central service stores to verify a document, and how a PDF carries it.

* :func:`certified_json` / :func:`certified_digest`: a canonical JSON of the certified
  fields (sorted keys, no spaces, UTF-8, NFC strings, ISO dates) and its SHA-256. The
  language and the verification address are presentation and stay out of it.
* :func:`document_fingerprint`: SHA-256 of the PDF file itself.
* The PDF's Info dictionary carries ``balabaqsha-document-id=<uuid>`` and
  ``balabaqsha-digest=<hex>`` in its Keywords; :func:`read_embedded` finds them again
  with the standard library only: literal or hex strings, escaped or UTF-16, in the file
  or in a compressed object stream, so a PDF saved again by another tool still reads.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
import zlib
from datetime import date, datetime

from kiosk.documents.model import Bilingual, DocumentData, Kindergarten, PersonData

DIGEST_VERSION = 1
ID_KEY = "balabaqsha-document-id"
DIGEST_KEY = "balabaqsha-digest"

_ID_RE = re.compile(r"balabaqsha-document-id=([0-9a-fA-F-]{36})")
_DIGEST_RE = re.compile(r"balabaqsha-digest=([0-9a-f]{64})")
_KEYWORDS_RE = re.compile(rb"/Keywords\s*([(<])")
_OCTAL_RE = re.compile(rb"[0-7]{1,3}")
_STREAM_RE = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}

class NotABalabaqshaDocument(ValueError):
    """The PDF does not carry a document id and digest of this system."""


def _person(p: PersonData) -> dict[str, str]:
    return {"iin": p.iin, "surname": p.surname, "name": p.name, "patronymic": p.patronymic,
            "birth_date": p.birth_date.isoformat()}


def _bilingual(text: Bilingual | None) -> dict[str, str] | None:
    return None if text is None else {"kk": text.kk, "ru": text.ru}


def _kindergarten(kg: Kindergarten | None) -> dict[str, str] | None:
    return None if kg is None else {"name_kk": kg.name_kk, "name_ru": kg.name_ru,
                                    "address": kg.address}


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def certified_fields(data: DocumentData) -> dict[str, object]:
    """The fields a document certifies, as plain JSON values."""
    return {
        "v": DIGEST_VERSION,
        "type": data.doc_type.value,
        "document_id": data.document_id,
        "issued_at": _iso(data.issued_at),
        "application_number": data.application_number,
        "registered_at": _iso(data.registered_at),
        "applicant": _person(data.applicant),
        "child": _person(data.child),
        "queue_number": data.queue_number,
        "queue_number_in_category": data.queue_number_in_category,
        "category": _bilingual(data.category),
        "kindergarten": _kindergarten(data.kindergarten),
        "valid_until": _iso(data.valid_until),
        "refusal_reason": _bilingual(data.refusal_reason),
        "service_centre": data.service_centre,
    }


def certified_json(data: DocumentData) -> bytes:
    """The canonical JSON (UTF-8 bytes) the digest is computed over."""
    return json.dumps(certified_fields(data), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"), allow_nan=False).encode("utf-8")


def certified_digest(data: DocumentData) -> str:
    """SHA-256 (hex) of :func:`certified_json`: what the central service stores."""
    return hashlib.sha256(certified_json(data)).hexdigest()


def document_fingerprint(pdf_bytes: bytes) -> str:
    """SHA-256 (hex) of the PDF file as issued."""
    return hashlib.sha256(pdf_bytes).hexdigest()


def embedded_keywords(data: DocumentData) -> str:
    """The Keywords entry of the PDF's Info dictionary."""
    return f"{ID_KEY}={data.document_id} {DIGEST_KEY}={certified_digest(data)}"


def _literal_string(data: bytes, start: int) -> bytes:
    """The bytes of the PDF literal string whose ``(`` is at ``start`` (escapes resolved)."""
    out, depth, i = bytearray(), 1, start + 1
    while i < len(data):
        c = data[i]
        if c == 0x5C:  # backslash
            i += 1
            if i >= len(data):
                break
            e = data[i]
            if e in _ESCAPES:
                out += _ESCAPES[e]
            elif 0x30 <= e <= 0x37:  # up to three octal digits
                octal = _OCTAL_RE.match(data, i)
                assert octal is not None
                out.append(int(octal.group(0), 8) & 0xFF)
                i = octal.end() - 1
            elif e in b"\r\n":  # a line continuation
                if e == 0x0D and data[i + 1:i + 2] == b"\n":
                    i += 1
            else:
                out.append(e)
        elif c == 0x28:
            depth += 1
            out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                break
            out.append(c)
        else:
            out.append(c)
        i += 1
    return bytes(out)


def _hex_string(data: bytes, start: int) -> bytes:
    end = data.find(b">", start)
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", data[start + 1:end if end >= 0 else len(data)])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def _text(raw: bytes) -> str:
    """A PDF text string: UTF-16BE with its byte-order mark, else PDFDocEncoding (≈ Latin-1)."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("latin-1")


def _keywords(data: bytes) -> list[str]:
    """Every /Keywords value in ``data``, in file order."""
    found = []
    for match in _KEYWORDS_RE.finditer(data):
        opener = match.start(1)
        raw = _literal_string(data, opener) if data[opener] == 0x28 else _hex_string(data, opener)
        found.append(_text(raw))
    return found


def _marked(values: list[str]) -> tuple[str, str] | None:
    """The id and digest of the last value that carries both."""
    for value in reversed(values):
        ids, digests = _ID_RE.findall(value), _DIGEST_RE.findall(value)
        if ids and digests:
            try:
                return str(uuid.UUID(ids[-1])), digests[-1]
            except ValueError:
                continue
    return None


def read_embedded(pdf_bytes: bytes) -> tuple[str, str]:
    """The document id and certified digest a PDF of this system carries.

    When a PDF was saved again with incremental updates, the last occurrence wins, as in
    the PDF's own reading order. Raises :class:`NotABalabaqshaDocument` when absent.
    """
    if not pdf_bytes.startswith(b"%PDF-"):
        raise NotABalabaqshaDocument("not a PDF file")
    found = _marked(_keywords(pdf_bytes))
    if found is None:  # the Info dictionary may sit in a compressed object stream
        inflated: list[str] = []
        for match in _STREAM_RE.finditer(pdf_bytes):
            try:  # a decompressor object ignores the end-of-line bytes after the data
                inflated += _keywords(zlib.decompressobj().decompress(match.group(1)))
            except zlib.error:
                continue
        found = _marked(inflated)
    if found is None:
        raise NotABalabaqshaDocument("no balabaqsha document id and digest in this PDF")
    return found
