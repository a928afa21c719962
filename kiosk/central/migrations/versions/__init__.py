"""Revisions of the central database schema, oldest first."""
