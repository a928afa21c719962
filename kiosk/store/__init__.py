"""The kiosk's local store: SQLAlchemy models, repositories, migrations.

``db`` opens and migrates the SQLite file; ``models`` and ``outbox`` keep signed requests until
the central service has answered them.
"""
