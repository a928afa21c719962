"""Checking an official document: what the QR code's address answers to anyone.

:func:`verify` looks a document up by the UUID printed on it and, when given the checksum
printed under it (or embedded in its PDF), says whether the certified data match what was
issued. It tells nothing personal: no IIN, no name, only what identifies the paper (its id,
type, application number and date of issue) and the verdict. :func:`verification_html` is
the same answer as a small bilingual page for a phone's browser.
"""

from __future__ import annotations

import hmac
import re
import uuid
from datetime import datetime
from html import escape

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.central import models
from kiosk.central.documents_issue import OFFICIAL, REFERRAL_TYPES, certified
from kiosk.central.views import DocumentVerificationView
from kiosk.documents.captions import caption_table
from kiosk.domain.statuses import ApplicationStatus

UNKNOWN, FOUND, GENUINE, ALTERED = "unknown", "found", "genuine", "altered"

_DIGEST = re.compile(r"^[0-9a-f]{64}$")
_REFERRAL_VALUES = [kind.value for kind in REFERRAL_TYPES]


def normalise_digest(text: str) -> str:
    """A SHA-256 as typed from the paper (groups of eight, any case) in canonical hex;
    ValueError when it is not one."""
    digest = "".join(text.split()).lower()
    if not _DIGEST.match(digest):
        raise ValueError("a checksum is 64 hexadecimal digits")
    return digest


def _canonical_id(text: str) -> str | None:
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        return None


def _in_force(session: Session, document: models.Document) -> bool | None:
    """For a referral: still the application's valid referral (the newest one, not yet used,
    revoked or expired)."""
    if document.doc_type not in _REFERRAL_VALUES:
        return None
    newest = session.scalar(select(func.max(models.Document.id)).where(
        models.Document.application_id == document.application_id,
        models.Document.doc_type.in_(_REFERRAL_VALUES)))
    status = session.scalar(select(models.Application.status)
                            .where(models.Application.id == document.application_id))
    return newest == document.id and status == ApplicationStatus.REFERRAL_ISSUED.value


def verify(session: Session, document_id: str,
           digest: str | None = None) -> DocumentVerificationView:
    """The verdict on document ``document_id``; ``digest`` (normalised) is compared when given."""
    canonical = _canonical_id(document_id)
    if canonical is None:
        return DocumentVerificationView(document_id=document_id.strip()[:64], status=UNKNOWN)
    document = session.scalar(select(models.Document).where(
        models.Document.document_id == canonical, models.Document.kind == OFFICIAL))
    if document is None or document.doc_type is None:
        return DocumentVerificationView(document_id=canonical, status=UNKNOWN)
    fields = certified(document)
    if digest is None:
        status = FOUND
    else:
        status = GENUINE if hmac.compare_digest(digest, document.sha256) else ALTERED
    title = caption_table()[f"title.{document.doc_type}"]
    return DocumentVerificationView(
        document_id=canonical, status=status, doc_type=document.doc_type,
        title_kk=title.kk, title_ru=title.ru,
        application_number=str(fields["application_number"]),
        issued_at=datetime.fromisoformat(fields["issued_at"]),
        in_force=_in_force(session, document))


# ------------------------------------------------------------------ the page

_VERDICTS = {
    UNKNOWN: ("bad", "Мұндай құжат жүйеде тіркелмеген.",
              "Такой документ в системе не зарегистрирован."),
    FOUND: ("ok", "Құжат жүйеде тіркелген. Мазмұнын тексеру үшін құжаттағы бақылау сомасын "
                  "енгізіңіз.",
            "Документ зарегистрирован в системе. Чтобы проверить его содержание, введите "
            "контрольную сумму, напечатанную на документе."),
    GENUINE: ("ok", "Құжат түпнұсқа: бақылау сомасы берілген құжатқа сәйкес келеді.",
              "Документ подлинный: контрольная сумма совпадает с выданным документом."),
    ALTERED: ("bad", "Бақылау сомасы берілген құжатқа сәйкес келмейді: құжат өзгертілген "
                     "болуы мүмкін.",
              "Контрольная сумма не совпадает с выданным документом: документ мог быть "
              "изменён."),
}
_BAD_DIGEST = ("Енгізілген бақылау сомасы дұрыс емес (64 он алтылық таңба).",
               "Введённая контрольная сумма неверна (64 шестнадцатеричных знака).")
