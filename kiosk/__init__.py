"""Balabaqsha kiosk: puts preschool children into the state kindergarten queue."""

__version__ = "0.1.0"
