"""One typed settings object, read from a TOML file and overridable by environment variables.

The file lives in the platform's config directory (``platformdirs``), e.g.
``~/.config/balabaqsha-kiosk/kiosk.toml`` on Linux; ``KIOSK_CONFIG`` or ``--config`` names
another. Every key can be overridden by ``KIOSK_<SECTION>_<KEY>`` (``KIOSK_<KEY>`` for the
top level), e.g. ``KIOSK_CENTRAL_URL=https://…`` or ``KIOSK_KIOSK_LANGUAGE=ru``.
See ``kiosk.example.toml`` in the repository for every key with its meaning.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import platformdirs

from kiosk.domain.history import SERVICE_CENTRE_RULE, is_service_centre
from kiosk.eds.clerk import GOV4C_BIN, ClerkPolicy, twelve_digit_list
from kiosk.domain.rules import RegionRules

APP_NAME = "balabaqsha-kiosk"
ENV_PREFIX = "KIOSK_"
_HTTP_BASE_URL = re.compile(r"^https?://[^\s/?#]+(/[^\s?#]*)?$")


class SettingsError(ValueError):
    """A settings file or variable holds a value of the wrong type or out of range."""


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@dataclass(frozen=True)
class KioskSection:
    """How this terminal presents itself."""

    mode: Literal["kiosk", "clerk"] = field(default="kiosk", metadata=_doc(
        "kiosk: full screen self-service; clerk: windowed desk of a service-centre clerk"))
    language: Literal["kk", "ru"] = field(default="kk", metadata=_doc("language at start"))
    service_centre: str = field(default="", metadata=_doc(
        "service-centre number (Номер ЦОН) recorded on every application in clerk mode"))
    region: str = field(default="351010000", metadata=_doc(
        "KATO code of the region whose queue this kiosk serves"))
    inactivity_timeout_s: int = field(default=120, metadata=_doc(
        "seconds without a touch before everything personal is wiped"))
    inactivity_warning_s: int = field(default=30, metadata=_doc(
        "seconds of warning with a countdown before the wipe (at least 20)"))
    max_scan_mb: int = field(default=10, metadata=_doc("largest benefit document scan accepted"))
    scans_dir: str = field(default="", metadata=_doc(
        "kiosk mode: the folder the service centre's scanner writes benefit documents into"))
    keys_dir: str = field(default="", metadata=_doc(
        "kiosk mode: the folder (e.g. where USB sticks are mounted) searched for .p12 key files"))
    clerk_bins: str = field(default=GOV4C_BIN, metadata=_doc(
        "BINs (comma-separated) of the organisations whose employees may take the kiosk out "
        "of kiosk mode with their AUTH key; default: НАО «Правительство для граждан»"))
    clerk_iins: str = field(default="", metadata=_doc(
        "IINs (comma-separated) of the only employees who may do so; empty: any of them"))

    def __post_init__(self) -> None:
        try:
            self.clerk_policy()
        except ValueError as exc:
            raise SettingsError(f"kiosk.{exc}") from None
        if self.inactivity_warning_s < 20:
            raise SettingsError("kiosk.inactivity_warning_s: the warning must last at least 20 s")
        if self.inactivity_timeout_s <= self.inactivity_warning_s:
            raise SettingsError("kiosk.inactivity_timeout_s must be longer than the warning")
        if self.service_centre and not is_service_centre(self.service_centre):
            raise SettingsError(f"kiosk.service_centre: {SERVICE_CENTRE_RULE}")

    def clerk_policy(self) -> ClerkPolicy:
        """Who may take this kiosk out of kiosk mode (ValueError on a malformed list)."""
        return ClerkPolicy(twelve_digit_list(self.clerk_bins, "clerk_bins"),
                           twelve_digit_list(self.clerk_iins, "clerk_iins"))


@dataclass(frozen=True)
class CentralSection:
    """Where the queue lives: an embedded database (default) or a real central service."""

    url: str = field(default="", metadata=_doc(
        "https address of the region's central service; empty: embedded central on this machine"))
    database: str = field(default="", metadata=_doc(
        "SQLAlchemy URL of the embedded central database; empty: SQLite in the data dir"))
    client_cert: str = field(default="", metadata=_doc("TLS client certificate of this kiosk"))
    client_key: str = field(default="", metadata=_doc("TLS client key of this kiosk"))
    ca_cert: str = field(default="", metadata=_doc("CA certificate that signed the service's TLS"))
    timeout_s: float = field(default=10.0, metadata=_doc("network timeout per request"))
    public_url: str = field(default="http://127.0.0.1:8000", metadata=_doc(
        "central service: the public http(s) address printed in the documents' QR codes "
        "(<public_url>/documents/<id>/verify must reach it without a client certificate)"))

    scheduler_interval_s: int = field(default=60, metadata=_doc(
        "central service: seconds between runs of the queue scheduler (deadlines, allocation, "
        "notifications) inside `kiosk-central serve`; 0 turns it off (run `tick` from cron)"))

    def __post_init__(self) -> None:
        if not _HTTP_BASE_URL.match(self.public_url.strip()):
            raise SettingsError(
                f"central.public_url must be an http(s) address: {self.public_url!r}")


@dataclass(frozen=True)
class EdsSection:
    """How keys and signatures are trusted."""

    environment: Literal["production", "test", "demo"] = field(default="demo", metadata=_doc(
        "production refuses demo and test trust; demo uses the generated demo PKI"))
    crl_cache_dir: str = field(default="", metadata=_doc(
        "directory of cached CRLs; empty: <data dir>/crl"))
    online_revocation: bool = field(default=False, metadata=_doc(
        "fetch CRLs and ask OCSP over the network"))
    unknown_revocation: Literal["refuse", "accept"] = field(default="refuse", metadata=_doc(
        "what to do when no fresh revocation data exists"))
    pkcs11_modules: str = field(default="", metadata=_doc(
        "card type → PKCS#11 module path, as 'kaztoken=/usr/lib/…so;idcard=…'"))
    card_profiles: str = field(default="", metadata=_doc(
        "a TOML file correcting or adding ID card / Kaztoken profiles; empty: the shipped ones"))
    anchors_dir: str = field(default="", metadata=_doc(
        "directory with production/ and test/ folders of NCA root and intermediate certificates "
        "(PEM/DER/CRT); empty: <data dir>/anchors"))


@dataclass(frozen=True)
class NotificationsSection:
    """How the central service tells applicants: e-mail over SMTP and SMS over a gateway."""

    smtp_host: str = field(default="", metadata=_doc(
        "SMTP server; empty: e-mail messages wait in the outbox until one is configured"))
    smtp_port: int = field(default=587, metadata=_doc("SMTP port (587 STARTTLS, 465 TLS)"))
    smtp_tls: Literal["starttls", "ssl", "none"] = field(default="starttls", metadata=_doc(
        "starttls: upgrade the connection; ssl: TLS from the start; none: plain (a local relay)"))
    smtp_username: str = field(default="", metadata=_doc("SMTP login; empty: no login"))
    smtp_password: str = field(default="", metadata=_doc(
        "SMTP password (better set as KIOSK_NOTIFICATIONS_SMTP_PASSWORD)"))
    smtp_from: str = field(default="noreply@balabaqsha.kz", metadata=_doc(
        "the sender address of the messages"))
    smtp_timeout_s: float = field(default=10.0, metadata=_doc("SMTP network timeout"))
    sms_url: str = field(default="", metadata=_doc(
        "the SMS gateway's HTTP(S) endpoint (POST JSON id, phone, text); empty: SMS wait in "
        "the outbox"))
    sms_token: str = field(default="", metadata=_doc(
        "bearer token of the SMS gateway (better set as KIOSK_NOTIFICATIONS_SMS_TOKEN)"))
    sms_timeout_s: float = field(default=10.0, metadata=_doc("SMS gateway network timeout"))
    max_attempts: int = field(default=8, metadata=_doc(
        "tries of one message before it is parked as failed (never deleted)"))
    retry_after_s: int = field(default=60, metadata=_doc(
        "wait before the first retry; it doubles with each failure (at most 6 hours)"))

    def __post_init__(self) -> None:
        if not 1 <= self.smtp_port <= 65535:
            raise SettingsError(f"notifications.smtp_port: not a port: {self.smtp_port}")
        if self.max_attempts < 1:
            raise SettingsError("notifications.max_attempts must be at least 1")
        if self.sms_url and not _HTTP_BASE_URL.match(self.sms_url.strip()):
            raise SettingsError(
                f"notifications.sms_url must be an http(s) address: {self.sms_url!r}")


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with its defaults."""

    data_dir: str = field(default="", metadata=_doc(
        "where the kiosk keeps its database, demo keys and logs; empty: the platform data dir"))
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = field(default="INFO", metadata=_doc(
        "least severe log level written"))
    kiosk: KioskSection = field(default_factory=KioskSection)
    central: CentralSection = field(default_factory=CentralSection)
    eds: EdsSection = field(default_factory=EdsSection)
    notifications: NotificationsSection = field(default_factory=NotificationsSection)
    regions: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, metadata=_doc(
        "per-region deadline overrides: [regions.<KATO>] tables of RegionRules keys"))

    def __post_init__(self) -> None:
        for code, table in self.regions.items():
            try:
                RegionRules.from_mapping(table)
            except ValueError as exc:
                raise SettingsError(f"regions.{code}.{exc}") from exc

    def region_rules(self, code: str | None = None) -> RegionRules:
        """The deadlines of region ``code`` (default: this kiosk's region)."""
        return RegionRules.from_mapping(self.regions.get(code or self.kiosk.region, {}))

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir) if self.data_dir else Path(platformdirs.user_data_dir(APP_NAME))

    @property
    def log_path(self) -> Path:
        return self.data_path / "logs"

    @property
    def crl_cache_path(self) -> Path:
        return Path(self.eds.crl_cache_dir) if self.eds.crl_cache_dir else self.data_path / "crl"

    @property
    def anchors_path(self) -> Path:
        return Path(self.eds.anchors_dir) if self.eds.anchors_dir else self.data_path / "anchors"

    @property
    def embedded(self) -> bool:
        """True when the kiosk runs its own central database instead of talking to a service."""
        return not self.central.url


