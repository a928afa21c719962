"""Revisions of the kiosk store schema, oldest first."""
