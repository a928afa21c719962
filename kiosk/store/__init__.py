"""The kiosk's local store: SQLAlchemy models, repositories, migrations."""
