"""Citizen sessions: login challenges, one-time codes and short-lived tokens.

Only hashes of tokens and codes are stored. A token is bound to one IIN and expires after
``TOKEN_TTL``; a challenge and a code are used once. Nothing here logs a token or a code.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.central import models
from kiosk.central.errors import CentralError, ErrorCode

TOKEN_TTL = timedelta(minutes=15)
CHALLENGE_TTL = timedelta(minutes=5)
CODE_TTL = timedelta(minutes=5)
CODE_RESEND_AFTER = timedelta(seconds=60)
CODE_MAX_ATTEMPTS = 5
CODE_DIGITS = 6


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class IssuedToken:
    """A new token (the only time its clear text exists on the service side)."""

    token: str
    iin: str
    method: str
    expires_at: datetime


def new_challenge(session: Session, now: datetime, device_id: str) -> models.AuthChallenge:
    """A fresh challenge for the AUTH key to sign."""
    session.execute(delete(models.AuthChallenge).where(models.AuthChallenge.expires_at < now))
    row = models.AuthChallenge(nonce=secrets.token_urlsafe(32), created_at=now,
                               expires_at=now + CHALLENGE_TTL, used=False, device_id=device_id)
    session.add(row)
    return row


def use_challenge(session: Session, nonce: str, now: datetime) -> None:
    """Consume a challenge; refuse one unknown, used or expired."""
    row = session.execute(select(models.AuthChallenge)
                          .where(models.AuthChallenge.nonce == nonce)
                          .with_for_update()).scalar_one_or_none()
    if row is None or row.used:
        raise CentralError(ErrorCode.CHALLENGE_INVALID)
    if now >= row.expires_at:
        raise CentralError(ErrorCode.CHALLENGE_EXPIRED)
    row.used = True


def issue_token(session: Session, iin: str, method: str, now: datetime,
                device_id: str, ttl: timedelta = TOKEN_TTL) -> IssuedToken:
    """A new session token for ``iin``."""
    session.execute(delete(models.AuthToken).where(models.AuthToken.expires_at < now))
    token = secrets.token_urlsafe(32)
    session.add(models.AuthToken(token_hash=_hash(token), iin=iin, method=method,
                                 created_at=now, expires_at=now + ttl, device_id=device_id))
    return IssuedToken(token, iin, method, now + ttl)


def token_owner(session: Session, token: str, now: datetime, device_id: str | None = None) -> str:
    """The IIN a token is bound to; refuse an unknown or expired token, or one presented by
    another device than the one it was issued on (when ``device_id`` is given)."""
    if not token:
        raise CentralError(ErrorCode.AUTH_REQUIRED)
    row = session.get(models.AuthToken, _hash(token))
    if row is None or (device_id is not None and row.device_id != device_id):
        raise CentralError(ErrorCode.TOKEN_INVALID)
    if now >= row.expires_at:
        raise CentralError(ErrorCode.TOKEN_EXPIRED)
    return row.iin


def revoke_token(session: Session, token: str) -> None:
    """End a session (logout, inactivity wipe)."""
    session.execute(delete(models.AuthToken).where(models.AuthToken.token_hash == _hash(token)))


def new_code(session: Session, iin: str, now: datetime) -> tuple[str, datetime]:
    """A new one-time code for ``iin`` (clear text, expiry); refuse a resend too soon."""
    last = session.execute(select(models.OneTimeCode)
                           .where(models.OneTimeCode.iin == iin)
                           .order_by(models.OneTimeCode.created_at.desc())
                           .limit(1)).scalar_one_or_none()
    if last is not None and now - last.created_at < CODE_RESEND_AFTER:
        wait = int((CODE_RESEND_AFTER - (now - last.created_at)).total_seconds()) + 1
        raise CentralError(ErrorCode.OTP_TOO_SOON, retry_after_s=wait)
    session.execute(delete(models.OneTimeCode).where(models.OneTimeCode.iin == iin))
    code = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))
    session.add(models.OneTimeCode(iin=iin, code_hash=_hash(iin + ":" + code), created_at=now,
                                   expires_at=now + CODE_TTL, attempts=0, used=False))
    return code, now + CODE_TTL


def check_code(session: Session, iin: str, code: str, now: datetime) -> None:
    """Consume the one-time code of ``iin``; count a wrong try and lock after too many.

    The caller commits even when this raises OTP_INVALID, so the failed try is counted.
    """
    row = session.execute(select(models.OneTimeCode)
                          .where(models.OneTimeCode.iin == iin,
                                 models.OneTimeCode.used.is_(False))
                          .order_by(models.OneTimeCode.created_at.desc())
                          .limit(1).with_for_update()).scalar_one_or_none()
    if row is None:
        raise CentralError(ErrorCode.OTP_INVALID)
    if now >= row.expires_at:
        raise CentralError(ErrorCode.OTP_EXPIRED)
    if row.attempts >= CODE_MAX_ATTEMPTS:
        raise CentralError(ErrorCode.OTP_LOCKED)
    if not hmac.compare_digest(row.code_hash, _hash(iin + ":" + code.strip())):
        row.attempts += 1
        left = CODE_MAX_ATTEMPTS - row.attempts
        raise CentralError(ErrorCode.OTP_LOCKED if left <= 0 else ErrorCode.OTP_INVALID,
                           tries_left=max(left, 0))
    row.used = True


def mask_phone(phone: str) -> str:
    """``+7 701 *** ** 67`` from ``+77011234567``."""
    digits = "".join(c for c in phone if c.isdigit())
    if len(digits) < 11:
        return "***"
    return f"+{digits[0]} {digits[1:4]} *** ** {digits[-2:]}"
