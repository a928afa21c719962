"""Building a ready service from the settings (used by ``kiosk-central`` and the embedded link)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, func, select

from kiosk.central import models
from kiosk.central.db import make_engine, make_sessionmaker
from kiosk.central.migrate import upgrade
from kiosk.central.register import load_demo_persons
from kiosk.central.seed import seed_demo, seed_reference
from kiosk.central.service import CentralService, Clock, utc_now
from kiosk.central.signatures import SignatureVerifier
from kiosk.central.sms import LoggingSmsGateway, SmsGateway
from kiosk.central.verifier import verifier_from_settings
from kiosk.domain.rules import RegionRules
from kiosk.settings import Settings

EMBEDDED_DEMO_APPLICATIONS = 300


def region_rules(settings: Settings) -> dict[str, RegionRules]:
    """The ``[regions.<KATO>]`` tables of the settings as RegionRules (ValueError names a bad key)."""
    rules: dict[str, RegionRules] = {}
    for kato, table in settings.regions.items():
        try:
            rules[kato] = RegionRules.from_mapping(table)
        except ValueError as exc:
            raise ValueError(f"regions.{kato}.{exc}") from None
    return rules


def prepare_database(engine: Engine, *, demo: bool,
                     demo_applications: int = EMBEDDED_DEMO_APPLICATIONS) -> None:
    """Migrate; load reference data; in demo mode also the demo register (and, on an empty
    queue, the demo region)."""
    upgrade(engine)
    with make_sessionmaker(engine).begin() as session:
        seed_reference(session)
        if demo:
            empty = not session.scalar(select(func.count(models.Kindergarten.id)))
            if empty:
                seed_demo(session, applications=demo_applications)
            else:
                load_demo_persons(session)


def _sms_gateway(settings: Settings, production: bool) -> SmsGateway:
    """The region's HTTP SMS gateway when ``[notifications] sms_url`` is set, else the log."""
    section = settings.notifications
    if section.sms_url:
        from kiosk.central.sms import HttpSmsGateway

        return HttpSmsGateway(section.sms_url, section.sms_token,
                              timeout_s=section.sms_timeout_s)
    return LoggingSmsGateway(production=production)


def build_service(settings: Settings, url: str, *,
                  verifier: SignatureVerifier | None = None, sms: SmsGateway | None = None,
                  clock: Clock = utc_now,
                  engine_factory: Callable[[str], Engine] = make_engine) -> CentralService:
    """A service over the database at ``url`` configured by ``settings`` (not migrated here)."""
    production = settings.eds.environment == "production"
    return CentralService(
        engine_factory(url),
        verifier or verifier_from_settings(settings),
        sms or _sms_gateway(settings, production),
        rules=region_rules(settings),
        clock=clock,
        public_url=settings.central.public_url,
    )