_IN_FORCE = {True: ("Жолдама күшінде.", "Направление действует."),
             False: ("Жолдама күшін жойды (пайдаланылды, қайтарылды немесе мерзімі өтті).",
                     "Направление недействительно (использовано, отозвано или истекло).")}

_STYLE = """
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f24}
main{max-width:40rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.25rem;color:#1f3a5f;margin:.25rem 0 1rem}
.verdict{padding:.9rem 1rem;border-radius:.5rem;margin:0 0 1rem;font-weight:600}
.ok{background:#e3f4e8;border-left:.35rem solid #1e7d3a}
.bad{background:#fbe5e3;border-left:.35rem solid #b3261e}
.other{display:block;font-weight:400;color:#5d6673;margin-top:.25rem}
dl{background:#fff;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
dt{color:#5d6673;font-size:.85rem;margin-top:.5rem}
dd{margin:0;word-break:break-all}
form{display:flex;flex-wrap:wrap;gap:.5rem}
input{flex:1 1 18rem;padding:.5rem;font-family:monospace}
button{padding:.5rem 1rem}
"""


def _both(kk: str, ru: str) -> str:
    return f"{escape(kk)}<span class=other>{escape(ru)}</span>"


def _caption(key: str) -> tuple[str, str]:
    text = caption_table()[key]
    return text.kk, text.ru


def verification_html(view: DocumentVerificationView, *, bad_digest: bool = False) -> str:
    """A minimal bilingual (Kazakh, then Russian) page of the verdict, with a form to check a
    checksum typed from the paper."""
    heading = _caption("section.verify")
    css, kk, ru = _VERDICTS[view.status]
    parts = [f"<div class='verdict {css}'>{_both(kk, ru)}</div>"]
    if bad_digest:
        parts.append(f"<div class='verdict bad'>{_both(*_BAD_DIGEST)}</div>")
    if view.in_force is not None and view.status != ALTERED:
        parts.append(f"<div class='verdict {'ok' if view.in_force else 'bad'}'>"
                     f"{_both(*_IN_FORCE[view.in_force])}</div>")
    rows: list[tuple[tuple[str, str], str]] = []
    if view.title_kk and view.title_ru:
        rows.append((("Құжат", "Документ"), f"{view.title_kk} / {view.title_ru}"))
    if view.application_number:
        rows.append((_caption("label.application_number"), view.application_number))
    if view.issued_at is not None:
        rows.append((_caption("label.issued_at"), view.issued_at.strftime("%d.%m.%Y %H:%M")))
    rows.append((_caption("label.document_id"), view.document_id))
    items = "".join(f"<dt>{escape(kk)} / {escape(ru)}</dt><dd>{escape(value)}</dd>"
                    for (kk, ru), value in rows)
    parts.append(f"<dl>{items}</dl>")
    if view.status != UNKNOWN:
        label = " / ".join(_caption("label.checksum"))
        parts.append(
            "<form method=get>"
            f"<input name=digest aria-label='{escape(label)}' placeholder='{escape(label)}' "
            "autocomplete=off spellcheck=false>"
            "<button type=submit>Тексеру / Проверить</button></form>")
    body = "".join(parts)
    return ("<!doctype html><html lang=kk><head><meta charset=utf-8>"
            "<meta name=viewport content='width=device-width,initial-scale=1'>"
            "<meta name=robots content=noindex>"
            f"<title>{escape(heading[0])} / {escape(heading[1])}</title>"
            f"<style>{_STYLE}</style></head><body><main>"
            f"<h1>{_both(*heading)}</h1>{body}</main></body></html>")


def wants_html(accept: str) -> bool:
    """True when an Accept header prefers text/html to JSON (a browser's does; ``*/*``, or
    no header, does not)."""
    best: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        best[media.lower()] = max(quality, best.get(media.lower(), 0.0))
    html = max(best.get("text/html", 0.0), best.get("text/*", 0.0))
    json_ = max(best.get("application/json", 0.0), best.get("application/*", 0.0))
    return html > 0 and html > json_
