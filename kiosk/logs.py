"""Logging: one logger per area, each to its own rotating file, with personal data masked.

Code never passes a password or PIN to a logger; the redacting filter is a second line of
defence that masks anything shaped like an IIN, a phone number or an e-mail address.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

AREAS = ("app", "domain", "eds", "store", "documents", "sync", "central", "ui")
_MAX_BYTES = 2 * 1024 * 1024
_BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_PATTERNS = (
    (re.compile(r"(?<!\d)\d{12}(?!\d)"), "<iin>"),
    (re.compile(r"\+?[78][\s-]?\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)"), "<phone>"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "<email>"),
)


def redact(text: str) -> str:
    """Mask IINs, phone numbers and e-mail addresses in ``text``."""
    for pattern, mask in _PATTERNS:
        text = pattern.sub(mask, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message with personal data masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def get_logger(area: str) -> logging.Logger:
    """The logger of one area of the product (one of ``AREAS``)."""
    if area not in AREAS:
        raise ValueError(f"unknown log area {area!r}")
    return logging.getLogger(f"kiosk.{area}")


def setup_logging(log_dir: Path, level: str = "INFO") -> None:
    """Send each area's records to ``<log_dir>/<area>.log``, rotated, personal data masked."""
    log_dir.mkdir(parents=True, exist_ok=True)
    formatter = logging.Formatter(_FORMAT)
    for area in AREAS:
        logger = get_logger(area)
        for old in list(logger.handlers):
            logger.removeHandler(old)
            old.close()
        handler = logging.handlers.RotatingFileHandler(
            log_dir / f"{area}.log", maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8")
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        logger.addHandler(handler)
        logger.setLevel(level)
        logger.propagate = False
