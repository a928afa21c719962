"""The kiosk side of the link to the central service."""
