"""The kiosk's link as the settings configure it: HTTPS to ``central.url``, else embedded."""

from __future__ import annotations

from kiosk.settings import Settings
from kiosk.store.db import open_store, store_path
from kiosk.store.outbox import Outbox
from kiosk.sync.delivery import Deliverer
from kiosk.sync.link import CentralLink
from kiosk.sync.worker import SyncWorker


def open_link(settings: Settings) -> CentralLink:
    """The configured link: HTTPS when ``central.url`` is set, the embedded central otherwise."""
    if settings.central.url:
        from kiosk.sync.http_link import http_link_from_settings

        return http_link_from_settings(settings)
    from kiosk.sync.embedded import open_embedded

    return open_embedded(settings)


def open_outbox(settings: Settings) -> Outbox:
    """The kiosk's outbox in its local store (created and migrated when missing)."""
    return Outbox(open_store(store_path(settings)))


def open_sync(settings: Settings, link: CentralLink | None = None) -> SyncWorker:
    """A started worker over the configured link and the local outbox."""
    link = link or open_link(settings)
    worker = SyncWorker(link, Deliverer(link, open_outbox(settings)))
    worker.start()
    return worker
