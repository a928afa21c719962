"""The kiosk side of the link to the central service.

``link`` (the :class:`CentralLink` interface), ``http_link`` (HTTPS with a client certificate),
``embedded`` (an in-process central service), ``delivery`` (exactly-once delivery through the
outbox), ``worker`` (threads, online/offline state), ``factory`` (what the settings ask for).
"""
