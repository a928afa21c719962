"""The central service that owns the queue of a region.

- ``service``: :class:`~kiosk.central.service.CentralService`, the rules over a SQLAlchemy
  session (the HTTP API and the kiosk's embedded link both call it);
- ``handlers`` (signed requests), ``reads`` (journal, search, statistics), ``queue`` (queue
  numbers), ``numbering`` (gap-free application numbers), ``auth`` (challenges, codes, tokens);
- ``protocol`` (the signed request XML), ``signatures`` / ``verifier`` (checking them with
  ``kiosk.eds``), ``register`` (the register of persons), ``sms`` (the SMS gateway);
- ``models``, ``mapping``, ``db``, ``migrate`` + ``migrations/`` (the database);
- ``api`` (FastAPI), ``tls`` (region CA, devices, mutual TLS), ``seed``, ``factory``, ``cli``.
"""