def default_config_path() -> Path:
    """The settings file the kiosk reads when none is named."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / "kiosk.toml"


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the settings file (if it exists) and apply environment overrides."""
    environ = os.environ if environ is None else environ
    if path is None:
        path = Path(environ["KIOSK_CONFIG"]) if environ.get("KIOSK_CONFIG") else default_config_path()
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path}: {exc}") from exc
    return _build(Settings, raw, environ, prefix=ENV_PREFIX, where=str(path))


def _build(cls: type, raw: Mapping[str, Any], environ: Mapping[str, str], prefix: str, where: str) -> Any:
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = set(raw) - known
    if unknown:
        raise SettingsError(f"{where}: unknown key(s) {sorted(unknown)}")
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        key = f"{where}:{f.name}"
        if dataclasses.is_dataclass(hint):
            section = raw.get(f.name, {})
            if not isinstance(section, Mapping):
                raise SettingsError(f"{key}: expected a table")
            values[f.name] = _build(hint, section, environ, f"{prefix}{f.name.upper()}_", key)
            continue
        env_name = f"{prefix}{f.name.upper()}"
        if env_name in environ:
            values[f.name] = _coerce(environ[env_name], hint, env_name, from_env=True)
        elif f.name in raw:
            values[f.name] = _coerce(raw[f.name], hint, key, from_env=False)
    return cls(**values)


def _coerce(value: Any, hint: Any, key: str, from_env: bool) -> Any:
    origin = typing.get_origin(hint)
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise SettingsError(f"{key}: {value!r} is not one of {typing.get_args(hint)}")
        return value
    if hint is bool:
        if from_env:
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off", ""):
                return False
        elif isinstance(value, bool):
            return value
        raise SettingsError(f"{key}: {value!r} is not true or false")
    if hint in (int, float):
        try:
            number = hint(value) if from_env else value
        except ValueError:
            number = None
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            raise SettingsError(f"{key}: {value!r} is not a number")
        if number < 0:
            raise SettingsError(f"{key}: {value!r} must not be negative")
        return hint(number)
    if hint is str:
        if not isinstance(value, str):
            raise SettingsError(f"{key}: {value!r} is not text")
        return value
    if origin in (Mapping, dict, types.GenericAlias) or origin is not None:
        if from_env or not isinstance(value, Mapping):
            raise SettingsError(f"{key}: expected a table")
        return {str(k): dict(v) if isinstance(v, Mapping) else v for k, v in value.items()}
    raise SettingsError(f"{key}: unsupported setting type {hint!r}")  # pragma: no cover
